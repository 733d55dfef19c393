"""PolNeAR benchmark: how well `stance analyze` finds and attributes the voices of PolNeAR news articles.

    python benchmarks/polnear.py convert --repo GITDIR --split {train,dev} [--out benchmarks/out/polnear]
    python benchmarks/polnear.py score --split {train,dev} [--stance-bin PATH] [--details] [--json OUT]

`convert` reads the brat standoff of one split straight from a clone of github.com/networkdynamics/PolNeAR
(GITDIR may be bare) and writes <out>/<split>/texts/<doc>.txt (raw article text) and <out>/<split>/gold.jsonl.
The corpus is third-party: its files stay under benchmarks/out/ and are never committed.
Only train and dev are used; test is kept for independent evaluation and is never read.

A PolNeAR attribution is a voice when it has a source and its content is quoted (>= 90% of its letters inside
quote marks: `direct`) or its cue is a communication cue (`reported`). Beliefs, intentions, decrees, polls and
attributions without a source are kept as `ignorable`: a record matching one is neither right nor spurious.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

SPLITS = ("train", "dev")  # "test" is reserved for independent evaluation
DEFAULT_OUT = Path(__file__).resolve().parent / "out" / "polnear"
DIRECT_SHARE = 0.9
MIN_OVERLAP = 0.5  # as in stance.scoring: overlap of at least half of the shorter span

# Cue lemmas that make an attribution a voice: verbs and nouns that report what someone said or wrote.
# Left out on purpose: states of mind (think, believe, want, hope, plan) and verbs whose content is a target
# or topic rather than words said (call for, talk about, describe, praise, attack, blame, accuse, reject).
COMMUNICATION_CUES = frozenset("""
    say tell add ask write state argue note report announce explain tweet post acknowledge admit concede
    confirm declare cite claim assert contend allege insist maintain urge warn caution advise recommend reply
    retort answer counter rebut remark recount recall reveal disclose suggest indicate hint imply predict
    promise pledge vow swear assure reassure stress emphasize emphasise reiterate repeat echo conclude wonder
    complain lament deny dispute boast brag joke quip shout yell scream chant exclaim whisper testify inform
    signal demand request read point text email message statement interview remarks speech testimony
    announcement letter according
