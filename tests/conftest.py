"""Shared fixtures: the shipped dataset, and a writable copy of it for corruption tests."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from components.data import DEFAULT_DATA_DIR, TABLE_FILES, Atlas, load_atlas

ROOT = Path(__file__).resolve().parent.parent
TODAY = date(2026, 11, 26)


@pytest.fixture(scope="session")
def atlas() -> Atlas:
    return load_atlas(DEFAULT_DATA_DIR, today=TODAY)


@pytest.fixture
def data_copy(tmp_path: Path) -> Path:
    """A copy of the data tables that a test may break."""
    for filename in TABLE_FILES.values():
        shutil.copy(DEFAULT_DATA_DIR / filename, tmp_path / filename)
    return tmp_path
