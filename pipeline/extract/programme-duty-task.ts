/**
 * The tasks a plan or a progress report sets its duties under, named by their numbered heading alone:
 *
 *   一、老年助餐服务。计划新建老年食堂12个，已建成9个……牵头单位：县民政局。
 *
 * A task a body leads is a programme even when its heading has no programme's head (工程, 行动 …): the line of
 * duty says someone runs it. Only a heading that names a thing counts (老年助餐服务, 家门口就业), not one that
 * says what to do (强化资金保障) or names a part every plan has (保障措施).
 */
import { listsBodiesOnDuty } from "../ingest/duty-line.js";
import type { EntityMention, Sentence } from "../records.js";
import type { ExtractContext } from "./context.js";
import { LIST_NUMBERING } from "./layout.js";
import type { ProgrammeLexicon } from "./lexicon.js";
import { isDocumentPart } from "./programme-unquoted.js";
import { HAN_ONLY } from "./text-spans.js";

/** Sentences a line of duty looks back over for its task's heading (the same reach as the duties themselves). */
const MAX_TASK_SENTENCES = 6;
/** Shortest and longest name a task's heading may be. */
const MIN_TASK_CHARS = 2;
const MAX_TASK_CHARS = 14;
/** Tags of a heading's first word that say what to do or how, no thing's name (强化/v, 切实加强/l, 切实/d). */
const NOT_A_NAME_START = /^(?:v|vd|vi|d|ad|p|c|r|l)$/u;
/** Words of manner or doing a plan's headings open with, whatever the tagger calls them (全面/n, 加强, 进一步). */
const DOING_OPENERS = /^(?:全面|切实|进一步|持续|深入|着力|加快|加强|强化|健全|完善|提升|推动|促进|抓好|做好|确保|优化|压实|严格|狠抓|坚持|扎实)/u;

export interface DutyTask {
  sentence: Sentence;
  /** Offsets in the article's text. */
  start: number;
  end: number;
  name: string;
}

/**
 * The numbered headings of tasks a line of duty follows, where no programme was found between the heading and
 * the line (`found`: the programmes read so far).
 *
 * @example dutyTaskHeadings(ctx, []).map((t) => t.name) // ["老年助餐服务"] (一、老年助餐服务。…牵头单位：县民政局。)
 */
export function dutyTaskHeadings(ctx: ExtractContext, found: readonly EntityMention[], lexicon: ProgrammeLexicon): DutyTask[] {
  const tasks: DutyTask[] = [];
  for (const sentence of ctx.sentences) {
    if (!listsBodiesOnDuty(sentence.text)) continue;
    for (let i = sentence.index - 1; i >= 0 && sentence.index - i <= MAX_TASK_SENTENCES; i--) {
      const before = ctx.sentences[i]!;
      if (found.some((m) => m.sentence === i)) break;
      const numbering = LIST_NUMBERING.exec(before.text)?.[0].length ?? 0;
      if (numbering === 0) continue;
      const task = taskHeading(ctx, before, numbering, lexicon);
      if (task && !tasks.some((t) => t.sentence.index === i)) tasks.push(task);
      break;
    }
  }
  return tasks;
}

function taskHeading(ctx: ExtractContext, sentence: Sentence, numbering: number, lexicon: ProgrammeLexicon): DutyTask | undefined {
  const name = sentence.text.slice(numbering).replace(/[。．.！!]$/u, "");
  // 适龄妇女“两癌”免费筛查: a quoted name may stand inside the task's.
  const unquoted = name.replace(/“([^“”]+)”/gu, "$1");
  if (unquoted.length < MIN_TASK_CHARS || unquoted.length > MAX_TASK_CHARS || !HAN_ONLY.test(unquoted)) return undefined;
  if (isDocumentPart(name, lexicon.documentHeadings) || DOING_OPENERS.test(name)) return undefined;
  const start = sentence.start + numbering;
  const first = ctx.taggedTokens(sentence).find((token) => token.start === start);
  if (!first || NOT_A_NAME_START.test(first.tag ?? "")) return undefined;
  return { sentence, start, end: start + name.length, name };
}
