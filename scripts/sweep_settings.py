#!/usr/bin/env python3
"""Headline figures of the real-user sets under other engine settings (constants of bot/answer.py).

Usage: python scripts/sweep_settings.py dev26 MIN_PROHIBITED_SCORE=0,0.3,0.6,1.0 [NAME=v1,v2 ...]
       python scripts/sweep_settings.py dev26,tuning UNCOVERED_PENALTY=0.4,0.8

Sets: a folder name under tests/eval/ (dev2 … dev93), "dev" (the real set's dev split) or
"tuning" (the dev split and every validation set except the held-out dev4, dev25, dev26, dev27 and dev93).
Prints headline figures only, never questions: it is meant for the held-out sets too. The test
split is not offered: it is reported, never used to choose anything.
"""

from __future__ import annotations

import itertools
import sys
from pathlib import Path

import bot.answer as engine
from bot.config import DEFAULT_KNOWLEDGE
from bot.evaluation import HELD_OUT, RealItem, evaluate_real, load_real, real_engine_system
from bot.knowledge import load_knowledge
from bot.search import Index

EVAL = Path(__file__).resolve().parent.parent / "tests" / "eval"


def load_set(name: str) -> list[RealItem]:
    if name in ("dev", "tuning"):
        items = [i for i in load_real(EVAL / "real") if i.split == "dev"]
        if name == "tuning":
            for folder in sorted(EVAL.glob("dev*"), key=lambda p: int(p.name[3:])):
                if folder.is_dir() and folder.name not in HELD_OUT:
                    items += load_real(folder)
        return items
    if name == "test" or not (EVAL / name).is_dir():
        raise SystemExit(f"unknown or forbidden set: {name}")
    return load_real(EVAL / name)


def main(argv: list[str]) -> int:
    if len(argv) < 2:
        print(__doc__)
        return 2
    sets = {name: load_set(name) for name in argv[0].split(",")}
    grid: list[tuple[str, list[float]]] = []
    for arg in argv[1:]:
        name, _, values = arg.partition("=")
        if not hasattr(engine, name):
            raise SystemExit(f"bot/answer.py has no setting {name}")
        grid.append((name, [float(v) for v in values.split(",")]))
    run = real_engine_system(Index.build(load_knowledge(DEFAULT_KNOWLEDGE)))
    for combo in itertools.product(*(values for _, values in grid)):
        for (name, _), value in zip(grid, combo):
            setattr(engine, name, value)
        setting = ", ".join(f"{name}={value}" for (name, _), value in zip(grid, combo))
        for set_name, items in sets.items():
            r = evaluate_real(items, run)
            print(
                f"{setting} | {set_name}: verdicts {r.verdict} | harmless called prohibited {r.harmless_prohibited}"
                f" | out of scope declined {r.oos_abstained} | clarified {r.clarified}",
                flush=True,
            )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
