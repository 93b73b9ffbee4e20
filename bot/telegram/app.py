"""The Application: handlers, start-up, error handling and main()."""

from __future__ import annotations

import asyncio
import contextlib
import html
import logging
import os
import secrets
import signal
import sys
import time
from collections.abc import Mapping
from functools import partial
from pathlib import Path

from telegram import BotCommand, LinkPreviewOptions, Update
from telegram.constants import ParseMode
from telegram.error import InvalidToken, TelegramError
from telegram.ext import (
    AIORateLimiter,
    Application,
    ApplicationBuilder,
    CallbackQueryHandler,
    CommandHandler,
    Defaults,
    InlineQueryHandler,
    MessageHandler,
    filters,
)

from bot.config import (
    DEFAULT_ENV_FILE,
    Config,
    ConfigError,
    configure_logging,
    load_config,
)
from bot.knowledge import KnowledgeError
from bot.messages import text
from bot.search import Index
from bot.telegram import state
from bot.telegram.admin import reload_command, stats_command
from bot.telegram.buttons import example_button, stale_button
from bot.telegram.chat import (
    ASK_COMMANDS,
    ask_command,
    group_reply,
    help_command,
    private_other,
    private_text,
    start,
    user_lang,
)
from bot.telegram.flood import FloodGuard
from bot.telegram.inline import inline_query
from bot.telegram.keyboards import EXAMPLE_RE
from bot.telegram.send import in_group, send
from bot.telegram.state import (
    CONFIG,
    FLOOD,
    INDEX,
    RELOAD_LOCK,
    STATS,
    Context,
    Stats,
    counts_text,
    now,
    stats_of,
)

log = logging.getLogger(__name__)

STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM)
ALLOWED_UPDATES = (Update.MESSAGE, Update.CALLBACK_QUERY, Update.INLINE_QUERY)
BOOTSTRAP_RETRIES = 3


async def on_error(update: object, context: Context) -> None:
    """Log the exception and tell the user, in their language, that something went wrong."""
    update_id = update.update_id if isinstance(update, Update) else None
    log.error("error while handling update=%s", update_id, exc_info=context.error)
    if STATS in context.bot_data:
        stats_of(context).errors += 1
    if not isinstance(update, Update):
        return
    apology = text(user_lang(update), "tg_error")
    try:
        if update.callback_query is not None:
            # Stops the button's spinner; fails harmlessly if the handler already answered it.
            with contextlib.suppress(TelegramError):
                await update.callback_query.answer(apology)
        if update.effective_chat is not None:
            await send(context, update, html.escape(apology), quote=in_group(update))
    except TelegramError as exc:
        log.warning("could not send the error message for update=%s: %s", update_id, type(exc).__name__)


# --------------------------------------------------------------------------- application


def _commands(lang: str) -> list[BotCommand]:
    if lang == "en":
        return [
            BotCommand("start", "Welcome and example questions"),
            BotCommand("help", "How to ask"),
            BotCommand("ask", "Ask a question (in groups)"),
            BotCommand("tanya", "Ask a question, Indonesian command"),
        ]
    return [
        BotCommand("start", "Salam dan contoh pertanyaan"),
        BotCommand("help", "Cara bertanya"),
        BotCommand("tanya", "Ajukan pertanyaan (di grup)"),
        BotCommand("ask", "Ajukan pertanyaan, perintah bahasa Inggris"),
    ]


async def post_init(application: Application, *, config: Config, preloaded: tuple[Index, float] | None) -> None:
    """Create the shared state in bot_data (loading the knowledge unless main() already did) and set the command menu."""
    index, seconds = preloaded if preloaded is not None else await asyncio.to_thread(state.load_index, config.knowledge_dir)
    started_at = now()
    application.bot_data.update(
        {
            CONFIG: config,
            INDEX: index,
            # Created here, on the running loop, rather than at import time.
            RELOAD_LOCK: asyncio.Lock(),
            STATS: Stats(started_at=started_at, started=time.monotonic(), reloaded_at=started_at, reload_seconds=seconds),
            FLOOD: FloodGuard(config.flood_max_questions, config.flood_window_seconds),
        }
    )
    try:
        await application.bot.set_my_commands(_commands("id"))
        await application.bot.set_my_commands(_commands("en"), language_code="en")
    except TelegramError as exc:
        # The menu is a nicety; the bot works without it.
        log.warning("could not set the command menu: %s", exc)
    log.info("ready as @%s: %s", application.bot.username, counts_text(index))


