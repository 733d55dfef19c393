"""Local, persistent state: reviewers' corrections (SQLite) and uploaded articles (a folder).

Both live in the data folder: `$STANCE_DATA_DIR` when set, else `data/` in the working
directory (git-ignored). `corrections.sqlite3` holds the corrections; `corpus/` the articles
added from the dashboard.

Corrections: table `corrections` has the current review of each voice (one row per voice_id,
last write wins); table `correction_history` is an append-only log of every save and revert,
so nothing a reviewer entered is ever lost. The database runs in WAL mode, every write is a
`BEGIN IMMEDIATE` transaction and connections wait up to `BUSY_TIMEOUT_S` for a lock, so two
dashboard sessions saving at the same moment both succeed (one waits a few milliseconds).

A review has two independent parts: the stance (`reviewed_stance`) and the speaker
(`reviewed_speaker`); either may be empty, so a speaker-only correction is not a stance review.
Article metadata (title, outlet, date, url) corrected in the dashboard lives in the same file
(`article_metadata`, with its own history): the article files are never rewritten.

Every failure of the database (corrupted file, read-only folder, full disk) is raised as
`StoreError` with a one-line reason, so callers can show it and carry on without reviews.
"""

from __future__ import annotations

import os
import re
import sqlite3
import tempfile
from collections.abc import Iterable
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path

from stance.records import STANCES
from stance.text.tables import METADATA_FILENAME

DATA_DIR_ENV = "STANCE_DATA_DIR"
DEFAULT_DATA_DIR = "data"
DB_FILENAME = "corrections.sqlite3"
CORPUS_DIRNAME = "corpus"
BUSY_TIMEOUT_S = 30.0

_FIELDS = ("voice_id", "article", "quote", "model_stance", "reviewed_stance", "reviewed_speaker", "note", "reviewed_at")
_SCHEMA = """
CREATE TABLE IF NOT EXISTS corrections (
    voice_id         TEXT PRIMARY KEY,
    article          TEXT NOT NULL,
    quote            TEXT NOT NULL,
    model_stance     TEXT NOT NULL DEFAULT '',
    reviewed_stance  TEXT NOT NULL,
    reviewed_speaker TEXT NOT NULL DEFAULT '',
    note             TEXT NOT NULL DEFAULT '',
    reviewed_at      TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS correction_history (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    action           TEXT NOT NULL,           -- 'save' or 'revert'
    voice_id         TEXT NOT NULL,
    article          TEXT NOT NULL,
    quote            TEXT NOT NULL,
    model_stance     TEXT NOT NULL DEFAULT '',
    reviewed_stance  TEXT NOT NULL DEFAULT '',
    reviewed_speaker TEXT NOT NULL DEFAULT '',
    note             TEXT NOT NULL DEFAULT '',
    reviewed_at      TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS correction_history_voice ON correction_history (voice_id, id);
CREATE TABLE IF NOT EXISTS article_metadata (
    article    TEXT PRIMARY KEY,
    title      TEXT NOT NULL DEFAULT '',
    source     TEXT NOT NULL DEFAULT '',
    date       TEXT NOT NULL DEFAULT '',
    url        TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS article_metadata_history (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    article    TEXT NOT NULL,
    title      TEXT NOT NULL DEFAULT '',
    source     TEXT NOT NULL DEFAULT '',
    date       TEXT NOT NULL DEFAULT '',
    url        TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL
);
"""
METADATA_FIELDS = ("title", "source", "date", "url")


class StoreError(RuntimeError):
    """The corrections database cannot be opened, read or written; the message says why."""


def describe_error(exc: BaseException) -> str:
    """A one-line reason for a database failure, in words a reviewer understands."""
    text = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    lowered = text.lower()
    if "not a database" in lowered or "malformed" in lowered:
        return f"the file is not a readable SQLite database (corrupted?): {text}"
    if "readonly" in lowered or "read-only" in lowered or isinstance(exc, PermissionError):
        return f"the database or its folder is read-only: {text}"
    if "full" in lowered or getattr(exc, "errno", None) == 28:
        return f"the disk is full: {text}"
    return text


