"""Command line: a thin layer over the stance library."""

from __future__ import annotations

import argparse
import gc
import os
import sys
import time
from pathlib import Path

DEFAULT_CORPUS = "seeds"
# `stance classify` labels and writes this many lines at a time.
CLASSIFY_BLOCK = 5_000


def _default_paths(paths: list[str]) -> list[str]:
    if paths:
        return paths
    if Path(DEFAULT_CORPUS).is_dir():
        return [DEFAULT_CORPUS]
    # Installed elsewhere: fall back to the seeds shipped beside the package in a checkout.
    return [str(Path(__file__).resolve().parent.parent / DEFAULT_CORPUS)]


def _emit(voice_groups, fmt: str, output: str | None) -> None:
    """Write groups of voices as they come, in the export schema: nothing but the current group is
    held in memory."""
    from itertools import chain

    from stance.export import (CSV_ENCODING, EXPORT_COLUMNS, save_atomically, voice_export_row, write_csv,
                               write_parquet, write_voices_jsonl)

    if fmt == "parquet":
        row_groups = ([voice_export_row(v) for v in voices] for voices in voice_groups)
        save_atomically(output, lambda handle: write_parquet(row_groups, handle, EXPORT_COLUMNS), encoding=None)
        return
    voices = chain.from_iterable(voice_groups)

    def writer(handle) -> None:
        if fmt == "csv":
            write_csv(map(voice_export_row, voices), handle, EXPORT_COLUMNS)
        else:
            write_voices_jsonl(voices, handle)

    if output and output != "-":
        save_atomically(output, writer, encoding=CSV_ENCODING if fmt == "csv" else "utf-8")
    else:
        writer(sys.stdout)


class _Tally:
    """Counts what a stream produced and prints each problem on stderr as it arrives."""

    def __init__(self) -> None:
        self.articles = self.voices = self.skipped = 0

    def problem(self, problem) -> None:
        print(problem, file=sys.stderr)
        self.skipped += problem.skipped

    def watch(self, batches):
        for batch in batches:
            self.articles += len(batch.articles)
            self.voices += len(batch.voices)
            for problem in batch.problems:
                self.problem(problem)
            yield batch

    def summary(self, extra: str = "") -> str:
        return (f"{self.voices} voices from {self.articles} articles"
                + (f"; {self.skipped} file(s) skipped" if self.skipped else "") + extra)


def _check_analyze_options(args: argparse.Namespace) -> str | None:
    if args.out and args.output:
        return "give either -o FILE (one table) or --out DIR (a dataset), not both"
    if args.format == "parquet" and not args.out and (not args.output or args.output == "-"):
        return "--format parquet needs -o FILE (Parquet is binary: not for standard output)"
    if args.engine == "dask" and not args.out:
        return "--engine dask writes a dataset: give --out DIR"
    if args.scheduler and args.engine != "dask":
        return "--scheduler needs --engine dask"
    if args.partition_size < 1:
        return "--partition-size must be at least 1"
    return None


def cmd_analyze(args: argparse.Namespace) -> int:
    problem = _check_analyze_options(args)
    if problem:
        print(f"stance: error: {problem}", file=sys.stderr)
        return 2
    if args.engine == "dask":
        return _analyze_on_dask(args)
    from stance.pipeline import stream

    tally = _Tally()
    jobs = args.jobs or 1
    if getattr(args, "long_lived_model", False) and not args.no_labels and jobs <= 1:
        _load_model_out_of_collection()
    if args.out:
        from stance.engines.dataset import model_sha256, write_dataset
        from stance.resources import read_text

        model_sha = None if args.no_labels else model_sha256(read_text("stance.label", "model.json"))
        batches = stream(_default_paths(args.paths), label=not args.no_labels, jobs=jobs, chunk_files=args.partition_size)
        manifest = write_dataset(tally.watch(batches), args.out, model_sha=model_sha, partition_files=args.partition_size)
        print(tally.summary(f"; {len(manifest['partitions'])} partition(s) in {args.out}"), file=sys.stderr)
    else:
        batches = tally.watch(stream(_default_paths(args.paths), label=not args.no_labels, jobs=jobs))
        _emit((batch.voices for batch in batches), args.format, args.output)
        print(tally.summary(), file=sys.stderr)
    return 1 if tally.skipped and not tally.articles else 0


