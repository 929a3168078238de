/**
 * Which county does each article report on? The dateline names a place in
 * short form (本报嘉祥讯); short forms clash across China (朝阳, 新华, 东城), so
 * the choice is settled by context: full names in the article's own body
 * (嘉祥县, 济宁市), the prefecture its page-mates (articles of the same
 * source file) point to and, last, the divisions its file path names in full
 * (corpora filed as 四川省/乐山市/…). Without a dateline, the county comes from the
 * body (a round-up of a city's counties is the city's), else the headline's
 * opening or a county it names in full (——记黔西市…), else a web source line naming a county (来源：武功县融媒体中心), else
 * the county the site a web page opens with names (岢岚县人民政府网), else
 * the county or city the file path names in full (…/信阳市/固始县/0508.txt),
 * else the county every page-mate that has one reports on (the items of a
 * county's news-in-brief column). Unresolvable choices come back as diagnostics.
 */
import type { ArticleRecord, Diagnostic, Division } from "../records.js";
import { newspaperPlace } from "../ingest/furniture.js";
import { normaliseText } from "../ingest/normalise.js";
import { isCommonWord } from "../segment/base-lexicon.js";
import { getDivisionCatalog, prefectureOf, toDivision, type DivisionEntry } from "./catalog.js";
import { scanDivisionNames, type NameHit } from "./name-scanner.js";
import { isWordAfterBody } from "./find-mentions.js";
import { LOCAL_LEVEL } from "./local-levels.js";

export interface CountyResolution {
  /** Article key → the county it reports on (a city or direct municipality for reports at that level). */
  counties: Map<string, Division | undefined>;
  diagnostics: Diagnostic[];
}

/** Prefecture and province codes a text names unambiguously. */
interface Votes {
  prefectures: Set<string>;
  provinces: Set<string>;
}

/** Prefecture/province votes of one article. */
interface ArticleEvidence extends Votes {
  article: ArticleRecord;
  hits: NameHit[];
}

/** What an article's own text, its page-mates and its file path point to. */
interface Context {
  pagePrefecture?: string;
  pageProvince?: string;
  path: Votes;
}

/**
 * Resolves every article's county with page-level context.
 *
 * @example
 * const { counties } = resolveArticleCounties(articles);
 * counties.get(articles[0].key)?.name // "嘉祥县"
 */
export function resolveArticleCounties(articles: ArticleRecord[]): CountyResolution {
  const evidence = articles.map(collectEvidence);
  const pages = new Map<string, ArticleEvidence[]>();
  for (const item of evidence) pages.set(item.article.source, [...(pages.get(item.article.source) ?? []), item]);

  const counties = new Map<string, Division | undefined>();
  const diagnostics: Diagnostic[] = [];
  for (const [, page] of pages) {
    const context: Context = {
      pagePrefecture: majority(page.map((item) => item.prefectures)),
      pageProvince: majority(page.map((item) => item.provinces)),
      path: pathVotes(page[0]!.article.source),
    };
    const outcomes = page.map((item) => resolveOne(item, context));
    const shared = sharedCounty(outcomes);
    page.forEach((item, i) => {
      const outcome = outcomes[i]!;
      // 湄潭简讯 … 【县人社局举办…招聘会】: an item naming no place of its own is its page's, when every page-mate that names one names the same.
      const entry = outcome.entry ?? (outcome.diagnostic?.code === "no-county" ? shared : undefined);
      counties.set(item.article.key, entry ? toDivision(entry) : undefined);
      if (outcome.diagnostic && !entry) diagnostics.push(outcome.diagnostic);
    });
  }
  return { counties, diagnostics };
}

/** The one division every resolved article of a page reports on, if they agree and there is one. */
function sharedCounty(outcomes: readonly Outcome[]): DivisionEntry | undefined {
  const resolved = new Set(outcomes.flatMap((outcome) => (outcome.entry ? [outcome.entry] : [])));
  return resolved.size === 1 ? [...resolved][0] : undefined;
}

function collectEvidence(article: ArticleRecord): ArticleEvidence {
  const hits = scanDivisionNames(article.normalizedText).filter((hit) => hit.form === "full" && !isWordAfterBody(hit, article.normalizedText));
  const place = placeEntries(article);
  const votes = emptyVotes();
  for (const hit of hits) vote(votes, hit.entries);
  if (place.length === 1 && !isCommonWord(article.dateline?.place ?? "")) vote(votes, place);
  return { article, hits, ...votes };
}

