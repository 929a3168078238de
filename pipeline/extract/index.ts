/** Extraction stage: ArticleRecords → entities and evidence-backed relations per article. */
import type { ArticleExtraction, ArticleRecord } from "../records.js";

export interface ExtractOptions {
  /** Called after each article, for progress bars. */
  onArticle?: (done: number, total: number) => void;
}

/**
 * Extracts every article. Takes the whole corpus at once because a county's
 * short name is disambiguated by the prefecture its page-mates point to.
 */
export function extractCorpus(_articles: ArticleRecord[], _options: ExtractOptions = {}): ArticleExtraction[] {
  throw new Error("extractCorpus: not implemented yet");
}
