"""End-to-end Ray tests on one local cluster: a worker killed mid-run and a rerun; .txt folders, pass-through, claims."""

import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from claims.batch.archive import read_output
from claims.batch.local import run_local
from claims.batch.scorer import FAULT_MARKER, ScorerOptions

from .test_batch import CLAIMY, make_archive

ray = pytest.importorskip("ray")


@pytest.fixture(scope="module")
def cluster(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A local cluster whose workers die once when the yielded marker file exists (they inherit the variable)."""
    marker = tmp_path_factory.mktemp("ray") / "kill-once"
    os.environ[FAULT_MARKER] = str(marker)
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
    try:
        yield marker
    finally:
        ray.shutdown()
        del os.environ[FAULT_MARKER]


def test_ray_batch_survives_a_killed_worker_and_reruns_without_duplicates(
    tiny_model: Path, tmp_path: Path, cluster: Path
) -> None:
    from claims.batch.ray_engine import run_ray

    archive = make_archive(tmp_path / "in", n=300)
    out = tmp_path / "out"
    cluster.touch()
    first = run_ray(str(archive), out, "body", "doc_id", ScorerOptions(str(tiny_model)), workers=1, batch_size=50)
    assert not cluster.exists()  # a worker died once and Ray retried its batch
    again = run_ray(str(archive), out, "body", "doc_id", ScorerOptions(str(tiny_model)), workers=1, batch_size=50)
    rows = read_output(out)
    ids = [r["id"] for r in rows]
    assert first["rows"] == again["rows"] == 300
    assert len(ids) == len(set(ids)) == 300
    assert sum(r["error"] is not None for r in rows) == 8


def test_ray_scores_txt_folders_passes_fields_through_and_writes_the_claims_local_does(
    tiny_model: Path, tmp_path: Path, cluster: Path
) -> None:
    from claims.batch.ray_engine import run_ray

    folder = tmp_path / "news"
    (folder / "sub").mkdir(parents=True)
    for i, text in enumerate(CLAIMY):
        (folder / ("sub" if i else ".") / f"n{i}.txt").write_text(text, encoding="utf-8")
    (folder / "sub" / "bad.txt").write_bytes(b"caf\xe9")
    src = tmp_path / "in.jsonl"
    rows = [{"id": f"j{i}", "text": t, "score": i, "desk": "city"} for i, t in enumerate(CLAIMY)]
    src.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    options = ScorerOptions(str(tiny_model))
    for name, inputs in (("txt", folder), ("jsonl", src)):
        ray_claims, local_claims = tmp_path / f"{name}-ray.jsonl", tmp_path / f"{name}-local.jsonl"
        result = run_ray(str(inputs), tmp_path / f"{name}-ray", options=options, batch_size=2, claims=ray_claims)
        run_local(str(inputs), tmp_path / f"{name}.jsonl", options=options, claims=local_claims)
        assert by_id(read_output(tmp_path / f"{name}-ray")) == by_id(read_output(tmp_path / f"{name}.jsonl"))
        claims = sorted(read_output(ray_claims), key=lambda c: (c["id"], c["claim_id"]))
        assert claims == sorted(read_output(local_claims), key=lambda c: (c["id"], c["claim_id"]))
        assert result["claims"] == len(claims) > len(CLAIMY)
    txt = {r["id"]: r["error"] for r in read_output(tmp_path / "txt-ray")}
    assert txt == {"n0.txt": None, "sub/n1.txt": None, "sub/n2.txt": None, "sub/bad.txt": txt["sub/bad.txt"]}
    assert txt["sub/bad.txt"].startswith("not valid utf-8")
    jsonl = read_output(tmp_path / "jsonl-ray")
    assert sorted((r["input.score"], r["desk"]) for r in jsonl) == [(0, "city"), (1, "city"), (2, "city")]


def by_id(rows: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """Output rows by id, the analysis JSON read (Ray writes the rows in any order)."""
    return {r["id"]: {**r, "analysis": r["analysis"] and json.loads(r["analysis"])} for r in rows}