def _load_model_out_of_collection() -> None:
    """Load the model before the run and move it, with everything imported so far, out of the
    cycle collector's reach (gc.freeze): it lives for the whole run, and each full collection
    walked its 225,000 numbers and 45,000 terms again. A model that fails to load is left to
    labelling, which reports the reason per article as before."""
    from stance.label.predictor import load_default_predictor

    try:
        load_default_predictor()
    except Exception:  # noqa: BLE001 - reported by labelling
        return
    gc.freeze()


def _analyze_on_dask(args: argparse.Namespace) -> int:
    try:
        from stance.engines import dask_engine
    except ImportError:
        print('stance: error: --engine dask needs the dask extra: pip install "stance[dask]"', file=sys.stderr)
        return 2
    try:
        result = dask_engine.run(_default_paths(args.paths), args.out, scheduler=args.scheduler, workers=args.jobs,
                                 partition_files=args.partition_size, label=not args.no_labels)
    except ImportError:
        print('stance: error: --engine dask needs the dask extra: pip install "stance[dask]"', file=sys.stderr)
        return 2
    tally = _Tally()
    for problem in result.problems:
        tally.problem(problem)
    for failed in result.failed:
        shown = ", ".join(failed["files"][:3]) + (", …" if len(failed["files"]) > 3 else "")
        print(f"error: partition {failed['index']} failed ({failed['reason']}); its {len(failed['files'])} file(s), "
              f"listed in {args.out}/_manifest.json: {shown}", file=sys.stderr)
    tally.articles, tally.voices = result.manifest["articles"], result.manifest["voices"]
    print(tally.summary(f"; {len(result.manifest['partitions'])} partition(s) in {args.out}"
                        + (f"; {len(result.failed)} partition(s) failed" if result.failed else "")), file=sys.stderr)
    return 1 if result.failed or (tally.skipped and not tally.articles) else 0


def cmd_score(args: argparse.Namespace) -> int:
    from stance.text.corpus import load_articles
    from stance.pipeline import extract_all
    from stance.extract.scoring import load_gold, score

    loaded = load_articles(_default_paths(args.paths))
    gold_file = os.path.realpath(args.gold)
    for problem in loaded.problems:
        if os.path.realpath(problem.path) != gold_file:  # a gold file kept beside its articles is no article
            print(problem, file=sys.stderr)
    gold = load_gold(args.gold, {a.id: a for a in loaded.articles})
    result = score(extract_all(loaded.articles), gold)
    print(result.summary())
    if args.details and result.details():
        print(result.details())
    return 0


def _stdin_text() -> str:
    """Standard input as text; ValueError (one line) for bytes that are not UTF-8 text."""
    stream = getattr(sys.stdin, "buffer", None)
    if stream is None:  # replaced by a text stream (tests, embedding)
        return sys.stdin.read()
    data = stream.read()
    if b"\x00" in data:
        raise ValueError(f"standard input looks binary (NUL byte at offset {data.index(0)}); expected one quote per line")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ValueError(f"standard input is not UTF-8 text (invalid byte at offset {exc.start})") from None


def cmd_classify(args: argparse.Namespace) -> int:
    from stance.engines.classify import classified_text, default_jobs

    quotes = [q for q in _stdin_text().splitlines() if q.strip()]
    # A block at a time, each written before later ones are labelled: memory stays that of a few
    # blocks, however many lines come in (a repeated line in another block is labelled again).
    sys.stdout.writelines(classified_text(quotes, args.format, args.model, jobs=args.jobs or default_jobs(),
                                          block_size=CLASSIFY_BLOCK))
    return 0


