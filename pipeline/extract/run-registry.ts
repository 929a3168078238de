/**
 * Runs the extractor registry over one article. A failing extractor costs
 * only its own findings (reported as an error diagnostic), and a relation
 * whose endpoint no extractor produced is dropped with a warning instead of
 * failing the graph build later.
 */
import type { ArticleExtraction, Diagnostic, RelationMention } from "../records.js";
import { nodeKey } from "../schema/index.js";
import type { ExtractContext } from "./context.js";
import type { Extractor } from "./registry.js";

export function runExtractors(ctx: ExtractContext, extractors: readonly Extractor[]): ArticleExtraction {
  const source = `${ctx.article.source}#${ctx.article.index}`;
  for (const extractor of extractors) {
    try {
      const output = extractor.extract(ctx);
      ctx.entities.push(...(output.entities ?? []));
      ctx.relations.push(...(output.relations ?? []));
    } catch (error) {
      ctx.diagnostics.push({
        severity: "error",
        code: "extractor-failed",
        source,
        message: `extractor "${extractor.id}" failed: ${(error as Error).message}; its findings for this article are missing`,
      });
    }
  }
  const relations = checkedRelations(ctx, ctx.relations, source);
  return {
    article: ctx.article,
    ...(ctx.county ? { county: ctx.county } : {}),
    sentences: ctx.sentences,
    entities: ctx.entities,
    relations,
    diagnostics: ctx.diagnostics,
  };
}

function checkedRelations(ctx: ExtractContext, relations: RelationMention[], source: string): RelationMention[] {
  const known = new Set(ctx.entities.map((m) => nodeKey(m.kind, m.name)));
  const seen = new Set<string>();
  const kept: RelationMention[] = [];
  for (const relation of relations) {
    const ends = [relation.from, relation.to].filter((ref) => ref.kind !== "Article");
    const missing = ends.find((ref) => !known.has(nodeKey(ref.kind, ref.name)));
    if (missing || !ctx.sentences[relation.sentence]) {
      ctx.diagnostics.push(droppedRelation(relation, source, missing ? `${missing.kind} "${missing.name}" was never extracted` : `sentence ${relation.sentence} does not exist`));
      continue;
    }
    const key = `${relation.type}|${nodeKey(relation.from.kind, relation.from.name)}|${nodeKey(relation.to.kind, relation.to.name)}|${relation.sentence}`;
    if (seen.has(key)) continue;
    seen.add(key);
    kept.push(relation);
  }
  return kept;
}

function droppedRelation(relation: RelationMention, source: string, reason: string): Diagnostic {
  return { severity: "warning", code: "relation-dropped", source, message: `${relation.type} ${relation.from.name} → ${relation.to.name} dropped: ${reason}` };
}
