#!/usr/bin/env python3
"""Generate a deterministic synthetic news corpus for benchmarking `stance analyze`.

    python benchmarks/make_corpus.py --articles 10000 --out benchmarks/out/corpus10k
    python benchmarks/make_corpus.py --mb 5 --out benchmarks/out/corpus5mb
    python benchmarks/make_corpus.py --articles 500 --out /tmp/c --verify

Articles are ~3 KB of UTF-8 text, one paragraph per line, about people moving between
social apps, recombined from the paragraph templates in corpus_pools.py. Each article
holds roughly 4-10 voices in many quoting styles (curly and straight quotes, cue
before/after/split, colon lead-ins, continuation quotes, unclosed quotes, reported
speech, "According to X", partial quotes, pronoun and surname back-references) plus
scare quotes and quoted titles that are not voices. About 5% of the files are .html
(<p> paragraphs, some <a href> links, some with HTML entities for the quote marks).

Determinism: article i depends only on (seed, i) through its own random.Random, so the
same arguments give byte-identical files, and the first N articles of any run are the
same whichever stopping rule is used. --verify regenerates everything in memory and
compares it byte for byte with what is on disk. Standard library only.
"""

from __future__ import annotations

import argparse
import hashlib
import html
import random
import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import corpus_pools as P  # noqa: E402

FILE_RE = re.compile(r"^\d{5,}_[0-9a-f]{16}\.(txt|html)$")
PLACEHOLDER = re.compile(r"\{(\w+)\}")
SPEAKER_KEYS = ("N", "ANON", "OLD", "S", "P", "Pc")
NUMBERS = ["50,000", "120,000", "300,000", "700,000", "about 1 million", "1.7 million",
           "3.4 million", "60 million", "250 million", "more than 2 million", "nearly 900,000"]
ORDINALS = ["second", "third", "fourth", "fifth", "eighth", "tenth", "twelfth"]
HTML_ENTITIES = {"“": "&ldquo;", "”": "&rdquo;", "’": "&rsquo;", "‘": "&lsquo;"}


def _needs_prior_speaker(template: str) -> bool:
    """True when the first speaker reference of a template is a back-reference."""
    for key in PLACEHOLDER.findall(template):
        if key in SPEAKER_KEYS:
            return key in ("S", "P", "Pc")
    return False


FIRST_VOICED = [t for t in P.VOICED if not _needs_prior_speaker(t[1])]


class Speaker:
    __slots__ = ("full", "surname", "pronoun", "role", "named")

    def __init__(self, full, surname, pronoun, role, named=True):
        self.full, self.surname, self.pronoun, self.role, self.named = (
            full, surname, pronoun, role, named)