function emptyVotes(): Votes {
  return { prefectures: new Set(), provinces: new Set() };
}

/** Counts `entries` when they are one division: a name several divisions share says nothing. */
function vote(votes: Votes, entries: readonly DivisionEntry[]): void {
  if (entries.length !== 1) return;
  const [entry] = entries as [DivisionEntry];
  if (entry.level !== "Province") votes.prefectures.add(prefectureOf(entry));
  votes.provinces.add(entry.provinceCode);
}

/**
 * Divisions the folders and file name of `source` name in full (四川省/乐山市/0512.txt).
 * Researchers often file reports by place; short names (乐山日报) are not read,
 * as they clash across China like datelines do.
 */
function pathVotes(source: string): Votes {
  const votes = emptyVotes();
  const segments = source.split(/[\\/]/).map((segment) => segment.replace(/\.[^.]*$/, ""));
  for (const segment of segments) {
    for (const hit of scanDivisionNames(segment)) if (hit.form === "full") vote(votes, hit.entries);
  }
  return votes;
}

/**
 * Catalogue entries the dateline place may stand for: county or city level, or
 * a province when nothing lower fits (本报北京讯, 本报上海讯 — direct municipalities).
 */
function placeEntries(article: ArticleRecord): DivisionEntry[] {
  const place = article.dateline?.place?.trim();
  if (!place) return [];
  const { byName, byShort } = getDivisionCatalog();
  const all = [...(byName.get(place) ?? []), ...(byShort.get(place) ?? [])];
  const lower = all.filter((entry) => entry.level !== "Province");
  return lower.length > 0 ? lower : all;
}

function majority(sets: Set<string>[]): string | undefined {
  const counts = new Map<string, number>();
  for (const set of sets) for (const code of set) counts.set(code, (counts.get(code) ?? 0) + 1);
  let best: string | undefined;
  let bestCount = 0;
  let tie = false;
  for (const [code, count] of counts) {
    if (count > bestCount) [best, bestCount, tie] = [code, count, false];
    else if (count === bestCount) tie = true;
  }
  return tie ? undefined : best;
}

interface Outcome {
  entry?: DivisionEntry;
  diagnostic?: Diagnostic;
}

