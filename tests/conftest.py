"""Shared pytest fixtures. Each section belongs to one area; add new ones in their own section."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest
import pytest_asyncio
from bot.config import DEFAULT_KNOWLEDGE
from bot.knowledge import load_knowledge
from bot.search import Index
from fake_telegram import FakeTelegram, running_fake, write_sample_knowledge
from kbfactory import write_kb
from news_server import NewsServer
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


# --------------------------------------------------------------------------- Admin knowledge changes
# Used by tests/test_ingest.py, tests/test_history.py and tests/test_admin_knowledge.py.


@pytest.fixture
def news_site() -> Iterator[NewsServer]:
    """The local news site of tests/news_server.py on a free 127.0.0.1 port."""
    with NewsServer() as server:
        yield server


# The general-duty card and the domain words, as the shipped knowledge has them: a question about
# neutrality that no card rules on gets the principle answer, which cites a passage it matches
# closely, such as a newly added article's.
ADMIN_PRINCIPLE = """\
- id: prinsip-netralitas
  kind: principle
  topic: umum
  title:
    id: "Apa prinsip umum netralitas ASN?"
    en: "What is the general rule of ASN neutrality?"
  questions:
    id:
      - Apa prinsip umum netralitas ASN?
      - apa aja yang boleh dan ga boleh buat asn selama pilkada?
      - Bagaimana seharusnya sikap PNS selama tahapan pilkada?
      - aturan umum asn soal politik gimana?
    en:
      - What is the general rule of ASN neutrality?
      - How should a civil servant behave during an election?
  verdict: conditional
  answer:
    id: Boleh menjalani kehidupan pribadi asalkan tidak mendukung calon. Tanyakan ke BKPSDM.
    en: Private life is fine as long as you support no candidate. Ask your BKPSDM.
  basis: [pp94-p7]
  valid_as_of: 2026-11-30
"""
ADMIN_DOMAIN = """\
- id: domain-neutrality
  kind: domain
  terms: [netral, netralitas, politik, pilkada, pemilu, neutrality, election]
"""


@pytest.fixture
def admin_kb(tmp_path: Path) -> Path:
    """A small valid knowledge folder (tests/kbfactory.py plus a principle card) that the admin
    tests may change."""
    return write_kb(tmp_path / "kb", **{"rules/prinsip.yaml": ADMIN_PRINCIPLE, "concepts/ranah.yaml": ADMIN_DOMAIN})


@pytest.fixture
def admin_data(tmp_path: Path) -> Path:
    """DATA_DIR for the change log."""
    return tmp_path / "data"


# --------------------------------------------------------------------------- Shipped knowledge
# Used by tests/test_readings.py, tests/test_scope.py and tests/test_evaluation.py.


@pytest.fixture(scope="session")
def shipped_index() -> Index:
    """The engine's index over knowledge/ as shipped, built once for the session; tests only read it."""
    return Index.build(load_knowledge(DEFAULT_KNOWLEDGE))
