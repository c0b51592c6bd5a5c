"""One end-to-end Ray test: local cluster, a worker killed mid-run, a rerun; one row per id."""

import os
from pathlib import Path

import pytest

from claims.batch.archive import read_output
from claims.batch.scorer import FAULT_MARKER, ScorerOptions

from .test_batch import make_archive

ray = pytest.importorskip("ray")


def test_ray_batch_survives_a_killed_worker_and_reruns_without_duplicates(tiny_model: Path, tmp_path: Path) -> None:
    from claims.batch.ray_engine import run_ray

    archive = make_archive(tmp_path / "in", n=300)
    out = tmp_path / "out"
    marker = tmp_path / "kill-once"
    marker.touch()
    os.environ[FAULT_MARKER] = str(marker)  # inherited by the Ray workers of the cluster started here
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
    try:
        first = run_ray(str(archive), out, "body", "doc_id", ScorerOptions(str(tiny_model)), workers=1, batch_size=50)
        assert not marker.exists()  # a worker died once and Ray retried its batch
        again = run_ray(str(archive), out, "body", "doc_id", ScorerOptions(str(tiny_model)), workers=1, batch_size=50)
    finally:
        ray.shutdown()
        del os.environ[FAULT_MARKER]
    rows = read_output(out)
    ids = [r["id"] for r in rows]
    assert first["rows"] == again["rows"] == 300
    assert len(ids) == len(set(ids)) == 300
    assert sum(r["error"] is not None for r in rows) == 8
