"""Flood protection on every update the bot would answer: messages, commands, buttons, inline.

Each sender has a budget of updates per window. A person is counted by user id; messages that no
single person sent (anonymous group admins arrive "from" GroupAnonymousBot, channel posts from
Channel_Bot, some service messages have no sender at all) are counted per chat, so one anonymous
admin cannot silence the anonymous admins of every other group, and none bypasses the guard.
"""

from __future__ import annotations

import enum
import time
from collections import deque
from collections.abc import Callable, Hashable
from dataclasses import dataclass

from telegram import Update

from bot.config import SERVICE_USER_IDS

# Budgets relative to the question budget: a user explores one answer with a few buttons, and
# Telegram sends an inline query for every pause while typing.
BUTTON_FACTOR = 2
INLINE_FACTOR = 3


class Flood(enum.Enum):
    """What to do with an update under flood protection."""

    ALLOW = "allow"
    WARN = "warn"  # first update over the limit: tell the sender once
    SILENT = "silent"  # later ones: ignore until the window frees up


class FloodGuard:
    """At most `limit` updates per sender in any `window` seconds; one warning, then silence."""

    SWEEP_SENDERS = 10_000  # forget idle senders once this many are tracked

    def __init__(self, limit: int, window: float, clock: Callable[[], float] = time.monotonic) -> None:
        self.limit = limit
        self.window = window
        self._clock = clock
        self._hits: dict[Hashable, deque[float]] = {}
        self._warned: set[Hashable] = set()

    def check(self, sender: Hashable) -> Flood:
        """Record an update from `sender` if it is within the limit; say what to do with it."""
        now = self._clock()
        hits = self._hits.setdefault(sender, deque())
        while hits and hits[0] <= now - self.window:
            hits.popleft()
        if len(hits) < self.limit:
            hits.append(now)
            self._warned.discard(sender)
            if len(self._hits) > self.SWEEP_SENDERS:
                self._sweep(now)
            return Flood.ALLOW
        # Refused updates are not recorded, so a flooding sender is back after `window` seconds.
        if sender in self._warned:
            return Flood.SILENT
        self._warned.add(sender)
        return Flood.WARN

    def _sweep(self, now: float) -> None:
        for key in [k for k, h in self._hits.items() if not h or h[-1] <= now - self.window]:
            del self._hits[key]
            self._warned.discard(key)


@dataclass
class Guards:
    """One guard per kind of update: messages and commands, button presses, inline queries."""

    messages: FloodGuard
    buttons: FloodGuard
    inline: FloodGuard

    @classmethod
    def create(cls, limit: int, window: float, clock: Callable[[], float] = time.monotonic) -> Guards:
        return cls(
            FloodGuard(limit, window, clock),
            FloodGuard(limit * BUTTON_FACTOR, window, clock),
            FloodGuard(limit * INLINE_FACTOR, window, clock),
        )

    def check(self, update: Update) -> Flood:
        """The decision for one update (ALLOW for updates with no sender and no chat)."""
        sender = sender_key(update)
        if sender is None:
            return Flood.ALLOW
        if update.inline_query is not None:
            return self.inline.check(sender)
        if update.callback_query is not None:
            return self.buttons.check(sender)
        return self.messages.check(sender)


def sender_key(update: Update) -> Hashable | None:
    """Whom an update is counted against: ("user", id) for a person, else ("chat", id)."""
    user = update.effective_user
    if user is not None and user.id not in SERVICE_USER_IDS:
        return ("user", user.id)
    message = update.effective_message
    sender_chat = getattr(message, "sender_chat", None)
    if sender_chat is not None:
        return ("chat", sender_chat.id)
    chat = update.effective_chat
    if chat is not None:
        return ("chat", chat.id)
    return ("user", user.id) if user is not None else None
