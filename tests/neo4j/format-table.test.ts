import stringWidth from "string-width";
import { describe, expect, it } from "vitest";
import { formatResult } from "../../pipeline/neo4j/format-table.js";

const result = {
  columns: ["county", "programmes", "value"],
  rows: [
    ["金乡县", ["“四个到位”", "银发先锋行动"], 310000000],
    ["Weishan", [], null],
  ],
};

describe("formatResult", () => {
  it("aligns columns by display width, Chinese included", () => {
    const lines = formatResult(result, "table").trimEnd().split("\n");
    const valueColumn = lines.map((line) => stringWidth(line.slice(0, line.search(/310000000|value/) === -1 ? 0 : line.search(/310000000|value/))));
    expect(valueColumn[0]).toBe(valueColumn[2]);
    expect(lines[2]).toContain("“四个到位”, 银发先锋行动");
  });

  it("writes CSV with quoting and JSON with column names", () => {
    expect(formatResult(result, "csv")).toBe('county,programmes,value\r\n金乡县,"“四个到位”, 银发先锋行动",310000000\r\nWeishan,,\r\n');
    expect(JSON.parse(formatResult(result, "json"))).toEqual([
      { county: "金乡县", programmes: ["“四个到位”", "银发先锋行动"], value: 310000000 },
      { county: "Weishan", programmes: [], value: null },
    ]);
  });
});
