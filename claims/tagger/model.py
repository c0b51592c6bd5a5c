"""The tagger network: a pretrained encoder, a word-shape embedding, a linear head.

The encoders we can install are uncased, so capitalisation (which matters for SOURCE
spans) and the inside-a-quotation state (which matters for CONTENT) enter as a small
embedding added to the word embeddings. It starts at zero, so a fresh model equals the
plain encoder. Two encoder families are supported, BERT (MiniLM) and MPNet; the class is
chosen from ``model_type`` in ``config.json``. Model directories are plain Hugging Face
directories.
"""

from __future__ import annotations

import json
from pathlib import Path

import torch
from torch import nn
from transformers import (
    AutoConfig,
    BertConfig,
    BertModel,
    BertPreTrainedModel,
    MPNetConfig,
    MPNetModel,
    MPNetPreTrainedModel,
    PretrainedConfig,
    PreTrainedModel,
)
from transformers.modeling_outputs import TokenClassifierOutput

from claims.errors import ModelError
from claims.labels import ID2LABEL, LABEL2ID
from claims.tagger.bases import DEFAULT_BASE, base_model_path

N_SHAPES = 16


class _TaggerHead:
    """Shape embedding, dropout and the linear layer over the encoder's last hidden states.

    A mixin for the ``PreTrainedModel`` classes below: the parameters live on the model itself
    (``shape_embeddings``, ``classifier``), so checkpoint keys are the same for every family.
    """

    base_model_prefix: str  # "bert" or "mpnet": the attribute holding the encoder
    shape_embeddings: nn.Embedding
    dropout: nn.Dropout
    classifier: nn.Linear

    def _init_head(self, config: PretrainedConfig) -> None:
        self.num_labels = int(config.num_labels or len(LABEL2ID))
        self.use_shape = bool(getattr(config, "claims_shape_features", True))
        self.shape_embeddings = nn.Embedding(N_SHAPES, config.hidden_size)
        self.dropout = nn.Dropout(config.hidden_dropout_prob)
        self.classifier = nn.Linear(config.hidden_size, self.num_labels)

    def forward(
        self,
        input_ids: torch.Tensor,
        attention_mask: torch.Tensor | None = None,
        shape_ids: torch.Tensor | None = None,
        labels: torch.Tensor | None = None,
        output_hidden_states: bool = False,
    ) -> TokenClassifierOutput:
        """Logits per token; cross-entropy loss when labels are given (-100 ignored); the encoder's states if asked."""
        encoder: BertModel | MPNetModel = getattr(self, self.base_model_prefix)
        embeds = encoder.get_input_embeddings()(input_ids)
        if self.use_shape and shape_ids is not None:
            embeds = embeds + self.shape_embeddings(shape_ids)
        out = encoder(inputs_embeds=embeds, attention_mask=attention_mask, output_hidden_states=output_hidden_states)
        logits = self.classifier(self.dropout(out.last_hidden_state))
        loss = None
        if labels is not None:
            loss = nn.functional.cross_entropy(logits.view(-1, self.num_labels), labels.view(-1), ignore_index=-100)
        return TokenClassifierOutput(loss=loss, logits=logits, hidden_states=out.hidden_states)


class ClaimsTaggerModel(_TaggerHead, BertPreTrainedModel):
    """BIO role tagger on a BERT encoder (MiniLM) with optional word-shape features."""

    def __init__(self, config: BertConfig) -> None:
        super().__init__(config)
        self.bert = BertModel(config, add_pooling_layer=False)
        self._init_head(config)
        self.post_init()


class ClaimsMPNetTaggerModel(_TaggerHead, MPNetPreTrainedModel):
    """BIO role tagger on an MPNet encoder with optional word-shape features."""

    def __init__(self, config: MPNetConfig) -> None:
        super().__init__(config)
        self.mpnet = MPNetModel(config, add_pooling_layer=False)
        self._init_head(config)
        self.post_init()


TAGGER_CLASSES: dict[str, type[PreTrainedModel]] = {"bert": ClaimsTaggerModel, "mpnet": ClaimsMPNetTaggerModel}


def tagger_class(model_type: str) -> type[PreTrainedModel]:
    """The tagger class for an encoder family (``model_type`` of its config)."""
    try:
        return TAGGER_CLASSES[model_type]
    except KeyError:
        raise ModelError(f"unsupported encoder type {model_type!r} (supported: {', '.join(TAGGER_CLASSES)})") from None


def load_tagger_model(path: str | Path, dtype: torch.dtype = torch.float32) -> PreTrainedModel:
    """A trained tagger from a model directory, its weights in ``dtype`` (fp32 unless asked)."""
    model_type = json.loads((Path(path) / "config.json").read_text(encoding="utf-8")).get("model_type", "bert")
    return tagger_class(model_type).from_pretrained(str(path), dtype=dtype)


def new_from_base(base: str = DEFAULT_BASE, shape_features: bool = True) -> PreTrainedModel:
    """A fresh tagger on top of a pretrained encoder (head random, shape embedding zero)."""
    path = base_model_path(base)
    config = AutoConfig.from_pretrained(path, num_labels=len(LABEL2ID), id2label=ID2LABEL, label2id=LABEL2ID)
    config.claims_shape_features = shape_features
    model = tagger_class(config.model_type).from_pretrained(path, config=config)
    assert isinstance(model, _TaggerHead)
    with torch.no_grad():
        model.shape_embeddings.weight.zero_()
    return model


def is_tagger(path: str | Path) -> bool:
    """Whether ``path`` is a claims tagger directory (its config names one of :data:`TAGGER_CLASSES`)."""
    try:
        names = json.loads((Path(path) / "config.json").read_text(encoding="utf-8")).get("architectures") or []
    except (OSError, ValueError, AttributeError):
        return False  # not a local directory, or no readable config
    return bool(set(names) & {c.__name__ for c in TAGGER_CLASSES.values()})


def tagger_fingerprint(model: nn.Module) -> str:
    """A short hash of a tagger's output layer, the same whether its weights are fp32 or cast to bf16.

    Any retraining changes the output layer, so what was fitted on another tagger's states
    (syntax heads, a check-worthiness classifier reading its encoder) is told apart.
    """
    layer = model.get_submodule("classifier")
    if not isinstance(layer, nn.Linear):
        raise ModelError("the tagger has no linear output layer ('classifier') to fingerprint")
    return _fingerprint(layer.weight.detach())


def stored_fingerprint(path: str | Path) -> str:
    """:func:`tagger_fingerprint` of the tagger in a model directory, read from its weight files alone."""
    from safetensors import SafetensorError, safe_open

    root = Path(path)
    index = root / "model.safetensors.index.json"
    try:  # one file before the shards' index, as transformers loads them (a stale index may outlive its shards)
        if (root / "model.safetensors").is_file() or not index.is_file():
            shard = "model.safetensors"
        else:
            shard = json.loads(index.read_text(encoding="utf-8"))["weight_map"]["classifier.weight"]
        with safe_open(str(root / shard), framework="pt") as f:
            return _fingerprint(f.get_tensor("classifier.weight"))
    except (OSError, KeyError, TypeError, ValueError, SafetensorError) as err:
        raise ModelError(f"{root}: no tagger output layer to fingerprint ({type(err).__name__}: {err})") from None


def _fingerprint(weight: torch.Tensor) -> str:
    import hashlib

    return hashlib.sha256(weight.to(torch.bfloat16).float().cpu().numpy().tobytes()).hexdigest()[:16]
