/**
 * The outlet a web page credits as its source: 来源：金寨县融媒体中心, 稿源：汉中日报.
 * It is a body of its own (the county's media centre, a paper), which
 * published the report; a page's own site (本站, 本网) names none.
 */
import { normaliseText } from "./normalise.js";

/** The source field of a meta line, up to the next field or the line end. */
const SOURCE_FIELD = /(?:^|\s)(?:来源|來源|稿源|信息来源|信息來源)[：:]\s*([^\s|｜丨/]{2,24})/u;
/** What a media outlet's name ends in: a media centre, a paper, a station, a site. */
const MEDIA_ENDINGS = "融媒体中心|融媒中心|新闻中心|传媒中心|日报社?|晚报|报社|报|电视台|广播电视台|新闻网|网|客户端|发布";
const MEDIA_END = new RegExp(`(?:${MEDIA_ENDINGS})$`, "u");
/** What an outlet's name ends in: a media outlet's, or the body's that issued the text. */
const OUTLET_END = new RegExp(`(?:${MEDIA_ENDINGS}|人民政府|政府办公室|办公室|局|委员会|委|中心)$`, "u");
/** A page's own site, which names no outlet. */
const OWN_SITE = /^本(?:站|网|报|台)/u;

/**
 * @example outletOf("来源：金寨县融媒体中心  作者：汪晓燕  发布时间：2025-04-08") // "金寨县融媒体中心"
 * @example outletOf("来源：本站") // undefined
 */
export function outletOf(line: string): string | undefined {
  const field = SOURCE_FIELD.exec(normaliseText(line.trim()))?.[1]?.replace(/[，,。；;]+$/u, "");
  if (!field || OWN_SITE.test(field) || !OUTLET_END.test(field) || !/^\p{Script=Han}/u.test(field)) return undefined;
  return field;
}

/** Whether the outlet is a medium (a media centre, a paper, a station), not a body that issued the text (县民政局). */
export function isMediaOutlet(outlet: string): boolean {
  return MEDIA_END.test(outlet);
}
