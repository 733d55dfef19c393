"""PolNeAR benchmark: how well `stance analyze` finds and attributes the voices in PolNeAR news articles.

    python benchmarks/polnear.py convert --repo GITDIR --split {train,dev} [--out benchmarks/out/polnear]
    python benchmarks/polnear.py score --split {train,dev} [--stance-bin PATH] [--details] [--json OUT]

`convert` reads a split's brat standoff from a git clone of github.com/networkdynamics/PolNeAR and writes
<out>/<split>/texts/<doc>.txt (raw text) and gold.jsonl; the corpus is third-party and stays in benchmarks/out/
(git-ignored). Only train and dev are used: test is held out for independent evaluation and never read.
A voice is an attribution with a source whose content is quoted (>= 90% of its letters inside quote marks:
`direct`) or whose cue is a communication cue (`reported`). Beliefs, intentions, decrees, polls and attributions
without a source are kept as `ignorable`: a record matching one is not spurious.
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

sys.path.insert(0, str(Path(__file__).resolve().parent))
from plain_text import clean_like_stance  # noqa: E402  (the CLI's cleaning, checked against record quotes)

SPLITS = ("train", "dev")  # test is reserved for independent evaluation
DEFAULT_OUT = Path(__file__).resolve().parent / "out" / "polnear"
DIRECT_SHARE = 0.9
MIN_OVERLAP = 0.5  # as stance.scoring: spans overlap by at least half of the shorter one
LOCATE_SLACK = 200  # characters a stray HTML tag removed by stance's cleaner may shift an offset

# Cue lemmas that make an attribution a voice: verbs and nouns that report what someone said or wrote.
# Left out on purpose: states of mind (think, believe, want, hope, plan) and verbs whose content is a target
# or a topic rather than words said (call for, talk about, describe, praise, attack, blame, accuse, reject).
COMMUNICATION_CUES = frozenset("""say tell add ask write state argue note report announce explain tweet post
    acknowledge admit concede confirm declare cite claim assert contend allege insist maintain urge warn caution
    advise recommend reply retort answer counter rebut remark recount recall reveal disclose suggest indicate hint
    imply predict promise pledge vow swear assure reassure stress emphasize emphasise reiterate repeat echo conclude
    wonder complain lament deny dispute boast brag joke quip shout yell scream chant exclaim whisper testify inform
    signal demand request read point text email message statement interview remarks speech testimony announcement
    letter according""".split())
IRREGULAR_FORMS = {"said": "say", "told": "tell", "wrote": "write", "written": "write", "swore": "swear"}
SPEECH_PUNCTUATION = (":", "\u2015", "\u2014")  # `Name: "..."` and dialogue dashes
POLL_SOURCE = re.compile(r"\b(polls?|polling|surveys?|respondents)\b|\d\s*(%|percent)|\w in (four|five) \w",
                         re.I)  # polls and their respondents are not voices ("40 percent of voters say")
CUE_AS_SOURCE = frozenset("said says say told tells".split())  # some annotations swap source and cue
PRONOUNS = frozenset("""i you he she it we they me him her us them who whom which that this these those one someone
    somebody anyone everyone his its our their my your""".split())
NAME_SUFFIXES = frozenset("jr. jr sr. sr ii iii iv".split())
QUANTIFIERS = frozenset("""some many most all none one two three few several each both any half majority number group
    lot couple handful dozens hundreds thousands millions percent""".split())  # "many of the X": head X
# A preposition after these stays inside a name ("Secretary of State Jo Li", "Center for Rural Policy").
NAME_CONTINUES_AFTER = frozenset("""secretary speaker department university bank board bureau chamber institute
    council office association house mayor governor attorney director chairman chair president committee center
    foundation coalition alliance party league union society federation commission""".split())
TITLES = frozenset("""ceo president chairman chairwoman chair secretary director spokesman spokeswoman governor
    senator representative mayor""".split())  # a capitalised title is not yet the name ("Its CEO, Jo Li")
PREDICATIVE_ADJECTIVES = frozenset("close familiar loyal opposed aligned sympathetic".split())
PREPOSITIONS = frozenset("of for at from with in on to by like among about under over between".split())
QUOTE_MARK = re.compile("''|[\"\u201c\u201d\u2018\u2019]")
WORD = re.compile(r"[A-Za-z][\w.'\u2019&-]*")


def check_split(split: str) -> str:
    if split in SPLITS:
        return split
    raise SystemExit(f"split {split!r} refused: only {' and '.join(SPLITS)} may be used (test is held out)")


def git(git_dir: str, *args: str) -> str:
    return subprocess.run(["git", "--git-dir", git_dir, *args], capture_output=True, check=True).stdout.decode()


def read_split(git_dir: str, split: str) -> dict[str, tuple[str, str]]:
    """{doc: (text, ann)}; an article annotated by several annotators gets the first one's file (sorted ids)."""
    prefix = f"data/{check_split(split)}/"
    texts, anns = {}, {}
    for path in sorted(git(git_dir, "ls-tree", "-r", "--name-only", "HEAD", prefix).splitlines()):
        assert path.startswith(prefix)  # nothing outside the requested split is ever read
        if path.endswith(".txt"):
            texts[Path(path).stem] = path
        elif path.endswith(".ann"):
            anns.setdefault(Path(path).stem.rsplit("_", 1)[0], path)  # <doc>_<annotator>.ann
    return {doc: (git(git_dir, "show", f"HEAD:{texts[doc]}"), git(git_dir, "show", f"HEAD:{anns[doc]}"))
            for doc in sorted(set(texts) & set(anns))}


