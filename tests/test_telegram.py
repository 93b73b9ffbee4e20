"""End-to-end tests of the Telegram channel: the real Application against a fake Bot API server."""

from __future__ import annotations

import asyncio
import html
import logging
import os
import re
import signal
import socket
import subprocess
import sys
import threading
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
import pytest_asyncio
from fake_telegram import (
    BOT_USERNAME,
    EXTRA_RULE,
    GROUP_ID,
    Call,
    FakeTelegram,
    parse_telegram_html,
    polling,
)
from telegram.ext import Application

import bot.telegram as tg
from bot.answer import answer_question
from bot.config import Config, configure_logging, load_config
from bot.knowledge import KnowledgeError, load_knowledge
from bot.messages import POPULAR_QUESTIONS, text
from bot.render import pack_messages
from bot.search import Index
from bot.telegram import (
    INDEX,
    STATS,
    Flood,
    FloodGuard,
    Stats,
    build_application,
    decode_payload,
    encode_payload,
)

ROOT = Path(__file__).resolve().parent.parent
ADMIN = 42
USER = 1001
OTHER_USER = 1002
# Exact example questions of the sample cards, so the answers do not hinge on ranking thresholds.
LIKE_ID = "Apakah ASN boleh menyukai unggahan calon kepala daerah di media sosial?"
LIKE_EN = "Can a civil servant like a candidate's post on social media?"
OFF_TOPIC = "resep nasi goreng kampung yang enak"


def make_config(fake: FakeTelegram, knowledge: Path, **env: str) -> Config:
    """Config as load_config builds it, pointed at the fake server."""
    environ = {
        "TELEGRAM_BOT_TOKEN": fake.token,
        "TELEGRAM_BASE_URL": fake.base_url,
        "KNOWLEDGE_DIR": str(knowledge),
        "ADMIN_IDS": f"{ADMIN}, 43",
        **env,
    }
    return load_config(environ, env_file=None)


@dataclass
class Harness:
    """A running bot plus the fake server it talks to."""

    app: Application
    fake: FakeTelegram
    knowledge: Path
    allow_failed_calls: bool = False

    @property
    def stats(self) -> Stats:
        return self.app.bot_data[STATS]

    async def send(self, update: dict[str, Any], chat_id: int, *, count: int = 1, **kw: Any) -> list[Call]:
        """Enqueue an update and wait for `count` messages to `chat_id` (after this point)."""
        mark = self.fake.mark()
        self.fake.enqueue(update)
        return await self.fake.wait_for(
            "sendMessage", lambda c: c.ok and c.params.get("chat_id") == chat_id, since=mark, count=count, **kw
        )

    async def ask_private(self, question: str, *, user_id: int = USER, language_code: str = "id") -> Call:
        """A private question and the first message of its answer."""
        update = self.fake.private_message(question, user_id=user_id, language_code=language_code)
        return (await self.send(update, user_id))[0]


@asynccontextmanager
async def running_bot(fake: FakeTelegram, knowledge: Path, **env: str) -> AsyncIterator[Harness]:
    """The application built by build_application, long-polling the fake server."""
    harness = Harness(build_application(make_config(fake, knowledge, **env)), fake, knowledge)
    async with polling(harness.app):
        yield harness
    if not harness.allow_failed_calls:
        failed = [(c.method, c.error) for c in fake.calls if not c.ok]
        assert failed == [], "the bot made calls the Bot API would reject"


@pytest_asyncio.fixture
async def bot(fake_telegram: FakeTelegram, tg_knowledge: Path) -> AsyncIterator[Harness]:
    """A running bot with the sample knowledge; admin is user 42."""
    async with running_bot(fake_telegram, tg_knowledge) as harness:
        yield harness


def assert_valid_html(call: Call) -> None:
    """What the real Bot API checks: parseable HTML, at most 4096 characters."""
    assert len(call.text) <= 4096
    parse_telegram_html(call.text)
    assert "<script>" not in call.text


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


# --------------------------------------------------------------------------- private chat


