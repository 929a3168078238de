/**
 * Typed records passed between pipeline stages:
 * files → DecodedDocument → ArticleRecord → (sentences, tokens) → ArticleExtraction → graph.
 * Each stage is a pure function of its input records; problems travel as
 * Diagnostics instead of being printed from deep inside a stage.
 */
import type { NodeKind, RelationType } from "./schema/index.js";

export type Severity = "error" | "warning" | "info";

export interface Diagnostic {
  severity: Severity;
  /** Machine-readable reason, e.g. "binary-file", "undecodable", "duplicate-article", "no-article". */
  code: string;
  /** File path (or path#article-index) the diagnostic is about. */
  source: string;
  message: string;
}

/** A file's text after encoding detection. */
export interface DecodedDocument {
  source: string;
  /** Detected encoding, e.g. "UTF-8", "UTF-8 (BOM)", "GB18030". */
  encoding: string;
  text: string;
}

export interface Dateline {
  /** The dateline as printed, e.g. 本报嘉祥讯（通讯员 孙涛）. */
  raw: string;
  /** The place named in it, simplified: 嘉祥. */
  place?: string;
  /**
   * A news agency's or another outlet's dateline (新华社成都11月20日电): its place is
   * where the correspondent filed from, often a provincial capital, not what the report is about.
   */
  agency?: boolean;
  reporters: string[];
}

export interface ArticleRecord {
  /** Article node key: "Article:" + first 16 hex digits of `hash`. */
  key: string;
  hash: string;
  source: string;
  /** Position of the article in its source file, from 0. */
  index: number;
  layout: "print" | "web";
  /** Headline as printed (original characters). */
  title: string;
  /** `title` normalised like `normalizedText` (same length): extractors read this one. */
  normalizedTitle: string;
  dateline?: Dateline;
  reporters: string[];
  date?: string;
  /** The outlet a meta line credits as the source, in simplified characters (来源：金寨县融媒体中心). */
  outlet?: string;
  /** The site, account or office the web page opens with, in simplified characters (岢岚县人民政府网). */
  site?: string;
  /** Body as printed (original characters), column wraps joined, paragraphs separated by "\n". */
  text: string;
  /**
   * Same length as `text`, character for character: traditional → simplified,
   * full-width digits/letters/punctuation → half-width where safe. Extractors
   * match on this and report offsets valid in both strings.
   */
  normalizedText: string;
}

export interface IngestResult {
  articles: ArticleRecord[];
  /** Files read and decoded (for the summary). */
  /** `format`: "html" for a saved web page, read for the article under its headline (ingest/web-page.ts). */
  documents: { source: string; encoding: string; format: "text" | "html" | "markdown" | "table" | "word" | "pdf"; articles: number }[];
  diagnostics: Diagnostic[];
}

export interface Sentence {
  index: number;
  /** Offsets into the article text. */
  start: number;
  end: number;
  /** Normalised sentence text (normalizedText.slice(start, end)). */
  text: string;
}

export interface Token {
  word: string;
  /** Part-of-speech tag from the segmenter's dictionary, when it has one. */
  tag?: string;
  /** Offsets into the article text. */
  start: number;
  end: number;
}

/** A resolved administrative division with its parents. */
export interface Division {
  kind: "County" | "City" | "Province";
  name: string;
  code: string;
  city?: { name: string; code: string };
  province: { name: string; code: string };
}

export interface EntityRef {
  kind: NodeKind;
  /** Canonical name (simplified, alias-resolved). */
  name: string;
}

export interface EntityMention extends EntityRef {
  /** Text as it appears in the article (original characters). */
  surface: string;
  /** Offsets into the article text. */
  start: number;
  end: number;
  sentence: number;
  /** Kind-specific attributes, e.g. value/unit/approx/counted/raw for metrics, code for divisions, category. */
  attributes?: Record<string, string | number | undefined>;
}

export interface RelationMention {
  type: RelationType;
  from: EntityRef;
  to: EntityRef;
  /** Index of the sentence that states the relation. */
  sentence: number;
  /** Surface forms of the endpoints in that sentence, for highlighting. */
  matched?: string[];
}

export interface ArticleExtraction {
  article: ArticleRecord;
  county?: Division;
  sentences: Sentence[];
  entities: EntityMention[];
  relations: RelationMention[];
  diagnostics: Diagnostic[];
}