""".split())
# Irregular past forms of the lemmas above; regular ones are found by stripping suffixes.
IRREGULAR_FORMS = {"said": "say", "told": "tell", "wrote": "write", "written": "write", "spoke": "speak",
                   "spoken": "speak", "swore": "swear", "sworn": "swear", "read": "read"}
SPEECH_PUNCTUATION = (":", "\u2015", "\u2014")  # `Name: "..."`, dialogue dashes
POLL_WORDS = frozenset("poll polls polling survey surveys".split())
PRONOUNS = frozenset("""i you he she it we they me him her us them who whom which that this these those one
    someone somebody anyone everyone his its our their my your""".split())
NAME_SUFFIXES = frozenset("jr. jr sr. sr ii iii iv".split())
QUANTIFIERS = frozenset("""some many most all none one two three few several each both any half majority number
    group lot couple handful dozens hundreds thousands millions percent""".split())
# A preposition after these stays inside a name ("Secretary of State John Kerry", "Center for American Progress").
NAME_CONTINUES_AFTER = frozenset("""secretary speaker department university bank board bureau chamber institute
    council office association church house mayor governor attorney director chairman chair president committee
    center centre foundation coalition alliance party league union society federation commission""".split())
# Annotators sometimes swapped the source and cue labels ("said" as source, the name as cue).
CUE_AS_SOURCE = frozenset("said says say told tells".split())
PREDICATIVE_ADJECTIVES = frozenset("close familiar loyal opposed aligned sympathetic".split())
TITLES = frozenset("""ceo president chairman chairwoman chair secretary director spokesman spokeswoman governor
    senator representative mayor""".split())  # a capitalised title is not yet the name ("Its CEO, Jo Li")
PREPOSITIONS = frozenset("of for at from with in on to by like among about under over between".split())
QUOTE_MARK = re.compile("''|[\"\u201c\u201d\u2018\u2019]")
ZERO_WIDTH = re.compile("[\u200b\u200c\u200d\u2060\ufeff]")
WORD = re.compile(r"[A-Za-z][\w.'\u2019&-]*")


def check_split(split: str) -> str:
    if split not in SPLITS:
        raise SystemExit(f"split {split!r} refused: only {', '.join(SPLITS)} may be used (test is held out)")
    return split


# ---------------------------------------------------------------- reading the corpus from git

def read_split(git_dir: str, split: str) -> dict[str, tuple[str, str]]:
    """{doc: (text, ann)} for one split; with several annotators, the first one's annotation (sorted ids)."""
    prefix = f"data/{check_split(split)}/"
    listing = subprocess.run(["git", "--git-dir", git_dir, "ls-tree", "-r", "HEAD", prefix + "text/",
                              prefix + "attributions/"], capture_output=True, text=True, check=True).stdout
    blobs = {}
    for line in listing.splitlines():
        meta, path = line.split("\t", 1)
        assert path.startswith(prefix)  # guard: nothing outside the requested split is read
        blobs[path] = meta.split()[2]
    texts = {Path(p).stem: b for p, b in blobs.items() if p.startswith(prefix + "text/")}
    anns = {}
    for path in sorted(p for p in blobs if p.endswith(".ann")):
        doc = Path(path).stem.rsplit("_", 1)[0]  # <doc>_<annotator>.ann
        anns.setdefault(doc, blobs[path])
    docs = sorted(set(texts) & set(anns))
    wanted = [blob for doc in docs for blob in (texts[doc], anns[doc])]
    # One `git cat-file --batch` instead of a `git show` per file: same bytes, 100x fewer processes.
    raw = subprocess.run(["git", "--git-dir", git_dir, "cat-file", "--batch"], input="\n".join(wanted).encode() + b"\n",
                         capture_output=True, check=True).stdout
    contents, pos = [], 0
    for _ in wanted:
        header_end = raw.index(b"\n", pos)
        size = int(raw[pos:header_end].split()[2])
        contents.append(raw[header_end + 1:header_end + 1 + size].decode("utf-8"))
        pos = header_end + 2 + size
    return {doc: (contents[2 * i], contents[2 * i + 1]) for i, doc in enumerate(docs)}


def parse_ann(ann: str) -> tuple[dict[str, tuple[str, list[tuple[int, int]], str]], list[tuple[str, dict]]]:
    """Brat entities {id: (type, spans, first line of text)} and events [(type, {role: [ids]})]."""
    entities, events = {}, []
    for line in ann.splitlines():  # entity text may run over several lines: only tab-led lines are records
        fields = line.split("\t")
        if line.startswith("T") and len(fields) >= 2:
            kind, _, spans = fields[1].partition(" ")
            pieces = [tuple(int(n) for n in piece.split()) for piece in spans.split(";")]
            entities[fields[0]] = (kind, pieces, fields[2] if len(fields) > 2 else "")
        elif line.startswith("E") and len(fields) >= 2:
            parts = fields[1].split()
            roles = defaultdict(list)
            for part in parts[1:]:
                role, _, entity = part.partition(":")
                roles[re.sub(r"\d+$", "", role)].append(entity)
            events.append((parts[0].split(":")[0], roles))
    return entities, events


# ---------------------------------------------------------------- the mapping to the project's gold format

def quoted_mask(text: str) -> bytearray:
    """1 for every character between quote marks, paragraph by paragraph.

    Straight quotes and '' toggle; a quote left open runs to the end of its paragraph, which is how a quote
    spanning paragraphs is written. Single curly quotes only count outside double quotes, and ’ followed by a
    letter is an apostrophe.
    """
    mask, offset = bytearray(len(text)), 0
    for para in text.split("\n"):
        double_from = single_from = None
        for m in QUOTE_MARK.finditer(para):
            mark, next_char = m.group(), para[m.end():m.end() + 1]
            if double_from is None and mark in ('"', "''", "\u201c"):
                double_from = m.end()
            elif double_from is not None and mark in ('"', "''", "\u201d"):
                mask[offset + double_from:offset + m.start()] = b"\x01" * (m.start() - double_from)
                double_from = None
            elif mark == "\u2018" and double_from is None and single_from is None:
                single_from = m.end()
            elif mark == "\u2019" and single_from is not None and not next_char.isalpha():
                mask[offset + single_from:offset + m.start()] = b"\x01" * (m.start() - single_from)
                single_from = None
        start = double_from if double_from is not None else single_from
        if start is not None:
            mask[offset + start:offset + len(para)] = b"\x01" * (len(para) - start)
        offset += len(para) + 1
    return mask


