#!/usr/bin/env python3
"""Validate the real-user evaluation set, apply the frozen split rule, print counts, check floors.

Usage: python scripts/eval_real_stats.py

Loads every tests/eval/real/*.yaml file, checks each item (fields, unique ids, verdict values,
category names, lang, pair twins, basis format, story/terse lengths), assigns dev/test with the
rule written in tests/eval/real/README.md, prints a category x split table and exits non-zero
when an item is malformed, a floor fails, or FROZEN.sha256 (if present) does not match the files.
Only the standard library and PyYAML are used.
"""

from __future__ import annotations

import argparse
import hashlib
import math
import re
import sys
from collections import Counter
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
REAL = ROOT / "tests" / "eval" / "real"
PROVISIONS = ROOT / "knowledge" / "provisions"

FIELDS = {"id", "q", "verdict", "lang", "categories", "pair", "basis", "redirect", "source", "note"}
VERDICTS = {"prohibited", "allowed", "conditional", "info"}
CLARIFY = "answer-or-clarify"
CATEGORIES = {
    "story", "everyday", "english", "regional", "out-of-scope", "terse", "supervisor", "contrast",
    "followup-free",
}
LANGS = {"id", "en"}
REDIRECTS = {"kpu", "bkn", "foreign", "other"}
SOURCES = [
    "UU 7/2017", "UU 10/2016", "PP 94/2021", "PP 11/2017", "PP 49/2018", "UU 20/2023", "UU 6/2014",
    "PP 79/2021", "SKB 2/2022", "PP 42/2004", "UU 1/2015", "PP 32/2018", "Permendagri 112/2014",
]
REF_RE = re.compile(
    r"^(?P<src>" + "|".join(re.escape(s) for s in SOURCES) + r") Pasal \d+[A-Z]?"
    r"( ayat \(\d+\))?( huruf [a-z])?( angka \d+)?$"
)
ID_RE = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
STORY_LEN = (180, 1400)
TERSE_MAX = 60
NONPROHIBITED = {"allowed", "conditional", "info"}
LIST_SHARE_MAX = 0.10

# Floors from issue 10; every split must hold at least half of each (rounded up).
FLOORS = {
    "story": 60,
    "non-prohibited": 50,
    "everyday (non-prohibited)": 30,
    "english": 30,
    "regional": 15,
    "out-of-scope": 40,
    "terse": 20,
    "supervisor": 30,
}
ROWS = [
    "story", "non-prohibited", "everyday (non-prohibited)", "english", "regional", "out-of-scope",
    "terse", "supervisor", "contrast", "prohibited", "list verdicts", "all items",
]


def split_of(item: dict) -> str:
    """The frozen rule: key = pair if the item has a pair else id; odd sha256 -> test."""
    key = item.get("pair") or item["id"]
    return "test" if int(hashlib.sha256(key.encode()).hexdigest(), 16) % 2 else "dev"


