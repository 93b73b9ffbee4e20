#!/usr/bin/env python3
"""Validate a later real-user validation set (tests/eval/dev2/, dev3/ … any later devN/), print counts,
check floors.

Usage: python scripts/eval_validation_stats.py dev2     (or dev3, dev4, … the latest devN)

Every item is validation (no dev/test split, no freeze). Item checks are those of
scripts/eval_real_stats.py (fields, verdict values, categories, lang, basis format, story/terse
lengths, pair twins); in addition every id must start with the set's prefix ('v2-', 'v3-', …) so the
sets cannot collide. Exits non-zero when an item is malformed or a floor fails. Stdlib + PyYAML only.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path


sys.path.insert(0, str(Path(__file__).resolve().parent))
from eval_real_stats import LIST_SHARE_MAX, load, non_prohibited, provision_ids, report  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT / "tests" / "eval"

# Floors per set, from each writer's brief ("Differences for this second/THIRD/FOURTH/… set").
# From dev4 on every brief asked the same, except the extra out-of-scope items of dev10 … dev19.
_LATER = {
    "all items": 200, "everyday contrast items": 70, "everyday contrast pairs": 35, "out-of-scope": 45,
    "story": 40, "english": 20, "regional": 15, "supervisor": 25, "terse": 15,
}
# From dev21's brief on: only the harmless twin of a pair carries "everyday" (the harm measure's items).
_TWIN_ERA = {
    "all items": 210, "everyday contrast items": 40, "everyday contrast pairs": 40, "out-of-scope": 45,
    "story": 45, "english": 22, "regional": 15, "supervisor": 25, "terse": 18,
}
FLOORS = {
    "dev2": {
        "all items": 200, "everyday contrast items": 60, "everyday contrast pairs": 30, "out-of-scope": 40,
        "story": 40, "english": 20, "regional": 15, "supervisor": 20,
    },
    "dev3": {
        "all items": 200, "everyday contrast items": 70, "everyday contrast pairs": 35, "out-of-scope": 45,
        "story": 40, "english": 20, "regional": 15, "supervisor": 20,
    },
    **{name: _LATER for name in ("dev4", "dev5", "dev6", "dev7", "dev8", "dev9")},
    **{name: {**_LATER, "out-of-scope": 50} for name in ("dev10", "dev11", "dev12", "dev13", "dev14", "dev15", "dev16", "dev17", "dev18", "dev19", "dev20")},
}


def counts(items: list[dict]) -> Counter:
    c: Counter = Counter()
    everyday_pairs = set()
    for item in items:
        cats = set(item.get("categories") or [])
        v = item.get("verdict")
        c["all items"] += 1
        for cat in ("story", "english", "regional", "out-of-scope", "terse", "supervisor", "contrast", "everyday"):
            if cat in cats:
                c[cat] += 1
        if "everyday" in cats and item.get("pair"):
            c["everyday contrast items"] += 1
            everyday_pairs.add(item["pair"])
        if isinstance(v, list):
            c["list verdicts"] += 1
            key = "verdict list"
        else:
            key = f"verdict {v}"
        c[key] += 1
        if non_prohibited(v):
            c["non-prohibited"] += 1
    c["everyday contrast pairs"] = len(everyday_pairs)
    return c


def floors_for(name: str) -> dict[str, int]:
    """A set's floors: its own entry up to dev20, the twin era's for dev21 and every later set (each
    written to the same brief, so a new set needs no entry here)."""
    return FLOORS.get(name, _TWIN_ERA)


def set_names() -> list[str]:
    """The validation set folders under tests/eval/ (dev2, dev3, …), in number order."""
    names = [p.name for p in EVAL.iterdir() if p.is_dir() and re.fullmatch(r"dev\d+", p.name)]
    return sorted(names, key=lambda n: int(n[3:]))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("set", choices=set_names(), help="which validation set")
    args = parser.parse_args()
    known = provision_ids()
    items, errs = load(known, EVAL / args.set, prefix=f"v{args.set[3:]}-")
    floors = floors_for(args.set)
    c = counts(items)
    rows = [
        "all items", "story", "everyday", "everyday contrast items", "everyday contrast pairs", "contrast",
        "non-prohibited", "english", "regional", "out-of-scope", "terse", "supervisor",
        "verdict prohibited", "verdict allowed", "verdict conditional", "verdict info", "verdict None",
        "verdict answer-or-clarify", "verdict list",
    ]
    lines = ["| category | floor | count |", "|---|---|---|"]
    failures: list[str] = []
    for r in rows:
        floor = floors.get(r)
        label = "null (out of scope)" if r == "verdict None" else r
        lines.append(f"| {label} | {floor if floor else '–'} | {c[r]} |")
        if floor and c[r] < floor:
            failures.append(f"floor: {r} has {c[r]} < {floor}")
    n = c["all items"]
    if n and c["list verdicts"] / n >= LIST_SHARE_MAX:
        failures.append(f"list verdicts are {c['list verdicts']}/{n} (must stay under {LIST_SHARE_MAX:.0%})")
    return report(lines, errs, failures, n, len(known))


if __name__ == "__main__":
    sys.exit(main())
