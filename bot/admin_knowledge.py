"""Telegram: admins keep the knowledge current. /tambah LINK [DATE], a .yaml/.md document, /riwayat, /batal.

Only the user ids in ADMIN_IDS may use them; everyone else gets the refusal, for every command and
for a knowledge file sent as a document. The work itself (fetching, validating the whole folder,
writing atomically, logging) is bot.ingest and bot.history, run in a worker thread; afterwards the
channel's own reload swaps the index in under its lock, so the swap stays atomic.
"""

from __future__ import annotations

import asyncio
import html
import logging
from pathlib import Path

from telegram import Update
from telegram.constants import ChatAction
from telegram.ext import Application, CommandHandler, MessageHandler, filters

from bot.history import Change, Refused, history, undo_last
from bot.ingest import MAX_UPLOAD_BYTES, add_article, describe_added, human_size, save_upload
from bot.knowledge import KnowledgeError
from bot.messages import text
from bot.render import pack_messages

# --------------------------------------------------------------------------- channel glue
# Everything this module needs from the Telegram channel, in one place.
from bot.telegram import (
    Context,
    _config,
    _counts,
    _require_admin,
    _send,
    reload_knowledge,
    user_lang,
)

log = logging.getLogger(__name__)

ADD_COMMANDS = ("tambah", "add")
HISTORY_COMMANDS = ("riwayat", "history")
UNDO_COMMANDS = ("batal", "undo")
HISTORY_SHOWN = 10
HISTORY_MAX = 50
PROBLEM_CHARS = 600  # one knowledge problem line in a reply, before escaping
UPLOAD_EXTENSIONS = ("yaml", "md")


async def _reply(update: Update, context: Context, body: str) -> None:
    await _send(context, update, body, quote=False)


def _is_admin(update: Update, context: Context) -> bool:
    user = update.effective_user
    return user is not None and user.id in _config(context).admin_ids


def _knowledge_dir(context: Context) -> Path:
    return _config(context).knowledge_dir


# --------------------------------------------------------------------------- helpers


def actor(update: Update) -> str:
    """Who made a change, for the log: the admin's Telegram id and @username."""
    user = update.effective_user
    if user is None:
        return "telegram:?"
    return f"telegram:{user.id}" + (f" @{user.username}" if user.username else "")


async def _refusal(update: Update, context: Context, exc: Refused, lang: str) -> None:
    """The reason, then the knowledge problems (first 20 and a count) as code lines."""
    lines = [html.escape(exc.message(lang))]
    lines += [f"<code>{html.escape(p[:PROBLEM_CHARS], quote=False)}</code>" for p in exc.summary()]
    for chunk in pack_messages(lines):
        await _reply(update, context, chunk)


async def _reload_then_reply(update: Update, context: Context, body: str, lang: str) -> None:
    """Swap the index in through the channel's reload, then report the change (and its counts)."""
    index, _seconds, problems = await reload_knowledge(context)
    if index is None:
        # The folder validated before the write, so this is someone editing on the server meanwhile.
        log.error("knowledge changed but the reload failed: %d problem(s)", len(problems))
        lines = [html.escape(body), html.escape(text(lang, "adm_saved_reload_failed"))]
        lines += [f"<code>{html.escape(p[:PROBLEM_CHARS], quote=False)}</code>" for p in KnowledgeError(problems).summary()]
        for chunk in pack_messages(lines):
            await _reply(update, context, chunk)
        return
    counts = text(lang, "adm_counts").format(counts=_counts(index))
    await _reply(update, context, html.escape(f"{body}\n{counts}"))


# --------------------------------------------------------------------------- handlers


async def add_command(update: Update, context: Context) -> None:
    """Admin /tambah LINK [YYYY-MM-DD]: add a news article from a link."""
    if not await _require_admin(update, context):
        return
    lang = user_lang(update)
    args = context.args or []
    if not 1 <= len(args) <= 2:
        await _reply(update, context, html.escape(text(lang, "adm_usage_add")))
        return
    if update.effective_chat is not None:
        await context.bot.send_chat_action(update.effective_chat.id, ChatAction.TYPING)
    try:
        result = await asyncio.to_thread(
            add_article, args[0], _knowledge_dir(context), actor(update), date=args[1] if len(args) == 2 else None
        )
    except Refused as exc:
        log.info("tambah refused: %s", exc.code)
        await _refusal(update, context, exc, lang)
        return
    log.info("article added: %s (%d passages) change=%d", result.file, result.passages, result.change_id)
    await _reload_then_reply(update, context, describe_added(result, lang), lang)


