"""Admins keep the knowledge current from Telegram, end to end: the real Application against the
fake Bot API (tests/fake_telegram.py) and the local news site (tests/news_server.py)."""

from __future__ import annotations

import itertools
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
from fake_telegram import Call, FakeTelegram, parse_telegram_html
from news_server import BOILERPLATE_TITLE, NewsServer
from telegram_harness import ADMIN, USER, Harness, running_bot
from test_history import NEW_RULE

from bot.history import history
from bot.ingest import MAX_UPLOAD_BYTES
from bot.knowledge import load_knowledge
from bot.messages import text
from bot.search import Index

_file_ids = itertools.count(1)


@pytest.fixture(autouse=True)
def _environment(monkeypatch: pytest.MonkeyPatch, admin_data: Path) -> None:
    monkeypatch.setenv("DATA_DIR", str(admin_data))
    monkeypatch.setenv("ALLOW_PRIVATE_URLS", "1")  # the news site is on 127.0.0.1


@pytest.fixture
async def admin_bot(fake_telegram: FakeTelegram, admin_kb: Path, admin_data: Path) -> AsyncIterator[Harness]:
    """The bot as the channel's own tests run it (admin is user 42), on the admin tests' folder."""
    async with running_bot(fake_telegram, admin_kb, admin_data) as harness:
        yield harness


def live_index(bot: Harness) -> Index:
    """The index the running bot serves."""
    return bot.runtime.index


async def say(fake: FakeTelegram, message: str, *, user_id: int = ADMIN, count: int = 1) -> list[Call]:
    """A private message from `user_id` and the bot's next `count` messages to that chat."""
    mark = fake.mark()
    fake.enqueue(fake.private_message(message, user_id=user_id))
    return await fake.wait_for("sendMessage", lambda c: c.ok and c.params.get("chat_id") == user_id, since=mark, count=count, timeout=30)


def document(fake: FakeTelegram, name: str, data: bytes, *, user_id: int = ADMIN, size: int | None = None) -> dict[str, Any]:
    """An update with a document, its bytes served by the fake's getFile and file download."""
    update = fake.private_message("", user_id=user_id)
    message = update["message"]
    message.pop("text")
    message.pop("entities", None)
    file_id = f"dokumen-{next(_file_ids)}"
    fake.files[file_id] = data
    message["document"] = {
        "file_id": file_id,
        "file_unique_id": f"u{file_id}",
        "file_name": name,
        "mime_type": "application/octet-stream",
        "file_size": len(data) if size is None else size,
    }
    return update


async def send_document(fake: FakeTelegram, update: dict[str, Any], *, user_id: int = ADMIN) -> list[Call]:
    mark = fake.mark()
    fake.enqueue(update)
    return await fake.wait_for("sendMessage", lambda c: c.ok and c.params.get("chat_id") == user_id, since=mark, timeout=30)


def plain(call: Call) -> str:
    return parse_telegram_html(call.text)


# --------------------------------------------------------------------------- refusals


async def test_non_admins_are_refused_every_command(
    admin_bot: Harness, fake_telegram: FakeTelegram, admin_kb: Path, admin_data: Path, news_site: NewsServer
) -> None:
    before = {p: p.read_bytes() for p in admin_kb.rglob("*") if p.is_file()}
    for command in (f"/tambah {news_site.url('/berita/ramai')}", "/riwayat", "/batal", "/add x", "/history", "/undo"):
        [reply] = await say(fake_telegram, command, user_id=USER)
        assert plain(reply) == text("id", "tg_refusal"), command
    [reply] = await send_document(fake_telegram, document(fake_telegram, "tambahan.yaml", NEW_RULE.encode(), user_id=USER), user_id=USER)
    assert plain(reply) == text("id", "adm_upload_refused")
    assert fake_telegram.calls_of("getFile") == []  # a refused upload is never downloaded
    assert news_site.requests == []
    assert {p: p.read_bytes() for p in admin_kb.rglob("*") if p.is_file()} == before
    assert history(5) == []


async def test_other_documents_from_users_still_get_the_text_only_note(admin_bot: Harness, fake_telegram: FakeTelegram) -> None:
    [reply] = await send_document(fake_telegram, document(fake_telegram, "surat.pdf", b"%PDF-1.7", user_id=USER), user_id=USER)
    assert plain(reply) == text("id", "tg_not_text")


# --------------------------------------------------------------------------- /tambah


async def test_tambah_adds_reloads_and_the_bot_answers_from_the_article(
    admin_bot: Harness, fake_telegram: FakeTelegram, admin_kb: Path, news_site: NewsServer
) -> None:
    [reply] = await say(fake_telegram, f"/tambah {news_site.url('/berita/ramai')}")
    body = plain(reply)
    assert BOILERPLATE_TITLE in body and "2024-10-14" in body and "Warta Sukamaju" in body
    assert "knowledge/articles/art-sukamaju-2024.md" in body
    index = live_index(admin_bot)
    passages = index.knowledge.by_doc["art-sukamaju-2024"]
    assert f"{len(passages)} bagian" in body  # the live index is the reloaded one
    assert "Pengetahuan sekarang:" in body
    typing = fake_telegram.calls_of("sendChatAction")
    assert typing and typing[-1].params["action"] == "typing"
    [change] = history(5)
    assert change.actor == f"telegram:{ADMIN}" and change.url == news_site.url("/berita/ramai")
    load_knowledge(admin_kb)  # valid on disk, for `python -m bot check` too
    # The example question, asked by a user, is answered from the new article by the live bot.
    head = text("id", "adm_example").split("{question}")[0]
    assert head in body
    question = body.split(head, 1)[1].split("\n")[0]
    answer = (await say(fake_telegram, question, user_id=USER))[0]
    assert news_site.url("/berita/ramai") in answer.text  # the article is cited, linked to its page


