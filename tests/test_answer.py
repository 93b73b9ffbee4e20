"""Answers: verdict, citations with the rule's basis first, trimming, language, abstention."""

from __future__ import annotations

from pathlib import Path

import pytest
from kbfactory import write_kb

from bot.answer import MAX_CITATIONS, answer_question, trim
from bot.knowledge import load_knowledge
from bot.render import inline_items, to_html_messages, to_json, to_plain
from bot.search import Index


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return Index.build(load_knowledge(write_kb(tmp_path_factory.mktemp("kb"))))


def test_rule_question_gets_verdict_and_basis_citations(index: Index) -> None:
    answer = answer_question(index, "Bolehkah ASN memakai mobil dinas untuk kampanye calon?")
    assert not answer.abstained
    assert answer.verdict == "prohibited"
    assert answer.rule is not None and answer.rule.id == "fasilitas-negara"
    assert answer.citations[0].passage.id == "pp94-p5-n-4"
    assert len(answer.citations) <= MAX_CITATIONS


def test_english_question_is_answered_in_english(index: Index) -> None:
    answer = answer_question(index, "Can a civil servant use the official car for a campaign?")
    assert answer.lang == "en"
    assert answer.verdict == "prohibited"
    assert "❌ Prohibited" in to_plain(answer)
    assert "Basis:" in to_plain(answer)


@pytest.mark.parametrize(
    "question",
    ["resep rendang padang yang enak", "What is the weather in Jakarta tomorrow?", "jadwal liga inggris malam ini"],
)
def test_off_topic_questions_abstain_without_citations(index: Index, question: str) -> None:
    answer = answer_question(index, question)
    assert answer.abstained and answer.verdict is None and answer.citations == []
    assert "BKN" in to_plain(answer) and "Bawaslu" in to_plain(answer)


def test_empty_and_punctuation_only_questions_abstain(index: Index) -> None:
    assert answer_question(index, "").abstained
    assert answer_question(index, "?!...").abstained


def test_json_contract(index: Index) -> None:
    data = to_json(answer_question(index, "pns pake mobil dinas buat kampanye boleh?"))
    assert set(data) == {"question", "lang", "verdict", "abstained", "answer", "rule_id", "citations"}
    assert data["rule_id"] == "fasilitas-negara"
    cite = data["citations"][0]
    assert set(cite) == {"id", "kind", "source", "title", "ref", "text", "url", "date", "score"}
    assert cite["kind"] == "provision" and cite["source"] == "PP 94/2021"
    scores = [c["score"] for c in data["citations"]]
    assert all(isinstance(s, float) for s in scores)


def test_trim_keeps_relevant_sentences_in_order() -> None:
    text = " ".join(f"Kalimat pengisi nomor {i} tentang hal lain." for i in range(20))
    text += " ASN dilarang memasang spanduk calon. Penutup."
    out = trim(text, {"spanduk", "pasang"}, limit=120)
    assert "spanduk" in out and out.startswith("…") and len(out) <= 130


def test_html_escapes_user_and_knowledge_text(index: Index) -> None:
    answer = answer_question(index, "<script>alert(1)</script> pns pakai mobil dinas kampanye?")
    html_out = "\n".join(to_html_messages(answer))
    assert "<script>" not in html_out


def test_long_answers_split_at_block_boundaries(index: Index) -> None:
    answer = answer_question(index, "pns pakai mobil dinas kampanye?")
    whole = to_html_messages(answer, limit=100_000)
    parts = to_html_messages(answer, limit=200)
    assert len(whole) == 1 and len(parts) > 1
    assert all(len(p) <= 200 for p in parts)
    for part in parts:  # every message is tag-balanced
        assert part.count("<b>") == part.count("</b>") and part.count("<i>") == part.count("</i>")


def test_an_overlong_line_is_split_without_losing_text_or_breaking_tags() -> None:
    from bot.render import _split_line

    line = "<i>" + "a&b " * 3000 + "</i>"
    parts = _split_line(line, 4096)
    assert len(parts) > 1 and all(len(p) <= 4096 for p in parts)
    assert "".join(parts).replace("&amp;", "&") == "a&b " * 3000
    assert not any("<i>" in p or "</i>" in p for p in parts)


def test_inline_items_start_with_the_answer(index: Index) -> None:
    items = inline_items(answer_question(index, "pns pakai mobil dinas kampanye?"))
    assert items[0].id == "answer" and "Dilarang" in items[0].title
    assert len(items) >= 2 and items[1].id == "cite-1"
    assert all(item.title[:4] in item.html for item in items[1:])  # "[1] " titled, "[1] " inside
    assert inline_items(answer_question(index, "resep rendang")) == []


def test_long_question_is_cut_not_rejected(index: Index) -> None:
    answer = answer_question(index, "mobil dinas kampanye " + "x" * 5000)
    assert len(answer.question) <= 1000
