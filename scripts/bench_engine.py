"""Benchmark the answer engine: index build time, answer latency p50/p99 and peak memory.

Runs the shipped knowledge at 1x, then with synthetic passages appended to reach 10x and 100x
the shipped passage count. Each scale runs in a fresh subprocess so peak memory is its own.

Usage: python scripts/bench_engine.py [--scales 1 10 100] [--rounds 3]
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

from bot.config import DEFAULT_KNOWLEDGE
from bot.answer import answer_question
from bot.evaluation import load_eval
from bot.knowledge import Knowledge, Passage, load_knowledge
from bot.search import Index

EVAL_DIR = Path(__file__).resolve().parent.parent / "tests" / "eval"


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
    questions = [item.question for item in load_eval(EVAL_DIR)]
    start = time.perf_counter()
    index = Index.build(knowledge)
    build = time.perf_counter() - start
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
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(args.child, args.rounds)))
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
