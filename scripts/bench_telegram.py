"""Benchmark the Telegram channel end to end: fake Bot API -> bot -> reply, on loopback only.

Runs the real Application (build_application, long polling) against the in-repo fake server
(tests/fake_telegram.py) and measures updates handled per second and the time from enqueueing an
update to the bot's first reply. The fake runs in a child process, as Telegram would be remote,
so the two do not share one GIL. Bounded in count and time.

    python scripts/bench_telegram.py                 # default scenarios, Markdown table
    python scripts/bench_telegram.py --updates 200 --knowledge knowledge
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import multiprocessing
import os
import platform
import sys
import tempfile
import time
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from fake_telegram import FakeTelegram, polling, running_fake, write_sample_knowledge

from bot.config import load_config
from bot.knowledge import KnowledgeError, load_knowledge
from bot.telegram import build_application

QUESTIONS = [
    "Apakah ASN boleh menyukai unggahan calon kepala daerah di media sosial?",
    "Bolehkah ASN hadir di kampanye?",
    "Can a civil servant like a candidate's post on social media?",
    "bolehkah pppk me-like postingan caleg di instagram",
    "May a civil servant attend a campaign rally?",
    "resep nasi goreng kampung yang enak",  # abstains
]


@dataclass(frozen=True)
class Scenario:
    name: str
    concurrency: int
    updates: int
    rate_limiter: bool = False
    pace: float = 0.0  # updates per second; 0 = all at once (a burst)
    api_ms: int = 0  # latency the fake adds to every Bot API call but getUpdates


@dataclass(frozen=True)
class Result:
    scenario: Scenario
    handled: int
    messages: int
    seconds: float
    latencies_ms: list[float]

    @property
    def per_second(self) -> float:
        return self.handled / self.seconds if self.seconds else 0.0

    def percentile(self, q: float) -> float:
        if not self.latencies_ms:
            return float("nan")
        ordered = sorted(self.latencies_ms)
        return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def _serve_fake(conn: Connection, latency: float) -> None:
    """Child process: run the fake server and obey enqueue/replies/stop commands from the pipe."""
    with running_fake(latency=latency) as fake:
        conn.send((fake.token, fake.base_url))
        while True:
            command, arg = conn.recv()
            if command == "enqueue":
                ids = fake.enqueue(*arg)
                conn.send([fake.enqueued_at[i] for i in ids])
            elif command == "replies":
                calls = fake.calls_of("sendMessage", since=arg)
                conn.send((arg + len(calls), [(c.params.get("chat_id"), c.at) for c in calls]))
            else:
                conn.send(None)
                return


class RemoteFake:
    """The fake Bot API in a child process; time.perf_counter() is system-wide on Linux."""

    def __init__(self, latency: float = 0.0) -> None:
        ctx = multiprocessing.get_context("spawn")
        self._conn, child = ctx.Pipe()
        self._proc = ctx.Process(target=_serve_fake, args=(child, latency), daemon=True)
        self._proc.start()
        self.token, self.base_url = self._conn.recv()
        self.factory = FakeTelegram()  # builds updates locally; never started
        self._scanned = 0

    def _ask(self, command: str, arg: Any) -> Any:
        self._conn.send((command, arg))
        return self._conn.recv()

    def enqueue(self, updates: list[dict[str, Any]]) -> list[float]:
        return list(self._ask("enqueue", updates))

    def new_replies(self) -> list[tuple[int, float]]:
        self._scanned, replies = self._ask("replies", self._scanned)
        return list(replies)

    def close(self) -> None:
        self._ask("stop", None)
        self._proc.join(timeout=10)


async def run_scenario(scenario: Scenario, knowledge: Path, timeout: float) -> Result:
    """One fresh fake server + bot; enqueue the updates, wait for every first reply."""
    fake = RemoteFake(scenario.api_ms / 1000)
    messages = [0]
    try:
        environ = {
            "TELEGRAM_BOT_TOKEN": fake.token,
            "TELEGRAM_BASE_URL": fake.base_url,
            "KNOWLEDGE_DIR": str(knowledge),
            "CONCURRENT_UPDATES": str(scenario.concurrency),
            "FLOOD_MAX_QUESTIONS": "10000",
        }
        app = build_application(load_config(environ, env_file=None), rate_limit=scenario.rate_limiter)
        async with polling(app, poll_timeout=1):
            # The first answers pay for lazy initialisation (caches, connection pool).
            warm = list(range(50_000, 50_000 + len(QUESTIONS)))
            fake.enqueue([fake.factory.private_message(q, user_id=u) for q, u in zip(QUESTIONS, warm, strict=True)])
            await _first_replies(fake, set(warm), time.perf_counter() + 30)
            users = list(range(100_000, 100_000 + scenario.updates))
            updates = [fake.factory.private_message(QUESTIONS[n % len(QUESTIONS)], user_id=u) for n, u in enumerate(users)]
            started = time.perf_counter()
            if scenario.pace:
                enqueued_at: list[float] = []
                for n, update in enumerate(updates):
                    enqueued_at += fake.enqueue([update])
                    await asyncio.sleep(max(0.0, started + (n + 1) / scenario.pace - time.perf_counter()))
            else:
                enqueued_at = fake.enqueue(updates)
            enqueued = dict(zip(users, enqueued_at, strict=True))
            replies = await _first_replies(fake, set(users), started + timeout, messages)
    finally:
        fake.close()
    latencies = [(replies[u] - enqueued[u]) * 1000 for u in users if u in replies]
    end = max(replies.values()) if replies else time.perf_counter()
    return Result(scenario, len(replies), messages[0], end - started, latencies)


async def _first_replies(
    fake: RemoteFake, users: set[int], deadline: float, messages: list[int] | None = None
) -> dict[int, float]:
    """Arrival time of each user's first reply; `messages` counts every message to them."""
    replies: dict[int, float] = {}
    quiet_since = time.perf_counter()
    # After the last first reply, wait until 0.3 s pass without a message: the remaining
    # parts of split answers are still on their way.
    while time.perf_counter() < deadline and (len(replies) < len(users) or time.perf_counter() - quiet_since < 0.3):
        for chat, at in fake.new_replies():
            if chat not in users:
                continue
            quiet_since = time.perf_counter()
            if messages is not None:
                messages[0] += 1  # answers longer than 4096 characters take several messages
            replies.setdefault(chat, at)
        await asyncio.sleep(0.01)
    return replies


