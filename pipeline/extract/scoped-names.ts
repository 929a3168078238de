/**
 * Scoping a name by its division (嘉祥县·王建国, 固始县·城关镇人民政府): the
 * scoped name is the mention's identity and its node's key, and the
 * `division` attribute lets the graph show the name as printed. Shared by the
 * registry's last steps, which scope namesake people and namesake towns' bodies.
 */
import type { EntityMention, RelationMention } from "../records.js";
import { SCOPE_SEPARATOR, type NodeKind } from "../schema/index.js";
import type { ExtractContext } from "./context.js";

/**
 * Renames in place the mentions of `kind` whose printed name `divisions` scopes (those `scopes` accepts), and the
 * ends of that kind of the relations found so far (those `renames` accepts).
 *
 * @example scopeNames(ctx, "Person", new Map([["王建国", "嘉祥县"]])) // 王建国 → 嘉祥县·王建国
 */
export function scopeNames(
  ctx: ExtractContext,
  kind: NodeKind,
  divisions: ReadonlyMap<string, string>,
  scopes: (mention: EntityMention) => boolean = () => true,
  renames: (relation: RelationMention) => boolean = () => true,
): void {
  if (divisions.size === 0) return;
  const scoped = (name: string) => `${divisions.get(name)}${SCOPE_SEPARATOR}${name}`;
  for (const mention of ctx.entities) {
    const division = mention.kind === kind && scopes(mention) ? divisions.get(mention.name) : undefined;
    if (!division) continue;
    mention.name = scoped(mention.name);
    mention.attributes = { ...mention.attributes, division };
  }
  for (const relation of ctx.relations) {
    if (!renames(relation)) continue;
    for (const end of [relation.from, relation.to]) {
      if (end.kind === kind && divisions.has(end.name)) end.name = scoped(end.name);
    }
  }
}