def cmd_train(args: argparse.Namespace) -> int:
    from stance.label.evaluate import train_with_cv
    from stance.label.model import load_training_data

    rows = load_training_data(args.data or None)
    if args.with_corrections:
        from stance.store import CorrectionStore

        extra_texts, extra_labels = CorrectionStore(args.db).training_rows()
        rows.texts += extra_texts
        rows.labels += extra_labels
        rows.stories += ["reviewed corrections"] * len(extra_texts)
        print(f"{len(extra_texts)} reviewed corrections added", file=sys.stderr)
    started = time.perf_counter()
    model = train_with_cv(rows.texts, rows.labels, n_splits=args.folds, stories=rows.stories)
    model.to_json(args.output)
    cv = model.meta["training"]["cv"]
    story = f", stories held out {cv['story_cv']['macro_f1']:.3f}" if cv.get("story_cv") else ""
    print(f"trained on {len(rows.texts)} examples in {time.perf_counter() - started:.2f} s "
          f"({cv['n_splits']}-fold CV macro-F1 {cv['macro_f1']:.3f}{story}; "
          f"temperature {model.temperature:.2f}, review below {model.needs_review_below:.2f}) -> {args.output}",
          file=sys.stderr)
    return 0


def cmd_evaluate(args: argparse.Namespace) -> int:
    from stance.label.evaluate import ablation, cross_validate, format_ablation, format_report
    from stance.label.model import load_training_data

    texts, labels = load_training_data(args.data or None)
    print(format_report(cross_validate(texts, labels, n_splits=args.folds)))
    if args.ablation:
        print()
        print(format_ablation(ablation(texts, labels, n_splits=args.folds)))
    from stance.pipeline import analyze

    analysis = analyze(_default_paths(args.paths))
    print("\nSeed voices (speaker, stance, confidence, quote):")
    for voice in analysis.voices:
        print(f"  {voice.speaker[:28]:28} {voice.stance:10} {voice.confidence:.2f}  {voice.quote[:60]}")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="stance", description="Find the voices quoted in news articles and label their stance.")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    analyze = commands.add_parser("analyze", help="extract, attribute and label every voice in articles",
                                  description="One record per voice found in the articles (.txt, .md, .html) and tables of "
                                              "articles (.csv, .tsv, .jsonl, .parquet with a text column) under PATH.")
    analyze.add_argument("paths", nargs="*", metavar="PATH",
                         help=f"article files, tables of articles or folders (default: {DEFAULT_CORPUS}/)")
    analyze.add_argument("--format", choices=("jsonl", "csv", "parquet"), default="jsonl",
                         help="output format (default: jsonl; parquet needs -o FILE)")
    analyze.add_argument("-o", "--output", help="write to FILE instead of standard output (written atomically)")
    analyze.add_argument("--out", metavar="DIR", help="write a Parquet dataset: DIR/voices, DIR/articles, DIR/_manifest.json")
    analyze.add_argument("--jobs", type=int, default=None,
                         help="worker processes (default: 1; with --engine dask and no --scheduler: one per CPU)")
    analyze.add_argument("--no-labels", action="store_true", help="extraction only: skip the stance model")
    analyze.add_argument("--engine", choices=("local", "dask"), default="local",
                         help="local processes (default) or a Dask cluster (needs --out; pip extra: dask)")
    analyze.add_argument("--scheduler", metavar="ADDRESS", help="Dask scheduler address (default: start a LocalCluster)")
    analyze.add_argument("--partition-size", type=int, default=500, metavar="N",
                         help="files per dataset partition (default: 500)")
    analyze.set_defaults(func=cmd_analyze)

    score = commands.add_parser("score", help="precision, recall and speaker accuracy of extraction against a gold file",
                                description="Compare extracted voices with a gold JSONL file (article, speaker, kind, quote).")
    score.add_argument("gold", help="gold JSONL file, e.g. tests/data/gold/seeds.jsonl")
    score.add_argument("paths", nargs="*", metavar="PATH", help=f"articles the gold file annotates (default: {DEFAULT_CORPUS}/)")
    score.add_argument("--details", action="store_true", help="list missed, spurious and misattributed voices")
    score.set_defaults(func=cmd_score)

    classify = commands.add_parser("classify", help="label quotes read one per line from standard input",
                                   description="Read one quote per line on stdin; print one labeled record per line.")
    classify.add_argument("--format", choices=("jsonl", "csv"), default="jsonl", help="output format (default: jsonl)")
    classify.add_argument("--model", help="model JSON file (default: the shipped model)")
    classify.add_argument("--jobs", type=int, default=None,
                          help=f"worker processes (default: one per CPU; input of up to {CLASSIFY_BLOCK:,} lines runs in one)")
    classify.set_defaults(func=cmd_classify)

    train = commands.add_parser("train", help="train the stance model and save it as JSON",
                                description="Fit lexicon + VADER + TF-IDF logistic regression on labeled TSV data; "
                                            "its cross-validation report is saved in the model.")
    train.add_argument("--data", nargs="+", metavar="FILE", help="training TSV files (text<TAB>label; default: the shipped corpus)")
    train.add_argument("-o", "--output", default="model.json", help="where to write the model (default: model.json)")
    train.add_argument("--with-corrections", action="store_true", help="add reviewers' corrections from the database")
    train.add_argument("--db", default=None, help="corrections database (default: data/corrections.sqlite3)")
    train.add_argument("--folds", type=int, default=5,
                       help="cross-validation folds; the report is stored in the model (default: 5)")
    train.set_defaults(func=cmd_train)

    evaluate = commands.add_parser("evaluate", help="cross-validated metrics, ablation and the seed voices' labels",
                                   description="Stratified k-fold cross-validation of the stance model on its training corpus.")
    evaluate.add_argument("paths", nargs="*", metavar="PATH", help=f"articles whose voices to label (default: {DEFAULT_CORPUS}/)")
    evaluate.add_argument("--data", nargs="+", metavar="FILE", help="training TSV files (default: the shipped corpus)")
    evaluate.add_argument("--folds", type=int, default=5, help="number of folds (default: 5)")
    evaluate.add_argument("--ablation", action="store_true", help="also compare feature sets on the same folds")
    evaluate.set_defaults(func=cmd_evaluate)
    return parser


