/**
 * Large files, decoded a slice at a time so memory stays bounded whatever the
 * file's size. The encoding is chosen from the file's first bytes by the same
 * rules `decodeBytes` applies to a whole file; the rest is decoded chunk by
 * chunk by a decoder that carries a character cut between two chunks over to
 * the next one. Invalid sequences later in the file are replaced by U+FFFD
 * and counted, never silently dropped.
 */
import { createReadStream } from "node:fs";
import iconv from "iconv-lite";
import type { Diagnostic } from "../records.js";
import { decodeBytes } from "./decode.js";
import type { InputFile } from "./read-inputs.js";

/** Bytes the encoding is judged on. */
export const SAMPLE_BYTES = 1024 * 1024;
/** Bytes read per chunk after that. */
export const CHUNK_BYTES = 1024 * 1024;

export type TextStream =
  | {
      ok: true;
      /** Label as `decodeBytes` gives it, e.g. "GB18030", "UTF-8 (BOM)". */
      encoding: string;
      /** Decoded text, chunk by chunk; a chunk may end anywhere, even mid-line. */
      chunks: AsyncIterable<string>;
      /** Warnings about the whole file, complete once `chunks` is exhausted. */
      diagnostics: Diagnostic[];
    }
  | { ok: false; diagnostic: Diagnostic };

/** decodeBytes labels → iconv-lite codec names (BOMs are stripped by the decoder). */
const CODEC_OF_LABEL: Record<string, string> = {
  "UTF-8": "utf8",
  "UTF-8 (BOM)": "utf8",
  "UTF-8 (repaired)": "utf8",
  GB18030: "gb18030",
  Big5: "big5",
  "UTF-16LE": "utf-16le",
  "UTF-16LE (BOM)": "utf-16le",
  "UTF-16BE": "utf-16be",
  "UTF-16BE (BOM)": "utf-16be",
  "UTF-32LE (BOM)": "utf-32le",
  "UTF-32BE (BOM)": "utf-32be",
};

/**
 * Opens a file for streamed decoding.
 *
 * @example
 * const stream = await openTextStream({ source: "big.txt", realPath: "/abs/big.txt" });
 * if (stream.ok) for await (const chunk of stream.chunks) consume(chunk);
 */
export async function openTextStream(file: InputFile, options: { sampleBytes?: number; chunkBytes?: number } = {}): Promise<TextStream> {
  const sample = await readHead(file.realPath, options.sampleBytes ?? SAMPLE_BYTES);
  const judged = decodeBytes(sample, file.source);
  if (!judged.ok) {
    const { diagnostic } = judged;
    return { ok: false, diagnostic: { ...diagnostic, message: `${diagnostic.message} (judged from the first ${sample.length} bytes)` } };
  }
  const codec = CODEC_OF_LABEL[judged.encoding];
  if (!codec) throw new Error(`stream-decode: no streaming codec for "${judged.encoding}"`);
  const diagnostics: Diagnostic[] = [];
  return { ok: true, encoding: judged.encoding, chunks: decodeChunks(file, codec, judged.encoding, options.chunkBytes ?? CHUNK_BYTES, diagnostics), diagnostics };
}

async function readHead(realPath: string, bytes: number): Promise<Uint8Array> {
  const parts: Buffer[] = [];
  let length = 0;
  for await (const part of createReadStream(realPath, { start: 0, end: bytes - 1 }) as AsyncIterable<Buffer>) {
    parts.push(part);
    length += part.length;
  }
  return Buffer.concat(parts, length);
}

async function* decodeChunks(file: InputFile, codec: string, label: string, chunkBytes: number, diagnostics: Diagnostic[]): AsyncGenerator<string> {
  const decoder = iconv.getDecoder(codec);
  let replaced = 0;
  const count = (text: string) => {
    for (let at = text.indexOf(REPLACEMENT); at !== -1; at = text.indexOf(REPLACEMENT, at + 1)) replaced++;
    return text;
  };
  for await (const bytes of createReadStream(file.realPath, { highWaterMark: chunkBytes }) as AsyncIterable<Buffer>) {
    const text = decoder.write(bytes);
    if (text) yield count(text);
  }
  const rest = decoder.end();
  if (rest) yield count(rest);
  if (replaced > 0) {
    diagnostics.push({
      severity: "warning",
      code: "invalid-bytes",
      source: file.source,
      message: `${replaced} byte sequence(s) that are not valid ${label} replaced by U+FFFD; the rest of the text is kept`,
    });
  }
}

const REPLACEMENT = "\uFFFD";
