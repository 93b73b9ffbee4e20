"""Every button the bot shows, pressed end to end against the fake Bot API; forged and stale presses."""

from __future__ import annotations

from pathlib import Path

import pytest
from fake_telegram import EXTRA_RULE, GROUP_ID, FakeTelegram
from telegram_harness import (
    ADMIN,
    LIKE_ID,
    OFF_TOPIC,
    OTHER_USER,
    USER,
    Harness,
    assert_valid_html,
    button_data,
    buttons,
    running_bot,
)

from bot.messages import POPULAR_CARDS, POPULAR_QUESTIONS, text
from bot.telegram.chat import encode_payload
from bot.store import DOWN, UP
from bot.telegram.keyboards import MAX_CALLBACK_BYTES, Action, decode, encode, hashed

# A card with everything a card can have, so every button shows.
FULL_RULE = """\
- id: foto-bersama-calon
  topic: foto-atribut
  title: {id: "Bolehkah ASN berfoto dengan calon?", en: "May a civil servant pose for a photo with a candidate?"}
  questions:
    id:
      - Bolehkah ASN berfoto bersama calon bupati?
      - pns foto bareng caleg boleh ga
      - ASN swafoto dengan paslon melanggar?
      - bolehkah pppk berfoto dengan calon kepala daerah
    en:
      - May a civil servant pose for a photo with a candidate?
      - Can a PNS take a selfie with a candidate?
  verdict: conditional
  answer:
    id: Boleh berfoto di acara umum, asal tanpa gaya yang menunjukkan dukungan.
    en: Yes at public events, without a pose that shows support.
  sanction:
    id: Pose dukungan dapat dihukum disiplin.
    en: A supportive pose can bring a disciplinary penalty.
  sanction_detail:
    id: Pose dukungan, misalnya jari yang menunjuk nomor urut, dapat dijatuhi hukuman disiplin sedang.
    en: A supportive pose, such as fingers showing the ballot number, can bring a medium penalty.
  aftermath:
    id: Jangan unggah fotonya; bila sudah terunggah, hapus dan jangan ulangi.
    en: Do not post the photo; if it is posted, delete it and do not do it again.
  basis: [pp94-p5-n-4]
  valid_as_of: 2026-11-24
"""
PHOTO_Q = "Bolehkah ASN berfoto bersama calon bupati?"


@pytest.fixture
def full_knowledge(tg_knowledge: Path) -> Path:
    (tg_knowledge / "rules" / "foto.yaml").write_text(FULL_RULE, encoding="utf-8")
    return tg_knowledge


async def test_a_card_with_aftermath_shows_every_button_and_each_works(
    fake_telegram: FakeTelegram, full_knowledge: Path, tg_data: Path
) -> None:
    async with running_bot(fake_telegram, full_knowledge, tg_data) as bot:
        answer = await bot.ask_private(PHOTO_Q)
        assert "⚠️ Bersyarat" in answer.plain
        assert [b["text"] for b in buttons(answer)] == [
            "📜 Dasar hukum", "⚖️ Sanksi", "😟 Sudah terlanjur?", "📣 Cara melapor", "👍", "👎",
        ]
        data = dict(zip([b["text"] for b in buttons(answer)], button_data(answer), strict=True))

        (basis, *more) = await bot.press_and_read(answer, data["📜 Dasar hukum"], USER)
        assert "Pasal 5 huruf n angka 4" in basis.plain
        (sanction,) = await bot.press_and_read(answer, data["⚖️ Sanksi"], USER)
        assert "hukuman disiplin sedang" in sanction.plain
        (aftermath,) = await bot.press_and_read(answer, data["😟 Sudah terlanjur?"], USER)
        assert "hapus dan jangan ulangi" in aftermath.plain
        (report,) = await bot.press_and_read(answer, data["📣 Cara melapor"], USER)
        assert "sigaplapor.bawaslu.go.id" in report.plain
        for call in (basis, *more, sanction, aftermath, report):
            assert_valid_html(call)
        up = await bot.press(answer, data["👍"])
        assert up.params["text"] == text("id", "tg_vote_up")


