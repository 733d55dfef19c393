"""The model JSON format: what a saved stance model holds and how its numbers are read.

Training (`model.py`) writes this format, the runtime `Predictor` (`predictor.py`) reads it,
and explanations use its centred weights. Everything shared by those three lives here: the
format tags, the TF-IDF settings saved, the text preprocessing, the dense feature block and
feature names, and the centring of the coefficients. numpy only: no scikit-learn.

A model file is plain JSON (numbers, strings, lists): reading one never imports, calls or
unpickles anything named in it.
"""

from __future__ import annotations

import io
import json
import re
import zipfile
import zlib
from functools import lru_cache
from pathlib import Path

import numpy as np

from stance.label.lexicon import Lexicon, contrast_start, normalize
from stance.label.sentiment import VADER_KEYS, polarity_matrix

MODEL_FILE = "model.json"  # the shipped model, in stance/label/data/
# Beside a model JSON: its classifier weights and idf values as float64 arrays (see read_arrays).
ARRAYS_SUFFIX = ".arrays.npz"
FORMAT = "stance-model"
FORMAT_VERSION = 2  # 2: words by the library's own analyser (WORD_ANALYZER), temperature
# The name recorded in the JSON for `preprocess`.
PREPROCESSOR = "stance.model.preprocess"
# TF-IDF settings saved per block; together with the terms and idf they define the transform.
# No regex is read from a model file: the word analyser is this module's `word_ngrams`.
TFIDF_SETTINGS = ("analyzer", "ngram_range", "sublinear_tf", "min_df", "max_df", "max_features",
                  "norm", "use_idf", "smooth_idf", "lowercase", "binary")
# The word analyser's name in the JSON: tokens (words and contractions, "don't" is one) and
# their n-grams, except n-grams made only of stop words.
WORD_ANALYZER = "stance-words"
# A token is a whole run of word characters (and one apostrophe part): each match runs to the end
# of its word, so the next starts at a word start; no \b is needed around it, and without one
# leading the pattern re skips the gaps between words in C (findall a third faster). The clause
# after a contrast word is searched from that word's end, also a word boundary.
WORD_TOKEN = re.compile(r"\w+(?:'\w+)?")
STOP_WORDS_FILE = "stop_words.txt"
# Flag a voice for review below this calibrated confidence when a model file names none.
DEFAULT_NEEDS_REVIEW_BELOW = 0.6
# Feature blocks in column order: the JSON key (= the FeatureUnion step name) of each.
DENSE_BLOCK = "lexvader"
TFIDF_BLOCKS = ("words", "chars")


def preprocess(text: str) -> str:
    """TF-IDF preprocessor: curly apostrophes -> ', lower case (keeps "don't" one token)."""
    return normalize(text).lower()


@lru_cache(maxsize=1)
def _stop_word_lists() -> tuple[frozenset[str], frozenset[str]]:
    from stance.resources import read_text

    words = [line.strip() for line in read_text("stance.label", STOP_WORDS_FILE).splitlines()
             if line.strip() and not line.startswith("#")]
    function = frozenset(word for word in words if not word.startswith("~"))
    return function | {word[1:] for word in words if word.startswith("~")}, function


def stop_words() -> frozenset[str]:
    """Words that are never a feature alone (stance/label/data/stop_words.txt): the function
    words, and the common words of standard stop lists (lines starting with `~`)."""
    return _stop_word_lists()[0]


def function_words() -> frozenset[str]:
    """Words that do not make a phrase a feature: the stop words less the `~` ones, which
    carry meaning inside a phrase ("won't last", "going back")."""
    return _stop_word_lists()[1]


