import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import iconv from "iconv-lite";
import { afterAll, describe, expect, it } from "vitest";
import { openTextStream } from "../../pipeline/ingest/stream-decode.js";

const root = mkdtempSync(path.join(tmpdir(), "stream-decode-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const TEXT = "本报嘉祥讯（通讯员 孙涛）全县新建养老服务站12处，惠及𠀋老人3200余名。\n".repeat(40);

async function streamed(name: string, bytes: Buffer, chunkBytes: number) {
  const file = path.join(root, name);
  writeFileSync(file, bytes);
  const stream = await openTextStream({ source: name, realPath: file }, { sampleBytes: 64, chunkBytes });
  if (!stream.ok) return { stream, text: "" };
  let text = "";
  for await (const chunk of stream.chunks) text += chunk;
  return { stream, text };
}

describe("openTextStream", () => {
  it.each([
    ["UTF-8", Buffer.from(TEXT, "utf8")],
    ["UTF-8 (BOM)", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT, "utf8")])],
    ["GB18030", iconv.encode(TEXT, "gb18030")],
    ["UTF-16LE (BOM)", iconv.encode(TEXT, "utf-16le", { addBOM: true })],
    ["UTF-16BE (BOM)", iconv.encode(TEXT, "utf-16be", { addBOM: true })],
  ])("decodes %s read in 7-byte chunks, characters cut between chunks included", async (encoding, bytes) => {
    const { stream, text } = await streamed(`${encoding}.txt`, bytes, 7);
    expect(stream.ok && stream.encoding).toBe(encoding);
    expect(text).toBe(TEXT);
    expect(stream.ok && stream.diagnostics).toEqual([]);
  });

  it("counts invalid bytes past the sample and keeps the rest of the text", async () => {
    const bytes = Buffer.concat([Buffer.from(TEXT, "utf8"), Buffer.from([0xff, 0xfe, 0xfd]), Buffer.from(TEXT, "utf8")]);
    const { stream, text } = await streamed("corrupt.txt", bytes, 100);
    expect(text.replaceAll("\uFFFD", "")).toBe(TEXT + TEXT);
    expect(stream.ok && stream.diagnostics).toEqual([expect.objectContaining({ code: "invalid-bytes", severity: "warning", source: "corrupt.txt" })]);
  });

  it("refuses a binary file, saying the verdict rests on its first bytes", async () => {
    const { stream } = await streamed("binary.txt", Buffer.from([0, 1, 2, 3, 0, 0, 0xff, 0x10, ...Buffer.from(TEXT)]), 100);
    expect(stream.ok).toBe(false);
    expect(!stream.ok && stream.diagnostic).toEqual(expect.objectContaining({ code: "binary-file", message: expect.stringContaining("first") }));
  });
});
