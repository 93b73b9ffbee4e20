"""The Application: the bot object, handlers, flood gate, start-up and shutdown, errors, main()."""

from __future__ import annotations

import html
import logging
import os
import secrets
import signal
import sys
from collections.abc import Mapping
from functools import partial
from pathlib import Path
from typing import Any

from telegram import BotCommand, BotCommandScopeChat, LinkPreviewOptions, Update
from telegram.constants import ParseMode
from telegram.error import InvalidToken, TelegramError
from telegram.ext import (
    AIORateLimiter,
    Application,
    ApplicationBuilder,
    ApplicationHandlerStop,
    CallbackQueryHandler,
    CommandHandler,
    Defaults,
    ExtBot,
    InlineQueryHandler,
    MessageHandler,
    TypeHandler,
    filters,
)
from telegram.request import HTTPXRequest
from tornado.httpserver import HTTPServer

from bot.config import (
    DEFAULT_ENV_FILE,
    Config,
    ConfigError,
    configure_logging,
    ensure_data_dir,
    load_config,
)
from bot.knowledge import KnowledgeError
from bot.messages import ADMIN_COMMANDS, TELEGRAM_COMMANDS, text
from bot.search import Index
from bot.store import Store, StoreError
from bot.telegram import state
from bot.telegram.admin import reload_command, stats_command, unanswered_command
from bot.telegram.admin_knowledge import ADMIN_KNOWLEDGE_COMMANDS, upload_handler
from bot.telegram.buttons import on_button
from bot.telegram.chat import (
    ASK_COMMANDS,
    ask_command,
    group_reply,
    help_command,
    language_command,
    migrate,
    private_other,
    private_text,
    reply,
    report_command,
    sanctions_command,
    start,
    topics_command,
    unknown_command,
    user_lang,
)
from bot.telegram.flood import Flood, Guards, sender_key
from bot.telegram.inline import inline_query, popular_items
from bot.telegram.send import Outbox
from bot.telegram.state import (
    RUNTIME,
    Context,
    Runtime,
    SQLitePersistence,
    counts_text,
    runtime,
)

log = logging.getLogger(__name__)

STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM)
ALLOWED_UPDATES = (Update.MESSAGE, Update.CALLBACK_QUERY, Update.INLINE_QUERY)
BOOTSTRAP_RETRIES = 3
SHUTDOWN_GRACE_SECONDS = 5.0  # queued group answers get this long to go out when stopping
WEBHOOK_MAX_BODY = 1 << 20  # Telegram's updates are a few kilobytes; refuse anything over 1 MB
WEBHOOK_BODY_TIMEOUT = 10.0
CONNECTION_POOL = 256  # python-telegram-bot's own default for the request pool

# Commands and their aliases (the first name is the one in the menu).
USER_COMMANDS = {
    "start": start,
    "help": help_command,
    "bantuan": help_command,
    "topik": topics_command,
    "topics": topics_command,
    "menu": topics_command,
    "sanksi": sanctions_command,
    "sanction": sanctions_command,
    "lapor": report_command,
    "report": report_command,
    "bahasa": language_command,
    "language": language_command,
}
ADMIN_HANDLERS = {
    "reload": reload_command,
    "stats": stats_command,
    "unanswered": unanswered_command,
    **ADMIN_KNOWLEDGE_COMMANDS,  # /tambah, /riwayat, /batal (and /add, /history, /undo)
}


# --------------------------------------------------------------------------- the bot


class SafeBot(ExtBot[Any]):
    """ExtBot that skips an update it cannot parse instead of stalling long polling on it.

    python-telegram-bot parses a whole getUpdates batch at once; one update it cannot read (e.g.
    from a Bot API server newer or older than the library) fails the batch, the offset never
    advances, and polling asks for the same batch again at once, forever. Here each update that
    does not parse is replaced by an empty one with the same id: it is confirmed (the offset moves
    on), no handler matches it, and one warning without its content is logged.
    """

    async def _post(self, endpoint: str, data: dict[str, Any] | None = None, **kwargs: Any) -> Any:
        result = await super()._post(endpoint, data, **kwargs)
        if endpoint == "getUpdates" and isinstance(result, list):
            return [self._parseable(item) for item in result]
        return result

    def _parseable(self, item: Any) -> Any:
        try:
            Update.de_json(item, self)
        except Exception as exc:
            update_id = item.get("update_id") if isinstance(item, dict) else None
            if not isinstance(update_id, int):
                raise
            log.warning("skipping update=%s that cannot be parsed (%s)", update_id, type(exc).__name__)
            return {"update_id": update_id}
        return item