def parse_ann(ann: str) -> tuple[dict, list]:
    """Entities {id: (type, [(start, end), ...], text)} and events [(type, {role: [entity ids]})]."""
    entities, events = {}, []
    for line in ann.splitlines():  # an entity's text may run over several lines: only tab-led lines count
        fields = line.split("\t")
        if line.startswith("T") and len(fields) == 3:
            kind, _, spans = fields[1].partition(" ")
            entities[fields[0]] = (kind, [tuple(map(int, piece.split())) for piece in spans.split(";")], fields[2])
        elif line.startswith("E") and len(fields) >= 2:
            roles = defaultdict(list)
            for role, _, entity in (part.partition(":") for part in fields[1].split()[1:]):
                roles[role.rstrip("0123456789")].append(entity)  # Content2 is more of the content
            events.append((fields[1].split(":")[0], roles))
    return entities, events


def quoted_mask(text: str) -> bytearray:
    """1 for every character between quote marks. " and '' toggle; a quote left open runs to the end of its
    paragraph (as quotes over several paragraphs are written); ‘…’ counts outside double quotes only."""
    mask, offset = bytearray(len(text)), 0
    for para in text.split("\n"):
        double_from = single_from = None
        for m in QUOTE_MARK.finditer(para):
            mark, inside = m.group(), None
            if double_from is None and mark in ('"', "''", "\u201c"):
                double_from = m.end()
            elif double_from is not None and mark in ('"', "''", "\u201d"):
                inside, double_from = double_from, None
            elif mark == "\u2018" and double_from is None and single_from is None:
                single_from = m.end()
            elif mark == "\u2019" and single_from is not None and not para[m.end():m.end() + 1].isalpha():
                inside, single_from = single_from, None
            if inside is not None:
                mask[offset + inside:offset + m.start()] = b"\x01" * (m.start() - inside)
        inside = double_from if double_from is not None else single_from
        if inside is not None:
            mask[offset + inside:offset + len(para)] = b"\x01" * (len(para) - inside)
        offset += len(para) + 1
    return mask


def cue_lemma(cue: str) -> str:
    """The communication lemma in a cue ("has also said" -> say), ":" for speech punctuation, "" if none."""
    if cue.strip() in SPEECH_PUNCTUATION:
        return ":"
    for word in re.findall(r"[a-z]+", cue.lower()):
        candidates = {word, IRREGULAR_FORMS.get(word, word)}
        for suffix, endings in (("ies", "y"), ("es", ",e"), ("s", ""), ("ied", "y"), ("ed", ",e"), ("ing", ",e")):
            if word.endswith(suffix) and len(word) > len(suffix) + 2:
                stem = word[: -len(suffix)]
                candidates.update(stem + ending for ending in endings.split(","))
                candidates.add(stem[:-1] if stem[-1] == stem[-2] else stem)  # admitted -> admit
        if candidates & COMMUNICATION_CUES:
            return min(candidates & COMMUNICATION_CUES)
    return ""


