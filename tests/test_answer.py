"""Answers: how the engine decides (situation fit, clarification, follow-ups, small talk, out of
scope, principle), citations with the card's basis first, and the short rendering."""

from __future__ import annotations

import re
from pathlib import Path
from types import SimpleNamespace

import pytest
from kbfactory import RULES, write_engine_kb, write_kb

from bot.answer import MAX_CITATIONS, _same_decision, _with_conditions, answer_question, answer_rule, trim
from bot.knowledge import load_knowledge
from bot.render import (
    aftermath_html,
    basis_html,
    inline_items,
    sanction_html,
    to_html,
    to_json,
    to_plain,
    visible_length,
)
from bot.search import Index
from bot.understand import MAX_QUESTION_CHARS


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return Index.build(load_knowledge(write_engine_kb(tmp_path_factory.mktemp("kb"))))


def test_rule_question_gets_verdict_understood_question_and_basis(index: Index) -> None:
    answer = answer_question(index, "Bolehkah ASN memakai mobil dinas untuk kampanye calon?")
    assert (answer.kind, answer.verdict, answer.rule and answer.rule.id) == ("rule", "prohibited", "fasilitas-negara")
    assert answer.understood == "Bolehkah ASN memakai mobil dinas untuk kampanye?"
    assert answer.citations[0].passage.id == "pp94-p5-n-4" and len(answer.citations) <= MAX_CITATIONS


@pytest.mark.parametrize(
    ("question", "rule", "verdict"),
    [
        ("Saya PNS, kemarin cuma nonton debat capres di warung kopi. Boleh kan?", "nonton-debat", "allowed"),
        ("Can I watch the candidates' debate on TV at home?", "nonton-debat", "allowed"),
        (
            (
                "Selamat siang pak. Saya guru PPPK. Semalam saya ikut nonton debat di posko pemenangan paslon "
                "dan ikut yel-yel. Apakah saya melanggar?"
            ),
            "nobar-posko",
            "prohibited",
        ),
    ],
)
def test_contrast_twins_are_told_apart_by_the_situation(index: Index, question: str, rule: str, verdict: str) -> None:
    # The harmless and the partisan twin share most words; the situation (posko, cheering) decides.
    answer = answer_question(index, question)
    assert (answer.rule and answer.rule.id, answer.verdict) == (rule, verdict)


def test_a_card_whose_excludes_are_present_is_never_used(index: Index) -> None:
    # hadir-kampanye excludes act-use-facility: the facility card rules, not the attendance card.
    answer = answer_question(index, "pns hadir kampanye naik mobil dinas")
    assert answer.rule is not None and answer.rule.id == "fasilitas-negara"


def test_in_domain_without_a_fitting_card_gets_the_principle_not_a_borrowed_card(index: Index) -> None:
    answer = answer_question(index, "Bolehkah ASN menjadi admin grup pendukung calon?")
    assert (answer.kind, answer.verdict, answer.rule and answer.rule.id) == ("principle", "conditional", "prinsip-netralitas")
    # its operative provision first, then the provision the question itself matches (no borrowed card's)
    assert [c.passage.id for c in answer.citations] == ["uu20-p9-2", "pp94-p5-n-1"]
    assert "Saya belum punya jawaban khusus" in to_plain(answer)


def test_no_fitting_card_but_the_askers_own_sign_of_support_gets_the_legal_test_card(index: Index) -> None:
    # No card rules on a photo with a candidate; the asker's own two-finger pose decides it anyway.
    answer = answer_question(index, "Bolehkah saya foto dengan calon sambil salam dua jari?")
    assert (answer.kind, answer.verdict, answer.rule and answer.rule.id) == ("principle", "prohibited", "prinsip-tanda-dukungan")
    # the user sees which general rule the message was found to meet
    head = to_plain(answer).splitlines()[:2]
    assert head == ["❌ Dilarang", "Belum ada jawaban khusus untuk situasi ini; saya menjawab dengan aturan umum: "
                    "Bolehkah ASN menunjukkan tanda dukungan kepada calon?"]
    assert [c.passage.id for c in answer.citations][:1] == ["pp94-p5-n-1"]