async def test_private_question_gets_cited_html_answer(bot: Harness) -> None:
    answer = await bot.ask_private(LIKE_ID)
    assert answer.params["parse_mode"] == "HTML"
    assert answer.params["link_preview_options"] == {"is_disabled": True}
    assert "reply_parameters" not in answer.params  # no quoting in a one-to-one chat
    assert "<b>❌ Dilarang</b>" in answer.text
    assert "Tidak boleh. Memberi like" in answer.plain
    assert "Sanksi:" in answer.plain
    assert "[1] PP 94/2021 Pasal 5 huruf n angka 4" in answer.plain  # inside the collapsed quotes
    assert "<blockquote expandable>" in answer.text
    assert '<a href="https://example.org/pp-94-2021?a=1&amp;b=2">' in answer.text
    # Markup inside the knowledge is shown literally, never interpreted.
    assert "<b>&amp;</b> sejenisnya" in answer.plain
    assert_valid_html(answer)


async def test_english_question_gets_english_answer(bot: Harness) -> None:
    answer = await bot.ask_private(LIKE_EN, language_code="id")
    assert "<b>❌ Prohibited</b>" in answer.text
    assert "No. Liking a candidate's post counts as support." in answer.plain
    assert "Sanction:" in answer.plain and "Basis:" in answer.plain
    assert "(A civil servant may not support a candidate on social media, including likes.)" in answer.plain


async def test_off_topic_question_gets_polite_abstention_without_citations(bot: Harness) -> None:
    answer = await bot.ask_private(OFF_TOPIC)
    assert answer.plain == text("id", "abstain")
    assert bot.stats.questions == 1 and bot.stats.abstained == 1


async def test_long_answer_is_split_into_valid_messages(fake_telegram: FakeTelegram, tg_knowledge: Path) -> None:
    # A long (but realistic: < 4096 characters) rule answer plus three citations exceeds one message.
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
    async with running_bot(fake_telegram, tg_knowledge) as harness:
        mark = fake_telegram.mark()
        fake_telegram.enqueue(fake_telegram.private_message("Bolehkah PNS memasang spanduk calon?"))
        await fake_telegram.wait_for("sendMessage", lambda c: "Dilarang" in c.plain, since=mark)
        messages = harness.fake.sent_to(USER, since=mark)
    # One message: the long answer stays whole; quotes that no longer fit are left to the 📜 button.
    assert len(messages) == 1 and len(messages[0].text) <= 4096
    assert "&lt;baliho&gt;" in messages[0].text
    assert_valid_html(messages[0])


async def test_non_text_private_message_asks_for_text(bot: Harness) -> None:
    update = bot.fake.private_message("x")
    del update["message"]["text"]
    update["message"]["location"] = {"latitude": -6.2, "longitude": 106.8}
    (reply,) = await bot.send(update, USER)
    assert reply.plain == text("id", "tg_not_text")


# --------------------------------------------------------------------------- groups


async def test_group_tanya_with_bot_username_replies_to_asker(bot: Harness) -> None:
    update = bot.fake.group_message(f"/tanya@{BOT_USERNAME} {LIKE_ID}")
    (reply,) = await bot.send(update, GROUP_ID)
    assert reply.params["reply_parameters"]["message_id"] == update["message"]["message_id"]
    assert "❌ Dilarang" in reply.plain

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
    ]
    bot.fake.enqueue(*chatter)
    # A later /tanya proves the chatter before it was processed (updates are taken in order).
    ask = bot.fake.group_message(f"/tanya {LIKE_ID}")
    await bot.send(ask, GROUP_ID)
    sent = bot.fake.sent_to(GROUP_ID, since=mark)
    assert [c.params["reply_parameters"]["message_id"] for c in sent] == [ask["message"]["message_id"]]


async def test_reply_to_bots_message_in_group_gets_answer(bot: Harness) -> None:
    (first,) = await bot.send(bot.fake.group_message(f"/tanya {LIKE_ID}"), GROUP_ID)
    follow_up = bot.fake.group_message("Bolehkah ASN hadir di kampanye?", reply_to=first.result)
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
    assert bot.stats.questions == 0


async def test_tanya_as_reply_answers_the_replied_message(bot: Harness) -> None:
    question = bot.fake.group_message(LIKE_ID, user_id=OTHER_USER)["message"]
    command = bot.fake.group_message("/tanya", reply_to=question)
    (reply,) = await bot.send(command, GROUP_ID)
    assert reply.params["reply_parameters"]["message_id"] == command["message"]["message_id"]
    assert "❌ Dilarang" in reply.plain


# --------------------------------------------------------------------------- inline mode


