import { execFileSync } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { listInputFiles, readInputFile } from "../../pipeline/ingest/read-inputs.js";

let root: string;
beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), "ingest-inputs-"));
});
afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

const at = (...parts: string[]) => path.join(root, ...parts);
function touch(file: string, text = "本报讯（记者 王五）正文。") {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
}
const codes = (diagnostics: { code: string; severity: string }[]) => diagnostics.map((d) => `${d.severity}:${d.code}`);

describe("listInputFiles", () => {
  it("walks folders recursively for .txt files in name order and reports what it skips", async () => {
    for (const name of ["b.txt", "a.txt", "C.TXT", "notes.rtf", "clip.MD", "sub/z.txt", "sub/deeper/y.txt"]) touch(at("in", name));
    const listing = await listInputFiles([at("in")]);
    expect(listing.files.map((f) => path.relative(root, f.source))).toEqual([
      "in/C.TXT",
      "in/a.txt",
      "in/b.txt",
      "in/clip.MD",
      "in/sub/deeper/y.txt",
      "in/sub/z.txt",
    ]);
    expect(listing.diagnostics).toEqual([expect.objectContaining({ code: "skipped-files", severity: "info", source: at("in") })]);
    expect(listing.diagnostics[0]!.message).toContain("notes.rtf");
  });

  it("walks folders for saved web pages too", async () => {
    for (const name of ["t1.html", "T2.HTM", "t3.shtml", "style.css", "app.js"]) touch(at("site", name));
    const listing = await listInputFiles([at("site")]);
    expect(listing.files.map((f) => path.basename(f.source))).toEqual(["T2.HTM", "t1.html", "t3.shtml"]);
    expect(listing.diagnostics[0]!.message).toMatch(/2 file\(s\).*app\.js, style\.css/u);
  });

  it("reads a file named explicitly whatever its extension, in the order given", async () => {
    touch(at("notes.md"));
    touch(at("a.txt"));
    const listing = await listInputFiles([at("notes.md"), at("a.txt")]);
    expect(listing.files.map((f) => f.source)).toEqual([at("notes.md"), at("a.txt")]);
  });

  it("handles deeply nested folders", async () => {
    const deep = at(...Array.from({ length: 60 }, (_, i) => `level${i}`));
    touch(path.join(deep, "bottom.txt"));
    const listing = await listInputFiles([root]);
    expect(listing.files.map((f) => path.basename(f.source))).toEqual(["bottom.txt"]);
  });

  it("stops at a symbolic link loop and reads each file once", async () => {
    touch(at("in", "a.txt"));
    symlinkSync(at("in"), at("in", "loop"));
    symlinkSync(at("in", "a.txt"), at("in", "also-a.txt"));
    const listing = await listInputFiles([at("in")]);
    expect(listing.files.map((f) => path.basename(f.source))).toEqual(["a.txt"]);
    expect(codes(listing.diagnostics)).toEqual(["info:duplicate-file", "warning:symlink-loop"]);
  });

  it("reports a self-referencing link, a dangling link and a missing path without throwing", async () => {
    mkdirSync(at("in"));
    symlinkSync(at("in", "self.txt"), at("in", "self.txt"));
    symlinkSync(at("in", "gone"), at("in", "gone.txt"));
    const listing = await listInputFiles([at("in"), at("nowhere.txt")]);
    expect(listing.files).toEqual([]);
    expect(listing.diagnostics.map((d) => [path.relative(root, d.source), d.severity, d.code])).toEqual([
      ["in/gone.txt", "error", "dangling-link"],
      ["in/self.txt", "error", "symlink-loop"],
      ["nowhere.txt", "error", "missing-path"],
    ]);
  });

  it("walks a folder named like a .txt file and refuses a FIFO named .txt", async () => {
    touch(at("in", "folder.txt", "inner.txt"));
    execFileSync("mkfifo", [at("in", "pipe.txt")]);
    const listing = await listInputFiles([at("in"), at("in", "pipe.txt")]);
    expect(listing.files.map((f) => path.relative(root, f.source))).toEqual(["in/folder.txt/inner.txt"]);
    expect(codes(listing.diagnostics)).toEqual(["error:not-a-file", "error:not-a-file"]);
  });

  it("reads the same file given twice once", async () => {
    touch(at("a.txt"));
    const listing = await listInputFiles([at("a.txt"), root]);
    expect(listing.files).toHaveLength(1);
    expect(listing.diagnostics).toEqual([expect.objectContaining({ code: "duplicate-file", source: at("a.txt") })]);
  });

  // Root reads files whatever their mode, so chmod cannot make a file unreadable there;
  // the dangling-link and FIFO cases above cover unreadable inputs when running as root.
  it.skipIf(process.getuid?.() === 0)("reports a folder and a file without read permission", async () => {
    touch(at("in", "locked", "a.txt"));
    touch(at("in", "secret.txt"));
    chmodSync(at("in", "locked"), 0o000);
    chmodSync(at("in", "secret.txt"), 0o000);
    try {
      const listing = await listInputFiles([at("in")]);
      expect(codes(listing.diagnostics)).toEqual(["error:unreadable"]);
      const read = await readInputFile(listing.files[0]!, { maxFileBytes: 1024 });
      expect(read).toMatchObject({ ok: false, diagnostic: { code: "unreadable" } });
    } finally {
      chmodSync(at("in", "locked"), 0o755);
    }
  });
});

describe("readInputFile", () => {
  it("reads a file's bytes", async () => {
    touch(at("a.txt"), "正文。");
    const read = await readInputFile({ source: "a.txt", realPath: at("a.txt") }, { maxFileBytes: 1024 });
    expect(read.ok && "bytes" in read && Buffer.from(read.bytes).toString("utf8")).toBe("正文。");
  });

  it("hands back a file above streamAboveBytes to be streamed, without reading it", async () => {
    touch(at("big.txt"), "正文。".repeat(100));
    const read = await readInputFile({ source: "big.txt", realPath: at("big.txt") }, { maxFileBytes: 1 << 20, streamAboveBytes: 100 });
    expect(read).toEqual({ ok: true, stream: true, size: 900 });
  });

  it("refuses a 100 MB file without reading it", async () => {
    writeFileSync(at("huge.txt"), "");
    truncateSync(at("huge.txt"), 100 * 1024 * 1024); // sparse: no disk or memory used
    const before = process.memoryUsage().rss;
    const read = await readInputFile({ source: "huge.txt", realPath: at("huge.txt") }, { maxFileBytes: 32 * 1024 * 1024 });
    expect(read).toEqual({ ok: false, diagnostic: expect.objectContaining({ code: "file-too-large", severity: "error", source: "huge.txt" }) });
    expect(process.memoryUsage().rss - before).toBeLessThan(50 * 1024 * 1024);
  });

  it("refuses a file one byte over the limit and reads one at the limit", async () => {
    touch(at("a.txt"), "1234");
    expect((await readInputFile({ source: "a", realPath: at("a.txt") }, { maxFileBytes: 3 })).ok).toBe(false);
    expect((await readInputFile({ source: "a", realPath: at("a.txt") }, { maxFileBytes: 4 })).ok).toBe(true);
  });

  it("reports a file that disappeared after listing", async () => {
    const read = await readInputFile({ source: "gone.txt", realPath: at("gone.txt") }, { maxFileBytes: 1024 });
    expect(read).toMatchObject({ ok: false, diagnostic: { code: "missing-path", severity: "error", source: "gone.txt" } });
  });
});
