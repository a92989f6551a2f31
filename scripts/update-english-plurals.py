#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
# SPDX-License-Identifier: Apache-2.0
"""Keeps translations/tsne-explorer_en.ts to what it is for: English plural forms.

Run after `cmake --build build --target update_translations` (lupdate adds every string to
every .ts file): drops the messages that need no translation and fills each "%n …(s)"
message with its singular and plural forms ("1 item", "2 items"). Irregular singulars can be
listed in SINGULAR_FIXES.

    /usr/bin/python3 scripts/update-english-plurals.py   (or any python3)
"""
import html
import re
from pathlib import Path

TS = Path(__file__).resolve().parent.parent / "translations" / "tsne-explorer_en.ts"
SINGULAR_FIXES = {
    "component keep ": "component keeps ",
    "could not be used and were skipped": "could not be used and was skipped",
}


def forms(source):
    one = source.replace("(s)", "").replace("(es)", "")
    for wrong, right in SINGULAR_FIXES.items():
        one = one.replace(wrong, right)
    many = source.replace("(s)", "s").replace("(es)", "es")
    return one, many


def main():
    text = TS.read_text(encoding="utf-8")
    out = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>",
           '<TS version="2.1" language="en_US" sourcelanguage="en_US">']
    for context in re.findall(r"<context>.*?</context>", text, re.S):
        name = re.search(r"<name>(.*?)</name>", context).group(1)
        messages = re.findall(r'<message numerus="yes">.*?</message>', context, re.S)
        if not messages:
            continue
        out += ["<context>", f"    <name>{name}</name>"]
        for message in messages:
            source = re.search(r"<source>(.*?)</source>", message, re.S).group(1)
            one, many = forms(html.unescape(source))
            one, many = html.escape(one, quote=False), html.escape(many, quote=False)
            out += ['    <message numerus="yes">', f"        <source>{source}</source>",
                    "        <translation>", f"            <numerusform>{one}</numerusform>",
                    f"            <numerusform>{many}</numerusform>", "        </translation>", "    </message>"]
        out.append("</context>")
    out.append("</TS>")
    TS.write_text("\n".join(out) + "\n", encoding="utf-8")
    print(f"wrote {TS}")


if __name__ == "__main__":
    main()
