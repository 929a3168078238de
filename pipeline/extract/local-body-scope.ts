/**
 * Namesake towns: hundreds of counties have a 城关镇, and many a 新华村. A body
 * named after its township, village or community (城关镇人民政府, 新华村股份经济
 * 合作社, 城北社区党委) is one node per county, as a person is: its name is
 * scoped by the county its sentence speaks for (开化县·华埠镇人民政府), and its
 * `division` attribute lets the graph show the name as printed.
 */
import { LOCAL_LEVEL } from "../divisions/local-levels.js";
import { scanDivisionNames } from "../divisions/name-scanner.js";
import { SCOPE_SEPARATOR } from "../schema/index.js";
import type { ExtractContext } from "./context.js";
import { localCounty } from "./division.js";
import { scopeNames } from "./scoped-names.js";

/** A township, village or community opening a name, and what follows it: 华埠镇|人民政府, 城北社区|党委. */
const LOCAL_OPENING = new RegExp(`^(\\p{Script=Han}{2,6}?)(${LOCAL_LEVEL})\\p{Script=Han}`, "u");
/** A field of work that ends like a village or township: 农业农村局, 乡村振兴局, 城乡建设局. */
const FIELD_ENDING_LIKE_A_PLACE = /(?:农村|乡村|城乡|城镇|集镇)$/u;
/** Co-operatives, which villages found and name after themselves: 万星村股份经济合作社. */
const CO_OPERATIVE = /合作社|联合社/u;
/** Openings of a county-level body's name that read like a township's: 住房和城|乡建设局, 县乡|村振兴局. */
const NOT_A_PLACE = /[和与及城]$|^[县市区省州旗盟]/u;

/** Whether the body's name opens with a township, village or community rather than a county or city. */
export function isLocalBodyName(name: string): boolean {
  const opening = LOCAL_OPENING.exec(name);
  if (!opening || name.includes(SCOPE_SEPARATOR)) return false;
  if (NOT_A_PLACE.test(opening[1]!) || FIELD_ENDING_LIKE_A_PLACE.test(opening[1]! + opening[2]!)) return false;
  // 开化县华埠镇…: a body printed after its county is that county's already.
  const [first] = scanDivisionNames(name);
  return !(first && first.start === 0 && first.form === "full");
}

/**
 * Renames in place every local body of the article, and the Organization ends of its relations.
 *
 * @example scopeLocalBodies(ctx); ctx.entities.find((m) => m.kind === "Organization")?.name // "开化县·华埠镇人民政府"
 */
export function scopeLocalBodies(ctx: ExtractContext): void {
  const divisions = new Map<string, string>();
  for (const body of ctx.entities) {
    if (body.kind !== "Organization" || divisions.has(body.name) || !isLocalBodyName(body.name)) continue;
    // A registered firm's name is its own (湖南湘乡金丰农牧有限公司); a village's co-operative is the village's.
    if (body.attributes?.category === "enterprise" && !CO_OPERATIVE.test(body.name)) continue;
    const county = localCounty(ctx, body.sentence);
    if (county) divisions.set(body.name, county.name);
  }
  scopeNames(ctx, "Organization", divisions);
}