@pytest.mark.parametrize(
    "question",
    [
        # a limit the message states may be what makes it harmless: the general principle answers
        "Bolehkah saya foto dengan calon, tidak sengaja ikut salam dua jari?",
        # someone else's sign is not the asker's
        "Tetangga saya foto dengan calon sambil salam dua jari. Bolehkah saya menyukai fotonya di grup?",
        # one of its own examples: like the general principle, never matched by its examples
        "asn kasih tanda dukung ke calon",
    ],
)
def test_the_legal_test_card_needs_the_askers_own_sign_and_no_stated_limit(index: Index, question: str) -> None:
    answer = answer_question(index, question)
    assert answer.rule is None or answer.rule.id != "prinsip-tanda-dukungan"


def test_a_limit_in_someone_elses_sentence_does_not_stop_the_legal_test(index: Index) -> None:
    # "not on purpose" said by a friend, in a sentence of its own, is no limit the asker states
    said_by_other = answer_question(index, "Bolehkah saya foto dengan calon sambil salam dua jari? Kata teman itu tidak sengaja.")
    assert (said_by_other.verdict, said_by_other.rule and said_by_other.rule.id) == ("prohibited", "prinsip-tanda-dukungan")
    # ... but one the asker says of themself, in any sentence, still does
    own = answer_question(index, "Bolehkah saya foto dengan calon sambil salam dua jari? Saya tidak sengaja.")
    assert own.rule is not None and own.rule.id == "prinsip-netralitas"


def test_a_prohibition_needs_something_the_asker_does(index: Index) -> None:
    # The campaign card requires only the event: alone ("hadir di kampanye?") the event is what the
    # asker asks about; beside someone else's act it is only the setting of the story.
    alone = answer_question(index, "Bolehkah ASN hadir di kampanye?")
    assert (alone.verdict, alone.rule and alone.rule.id) == ("prohibited", "hadir-kampanye")
    story = answer_question(index, "Waktu kampanye tetangga saya like unggahan calon. Apakah saya melanggar?")
    assert story.verdict != "prohibited"
    mine = answer_question(index, "Waktu kampanye saya like unggahan calon. Apakah saya melanggar?")
    assert (mine.verdict, mine.rule and mine.rule.id) == ("prohibited", "like-calon")


def test_a_question_for_facts_is_not_answered_with_the_principle(index: Index) -> None:
    # The same domain words as a "may I" question, but it asks when, not whether: no card fits, and
    # the neutrality principle would answer a question nobody asked.
    answer = answer_question(index, "Saya mau tahu kapan jadwal kampanye pilkada dimulai?")
    assert (answer.kind, answer.verdict, answer.citations) == ("abstain", None, [])
    asked = answer_question(index, "Saya mau tahu, bolehkah saya hadir kampanye pilkada hari minggu?")
    assert asked.kind in ("rule", "principle") and asked.verdict is not None


@pytest.mark.parametrize(
    ("question", "redirect"),
    [("cara cek dpt online", "kpu"), ("resep rendang padang yang enak", None), ("What is the weather in Jakarta?", None)],
)
def test_out_of_scope_abstains_with_the_right_redirect_and_no_citations(index: Index, question: str, redirect: str | None) -> None:
    answer = answer_question(index, question)
    assert answer.abstained and answer.verdict is None and answer.citations == []
    assert answer.redirect == redirect
    if redirect == "kpu":
        assert "KPU" in to_plain(answer)


@pytest.mark.parametrize(("question", "kind"), [("halo", "greeting"), ("terima kasih pak", "thanks"), ("ok", "ack"), ("Halo, selamat pagi!", "greeting")])
def test_small_talk_gets_a_friendly_reply(index: Index, question: str, kind: str) -> None:
    answer = answer_question(index, question)
    assert (answer.kind, answer.smalltalk, answer.verdict, answer.abstained) == ("smalltalk", kind, None, False)
    assert "•" in to_plain(answer)  # the CLI lists two example questions


def test_greeting_before_a_question_is_not_small_talk(index: Index) -> None:
    answer = answer_question(index, "Halo pak, bolehkah pns like postingan calon?")
    assert answer.kind == "rule" and answer.rule is not None and answer.rule.id == "like-calon"


