#!/usr/bin/env python3
"""Regenerates resources/pinyin/mandarin.txt from Unihan's kMandarin readings.

The table ships with Linli, so building does not need this script; run it when Debian's
unicode-data brings a newer Unihan:

    python3 tools/generate-pinyin-table.py /usr/share/unicode/Unihan_Readings.txt.bz2

Each output line is a code point in hex and its most common reading without tone marks
(ü written as v, as typed on a keyboard).
"""
import bz2
import sys
import unicodedata

def plain(reading):
    """Lowercase ASCII: tone marks dropped, ü as v."""
    result = []
    for c in unicodedata.normalize("NFD", reading):
        if unicodedata.category(c) == "Mn":
            if c == "\u0308" and result and result[-1] == "u":
                result[-1] = "v"
            continue
        result.append(c)
    return "".join(result).lower()


def main():
    source = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/unicode/Unihan_Readings.txt.bz2"
    version = "unknown"
    rows = []
    with bz2.open(source, "rt", encoding="utf-8") as lines:
        for line in lines:
            if line.startswith("# Unicode version:"):
                version = line.split(":", 1)[1].strip()
            if not line.startswith("U+"):
                continue
            code, field, value = line.rstrip("\n").split("\t")
            if field != "kMandarin":
                continue
            rows.append((int(code[2:], 16), plain(value.split()[0])))
    rows.sort()
    out = sys.stdout
    out.write(f"# Mandarin readings (Unihan kMandarin, Unicode {version}), tone marks removed\n")
    for code, reading in rows:
        out.write(f"{code:X} {reading}\n")


if __name__ == "__main__":
    main()
