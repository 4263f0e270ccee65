#!/usr/bin/env python3
"""Fills translations/vigie_fr.ts and vigie_en.ts from the translation tables.

Tables are UTF-8 TSV files, one message a line: context <TAB> source <TAB> translation, with newlines
written as \\n. For plural (%n) messages the translation is "singular|plural". French tables live in
translations/fr/, English plural forms in translations/en/. Prints the entries that stay unfinished and
exits 1 if there are any.
"""
import glob
import os
import re
import sys
import xml.etree.ElementTree as ET

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "translations")


def load_tables(lang):
    table = {}
    for path in sorted(glob.glob(os.path.join(ROOT, lang, "*.tsv"))):
        with open(path, encoding="utf-8") as f:
            for number, line in enumerate(f, 1):
                line = line.rstrip("\n")
                if not line.strip() or line.startswith("#"):
                    continue
                parts = line.split("\t")
                if len(parts) != 3:
                    sys.exit(f"{path}:{number}: expected 3 tab-separated fields, got {len(parts)}")
                context, source, translation = (p.replace("\\n", "\n") for p in parts)
                table[(context, source)] = translation
    return table


NBSP = "\u00a0"


def french_spacing(text):
    """The spaces French typography ties to their neighbour (OQLF): before a colon, a question or an
    exclamation mark, and inside guillemets, so a line never starts with « : » or « » » when a label
    or a message wraps; between a number and its percent sign; after a comparison sign. The tables
    keep plain spaces, easier to type and to read."""
    text = re.sub(r" (?=[:?!»])", NBSP, text)
    text = re.sub(r"(?<=«) ", NBSP, text)
    # A number and its percent sign ("%2 %"), and a comparison sign with what it compares on both sides
    # ("10 % < |écart|", "≥ %3 %"), stay on one line: the health rule's formula wrapped between "10 % <"
    # and "|écart|", and a chart footer started a line with "< 20 % jaune".
    text = re.sub(r"(?<=\d) (?=%(?!\d))", NBSP, text)
    text = re.sub(r"(?<= [≤≥<>]) (?=[\d%|])", NBSP, text)
    return re.sub(r" (?=[≤≥<>]" + NBSP + r"[\d%|])", NBSP, text)


def fill(ts_path, table, english):
    tree = ET.parse(ts_path)
    missing = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            numerus = message.get("numerus") == "yes"
            wanted = table.get((name, source))
            if wanted is not None and not english:
                wanted = french_spacing(wanted)
            if wanted is None and english:
                wanted = source if not numerus else source + "|" + source
            if wanted is None:
                # Keep what a translator already wrote in the .ts itself.
                if translation.get("type") != "unfinished":
                    continue
                missing.append((name, source))
                continue
            if numerus:
                forms = wanted.split("|")
                for child in list(translation):
                    translation.remove(child)
                for form in forms:
                    ET.SubElement(translation, "numerusform").text = form
            else:
                translation.text = wanted
            translation.attrib.pop("type", None)
    body = ET.tostring(tree.getroot(), encoding="unicode")
    with open(ts_path, "w", encoding="utf-8") as f:
        f.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n")
    return missing


def messages(ts_path):
    keys = set()
    for context in ET.parse(ts_path).getroot().iter("context"):
        name = context.findtext("name")
        keys.update((name, m.findtext("source")) for m in context.iter("message"))
    return keys


def main():
    french, english = load_tables("fr"), load_tables("en")
    missing = fill(os.path.join(ROOT, "vigie_fr.ts"), french, english=False)
    missing += fill(os.path.join(ROOT, "vigie_en.ts"), english, english=True)
    for context, source in missing:
        print(f"unfinished: {context}\t{source!r}")
    # Rows for messages the sources no longer have: delete them (tst_translations fails on them).
    live = messages(os.path.join(ROOT, "vigie_fr.ts"))
    for context, source in sorted(set(french) | set(english)):
        if (context, source) not in live:
            print(f"stale table row: {context}\t{source!r}")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
