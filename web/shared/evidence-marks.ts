/**
 * Splits an evidence sentence into plain and marked runs so the panel can
 * wrap the matched words in <mark> without building HTML from strings.
 */
export interface TextRun {
  text: string;
  marked: boolean;
}

/**
 * Marks every occurrence of the matched words; overlapping matches merge.
 *
 * @example
 * markMatches("金乡县开展义诊", ["金乡县"])
 * // [{ text: "金乡县", marked: true }, { text: "开展义诊", marked: false }]
 */
export function markMatches(sentence: string, matched: readonly string[] = []): TextRun[] {
  const marked = new Array<boolean>(sentence.length).fill(false);
  for (const word of matched) {
    if (!word) continue;
    for (let at = sentence.indexOf(word); at >= 0; at = sentence.indexOf(word, at + 1)) {
      marked.fill(true, at, at + word.length);
    }
  }
  const runs: TextRun[] = [];
  for (let i = 0; i < sentence.length; i++) {
    const last = runs[runs.length - 1];
    if (last && last.marked === marked[i]) last.text += sentence[i];
    else runs.push({ text: sentence[i]!, marked: marked[i]! });
  }
  return runs;
}
