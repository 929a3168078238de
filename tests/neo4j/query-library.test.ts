import { describe, expect, it } from "vitest";
import { loadQueryLibrary, parseQueryFile, resolveQueryParams } from "../../pipeline/neo4j/query-library.js";

const SAMPLE = `// @title A title
// @description First line,
//   second line.
// @param county 金乡县 — the county
// @param limit 25 — rows
//   at most
// @param exact true - boolean default
// @param empty "" — empty string default
// @param needed — required
MATCH (c:County {name: $county}) RETURN c LIMIT $limit
`;

describe("parseQueryFile", () => {
  it("reads title, description, typed defaults and descriptions", () => {
    const query = parseQueryFile("/x/sample-query.cypher", SAMPLE);
    expect(query).toMatchObject({ name: "sample-query", title: "A title", description: "First line, second line.", file: "/x/sample-query.cypher" });
    expect(query.params).toEqual([
      { name: "county", default: "金乡县", description: "the county" },
      { name: "limit", default: 25, description: "rows at most" },
      { name: "exact", default: true, description: "boolean default" },
      { name: "empty", default: "", description: "empty string default" },
      { name: "needed", default: undefined, description: "required" },
    ]);
    expect(query.cypher).toBe(SAMPLE);
  });

  it("refuses a file without a title or with an unknown tag", () => {
    expect(() => parseQueryFile("a.cypher", "MATCH (n) RETURN n")).toThrow(expect.objectContaining({ name: "QueryLibraryError" }));
    expect(() => parseQueryFile("a.cypher", "// @title T\n// @author me\nRETURN 1")).toThrow(expect.objectContaining({ name: "QueryLibraryError" }));
  });
});

describe("resolveQueryParams", () => {
  const query = parseQueryFile("q.cypher", SAMPLE);
  it("converts command-line strings to the default's type", () => {
    expect(resolveQueryParams(query, { limit: "5", exact: "false", needed: "x" })).toEqual({ county: "金乡县", limit: 5, exact: false, empty: "", needed: "x" });
  });
  it("refuses unknown, missing and mistyped parameters", () => {
    expect(() => resolveQueryParams(query, { needed: "x", other: "1" })).toThrow(expect.objectContaining({ name: "QueryLibraryError" }));
    expect(() => resolveQueryParams(query, {})).toThrow(expect.objectContaining({ name: "QueryLibraryError" }));
    expect(() => resolveQueryParams(query, { needed: "x", limit: "many" })).toThrow(expect.objectContaining({ name: "QueryLibraryError" }));
  });
});

describe("the library in cypher/queries", () => {
  it("has at least ten documented queries whose parameters all have defaults and are used", async () => {
    const library = await loadQueryLibrary();
    expect(library.length).toBeGreaterThanOrEqual(10);
    expect(library.map((q) => q.name)).toContain("cross-county-groups");
    for (const query of library) {
      expect(query.title, query.name).not.toBe("");
      expect(query.description.length, query.name).toBeGreaterThan(20);
      for (const param of query.params) {
        expect(param.default, `${query.name} ${param.name}`).not.toBeUndefined();
        expect(param.description, `${query.name} ${param.name}`).not.toBe("");
        // A hint for the parameter's field: a code comment right under the header would run into it.
        expect(param.description.length, `${query.name} ${param.name}: ${param.description}`).toBeLessThanOrEqual(80);
        expect(query.cypher, `${query.name} uses $${param.name}`).toContain(`$${param.name}`);
      }
      const used = [...query.cypher.matchAll(/\$([A-Za-z_]\w*)/g)].map((m) => m[1]);
      for (const name of used) expect(query.params.map((p) => p.name), `${query.name} declares $${name}`).toContain(name);
    }
  });
});
