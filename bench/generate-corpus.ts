/**
 * Deterministic large benchmark corpus: print pages and web articles from
 * real prefectures' counties, built from the sample page's reports
 * (re-issued for other counties) and composed reports, in UTF-8, UTF-8 with
 * BOM and GB18030, some in traditional characters or full-width digits.
 *
 * Same options + same seed → byte-identical files.
 *
 * CLI: npx tsx bench/generate-corpus.ts --articles 10000 --out /tmp/corpus [--seed 42]
 */
import { createHash } from "node:crypto";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import iconv from "iconv-lite";
import { Converter } from "opencc-js";
import { composeArticle, reporterNames } from "./corpus/compose-article.js";
import { loadPrefectures, type BenchCounty, type BenchPrefecture } from "./corpus/counties.js";
import { PAGE_FURNITURE, WEB_SOURCES } from "./corpus/fixtures.js";
import { renderPrintArticle, renderPrintPage, renderWebArticle } from "./corpus/layout.js";
import { loadSampleBlocks, reissueBlock } from "./corpus/sample-articles.js";
import { createRng, type Rng } from "./lib/rng.js";

export interface CorpusShares {
  /** Files that are a single web article (the rest are print pages). */
  web: number;
  /** Print-page slots filled with a re-issued sample-page report. */
  sampleDerived: number;
  gb18030: number;
  utf8Bom: number;
  /** Web files converted to traditional characters. */
  traditional: number;
  /** Files whose digits are printed full-width. */
  fullWidthDigits: number;
  crlf: number;
  /** Files that repeat an earlier file verbatim (a reprint the pipeline should de-duplicate). */
  reprint: number;
}

export interface GenerateCorpusOptions {
  /** Articles to write (reprints included). */
  articles: number;
  outDir: string;
  seed?: number;
  shares?: Partial<CorpusShares>;
}

export interface CorpusManifest {
  seed: number;
  outDir: string;
  articles: number;
  /** Articles that are not verbatim reprints of an earlier file's article. */
  distinctArticles: number;
  files: number;
  bytes: number;
  characters: number;
  byEncoding: Record<string, number>;
  byLayout: { print: number; web: number };
  sampleDerived: number;
  traditionalFiles: number;
  prefectures: number;
  /** SHA-256 over every file's path and bytes, to check determinism cheaply. */
  digest: string;
}

export const DEFAULT_SEED = 20240601;
export const DEFAULT_SHARES: CorpusShares = {
  web: 0.25,
  sampleDerived: 0.25,
  gb18030: 0.15,
  utf8Bom: 0.05,
  traditional: 0.03,
  fullWidthDigits: 0.05,
  crlf: 0.1,
  reprint: 0.01,
};
const ARTICLES_PER_PAGE = { min: 3, max: 8 };

export class CorpusOptionsError extends Error {
  override name = "CorpusOptionsError";
}

function validate(options: GenerateCorpusOptions): CorpusShares {
  if (!Number.isInteger(options.articles) || options.articles < 1) {
    throw new CorpusOptionsError("generate-corpus: `articles` must be a positive integer");
  }
  if (!options.outDir) throw new CorpusOptionsError("generate-corpus: `outDir` is required");
  const shares = { ...DEFAULT_SHARES, ...options.shares };
  for (const [name, value] of Object.entries(shares)) {
    if (!(value >= 0 && value <= 1)) throw new CorpusOptionsError(`generate-corpus: share \`${name}\` must be within 0..1`);
  }
  return shares;
}

interface PlannedFile {
  relativePath: string;
  text: string;
  articles: number;
  layout: "print" | "web";
  sampleDerived: number;
  traditional: boolean;
}

/**
 * @example
 * const manifest = await generateCorpus({ articles: 1000, outDir: "/tmp/kg-bench-corpus" });
 * manifest.bytes; // ≈ 1.5 MB
 */
export async function generateCorpus(options: GenerateCorpusOptions): Promise<CorpusManifest> {
  const shares = validate(options);
  const seed = options.seed ?? DEFAULT_SEED;
  const files = planCorpus(options.articles, shares, createRng(seed));
  const rng = createRng(seed ^ 0x5bd1e995);
  const toTraditional = Converter({ from: "cn", to: "tw" });
  const manifest: CorpusManifest = {
    seed,
    outDir: options.outDir,
    articles: 0,
    distinctArticles: 0,
    files: files.length,
    bytes: 0,
    characters: 0,
    byEncoding: {},
    byLayout: { print: 0, web: 0 },
    sampleDerived: 0,
    traditionalFiles: 0,
    prefectures: new Set(files.map((f) => path.dirname(f.relativePath))).size,
    digest: "",
  };
  const digest = createHash("sha256");
  const written: PlannedFile[] = [];
  for (const [i, planned] of files.entries()) {
    // A reprint repeats an earlier file with as many articles, so the article total stays exact.
    const candidates = rng.chance(shares.reprint) ? written.filter((f) => f.articles === planned.articles) : [];
    const reprintOf = candidates.length > 0 ? rng.pick(candidates) : undefined;
    let text = reprintOf ? reprintOf.text : planned.text;
    if (!reprintOf && planned.traditional) text = toTraditional(text);
    if (!reprintOf && rng.chance(shares.fullWidthDigits)) text = text.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
    if (rng.chance(shares.crlf)) text = text.replace(/\n/g, "\r\n");
    const encoding = rng.chance(shares.gb18030) ? "GB18030" : rng.chance(shares.utf8Bom / (1 - shares.gb18030 || 1)) ? "UTF-8 (BOM)" : "UTF-8";
    const bytes = encode(text, encoding);
    const relativePath = reprintOf ? planned.relativePath.replace(/\.txt$/, `-reprint-${i}.txt`) : planned.relativePath;
    const file = path.join(options.outDir, relativePath);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, bytes);
    digest.update(relativePath).update(bytes);
    const source = reprintOf ?? planned;
    written.push({ ...planned, text: reprintOf ? reprintOf.text : text });
    manifest.articles += source.articles;
    if (!reprintOf) manifest.distinctArticles += source.articles;
    manifest.bytes += bytes.length;
    manifest.characters += text.length;
    manifest.byEncoding[encoding] = (manifest.byEncoding[encoding] ?? 0) + 1;
    manifest.byLayout[source.layout]++;
    manifest.sampleDerived += reprintOf ? 0 : planned.sampleDerived;
    if (!reprintOf && planned.traditional) manifest.traditionalFiles++;
  }
  manifest.digest = digest.digest("hex");
  return manifest;
}