def core_words(segment: str) -> tuple[list[str], bool]:
    """A segment's first conjunct up to a preposition, a participle or a relative pronoun ("a statement posted
    on ..." -> a statement), and whether a relative clause ended it (the next segments are part of it)."""
    words = [word for word in WORD.findall(segment) if word.lower() not in NAME_SUFFIXES]
    relative = next((i for i, w in enumerate(words) if w.lower() in ("who", "which", "whose") and words[1:]), None)
    words = words[:relative]
    for i, word in enumerate(words[1:], 1):
        low, before = word.lower(), words[i - 1]
        if low in ("and", "or") and before[0].isupper():  # "Jo Li and Al Ng", not "aide and author Jo Li"
            return words[:i], relative is not None
        if low in PREPOSITIONS:
            if before.lower() in NAME_CONTINUES_AFTER or (low == "of" and before.lower() in QUANTIFIERS):
                continue
            if i > 1 and before.islower() and (before.endswith(("ed", "ing")) or before in PREDICATIVE_ADJECTIVES):
                i -= 1
            return words[:i], relative is not None
    return words, relative is not None


def source_head(source: str) -> tuple[str, str]:
    """(head, kind): kind is name / noun phrase / pronoun; the head is a name's last capitalised word or a noun
    phrase's head noun. Apposition segments are tried in order and the first name wins ("an aide, Jo Li")."""
    noun_phrase = ""
    text = re.sub(r"\([^)]*\)", " ", source)  # party tags and ages: "(D-Ore.)"
    for number, segment in enumerate(re.split(r"\s*(?:,|\u2014|\u2013|--|;)\s*", text)):
        words, relative = core_words(segment)
        head = re.sub(r"['\u2019]s?$", "", words[-1]).rstrip(".") if words else ""
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
    """One article's gold rows, and how many entity texts differ from the article at their offsets."""
    entities, events = parse_ann(ann)
    mismatches = sum(" ".join(text[s:e] for s, e in spans).split("\n")[0] != shown
                     for _, spans, shown in entities.values())
    mask, rows = quoted_mask(text), []
    for event_type, roles in events:
        spans = {role: [p for e in roles.get(role, []) if e in entities for p in entities[e][1]]
                 for role in ("Source", "Cue", "Content")}
        content = sorted(spans["Content"])
        if not event_type.startswith("Attribution") or not content:
            continue
        source, cue = (" ".join(text[s:e] for s, e in spans[role]) for role in ("Source", "Cue"))
        if (source.split() or [""])[0].lower() in CUE_AS_SOURCE:
            source, cue = cue, source
        letters = [mask[i] for s, e in content for i in range(s, e) if text[i].isalpha()]
        direct = bool(letters) and sum(letters) / len(letters) >= DIRECT_SHARE
        head, source_kind = source_head(source) if source else ("", "")
        lemma = cue_lemma(cue)  # a voice needs a source that is no poll, and quote marks or a communication cue
        voice = event_type == "Attribution" and source and not POLL_SOURCE.search(source) and (direct or lemma)
        start, end = content[0][0], max(e for _, e in content)  # discontinuous content: first-to-last extent
        rows.append({"article": doc, "start": start, "end": end, "quote": text[start:end],
                     "kind": "direct" if direct else "reported", "speaker": source, "speaker_head": head,
                     "source_kind": source_kind, "ignorable": not voice, "cue": cue, "cue_lemma": lemma,
                     "pieces": [list(p) for p in content]})
    return rows, mismatches


