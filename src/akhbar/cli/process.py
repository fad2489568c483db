"""`akhbar process`: raw pages in, one JSON record per article out (filled in by the pipeline)."""

from __future__ import annotations
