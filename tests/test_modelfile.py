"""The model JSON format (stance.label.modelfile): centring known answers, what loading a model
refuses, and that no module of the project can unpickle or evaluate code."""

from __future__ import annotations

import ast
import copy
import json
import pickle
from pathlib import Path

import numpy as np
import pytest

from stance.label import modelfile
from stance.label.lexicon import load_lexicon
from stance.label.model import train
from stance.label.predictor import Predictor, load_predictor

ROOT = Path(__file__).resolve().parent.parent
LEXICON = load_lexicon("term\tlabel\tweight\nfriends\twelcoming\t1.5\nfad\tskeptical\t2.0\nban\tpolitical\t2.0\n")
TEXTS = ["new friends everywhere", "we love these friends", "happy to meet friends",
         "just a fad", "a fad that fades", "this fad will pass",
         "the ban is wrong", "a ban by the state", "politicians want a ban"]
LABELS = ["welcoming"] * 3 + ["skeptical"] * 3 + ["political"] * 3


@pytest.fixture(scope="module")
def saved() -> dict:
    return json.loads(json.dumps(train(TEXTS, LABELS, lexicon=LEXICON).to_dict()))


# --- centring -----------------------------------------------------------------------------


def test_centre_known_answer():
    coef, bias = modelfile.centre(np.array([[1.0, 2.0], [3.0, 6.0], [5.0, 1.0]]), np.array([1.0, 2.0, 6.0]))
    # Column means 3 and 3, intercept mean 3.
    assert coef.tolist() == [[-2.0, -1.0], [0.0, 3.0], [2.0, -2.0]]
    assert bias.tolist() == [-2.0, -1.0, 3.0]


def test_centre_binary_model_as_two_class_softmax():
    # One row z stands for softmax over [-z/2, z/2]: already centred.
    coef, bias = modelfile.centre(np.array([[2.0, -4.0]]), np.array([1.0]))
    assert coef.tolist() == [[-1.0, 2.0], [1.0, -2.0]]
    assert bias.tolist() == [-0.5, 0.5]


def test_format_constants_of_the_shipped_file():
    data = json.loads((ROOT / "stance" / "label" / "data" / modelfile.MODEL_FILE).read_text(encoding="utf-8"))
    assert (data["format"], data["format_version"]) == ("stance-model", 2)
    assert data["words"]["preprocessor"] == "stance.model.preprocess"  # the name the shipped file records
    assert set(data["words"]["settings"]) == set(modelfile.TFIDF_SETTINGS)
    # Version 2 names its word analyser; no regex is saved (none could be read back).
    assert data["words"]["settings"]["analyzer"] == "stance-words" and "token_pattern" not in data["words"]["settings"]
    assert 0.05 <= data["classifier"]["temperature"] <= 20 and 0 < data["classifier"]["needs_review_below"] < 1


def test_preprocess_folds_apostrophes_and_case():
    assert modelfile.preprocess("Don\u2019t BAN it") == "don't ban it"
    assert modelfile.preprocess("") == ""


def test_word_tokens_are_the_bounded_runs_of_word_characters():
    # WORD_TOKEN leaves out the \b around `\w+(?:'\w+)?` for speed: each match runs to its word's
    # end, so the tokens are those of the bounded pattern, also from the end of a contrast word.
    import random
    import re

    from stance.label.lexicon import contrast_start

    bounded = re.compile(r"\b\w+(?:'\w+)?\b")
    rng = random.Random(7)
    texts = ["".join(rng.choice("ab'_ 1é,-.yet but Z\u00a0") for _ in range(rng.randint(0, 40)))
             for _ in range(20_000)]
    for text in texts + ["don't's dogs' 'quoted' but yet, yet however x'y _ 12'3"]:
        start = contrast_start(text)
        assert modelfile.WORD_TOKEN.findall(text) == bounded.findall(text)
        assert modelfile.WORD_TOKEN.findall(text, start) == bounded.findall(text, start)