def lemma_candidates(word: str) -> set[str]:
    candidates = {word, IRREGULAR_FORMS.get(word, word)}
    for suffix, replacements in (("ies", ("y",)), ("es", ("", "e")), ("s", ("",)), ("ied", ("y",)),
                                 ("ed", ("", "e")), ("ing", ("", "e")), ("ment", ("",))):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            stem = word[: -len(suffix)]
            candidates.update(stem + r for r in replacements)
            if len(stem) > 2 and stem[-1] == stem[-2]:  # admitted, slammed
                candidates.add(stem[:-1])
    return candidates


def cue_lemma(cue: str) -> str:
    """The communication lemma in a cue ("has also said" -> say), "" when it has none."""
    if cue.strip() and cue.strip() in SPEECH_PUNCTUATION:
        return ":"
    for word in re.findall(r"[a-z]+", cue.lower()):
        found = lemma_candidates(word) & COMMUNICATION_CUES
        if found:
            return min(found)
    return ""


def core_words(segment: str) -> tuple[list[str], bool]:
    """Words of a segment's first conjunct up to a preposition, participle or relative pronoun ("a statement
    posted on ..." -> a statement), and whether a relative clause ended it (later segments belong to it)."""
    words = WORD.findall(segment)
    relative = next((i for i, w in enumerate(words) if w.lower() in ("who", "which", "whose") and i), None)
    words = words[:relative]
    for i, word in enumerate(words[1:], 1):
        low, before = word.lower(), words[i - 1]
        if low in ("and", "or"):
            return words[:i], relative is not None
        if low in PREPOSITIONS:
            if (low == "of" and before.lower() in QUANTIFIERS) or (before.lower() in NAME_CONTINUES_AFTER
                                                                  and before[0].isupper()):
                continue
            if i > 1 and before.islower() and (before.endswith(("ed", "ing")) or before in PREDICATIVE_ADJECTIVES):
                i -= 1
            return words[:i], relative is not None
    return words, relative is not None


def source_head(source: str) -> tuple[str, str]:
    """(head, kind): kind is name / noun phrase / pronoun; head is a name's last capitalised word or the
    noun phrase's head noun. Appositions are segments: the first name among them wins ("a spokesman, Jo Li")."""
    noun_phrase = ""
    text = re.sub(r"\([^)]*\)", " ", source)  # party tags and ages: "(R-Texas)"
    for number, segment in enumerate(re.split(r"\s*(?:,|\u2014|\u2013|--|;)\s*", text)):
        words, relative = core_words(segment)
        while words and words[-1].lower() in NAME_SUFFIXES:
            words = words[:-1]
        if not words:
            continue
        head = re.sub(r"['\u2019]s?$", "", words[-1]).rstrip(".")
        if number == 0 and len(words) == 1 and head.lower() in PRONOUNS:
            return head, "pronoun"
        if head[:1].isupper() and head.lower() not in TITLES:
            return head, "name"
        if not noun_phrase and head.isalpha() and head.lower() not in PRONOUNS:
            noun_phrase = head
        if relative:
            break
    return noun_phrase or source.strip(), "noun phrase"