def convert(args: argparse.Namespace) -> None:
    began, out = time.perf_counter(), Path(args.out) / check_split(args.split)
    (out / "texts").mkdir(parents=True, exist_ok=True)
    articles = read_split(args.repo, args.split)
    for doc, (text, _) in articles.items():
        (out / "texts" / f"{doc}.txt").write_text(text, encoding="utf-8")
    converted = [gold_rows(doc, text, ann) for doc, (text, ann) in articles.items()]
    rows, mismatches = [row for doc_rows, _ in converted for row in doc_rows], sum(n for _, n in converted)
    (out / "gold.jsonl").write_text("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows), "utf-8")
    voices = Counter(r["kind"] for r in rows if not r["ignorable"])
    print(f"{args.split}: {len(articles)} articles, {len(rows)} attributions: {voices['direct']} direct and "
          f"{voices['reported']} reported voices, {len(rows) - sum(voices.values())} ignorable; {mismatches} entity "
          f"texts differ from the article at their offsets; {time.perf_counter() - began:.1f}s")


def offset_map(raw: str, cleaned: str) -> list[int]:
    """The cleaned offset of every raw offset: cleaning drops characters, turns spaces into " " and puts a
    space after a run-on full stop ("said.Trump")."""
    where, j = [], 0
    for char in raw:
        if j and cleaned[j - 1 : j + 1] == ". " and char != " " and not char.isspace():
            j += 1  # the space the cleaner put after a run-on full stop
        where.append(j)
        if j < len(cleaned) and (char == cleaned[j] or (cleaned[j] == " " and char.isspace() and char != "\n")):
            j += 1
    return where + [j]


def locate(article: tuple[str, str, list[int]], start: int, end: int) -> tuple[int, int]:
    """A raw gold span in the cleaned text: where its cleaned content string is, next to its mapped offset."""
    raw, cleaned, where = article
    needle = clean_like_stance(raw[start:end])
    found = where[start] if cleaned.startswith(needle, where[start]) else cleaned.find(
        needle, max(where[start] - LOCATE_SLACK, 0)) if needle else -1
    if 0 <= found <= where[start] + LOCATE_SLACK:
        return found, found + len(needle)
    return where[start], where[end]


def overlap(a: tuple[int, int], b: tuple[int, int]) -> float:
    shared, shortest = min(a[1], b[1]) - max(a[0], b[0]), min(a[1] - a[0], b[1] - b[0])
    return shared / shortest if shared > 0 and shortest > 0 else 0.0


def prf(right_found: int, found: int, right_gold: int, gold: int) -> dict:
    p, r = right_found / found if found else 0.0, right_gold / gold if gold else 0.0
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0, "found": found, "gold": gold}


def head_in_speaker(head: str, speaker: str) -> bool:
    head, speaker = (s.replace("\u2019", "'").casefold() for s in (head, speaker or ""))
    return bool(head) and re.search(rf"(?<!\w){re.escape(head)}(?!\w)", speaker) is not None


def match_article(gold: list[dict], records: list[dict], matches: list, spurious: list, neutral: Counter) -> None:
    """Pair one article's gold voices and records, best overlap first, each at most once (as stance.scoring)."""
    voices = [g for g in gold if not g["ignorable"]]
    pairs = sorted(((overlap(g["span"], (r["start"], r["end"])), gi, ri) for gi, g in enumerate(voices)
                    for ri, r in enumerate(records)), reverse=True)
    used_gold, used_records = set(), set()
    for share, gi, ri in pairs:
        if share >= MIN_OVERLAP and gi not in used_gold and ri not in used_records:
            used_gold.add(gi)
            used_records.add(ri)
            voices[gi]["matched"] = True
            matches.append((voices[gi], records[ri]))
    for r in (r for ri, r in enumerate(records) if ri not in used_records):
        span = (r["start"], r["end"])
        # The second half of a split quote found as its own voice is right, but only one record can match.
        if any(overlap(p, span) >= MIN_OVERLAP for gi in used_gold for p in voices[gi]["piece_spans"]):
            neutral["another piece of a matched voice"] += 1
        elif any(g["ignorable"] and overlap(g["span"], span) >= MIN_OVERLAP for g in gold):
            neutral["an ignorable attribution"] += 1
        else:
            spurious.append(r)