def test_saved_model_is_plain_data(saved):
    def leaves(value):
        if isinstance(value, dict):
            assert all(isinstance(k, str) for k in value)
            for v in value.values():
                yield from leaves(v)
        elif isinstance(value, list):
            for v in value:
                yield from leaves(v)
        else:
            yield value

    assert all(v is None or isinstance(v, (str, int, float, bool)) for v in leaves(saved))
    assert len(saved["words"]["terms"]) == len(saved["words"]["idf"])


# --- what loading refuses ----------------------------------------------------------------------


def test_loading_never_unpickles(saved, tmp_path, monkeypatch):
    path = tmp_path / "model.json"
    path.write_text(json.dumps(saved), encoding="utf-8")

    def refuse(*args, **kwargs):
        raise AssertionError("pickle must not be used")

    monkeypatch.setattr(pickle, "load", refuse)
    monkeypatch.setattr(pickle, "loads", refuse)
    monkeypatch.setattr(pickle, "Unpickler", refuse)
    assert load_predictor(path).predict(TEXTS) == LABELS


@pytest.mark.parametrize("content", [
    pickle.dumps({"format": "stance-model", "format_version": 1}),   # a pickle of the right-looking dict
    pickle.dumps(Path("model.json")),                                 # a pickled object
    b"\x80\x04\x95",                                                  # truncated pickle header
    b"",                                                              # empty file
])
def test_a_non_json_file_is_refused(tmp_path, content):
    path = tmp_path / "model.json"
    path.write_bytes(content)
    with pytest.raises(ValueError, match="must be JSON"):
        load_predictor(path)


@pytest.mark.parametrize("content", [
    "[]", '"stance-model"', "42", "null", "{}",
    '{"format": "stance-model", "format_version": 1}',   # version 1 (regex token_pattern) is no longer read
    '{"format": "other", "format_version": 2}',
    '{"format": "stance-model", "format_version": "1"}',
])
def test_json_that_is_not_a_stance_model_is_refused(tmp_path, content):
    path = tmp_path / "model.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ValueError, match="not a stance model"):
        load_predictor(path)


def _broken(saved: dict, where: tuple, value) -> dict:
    data = copy.deepcopy(saved)
    target = data
    for key in where[:-1]:
        target = target[key]
    target[where[-1]] = value
    return data


@pytest.mark.parametrize("where, value, message", [
    (("words", "preprocessor"), "os.system", "unknown TF-IDF preprocessor"),   # a name is never resolved
    (("words", "settings", "analyzer"), "builtins.eval", "unsupported TF-IDF analyzer"),
    (("words", "settings", "norm"), "l1", "unsupported TF-IDF norm"),
    (("words", "idf"), [1.0], "idf values"),
    (("lexvader", "feature_names"), ["lex:welcoming"], "feature names do not match"),
    (("classifier", "coef"), [[0.0]] * 3, "do not fit"),
    (("classifier", "classes"), ["welcoming", "skeptical"], "rows of weights"),
    (("classifier", "classes"), ["welcoming", "skeptical", "angry"], "not distinct labels"),
    (("classifier", "classes"), ["welcoming", "welcoming", "political"], "not distinct labels"),
    (("classifier", "intercept"), [0.0, 0.0], "does not fit"),
    (("classifier", "coef", 0, 0), float("nan"), "coef has NaN or infinite"),
    (("classifier", "coef", 1, 2), float("inf"), "coef has NaN or infinite"),
    (("classifier", "coef", 2, 0), 1e9, "coef are implausibly large"),
    (("classifier", "coef", 0), "heavy", "coef must be numbers"),
    (("classifier", "intercept", 0), -float("inf"), "intercept has NaN or infinite"),
    (("words", "idf", 0), float("nan"), "idf has NaN or infinite"),
    (("words", "idf", 0), 1e300, "idf are implausibly large"),
    (("lexvader", "lexicon", 0, 2), float("nan"), "lexicon weights has NaN"),
    (("lexvader", "lexicon", 0, 1), "angry", "unknown label 'angry'"),
    (("params", "scale"), 0.0, "scale 0.0 must be above 0"),
    (("params", "scale"), float("inf"), "scale has NaN or infinite"),
    (("params", "vader_weight"), -1.0, "vader_weight -1.0 must be above 0"),
    (("params", "vader_weight"), float("nan"), "vader_weight has NaN or infinite"),
    (("classifier", "temperature"), 0.01, "temperature 0.01 is outside 0.05-20"),
    (("classifier", "temperature"), 50.0, "temperature 50.0 is outside 0.05-20"),
    (("classifier", "temperature"), float("nan"), "temperature has NaN"),
    (("classifier", "needs_review_below"), 1.5, "needs_review_below must be between 0 and 1"),
    (("params",), ["C", 5.0], "params and training must be JSON objects"),
    (("words", "terms"), [1, 2], "terms must be distinct strings"),
])
def test_inconsistent_model_is_refused(saved, where, value, message):
    with pytest.raises(ValueError, match=message) as refused:
        Predictor(_broken(saved, where, value))
    assert "\n" not in str(refused.value)


