"""Admin commands: /reload and /stats, for the user ids in ADMIN_IDS only."""

from __future__ import annotations

import asyncio
import datetime as dt
import html
import logging
import time
from typing import cast

from telegram import Update

from bot.knowledge import KnowledgeError
from bot.messages import text
from bot.render import pack_messages
from bot.telegram import state
from bot.telegram.chat import user_lang
from bot.telegram.send import in_group, send
from bot.telegram.state import (
    INDEX,
    RELOAD_LOCK,
    Context,
    config_of,
    counts_text,
    index_of,
    now,
    stats_of,
)

log = logging.getLogger(__name__)

PROBLEM_CHARS = 600  # one knowledge problem line in a /reload reply, before escaping


async def _require_admin(update: Update, context: Context) -> bool:
    user = update.effective_user
    if user is not None and user.id in config_of(context).admin_ids:
        return True
    log.info("refused admin command update=%s user=%s", update.update_id, user.id if user else None)
    await send(context, update, html.escape(text(user_lang(update), "tg_refusal")), quote=in_group(update))
    return False


async def reload_command(update: Update, context: Context) -> None:
    """Admin /reload: re-read the knowledge off the event loop and swap the index in, or list every problem."""
    if not await _require_admin(update, context):
        return
    lang = user_lang(update)
    lock = cast(asyncio.Lock, context.bot_data[RELOAD_LOCK])
    async with lock:
        try:
            index, seconds = await asyncio.to_thread(state.load_index, config_of(context).knowledge_dir)
        except KnowledgeError as exc:
            problems = exc.problems
        else:
            problems = []
            context.bot_data[INDEX] = index  # the atomic swap
            stats = stats_of(context)
            stats.reloaded_at, stats.reload_seconds = now(), seconds
            stats.reloads += 1
    if problems:
        log.warning("reload failed: %d problem(s); the previous index keeps serving", len(problems))
        head = html.escape(text(lang, "tg_reload_failed").format(count=len(problems)))
        lines = [head, *(f"<code>{html.escape(p[:PROBLEM_CHARS], quote=False)}</code>" for p in problems)]
        for chunk in pack_messages(lines):
            await send(context, update, chunk, quote=False)
        return
    log.info("reloaded knowledge in %.3f s: %s", seconds, counts_text(index))
    reply = text(lang, "tg_reload_ok").format(seconds=f"{seconds:.2f}", counts=html.escape(counts_text(index)))
    await send(context, update, reply, quote=False)


async def stats_command(update: Update, context: Context) -> None:
    """Admin /stats: knowledge counts, last reload, questions answered and abstained, uptime."""
    if not await _require_admin(update, context):
        return
    stats = stats_of(context)
    uptime = dt.timedelta(seconds=int(time.monotonic() - stats.started))
    reply = text(user_lang(update), "tg_stats").format(
        counts=html.escape(counts_text(index_of(context))),
        reloaded_at=stats.reloaded_at.strftime("%Y-%m-%d %H:%M:%S UTC"),
        seconds=f"{stats.reload_seconds:.2f}",
        questions=stats.questions,
        answered=stats.questions - stats.abstained,
        abstained=stats.abstained,
        inline=stats.inline,
        flooded=stats.flooded,
        errors=stats.errors,
        started_at=stats.started_at.strftime("%Y-%m-%d %H:%M:%S UTC"),
        uptime=str(uptime),
    )
    await send(context, update, reply, quote=False)


# --------------------------------------------------------------------------- errors
