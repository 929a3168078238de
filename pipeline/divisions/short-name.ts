/**
 * Short forms of division names as the press uses them in datelines and
 * running text: 嘉祥县 → 嘉祥, 邹城市 → 邹城, 济宁市 → 济宁, 山东省 → 山东,
 * 围场满族蒙古族自治县 → 围场, 广西壮族自治区 → 广西.
 */

/** The 55 minority nationalities as they appear inside autonomous-area names. */
const NATIONALITIES = [
  "蒙古", "回", "藏", "维吾尔", "苗", "彝", "壮", "布依", "朝鲜", "满", "侗", "瑶", "白", "土家", "哈尼",
  "哈萨克", "傣", "黎", "傈僳", "佤", "畲", "高山", "拉祜", "水", "东乡", "纳西", "景颇", "柯尔克孜", "土",
  "达斡尔", "仫佬", "羌", "布朗", "撒拉", "毛南", "仡佬", "锡伯", "阿昌", "普米", "塔吉克", "怒", "乌孜别克",
  "俄罗斯", "鄂温克", "德昂", "保安", "裕固", "京", "塔塔尔", "独龙", "鄂伦春", "赫哲", "门巴", "珞巴", "基诺",
  "各", // 龙胜各族自治县
];
// Longest first so 土家 wins over 土. The last nationality may lack 族 (新疆维吾尔自治区),
// earlier ones may not, so 长白朝鲜族自治县 keeps its 白.
const NATIONALITY = [...NATIONALITIES].sort((a, b) => b.length - a.length).join("|");
const NATIONALITY_RUN = new RegExp(`(?:(?:${NATIONALITY})族)*(?:${NATIONALITY})族?$`);

const COUNTY_SUFFIXES = ["自治县", "自治旗", "林区", "特区", "县", "区", "市", "旗"];
const CITY_SUFFIXES = ["自治州", "地区", "市", "盟"];
const PROVINCE_SUFFIXES = ["特别行政区", "自治区", "省", "市"];

export type DivisionLevel = "County" | "City" | "Province";

const SUFFIXES: Record<DivisionLevel, string[]> = {
  County: COUNTY_SUFFIXES,
  City: CITY_SUFFIXES,
  Province: PROVINCE_SUFFIXES,
};

/** Shortest short name the matcher trusts on its own: one character (沛, 单) is far too common. */
export const MIN_SHORT_NAME_LENGTH = 2;

/**
 * The name without its administrative suffix (and nationality run for
 * autonomous areas). Returns the full name unchanged when stripping would
 * leave nothing meaningful; callers decide whether a short form of one
 * character is usable (see MIN_SHORT_NAME_LENGTH).
 *
 * @example shortName("嘉祥县", "County") // "嘉祥"
 * @example shortName("围场满族蒙古族自治县", "County") // "围场"
 * @example shortName("沛县", "County") // "沛"
 */
export function shortName(fullName: string, level: DivisionLevel): string {
  for (const suffix of SUFFIXES[level]) {
    if (!fullName.endsWith(suffix) || fullName.length <= suffix.length) continue;
    let stem = fullName.slice(0, -suffix.length);
    if (suffix.startsWith("自治")) {
      const withoutNationality = stem.replace(NATIONALITY_RUN, "");
      // 鄂温克族自治旗: the nationality is the whole name; 西藏, 内蒙古: the "nationality" is part of the name.
      stem = withoutNationality.length >= 2 ? withoutNationality : stem.replace(/族$/, "");
    }
    return stem;
  }
  return fullName;
}

/** 科尔沁左翼中 → 科 左 中: a banner (or county) named for its side of a league's land. */
const SIDE_NAME = /^(\p{Script=Han}{3,})(左|右)翼?(前|中|后)?$/u;

/**
 * Abbreviated full forms the press prints instead of a long name, each still
 * ending in its level: an autonomous prefecture as short name + 州 (恩施州,
 * 黔东南州), an autonomous county or banner as short name + 县/旗 (长阳县,
 * 鄂伦春旗), and a banner or county named for its side as first character +
 * 左/右 + position (科尔沁左翼中旗 → 科左中旗, 阿拉善左旗 → 阿左旗,
 * 喀喇沁左翼蒙古族自治县 → 喀左县), and short name + 自治县/自治旗 (务川自治县).
 *
 * @example abbreviatedNames("恩施土家族苗族自治州", "City") // ["恩施州"]
 * @example abbreviatedNames("科尔沁左翼中旗", "County") // ["科左中旗"]
 */
export function abbreviatedNames(fullName: string, level: DivisionLevel): string[] {
  const short = shortName(fullName, level);
  if (short === fullName || short.length < MIN_SHORT_NAME_LENGTH) return [];
  const names: string[] = [];
  if (level === "City" && fullName.endsWith("自治州")) names.push(`${short}州`);
  if (level !== "County") return names;
  const mark = fullName.endsWith("旗") ? "旗" : fullName.endsWith("自治县") ? "县" : undefined;
  if (!mark) return names;
  const side = SIDE_NAME.exec(short);
  if (side) names.push(`${side[1]![0]}${side[2]}${side[3] ?? ""}${mark}`);
  else if (fullName.startsWith(short) && /^自治|族自治/u.test(fullName.slice(short.length))) names.push(`${short}${mark}`);
  // 务川自治县, 莫力达瓦自治旗: the nationalities left out, the autonomy kept.
  const autonomy = /自治[县旗]$/u.exec(fullName)?.[0];
  if (autonomy && !side && fullName.startsWith(short)) names.push(`${short}${autonomy}`);
  return names.filter((name) => name !== fullName);
}