function resolveOne(item: ArticleEvidence, context: Context): Outcome {
  const { article } = item;
  const { pagePrefecture, pageProvince, path } = context;
  const source = `${article.source}#${article.index}`;
  const place = article.dateline?.place?.trim();
  const fromPlace = placeEntries(article);
  // 新华社成都…电 on Liangshan's counties: an agency files from a city, and the counties its body names are the report's.
  const filedFromCity = article.dateline?.agency === true && fromPlace.every((entry) => entry.level !== "County");
  let candidates: DivisionEntry[] = filedFromCity ? [] : fromPlace;
  let basis = place && !filedFromCity ? `dateline place ${place}` : "";
  if (candidates.length === 0) {
    const roundUp = cityRoundUp(item.hits, article.normalizedText) ?? provinceRoundUp(item.hits, article.normalizedText);
    if (roundUp) {
      candidates = [roundUp];
      basis = `round-up of ${roundUp.name}'s counties`;
    }
  }
  if (candidates.length === 0) {
    const county = mostMentioned(item.hits, "County");
    const city = mostMentioned(item.hits, "City");
    // A city-level report names its city more often than any one county.
    const body = county && (!city || county.count >= city.count) ? county : city;
    // 罗田县民政局2024年工作总结 … 会同县残联发放…: a county whose short name is an everyday word (会同, "together
    // with"), printed once or no more often than the county the headline opens with in full, gives way to that one.
    const lead = body ? titleLead(article.normalizedTitle) : undefined;
    const leadCount = lead ? item.hits.filter((hit) => hit.name === lead.name).length : 0;
    const everyday = body !== undefined && (body.count === 1 || body.count <= leadCount) && body.hit.entries.every((entry) => isCommonWord(entry.short));
    if (body && everyday && lead?.form === "full" && lead.name !== body.hit.name) {
      candidates = [...lead.entries];
      basis = `headline ${lead.name}`;
    } else if (body) {
      candidates = [...body.hit.entries];
      basis = `body mention ${body.hit.name}`;
    }
  }
  if (candidates.length === 0 && fromPlace.length > 0) {
    candidates = fromPlace;
    basis = `dateline place ${place}`;
  }
  if (candidates.length === 0) {
    // The county a headline opens with, else one it names in full further on (——记黔西市新仁乡化屋村…).
    const lead = titleLead(article.normalizedTitle) ?? firstFullName(article.normalizedTitle, "County");
    if (lead) {
      candidates = [...lead.entries];
      basis = `headline ${lead.name}`;
    }
  }
  if (candidates.length === 0) {
    const outlet = metaCounty(article);
    if (outlet) {
      candidates = [...outlet.entries];
      basis = `source line ${outlet.name}`;
    }
  }
  if (candidates.length === 0) {
    // 岢岚县人民政府网: a county's own site publishes the county's news; so does its paper (今日安吉, 如皋日报).
    const site = firstFullName(article.site ?? "", "County") ?? paperCounty(article.site ?? "");
    if (site) {
      candidates = [...site.entries];
      basis = `site ${site.name}`;
    }
  }
  if (candidates.length === 0) {
    const filed = pathDivision(article.source, CITY_SELF_REFERENCE.test(article.normalizedText));
    if (filed) {
      candidates = [...filed.entries];
      basis = `file path ${filed.name}`;
    }
  }
  if (candidates.length === 0) {
    return {
      diagnostic: {
        severity: "warning",
        code: place ? "unknown-place" : "no-county",
        source,
        message: place
          ? `dateline place "${place}" is no county or city in the division catalogue`
          : "no dateline place and no county or city named in the body, headline, source line or file path",
      },
    };
  }

  const ownNames = new Set(item.hits.map((hit) => hit.name));
  const namedInBody = (entry: DivisionEntry): boolean => ownNames.has(entry.name);
  const inOwnPrefecture = (entry: DivisionEntry): boolean => item.prefectures.has(prefectureOf(entry));
  const inPagePrefecture = (entry: DivisionEntry): boolean => pagePrefecture !== undefined && prefectureOf(entry) === pagePrefecture;
  const inPathPrefecture = (entry: DivisionEntry): boolean => path.prefectures.has(prefectureOf(entry));
  // What backs a common-word dateline: a name or prefecture, never a province alone.
  const supported = (entry: DivisionEntry): boolean => [namedInBody, inOwnPrefecture, inPagePrefecture, inPathPrefecture].some((test) => test(entry));
  const narrowed = narrow(candidates, [
    namedInBody,
    inOwnPrefecture,
    inPagePrefecture,
    (entry) => pageProvince !== undefined && entry.provinceCode === pageProvince,
    // The path comes last: it is how the corpus was filed, not what the page prints.
    inPathPrefecture,
    (entry) => path.provinces.has(entry.provinceCode),
  ]);
  const chosen = narrowed.length === 1 ? narrowed[0] : preferCityOfPage(narrowed, ownNames, pagePrefecture ?? onlyOne(path.prefectures));
  if (!chosen) {
    return {
      diagnostic: {
        severity: "warning",
        code: "ambiguous-county",
        source,
        message: `${basis} fits ${narrowed.map(describe).join(", ")}; neither the page nor its file path decides`,
      },
    };
  }
  // A short name that is also everyday vocabulary (朝阳, 和平) needs context to back it.
  if (place && fromPlace.length > 0 && !ownNames.has(chosen.name) && isCommonWord(place) && !supported(chosen)) {
    return {
      diagnostic: {
        severity: "warning",
        code: "weak-county-evidence",
        source,
        message: `dateline place "${place}" is also a common word and nothing else on the page points to ${describe(chosen)}`,
      },
    };
  }
  // 新华社福州5月14日电 about 长汀县: a city-level dateline may only say where the story was filed.
  const reported = fromPlace.length > 0 && chosen.level !== "County" ? countyFiledFrom(item, chosen) : undefined;
  return { entry: reported ?? chosen };
}

/**
 * The county a report filed from a city is about: agencies and provincial papers
 * date county stories from the city their bureau sits in (新华社福州…电 on 长汀县).
 * Taken only when the body neither names that city in full nor speaks as it
 * (我市, 全市, 本市), and names one county most, twice or in the headline's lead.
 */
function countyFiledFrom(item: ArticleEvidence, filedFrom: DivisionEntry): DivisionEntry | undefined {
  const { article, hits } = item;
  if (CITY_SELF_REFERENCE.test(article.normalizedText)) return undefined;
  if (hits.some((hit) => hit.entries.includes(filedFrom))) return undefined;
  const county = mostMentioned(hits, "County");
  if (!county || county.hit.entries.length !== 1 || county.tied) return undefined;
  const entry = county.hit.entries[0]!;
  const inHeadline = titleLead(article.normalizedTitle)?.entries.includes(entry) ?? false;
  return county.count >= 2 || inHeadline ? entry : undefined;
}

