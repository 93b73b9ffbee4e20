"""SQLite in DATA_DIR: what the bot must remember across restarts.

- counters per day, event and rule (answers, abstentions, clarifications, 👍/👎): aggregate numbers
  only, kept for good, so /stats can show the last 7 days and the total;
- votes: one row per (answer message, user) so a user's repeated 👍 counts once and a changed mind
  moves the counters; pruned after the retention period;
- kept questions: the text of a question the bot could not answer, asked to clarify, or that got
  a 👎, with the user id replaced by a salted hash; pruned after the retention period, never written
  when keeping is switched off;
- conversation state (python-telegram-bot's chat_data and user_data) as JSON rows.

One process owns the file (Telegram caps a bot near 30 messages/s, far below what one SQLite
writer sustains). WAL journaling with synchronous=NORMAL makes a commit an append to the log, not a
sync, so writing on the event loop costs microseconds; a crash loses at most the last commits,
never the file.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import os
import secrets
import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

FILENAME = "bot.sqlite3"
SALT_FILENAME = "salt"
SCHEMA_VERSION = 1
PRUNE_EVERY_SECONDS = 3600.0
MAX_KEPT_CHARS = 1000  # a kept question is cut like the engine cuts it
DAY = 86_400

# Event names in the counters table.
ANSWER = "answer"
ABSTAIN = "abstain"
CLARIFY = "clarify"
SMALLTALK = "smalltalk"
UP = "up"
DOWN = "down"
EVENTS = (ANSWER, ABSTAIN, CLARIFY, SMALLTALK, UP, DOWN)

# Why a question's text was kept.
KEPT_REASONS = (ABSTAIN, CLARIFY, DOWN)

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS counts (
    day TEXT NOT NULL, event TEXT NOT NULL, rule_id TEXT NOT NULL, n INTEGER NOT NULL,
    PRIMARY KEY (day, event, rule_id)
);
CREATE TABLE IF NOT EXISTS votes (
    key TEXT PRIMARY KEY, at REAL NOT NULL, rule_id TEXT NOT NULL, verdict TEXT NOT NULL, up INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS votes_at ON votes (at);
CREATE TABLE IF NOT EXISTS questions (
    id INTEGER PRIMARY KEY, at REAL NOT NULL, reason TEXT NOT NULL, lang TEXT NOT NULL,
    text TEXT NOT NULL, user TEXT NOT NULL, rule_id TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS questions_at ON questions (at);
CREATE TABLE IF NOT EXISTS state (
    kind TEXT NOT NULL, key INTEGER NOT NULL, data TEXT NOT NULL, at REAL NOT NULL,
    PRIMARY KEY (kind, key)
);
"""


class StoreError(Exception):
    """The data folder's database cannot be opened or created; the message says where and why."""


@dataclass(frozen=True)
class KeptQuestion:
    """A question text kept for the admins, with why it was kept."""

    id: int
    at: float
    reason: str
    lang: str
    text: str
    user: str  # salted hash of the user id
    rule_id: str


@dataclass(frozen=True)
class RuleTally:
    """Answers and votes for one rule: in the recent window and in total."""

    rule_id: str
    recent: dict[str, int]
    total: dict[str, int]


