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
    // 朝阳区 is also a district of 长春: the graph's name says which.
    expect(toDivision(chaoyang)).toEqual({ kind: "County", name: "北京市朝阳区", code: "110105", province: { name: "北京市", code: "11" } });
    expect(catalog.byName.has("市辖区")).toBe(false);
  });

  it("gives units of one level that share a name their parent's name, and leaves the others as they are", () => {
    const gulou = catalog.byName.get("鼓楼区")!;
    expect(gulou.map((entry) => entry.uniqueName).sort()).toEqual(["南京市鼓楼区", "开封市鼓楼区", "徐州市鼓楼区", "福州市鼓楼区"]);
    expect(catalog.byName.get("嘉祥县")![0]!.uniqueName).toBe("嘉祥县");
    // 朝阳市 (a city) and 朝阳县 do not clash with the two 朝阳区.
    expect(catalog.byName.get("朝阳市")![0]!.uniqueName).toBe("朝阳市");
    const unique = catalog.entries.filter((entry) => entry.level === "County").map((entry) => entry.uniqueName);
    expect(new Set(unique).size).toBe(unique.length);
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
