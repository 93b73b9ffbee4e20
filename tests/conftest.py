"""Shared pytest fixtures. Each section belongs to one area; add new ones in their own section."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest
import pytest_asyncio
from fake_telegram import FakeTelegram, running_fake, write_sample_knowledge
from telegram_harness import Harness, running_bot

# --------------------------------------------------------------------------- Telegram channel
# Used by tests/test_telegram*.py and tests/test_config.py.


@pytest.fixture
def tg_knowledge(tmp_path: Path) -> Path:
    """A small valid knowledge folder of our own, independent of the shipped knowledge/."""
    return write_sample_knowledge(tmp_path / "knowledge")


@pytest.fixture
def fake_telegram() -> Iterator[FakeTelegram]:
    """A fake Telegram Bot API server on a free 127.0.0.1 port, stopped after the test."""
    with running_fake() as fake:
        yield fake


@pytest.fixture
def tg_data(tmp_path: Path) -> Path:
    """The bot's DATA_DIR for one test (SQLite store and salt)."""
    return tmp_path / "data"


@pytest_asyncio.fixture
async def bot(fake_telegram: FakeTelegram, tg_knowledge: Path, tg_data: Path) -> AsyncIterator[Harness]:
    """A running bot with the sample knowledge; admin is user 42."""
    async with running_bot(fake_telegram, tg_knowledge, tg_data) as harness:
        yield harness