function encode(text: string, encoding: string): Buffer {
  if (encoding === "GB18030") return iconv.encode(text, "gb18030");
  const utf8 = Buffer.from(text, "utf8");
  return encoding === "UTF-8 (BOM)" ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8]) : utf8;
}

/** Decides every file's content (before encoding); exactly `total` articles. */
function planCorpus(total: number, shares: CorpusShares, rng: Rng): PlannedFile[] {
  const prefectures = loadPrefectures();
  const files: PlannedFile[] = [];
  let remaining = total;
  while (remaining > 0) {
    const prefecture = rng.pick(prefectures);
    const dir = `${prefecture.province}/${prefecture.name}`;
    const seq = String(files.length + 1).padStart(5, "0");
    if (remaining < ARTICLES_PER_PAGE.min || rng.chance(shares.web)) {
      const article = composeArticle(rng, prefecture, rng.pick(prefecture.counties));
      const source = prefecture.name.slice(0, -1) + rng.pick(WEB_SOURCES);
      files.push({
        relativePath: `${dir}/web-${seq}.txt`,
        text: renderWebArticle(article, source, rng),
        articles: 1,
        layout: "web",
        sampleDerived: 0,
        traditional: rng.chance(shares.traditional),
      });
      remaining -= 1;
      continue;
    }
    const count = Math.min(remaining, rng.int(ARTICLES_PER_PAGE.min, ARTICLES_PER_PAGE.max));
    const page = printPage(prefecture, count, shares, rng);
    files.push({ relativePath: `${dir}/page-${seq}.txt`, text: page.text, articles: count, layout: "print", sampleDerived: page.sampleDerived, traditional: false });
    remaining -= count;
  }
  return files;
}

/** One print page of `count` reports from one prefecture (a masthead and section label sometimes). */
export function printPage(prefecture: BenchPrefecture, count: number, shares: CorpusShares, rng: Rng): { text: string; sampleDerived: number } {
  const counties = rng.sample(prefecture.counties, count);
  while (counties.length < count) counties.push(rng.pick(prefecture.counties));
  const layout = { width: rng.int(14, 24), paragraphGap: rng.next() * 0.6, columnBreak: 0.03 };
  let sampleDerived = 0;
  const blocks = counties.map((county: BenchCounty) => {
    if (rng.chance(shares.sampleDerived)) {
      sampleDerived++;
      return reissueSample(county, rng);
    }
    return renderPrintArticle(composeArticle(rng, prefecture, county), layout, rng);
  });
  const furniture = rng.chance(0.5) ? rng.pick(PAGE_FURNITURE) + "先锋" : undefined;
  const header = rng.chance(0.15) ? `${prefecture.name.slice(0, -1)}日报　${rng.int(2019, 2025)}年${rng.int(1, 12)}月${rng.int(1, 28)}日　第${String(rng.int(1, 8)).padStart(2, "0")}版` : undefined;
  return { text: renderPrintPage(blocks, furniture, header), sampleDerived };
}

function reissueSample(county: BenchCounty, rng: Rng): string {
  const block = rng.pick(loadSampleBlocks());
  const home = loadPrefectures()
    .flatMap((p) => p.counties)
    .find((c) => c.short === block.place && c.code.startsWith("3708"));
  const original = home ?? { name: block.place, short: block.place };
  return reissueBlock(block, original, county, reporterNames(rng), rng);
}

function parseArgs(argv: string[]): GenerateCorpusOptions {
  const value = (name: string): string | undefined => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const articles = Number(value("articles") ?? 10_000);
  const outDir = value("out");
  if (!outDir) throw new CorpusOptionsError("generate-corpus: --out <dir> is required");
  const seed = value("seed");
  return { articles, outDir, ...(seed ? { seed: Number(seed) } : {}) };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const manifest = await generateCorpus(parseArgs(process.argv.slice(2)));
  process.stdout.write(JSON.stringify(manifest, null, 2) + "\n");
}
