import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import writeExcelFile from "write-excel-file/node";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ingest } from "../../pipeline/ingest/index.js";
import { spreadsheetRows } from "../../pipeline/ingest/spreadsheet-file.js";

type Cell = { value: string | number | Date; format?: string } | null;

/** A .xlsx of the given sheets, as a spreadsheet program would save it. */
async function xlsx(sheets: { name: string; rows: Cell[][] }[]): Promise<Buffer> {
  return writeExcelFile(sheets.map(({ name, rows }) => ({ data: rows, sheet: name })) as never).toBuffer();
}

const text = (value: string): Cell => ({ value });
const day = (iso: string): Cell => ({ value: new Date(`${iso}T00:00:00Z`), format: "yyyy-mm-dd" });

const SCRAPE = {
  name: "2025年9月",
  rows: [
    [text("序号"), text("标题"), text("发布时间"), text("正文"), text("来源")],
    [{ value: 1 }, text("石泉县“蚕桑小院”带富一方"), day("2025-09-03"), text("本报讯（记者 吴迪）今年以来，石泉县建成“蚕桑小院”320个，带动1500户蚕农增收。\n县农业农村局局长任涛介绍，全县蚕桑综合产值达到4.6亿元。"), text("安康日报")],
    [{ value: 2 }, text("空行"), day("2025-09-04"), null, text("安康日报")],
  ],
};

describe("spreadsheetRows", () => {
  it("reads a sheet's rows by its header, a date cell as its day, a row without text as empty", async () => {
    const read = await spreadsheetRows(await xlsx([SCRAPE]));
    expect(read).toMatchObject({ ok: true, sheetsWithout: [] });
    if (!read.ok) return;
    expect(read.rows.map((r) => r.row)).toEqual([2, 3]);
    expect(read.rows[0]!.text.split("\n").slice(0, 3)).toEqual(["石泉县“蚕桑小院”带富一方", "来源：安康日报", "发布时间：2025-09-03"]);
    expect(read.rows[1]!.text).toBe("");
  });

  it("says why a file is no spreadsheet it can open", async () => {
    expect(await spreadsheetRows(new TextEncoder().encode("这不是一个工作簿"))).toMatchObject({ ok: false, reason: expect.stringContaining("not a spreadsheet") });
  });
});

describe("ingest of spreadsheets", () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), "xlsx-"));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("reads every sheet of a workbook, names rows by their sheet, and notes a sheet of no articles", async () => {
    const notes = { name: "说明", rows: [[text("本表由课题组整理")], [text("共2个工作表")]] };
    const second = {
      name: "2025年10月",
      rows: [
        [text("标题"), text("正文"), text("日期")],
        [text("汉阴县“三线联系”密切党群关系"), text("近日，汉阴县推行“三线联系”工作机制，联系群众2.6万户。"), day("2025-10-11")],
      ],
    };
    writeFileSync(path.join(dir, "scrape.xlsx"), await xlsx([SCRAPE, second, notes]));
    const found = await ingest([dir]);
    expect(found.articles.map((a) => [a.title, a.date, a.reporters])).toEqual([
      ["石泉县“蚕桑小院”带富一方", "2025-09-03", ["吴迪"]],
      ["汉阴县“三线联系”密切党群关系", "2025-10-11", []],
    ]);
    expect(found.articles[0]!.text).toContain("县农业农村局局长任涛介绍");
    expect(found.documents).toEqual([{ source: path.join(dir, "scrape.xlsx"), encoding: "Excel (.xlsx)", format: "table", articles: 2 }]);
    expect(found.diagnostics.map((d) => [d.severity, d.code, path.basename(d.source)])).toEqual([
      ["warning", "empty-row", "scrape.xlsx"],
      ["info", "no-article", "scrape.xlsx:说明"],
    ]);
    expect(found.diagnostics[0]!.message).toBe("1 row(s) with no article text, not read: 2025年9月 row 3");
    expect(found.diagnostics[1]!.message).toContain("a table needs a column of article text");
  });

  it("reports a workbook with no sheet of articles, and one that is no workbook, as errors", async () => {
    writeFileSync(path.join(dir, "notes.xlsx"), await xlsx([{ name: "说明", rows: [[text("本表由课题组整理")]] }]));
    writeFileSync(path.join(dir, "broken.xlsx"), "这不是一个工作簿");
    const found = await ingest([dir]);
    expect(found.articles).toEqual([]);
    expect(found.diagnostics.map((d) => [d.severity, d.code, path.basename(d.source)])).toEqual([
      ["error", "no-article", "broken.xlsx"],
      ["error", "no-article", "notes.xlsx:说明"],
    ]);
  });

  it("reads no spreadsheet too large to hold whole, and says so", async () => {
    writeFileSync(path.join(dir, "large.xlsx"), await xlsx([SCRAPE]));
    const found = await ingest([dir], { streamAboveBytes: 1024 });
    expect(found.diagnostics).toEqual([expect.objectContaining({ code: "file-too-large", message: expect.stringContaining("spreadsheet") })]);
  });
});
