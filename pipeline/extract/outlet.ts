/**
 * The outlet that published an article (来源：金寨县融媒体中心, see
 * ingest/outlet.ts): an Organization, and Article PUBLISHED_BY it. Like the
 * reporters, it is read from the page's meta lines, not the body, so its
 * mention has no surface and is evidenced by the body's first sentence.
 */
import { abbreviatedNames } from "../divisions/short-name.js";
import { isMediaOutlet } from "../ingest/outlet.js";
import type { EntityMention, RelationMention } from "../records.js";
import type { ExtractContext } from "./context.js";
import { resolveAlias } from "./aliases.js";
import { qualifyOrganization } from "./organization.js";
import { DATELINE_SENTENCE } from "./person.js";
import { memoByObject } from "../util/memo-by-object.js";

/**
 * @example extractOutlet(ctx)[0]?.name // "金寨县融媒体中心" (来源：金寨县融媒体中心), "互助土族自治县融媒体中心" (来源：互助县融媒体中心)
 */
export function extractOutlet(ctx: ExtractContext): EntityMention[] {
  const outlet = creditedOutlet(ctx);
  return outlet ? [outlet] : [];
}

/**
 * The article's one outlet mention, the same object for the entity, PUBLISHED_BY and the readers that must tell it
 * from a body the text names (it stands at the article's start with no surface, as a self-reference may).
 */
export const creditedOutlet = memoByObject((ctx: ExtractContext): EntityMention | undefined => {
  // 邢台日报 atop a printed page, an account's name atop a post: a medium the page opens with publishes what no
  // meta line credits.
  const site = ctx.article.site;
  const credited = ctx.article.outlet ?? (site && isMediaOutlet(site) ? site : undefined);
  if (!credited || ctx.sentences.length === 0) return undefined;
  // 来源：古浪县人民政府网: a government's website is the government publishing, no medium of its own.
  const governmentSite = GOVERNMENT_SITE.exec(credited);
  const printed = governmentSite ? governmentSite[1]! : credited;
  return {
    kind: "Organization",
    // 来源：博罗县人力资源和社会保障局 is the bureau the body calls 县人社局: one node.
    name: resolveAlias("Organization", outletName(ctx, printed), ctx.aliases),
    surface: "",
    start: 0,
    end: 0,
    sentence: DATELINE_SENTENCE,
    attributes: { category: !governmentSite && isMediaOutlet(printed) ? "media" : "government" },
  };
});

/** A government's website credited as the source (古浪县人民政府网, 某县政府网), and the government it belongs to. */
const GOVERNMENT_SITE = /^(\p{Script=Han}+?(?:人民政府|政府))(?:门户)?网(?:站)?$/u;

/** The outlet as its county names it: 县融媒体中心 → 金寨县融媒体中心, 互助县融媒体中心 → 互助土族自治县融媒体中心. */
function outletName(ctx: ExtractContext, printed: string): string {
  const county = ctx.county;
  if (!county) return printed;
  const short = county.kind === "County" ? abbreviatedNames(county.name, "County").find((name) => printed.startsWith(name)) : undefined;
  if (short) return county.name + printed.slice(short.length);
  return qualifyOrganization(printed, printed[0]!, county, ctx.lexicon.organizations);
}

/** Article PUBLISHED_BY the outlet its meta lines credit. */
export function relatePublisher(ctx: ExtractContext): RelationMention[] {
  const outlet = creditedOutlet(ctx);
  if (!outlet) return [];
  return [{ type: "PUBLISHED_BY", from: { kind: "Article", name: ctx.article.key }, to: { kind: "Organization", name: outlet.name }, sentence: outlet.sentence }];
}
