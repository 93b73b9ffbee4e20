"""scripts/answer_snapshot.py: a snapshot of tuning and phone answers, and what a change made worse."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import yaml

from bot.config import DEFAULT_KNOWLEDGE

_SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "answer_snapshot.py"
_spec = importlib.util.spec_from_file_location("answer_snapshot", _SCRIPT)
assert _spec and _spec.loader
snap = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(snap)


def _write(path: Path, data: object) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")


def test_a_snapshot_answers_tuning_and_phone_questions_but_no_held_out_or_test_one(tmp_path: Path) -> None:
    like = "Bolehkah PNS me-like postingan calon bupati?"
    # "a1" falls in the dev split and "a2" in the test split (tests/eval/real/README.md)
    _write(tmp_path / "eval" / "real" / "x.yaml", [
        {"id": "a1", "q": like, "verdict": "prohibited", "lang": "id", "categories": ["everyday"]},
        {"id": "a2", "q": like, "verdict": "prohibited", "lang": "id", "categories": ["everyday"]},
    ])
    _write(tmp_path / "eval" / "dev5" / "x.yaml", [{"id": "v5-1", "q": "resep rendang padang?", "verdict": None, "lang": "id", "categories": ["out-of-scope"]}])
    _write(tmp_path / "eval" / "dev4" / "x.yaml", [{"id": "v4-1", "q": like, "verdict": "prohibited", "lang": "id", "categories": []}])
    _write(tmp_path / "phone" / "round1" / "hunt1.yaml", [{"q": like, "expect": "harmless", "why": "a label to test the count"}])
    taken = snap.take(DEFAULT_KNOWLEDGE, tmp_path / "eval", tmp_path / "phone")
    assert set(taken) == {"real/a1", "dev5/v5-1", "phone/round1/hunt1#0"}  # dev4 is held out, a2 is test
    assert taken["real/a1"]["ok"] and taken["real/a1"]["v"] == "prohibited"
    assert taken["dev5/v5-1"]["t"] == "oos" and taken["dev5/v5-1"]["ok"]
    assert snap.harmful(taken["phone/round1/hunt1#0"])
    assert snap.counts(taken)["phone: harmless answered ❌"] == 1


def test_compare_lists_what_became_wrong_or_harmful_and_counts_both_sides() -> None:
    old = {
        "dev5/a": {"q": "a", "k": "rule", "v": "allowed", "r": "x", "t": "verdict", "ok": True},
        "dev5/b": {"q": "b", "k": "rule", "v": "prohibited", "r": "y", "t": "verdict", "ok": False, "harm": True},
        "phone/round1/hunt1#0": {"q": "c", "k": "rule", "v": "allowed", "r": "z", "expect": "partisan"},
        "phone/round1/hunt1#1": {"q": "d", "k": "abstain", "v": None, "r": None, "expect": "harmless"},
    }
    new = {
        "dev5/a": {**old["dev5/a"], "v": "prohibited", "r": "y", "ok": False},
        "dev5/b": {**old["dev5/b"], "v": "allowed", "r": "x", "ok": True, "harm": False},
        "phone/round1/hunt1#0": {**old["phone/round1/hunt1#0"], "v": "prohibited", "r": "w"},
        "phone/round1/hunt1#1": {**old["phone/round1/hunt1#1"], "k": "rule", "v": "prohibited", "r": "y"},
    }
    lines = snap.compare(old, new)
    assert "right: 1 -> 1" in lines and "harmless acts called ❌: 1 -> 0" in lines
    assert "phone: partisan answered ✅: 1 -> 0" in lines and "phone: harmless answered ❌: 0 -> 1" in lines
    worse = [line.split(":")[0] for line in lines if line.startswith(("BROKEN", "HARMFUL"))]
    assert worse == ["BROKEN dev5/a", "HARMFUL phone/round1/hunt1#1"]
    assert any(line.startswith("FIXED dev5/b") for line in snap.compare(old, new, verbose=True))
