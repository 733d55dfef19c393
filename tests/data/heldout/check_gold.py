#!/usr/bin/env python3
"""Sanity-check the held-out gold annotations (stdlib only).

Usage: python3 check_gold.py [path/to/gold.jsonl]

Checks, for every line of gold.jsonl:
  * it parses as a JSON object with exactly the fields
    article, speaker, kind, quote, role (all non-empty strings except role);
  * kind is one of direct / indirect / partial;
  * the article file <article>.txt exists next to gold.jsonl;
  * quote occurs verbatim in the article;
  * speaker (case-insensitive) and a non-empty role occur verbatim in the article;
  * a direct quote sits right after an opening quote mark and is followed by a
    closing mark or the end of the paragraph (multi-paragraph quotes);
  * no line is duplicated.
Exits non-zero on any error. Prints voice counts per article and per kind.
"""
import json
import os
import sys
from collections import Counter

FIELDS = {"article", "speaker", "kind", "quote", "role"}
KINDS = {"direct", "indirect", "partial"}
OPEN = ("\u201c", '"')
CLOSE = ("\u201d", '"')


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "gold.jsonl")
    base = os.path.dirname(os.path.abspath(path))
    errors, texts, seen = [], {}, set()
    per_kind, per_article = Counter(), Counter()

    with open(path, encoding="utf-8") as f:
        lines = f.read().splitlines()
    for no, line in enumerate(lines, 1):
        def err(msg):
            errors.append(f"line {no}: {msg}")
        if not line.strip():
            err("blank line")
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            err(f"bad JSON: {e}")
            continue
        if not isinstance(obj, dict) or set(obj) != FIELDS:
            err(f"fields must be exactly {sorted(FIELDS)}, got {sorted(obj) if isinstance(obj, dict) else type(obj)}")
            continue
        if not all(isinstance(obj[k], str) for k in FIELDS):
            err("all fields must be strings")
            continue
        art, sp, kind, q, role = (obj[k] for k in ("article", "speaker", "kind", "quote", "role"))
        if not art or not sp or not q:
            err("article, speaker and quote must be non-empty")
            continue
        if kind not in KINDS:
            err(f"invalid kind {kind!r}")
        if art not in texts:
            fp = os.path.join(base, art + ".txt")
            if not os.path.isfile(fp):
                err(f"article file missing: {fp}")
                continue
            with open(fp, encoding="utf-8") as af:
                texts[art] = af.read()
        text = texts[art]
        if q not in text:
            err(f"quote not found verbatim in {art}: {q[:60]!r}")
            continue
        if sp.lower() not in text.lower():
            err(f"speaker {sp!r} not found in {art}")
        if role and role not in text:
            err(f"role {role!r} not found in {art}")
        if kind == "direct":
            ok = False
            start = text.find(q)
            while start != -1:
                end = start + len(q)
                before = text[start - 1] if start else ""
                after = text[end] if end < len(text) else "\n"
                if before in OPEN and (after in CLOSE or after == "\n"):
                    ok = True
                    break
                start = text.find(q, start + 1)
            if not ok:
                err(f"direct quote not delimited by quote marks in {art}: {q[:60]!r}")
        key = (art, sp, kind, q)
        if key in seen:
            err(f"duplicate line: {q[:60]!r}")
        seen.add(key)
        per_kind[kind] += 1
        per_article[art] += 1

    for art in sorted(per_article):
        print(f"{art:28s} {per_article[art]:3d}")
    print("by kind:", dict(sorted(per_kind.items())), "total:", sum(per_kind.values()))
    if errors:
        print(f"\n{len(errors)} error(s):")
        for e in errors:
            print("  " + e)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
