import { describe, expect, it } from "vitest";
import { abbreviatedNames, shortName } from "../../pipeline/divisions/short-name.js";

describe("shortName", () => {
  it.each([
    ["嘉祥县", "County", "嘉祥"],
    ["邹城市", "County", "邹城"],
    ["任城区", "County", "任城"],
    ["科尔沁右翼前旗", "County", "科尔沁右翼前"],
    ["围场满族蒙古族自治县", "County", "围场"],
    ["长阳土家族自治县", "County", "长阳"],
    ["鄂伦春自治旗", "County", "鄂伦春"],
    ["鄂温克族自治旗", "County", "鄂温克"],
    ["神农架林区", "County", "神农架"],
    ["长白朝鲜族自治县", "County", "长白"],
    ["龙胜各族自治县", "County", "龙胜"],
    ["沛县", "County", "沛"],
    ["济宁市", "City", "济宁"],
    ["延边朝鲜族自治州", "City", "延边"],
    ["锡林郭勒盟", "City", "锡林郭勒"],
    ["大兴安岭地区", "City", "大兴安岭"],
    ["山东省", "Province", "山东"],
    ["广西壮族自治区", "Province", "广西"],
    ["新疆维吾尔自治区", "Province", "新疆"],
    ["北京市", "Province", "北京"],
    ["西藏自治区", "Province", "西藏"],
    ["宁夏回族自治区", "Province", "宁夏"],
    ["内蒙古自治区", "Province", "内蒙古"],
  ] as const)("%s (%s) → %s", (full, level, short) => {
    expect(shortName(full, level)).toBe(short);
  });
});

describe("abbreviatedNames", () => {
  it.each([
    ["恩施土家族苗族自治州", "City", ["恩施州"]],
    ["黔东南苗族侗族自治州", "City", ["黔东南州"]],
    ["济宁市", "City", []],
    ["科尔沁右翼前旗", "County", ["科右前旗"]],
    ["察哈尔右翼后旗", "County", ["察右后旗"]],
    ["土默特左旗", "County", ["土左旗"]],
    ["喀喇沁左翼蒙古族自治县", "County", ["喀左县"]],
    ["鄂伦春自治旗", "County", ["鄂伦春旗"]],
    ["长阳土家族自治县", "County", ["长阳县", "长阳自治县"]],
    ["莫力达瓦达斡尔族自治旗", "County", ["莫力达瓦旗", "莫力达瓦自治旗"]],
    // A two-character stem before its side is printed whole (巴林左旗); an ordinary county has no abbreviation.
    ["巴林左旗", "County", []],
    ["嘉祥县", "County", []],
  ] as const)("%s (%s) → %j", (full, level, names) => {
    expect(abbreviatedNames(full, level)).toEqual(names);
  });
});

