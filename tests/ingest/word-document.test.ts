import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import JSZip from "jszip";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ingest } from "../../pipeline/ingest/index.js";
import { wordDocumentText } from "../../pipeline/ingest/word-document.js";

const escape = (text: string) => text.replace(/&/gu, "&amp;").replace(/</gu, "&lt;").replace(/>/gu, "&gt;");

/** A .docx as Word writes it, reduced to what a reader needs: one paragraph a line of `paragraphs`. */
async function docx(paragraphs: string[]): Promise<Buffer> {
  const zip = new JSZip();
  zip.file(
    "[Content_Types].xml",
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  );
  zip.file(
    "_rels/.rels",
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
  );
  const body = paragraphs.map((text) => `<w:p><w:r><w:t xml:space="preserve">${escape(text)}</w:t></w:r></w:p>`).join("");
  zip.file(
    "word/document.xml",
    `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`,
  );
  return zip.generateAsync({ type: "nodebuffer" });
}

const NOTICE = [
  "关于印发《平江县2025年民生实事项目实施方案》的通知",
  "各乡镇人民政府，县直各单位：",
  "《平江县2025年民生实事项目实施方案》已经县人民政府同意，现印发给你们，请认真组织实施。",
  "平江县人民政府办公室",
  "2025年3月6日",
];

describe("wordDocumentText", () => {
  it("reads a .docx's paragraphs, one a line with a blank line between", async () => {
    expect(await wordDocumentText(await docx(["标题", "第一段。", "第二段。"]))).toEqual({ ok: true, text: "标题\n\n第一段。\n\n第二段。" });
  });

  it("says why a file is no Word document it can open", async () => {
    expect(await wordDocumentText(new TextEncoder().encode("这不是一个压缩包"))).toMatchObject({ ok: false, reason: expect.stringContaining("not a Word document") });
  });
});

describe("ingest of Word documents", () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), "word-"));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("reads a folder's .docx as a document of its own format, and reports one that is no Word document", async () => {
    writeFileSync(path.join(dir, "notice.docx"), await docx(NOTICE));
    writeFileSync(path.join(dir, "broken.docx"), "这不是一个压缩包");
    writeFileSync(path.join(dir, "old.doc"), "not read");
    const found = await ingest([dir]);
    expect(found.articles.map((a) => [a.title, a.date])).toEqual([["关于印发《平江县2025年民生实事项目实施方案》的通知", "2025-03-06"]]);
    expect(found.articles[0]!.text).toContain("现印发给你们，请认真组织实施。");
    expect(found.documents).toEqual([
      { source: path.join(dir, "broken.docx"), encoding: "Word (.docx)", format: "word", articles: 0 },
      { source: path.join(dir, "notice.docx"), encoding: "Word (.docx)", format: "word", articles: 1 },
    ]);
    expect(found.diagnostics.map((d) => [d.code, path.basename(d.source)])).toEqual([
      ["skipped-files", path.basename(dir)],
      ["no-article", "broken.docx"],
    ]);
  });

  it("reads no Word document too large to hold whole, and says so", async () => {
    writeFileSync(path.join(dir, "large.docx"), await docx(Array.from({ length: 200 }, (_, i) => `第${i + 1}段：今年以来，平江县新建幸福院${i + 1}家。`)));
    const found = await ingest([dir], { streamAboveBytes: 1024 });
    expect(found.articles).toEqual([]);
    expect(found.diagnostics).toEqual([expect.objectContaining({ code: "file-too-large", message: expect.stringContaining("Word document") })]);
  });
});
