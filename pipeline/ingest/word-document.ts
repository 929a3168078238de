/**
 * Word documents (.docx): a county's notice, plan or work report as it was
 * issued, or an article a researcher pasted into Word. mammoth reads the
 * document's paragraphs as plain text; each paragraph becomes a line set off
 * by a blank one, so the splitter reads the result like a web article
 * (headline first, then meta lines and paragraphs). The older binary .doc
 * format is not read.
 */
import mammoth from "mammoth";

export const WORD_FILE_NAME = /\.docx$/iu;

export type WordText = { ok: true; text: string } | { ok: false; reason: string };

/**
 * The text of a .docx file's paragraphs, one a line with a blank line between.
 *
 * @example (await wordDocumentText(bytes)).text // "关于印发…的通知\n\n各乡镇人民政府：\n\n…"
 */
export async function wordDocumentText(bytes: Uint8Array): Promise<WordText> {
  try {
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) });
    const paragraphs = value
      .split(/\n+/u)
      .map((line) => line.trim())
      .filter((line) => line !== "");
    return { ok: true, text: paragraphs.join("\n\n") };
  } catch (error) {
    return { ok: false, reason: `not a Word document (.docx) that can be opened: ${(error as Error).message}` };
  }
}
