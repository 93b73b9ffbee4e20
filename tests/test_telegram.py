"""End-to-end tests of the Telegram channel's conversations: the real Application against the fake Bot API.

Buttons, admin commands, persistence and the break-in regressions have their own test_telegram_* files.
"""

from __future__ import annotations

import asyncio
import html
import logging
import os
import re
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from fake_telegram import BOT_USERNAME, GROUP_ID, FakeTelegram, parse_telegram_html
from kbfactory import ENGINE_CONCEPTS
from telegram_harness import (
    ADMIN,
    CAMPAIGN_ID,
    LIKE_EN,
    LIKE_ID,
    OFF_TOPIC,
    OTHER_USER,
    TOPIC_BUTTONS,
    USER,
    Harness,
    assert_valid_html,
    button_data,
    buttons,
    free_port,
    running_bot,
    webhook_bot,
)

import bot.telegram.engine as tg_engine
from bot.answer import answer_question
from bot.config import configure_logging
from bot.knowledge import load_knowledge
from bot.messages import POPULAR_QUESTIONS, TELEGRAM_COMMANDS, text
from bot.render import pack_messages, visible_length
from bot.search import Index
from bot.store import ABSTAIN, ANSWER
from bot.telegram.chat import decode_payload, encode_payload

ROOT = Path(__file__).resolve().parent.parent
LIKE_BUTTONS = ["d:like-postingan-calon:id", "s:like-postingan-calon:id", "l::id", "u:like-postingan-calon:id", "n:like-postingan-calon:id"]


def test_sample_knowledge_answers_the_questions_these_tests_ask(tg_knowledge: Path) -> None:
    """If this fails the engine's ranking changed: adapt the sample knowledge, not the channel."""
    index = Index.build(load_knowledge(tg_knowledge))
    expected = {
        LIKE_ID: "like-postingan-calon",
        LIKE_EN: "like-postingan-calon",
        POPULAR_QUESTIONS["id"][0]: "like-postingan-calon",
        POPULAR_QUESTIONS["id"][1]: "ikut-kampanye",
        POPULAR_QUESTIONS["en"][0]: "like-postingan-calon",
    }
    for question, rule_id in expected.items():
        answer = answer_question(index, question)
        assert answer.rule is not None and answer.rule.id == rule_id, question
    assert answer_question(index, OFF_TOPIC).abstained


class EngineSpy:
    """Records what the channel asks the engine (question, previous topic, forced language)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.calls: list[dict[str, Any]] = []
        real = tg_engine.ask_now

        def spy(index: Index, question: str, *, previous: str | None = None, lang: str | None = None) -> Any:
            self.calls.append({"question": question, "previous": previous, "lang": lang})
            return real(index, question, previous=previous, lang=lang)

        monkeypatch.setattr(tg_engine, "ask_now", spy)

    def last(self) -> dict[str, Any]:
        return self.calls[-1]


# --------------------------------------------------------------------------- private chat


async def test_private_question_gets_one_html_answer_with_buttons(bot: Harness) -> None:
    answer = await bot.ask_private(LIKE_ID)
    assert answer.params["parse_mode"] == "HTML"
    assert answer.params["link_preview_options"] == {"is_disabled": True}
    assert "reply_parameters" not in answer.params  # no quoting in a one-to-one chat
    assert answer.text.startswith("<b>❌ Dilarang</b>")
    assert "Tidak boleh. Memberi like" in answer.plain
    assert "PP 94/2021" in answer.plain and "Pasal 5 huruf n angka 4" in answer.plain
    assert "Saya menjawab: Bolehkah ASN me-like unggahan calon?" in answer.plain
    assert '<a href="https://example.org/pp-94-2021?a=1&amp;b=2">' in answer.text
    assert "<blockquote expandable>" in answer.text  # the quotes, collapsed
    assert visible_length(answer.text) <= 900  # one phone screen
    # Markup inside the knowledge is shown literally, never interpreted.
    assert "<b>&amp;</b> sejenisnya" in answer.plain
    assert_valid_html(answer)
    assert button_data(answer) == LIKE_BUTTONS
    assert [b["text"] for b in buttons(answer)] == ["📜 Dasar hukum", "⚖️ Sanksi", "📣 Cara melapor", "👍", "👎"]
    recent, total = bot.store.totals()
    assert recent[ANSWER] == total[ANSWER] == 1
    assert bot.store.kept_questions() == []  # an answered question's text is not kept


async def test_english_question_gets_english_answer_and_buttons(bot: Harness) -> None:
    answer = await bot.ask_private(LIKE_EN, language_code="id")
    assert answer.text.startswith("<b>❌ Prohibited</b>")
    assert "No. Liking a candidate's post counts as support." in answer.plain
    assert [b["text"] for b in buttons(answer)][:3] == ["📜 Legal basis", "⚖️ Sanction", "📣 How to report"]
    assert button_data(answer)[0] == "d:like-postingan-calon:en"


async def test_off_topic_question_abstains_offers_topics_and_is_kept(bot: Harness) -> None:
    answer = await bot.ask_private(OFF_TOPIC)
    assert "Maaf" in answer.plain
    assert button_data(answer) == TOPIC_BUTTONS
    assert bot.store.totals()[1][ABSTAIN] == 1
    (kept,) = bot.store.kept_questions()
    assert (kept.text, kept.reason, kept.lang) == (OFF_TOPIC, ABSTAIN, "id")
    assert str(USER) not in kept.user


async def test_a_long_answer_is_still_one_valid_message(fake_telegram: FakeTelegram, tg_knowledge: Path, tg_data: Path) -> None:
    long_answer = "Tidak boleh. " + " ".join(f"Penjelasan rinci nomor {n} tentang spanduk & <baliho>." for n in range(50))
    (tg_knowledge / "rules" / "panjang.yaml").write_text(
        f"""\
