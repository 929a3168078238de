import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ingest } from "../../pipeline/ingest/index.js";
import { pdfText } from "../../pipeline/ingest/pdf-file.js";

/** Two reports, a page each, printed to PDF by Chromium in Noto Sans CJK (headline, source line, indented paragraphs). */
const FIXTURE = path.resolve(import.meta.dirname, "../fixtures/pdf/hanzhong-two-pages.pdf");
/**
 * Two reports side by side in two columns, printed by Chromium from spans placed row by row
 * (scripts/print-columns-by-row-pdf.mjs): the text layer lists each row across both columns.
 */
const COLUMNS_BY_ROW = path.resolve(import.meta.dirname, "../fixtures/pdf/ankang-columns-by-row.pdf");
/** A valid PDF of one page with nothing printed on it: what a scan is to a text layer. */
const BLANK_PAGE = "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n";

describe("pdfText", () => {
  it("lays the text layer out as printed lines: blocks set apart, paragraphs indented, pages fed", async () => {
    const read = await pdfText(readFileSync(FIXTURE));
    expect(read).toMatchObject({ ok: true, pages: 2 });
    if (!read.ok) return;
    const [first, second] = read.text.split("\f");
    const blocks = first!.trim().split("\n\n");
    expect(blocks).toHaveLength(3);
    expect(blocks[1]).toMatch(/^来源：汉中.报 2025-09-16$/u);
    expect(blocks[2]!.split("\n")[0]).toMatch(/^\u3000\u3000本报讯（记者 罗敏 通讯员 杨帆）/u);
    expect(blocks[2]!.split("\n").filter((line) => line.startsWith("\u3000\u3000"))).toHaveLength(2);
    expect(second).toContain("略阳县开展“银龄助餐”");
    // The fixture's text layer names some ideographs by their radicals (⼭ for 山), as many PDFs do.
    expect(read.text).toMatch(/[\u2E80-\u2FDF]/u);
  });

  it("reads a text layer that lists rows across two columns a column at a time, each column's indents its own", async () => {
    const read = await pdfText(readFileSync(COLUMNS_BY_ROW));
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const lines = read.text.split("\n");
    // No line joins the two columns, and the left column is read to its end before the right one starts.
    expect(lines.filter((line) => /石泉/u.test(line) && /汉阴/u.test(line))).toEqual([]);
    expect(lines.findIndex((line) => line.includes("照料服务"))).toBeLessThan(lines.findIndex((line) => line.includes("凤堰梯")));
    expect(lines.filter((line) => line.startsWith("\u3000"))).toEqual([]);
  });

  it("says a PDF with no text layer has none to read, and a file that is no PDF is none", async () => {
    expect(await pdfText(new TextEncoder().encode(BLANK_PAGE))).toEqual({ ok: false, reason: expect.stringContaining("a scanned page has none") });
    expect(await pdfText(new TextEncoder().encode("这不是PDF文件"))).toEqual({ ok: false, reason: expect.stringContaining("not a PDF") });
  });
});

describe("ingest of PDFs", () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), "pdf-"));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("reads a folder's PDF as articles, radicals of the text layer read as the ideographs printed", async () => {
    writeFileSync(path.join(dir, "page.pdf"), readFileSync(FIXTURE));
    writeFileSync(path.join(dir, "scan.pdf"), BLANK_PAGE);
    const found = await ingest([dir]);
    expect(found.articles.map((a) => [a.title, a.date, a.reporters])).toEqual([
      ["宁强县“茶旅融合”带富山区群众", "2025-09-16", ["罗敏", "杨帆"]],
      ["略阳县开展“银龄助餐”行动", "2025-09-17", ["王静"]],
    ]);
    expect(found.articles[0]!.text).toContain("县农业农村局局长张卫东介绍");
    expect(found.articles[1]!.text).toBe("近日，略阳县开展“银龄助餐”行动，在全县建成老年助餐点46个，为1.2万名65岁以上老年人提供助餐服务。\n县民政局还为800名独居老人安装了智能呼叫设备。");
    expect(found.documents.map((d) => [path.basename(d.source), d.format, d.encoding, d.articles])).toEqual([
      ["page.pdf", "pdf", "PDF (2 page(s))", 2],
      ["scan.pdf", "pdf", "PDF", 0],
    ]);
    expect(found.diagnostics.map((d) => [d.severity, d.code, path.basename(d.source)])).toEqual([["error", "no-article", "scan.pdf"]]);
  });

  it("reads two reports printed side by side as two articles", async () => {
    writeFileSync(path.join(dir, "page.pdf"), readFileSync(COLUMNS_BY_ROW));
    const found = await ingest([dir]);
    expect(found.articles.map((a) => [a.title, a.reporters])).toEqual([
      ["石泉县推行“银龄互助”养老模式", ["周岚"]],
      ["汉阴县“凤堰梯田”带火乡村旅游", ["吴涛"]],
    ]);
    expect(found.articles[1]!.text).toBe("今年以来，汉阴县依托“凤堰梯田”打造乡村旅游线路，接待游客42万人次，带动脱贫户860户增收。县文旅局组织培训民宿经营户120户，新增农家乐35家。");
  });

  it("reads no PDF too large to hold whole, and says so", async () => {
    writeFileSync(path.join(dir, "page.pdf"), readFileSync(FIXTURE));
    const found = await ingest([dir], { streamAboveBytes: 1024 });
    expect(found.diagnostics).toEqual([expect.objectContaining({ code: "file-too-large", message: expect.stringContaining("PDF") })]);
  });
});
