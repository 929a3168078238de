/**
 * Extraction stage: ArticleRecords → entities and evidence-backed relations
 * per article. Counties are resolved for the whole corpus first (a page's
 * articles share a prefecture), then the extractor registry runs per article.
 */
import { resolveArticleCounties } from "../divisions/index.js";
import type { ArticleExtraction, ArticleRecord, Diagnostic } from "../records.js";
import { createExtractContext } from "./context.js";
import { assertUniqueIds, EXTRACTORS, type Extractor } from "./registry.js";
import { runExtractors } from "./run-registry.js";
import { splitSentences } from "./sentences.js";

export interface ExtractOptions {
  /** Called after each article, for progress bars. */
  onArticle?: (done: number, total: number) => void;
  /** Extractors to run, in order (default: the full registry). */
  extractors?: readonly Extractor[];
}

export { EXTRACTORS, type Extractor } from "./registry.js";

export class ExtractOptionsError extends Error {
  override name = "ExtractOptionsError";
}

/** Checks options from callers that are not type-checked (CLI plugins, JS). */
export function validateExtractOptions(options: ExtractOptions): void {
  if (options.onArticle !== undefined && typeof options.onArticle !== "function") {
    throw new ExtractOptionsError("extract: invalid `onArticle`. Expecting a function.");
  }
  if (options.extractors !== undefined) {
    if (!Array.isArray(options.extractors)) throw new ExtractOptionsError("extract: invalid `extractors`. Expecting an array.");
    for (const extractor of options.extractors) {
      if (typeof extractor?.id !== "string" || typeof extractor.extract !== "function") {
        throw new ExtractOptionsError("extract: invalid `extractors`. Expecting objects with an `id` and an `extract` function.");
      }
    }
    assertUniqueIds(options.extractors);
  }
}

/**
 * Extracts every article. Takes the whole corpus at once because a county's
 * short name is disambiguated by the prefecture its page-mates point to.
 * An article whose county cannot be resolved is kept, with a `no-county` warning.
 *
 * @example
 * const [first] = extractCorpus(articles);
 * first.county?.name // "嘉祥县"
 * first.relations.find((r) => r.type === "RUNS")?.to.name // "“以三大促三好”活动"
 */
export function extractCorpus(articles: ArticleRecord[], options: ExtractOptions = {}): ArticleExtraction[] {
  validateExtractOptions(options);
  const extractors = options.extractors ?? EXTRACTORS;
  const resolution = resolveArticleCounties(articles);
  const bySource = new Map<string, Diagnostic[]>();
  for (const diagnostic of resolution.diagnostics) bySource.set(diagnostic.source, [...(bySource.get(diagnostic.source) ?? []), diagnostic]);

  return articles.map((article, i) => {
    const source = `${article.source}#${article.index}`;
    const county = resolution.counties.get(article.key);
    const ctx = createExtractContext(article, { sentences: splitSentences(article), ...(county ? { county } : {}) });
    ctx.diagnostics.push(...(bySource.get(source) ?? []));
    if (!county && !ctx.diagnostics.some((d) => d.code === "no-county")) {
      ctx.diagnostics.push({
        severity: "warning",
        code: "no-county",
        source,
        message: `no county could be resolved for "${article.title || article.key}"; kept without REPORTS_ON/RUNS`,
      });
    }
    const extraction = runExtractors(ctx, extractors);
    options.onArticle?.(i + 1, articles.length);
    return extraction;
  });
}
