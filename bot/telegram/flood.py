"""Flood protection: at most `limit` updates per sender in any `window` seconds."""

from __future__ import annotations

import enum
import time
from collections import deque
from collections.abc import Callable


class Flood(enum.Enum):
    """What to do with a user's question under flood protection."""

    ALLOW = "allow"
    WARN = "warn"  # first question over the limit: tell the user once
    SILENT = "silent"  # later ones: ignore until the window frees up


class FloodGuard:
    """At most `limit` questions per user in any `window` seconds; one warning, then silence."""

    SWEEP_USERS = 10_000  # forget idle users once this many are tracked

    def __init__(self, limit: int, window: float, clock: Callable[[], float] = time.monotonic) -> None:
        self.limit = limit
        self.window = window
        self._clock = clock
        self._hits: dict[int, deque[float]] = {}
        self._warned: set[int] = set()

    def check(self, user_id: int) -> Flood:
        """Record a question from `user_id` if it is within the limit; say what to do with it."""
        now = self._clock()
        hits = self._hits.setdefault(user_id, deque())
        while hits and hits[0] <= now - self.window:
            hits.popleft()
        if len(hits) < self.limit:
            hits.append(now)
            self._warned.discard(user_id)
            if len(self._hits) > self.SWEEP_USERS:
                self._sweep(now)
            return Flood.ALLOW
        # Refused questions are not recorded, so a flooding user is back after `window` seconds.
        if user_id in self._warned:
            return Flood.SILENT
        self._warned.add(user_id)
        return Flood.WARN

    def _sweep(self, now: float) -> None:
        for uid in [u for u, h in self._hits.items() if not h or h[-1] <= now - self.window]:
            del self._hits[uid]
            self._warned.discard(uid)
