"""Quality floors on the evaluation set, and coverage of the shipped knowledge.

The figures themselves (and the plain rank-bm25 comparison) are in docs/evaluation.md, produced by
`python scripts/evaluate.py`. Floors sit a little under the measured figures so a regression fails
while small, deliberate knowledge edits do not.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.evaluation import EvalItem, Report, baseline_system, coverage, engine_system, evaluate, load_eval
from bot.knowledge import load_knowledge
from bot.search import Index

ROOT = Path(__file__).resolve().parent.parent
MIN_QUESTIONS = 80
VERDICT_ACCURACY_FLOOR = 0.85
BASIS_RECALL_AT_3_FLOOR = 0.85
ABSTENTION_FLOOR = 0.9  # share of out-of-scope questions on which the bot abstains
FALSE_ABSTENTION_CEILING = 0.1  # share of in-scope questions on which it wrongly abstains


@pytest.fixture(scope="module")
def index() -> Index:
    return Index.build(load_knowledge(ROOT / "knowledge"))


@pytest.fixture(scope="module")
def items() -> list[EvalItem]:
    return load_eval(ROOT / "tests" / "eval")


@pytest.fixture(scope="module")
def report(index: Index, items: list[EvalItem]) -> Report:
    return evaluate(items, engine_system(index))


def test_eval_set_is_large_and_varied(items: list[EvalItem]) -> None:
    assert len(items) >= MIN_QUESTIONS
    styles = {item.style for item in items}
    assert {"formal", "informal", "typo", "english", "offtopic"} <= styles
    assert sum(item.expects_abstention for item in items) >= 10


def test_verdict_accuracy_floor(report: Report) -> None:
    assert report.verdict_accuracy >= VERDICT_ACCURACY_FLOOR, "\n".join(report.failures)


def test_basis_recall_at_3_floor(report: Report) -> None:
    assert report.basis_recall_at_3 >= BASIS_RECALL_AT_3_FLOOR, "\n".join(report.failures)


def test_abstention(report: Report) -> None:
    assert report.abstention_recall >= ABSTENTION_FLOOR
    assert report.false_abstention_rate <= FALSE_ABSTENTION_CEILING


def test_engine_beats_plain_bm25(index: Index, items: list[EvalItem], report: Report) -> None:
    baseline = evaluate(items, baseline_system(index.knowledge))
    assert report.verdict_accuracy > baseline.verdict_accuracy
    assert report.basis_recall_at_3 > baseline.basis_recall_at_3
    assert report.abstention_recall > baseline.abstention_recall


def test_every_provision_and_article_is_cited_and_every_rule_is_reachable(
    index: Index, items: list[EvalItem]
) -> None:
    uncited, unmatched = coverage(items, index)
    assert not uncited, f"never cited in a top 3: {sorted(uncited)}"
    assert not unmatched, f"never the top rule for a non-example question: {sorted(unmatched)}"
