"""The arrays file beside a model JSON (stance.label.modelfile.read_arrays): the same numbers to the
last bit, used only for the very JSON it was made from."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np

from stance.label import modelfile
from stance.label.lexicon import load_lexicon
from stance.label.model import train
from stance.label.predictor import load_default_predictor, load_predictor

ROOT = Path(__file__).resolve().parent.parent
SHIPPED = ROOT / "stance" / "label" / "data" / modelfile.MODEL_FILE
LEXICON = load_lexicon("term\tlabel\tweight\nfriends\twelcoming\t1.5\nfad\tskeptical\t2.0\nban\tpolitical\t2.0\n")
TEXTS = ["new friends everywhere", "we love these friends", "happy to meet friends",
         "just a fad", "a fad that fades", "this fad will pass",
         "the ban is wrong", "a ban by the state", "politicians want a ban"]
LABELS = ["welcoming"] * 3 + ["skeptical"] * 3 + ["political"] * 3


def _same_numbers(from_arrays: dict, from_json: dict) -> None:
    for block, key in (("classifier", "coef"), ("words", "idf")):
        expected = np.asarray(from_json[block][key], dtype=np.float64)
        assert from_arrays[block][key].shape == expected.shape
        assert from_arrays[block][key].tobytes() == expected.tobytes()  # bit for bit
    assert modelfile.plain(from_arrays) == from_json


def test_the_shipped_arrays_file_was_made_from_the_shipped_json():
    raw = SHIPPED.read_bytes()
    data = modelfile.read_arrays(modelfile.arrays_path(SHIPPED).read_bytes(), raw)
    assert data is not None, "model.arrays.npz is stale: write it again (StanceModel.to_json does)"
    _same_numbers(data, json.loads(raw))


def test_the_default_model_reads_the_arrays_and_hands_out_plain_data():
    model = load_default_predictor()
    assert isinstance(model._data["classifier"]["coef"], np.ndarray)
    data = model.to_dict()
    assert isinstance(data["classifier"]["coef"], list) and data == json.loads(SHIPPED.read_bytes())


def test_saving_writes_the_arrays_file_and_loading_uses_it(tmp_path):
    fitted = train(TEXTS, LABELS, lexicon=LEXICON)
    path = tmp_path / "model.json"
    fitted.to_json(path)
    assert (tmp_path / "model.arrays.npz").is_file()
    data = modelfile.read(path)
    assert isinstance(data["classifier"]["coef"], np.ndarray)
    _same_numbers(data, json.loads(path.read_bytes()))
    assert load_predictor(path).predict_proba(TEXTS).tobytes() == fitted.predictor().predict_proba(TEXTS).tobytes()


def test_an_arrays_file_made_from_another_json_is_not_used(tmp_path):
    path = tmp_path / "model.json"
    train(TEXTS, LABELS, lexicon=LEXICON).to_json(path)
    edited = json.loads(path.read_bytes())
    edited["classifier"]["coef"][0][0] += 1.0
    path.write_text(json.dumps(edited), encoding="utf-8")  # the arrays file is left as it was
    data = modelfile.read(path)
    assert isinstance(data["classifier"]["coef"], list) and data == edited
    assert modelfile.parse_with_arrays(path.read_bytes(), None) == edited


def test_a_damaged_arrays_file_leaves_the_json_in_charge(tmp_path):
    path = tmp_path / "model.json"
    train(TEXTS, LABELS, lexicon=LEXICON).to_json(path)
    expected = json.loads(path.read_bytes())
    arrays = modelfile.arrays_path(path)
    good = arrays.read_bytes()
    for damaged in (b"", b"not a zip file", good[: len(good) // 2], b"PK\x03\x04" + b"\x00" * 64):
        arrays.write_bytes(damaged)
        assert modelfile.read(path) == expected
