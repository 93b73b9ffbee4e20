"""Loading and validating knowledge: every class of bad input gives a file:line error."""

from __future__ import annotations

from pathlib import Path

import pytest
from kbfactory import ARTICLE, CONCEPTS, ENGINE_PRINCIPLE, PROVISIONS, RULES, write_engine_kb, write_kb

from bot.knowledge import KnowledgeError, clean_article_body, load_knowledge, split_passages
from bot.search import Index

RAW_SEED = Path(__file__).resolve().parent / "data" / "seed-002-raw.txt"  # as scraped, with boilerplate

def problems_of(root: Path) -> list[str]:
    with pytest.raises(KnowledgeError) as info:
        load_knowledge(root)
    return info.value.problems


def test_valid_folder_loads(tmp_path: Path) -> None:
    kb = load_knowledge(write_kb(tmp_path))
    assert kb.counts["provisions"] == 2
    assert kb.counts["rules"] == 1
    assert kb.passage("pp94-p7").notes == "Catatan uji. / Test note."  # editors only, never shown
    assert kb.passage("pp94-p7").source == "PP 94/2021"  # inherited from document defaults
    assert [p.id for p in kb.resolve("art-test")] == ["art-test#1"]


@pytest.mark.parametrize(
    ("terms", "warning"),
    [
        # "mobdin" is read as "mobil dinas" before tagging, so the one-word term "mobdin" never
        # matches; the phrase "mobdin kantor" does (phrases are rewritten the same way).
        ("official car, mobdin, mobdin kantor]", "term 'mobdin' never matches"),
        # a term listed twice in one concept (terms are lowercased: "Official Car" is "official car")
        ("official car, office facilities, Official Car]", "term 'official car' is listed twice"),
    ],
)
def test_a_term_that_never_matches_or_is_listed_twice_is_a_warning_with_its_place(
    tmp_path: Path, terms: str, warning: str
) -> None:
    kb = load_knowledge(
        write_kb(
            tmp_path,
            **{
                "concepts/concepts.yaml": CONCEPTS.replace("official car, office facilities]", terms),
                "glossary.yaml": "misspellings:\n  mobdin: mobil dinas\n",
            },
        )
    )
    found = [w for w in kb.warnings if warning in w]
    assert len(found) == 1 and "concepts.yaml:" in found[0], kb.warnings


def test_yaml_syntax_error_has_file_and_line(tmp_path: Path) -> None:
    root = write_kb(tmp_path, **{"rules/rules.yaml": RULES + "- id: [broken\n"})
    problems = problems_of(root)
    assert len(problems) == 1
    assert problems[0].startswith("knowledge/rules/rules.yaml:")
    assert "YAML syntax error" in problems[0]
    line = int(problems[0].split(":")[1])
    assert line >= RULES.count("\n")


def test_unknown_basis_id_points_at_the_basis_line(tmp_path: Path) -> None:
    root = write_kb(tmp_path, **{"rules/rules.yaml": RULES.replace("art-test]", "nope-1]")})
    (problem,) = problems_of(root)
    line_no = RULES.splitlines().index("  basis: [pp94-p5-n-4, art-test]") + 1
    assert problem == f"knowledge/rules/rules.yaml:{line_no}: rule fasilitas-negara: unknown basis id 'nope-1'"


def test_an_unknown_concept_in_needs_is_an_error_with_its_place(tmp_path: Path) -> None:
    rules = RULES.replace("    requires: [act-use-facility]\n", "    requires: [act-use-facility]\n    needs: [[nope-concept]]\n")
    (problem,) = problems_of(write_kb(tmp_path, **{"rules/rules.yaml": rules}))
    assert problem.startswith("knowledge/rules/rules.yaml:")
    assert problem.endswith("rule fasilitas-negara: unknown concept 'nope-concept' in situation")


def test_one_general_principle_and_any_number_of_legal_test_cards(tmp_path: Path) -> None:
    # The engine kb has the general principle (no situation) and a legal-test card (a situation).
    index = Index.build(load_knowledge(write_engine_kb(tmp_path / "ok")))
    assert index.principle is not None and index.principle.id == "prinsip-netralitas"
    assert [r.id for r in index.legal_tests] == ["prinsip-tanda-dukungan"]
    root = write_engine_kb(tmp_path / "two")
    second = ENGINE_PRINCIPLE.replace("id: prinsip-netralitas", "id: prinsip-kedua")
    with (root / "rules" / "prinsip.yaml").open("a", encoding="utf-8") as f:
        f.write(second)
    (problem,) = problems_of(root)
    assert problem.endswith("2 cards have kind 'principle' and no situation; at most one is used")