/** How a city's own report speaks of it. */
const CITY_SELF_REFERENCE = /我市|全市|本市/u;

/** Applies filters in order, keeping the previous set when a filter would empty it. */
function narrow(candidates: DivisionEntry[], filters: ((entry: DivisionEntry) => boolean)[]): DivisionEntry[] {
  let current = candidates;
  for (const filter of filters) {
    if (current.length <= 1) break;
    const next = current.filter(filter);
    if (next.length > 0) current = next;
  }
  return current;
}

/**
 * A county and the prefecture-level city share a short name (朝阳县/朝阳市):
 * on that city's own paper (or in its folder) the dateline means the city,
 * unless the body names the county.
 */
function preferCityOfPage(entries: DivisionEntry[], ownNames: Set<string>, pagePrefecture?: string): DivisionEntry | undefined {
  const named = entries.filter((entry) => ownNames.has(entry.name));
  if (named.length === 1) return named[0];
  const city = entries.filter((entry) => entry.level === "City" && entry.code === pagePrefecture);
  return city.length === 1 ? city[0] : undefined;
}

function onlyOne(codes: Set<string>): string | undefined {
  return codes.size === 1 ? [...codes][0] : undefined;
}

/**
 * A prefecture paper's round-up (我市各县区…; 在东明县，… 在鄄城县，…) speaks of
 * its city as 我市/全市 and names several of its counties, none of which it is
 * about alone: the report is the city's. Three counties at least, all of one
 * prefecture; a county-level city's own report (我市 = 邹城市), which names
 * itself more than its neighbours, is not taken for its prefecture.
 */
function cityRoundUp(hits: NameHit[], text: string): DivisionEntry | undefined {
  if (!/我市|全市/u.test(text)) return undefined;
  const counties = countiesNamed(hits);
  if (counties.size < MIN_ROUND_UP_COUNTIES) return undefined;
  // 我市 in a county-level city's report is that city, which it names more than any other.
  const [first, second] = [...counties.values()].sort((a, b) => b.count - a.count);
  if (first!.entry.name.endsWith("市") && first!.count > second!.count) return undefined;
  const prefectures = new Set([...counties.values()].map(({ entry }) => prefectureOf(entry)));
  const city = prefectures.size === 1 ? getDivisionCatalog().byCode.get([...prefectures][0]!) : undefined;
  return city?.level === "City" ? city : undefined;
}

const MIN_ROUND_UP_COUNTIES = 3;

/**
 * A provincial paper's report (全省农村低保标准…; 其中，隆化县、丰宁…) speaks of its
 * province as 全省/我省 and names counties of it, none more than another: the
 * report is the province's, not the first county's it lists.
 */
function provinceRoundUp(hits: NameHit[], text: string): DivisionEntry | undefined {
  if (!/全省|我省|本省/u.test(text)) return undefined;
  const counties = countiesNamed(hits);
  if (counties.size < 2) return undefined;
  const [first, second] = [...counties.values()].sort((a, b) => b.count - a.count);
  if (first!.count > second!.count) return undefined;
  const provinces = new Set([...counties.values()].map(({ entry }) => entry.provinceCode));
  return provinces.size === 1 ? getDivisionCatalog().byCode.get([...provinces][0]!) : undefined;
}

/** Counties the hits name unambiguously, by code, with how often each is named. */
function countiesNamed(hits: NameHit[]): Map<string, { entry: DivisionEntry; count: number }> {
  const counties = new Map<string, { entry: DivisionEntry; count: number }>();
  for (const hit of hits) {
    const entries = hit.entries.filter((entry) => entry.level === "County");
    if (entries.length !== 1) continue;
    const entry = entries[0]!;
    counties.set(entry.code, { entry, count: (counties.get(entry.code)?.count ?? 0) + 1 });
  }
  return counties;
}

