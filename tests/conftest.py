"""Shared pytest fixtures. Each section belongs to one area; add new ones in their own section."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fake_telegram import FakeTelegram, running_fake, write_sample_knowledge

# --------------------------------------------------------------------------- Telegram channel
# Used by tests/test_telegram.py and tests/test_config.py.


@pytest.fixture
def tg_knowledge(tmp_path: Path) -> Path:
    """A small valid knowledge folder of our own, independent of the shipped knowledge/."""
    return write_sample_knowledge(tmp_path / "knowledge")


@pytest.fixture
def fake_telegram() -> Iterator[FakeTelegram]:
    """A fake Telegram Bot API server on a free 127.0.0.1 port, stopped after the test."""
    with running_fake() as fake:
        yield fake