async def test_inline_query_returns_answer_then_cited_passages(bot: Harness) -> None:
    mark = bot.fake.mark()
    bot.fake.enqueue(bot.fake.inline_query(LIKE_ID))
    call = await bot.fake.wait_for_one("answerInlineQuery", since=mark)
    results = call.params["results"]
    assert [r["id"] for r in results] == ["rule-like-postingan-calon"]
    assert all(r["type"] == "article" for r in results)
    first = results[0]["input_message_content"]
    assert first["parse_mode"] == "HTML"
    assert "❌ Dilarang" in first["message_text"] and "Pasal 5 huruf n angka 4" in first["message_text"]
    assert html.escape(LIKE_ID, quote=False) in first["message_text"]  # the question heads the answer
    assert call.params["cache_time"] == 300 and call.params["is_personal"] is False
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
    assert bot.stats.inline == 0  # browsing examples is not a question


async def test_inline_query_without_confident_answer_explains(bot: Harness) -> None:
    mark = bot.fake.mark()
    bot.fake.enqueue(bot.fake.inline_query(OFF_TOPIC))
    call = await bot.fake.wait_for_one("answerInlineQuery", since=mark)
    (result,) = call.params["results"]
    assert result["id"] == "abstain"
    assert "Maaf" in result["input_message_content"]["message_text"]


# --------------------------------------------------------------------------- /start, /help, buttons


async def test_start_and_help_in_both_languages_with_example_buttons(bot: Harness) -> None:
    (start,) = await bot.send(bot.fake.private_message("/start"), USER)
    assert "Asisten Netralitas ASN" in start.plain
    keyboard = start.params["reply_markup"]["inline_keyboard"]
    assert [row[0]["text"] for row in keyboard[:-1]] == POPULAR_QUESTIONS["id"]
    assert keyboard[0][0]["callback_data"] == "q:id:0"
    assert keyboard[-1][0]["switch_inline_query"] == ""

    (start_en,) = await bot.send(bot.fake.private_message("/start", language_code="en-GB"), USER)
    assert "ASN Neutrality Assistant" in start_en.plain
    assert start_en.params["reply_markup"]["inline_keyboard"][0][0]["text"] == POPULAR_QUESTIONS["en"][0]

    (help_id,) = await bot.send(bot.fake.private_message("/help"), USER)
    assert "Cara bertanya" in help_id.plain and f"@{BOT_USERNAME} pertanyaan" in help_id.plain
    (help_en,) = await bot.send(bot.fake.private_message("/help en"), USER)
    assert "How to ask" in help_en.plain
    for call in (start, start_en, help_id, help_en):
        assert_valid_html(call)


async def test_example_button_answers_its_question(bot: Harness) -> None:
    (start,) = await bot.send(bot.fake.private_message("/start"), USER)
    mark = bot.fake.mark()
    bot.fake.enqueue(bot.fake.callback_query(start.result, "q:id:1"))
    await bot.fake.wait_for_one("answerCallbackQuery", since=mark)
    (answer,) = await bot.fake.wait_for("sendMessage", since=mark)
    assert answer.plain.startswith(f"❓ {POPULAR_QUESTIONS['id'][1]}")
    assert "Tidak boleh ikut kampanye." in answer.plain


async def test_stale_button_is_answered_with_hint(bot: Harness) -> None:
    (start,) = await bot.send(bot.fake.private_message("/start"), USER)
    mark = bot.fake.mark()
    bot.fake.enqueue(bot.fake.callback_query(start.result, "q:id:99"), bot.fake.callback_query(start.result, "gone"))
    calls = await bot.fake.wait_for("answerCallbackQuery", since=mark, count=2)
    assert [c.params["text"] for c in calls] == [text("id", "tg_expired")] * 2
    assert bot.fake.sent_to(USER, since=mark) == []


async def test_start_with_deep_link_payload_answers_question(bot: Harness) -> None:
    for question in (POPULAR_QUESTIONS["id"][0], "PNS like postingan calon?"):
        payload = encode_payload(question)
        assert payload is not None
        (answer,) = await bot.send(bot.fake.private_message(f"/start {payload}"), USER)
        assert answer.plain.startswith(f"❓ {question}")
        assert "❌ Dilarang" in answer.plain
    # A payload that is not ours falls back to the greeting.
    (greeting,) = await bot.send(bot.fake.private_message("/start qAA"), USER)
    assert "Asisten Netralitas ASN" in greeting.plain


