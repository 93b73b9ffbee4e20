"""Shared pytest fixtures. Each section belongs to one area; add new ones in their own section."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fake_telegram import FakeTelegram, running_fake, write_sample_knowledge
from kbfactory import write_kb
from news_server import NewsServer

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


# --------------------------------------------------------------------------- Admin knowledge changes
# Used by tests/test_ingest.py, tests/test_history.py and tests/test_admin_knowledge.py.


@pytest.fixture
def news_site() -> Iterator[NewsServer]:
    """The local news site of tests/news_server.py on a free 127.0.0.1 port."""
    with NewsServer() as server:
        yield server


@pytest.fixture
def admin_kb(tmp_path: Path) -> Path:
    """A small valid knowledge folder (tests/kbfactory.py) that the admin tests may change."""
    return write_kb(tmp_path / "kb")


@pytest.fixture
def admin_data(tmp_path: Path) -> Path:
    """DATA_DIR for the change log."""
    return tmp_path / "data"