async def upload(update: Update, context: Context) -> None:
    """A .yaml or .md document in a private chat: an admin adds or replaces a knowledge file."""
    message = update.effective_message
    if message is None or message.document is None:
        return
    lang = user_lang(update)
    if not _is_admin(update, context):
        log.info("refused upload update=%s", update.update_id)
        await _reply(update, context, html.escape(text(lang, "adm_upload_refused")))
        return
    document = message.document
    name = document.file_name or ""
    if document.file_size is not None and document.file_size > MAX_UPLOAD_BYTES:
        exc = Refused("file_too_big", size=human_size(document.file_size), limit=human_size(MAX_UPLOAD_BYTES))
        await _refusal(update, context, exc, lang)
        return
    file = await document.get_file()
    data = bytes(await file.download_as_bytearray())
    try:
        result = await asyncio.to_thread(save_upload, name, data, _knowledge_dir(context), actor(update))
    except Refused as exc:
        log.info("upload refused: %s", exc.code)
        await _refusal(update, context, exc, lang)
        return
    log.info("knowledge file uploaded: %s change=%d", result.file, result.change_id)
    key = "adm_uploaded_replaced" if result.replaced else "adm_uploaded_new"
    body = text(lang, key).format(file=result.file, kind=text(lang, f"adm_kind_{result.kind}"), change=result.change_id)
    await _reload_then_reply(update, context, body, lang)


def _history_line(change: Change, root: Path, lang: str) -> str:
    action = text(lang, f"adm_action_{change.action}").format(undoes=change.undoes)
    line = text(lang, "adm_history_line").format(
        id=change.id,
        at=change.at.replace("T", " ").removesuffix("+00:00"),
        action=action,
        file=f"{root.name}/{change.path}",
        actor=change.actor,
    )
    if change.url:
        line += f"\n   {change.url}"
    if change.undone_by:
        line += " " + text(lang, "adm_history_undone").format(by=change.undone_by)
    return line


async def history_command(update: Update, context: Context) -> None:
    """Admin /riwayat [N]: the most recent knowledge changes."""
    if not await _require_admin(update, context):
        return
    lang = user_lang(update)
    args = context.args or []
    limit = min(int(args[0]), HISTORY_MAX) if args and args[0].isdigit() and int(args[0]) > 0 else HISTORY_SHOWN
    root = _knowledge_dir(context)
    changes = await asyncio.to_thread(history, limit, root=root)
    if not changes:
        await _reply(update, context, html.escape(text(lang, "adm_history_empty")))
        return
    lines = [html.escape(text(lang, "adm_history_head"))] + [html.escape(_history_line(c, root, lang)) for c in changes]
    for chunk in pack_messages(lines):
        await _reply(update, context, chunk)


async def undo_command(update: Update, context: Context) -> None:
    """Admin /batal: undo the most recent knowledge change not yet undone, and reload."""
    if not await _require_admin(update, context):
        return
    lang = user_lang(update)
    root = _knowledge_dir(context)
    try:
        undone = await asyncio.to_thread(undo_last, root, actor(update))
    except Refused as exc:
        log.info("batal refused: %s", exc.code)
        await _refusal(update, context, exc, lang)
        return
    log.info("change %d undone by change %d", undone.reverted.id, undone.change.id)
    key = "adm_undone_removed" if undone.change.removed else "adm_undone_restored"
    body = text(lang, key).format(id=undone.reverted.id, file=f"{root.name}/{undone.reverted.path}")
    await _reload_then_reply(update, context, body, lang)


def add_handlers(application: Application, only_new: filters.BaseFilter) -> None:  # type: ignore[type-arg]
    """Register the admin knowledge commands; the upload handler goes before generic document replies."""
    application.add_handler(CommandHandler(list(ADD_COMMANDS), add_command, filters=only_new))
    application.add_handler(CommandHandler(list(HISTORY_COMMANDS), history_command, filters=only_new))
    application.add_handler(CommandHandler(list(UNDO_COMMANDS), undo_command, filters=only_new))
    knowledge_file = filters.Document.FileExtension(UPLOAD_EXTENSIONS[0]) | filters.Document.FileExtension(UPLOAD_EXTENSIONS[1])
    application.add_handler(MessageHandler(filters.ChatType.PRIVATE & only_new & knowledge_file, upload))
