#!/usr/bin/env python3
"""Regenerates resources/pinyin/simplified.txt from Unihan's kSimplifiedVariant.

The table ships with Linli, so building does not need this script; run it when Debian's
unicode-data brings a newer Unihan:

    python3 tools/generate-simplified-table.py /usr/share/unicode/Unihan_Variants.txt.bz2 > resources/pinyin/simplified.txt

Each output line is a traditional character's code point in hex and the code point of its
simplified form (the first Unihan gives, where it gives several), for finding a name written in
either form by the other.
"""
import bz2
import sys


def main():
    source = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/unicode/Unihan_Variants.txt.bz2"
    version = "unknown"
    rows = []
    with bz2.open(source, "rt", encoding="utf-8") as lines:
        for line in lines:
            if line.startswith("# Unicode version:"):
                version = line.split(":", 1)[1].strip()
            if not line.startswith("U+"):
                continue
            code, field, value = line.rstrip("\n").split("\t")
            if field != "kSimplifiedVariant":
                continue
            simplified = value.split()[0].split("<")[0]
            if simplified != code:
                rows.append((int(code[2:], 16), int(simplified[2:], 16)))
    out = sys.stdout
    out.write(f"# Simplified forms of traditional characters (Unihan kSimplifiedVariant, Unicode {version})\n")
    for code, simplified in sorted(rows):
        out.write(f"{code:X} {simplified:X}\n")


if __name__ == "__main__":
    main()
