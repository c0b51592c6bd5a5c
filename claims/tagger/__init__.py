"""The transformer tagger: SOURCE, CUE and CONTENT spans over whole articles."""

from claims.tagger.model import ClaimsTaggerModel, base_model_path
from claims.tagger.predict import Tagger

__all__ = ["ClaimsTaggerModel", "Tagger", "base_model_path"]
