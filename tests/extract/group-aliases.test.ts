import { describe, expect, it } from "vitest";
import { getAliasTable, parseAliasTable, resolveAlias } from "../../pipeline/extract/aliases.js";

describe("alias table", () => {
  it("maps reviewed variants to canonical names per kind", () => {
    expect(resolveAlias("Group", "老干部")).toBe("离退休干部");
    expect(resolveAlias("Group", "新就业群体")).toBe("新业态新就业群体");
    expect(resolveAlias("Organization", "业委会")).toBe("业主委员会");
    expect(resolveAlias("Group", "离休干部")).toBe("离休干部");
    expect(resolveAlias("Programme", "老干部")).toBe("老干部");
  });

  it("loads the repository table without chains", () => {
    const table = getAliasTable();
    for (const [, map] of table) for (const canonical of map.values()) expect(map.has(canonical)).toBe(false);
  });

  it("rejects unknown kinds and chains with a typed error", () => {
    expect(() => parseAliasTable({ Gruop: { a: "b" } })).toThrow(expect.objectContaining({ name: "AliasTableError" }));
    expect(() => parseAliasTable({ Group: { a: "b", b: "c" } })).toThrow(expect.objectContaining({ name: "AliasTableError" }));
    expect(() => parseAliasTable({ Group: { a: "" } })).toThrow(expect.objectContaining({ name: "AliasTableError" }));
  });
});
