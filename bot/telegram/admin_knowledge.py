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
from telegram.ext import MessageHandler, filters

from bot.history import Change, Refused, history, undo_last
from bot.ingest import MAX_UPLOAD_BYTES, add_article, describe_added, human_size, save_upload
from bot.knowledge import KnowledgeError
from bot.messages import text
from bot.render import pack_messages
from bot.telegram.admin import is_admin, reload_knowledge, require_admin
from bot.telegram.chat import reply, user_lang
from bot.telegram.state import Context, counts_text, runtime

log = logging.getLogger(__name__)

ADD_COMMANDS = ("tambah", "add")
HISTORY_COMMANDS = ("riwayat", "history")
UNDO_COMMANDS = ("batal", "undo")
HISTORY_SHOWN = 10
HISTORY_MAX = 50
PROBLEM_CHARS = 600  # one knowledge problem line in a reply, before escaping
UPLOAD_EXTENSIONS = ("yaml", "md")


def _folders(context: Context) -> tuple[Path, Path]:
    """The knowledge folder and DATA_DIR (where the change log lives) of this bot."""
    config = runtime(context).config
    return config.knowledge_dir, config.data_dir


# --------------------------------------------------------------------------- helpers


def actor(update: Update) -> str:
    """Who made a change, for the log: the admin's Telegram id and @username."""
    user = update.effective_user
    if user is None:
        return "telegram:?"
    return f"telegram:{user.id}" + (f" @{user.username}" if user.username else "")


def _code_lines(problems: list[str]) -> list[str]:
    """The first problems and a count of the rest, as code lines."""
    return [f"<code>{html.escape(p[:PROBLEM_CHARS], quote=False)}</code>" for p in KnowledgeError(problems).summary()]


async def _send_lines(update: Update, context: Context, lines: list[str]) -> None:
    for chunk in pack_messages(lines):
        await reply(update, context, chunk, quote=False)


async def _refusal(update: Update, context: Context, exc: Refused, lang: str) -> None:
    """The reason, then the knowledge problems (first 20 and a count) when there are any."""
    await _send_lines(update, context, [html.escape(exc.message(lang)), *(_code_lines(exc.problems) if exc.problems else [])])


async def _reload_then_reply(update: Update, context: Context, body: str, lang: str) -> None:
    """Swap the index in through the channel's reload, then report the change and the new counts.

    `force`: the change was validated before it was written, is logged and /batal undoes it, so
    the guard against a half-synced folder (a big drop in rules) does not apply; the reply shows
    the counts instead.
    """
    done = await reload_knowledge(context, lang, force=True)
    if done.index is not None:
        counts = text(lang, "adm_counts").format(counts=counts_text(done.index))
        await reply(update, context, html.escape(f"{body}\n{counts}"), quote=False)
        return
    # Saved, but not serving yet: a reload still hanging, or a file edited on the server meanwhile.
    log.error("knowledge changed but the reload failed: %d problem(s)", len(done.problems))
    lines = [html.escape(body), html.escape(text(lang, "adm_saved_reload_failed"))]
    await _send_lines(update, context, lines + ([done.refusal] if done.refusal else _code_lines(done.problems)))


# --------------------------------------------------------------------------- handlers


async def add_command(update: Update, context: Context) -> None:
    """Admin /tambah LINK [YYYY-MM-DD]: add a news article from a link."""
    if not await require_admin(update, context):
        return
    lang = user_lang(update, context)
    args = context.args or []
    if not 1 <= len(args) <= 2:
        await reply(update, context, html.escape(text(lang, "adm_usage_add")), quote=False)
        return
    if update.effective_chat is not None:
        await context.bot.send_chat_action(update.effective_chat.id, ChatAction.TYPING)
    root, data = _folders(context)
    date = args[1] if len(args) == 2 else None
    try:
        result = await asyncio.to_thread(add_article, args[0], root, actor(update), date=date, data=data)
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
    lang = user_lang(update, context)
    if not is_admin(update, context):
        log.info("refused upload update=%s", update.update_id)
        await reply(update, context, html.escape(text(lang, "adm_upload_refused")), quote=False)
        return
    document = message.document
    if document.file_size is not None and document.file_size > MAX_UPLOAD_BYTES:
        # Refused before downloading anything.
        exc = Refused("file_too_big", size=human_size(document.file_size), limit=human_size(MAX_UPLOAD_BYTES))
        await _refusal(update, context, exc, lang)
        return
    file = await document.get_file()
    content = bytes(await file.download_as_bytearray())
    root, data = _folders(context)
    try:
        result = await asyncio.to_thread(save_upload, document.file_name or "", content, root, actor(update), data=data)
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
    if not await require_admin(update, context):
        return
    lang = user_lang(update, context)
    args = context.args or []
    limit = min(int(args[0]), HISTORY_MAX) if args and args[0].isdigit() and int(args[0]) > 0 else HISTORY_SHOWN
    root, data = _folders(context)
    changes = await asyncio.to_thread(history, limit, root=root, data=data)
    if not changes:
        await reply(update, context, html.escape(text(lang, "adm_history_empty")), quote=False)
        return
    head = html.escape(text(lang, "adm_history_head"))
    await _send_lines(update, context, [head, *(html.escape(_history_line(c, root, lang)) for c in changes)])


async def undo_command(update: Update, context: Context) -> None:
    """Admin /batal: undo the most recent knowledge change not yet undone, and reload."""
    if not await require_admin(update, context):
        return
    lang = user_lang(update, context)
    root, data = _folders(context)
    try:
        undone = await asyncio.to_thread(undo_last, root, actor(update), data=data)
    except Refused as exc:
        log.info("batal refused: %s", exc.code)
        await _refusal(update, context, exc, lang)
        return
    log.info("change %d undone by change %d", undone.reverted.id, undone.change.id)
    key = "adm_undone_removed" if undone.change.removed else "adm_undone_restored"
    body = text(lang, key).format(id=undone.reverted.id, file=f"{root.name}/{undone.reverted.path}")
    await _reload_then_reply(update, context, body, lang)


# Command name -> handler, registered by bot.telegram.app beside the other admin commands.
ADMIN_KNOWLEDGE_COMMANDS = {
    **dict.fromkeys(ADD_COMMANDS, add_command),
    **dict.fromkeys(HISTORY_COMMANDS, history_command),
    **dict.fromkeys(UNDO_COMMANDS, undo_command),
}


def upload_handler(only_new: filters.BaseFilter) -> MessageHandler:  # type: ignore[type-arg]
    """A .yaml or .md document in a private chat; register it before the generic "text only" reply."""
    extensions = filters.Document.FileExtension(UPLOAD_EXTENSIONS[0]) | filters.Document.FileExtension(UPLOAD_EXTENSIONS[1])
    return MessageHandler(filters.ChatType.PRIVATE & only_new & extensions, upload)
