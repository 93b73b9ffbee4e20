"""State of the running bot and of each conversation, and where it is kept.

- `Runtime` (one object in application.bot_data) holds what every handler shares: the config, the
  index, the SQLite store, the flood guards and the group outbox. It is created in post_init on the
  running loop; /reload replaces `runtime.index` with a single assignment, so a handler sees either
  the old or the new index, never a mix.
- chat_data holds a chat's last topic and which rule each recent answer was about (for follow-ups
  and replies); user_data holds the /bahasa preference. Both are plain JSON-able dicts, persisted by
  `SQLitePersistence` in DATA_DIR so they survive a restart. Question texts are never put there.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import threading
import time
from collections import OrderedDict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, cast

from telegram.ext import BasePersistence, ContextTypes, PersistenceInput

from bot.config import Config
from bot.knowledge import load_knowledge
from bot.render import InlineItem
from bot.search import Index, keep_out_of_collection
from bot.store import Store
from bot.telegram.flood import Guards
from bot.telegram.send import Outbox

Context = ContextTypes.DEFAULT_TYPE

RUNTIME = "runtime"  # the key of the Runtime in application.bot_data
TOPIC_SECONDS = 600.0  # a next message is read as a follow-up for this long after an answer
ANSWERS_REMEMBERED = 50  # per chat: which rule the last N answers were about (replies to them)
RECENT_QUESTIONS = 2000  # question texts held in memory so a 👎 can keep the text it was about
RECENT_SECONDS = 86_400.0
LANGS = ("id", "en")


@dataclass
class Counters:
    """Since-start counters for /stats (the durable ones are in the store)."""

    inline: int = 0
    flooded: int = 0
    busy: int = 0  # group questions turned away because the group's queue was full
    errors: int = 0
    reloads: int = 0
    undelivered: int = 0  # messages given up on after retries and fallbacks


class RecentQuestions:
    """Which question each recent answer message answered, in memory only and bounded.

    A 👎 keeps the text of the question it is about (for /unanswered); nothing else does, so the
    texts of answered questions never reach the disk.
    """

    def __init__(self, limit: int = RECENT_QUESTIONS, seconds: float = RECENT_SECONDS) -> None:
        self._limit = limit
        self._seconds = seconds
        self._items: OrderedDict[tuple[int, int], tuple[str, str, float]] = OrderedDict()

    def add(self, chat_id: int, message_id: int, question: str, lang: str) -> None:
        self._items[(chat_id, message_id)] = (question, lang, time.monotonic())
        while len(self._items) > self._limit:
            self._items.popitem(last=False)

    def get(self, chat_id: int, message_id: int) -> tuple[str, str] | None:
        item = self._items.get((chat_id, message_id))
        if item is None or time.monotonic() - item[2] > self._seconds:
            return None
        return item[0], item[1]


@dataclass
class Runtime:
    """What every handler shares (application.bot_data[RUNTIME])."""

    config: Config
    index: Index
    store: Store
    guards: Guards
    outbox: Outbox
    reload_seconds: float
    started_at: dt.datetime = field(default_factory=lambda: now())
    started: float = field(default_factory=time.monotonic)
    reloaded_at: dt.datetime = field(default_factory=lambda: now())
    counters: Counters = field(default_factory=Counters)
    recent: RecentQuestions = field(default_factory=RecentQuestions)
    # Created here, on the running loop, rather than at import time.
    reload_lock: asyncio.Lock = field(default_factory=asyncio.Lock)
    reload_thread: threading.Thread | None = None
    reload_finished: threading.Event | None = None  # set when the last reload's thread is done
    # Popular-question inline results per language, for the index they were computed from.
    popular: dict[str, list[InlineItem]] = field(default_factory=dict)
    popular_index: int = 0


def runtime(context: Context) -> Runtime:
    """The shared Runtime of the application this context belongs to."""
    return cast(Runtime, context.bot_data[RUNTIME])


def load_index(path: Path) -> tuple[Index, float]:
    """Load and index the knowledge folder; return the index and how many seconds it took."""
    started = time.perf_counter()
    index = Index.build(load_knowledge(path))
    keep_out_of_collection()  # the bot answers from it for hours: no full collection over it mid-answer
    return index, time.perf_counter() - started


def now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def counts_text(index: Index) -> str:
    return ", ".join(f"{value} {key.replace('_', ' ')}" for key, value in index.knowledge.counts.items())


# --------------------------------------------------------------------------- conversation state


def remember_answer(chat_data: dict[str, Any], message_id: int, rule_id: str | None, at: float) -> None:
    """Note that `message_id` answered `rule_id`, which becomes the chat's topic."""
    if rule_id is None:
        return
    answers = chat_data.setdefault("answers", {})
    answers[str(message_id)] = rule_id  # str keys: the state is stored as JSON
    for old in list(answers)[:-ANSWERS_REMEMBERED]:
        del answers[old]
    chat_data["topic"] = [rule_id, at]


