/**
 * One programme, two printed names: reports often call a programme by its
 * quoted core with a slightly different head on second mention (“和为贵”网格化平台
 * … “和为贵”网格系统; “智慧网格”指挥平台 … “智慧网格”平台). Within one article,
 * names with the same quoted core whose heads share a category (平台/系统 are
 * both platforms) are one programme: later mentions take the first mention's
 * name (or a later one that says it in full: “奔格内”乡村旅游品牌 of “奔格内”品牌),
 * and their printed form stays the surface, which the graph keeps as an alias.
 * A quoted name that ends in a head of its own (“乡村夜校”) is the name of the
 * same name printed with a head of its category after it (“乡村夜校”课堂).
 * Different categories stay apart (“雁归”工程 vs “雁归”行动), and so do
 * names across articles (two counties' platforms are two programmes).
 */
import type { EntityMention } from "../records.js";

/** A quoted core, after the nouns that may open the name (河湖“清四乱”专项行动), then the rest. */
const QUOTED_CORE = /^(?:\p{Script=Han}{2,6})?“([^”]+)”(.*)$/u;

/**
 * The quoted core a programme name opens with, or undefined for a name without one.
 *
 * @example quotedCore("“和为贵”网格化平台") // "和为贵"
 */
export function quotedCore(name: string): string | undefined {
  return QUOTED_CORE.exec(name)?.[1];
}

/**
 * The quoted core and head category of a programme name, when it has a quoted core; `named` when nothing follows the
 * quote and the core ends in a head of its own (“乡村夜校”), so the quote alone names the programme.
 */
function coreAndCategory(mention: EntityMention, endsInHead: (core: string) => boolean): { core: string; category: string; named: boolean } | undefined {
  const match = QUOTED_CORE.exec(mention.name);
  if (!match) return undefined;
  const category = mention.attributes?.category;
  if (typeof category !== "string" || category === "measure") return undefined;
  return { core: match[1]!, category, named: !match[2] && endsInHead(match[1]!) };
}

/**
 * Renames (mutates) later mentions that share a quoted core and head category with an earlier one.
 *
 * @example
 * // [“和为贵”网格化平台 (platform), “和为贵”网格系统 (platform)] → both named “和为贵”网格化平台
 * mergeSameCoreProgrammes(mentions, (core) => endsInHead(core))
 */
export function mergeSameCoreProgrammes(mentions: EntityMention[], endsInHead: (core: string) => boolean): void {
  const nameById = new Map<string, string>();
  const keyed = mentions
    .filter((m) => m.kind === "Programme")
    .sort((a, b) => a.start - b.start)
    .flatMap((m) => {
      const key = coreAndCategory(m, endsInHead);
      return key ? [{ m, id: `${key.core}|${key.category}`, named: key.named }] : [];
    });
  // A quoted name that ends in a head of its own (“乡村夜校”) is the name; one that prints a head of the same
  // category after it (“乡村夜校”课堂) names the same programme, whichever comes first.
  for (const { m, id, named } of keyed) if (named) nameById.set(id, m.name);
  const namedIds = new Set(nameById.keys());
  const headed = keyed.filter(({ named }) => !named);
  for (const { m, id } of headed) {
    const first = nameById.get(id);
    if (first === undefined || (!namedIds.has(id) && fullerName(m.name, first))) nameById.set(id, m.name);
  }
  for (const { m, id } of headed) {
    const name = nameById.get(id)!;
    if (name !== m.name) m.name = name; // in place: callers hold these objects (main programme, headline mentions)
  }
}

/**
 * Whether `name` says in full what `shorter` says in short: the same quote and head, with more words between
 * (“奔格内”乡村旅游品牌 of “奔格内”品牌), which a report prints once and shortens after.
 */
function fullerName(name: string, shorter: string): boolean {
  const close = shorter.indexOf("”") + 1;
  const head = shorter.slice(close);
  // “极边姐妹”巾帼家政品牌 of “极边姐妹”, a quote a list (…等巾帼品牌) named without its head.
  if (head === "") return name.length > shorter.length && name.startsWith(shorter);
  if (name.length <= shorter.length || !name.startsWith(shorter.slice(0, close)) || !name.endsWith(head)) return false;
  // “2+1”工作机制 of “2+1”机制: 工作 makes the head longer, and says no more.
  return !NO_MORE_SAID.has(name.slice(close, name.length - head.length));
}

/** Words between a quote and its head that say nothing of the programme: 工作(机制). */
const NO_MORE_SAID = new Set(["工作"]);

/**
 * Renames (mutates) the mentions of a thing and of the work on it, both printed without quotes in one article
 * (二、紧密型县域医共体建设。…组建2个紧密型县域医共体): one programme, named as it is first printed.
 *
 * @example
 * // [紧密型县域医共体建设, 紧密型县域医共体] → both named 紧密型县域医共体建设
 * mergeWorkWithItsObject(mentions, ["建设", "改革"])
 */
export function mergeWorkWithItsObject(mentions: EntityMention[], workOn: readonly string[]): void {
  const unquoted = mentions
    .filter((m) => m.kind === "Programme" && !m.name.includes("“") && m.attributes?.category !== "measure")
    .sort((a, b) => a.start - b.start);
  const names = new Set(unquoted.map((m) => m.name));
  const objectOf = (name: string): string => {
    const work = workOn.find((word) => name.endsWith(word) && name.length > word.length + 1);
    return work && names.has(name.slice(0, -work.length)) ? name.slice(0, -work.length) : name;
  };
  const firstName = new Map<string, string>();
  for (const m of unquoted) {
    const object = objectOf(m.name);
    const worked = object !== m.name || workOn.some((word) => names.has(m.name + word));
    if (!worked) continue;
    const name = firstName.get(object);
    if (name === undefined) firstName.set(object, m.name);
    else if (name !== m.name) m.name = name; // in place, as mergeSameCoreProgrammes does
  }
}