/** The name of `level` the hits hold most often; `tied` when another is held as often (the first one printed is kept). */
function mostMentioned(hits: NameHit[], level: DivisionEntry["level"]): { hit: NameHit; count: number; tied: boolean } | undefined {
  const counts = new Map<string, { hit: NameHit; count: number }>();
  for (const hit of hits) {
    if (!hit.entries.some((entry) => entry.level === level)) continue;
    const seen = counts.get(hit.name);
    counts.set(hit.name, { hit: seen?.hit ?? hit, count: (seen?.count ?? 0) + 1 });
  }
  let best: { hit: NameHit; count: number } | undefined;
  let tied = false;
  for (const value of counts.values()) {
    if (!best || value.count > best.count) [best, tied] = [value, false];
    else if (value.count === best.count) tied = true;
  }
  if (!best) return undefined;
  return { hit: { ...best.hit, entries: best.hit.entries.filter((entry) => entry.level === level) }, count: best.count, tied };
}

/** A township's or village's level right after a name: 镇, 乡, 村, 街道, 社区, 苏木, 嘎查. */
const LOCAL_LEVEL_AFTER = new RegExp(`^${LOCAL_LEVEL}`, "u");

/**
 * The division a headline opens with (嘉祥深入开展…, 梁山：民主协商…, 兰陵县推行…):
 * web reprints often carry no dateline and put the county first in the headline.
 */
function titleLead(title: string): NameHit | undefined {
  const hits = scanDivisionNames(title);
  // 福建长汀：…: agencies put the province before the county.
  const afterProvince = hits[0]?.entries.every((entry) => entry.level === "Province") && hits[1]?.start === hits[0].end;
  const first = afterProvince ? hits[1] : hits[0];
  if (!first || (!afterProvince && first.start !== 0)) return undefined;
  // 兴隆镇“积分超市”…: a short name that opens a township's or village's name is that place's, not a county's.
  if (first.form === "short" && LOCAL_LEVEL_AFTER.test(title.slice(first.end))) return undefined;
  const entries = first.entries.filter((entry) => entry.level !== "Province");
  return entries.length > 0 ? { ...first, entries } : undefined;
}

/**
 * A county named in full in a web article's meta lines (来源：武功县融媒体中心):
 * county media centres and government sites publish their own county's news.
 * A city there (来源：上饶日报) is only the paper, so it is not taken.
 */
function metaCounty(article: ArticleRecord): NameHit | undefined {
  // The raw meta lines are as printed, possibly in traditional characters.
  return firstFullName(normaliseText(article.dateline?.raw ?? ""), "County");
}

/**
 * The county a file's folders or name name in full, the deepest first
 * (河南省/信阳市/固始县/0508.txt → 固始县): what the corpus was filed under, for a
 * report that only says 我县. A city only for a report that speaks as one
 * (`cityReport`: 我市, 全市); a county's report filed under its city names no county.
 */
function pathDivision(source: string, cityReport: boolean): NameHit | undefined {
  const segments = source.split(/[\\/]/).map((segment) => segment.replace(/\.[^.]*$/, "")).reverse();
  for (const level of cityReport ? (["County", "City"] as const) : (["County"] as const)) {
    for (const segment of segments) {
      const hit = firstFullName(segment, level);
      if (hit) return hit;
    }
  }
  return undefined;
}

/** The one county a paper's name names by its short name (今日安吉 → 安吉县), or undefined when it names none or several. */
function paperCounty(site: string): NameHit | undefined {
  const short = newspaperPlace(site);
  if (short === undefined) return undefined;
  const { byName, byShort } = getDivisionCatalog();
  const named = [...(byShort.get(short) ?? []), ...(byName.get(short) ?? [])];
  const entries = named.filter((entry) => entry.level === "County");
  // 上饶日报: a city's paper prints the city's news, whatever county once had its name.
  if (named.some((entry) => entry.level !== "County")) return undefined;
  return entries.length === 1 ? { name: short, start: 0, end: short.length, form: "short", entries } : undefined;
}

/** The first division of `level` that `text` names in full, its entries narrowed to that level. */
function firstFullName(text: string, level: DivisionEntry["level"]): NameHit | undefined {
  for (const hit of scanDivisionNames(text)) {
    const entries = hit.form === "full" ? hit.entries.filter((entry) => entry.level === level) : [];
    if (entries.length > 0) return { ...hit, entries };
  }
  return undefined;
}

function describe(entry: DivisionEntry): string {
  const catalog = getDivisionCatalog();
  const parents = [entry.cityCode, entry.provinceCode]
    .map((code) => (code ? catalog.byCode.get(code)?.name : undefined))
    .filter(Boolean)
    .reverse()
    .join("");
  return `${parents}${entry.name} (${entry.code})`;
}
