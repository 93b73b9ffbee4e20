"""Print the evaluation report (engine vs plain rank-bm25) as Markdown.

Usage: python scripts/evaluate.py [--failures]   (results are recorded in docs/evaluation.md)
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from bot.config import DEFAULT_KNOWLEDGE
from bot.evaluation import (
    Report,
    baseline_system,
    coverage,
    engine_system,
    evaluate,
    load_eval,
)
from bot.knowledge import load_knowledge
from bot.search import Index

EVAL_DIR = Path(__file__).resolve().parent.parent / "tests" / "eval"
HELDOUT = "heldout.yaml"


def cell(part: int, total: int) -> str:
    return f"{part / total:.1%} ({part}/{total})" if total else "n/a"


def row(name: str, r: Report) -> str:
    return (
        f"| {name} | {cell(r.verdict_correct, r.verdict_total)} | {cell(r.basis_hits, r.basis_total)} "
        f"| {cell(r.rule_correct, r.rule_total)} | {cell(r.offtopic_abstained, r.offtopic_total)} "
        f"| {cell(r.inscope_abstained, r.inscope_total)} |"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--failures", action="store_true", help="list every miss of the engine")
    args = parser.parse_args()
    knowledge = load_knowledge(DEFAULT_KNOWLEDGE)
    index = Index.build(knowledge)
    items = load_eval(EVAL_DIR)
    engine = evaluate(items, engine_system(index))
    baseline = evaluate(items, baseline_system(knowledge))
    print(f"Evaluation set: {len(items)} questions ({', '.join(f'{k}: {v[0]}' for k, v in sorted(engine.by_style.items()))}).")
    print(f"Knowledge: {', '.join(f'{v} {k}' for k, v in knowledge.counts.items())}.\n")
    print("| system | verdict accuracy | basis recall@3 | top-rule accuracy | abstains off-topic | wrongly abstains in-scope |")
    print("|---|---|---|---|---|---|")
    print(row("this engine", engine))
    print(row("plain rank-bm25, whitespace tokens", baseline))
    heldout = [item for item in items if item.location.startswith(HELDOUT)]
    print(f"\nHeld-out subset ({HELDOUT}: {len(heldout)} questions written after the cards, never used for tuning):\n")
    print("| system | verdict accuracy | basis recall@3 | top-rule accuracy | abstains off-topic | wrongly abstains in-scope |")
    print("|---|---|---|---|---|---|")
    print(row("this engine", evaluate(heldout, engine_system(index))))
    print(row("plain rank-bm25, whitespace tokens", evaluate(heldout, baseline_system(knowledge))))
    print("\nVerdict accuracy by question style (engine):\n")
    print("| style | questions | correct |")
    print("|---|---|---|")
    for style, (n, ok) in sorted(engine.by_style.items()):
        print(f"| {style} | {n} | {ok / n:.1%} |")
    uncited, unmatched = coverage(items, index)
    print(f"\nProvisions/articles never cited in a top 3: {len(uncited)}{': ' + ', '.join(sorted(uncited)) if uncited else ''}")
    print(f"Rule cards never the top rule for a non-example question: {len(unmatched)}{': ' + ', '.join(sorted(unmatched)) if unmatched else ''}")
    if args.failures:
        print("\nEngine misses:\n")
        for line in engine.failures:
            print(f"- {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