# --------------------------------------------------------------------------- admin commands


async def test_non_admin_reload_and_stats_are_refused(bot: Harness) -> None:
    index = bot.app.bot_data[INDEX]
    (bot.knowledge / "rules" / "partai.yaml").write_text(EXTRA_RULE, encoding="utf-8")
    (refusal,) = await bot.send(bot.fake.private_message("/reload"), USER)
    assert refusal.plain == text("id", "tg_refusal")
    (refusal,) = await bot.send(bot.fake.group_message("/stats", language_code="en"), GROUP_ID)
    assert refusal.plain == text("en", "tg_refusal")
    assert bot.app.bot_data[INDEX] is index and bot.stats.reloads == 0
    assert len(index.knowledge.rules) == 2


async def test_admin_reload_with_broken_files_lists_every_problem_and_keeps_serving(bot: Harness) -> None:
    index = bot.app.bot_data[INDEX]
    rules = bot.knowledge / "rules"
    (rules / "rusak.yaml").write_text("- id: rusak\n  questions: [tidak ditutup\n", encoding="utf-8")
    # Enough bad cards that the report needs more than one message.
    many = "".join(
        f"- id: kartu-{n}\n  questions: {{id: [a, b, c, d], en: [e, f]}}\n  verdict: allowed\n"
        f"  answer: {{id: Ya <b>, en: 'Yes'}}\n  basis: [tidak-ada-{n}]\n  valid_as_of: 2026-11-24\n"
        for n in range(90)
    )
    (rules / "banyak.yaml").write_text(many, encoding="utf-8")
    with pytest.raises(KnowledgeError) as broken:
        load_knowledge(bot.knowledge)
    problems = broken.value.problems
    assert len(problems) == 91 and all(re.match(r"^knowledge/rules/\w+\.yaml:\d+: ", p) for p in problems)

    mark = bot.fake.mark()
    bot.fake.enqueue(bot.fake.private_message("/reload", user_id=ADMIN))
    await bot.fake.wait_for("sendMessage", lambda c: problems[-1] in c.plain, since=mark)
    report = bot.fake.sent_to(ADMIN, since=mark)
    assert len(report) >= 2
    assert report[0].plain.startswith("❌")
    shown = "\n".join(c.plain for c in report).splitlines()
    assert all(p in shown for p in problems)
    for call in report:
        assert_valid_html(call)

    assert bot.app.bot_data[INDEX] is index
    answer = await bot.ask_private(LIKE_ID)
    assert "❌ Dilarang" in answer.plain


async def test_admin_reload_after_adding_rule_answers_with_new_rule(bot: Harness) -> None:
    question = "Bolehkah PNS menjadi anggota partai politik?"
    before = await bot.ask_private(question)
    assert "Tidak boleh menjadi anggota" not in before.plain
    (bot.knowledge / "rules" / "partai.yaml").write_text(EXTRA_RULE, encoding="utf-8")
    (done,) = await bot.send(bot.fake.private_message("/reload", user_id=ADMIN, language_code="en"), ADMIN)
    assert done.plain.startswith("✅ Knowledge reloaded") and "3 rules" in done.plain
    after = await bot.ask_private(question)
    assert "Tidak boleh menjadi anggota atau pengurus partai politik." in after.plain
    assert bot.stats.reloads == 1


async def test_questions_are_answered_during_a_slow_reload_and_reloads_are_serialised(
    bot: Harness, monkeypatch: pytest.MonkeyPatch
) -> None:
    release = threading.Event()
    entered = threading.Event()
    active, peak = [0], [0]
    lock = threading.Lock()
    real_load = tg.load_index

    def slow_load(path: Path) -> Any:
        with lock:
            active[0] += 1
            peak[0] = max(peak[0], active[0])
        entered.set()
        try:
            assert release.wait(10), "test never released the reload"
            return real_load(path)
        finally:
            with lock:
                active[0] -= 1

    monkeypatch.setattr(tg, "load_index", slow_load)
    mark = bot.fake.mark()
    bot.fake.enqueue(bot.fake.private_message("/reload", user_id=ADMIN), bot.fake.private_message("/reload", user_id=ADMIN))
    assert await asyncio.to_thread(entered.wait, 10)
    answer = await bot.ask_private(LIKE_ID)  # served while the reload is still loading
    assert "❌ Dilarang" in answer.plain and bot.fake.sent_to(ADMIN, since=mark) == []
    release.set()
    replies = await bot.fake.wait_for("sendMessage", lambda c: c.params["chat_id"] == ADMIN, since=mark, count=2)
    assert all(r.plain.startswith("✅") for r in replies)
    assert peak[0] == 1 and bot.stats.reloads == 2