async def test_tambah_refusals_are_explained(
    admin_bot: Harness, fake_telegram: FakeTelegram, news_site: NewsServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    [usage] = await say(fake_telegram, "/tambah")
    assert plain(usage) == text("id", "adm_usage_add")
    [pdf] = await say(fake_telegram, f"/tambah {news_site.url('/dokumen.pdf')}")
    assert plain(pdf) == text("id", "adm_not_html").format(type="application/pdf")
    [dated] = await say(fake_telegram, f"/tambah {news_site.url('/berita/tanpa-tanggal')}")
    assert "/tambah" in plain(dated) and "2024-10-14" in plain(dated)
    [ok] = await say(fake_telegram, f"/tambah {news_site.url('/berita/tanpa-tanggal')} 2024-11-01")
    assert "2024-11-01" in plain(ok)
    [again] = await say(fake_telegram, f"/tambah {news_site.url('/berita/tanpa-tanggal')}/")
    assert "knowledge/articles/art-lembah-hijau-2024.md" in plain(again)
    monkeypatch.setenv("ALLOW_PRIVATE_URLS", "0")
    [private] = await say(fake_telegram, f"/tambah {news_site.url('/berita/ramai')}")
    assert "loopback" in plain(private)
    assert news_site.requests.count("/berita/ramai") == 0


# --------------------------------------------------------------------------- uploads


async def test_upload_saves_reloads_and_undo_takes_it_back(admin_bot: Harness, fake_telegram: FakeTelegram, admin_kb: Path) -> None:
    [saved] = await send_document(fake_telegram, document(fake_telegram, "tambahan.yaml", NEW_RULE.encode()))
    assert "knowledge/rules/tambahan.yaml" in plain(saved) and "kartu aturan" in plain(saved)
    assert (admin_kb / "rules" / "tambahan.yaml").read_text(encoding="utf-8") == NEW_RULE
    assert live_index(admin_bot).knowledge.rule("like-unggahan") is not None
    assert len(fake_telegram.calls_of("getFile")) == 1

    [listed] = await say(fake_telegram, "/riwayat")
    assert "knowledge/rules/tambahan.yaml" in plain(listed) and f"telegram:{ADMIN}" in plain(listed)

    [undone] = await say(fake_telegram, "/batal")
    assert plain(undone).startswith("↩️") and "knowledge/rules/tambahan.yaml" in plain(undone)
    assert not (admin_kb / "rules" / "tambahan.yaml").exists()
    assert live_index(admin_bot).knowledge.rule("like-unggahan") is None
    [nothing] = await say(fake_telegram, "/batal")
    assert plain(nothing) == text("id", "adm_nothing_to_undo")
    [listed] = await say(fake_telegram, "/riwayat")
    assert "batal #1" in plain(listed) and "(dibatalkan oleh #2)" in plain(listed)


async def test_upload_with_errors_lists_them_and_saves_nothing(admin_bot: Harness, fake_telegram: FakeTelegram, admin_kb: Path) -> None:
    broken = NEW_RULE.replace("basis: [pp94-p5-n-4]", "basis: [tidak-ada]")
    [reply] = await send_document(fake_telegram, document(fake_telegram, "tambahan.yaml", broken.encode()))
    assert "<code>knowledge/rules/tambahan.yaml:" in reply.text
    assert "tidak-ada" in plain(reply)
    assert plain(reply).startswith(text("id", "adm_invalid").format(count=1))
    assert not (admin_kb / "rules" / "tambahan.yaml").exists()
    assert live_index(admin_bot).knowledge.rule("like-unggahan") is None
    assert history(5) == []


async def test_upload_too_large_is_refused_before_downloading(admin_bot: Harness, fake_telegram: FakeTelegram) -> None:
    update = document(fake_telegram, "besar.yaml", b"# kecil\n", size=MAX_UPLOAD_BYTES + 1)
    [reply] = await send_document(fake_telegram, update)
    assert "512 KB" in plain(reply)
    assert fake_telegram.calls_of("getFile") == []


async def test_upload_names_are_checked(admin_bot: Harness, fake_telegram: FakeTelegram, admin_kb: Path) -> None:
    [reply] = await send_document(fake_telegram, document(fake_telegram, "Rules Baru.yaml", NEW_RULE.encode()))
    assert plain(reply) == text("id", "adm_bad_name").format(name="Rules Baru.yaml")
    assert not (admin_kb / "rules" / "Rules Baru.yaml").exists()
    assert history(5) == []


async def test_a_failed_reload_after_a_saved_change_is_reported(
    admin_bot: Harness, fake_telegram: FakeTelegram, admin_kb: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Someone breaks a file on the server between the write and the reload: say so, keep serving."""
    import bot.telegram.admin_knowledge
    from bot.telegram.admin import Reloaded

    async def broken_reload(context: Any, lang: str, *, force: bool = False) -> Reloaded:
        return Reloaded(problems=[f"knowledge/rules/x.yaml:{n}: rusak" for n in range(1, 26)])

    monkeypatch.setattr(bot.telegram.admin_knowledge, "reload_knowledge", broken_reload)
    replies = await send_document(fake_telegram, document(fake_telegram, "tambahan.yaml", NEW_RULE.encode()))
    body = "\n".join(plain(r) for r in replies)
    assert "knowledge/rules/tambahan.yaml" in body and text("id", "adm_saved_reload_failed") in body
    assert "knowledge/rules/x.yaml:20: rusak" in body and "x.yaml:21" not in body and "… and 5 more" in body
    assert (admin_kb / "rules" / "tambahan.yaml").exists()
    assert live_index(admin_bot).knowledge.rule("like-unggahan") is None  # the old index keeps serving