def gold_rows(doc: str, text: str, ann: str) -> tuple[list[dict], int]:
    """Gold rows of one article and the number of entity texts that disagree with the article at their offsets."""
    entities, events = parse_ann(ann)
    mask = quoted_mask(text)
    rows, mismatches = [], 0
    for _, (_, spans, shown) in entities.items():
        mismatches += " ".join(text[s:e] for s, e in spans).split("\n")[0] != shown
    for event_type, roles in events:
        content = sorted(p for e in roles.get("Content", []) if e in entities for p in entities[e][1])
        if not event_type.startswith("Attribution") or not content:
            continue
        source = " ".join(text[s:e] for ent in roles.get("Source", []) if ent in entities for s, e in entities[ent][1])
        cue = " ".join(text[s:e] for ent in roles.get("Cue", []) if ent in entities for s, e in entities[ent][1])
        if source.split()[:1] and source.split()[0].lower() in CUE_AS_SOURCE:
            source, cue = cue, source
        letters = [mask[i] for s, e in content for i in range(s, e) if text[i].isalpha()]
        direct = bool(letters) and sum(letters) / len(letters) >= DIRECT_SHARE
        head, source_kind = source_head(source) if source else ("", "")
        lemma = cue_lemma(cue)
        voice = bool(source) and event_type == "Attribution" and head.lower() not in POLL_WORDS and (direct or bool(lemma))
        start, end = content[0][0], max(e for _, e in content)
        rows.append({"article": doc, "start": start, "end": end, "quote": text[start:end],
                     "kind": "direct" if direct else "reported", "speaker": source, "speaker_head": head,
                     "source_kind": source_kind, "ignorable": not voice, "cue": cue, "cue_lemma": lemma,
                     "pieces": [list(p) for p in content]})
    return rows, mismatches


def convert(args: argparse.Namespace) -> None:
    began = time.perf_counter()
    out = Path(args.out) / check_split(args.split)
    (out / "texts").mkdir(parents=True, exist_ok=True)
    articles = read_split(args.repo, args.split)
    rows, mismatches = [], 0
    for doc, (text, ann) in articles.items():
        (out / "texts" / f"{doc}.txt").write_text(text, encoding="utf-8")
        doc_rows, doc_mismatches = gold_rows(doc, text, ann)
        rows += doc_rows
        mismatches += doc_mismatches
    with open(out / "gold.jsonl", "w", encoding="utf-8") as gold:
        gold.writelines(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)
    voices = [r for r in rows if not r["ignorable"]]
    print(f"{args.split}: {len(articles)} articles, {len(rows)} attributions, {len(voices)} voices "
          f"({dict(Counter(r['kind'] for r in voices))}), {len(rows) - len(voices)} ignorable; "
          f"{mismatches} entity texts differ from the article at their offsets; {time.perf_counter() - began:.1f}s")


# ---------------------------------------------------------------- scoring

def clean_like_stance(text: str) -> str:
    """stance.clean's plain-text pipeline minus tag/entity stripping (PolNeAR has almost none): the
    records' offsets point into this text. Checked against every record's quote in `score`."""
    text = ZERO_WIDTH.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
    return "\n".join(line for line in (" ".join(part.split()) for part in text.split("\n")) if line)


def offset_map(raw: str, cleaned: str) -> list[int]:
    """Cleaned offset of every raw offset: cleaning only drops characters and turns spaces into " "."""
    where, j = [], 0
    for char in raw:
        where.append(j)
        if j < len(cleaned) and (char == cleaned[j] or (cleaned[j] == " " and char.isspace() and char != "\n")):
            j += 1
    return where + [j]


def locate(cleaned: str, raw: str, where: list[int], start: int, end: int) -> tuple[int, int]:
    """A raw gold span in the cleaned text: its cleaned content string, at the hit nearest its mapped offset."""
    needle = clean_like_stance(raw[start:end])
    hits = [m.start() for m in re.finditer(re.escape(needle), cleaned)] if needle else []
    if not hits:
        return where[start], where[end]
    found = min(hits, key=lambda hit: abs(hit - where[start]))
    return found, found + len(needle)


def overlap(a: tuple[int, int], b: tuple[int, int]) -> float:
    shared = min(a[1], b[1]) - max(a[0], b[0])
    shortest = min(a[1] - a[0], b[1] - b[0])
    return shared / shortest if shared > 0 and shortest > 0 else 0.0


def run_stance(stance_bin: str, texts: Path) -> list[dict]:
    done = subprocess.run([stance_bin, "analyze", str(texts), "--format", "jsonl", "--no-labels"],
                          capture_output=True, text=True, check=True)
    return [json.loads(line) for line in done.stdout.splitlines() if line.strip()]


def prf(right_found: int, found: int, right_gold: int, gold: int) -> dict:
    p, r = right_found / found if found else 0.0, right_gold / gold if gold else 0.0
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0, "found": found, "gold": gold}


def head_in_speaker(head: str, speaker: str) -> bool:
    norm = lambda s: s.replace("\u2019", "'").casefold()  # noqa: E731
    return bool(head) and re.search(rf"(?<!\w){re.escape(norm(head))}(?!\w)", norm(speaker or "")) is not None