@pytest.mark.parametrize(
    ("previous", "question", "rule", "focus"),
    [
        ("fasilitas-negara", "terus sanksinya apa?", "fasilitas-negara", "sanction"),
        ("like-calon", "kalau sudah terlanjur gimana?", "like-calon", "aftermath"),
        ("like-calon", "kalau PPPK?", "like-calon", "answer"),
    ],
)
def test_follow_ups_answer_about_the_previous_topic(index: Index, previous: str, question: str, rule: str, focus: str) -> None:
    answer = answer_question(index, question, previous=previous)
    assert (answer.rule and answer.rule.id, answer.focus) == (rule, focus)


def test_a_follow_up_without_a_previous_topic_is_not_answered_from_nowhere(index: Index) -> None:
    answer = answer_question(index, "terus sanksinya apa?")
    assert answer.rule is None or answer.kind in ("principle", "clarify")


def test_a_full_new_question_ignores_the_previous_topic(index: Index) -> None:
    answer = answer_question(index, "Bolehkah PNS memakai mobil dinas untuk kampanye?", previous="like-calon")
    assert answer.rule is not None and answer.rule.id == "fasilitas-negara"


def test_a_keyword_gets_a_clarification_with_candidate_cards(index: Index) -> None:
    answer = answer_question(index, "calon")
    assert answer.kind == "clarify" and answer.verdict is None and not answer.abstained
    assert 2 <= len(answer.clarify) <= 4
    data = to_json(answer)
    assert data["clarify"][0] == {"rule_id": answer.clarify[0].id, "question": answer.clarify[0].title["id"]}


def test_forced_language(index: Index) -> None:
    answer = answer_question(index, "Bolehkah PNS memakai mobil dinas untuk kampanye?", lang="en")
    assert answer.lang == "en" and answer.understood == "May a civil servant use an official car for a campaign?"


def test_answer_rule_for_buttons_and_stale_ids(index: Index) -> None:
    answer = answer_rule(index, "like-calon", "id", focus="aftermath")
    assert answer is not None and answer.focus == "aftermath" and answer.verdict == "prohibited"
    assert answer_rule(index, "tidak-ada-lagi", "id") is None


def test_json_contract(index: Index) -> None:
    data = to_json(answer_question(index, "pns pake mobil dinas buat kampanye boleh?"))
    old = {"question", "lang", "verdict", "abstained", "answer", "rule_id", "citations"}
    assert old <= set(data) and {"kind", "understood", "clarify", "focus", "redirect", "caveat"} <= set(data)
    assert data["rule_id"] == "fasilitas-negara" and data["understood"].startswith("Bolehkah ASN memakai")
    cite = data["citations"][0]
    assert set(cite) == {"id", "kind", "source", "title", "ref", "text", "url", "date", "score"}
    assert cite["kind"] == "provision" and cite["source"] == "PP 94/2021"


def test_the_chat_answer_is_one_short_message_with_quotes_collapsed(index: Index) -> None:
    answer = answer_question(index, "Saya PNS, kemarin cuma nonton debat capres. Boleh kan?")
    out = to_html(answer)
    assert len(out) <= 4096 and visible_length(out) <= 900
    assert out.startswith("<b>✅ Boleh</b>\n<i>Saya menjawab: Bolehkah ASN menonton debat calon?</i>")
    assert "<blockquote expandable>" in out and out.endswith("</blockquote>")
    assert '<b>Dasar:</b> <a href="https://peraturan.bpk.go.id/' in out


def test_user_text_is_escaped(index: Index) -> None:
    answer = answer_question(index, "<script>alert(1)</script> pns pakai mobil dinas kampanye?")
    assert "<script>" not in to_html(answer) and "<script>" not in "".join(basis_html(answer))


def test_button_texts(index: Index) -> None:
    answer = answer_question(index, "pns pakai mobil dinas kampanye?")
    assert "Hukuman disiplin berat menurut PP 94/2021." in sanction_html(answer)
    assert aftermath_html(answer) is None  # that card has no "sudah terlanjur" text
    messages = basis_html(answer)
    assert all(len(m) <= 4096 for m in messages) and "PP 94/2021 Pasal 5 huruf n angka 4" in messages[0]
    assert "Berlaku" in messages[0] and "dicek 24 November 2026" in messages[0]


