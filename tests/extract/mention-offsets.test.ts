/**
 * Every mention of the extraction core must point at its own text:
 * normalizedText.slice(start, end) is the normalised surface, in the sentence it names.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findDivisionMentions } from "../../pipeline/divisions/find-mentions.js";
import { resolveArticleCounties } from "../../pipeline/divisions/resolve-counties.js";
import { extractMetrics } from "../../pipeline/extract/metric.js";
import { extractPersons } from "../../pipeline/extract/person.js";
import { splitSentences } from "../../pipeline/extract/sentences.js";
import type { ArticleRecord, EntityMention } from "../../pipeline/records.js";
import { makeArticle, samplePageArticles } from "./make-article.js";

function allMentions(article: ArticleRecord): { mentions: EntityMention[]; sentences: ReturnType<typeof splitSentences> } {
  const sentences = splitSentences(article);
  return {
    sentences,
    mentions: [
      ...extractMetrics(article, sentences),
      ...extractPersons(article, sentences),
      ...findDivisionMentions(article, sentences, { city: "3708", province: "37" }),
    ],
  };
}

function expectConsistent(article: ArticleRecord): void {
  const { mentions, sentences } = allMentions(article);
  for (const mention of mentions) {
    expect(article.text.slice(mention.start, mention.end)).toBe(mention.surface);
    const sentence = sentences[mention.sentence];
    expect(sentence).toBeDefined();
    if (mention.surface === "") continue; // reporter known from the dateline only
    expect(mention.start).toBeGreaterThanOrEqual(sentence!.start);
    expect(mention.end).toBeLessThanOrEqual(sentence!.end);
  }
}

describe("mention offsets", () => {
  it("hold on the sample page", () => {
    for (const article of samplePageArticles()) expectConsistent(article);
  });

  it("hold on generated report-like text, with full-width digits in the printed text", () => {
    const piece = fc.constantFrom(
      "走访群众1.4万余户，",
      "邀请32名老党员参加。",
      "兰陵县委书记韩立新说，",
      "新增岗位 120 个；",
      "山东省临沂市",
      "“3423”产业体系",
      "\n",
      "累计发放补贴３．５万元。",
      "彭玉珍、蒋德福等同志",
      "2024年以来，",
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const text = pieces.join("");
        const normalizedText = text.replace(/[０-９．]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
        expectConsistent(makeArticle({ text, normalizedText, reporters: ["王芳"] }));
      }),
      { numRuns: 60 },
    );
  });
});

describe("traditional print", () => {
  it("matches on the simplified text and reports surfaces as printed", () => {
    const text = "縣委書記韓立新帶隊走訪群眾1.2萬餘戶。";
    const normalizedText = "县委书记韩立新带队走访群众1.2万余户。";
    expect(normalizedText.length).toBe(text.length);
    const article = makeArticle({ text, normalizedText });
    const sentences = splitSentences(article);
    const [metric] = extractMetrics(article, sentences, { scope: "x" });
    expect(metric).toMatchObject({ surface: "1.2萬餘戶", attributes: { value: 12000, approx: "余", counted: "走访群众", raw: "1.2万余户" } });
    expect(extractPersons(article, sentences)).toMatchObject([{ name: "韩立新", surface: "韓立新", attributes: { category: "named" } }]);
  });
});

describe("arbitrary input", () => {
  it("never throws and keeps offsets exact, whatever the characters", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 160 }), fc.string({ maxLength: 6 }), (text, place) => {
        const article = makeArticle({ text, reporters: place ? [place] : [], ...(place ? { place } : {}) });
        expectConsistent(article);
        expect(() => resolveArticleCounties([article])).not.toThrow();
      }),
      { numRuns: 150 },
    );
  });
});
