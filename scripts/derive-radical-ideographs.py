"""Regenerates data/unicode/radical-ideographs.json: the unified ideograph a CJK radical stands for.

Text extracted from PDFs (and copied out of them) often carries radicals where
the page prints ideographs (⻓ for 长, ⺠ for 民): the fonts draw both code points
with one glyph, and the PDF's text layer names the first. Kangxi radicals have
a compatibility mapping (NFKC); the radicals supplement has none, so this reads
it off the fonts: a radical and an ideograph that a CJK font draws with the same
glyph are the same character. Simplified Chinese fonts are read first. A Kangxi
radical is listed too when a simplified font draws it as another ideograph than
NFKC gives (⼾ is drawn as 户, NFKC gives 戶).

Needs python3 with fontTools and the Noto CJK fonts (Debian's fonts-noto-cjk):
    python3 scripts/derive-radical-ideographs.py /usr/share/fonts/opentype/noto/Noto{Serif,Sans}CJK-Regular.ttc
"""
import json
import sys
import unicodedata

from fontTools.ttLib import TTCollection

RADICAL_BLOCKS = [range(0x2E80, 0x2F00), range(0x2F00, 0x2FE0)]
LOCALE_ORDER = ["SC", "TC", "HK", "KR", "JP"]


def is_unified_ideograph(cp):
    return 0x4E00 <= cp <= 0x9FFF or 0x3400 <= cp <= 0x4DBF or 0x20000 <= cp <= 0x3FFFF


def main(paths):
    fonts = [font for path in paths for font in TTCollection(path).fonts]
    fonts.sort(key=lambda font: next((i for i, loc in enumerate(LOCALE_ORDER) if font["name"].getDebugName(4).endswith(loc)), len(LOCALE_ORDER)))
    mapping = {}
    for font in fonts:
        cmap = font.getBestCmap()
        ideographs_by_glyph = {}
        for cp, glyph in cmap.items():
            if is_unified_ideograph(cp):
                ideographs_by_glyph.setdefault(glyph, []).append(cp)
        for block in RADICAL_BLOCKS:
            for cp in block:
                radical = chr(cp)
                if radical in mapping or cp not in cmap:
                    continue
                same = sorted(ideographs_by_glyph.get(cmap[cp], []))
                compatible = unicodedata.normalize("NFKC", radical)
                if compatible != radical:
                    # A Kangxi radical: NFKC maps it, unless this font draws it as another ideograph.
                    if same and chr(same[0]) != compatible and compatible not in map(chr, same):
                        mapping[radical] = chr(same[0])
                    continue
                if same:
                    mapping[radical] = chr(same[0])
    out = {
        "$comment": "CJK radicals → the unified ideograph drawn with the same glyph in the Noto CJK fonts (simplified Chinese first); regenerate with scripts/derive-radical-ideographs.py. Kangxi radicals are listed only where a simplified font draws them as another ideograph than NFKC gives (⼾ → 户, not 戶); the others are mapped by NFKC.",
        "radicals": dict(sorted(mapping.items())),
    }
    json.dump(out, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main(sys.argv[1:])
