"""Benchmark the answer engine: index build time, answer latency p50/p99 and peak memory.

Runs the shipped knowledge at 1x, then with synthetic passages appended to reach 10x and 100x
the shipped passage count. Each scale runs in a fresh subprocess so peak memory is its own.

Usage: python scripts/bench_engine.py [--scales 1 10 100] [--rounds 3]
       python scripts/bench_engine.py --hostile        # worst-case inputs (break-in report)
       python scripts/bench_engine.py --memory 20000   # RSS growth over distinct questions
Results are recorded in docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import json
import platform
import random
import resource
import statistics
import subprocess
import sys
import time
from dataclasses import replace
from pathlib import Path

from bot.answer import answer_question
from bot.config import DEFAULT_KNOWLEDGE
from bot.evaluation import load_eval, load_real
from bot.knowledge import Knowledge, Passage, load_knowledge
from bot.search import Index, keep_out_of_collection

EVAL_DIR = Path(__file__).resolve().parent.parent / "tests" / "eval"
REAL_DIR = EVAL_DIR / "real"


def questions_for_timing() -> list[str]:
    """The authors' set and the real-user set: short questions, stories, English, slang."""
    return [item.question for item in load_eval(EVAL_DIR)] + [item.question for item in load_real(REAL_DIR)]


def hostile_inputs() -> dict[str, str]:
    """Inputs from the break-in report (finding 7) that once took seconds, and a flood of quotes (the
    quote reading of round eighty-seven took seconds on it before its review), cut to 4,096 characters."""
    rng = random.Random(7)
    letters = "abcdefghijklmnopqrstuvwxyz"
    return {
        "1 word, 4,096 letters": "".join(rng.choices(letters, k=4096)),
        "1 word, 1,000 letters": "".join(rng.choices(letters, k=1000)),
        "4 words of 240 letters": " ".join("".join(rng.choices(letters, k=240)) for _ in range(4)),
        '"memper"x200 + "kan"': "memper" * 200 + "kan",
        '"di" + "per"x300 + "kan"': "di" + "per" * 300 + "kan",
        '"menyebarluaskan"x70': "menyebarluaskan" * 70,
        "600 distinct 6-letter words": " ".join("".join(rng.choices(letters, k=6)) for _ in range(585)),
        "20-letter typo-like words x 190": " ".join("".join(rng.choices(letters, k=20)) for _ in range(190)),
        '"can\'t " x 700': "can't " * 700,
        "story, 4,096 characters": ("Selamat siang pak. Saya guru PPPK di Klaten. " * 100)[:4050] + " Apakah saya boleh like postingan calon?",
        "digits and slashes": "94/2021/" * 512,
        "emoji flood": "😀" * 4096,
        'quotes \'"a" \' x 1000': '"a" ' * 1000,
    }


def hostile(rounds: int) -> list[tuple[str, float]]:
    """The slowest of `rounds` runs for each hostile input (ms), on a warm index."""
    index = Index.build(load_knowledge(DEFAULT_KNOWLEDGE))
    keep_out_of_collection()  # as the bot does (bot.telegram.state.load_index)
    answer_question(index, "Bolehkah PNS me-like postingan calon?")
    out = []
    for name, text in hostile_inputs().items():
        times = []
        for _ in range(rounds):
            t0 = time.perf_counter()
            answer_question(index, text[:4096])
            times.append((time.perf_counter() - t0) * 1000)
        out.append((name, max(times)))
    return out


def rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def memory(n: int) -> list[tuple[int, float]]:
    """RSS after every n/8 distinct questions of 30 random words (break-in finding 6)."""
    rng = random.Random(6)
    index = Index.build(load_knowledge(DEFAULT_KNOWLEDGE))
    keep_out_of_collection()
    for q in questions_for_timing():
        answer_question(index, q)
    points = [(0, rss_mb())]
    letters = "abcdefghijklmnopqrstuvwxyz"
    for i in range(1, n + 1):
        words = ["Bolehkah", "PNS"] + ["".join(rng.choices(letters, k=rng.randint(6, 9))) for _ in range(30)]
        answer_question(index, " ".join(words))
        if i % max(1, n // 8) == 0:
            points.append((i, rss_mb()))
    return points


def synthetic(knowledge: Knowledge, scale: int, seed: int = 1) -> Knowledge:
    """The knowledge with (scale - 1) x its passages appended, drawn from the real word mix."""
    rng = random.Random(seed)
    real = knowledge.passages
    words = [w for p in real for w in p.text.split()]
    lengths = [len(p.text.split()) for p in real]
    extra: list[Passage] = []
    for n in range(len(real) * (scale - 1)):
        template = real[n % len(real)]
        text = " ".join(rng.choices(words, k=rng.choice(lengths)))
        extra.append(replace(template, id=f"synthetic-{n}", doc_id=f"synthetic-{n}", text=text, gloss={}, notes=""))
    return replace(knowledge, passages=real + extra)


def child(scale: int, rounds: int) -> dict[str, float]:
    """Measure one scale in this process and return the figures."""
    knowledge = synthetic(load_knowledge(DEFAULT_KNOWLEDGE), scale)
    questions = questions_for_timing()
    start = time.perf_counter()
    index = Index.build(knowledge)
    build = time.perf_counter() - start
    keep_out_of_collection()  # as the bot does after loading; not counted in the build time
    for q in questions:  # warm-up: first use builds postings and fills the stem cache
        answer_question(index, q)
    latencies = []
    for _ in range(rounds):
        for q in questions:
            t0 = time.perf_counter()
            answer_question(index, q)
            latencies.append((time.perf_counter() - t0) * 1000)
    latencies.sort()
    return {
        "scale": scale,
        "passages": len(knowledge.passages),
        "rule_questions": knowledge.counts["rule_questions"],
        "build_s": build,
        "p50_ms": statistics.median(latencies),
        "p99_ms": latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))],
        "answers": len(latencies),
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--scales", type=int, nargs="+", default=[1, 10, 100])
    parser.add_argument("--rounds", type=int, default=3, help="passes over the evaluation questions")
    parser.add_argument("--hostile", action="store_true", help="time the break-in report's worst inputs")
    parser.add_argument("--memory", type=int, metavar="N", help="RSS growth over N distinct questions")
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(args.child, args.rounds)))
        return 0
    if args.hostile:
        print("| input (cut to 4,096 characters) | slowest of %d runs |" % args.rounds)
        print("|---|---|")
        for name, ms in hostile(args.rounds):
            print(f"| {name} | {ms:.1f} ms |")
        return 0
    if args.memory:
        points = memory(args.memory)
        print("| distinct questions | RSS |")
        print("|---|---|")
        for n, mb in points:
            print(f"| {n:,} | {mb:.0f} MB |")
        print(f"\nGrowth: {points[-1][1] - points[0][1]:.1f} MB")
        return 0
    print(f"Machine: {platform.processor() or platform.machine()}, Python {platform.python_version()}\n")
    print("| scale | passages | rule questions | index build | answer p50 | answer p99 | answers timed | peak RSS |")
    print("|---|---|---|---|---|---|---|---|")
    for scale in args.scales:
        out = subprocess.run(
            [sys.executable, __file__, "--child", str(scale), "--rounds", str(args.rounds)],
            capture_output=True, text=True, check=True,
        )
        r = json.loads(out.stdout)
        print(
            f"| {r['scale']}x | {r['passages']} | {r['rule_questions']} | {r['build_s'] * 1000:.0f} ms "
            f"| {r['p50_ms']:.2f} ms | {r['p99_ms']:.2f} ms | {r['answers']} | {r['peak_rss_mb']:.0f} MB |"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