def provision_ids() -> set[str]:
    ids: set[str] = set()
    for path in sorted(PROVISIONS.glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        for prov in data.get("provisions") or []:
            if isinstance(prov, dict) and prov.get("id"):
                ids.add(str(prov["id"]))
    return ids


def non_prohibited(verdict) -> bool:
    if isinstance(verdict, list):
        return all(v in NONPROHIBITED for v in verdict)
    return verdict in NONPROHIBITED


def check_item(item, where: str, known: set[str]) -> list[str]:
    errs: list[str] = []
    if not isinstance(item, dict):
        return [f"{where}: not a mapping"]
    extra = set(item) - FIELDS
    if extra:
        errs.append(f"{where}: unknown field(s) {sorted(extra)}")
    iid = item.get("id")
    if not isinstance(iid, str) or not ID_RE.match(iid):
        errs.append(f"{where}: bad or missing id {iid!r}")
    q = item.get("q")
    if not isinstance(q, str) or not q.strip():
        errs.append(f"{where}: missing q")
        q = ""
    if "verdict" not in item:
        errs.append(f"{where}: missing verdict")
    verdict = item.get("verdict")
    if isinstance(verdict, list):
        if len(verdict) < 2 or len(set(verdict)) != len(verdict) or not set(verdict) <= VERDICTS:
            errs.append(f"{where}: bad verdict list {verdict!r}")
    elif verdict is not None and verdict not in VERDICTS and verdict != CLARIFY:
        errs.append(f"{where}: bad verdict {verdict!r}")
    lang = item.get("lang", "id")
    if lang not in LANGS:
        errs.append(f"{where}: bad lang {lang!r}")
    cats = item.get("categories") or []
    if not isinstance(cats, list) or not set(cats) <= CATEGORIES or len(set(cats)) != len(cats):
        errs.append(f"{where}: bad categories {cats!r}")
        cats = []
    if "out-of-scope" in cats and verdict is not None:
        errs.append(f"{where}: out-of-scope item must have verdict null")
    if verdict is None and "out-of-scope" not in cats:
        errs.append(f"{where}: verdict null but not in category out-of-scope")
    if "redirect" in item:
        if item["redirect"] not in REDIRECTS:
            errs.append(f"{where}: bad redirect {item['redirect']!r}")
        if verdict is not None:
            errs.append(f"{where}: redirect only for out-of-scope items")
    if verdict == CLARIFY and "terse" not in cats:
        errs.append(f"{where}: answer-or-clarify is only for terse items")
    if "english" in cats and lang != "en":
        errs.append(f"{where}: english item must have lang en")
    if "regional" in cats and lang != "id":
        errs.append(f"{where}: regional item must have lang id")
    if "story" in cats and not STORY_LEN[0] <= len(q) <= STORY_LEN[1]:
        errs.append(f"{where}: story length {len(q)} outside {STORY_LEN}")
    if "terse" in cats and len(q) > TERSE_MAX:
        errs.append(f"{where}: terse item longer than {TERSE_MAX} characters")
    pair = item.get("pair")
    if pair is not None:
        if not isinstance(pair, str) or not ID_RE.match(pair):
            errs.append(f"{where}: bad pair {pair!r}")
        if "contrast" not in cats:
            errs.append(f"{where}: paired item must have category contrast")
    elif "contrast" in cats:
        errs.append(f"{where}: contrast item without pair")
    basis = item.get("basis")
    if basis is not None:
        if not isinstance(basis, list) or not basis:
            errs.append(f"{where}: basis must be a non-empty list")
        else:
            for b in basis:
                if not isinstance(b, str) or not (b in known or REF_RE.match(b)):
                    errs.append(f"{where}: unknown basis {b!r}")
    src = item.get("source")
    if src is not None and not (isinstance(src, str) and src.startswith(("http://", "https://"))):
        errs.append(f"{where}: source must be a URL")
    if "note" in item and not isinstance(item["note"], str):
        errs.append(f"{where}: note must be a string")
    return errs


def load(known: set[str], folder: Path = REAL, prefix: str = "") -> tuple[list[dict], list[str]]:
    """Every item of the folder's YAML files, and every problem found (ids and pairs must start
    with `prefix`, so later sets cannot collide with this one)."""
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
                if not str(raw.get("id", "")).startswith(prefix):
                    errs.append(f"{where}: id must start with {prefix!r}")
                if raw.get("pair") and not str(raw["pair"]).startswith(prefix):
                    errs.append(f"{where}: pair must start with {prefix!r}")
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


def rows_for(item: dict) -> list[str]:
    cats = set(item.get("categories") or [])
    verdict = item.get("verdict")
    out = [c for c in ("story", "english", "regional", "out-of-scope", "terse", "supervisor", "contrast")
           if c in cats]
    if non_prohibited(verdict):
        out.append("non-prohibited")
        if "everyday" in cats:
            out.append("everyday (non-prohibited)")
    if verdict == "prohibited":
        out.append("prohibited")
    if isinstance(verdict, list):
        out.append("list verdicts")
    out.append("all items")
    return out


def frozen_check() -> list[str]:
    path = REAL / "FROZEN.sha256"
    if not path.exists():
        return []
    errs: list[str] = []
    listed: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        digest, name = line.split(maxsplit=1)
        listed[name.strip().lstrip("*")] = digest
    actual = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(REAL.glob("*.yaml"))}
    for name in sorted(set(listed) | set(actual)):
        if listed.get(name) != actual.get(name):
            errs.append(f"FROZEN.sha256 mismatch for {name}")
    return errs


def report(lines: list[str], errs: list[str], failures: list[str], n: int, known: int) -> int:
    """Print the counts table and every problem; the exit status (1 when anything is wrong)."""
    print("\n".join(lines))
    for e in errs + failures:
        print(f"ERROR: {e}", file=sys.stderr)
    if errs or failures:
        print(f"{len(errs)} malformed-item error(s), {len(failures)} floor failure(s)", file=sys.stderr)
        return 1
    print(f"\nOK: {n} items, {known} known provision ids", file=sys.stderr)
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.parse_args()
    known = provision_ids()
    items, errs = load(known)
    counts: dict[str, Counter] = {r: Counter() for r in ROWS}
    for item in items:
        if not isinstance(item.get("id"), str):
            continue
        s = split_of(item)
        for r in rows_for(item):
            counts[r][s] += 1
    lines = ["| category | floor | dev | test | total |", "|---|---|---|---|---|"]
    failures: list[str] = []
    for r in ROWS:
        c = counts[r]
        total = c["dev"] + c["test"]
        floor = FLOORS.get(r)
        half = math.ceil(floor / 2) if floor else None
        lines.append(
            f"| {r} | {f'{floor} (≥{half} each split)' if floor else '–'} | {c['dev']} | {c['test']} | {total} |"
        )
        if floor:
            if total < floor:
                failures.append(f"floor: {r} has {total} < {floor}")
            for s in ("dev", "test"):
                if c[s] < half:
                    failures.append(f"floor: {r} has {c[s]} in {s} < {half}")
    n = counts["all items"]["dev"] + counts["all items"]["test"]
    lists = counts["list verdicts"]["dev"] + counts["list verdicts"]["test"]
    if n and lists / n >= LIST_SHARE_MAX:
        failures.append(f"list verdicts are {lists}/{n} (must stay under {LIST_SHARE_MAX:.0%})")
    errs.extend(frozen_check())
    return report(lines, errs, failures, n, len(known))


if __name__ == "__main__":
    sys.exit(main())