async def test_a_card_without_aftermath_has_no_aftermath_button_and_a_forged_one_is_polite(bot: Harness) -> None:
    answer = await bot.ask_private(LIKE_ID)
    assert "t:like-postingan-calon:id" not in button_data(answer)
    (reply,) = await bot.press_and_read(answer, "t:like-postingan-calon:id", USER)
    assert reply.plain == text("id", "tg_no_aftermath")


async def test_sanction_button_of_a_card_without_sanction_points_to_sanksi(bot: Harness) -> None:
    (campaign,) = await bot.send(bot.fake.private_message("Bolehkah ASN hadir di kampanye?"), USER)
    (reply,) = await bot.press_and_read(campaign, "s:ikut-kampanye:id", USER)
    assert text("id", "no_sanction") in reply.plain


async def test_votes_count_once_per_user_change_with_a_changed_mind_and_keep_the_text_on_thumbs_down(bot: Harness) -> None:
    answer = await bot.ask_private(LIKE_ID)
    assert (await bot.press(answer, "u:like-postingan-calon:id")).params["text"] == text("id", "tg_vote_up")
    assert (await bot.press(answer, "u:like-postingan-calon:id")).params["text"] == text("id", "tg_vote_again")
    assert (await bot.press(answer, "n:like-postingan-calon:id")).params["text"] == text("id", "tg_vote_down")
    await bot.press(answer, "u:like-postingan-calon:id", user_id=OTHER_USER)
    (tally,) = bot.store.rule_totals()
    assert (tally.rule_id, tally.total[UP], tally.total[DOWN]) == ("like-postingan-calon", 1, 1)
    (kept,) = bot.store.kept_questions()
    assert (kept.text, kept.reason, kept.rule_id) == (LIKE_ID, DOWN, "like-postingan-calon")
    row = bot.store._db.execute("SELECT verdict FROM votes WHERE up = 0").fetchone()
    assert row == ("prohibited",)


async def test_thumbs_down_in_a_group_keeps_the_quoted_question(bot: Harness) -> None:
    (answer,) = await bot.send(bot.fake.group_message(f"/tanya {LIKE_ID}"), GROUP_ID)
    assert answer.result["reply_to_message"]["text"] == f"/tanya {LIKE_ID}"
    bot.runtime.recent = type(bot.runtime.recent)()  # as after a restart: only the quote is left
    await bot.press(answer, "n:like-postingan-calon:id", user_id=OTHER_USER)
    (kept,) = bot.store.kept_questions()
    assert kept.text == f"/tanya {LIKE_ID}" and kept.reason == DOWN


async def test_clarification_candidate_buttons_answer_that_card(bot: Harness) -> None:
    """A candidate button is what a clarification shows; pressing it answers that card."""
    (menu,) = await bot.send(bot.fake.private_message("/topik"), USER)
    (topic,) = await bot.press_and_read(menu, "k:kampanye:id", USER)
    assert topic.plain == "📢 Kampanye — pilih pertanyaan:"
    assert [(b["text"], b["callback_data"]) for b in buttons(topic)] == [
        ("Bolehkah ASN ikut kampanye?", "a:ikut-kampanye:id"),
        ("📋 Topik lain", "k::id"),
    ]
    (answer,) = await bot.press_and_read(topic, "a:ikut-kampanye:id", USER)
    assert "Tidak boleh ikut kampanye." in answer.plain
    assert button_data(answer)[0] == "d:ikut-kampanye:id"
    (again,) = await bot.press_and_read(topic, "k::id", USER)
    assert button_data(again) == ["k:media-sosial:id", "k:kampanye:id"]