class Article:
    """Per-article state: the random stream, the speakers met so far, the current one."""

    def __init__(self, rng: random.Random):
        self.rng = rng
        self.app = rng.choice(P.NEW_APPS)
        self.old_app = rng.choice(P.OLD_APPS)
        self.present = rng.random() < 0.15          # "says"/"writes" house style
        self.speakers: list[Speaker] = []
        self.current: Speaker | None = None
        self.used_quotes: set[str] = set()
        weights = [rng.uniform(0.2, 1.0) for _ in range(3)]
        self.pools = rng.choices([P.QUOTES_WELCOMING, P.QUOTES_SKEPTICAL, P.QUOTES_POLITICAL],
                                 weights=weights, k=40)
        self.names = set()
        self.decks: dict[str, list] = {}

    def draw(self, name: str, pool: list):
        """Draw from a shuffled deck of `pool`: no repeats until the pool is used up."""
        deck = self.decks.get(name)
        if not deck:
            deck = self.decks[name] = list(pool)
            self.rng.shuffle(deck)
        return deck.pop()

    # --- pieces --------------------------------------------------------------
    def expand(self, text: str) -> str:
        return PLACEHOLDER.sub(lambda m: self.value(m.group(1)), text)

    def role(self) -> str:
        r = self.rng
        form = r.choice(P.ROLE_FORMS)
        role = form.format(occ=r.choice(P.OCCUPATIONS), st=r.choice(P.US_STATES),
                           usc=r.choice(P.US_CITIES), wc=r.choice(P.WORLD_CITIES),
                           cnc=r.choice(P.CN_CITIES), ana=r.choice(P.ANALYST_ROLES),
                           firm=r.choice(P.FIRMS), univ=r.choice(P.UNIVERSITIES),
                           num=r.choice(NUMBERS), oa=self.old_app, a=self.app,
                           nth=r.choice(ORDINALS))
        return re.sub(r"\ba ([aeioAEIO])", r"an \1", role)

    def new_speaker(self) -> Speaker:
        r = self.rng
        while True:
            female = r.random() < 0.5
            if r.random() < 0.25:
                surname = r.choice(P.CN_SURNAMES)
                given = r.choice(P.CN_GIVEN_F if female else P.CN_GIVEN_M)
                full = f"{surname} {given}"
            else:
                surname = r.choice(P.SURNAMES)
                given = r.choice(P.GIVEN_F if female else P.GIVEN_M)
                middle = f" {r.choice('ABCDEJKLMRST')}." if r.random() < 0.08 else ""
                full = f"{given}{middle} {surname}"
            if full not in self.names and all(s.surname != surname for s in self.speakers):
                break
        self.names.add(full)
        pronoun = "they" if r.random() < 0.05 else ("she" if female else "he")
        sp = Speaker(full, surname, pronoun, self.role())
        self.speakers.append(sp)
        self.current = sp
        return sp

    def anon(self) -> Speaker:
        r = self.rng
        desc = r.choice(P.ANON_FORMS).format(st=r.choice(P.US_STATES), cnc=r.choice(P.CN_CITIES),
                                              oa=self.old_app, wc=r.choice(P.WORLD_CITIES))
        self.current = Speaker(desc, desc, "they", "", named=False)
        return self.current

    def sentence(self, pool=None) -> str:
        r = self.rng
        for _ in range(6):
            s = r.choice(pool or r.choice(self.pools))
            if s not in self.used_quotes:
                break
        self.used_quotes.add(s)
        return self.vary(self.expand(s))

    def vary_reported(self, clause: str) -> str:
        """Reported content gets a neutral closer now and then, as real paraphrase varies."""
        if self.rng.random() < 0.7:
            clause += self.rng.choice(P.REPORTED_CLOSERS).format(C=self.rng.choice(P.CN_CITIES + P.WORLD_CITIES),
                                                                 d=self.rng.choice(P.WEEKDAYS))
        return clause

    def vary(self, sentence: str) -> str:
        """An opener and/or a closer, so quoted sentences rarely repeat across the corpus."""
        r = self.rng
        if r.random() < 0.5 and sentence[-1:] in ".!?":
            sentence = sentence[:-1] + r.choice(P.QUOTE_CLOSERS) + sentence[-1]
        if r.random() < 0.5:
            sentence = r.choice(P.QUOTE_OPENERS) + sentence
        return sentence

    def verb(self, pool) -> str:
        v = self.rng.choice(pool)
        if not self.present and v in ("says", "writes"):
            v = "said" if v == "says" else "wrote"
        return self.expand(v)

    # --- placeholder values ----------------------------------------------------
    def value(self, key: str) -> str:
        r = self.rng
        cur = self.current
        if key == "N":
            return self.new_speaker().full
        if key == "R":
            return cur.role if cur and cur.named else self.new_speaker().role
        if key == "S":
            return cur.surname if cur and cur.named else self.new_speaker().full
        if key == "OLD":
            earlier = [s for s in self.speakers if s is not cur] or self.speakers
            if not earlier:
                return self.new_speaker().full
            self.current = r.choice(earlier)
            return self.current.surname
        if key == "ANON":
            return self.anon().full
        if key in ("P", "Pc"):
            p = cur.pronoun if cur else "they"
            return p.capitalize() if key == "Pc" else p
        if key == "V":
            return self.verb(P.CUE_VERBS)
        if key == "VA":
            return self.verb(P.CUE_AFTER)
        if key == "Q":
            n = 1 if r.random() < 0.6 else 2
            return " ".join(self.sentence() for _ in range(n))
        if key == "Q1":
            return self.sentence()
        if key == "QC":
            s = self.sentence()
            return s[:-1] + "," if s.endswith(".") else s
        if key == "QQ":
            return self.sentence(P.QUESTIONS)
        if key == "RC":  # an optional closer, so template sentences vary
            return self.vary_reported("") if self.rng.random() < 0.8 else ""
        if key == "RS":
            return self.vary_reported(self.expand(r.choice(P.REPORTED)))
        simple = {"PQ": P.PARTIALS, "C": P.CN_CITIES + P.WORLD_CITIES, "ST": P.US_STATES,
                  "CO": P.COUNTRIES, "ORG": P.OUTLETS, "FIRM": P.FIRMS, "NUM": NUMBERS,
                  "DAY": P.WEEKDAYS, "MONTH": P.MONTHS, "TITLE": P.TITLES,
                  "TAG": P.HASHTAGS, "SCARE": P.SCARE}
        if key in simple:
            return r.choice(simple[key])
        if key == "A":
            return self.app
        if key == "OA":
            return self.old_app
        if key == "PCT":
            return str(r.randint(12, 320))
        raise KeyError(f"unknown placeholder {{{key}}}")