def test_one_procedure_principle_beside_the_general_one(tmp_path: Path) -> None:
    # A second general principle with topic "pengawas" is the procedure principle, not a rival ...
    root = write_engine_kb(tmp_path / "ok")
    procedure = ENGINE_PRINCIPLE.replace("id: prinsip-netralitas", "id: prinsip-alur-kasus").replace(
        "topic: umum", "topic: pengawas"
    )
    with (root / "rules" / "prinsip.yaml").open("a", encoding="utf-8") as f:
        f.write(procedure)
    index = Index.build(load_knowledge(root))
    assert index.principle is not None and index.principle.id == "prinsip-netralitas"
    assert index.procedure is not None and index.procedure.id == "prinsip-alur-kasus"
    # ... but two of them are one too many
    with (root / "rules" / "prinsip.yaml").open("a", encoding="utf-8") as f:
        f.write(procedure.replace("id: prinsip-alur-kasus", "id: prinsip-alur-kedua"))
    (problem,) = problems_of(root)
    assert problem.endswith("2 cards have kind 'principle', topic 'pengawas' and no situation; at most one is used")


def test_duplicate_id_reports_both_places(tmp_path: Path) -> None:
    dup = PROVISIONS.replace("id: pp94-p7", "id: pp94-p5-n-4")
    (problem,) = problems_of(write_kb(tmp_path, **{"provisions/pp94.yaml": dup}))
    assert problem.startswith("knowledge/provisions/pp94.yaml:11: duplicate id 'pp94-p5-n-4'")
    assert "first defined at knowledge/provisions/pp94.yaml:8" in problem


def test_missing_field_is_named(tmp_path: Path) -> None:
    broken = PROVISIONS.replace("    ref: Pasal 7\n", "")
    (problem,) = problems_of(write_kb(tmp_path, **{"provisions/pp94.yaml": broken}))
    assert problem == "knowledge/provisions/pp94.yaml:11: provision pp94-p7: missing field(s): ref"


def test_bad_verdict_points_at_verdict_line(tmp_path: Path) -> None:
    root = write_kb(tmp_path, **{"rules/rules.yaml": RULES.replace("verdict: prohibited", "verdict: maybe")})
    (problem,) = problems_of(root)
    line_no = RULES.splitlines().index("  verdict: prohibited") + 1
    assert problem.startswith(f"knowledge/rules/rules.yaml:{line_no}: rule fasilitas-negara: verdict: 'maybe' is not allowed")


def test_too_few_example_questions(tmp_path: Path) -> None:
    short = RULES.replace("      - Can I use office facilities for a candidate?\n", "")
    (problem,) = problems_of(write_kb(tmp_path, **{"rules/rules.yaml": short}))
    assert "rule fasilitas-negara: questions.en: needs at least 2 item(s), has 1" in problem


def test_every_problem_is_reported_at_once(tmp_path: Path) -> None:
    root = write_kb(
        tmp_path,
        **{
            "rules/rules.yaml": RULES.replace("verdict: prohibited", "verdict: maybe"),
            "provisions/pp94.yaml": PROVISIONS.replace("    ref: Pasal 7\n", ""),
            "articles/art-test.md": ARTICLE.replace("outlet: Test News\n", ""),
        },
    )
    problems = problems_of(root)
    assert len(problems) == 3
    assert all(p.startswith("knowledge/") and p.split(":")[1].isdigit() for p in problems)


def test_missing_folder(tmp_path: Path) -> None:
    (problem,) = problems_of(tmp_path / "nowhere")
    assert "knowledge folder not found" in problem


def test_article_boilerplate_is_removed_and_split() -> None:
    raw = RAW_SEED.read_text(encoding="utf-8")
    paragraphs = clean_article_body(raw)
    text = "\n".join(paragraphs)
    assert "Baca Juga" not in text
    assert "KHITANAN MASSAL" not in text  # unrelated headline list
    assert "Editor :" not in text and "Tag :" not in text
    assert "Haram hukumnya" in text
    passages = split_passages(paragraphs)
    assert all(p.count("\n\n") <= 1 for p in passages)  # one or two paragraphs each
    assert "".join(passages).replace("\n\n", "") == "".join(paragraphs)


def test_shipped_knowledge_is_valid() -> None:
    root = Path(__file__).resolve().parent.parent / "knowledge"
    kb = load_knowledge(root)
    assert kb.counts["articles"] == 5
    assert kb.counts["provisions"] >= 100
    assert kb.counts["rules"] >= 40
