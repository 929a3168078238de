/**
 * Scores extractions of the held-out articles (tests/fixtures/heldout/) against
 * the hand-written expectations next to each article (`<name>.expect.json`).
 * Precision counts every extracted programme, specific group, organisation,
 * metric and article theme; recall counts every expected item, "must" and
 * "nice" alike.
 */
import { readdirSync, readFileSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { normaliseQuotes } from "../../pipeline/extract/text-spans.js";
import { normaliseText } from "../../pipeline/ingest/normalise.js";
import { resolveAlias } from "../../pipeline/extract/aliases.js";
import { getLexicon } from "../../pipeline/extract/lexicon.js";
import { withFullGovernment } from "../../pipeline/extract/organization.js";
import { displayName, type NodeKind } from "../../pipeline/schema/index.js";
import type { ArticleExtraction, EntityMention } from "../../pipeline/records.js";

export const HELDOUT_DIR = resolve(import.meta.dirname, "../fixtures/heldout");

export interface ExpectedItem {
  name: string;
  alt?: string[];
  must: boolean;
}
export interface ExpectedMetric {
  value: string;
  unit: string;
  must: boolean;
}
export interface ExpectedLink {
  programme: string;
  organization: string;
  must?: boolean;
}
export interface Expectations {
  county: string;
  programmes: ExpectedItem[];
  groups: ExpectedItem[];
  organizations: ExpectedItem[];
  metrics: ExpectedMetric[];
  involves: ExpectedLink[];
  notInvolves: ExpectedLink[];
  /** Themes the article as a whole is ABOUT. */
  themes: ExpectedItem[];
  /** Printed forms that must end up as one node. */
  sameNode?: string[][];
}

export interface KindScore {
  found: number;
  expected: number;
  predicted: number;
  correct: number;
  missingMust: string[];
  missing: string[];
  spurious: string[];
}

export const SCORED_KINDS = ["Programme", "Group", "Organization", "Metric", "Theme"] as const;
export type ScoredKind = (typeof SCORED_KINDS)[number];

export interface ArticleScore {
  file: string;
  county: string | undefined;
  kinds: Record<ScoredKind, KindScore>;
  involvesMissing: string[];
  involvesWrong: string[];
  sameNodeBroken: string[];
}

export function loadHeldout(): { file: string; expectations: Expectations }[] {
  return readdirSync(HELDOUT_DIR)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((file) => ({
      file,
      expectations: JSON.parse(readFileSync(join(HELDOUT_DIR, file.replace(/\.txt$/, ".expect.json")), "utf8")) as Expectations,
    }));
}

const metricKey = (value: unknown, unit: unknown): string => `${String(value)}${String(unit)}`;

/**
 * An expected name as the pipeline would name it: an annotator may type straight or corner quotes
 * ("暖蜂驿站"建设行动) or traditional characters as a traditional page prints them (文化和旅遊局), and a body
 * in full or by its standard abbreviation (市场监督管理局, 市场监管局; 县政府, 县人民政府), which the pipeline resolves to one.
 */
function asPipelineNames(kind: NodeKind): (name: string) => string {
  // 城南庄镇政府: a government printed short is named in full, as the pipeline names it; the Party's committee of a
  // place printed in full is named by its short form (中共竹山县宝丰镇委员会 → 竹山县宝丰镇党委, 中共竹山县委员会 → 竹山县委).
  // 中共蓬溪县委组织部: a department of the county's Party committee is named without 中共, as the pipeline names it.
  const body = (name: string) =>
    withFullGovernment(name).replace(TOWNSHIP_PARTY_COMMITTEE, "$1$2党委").replace(COUNTY_PARTY_COMMITTEE, "$1委").replace(COUNTY_PARTY_DEPARTMENT, "$1");
  return (name) => resolveAlias(kind, kind === "Organization" ? body(asPrinted(name)) : asPrinted(name));
}

const TOWNSHIP_PARTY_COMMITTEE = /^中共(\p{Script=Han}+?[县市区旗])(\p{Script=Han}+?[镇乡])委员会$/u;
const COUNTY_PARTY_COMMITTEE = /^中共(\p{Script=Han}+?[县市区旗])委员会$/u;
const COUNTY_PARTY_DEPARTMENT = /^中共(\p{Script=Han}+?[县市区旗]委\p{Script=Han}+)$/u;

const asPrinted = (name: string): string => normaliseText(normaliseQuotes(name));

/**
 * An expected programme as the pipeline names it: a national programme or a chief system quoted by the
 * annotator (“春风行动”, “路长制”, “共富工坊”建设) is one node whether printed with quotes or not, named without them, and
 * so is a national programme with its scope before it (乡村公益性岗位, 城镇老旧小区改造: docs/extraction.md) or a
 * head after it (以工代赈项目).
 */
function asPipelineProgramme(name: string): string {
  // ‘环江林下好物’区域公用品牌: the pipeline prints a quoted name in double quotes whatever quotes the page used.
  const printed = asPrinted(name).replace(/‘/gu, "“").replace(/’/gu, "”");
  const [, inner, after = ""] = /^“([^”]+)”(\p{Script=Han}*)$/u.exec(printed) ?? [];
  const { namedProgrammes, chiefSystem, heads } = getLexicon().programmes;
  // “共富工坊”建设, “春风行动”专场招聘会: what follows a named programme's quote names it again, unless a head of
  // another programme ends it (“雨露计划”职业教育补助).
  const headAfter = Object.keys(heads).find((head) => after.endsWith(head));
  const namesItAgain = headAfter === undefined || (heads[headAfter] === "campaign" && namedProgrammes[inner ?? ""] === "campaign");
  if (inner !== undefined && namedProgrammes[inner] !== undefined && namesItAgain) return inner;
  if (inner !== undefined && after === "" && inner.endsWith(chiefSystem.suffix)) return inner;
  // 2024年春风行动, 2024年高标准农田建设项目: a year's round of a national programme is that programme.
  const unyeared = printed.replace(/^(?:19|20)\d{2}年度?/u, "");
  const scoped = Object.keys(namedProgrammes).find((national) => unyeared.endsWith(national) && unyeared.length - national.length <= MAX_SCOPE_CHARS);
  // 以工代赈项目, 农村危房改造工程: a head alone after a national programme's name names it again.
  const headed = Object.keys(namedProgrammes).find((national) => unyeared.startsWith(national) && heads[unyeared.slice(national.length)] !== undefined);
  if (!/^\p{Script=Han}+$/u.test(unyeared)) return printed;
  // 城乡居民医保: a programme's short name is the node the pipeline names in full (data/aliases.json).
  return resolveAlias("Programme", scoped ?? headed ?? printed);
}

/** Most characters a scope before a national programme's name may take (乡村, 城镇, 农村). */
const MAX_SCOPE_CHARS = 4;

function scoreNames(predictedNames: string[], expected: ExpectedItem[], canonical: (name: string) => string = asPrinted): KindScore {
  const predicted = [...new Set(predictedNames)];
  const namesOf = (item: ExpectedItem): string[] => [item.name, ...(item.alt ?? [])].map(canonical);
  const hit = expected.filter((item) => namesOf(item).some((n) => predicted.includes(n)));
  const allExpected = new Set(expected.flatMap(namesOf));
  return {
    found: hit.length,
    expected: expected.length,
    predicted: predicted.length,
    correct: predicted.filter((n) => allExpected.has(n)).length,
    missingMust: expected.filter((i) => i.must && !hit.includes(i)).map((i) => i.name),
    missing: expected.filter((i) => !hit.includes(i)).map((i) => i.name),
    spurious: predicted.filter((n) => !allExpected.has(n)),
  };
}

/**
 * The canonical name an expected programme ended up under (its name or one of its alternatives), as the pipeline
 * names it: a link to “春风行动” is a link to 春风行动.
 */
function resolvedProgramme(name: string, expectations: Expectations, programmes: Set<string>): string {
  const item = expectations.programmes.find((p) => p.name === name);
  return [name, ...(item?.alt ?? [])].map(asPipelineProgramme).find((n) => programmes.has(n)) ?? asPipelineProgramme(name);
}

/**
 * Scores the articles read from one file (a printed page holds several) against that file's expectations:
 * their entities and relations together, the county of the first.
 */
export function scoreArticle(file: string, expectations: Expectations, extractions: readonly ArticleExtraction[]): ArticleScore {
  const extraction = extractions[0];
  const entities: EntityMention[] = extractions.flatMap((e) => e.entities);
  const relations = extractions.flatMap((e) => e.relations);
  const of = (kind: string): EntityMention[] => entities.filter((m) => m.kind === kind);
  const programmes = of("Programme");
  const groups = of("Group").filter((m) => m.attributes?.category !== "generic");
  const metrics = of("Metric");
  const metricScore = scoreNames(
    metrics.map((m) => metricKey(m.attributes?.value, m.attributes?.unit)),
    expectations.metrics.map((m) => ({ name: metricKey(m.value, m.unit), must: m.must })),
  );
  const programmeNames = new Set(programmes.map((m) => m.name));
  const articleThemes = relations.filter((r) => r.type === "ABOUT" && r.from.kind === "Article").map((r) => r.to.name);
  // A body scoped by its county (开化县·华埠镇人民政府) is scored by the name it shows, as printed, or with its county
  // before it when that is how the annotator wrote it (开化县华埠镇人民政府).
  const expectedBodies = new Set(expectations.organizations.flatMap((o) => [o.name, ...(o.alt ?? [])]).map(asPipelineNames("Organization")));
  // A township the division catalog knows is named with its county (武安市午汲镇人民政府): it is the body an annotator
  // names without the county (午汲镇人民政府).
  const withoutCounty = (name: string): string | undefined => {
    const county = expectations.county;
    const rest = county && name.startsWith(county) ? name.slice(county.length) : undefined;
    return rest && expectedBodies.has(rest) ? rest : undefined;
  };
  const shownName = (m: EntityMention): string => {
    const division = m.attributes?.division as string | undefined;
    const printed = displayName(m.name, division);
    if (division) return expectedBodies.has(division + printed) ? division + printed : printed;
    return withoutCounty(printed) ?? printed;
  };
  const shown = new Map(of("Organization").map((m) => [m.name, shownName(m)]));
  const involves = new Set(
    relations.filter((r) => r.type === "INVOLVES").map((r) => `${r.from.name} → ${shown.get(r.to.name) ?? r.to.name}`),
  );
  const link = (l: ExpectedLink): string =>
    `${normaliseQuotes(resolvedProgramme(l.programme, expectations, programmeNames))} → ${asPipelineNames("Organization")(l.organization)}`;
  const surfaceName = (surface: string): string | undefined =>
    programmes.find((m) => m.surface.replace(/["「」『』]/g, (c) => (c === "」" || c === "』" ? "”" : "“")) === surface)?.name;
  return {
    file,
    county: extraction?.county?.name,
    kinds: {
      Programme: scoreNames(programmes.map((m) => m.name), expectations.programmes, asPipelineProgramme),
      Group: scoreNames(groups.map((m) => m.name), expectations.groups, asPipelineNames("Group")),
      Organization: scoreNames(of("Organization").map((m) => shown.get(m.name)!), expectations.organizations, asPipelineNames("Organization")),
      Metric: metricScore,
      Theme: scoreNames(articleThemes, expectations.themes),
    },
    involvesMissing: expectations.involves.filter((l) => l.must && !involves.has(link(l))).map(link),
    involvesWrong: expectations.notInvolves.filter((l) => involves.has(link(l))).map(link),
    sameNodeBroken: (expectations.sameNode ?? [])
      .filter((forms) => {
        const names = forms.map(surfaceName);
        return names.some((n) => n === undefined) || new Set(names).size > 1;
      })
      .map((forms) => forms.join(" = ")),
  };
}

export interface Totals {
  precision: number;
  recall: number;
  found: number;
  expected: number;
  correct: number;
  predicted: number;
}

export function totals(scores: ArticleScore[], kinds: readonly ScoredKind[] = SCORED_KINDS): Totals {
  let found = 0;
  let expected = 0;
  let correct = 0;
  let predicted = 0;
  for (const score of scores) {
    for (const kind of kinds) {
      found += score.kinds[kind].found;
      expected += score.kinds[kind].expected;
      correct += score.kinds[kind].correct;
      predicted += score.kinds[kind].predicted;
    }
  }
  return { precision: predicted ? correct / predicted : 1, recall: expected ? found / expected : 1, found, expected, correct, predicted };
}

/** A small per-article table (found/expected and correct/predicted per kind). */
export function formatTable(scores: ArticleScore[]): string {
  const kinds = SCORED_KINDS;
  const header = ["article".padEnd(28), ...kinds.map((k) => k.slice(0, 5).padStart(12))].join(" ");
  const rows = scores.map((s) =>
    [basename(s.file, ".txt").padEnd(28), ...kinds.map((k) => `${s.kinds[k].found}/${s.kinds[k].expected} ${s.kinds[k].correct}/${s.kinds[k].predicted}`.padStart(12))].join(" "),
  );
  const all = kinds.map((k) => totals(scores, [k]));
  const sum = totals(scores);
  const footer = ["R / P".padEnd(28), ...all.map((t) => `${pct(t.recall)}/${pct(t.precision)}`.padStart(12))].join(" ");
  return [header, ...rows, footer, `overall recall ${pct(sum.recall)} (${sum.found}/${sum.expected}), precision ${pct(sum.precision)} (${sum.correct}/${sum.predicted})`].join("\n");
}

const pct = (x: number): string => `${Math.round(x * 100)}%`;
