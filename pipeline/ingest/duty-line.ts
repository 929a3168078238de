/**
 * The words a plan (实施方案, 任务分工方案) sets its duties under: a line under each task (牵头单位：县水利局,
 * 完成时限：6月底), the same in brackets after the task's text (…年内完成改造300户。（责任单位：县民政局）) and a
 * table's columns (牵头单位, 责任单位). Ingest keeps such lines apart from the column text around them;
 * extraction reads the bodies they list.
 */

/** Who does what: who leads, who is responsible, who helps. */
const ROLE = "(?:牵头|责任|配合|协办|实施|主办|承办|参与|主责|协同)";
/** The label of a list of bodies on duty: 牵头单位：, 责任部门：, 实施主体：. */
const BODIES = `${ROLE}(?:单位|部门|主体)[：:]`;
/** A line opening with that label, in brackets or not. */
const BODIES_LABEL = new RegExp(`^[（(]?${BODIES}`, "u");
/** Any line of duty: the bodies, the leader in charge, the deadline. */
const DUTY_LINE = new RegExp(`^[（(]?(?:${ROLE}(?:单位|部门|领导|主体)|完成时限|完成时间|时间节点)[：:]`, "u");
/** Bodies on duty in brackets within a sentence, after its task: …签约率达到85%以上（责任单位：县卫生健康局）. */
const BRACKETED_BODIES = new RegExp(`[（(]${BODIES}[^（）()]*[）)]`, "gu");
/** A table's column of bodies on duty: 牵头单位, 责任单位, 配合部门, and 单位 or 部门 alone. */
const DUTY_COLUMN = new RegExp(`^${ROLE}?(?:单位|部门|主体)$`, "u");

/** Whether the line is one of a plan's lines of duty (牵头单位：…, 责任领导：…, 完成时限：…). */
export function isDutyLine(text: string): boolean {
  return DUTY_LINE.test(text);
}

/** Whether the text opens with a label that lists the bodies on duty (牵头单位：县水利局). */
export function listsBodiesOnDuty(text: string): boolean {
  return BODIES_LABEL.test(text);
}

/**
 * Where the text lists bodies on duty, as offsets into it: all of it when it opens with the label (牵头单位：…),
 * else each bracketed list within it (…（责任单位：县民政局、县财政局）).
 *
 * @example bodiesOnDutySpans("实施适老化改造（责任单位：县民政局）。") // [{ start: 7, end: 18 }]
 */
export function bodiesOnDutySpans(text: string): { start: number; end: number }[] {
  if (listsBodiesOnDuty(text)) return [{ start: 0, end: text.length }];
  return [...text.matchAll(BRACKETED_BODIES)].map((match) => ({ start: match.index, end: match.index + match[0].length }));
}

/** Whether a table's header label names a column of bodies on duty (牵头单位, 责任单位). */
export function isDutyColumn(label: string): boolean {
  return DUTY_COLUMN.test(label);
}
