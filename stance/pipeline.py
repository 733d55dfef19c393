"""The one place that wires the stages: articles -> voices -> labels -> table of records."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from stance.text.corpus import Article, LoadResult, Problem, load_articles
from stance.extract.voices import extract_voices
from stance.records import COLUMNS, LIST_COLUMNS, Voice

if TYPE_CHECKING:  # pandas costs 0.4 s to import; the CLI never needs it
    import pandas as pd

    from stance.label.predictor import Predictor


@dataclass
class Analysis:
    articles: list[Article] = field(default_factory=list)
    voices: list[Voice] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    def frame(self) -> "pd.DataFrame":
        return voices_frame(self.voices)


def article_voices(article: Article) -> list[Voice]:
    """The voices of one article, each carrying the article's metadata."""
    voices = extract_voices(article.id, article.text)
    if not (article.title or article.source or article.date or article.url):
        return voices  # nothing to add: skip the copies
    return [replace(v, title=article.title, source=article.source, date=article.date, url=article.url)
            for v in voices]


def extract_all(articles: Sequence[Article], jobs: int = 1) -> list[Voice]:
    """Voices of every article, in article order; `jobs` > 1 extracts in parallel processes."""
    if jobs <= 1 or len(articles) < 2:
        return [voice for article in articles for voice in article_voices(article)]
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        chunks = pool.map(article_voices, articles, chunksize=32)
        return [voice for chunk in chunks for voice in chunk]


def label_quotes(quotes: Sequence[str], model: Predictor | None = None) -> list[dict]:
    """Stance, probabilities, explanation, sentiment and themes of every quote, labelled by
    `model` (default: the shipped model).

    One vectorised model call for all quotes; the model computes VADER once per quote.
    """
    if not quotes:
        return []
    from stance.label.predictor import load_default_predictor  # numpy only: no scikit-learn at run time
    from stance.label.themes import default_themes

    model = model or load_default_predictor()
    themes = default_themes()
    return [{**p, "themes": themes.tag(q)} for q, p in zip(quotes, model.predict_records(quotes))]


def label_voices(voices: Sequence[Voice], model: Predictor | None = None) -> list[Voice]:
    """Every voice with its labels (see label_quotes)."""
    labels = label_quotes([v.quote for v in voices], model)
    # Built directly rather than via dataclasses.replace: this runs once per voice.
    return [
        Voice(v.article, v.speaker, v.speaker_role, v.quote, v.kind, v.cue, v.start, v.end,
              p["stance"], p["confidence"], p["probabilities"], p["sentiment"], p["themes"], tuple(p["top_features"]),
              bool(p["needs_review"]), v.title, v.source, v.date, v.url)
        for v, p in zip(voices, labels)
    ]


# Articles per task sent to a worker: large enough to amortise the round trip.
_CHUNK_ARTICLES = 64
_worker_model: Predictor | None = None  # a pool lives for one call, so one model per worker process


def _analyze_chunk(articles: list[Article], label: bool, model_data: dict | None) -> list[Voice]:
    """Worker: extract and label one chunk. The model arrives as its JSON dict (plain
    data, never a pickled model) and is rebuilt once per worker process."""
    from stance.label.predictor import Predictor

    voices = [voice for article in articles for voice in article_voices(article)]
    if not label:
        return voices
    global _worker_model
    if model_data is not None and _worker_model is None:
        _worker_model = Predictor(model_data)
    return label_voices(voices, _worker_model if model_data is not None else None)


def analyze_articles(articles: Sequence[Article], model: Predictor | None = None, label: bool = True,
                     jobs: int = 1) -> list[Voice]:
    """Voices of every article, labelled; with `jobs` > 1 both stages run in worker processes."""
    if jobs <= 1 or len(articles) <= _CHUNK_ARTICLES:
        voices = extract_all(articles)
        return label_voices(voices, model) if label else voices
    model_data = model.to_dict() if (label and model is not None) else None
    chunks = [articles[i : i + _CHUNK_ARTICLES] for i in range(0, len(articles), _CHUNK_ARTICLES)]
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        results = pool.map(
            _analyze_chunk,
            chunks,
            [label] * len(chunks),
            [model_data] * len(chunks),
        )
        return [voice for chunk in results for voice in chunk]


def analyze(paths: Iterable[str | Path], model: Predictor | None = None, label: bool = True,
            jobs: int = 1) -> Analysis:
    """Load, extract, attribute and (optionally) label every article under `paths`."""
    loaded: LoadResult = load_articles(paths)
    voices = analyze_articles(loaded.articles, model=model, label=label, jobs=jobs)
    return Analysis(loaded.articles, voices, loaded.problems)


def voices_frame(voices: Iterable[Voice]) -> "pd.DataFrame":
    """The table of records, one row per voice, columns in the documented order."""
    import pandas as pd

    frame = pd.DataFrame([v.to_row() for v in voices], columns=list(COLUMNS))
    for column in LIST_COLUMNS:
        frame[column] = frame[column].apply(lambda value: tuple(value) if value is not None else ())
    return frame
