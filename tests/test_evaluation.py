"""Quality floors on the real-user evaluation, and coverage of the shipped knowledge.

The figures, per category and beside plain rank-bm25, are in docs/evaluation.md, produced by
`python scripts/evaluate.py`. Every floor here sits a little under the figure measured on
2026-11-30, so a regression fails while a small, deliberate knowledge edit does not.

The test split of tests/eval/real/ was frozen before any tuning and never used to write cards,
concepts or thresholds. Its floors are what the engine achieves, NOT issue 10's targets (verdict
≥ 90 %, harmless acts called prohibited ≤ 5 %, …), which it does not yet meet: docs/evaluation.md
says so and why. Raise a floor when the measured figure rises; never lower one to land a change.
The one exception, and why, is written at test_test_split_declines.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from bot.evaluation import (
    HELD_OUT,
    EvalItem,
    RealItem,
    RealReport,
    Report,
    baseline_system,
    coverage,
    engine_system,
    evaluate,
    evaluate_real,
    load_eval,
    load_real,
    real_baseline_system,
    real_engine_system,
)
from bot.search import Index

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT / "tests" / "eval"


@pytest.fixture(scope="module")
def real_items() -> list[RealItem]:
    return load_real(EVAL / "real")


@pytest.fixture(scope="module")
def test_report(shipped_index: Index, real_items: list[RealItem]) -> RealReport:
    return evaluate_real([i for i in real_items if i.split == "test"], real_engine_system(shipped_index))


@pytest.fixture(scope="module")
def test_baseline(shipped_index: Index, real_items: list[RealItem]) -> RealReport:
    return evaluate_real([i for i in real_items if i.split == "test"], real_baseline_system(shipped_index.knowledge))


def _failures(report: RealReport) -> str:
    return "\n".join(f"{kind}: {item.id}: {item.question[:100]}" for kind, item, _ in report.worst(30))


# --- test split: never tuned on (the last measurement in the comments; floors set after it) ---
# Failure messages give counts only: the test questions are not printed, so nobody reads them.


def _counts(report: RealReport) -> str:
    kinds = Counter(kind for _, kind, _, _ in report.failures)
    return ", ".join(f"{kind}: {n}" for kind, n in sorted(kinds.items()))


def test_test_split_verdicts(test_report: RealReport) -> None:
    # 75.0 % after round seventy-five (+1 at 17dd7da, a fact question now told a case's route; read at the commit, not chosen on); 74.4 % after round sixty-nine (−1 at b63539b, a question now asked back; read at the commit, not chosen on); 75.0 % after rounds fifty-nine to sixty-eight; 74.4 % after round fifty-eight (−1 at e73507d, read at the commit, not chosen on); 75.0 % after rounds fifty-six and fifty-seven (+2 at 7071e36 and dd86a64, read at the commits); 73.8 % after round fifty (+1 at 539b04a, the village party-office card; read at the commit, not chosen on); 73.2 % after round forty-nine; 72.6 % after round forty-eight (+1 at a52ba5c, the principle for a question with no asking word; read at the commit, not chosen on); 70.1 % after round thirty-one (+4: three at 419b68b, the asker's own signs of support, one at 26e7db6; read at the commits, not chosen on); 67.7 % after rounds twenty-six to thirty (round twenty-six's call-to-vote reading cost one test verdict, read at the commit, not chosen on); 68.3 % after rounds twenty-four and twenty-five; 66.5 % after rounds twenty-one to twenty-three; round twenty-one's legal-test step cost one test verdict: the step was
    # kept on the tuning sets' and dev26's evidence, as decided before this split was measured, and
    # this guard lowered from 0.67 (docs/evaluation.md, step 95). 67.1 % rounds nineteen and
    # twenty (67.7 % round eighteen, 68.3 % round seventeen, 68.9 % round sixteen, 66.5 % rounds
    # fourteen and fifteen)
    assert test_report.verdict.value >= 0.69, _counts(test_report)
    assert test_report.verdict_nonprohibited.value >= 0.71, _counts(test_report)  # 72.5 % round thirty-one; 71.4 % rounds twenty-four to thirty; 69.2 % rounds twenty-one to twenty-three (70.3 % rounds nineteen, twenty; 71.4 % round eighteen, 72.5 % rounds sixteen, seventeen; 69.2 %)


def test_test_split_harmless_acts_called_prohibited(test_report: RealReport) -> None:
    # 8.8 % (3 of 34) after rounds fifteen to thirty-one; 11.8 % (4 of 34) after rounds twelve to fourteen; 8.8 % for the five before
    assert test_report.harmless_prohibited.value <= 0.12, _counts(test_report)


def test_test_split_basis_recall_beats_plain_bm25(test_report: RealReport, test_baseline: RealReport) -> None:
    assert test_report.basis_recall_at_3.value >= 0.70  # 74.6 % after round eighty-two (+1 at 8db214db, read at the commit, not chosen on); 73.8 % after round seventy-five (−1 at 17dd7da, read at the commit, not chosen on); 74.6 % after round seventy (+1 at da0cab8, read at the commit, not chosen on); 73.8 % after round fifty-eight (−1 at e73507d, read at the commit, not chosen on); 74.6 % after rounds fifty-four to fifty-seven (+1 at 64f0981, read after the decision); 73.8 % after round fifty-one (+1 at 77bce04, read after the decision); 73.0 % after round fifty (+1 at 539b04a, read after the decision); 72.2 % after round forty-nine (one hit lost at c6c0f08, two gained at c7ea00e, each read after the decision; 71.4 % after rounds forty-six to forty-eight); 70.6 % after round thirty-one (+3 hits at 419b68b); 68.3 % after round thirty (two hits lost, at 3b9690f and 5ffddfc: read at the commits, not chosen on); 69.8 % after rounds twenty-six to twenty-nine; 70.6 % after rounds twenty-four, twenty-five (71.4 % rounds twenty-one to twenty-three; 69.8 % rounds nineteen, twenty; 69.0 % seventeen, eighteen; 69.8 %, 67.5 % before)
    assert test_report.basis_recall_at_3.value >= test_baseline.basis_recall_at_3.value + 0.25  # bm25: 28.6 %


def test_test_split_declines(test_report: RealReport, test_baseline: RealReport) -> None:
    assert test_report.oos_abstained.value >= 0.83, _counts(test_report)  # 86.7 % after rounds seventeen to thirty-one, 80.0 % rounds twelve to sixteen; bm25 0 %
    assert test_report.oos_abstained.value > test_baseline.oos_abstained.value
    # 2.9 % (5 of 175) after rounds twenty-three to thirty-one (one became a clarification); 3.4 % (6 of 175) after rounds sixteen to twenty-two; 4.6 % (8 of 175) after rounds twelve to fifteen; 5.1 % (9 of 175) after rounds seven to eleven; 5.7 % after
    # round six; 8.0 % after round five; 8.6 % after round four, one question over round three's 8 %
    # ceiling, which was raised to 9 % then. The one knowledge edit that kept it under was made by
    # watching this split's figure, so it was undone (docs/evaluation.md, step 8); landing the round
    # with that edit would have been tuning on the test split.
    assert test_report.inscope_abstained.value <= 0.06, _counts(test_report)


def test_test_split_language_and_clarifications(test_report: RealReport) -> None:
    assert test_report.language.value >= 0.98  # 99.5 %
    assert test_report.clarified.value <= 0.06  # 4.0 % after round sixty-nine (+1 at b63539b, read at the commit, not chosen on); 3.4 % after round forty-nine (c7ea00e answers two questions it asked about); 4.6 % after round forty-eight (029a42f answers one question it asked about); 5.1 % after round thirty-one (−4: three at 419b68b, one at a544af8); 7.4 % after round twenty-six's call-to-vote reading and after rounds twenty-seven to thirty (one more; read at the commit, not chosen on), 6.9 % after rounds twenty-three to twenty-five, 6.3 % after rounds nineteen to twenty-two (5.7 % rounds seventeen and eighteen, 5.1 % rounds fifteen and sixteen, 4.6 % before)


# --- dev to dev93: guards against regressions (dev4, dev25, dev26, dev27 and dev93, never tuned on, by their headline figures only) ---


@pytest.mark.parametrize(
    ("split", "verdict", "harmless", "recall", "oos", "declined"),
    [
        ("dev", 0.88, 0.03, 0.80, 0.95, 0.03),  # 91.8 %, 0 %, 83.0 %, 100 %, 0.5 % (round thirty-one)
        ("dev2", 0.86, 0.03, 0.72, 0.93, 0.03),  # 89.4 %, 0 %, 79.7 %, 97.8 %, 1.1 %
        ("dev3", 0.78, 0.06, 0.72, 0.89, 0.04),  # 88.0 %, 1.4 %, 83.5 %, 96.2 %, 0.5 %
        ("dev4", 0.67, 0.10, 0.66, 0.85, 0.05),  # 72.1 %, 7.4 %, 73.9 %, 88.9 %, 1.9 % (round thirty-one; 74.5 % recall round thirty; 72.5 %, 73.9 % rounds twenty-seven to twenty-nine; 72.1 %, 9.3 % round twenty-six; 72.5 %, 7.4 % round twenty-three to twenty-five; 87.0 % declined before, 73.0 %, 85.2 % round twenty)
        ("dev5", 0.79, 0.05, 0.68, 0.92, 0.04),  # 86.7 %, 0 %, 81.2 %, 98.1 %, 0.5 %
        ("dev6", 0.85, 0.03, 0.75, 0.92, 0.03),  # 87.9 %, 0 %, 83.6 %, 96.1 %, 0 %
        ("dev7", 0.75, 0.08, 0.70, 0.86, 0.04),  # 82.0 %, 2.6 %, 79.7 %, 91.2 %, 0.5 %
        ("dev8", 0.76, 0.06, 0.59, 0.90, 0.04),  # 82.9 %, 0 %, 67.1 %, 93.8 %, 1.5 %
        ("dev9", 0.75, 0.07, 0.63, 0.93, 0.04),  # 81.9 %, 2.6 %, 71.3 %, 97.9 %, 1.7 %
        ("dev10", 0.81, 0.05, 0.61, 0.92, 0.04),  # 89.9 %, 0 %, 77.3 %, 96.1 %, 1.2 %
        # dev11: one union question at a state company is out of scope for its writer; K14's card answered
        # it (UU 7/2017 binds BUMN staff too), so its decline share fell 96.3 → 92.6 %; since round
        # twenty-nine BUMN/BUMD staff are declined with the redirect that names that ban.
        ("dev11", 0.82, 0.03, 0.63, 0.92, 0.03),  # 87.3 %, 0 %, 74.0 %, 92.6 %, 0.6 %
        ("dev12", 0.80, 0.08, 0.55, 0.94, 0.05),  # 89.5 %, 2.4 %, 64.7 %, 100 %, 1.2 %
        ("dev13", 0.84, 0.03, 0.68, 0.93, 0.06),  # 92.5 %, 0 %, 77.0 %, 98.0 %, 2.4 %
        ("dev14", 0.78, 0.04, 0.61, 0.80, 0.04),  # 87.7 %, 0 %, 73.8 %, 84.6 %, 0.6 % (70.8 %, 7.5 % untouched)
        ("dev15", 0.80, 0.05, 0.63, 0.96, 0.04),  # 86.6 %, 2.2 %, 73.0 %, 100 %, 1.2 % (71.3 %, 10.9 % untouched)
        ("dev16", 0.75, 0.05, 0.65, 0.80, 0.04),  # 86.5 %, 0 %, 74.8 %, 92.6 %, 0.6 % (70.5 %, 4.3 % untouched)
        ("dev17", 0.71, 0.04, 0.64, 0.86, 0.06),  # 80.3 %, 0 %, 69.6 %, 96.2 %, 2.5 % (63.7 %, 22.0 % untouched)
        ("dev18", 0.75, 0.05, 0.69, 0.90, 0.04),  # 85.9 %, 2.0 %, 74.8 %, 98.0 %, 1.9 % (75.0 %, 9.8 % untouched)
        ("dev19", 0.76, 0.14, 0.64, 0.83, 0.05),  # 85.4 %, 3.6 %, 70.1 %, 96.2 %, 1.2 % (78.5 %, 12.7 % untouched)
        ("dev20", 0.75, 0.07, 0.67, 0.86, 0.05),  # 85.3 %, 1.9 %, 72.5 %, 94.6 %, 1.9 % (74.0 %, 5.6 % untouched)
        ("dev21", 0.62, 0.08, 0.61, 0.83, 0.06),  # 73.4 %, 4.1 %, 70.0 %, 87.2 %, 3.1 % (58.5 %, 14.3 % untouched)
        ("dev22", 0.64, 0.10, 0.67, 0.83, 0.03),  # 72.1 %, 2.3 %, 71.5 %, 87.5 %, 0.4 % (62.7 %, 25.0 % untouched)
        ("dev23", 0.65, 0.05, 0.65, 0.81, 0.06),  # 73.0 %, 2.3 %, 70.0 %, 84.8 %, 3.9 % (63.0 %, 4.5 % untouched)
        # dev24: measured untouched through round nineteen (62.9 % and 63.3 %), tuned on in round twenty
        ("dev24", 0.66, 0.05, 0.51, 0.81, 0.04),  # 71.9 %, 0 %, 54.6 %, 89.4 %, 1.8 % (62.9 %, 7.0 % untouched)
        # dev25: not tuned on (60.0 % at round twenty's first and last engines; round twenty-one: one
        # principle answer became the legal test's ❌, and step 99's terms made another right)
        ("dev25", 0.56, 0.15, 0.59, 0.71, 0.07),  # 63.2 %, 6.4 %, 64.3 %, 77.1 %, 4.3 % (round thirty-one; 62.6 % round thirty; 63.2 % round twenty-nine; 75.0 %, 4.8 % round twenty-seven; 62.6 % rounds twenty-five and twenty-six; 60.5 %, 8.5 % round twenty-four; 10.6 % harm rounds twenty-two, twenty-three; 60.0 % before)
        # dev26: not tuned on; chose between engine settings by its headline figures (60.9 % and 60.4 %),
        # and between the legal test's signs in round twenty-one (61.4 → 61.9 %)
        ("dev26", 0.56, 0.19, 0.60, 0.82, 0.04),  # 64.9 %, 18.8 %, 67.6 %, 88.9 %, 0.9 % (round thirty-one: 65.3 %, 16.7 % before its last change, f078342; 64.4 % round thirty; 63.4 %, 16.7 % rounds twenty-eight and twenty-nine, 86.7 % before round twenty-nine; 63.9 % round twenty-seven; 62.4 % round twenty-six; 61.9 %, 14.6 % round twenty-five; 61.4 % round twenty-four, 61.9 % round twenty-three, 61.4 % round twenty-two, 61.9 % before)
        # dev27: held out (round twenty-one's first and last engines: 61.6 % and 63.0 %; round twenty-two's last 63.0 %)
        ("dev27", 0.58, 0.16, 0.53, 0.70, 0.06),  # 63.9 %, 11.5 %, 56.9 %, 81.2 %, 3.3 % (round thirty-one; 63.4 % round thirty; 63.0 % rounds twenty-eight and twenty-nine; 77.1 % round twenty-seven; 63.4 % rounds twenty-five and twenty-six; 63.0 % rounds twenty-three and twenty-four; 57.4 %, 75.0 %, 3.8 % before)
        # dev28: held out through round twenty-two (its first and last engines: 66.5 % and 66.0 %), tuned on since
        ("dev28", 0.64, 0.18, 0.64, 0.88, 0.05),  # 70.7 %, 10.3 %, 69.9 %, 93.8 %, 2.4 % (69.1 % round twenty-five, 69.6 % round twenty-four; 66.0 %, 20.7 % untouched)
        # dev29: held out through round twenty-three (its first and last engines: 65.7 % and 66.2 %, harm 7 of 46 at both), tuned on since
        ("dev29", 0.67, 0.08, 0.57, 0.78, 0.07),  # 72.9 %, 2.2 %, 60.7 %, 83.0 %, 3.9 % (72.4 % round twenty-five, 68.1 % round twenty-four; 66.2 %, 15.2 % untouched)
        # dev30: held out through round twenty-four (its first and last engines: 62.7 % and 63.2 %, harm 6 of 48 at both), tuned on since
        ("dev30", 0.64, 0.09, 0.62, 0.75, 0.06),  # 70.3 %, 0 %, 67.3 %, 82.6 %, 3.0 % (69.8 % round twenty-six, 68.9 % round twenty-five; 63.2 %, 12.5 % untouched)
        # dev31: held out through round twenty-five (its first and last engines: 64.2 % and 63.7 %, harm 2 of 45 at both), tuned on since
        ("dev31", 0.63, 0.05, 0.48, 0.72, 0.08),  # 70.1 %, 0 %, 53.4 %, 77.1 %, 5.8 % (69.1 % round twenty-seven, 67.6 % round twenty-six; 63.7 %, 4.4 % untouched)
        # dev32: held out through round twenty-six (its first and last engines: 65.4 % at both, harm 5 of 49 at both), tuned on since
        ("dev32", 0.66, 0.08, 0.59, 0.80, 0.07),  # 71.2 %, 2.0 %, 63.6 %, 87.0 %, 4.4 % (70.7 % round twenty-seven; 65.4 %, 10.2 % untouched)
        # dev33: held out through round twenty-seven (its first and last engines: 61.2 % and 62.8 %, harm 5 and 4 of 47), tuned on since
        ("dev33", 0.60, 0.10, 0.66, 0.85, 0.05),  # 64.3 %, 8.5 %, 71.4 %, 89.4 %, 2.3 % (62.8 %, 8.5 % untouched)
        # dev34: held out through round twenty-eight (its first and last engines: 67.0 % at both, harm 1 of 64 at both), tuned on since
        ("dev34", 0.62, 0.07, 0.63, 0.78, 0.08),  # 71.4 %, 1.6 %, 69.6 %, 87.5 %, 0.9 % (67.0 %, 1.6 %, 68.1 %, 83.3 %, 2.6 % untouched)
        # dev35: held out through round twenty-nine (its first and last engines: 69.0 % at both, harm 1 of 42 at both), tuned on since
        ("dev35", 0.64, 0.07, 0.60, 0.78, 0.09),  # 74.6 %, 2.4 %, 68.0 %, 85.1 %, 3.7 % (72.1 % after round thirty; 69.0 %, 65.5 % untouched; 83.0 % declined out of scope at its first engine)
        # dev36: held out through round thirty (its first and last engines: 66.5 % and 65.5 %, harm 4 of 46 at both), tuned on since
        ("dev36", 0.67, 0.10, 0.62, 0.79, 0.08),  # 72.0 %, 6.5 %, 67.3 %, 84.8 %, 3.6 % (65.5 %, 8.7 %, 64.2 %, 6.4 % untouched; 66.5 % at its first engine)
        # dev37: held out through round thirty-one (its first and last engines: 75.8 % and 76.7 %, harm 1 of 44 at both), tuned on since
        ("dev37", 0.74, 0.07, 0.63, 0.84, 0.06),  # 79.7 %, 2.3 %, 68.9 %, 89.8 %, 1.7 % (76.7 %, 2.3 %, 65.8 %, 87.8 %, 2.5 % untouched; 75.8 % at its first engine)
        # dev38: held out through round thirty-two (its first and last engines: 72.1 % at both, harm 5 of 44 at both), tuned on since
        ("dev38", 0.73, 0.05, 0.63, 0.86, 0.06),  # 78.8 %, 0 %, 68.4 %, 91.7 %, 1.8 % (72.1 %, 11.4 %, 65.3 %, 89.6 %, 3.1 % untouched; 72.1 % at its first engine)
        # dev39: held out through round thirty-three (its first and last engines: 63.7 % and 64.1 %, harm 1 of 44 at both), tuned on since
        ("dev39", 0.66, 0.05, 0.48, 0.82, 0.08),  # 71.7 %, 0 %, 53.2 %, 87.5 %, 3.5 % (64.1 %, 2.3 %, 83.3 %, 5.7 % untouched at round thirty-three's last engine; 63.7 % and recall 48.9 % at its first)
        # dev40: held out through round thirty-four (its first and last engines: 74.4 % and 74.9 %, harm 1 of 42 at both), tuned on since
        ("dev40", 0.77, 0.05, 0.62, 0.88, 0.08),  # 82.3 %, 0 %, 67.8 %, 93.5 %, 3.2 % (74.9 %, 2.4 %, 67.8 %, 87.0 %, 4.1 % untouched at round thirty-four's last engine; 74.4 % and recall 67.3 % at its first)
        # dev41: held out through round thirty-five (its first and last engines: 65.6 % and 66.5 %, harm 5 and 4 of 41), tuned on since
        ("dev41", 0.72, 0.05, 0.54, 0.88, 0.08),  # 77.5 %, 0 %, 59.5 %, 93.5 %, 2.8 % (66.5 %, 9.8 %, 54.3 %, 87.0 %, 3.8 % untouched at round thirty-five's last engine; 65.6 % at its first)
        # dev42: held out through round thirty-six (its first and last engines: 63.2 % and 66.5 %, harm 3 and 2 of 42), tuned on since
        ("dev42", 0.65, 0.05, 0.60, 0.90, 0.08),  # 70.8 %, 2.4 %, 64.8 %, 95.7 %, 3.3 % (66.5 %, 4.8 %, 62.9 %, 80.4 %, 3.3 % untouched at round thirty-six's last engine; 63.2 % at its first)
        # dev43: held out through round thirty-seven (its first and last engines: 62.3 % and 63.2 %, harm 3 of 42 at both), tuned on since
        ("dev43", 0.69, 0.05, 0.56, 0.84, 0.08),  # 74.5 %, 0 %, 61.2 %, 89.4 %, 3.1 % (63.2 %, 7.1 %, 59.8 %, 78.7 %, 3.6 % untouched at round thirty-seven's last engine; 62.3 % at its first)
        # dev44: held out through round thirty-eight (its first and last engines: 69.1 % and 69.5 %, harm 3 of 42 at both), tuned on since
        ("dev44", 0.70, 0.05, 0.60, 0.92, 0.08),  # 75.3 %, 0 %, 65.3 %, 97.9 %, 3.1 % (69.5 %, 7.1 %, 61.3 %, 91.7 %, 4.9 % untouched at round thirty-eight's last engine; 69.1 % at its first)
        # dev45: held out through round thirty-nine (its first and last engines: 64.4 % at both, harm 3 of 42 at both), tuned on since
        ("dev45", 0.64, 0.05, 0.55, 0.80, 0.08),  # 69.4 %, 0 %, 60.7 %, 85.4 %, 3.1 % (64.4 %, 7.1 %, 60.3 %, 77.1 %, 3.6 % untouched at round thirty-nine's last engine, as at its first)
        # dev46: held out through round forty (its first and last engines: 57.3 % at both, harm 3 of 43 → 2 of 43), tuned on since
        ("dev46", 0.55, 0.07, 0.50, 0.78, 0.11),  # 60.9 %, 2.3 %, 55.3 %, 83.0 %, 6.7 % (57.3 %, 4.7 %, 54.8 %, 83.0 %, 6.7 % untouched at round forty's last engine; 57.3 % and harm 7.0 % at its first)
        # dev47: held out through round forty-one (its first and last engines: 65.0 % at both, harm 6 of 43 at both), tuned on since
        ("dev47", 0.69, 0.05, 0.54, 0.86, 0.06),  # 74.2 %, 0 %, 59.5 %, 91.7 %, 1.4 % (65.0 %, 14.0 %, 57.1 %, 81.2 %, 1.4 % untouched at round forty-one's last engine, as at its first)
        # dev48: held out through round forty-two (its first and last engines: 60.4 % at both, harm 6 of 41 at both), tuned on since
        ("dev48", 0.59, 0.17, 0.52, 0.88, 0.09),  # 63.8 %, 12.2 %, 57.3 %, 93.5 %, 4.8 % (60.4 %, 14.6 %, 57.3 %, 84.8 % → 87.0 %, 4.8 % at round forty-two's first and last engines)
        # dev49: held out through round forty-three (its first and last engines: 60.0 % → 60.5 %, harm 5 of 42 at both), tuned on since
        ("dev49", 0.63, 0.07, 0.60, 0.80, 0.06),  # 67.9 %, 2.4 %, 64.9 %, 85.1 %, 1.8 % (60.0 → 60.5 %, 11.9 %, 62.0 %, 72.3 %, 4.1 % at round forty-three's first and last engines)
        # dev50: held out through round forty-four (its first and last engines: 57.8 % → 58.7 %, harm 6 of 42 at both), tuned on since
        ("dev50", 0.57, 0.09, 0.52, 0.77, 0.10),  # 61.0 %, 4.8 %, 56.2 %, 81.6 %, 6.2 % (57.8 → 58.7 %, 14.3 %, 55.7 → 56.2 %, 79.6 %, 7.1 → 6.2 % at round forty-four's first and last engines)
        # dev51: held out through round forty-five (its first and last engines: 61.5 % → 61.9 %, harm 3 of 42 at both), tuned on since
        ("dev51", 0.62, 0.09, 0.48, 0.81, 0.08),  # 66.1 %, 4.8 %, 52.4 %, 85.4 %, 3.6 % (61.5 → 61.9 %, 7.1 %, 51.2 %, 64.6 %, 5.0 % at round forty-five's first and last engines)
        # dev52: held out through round forty-six (its first and last engines: 65.7 % → 66.2 %, harm 6 of 41 at both), tuned on since
        ("dev52", 0.68, 0.07, 0.56, 0.72, 0.07),  # 72.2 % (72.7 % after e376c03), 2.4 %, 60.0 %, 76.6 %, 2.3 % (65.7 → 66.2 %, 14.6 %, 56.8 → 57.4 %, 66.0 %, 4.1 % at round forty-six's first and last engines)
        # dev53: held out through round forty-seven (its first and last engines: 58.7 % → 58.7 %, harm 5 of 41 at both), tuned on since
        ("dev53", 0.58, 0.09, 0.47, 0.75, 0.09),  # 62.8 % (63.2 % after a52ba5c), 4.9 %, 51.9 % (53.2 %), 80.4 %, 5.3 % (2.2 %) (58.7 → 58.7 %, 12.2 %, 51.3 → 51.9 %, 80.4 %, 6.2 % at round forty-seven's first and last engines)
        # dev54: held out through round forty-eight (its first and last engines: 60.7 % → 62.1 %, harm 6 of 43 at both), tuned on since
        ("dev54", 0.60, 0.07, 0.55, 0.78, 0.08),  # 64.7 %, 2.3 %, 60.0 %, 83.3 %, 3.5 % (60.7 → 62.1 %, 14.0 %, 60.0 → 61.3 %, 83.3 %, 5.8 → 4.0 % at round forty-eight's first and last engines)
        # dev55: held out through round forty-nine (its first and last engines: 71.3 % → 72.2 %, harm 4 of 42 at both), tuned on since
        ("dev55", 0.70, 0.07, 0.60, 0.78, 0.06),  # 74.0 %, 4.8 %, 63.6 %, 83.0 %, 4.0 % (74.9 %, 64.9 %, 3.6 % at the round's last engine) (71.3 → 72.2 %, 9.5 %, 60.3 → 62.3 %, 83.0 %, 5.8 → 5.3 % at round forty-nine's first and last engines)
        # dev56: held out through round fifty (its first and last engines: 67.0 % → 67.0 %, harm 6 of 42 at both), tuned on since
        ("dev56", 0.66, 0.05, 0.56, 0.88, 0.09),  # 69.7 %, 2.4 %, 59.3 %, 91.1 %, 6.8 % (round fifty-one's last engine) (67.0 → 67.0 %, 14.3 %, 58.7 → 59.3 %, 91.1 %, 7.3 → 6.8 % at round fifty's first and last engines)
        # dev57: held out through round fifty-one (its first and last engines: 62.0 % → 62.5 %, harm 3 of 42 at both), tuned on since
        ("dev57", 0.62, 0.03, 0.57, 0.82, 0.07),  # 65.3 %, 0 %, 60.2 %, 84.4 %, 5.0 % (round fifty-two's last engine) (62.0 → 62.5 %, 7.1 %, 56.9 → 57.4 %, 84.4 %, 5.0 % at round fifty-one's first and last engines)
        # dev58: held out through round fifty-two (its first and last engines: 64.3 % → 64.3 %, harm 5 of 42 at both), tuned on since
        ("dev58", 0.65, 0.05, 0.72, 0.80, 0.06),  # 67.6 %, 2.4 %, 74.8 %, 82.2 %, 3.8 % (round fifty-three's last engine) (64.3 → 64.3 %, 11.9 %, 70.0 %, 82.2 %, 3.8 % at round fifty-two's first and last engines)
        # dev59: held out through round fifty-three (its first and last engines: 64.9 % → 64.9 %, harm 4 of 42 at both), tuned on since
        ("dev59", 0.69, 0.03, 0.69, 0.88, 0.04),  # 71.6 %, 0 %, 71.6 %, 91.1 %, 2.4 % (round fifty-four's last engine) (64.9 → 64.9 %, 9.5 %, 64.9 %, 91.1 %, 3.3 % at round fifty-three's first and last engines)
        # dev60: held out through round fifty-four (its first and last engines: 70.3 % → 70.3 %, harm 0 of 42 at both), tuned on since
        ("dev60", 0.74, 0.03, 0.62, 0.73, 0.04),  # 76.9 %, 0 %, 64.6 %, 75.6 %, 1.9 % (round fifty-five's last engine) (70.3 → 70.3 %, 0 %, 62.3 %, 75.6 %, 1.9 % at round fifty-four's first and last engines)
        # dev61: held out through round fifty-five (its first and last engines: 59.8 % → 59.8 %, harm 5 of 42 at both), tuned on since
        ("dev61", 0.60, 0.05, 0.66, 0.82, 0.06),  # 62.1 %, 2.4 %, 68.2 %, 85.1 %, 4.2 % (round fifty-six's last engine) (59.8 → 59.8 %, 11.9 %, 65.9 %, 85.1 %, 4.2 % at round fifty-five's first and last engines)
        # dev62: held out through round fifty-six (its first and last engines: 66.8 % → 66.8 %, harm 3 of 43 at both), tuned on since
        ("dev62", 0.70, 0.03, 0.65, 0.82, 0.04),  # 72.7 %, 0 %, 67.9 %, 84.8 %, 1.4 % (round fifty-seven's last engine) (66.8 → 66.8 %, 7.0 %, 64.7 → 64.3 %, 84.8 %, 1.8 % at round fifty-six's first and last engines)
        # dev63: held out through round fifty-seven (its first and last engines: 63.0 % → 63.0 %, harm 2 of 42 at both), tuned on since
        ("dev63", 0.63, 0.03, 0.54, 0.71, 0.07),  # 65.3 %, 0 %, 56.0 %, 73.9 %, 5.1 % (round fifty-eight's last engine) (63.0 → 63.0 %, 4.8 %, 54.2 %, 73.9 %, 5.1 % at round fifty-seven's first and last engines)
        # dev64: held out through round fifty-eight (its first and last engines: 66.4 % → 66.4 %, harm 1 of 42 at both), tuned on since
        ("dev64", 0.64, 0.03, 0.58, 0.75, 0.05),  # 67.3 %, 0 %, 60.9 %, 77.6 %, 2.8 % (round fifty-nine's last engine) (66.4 → 66.4 %, 2.4 %, 60.3 %, 77.6 %, 2.8 % at round fifty-eight's first and last engines)
        # dev65: held out through round fifty-nine (its first and last engines: 67.3 % → 67.3 %, harm 4 of 42 at both), tuned on since
        ("dev65", 0.66, 0.03, 0.58, 0.77, 0.04),  # 69.7 %, 0 %, 60.9 %, 80.0 %, 1.4 % (round sixty's last engine) (67.3 → 67.3 %, 9.5 %, 59.8 %, 80.0 %, 1.4 % at round fifty-nine's first and last engines)
        # dev66: held out through round sixty (its first and last engines: 65.8 % → 65.8 %, harm 1 of 45 at both), tuned on since
        ("dev66", 0.62, 0.05, 0.59, 0.77, 0.06),  # 65.8 %, 2.2 %, 62.7 %, 80.4 %, 3.1 % (unchanged at round sixty-one's last engine, tuned on)
        # dev67: held out through round sixty-one (its first and last engines: 66.2 % → 66.2 %, harm 2 of 45 at both), tuned on since
        ("dev67", 0.64, 0.03, 0.64, 0.79, 0.06),  # 67.6 %, 0 %, 67.7 %, 83.0 %, 3.1 % (round sixty-two's last engine) (66.2 → 66.2 %, 4.4 %, 67.7 %, 83.0 %, 3.1 % at round sixty-one's first and last engines)
        # dev68: held out through round sixty-two (72.8 % → 72.4 %, harm 5 of 43 at both), tuned on since
        ("dev68", 0.69, 0.12, 0.65, 0.92, 0.09),  # 72.8 %, 9.3 %, 68.5 %, 95.7 %, 5.9 % (round sixty-three's last engine) (72.8 → 72.4 %, 11.6 %, 69.0 → 68.5 %, 95.7 %, 5.9 % at round sixty-two's first and last engines)
        # dev69: held out through round sixty-three (70.3 % → 70.7 %, harm 2 of 43 at both), tuned on since
        ("dev69", 0.68, 0.05, 0.64, 0.88, 0.07),  # 71.6 %, 2.3 %, 66.8 %, 91.3 %, 4.9 % (round sixty-four's last engine) (70.3 → 70.7 %, 4.7 %, 67.4 %, 91.3 %, 4.9 % at round sixty-three's first and last engines)
        # dev70: held out through round sixty-four (62.8 % → 62.8 %, harm 0 of 43 at both), tuned on since
        ("dev70", 0.60, 0.03, 0.55, 0.95, 0.08),  # 62.8 %, 0 %, 58.4 %, 97.8 %, 5.9 % (round sixty-five's last engine) (62.8 → 62.8 %, 0 %, 58.4 %, 97.8 %, 5.9 % at round sixty-four's first and last engines)
        # dev71: held out through round sixty-five (72.7 % → 72.7 %, harm 2 of 44 at both), tuned on since
        ("dev71", 0.70, 0.07, 0.60, 0.84, 0.05),  # 73.2 %, 4.5 %, 63.8 %, 87.0 %, 2.7 % (round sixty-seven's last engine) (72.7 → 72.7 %, 4.5 %, 63.2 %, 87.0 %, 2.7 % at round sixty-five's first and last engines)
        # dev72: held out through round sixty-six (67.8 % → 67.8 %, harm 0 of 44 at both), tuned on since
        ("dev72", 0.65, 0.03, 0.56, 0.80, 0.06),  # 67.8 %, 0 %, 59.6 %, 83.0 %, 3.3 % (round sixty-seven's last engine, the same as at round sixty-six's first and last)
        # dev73: held out through round sixty-seven (69.3 % → 69.3 %, harm 2 of 43 at both), tuned on since
        ("dev73", 0.66, 0.07, 0.63, 0.84, 0.04),  # 69.3 %, 4.7 %, 66.1 %, 87.0 %, 1.8 %
        # dev74: held out through round sixty-eight (72.0 % → 72.0 %, harm 1 of 43 at both), tuned on since
        ("dev74", 0.69, 0.05, 0.57, 0.84, 0.05),  # 72.0 %, 2.3 %, 60.3 %, 86.7 %, 3.2 %
        # dev75: held out through round sixty-nine (67.5 % → 67.5 %, harm 2 of 44 at both), tuned on since
        ("dev75", 0.64, 0.07, 0.56, 0.84, 0.06),  # 67.5 %, 4.5 %, 58.9 %, 87.5 %, 3.4 %
        # dev76: held out through round seventy (64.2 % → 64.2 %, harm 4 of 44 at both), tuned on since
        ("dev76", 0.61, 0.12, 0.53, 0.80, 0.09),  # 64.2 %, 9.1 %, 55.7 %, 83.0 %, 6.8 %
        # dev77: held out through round seventy-one (61.7 % → 61.7 %, harm 4 of 44 at both), tuned on since
        ("dev77", 0.58, 0.12, 0.50, 0.86, 0.09),  # 61.7 %, 9.1 %, 53.1 %, 89.8 %, 6.3 %
        # dev78: held out through round seventy-two (67.7 % → 67.7 %, harm 2 of 44 at both), tuned on since
        ("dev78", 0.64, 0.07, 0.57, 0.88, 0.07),  # 67.7 %, 4.5 %, 60.2 %, 91.3 %, 4.4 %
        # dev79: held out through round seventy-three (70.1 % → 70.1 %, harm 1 of 44 at both), tuned on since
        ("dev79", 0.66, 0.05, 0.56, 0.88, 0.05),  # 70.1 %, 2.3 %, 59.1 %, 91.7 %, 2.1 %
        # dev80: held out through round seventy-four (66.1 % → 66.1 %, harm 3 of 47 at both), tuned on since
        ("dev80", 0.62, 0.09, 0.68, 0.84, 0.05),  # 66.1 %, 6.4 %, 71.3 %, 87.2 %, 1.7 %
        # dev81: held out through round seventy-five (61.2 % → 61.6 %, harm 2 of 44 at both), tuned on since
        ("dev81", 0.58, 0.07, 0.59, 0.86, 0.08),  # 61.2 %, 4.5 %, 62.1 %, 89.4 %, 5.1 %
        # dev82: held out through round seventy-six (67.1 % → 67.1 %, harm 0 of 44 at both), tuned on since
        ("dev82", 0.63, 0.03, 0.62, 0.86, 0.06),  # 67.1 %, 0.0 %, 65.8 %, 89.4 %, 3.0 %
        # dev83: held out through round seventy-seven (66.4 % → 66.4 %, harm 3 of 48 at both), tuned on since
        ("dev83", 0.63, 0.09, 0.57, 0.84, 0.04),  # 66.4 %, 6.2 %, 60.8 %, 87.5 %, 1.3 %
        # dev84: held out through round seventy-eight (62.9 % → 62.9 %, harm 5 of 48 at both), tuned on since
        ("dev84", 0.60, 0.13, 0.59, 0.86, 0.07),  # 62.9 %, 10.4 %, 62.8 %, 89.6 %, 3.9 %
        # dev85: held out through round seventy-nine (67.5 % → 67.5 %, harm 2 of 49 at both), tuned on since
        ("dev85", 0.65, 0.07, 0.64, 0.85, 0.06),  # 67.5 %, 4.1 %, 66.5 %, 87.5 %, 3.0 %
        # dev86: held out through round eighty (73.7 % → 73.7 %, harm 5 of 49 at both), tuned on since
        ("dev86", 0.71, 0.13, 0.63, 0.93, 0.05),  # 73.7 %, 10.2 %, 65.2 %, 95.9 %, 2.6 %
        # dev87: held out through round eighty-one (73.2 % → 73.2 %, harm 1 of 48 at both), tuned on since
        ("dev87", 0.71, 0.05, 0.65, 0.87, 0.05),  # 73.2 %, 2.1 %, 67.4 %, 89.6 %, 2.7 %
        # dev88: held out through round eighty-two (80.1 % → 79.6 %, harm 1 of 45 at both), tuned on since
        ("dev88", 0.78, 0.05, 0.76, 0.89, 0.03),  # 80.1 %, 2.2 %, 78.8 %, 91.5 %, 0.9 %
        # dev89: held out through round eighty-three (76.3 % → 75.9 %, harm 1 of 46 at both), tuned on since
        ("dev89", 0.74, 0.05, 0.59, 0.87, 0.06),  # 76.3 %, 2.2 %, 61.6 %, 89.6 %, 4.0 %
        # dev90: held out through round eighty-four (74.4 % → 74.4 %, harm 0 of 46 at both), tuned on since
        ("dev90", 0.72, 0.03, 0.71, 0.91, 0.06),  # 74.4 %, 0 %, 73.2 %, 93.8 %, 4.0 %
        # dev91: held out through round eighty-five (75.8 % → 75.8 %, harm 0 of 46 at both), tuned on since
        ("dev91", 0.73, 0.03, 0.71, 0.87, 0.05),  # 75.8 %, 0 %, 73.3 %, 89.6 %, 2.2 %
        # dev92: held out through round eighty-six (71.9 % → 71.9 %, harm 2 of 46 at both), tuned on since
        ("dev92", 0.69, 0.07, 0.65, 0.87, 0.05),  # 71.9 %, 4.3 %, 67.9 %, 89.6 %, 2.7 %
        # dev93: held out (round eighty-seven's first engine: 71.9 %, harm 0 of 46, measured in a worktree)
        ("dev93", 0.69, 0.03, 0.66, 0.89, 0.05),  # 71.9 %, 0 %, 68.4 %, 91.7 %, 2.7 %
    ],
)
def test_tuned_sets_do_not_regress(
    shipped_index: Index,
    real_items: list[RealItem],
    split: str,
    verdict: float,
    harmless: float,
    recall: float,
    oos: float,
    declined: float,
) -> None:
    items = [i for i in real_items if i.split == "dev"] if split == "dev" else load_real(EVAL / split)
    report = evaluate_real(items, real_engine_system(shipped_index))
    # dev4, dev25, dev26, dev27 and dev93 are read by their headline figures only: a failure there shows counts,
    # never their questions.
    why = _counts(report) if split in HELD_OUT else _failures(report)
    assert report.verdict.value >= verdict, why
    assert report.harmless_prohibited.value <= harmless, why
    assert report.basis_recall_at_3.value >= recall, why
    assert report.oos_abstained.value >= oos, why
    assert report.inscope_abstained.value <= declined, why


# --- the authors' set: reachability of every card and provision ---


@pytest.fixture(scope="module")
def authors_items() -> list[EvalItem]:
    return load_eval(EVAL)


def test_authors_set_floors_and_lead_over_plain_bm25(shipped_index: Index, authors_items: list[EvalItem]) -> None:
    report: Report = evaluate(authors_items, engine_system(shipped_index))
    baseline = evaluate(authors_items, baseline_system(shipped_index.knowledge))
    assert report.verdict_accuracy >= 0.84, "\n".join(report.failures)  # 86.6 %
    assert report.basis_recall_at_3 >= 0.86, "\n".join(report.failures)  # 89.6 %
    assert report.abstention_recall >= 0.95 and report.false_abstention_rate <= 0.05
    assert report.verdict_accuracy > baseline.verdict_accuracy
    assert report.basis_recall_at_3 > baseline.basis_recall_at_3


def test_every_provision_is_cited_and_every_card_reachable(shipped_index: Index, authors_items: list[EvalItem]) -> None:
    uncited, unmatched = coverage(authors_items, shipped_index)
    assert not uncited, f"never cited in a top 3: {sorted(uncited)}"
    assert not unmatched, f"never the top rule for a non-example question: {sorted(unmatched)}"
