/**
 * The levels below a county as articles print them after a name, in one place for every reader of a township's or
 * village's name (华埠镇人民政府, 在青源村，村党支部…, 王店镇2024年工作总结).
 */

/** Inner Mongolia's township and village levels, whose names the tagger cuts in pieces (呼热图|淖尔|苏木). */
export const MONGOLIAN_LEVEL_WORDS: readonly string[] = ["苏木", "嘎查"];
/** Township levels: 镇, 乡, a city's 街道, and Inner Mongolia's 苏木. */
export const TOWNSHIP_LEVEL_WORDS: readonly string[] = ["镇", "乡", "街道", "苏木"];
/** Village levels: 村, a town's 社区, and Inner Mongolia's 嘎查. */
export const VILLAGE_LEVEL_WORDS: readonly string[] = ["村", "社区", "嘎查"];

/** A township level, as a pattern to build on. */
export const TOWNSHIP_LEVEL = `(?:${TOWNSHIP_LEVEL_WORDS.join("|")})`;
/** A village level, as a pattern to build on. */
export const VILLAGE_LEVEL = `(?:${VILLAGE_LEVEL_WORDS.join("|")})`;
/** Any level below a county, as a pattern to build on. */
export const LOCAL_LEVEL = `(?:${[...TOWNSHIP_LEVEL_WORDS, ...VILLAGE_LEVEL_WORDS].join("|")})`;

/** A township's name and level as one word: 城关镇, 南关街道, 宝力根苏木 (a name of one to five characters). */
export const TOWNSHIP_NAME = new RegExp(`^\\p{Script=Han}{1,5}${TOWNSHIP_LEVEL}$`, "u");
