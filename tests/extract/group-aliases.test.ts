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

  it("names a body printed in full by its standard abbreviation, however its place is printed", () => {
    expect(resolveAlias("Organization", "安吉县人力资源和社会保障局")).toBe("安吉县人社局");
    expect(resolveAlias("Organization", "安吉县市场监督管理局")).toBe("安吉县市场监管局");
    expect(resolveAlias("Organization", "县残疾人联合会")).toBe("县残联");
    expect(resolveAlias("Organization", "安吉县应急局")).toBe("安吉县应急管理局");
    expect(resolveAlias("Organization", "汪清县林业和草原局")).toBe("汪清县林草局");
    // Hainan's counties name their tourism and culture bureau in full and print 旅文局.
    expect(resolveAlias("Organization", "白沙黎族自治县旅游和文化广电体育局")).toBe("白沙黎族自治县旅文局");
    expect(resolveAlias("Programme", "稳岗返还")).toBe("失业保险稳岗返还");
    // Culture, broadcasting (and sports) and tourism bureaus by the abbreviation of every field (文广旅局, 文广体旅局).
    expect(resolveAlias("Organization", "安吉县文化广电和旅游局")).toBe("安吉县文广旅局");
    expect(resolveAlias("Organization", "阳朔县文化广电体育和旅游局")).toBe("阳朔县文广体旅局");
    // An office of another scope keeps its name.
    expect(resolveAlias("Organization", "安吉县文化和旅游局")).toBe("安吉县文旅局");
    expect(resolveAlias("Organization", "安吉县自然资源和规划局")).toBe("安吉县自然资源和规划局");
    expect(resolveAlias("Group", "安吉县人力资源和社会保障局")).toBe("安吉县人力资源和社会保障局");
    expect(() => parseAliasTable({ Organization: { "…卫生健康局": "卫健局" } })).toThrow(expect.objectContaining({ name: "AliasTableError" }));
  });

  it("rejects unknown kinds and chains with a typed error", () => {
    expect(() => parseAliasTable({ Gruop: { a: "b" } })).toThrow(expect.objectContaining({ name: "AliasTableError" }));
    expect(() => parseAliasTable({ Group: { a: "b", b: "c" } })).toThrow(expect.objectContaining({ name: "AliasTableError" }));
    expect(() => parseAliasTable({ Group: { a: "" } })).toThrow(expect.objectContaining({ name: "AliasTableError" }));
  });
});
