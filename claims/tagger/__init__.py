"""The transformer tagger: SOURCE, CUE and CONTENT spans over whole articles."""

from claims.tagger.bases import base_model_path
from claims.tagger.model import ClaimsMPNetTaggerModel, ClaimsTaggerModel
from claims.tagger.predict import Tagger

__all__ = ["ClaimsMPNetTaggerModel", "ClaimsTaggerModel", "Tagger", "base_model_path"]