async def test_stats_reports_counts_reload_and_questions(bot: Harness) -> None:
    await bot.ask_private(LIKE_ID)
    await bot.ask_private(OFF_TOPIC)
    (stats,) = await bot.send(bot.fake.private_message("/stats", user_id=ADMIN, language_code="en"), ADMIN)
    assert "3 provisions" in stats.plain and "2 rules" in stats.plain
    assert "Questions since start: 2 (answered 1, abstained 1)" in stats.plain
    assert re.search(r"Last reload: \d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC \(\d+\.\d\d s\)", stats.plain)
    assert re.search(r"uptime \d+:\d\d:\d\d", stats.plain)


# --------------------------------------------------------------------------- robustness


async def test_markup_in_questions_is_escaped_everywhere(bot: Harness) -> None:
    nasty = "<script>alert('x')</script> & <b>PNS</b> like postingan calon?"
    answer = await bot.ask_private(nasty)
    assert_valid_html(answer)
    # Deep link and inline echo the question back, so these must escape it too.
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
    question = (LIKE_ID + " ") * 80
    question = question[:4000]
    mark = bot.fake.mark()
    bot.fake.enqueue(bot.fake.private_message(question))
    await bot.fake.wait_for("sendMessage", lambda c: "Dilarang" in c.plain or "Maaf" in c.plain, since=mark)
    sent = bot.fake.sent_to(USER, since=mark)
    assert sent and all(len(c.text) <= 4096 for c in sent)
    for call in sent:
        assert_valid_html(call)


async def test_flood_protection_warns_once_then_stays_silent(fake_telegram: FakeTelegram, tg_knowledge: Path) -> None:
    async with running_bot(fake_telegram, tg_knowledge, FLOOD_MAX_QUESTIONS="2", FLOOD_WINDOW_SECONDS="3600") as b:
        mark = fake_telegram.mark()
        fake_telegram.enqueue(*(fake_telegram.private_message(LIKE_ID) for _ in range(5)))
        # Updates are handled concurrently, so replies may arrive in any order: wait for the
        # three we expect (two answers, one warning), in whatever order they come.
        await fake_telegram.wait_for("sendMessage", lambda c: c.params.get("chat_id") == USER, since=mark, count=3)
        # Two later questions from another user are answered after every burst update was
        # checked; had the guard let a sixth message through for USER, it would be sent by now.
        await b.ask_private(LIKE_ID, user_id=OTHER_USER)
        await b.ask_private(LIKE_ID, user_id=OTHER_USER)
        plains = [c.plain for c in fake_telegram.sent_to(USER, since=mark)]
        assert len(plains) == 3
        assert plains.count(text("id", "tg_flood")) == 1
        assert sum("❌ Dilarang" in p for p in plains) == 2
        assert b.stats.flooded == 3 and b.stats.questions == 4


def test_flood_guard_window_with_injected_clock() -> None:
    now = [1000.0]
    guard = FloodGuard(limit=2, window=60, clock=lambda: now[0])
    assert [guard.check(1) for _ in range(4)] == [Flood.ALLOW, Flood.ALLOW, Flood.WARN, Flood.SILENT]
    assert guard.check(2) is Flood.ALLOW  # per user
    now[0] += 59.9
    assert guard.check(1) is Flood.SILENT
    now[0] += 0.2  # the first two questions left the window
    assert guard.check(1) is Flood.ALLOW
    assert guard.check(1) is Flood.ALLOW
    assert guard.check(1) is Flood.WARN  # warned again after being let through


