"""Where govcheck's own files live: the checkout's data/ (GOVCHECK_DATA_DIR points elsewhere), templates/,
reports/."""

from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA_DIR = Path(os.environ.get("GOVCHECK_DATA_DIR") or ROOT / "data")
TEMPLATES_DIR = ROOT / "templates"
REPORTS_DIR = ROOT / "reports"