class OmitUpdateContents(logging.Filter):
    """Keep users' text out of python-telegram-bot's log line for an update it cannot parse.

    The webhook handler (and Bot.get_updates) log such an update at CRITICAL with its whole
    content; one line saying that it happened, without the content or traceback, is enough.
    """

    LOGGERS = ("telegram.ext.Updater", "telegram.Bot", "telegram.ext.ExtBot")

    def filter(self, record: logging.LogRecord) -> bool:
        if "Received data was" in str(record.msg):
            problem = type(record.exc_info[1]).__name__ if record.exc_info and record.exc_info[1] else "unknown"
            record.msg, record.args = "received an update that cannot be parsed (%s); its content is not logged", (problem,)
            record.exc_info, record.exc_text = None, None
        return True

    @classmethod
    def install(cls) -> None:
        for name in cls.LOGGERS:
            logger = logging.getLogger(name)
            if not any(isinstance(f, cls) for f in logger.filters):
                logger.addFilter(cls())


def file_url(base_url: str) -> str:
    """The Bot API file URL that goes with a base URL (".../bot" -> ".../file/bot")."""
    base = base_url.rstrip("/")
    return f"{base[: -len('/bot')]}/file/bot" if base.endswith("/bot") else f"{base}/file/bot"


def make_bot(config: Config, *, rate_limit: bool) -> SafeBot:
    """The bot object, as ApplicationBuilder would build it, with our getUpdates guard."""
    return SafeBot(
        token=config.token,
        base_url=config.base_url or "https://api.telegram.org/bot",
        base_file_url=file_url(config.base_url) if config.base_url else "https://api.telegram.org/file/bot",
        defaults=Defaults(parse_mode=ParseMode.HTML, link_preview_options=LinkPreviewOptions(is_disabled=True)),
        request=HTTPXRequest(connection_pool_size=CONNECTION_POOL),
        get_updates_request=HTTPXRequest(connection_pool_size=1),
        # Keeps us under Telegram's limits (30 msg/s overall, 20/min per group), retrying on 429.
        rate_limiter=AIORateLimiter(max_retries=2) if rate_limit else None,  # type: ignore[arg-type]
    )


# --------------------------------------------------------------------------- flood gate


def _handled(update: Update, application: Application[Any, Any, Any, Any, Any, Any]) -> bool:
    """Whether some handler would take this update (group chatter no handler takes costs nothing)."""
    return any(handler.check_update(update) for handler in application.handlers.get(0, ()))


async def flood_gate(update: Update, context: Context) -> None:
    """Runs before every handler: count the update against its sender's budget, stop it if over."""
    if not _handled(update, context.application):
        return
    rt = runtime(context)
    decision = rt.guards.check(update)
    if decision is Flood.ALLOW:
        return
    rt.counters.flooded += 1
    log.info("flood-limited update=%s sender=%s action=%s", update.update_id, sender_key(update), decision.value)
    note = text(user_lang(update, context), "tg_flood")
    if update.callback_query is not None:
        # Always answered, or the button keeps spinning; the note only the first time.
        await update.callback_query.answer(note if decision is Flood.WARN else None)
    elif decision is Flood.WARN and update.effective_chat is not None and update.inline_query is None:
        await reply(update, context, html.escape(note))
    raise ApplicationHandlerStop


# --------------------------------------------------------------------------- errors


async def on_error(update: object, context: Context) -> None:
    """Log the exception; apologise only when the user would otherwise get nothing."""
    update_id = update.update_id if isinstance(update, Update) else None
    log.error("error while handling update=%s", update_id, exc_info=context.error)
    if RUNTIME in context.bot_data:
        runtime(context).counters.errors += 1
    if not isinstance(update, Update) or isinstance(context.error, TelegramError):
        # A Telegram error means sending failed already; an apology would fail the same way.
        return
    apology = text(user_lang(update, context), "tg_error")
    try:
        if update.callback_query is not None:
            # Fails harmlessly if the handler already answered the press.
            await update.callback_query.answer(apology)
        elif update.effective_chat is not None:
            await reply(update, context, html.escape(apology))
    except TelegramError as exc:
        log.warning("could not send the error message for update=%s: %s", update_id, type(exc).__name__)


# --------------------------------------------------------------------------- start-up and shutdown


def _commands(lang: str, *, admin: bool = False) -> list[BotCommand]:
    pairs = TELEGRAM_COMMANDS[lang] + (ADMIN_COMMANDS[lang] if admin else [])
    return [BotCommand(name, description) for name, description in pairs]


async def set_commands(application: Application[Any, Any, Any, Any, Any, Any], admin_ids: frozenset[int]) -> None:
    """The command menu in both languages; admins also see the admin commands in their own chat."""
    bot = application.bot
    try:
        await bot.set_my_commands(_commands("id"))
        await bot.set_my_commands(_commands("en"), language_code="en")
        for admin in sorted(admin_ids):
            scope = BotCommandScopeChat(admin)
            await bot.set_my_commands(_commands("id", admin=True), scope=scope)
            await bot.set_my_commands(_commands("en", admin=True), scope=scope, language_code="en")
    except TelegramError as exc:
        # The menu is a nicety (and an admin who never started the bot has no chat yet).
        log.warning("could not set the command menu: %s", exc)


