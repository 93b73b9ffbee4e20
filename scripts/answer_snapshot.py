#!/usr/bin/env python3
"""Snapshot every tuning and phone answer, and compare two snapshots: what one change fixed and broke.

Usage: python scripts/answer_snapshot.py take OUT.json [--knowledge DIR]
       python scripts/answer_snapshot.py compare OLD.json NEW.json [-v]

`take` answers the tuning questions (the real set's dev split and every validation set except the
held-out ones; never the test split) and every phone question under tests/phone/, and writes each
answer (kind, verdict, card) with what makes it right or harmful. `compare` prints the headline
counts of both, every tuning answer that became wrong (BROKEN) and every phone answer that became
harmful (HARMFUL: a harmless act answered ❌ or a partisan act answered ✅); `-v` lists every changed
answer. Measure a change by taking a snapshot before and after it, with the same folders present.
Held-out sets are left out so that no question of theirs is ever printed.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import yaml

from bot.config import DEFAULT_KNOWLEDGE
from bot.evaluation import HELD_OUT, NON_PROHIBITED, _basis_hit, load_real, real_engine_system
from bot.knowledge import load_knowledge
from bot.search import Index

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT / "tests" / "eval"
PHONE = ROOT / "tests" / "phone"
ANSWERED = ("rule", "principle", "passages")


def take(knowledge: Path, eval_dir: Path = EVAL, phone_dir: Path = PHONE) -> dict[str, dict]:
    """Every tuning and phone answer, keyed "set/id" and "phone/roundN/huntK#i"."""
    run = real_engine_system(Index.build(load_knowledge(knowledge)))
    snapshot: dict[str, dict] = {}
    sets = [("real", [i for i in load_real(eval_dir / "real") if i.split == "dev"])]
    folders = sorted((d for d in eval_dir.glob("dev*") if d.is_dir()), key=lambda d: int(d.name[3:]))
    sets += [(d.name, load_real(d)) for d in folders if d.name not in HELD_OUT]
    for name, items in sets:
        for item in items:
            out = run(item.question)
            row = {"q": item.question, "k": out.kind, "v": out.verdict, "r": out.rule}
            if not item.in_scope:
                row.update(t="oos", ok=not out.answered and out.kind != "clarify")
            elif item.verdicts:
                row.update(
                    t="verdict",
                    ok=out.answered and out.verdict in item.verdicts,
                    harm=item.harmless and out.answered and out.verdict == "prohibited",
                    wrong_no=item.verdicts <= NON_PROHIBITED and out.answered and out.verdict == "prohibited",
                    wrong_yes="prohibited" in item.verdicts and out.answered and out.verdict == "allowed",
                )
            else:
                row.update(t="any", ok=out.kind not in ("abstain", "empty"))
            if item.in_scope:
                row.update(declined=out.kind in ("abstain", "empty"), clarified=out.kind == "clarify")
            if item.basis_ids or item.basis_refs:
                row["basis_hit"] = _basis_hit(item, out.cited)
            snapshot[f"{name}/{item.id}"] = row
    for path in sorted(phone_dir.glob("round*/*.yaml")):
        for n, raw in enumerate(yaml.safe_load(path.read_text(encoding="utf-8")) or []):
            question = " ".join(str(raw["q"]).split())
            out = run(question)
            snapshot[f"phone/{path.parent.name}/{path.stem}#{n}"] = {
                "q": question, "k": out.kind, "v": out.verdict, "r": out.rule, "expect": raw["expect"]
            }
    return snapshot


def harmful(row: dict) -> bool:
    """A phone answer that is harmful: a harmless act answered ❌, or a partisan act answered ✅."""
    if row["k"] not in ANSWERED:
        return False
    return (row["expect"] == "harmless" and row["v"] == "prohibited") or (row["expect"] == "partisan" and row["v"] == "allowed")


def counts(snapshot: dict[str, dict]) -> dict[str, int]:
    """Headline counts of a snapshot."""
    tuning = [r for k, r in snapshot.items() if not k.startswith("phone/")]
    phone = [r for k, r in snapshot.items() if k.startswith("phone/")]
    return {
        "tuning questions": len(tuning),
        "right": sum(r["ok"] for r in tuning),
        "harmless acts called ❌": sum(r.get("harm", False) for r in tuning),
        "❌ on non-prohibited questions": sum(r.get("wrong_no", False) for r in tuning),
        "✅ on prohibited questions": sum(r.get("wrong_yes", False) for r in tuning),
        "in-scope declines": sum(r.get("declined", False) for r in tuning),
        "clarifications": sum(r.get("clarified", False) for r in tuning),
        "basis hits": sum(r.get("basis_hit", False) for r in tuning),
        "phone questions": len(phone),
        "phone: harmless answered ❌": sum(harmful(r) and r["expect"] == "harmless" for r in phone),
        "phone: partisan answered ✅": sum(harmful(r) and r["expect"] == "partisan" for r in phone),
    }


def compare(old: dict[str, dict], new: dict[str, dict], verbose: bool = False) -> list[str]:
    """Lines saying what changed from `old` to `new`: counts, then the answers made worse."""
    before, after = counts(old), counts(new)
    lines = [f"{name}: {before[name]} -> {after[name]}" for name in before]
    for key in sorted(set(old) & set(new)):
        o, n = old[key], new[key]
        if (o["k"], o["v"], o["r"]) == (n["k"], n["v"], n["r"]):
            continue
        if key.startswith("phone/"):
            mark = "HARMFUL" if harmful(n) and not harmful(o) else "FIXED" if harmful(o) and not harmful(n) else ""
        else:
            mark = "BROKEN" if o["ok"] and not n["ok"] else "FIXED" if n["ok"] and not o["ok"] else ""
        if verbose or mark in ("BROKEN", "HARMFUL"):
            lines.append(f"{mark or 'moved'} {key}: {o['k']}/{o['v']}/{o['r']} -> {n['k']}/{n['v']}/{n['r']} :: {n['q'][:160]}")
    return lines


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    taking = sub.add_parser("take", help="answer every tuning and phone question")
    taking.add_argument("out", type=Path)
    taking.add_argument("--knowledge", type=Path, default=DEFAULT_KNOWLEDGE)
    comparing = sub.add_parser("compare", help="what changed between two snapshots")
    comparing.add_argument("old", type=Path)
    comparing.add_argument("new", type=Path)
    comparing.add_argument("-v", "--verbose", action="store_true", help="every changed answer, not only the worse")
    args = parser.parse_args()
    if args.command == "take":
        args.out.write_text(json.dumps(take(args.knowledge), ensure_ascii=False), encoding="utf-8")
        return 0
    old = json.loads(args.old.read_text(encoding="utf-8"))
    new = json.loads(args.new.read_text(encoding="utf-8"))
    print("\n".join(compare(old, new, args.verbose)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
