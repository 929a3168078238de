import { describe, expect, it } from "vitest";
import { createExtractContext } from "../../pipeline/extract/context.js";
import { assertUniqueIds, EXTRACTORS, type Extractor } from "../../pipeline/extract/registry.js";
import { runExtractors } from "../../pipeline/extract/run-registry.js";
import { splitSentences } from "../../pipeline/extract/sentences.js";
import { articleFixture } from "./article-fixture.js";

describe("extractor registry", () => {
  it("lists every extractor once, entity extractors before relation extractors", () => {
    expect(() => assertUniqueIds(EXTRACTORS)).not.toThrow();
    const kinds = EXTRACTORS.map((e) => e.kind);
    expect(kinds.lastIndexOf("entities")).toBeLessThan(kinds.indexOf("relations"));
    expect(EXTRACTORS.map((e) => e.id)).toEqual(expect.arrayContaining(["programmes", "groups", "organizations", "themes", "serves"]));
  });

  it("rejects duplicate ids with a typed error", () => {
    const twice: Extractor[] = [EXTRACTORS[0]!, EXTRACTORS[0]!];
    expect(() => assertUniqueIds(twice)).toThrow(expect.objectContaining({ name: "RegistryError" }));
  });

  it("keeps an article when one extractor fails, and says which one", () => {
    const article = articleFixture("某县开展“暖心”行动，为老人提供服务。");
    const broken: Extractor = { id: "broken", kind: "entities", extract: () => { throw new Error("boom"); } };
    const programmes = EXTRACTORS.find((e) => e.id === "programmes")!;
    const ctx = createExtractContext(article, { sentences: splitSentences(article) });
    const extraction = runExtractors(ctx, [broken, programmes]);
    expect(extraction.entities.map((e) => e.name)).toEqual(["“暖心”行动"]);
    expect(extraction.diagnostics).toEqual([expect.objectContaining({ severity: "error", code: "extractor-failed" })]);
    expect(extraction.diagnostics[0]!.message).toContain("broken");
  });

  it("drops a relation whose endpoint no extractor produced, with a warning", () => {
    const article = articleFixture("某县开展“暖心”行动。");
    const dangling: Extractor = {
      id: "dangling",
      kind: "relations",
      extract: () => ({ relations: [{ type: "SERVES", from: { kind: "Programme", name: "“暖心”行动" }, to: { kind: "Group", name: "老人" }, sentence: 0 }] }),
    };
    const ctx = createExtractContext(article, { sentences: splitSentences(article) });
    const extraction = runExtractors(ctx, [EXTRACTORS.find((e) => e.id === "programmes")!, dangling]);
    expect(extraction.relations).toEqual([]);
    expect(extraction.diagnostics).toEqual([expect.objectContaining({ severity: "warning", code: "relation-dropped" })]);
  });
});