def test_idf_shorter_than_the_vocabulary_is_refused(saved):
    idf = saved["words"]["idf"]
    with pytest.raises(ValueError, match=f"{len(idf)} terms but {len(idf) - 1} idf values"):
        Predictor(_broken(saved, ("words", "idf"), idf[:-1]))


@pytest.mark.parametrize("where", [("params",), ("classifier",), ("classifier", "coef"), ("classifier", "temperature"),
                                   ("classifier", "needs_review_below"), ("words", "settings"), ("words", "idf"),
                                   ("words", "settings", "norm"), ("lexvader", "lexicon")])
def test_a_missing_key_is_named(saved, where):
    data = copy.deepcopy(saved)
    target = data
    for key in where[:-1]:
        target = target[key]
    del target[where[-1]]
    with pytest.raises(ValueError, match=f"^model file: missing key '{where[-1]}'$"):
        Predictor(data)


def test_a_saved_token_pattern_is_never_used(saved, tmp_path):
    # A regex in the file could hang every quote (catastrophic backtracking); the word
    # analyser is the library's own, so a planted pattern changes nothing.
    planted = copy.deepcopy(saved)
    planted["words"]["settings"]["token_pattern"] = "(a+)+$"
    quotes = ["a" * 40 + "!", *TEXTS]
    assert Predictor(planted).predict_proba(quotes).tolist() == Predictor(saved).predict_proba(quotes).tolist()


def test_a_file_without_a_vader_weight_reads_it_as_one():
    # Files written before the weight existed weighted VADER like the lexicon.
    older = json.loads(json.dumps(train(TEXTS, LABELS, lexicon=LEXICON, vader_weight=1.0).to_dict()))
    del older["params"]["vader_weight"]
    weighted = json.loads(json.dumps(train(TEXTS, LABELS, lexicon=LEXICON, vader_weight=1.0).to_dict()))
    quotes = ["what a good fad", "friends, a ban and a sad day"]
    assert Predictor(older).vader_weight == 1.0
    assert Predictor(older).predict_proba(quotes).tolist() == Predictor(weighted).predict_proba(quotes).tolist()
    doubled = Predictor(json.loads(json.dumps(train(TEXTS, LABELS, lexicon=LEXICON, vader_weight=2.0).to_dict())))
    assert doubled.predict_records(["The food is good."])[0]["sentiment"] == 0.4404


# --- every malformed file is one line through the CLI ---------------------------------------------------


def _paths(value, prefix=()):
    """Key paths of the dicts in a model dict, two levels deep (lists are changed whole)."""
    if isinstance(value, dict) and len(prefix) < 3:
        for key, child in value.items():
            yield prefix + (key,)
            yield from _paths(child, prefix + (key,))


def _classify(path: Path, monkeypatch, capsys) -> tuple[int, str]:
    import io

    from stance.cli import main

    monkeypatch.setattr("sys.stdin", io.StringIO("a fad\nthe ban\n"))
    code = main(["classify", "--model", str(path)])
    return code, capsys.readouterr().err