def score(args: argparse.Namespace) -> None:
    split_dir = Path(args.out) / check_split(args.split)
    began = time.perf_counter()
    analyze = [args.stance_bin, "analyze", str(split_dir / "texts"), "--format", "jsonl", "--no-labels"]
    records = [json.loads(line) for line in subprocess.run(analyze, capture_output=True, text=True, check=True)
               .stdout.splitlines() if line.strip()]
    gold = [json.loads(line) for line in open(split_dir / "gold.jsonl", encoding="utf-8")]
    report = {"split": args.split, "articles": len({g["article"] for g in gold}), "records": len(records),
              "analyze_seconds": round(time.perf_counter() - began, 1)}
    docs = {g["article"] for g in gold} | {r["article"] for r in records}
    raws = {doc: (split_dir / "texts" / f"{doc}.txt").read_text("utf-8") for doc in docs}
    texts = {doc: (raw, (cleaned := clean_like_stance(raw)), offset_map(raw, cleaned)) for doc, raw in raws.items()}
    # Record offsets point into stance's cleaned text; gold offsets into the raw text.
    for version, name in enumerate(("quotes_at_raw_offsets", "quotes_at_cleaned_offsets")):
        report[name] = sum(texts[r["article"]][version][r["start"]:r["end"]] == r["quote"] for r in records)
    by_doc = defaultdict(lambda: ([], []))
    for g in gold:
        article = texts[g["article"]]
        g.update(span=locate(article, g["start"], g["end"]), matched=False,
                 piece_spans=[locate(article, s, e) for s, e in g["pieces"]])
        by_doc[g["article"]][0].append(g)
    for r in records:
        r["kind"] = "direct" if r["kind"] == "direct" else "reported"  # indirect and partial are reported speech
        by_doc[r["article"]][1].append(r)
    matches, spurious, neutral = [], [], Counter()
    for doc_gold, doc_records in by_doc.values():
        match_article(doc_gold, doc_records, matches, spurious, neutral)
    voices = [g for g in gold if not g["ignorable"]]
    report["neutral_records"] = dict(neutral)
    for kind in ("direct", "reported"):
        found = sum(r["kind"] == kind for r in spurious) + sum(r["kind"] == kind for _, r in matches)
        # A match across kinds counts here too; kind_confusion says how often that happens.
        report[kind] = prf(sum(r["kind"] == kind for _, r in matches), found,
                           sum(g["kind"] == kind for g, _ in matches), sum(g["kind"] == kind for g in voices))
    report["overall"] = prf(len(matches), len(matches) + len(spurious), len(matches), len(voices))
    report["kind_confusion"] = {f"gold {a} / found {b}": n for (a, b), n in
                                sorted(Counter((g["kind"], r["kind"]) for g, r in matches).items())}
    named = [(g, r) for g, r in matches if g["source_kind"] != "pronoun"]
    wrong = [(g, r) for g, r in named if not head_in_speaker(g["speaker_head"], r["speaker"])]
    report["speaker_named"] = 1 - len(wrong) / max(len(named), 1)
    # The project names the person behind "the president said"; PolNeAR's gold keeps the noun. This
    # figure also counts a gold head found in the record's role ("Barack Obama", role "President").
    report["speaker_named_or_role"] = 1 - sum(not head_in_speaker(g["speaker_head"], r.get("speaker_role", ""))
                                              for g, r in wrong) / max(len(named), 1)
    report["speaker_by_source_kind"] = {kind: 1 - sum(g["source_kind"] == kind for g, _ in wrong) / max(1, sum(
        g["source_kind"] == kind for g, _ in named)) for kind in ("name", "noun phrase")}
    report["speaker_all"] = sum(head_in_speaker(g["speaker_head"], r["speaker"]) for g, r in matches) / max(
        len(matches), 1)
    print_report(report)
    missed = [g for g in voices if not g["matched"]]
    if args.details:
        print_details(missed, spurious, wrong)
    if args.json:
        report.update(missed=missed, spurious=spurious, wrong_speaker=[{"gold": g, "record": r} for g, r in wrong])
        Path(args.json).write_text(json.dumps(report, ensure_ascii=False, indent=1), encoding="utf-8")


