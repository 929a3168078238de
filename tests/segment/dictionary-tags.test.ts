/**
 * The segmenter tags an article's sentences in JS (its HMM cut rebuilt from
 * the plain cut, plus a dictionary look-up); that must give exactly what
 * nodejieba's own tag() gives each sentence, on real ingested text.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateCorpus } from "../../bench/generate-corpus.js";
import { splitSentences } from "../../pipeline/extract/sentences.js";
import { ingest } from "../../pipeline/ingest/index.js";
import type { ArticleRecord, Token } from "../../pipeline/records.js";
import { unknownWordTag } from "../../pipeline/segment/dictionary-tags.js";
import { hmmCutFromPlain, isOneCharacter } from "../../pipeline/segment/hmm-cut.js";
import { getSegmenter } from "../../pipeline/segment/segmenter.js";
import { alignTokens } from "../../pipeline/segment/token-offsets.js";
import { userDictionaryEntries } from "../../pipeline/segment/user-dictionary.js";
import { samplePageArticles } from "../extract/make-article.js";

const segmenter = getSegmenter();
// getSegmenter() has loaded the project dictionaries into this same nodejieba instance.
const jieba = createRequire(import.meta.url)("nodejieba") as {
  tag(text: string): { word: string; tag: string }[];
  cut(text: string, hmm: boolean): string[];
  cutHMM(text: string): string[];
};
const nativeTag = (text: string, base = 0): Token[] => alignTokens(text, jieba.tag(text), base);
const nativeHmmCut = (text: string): Token[] => alignTokens(text, jieba.cut(text, true).map((word) => ({ word })));

let generatedDir = "";
let articles: ArticleRecord[] = [];

beforeAll(async () => {
  generatedDir = await mkdtemp(path.join(os.tmpdir(), "policy-kg-tag-test-"));
  await generateCorpus({ articles: 150, outDir: generatedDir, seed: 11 });
  const ingested = await ingest([generatedDir, "corpus", "tests/fixtures/heldout"]);
  articles = [...ingested.articles, ...samplePageArticles()];
}, 60_000);

afterAll(async () => {
  if (generatedDir) await rm(generatedDir, { recursive: true, force: true });
});

describe("segmenter tags", () => {
  it("the HMM cut rebuilt from the plain cut equals nodejieba's HMM cut of articles and sentences", () => {
    const userSingles = new Set(userDictionaryEntries().map((line) => line.split(" ")[0]!).filter(isOneCharacter));
    const rebuilt = (text: string): Token[] | undefined =>
      hmmCutFromPlain({ text, plainWords: segmenter.cut(text), userSingles, cutRun: (runs) => jieba.cutHMM(runs) });
    const texts = articles.flatMap((article) => [article.normalizedText, ...splitSentences(article).map((s) => s.text)]);
    for (const text of [...texts, "杨焕勇、王新华等同志参加", "Ａ級ABC123好 ，。x", "𠮷野家和吉野家", "单县沛县和县"]) {
      expect(rebuilt(text)).toEqual(nativeHmmCut(text));
    }
  });

  it("tagSpans() of an article equals nodejieba's tag() of each sentence", () => {
    expect(articles.flatMap((article) => splitSentences(article)).length).toBeGreaterThan(1000);
    for (const article of articles) {
      const sentences = splitSentences(article);
      const tagged = segmenter.tagSpans(article.normalizedText, sentences);
      sentences.forEach((sentence, i) => expect(tagged[i]).toEqual(nativeTag(sentence.text, sentence.start)));
    }
  });

  it("tagSpans() serves spans that do not end on a jieba separator", () => {
    const text = "他说：“好！”我们一起干。王芳表示，3年来变化大\n新建APP平台2个";
    const spans = [
      { start: 0, end: 6 },
      { start: 6, end: 13 },
      { start: 13, end: 26 },
      { start: 27, end: text.length },
    ];
    expect(segmenter.tagSpans(text, spans)).toEqual(spans.map((s) => nativeTag(text.slice(s.start, s.end), s.start)));
  });

  it("tags unknown words by cppjieba's rule, quirks included", () => {
    for (const word of ["5", "12", "a1", "1a", "APP", "中1", "1中", "x光片", "ＡＢ", "焕勇", "2024年", "3.5", "COVID-19"]) {
      const native = jieba.tag(word);
      if (native.length === 1) expect(`${word}:${unknownWordTag(word)}`).toBe(`${word}:${native[0]!.tag}`);
    }
    expect(unknownWordTag("5")).toBe("x");
    expect(unknownWordTag("12")).toBe("m");
    expect(unknownWordTag("APP")).toBe("eng");
  });
});
