"""Break-in report, knowledge side: every hostile or broken file gives `file:line`, fast and bounded.

Each test names the finding of ../shared/reference/breakin-2026-11.md it guards against.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest
from kbfactory import ARTICLE, PROVISIONS, RULES, write_kb

from bot.knowledge import KnowledgeError, load_knowledge
from bot.yamlsource import MAX_DEPTH, MAX_FILE_BYTES


def problems_of(root: Path) -> list[str]:
    with pytest.raises(KnowledgeError) as info:
        load_knowledge(root)
    return info.value.problems


@pytest.mark.parametrize("bad_date", ["2024-02-30", "2024-13-01", "24-11-2026", "kemarin"])
def test_impossible_dates_are_reported_not_raised(tmp_path: Path, bad_date: str) -> None:
    # Finding 2: PyYAML's timestamp constructor raised ValueError out of the loader.
    root = write_kb(tmp_path, **{"rules/rules.yaml": RULES.replace("valid_as_of: 2026-11-24", f"valid_as_of: {bad_date}")})
    (problem,) = problems_of(root)
    line = RULES.splitlines().index("  valid_as_of: 2026-11-24") + 1
    assert problem.startswith(f"knowledge/rules/rules.yaml:{line}: rule fasilitas-negara: valid_as_of: ")
    assert bad_date in problem


@pytest.mark.parametrize("value", ["5", "true", '"one long string"'])
def test_glossary_wrong_types_are_one_message(tmp_path: Path, value: str) -> None:
    # Findings 2 and 16: `synonyms: 5` crashed; a long string gave one problem per character.
    (problem,) = problems_of(write_kb(tmp_path, **{"glossary.yaml": f"synonyms: {value}\n"}))
    assert problem.startswith("knowledge/glossary.yaml:1: glossary: synonyms: expected a list")


def test_deep_nesting_is_refused_with_a_line(tmp_path: Path) -> None:
    # Finding 2: 20,000 '[' gave a RecursionError.
    (problem,) = problems_of(write_kb(tmp_path, **{"rules/deep.yaml": "[" * 20_000}))
    assert problem.startswith("knowledge/rules/deep.yaml:1: nested more than") and str(MAX_DEPTH) in problem


def test_alias_bomb_is_refused_quickly(tmp_path: Path) -> None:
    # Finding 3: nine levels of ten aliases expanded to 10^9 strings when the loader read the field.
    lines = ['- lol0: &a0 "lol"']
    lines += [f"  lol{n}: &a{n} [{', '.join(['*a' + str(n - 1)] * 10)}]" for n in range(1, 10)]
    lines += ["  id: *a9"]
    started = time.perf_counter()
    (problem,) = problems_of(write_kb(tmp_path, **{"rules/bomb.yaml": "\n".join(lines) + "\n"}))
    assert time.perf_counter() - started < 5  # generous: the point is "not 60 s", not a benchmark
    assert problem.startswith("knowledge/rules/bomb.yaml:2: YAML aliases (*name) are not allowed")


def test_duplicate_keys_are_refused(tmp_path: Path) -> None:
    # Finding 18: the last `verdict:` silently won.
    doubled = RULES.replace("  verdict: prohibited\n", "  verdict: allowed\n  verdict: prohibited\n")
    (problem,) = problems_of(write_kb(tmp_path, **{"rules/rules.yaml": doubled}))
    first = doubled.splitlines().index("  verdict: allowed") + 1
    assert problem == f"knowledge/rules/rules.yaml:{first + 1}: duplicate key 'verdict' (first at line {first})"


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        ("- id: fasilitas-negara", "- id: 12345", "rule #1: id: expected text, got int"),
        ("    id: Tidak boleh.", "    id: 1", "rule fasilitas-negara: answer.id: expected text, got int"),
        (
            "      - Bolehkah PNS memakai mobil dinas untuk kampanye?",
            "      - {a: 1}",
            "rule fasilitas-negara: questions.id.0: expected text, got dict",
        ),
        ("    id: Tidak boleh.", '    id: "Tidak\\0 boleh."', "answer.id: contains a control character"),
        ("  verdict: prohibited", "  verdict: prohibited\n  verdcit: allowed", "verdcit: unknown field"),
    ],
)
def test_wrong_types_are_errors_not_text(tmp_path: Path, old: str, new: str, expected: str) -> None:
    # Finding 18: ids, answers and questions of the wrong type became text; NUL passed.
    assert old in RULES
    (problem,) = problems_of(write_kb(tmp_path, **{"rules/rules.yaml": RULES.replace(old, new, 1)}))
    assert problem.startswith("knowledge/rules/rules.yaml:") and expected in problem


def test_null_misspelling_key_is_refused(tmp_path: Path) -> None:
    (problem,) = problems_of(write_kb(tmp_path, **{"glossary.yaml": "misspellings:\n  null: d\n"}))
    assert problem == "knowledge/glossary.yaml:2: empty key (null); write the key as text"


def test_fifo_is_refused_without_blocking(tmp_path: Path) -> None:
    # Finding 4: a FIFO made check and /reload hang forever.
    root = write_kb(tmp_path)
    os.mkfifo(root / "rules" / "fifo.yaml")
    (problem,) = problems_of(root)
    assert problem == "knowledge/rules/fifo.yaml:1: not a regular file"


def test_symlinks_outside_the_folder_are_refused(tmp_path: Path) -> None:
    # Findings 4 and 13: /dev/zero and /etc/passwd through symlinks.
    root = write_kb(tmp_path)
    (root / "rules" / "zero.yaml").symlink_to("/dev/zero")
    outside = tmp_path / "outside.yaml"
    outside.write_text(RULES, encoding="utf-8")
    (root / "provisions" / "luar.yaml").symlink_to(outside)
    problems = problems_of(root)
    assert "knowledge/rules/zero.yaml:1: points outside the knowledge folder; only files inside it are read" in problems
    assert "knowledge/provisions/luar.yaml:1: points outside the knowledge folder; only files inside it are read" in problems


def test_symlinked_folder_outside_is_refused(tmp_path: Path) -> None:
    root = write_kb(tmp_path)
    elsewhere = tmp_path / "etc"
    elsewhere.mkdir()
    (elsewhere / "passwd.yaml").write_text("root:x:0:0\n", encoding="utf-8")
    (root / "concepts" / "concepts.yaml").unlink()
    (root / "concepts").rmdir()
    (root / "concepts").symlink_to(elsewhere)
    problems = problems_of(root)
    assert "knowledge/concepts/passwd.yaml:1: points outside the knowledge folder; only files inside it are read" in problems


def test_oversized_file_is_refused_before_reading(tmp_path: Path) -> None:
    # Finding 19: a 52 MB file took 89 s to check.
    root = write_kb(tmp_path)
    with open(root / "provisions" / "besar.yaml", "wb") as handle:
        handle.truncate(MAX_FILE_BYTES + 1)
    (problem,) = problems_of(root)
    assert problem.startswith("knowledge/provisions/besar.yaml:1: file is 2,000,001 bytes; the limit is")


def test_long_word_is_refused(tmp_path: Path) -> None:
    # Finding 5: a 2,500-letter word made building the index cubic while check said OK.
    junk = "Tautan arsip: " + "x" * 2500
    problems = problems_of(write_kb(tmp_path, **{"articles/art-test.md": ARTICLE + f"\n{junk}\n"}))
    assert problems[0].startswith("knowledge/articles/art-test.md:8: article art-test: contains a 2500-letter word")


def test_editor_leftovers_are_ignored_and_bom_is_accepted(tmp_path: Path) -> None:
    # Finding 17: Emacs lock files, macOS AppleDouble files and a BOM broke /reload.
    root = write_kb(tmp_path)
    (root / "rules" / ".#rules.yaml").symlink_to("user@host.1234:1700000000")  # dangling, like Emacs
    (root / "rules" / "._rules.yaml").write_bytes(b"\x00\x05\x16\x07 AppleDouble")
    (root / "rules" / "rules.yaml~").write_text("broken: [", encoding="utf-8")
    (root / "articles" / "art-test.md").write_text("\ufeff" + ARTICLE, encoding="utf-8")
    (root / "provisions" / "pp94.yaml").write_text("\ufeff" + PROVISIONS, encoding="utf-8")
    kb = load_knowledge(root)
    assert kb.counts["rules"] == 1 and kb.counts["articles"] == 1 and kb.counts["provisions"] == 2


def test_non_utf8_reports_the_line_of_the_bad_byte(tmp_path: Path) -> None:
    # Finding 24: undecodable files were always reported at line 1.
    root = write_kb(tmp_path)
    (root / "rules" / "rules.yaml").write_bytes(RULES.encode() + b"# caf\xe9\n")
    (problem,) = problems_of(root)
    assert problem.startswith(f"knowledge/rules/rules.yaml:{RULES.count(chr(10)) + 1}: not valid UTF-8")


def test_a_file_is_not_a_folder(tmp_path: Path) -> None:
    # Finding 24: KNOWLEDGE_DIR=README.md said "folder not found".
    readme = tmp_path / "README.md"
    readme.write_text("# hi\n", encoding="utf-8")
    assert problems_of(readme) == [f"{readme}:1: is a file, not a knowledge folder"]


def test_missing_rules_folder_is_a_problem(tmp_path: Path) -> None:
    # Finding 14: a folder without rules/ loaded as "0 rules" and every verdict disappeared.
    root = write_kb(tmp_path)
    (root / "rules" / "rules.yaml").unlink()
    (root / "rules").rmdir()
    assert problems_of(root) == ["knowledge/rules:1: folder missing; every verdict comes from a rule card"]


def test_problem_summary_is_capped(tmp_path: Path) -> None:
    # Finding 16: 100,000 problems became 2,223 Telegram messages; the summary keeps 20 and a count.
    many = "".join(f"- id: kartu-{n}\n  verdict: allowed\n" for n in range(50))
    root = write_kb(tmp_path, **{"rules/banyak.yaml": many})
    with pytest.raises(KnowledgeError) as info:
        load_knowledge(root)
    summary = info.value.summary()
    assert len(info.value.problems) == 50 and len(summary) == 21
    assert summary[-1] == "… and 30 more (run `python -m bot check` for the full list)"


def test_unknown_concept_in_a_situation_is_reported(tmp_path: Path) -> None:
    root = write_kb(tmp_path, **{"rules/rules.yaml": RULES.replace("requires: [act-use-facility]", "requires: [act-fly]")})
    (problem,) = problems_of(root)
    assert problem.endswith("rule fasilitas-negara: unknown concept 'act-fly' in situation")