# Every number reads as this one token: "700,000 sign-ups" and "up 15%" are figures, and a
# figure's own digits say nothing about stance (reported figures are mostly `none`).
# Both stand-ins are spelt as word characters, so one findall finds them with the words.
NUMBER_TOKEN = "_number_"
# A capitalised word inside a sentence (a person, place, app or party) reads as this one token:
# names tie a training row to its story, and a model that learns "Koo" or "Bluesky" as a stance
# cue fails on the next story. Political names still count through the lexicon, which reads the
# raw text ("Communist Party", "Congress", "White House").
NAME_TOKEN = "_name_"
# A number: "700,000", "15.5", "21st", "Lemon8", the "19" of "covid-19".
_NUMBER = re.compile(r"\b\w*\d(?:[\w.,']*\w)?")  # \b: tried at word starts only
# A capitalised word with its possessive; _mark_name decides from what precedes it. The
# lookbehind after the capital (not after a word character) is a word start, checked after a
# character class that lets re skip to the next capital in C.
_CAPITALISED = re.compile(r"[A-Z\u00c0-\u00d6\u00d8-\u00de](?<!\w.)\w*(?:'\w+)?")
_POSSESSIVE = re.compile(r"\b\w+'s\b")
_DIGIT = re.compile(r"\d")
# A capitalised word right after these (or at the start) begins a sentence or a quote: not a name.
_SENTENCE_OPENERS = frozenset(".!?:;\"'(\u201c\u201d\u2014[")


def _mark_name(found: re.Match) -> str:
    """NAME_TOKEN for a capitalised word inside a sentence that is not a stop word, else the word."""
    text, previous = found.string, found.start() - 1
    while previous >= 0 and text[previous].isspace():  # back over spaces only: linear
        previous -= 1
    if previous < 0 or text[previous] in _SENTENCE_OPENERS:
        return found.group()
    word, stop = found.group().lower(), _stop_word_lists()[0]
    return found.group() if word in stop or word.removesuffix("'s") in stop else NAME_TOKEN


def _marked(text: str) -> str:
    """`text` lower-cased, numbers and names replaced by their stand-ins, possessives dropped
    ("the app's" -> "the app"). Regex substitutions, each skipped when it cannot apply, so that
    labelling stays fast."""
    text = normalize(text)
    digit = _DIGIT.search(text)
    if digit:
        # No number starts before the word holding the first digit: substitute from there on,
        # so re does not try every word start before it.
        start = digit.start()
        while start and (text[start - 1].isalnum() or text[start - 1] == "_"):  # what \w matches
            start -= 1
        text = text[:start] + _NUMBER.sub(NUMBER_TOKEN, text[start:])
    if not text[1:].islower():  # some capital after the first character: names are possible
        text = _CAPITALISED.sub(_mark_name, text)
    text = text.lower()
    return _POSSESSIVE.sub(_drop_possessive, text) if "'s" in text else text


def _drop_possessive(found: re.Match) -> str:
    """"app's" -> "app"; a contraction on the stop list ("it's", "that's") stays whole."""
    word = found.group()
    return word if word in _stop_word_lists()[0] else word[:-2]


def _grams(tokens: list[str], ngram_max: int) -> list[str]:
    stop, function = _stop_word_lists()
    grams = [token for token in tokens if token not in stop]
    content = [token not in function for token in tokens]
    if ngram_max >= 2:  # the shipped model's case, without a slice and a join per pair
        grams.extend(f"{a} {b}" for a, b, ca, cb in zip(tokens, tokens[1:], content, content[1:]) if ca or cb)
    for n in range(3, ngram_max + 1):
        grams.extend(" ".join(tokens[i:i + n]) for i in range(len(tokens) - n + 1) if any(content[i:i + n]))
    return grams


def word_ngrams(text: str, ngram_max: int = 2) -> list[str]:
    """The word features of `text`: words that are not stop words, and n-grams up to
    `ngram_max` with at least one word that is not a function word. Function words ("in",
    "her", "but") alone carried no stance yet decided labels; in a phrase ("won't last",
    "not worried") they do. Numbers read as NUMBER_TOKEN, names inside a sentence as
    NAME_TOKEN, a possessive as its noun ("app's" -> "app"); the features of the clause after
    the last contrast word ("but", "however", "yet": tables.CONTRAST_PATTERN) are listed twice:
    that clause carries the bottom line."""
    tokens, bottom_line = word_tokens(text)
    grams = _grams(tokens, ngram_max)
    if bottom_line:
        grams.extend(_grams(bottom_line, ngram_max))
    return grams


