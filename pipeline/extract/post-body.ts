/**
 * The body printed inside a compound post title: 县委书记 holds 县委, 县政协主席
 * 县政协, 区纪委书记 区纪委, 市委常委 市委. The segmenter keeps such a title one
 * word, so the organisation rules never see the body in it; yet the body is
 * printed, and a named person after the title holds a post in it (HOLDS_POST).
 *
 * Only a title followed by a named person gives a body — directly (县委书记李卫东)
 * or after one more of the person's titles (县委副书记、县长王海涛): 县委、县政府高度重视
 * names the county's leadership as a whole.
 *
 * A head of government's title (县长, 副区长, 市长) names its body by its office:
 * the level's 人民政府, of the division printed right before the title
 * (临沭县副县长赵刚) or else of the article's (see governmentHeads).
 */
import type { Sentence, Token } from "../records.js";
import { POST_TITLES, TITLES } from "./person-names.js";

/** Posts printed after a committee's name: its secretaries, chairs, directors, and its standing members (常委). */
const COMMITTEE_POSTS = [...POST_TITLES, "常委"].sort((a, b) => b.length - a.length);
/** Level + committee right before one of its posts: 县委, 市纪委, 区政协, 旗人大常委会. */
const BODY_IN_TITLE = new RegExp(`([县市区旗])(委|纪委|政协|人大常委会)(?=${COMMITTEE_POSTS.join("|")})`, "gu");
/** Titles, longest first, for a second title between the post and the name. */
const ANY_TITLE = [...new Set([...TITLES, ...COMMITTEE_POSTS])].sort((a, b) => b.length - a.length);

export interface PostBody {
  /** The printed body with its level (县委). */
  printed: string;
  /** Offsets of the printed body in the article text. */
  start: number;
  end: number;
}

/**
 * Bodies printed in the post titles of one sentence, each followed by a named
 * person (`nameStarts`: where named people start, as article offsets).
 *
 * @example postBodies({ text: "县委书记李卫东到城关镇调研", start: 0, … }, new Set([4])) // [{ printed: "县委", start: 0, end: 2 }]
 */
export function postBodies(sentence: Sentence, nameStarts: ReadonlySet<number>): PostBody[] {
  const bodies: PostBody[] = [];
  for (const match of sentence.text.matchAll(BODY_IN_TITLE)) {
    const bodyEnd = match.index + match[0].length;
    if (!nameStarts.has(sentence.start + bodyEnd + postTitleLength(sentence.text, bodyEnd))) continue;
    bodies.push({ printed: match[0], start: sentence.start + match.index, end: sentence.start + bodyEnd });
  }
  return bodies;
}

/** A party body printed after the body it leads (县人社局|党组, 县医院|党委), or alone. */
export const PARTY_BODY_AT_END = /(?:党组|党委|党总支|党支部)$/u;

/** A county's or city's party committee or government: it leads what its county does, and speaks for the county (县委, 某县人民政府). */
export const COUNTY_LEADERSHIP = /[县市区旗州盟](?:委|人民政府|政府)$/u;

/** The space a paper may set between a title and the holder's name (县政协主席 刘明): its length at `at`, 0 or 1. */
export function nameGapAt(text: string, at: number): number {
  return text[at] === " " || text[at] === "\u3000" ? 1 : 0;
}

/** A head of a level's government, deputies, the executive deputy and assistants too: 县长, 副区长, 常务副市长, 旗长, 县长助理. */
const GOVERNMENT_HEAD = /(?:常务)?副?([县市区旗])长(?:助理)?/gu;

export interface GovernmentHead {
  /** The level the title heads (县 of 副县长). */
  level: string;
  /** Offsets of the title in the article text. */
  start: number;
  end: number;
}

/**
 * Heads of government titles of one sentence that a named person follows
 * (`nameStarts` as for postBodies): 县长王海涛, 副县长 李娜. A title without a
 * name (县长办公会, 县长热线) names no one's post.
 *
 * @example governmentHeads({ text: "副县长李娜主持会议", start: 0, … }, new Set([3])) // [{ level: "县", start: 0, end: 3 }]
 */
export function governmentHeads(sentence: Sentence, nameStarts: ReadonlySet<number>): GovernmentHead[] {
  const heads: GovernmentHead[] = [];
  for (const match of sentence.text.matchAll(GOVERNMENT_HEAD)) {
    const end = match.index + match[0].length;
    if (!nameStarts.has(sentence.start + end + nameGapAt(sentence.text, end))) continue;
    heads.push({ level: match[1]!, start: sentence.start + match.index, end: sentence.start + end });
  }
  return heads;
}

/** Whether `printed` ends with a head of government's title (临沭县副县长, 县长). */
export function endsWithGovernmentHead(printed: string): boolean {
  return GOVERNMENT_HEAD_AT_END.test(printed);
}

const GOVERNMENT_HEAD_AT_END = new RegExp(`${GOVERNMENT_HEAD.source}$`, "u");

/**
 * Length of the post title printed at `at` in `text`, up to where the holder's
 * name starts: the post (局长, 副书记, 常委), then possibly a second title of the
 * same person after 、 (县委副书记、县长王海涛), then possibly a space. 0 when no post is printed there.
 *
 * @example postTitleLength("县民政局局长 王建国", 4) // 3
 */
export function postTitleLength(text: string, at: number): number {
  const post = titleAt(text, at, COMMITTEE_POSTS);
  if (post === 0) return 0;
  let end = at + post;
  const second = text[end] === "、" ? titleAt(text, end + 1, ANY_TITLE) : 0;
  if (second > 0) end += 1 + second;
  end += nameGapAt(text, end);
  return end - at;
}

/** Length of the title of `titles` printed at `at`, 0 when none is. */
function titleAt(text: string, at: number, titles: readonly string[]): number {
  return titles.find((title) => text.startsWith(title, at))?.length ?? 0;
}

/** A Party body the segmenter fused to its secretary's title (党委书记, 党组书记, 党工委副书记). */
const FUSED_BODY_TITLE = /^(\p{Script=Han}*?(?:党委|党组|党工委|党总支|党支部|纪委))(副?书记)$/u;

/**
 * The tokens with every Party body the segmenter fused to its secretary's title
 * cut in two when a named holder follows (五一社区|党委书记|刘红梅 → 五一社区|党委|书记|刘红梅),
 * so the organisation rules see the body and name it with its place
 * (城关镇五一社区党委). Without a holder the title names people, not a body
 * (快递、外卖等行业党委书记逐个述职), and stays whole.
 *
 * @example splitFusedPosts(tag("社区党委书记刘红梅"), text, new Set([6])).map((t) => t.word) // ["社区", "党委", "书记", "刘", "红梅"]
 */
export function splitFusedPosts(tokens: readonly Token[], text: string, nameStarts: ReadonlySet<number>): readonly Token[] {
  if (!tokens.some((token) => FUSED_BODY_TITLE.test(token.word))) return tokens;
  return tokens.flatMap((token) => {
    const match = FUSED_BODY_TITLE.exec(token.word);
    const cut = token.start + (match?.[1]!.length ?? 0);
    if (!match || !nameStarts.has(cut + postTitleLength(text, cut))) return [token];
    return [
      { word: match[1]!, tag: "nt", start: token.start, end: cut },
      { word: match[2]!, tag: "n", start: cut, end: token.end },
    ];
  });
}
