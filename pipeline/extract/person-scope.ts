/**
 * Namesakes: two counties' officials (or a villager and a reporter) printed as
 * 李明 are two people. A person the body names is one node per division: the
 * division of the body they hold a post in (县民政局局长李明 → 嘉祥县·李明;
 * 市委书记张伟 → 济宁市·张伟 in every county's report), else the county their
 * sentence speaks for. The scoped name is the mention's identity (the node's
 * key); its `division` attribute lets the graph show the name as printed.
 * Reporters, credited by their paper, stay unscoped: one reporter covers many counties.
 */
import { scanDivisionNames } from "../divisions/name-scanner.js";
import type { EntityMention } from "../records.js";
import type { ExtractContext } from "./context.js";
import { localCounty } from "./division.js";
import { scopeNames } from "./scoped-names.js";

/**
 * Renames in place every named person of the article, and the Person ends of the relations found so far.
 *
 * @example scopeNamedPeople(ctx); ctx.entities.find((m) => m.kind === "Person")?.name // "吴桥县·张明辉"
 */
export function scopeNamedPeople(ctx: ExtractContext): void {
  const divisions = new Map<string, string>();
  for (const person of ctx.entities) {
    if (person.kind !== "Person" || person.attributes?.category !== "named" || divisions.has(person.name)) continue;
    const division = postDivision(ctx, person.name) ?? localCounty(ctx, person.sentence)?.name;
    if (division) divisions.set(person.name, division);
  }
  const named = (person: EntityMention) => person.attributes?.category === "named";
  // WRITTEN_BY points at a reporter, who may share a name with someone the body names.
  scopeNames(ctx, "Person", divisions, named, (relation) => relation.type !== "WRITTEN_BY");
}

/**
 * The county or city printed in full in the name of the first body the person holds a post in
 * (嘉祥县民政局 → 嘉祥县, 济宁市委 → 济宁市). A short form there may be a village's name (柳林社区党委).
 */
function postDivision(ctx: ExtractContext, person: string): string | undefined {
  for (const relation of ctx.relations) {
    if (relation.type !== "HOLDS_POST" || relation.from.name !== person) continue;
    const division = scanDivisionNames(relation.to.name).find((hit) => hit.form === "full" && hit.entries.some((entry) => entry.level !== "Province"));
    if (division) return division.name;
  }
  return undefined;
}
