/**
 * Mentions printed as one list (为特困老人、失能老人; 县教育局、县总工会和团县委建立…):
 * what the sentence says of one item of the list it says of all of them.
 */

/** Words that join the items of one list. */
const COORDINATOR = /^(?:、|和|及|以及|与|或|或者|、以及)$/;

/**
 * The mentions grouped into lists, in text order: neighbours separated by a
 * coordinator alone share a list; every other mention is a list of one.
 *
 * @example coordinatedLists("为特困老人、失能老人服务", [{ start: 1, end: 5 }, { start: 6, end: 10 }]).length // 1
 */
export function coordinatedLists<T extends { start: number; end: number }>(text: string, mentions: readonly T[]): T[][] {
  const lists: T[][] = [];
  for (const mention of [...mentions].sort((a, b) => a.start - b.start)) {
    const list = lists.at(-1);
    const previous = list?.at(-1);
    if (list && previous && mention.start >= previous.end && COORDINATOR.test(text.slice(previous.end, mention.start))) list.push(mention);
    else lists.push([mention]);
  }
  return lists;
}
