"""Shared state of the running bot: what lives in application.bot_data and how handlers reach it.

Everything is created in post_init (on the running loop) and stored under the keys below; the index
is replaced by a single assignment on /reload, so a handler sees either the old or the new index.
"""

from __future__ import annotations

import datetime as dt
import time
from dataclasses import dataclass
from pathlib import Path
from typing import cast

from telegram.ext import ContextTypes

from bot.config import Config
from bot.knowledge import load_knowledge
from bot.search import Index

Context = ContextTypes.DEFAULT_TYPE

# Keys of application.bot_data.
CONFIG = "config"
INDEX = "index"
RELOAD_LOCK = "reload_lock"
STATS = "stats"
FLOOD = "flood"


@dataclass
class Stats:
    """Counters for /stats; mutated only on the event loop, so no locking is needed."""

    started_at: dt.datetime
    started: float  # time.monotonic() at start, for uptime
    reloaded_at: dt.datetime
    reload_seconds: float
    questions: int = 0
    abstained: int = 0
    inline: int = 0
    flooded: int = 0
    errors: int = 0
    reloads: int = 0


def load_index(path: Path) -> tuple[Index, float]:
    """Load and index the knowledge folder; return the index and how many seconds it took."""
    started = time.perf_counter()
    index = Index.build(load_knowledge(path))
    return index, time.perf_counter() - started


def config_of(context: Context) -> Config:
    return cast(Config, context.bot_data[CONFIG])


def index_of(context: Context) -> Index:
    return cast(Index, context.bot_data[INDEX])


def stats_of(context: Context) -> Stats:
    return cast(Stats, context.bot_data[STATS])


def now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def counts_text(index: Index) -> str:
    return ", ".join(f"{value} {key.replace('_', ' ')}" for key, value in index.knowledge.counts.items())
