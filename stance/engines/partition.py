"""One partition of a Dask run, on a worker: read its files, extract, label, write its parts.

Dask runs tasks in threads, where no SIGALRM timer can stop a runaway regex. So the work runs in a
child process (`python -m stance.engines.partition`), one per worker thread, started when first
needed and kept for the next partitions. In its main thread the per-file time budget works. The
child speaks JSON lines on stdin/stdout (plain data, never pickle). If it dies, the partition
fails with its exit code and the next partition starts a fresh child.
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import threading
from pathlib import Path

_models: dict[str, object] = {}  # sha256 -> Predictor, in the child


def _model(model_text: str | None, model_sha: str | None):
    """The model for `model_sha`, built once per process from its JSON text after checking the hash."""
    if model_sha is None:
        return None
    if model_sha not in _models:
        if model_text is None or hashlib.sha256(model_text.encode("utf-8")).hexdigest() != model_sha:
            raise ValueError("the model text does not match its sha256; refusing to label with it")
        from stance.label.predictor import Predictor

        _models[model_sha] = Predictor(json.loads(model_text))
    return _models[model_sha]


def work(request: dict) -> dict:
    """Do one partition in this process. `files` are dask_engine.PartitionFile lists; problems and
    articles report the path as given, as a local run does."""
    from stance.engines.budget import FileBudget
    from stance.engines.dataset import write_part
    from stance.pipeline import analyze_loaded, assemble_batch, load_listed
    from stance.text.corpus import IdClaims, Input

    label = request["model_sha"] is not None
    model = _model(request.get("model_text"), request["model_sha"]) if label else None
    listed = [(index, Input(Path(absolute), meta, named), base_id, given)
              for index, given, absolute, meta, base_id, named in request["files"]]
    with FileBudget(request["budget_seconds"]) as budget:
        loaded, load_problems = load_listed(listed, IdClaims(), budget)
        kept, voices, found = analyze_loaded(loaded, label, model, budget)
    batch = assemble_batch(loaded, kept, voices, [])
    write_part(request["out_dir"], request["index"], batch.articles, batch.voices)
    problems = sorted(load_problems + found, key=lambda item: item[0])
    return {"index": request["index"], "files": len(listed), "articles": len(batch.articles),
            "voices": len(batch.voices), "problems": [[i, p.path, p.reason, p.skipped] for i, p in problems]}


class ChildDied(RuntimeError):
    """The partition process exited (killed, crashed or out of memory) before it replied."""


class Child:
    """A persistent `python -m stance.engines.partition` process and the model sha it holds."""

    def __init__(self) -> None:
        self.process = subprocess.Popen([sys.executable, "-m", "stance.engines.partition"], stdin=subprocess.PIPE,
                                        stdout=subprocess.PIPE, env={**os.environ, "PYTHONUNBUFFERED": "1"})
        self.model_sha: str | None = None

    def run(self, request: dict) -> dict:
        if request["model_sha"] == self.model_sha:
            request = {**request, "model_text": None}  # it has the model already
        try:
            self.process.stdin.write(json.dumps(request).encode("utf-8") + b"\n")
            self.process.stdin.flush()
            line = self.process.stdout.readline()
        except BrokenPipeError:
            line = b""
        if not line:
            code = self.process.wait()
            raise ChildDied(f"the partition process exited with code {code}")
        reply = json.loads(line)
        if "error" in reply:
            raise RuntimeError(reply["error"])
        self.model_sha = request["model_sha"]
        return reply

    def close(self) -> None:
        if self.process.poll() is None:
            self.process.stdin.close()
            self.process.wait(timeout=30)


_local = threading.local()  # one child per worker thread


def child() -> Child:
    if getattr(_local, "child", None) is None or _local.child.process.poll() is not None:
        _local.child = Child()
    return _local.child


def run_partition(index: int, files: list, out_dir: str, budget_seconds: float, model_text: str | None,
                  model_sha: str | None, isolate: bool = True) -> dict:
    """The Dask task: partition `index` done in this thread's child process (or here, `isolate=False`)."""
    request = {"index": index, "files": files, "out_dir": out_dir, "budget_seconds": budget_seconds,
               "model_text": model_text, "model_sha": model_sha}
    if not isolate:
        return work(request)
    try:
        return child().run(request)
    except ChildDied:
        _local.child = None  # replaced at the next partition
        raise


def _serve() -> int:
    """Child main loop: one JSON request per line in, one JSON reply per line out."""
    protocol = os.fdopen(os.dup(sys.stdout.fileno()), "w", encoding="utf-8")
    sys.stdout = sys.stderr  # nothing else may write on the protocol stream
    for line in sys.stdin:
        try:
            reply = work(json.loads(line))
        except Exception as exc:  # the partition fails with this reason; the child stays
            reply = {"error": f"{type(exc).__name__}: {exc}"}
        protocol.write(json.dumps(reply) + "\n")
        protocol.flush()
    return 0


if __name__ == "__main__":
    sys.exit(_serve())
