/**
 * Programmes a table names in its column of names (项目名称, 工程名称, 实事项目 …), as a list of a county's
 * livelihood projects prints them, copied as text:
 *
 *   序号 项目名称 建设内容 责任单位 完成时限
 *   1 城乡供水管网改造 改造老旧供水管网86公里… 市水务局 2025年11月底
 *
 * The cell is the programme's name whatever head it ends in (…管网改造, 农村公路提档升级), for the header
 * says what it is; a cell that holds a clause (深化…改革，新增…) describes a task and names none.
 */
import type { ProgrammeLexicon } from "./lexicon.js";
import type { ProgrammeCandidate } from "./programme.js";
import { longestHeadAtEnd } from "./programme-unquoted.js";
import { tableRows } from "./text-table.js";
import { hasBalancedQuotes } from "./text-spans.js";

/** A column of names in a table's header. */
const NAME_COLUMN = /^(?:项目名称|项目|工程名称|工程项目|实事名称|实事项目|民生实事|重点项目|任务名称)$/u;
/** The bare label of a column of items, which may list projects or what figures count. */
const ITEM = "项目";
/** Labels of columns of figures: how many, how it changed, its share. */
const FIGURE_COLUMN = /^(?:数量|数值|数据|同比|环比|增长|增幅|增速|增减|比重|占比|金额|单位|完成值|完成数|累计|合计|总计|目标值|上年同期|本期|本年)$/u;
/** A cell that is a name: Han characters and quotes, no clause. */
const CELL_NAME = /^[\p{Script=Han}“”「」]{4,24}$/u;

/**
 * Candidates by offsets in `text` (the article's text).
 *
 * @example tableProgrammes("序号 项目名称 责任单位\n1 城乡供水管网改造 市水务局", lexicon)[0]?.name // "城乡供水管网改造"
 */
export function tableProgrammes(text: string, lexicon: ProgrammeLexicon): ProgrammeCandidate[] {
  const found: ProgrammeCandidate[] = [];
  for (const { cells, labels } of tableRows(text, (label) => NAME_COLUMN.test(label))) {
    const column = labels?.findIndex((label) => NAME_COLUMN.test(label)) ?? -1;
    const cell = cells[column];
    if (!cell) continue;
    // 项目 数量 同比: a table of figures whose first column only says what each is counts things, names no project.
    if (labels?.[column] === ITEM && labels.every((label, i) => i === column || FIGURE_COLUMN.test(label))) continue;
    const name = text.slice(cell.start, cell.end);
    if (!CELL_NAME.test(name) || !hasBalancedQuotes(name)) continue;
    const head = longestHeadAtEnd(name, name.length, lexicon);
    found.push({ name, start: cell.start, end: cell.end, category: head ? lexicon.heads[head]! : "project" });
  }
  return found;
}
