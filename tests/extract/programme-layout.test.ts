import { describe, expect, it } from "vitest";
import { analyseLayout } from "../../pipeline/extract/layout.js";
import { getLexicon } from "../../pipeline/extract/lexicon.js";
import { splitSentences } from "../../pipeline/extract/sentences.js";
import { articleFixture } from "./article-fixture.js";

const layoutOf = (paragraphs: string[]) => {
  const article = articleFixture(paragraphs.join("\n"));
  const sentences = splitSentences(article);
  return { sentences, layout: analyseLayout(article, sentences, getLexicon().programmes) };
};

describe("analyseLayout", () => {
  it("finds parallel headings and the sections they open", () => {
    const { sentences, layout } = layoutOf([
      "某县推行“三联”工作法，服务群众。",
      "联系群众到户。干部每月走访一次。",
      "联系企业到岗。建立企业服务专员制度。",
      "活动开展以来，走访群众1万户。",
    ]);
    expect(layout.headings.map((i) => sentences[i]!.text)).toEqual(["联系群众到户。", "联系企业到岗。"]);
    expect(layout.sectionOf[2]).toBe(1);
    expect(layout.sectionOf[4]).toBe(3);
    // The closing summary belongs to no section.
    expect(layout.sectionOf[5]).toBe(-1);
  });

  it("treats a line that breaks a sentence as a column break, not a new paragraph", () => {
    const { layout } = layoutOf(["某县推行“三联”工作法，服务群众。", "联系群众到户。干部每月走访群众，解决实际", "困难。", "联系企业到岗。建立制度。"]);
    expect(layout.paragraphs).toHaveLength(3);
    expect(layout.headings).toHaveLength(2);
  });

  it("needs two headings before it calls any sentence a heading", () => {
    const { layout } = layoutOf(["某县推行“三联”工作法，服务群众。", "联系群众到户。干部每月走访一次。", "今年以来，全县走访群众共计一万户，解决各类问题八百余个，群众满意率明显提升。"]);
    expect(layout.headings).toEqual([]);
  });
});
