"""The evaluation harness itself: the frozen split rule and how a cited passage matches a reference."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from bot.evaluation import cites_ref, split_of
from bot.knowledge import Passage


def provision(source: str, ref: str) -> Passage:
    return Passage(id="x", kind="provision", source=source, title="t", ref=ref, text="…")


@pytest.mark.parametrize(
    ("source", "ref", "wanted", "hit"),
    [
        ("PP 94/2021", "Pasal 29 ayat (1) sampai ayat (3)", "PP 94/2021 Pasal 29 ayat (2)", True),
        ("PP 94/2021", "Pasal 29", "PP 94/2021 Pasal 29 ayat (5)", True),  # the whole article covers its ayat
        ("UU 6/2014", "Pasal 29 huruf b, huruf g dan huruf j", "UU 6/2014 Pasal 29 huruf g", True),
        ("PP 94/2021", "Pasal 14 huruf i angka 3 sampai 5", "PP 94/2021 Pasal 14 huruf i angka 4", True),
        ("PP 94/2021", "Pasal 29 ayat (1)", "PP 94/2021 Pasal 29 ayat (2)", False),
        ("PP 94/2021", "Pasal 290", "PP 94/2021 Pasal 29", False),  # Pasal 29 is not a prefix of 290
        ("UU 7/2017", "Pasal 29", "PP 94/2021 Pasal 29", False),
    ],
)
def test_a_cited_provision_matches_a_reference_by_its_parts(source: str, ref: str, wanted: str, hit: bool) -> None:
    assert cites_ref(provision(source, ref), wanted) is hit


def test_the_split_rule_is_the_frozen_one() -> None:
    # tests/eval/real/README.md: sha256 of the pair (or id), odd -> test, even -> dev.
    assert {split_of(key) for key in ("a", "b", "c", "d", "e", "f")} == {"dev", "test"}
    assert split_of("ev-debat-warung") == split_of("ev-debat-warung")


def test_the_settings_sweep_refuses_the_test_split_and_unknown_settings() -> None:
    # The test split is reported, never used to choose a setting; a misspelt setting must not
    # silently sweep nothing.
    script = Path(__file__).resolve().parent.parent / "scripts" / "sweep_settings.py"
    refused = subprocess.run([sys.executable, str(script), "test", "MIN_EVIDENCE=1"], capture_output=True, text=True)
    assert refused.returncode != 0 and "forbidden set: test" in refused.stderr
    unknown = subprocess.run([sys.executable, str(script), "dev26", "NO_SUCH=1"], capture_output=True, text=True)
    assert unknown.returncode != 0 and "no setting NO_SUCH" in unknown.stderr
