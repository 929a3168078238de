/**
 * Figures in a table copied as text, whose unit its column's label gives and its cells leave out:
 *
 *   序号  项目名称                    资金（万元）  实施主体        受益户数
 *   1     城关镇食用菌产业园建设项目  800           城关镇人民政府  320
 *
 * → 8000000 元 counted 资金, 320 户 counted 受益户数; or whose rows' labels give it, whatever the header:
 *
 *   项目                   2023年   2024年1—3月
 *   “青创贷”发放（万元）   3160     1220
 *
 * → 31600000 元 and 12200000 元 counted “青创贷”发放. Only cells that are a number alone are read: a cell that
 * prints its own unit (1.2亿元) is a figure of the running text's kind, read as any.
 */
import type { Figure } from "./metric.js";
import { parseNumber } from "./numbers.js";
import { UNITS } from "./metric-grammar.js";
import { cellRows, tableRows } from "./text-table.js";

/** A unit in brackets closing a column's label (资金（万元）, 面积(亩), 越冬水鸟（万只）). */
const BRACKETED_UNIT = /^(.+?)[（(]([^（()）]{1,5})[）)]$/u;
/** A count the label names by its ending (受益户数, 带动人数, 建设个数). */
const COUNT_LABEL = /^(.+?)(户|人|个)数$/u;
/** A printed unit as its base unit and the multiplier a figure of it carries (万元 → 元 and 万, 万只 → 只 and 万). */
function baseUnit(printed: string): [string, string] | undefined {
  if (printed === "千米") return ["公里", ""];
  if (UNITS.includes(printed)) return [printed, ""];
  const multiplier = printed[0]!;
  const unit = printed.slice(1);
  return (multiplier === "万" || multiplier === "亿") && UNITS.includes(unit) ? [unit, multiplier] : undefined;
}
/** A cell that is a number alone: 800, 1,200, 35.5. */
const NUMBER_CELL = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+(?:\.\d+)?$/u;

/** The unit and what is counted under a column's label, or undefined when the label gives no unit. */
function columnUnit(label: string): { unit: string; multiplier: string; printedUnit: string; counted: string } | undefined {
  const bracketed = BRACKETED_UNIT.exec(label);
  const base = bracketed ? baseUnit(bracketed[2]!) : undefined;
  if (bracketed && base) {
    const [unit, multiplier] = base;
    return { unit, multiplier, printedUnit: bracketed[2]!, counted: bracketed[1]! };
  }
  const count = COUNT_LABEL.exec(label);
  return count ? { unit: count[2]!, multiplier: "", printedUnit: count[2]!, counted: label } : undefined;
}

/** The label of a column that gives each row's unit (单位, 计量单位), not who is responsible (责任单位). */
const UNIT_COLUMN = /^(?:计量)?单位$/u;
/** The label of a column of row numbers, which count nothing. */
const ROW_NUMBER = /^(?:序号|编号)$/u;

/**
 * The unit a row prints in its unit column (指标名称　单位　完成数 / 新登记个体工商户　户　6120), as a column's unit counting
 * what the row's first named cell says; undefined when the cell is no unit (单位 may head a column of bodies).
 */
function rowUnit(
  text: string,
  labels: readonly string[],
  cells: readonly { start: number; end: number }[],
): { column: ReturnType<typeof columnUnit> & object; unitAt: number; nameAt: number } | undefined {
  const unitAt = labels.findIndex((label) => UNIT_COLUMN.test(label));
  if (unitAt < 0) return undefined;
  const printedUnit = text.slice(cells[unitAt]!.start, cells[unitAt]!.end);
  const base = baseUnit(printedUnit);
  if (!base) return undefined;
  const [unit, multiplier] = base;
  const nameAt = ROW_NUMBER.test(labels[0] ?? "") ? 1 : 0;
  if (nameAt >= unitAt) return undefined;
  const counted = text.slice(cells[nameAt]!.start, cells[nameAt]!.end);
  return { column: { unit, multiplier, printedUnit, counted }, unitAt, nameAt };
}

/**
 * The figures of the article's tables whose columns give their unit (offsets into `text`).
 *
 * @example tableFigures("序号 项目 资金（万元）\n1 某项目 800").map((f) => f.value) // [8000000]
 */
export function tableFigures(text: string): Figure[] {
  const figures: Figure[] = [];
  for (const row of tableRows(text, (label) => columnUnit(label) !== undefined || UNIT_COLUMN.test(label))) {
    const ofRow = row.labels ? rowUnit(text, row.labels, row.cells) : undefined;
    row.labels?.forEach((label, i) => {
      const column = columnUnit(label) ?? (ofRow && i > ofRow.nameAt && i !== ofRow.unitAt && !ROW_NUMBER.test(label) ? ofRow.column : undefined);
      const cell = row.cells[i]!;
      const printed = text.slice(cell.start, cell.end);
      if (!column || !NUMBER_CELL.test(printed)) return;
      const parsed = parseNumber(printed + column.multiplier);
      if (!parsed) return;
      figures.push({ start: cell.start, end: cell.end, value: parsed.value, unit: column.unit, counted: column.counted, raw: `${printed}${column.printedUnit}` });
    });
  }
  const read = new Set(figures.map((figure) => figure.start));
  return [...figures, ...labelledRowFigures(text).filter((figure) => !read.has(figure.start))];
}

/** The figures of rows whose first cell is their label with its unit in brackets and whose other cells are numbers alone. */
function labelledRowFigures(text: string): Figure[] {
  const figures: Figure[] = [];
  for (const { cells, printed } of cellRows(text)) {
    const row = BRACKETED_UNIT.test(printed[0]!) ? columnUnit(printed[0]!) : undefined;
    if (!row || !printed.slice(1).every((cell) => NUMBER_CELL.test(cell))) continue;
    cells.slice(1).forEach((cell, i) => {
      const parsed = parseNumber(printed[i + 1]! + row.multiplier);
      if (parsed) figures.push({ start: cell.start, end: cell.end, value: parsed.value, unit: row.unit, counted: row.counted, raw: `${printed[i + 1]}${row.printedUnit}` });
    });
  }
  return figures;
}