def test_inline_items_use_the_short_form(index: Index) -> None:
    (item,) = inline_items(answer_question(index, "pns pakai mobil dinas kampanye?"))
    assert item.title.startswith("❌ Dilarang — Bolehkah ASN memakai mobil dinas")
    assert item.html == to_html(answer_question(index, "pns pakai mobil dinas kampanye?"))
    assert inline_items(answer_question(index, "resep rendang")) == []


def test_long_question_is_cut_not_rejected(index: Index) -> None:
    answer = answer_question(index, "mobil dinas kampanye " + "x" * 5000)
    assert len(answer.question) <= MAX_QUESTION_CHARS


def test_trim_keeps_relevant_sentences_in_order() -> None:
    text = " ".join(f"Kalimat pengisi nomor {i} tentang hal lain." for i in range(20))
    text += " ASN dilarang memasang spanduk calon. Penutup."
    out = trim(text, {"spanduk", "pasang"}, limit=120)
    assert "spanduk" in out and out.startswith("…") and len(out) <= 130


def test_an_overlong_line_is_split_without_losing_text_or_breaking_tags() -> None:
    from bot.render import _split_line

    line = "<i>" + "a&b " * 3000 + "</i>"
    parts = _split_line(line, 4096)
    assert len(parts) > 1 and all(len(p) <= 4096 for p in parts)
    assert "".join(parts).replace("&amp;", "&") == "a&b " * 3000
    assert not any("<i>" in p or "</i>" in p for p in parts)


def test_cards_without_a_situation_still_answer_on_strong_word_matches(tmp_path: Path) -> None:
    # Knowledge written before situations existed still works (with a check warning).
    without = RULES.replace("  situation:\n    requires: [act-use-facility]\n", "")
    assert without != RULES
    index = Index.build(load_knowledge(write_kb(tmp_path, **{"rules/rules.yaml": without})))
    answer = answer_question(index, "Can a civil servant use the official car for a campaign?")
    assert answer.lang == "en" and answer.verdict == "prohibited"
    assert re.search(r"^❌ Prohibited", to_plain(answer))


def test_a_question_about_what_others_do_is_declined(index: Index) -> None:
    # Neither an ASN nor the asker acts: the candidate's own conduct is Bawaslu's matter, not ours.
    answer = answer_question(index, "Capres itu boleh like postingan partai lain?")
    assert (answer.kind, answer.redirect) == ("abstain", "other")
    # The asker who acts is still answered, and so is an ASN.
    assert answer_question(index, "Saya boleh like postingan capres?").rule is not None


@pytest.mark.parametrize(
    ("top", "close", "same"),
    [
        ("prohibited", "prohibited", True),
        ("conditional", "allowed", True),
        # an information card on top rules on nothing, whatever is close by
        ("info", "conditional", True),
        ("info", "allowed", True),
        ("info", "prohibited", True),
        ("conditional", "info", True),
        # ... but a prohibition on top beside something softer, or an "allowed" that may have missed a
        # condition, is asked about
        ("prohibited", "info", False),
        ("allowed", "info", False),
        ("allowed", "conditional", False),
    ],
)
def test_close_cards_are_asked_about_only_when_the_decision_differs(top: str, close: str, same: bool) -> None:
    assert _same_decision(top, close) is same


def test_an_allowed_card_beside_conditional_ones_answers_with_the_conditions() -> None:
    def card(verdict: str) -> SimpleNamespace:
        return SimpleNamespace(rule=SimpleNamespace(verdict=verdict))

    allowed, conditional = card("allowed"), card("conditional")
    assert _with_conditions(allowed, [card("allowed"), conditional]) is conditional  # type: ignore[arg-type]
    # a prohibition or an information card close by is still asked about, and so is a conditional top
    assert _with_conditions(allowed, [conditional, card("prohibited")]) is None  # type: ignore[arg-type]
    assert _with_conditions(allowed, [card("info")]) is None  # type: ignore[arg-type]
    assert _with_conditions(conditional, [card("prohibited")]) is None  # type: ignore[arg-type]