def data_dir() -> Path:
    """`$STANCE_DATA_DIR`, else ./data (not created here)."""
    return Path(os.environ.get(DATA_DIR_ENV) or DEFAULT_DATA_DIR)


def default_db_path() -> Path:
    return data_dir() / DB_FILENAME


def corpus_dir() -> Path:
    """Where articles added from the dashboard are kept."""
    return data_dir() / CORPUS_DIRNAME


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="microseconds")


class CorrectionStore:
    """Reviewers' stance (and speaker) overrides, keyed by voice_id, in an SQLite file."""

    def __init__(self, path: str | Path | None = None):
        self.path = Path(path) if path else default_db_path()
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(describe_error(exc)) from None
        with self._connect() as db:
            if db.execute("PRAGMA journal_mode").fetchone()[0].lower() != "wal":
                # Persistent once set: readers never block the writer and vice versa.
                db.execute("PRAGMA journal_mode=WAL")
        with self._write() as db:
            for statement in filter(str.strip, _SCHEMA.split(";")):
                db.execute(statement)

    @contextmanager
    def _connect(self):
        try:
            db = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_S, isolation_level=None)
        except (sqlite3.Error, OSError) as exc:
            raise StoreError(describe_error(exc)) from None
        try:
            db.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
            db.row_factory = sqlite3.Row
            yield db
        except (sqlite3.Error, OSError) as exc:
            raise StoreError(describe_error(exc)) from None
        finally:
            db.close()

    @contextmanager
    def _write(self):
        """One BEGIN IMMEDIATE transaction: takes the write lock up front (waiting for it
        up to the busy timeout), so concurrent writers queue instead of failing mid-way."""
        with self._connect() as db:
            db.execute("BEGIN IMMEDIATE")
            try:
                yield db
            except BaseException:
                if db.in_transaction:
                    db.execute("ROLLBACK")
                raise
            db.execute("COMMIT")

    def save(self, voice_id: str, reviewed_stance: str | None = None, *, article: str = "", quote: str = "",
             model_stance: str = "", reviewed_speaker: str | None = None, note: str = "") -> dict:
        """Record a review of one voice and log it. `reviewed_stance` / `reviewed_speaker`: the
        reviewer's value, "" to clear that part, None to keep what was saved before. A review
        with neither part is refused (use `revert`)."""
        if reviewed_stance and reviewed_stance not in STANCES:
            raise ValueError(f"unknown stance {reviewed_stance!r}; expected one of {', '.join(STANCES)}")
        if not voice_id:
            raise ValueError("voice_id is required")
        names = ", ".join(_FIELDS)
        marks = ", ".join(f":{f}" for f in _FIELDS)
        with self._write() as db:
            current = db.execute("SELECT * FROM corrections WHERE voice_id = ?", (voice_id,)).fetchone()
            keep = dict(current) if current else {}
            stance = keep.get("reviewed_stance", "") if reviewed_stance is None else reviewed_stance
            speaker = keep.get("reviewed_speaker", "") if reviewed_speaker is None else reviewed_speaker.strip()
            if not stance and not speaker:
                raise ValueError("nothing to save: give a stance or a speaker (or revert the review)")
            row = {"voice_id": voice_id, "article": article or keep.get("article") or voice_id.rsplit(":", 1)[0],
                   "quote": quote or keep.get("quote", ""), "model_stance": model_stance or keep.get("model_stance", ""),
                   "reviewed_stance": stance, "reviewed_speaker": speaker, "note": (note or "").strip(),
                   "reviewed_at": _now()}
            db.execute(f"INSERT OR REPLACE INTO corrections ({names}) VALUES ({marks})", row)
            db.execute(f"INSERT INTO correction_history (action, {names}) VALUES ('save', {marks})", row)
        return row

    def revert(self, voice_id: str, note: str = "") -> bool:
        """Drop the review of a voice (back to the model's label); logged in the history."""
        with self._write() as db:
            current = db.execute("SELECT * FROM corrections WHERE voice_id = ?", (voice_id,)).fetchone()
            if current is None:
                return False
            db.execute("DELETE FROM corrections WHERE voice_id = ?", (voice_id,))
            db.execute(
                "INSERT INTO correction_history (action, voice_id, article, quote, model_stance, note, reviewed_at)"
                " VALUES ('revert', ?, ?, ?, ?, ?, ?)",
                (voice_id, current["article"], current["quote"], current["model_stance"], note, _now()))
        return True

    def get(self, voice_id: str) -> dict | None:
        with self._connect() as db:
            row = db.execute("SELECT * FROM corrections WHERE voice_id = ?", (voice_id,)).fetchone()
        return dict(row) if row else None

    def all(self) -> list[dict]:
        """Every current correction, oldest review first."""
        with self._connect() as db:
            return [dict(r) for r in db.execute("SELECT * FROM corrections ORDER BY reviewed_at, voice_id")]

    def history(self, voice_id: str | None = None) -> list[dict]:
        """The append-only log (of one voice, or all), in the order the writes happened."""
        with self._connect() as db:
            if voice_id is None:
                rows = db.execute("SELECT * FROM correction_history ORDER BY id")
            else:
                rows = db.execute("SELECT * FROM correction_history WHERE voice_id = ? ORDER BY id", (voice_id,))
            return [dict(r) for r in rows]

    def version(self) -> int:
        """Grows on every save, revert and metadata change (the sum of the two history tables'
        last ids, both only ever growing): cheap cache invalidation."""
        with self._connect() as db:
            return int(db.execute("SELECT (SELECT COALESCE(MAX(id), 0) FROM correction_history)"
                                  " + (SELECT COALESCE(MAX(id), 0) FROM article_metadata_history)").fetchone()[0])

    def save_metadata(self, article: str, **values: str) -> dict:
        """Set an article's title, source (outlet), date (ISO 8601) and url as a reviewer sees
        them; fields not given keep their saved value. Logged in the metadata history."""
        unknown = set(values) - set(METADATA_FIELDS)
        if unknown or not article:
            raise ValueError(f"unknown metadata field(s) {sorted(unknown)}" if unknown else "article is required")
        with self._write() as db:
            current = db.execute("SELECT * FROM article_metadata WHERE article = ?", (article,)).fetchone()
            row = {f: (values[f] if f in values else (current[f] if current else "")).strip() for f in METADATA_FIELDS}
            row |= {"article": article, "updated_at": _now()}
            db.execute("INSERT OR REPLACE INTO article_metadata (article, title, source, date, url, updated_at)"
                       " VALUES (:article, :title, :source, :date, :url, :updated_at)", row)
            db.execute("INSERT INTO article_metadata_history (article, title, source, date, url, updated_at)"
                       " VALUES (:article, :title, :source, :date, :url, :updated_at)", row)
        return row

    def metadata(self) -> list[dict]:
        """Every article's corrected metadata."""
        with self._connect() as db:
            return [dict(r) for r in db.execute("SELECT * FROM article_metadata ORDER BY article")]

    def __len__(self) -> int:
        with self._connect() as db:
            return db.execute("SELECT COUNT(*) FROM corrections").fetchone()[0]

    def training_rows(self) -> tuple[list[str], list[str]]:
        """(quotes, reviewed stances) of the current corrections, for `stance train --with-corrections`."""
        with self._connect() as db:
            rows = db.execute("SELECT quote, reviewed_stance FROM corrections WHERE quote != '' AND reviewed_stance != ''"
                              " ORDER BY voice_id").fetchall()
        return [r[0] for r in rows], [r[1] for r in rows]


