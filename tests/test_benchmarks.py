"""The benchmark scripts still run (on the seeds, once): they measure, these tests do not."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest
from tests.seed_facts import SEED_VOICES

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


def _script(name: str):
    spec = importlib.util.spec_from_file_location(name, ROOT / "benchmarks" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_bench_stages_reports_every_stage(tmp_path, capsys):
    out = tmp_path / "stages.json"
    assert _script("bench_stages").main([str(SEEDS), "--repeat", "1", "--json", str(out)]) == 0
    table = capsys.readouterr().out
    for stage in ("load", "extract", "label", "write"):
        assert f"| {stage} |" in table
    result = json.loads(out.read_text(encoding="utf-8"))
    assert result["voices"] == SEED_VOICES


def test_bench_stages_refuses_a_missing_folder(tmp_path, capsys):
    assert _script("bench_stages").main([str(tmp_path / "nope")]) == 2
    assert "not a directory" in capsys.readouterr().err


def test_bench_analyze_runs_the_cli_and_checks_jobs_agree(tmp_path, capsys):
    out = tmp_path / "analyze.json"
    code = _script("bench_analyze").main([str(SEEDS), "--jobs", "1", "2", "--repeat", "1", "--json", str(out)])
    assert code == 0
    results = json.loads(out.read_text(encoding="utf-8"))["results"]
    assert [r["jobs"] for r in results] == [1, 2]
    assert all(r["voices"] == SEED_VOICES and r["same_output_as_first"] for r in results)


def test_bench_memory_reports_the_peak_of_a_run(tmp_path, capsys):
    out = tmp_path / "memory.json"
    assert _script("bench_memory").main(["--corpus", str(SEEDS), "--json", str(out)]) == 0
    assert "| articles | input MB | peak RSS MB |" in capsys.readouterr().out
    [run] = json.loads(out.read_text(encoding="utf-8"))["results"]
    assert run["articles"] == 5 and run["peak_rss_mb"] > 10


def test_bench_versions_compares_two_binaries_and_their_output(capsys):
    import sys

    stance = str(Path(sys.executable).parent / "stance")
    assert _script("bench_versions").main([stance, stance, str(SEEDS), "--rounds", "1"]) == 0
    out = capsys.readouterr().out
    assert "| old |" in out and "| new |" in out and "same output: yes" in out


def test_bench_engines_runs_every_engine_on_the_same_records(tmp_path, capsys):
    pytest.importorskip("distributed")
    out = tmp_path / "engines.json"
    assert _script("bench_engines").main([str(SEEDS), "--jobs", "2", "--repeat", "1", "--json", str(out)]) == 0
    results = json.loads(out.read_text(encoding="utf-8"))["results"]
    assert [r["variant"] for r in results] == ["jobs1", "jobs2", "dataset-jobs2", "dask-2"]
    assert all(r["voices"] == SEED_VOICES and r["same_records"] for r in results)


# --- the real-news benchmark, on a tiny set written for this test -----------------------------------

REAL_ARTICLE = "“We are thrilled to welcome everyone,” said Ana Silva, a baker.\nKofi Mensah argued that fares should fall."
REAL_STANCE = [("We are thrilled to welcome everyone here", "welcoming", ""),
               ("This craze is a fad and it won't last", "skeptical", "none"),
               ("The government ban is about state surveillance", "political", ""),
               ("The ferry leaves at nine on weekdays", "none", ""),
               ("Sign-ups rose by four percent in March", "none", "welcoming")]


def _real_set(root: Path) -> Path:
    (root / "articles").mkdir(parents=True)
    (root / "articles" / "harbour_story.txt").write_text(REAL_ARTICLE, encoding="utf-8")
    gold = [{"article": "harbour_story", "speaker": "Ana Silva", "kind": "direct", "quote": "We are thrilled to welcome everyone"},
            {"article": "harbour_story", "speaker": "Kofi Mensah", "kind": "indirect", "quote": "fares should fall"}]
    (root / "gold.jsonl").write_text("".join(json.dumps(g) + "\n" for g in gold), encoding="utf-8")
    rows = "".join(f"{quote}\t{label}\t{alt}\tharbour_story\n" for quote, label, alt in REAL_STANCE)
    (root / "stance.tsv").write_text("quote\tlabel\talt\tsource_id\n" + rows, encoding="utf-8")
    return root


def test_realnews_saves_figures_and_never_text(tmp_path, capsys):
    out = tmp_path / "scores.json"
    assert _script("realnews").main(["--data", str(_real_set(tmp_path / "set")), "--save", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "4-label (n=5)" in printed and "gold \\ predicted" in printed and "top three" in printed
    raw = out.read_text(encoding="utf-8")
    saved = json.loads(raw)
    # Numbers only: no quote, speaker or article text.
    for text in [quote for quote, _, _ in REAL_STANCE] + ["Ana Silva", "Kofi Mensah", "fares should fall", "harbour_story"]:
        assert text not in raw
    assert (saved["n_quotes"], saved["n_quotes_3_label"]) == (5, 3)
    assert set(saved["figures"]) == set(_script("realnews_save").MEASURES)
    assert all(isinstance(f["value"], (int, float)) and f["measures"] for f in saved["figures"].values())
    assert (saved["figures"]["extraction_f1"]["value"], saved["figures"]["speaker_accuracy"]["value"]) == (1.0, 1.0)
    assert saved["confusion"]["labels"] == ["welcoming", "skeptical", "political", "none"]
    matrix = saved["confusion"]["rows_gold_columns_predicted"]
    assert [sum(row) for row in matrix] == [1, 1, 1, 2]
    assert {label: c["gold"] for label, c in saved["per_class"].items()} == {
        "welcoming": 1, "skeptical": 1, "political": 1, "none": 2}
    accuracy = sum(matrix[i][i] for i in range(4)) / 5
    assert saved["figures"]["accuracy_4_strict"]["value"] == accuracy


@pytest.mark.parametrize("name, extraction", [("realnews_scores.json", True), ("realnews_extra_scores.json", False)])
def test_shipped_realnews_scores_are_of_the_shipped_model(name, extraction):
    # The Model page shows these beside cross-validation: they must measure the model shipped.
    saved = json.loads((ROOT / "stance/label/data" / name).read_text(encoding="utf-8"))
    assert saved["model_sha256"] == _script("realnews_save").shipped_model_sha256(), \
        f"model.json changed: rerun `{saved['command']}`"
    measures = set(_script("realnews_save").MEASURES)
    assert set(saved["figures"]) == (measures if extraction else measures - {"extraction_f1", "speaker_accuracy"})
    assert saved["n_quotes"] == sum(map(sum, saved["confusion"]["rows_gold_columns_predicted"]))
    for figure in saved["figures"].values():
        assert isinstance(figure["value"], (int, float)) and 0 <= figure["value"] <= max(1, saved["n_quotes"])


def test_realnews_scores_stance_alone_on_a_set_without_articles(tmp_path, capsys):
    root = tmp_path / "set"
    root.mkdir()
    rows = "".join(f"{quote}\t{label}\t{alt}\tharbour_story\n" for quote, label, alt in REAL_STANCE)
    (root / "stance.tsv").write_text("quote\tlabel\talt\tsource_id\n" + rows, encoding="utf-8")
    out = tmp_path / "scores.json"
    assert _script("realnews").main(["--data", str(root), "--stance-only", "--save", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "4-label (n=5)" in printed and "EXTRACTION" not in printed
    raw = out.read_text(encoding="utf-8")
    assert not any(quote in raw for quote, _, _ in REAL_STANCE) and "harbour_story" not in raw
    saved = json.loads(raw)
    assert "extraction_f1" not in saved["figures"] and "--stance-only" in saved["command"]
    assert (saved["n_quotes"], saved["figures"]["macro_f1_4_strict"]["measures"]) == (
        5, _script("realnews_save").MEASURES["macro_f1_4_strict"])


# --- the second real-news set: annotations without text, rebuilt and checked ----------------------

EXTRA_PAGE = "The ferry company said it would add a second boat. “Honestly, it feels like a fad,” one rider said."


def _annotated(folder: Path) -> Path:
    (folder / "pages").mkdir(parents=True)
    (folder / "pages" / "a01_ferry.txt").write_text(EXTRA_PAGE, encoding="utf-8")
    (folder / "sources_a.tsv").write_text("id\turl\tquery\trank\na01_ferry\thttps://example.org/ferry\tferry boat\t1\n",
                                          encoding="utf-8")
    (folder / "part_a.tsv").write_text(
        "quote\tlabel\talt\tsource_id\n"
        "it would add a second boat\tnone\t\ta01_ferry\n"
        "Honestly, it feels like a fad\tskeptical\tnone\ta01_ferry\n"
        "a sentence the page does not hold\twelcoming\t\ta01_ferry\n", encoding="utf-8")
    return folder


def test_realnews_extra_keeps_offsets_not_text_and_rebuilds_the_quotes(tmp_path, capsys):
    extra = _script("realnews_extra")
    folder, committed = _annotated(tmp_path / "work"), tmp_path / "committed"
    assert extra.main(["freeze", str(folder), "--set", str(committed)]) == 0
    assert "quote not found" in capsys.readouterr().err  # the third row is left out, and said so
    for name in ("sources.tsv", "stance_offsets.tsv", "texts.sha256"):
        raw = (committed / name).read_text(encoding="utf-8")
        assert "fad" not in raw and "second boat" not in raw
    assert (committed / "stance_offsets.tsv").read_text(encoding="utf-8").count("\n") == 3
    rebuilt = tmp_path / "rebuilt"
    (rebuilt / "pages").mkdir(parents=True)
    (rebuilt / "pages" / "a01_ferry.txt").write_text(EXTRA_PAGE, encoding="utf-8")
    assert extra.main(["materialize", str(rebuilt), "--set", str(committed)]) == 0
    assert (rebuilt / "stance.tsv").read_text(encoding="utf-8").splitlines() == [
        "quote\tlabel\talt\tsource_id", "it would add a second boat\tnone\t\ta01_ferry",
        "Honestly, it feels like a fad\tskeptical\tnone\ta01_ferry"]


def test_realnews_extra_recall_counts_the_annotated_voices_extraction_finds(tmp_path, capsys):
    extra = _script("realnews_extra")
    folder, committed = _annotated(tmp_path / "work"), tmp_path / "committed"
    # The rider's remark without its cue: annotated as a voice, but nothing attributes it.
    (folder / "pages" / "a01_ferry.txt").write_text(
        "The ferry company said it would add a second boat. Honestly, it feels like a fad.", encoding="utf-8")
    assert extra.main(["freeze", str(folder), "--set", str(committed)]) == 0
    capsys.readouterr()
    assert extra.main(["recall", str(folder), "--set", str(committed)]) == 0
    assert capsys.readouterr().out.startswith("1 of 2 annotated voices found: recall 0.500 (1 records on 1 pages)")


def test_realnews_extra_finds_spans_in_a_page_that_differs_and_names_what_is_lost(tmp_path, capsys):
    extra = _script("realnews_extra")
    committed = tmp_path / "committed"
    assert extra.main(["freeze", str(_annotated(tmp_path / "work")), "--set", str(committed)]) == 0
    capsys.readouterr()
    rebuilt = tmp_path / "rebuilt"
    (rebuilt / "pages").mkdir(parents=True)
    # A saved copy with a word added before the first quote and the first quote changed: the second
    # quote is found at its new offset by its hash, the first is named as lost.
    page = "Update: " + EXTRA_PAGE.replace("second", "third")
    (rebuilt / "pages" / "a01_ferry.txt").write_text(page, encoding="utf-8")
    assert extra.main(["materialize", str(rebuilt), "--set", str(committed)]) == 1
    err = capsys.readouterr().err
    assert "pages/a01_ferry.txt: differs from the annotated text" in err and "a01_ferry 23: span not found" in err
    assert (rebuilt / "stance.tsv").read_text(encoding="utf-8").splitlines()[1:] == [
        "Honestly, it feels like a fad\tskeptical\tnone\ta01_ferry"]


def test_annotator_agreement_known_answer(tmp_path, capsys):
    header = "quote\tlabel\talt\n"
    first = ["welcoming\t", "welcoming\t", "skeptical\tnone", "none\t"]
    second = ["welcoming\t", "skeptical\t", "none\t", "none\t"]
    (tmp_path / "first.tsv").write_text(header + "".join(f"q{i}\t{row}\n" for i, row in enumerate(first)))
    (tmp_path / "second.tsv").write_text(header + "".join(f"q{i}\t{row}\n" for i, row in enumerate(second)))
    assert _script("realnews_extra").main(["agreement", str(tmp_path / "first.tsv"), str(tmp_path / "second.tsv")]) == 0
    printed = capsys.readouterr().out
    # Observed 2/4; chance (2*1 + 1*1 + 1*2) / 16 = 5/16; kappa (8/16 - 5/16) / (11/16) = 3/11.
    assert "raw agreement 0.500, Cohen's kappa 0.273" in printed
    # Strict per-class F1: welcoming 2/3, skeptical 0, political 0 (absent), none 2/3.
    assert "strict: macro-F1 4 labels 0.333, 3 labels 0.222" in printed
    # Lenient: "none" for the row whose alt is none agrees, so none scores 1.
    assert "lenient: macro-F1 4 labels 0.417, 3 labels 0.222" in printed


def test_training_overlap_check_names_a_row_that_shares_six_words(tmp_path, capsys, monkeypatch):
    real = tmp_path / "real"
    real.mkdir()
    (real / "story.txt").write_text("The harbour master said the old ferry would sail again next spring.", encoding="utf-8")
    train = tmp_path / "train.tsv"
    train.write_text("text\tlabel\tstory\n"
                     "Fares will rise by two euros in May.\tnone\tferry\n"
                     "She thinks the old ferry would sail again, which is lovely.\twelcoming\tferry\n",
                     encoding="utf-8")
    check = _script("check_training_overlap")
    monkeypatch.setattr("sys.argv", ["check_training_overlap.py", "--texts", str(real), "--train", str(train)])
    assert check.main() == 1
    out = capsys.readouterr().out
    assert f"{train}:3: shares 'the old ferry would sail again'" in out and "1 rows share" in out
    train.write_text("text\tlabel\tstory\nThe old ferry may sail next year.\tnone\tferry\n", encoding="utf-8")
    assert check.main() == 0
    assert "0 rows share" in capsys.readouterr().out


def _tiny_vectors(path: Path) -> None:
    # Three directions: "forbade" lies next to "banned" (a training word), "teapot" next to nothing.
    vectors = {"banned": [1.0, 0.1, 0.0], "forbade": [0.9, 0.2, 0.0], "welcome": [0.0, 1.0, 0.0],
               "teapot": [0.0, 0.0, 1.0]}
    path.write_text(json.dumps({"dimensions": 3, "words": list(vectors), "vectors": vectors}), encoding="utf-8")


def test_stance_variants_parses_changes_and_refuses_unknown_ones():
    variants = _script("stance_variants")
    parsed = variants.parse_variant("C=3,dropout=2:0.3,column=vader:neu:0,embeddings=v.json:0.1")
    assert parsed["params"] == {"C": 3.0}
    assert parsed["dropout"] == (2, 0.3)
    assert parsed["columns"] == {"vader:neu": 0.0}
    assert parsed["embeddings"] == ("v.json", 0.1)
    assert variants.parse_variant("base")["params"] == {}
    with pytest.raises(SystemExit, match="unknown change 'colour=red'"):
        variants.parse_variant("C=3,colour=red")


def test_stance_variants_dropout_copies_rows_and_keeps_their_labels():
    augmented = _script("stance_variants").augmented
    texts, labels = ["the ferry will sail in May", "fares rise again"], ["none", "skeptical"]
    assert augmented(texts, labels, None) == (texts, labels)
    same_texts, same_labels = augmented(texts, labels, (2, 0.0))  # nothing dropped: two exact copies each
    assert same_texts == texts + [texts[0]] * 2 + [texts[1]] * 2
    assert same_labels == labels + ["none"] * 2 + ["skeptical"] * 2
    dropped, dropped_labels = augmented(texts, labels, (3, 0.5))
    assert dropped == augmented(texts, labels, (3, 0.5))[0]  # seeded: the same copies every time
    assert len(dropped) == len(dropped_labels) and dropped[:2] == texts
    for copy, label in zip(dropped[2:], dropped_labels[2:]):
        source = texts[labels.index(label)].split()
        assert set(copy.split()) <= set(source) and len(copy.split()) <= len(source)


def test_stance_variants_reads_an_unseen_word_as_its_nearest_training_word(tmp_path):
    variants = _script("stance_variants")
    _tiny_vectors(tmp_path / "vectors.json")
    training = ["The council banned the app.", "Officials banned the game.", "A warm welcome to all.",
                "We welcome them."]
    nearest = variants.nearest_training_words(str(tmp_path / "vectors.json"), 0.5, training,
                                              ["The mayor forbade the teapot."])
    assert nearest == {"forbade": "banned"}  # "teapot" has no training word near it; seen words stay
    analyse = variants.NeighbourWords(nearest)
    assert "banned" in analyse("The mayor forbade it") and "forbade" not in analyse("The mayor forbade it")


def test_stance_variants_scores_variants_on_a_set_of_our_own(tmp_path, capsys):
    folder = tmp_path / "own-set"
    folder.mkdir()
    rows = [("What a warm and friendly place to land, we love it here.", "welcoming"),
            ("I doubt this craze will last past the spring.", "skeptical"),
            ("Lawmakers want the ban enforced before the election.", "political"),
            ("The app had 3 million downloads on Monday.", "none")]
    (folder / "stance.tsv").write_text("quote\tlabel\talt\n" + "".join(f"{q}\t{label}\t\n" for q, label in rows),
                                       encoding="utf-8")
    _tiny_vectors(tmp_path / "vectors.json")
    code = _script("stance_variants").main(
        ["base", f"neighbours={tmp_path / 'vectors.json'}:0.5", "--sets", str(folder), "--resamples", "20"])
    assert code == 0
    base, variant = capsys.readouterr().out.splitlines()
    assert base.startswith("base  own-set ") and "pooled ECE" in base and "vs base" not in base
    assert variant.startswith("neighbours=") and "pooled 4-label vs base" in variant


def test_build_word_vectors_keeps_frequent_content_words_in_order(tmp_path, capsys):
    build = _script("build_word_vectors")
    vectors = {"the": [1.0, 0.0], "ferry": [0.0, 1.0], "Harbour": [1.0, 1.0], "sail": [0.5, 0.5],
               "2024": [0.2, 0.1], "tide": [0.3, 0.9]}
    source = tmp_path / "vectors.json"
    source.write_text(json.dumps({"dimensions": 2, "words": list(vectors), "vectors": vectors}), encoding="utf-8")
    out = tmp_path / "table.npz"
    assert build.main([str(source), str(out), "--words", "2"]) == 0
    assert "2 words x 2 dimensions" in capsys.readouterr().out
    import numpy as np

    with np.load(out, allow_pickle=False) as table:
        # "the" is a stop word, "Harbour" not lower case, "2024" not a word: the first two kept are these.
        assert [str(w) for w in table["words"]] == ["ferry", "sail"]
        assert table["vectors"].dtype == np.float16 and table["vectors"].tolist() == [[0.0, 1.0], [0.5, 0.5]]
    source.write_text("not json", encoding="utf-8")
    assert build.main([str(source), str(out)]) == 2
    assert "cannot read word vectors" in capsys.readouterr().err


def test_stance_variants_reads_a_compact_table(tmp_path):
    import numpy as np

    table = tmp_path / "table.npz"
    np.savez_compressed(table, words=np.array(["banned", "welcome"]),
                        vectors=np.array([[1.0, 0.0], [0.0, 1.0]], dtype=np.float16))
    index, vectors = _script("stance_variants").word_vectors(str(table))
    assert index == {"banned": 0, "welcome": 1} and vectors.tolist() == [[1.0, 0.0], [0.0, 1.0]]


def _own_pages(folder: Path, pages: int) -> None:
    """A set of our own: every page holds one quote per label, each label marked by a made-up word."""
    marks = {"welcoming": "zorblat", "skeptical": "quibbix", "political": "plonkem", "none": "trevvel"}
    folder.mkdir()
    lines = ["quote\tlabel\talt\tsource_id"]
    for page in range(pages):
        for label, mark in marks.items():
            lines.append(f"The {mark} story on page {page} came up again today.\t{label}\t\tpage{page}")
    (folder / "stance.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_stance_ceiling_without_real_rows_is_the_shipped_fit_and_learns_from_other_pages(tmp_path, capsys):
    _own_pages(tmp_path / "own-set", pages=5)
    ceiling = _script("stance_ceiling")
    assert ceiling.main(["--weights", "0", "--real-only", "--sets", str(tmp_path / "own-set")]) == 0
    written_only, real_only = capsys.readouterr().out.splitlines()
    # Weight 0 is the written corpus alone, so every fold is the base variant's fit.
    _script("stance_variants").main(["base", "--sets", str(tmp_path / "own-set"), "--resamples", "0"])
    base = capsys.readouterr().out.split("own-set ")[1].split("  ")[0]
    assert written_only.endswith(f"own-set {base}")
    # The made-up words decide the label, and each held-out page is read from the other four.
    assert real_only == ("real quotes alone  pooled 1.000 / 1.000 (without none 1.000)  "
                        "own-set 1.000 / 1.000 (without none 1.000)")


def test_stance_ceiling_refuses_a_missing_set(tmp_path):
    with pytest.raises(SystemExit, match="stance.tsv: missing"):
        _script("stance_ceiling").main(["--sets", str(tmp_path / "nowhere")])


@pytest.mark.parametrize("label, probabilities, expected", [
    ("none", {"welcoming": 0.1, "skeptical": 0.3, "political": 0.2, "none": 0.4}, "skeptical"),
    ("political", {"welcoming": 0.2, "skeptical": 0.1, "political": 0.6, "none": 0.1}, "political"),
    ("none", {"none": 1.0}, "welcoming"),  # no stance probability at all: the first of the three, never none
    ("welcoming", {}, "welcoming"),  # nothing to choose from: the label stays
])
def test_realnews_three_label_reading_never_chooses_none(label, probabilities, expected):
    assert _script("realnews").stance_without_none(label, probabilities) == expected


def test_stance_variants_reads_booleans_and_the_encoded_variant():
    parsed = _script("stance_variants").parse_variant("use_words=False,use_vader=true,encoded=enc:0.5,only=encoded")
    assert parsed["params"] == {"use_words": False, "use_vader": True}  # bool("False") would be True
    assert (parsed["encoded"], parsed["only"]) == (("enc", 0.5), "encoded")


def test_stance_variants_looks_up_sentence_vectors_by_text(tmp_path):
    import numpy as np
    variants = _script("stance_variants")
    (tmp_path / "own.txt").write_text("the ferry sails\nfares  rise again\n", encoding="utf-8")
    np.array([[1, 0, 0], [0, 2, 0]], dtype="<f4").tofile(tmp_path / "own.f32")
    table = variants.encoded_sentences(str(tmp_path), width=3)
    assert sorted(table) == ["fares rise again", "the ferry sails"]  # whitespace runs read as one space
    block = variants.EncodedSentences(str(tmp_path), weight=0.5)
    block.table_ = table
    assert block.transform(["fares rise\nagain", "the ferry sails"]).toarray().tolist() == [[0, 1, 0], [0.5, 0, 0]]
    with pytest.raises(SystemExit, match="no vector for 1 of 2 texts"):
        block.transform(["the ferry sails", "a text never encoded"])
    with pytest.raises(SystemExit, match="own.f32: 6 numbers for 2 texts of 4"):
        variants.encoded_sentences(str(tmp_path), width=4)


def test_stance_variants_writes_the_texts_an_encoder_reads(tmp_path):
    folder = tmp_path / "own-set"
    folder.mkdir()
    (folder / "stance.tsv").write_text("quote\tlabel\talt\nThe ferry  sails\tnone\t\n", encoding="utf-8")
    assert _script("stance_variants").main(["--texts", str(tmp_path / "texts"), "--sets", str(folder)]) == 0
    assert (tmp_path / "texts" / "own-set.txt").read_text(encoding="utf-8") == "The ferry sails\n"
    from stance.label.model import load_training_data
    assert (tmp_path / "texts" / "train.txt").read_text(encoding="utf-8").count("\n") == len(load_training_data().texts)


def test_stance_ceiling_refuses_a_variant_it_cannot_refit_per_fold(tmp_path):
    _own_pages(tmp_path / "own-set", pages=5)
    with pytest.raises(SystemExit, match="neighbours= reads the quotes at prediction"):
        _script("stance_ceiling").main(["--variant", "neighbours=v.json:0.5", "--sets", str(tmp_path / "own-set")])
