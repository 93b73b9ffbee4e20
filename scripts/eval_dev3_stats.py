#!/usr/bin/env python3
"""Validate the third real-user validation set (tests/eval/dev3/), print counts, check floors.

Usage: python scripts/eval_dev3_stats.py [folder]

Every item is validation (no dev/test split, no freeze). Item checks are those of
scripts/eval_real_stats.py (fields, verdict values, categories, lang, basis format, story/terse
lengths, pair twins); in addition every id must start with 'v3-' so it cannot collide with the
first two sets. Exits non-zero when an item is malformed or a floor fails. Stdlib + PyYAML only.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
from eval_real_stats import LIST_SHARE_MAX, check_item, non_prohibited, provision_ids  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
DEV3 = ROOT / "tests" / "eval" / "dev3"

# Floors for the third set (brief "Differences for this THIRD set").
FLOORS = {
    "all items": 200,
    "everyday contrast items": 70,
    "everyday contrast pairs": 35,
    "out-of-scope": 45,
    "story": 40,
    "english": 20,
    "regional": 15,
    "supervisor": 20,
}


def load(folder: Path, known: set[str]) -> tuple[list[dict], list[str]]:
    items: list[dict] = []
    errs: list[str] = []
    files = sorted(folder.glob("*.yaml"))
    if not files:
        errs.append(f"no YAML files in {folder}")
    for path in files:
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
        except yaml.YAMLError as exc:
            errs.append(f"{path.name}: YAML error: {exc}")
            continue
        if not isinstance(data, list):
            errs.append(f"{path.name}: top level must be a list")
            continue
        for n, raw in enumerate(data, start=1):
            where = f"{path.name}#{n} ({raw.get('id') if isinstance(raw, dict) else '?'})"
            errs.extend(check_item(raw, where, known))
            if isinstance(raw, dict):
                if not str(raw.get("id", "")).startswith("v3-"):
                    errs.append(f"{where}: id must start with 'v3-'")
                if raw.get("pair") and not str(raw["pair"]).startswith("v3-"):
                    errs.append(f"{where}: pair must start with 'v3-'")
                items.append(raw)
    ids = Counter(i.get("id") for i in items)
    errs.extend(f"duplicate id {i!r} ({c}x)" for i, c in ids.items() if c > 1)
    qs = Counter(" ".join(str(i.get("q", "")).lower().split()) for i in items)
    errs.extend(f"duplicate question text {q[:60]!r}" for q, c in qs.items() if c > 1)
    pairs: dict[str, list[dict]] = {}
    for i in items:
        if i.get("pair"):
            pairs.setdefault(i["pair"], []).append(i)
    for p, twins in pairs.items():
        if len(twins) != 2:
            errs.append(f"pair {p!r} has {len(twins)} items (need exactly 2)")
        elif str(twins[0].get("verdict")) == str(twins[1].get("verdict")):
            errs.append(f"pair {p!r}: twins have the same verdict")
        elif not any(non_prohibited(t.get("verdict")) for t in twins):
            errs.append(f"pair {p!r}: no harmless (allowed/conditional/info) twin")
    return items, errs


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


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folder", nargs="?", default=str(DEV3))
    args = parser.parse_args()
    known = provision_ids()
    items, errs = load(Path(args.folder), known)
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
        floor = FLOORS.get(r)
        label = "null (out of scope)" if r == "verdict None" else r
        lines.append(f"| {label} | {floor if floor else '–'} | {c[r]} |")
        if floor and c[r] < floor:
            failures.append(f"floor: {r} has {c[r]} < {floor}")
    n = c["all items"]
    if n and c["list verdicts"] / n >= LIST_SHARE_MAX:
        failures.append(f"list verdicts are {c['list verdicts']}/{n} (must stay under {LIST_SHARE_MAX:.0%})")
    print("\n".join(lines))
    for e in errs + failures:
        print(f"ERROR: {e}", file=sys.stderr)
    if errs or failures:
        print(f"{len(errs)} malformed-item error(s), {len(failures)} floor failure(s)", file=sys.stderr)
        return 1
    print(f"\nOK: {n} items, {len(known)} known provision ids", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