def score(args: argparse.Namespace) -> None:
    split_dir = Path(args.out) / check_split(args.split)
    began = time.perf_counter()
    records = run_stance(args.stance_bin, split_dir / "texts")
    ran = time.perf_counter() - began
    gold = [json.loads(line) for line in open(split_dir / "gold.jsonl", encoding="utf-8")]
    cleaned, offsets_ok = {}, 0
    for doc in {g["article"] for g in gold} | {r["article"] for r in records}:
        raw = (split_dir / "texts" / f"{doc}.txt").read_text(encoding="utf-8")
        cleaned[doc] = (raw, clean_like_stance(raw))
    for r in records:  # record offsets point into stance's cleaned text: check ours is the same
        offsets_ok += cleaned[r["article"]][1][r["start"]:r["end"]] == r["quote"]
    maps = {doc: offset_map(raw, text) for doc, (raw, text) in cleaned.items()}
    for g in gold:
        raw, text = cleaned[g["article"]]
        g["span"] = locate(text, raw, maps[g["article"]], g["start"], g["end"])
        g["piece_spans"] = [locate(text, raw, maps[g["article"]], s, e) for s, e in g["pieces"]]
    by_doc = defaultdict(lambda: ([], []))
    for g in gold:
        by_doc[g["article"]][0].append(g)
    for r in records:
        r["kind"] = "direct" if r["kind"] == "direct" else "reported"
        by_doc[r["article"]][1].append(r)
    matches, spurious, neutral = [], [], Counter()
    for doc_gold, doc_records in by_doc.values():
        voices = [g for g in doc_gold if not g["ignorable"]]
        pairs = sorted(((overlap(g["span"], (r["start"], r["end"])), gi, ri) for gi, g in enumerate(voices)
                        for ri, r in enumerate(doc_records)), reverse=True)
        used_gold, used_records = set(), set()
        for share, gi, ri in pairs:
            if share >= MIN_OVERLAP and gi not in used_gold and ri not in used_records:
                used_gold.add(gi)
                used_records.add(ri)
                matches.append((voices[gi], doc_records[ri]))
        for ri, r in enumerate(doc_records):
            span = (r["start"], r["end"])
            if ri in used_records:
                continue
            if any(overlap(p, span) >= MIN_OVERLAP for gi in used_gold for p in voices[gi]["piece_spans"]):
                neutral["another piece of a matched voice"] += 1
            elif any(g["ignorable"] and overlap(g["span"], span) >= MIN_OVERLAP for g in doc_gold):
                neutral["an ignorable attribution"] += 1
            else:
                spurious.append(r)
        for g in voices:
            g["matched"] = False
        for g, _ in matches:
            g["matched"] = True
    voices = [g for g in gold if not g["ignorable"]]
    report = {"split": args.split, "articles": len({g["article"] for g in gold}), "records": len(records),
              "record_offsets_matching_our_cleaning": offsets_ok, "neutral_records": dict(neutral),
              "analyze_seconds": round(ran, 1)}
    for kind in ("direct", "reported"):
        found = sum(r["kind"] == kind for r in spurious) + sum(r["kind"] == kind for _, r in matches)
        # A match across kinds still counts here; kind_confusion shows how often that happens.
        report[kind] = prf(sum(r["kind"] == kind for _, r in matches), found,
                           sum(g["kind"] == kind for g, _ in matches), sum(g["kind"] == kind for g in voices))
    report["overall"] = prf(len(matches), len(matches) + len(spurious), len(matches), len(voices))
    report["kind_confusion"] = {f"gold {a} / found {b}": n for (a, b), n in
                                sorted(Counter((g["kind"], r["kind"]) for g, r in matches).items())}
    named = [(g, r) for g, r in matches if g["source_kind"] != "pronoun"]
    report["speaker_named"] = sum(head_in_speaker(g["speaker_head"], r["speaker"]) for g, r in named) / max(len(named), 1)
    report["speaker_all"] = sum(head_in_speaker(g["speaker_head"], r["speaker"]) for g, r in matches) / max(len(matches), 1)
    print_report(report)
    missed = [g for g in voices if not g["matched"]]
    wrong = [(g, r) for g, r in named if not head_in_speaker(g["speaker_head"], r["speaker"])]
    if args.details:
        print_details(missed, spurious, wrong)
    if args.json:
        report["missed"] = missed
        report["spurious"] = spurious
        report["wrong_speaker"] = [{"gold": g, "record": r} for g, r in wrong]
        Path(args.json).write_text(json.dumps(report, ensure_ascii=False, indent=1), encoding="utf-8")