# --- uploaded articles ------------------------------------------------------------------------

_UNSAFE_NAME = re.compile(r"[^A-Za-z0-9._-]+")


def safe_filename(name: str, suffixes: Iterable[str]) -> str:
    """A plain file name for an uploaded file: no folders, no hidden or README names,
    only [A-Za-z0-9._-], and a supported suffix (ValueError otherwise)."""
    base = Path(name.replace("\\", "/")).name
    stem, suffix = Path(base).stem, Path(base).suffix.lower()
    if suffix not in set(suffixes):
        raise ValueError(f"unsupported file type {suffix or '(none)'}; use {', '.join(suffixes)}")
    stem = _UNSAFE_NAME.sub("_", stem).strip("._-") or "article"
    if stem.upper().startswith("README") or (stem + suffix).lower() == METADATA_FILENAME:
        stem = f"article_{stem}"  # the loader skips READMEs and reads articles.csv as metadata: keep the article
    return stem[:120] + suffix


def save_article(data: bytes, name: str, folder: str | Path | None = None,
                 reserved_stems: Iterable[str] = ()) -> tuple[Path, bool]:
    """Write an uploaded article into `folder` (default: corpus_dir()) atomically.

    Returns (path, created). An existing file with the same bytes is reused (created False);
    a different file of the same name is never overwritten: the new one gets a suffix
    (`name-2.txt`, ...). `reserved_stems` are article ids already used elsewhere in the corpus
    (e.g. the seeds), avoided the same way so every article keeps a distinct id.
    """
    folder = Path(folder) if folder else corpus_dir()
    folder.mkdir(parents=True, exist_ok=True)
    filename = safe_filename(name, upload_suffixes())
    stem, suffix = Path(filename).stem, Path(filename).suffix
    reserved = set(reserved_stems)
    descriptor, temp = tempfile.mkstemp(prefix=".upload-", suffix=".part", dir=folder)
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        for n in range(1, 10_000):
            candidate_stem = stem if n == 1 else f"{stem}-{n}"
            # Any existing file with this stem (whatever its suffix) would clash on the id.
            same_stem = [p for p in folder.iterdir() if p.is_file() and p.stem == candidate_stem]
            target = folder / f"{candidate_stem}{suffix}"
            if target.is_file() and target.read_bytes() == data:
                return target, False
            if candidate_stem in reserved or same_stem:
                continue
            try:
                os.link(temp, target)  # atomic and fails if the name exists: never overwrites
            except FileExistsError:
                continue  # another session took the name a moment ago
            except OSError:  # file system without hard links
                if target.exists():
                    continue
                os.replace(temp, target)
                return target, True
            return target, True
        raise OSError(f"no free file name for {filename} in {folder}")
    finally:
        Path(temp).unlink(missing_ok=True)


def upload_suffixes() -> tuple[str, ...]:
    """File types the library reads as a corpus: articles, and tables of articles once the text
    stage reads them (TABLE_SUFFIXES, when it has them)."""
    from stance.text import tables

    return tuple(dict.fromkeys(tables.SUPPORTED_SUFFIXES + tuple(getattr(tables, "TABLE_SUFFIXES", ()))))


def corpus_fingerprint(paths: Iterable[str | Path]) -> tuple:
    """(path, size, mtime_ns) of every file under `paths`: changes when a file is added,
    removed or edited, so it can key a cache of the analysed corpus."""
    out = []
    for given in paths:
        path = Path(given)
        files = sorted(p for p in path.iterdir() if p.is_file()) if path.is_dir() else [path]
        for p in files:
            try:
                st = p.stat()
            except OSError:
                continue
            out.append((str(p), st.st_size, st.st_mtime_ns))
    return tuple(out)


__all__ = ["METADATA_FIELDS", "CorrectionStore", "StoreError", "describe_error", "corpus_dir", "corpus_fingerprint", "data_dir", "default_db_path",
           "safe_filename", "save_article"]