- id: spanduk-panjang
  topic: foto-atribut
  title: {{id: "Bolehkah PNS memasang spanduk calon?", en: "May a civil servant put up a banner?"}}
  questions:
    id:
      - Bolehkah PNS memasang spanduk calon?
      - pns pasang baliho paslon
      - ASN tempel stiker calon
      - spanduk caleg di rumah PNS
    en:
      - May a civil servant put up a candidate's banner?
      - Can a PNS hang a campaign banner?
  verdict: prohibited
  answer:
    id: "{long_answer}"
    en: "No."
  basis: [pp94-p5-n-1, pp94-p5-n-4, uu20-p9-2]
  valid_as_of: 2026-11-24
""",
        encoding="utf-8",
    )
    async with running_bot(fake_telegram, tg_knowledge, tg_data) as bot:
        mark = fake_telegram.mark()
        answer = await bot.ask_private("Bolehkah PNS memasang spanduk calon?")
        await bot.quiet()
        assert len(bot.fake.sent_to(USER, since=mark)) == 1
        assert "&lt;baliho&gt;" in answer.text
        assert_valid_html(answer)


async def test_non_text_private_message_asks_for_text_and_offers_topics(bot: Harness) -> None:
    update = bot.fake.private_message("x")
    del update["message"]["text"]
    update["message"]["voice"] = {"file_id": "v1", "file_unique_id": "uv1", "duration": 3}
    (reply,) = await bot.send(update, USER)
    assert reply.plain == text("id", "tg_not_text")
    assert button_data(reply) == TOPIC_BUTTONS


# --------------------------------------------------------------------------- follow-ups


async def test_next_message_is_asked_as_a_follow_up_of_the_last_topic(
    bot: Harness, monkeypatch: pytest.MonkeyPatch
) -> None:
    spy = EngineSpy(monkeypatch)
    await bot.ask_private(LIKE_ID)
    assert spy.last()["previous"] is None
    await bot.ask_private("terus sanksinya apa?")
    assert spy.last() == {"question": "terus sanksinya apa?", "previous": "like-postingan-calon", "lang": None}
    # Another user's chat has its own topic.
    await bot.ask_private("terus sanksinya apa?", user_id=OTHER_USER)
    assert spy.last()["previous"] is None


async def test_a_reply_to_an_older_answer_follows_up_on_that_answer(
    bot: Harness, monkeypatch: pytest.MonkeyPatch
) -> None:
    spy = EngineSpy(monkeypatch)
    like = await bot.ask_private(LIKE_ID)
    await bot.ask_private(CAMPAIGN_ID)
    assert bot.app.chat_data[USER]["topic"][0] == "ikut-kampanye"
    await bot.ask_private("kalau PPPK?", reply_to=like.result)
    assert spy.last()["previous"] == "like-postingan-calon"


async def test_a_group_reply_follows_up_on_the_answer_it_replies_to(
    bot: Harness, monkeypatch: pytest.MonkeyPatch
) -> None:
    spy = EngineSpy(monkeypatch)
    (first,) = await bot.send(bot.fake.group_message(f"/tanya {LIKE_ID}"), GROUP_ID)
    (second,) = await bot.send(bot.fake.group_message(f"/tanya {CAMPAIGN_ID}", user_id=OTHER_USER), GROUP_ID)
    (reply,) = await bot.send(bot.fake.group_message("terus sanksinya apa?", reply_to=first.result), GROUP_ID)
    assert spy.last()["previous"] == "like-postingan-calon"
    assert reply.params["reply_parameters"]["message_id"] > second.result["message_id"]
    # "/tanya …" as a reply to an answer follows up on it too.
    await bot.send(bot.fake.group_message("/tanya kalau PPPK?", reply_to=second.result), GROUP_ID)
    assert spy.last() == {"question": "kalau PPPK?", "previous": "ikut-kampanye", "lang": None}


@pytest.fixture
def chat_bot_knowledge(tg_knowledge: Path) -> Path:
    (tg_knowledge / "concepts").mkdir(exist_ok=True)
    # What the engine needs to tell small talk and follow-ups apart (bot/understand.py reads concepts).
    (tg_knowledge / "concepts" / "chat.yaml").write_text(ENGINE_CONCEPTS, encoding="utf-8")
    return tg_knowledge


async def test_follow_up_is_answered_about_the_topic_end_to_end(
    fake_telegram: FakeTelegram, chat_bot_knowledge: Path, tg_data: Path
) -> None:
    async with running_bot(fake_telegram, chat_bot_knowledge, tg_data) as bot:
        await bot.ask_private(LIKE_ID)
        answer = await bot.ask_private("terus sanksinya apa?")
        assert "Hukuman disiplin sedang sampai berat." in answer.plain
        assert "Maaf" not in answer.plain
        assert button_data(answer) == LIKE_BUTTONS  # still about the same card
        # Without a topic (another user's chat) the same words get no answer about a card.
        other = await bot.ask_private("terus sanksinya apa?", user_id=OTHER_USER)
        assert "Hukuman disiplin sedang sampai berat." not in other.plain


@pytest.mark.parametrize("greeting", ["halo", "terima kasih pak", "ok"])
async def test_small_talk_gets_a_friendly_reply_with_two_examples(
    fake_telegram: FakeTelegram, chat_bot_knowledge: Path, tg_data: Path, greeting: str
) -> None:
    async with running_bot(fake_telegram, chat_bot_knowledge, tg_data) as bot:
        answer = await bot.ask_private(greeting)
        assert "Maaf" not in answer.plain
        assert button_data(answer) == ["q:0:id", "q:1:id"]
        assert [b["text"] for b in buttons(answer)] == POPULAR_QUESTIONS["id"][:2]
        assert bot.store.kept_questions() == []


# --------------------------------------------------------------------------- groups


async def test_group_tanya_with_bot_username_replies_to_asker(bot: Harness) -> None:
    update = bot.fake.group_message(f"/tanya@{BOT_USERNAME} {LIKE_ID}")
    (reply,) = await bot.send(update, GROUP_ID)
    assert reply.params["reply_parameters"]["message_id"] == update["message"]["message_id"]
    assert "❌ Dilarang" in reply.plain
    assert button_data(reply) == LIKE_BUTTONS

    update = bot.fake.group_message(f"/ask {LIKE_EN}", language_code="en")
    (reply,) = await bot.send(update, GROUP_ID)
    assert reply.params["reply_parameters"]["message_id"] == update["message"]["message_id"]
    assert "❌ Prohibited" in reply.plain


async def test_group_chatter_and_other_bots_commands_get_no_answer(bot: Harness) -> None:
    mark = bot.fake.mark()
    chatter = [
        bot.fake.group_message(LIKE_ID),  # a question, but not addressed to the bot
        bot.fake.group_message("selamat pagi semua"),
        bot.fake.group_message(f"/tanya@some_other_bot {LIKE_ID}"),
        bot.fake.group_message("/perintahlain"),  # unknown commands are answered in private only
    ]
    bot.fake.enqueue(*chatter)
    # A later /tanya proves the chatter before it was processed (updates are taken in order).
    ask = bot.fake.group_message(f"/tanya {LIKE_ID}")
    await bot.send(ask, GROUP_ID)
    sent = bot.fake.sent_to(GROUP_ID, since=mark)
    assert [c.params["reply_parameters"]["message_id"] for c in sent] == [ask["message"]["message_id"]]


async def test_reply_to_bots_message_in_group_gets_answer(bot: Harness) -> None:
    (first,) = await bot.send(bot.fake.group_message(f"/tanya {LIKE_ID}"), GROUP_ID)
    follow_up = bot.fake.group_message(CAMPAIGN_ID, reply_to=first.result)
    (reply,) = await bot.send(follow_up, GROUP_ID)
    assert reply.params["reply_parameters"]["message_id"] == follow_up["message"]["message_id"]
    assert "Tidak boleh ikut kampanye." in reply.plain

    # A reply to another member's message is ordinary chatter.
    mark = bot.fake.mark()
    human = bot.fake.group_message("ada yang tahu?", user_id=OTHER_USER)["message"]
    bot.fake.enqueue(bot.fake.group_message(LIKE_ID, reply_to=human))
    proof = bot.fake.group_message(f"/tanya {LIKE_ID}")
    await bot.send(proof, GROUP_ID)
    assert len(bot.fake.sent_to(GROUP_ID, since=mark)) == 1


async def test_tanya_without_question_gets_usage_hint(bot: Harness) -> None:
    (reply,) = await bot.send(bot.fake.group_message(f"/tanya@{BOT_USERNAME}"), GROUP_ID)
    assert "/tanya Bolehkah PNS" in reply.plain
    (reply,) = await bot.send(bot.fake.group_message("/ask", language_code="en"), GROUP_ID)
    assert "/ask May a civil servant" in reply.plain
    assert bot.store.totals()[1][ANSWER] == 0


async def test_tanya_as_reply_answers_the_replied_message(bot: Harness) -> None:
    question = bot.fake.group_message(LIKE_ID, user_id=OTHER_USER)["message"]
    command = bot.fake.group_message("/tanya", reply_to=question)
    (reply,) = await bot.send(command, GROUP_ID)
    assert reply.params["reply_parameters"]["message_id"] == command["message"]["message_id"]
    assert "❌ Dilarang" in reply.plain


async def test_forum_topic_questions_are_answered_in_their_topic(bot: Harness) -> None:
    update = bot.fake.group_message(f"/tanya {LIKE_ID}")
    update["message"].update(message_thread_id=77, is_topic_message=True)
    (reply,) = await bot.send(update, GROUP_ID)
    assert reply.params["message_thread_id"] == 77


# --------------------------------------------------------------------------- inline mode


async def test_inline_query_returns_the_short_answer_first_and_is_personal(bot: Harness) -> None:
    mark = bot.fake.mark()
    bot.fake.enqueue(bot.fake.inline_query(LIKE_ID))
    call = await bot.fake.wait_for_one("answerInlineQuery", since=mark)
    results = call.params["results"]
    assert results and all(r["type"] == "article" for r in results)
    first = results[0]["input_message_content"]
    assert first["parse_mode"] == "HTML"
    assert "❌ Dilarang" in first["message_text"] and "Pasal 5 huruf n angka 4" in first["message_text"]
    assert html.escape(LIKE_ID, quote=False) in first["message_text"]  # the question heads the answer
    # Results depend on the user's language and preference: never served to someone else.
    assert call.params["cache_time"] == 300 and call.params["is_personal"] is True
    # Too long for a deep-link payload: the button still opens the private chat.
    assert call.params["button"] == {"text": text("id", "tg_inline_button"), "start_parameter": "inline"}


async def test_inline_button_deep_links_short_question(bot: Harness) -> None:
    question = "PNS like postingan calon?"
    mark = bot.fake.mark()
    bot.fake.enqueue(bot.fake.inline_query(question))
    call = await bot.fake.wait_for_one("answerInlineQuery", since=mark)
    assert decode_payload(call.params["button"]["start_parameter"]) == question


@pytest.mark.parametrize("query", ["", "ab"])
async def test_empty_inline_query_returns_popular_questions(bot: Harness, query: str) -> None:
    mark = bot.fake.mark()
    bot.fake.enqueue(bot.fake.inline_query(query, language_code="en"))
    call = await bot.fake.wait_for_one("answerInlineQuery", since=mark)
    results = call.params["results"]
    assert [r["title"] for r in results] == POPULAR_QUESTIONS["en"]
    assert results[0]["input_message_content"]["message_text"].startswith("❓")
    assert "❌ Prohibited" in results[0]["input_message_content"]["message_text"]
    assert call.params["button"]["start_parameter"] == "inline"
    assert call.params["is_personal"] is True
    assert bot.runtime.counters.inline == 0  # browsing examples is not a question


async def test_inline_query_without_confident_answer_explains(bot: Harness) -> None:
    mark = bot.fake.mark()
    bot.fake.enqueue(bot.fake.inline_query(OFF_TOPIC))
    call = await bot.fake.wait_for_one("answerInlineQuery", since=mark)
    (result,) = call.params["results"]
    assert "Maaf" in result["input_message_content"]["message_text"]
    assert result["title"].startswith("Maaf")  # titled by what it says, not by a generic label


# --------------------------------------------------------------------------- /start, /help, deep links


async def test_start_and_help_in_both_languages_with_example_buttons(bot: Harness) -> None:
    (start,) = await bot.send(bot.fake.private_message("/start"), USER)
    assert "Asisten Netralitas ASN" in start.plain
    keyboard = start.params["reply_markup"]["inline_keyboard"]
    assert [row[0]["text"] for row in keyboard[:-1]] == POPULAR_QUESTIONS["id"]
    assert keyboard[0][0]["callback_data"] == "q:0:id"
    assert keyboard[-1][0]["switch_inline_query"] == ""

    (start_en,) = await bot.send(bot.fake.private_message("/start", language_code="en-GB"), USER)
    assert "ASN Neutrality Assistant" in start_en.plain
    assert start_en.params["reply_markup"]["inline_keyboard"][0][0]["text"] == POPULAR_QUESTIONS["en"][0]

    (help_id,) = await bot.send(bot.fake.private_message("/help"), USER)
    assert "Cara bertanya" in help_id.plain and f"@{BOT_USERNAME} pertanyaan" in help_id.plain
    assert "/topik" in help_id.plain and "/lapor" in help_id.plain
    (help_en,) = await bot.send(bot.fake.private_message("/help en"), USER)
    assert "How to ask" in help_en.plain
    for call in (start, start_en, help_id, help_en):
        assert_valid_html(call)


async def test_start_with_deep_link_payload_answers_question(bot: Harness) -> None:
    for question in (POPULAR_QUESTIONS["id"][0], "PNS like postingan calon?"):
        payload = encode_payload(question)
        assert payload is not None
        (answer,) = await bot.send(bot.fake.private_message(f"/start {payload}"), USER)
        assert answer.plain.startswith(f"❓ {question}")
        assert "❌ Dilarang" in answer.plain
        assert button_data(answer) == LIKE_BUTTONS
    # A payload that is not ours falls back to the greeting.
    (greeting,) = await bot.send(bot.fake.private_message("/start qAA"), USER)
    assert "Asisten Netralitas ASN" in greeting.plain


# --------------------------------------------------------------------------- commands


async def test_lapor_and_sanksi_commands_answer_in_the_users_language(bot: Harness) -> None:
    (lapor,) = await bot.send(bot.fake.private_message("/lapor"), USER)
    assert lapor.plain == parse_telegram_html(text("id", "tg_lapor"))
    assert "sigaplapor.bawaslu.go.id" in lapor.plain and "Simpan buktinya" in lapor.plain
    (sanksi,) = await bot.send(bot.fake.private_message("/sanksi", language_code="en"), USER)
    assert sanksi.plain == parse_telegram_html(text("en", "tg_sanksi"))
    (report,) = await bot.send(bot.fake.group_message("/report", language_code="en"), GROUP_ID)
    assert "How to report" in report.plain and "reply_parameters" in report.params
    for call in (lapor, sanksi, report):
        assert_valid_html(call)


async def test_topik_lists_the_topics_of_the_loaded_cards_as_buttons(bot: Harness) -> None:
    (menu,) = await bot.send(bot.fake.private_message("/topik"), USER)
    assert menu.plain == "📋 Pilih topik:"
    assert button_data(menu) == TOPIC_BUTTONS
    (menu_en,) = await bot.send(bot.fake.private_message("/menu", language_code="en"), USER)
    assert [b["text"] for b in buttons(menu)] == ["📱 Media sosial", "📢 Kampanye"]
    assert [b["text"] for b in buttons(menu_en)] == ["📱 Social media", "📢 Campaigns"]


async def test_bahasa_sets_the_answer_language_per_user(bot: Harness, monkeypatch: pytest.MonkeyPatch) -> None:
    spy = EngineSpy(monkeypatch)
    (menu,) = await bot.send(bot.fake.private_message("/bahasa"), USER)
    assert "Otomatis" in menu.plain
    assert button_data(menu) == ["g:auto:id", "g:id:id", "g:en:id"]
    (done,) = await bot.send(bot.fake.private_message("/bahasa en"), USER)
    assert done.plain == text("en", "tg_lang_set_en")
    await bot.ask_private(LIKE_ID)
    assert spy.last()["lang"] == "en"
    (help_en,) = await bot.send(bot.fake.private_message("/help"), USER)  # an Indonesian app, English chosen
    assert "How to ask" in help_en.plain
    await bot.ask_private(LIKE_ID, user_id=OTHER_USER)  # per user
    assert spy.last()["lang"] is None
    await bot.send(bot.fake.private_message("/bahasa auto"), USER)
    await bot.ask_private(LIKE_ID)
    assert spy.last()["lang"] is None


async def test_unknown_command_in_private_gets_the_help(bot: Harness) -> None:
    (reply,) = await bot.send(bot.fake.private_message("/contohnya"), USER)
    assert reply.plain.startswith(text("id", "tg_unknown_command"))
    assert "Cara bertanya" in reply.plain
    (reply,) = await bot.send(bot.fake.private_message(f"/stats@{BOT_USERNAME}"), USER)  # admin command, not admin
    assert reply.plain == text("id", "tg_refusal")


async def test_command_menu_is_set_in_both_languages_and_admin_commands_only_for_admins(bot: Harness) -> None:
    calls = bot.fake.calls_of("setMyCommands")
    everyone = {c.params.get("language_code"): [x["command"] for x in c.params["commands"]] for c in calls if "scope" not in c.params}
    assert everyone == {None: [n for n, _ in TELEGRAM_COMMANDS["id"]], "en": [n for n, _ in TELEGRAM_COMMANDS["en"]]}
    assert not any({"stats", "reload", "unanswered"} & set(names) for names in everyone.values())
    scoped = [c for c in calls if "scope" in c.params]
    assert {c.params["scope"]["chat_id"] for c in scoped} == {ADMIN, 43}
    assert all({"stats", "reload", "unanswered"} <= {x["command"] for x in c.params["commands"]} for c in scoped)


# --------------------------------------------------------------------------- robustness


async def test_markup_in_questions_is_escaped_everywhere(bot: Harness) -> None:
    nasty = "<script>alert('x')</script> & <b>PNS</b> like postingan calon?"
    answer = await bot.ask_private(nasty)
    assert_valid_html(answer)
    payload = encode_payload("<script>x</script> & like")
    assert payload is not None
    (echoed,) = await bot.send(bot.fake.private_message(f"/start {payload}"), USER)
    assert_valid_html(echoed)
    assert "<script>x</script> & like" in echoed.plain
    mark = bot.fake.mark()
    bot.fake.enqueue(bot.fake.inline_query(nasty))
    call = await bot.fake.wait_for_one("answerInlineQuery", since=mark)
    for result in call.params["results"]:
        body = result["input_message_content"]["message_text"]
        assert "<script>" not in body
        parse_telegram_html(body)


async def test_4000_character_question_gets_bounded_messages(bot: Harness) -> None:
    question = ((LIKE_ID + " ") * 80)[:4000]
    answer = await bot.ask_private(question)
    assert_valid_html(answer)


async def test_engine_error_gets_an_apology_and_the_bot_keeps_answering(
    bot: Harness, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    real = tg_engine.ask_now

    def exploding(index: Any, question: str, **kw: Any) -> Any:
        if "meledak" in question:
            raise RuntimeError("engine exploded")
        return real(index, question, **kw)

    monkeypatch.setattr(tg_engine, "ask_now", exploding)
    with caplog.at_level(logging.ERROR, logger="bot.telegram.app"):
        (apology,) = await bot.send(bot.fake.private_message("pertanyaan yang meledak", language_code="en"), USER)
    assert apology.plain == text("en", "tg_error")
    assert any(r.exc_info and "engine exploded" in str(r.exc_info[1]) for r in caplog.records)
    (group_apology,) = await bot.send(bot.fake.group_message("/tanya ini meledak"), GROUP_ID)
    assert group_apology.plain == text("id", "tg_error") and "reply_parameters" in group_apology.params
    answer = await bot.ask_private(LIKE_ID)
    assert "❌ Dilarang" in answer.plain
    assert bot.runtime.counters.errors == 2


async def test_info_logs_leave_out_message_text_and_token(bot: Harness, caplog: pytest.LogCaptureFixture) -> None:
    configure_logging("INFO")
    marker = "zebrarahasia"
    with caplog.at_level(logging.INFO):
        await bot.ask_private(f"Bolehkah PNS {marker} me-like postingan calon?")
        mark = bot.fake.mark()
        bot.fake.enqueue(bot.fake.inline_query(f"{marker} like calon"))
        await bot.fake.wait_for_one("answerInlineQuery", since=mark)
    assert "answered update=" in caplog.text and "verdict=prohibited" in caplog.text
    assert marker not in caplog.text
    assert bot.fake.token not in caplog.text


# --------------------------------------------------------------------------- webhook mode


async def test_webhook_accepts_only_the_secret_token(fake_telegram: FakeTelegram, tg_knowledge: Path, tg_data: Path) -> None:
    secret = "s3cret-Token_1"
    async with webhook_bot(fake_telegram, tg_knowledge, tg_data, secret) as (_, url):
        assert fake_telegram.webhook == {"url": url, "secret_token": secret}
        intruder = {**fake_telegram.new_update(), **fake_telegram.private_message(LIKE_ID, user_id=666)}
        genuine = {**fake_telegram.new_update(), **fake_telegram.private_message(LIKE_ID)}
        async with httpx.AsyncClient() as client:
            wrong = await client.post(url, json=intruder, headers={"X-Telegram-Bot-Api-Secret-Token": "wrong"})
            missing = await client.post(url, json=intruder)
            right = await client.post(url, json=genuine, headers={"X-Telegram-Bot-Api-Secret-Token": secret})
        assert (wrong.status_code, missing.status_code, right.status_code) == (403, 403, 200)
        (answer,) = await fake_telegram.wait_for("sendMessage", lambda c: c.params["chat_id"] == USER)
        assert "❌ Dilarang" in answer.plain
        assert fake_telegram.sent_to(666) == []


# --------------------------------------------------------------------------- `python -m bot run`


@pytest.fixture
def bot_process_env(fake_telegram: FakeTelegram, tg_knowledge: Path, tmp_path: Path) -> Iterator[dict[str, str]]:
    """Environment for a `python -m bot run` child process talking to the fake server."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "WEBHOOK_", "ADMIN_", "KNOWLEDGE_", "DATA_"))}
    env.update(
        PYTHONPATH=str(ROOT),
        TELEGRAM_BOT_TOKEN=fake_telegram.token,
        TELEGRAM_BASE_URL=fake_telegram.base_url,
        KNOWLEDGE_DIR=str(tg_knowledge),
        DATA_DIR=str(tmp_path / "data"),
        LOG_LEVEL="INFO",
    )
    yield env


