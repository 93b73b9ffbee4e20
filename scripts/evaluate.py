"""Print the evaluation report as Markdown: the real-user set (dev and test, engine vs plain
rank-bm25, per category, the ten worst failures) and the authors' set.

Usage: python scripts/evaluate.py           the full report (recorded in docs/evaluation.md)
       python scripts/evaluate.py --dev     dev split only, with every failure (for tuning)
       python scripts/evaluate.py --dev2    the second validation set, with every failure
       python scripts/evaluate.py --dev3    the third validation set, with every failure
       python scripts/evaluate.py --dev4    the fourth validation set (held out: headline figures only)
       python scripts/evaluate.py --dev5    the fifth validation set, with every failure
       python scripts/evaluate.py --dev6    the sixth validation set, with every failure
       python scripts/evaluate.py --dev7    the seventh validation set, with every failure
       python scripts/evaluate.py --dev8    the eighth validation set, with every failure
       python scripts/evaluate.py --dev9    the ninth validation set, with every failure
       python scripts/evaluate.py --dev10   the tenth validation set, with every failure
       python scripts/evaluate.py --dev11   the eleventh validation set, with every failure
       python scripts/evaluate.py --dev12   the twelfth validation set, with every failure
       python scripts/evaluate.py --dev13   the thirteenth validation set, with every failure
       python scripts/evaluate.py --dev14   the fourteenth validation set, with every failure
       python scripts/evaluate.py --dev15   the fifteenth validation set, with every failure
       python scripts/evaluate.py --dev16   the sixteenth validation set, with every failure
       python scripts/evaluate.py --dev17   the seventeenth validation set, with every failure
       python scripts/evaluate.py --dev18   the eighteenth validation set, with every failure
       python scripts/evaluate.py --dev19   the nineteenth validation set, with every failure
       python scripts/evaluate.py --dev20   the twentieth validation set, with every failure
       python scripts/evaluate.py --dev21   the twenty-first validation set, with every failure
       python scripts/evaluate.py --dev22   the twenty-second validation set, with every failure
       python scripts/evaluate.py --dev23   the twenty-third validation set, with every failure
       python scripts/evaluate.py --dev24   the twenty-fourth validation set, with every failure
       python scripts/evaluate.py --dev25   the twenty-fifth validation set (held out: headline figures only)
       python scripts/evaluate.py --dev26   the twenty-sixth validation set (headline figures only: it chooses settings)
       python scripts/evaluate.py --dev27   the twenty-seventh validation set (held out: headline figures only)
       python scripts/evaluate.py --dev28   the twenty-eighth validation set, with every failure (held out in round twenty-two, tuned on since)
       python scripts/evaluate.py --dev29   the twenty-ninth validation set, with every failure (held out in round twenty-three, tuned on since)
       python scripts/evaluate.py --dev30   the thirtieth validation set, with every failure (held out in round twenty-four, tuned on since)
       python scripts/evaluate.py --dev31   the thirty-first validation set, with every failure (held out in round twenty-five, tuned on since)
       python scripts/evaluate.py --dev32   the thirty-second validation set, with every failure (held out in round twenty-six, tuned on since)
       python scripts/evaluate.py --dev33   the thirty-third validation set, with every failure (held out in round twenty-seven, tuned on since)
       python scripts/evaluate.py --dev34   the thirty-fourth validation set, with every failure (held out in round twenty-eight, tuned on since)
       python scripts/evaluate.py --dev35   the thirty-fifth validation set, with every failure (held out in round twenty-nine, tuned on since)
       python scripts/evaluate.py --dev36   the thirty-sixth validation set, with every failure (held out in round thirty, tuned on since)
       python scripts/evaluate.py --dev37   the thirty-seventh validation set, with every failure (held out in round thirty-one, tuned on since)
       python scripts/evaluate.py --dev38   the thirty-eighth validation set, with every failure (held out in round thirty-two, tuned on since)
       python scripts/evaluate.py --dev39   the thirty-ninth validation set, with every failure (held out in round thirty-three, tuned on since)
       python scripts/evaluate.py --dev40   the fortieth validation set, with every failure (held out in round thirty-four, tuned on since)
       python scripts/evaluate.py --dev41   the forty-first validation set, with every failure (held out in round thirty-five, tuned on since)
       python scripts/evaluate.py --dev42   the forty-second validation set, with every failure (held out in round thirty-six, tuned on since)
       python scripts/evaluate.py --dev43   the forty-third validation set, with every failure (held out in round thirty-seven, tuned on since)
       python scripts/evaluate.py --dev44   the forty-fourth validation set, with every failure (held out in round thirty-eight, tuned on since)
       python scripts/evaluate.py --dev45   the forty-fifth validation set, with every failure (held out in round thirty-nine, tuned on since)
       python scripts/evaluate.py --dev46   the forty-sixth validation set, with every failure (held out in round forty, tuned on since)
       python scripts/evaluate.py --dev47   the forty-seventh validation set, with every failure (held out in round forty-one, tuned on since)
       python scripts/evaluate.py --dev48   the forty-eighth validation set, with every failure (held out in round forty-two, tuned on since)
       python scripts/evaluate.py --dev49   the forty-ninth validation set, with every failure (held out in round forty-three, tuned on since)
       python scripts/evaluate.py --dev50   the fiftieth validation set, with every failure (held out in round forty-four, tuned on since)
       python scripts/evaluate.py --dev51   the fifty-first validation set, with every failure (held out in round forty-five, tuned on since)
       python scripts/evaluate.py --dev52   the fifty-second validation set, with every failure (held out in round forty-six, tuned on since)
       python scripts/evaluate.py --dev53   the fifty-third validation set, with every failure (held out in round forty-seven, tuned on since)
       python scripts/evaluate.py --dev54   the fifty-fourth validation set, with every failure (held out in round forty-eight, tuned on since)
       python scripts/evaluate.py --dev55   the fifty-fifth validation set, with every failure (held out in round forty-nine, tuned on since)
       python scripts/evaluate.py --dev56   the fifty-sixth validation set, with every failure (held out in round fifty, tuned on since)
       python scripts/evaluate.py --dev57   the fifty-seventh validation set, with every failure (held out in round fifty-one, tuned on since)
       python scripts/evaluate.py --dev58   the fifty-eighth validation set, with every failure (held out in round fifty-two, tuned on since)
       python scripts/evaluate.py --dev59   the fifty-ninth validation set, with every failure (held out in round fifty-three, tuned on since)
       python scripts/evaluate.py --dev60   the sixtieth validation set, with every failure (held out in round fifty-four, tuned on since)
       python scripts/evaluate.py --dev61   the sixty-first validation set, with every failure (held out in round fifty-five, tuned on since)
       python scripts/evaluate.py --dev62   the sixty-second validation set, with every failure (held out in round fifty-six, tuned on since)
       python scripts/evaluate.py --dev63   the sixty-third validation set, with every failure (held out in round fifty-seven, tuned on since)
       python scripts/evaluate.py --dev64   the sixty-fourth validation set, with every failure (held out in round fifty-eight, tuned on since)
       python scripts/evaluate.py --dev65   the sixty-fifth validation set, with every failure (held out in round fifty-nine, tuned on since)
       python scripts/evaluate.py --dev66   the sixty-sixth validation set, with every failure (held out in round sixty, tuned on since)
       python scripts/evaluate.py --dev67   the sixty-seventh validation set, with every failure (held out in round sixty-one, tuned on since)
       python scripts/evaluate.py --dev68   the sixty-eighth validation set, with every failure (held out in round sixty-two, tuned on since)
       python scripts/evaluate.py --dev69   the sixty-ninth validation set, with every failure (held out in round sixty-three, tuned on since)
       python scripts/evaluate.py --dev70   the seventieth validation set, with every failure (held out in round sixty-four, tuned on since)
       python scripts/evaluate.py --dev71   the seventy-first validation set, with every failure (held out in round sixty-five, tuned on since)
       python scripts/evaluate.py --dev72   the seventy-second validation set, with every failure (held out in round sixty-six, tuned on since)
       python scripts/evaluate.py --dev73   the seventy-third validation set, with every failure (held out in round sixty-seven, tuned on since)
       python scripts/evaluate.py --dev74   the seventy-fourth validation set, with every failure (held out in round sixty-eight, tuned on since)
       python scripts/evaluate.py --dev75   the seventy-fifth validation set, with every failure (held out in round sixty-nine, tuned on since)
       python scripts/evaluate.py --dev76   the seventy-sixth validation set, with every failure (held out in round seventy, tuned on since)
       python scripts/evaluate.py --dev77   the seventy-seventh validation set, with every failure (held out in round seventy-one, tuned on since)
       python scripts/evaluate.py --dev78   the seventy-eighth validation set, with every failure (held out in round seventy-two, tuned on since)
       python scripts/evaluate.py --dev79   the seventy-ninth validation set, with every failure (held out in round seventy-three, tuned on since)
       python scripts/evaluate.py --dev80   the eightieth validation set, with every failure (held out in round seventy-four, tuned on since)
       python scripts/evaluate.py --dev81   the eighty-first validation set, with every failure (held out in round seventy-five, tuned on since)
       python scripts/evaluate.py --dev82   the eighty-second validation set, with every failure (held out in round seventy-six, tuned on since)
       python scripts/evaluate.py --dev83   the eighty-third validation set, with every failure (held out in round seventy-seven, tuned on since)
       python scripts/evaluate.py --dev84   the eighty-fourth validation set, with every failure (held out in round seventy-eight, tuned on since)
       python scripts/evaluate.py --dev85   the eighty-fifth validation set, with every failure (held out in round seventy-nine, tuned on since)
       python scripts/evaluate.py --dev86   the eighty-sixth validation set, with every failure (held out in round eighty, tuned on since)
       python scripts/evaluate.py --dev87   the eighty-seventh validation set, with every failure (held out in round eighty-one, tuned on since)
       python scripts/evaluate.py --dev88   the eighty-eighth validation set, with every failure (held out in round eighty-two, tuned on since)
       python scripts/evaluate.py --dev89   the eighty-ninth validation set, with every failure (held out in round eighty-three, tuned on since)
       python scripts/evaluate.py --dev90   the ninetieth validation set, with every failure (held out in round eighty-four, tuned on since)
       python scripts/evaluate.py --dev91   the ninety-first validation set, with every failure (held out in round eighty-five, tuned on since)
       python scripts/evaluate.py --dev92   the ninety-second validation set, with every failure (held out in round eighty-six, tuned on since)
       python scripts/evaluate.py --dev93   the ninety-third validation set (held out: headline figures only)
Tune only on dev and the validation sets: the test split is reported, never used to write cards,
glossary or thresholds.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from bot.config import DEFAULT_KNOWLEDGE
from bot.evaluation import (
    HELD_OUT,
    RealItem,
    RealOutcome,
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
from bot.knowledge import load_knowledge
from bot.search import Index

EVAL_DIR = Path(__file__).resolve().parent.parent / "tests" / "eval"
REAL_DIR = EVAL_DIR / "real"
# Validation sets written later by people who read neither the cards nor the earlier sets.
VALIDATION = {
    "dev2": "Second validation set, dev2 ({n} questions, written after the first tuning round)",
    "dev3": "Third validation set, dev3 ({n} questions, written after the second tuning round)",
    "dev4": "Fourth validation set, dev4 ({n} questions, written after the third tuning round)",
    "dev5": "Fifth validation set, dev5 ({n} questions, written after the fourth tuning round)",
    "dev6": "Sixth validation set, dev6 ({n} questions, written after the fifth tuning round)",
    "dev7": "Seventh validation set, dev7 ({n} questions, written during the sixth tuning round)",
    "dev8": "Eighth validation set, dev8 ({n} questions, written after the sixth tuning round)",
    "dev9": "Ninth validation set, dev9 ({n} questions, written after the seventh tuning round)",
    "dev10": "Tenth validation set, dev10 ({n} questions, written after the eighth tuning round)",
    "dev11": "Eleventh validation set, dev11 ({n} questions, written after the ninth tuning round)",
    "dev12": "Twelfth validation set, dev12 ({n} questions, written during the tenth tuning round)",
    "dev13": "Thirteenth validation set, dev13 ({n} questions, written after the tenth tuning round)",
    "dev14": "Fourteenth validation set, dev14 ({n} questions, written during the eleventh tuning round)",
    "dev15": "Fifteenth validation set, dev15 ({n} questions, written after the eleventh tuning round)",
    "dev16": "Sixteenth validation set, dev16 ({n} questions, written after the twelfth tuning round)",
    "dev17": "Seventeenth validation set, dev17 ({n} questions, written after the thirteenth tuning round)",
    "dev18": "Eighteenth validation set, dev18 ({n} questions, written after the fourteenth tuning round)",
    "dev19": "Nineteenth validation set, dev19 ({n} questions, written after the fifteenth tuning round)",
    "dev20": "Twentieth validation set, dev20 ({n} questions, written after the sixteenth tuning round)",
    "dev21": "Twenty-first validation set, dev21 ({n} questions, written after the seventeenth tuning round)",
    "dev22": "Twenty-second validation set, dev22 ({n} questions, written during the eighteenth tuning round)",
    "dev23": "Twenty-third validation set, dev23 ({n} questions, written during the nineteenth tuning round)",
    "dev24": "Twenty-fourth validation set, dev24 ({n} questions, written during the nineteenth tuning round)",
    "dev25": "Twenty-fifth validation set, dev25 ({n} questions, written during the twentieth tuning round)",
    "dev26": "Twenty-sixth validation set, dev26 ({n} questions, written during the twentieth tuning round)",
    "dev27": "Twenty-seventh validation set, dev27 ({n} questions, written during the twenty-first tuning round)",
    "dev28": "Twenty-eighth validation set, dev28 ({n} questions, written during the twenty-second tuning round)",
    "dev29": "Twenty-ninth validation set, dev29 ({n} questions, written during the twenty-third tuning round)",
    "dev30": "Thirtieth validation set, dev30 ({n} questions, written during the twenty-fourth tuning round)",
    "dev31": "Thirty-first validation set, dev31 ({n} questions, written during the twenty-fifth tuning round)",
    "dev32": "Thirty-second validation set, dev32 ({n} questions, written during the twenty-sixth tuning round)",
    "dev33": "Thirty-third validation set, dev33 ({n} questions, written during the twenty-seventh tuning round)",
    "dev34": "Thirty-fourth validation set, dev34 ({n} questions, written during the twenty-eighth tuning round)",
    "dev35": "Thirty-fifth validation set, dev35 ({n} questions, written during the twenty-ninth tuning round)",
    "dev36": "Thirty-sixth validation set, dev36 ({n} questions, written during the thirtieth tuning round)",
    "dev37": "Thirty-seventh validation set, dev37 ({n} questions, written during the thirty-first tuning round)",
    "dev38": "Thirty-eighth validation set, dev38 ({n} questions, written during the thirty-second tuning round)",
    "dev39": "Thirty-ninth validation set, dev39 ({n} questions, written during the thirty-third tuning round)",
    "dev40": "Fortieth validation set, dev40 ({n} questions, written during the thirty-fourth tuning round)",
    "dev41": "Forty-first validation set, dev41 ({n} questions, written during the thirty-fifth tuning round)",
    "dev42": "Forty-second validation set, dev42 ({n} questions, written during the thirty-sixth tuning round)",
    "dev43": "Forty-third validation set, dev43 ({n} questions, written during the thirty-seventh tuning round)",
    "dev44": "Forty-fourth validation set, dev44 ({n} questions, written during the thirty-eighth tuning round)",
    "dev45": "Forty-fifth validation set, dev45 ({n} questions, written during the thirty-ninth tuning round)",
    "dev46": "Forty-sixth validation set, dev46 ({n} questions, written during the fortieth tuning round)",
    "dev47": "Forty-seventh validation set, dev47 ({n} questions, written during the forty-first tuning round)",
    "dev48": "Forty-eighth validation set, dev48 ({n} questions, written during the forty-second tuning round)",
    "dev49": "Forty-ninth validation set, dev49 ({n} questions, written during the forty-third tuning round)",
    "dev50": "Fiftieth validation set, dev50 ({n} questions, written during the forty-fourth tuning round)",
    "dev51": "Fifty-first validation set, dev51 ({n} questions, written during the forty-fifth tuning round)",
    "dev52": "Fifty-second validation set, dev52 ({n} questions, written during the forty-sixth tuning round)",
    "dev53": "Fifty-third validation set, dev53 ({n} questions, written during the forty-seventh tuning round)",
    "dev54": "Fifty-fourth validation set, dev54 ({n} questions, written during the forty-eighth tuning round)",
    "dev55": "Fifty-fifth validation set, dev55 ({n} questions, written during the forty-ninth tuning round)",
    "dev56": "Fifty-sixth validation set, dev56 ({n} questions, written during the fiftieth tuning round)",
    "dev57": "Fifty-seventh validation set, dev57 ({n} questions, written during the fifty-first tuning round)",
    "dev58": "Fifty-eighth validation set, dev58 ({n} questions, written during the fifty-second tuning round)",
    "dev59": "Fifty-ninth validation set, dev59 ({n} questions, written during the fifty-third tuning round)",
    "dev60": "Sixtieth validation set, dev60 ({n} questions, written during the fifty-fourth tuning round)",
    "dev61": "Sixty-first validation set, dev61 ({n} questions, written during the fifty-fifth tuning round)",
    "dev62": "Sixty-second validation set, dev62 ({n} questions, written during the fifty-sixth tuning round)",
    "dev63": "Sixty-third validation set, dev63 ({n} questions, written during the fifty-seventh tuning round)",
    "dev64": "Sixty-fourth validation set, dev64 ({n} questions, written during the fifty-eighth tuning round)",
    "dev65": "Sixty-fifth validation set, dev65 ({n} questions, written during the fifty-ninth tuning round)",
    "dev66": "Sixty-sixth validation set, dev66 ({n} questions, written during the sixtieth tuning round)",
    "dev67": "Sixty-seventh validation set, dev67 ({n} questions, written during the sixty-first tuning round)",
    "dev68": "Sixty-eighth validation set, dev68 ({n} questions, written during the sixty-second tuning round)",
    "dev69": "Sixty-ninth validation set, dev69 ({n} questions, written during the sixty-third tuning round)",
    "dev70": "Seventieth validation set, dev70 ({n} questions, written during the sixty-fourth tuning round)",
    "dev71": "Seventy-first validation set, dev71 ({n} questions, written during the sixty-fifth tuning round)",
    "dev72": "Seventy-second validation set, dev72 ({n} questions, written during the sixty-sixth tuning round)",
    "dev73": "Seventy-third validation set, dev73 ({n} questions, written during the sixty-seventh tuning round)",
    "dev74": "Seventy-fourth validation set, dev74 ({n} questions, written during the sixty-eighth tuning round)",
    "dev75": "Seventy-fifth validation set, dev75 ({n} questions, written during the sixty-ninth tuning round)",
    "dev76": "Seventy-sixth validation set, dev76 ({n} questions, written during the seventieth tuning round)",
    "dev77": "Seventy-seventh validation set, dev77 ({n} questions, written during the seventy-first tuning round)",
    "dev78": "Seventy-eighth validation set, dev78 ({n} questions, written during the seventy-second tuning round)",
    "dev79": "Seventy-ninth validation set, dev79 ({n} questions, written during the seventy-third tuning round)",
    "dev80": "Eightieth validation set, dev80 ({n} questions, written during the seventy-fourth tuning round)",
    "dev81": "Eighty-first validation set, dev81 ({n} questions, written during the seventy-fifth tuning round)",
    "dev82": "Eighty-second validation set, dev82 ({n} questions, written during the seventy-sixth tuning round)",
    "dev83": "Eighty-third validation set, dev83 ({n} questions, written during the seventy-seventh tuning round)",
    "dev84": "Eighty-fourth validation set, dev84 ({n} questions, written during the seventy-eighth tuning round)",
    "dev85": "Eighty-fifth validation set, dev85 ({n} questions, written during the seventy-ninth tuning round)",
    "dev86": "Eighty-sixth validation set, dev86 ({n} questions, written during the eightieth tuning round)",
    "dev87": "Eighty-seventh validation set, dev87 ({n} questions, written during the eighty-first tuning round)",
    "dev88": "Eighty-eighth validation set, dev88 ({n} questions, written during the eighty-second tuning round)",
    "dev89": "Eighty-ninth validation set, dev89 ({n} questions, written during the eighty-third tuning round)",
    "dev90": "Ninetieth validation set, dev90 ({n} questions, written during the eighty-fourth tuning round)",
    "dev91": "Ninety-first validation set, dev91 ({n} questions, written during the eighty-fifth tuning round)",
    "dev92": "Ninety-second validation set, dev92 ({n} questions, written during the eighty-sixth tuning round)",
    "dev93": "Ninety-third validation set, dev93 ({n} questions, written during the eighty-seventh tuning round)",
}
CATEGORIES = ("story", "everyday", "contrast", "english", "regional", "out-of-scope", "terse", "supervisor", "all")


def cell(part: int, total: int) -> str:
    return f"{part / total:.1%} ({part}/{total})" if total else "n/a"


def real_rows(engine: RealReport, baseline: RealReport) -> list[str]:
    rows = [
        ("verdict accuracy", engine.verdict, baseline.verdict),
        ("… on allowed / conditional / info", engine.verdict_nonprohibited, baseline.verdict_nonprohibited),
        ("harmless acts answered \"prohibited\" (lower is better)", engine.harmless_prohibited, baseline.harmless_prohibited),
        ("basis recall@3", engine.basis_recall_at_3, baseline.basis_recall_at_3),
        ("out of scope declined", engine.oos_abstained, baseline.oos_abstained),
        ("… with the right redirect", engine.redirect, baseline.redirect),
        ("in scope wrongly declined (lower is better)", engine.inscope_abstained, baseline.inscope_abstained),
        ("answer language", engine.language, baseline.language),
        ("clarifications, of in-scope (lower is better)", engine.clarified, baseline.clarified),
    ]
    out = ["| measure | this engine | plain rank-bm25 |", "|---|---|---|"]
    out += [f"| {name} | {e} | {b} |" for name, e, b in rows]
    return out


def describe(out: RealOutcome) -> str:
    if out.kind == "clarify":
        return "a clarification"
    if out.kind in ("abstain", "empty"):
        return f"declined ({out.redirect})" if out.redirect else "declined"
    return f"{out.verdict} via {out.rule or out.kind}"


def expected(item: RealItem) -> str:
    if item.verdicts is None:
        return f"decline ({item.redirect})" if item.redirect else "decline"
    return "/".join(sorted(item.verdicts)) or "an answer or a clarification"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--dev", action="store_true", help="dev split only, with every failure (for tuning)")
    for name in VALIDATION:
        parser.add_argument(
            f"--{name}", action="store_true",
            help=f"the {name} validation set" + (" (held out: headline only)" if name in HELD_OUT else ", with every failure"),
        )
    parser.add_argument("--knowledge", type=Path, default=DEFAULT_KNOWLEDGE, help="knowledge folder (default: the shipped one)")
    args = parser.parse_args()
    knowledge = load_knowledge(args.knowledge)
    index = Index.build(knowledge)
    engine, baseline = real_engine_system(index), real_baseline_system(knowledge)
    items = load_real(REAL_DIR)
    print(f"Knowledge: {', '.join(f'{v} {k}' for k, v in knowledge.counts.items())}.\n")
    chosen = [name for name in VALIDATION if getattr(args, name)]
    if args.dev or chosen:
        dev = [i for i in items if i.split == "dev"] if args.dev else load_real(EVAL_DIR / chosen[0])
        report = evaluate_real(dev, engine)
        print("\n".join(real_rows(report, evaluate_real(dev, baseline))) + "\n")
        for category in CATEGORIES:
            print(f"- {category}: {report.by_category.get(category, 'n/a')}")
        if chosen and chosen[0] in HELD_OUT:
            print(f"\n{chosen[0]} is held out: its failures are not listed (headline figures only).")
            return 0
        print("\n## Every dev failure\n")
        for kind, item, out in report.worst(10_000):
            print(f"- {kind} `{item.id}`: expected {expected(item)}, got {describe(out)}: {item.question}")
        return 0
    reports: dict[str, tuple[RealReport, RealReport]] = {}
    for split in ("test", "dev"):
        part = [i for i in items if i.split == split]
        reports[split] = (evaluate_real(part, engine), evaluate_real(part, baseline))
        print(f"## Real-user set, {split} split ({len(part)} questions)\n")
        print("\n".join(real_rows(*reports[split])) + "\n")
    for name, title in VALIDATION.items():
        if not (EVAL_DIR / name).is_dir():
            continue
        part = load_real(EVAL_DIR / name)
        reports[name] = (evaluate_real(part, engine), evaluate_real(part, baseline))
        print(f"## {title.format(n=len(part))}\n")
        print("\n".join(real_rows(*reports[name])) + "\n")
    print("## Per category (share of questions answered right: verdict, decline or answer-or-clarify)\n")
    print("| category | " + " | ".join(f"{name}: engine | {name}: plain" for name in reports) + " |")
    print("|---|" + "---|---|" * len(reports))
    for category in CATEGORIES:
        cells = [str(r.by_category.get(category, "n/a")) for name in reports for r in reports[name]]
        print(f"| {category} | {' | '.join(cells)} |")
    print("\n## The ten worst remaining failures (test split, worst harm first)\n")
    for n, (kind, item, out) in enumerate(reports["test"][0].worst(10), start=1):
        print(f"{n}. **{kind}** — `{item.id}`: expected {expected(item)}, got {describe(out)}. “{item.question[:160]}{'…' if len(item.question) > 160 else ''}”")

    authors = load_eval(EVAL_DIR)
    mine, plain = evaluate(authors, engine_system(index)), evaluate(authors, baseline_system(knowledge))
    print(f"\n## Authors' set (tests/eval/*.yaml, {len(authors)} questions written with the first cards)\n")
    print("| system | verdict accuracy | basis recall@3 | top-rule accuracy | abstains off-topic | wrongly abstains in-scope |")
    print("|---|---|---|---|---|---|")
    for name, r in (("this engine", mine), ("plain rank-bm25", plain)):
        print(authors_row(name, r))
    uncited, unmatched = coverage(authors, index)
    print(f"\nProvisions/articles never cited in a top 3 on the authors' set: {len(uncited)}")
    print(f"Rule cards never the top rule for a non-example question of the authors' set: {len(unmatched)}")
    return 0


def authors_row(name: str, r: Report) -> str:
    return (
        f"| {name} | {cell(r.verdict_correct, r.verdict_total)} | {cell(r.basis_hits, r.basis_total)} "
        f"| {cell(r.rule_correct, r.rule_total)} | {cell(r.offtopic_abstained, r.offtopic_total)} "
        f"| {cell(r.inscope_abstained, r.inscope_total)} |"
    )


if __name__ == "__main__":
    sys.exit(main())