def word_tokens(text: str) -> tuple[list[str], list[str]]:
    """The tokens `word_ngrams` builds its features from: those of the marked text, and those
    of the clause after its last contrast word (empty without one), whose features count twice."""
    marked = _marked(text)
    start = contrast_start(marked)
    return WORD_TOKEN.findall(marked), (WORD_TOKEN.findall(marked, start) if start else [])


def dense_feature_names(labels: tuple[str, ...], use_lexicon: bool, use_vader: bool) -> list[str]:
    """Column names of the dense block, in the order `lexvader_matrix` fills it."""
    names = []
    if use_lexicon:
        names += [f"lex:{label}" for label in labels]
        names += [f"lexcount:{label}" for label in labels]
    if use_vader:
        names += [f"vader:{key}" for key in VADER_KEYS]
    return names


def lexvader_matrix(texts: list[str], lexicon: Lexicon, use_lexicon: bool, use_vader: bool,
                    scale: float, with_matches: bool = False, vader_weight: float = 1.0):
    """Lexicon scores and counts per label, then VADER neg/neu/pos/compound times `vader_weight`,
    all times `scale`; with `with_matches`, also each text's lexicon matches (for explanations),
    found once."""
    blocks, matches = [], None
    if use_lexicon:
        if with_matches:
            matches = [lexicon.matches(text) for text in texts]
            blocks.append(lexicon.score_matrix(texts, matches))
        else:
            blocks.append(lexicon.score_matrix(texts))
    if use_vader:
        blocks.append(polarity_matrix(texts) * float(vader_weight))
    dense = (np.hstack(blocks) if len(blocks) > 1 else blocks[0]) * float(scale)
    return (dense, matches) if with_matches else dense


def display_name(block: str, feature: str) -> str:
    """The name a feature is shown under: ('words', 'the ban') -> 'word:the ban';
    ('lexvader', 'lex:political') -> 'lex:political'; char n-grams are JSON-quoted (they
    start or end with spaces)."""
    if block == "words":
        return f"word:{feature}"
    if block == "chars":
        return f"char:{json.dumps(feature)}"
    return feature


def display_names(block: str, features: list[str]) -> list[str]:
    """display_name of each of `features`, by one C-level map for a block of words (45,000
    terms in the shipped model, named on every run)."""
    if block == "words":
        return list(map("word:{}".format, features))
    return [display_name(block, feature) for feature in features]