def build_application(
    config: Config,
    *,
    preloaded: tuple[Index, float] | None = None,
    rate_limit: bool = True,
) -> Application:
    """The configured Application with every handler; main() and the tests both use this."""
    builder = (
        ApplicationBuilder()
        .token(config.token)
        .defaults(Defaults(parse_mode=ParseMode.HTML, link_preview_options=LinkPreviewOptions(is_disabled=True)))
        .concurrent_updates(config.concurrent_updates)
        .post_init(partial(post_init, config=config, preloaded=preloaded))
    )
    if rate_limit:
        # Keeps us under Telegram's limits (30 msg/s overall, 20/min per group), retrying on 429.
        # (PTB types the builder's bot as ExtBot[None] here; AIORateLimiter takes int retry args.)
        builder = builder.rate_limiter(AIORateLimiter(max_retries=2))  # type: ignore[arg-type]
    if config.base_url:
        builder = builder.base_url(config.base_url)
    application = builder.build()

    only_new = filters.UpdateType.MESSAGE  # edits of old questions are not answered again
    application.add_handler(CommandHandler("start", start, filters=only_new))
    application.add_handler(CommandHandler("help", help_command, filters=only_new))
    application.add_handler(CommandHandler(list(ASK_COMMANDS), ask_command, filters=only_new))
    application.add_handler(CommandHandler("reload", reload_command, filters=only_new))
    application.add_handler(CommandHandler("stats", stats_command, filters=only_new))
    application.add_handler(
        MessageHandler(filters.ChatType.PRIVATE & only_new & filters.TEXT & ~filters.COMMAND, private_text)
    )
    application.add_handler(
        MessageHandler(
            filters.ChatType.GROUPS & only_new & filters.REPLY & filters.TEXT & ~filters.COMMAND, group_reply
        )
    )
    application.add_handler(
        MessageHandler(
            filters.ChatType.PRIVATE & only_new & ~filters.TEXT & ~filters.StatusUpdate.ALL, private_other
        )
    )
    application.add_handler(CallbackQueryHandler(example_button, pattern=EXAMPLE_RE))
    application.add_handler(CallbackQueryHandler(stale_button))
    application.add_handler(InlineQueryHandler(inline_query))
    application.add_error_handler(on_error)
    return application


def main(environ: Mapping[str, str] | None = None, env_file: Path | None = DEFAULT_ENV_FILE) -> int:
    """Run the bot (long polling, or a webhook when WEBHOOK_URL is set) until SIGINT/SIGTERM."""
    try:
        config = load_config(os.environ if environ is None else environ, env_file)
    except ConfigError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    configure_logging(config.log_level, config.secrets)
    try:
        preloaded = state.load_index(config.knowledge_dir)
    except KnowledgeError as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        print(
            f"error: the knowledge in {config.knowledge_dir} has {len(exc.problems)} problem(s); "
            "fix them (`python -m bot check` lists them) and start again",
            file=sys.stderr,
        )
        return 1
    application = build_application(config, preloaded=preloaded)
    try:
        if config.webhook_url:
            # Without a configured secret a fresh one per start still authenticates Telegram,
            # because setWebhook registers it again on every start.
            secret = config.webhook_secret or secrets.token_urlsafe(32)
            log.info("starting webhook on %s:%d/%s", config.webhook_listen, config.webhook_port, config.webhook_path)
            application.run_webhook(
                listen=config.webhook_listen,
                port=config.webhook_port,
                url_path=config.webhook_path,
                webhook_url=config.webhook_url,
                secret_token=secret,
                allowed_updates=ALLOWED_UPDATES,
                bootstrap_retries=BOOTSTRAP_RETRIES,
                stop_signals=STOP_SIGNALS,
            )
        else:
            log.info("starting long polling")
            application.run_polling(
                allowed_updates=ALLOWED_UPDATES,
                bootstrap_retries=BOOTSTRAP_RETRIES,
                stop_signals=STOP_SIGNALS,
            )
    except InvalidToken:
        print("error: Telegram rejected TELEGRAM_BOT_TOKEN; copy the token again from @BotFather", file=sys.stderr)
        return 1
    except TelegramError as exc:
        print(f"error: cannot reach the Telegram Bot API: {exc}", file=sys.stderr)
        return 1
    log.info("stopped")
    return 0