def straighten(text: str) -> str:
    return (text.replace("“", '"').replace("”", '"')
            .replace("‘", "'").replace("’", "'"))


def fix_grammar(text: str) -> str:
    text = re.sub(r"\b([Tt]hey) (say|write)s\b", r"\1 \2", text)
    text = re.sub(r"\b([Tt]hey) was\b", r"\1 were", text)
    return text[:1].upper() + text[1:]


def make_article(seed: int, index: int) -> tuple[str, str, int]:
    """Return (file name, content, approximate voice count) for article `index`."""
    rng = random.Random(f"stance-corpus:{seed}:{index}")
    tag = rng.getrandbits(64)
    art = Article(rng)
    style = rng.choices(["curly", "straight", "mixed"], weights=[70, 25, 5])[0]
    # 3 KB an article (10,000 articles = about 30 MB) at the seeds' voice density
    # (1.8 voices per KB; this gives 1.9).
    target_bytes = rng.randint(2300, 3700)
    target_voices = rng.randint(1, 7)
    as_html = rng.random() < 0.05

    headline = fix_grammar(art.expand(rng.choice(P.HEADLINES)))
    lines: list[tuple[str, str]] = [("h1", headline)]   # (kind, text)
    size, voices, last_header = len(headline.encode()), 0, 0
    while size < target_bytes:
        n_par = len(lines)
        if n_par - last_header > 3 and rng.random() < 0.12:
            lines.append(("h2", art.expand(art.draw("h2", P.HEADERS))))
            last_header = n_par
            continue
        remaining = max(1.0, (target_bytes - size) / 260)
        p_voice = min(0.9, max(0.08, (target_voices - voices) / remaining))
        if rng.random() < p_voice:
            if rng.random() < 0.07:
                pool = P.CONTINUED
            else:
                pool = P.VOICED if art.current and art.current.named else FIRST_VOICED
            n, template = rng.choice(pool)
            voices += n
            text = art.expand(template)
        else:
            text = art.expand(art.draw("narrative", P.NARRATIVE))
        for par in text.split("\n"):
            par = fix_grammar(par)
            if style == "straight" or (style == "mixed" and rng.random() < 0.5):
                par = straighten(par)
            lines.append(("p", par))
            size += len(par.encode()) + 1
    if style == "straight":
        lines[0] = ("h1", straighten(lines[0][1]))

    if as_html:
        return f"{index:05d}_{tag:016x}.html", render_html(rng, lines), voices
    out = []
    for kind, text in lines:
        if kind == "h2" and rng.random() < 0.3:
            out.append("")                       # stray blank line before a header
        out.append(text)
    return f"{index:05d}_{tag:016x}.txt", "\n".join(out) + "\n", voices