# The CLI is a short batch run that builds hundreds of thousands of small, acyclic
# records; the default gen-0 threshold (700) re-scans them ~600 times per 10,000
# articles. Collecting less often cost no memory and saved 2-6% of the time. On the
# 10,000-article corpus, collection took 0.42 s at a gen-0 threshold of 10,000 and
# 0.07 s at 100,000 (timed by gc.callbacks), with the same peak memory (159 MB).
_GC_THRESHOLD = (100_000, 10, 10)


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if argv is None:  # a real `stance` process, not a call from Python code
        gc.set_threshold(*_GC_THRESHOLD)
        args.long_lived_model = True
    try:
        return args.func(args)
    except BrokenPipeError:  # `stance analyze | head`
        return 0
    except Exception as exc:  # a reason in one line, never a traceback
        if not isinstance(exc, (OSError, ValueError, *_store_errors())):
            raise
        print(f"stance: error: {' '.join(str(exc).split())}", file=sys.stderr)
        return 2


def _store_errors() -> tuple[type[Exception], ...]:
    """StoreError when the corrections store was used: importing it (and sqlite3) for every command
    cost `stance analyze` 14 ms, and a store never opened raises none."""
    store = sys.modules.get("stance.store")
    return (store.StoreError,) if store is not None else ()


if __name__ == "__main__":
    sys.exit(main())