def print_report(report: dict) -> None:
    print(f"PolNeAR {report['split']}: {report['articles']} articles, {report['records']} records "
          f"(stance analyze took {report['analyze_seconds']}s); record quotes at their offsets in our cleaned "
          f"text: {report['record_offsets_matching_our_cleaning']}/{report['records']}")
    for name in ("direct", "reported", "overall"):
        m = report[name]
        print(f"  {name:9} P {m['precision']:.3f}  R {m['recall']:.3f}  F1 {m['f1']:.3f}  "
              f"(records {m['found']}, gold voices {m['gold']})")
    print("  kind (matched): " + ", ".join(f"{k}: {n}" for k, n in report["kind_confusion"].items()))
    print(f"  speaker right: {report['speaker_named']:.3f} of matched named/noun-phrase sources, "
          f"{report['speaker_all']:.3f} of all matched")
    print("  not counted (neither right nor spurious): " +
          ", ".join(f"{n} matching {why}" for why, n in report["neutral_records"].items()))


def quote_style(quote: str) -> str:
    marks = set(QUOTE_MARK.findall(quote)) - {"\u2019"}
    return "+".join(sorted(marks)) if marks else "no marks"


def print_groups(title: str, items: list, key, show, limit: int = 3) -> None:
    groups = defaultdict(list)
    for item in items:
        groups[key(item)].append(item)
    print(f"\n== {title}: {len(items)}")
    for group, members in sorted(groups.items(), key=lambda kv: -len(kv[1]))[:40]:
        print(f"  {len(members):5}  {group}")
        for member in members[:limit]:
            print(f"           {show(member)}")


def print_details(missed: list[dict], spurious: list[dict], wrong: list[tuple[dict, dict]]) -> None:
    """Local use only: the corpus text printed here must not be copied into anything committed."""
    print_groups("missed gold voices by kind / marks / cue lemma / source", missed,
                 lambda g: f"{g['kind']} / {quote_style(g['quote'])} / cue {g['cue_lemma'] or g['cue']!r} / "
                           f"{g['source_kind']}",
                 lambda g: f"[{g['article'][:30]}] {g['speaker'][:30]!r} {g['cue']!r}: {g['quote'][:90]!r}")
    print_groups("spurious records by kind / cue", spurious, lambda r: f"{r['kind']} / cue {r.get('cue', '')!r}",
                 lambda r: f"[{r['article'][:30]}] {r['speaker'][:30]!r}: {r['quote'][:90]!r}")
    print_groups("wrong speakers by gold source kind / found speaker shape", wrong,
                 lambda gr: f"gold {gr[0]['source_kind']} / found "
                            f"{'empty' if not gr[1]['speaker'] else 'pronoun' if gr[1]['speaker'].lower() in PRONOUNS else 'other'}",
                 lambda gr: f"gold {gr[0]['speaker'][:40]!r} (head {gr[0]['speaker_head']!r}) "
                            f"found {gr[1]['speaker']!r}: {gr[0]['quote'][:60]!r}")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    for name in ("convert", "score"):
        command = commands.add_parser(name)
        command.add_argument("--split", required=True, type=check_split, help="train or dev (test is refused)")
        command.add_argument("--out", default=str(DEFAULT_OUT), help="benchmark folder (default: %(default)s)")
        if name == "convert":
            command.add_argument("--repo", required=True, help="git directory of a PolNeAR clone")
        else:
            command.add_argument("--stance-bin", default=str(Path(sys.executable).parent / "stance"))
            command.add_argument("--details", action="store_true", help="misses, spurious, wrong speakers")
            command.add_argument("--json", help="write the figures and the lists to this file")
    args = parser.parse_args(argv)
    (convert if args.command == "convert" else score)(args)


if __name__ == "__main__":
    main()