def print_report(report: dict) -> None:
    n, figures = report["records"], (report[name] for name in ("direct", "reported", "overall"))
    print(f"PolNeAR {report['split']}: {report['articles']} articles, {n} records (stance analyze "
          f"{report['analyze_seconds']}s); record quotes found at their offsets in the raw text "
          f"{report['quotes_at_raw_offsets']}/{n}, in our cleaned text {report['quotes_at_cleaned_offsets']}/{n}")
    print("".join(f"  {name:9} P {m['precision']:.3f}  R {m['recall']:.3f}  F1 {m['f1']:.3f}  (records {m['found']}, "
                  f"gold voices {m['gold']})\n" for name, m in zip(("direct", "reported", "overall"), figures))
          + "  kind (matched): " + ", ".join(f"{k}: {n}" for k, n in report["kind_confusion"].items()))
    print(f"  speaker right: {report['speaker_named']:.3f} of matched name/noun-phrase sources ("
          + ", ".join(f"{kind} {share:.3f}" for kind, share in report["speaker_by_source_kind"].items()) + "), "
          f"{report['speaker_all']:.3f} of all matched; {report['speaker_named_or_role']:.3f} of named sources when the "
          "record's role may hold the gold noun ('the president' -> Barack Obama, role President)\n  not counted (neither right nor spurious): "
          + ", ".join(f"{n} matching {why}" for why, n in report["neutral_records"].items()))


def print_details(missed: list[dict], spurious: list[dict], wrong: list[tuple[dict, dict]]) -> None:
    """Misses, spurious records and wrong speakers in groups, largest first (local use: prints corpus text)."""
    marks = lambda quote: "+".join(sorted(set(QUOTE_MARK.findall(quote)) - {"\u2019"})) or "no marks"  # noqa: E731
    shape = lambda who: "empty" if not who else "pronoun" if who.lower() in PRONOUNS else "other"  # noqa: E731
    for title, items, key, show in (
        ("missed voices by kind / quote marks / cue lemma / source", missed,
         lambda g: f"{g['kind']} / {marks(g['quote'])} / cue {g['cue_lemma'] or g['cue']!r} / {g['source_kind']}",
         lambda g: f"[{g['article'][:30]}] {g['speaker'][:30]!r} {g['cue']!r}: {g['quote'][:90]!r}"),
        ("spurious records by kind / cue", spurious, lambda r: f"{r['kind']} / cue {r.get('cue', '')!r}",
         lambda r: f"[{r['article'][:30]}] {r['speaker'][:30]!r}: {r['quote'][:90]!r}"),
        ("wrong speakers by gold source kind / found speaker", wrong,
         lambda gr: f"gold {gr[0]['source_kind']} / found {shape(gr[1]['speaker'])}",
         lambda gr: f"gold {gr[0]['speaker'][:40]!r} (head {gr[0]['speaker_head']!r}) found {gr[1]['speaker']!r}: "
                    f"{gr[0]['quote'][:60]!r}"),
    ):
        groups = defaultdict(list)
        for item in items:
            groups[key(item)].append(item)
        print(f"\n== {title}: {len(items)}")
        for group, members in sorted(groups.items(), key=lambda kv: -len(kv[1]))[:40]:
            print(f"  {len(members):5}  {group}\n" + "".join(f"{'':11}{show(m)}\n" for m in members[:3]), end="")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    for name in ("convert", "score"):
        command = commands.add_parser(name)
        command.add_argument("--split", required=True, type=check_split, help="train or dev (test is refused)")
        command.add_argument("--out", default=str(DEFAULT_OUT), help="benchmark folder (default: %(default)s)")
        if name == "convert":
            command.add_argument("--repo", required=True, help="git directory of a PolNeAR clone (may be bare)")
        else:
            command.add_argument("--stance-bin", default=str(Path(sys.executable).parent / "stance"))
            command.add_argument("--details", action="store_true", help="misses, spurious, wrong speakers")
            command.add_argument("--json", help="write the figures and the lists to this file")
    args = parser.parse_args(argv)
    (convert if args.command == "convert" else score)(args)


if __name__ == "__main__":
    main()