def centre(coef: np.ndarray, intercept: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Coefficients and intercepts as each feature's pull toward each class.

    Softmax ignores a shift shared by all classes, so a feature's pull toward class k is its
    weight minus its mean weight over classes. A binary model (one row) is first written as
    the equivalent softmax over [-z/2, z/2].
    """
    coef = np.asarray(coef, dtype=np.float64)
    intercept = np.asarray(intercept, dtype=np.float64)
    if coef.shape[0] == 1:
        coef, intercept = np.vstack([-coef / 2, coef / 2]), np.r_[-intercept / 2, intercept / 2]
    return coef - coef.mean(axis=0), intercept - intercept.mean()


def softmax(scores: np.ndarray) -> np.ndarray:
    """Row-wise softmax of decision scores (n, classes); a binary model's one column of
    scores z is the softmax over [-z/2, z/2], i.e. the logistic function."""
    scores = np.array(scores, dtype=np.float64)
    if scores.ndim == 1 or scores.shape[1] == 1:
        positive = 1.0 / (1.0 + np.exp(-scores.reshape(-1)))
        return np.column_stack([1.0 - positive, positive])
    scores -= scores.max(axis=1, keepdims=True)
    np.exp(scores, out=scores)
    scores /= scores.sum(axis=1, keepdims=True)
    return scores


def check_format(data: object) -> dict:
    """`data` if it is a stance model dict of this format version, else ValueError."""
    if not isinstance(data, dict) or data.get("format") != FORMAT or data.get("format_version") != FORMAT_VERSION:
        raise ValueError("not a stance model JSON (format/format_version mismatch)")
    return data


def parse(raw: str | bytes) -> dict:
    """A model dict from JSON text; anything else (a pickle, an unknown object) is a ValueError."""
    try:
        data = json.loads(raw)
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ValueError(f"a model file must be JSON: {exc}") from None
    return check_format(data)


def read(path: str | Path) -> dict:
    """The model dict saved at `path` (see `parse`), read through its arrays file when that was
    made from this very file (see read_arrays)."""
    path = Path(path)
    return read_pair(path, arrays_path(path))


def read_pair(model, arrays) -> dict:
    """The model dict of the model JSON file `model`, its numbers read from the arrays file `arrays`
    when there is one and it was made from this JSON. Paths or package resources (Traversable)."""
    return parse_with_arrays(model.read_bytes(), arrays.read_bytes() if arrays.is_file() else None)


# --- the arrays file ----------------------------------------------------------------------------
# Reading the model JSON is mostly turning 225,000 decimal numbers into floats (two thirds of a
# billion instructions, as much as labelling 1,500 quotes, in every run). The arrays file beside
# it holds the same numbers as float64 (written from the values the JSON gives, so equal to the
# last bit), the rest of the model as JSON, and the length and CRC-32 of the model JSON it was made
# from: it is used only for that file, so an edited or retrained model.json is read as before (a
# check against mistakes, not attacks: whoever can change the package's files can change its code).
# Plain arrays and text: loaded with allow_pickle=False, so nothing in it is run.


def arrays_name(model_name: str) -> str:
    """The arrays file's name beside a model JSON ("model.json" -> "model.arrays.npz")."""
    return Path(model_name).stem + ARRAYS_SUFFIX


def arrays_path(path: Path) -> Path:
    """Where the arrays file of the model JSON at `path` is."""
    return path.with_name(arrays_name(path.name))


def _array_places(data: dict) -> list[tuple[str, str]]:
    """(block, key) of each large numeric array of a model dict."""
    return [("classifier", "coef")] + [(block, "idf") for block in TFIDF_BLOCKS if block in data]


def _fingerprint(json_bytes: bytes) -> str:
    """What an arrays file records of the model JSON it was made from: its length and CRC-32."""
    return f"{len(json_bytes)}:{zlib.crc32(json_bytes):08x}"


def arrays_bytes(data: dict, json_bytes: bytes) -> bytes:
    """The arrays file of the model dict `data`, saved as `json_bytes`."""
    rest = {key: dict(value) if isinstance(value, dict) else value for key, value in data.items()}
    arrays = {}
    for block, key in _array_places(data):
        arrays[f"{block}.{key}"] = np.asarray(data[block][key], dtype=np.float64)
        rest[block][key] = None
    buffer = io.BytesIO()
    rest_utf8 = np.frombuffer(json.dumps(rest, ensure_ascii=False).encode("utf-8"), dtype=np.uint8)
    np.savez(buffer, rest=rest_utf8,
             source=np.array(_fingerprint(json_bytes)), **arrays)
    return buffer.getvalue()


def read_arrays(arrays: bytes, json_bytes: bytes) -> dict | None:
    """The model dict from an arrays file (numbers as float64 arrays), or None when the file was
    not made from `json_bytes`."""
    with np.load(io.BytesIO(arrays), allow_pickle=False) as saved:
        if str(saved["source"]) != _fingerprint(json_bytes):
            return None
        data = check_format(json.loads(saved["rest"].tobytes()))
        for block, key in _array_places(data):
            data[block][key] = saved[f"{block}.{key}"]
    return data


def parse_with_arrays(json_bytes: bytes, arrays: bytes | None) -> dict:
    """The model dict of a model JSON, its numbers read from `arrays` (its arrays file) when that
    was made from this JSON and reads as one, else from the JSON (see `parse`)."""
    try:
        data = read_arrays(arrays, json_bytes) if arrays is not None else None
    except (ValueError, KeyError, OSError, EOFError, zipfile.BadZipFile):  # a damaged arrays file: the JSON decides
        data = None
    return data if data is not None else parse(json_bytes)


def plain(data: dict) -> dict:
    """`data` with its arrays as lists: the dict as the model JSON gives it."""
    if not any(isinstance(data.get(block, {}).get(key), np.ndarray) for block, key in _array_places(data)):
        return data
    plain_data = {key: dict(value) if isinstance(value, dict) else value for key, value in data.items()}
    for block, key in _array_places(data):
        plain_data[block][key] = np.asarray(data[block][key]).tolist()
    return plain_data