async def test_example_buttons_answer_their_question(bot: Harness) -> None:
    (start,) = await bot.send(bot.fake.private_message("/start"), USER)
    (answer,) = await bot.press_and_read(start, "q:1:id", USER)
    assert answer.plain.startswith(f"❓ {POPULAR_QUESTIONS['id'][1]}")
    assert "Tidak boleh ikut kampanye." in answer.plain


async def test_language_buttons_set_the_preference(bot: Harness) -> None:
    (menu,) = await bot.send(bot.fake.private_message("/bahasa"), USER)
    assert (await bot.press(menu, "g:en:id")).params["text"] == text("en", "tg_lang_set_en")
    assert bot.app.user_data[USER] == {"lang": "en"}
    assert (await bot.press(menu, "g:auto:id")).params["text"] == text("id", "tg_lang_set_auto")
    assert bot.app.user_data[USER] == {}


async def test_buttons_work_in_groups_and_replies_quote_the_answer(bot: Harness) -> None:
    (answer,) = await bot.send(bot.fake.group_message(f"/tanya {LIKE_ID}"), GROUP_ID)
    (sanction,) = await bot.press_and_read(answer, "s:like-postingan-calon:id", GROUP_ID, user_id=OTHER_USER)
    assert "Hukuman disiplin sedang sampai berat." in sanction.plain
    assert sanction.params["reply_parameters"]["message_id"] == answer.result["message_id"]


@pytest.mark.parametrize(
    "data",
    [
        "q:99:id",  # an example that does not exist
        "q:id:1",  # the first edition's example format
        "a:no-such-card:id",
        "d:no-such-card:en",
        "u:no-such-card:id",
        "k:no-such-topic:id",
        "g:fr:id",
        "z:like-postingan-calon:id",  # unknown action
        "s:LIKE:id",  # not an id
        "s:like-postingan-calon:xx",
        "s:like-postingan-calon",
        "garbage",
        "",
        "s:" + "a" * 70 + ":id",  # over 64 bytes
    ],
)
async def test_forged_or_stale_buttons_get_one_polite_answer_and_nothing_else(bot: Harness, data: str) -> None:
    answer = await bot.ask_private(LIKE_ID)
    mark = bot.fake.mark()
    reply = await bot.press(answer, data)
    assert reply.params["text"] in (text("id", "tg_expired"), text("en", "tg_expired"))
    await bot.quiet()
    assert bot.fake.sent_to(USER, since=mark) == []
    assert len(bot.fake.calls_of("answerCallbackQuery", since=mark)) == 1


async def test_buttons_of_a_card_removed_by_reload_expire_politely(bot: Harness) -> None:
    (bot.knowledge / "rules" / "partai.yaml").write_text(EXTRA_RULE, encoding="utf-8")
    (done,) = await bot.send(bot.fake.private_message("/reload", user_id=ADMIN), ADMIN)
    assert done.plain.startswith("✅")
    party = await bot.ask_private("Bolehkah PNS menjadi anggota partai politik?")
    assert "s:anggota-partai:id" in button_data(party)
    (bot.knowledge / "rules" / "partai.yaml").unlink()
    (done,) = await bot.send(bot.fake.private_message("/reload force", user_id=ADMIN), ADMIN)  # 3 -> 2 cards
    assert done.plain.startswith("✅")
    mark = bot.fake.mark()
    reply = await bot.press(party, "s:anggota-partai:id")
    assert reply.params["text"] == text("id", "tg_expired")
    await bot.quiet()
    assert bot.fake.sent_to(USER, since=mark) == []


async def test_a_press_without_a_chat_is_answered_once_without_an_error(bot: Harness, caplog: pytest.LogCaptureFixture) -> None:
    """Break-in #21: a callback from a message sent via inline mode has no message and no chat."""
    mark = bot.fake.mark()
    bot.fake.enqueue(bot.fake.callback_query(None, "s:like-postingan-calon:id"))
    reply = await bot.fake.wait_for_one("answerCallbackQuery", since=mark)
    await bot.quiet()
    assert reply.params["text"] == text("id", "tg_expired")
    assert len(bot.fake.calls_of("answerCallbackQuery", since=mark)) == 1
    assert bot.runtime.counters.errors == 0
    assert "Traceback" not in caplog.text