class Store:
    """The bot's SQLite database; every method runs on the caller's thread (the event loop)."""

    def __init__(
        self,
        path: Path,
        salt: bytes,
        *,
        keep_questions: bool = True,
        retention_days: int = 90,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.path = path
        self.keep_questions = keep_questions
        self.retention_days = retention_days
        self._salt = salt
        self._clock = clock
        self._last_prune = float("-inf")
        self._db = _connect(path)

    @classmethod
    def open(cls, data_dir: Path, **kwargs: Any) -> Store:
        """The store in `data_dir` (created on first use, salt included); pruned once at start."""
        try:
            data_dir.mkdir(parents=True, exist_ok=True)
            salt = _salt(data_dir / SALT_FILENAME)
            store = cls(data_dir / FILENAME, salt, **kwargs)
        except (OSError, sqlite3.Error) as exc:
            raise StoreError(f"DATA_DIR: cannot use {data_dir / FILENAME}: {exc}") from None
        store.prune()
        return store

    def close(self) -> None:
        """Close the database (a WAL checkpoint folds the log back into the file)."""
        self._db.close()

    # ------------------------------------------------------------------ counters

    def count(self, event: str, rule_id: str | None = None, n: int = 1, *, at: float | None = None) -> None:
        """Add `n` to today's counter of `event` for `rule_id` ("" when the event has no rule)."""
        with self._write() as db:
            self._bump(db, _day(self._clock() if at is None else at), event, rule_id or "", n)
        self.maybe_prune()

    @staticmethod
    def _bump(db: sqlite3.Connection, day: str, event: str, rule_id: str, n: int) -> None:
        db.execute(
            "INSERT INTO counts (day, event, rule_id, n) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (day, event, rule_id) DO UPDATE SET n = n + excluded.n",
            (day, event, rule_id, n),
        )

    def totals(self, days: int = 7) -> tuple[dict[str, int], dict[str, int]]:
        """Every event's count over the last `days` days (today included) and in total."""
        since = _day(self._clock() - (days - 1) * DAY)
        recent = dict.fromkeys(EVENTS, 0)
        total = dict.fromkeys(EVENTS, 0)
        query = "SELECT event, SUM(CASE WHEN day >= ? THEN n ELSE 0 END), SUM(n) FROM counts GROUP BY event"
        for event, r, t in self._db.execute(query, (since,)):
            recent[event], total[event] = int(r), int(t)
        return recent, total

    def rule_totals(self, days: int = 7, limit: int = 15) -> list[RuleTally]:
        """Per-rule counts of answers and votes, most answered (in total) first."""
        since = _day(self._clock() - (days - 1) * DAY)
        rows = self._db.execute(
            "SELECT rule_id, event, SUM(CASE WHEN day >= ? THEN n ELSE 0 END), SUM(n) FROM counts "
            "WHERE rule_id != '' GROUP BY rule_id, event",
            (since,),
        ).fetchall()
        tallies: dict[str, RuleTally] = {}
        for rule_id, event, r, t in rows:
            tally = tallies.setdefault(rule_id, RuleTally(rule_id, dict.fromkeys(EVENTS, 0), dict.fromkeys(EVENTS, 0)))
            tally.recent[event], tally.total[event] = int(r), int(t)
        ranked = sorted(tallies.values(), key=lambda t: (-t.total[ANSWER], -t.total[DOWN], t.rule_id))
        return ranked[:limit]

    # ------------------------------------------------------------------ votes

    def vote(self, answer_key: str, user_id: int, rule_id: str, verdict: str, up: bool) -> bool:
        """Record a 👍/👎 on one answer; False if this user had already voted the same way on it.

        A changed vote moves the counters of the day the first vote was cast.
        """
        key = self._hash(f"vote|{answer_key}|{user_id}")
        now = self._clock()
        with self._write() as db:
            row = db.execute("SELECT at, up FROM votes WHERE key = ?", (key,)).fetchone()
            if row is not None and bool(row[1]) == up:
                return False
            if row is None:
                db.execute(
                    "INSERT INTO votes (key, at, rule_id, verdict, up) VALUES (?, ?, ?, ?, ?)",
                    (key, now, rule_id, verdict, int(up)),
                )
                self._bump(db, _day(now), UP if up else DOWN, rule_id, 1)
            else:
                day = _day(row[0])
                db.execute("UPDATE votes SET up = ?, verdict = ? WHERE key = ?", (int(up), verdict, key))
                self._bump(db, day, DOWN if up else UP, rule_id, -1)
                self._bump(db, day, UP if up else DOWN, rule_id, 1)
        self.maybe_prune()
        return True

    # ------------------------------------------------------------------ kept questions

    def keep_question(self, text: str, reason: str, lang: str, user_id: int | None, rule_id: str | None = None) -> bool:
        """Keep a question's text for the admins, if keeping is on; the user id only as a salted hash."""
        if not self.keep_questions or reason not in KEPT_REASONS:
            return False
        text = " ".join(text.split())[:MAX_KEPT_CHARS]
        if not text:
            return False
        user = self._hash(f"user|{user_id}") if user_id is not None else ""
        with self._write() as db:
            db.execute(
                "INSERT INTO questions (at, reason, lang, text, user, rule_id) VALUES (?, ?, ?, ?, ?, ?)",
                (self._clock(), reason, lang, text, user, rule_id or ""),
            )
        self.maybe_prune()
        return True

    def kept_questions(self, limit: int = 2000) -> list[KeptQuestion]:
        """The most recent kept questions, newest first."""
        rows = self._db.execute(
            "SELECT id, at, reason, lang, text, user, rule_id FROM questions ORDER BY at DESC, id DESC LIMIT ?",
            (limit,),
        )
        return [KeptQuestion(*row) for row in rows]

    # ------------------------------------------------------------------ retention

    def prune(self) -> int:
        """Delete kept questions and votes older than the retention period; how many rows went."""
        cutoff = self._clock() - self.retention_days * DAY
        with self._write() as db:
            gone = db.execute("DELETE FROM questions WHERE at < ?", (cutoff,)).rowcount
            gone += db.execute("DELETE FROM votes WHERE at < ?", (cutoff,)).rowcount
            # Conversation context is only useful for minutes; after the retention period it goes.
            gone += db.execute("DELETE FROM state WHERE kind = 'chat' AND at < ?", (cutoff,)).rowcount
        self._last_prune = self._clock()
        if gone:
            log.info("pruned %d row(s) older than %d days", gone, self.retention_days)
        return gone

    def maybe_prune(self) -> None:
        """Prune if the last pruning is more than an hour old (called on every write, so a bot in
        use prunes hourly without a scheduler)."""
        if self._clock() - self._last_prune >= PRUNE_EVERY_SECONDS:
            self.prune()

    # ------------------------------------------------------------------ conversation state

    def load_state(self, kind: str) -> dict[int, dict[str, Any]]:
        """Every saved state of `kind` ("chat" or "user"), by chat or user id."""
        out: dict[int, dict[str, Any]] = {}
        for key, data in self._db.execute("SELECT key, data FROM state WHERE kind = ?", (kind,)):
            try:
                value = json.loads(data)
            except ValueError:
                log.warning("dropping unreadable %s state for id %s", kind, key)
                continue
            if isinstance(value, dict):
                out[int(key)] = value
        return out

    def save_state(self, kind: str, key: int, data: dict[str, Any] | None) -> None:
        """Save (or, with None or an empty dict, delete) one chat's or user's state."""
        with self._write() as db:
            if not data:
                db.execute("DELETE FROM state WHERE kind = ? AND key = ?", (kind, key))
                return
            try:
                encoded = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
            except (TypeError, ValueError) as exc:
                # A bug (something not JSON in chat_data) must not take persistence down with it.
                log.error("cannot save %s state for id %s: %s", kind, key, exc)
                return
            db.execute(
                "INSERT INTO state (kind, key, data, at) VALUES (?, ?, ?, ?) "
                "ON CONFLICT (kind, key) DO UPDATE SET data = excluded.data, at = excluded.at",
                (kind, key, encoded, self._clock()),
            )

    # ------------------------------------------------------------------ helpers

    def _hash(self, value: str) -> str:
        return hashlib.sha256(self._salt + value.encode("utf-8")).hexdigest()[:24]

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """One transaction: committed on success, rolled back on error."""
        self._db.execute("BEGIN IMMEDIATE")
        try:
            yield self._db
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        self._db.execute("COMMIT")


def _day(at: float) -> str:
    return dt.datetime.fromtimestamp(at, dt.UTC).strftime("%Y-%m-%d")


def _connect(path: Path) -> sqlite3.Connection:
    """Open (or create) the database; a file that is not a database is moved aside, not lost."""
    try:
        return _open(path)
    except sqlite3.DatabaseError as exc:
        if not path.exists():
            raise
        aside = path.with_name(f"{path.name}.corrupt-{int(time.time())}")
        log.error("%s is not a usable database (%s); moved it to %s and starting afresh", path, exc, aside.name)
        path.rename(aside)
        for suffix in ("-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        return _open(path)


def _open(path: Path) -> sqlite3.Connection:
    # isolation_level=None: we issue BEGIN/COMMIT ourselves (see Store._write).
    db = sqlite3.connect(path, isolation_level=None)
    try:
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA synchronous=NORMAL")
        db.execute("PRAGMA busy_timeout=5000")
        db.executescript(_SCHEMA)
        row = db.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()
        if row is None:
            db.execute("INSERT INTO meta (key, value) VALUES ('schema', ?)", (str(SCHEMA_VERSION),))
        elif int(row[0]) > SCHEMA_VERSION:
            raise sqlite3.DatabaseError(f"schema version {row[0]} is newer than this bot's ({SCHEMA_VERSION})")
    except BaseException:
        db.close()
        raise
    os.chmod(path, 0o600)
    return db


def _salt(path: Path) -> bytes:
    """The salt for user-id hashes: created once (never overwritten), readable by the owner only."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        salt = path.read_bytes().strip()
        if len(salt) < 32:
            raise OSError(f"{path} is too short to be a salt; delete it to create a new one") from None
        return salt
    salt = secrets.token_hex(32).encode("ascii")
    with os.fdopen(fd, "wb") as file:
        file.write(salt + b"\n")
    return salt
