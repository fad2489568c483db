"""Two normal forms: `display_form` (orthography repaired) and `search_form` (folded, versioned)."""

from __future__ import annotations

from akhbar.normalize.display import DigitSet, display_form
from akhbar.normalize.search import SEARCH_VERSION, search_fold, search_form, search_form_recent

__all__ = ["SEARCH_VERSION", "DigitSet", "display_form", "search_fold", "search_form", "search_form_recent"]
