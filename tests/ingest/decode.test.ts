import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import fc from "fast-check";
import iconv from "iconv-lite";
import { afterAll, describe, expect, it } from "vitest";
import { decodeBytes, looksChinese } from "../../pipeline/ingest/decode.js";
import { fixtureText, SAMPLE_PAGE, writeBrokenFiles, writeEncodingVariants } from "../fixtures/ingest/make-variants.js";

const dir = mkdtempSync(path.join(tmpdir(), "ingest-decode-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const variants = writeEncodingVariants(dir);
const broken = writeBrokenFiles(dir);
const web = fixtureText("web-yinan-elderly-care.txt");

function decodeFile(file: string) {
  return decodeBytes(readFileSync(file), file);
}

describe("decodeBytes: encodings", () => {
  it.each([
    ["yinan.utf8.txt", "UTF-8"],
    ["yinan.utf8-bom.txt", "UTF-8 (BOM)"],
    ["yinan.gb18030.txt", "GB18030"],
    ["yinan.utf16le-bom.txt", "UTF-16LE (BOM)"],
    ["yinan.utf16be-bom.txt", "UTF-16BE (BOM)"],
  ])("reads %s as %s, text unchanged, BOM dropped", (name, encoding) => {
    const decoded = decodeFile(variants[name]!);
    expect(decoded).toEqual({ ok: true, text: web, encoding, diagnostics: [] });
  });

  it("reads a traditional-character Big5 copy as Big5", () => {
    const decoded = decodeFile(variants["yinan.traditional.big5.txt"]!);
    expect(decoded.ok && decoded.encoding).toBe("Big5");
    expect(decoded.ok && decoded.text.startsWith("沂南縣織密農村養老服務網")).toBe(true);
  });

  it("reads the sample page in GB18030 exactly as in UTF-8", () => {
    const decoded = decodeFile(variants["page.gb18030.txt"]!);
    expect(decoded.ok && decoded.encoding).toBe("GB18030");
    expect(decoded.ok && decoded.text).toBe(iconv.decode(readFileSync(variants["page.gb18030.txt"]!), "gb18030"));
  });

  it("reads UTF-32 with a BOM", () => {
    const bytes = iconv.encode("本报讯（记者 王五）正文。", "utf-32le", { addBOM: true });
    expect(decodeBytes(bytes, "x.txt")).toMatchObject({ ok: true, encoding: "UTF-32LE (BOM)", text: "本报讯（记者 王五）正文。" });
  });

  it("reads Chinese-only UTF-16 without a BOM", () => {
    const text = "嘉祥县深入开展以三大促三好活动，助力第一书记开好局起好步。乡村振兴。";
    expect(decodeBytes(iconv.encode(text, "utf-16le"), "x.txt")).toMatchObject({ ok: true, encoding: "UTF-16LE", text });
    expect(decodeBytes(iconv.encode(text, "utf-16be"), "x.txt")).toMatchObject({ ok: true, encoding: "UTF-16BE", text });
  });

  it("reads UTF-16 without a BOM from its NUL pattern", () => {
    const decoded = decodeBytes(iconv.encode("本报讯 2024 年\n正文。\n", "utf-16le"), "x.txt");
    expect(decoded).toMatchObject({ ok: true, encoding: "UTF-16LE", text: "本报讯 2024 年\n正文。\n" });
  });
});

describe("decodeBytes: files that are reported", () => {
  it.each([
    ["empty.txt", "empty-file", "error"],
    ["whitespace.txt", "empty-file", "error"],
    ["image.txt", "binary-file", "error"],
    ["latin1.txt", "undecodable", "error"],
  ])("%s → %s (%s)", (name, code, severity) => {
    const decoded = decodeFile(broken[name]!);
    expect(decoded).toEqual({ ok: false, diagnostic: expect.objectContaining({ code, severity, source: broken[name] }) });
  });

  it("keeps a UTF-8 file cut in the middle of its last character, with a warning", () => {
    const decoded = decodeFile(broken["truncated.utf8.txt"]!);
    expect(decoded.ok).toBe(true);
    if (!decoded.ok) return;
    expect(decoded.encoding).toBe("UTF-8");
    expect(decoded.text).toBe(web.slice(0, web.lastIndexOf("。")));
    expect(decoded.diagnostics.map((d) => [d.code, d.severity])).toEqual([["truncated-sequence", "warning"]]);
  });

  it("keeps a GB18030 file cut in the middle of its last character, with a warning", () => {
    const decoded = decodeFile(broken["truncated.gb18030.txt"]!);
    expect(decoded.ok && decoded.encoding).toBe("GB18030");
    expect(decoded.ok && decoded.text).toBe(web);
    expect(decoded.ok && decoded.diagnostics.map((d) => d.code)).toEqual(["truncated-sequence"]);
  });

  it("repairs UTF-8 with one corrupt byte in a long text and says so", () => {
    const bytes = Buffer.from(web.repeat(4), "utf8");
    bytes[500] = 0xff;
    const decoded = decodeBytes(bytes, "x.txt");
    expect(decoded).toMatchObject({ ok: true, encoding: "UTF-8 (repaired)", diagnostics: [expect.objectContaining({ code: "invalid-bytes" })] });
  });

  it("reports text garbled by reading UTF-8 as GBK and saving it again, and leaves ordinary text alone", () => {
    for (const original of [web, readFileSync(SAMPLE_PAGE, "utf8")]) {
      const garbled = iconv.decode(Buffer.from(original, "utf8"), "gbk");
      expect(decodeBytes(Buffer.from(garbled, "utf8"), "garbled.txt")).toMatchObject({
        ok: false,
        diagnostic: { severity: "error", code: "garbled-text", message: expect.stringContaining("UTF-8 read as GBK") },
      });
      expect(decodeBytes(Buffer.from(original, "utf8"), "plain.txt")).toMatchObject({ ok: true, diagnostics: [] });
    }
    // A short text of rare characters says too little to be called garbled.
    expect(decodeBytes(Buffer.from("鑫淼犇", "utf8"), "names.txt")).toMatchObject({ ok: true, text: "鑫淼犇" });
  });

  it("reads two valid UTF-8 characters as UTF-8 though their bytes read as GB18030 give three everyday ones", () => {
    // 强汶 in UTF-8 is 寮烘倍 in GB18030; a few characters' share of everyday ones outweighs no valid UTF-8.
    expect(decodeBytes(Buffer.from("强汶", "utf8"), "x.txt")).toMatchObject({ ok: true, text: "强汶", encoding: "UTF-8" });
    expect(decodeBytes(iconv.encode("强汶", "gb18030"), "x.txt")).toMatchObject({ ok: true, text: "强汶" });
  });

  it("reads BOM-less UTF-16 Chinese whose characters end in 00 in their own byte order, not the other one", () => {
    // 销 = U+9500 and 开 = U+5F00 put NULs on the even bytes of UTF-16LE, where ASCII in UTF-16BE puts them.
    const text = "本本本本本本销开本最本怀本本本本";
    expect(decodeBytes(iconv.encode(text, "utf-16le"), "x.txt")).toMatchObject({ ok: true, text, encoding: "UTF-16LE" });
    // ASCII text keeps the byte order its NULs show.
    expect(decodeBytes(iconv.encode("Hello, world.\n", "utf-16be"), "x.txt")).toMatchObject({ ok: true, text: "Hello, world.\n", encoding: "UTF-16BE" });
  });

  it("calls text with control characters binary", () => {
    const bytes = Buffer.from("abc\x01\x02\x03\x04\x05 def", "latin1");
    expect(decodeBytes(bytes, "x.txt")).toMatchObject({ ok: false, diagnostic: { code: "binary-file" } });
  });
});

describe("decodeBytes: properties", () => {
  it("never throws and returns text or one diagnostic for arbitrary bytes", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
        const decoded = decodeBytes(bytes, "random.bin");
        if (decoded.ok) expect(typeof decoded.text).toBe("string");
        else expect(decoded.diagnostic.source).toBe("random.bin");
      }),
      { numRuns: 500 },
    );
  });

  it("round-trips everyday Chinese text through GB18030 and UTF-8, however short", () => {
    // Everyday characters: those of the sample page. (Two rare characters alone can be
    // equally valid GB18030 and Big5; no detector can tell those apart.)
    // Punctuation alone (a file holding only “、”) is no Chinese text: at least one character is Han.
    const page = readFileSync(SAMPLE_PAGE, "utf8");
    const everyday = [...new Set(page.match(/[\p{Script=Han}“”，。、：；（）]/gu))];
    const hanzi = [...new Set(page.match(/\p{Script=Han}/gu))];
    const han = fc
      .tuple(fc.string({ maxLength: 30, unit: fc.constantFrom(...everyday) }), fc.constantFrom(...hanzi), fc.string({ maxLength: 30, unit: fc.constantFrom(...everyday) }))
      .map((parts) => parts.join(""));
    fc.assert(
      fc.property(han, fc.constantFrom("gb18030", "utf8"), (text, encoding) => {
        const decoded = decodeBytes(iconv.encode(text, encoding), "x.txt");
        expect(decoded.ok && decoded.text).toBe(text);
      }),
      { numRuns: 1000 },
    );
  });

  it("round-trips everyday Chinese text of 16+ characters through BOM-less UTF-16", () => {
    // Shorter BOM-less UTF-16 can be all-ASCII bytes (本 = 2C 67 = ",g"): no detector can see it.
    const page = readFileSync(SAMPLE_PAGE, "utf8");
    const everyday = [...new Set(page.match(/[\p{Script=Han}“”，。、：；（）]/gu))];
    const han = fc.string({ minLength: 16, maxLength: 60, unit: fc.constantFrom(...everyday) }).filter((t) => /\p{Script=Han}/u.test(t));
    fc.assert(
      fc.property(han, fc.constantFrom("utf-16le", "utf-16be"), (text, encoding) => {
        const decoded = decodeBytes(iconv.encode(text, encoding), "x.txt");
        expect(decoded.ok && decoded.text).toBe(text);
      }),
      { numRuns: 1000 },
    );
  });

  it("looksChinese rejects Latin and private-use decodes", () => {
    expect(looksChinese("Grüße à tous")).toBe(false);
    expect(looksChinese("本报讯\uE000")).toBe(false);
    expect(looksChinese("本报讯（记者 王五）“正文”。")).toBe(true);
  });
});

describe("decodeBytes: BOM-less UTF-16 without control bytes", () => {
  it("is read as UTF-16 from its plausibility alone", () => {
    // Characters whose UTF-16 code units hold no NUL and no control byte: only plausibility can tell.
    const han = readFileSync(SAMPLE_PAGE, "utf8").match(/\p{Script=Han}/gu)!;
    const text = han.filter((c) => (c.charCodeAt(0) & 0xff) >= 0x20).slice(0, 40).join("");
    const bytes = iconv.encode(text, "utf-16le");
    expect([...bytes].some((b) => b < 0x20)).toBe(false);
    expect(decodeBytes(bytes, "x.txt")).toMatchObject({ ok: true, encoding: "UTF-16LE", text });
  });
});