async def post_init(
    application: Application[Any, Any, Any, Any, Any, Any],
    *,
    config: Config,
    store: Store,
    preloaded: tuple[Index, float] | None,
) -> None:
    """Create the shared Runtime (loading the knowledge unless main() already did), set the menu."""
    index, seconds = preloaded if preloaded is not None else state.load_index(config.knowledge_dir)
    rt = Runtime(
        config=config,
        index=index,
        store=store,
        guards=Guards.create(config.flood_max_questions, config.flood_window_seconds),
        outbox=Outbox(config.group_queue),
        reload_seconds=seconds,
    )
    application.bot_data[RUNTIME] = rt
    for lang in ("id", "en"):
        popular_items(rt, lang)
    await set_commands(application, config.admin_ids)
    log.info("ready as @%s: %s", application.bot.username, counts_text(index))


async def post_stop(application: Application[Any, Any, Any, Any, Any, Any]) -> None:
    """Give queued group answers a few seconds, then drop them (SIGTERM must not wait minutes)."""
    rt = application.bot_data.get(RUNTIME)
    if isinstance(rt, Runtime):
        await rt.outbox.close(SHUTDOWN_GRACE_SECONDS)


async def post_shutdown(application: Application[Any, Any, Any, Any, Any, Any], *, store: Store) -> None:
    """Close the database after python-telegram-bot has written the last conversation state."""
    store.close()


def build_application(
    config: Config,
    *,
    preloaded: tuple[Index, float] | None = None,
    rate_limit: bool = True,
) -> Application[Any, Any, Any, Any, Any, Any]:
    """The configured Application with every handler; main(), the tests and the bench use this."""
    OmitUpdateContents.install()
    store = Store.open(
        ensure_data_dir(config.data_dir),
        keep_questions=config.keep_questions,
        retention_days=config.log_retention_days,
    )
    application = (
        ApplicationBuilder()
        .bot(make_bot(config, rate_limit=rate_limit))
        .concurrent_updates(config.concurrent_updates)
        .persistence(SQLitePersistence(store))
        .post_init(partial(post_init, config=config, store=store, preloaded=preloaded))
        .post_stop(post_stop)
        .post_shutdown(partial(post_shutdown, store=store))
        .build()
    )
    application.add_handler(TypeHandler(Update, flood_gate), group=-1)

    only_new = filters.UpdateType.MESSAGE  # edits of old questions are not answered again
    for name, callback in USER_COMMANDS.items():
        application.add_handler(CommandHandler(name, callback, filters=only_new))
    application.add_handler(CommandHandler(list(ASK_COMMANDS), ask_command, filters=only_new))
    for name, callback in ADMIN_HANDLERS.items():
        application.add_handler(CommandHandler(name, callback, filters=only_new))
    private, groups = filters.ChatType.PRIVATE, filters.ChatType.GROUPS
    application.add_handler(MessageHandler(private & only_new & filters.COMMAND, unknown_command))
    application.add_handler(MessageHandler(private & only_new & filters.TEXT & ~filters.COMMAND, private_text))
    application.add_handler(
        MessageHandler(groups & only_new & filters.REPLY & filters.TEXT & ~filters.COMMAND, group_reply)
    )
    application.add_handler(MessageHandler(filters.StatusUpdate.MIGRATE, migrate))
    application.add_handler(upload_handler(only_new))  # a knowledge file from an admin, before the "text only" note
    application.add_handler(MessageHandler(private & only_new & ~filters.TEXT & ~filters.StatusUpdate.ALL, private_other))
    application.add_handler(CallbackQueryHandler(on_button))
    application.add_handler(InlineQueryHandler(inline_query))
    application.add_error_handler(on_error)
    return application


def limit_webhook_bodies(max_body: int = WEBHOOK_MAX_BODY) -> None:
    """Make every tornado HTTPServer (the webhook's) refuse bodies over `max_body` before reading them.

    Tornado reads a whole body before python-telegram-bot checks the secret header; its default
    cap is 100 MB, so an unauthenticated client could make the bot buffer that much per request.
    HTTPServer is a tornado Configurable: these defaults apply to every server created afterwards.
    """
    HTTPServer.configure(None, max_body_size=max_body, body_timeout=WEBHOOK_BODY_TIMEOUT)


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
    try:
        application = build_application(config, preloaded=preloaded)
    except (ConfigError, StoreError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    try:
        if config.webhook_url:
            limit_webhook_bodies()
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