def knowledge_folder(arg: str | None, tmp: Path) -> tuple[Path, str]:
    """The --knowledge folder, else the project's knowledge/ if it loads, else the tests' sample."""
    candidates = [Path(arg)] if arg else [ROOT / "knowledge"]
    for path in candidates:
        try:
            counts = load_knowledge(path).counts
        except KnowledgeError as exc:
            if arg:
                raise SystemExit(f"error: {path} has {len(exc.problems)} problem(s); run python -m bot check") from None
            continue
        name = path.relative_to(ROOT) if path.is_relative_to(ROOT) else path
        return path, f"{name} ({counts['rules']} rules, {counts['provisions']} provisions)"
    sample = write_sample_knowledge(tmp / "knowledge")
    counts = load_knowledge(sample).counts
    return sample, (
        f"tests' sample knowledge ({counts['rules']} rules, {counts['provisions']} provisions; "
        "the project's knowledge/ did not load)"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--updates", type=int, default=400, help="updates per burst scenario (max 2000)")
    parser.add_argument("--knowledge", help="knowledge folder (default: project knowledge/, else test sample)")
    parser.add_argument("--timeout", type=float, default=60.0, help="seconds allowed per scenario")
    parser.add_argument("--concurrency", default="1,4,16", help="concurrent_updates values for the bursts")
    args = parser.parse_args()
    n = max(10, min(args.updates, 2000))
    logging.basicConfig(level=logging.WARNING)
    logging.getLogger("httpx").setLevel(logging.WARNING)
    scenarios = [
        *(Scenario("burst", int(c), n) for c in args.concurrency.split(",")),
        Scenario("burst, API 50 ms away", 1, min(n, 100), api_ms=50),
        Scenario("burst, API 50 ms away", 16, n, api_ms=50),
        Scenario("paced 20 updates/s", 16, min(n, 200), pace=20),
        Scenario("burst, AIORateLimiter on", 16, min(n, 150), rate_limiter=True),
    ]
    with tempfile.TemporaryDirectory() as tmp:
        knowledge, described = knowledge_folder(args.knowledge, Path(tmp))
        results = [asyncio.run(run_scenario(s, knowledge, args.timeout)) for s in scenarios]
    print(f"Telegram channel benchmark: {platform.python_version()}, {os.cpu_count()} CPUs, knowledge: {described}")
    print("Fake Bot API in a child process (loopback HTTP); latency = enqueue -> first sendMessage.\n")
    print("| scenario | concurrent_updates | updates | answered | messages | updates/s | p50 ms | p99 ms | max ms |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for r in results:
        s = r.scenario
        print(
            f"| {s.name} | {s.concurrency} | {s.updates} | {r.handled} | {r.messages} | {r.per_second:.0f} | "
            f"{r.percentile(0.5):.1f} | {r.percentile(0.99):.1f} | {max(r.latencies_ms, default=float('nan')):.1f} |"
        )
    return 0 if all(r.handled == r.scenario.updates for r in results) else 1


if __name__ == "__main__":
    sys.exit(main())
