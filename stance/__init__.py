"""stance: find the voices quoted in news coverage, attribute them, and label their stance."""

from stance.text.corpus import Article, load_articles
from stance.extract.voices import extract_voices
from stance.pipeline import Analysis, analyze, analyze_articles, label_voices, voices_frame
from stance.records import COLUMNS, KINDS, STANCES, Voice

__all__ = [
    "Analysis",
    "Article",
    "COLUMNS",
    "KINDS",
    "STANCES",
    "Voice",
    "analyze",
    "analyze_articles",
    "extract_voices",
    "label_voices",
    "load_articles",
    "voices_frame",
]
__version__ = "0.1.0"