async def run_until_answered(fake: FakeTelegram, env: dict[str, str], cwd: Path, post: Any) -> tuple[int, str]:
    """Start `python -m bot run`, get one question answered through `post`, SIGTERM it; (exit code, output)."""
    log_path = cwd / "bot.log"
    with log_path.open("w") as log_file:
        proc = subprocess.Popen([sys.executable, "-m", "bot", "run"], cwd=cwd, env=env, stdout=log_file, stderr=subprocess.STDOUT)
        try:
            await fake.wait_for_one("setMyCommands", timeout=30)
            await post()
            (answer,) = await fake.wait_for("sendMessage", lambda c: c.params["chat_id"] == USER, timeout=30)
            assert "❌ Dilarang" in answer.plain
            proc.send_signal(signal.SIGTERM)
            code = await asyncio.to_thread(proc.wait, 30)
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
    return code, log_path.read_text()


async def test_python_m_bot_run_polls_answers_and_stops_on_sigterm(
    fake_telegram: FakeTelegram, bot_process_env: dict[str, str], tmp_path: Path
) -> None:
    question = "Bolehkah PNS kudalaut me-like postingan calon?"

    async def post() -> None:
        fake_telegram.enqueue(fake_telegram.private_message(question))

    code, output = await run_until_answered(fake_telegram, bot_process_env, tmp_path, post)
    assert code == 0, output
    assert "starting long polling" in output and "stopped" in output
    assert "kudalaut" not in output and fake_telegram.token not in output
    assert (tmp_path / "data" / "bot.sqlite3").exists()


