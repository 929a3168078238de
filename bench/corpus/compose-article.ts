/**
 * Composes a county report from the genre's building blocks: a programme,
 * the groups it serves, the organisations running it and reported figures.
 * Returns plain structure; `layout.ts` decides how it is printed.
 */
import type { Rng } from "../lib/rng.js";
import type { BenchCounty, BenchPrefecture } from "./counties.js";
import {
  APPROX,
  CLOSERS,
  ENTERPRISE_ORGS,
  GIVEN_NAME_CHARS,
  GROUPS,
  NUMBERED_SLOGANS,
  OPENERS,
  ORG_CORES,
  PROGRAMME_CORES,
  PROGRAMME_FORMS,
  SECTION_HEADS,
  SURNAMES,
  THEMES,
  UNITS,
  VERBS_SERVE,
} from "./fixtures.js";

export interface ComposedArticle {
  prefecture: BenchPrefecture;
  county: BenchCounty;
  reporters: string[];
  reporterRole: "通讯员" | "记者";
  /** One or two headline lines. */
  headline: string[];
  paragraphs: string[];
  /** ISO date. */
  date: string;
}

export function personName(rng: Rng): string {
  const given = rng.chance(0.7) ? rng.pick(GIVEN_NAME_CHARS) + rng.pick(GIVEN_NAME_CHARS) : rng.pick(GIVEN_NAME_CHARS);
  return rng.pick(SURNAMES) + given;
}

export function reporterNames(rng: Rng): string[] {
  return Array.from({ length: rng.int(1, 3) }, () => personName(rng));
}

/** A figure as papers print it: 1.4万余, 304, 近2000, 3.1亿. */
export function figure(rng: Rng, kind: keyof typeof UNITS): string {
  const approx = rng.pick(APPROX);
  const unit = rng.pick(UNITS[kind]);
  let number: string;
  if (kind === "money") number = unit === "元" ? String(rng.int(200, 5000)) : (rng.int(5, 9999) / 10).toString();
  else if (rng.chance(0.15)) number = `${rng.int(11, 99) / 10}万`;
  else number = String(rng.int(2, 9999));
  // Markers such as 近/约/超 go before the number, 余/多 after it.
  const before = ["近", "约", "超"].includes(approx) ? approx : "";
  const after = before ? "" : approx;
  return `${before}${number}${after}${unit}`;
}

function programmeName(rng: Rng): string {
  return rng.chance(0.2) ? `“${rng.pick(NUMBERED_SLOGANS)}”${rng.pick(PROGRAMME_FORMS)}` : `“${rng.pick(PROGRAMME_CORES)}”${rng.pick(PROGRAMME_FORMS)}`;
}

function organisation(rng: Rng, county: BenchCounty): string {
  if (rng.chance(0.2)) return county.short + rng.pick(ENTERPRISE_ORGS);
  const core = rng.pick(ORG_CORES);
  const level = county.name.endsWith("市") ? "市" : county.name.endsWith("区") ? "区" : "县";
  return core === "团委" ? `团${level}委` : `${level}${core}`;
}

function place(rng: Rng): string {
  return rng.pick(SURNAMES).slice(0, 1) + rng.pick(["庄", "集", "屯", "寨", "营", "楼", "店", "桥", "湾", "岗"]);
}

type SentenceTemplate = (rng: Rng, ctx: { county: BenchCounty; programme: string; theme: string }) => string;

const SENTENCES: readonly SentenceTemplate[] = [
  (rng, { county }) => `${organisation(rng, county)}牵头，联合${organisation(rng, county)}组建服务队伍，为${rng.pick(GROUPS)}提供政策咨询、技能培训等服务。`,
  (rng) => `累计${rng.pick(VERBS_SERVE)}${rng.pick(GROUPS)}${figure(rng, "people")}，开展各类活动${figure(rng, "events")}。`,
  (rng) => `投入资金${figure(rng, "money")}，建成服务站点${figure(rng, "places")}。`,
  (rng) => `走访${rng.pick(GROUPS)}${figure(rng, "households")}，收集意见建议${figure(rng, "items")}，办结率达${rng.int(80, 100)}%。`,
  (rng, { programme }) => `在${place(rng)}镇${place(rng)}村试点推行${programme}，推动${rng.pick(GROUPS)}与${rng.pick(GROUPS)}结对帮扶。`,
  (rng) => `建立“${rng.pick(NUMBERED_SLOGANS)}”工作机制，明确责任分工，定期调度推进。`,
  (rng, { theme }) => `围绕${theme}，组织${rng.pick(GROUPS)}参加专题培训${figure(rng, "events")}，覆盖${figure(rng, "people")}。`,
  (rng, { county }) => `${organisation(rng, county)}选派${figure(rng, "people")}业务骨干下沉一线，帮助解决实际困难${figure(rng, "items")}。`,
  (rng) => `全年新增就业岗位${figure(rng, "places")}，带动${rng.pick(GROUPS)}人均增收${rng.int(1000, 9000)}元。`,
  () => `通过线上线下相结合的方式，打通服务群众“最后一公里”。`,
];

/**
 * @example composeArticle(rng, prefecture, county).paragraphs.length // 3 to 6
 */
export function composeArticle(rng: Rng, prefecture: BenchPrefecture, county: BenchCounty): ComposedArticle {
  const programme = programmeName(rng);
  const theme = rng.pick(THEMES);
  const ctx = { county, programme, theme };
  const opening = `${rng.pick(OPENERS)}${county.name}聚焦${theme}，深入实施${programme}，推动${rng.pick(GROUPS)}和${rng.pick(GROUPS)}共同参与，取得明显成效。`;
  const sections = Array.from({ length: rng.int(2, 4) }, () => {
    const sentences = Array.from({ length: rng.int(2, 4) }, () => rng.pick(SENTENCES)(rng, ctx));
    return rng.pick(SECTION_HEADS) + sentences.join("");
  });
  const closer = rng
    .pick(CLOSERS)
    .replace("{county}", county.name)
    .replace("{programme}", programme)
    .replace("{theme}", theme);
  const headlineMain = `${county.short}${rng.pick(["实施", "推进", "深化", "打造", "创新"])}${programme}`;
  const headline = rng.chance(0.5) ? [headlineMain, `助力${theme}提质增效`] : [headlineMain];
  const month = rng.int(1, 12);
  const day = rng.int(1, 28);
  return {
    prefecture,
    county,
    reporters: reporterNames(rng),
    reporterRole: rng.chance(0.7) ? "通讯员" : "记者",
    headline,
    paragraphs: [opening, ...sections, ...(closer ? [closer] : [])],
    date: `${rng.int(2019, 2025)}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`,
  };
}
