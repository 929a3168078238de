/**
 * How "everyday" a text's Han characters are: the score decode.ts uses to
 * choose between readings of the same bytes. A wrong reading gives rare
 * characters. Each character is judged once, by encoding it alone, and
 * remembered: a file's text is scored in one pass over a table instead of
 * being re-encoded to GB18030 and Big5 on every call.
 */
import iconv from "iconv-lite";

/** Han characters looked at when scoring a reading. */
const SCORED_HAN = 20_000;

const HAN = /^\p{Script=Han}$/u;

// Bits of what is known about one code point.
const JUDGED = 1;
const IS_HAN = 2;
const EVERYDAY_GB = 4;
const EVERYDAY_BIG5 = 8;

const bmpJudgements = new Uint8Array(0x10000);
const astralJudgements = new Map<number, number>();

/**
 * Share of a text's Han characters (the first 20,000) that are everyday
 * characters: GB2312 level 1 (simplified) or Big5 level 1 (traditional),
 * whichever standard counts more of them.
 *
 * @example everydayShare("本报讯 记者") // 1
 */
export function everydayShare(text: string): number {
  return everydayStats(text).share;
}

/**
 * The Han characters scored (the first 20,000) and the share of them that are everyday ones.
 * The last text's answer is kept: decoding scores a reading, then asks again of the one it chose.
 *
 * @example everydayStats("本报讯 记者") // { han: 5, share: 1 }
 */
export function everydayStats(text: string): { han: number; share: number } {
  if (text === last?.text) return last.stats;
  let han = 0;
  let gb = 0;
  let big5 = 0;
  for (let i = 0; i < text.length && han < SCORED_HAN; i++) {
    let code = text.charCodeAt(i);
    if (code < 0x80) continue;
    if (code >= 0xd800 && code <= 0xdbff) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        code = (code - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
        i++;
      }
    }
    const judgement = judge(code);
    if (!(judgement & IS_HAN)) continue;
    han++;
    if (judgement & EVERYDAY_GB) gb++;
    if (judgement & EVERYDAY_BIG5) big5++;
  }
  const stats = { han, share: han === 0 ? 0 : Math.max(gb, big5) / han };
  last = { text, stats };
  return stats;
}

let last: { text: string; stats: { han: number; share: number } } | undefined;

function judge(code: number): number {
  const known = code < 0x10000 ? bmpJudgements[code]! : (astralJudgements.get(code) ?? 0);
  if (known & JUDGED) return known;
  const char = String.fromCodePoint(code);
  let judgement = JUDGED;
  if (HAN.test(char)) {
    judgement |= IS_HAN;
    if (isEverydayGb(iconv.encode(char, "gb18030"))) judgement |= EVERYDAY_GB;
    if (isEverydayBig5(iconv.encode(char, "big5"))) judgement |= EVERYDAY_BIG5;
  }
  if (code < 0x10000) bmpJudgements[code] = judgement;
  else astralJudgements.set(code, judgement);
  return judgement;
}

/** GB2312 punctuation/full-width rows and level-1 hanzi (GB18030's four-byte forms are not). */
function isEverydayGb(bytes: Uint8Array): boolean {
  if (bytes.length !== 2) return false;
  const [lead, trail] = bytes as unknown as [number, number];
  return trail >= 0xa1 && trail <= 0xfe && ((lead >= 0xa1 && lead <= 0xa3) || (lead >= 0xb0 && lead <= 0xd7));
}

/** Big5 punctuation rows and level-1 (frequent) hanzi A440–C67E. */
function isEverydayBig5(bytes: Uint8Array): boolean {
  if (bytes.length !== 2) return false;
  const [lead, trail] = bytes as unknown as [number, number];
  const validTrail = (trail >= 0x40 && trail <= 0x7e) || (trail >= 0xa1 && trail <= 0xfe);
  return validTrail && ((lead >= 0xa1 && lead <= 0xa3) || (lead >= 0xa4 && lead <= 0xc5) || (lead === 0xc6 && trail <= 0x7e));
}
