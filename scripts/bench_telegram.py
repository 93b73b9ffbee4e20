"""Benchmark the Telegram channel end to end: fake Bot API -> bot -> reply, on loopback only.

Runs the real Application (build_application, long polling, SQLite store in a temporary DATA_DIR)
against the in-repo fake Bot API (tests/fake_telegram.py) in a child process, as Telegram would be
remote, so the two do not share one GIL. Latency is from enqueueing an update at the fake to the
bot's first sendMessage for it. Bounded in count and time.

Scenarios:
- messages per answer: every evaluation question (tests/eval/, the real-user set included), each
  from its own user;
- burst of 100 users with python-telegram-bot's AIORateLimiter at its default (Telegram's 30
  messages/s), and the same burst with the limiter off;
- paced 20 questions/s (what one user sees on a quiet bot);
- private users asking while a group is at Telegram's limit of 20 messages a minute (limiter on).

    python scripts/bench_telegram.py                 # all scenarios, Markdown tables
    python scripts/bench_telegram.py --knowledge knowledge --burst 100
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
from collections import Counter
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from fake_telegram import GROUP_ID, FakeTelegram, polling, running_fake, write_sample_knowledge  # noqa: E402

from bot.config import load_config  # noqa: E402
from bot.knowledge import KnowledgeError, load_knowledge  # noqa: E402
from bot.telegram import build_application  # noqa: E402

QUESTIONS = [
    "Apakah ASN boleh menyukai unggahan calon kepala daerah di media sosial?",
    "Bolehkah ASN hadir di kampanye?",
    "Can a civil servant like a candidate's post on social media?",
    "bolehkah pppk me-like postingan caleg di instagram",
    "May a civil servant attend a campaign rally?",
    "resep nasi goreng kampung yang enak",  # abstains
]
PRIVATE_USERS = 100_000
GROUP_MEMBERS = 200_000


@dataclass(frozen=True)
class Scenario:
    name: str
    updates: int
    rate_limiter: bool = False
    pace: float = 0.0  # updates per second; 0 = all at once (a burst)
    questions: tuple[str, ...] = tuple(QUESTIONS)
    group_flood: int = 0  # /tanya questions sent to one group at once, from distinct members
    concurrency: int = 16


@dataclass
class Result:
    scenario: Scenario
    latencies_ms: list[float]
    seconds: float
    messages: Counter[int] = field(default_factory=Counter)  # messages per private chat
    group_messages: int = 0

    @property
    def handled(self) -> int:
        return len(self.latencies_ms)

    @property
    def per_second(self) -> float:
        return self.handled / self.seconds if self.seconds else 0.0

    def percentile(self, q: float) -> float:
        if not self.latencies_ms:
            return float("nan")
        ordered = sorted(self.latencies_ms)
        return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def _serve_fake(conn: Connection) -> None:
    """Child process: run the fake server and obey enqueue/replies/stop commands from the pipe."""
    with running_fake() as fake:
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

    def __init__(self) -> None:
        ctx = multiprocessing.get_context("spawn")
        self._conn, child = ctx.Pipe()
        self._proc = ctx.Process(target=_serve_fake, args=(child,), daemon=True)
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
    """One fresh fake server, data folder and bot; enqueue the updates, wait for every first reply."""
    fake = RemoteFake()
    try:
        with tempfile.TemporaryDirectory() as data:
            environ = {
                "TELEGRAM_BOT_TOKEN": fake.token,
                "TELEGRAM_BASE_URL": fake.base_url,
                "KNOWLEDGE_DIR": str(knowledge),
                "DATA_DIR": data,
                "CONCURRENT_UPDATES": str(scenario.concurrency),
                "FLOOD_MAX_QUESTIONS": "10000",
            }
            app = build_application(load_config(environ, env_file=None), rate_limit=scenario.rate_limiter)
            async with polling(app, poll_timeout=1):
                return await _measure(scenario, fake, timeout)
    finally:
        fake.close()


async def _measure(scenario: Scenario, fake: RemoteFake, timeout: float) -> Result:
    # The first answers pay for lazy initialisation (caches, connection pool).
    warm = list(range(50_000, 50_000 + len(QUESTIONS)))
    fake.enqueue([fake.factory.private_message(q, user_id=u) for q, u in zip(QUESTIONS, warm, strict=True)])
    await _collect(fake, set(warm), time.perf_counter() + 30)
    users = list(range(PRIVATE_USERS, PRIVATE_USERS + scenario.updates))
    questions = scenario.questions
    updates = [fake.factory.private_message(questions[n % len(questions)], user_id=u) for n, u in enumerate(users)]
    started = time.perf_counter()
    if scenario.group_flood:
        fake.enqueue(
            [
                fake.factory.group_message(f"/tanya {questions[n % len(questions)]}", user_id=GROUP_MEMBERS + n)
                for n in range(scenario.group_flood)
            ]
        )
    if scenario.pace:
        enqueued_at: list[float] = []
        for n, update in enumerate(updates):
            enqueued_at += fake.enqueue([update])
            await asyncio.sleep(max(0.0, started + (n + 1) / scenario.pace - time.perf_counter()))
    else:
        enqueued_at = fake.enqueue(updates)
    enqueued = dict(zip(users, enqueued_at, strict=True))
    first, messages, group = await _collect(fake, set(users), started + timeout)
    latencies = [(first[u] - enqueued[u]) * 1000 for u in users if u in first]
    end = max(first.values()) if first else time.perf_counter()
    return Result(scenario, latencies, end - started, messages, group)


async def _collect(fake: RemoteFake, users: set[int], deadline: float) -> tuple[dict[int, float], Counter[int], int]:
    """First-reply time per user, messages per user, and messages to the group."""
    first: dict[int, float] = {}
    messages: Counter[int] = Counter()
    group = 0
    quiet_since = time.perf_counter()
    # After the last first reply, wait until 0.3 s pass without a message: later parts of a
    # multi-message answer are still on their way.
    while time.perf_counter() < deadline and (len(first) < len(users) or time.perf_counter() - quiet_since < 0.3):
        for chat, at in fake.new_replies():
            if chat == GROUP_ID:
                group += 1
            if chat not in users:
                continue
            quiet_since = time.perf_counter()
            messages[chat] += 1
            first.setdefault(chat, at)
        await asyncio.sleep(0.01)
    return first, messages, group


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


def evaluation_questions(limit: int) -> tuple[str, ...]:
    """The questions of tests/eval/ (the authors' sets and the real-user set), at most `limit`."""
    found: list[str] = []
    for path in sorted((ROOT / "tests" / "eval").glob("**/*.yaml")):
        for item in yaml.safe_load(path.read_text(encoding="utf-8")) or []:
            if isinstance(item, dict) and isinstance(item.get("q"), str):
                found.append(item["q"])
    return tuple(found[:limit]) or tuple(QUESTIONS)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--knowledge", help="knowledge folder (default: project knowledge/, else test sample)")
    parser.add_argument("--burst", type=int, default=100, help="users in the burst scenarios (max 2000)")
    parser.add_argument("--eval-limit", type=int, default=1000, help="evaluation questions asked (messages per answer)")
    parser.add_argument("--timeout", type=float, default=90.0, help="seconds allowed per scenario")
    args = parser.parse_args()
    burst = max(10, min(args.burst, 2000))
    logging.basicConfig(level=logging.ERROR)
    logging.getLogger("httpx").setLevel(logging.WARNING)
    asked = evaluation_questions(args.eval_limit)
    scenarios = [
        Scenario("messages per answer: evaluation questions, paced 25/s", len(asked), pace=25, questions=asked),
        Scenario(f"burst of {burst} users, rate limiter at its default", burst, rate_limiter=True),
        Scenario(f"burst of {burst} users, rate limiter off", burst),
        Scenario("paced 20 questions/s, rate limiter off", 200, pace=20),
        Scenario(
            "private users (5/s) while a group gets 60 questions at once, rate limiter on",
            100,
            rate_limiter=True,
            pace=5,
            group_flood=60,
        ),
    ]
    with tempfile.TemporaryDirectory() as tmp:
        knowledge, described = knowledge_folder(args.knowledge, Path(tmp))
        results = [asyncio.run(run_scenario(s, knowledge, args.timeout)) for s in scenarios]
    print(f"Telegram channel benchmark: Python {platform.python_version()}, {os.cpu_count()} CPUs, knowledge: {described}")
    print("Fake Bot API in a child process (loopback HTTP); latency = enqueue -> first sendMessage.\n")
    print("| scenario | updates | answered | answers/s | p50 ms | p99 ms | max ms | messages per answer | one message |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for r in results:
        total = sum(r.messages.values())
        single = sum(1 for n in r.messages.values() if n == 1)
        print(
            f"| {r.scenario.name} | {r.scenario.updates} | {r.handled} | {r.per_second:.1f} | "
            f"{r.percentile(0.5):.1f} | {r.percentile(0.99):.1f} | {max(r.latencies_ms, default=float('nan')):.1f} | "
            f"{total / max(1, len(r.messages)):.2f} | {100 * single / max(1, len(r.messages)):.1f}% |"
        )
    group = results[-1]
    print(f"\nGroup during the last scenario: {group.group_messages} message(s) to the group while the private users were served.")
    return 0 if all(r.handled == r.scenario.updates for r in results) else 1


if __name__ == "__main__":
    sys.exit(main())
