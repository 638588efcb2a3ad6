#!/usr/bin/env python3
"""Regenerates resources/pinyin/readings.txt from Unihan's Mandarin readings.

The table ships with Linli, so building does not need this script; run it when Debian's
unicode-data brings a newer Unihan:

    python3 tools/generate-pinyin-table.py /usr/share/unicode/Unihan_Readings.txt.bz2 > resources/pinyin/readings.txt

Each output line is a code point in hex and its readings without tone marks (ü written as v, as
typed on a keyboard), the most common first:
- kMandarin, the reading Unihan gives as the most customary one;
- then the readings of the two modern dictionaries, kXHC1983 (现代汉语词典) and kTGHZ2013
  (通用规范汉字字典), for every character they hold;
- for a character neither holds, the readings of kHanyuPinyin (汉语大字典) instead. That dictionary
  also keeps classical readings no longer said (王 yù, 方 páng), which would make every 王 answer a
  search for "yu"; for the rare characters it alone holds, it is the only source there is.
"""
import bz2
import collections
import sys
import unicodedata

FIELDS = ("kMandarin", "kXHC1983", "kTGHZ2013", "kHanyuPinyin")


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


def readings_of(field, value):
    """The readings a field's value lists, in its order."""
    if field == "kMandarin":
        return value.split()
    # "10234.050:yǔ,yù" entries: a location, then the readings found there.
    return [reading for entry in value.split() for reading in entry.split(":", 1)[1].split(",")]


def main():
    source = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/unicode/Unihan_Readings.txt.bz2"
    version = "unknown"
    fields = collections.defaultdict(dict)
    with bz2.open(source, "rt", encoding="utf-8") as lines:
        for line in lines:
            if line.startswith("# Unicode version:"):
                version = line.split(":", 1)[1].strip()
            if not line.startswith("U+"):
                continue
            code, field, value = line.rstrip("\n").split("\t")
            if field in FIELDS:
                fields[int(code[2:], 16)][field] = value
    out = sys.stdout
    out.write(f"# Mandarin readings (Unihan {', '.join(FIELDS)}; Unicode {version}), tone marks removed,\n")
    out.write("# the most common first; see tools/generate-pinyin-table.py for which fields are used\n")
    for code in sorted(fields):
        known = fields[code]
        modern = "kXHC1983" in known or "kTGHZ2013" in known
        used = ("kMandarin", "kXHC1983", "kTGHZ2013") if modern else ("kMandarin", "kHanyuPinyin")
        readings = []
        for field in used:
            for reading in readings_of(field, known.get(field, "")):
                spelled = plain(reading)
                if spelled not in readings:
                    readings.append(spelled)
        if readings:
            out.write(f"{code:X} {' '.join(readings)}\n")


if __name__ == "__main__":
    main()
