/**
 * What a single printed line looks like: the small predicates the article
 * splitter and the furniture detector share.
 */

/**
 * Ends a sentence: 。！？… optionally followed by closing quotes or brackets (a bare ” does not), or a labelled note
 * in brackets printed after a full stop (…转诊救治。（牵头单位：县卫健局）).
 */
const SENTENCE_FINAL = /[。！？!?…](?:[”’」』）)》〕]*|[（(][^（）()：:]{1,12}[：:][^（）()]{1,80}[）)])$/u;
/** Punctuation a headline never ends with: the line goes on. */
const CONTINUING = /[，、；：,;:（(“‘「《—-]$/u;
/** Longest line still taken for a headline line. */
export const MAX_HEADING_LINE = 40;
/** Longest line still taken for a document's title, which names its issuer and the document it prints. */
const MAX_DOCUMENT_TITLE_LINE = 90;
/** A document's title: 某县人民政府办公室关于印发《…工作方案》的通知, 关于…的实施意见. */
const DOCUMENT_TITLE = /关于[^。！？]+的(?:通知|意见|实施意见|指导意见|通报|决定|批复|公告|通告|函|报告|请示)$/u;

/**
 * @example isSentenceFinal("提升。”") // true
 * @example isSentenceFinal("“四个到位”") // false
 */
export function isSentenceFinal(text: string): boolean {
  return SENTENCE_FINAL.test(text);
}

/** The label of a question or answer in a Q&A (问：…？ 答：…), which opens text, never a headline. */
const QA_LABEL = /^(?:问|答|Q|A)\s*[：:]/u;

/** A line that could be (part of) a headline: short, no full stop, not dangling punctuation, not meta, no Q&A label. */
export function isHeadingLine(text: string): boolean {
  return (
    text.length > 0 &&
    !QA_LABEL.test(text) &&
    (text.length <= MAX_HEADING_LINE || (text.length <= MAX_DOCUMENT_TITLE_LINE && DOCUMENT_TITLE.test(text))) &&
    !text.includes("。") &&
    !isSentenceFinal(text) &&
    !CONTINUING.test(text) &&
    !isMetaLine(text)
  );
}

/** A web title may end in ？ or ！ (如何……？), but never in 。 */
export function isWebTitleLine(text: string): boolean {
  return isHeadingLine(text) || (text.length <= MAX_HEADING_LINE && /[？！?!]$/u.test(text) && !/[。，]/u.test(text) && !isMetaLine(text) && !QA_LABEL.test(text));
}

// Simplified and traditional forms: meta lines are read before normalisation.
const META_KEY =
  "(?:来源|來源|作者|稿源|出处|出處|供稿|发布时间|發布時間|發佈時間|发布日期|發布日期|发稿时间|發稿時間|更新时间|更新時間|时间|時間|日期|记者|記者|通讯员|通訊員|摄影|攝影|文\\/图|文\\/圖)";
/** When an event a notice announces takes place (时间：7月19日（星期六）上午9:00—12:00): its day of the week, part of the day or span; no page's date. */
const EVENT_TIME = /^(?:时间|時間)\s*[：:].*(?:星期|周[一二三四五六日天]|上午|下午|晚上|[—～~至])/u;
const META_LINE = new RegExp(`^[（(]?${META_KEY}\\s*[：:]|\\s${META_KEY}\\s*[：:]`, "u");
/**
 * A date, with its time, alone on its line or after the name of its source (宁化县融媒体中心 2025-05-20,
 * 原创 沭阳发布 2025-08-21, the account printed twice as a post's page does), and with the province a post was sent from after its time (… 19:30 江苏,
 * … 18:00 发表于四川).
 */
const DATE_ONLY =
  /^(?:[\p{Script=Han}A-Za-z·]{2,20}[ \t\u3000]+){0,3}(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(?:\s+\d{1,2}[:：]\d{2}(?:[:：]\d{2})?(?:[ \t\u3000]+(?:发表于)?\p{Script=Han}{2,3})?)?$/u;

/** A document's number, on its line under the title: 融政办发〔2024〕17号, 桑政函[2023]5号. */
const DOCUMENT_NUMBER = /^\p{Script=Han}{1,10}[〔［\[【（(]\s*(?:19|20)\d{2}\s*[〕］\]】）)]\s*第?\d{1,4}\s*号$/u;

/** The interviewer's label before a clause (a credit names people, it has no clauses). */
const INTERVIEWER_SENTENCE = /^(?:记者|記者|主持人)\s*[：:][^，,]{0,30}[，,]/u;

/** A photographer's credit on a line of its own: 本报记者 田甜 摄, 通讯员 王强 李丽 摄, 张三 摄. */
const PHOTO_CREDIT =
  /^(?:(?:(?:本报|本報|特约|特約)?(?:摄影记者|攝影記者|记者|記者|通讯员|通訊員)\s*)[\p{Script=Han}·]{2,5}(?:[\s、]+[\p{Script=Han}·]{2,5})*\s*|[\p{Script=Han}·]{2,5}(?:[\s、]+[\p{Script=Han}·]{2,5})*\s+)(?:摄|攝)$/u;

/**
 * A web article's meta line: source, author, publication time, a document's number; and a photo
 * credit, which print pages set between the body and the headline.
 *
 * @example isMetaLine("来源：济宁日报 2024-03-05") // true
 */
export function isMetaLine(text: string): boolean {
  // An interviewer's question (记者：今年以来，…有哪些举措？) is labelled like a credit, but it is a sentence.
  if (text.length > 100 || text.includes("。") || isSentenceFinal(text) || INTERVIEWER_SENTENCE.test(text) || EVENT_TIME.test(text)) return false;
  return META_LINE.test(text) || DATE_ONLY.test(text) || PHOTO_CREDIT.test(text) || DOCUMENT_NUMBER.test(text);
}

/**
 * How print marks a paragraph's first line: two ideographic spaces. Readers of pages, tables and PDFs
 * set it before each paragraph so the splitter joins none of them to the next.
 */
export const PARAGRAPH_INDENT = "\u3000\u3000";

/** Whitespace a printed line may start or end with (ASCII, ideographic space, BOM, NBSP). */
export function trimLine(text: string): string {
  return text.replace(/^[\s\u3000\uFEFF\u00A0]+|[\s\u3000\uFEFF\u00A0]+$/gu, "");
}
