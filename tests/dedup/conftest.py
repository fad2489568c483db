"""Makes tests/corpus_support.py (corpus pages and a stand-in processor) importable here."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