async def _post_when_listening(client: httpx.AsyncClient, url: str, update: dict[str, Any], secret: str) -> httpx.Response:
    # PTB calls setWebhook just before its web server starts listening.
    for _ in range(200):
        try:
            return await client.post(url, json=update, headers={"X-Telegram-Bot-Api-Secret-Token": secret})
        except httpx.ConnectError:
            await asyncio.sleep(0.05)
    raise AssertionError(f"nothing listens on {url}")


async def test_python_m_bot_run_serves_webhook_with_secret_and_refuses_big_bodies(
    fake_telegram: FakeTelegram, bot_process_env: dict[str, str], tmp_path: Path
) -> None:
    """Break-in #11: a body over 1 MB is refused from its Content-Length, before it is read."""
    port = free_port()
    url = f"http://127.0.0.1:{port}/hook/path"
    bot_process_env.update(WEBHOOK_URL=url, WEBHOOK_LISTEN="127.0.0.1", WEBHOOK_PORT=str(port), WEBHOOK_SECRET="abc-123_XYZ")

    async def post() -> None:
        update = {**fake_telegram.new_update(), **fake_telegram.private_message(LIKE_ID)}
        await fake_telegram.wait_for_one("setWebhook", timeout=30)
        async with httpx.AsyncClient() as client:
            bad = await _post_when_listening(client, url, update, "nope")
            assert bad.status_code == 403
            try:
                # Over the 1 MB cap: the server hangs up after the headers instead of buffering it.
                big = await client.post(url, content=b"x" * (2 << 20), headers={"Content-Type": "application/json"})
            except httpx.TransportError:
                pass
            else:
                assert big.status_code in (400, 413)
            good = await client.post(url, json=update, headers={"X-Telegram-Bot-Api-Secret-Token": "abc-123_XYZ"})
            assert good.status_code == 200

    code, output = await run_until_answered(fake_telegram, bot_process_env, tmp_path, post)
    assert code == 0, output
    assert fake_telegram.webhook == {"url": url, "secret_token": "abc-123_XYZ"}
    assert "abc-123_XYZ" not in output


# --------------------------------------------------------------------------- small units


def test_payload_round_trip_and_limits() -> None:
    for question in ("PNS like postingan calon?", "Bolehkah ASN hadir?", "ASN ikut kampanye? é ü"):
        payload = encode_payload(question)
        assert payload is not None and re.fullmatch(r"[A-Za-z0-9_-]{1,64}", payload)
        assert decode_payload(payload) == question
    assert encode_payload(POPULAR_QUESTIONS["en"][3]) == "pen3"
    assert decode_payload("pen3") == POPULAR_QUESTIONS["en"][3]
    assert encode_payload("x" * 60) is None  # does not fit in 64 characters
    for junk in ("", "inline", "q", "q!!", "pid99", "qAA", "x" * 65):
        assert decode_payload(junk) is None


def test_reload_problem_lines_are_packed_whole_within_the_limit() -> None:
    lines = [f"line {n} " + "x" * 50 for n in range(200)]
    chunks = pack_messages(lines, limit=500)
    assert all(len(c) <= 500 for c in chunks)
    assert "\n".join(chunks).split("\n") == lines
