/**
 * Social-media posts print their headline in 【】 at the start of the text,
 * often after topic tags and with the body on the same line:
 *
 *   #乡村振兴# 【曲阜：“儒家文化+乡村旅游”绘就美丽乡村新画卷】今年“五一”假期，…
 *
 * Unfolding such a line into tags, headline, a blank line and the body lets
 * the splitter read it as any web article. Short bracketed labels (【编者按】,
 * 【县域简讯】) and bracketed datelines (【嘉祥讯】) are left as printed.
 */
import { matchDateline } from "./dateline.js";

export interface UnfoldedLines {
  lines: string[];
  /** Line of the input each output line comes from. */
  origin: number[];
}

/** Optional topic tags, a bracketed headline of 8–80 characters, then whatever follows on the line. */
const POST_HEADLINE = /^\s*((?:#[^#\s]{1,30}#\s*)*)【([^【】]{8,80})】\s*(.*)$/u;

/**
 * @example unfoldBracketedHeadlines(["#三农# 【标题八个字以上的新闻】正文。"]).lines // ["#三农#", "标题八个字以上的新闻", "", "正文。"]
 */
export function unfoldBracketedHeadlines(printed: string[]): UnfoldedLines {
  const lines: string[] = [];
  const origin: number[] = [];
  printed.forEach((line, index) => {
    const match = line.includes("【") ? POST_HEADLINE.exec(line) : null;
    const [, tags = "", headline = "", body = ""] = match ?? [];
    // Alone on its line and untagged, a bracketed line is what the splitter already reads (a label or a headline).
    if (!match || (tags === "" && body === "") || matchDateline(line.trim())) {
      lines.push(line);
      origin.push(index);
      return;
    }
    // The blank line keeps the headline from being read as the first line of a wrapped paragraph.
    const parts = [tags.trim(), headline.trim(), "", body].filter((part, k) => k === 2 || part !== "");
    for (const part of parts) {
      lines.push(part);
      origin.push(index);
    }
  });
  return { lines, origin };
}
