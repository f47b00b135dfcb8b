"""Shared fixtures: the fake and real NLP backends, and ../shared when present."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.nlp import FakeBackend, SpacyBackend

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
GOLD = SHARED / "gold"


@pytest.fixture(scope="session")
def fake_backend() -> FakeBackend:
    return FakeBackend()


@pytest.fixture(scope="session")
def spacy_backend() -> SpacyBackend:
    return SpacyBackend()


@pytest.fixture(scope="session")
def gold_dir() -> Path:
    if not GOLD.is_dir():
        pytest.skip(f"gold data not found: ../shared/gold is absent beside the checkout ({GOLD.name})")
    return GOLD
