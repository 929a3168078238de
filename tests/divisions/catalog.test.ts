import { describe, expect, it } from "vitest";
import { getDivisionCatalog, prefectureOf, toDivision } from "../../pipeline/divisions/catalog.js";

describe("getDivisionCatalog", () => {
  const catalog = getDivisionCatalog();

  it("loads provinces, prefectures and about 2,978 county-level units once", () => {
    expect(getDivisionCatalog()).toBe(catalog);
    const counties = catalog.entries.filter((e) => e.level === "County");
    expect(counties.length).toBeGreaterThan(2900);
    expect(catalog.entries.filter((e) => e.level === "Province")).toHaveLength(31);
  });

  it("gives counties their city and province", () => {
    expect(toDivision(catalog.byName.get("嘉祥县")![0]!)).toEqual({
      kind: "County",
      name: "嘉祥县",
      code: "370829",
      city: { name: "济宁市", code: "3708" },
      province: { name: "山东省", code: "37" },
    });
  });

  it("hangs districts of direct municipalities under the province, not under 市辖区", () => {
    const chaoyang = catalog.byName.get("朝阳区")!.find((e) => e.provinceCode === "11")!;
    expect(chaoyang.cityCode).toBeUndefined();
    expect(prefectureOf(chaoyang)).toBe("11");
    expect(toDivision(chaoyang)).toEqual({ kind: "County", name: "朝阳区", code: "110105", province: { name: "北京市", code: "11" } });
    expect(catalog.byName.has("市辖区")).toBe(false);
  });

  it("hangs province-administered county-level cities under the province", () => {
    const jiyuan = catalog.byName.get("济源市")!.find((e) => e.level === "County")!;
    expect(jiyuan.cityCode).toBeUndefined();
    expect(toDivision(jiyuan).province.name).toBe("河南省");
  });

  it("indexes short names of two characters or more, with their clashes", () => {
    expect(catalog.byShort.get("朝阳")!.map((e) => e.name).sort()).toEqual(["朝阳区", "朝阳区", "朝阳县", "朝阳市"]);
    expect(catalog.byShort.has("沛")).toBe(false);
    expect(catalog.byShort.get("围场")!.map((e) => e.name)).toEqual(["围场满族蒙古族自治县"]);
  });
});