async def test_abstention_topic_buttons_lead_to_cards(bot: Harness) -> None:
    answer = await bot.ask_private(OFF_TOPIC)
    (topic,) = await bot.press_and_read(answer, "k:media-sosial:id", USER)
    assert button_data(topic)[0] == "a:like-postingan-calon:id"


def test_callback_data_round_trip_and_limits() -> None:
    assert decode(encode(Action.SANCTION, "like-postingan-calon", "id")) == decode("s:like-postingan-calon:id")
    long_id = "kartu-" + "sangat-panjang-" * 5
    data = encode(Action.BASIS, long_id, "en")
    assert len(data.encode()) <= MAX_CALLBACK_BYTES and data == f"d:{hashed(long_id)}:en"
    press = decode(data)
    assert press is not None and press.arg == hashed(long_id)
    assert decode("d:" + "x" * 62) is None
    for action in Action:
        assert len(encode(action, "a" * 40, "en").encode()) <= MAX_CALLBACK_BYTES


async def test_a_long_rule_id_gets_a_hashed_button_that_still_works(
    fake_telegram: FakeTelegram, tg_knowledge: Path, tg_data: Path
) -> None:
    long_id = ("foto-bersama-calon-" + "dengan-penjelasan-yang-sangat-panjang-sekali-ya")[:60]  # the schema maximum
    assert len(f"s:{long_id}:id") > 64
    (tg_knowledge / "rules" / "foto.yaml").write_text(FULL_RULE.replace("foto-bersama-calon", long_id), encoding="utf-8")
    async with running_bot(fake_telegram, tg_knowledge, tg_data) as bot:
        answer = await bot.ask_private(PHOTO_Q)
        assert f"s:{hashed(long_id)}:id" in button_data(answer)
        (sanction,) = await bot.press_and_read(answer, f"s:{hashed(long_id)}:id", USER)
        assert "hukuman disiplin sedang" in sanction.plain


async def test_example_buttons_deep_links_and_inline_examples_answer_the_card_they_stand_for(
    fake_telegram: FakeTelegram, tg_knowledge: Path, tg_data: Path
) -> None:
    """UX review P2: the first button a new user taps must answer the question written on it."""
    bound = FULL_RULE.replace("foto-bersama-calon", POPULAR_CARDS[1]).replace(
        "Bolehkah ASN berfoto dengan calon?", "Bolehkah ASN menghadiri rapat umum kampanye?"
    )
    (tg_knowledge / "rules" / "hadir.yaml").write_text(bound, encoding="utf-8")
    async with running_bot(fake_telegram, tg_knowledge, tg_data) as bot:
        (start,) = await bot.send(bot.fake.private_message("/start"), USER)
        (answer,) = await bot.press_and_read(start, "q:1:id", USER)
        assert answer.plain.startswith(f"❓ {POPULAR_QUESTIONS['id'][1]}")
        assert "Saya menjawab: Bolehkah ASN menghadiri rapat umum kampanye?" in answer.plain
        assert button_data(answer)[0] == f"d:{POPULAR_CARDS[1]}:id"
        (linked,) = await bot.send(bot.fake.private_message(f"/start {encode_payload(POPULAR_QUESTIONS['id'][1])}"), USER)
        assert button_data(linked)[0] == f"d:{POPULAR_CARDS[1]}:id"
        mark = bot.fake.mark()
        bot.fake.enqueue(bot.fake.inline_query(""))
        call = await bot.fake.wait_for_one("answerInlineQuery", since=mark)
        assert "rapat umum kampanye" in call.params["results"][1]["input_message_content"]["message_text"]