def test_classify_with_a_damaged_model_fails_on_one_line(saved, tmp_path, monkeypatch, capsys):
    # Every key deleted or given a value of the wrong kind: classify either still works or
    # exits 2 with one line on stderr, never a traceback.
    path = tmp_path / "bad.json"
    failures = 0
    for where in _paths(saved):
        for value in (None, "x", [], {}, -1, float("nan"), "DELETE"):
            data = copy.deepcopy(saved)
            target = data
            for key in where[:-1]:
                target = target[key]
            if value == "DELETE":
                del target[where[-1]]
            else:
                target[where[-1]] = value
            path.write_text(json.dumps(data), encoding="utf-8")
            code, err = _classify(path, monkeypatch, capsys)
            assert code in (0, 2), where
            if code == 2:
                failures += 1
                assert err.startswith("stance: error: ") and err.count("\n") == 1, (where, value, err)
    assert failures > 100  # most damage is refused, not silently used


@pytest.mark.parametrize("where, value, message", [
    (("classifier", "coef", 0, 0), float("nan"), "coef has NaN or infinite values"),
    (("classifier", "temperature"), 100.0, "temperature 100.0 is outside 0.05-20"),
    (("classifier", "classes"), ["welcoming", "skeptical", "angry"], "not distinct labels"),
])
def test_classify_names_the_problem(saved, tmp_path, monkeypatch, capsys, where, value, message):
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(_broken(saved, where, value)), encoding="utf-8")
    code, err = _classify(path, monkeypatch, capsys)
    assert code == 2 and message in err and err.count("\n") == 1 and "Traceback" not in err


def test_classify_cli_process_with_a_planted_regex_does_not_hang(saved, tmp_path):
    import subprocess
    import sys

    planted = copy.deepcopy(saved)
    planted["words"]["settings"]["token_pattern"] = "(a+)+$"
    path = tmp_path / "planted.json"
    path.write_text(json.dumps(planted), encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "stance.cli", "classify", "--model", str(path)],
                          input="a" * 60 + "!\n", capture_output=True, text=True, timeout=60)
    assert done.returncode == 0 and json.loads(done.stdout)["stance"] in LABELS


# --- no module can unpickle or evaluate code ----------------------------------------------------------

UNSAFE_MODULES = {"pickle", "_pickle", "cPickle", "cloudpickle", "dill", "joblib", "marshal", "shelve"}
UNSAFE_CALLS = {"eval", "exec", "__import__", "import_module", "read_pickle"}


def unsafe_uses(source: str) -> list[str]:
    """Imports of serialisers that run code on load, and calls of eval/exec, dynamic imports and
    pandas' unpickler."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found += [f"import {a.name}" for a in node.names if a.name.split(".")[0] in UNSAFE_MODULES]
        elif isinstance(node, ast.ImportFrom) and (node.module or "").split(".")[0] in UNSAFE_MODULES:
            found.append(f"from {node.module} import")
        elif isinstance(node, ast.Call):
            func = node.func
            name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""
            if name in UNSAFE_CALLS:
                found.append(f"{name}()")
    return found


@pytest.mark.parametrize("source, expected", [
    ("import pickle\npickle.loads(b'')", ["import pickle"]),
    ("from joblib import load\nload('m.joblib')", ["from joblib import"]),
    ("import dill as d", ["import dill"]),
    ("eval('1 + 1')", ["eval()"]),
    ("builtins.exec('x = 1')", ["exec()"]),
    ("importlib.import_module(name)", ["import_module()"]),
    ("pd.read_pickle('records.pkl')", ["read_pickle()"]),
    ("import json\njson.loads('{}')  # pickle in a comment\nmodel.evaluate()", []),
])
def test_unsafe_use_detector(source, expected):
    assert unsafe_uses(source) == expected


def test_no_module_unpickles_or_evaluates_code():
    files = sorted((ROOT / "stance").rglob("*.py")) + sorted((ROOT / "dashboard").rglob("*.py"))
    assert len(files) > 20
    problems = {str(f.relative_to(ROOT)): uses for f in files if (uses := unsafe_uses(f.read_text(encoding="utf-8")))}
    assert problems == {}
