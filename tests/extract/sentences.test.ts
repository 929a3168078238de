import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { splitSentences } from "../../pipeline/extract/sentences.js";
import { makeArticle, samplePageArticles } from "./make-article.js";

const texts = (text: string): string[] => splitSentences(makeArticle({ text })).map((s) => s.text);

describe("splitSentences", () => {
  it("splits on 。！？； and paragraph breaks", () => {
    expect(texts("曲阜市推行“网格+警格”模式。全市划分网格1200个！成效如何？群众满意；干部放心\n下一步，继续深化。")).toEqual([
      "曲阜市推行“网格+警格”模式。",
      "全市划分网格1200个！",
      "成效如何？",
      "群众满意；",
      "干部放心",
      "下一步，继续深化。",
    ]);
  });

  it("keeps a quotation that ends with its own full stop in one sentence", () => {
    expect(texts("镇党委提出“抓班子、带队伍、促发展。”全镇迅速行动。")).toEqual([
      "镇党委提出“抓班子、带队伍、促发展。”",
      "全镇迅速行动。",
    ]);
  });

  it("does not split inside quotes or book titles", () => {
    expect(texts("印发《关于加强村级组织建设的意见。试行》，推动落实。")).toEqual([
      "印发《关于加强村级组织建设的意见。试行》，推动落实。",
    ]);
    expect(texts("他说：“先干起来！再总结。”大家鼓掌。")).toEqual(["他说：“先干起来！再总结。”", "大家鼓掌。"]);
  });

  it("recovers from an unclosed quote at the paragraph end", () => {
    expect(texts("推行“一线工作法。坚持问题导向\n第二段开始。结束。")).toEqual(["推行“一线工作法。坚持问题导向", "第二段开始。", "结束。"]);
  });

  it("keeps a run of terminators together and trims whitespace", () => {
    expect(texts("  真的吗？！  是的。 ")).toEqual(["真的吗？！", "是的。"]);
  });

  it("handles half-width terminators from normalised text", () => {
    expect(texts("完成改造120户;新增车位300个!")).toEqual(["完成改造120户;", "新增车位300个!"]);
  });

  it("ends a sentence at a half-width full stop after a word, never inside a number or an address", () => {
    expect(texts("培训讲解员350名.1至4月,接待游客820万人次,增长12.6%.下一步将推出线路.")).toEqual([
      "培训讲解员350名.",
      "1至4月,接待游客820万人次,增长12.6%.",
      "下一步将推出线路.",
    ]);
    expect(texts("详见www.gov.cn网站,收入增长3.5个百分点。")).toEqual(["详见www.gov.cn网站,收入增长3.5个百分点。"]);
  });

  it("returns nothing for an empty body", () => {
    expect(texts("")).toEqual([]);
    expect(texts("\n \n")).toEqual([]);
  });

  it("gives exact, ordered, non-empty sentences whose offsets index the text", () => {
    const alphabet = fc.constantFrom("党", "建", "引", "领", "。", "！", "？", "；", "，", "“", "”", "《", "》", "\n", " ", "1", "2");
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 120 }).map((chars) => chars.join("")), (text) => {
        const sentences = splitSentences(makeArticle({ text }));
        let previousEnd = 0;
        sentences.forEach((sentence, index) => {
          expect(sentence.index).toBe(index);
          expect(sentence.text.length).toBeGreaterThan(0);
          expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text);
          expect(sentence.text).toBe(sentence.text.trim());
          expect(sentence.start).toBeGreaterThanOrEqual(previousEnd);
          previousEnd = sentence.end;
        });
        // Nothing but whitespace is lost between sentences.
        const covered = sentences.map((s) => s.text).join("");
        expect(covered).toBe(text.replace(/\s+/g, (ws, at: number) => (sentences.some((s) => at > s.start && at < s.end) ? ws : "")));
      }),
    );
  });

  it("splits the sample page bodies into sentences that never cross a paragraph", () => {
    for (const article of samplePageArticles()) {
      const sentences = splitSentences(article);
      expect(sentences.length).toBeGreaterThan(5);
      for (const sentence of sentences) expect(sentence.text).not.toContain("\n");
    }
  });
});
