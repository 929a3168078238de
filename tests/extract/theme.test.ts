import { describe, expect, it } from "vitest";
import { createExtractContext } from "../../pipeline/extract/context.js";
import { extractProgrammes } from "../../pipeline/extract/programme.js";
import { splitSentences } from "../../pipeline/extract/sentences.js";
import { extractThemes } from "../../pipeline/extract/theme.js";
import { ANJI_WORKSHOPS, articleFixture, GUSHI_CHILDREN } from "./article-fixture.js";

function themesOf(article: typeof GUSHI_CHILDREN) {
  const ctx = createExtractContext(article, { sentences: splitSentences(article) });
  ctx.entities.push(...extractProgrammes(ctx));
  return extractThemes(ctx);
}

describe("extractThemes", () => {
  it("puts an article and its main programme under the theme their triggers name", () => {
    const { relations } = themesOf(GUSHI_CHILDREN);
    const about = relations.map((r) => `${r.from.kind}:${r.to.name}`);
    expect(about).toContain("Article:未成年人保护");
    expect(about).toContain("Programme:未成年人保护");
  });

  it("needs a headline trigger or two sentences before an article is about a theme", () => {
    const article = articleFixture("某县召开会议部署工作。会上提到安全生产。会议要求抓好落实。");
    expect(themesOf(article).relations).toEqual([]);
    const titled = articleFixture("某县召开会议部署工作。会上提到安全生产。", { title: "某县部署安全生产工作" });
    expect(themesOf(titled).relations.map((r) => r.to.name)).toEqual(["安全生产"]);
  });

  it("emits a Theme mention for every ABOUT endpoint, without turning triggers into aliases", () => {
    const { entities, relations } = themesOf(ANJI_WORKSHOPS);
    for (const relation of relations) expect(entities.some((e) => e.kind === "Theme" && e.name === relation.to.name)).toBe(true);
    for (const entity of entities) expect(entity.surface === "" || entity.surface === entity.name).toBe(true);
    expect(relations.map((r) => r.to.name)).toContain("共同富裕");
  });
});
