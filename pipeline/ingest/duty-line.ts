/**
 * The words a plan (实施方案, 任务分工方案) sets its duties under: a line under each task (牵头单位：县水利局,
 * 完成时限：6月底) and a table's columns (牵头单位, 责任单位). Ingest keeps such lines apart from the column
 * text around them; extraction reads the bodies they list.
 */

/** Who does what: who leads, who is responsible, who helps. */
const ROLE = "(?:牵头|责任|配合|协办|实施|主办|承办|参与|主责|协同)";
/** A label listing bodies on duty: 牵头单位：, 责任部门：, 实施主体：. */
const BODIES_LABEL = new RegExp(`^${ROLE}(?:单位|部门|主体)[：:]`, "u");
/** Any line of duty: the bodies, the leader in charge, the deadline. */
const DUTY_LINE = new RegExp(`^(?:${ROLE}(?:单位|部门|领导|主体)|完成时限|完成时间|时间节点)[：:]`, "u");
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

/** Whether a table's header label names a column of bodies on duty (牵头单位, 责任单位). */
export function isDutyColumn(label: string): boolean {
  return DUTY_COLUMN.test(label);
}
