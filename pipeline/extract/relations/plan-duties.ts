/**
 * Programme INVOLVES Organization read from a plan's duties (任务分工方案, 实施方案), as it prints them:
 *
 * - a table copied as text, its cells set apart by gaps: the bodies in a row's cells under a column of
 *   duty (牵头单位, 责任单位, 配合部门 …) take part in the programmes the same row names;
 *
 *     序号 任务 牵头单位 责任单位 完成时限
 *     1 深化“高效办成一件事”改革 县行政审批局 县市场监管局、县税务局 6月底
 *
 * - lines of duty under a task: the bodies a 牵头单位：/责任单位：/配合单位： line lists take part in the
 *   programme of the task it follows; so do the bodies such a label lists in brackets after the task's text;
 *
 *     （一）实施农村供水规模化提升工程。新建…
 *     牵头单位：县水利局
 *     责任单位：县财政局、县发展改革委
 *
 *     （二）开展“银龄守护”探访关爱行动，定期上门……（责任单位：县民政局、各乡镇人民政府）
 *
 * - a line a body opens as its label (县教育局：负责…；牵头实施“暖冬助学行动”): the body takes part in every
 *   programme the line names.
 *
 * Only rows right under such a header are read, a row a line of its own (ingest keeps each row and line
 * of duty a paragraph), whatever sentences its cells hold.
 */
import type { EntityMention, RelationMention } from "../../records.js";
import type { ExtractContext } from "../context.js";
import { mentionsIn } from "../context.js";
import { LIST_NUMBERING } from "../layout.js";
import { linesOf, tableRows } from "../text-table.js";
import { involvement } from "./involvement.js";
import { bodiesOnDutySpans, isDutyColumn, listsBodiesOnDuty } from "../../ingest/duty-line.js";

/**
 * @example planDuties(ctx).map((r) => `${r.from.name} → ${r.to.name}`) // ["农村供水规模化提升工程 → 岚皋县水利局", …]
 */
export function planDuties(ctx: ExtractContext): RelationMention[] {
  return [...tableDuties(ctx), ...dutyLines(ctx), ...labelledDuties(ctx)];
}

/**
 * 县教育局：负责学前教育保教费减免…；牵头实施“暖冬助学行动”: a line a body opens as its label (a plan's
 * division of duties, 各部门职责分工) tells that body's duties; it takes part in every programme the line names.
 */
function labelledDuties(ctx: ExtractContext): RelationMention[] {
  const relations: RelationMention[] = [];
  const text = ctx.article.normalizedText;
  for (const line of linesOf(text)) {
    const label = ctx.entities.find((m) => m.kind === "Organization" && m.start === line.start && LABEL_MARK.test(text[m.end] ?? ""));
    if (!label) continue;
    // A programme the line names: one read in it, or one of the article printed in it again by its name (a
    // section's heading, （一）学前教育保教费减免, printed among the duties).
    const printed = text.slice(line.start, line.end);
    const named = new Set<string>();
    for (const programme of ctx.entities) {
      if (programme.kind !== "Programme" || named.has(programme.name)) continue;
      const inLine = programme.start >= line.start && programme.end <= line.end;
      if (!inLine && !printed.includes(programme.name)) continue;
      named.add(programme.name);
      relations.push(involvement(programme.name, label.name, label.sentence, [label.surface]));
    }
  }
  return relations;
}

/** The colon that makes a line's first words its label. */
const LABEL_MARK = /^[：:]$/u;

/** Sentences a line of duty looks back over for its task: the task's own few. */
const MAX_TASK_DISTANCE = 6;


function dutyLines(ctx: ExtractContext): RelationMention[] {
  const relations: RelationMention[] = [];
  for (const sentence of ctx.sentences) {
    const spans = bodiesOnDutySpans(sentence.text).map((span) => ({ start: sentence.start + span.start, end: sentence.start + span.end }));
    if (spans.length === 0) continue;
    const onDuty = (m: EntityMention) => spans.some((span) => m.start >= span.start && m.end <= span.end);
    // …实施适老化改造（责任单位：县民政局）: bracketed after its task's own words, the line names the task itself.
    const own = mentionsIn(ctx, "Programme", sentence.index).filter((m) => !onDuty(m));
    const task = own.length > 0 ? own : taskBefore(ctx, sentence.index);
    if (!task) continue;
    for (const organization of mentionsIn(ctx, "Organization", sentence.index).filter(onDuty)) {
      for (const programme of task) {
        relations.push(involvement(programme.name, organization.name, sentence.index, [organization.surface]));
      }
    }
  }
  return relations;
}

/** The programmes of the task a line of duty follows: the nearest sentence before it, past other lines of duty, that names one; none past the task's numbered opening. */
function taskBefore(ctx: ExtractContext, index: number): EntityMention[] | undefined {
  for (let i = index - 1; i >= 0 && index - i <= MAX_TASK_DISTANCE; i--) {
    const text = ctx.sentences[i]!.text;
    if (listsBodiesOnDuty(text)) continue;
    const programmes = mentionsIn(ctx, "Programme", i);
    if (programmes.length > 0) return programmes;
    if (LIST_NUMBERING.test(text)) return undefined;
  }
  return undefined;
}

/**
 * @example tableDuties(ctx).map((r) => `${r.from.name} → ${r.to.name}`) // ["“高效办成一件事”改革 → 兰考县行政审批局", …]
 */
function tableDuties(ctx: ExtractContext): RelationMention[] {
  const relations: RelationMention[] = [];
  for (const { line, cells, labels } of tableRows(ctx.article.normalizedText, (label) => isDutyColumn(label))) {
    const inRow = (m: EntityMention) => m.start >= line.start && m.end <= line.end;
    const programmes = ctx.entities.filter((m) => m.kind === "Programme" && inRow(m));
    if (programmes.length === 0) continue;
    // Cells match the header's columns one for one when no cell holds a gap of its own; otherwise every cell
    // without a programme in it holds bodies on duty.
    const onDuty = cells.filter((cell, column) =>
      labels ? isDutyColumn(labels[column]!) : !programmes.some((p) => p.start >= cell.start && p.end <= cell.end),
    );
    for (const organization of ctx.entities.filter((m) => m.kind === "Organization" && inRow(m))) {
      if (!onDuty.some((cell) => organization.start >= cell.start && organization.end <= cell.end)) continue;
      for (const programme of programmes) {
        relations.push(involvement(programme.name, organization.name, organization.sentence, [programme.surface, organization.surface]));
      }
    }
  }
  return relations;
}