async def test_error_handler_apologises_and_bot_keeps_answering(
    bot: Harness, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    real_answer = tg.answer_question

    def exploding(index: Any, question: str) -> Any:
        if "meledak" in question:
            raise RuntimeError("engine exploded")
        return real_answer(index, question)

    monkeypatch.setattr(tg, "answer_question", exploding)
    with caplog.at_level(logging.ERROR, logger="bot.telegram"):
        (apology,) = await bot.send(bot.fake.private_message("pertanyaan yang meledak", language_code="en"), USER)
    assert apology.plain == text("en", "tg_error")
    assert any(r.exc_info and "engine exploded" in str(r.exc_info[1]) for r in caplog.records)
    (group_apology,) = await bot.send(bot.fake.group_message("/tanya ini meledak"), GROUP_ID)
    assert group_apology.plain == text("id", "tg_error") and "reply_parameters" in group_apology.params
    answer = await bot.ask_private(LIKE_ID)
    assert "❌ Dilarang" in answer.plain
    assert bot.stats.errors == 2


async def test_telegram_api_error_reaches_error_handler(bot: Harness) -> None:
    bot.allow_failed_calls = True
    bot.fake.fail("sendMessage", 400, "Bad Request: injected")
    (apology,) = await bot.send(bot.fake.private_message(LIKE_ID), USER)
    assert apology.plain == text("id", "tg_error")
    assert bot.stats.errors == 1


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


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


async def test_webhook_accepts_only_the_secret_token(fake_telegram: FakeTelegram, tg_knowledge: Path) -> None:
    app = build_application(make_config(fake_telegram, tg_knowledge))
    port, secret = free_port(), "s3cret-Token_1"
    url = f"http://127.0.0.1:{port}/telegram"
    await app.initialize()
    await app.post_init(app)  # type: ignore[misc]
    await app.updater.start_webhook(listen="127.0.0.1", port=port, url_path="telegram", webhook_url=url, secret_token=secret)  # type: ignore[union-attr]
    await app.start()
    try:
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
    finally:
        await app.updater.stop()  # type: ignore[union-attr]
        await app.stop()
        await app.shutdown()


# --------------------------------------------------------------------------- `python -m bot run`


@pytest.fixture
def bot_process_env(fake_telegram: FakeTelegram, tg_knowledge: Path, tmp_path: Path) -> Iterator[dict[str, str]]:
    """Environment for a `python -m bot run` child process talking to the fake server."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "WEBHOOK_", "ADMIN_", "KNOWLEDGE_"))}
    env.update(
        PYTHONPATH=str(ROOT),
        TELEGRAM_BOT_TOKEN=fake_telegram.token,
        TELEGRAM_BASE_URL=fake_telegram.base_url,
        KNOWLEDGE_DIR=str(tg_knowledge),
        LOG_LEVEL="INFO",
    )
    yield env


async def _run_until_answered(fake: FakeTelegram, env: dict[str, str], cwd: Path, post: Any) -> tuple[int, str]:
    """Start `python -m bot run`, get one question answered through `post`, SIGTERM it; (exit code, stderr)."""
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

    code, output = await _run_until_answered(fake_telegram, bot_process_env, tmp_path, post)
    assert code == 0, output
    assert "starting long polling" in output and "stopped" in output
    assert "kudalaut" not in output and fake_telegram.token not in output


async def _post_when_listening(client: httpx.AsyncClient, url: str, update: dict[str, Any], secret: str) -> httpx.Response:
    # PTB calls setWebhook just before its web server starts listening.
    for _ in range(200):
        try:
            return await client.post(url, json=update, headers={"X-Telegram-Bot-Api-Secret-Token": secret})
        except httpx.ConnectError:
            await asyncio.sleep(0.05)
    raise AssertionError(f"nothing listens on {url}")


async def test_python_m_bot_run_serves_webhook_with_secret(
    fake_telegram: FakeTelegram, bot_process_env: dict[str, str], tmp_path: Path
) -> None:
    port = free_port()
    url = f"http://127.0.0.1:{port}/hook/path"
    bot_process_env.update(WEBHOOK_URL=url, WEBHOOK_LISTEN="127.0.0.1", WEBHOOK_PORT=str(port), WEBHOOK_SECRET="abc-123_XYZ")

    async def post() -> None:
        update = {**fake_telegram.new_update(), **fake_telegram.private_message(LIKE_ID)}
        await fake_telegram.wait_for_one("setWebhook", timeout=30)
        async with httpx.AsyncClient() as client:
            bad = await _post_when_listening(client, url, update, "nope")
            assert bad.status_code == 403
            good = await client.post(url, json=update, headers={"X-Telegram-Bot-Api-Secret-Token": "abc-123_XYZ"})
            assert good.status_code == 200

    code, output = await _run_until_answered(fake_telegram, bot_process_env, tmp_path, post)
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