def follow_up_topic(chat_data: dict[str, Any], reply_to: int | None, at: float) -> str | None:
    """The rule a new message may follow up on: the replied-to answer's, else a recent topic."""
    if reply_to is not None:
        rule_id = chat_data.get("answers", {}).get(str(reply_to))
        if rule_id:
            return str(rule_id)
    topic = chat_data.get("topic")
    if isinstance(topic, list) and len(topic) == 2 and at - float(topic[1]) <= TOPIC_SECONDS:
        return str(topic[0])
    return None


def language_preference(user_data: dict[str, Any] | None) -> str | None:
    """The user's /bahasa choice ("id" or "en"), or None for automatic."""
    lang = (user_data or {}).get("lang")
    return lang if lang in LANGS else None


class SQLitePersistence(BasePersistence[dict[str, Any], dict[str, Any], dict[str, Any]]):
    """python-telegram-bot persistence for chat_data and user_data, as JSON rows in the store.

    bot_data is not persisted (it holds the Runtime, rebuilt at every start); neither are
    callback data (our buttons carry their own data) nor conversations (not used).
    """

    def __init__(self, store: Store, update_interval: float = 30) -> None:
        super().__init__(
            store_data=PersistenceInput(bot_data=False, chat_data=True, user_data=True, callback_data=False),
            update_interval=update_interval,
        )
        self.store = store

    async def get_chat_data(self) -> dict[int, dict[str, Any]]:
        return self.store.load_state("chat")

    async def get_user_data(self) -> dict[int, dict[str, Any]]:
        return self.store.load_state("user")

    async def update_chat_data(self, chat_id: int, data: dict[str, Any]) -> None:
        self.store.save_state("chat", chat_id, data)

    async def update_user_data(self, user_id: int, data: dict[str, Any]) -> None:
        self.store.save_state("user", user_id, data)

    async def drop_chat_data(self, chat_id: int) -> None:
        self.store.save_state("chat", chat_id, None)

    async def drop_user_data(self, user_id: int) -> None:
        self.store.save_state("user", user_id, None)

    async def refresh_chat_data(self, chat_id: int, chat_data: dict[str, Any]) -> None:
        """Nothing to refresh: this process is the only writer."""

    async def refresh_user_data(self, user_id: int, user_data: dict[str, Any]) -> None:
        """Nothing to refresh: this process is the only writer."""

    async def get_bot_data(self) -> dict[str, Any]:
        return {}

    async def update_bot_data(self, data: dict[str, Any]) -> None:
        """bot_data is rebuilt at every start, never stored."""

    async def refresh_bot_data(self, bot_data: dict[str, Any]) -> None:
        """bot_data is rebuilt at every start, never stored."""

    async def get_callback_data(self) -> None:
        return None

    async def update_callback_data(self, data: Any) -> None:
        """Buttons carry their own data; nothing to store."""

    async def get_conversations(self, name: str) -> dict[Any, Any]:
        return {}

    async def update_conversation(self, name: str, key: Any, new_state: object | None) -> None:
        """No ConversationHandler is used."""

    async def flush(self) -> None:
        """Every update is committed when written; nothing is buffered."""