def render_html(rng: random.Random, lines: list[tuple[str, str]]) -> str:
    entities = rng.random() < 0.25
    body = []
    for kind, text in lines:
        text = html.escape(text, quote=False)
        if kind == "p" and rng.random() < 0.25:
            words = [w for w in (P.OUTLETS + P.NEW_APPS + P.FIRMS) if w in text]
            if words:
                w = rng.choice(words)
                slug = re.sub(r"[^a-z0-9]+", "-", w.lower()).strip("-")
                url = f"https://www.example-news.com/{slug}/{rng.randint(10000, 99999)}"
                text = text.replace(w, f'<a href="{url}" target="_blank">{w}</a>', 1)
        if entities:
            for ch, ent in HTML_ENTITIES.items():
                text = text.replace(ch, ent)
        body.append(f"<{kind}>{text}</{kind}>")
    title = html.escape(lines[0][1], quote=False)
    return ("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
            f"<title>{title}</title>\n</head>\n<body>\n<article>\n"
            + "\n".join(body) + "\n</article>\n</body>\n</html>\n")


def generate(seed: int, articles: int | None, mb: float | None):
    """Yield (name, bytes, voices) until `articles` files or `mb` megabytes, whichever comes first."""
    limit = mb * 1_000_000 if mb else None
    total, i = 0, 0
    while (articles is None or i < articles) and (limit is None or total < limit):
        name, text, voices = make_article(seed, i)
        data = text.encode("utf-8")
        total += len(data)
        i += 1
        yield name, data, voices


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--articles", type=int, help="number of articles to write")
    ap.add_argument("--mb", type=float, help="stop once the corpus reaches this many MB (10^6 bytes)")
    ap.add_argument("--out", default="benchmarks/out/corpus", help="output directory")
    ap.add_argument("--seed", type=int, default=2025)
    ap.add_argument("--verify", action="store_true",
                    help="after writing, regenerate in memory and compare byte for byte")
    args = ap.parse_args(argv)
    if args.articles is None and args.mb is None:
        args.articles = 1000

    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    stale = [p for p in out.iterdir() if FILE_RE.match(p.name)]
    for p in stale:                                  # only files this script wrote
        p.unlink()

    t0 = time.perf_counter()
    digest = hashlib.sha256()
    total = count = n_html = n_voices = 0
    for name, data, voices in generate(args.seed, args.articles, args.mb):
        (out / name).write_bytes(data)
        digest.update(name.encode() + b"\0" + data)
        total += len(data)
        count += 1
        n_html += name.endswith(".html")
        n_voices += voices
    elapsed = time.perf_counter() - t0
    print(f"wrote {count} articles ({n_html} html) to {out} in {elapsed:.1f}s")
    print(f"total bytes: {total} ({total / 1e6:.2f} MB), "
          f"~{n_voices / max(count, 1):.1f} voices per article by template count")
    print(f"sha256: {digest.hexdigest()}")

    if args.verify:
        written = sorted(p.name for p in out.iterdir() if FILE_RE.match(p.name))
        expected = [(n, d) for n, d, _ in generate(args.seed, args.articles, args.mb)]
        bad = [n for n, d in expected if not (out / n).is_file() or (out / n).read_bytes() != d]
        extra = set(written) - {n for n, _ in expected}
        if bad or extra:
            print(f"VERIFY FAILED: {len(bad)} mismatched, {len(extra)} unexpected files",
                  file=sys.stderr)
            return 1
        print(f"verify: OK ({len(expected)} files regenerated byte-identical)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
