"""Telegram bot configuration: the environment plus an optional .env file, validated at start."""

from __future__ import annotations

import logging
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

DEFAULT_KNOWLEDGE = Path(__file__).resolve().parent.parent / "knowledge"
DEFAULT_ENV_FILE = Path(".env")
DEFAULT_DATA_DIR = Path("data")
DEFAULT_WEBHOOK_LISTEN = "127.0.0.1"
DEFAULT_WEBHOOK_PORT = 8443
DEFAULT_FLOOD_MAX_QUESTIONS = 10
DEFAULT_FLOOD_WINDOW_SECONDS = 60.0
DEFAULT_CONCURRENT_UPDATES = 16
DEFAULT_LOG_RETENTION_DAYS = 90
DEFAULT_GROUP_QUEUE = 5
DEFAULT_RELOAD_TIMEOUT_SECONDS = 120

# Ids Telegram puts in `from` for messages that no single person sent; never a bot admin.
SERVICE_USER_IDS: dict[int, str] = {
    777000: "Telegram's service account (notifications, posts forwarded from a linked channel)",
    1087968824: "GroupAnonymousBot, shared by every anonymous group admin",
    136817688: "Channel_Bot, shared by everyone writing on behalf of a channel",
}

# Bot API tokens look like "123456789:AAH...": a numeric bot id, a colon and a secret.
_TOKEN_RE = re.compile(r"^\d+:[A-Za-z0-9_-]+$")
# Telegram only accepts these characters in a webhook secret token (1-256 of them).
_SECRET_RE = re.compile(r"^[A-Za-z0-9_-]{1,256}$")
_ENV_KEY_RE = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_LOG_LEVELS = ("CRITICAL", "ERROR", "WARNING", "INFO", "DEBUG")
_BOOLS = {"1": True, "true": True, "yes": True, "on": True, "0": False, "false": False, "no": False, "off": False}


class ConfigError(Exception):
    """The configuration is unusable; the message says which setting and how to fix it."""


@dataclass(frozen=True)
class Config:
    """Everything the Telegram channel needs to start; built by load_config()."""

    # repr=False keeps secrets out of logs and tracebacks that print the config.
    token: str = field(repr=False)
    admin_ids: frozenset[int] = frozenset()
    knowledge_dir: Path = DEFAULT_KNOWLEDGE
    base_url: str | None = None
    webhook_url: str | None = None
    webhook_listen: str = DEFAULT_WEBHOOK_LISTEN
    webhook_port: int = DEFAULT_WEBHOOK_PORT
    webhook_secret: str | None = field(default=None, repr=False)
    log_level: str = "INFO"
    flood_max_questions: int = DEFAULT_FLOOD_MAX_QUESTIONS
    flood_window_seconds: float = DEFAULT_FLOOD_WINDOW_SECONDS
    concurrent_updates: int = DEFAULT_CONCURRENT_UPDATES
    data_dir: Path = DEFAULT_DATA_DIR
    log_retention_days: int = DEFAULT_LOG_RETENTION_DAYS
    keep_questions: bool = True
    group_queue: int = DEFAULT_GROUP_QUEUE
    reload_timeout_seconds: float = float(DEFAULT_RELOAD_TIMEOUT_SECONDS)

    @property
    def secrets(self) -> tuple[str, ...]:
        """Values that must never appear in a log line: the token's secret part and the webhook secret."""
        return tuple(s for s in (self.token.partition(":")[2], self.webhook_secret) if s)

    @property
    def webhook_path(self) -> str:
        """The path of WEBHOOK_URL, which the local webhook server listens on."""
        return urlsplit(self.webhook_url or "").path.strip("/")


def data_dir(environ: Mapping[str, str]) -> Path:
    """DATA_DIR (default ./data): state that must survive a restart; created if missing."""
    return ensure_data_dir(_data_path(environ))


def _data_path(environ: Mapping[str, str]) -> Path:
    return Path((environ.get("DATA_DIR") or "").strip() or DEFAULT_DATA_DIR).expanduser()


def ensure_data_dir(path: Path) -> Path:
    """Create the data folder if missing; ConfigError if that fails or it is not a folder."""
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ConfigError(f"DATA_DIR: cannot create {path}: {exc.strerror}") from None
    if not path.is_dir():
        raise ConfigError(f"DATA_DIR: {path} is not a folder")
    return path


def parse_env_file(text: str, name: str = ".env") -> dict[str, str]:
    """Parse KEY=VALUE lines (comments, blank lines, `export`, quotes); errors say file:line."""
    values: dict[str, str] = {}
    for lineno, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("export "):
            line = line[len("export ") :].lstrip()
        key, sep, value = line.partition("=")
        key = key.strip()
        if not sep:
            raise ConfigError(f"{name}:{lineno}: expected KEY=VALUE, got {raw.strip()!r}")
        if not _ENV_KEY_RE.match(key):
            raise ConfigError(f"{name}:{lineno}: invalid variable name {key!r}")
        values[key] = _env_value(value.strip(), name, lineno)
    return values


def _env_value(value: str, name: str, lineno: int) -> str:
    if value[:1] in ("'", '"'):
        quote = value[0]
        end = value.find(quote, 1)
        if end < 0:
            raise ConfigError(f"{name}:{lineno}: unterminated {quote} quote")
        rest = value[end + 1 :].strip()
        if rest and not rest.startswith("#"):
            raise ConfigError(f"{name}:{lineno}: unexpected text after the closing quote: {rest!r}")
        inner = value[1:end]
        # Only double quotes interpret escapes, as in shells and python-dotenv.
        return inner.replace("\\n", "\n") if quote == '"' else inner
    # An unquoted value ends at " #", so `KEY=value  # comment` works; "a#b" stays intact.
    return re.split(r"\s+#", value, maxsplit=1)[0].strip()


def read_env_file(path: Path) -> dict[str, str]:
    """Variables from a .env file; a missing file is no error (it is optional)."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return {}
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read the .env file: {exc}") from None
    return parse_env_file(text, str(path))


def load_config(environ: Mapping[str, str], env_file: Path | None = DEFAULT_ENV_FILE) -> Config:
    """Build the Config from `environ` over `env_file` (the environment wins); raise ConfigError."""
    merged = {**(read_env_file(env_file) if env_file is not None else {}), **environ}

    def get(key: str) -> str:
        return (merged.get(key) or "").strip()

    where = f"the environment or {env_file}" if env_file is not None else "the environment"
    token = get("TELEGRAM_BOT_TOKEN")
    if not token:
        raise ConfigError(
            "TELEGRAM_BOT_TOKEN is not set. Create a bot with @BotFather in Telegram and put its token "
            f"in {where}, e.g. `TELEGRAM_BOT_TOKEN=123456789:AA...` (see .env.example)."
        )
    if not _TOKEN_RE.match(token):
        raise ConfigError(
            "TELEGRAM_BOT_TOKEN does not look like a bot token (expected digits, a colon and letters, "
            "e.g. 123456789:AA...); copy it again from @BotFather."
        )

    knowledge_dir = Path(get("KNOWLEDGE_DIR") or DEFAULT_KNOWLEDGE).expanduser()
    if not knowledge_dir.is_dir():
        raise ConfigError(
            f"KNOWLEDGE_DIR: knowledge folder not found: {knowledge_dir} "
            f"(set KNOWLEDGE_DIR in {where} to the folder with provisions/ and rules/)"
        )

    webhook_url = get("WEBHOOK_URL") or None
    if webhook_url is not None:
        _check_url("WEBHOOK_URL", webhook_url)
    webhook_secret = get("WEBHOOK_SECRET") or None
    if webhook_secret is not None and not _SECRET_RE.match(webhook_secret):
        raise ConfigError(
            "WEBHOOK_SECRET: use 1-256 characters from A-Z, a-z, 0-9, _ and - (Telegram's rule "
            "for the X-Telegram-Bot-Api-Secret-Token header)."
        )
    base_url = get("TELEGRAM_BASE_URL") or None
    if base_url is not None:
        _check_url("TELEGRAM_BASE_URL", base_url)

    data_path = _data_path(merged)
    if data_path.exists() and not data_path.is_dir():
        raise ConfigError(f"DATA_DIR: {data_path} is not a folder")

    log_level = (get("LOG_LEVEL") or "INFO").upper()
    if log_level not in _LOG_LEVELS:
        raise ConfigError(f"LOG_LEVEL: unknown level {get('LOG_LEVEL')!r} (use one of {', '.join(_LOG_LEVELS)})")

    return Config(
        token=token,
        admin_ids=_admin_ids(get("ADMIN_IDS")),
        knowledge_dir=knowledge_dir,
        base_url=base_url,
        webhook_url=webhook_url,
        webhook_listen=get("WEBHOOK_LISTEN") or DEFAULT_WEBHOOK_LISTEN,
        webhook_port=_int("WEBHOOK_PORT", get("WEBHOOK_PORT"), DEFAULT_WEBHOOK_PORT, 1, 65535),
        webhook_secret=webhook_secret,
        log_level=log_level,
        flood_max_questions=_int("FLOOD_MAX_QUESTIONS", get("FLOOD_MAX_QUESTIONS"), DEFAULT_FLOOD_MAX_QUESTIONS, 1, 10_000),
        flood_window_seconds=float(
            _int("FLOOD_WINDOW_SECONDS", get("FLOOD_WINDOW_SECONDS"), int(DEFAULT_FLOOD_WINDOW_SECONDS), 1, 86_400)
        ),
        concurrent_updates=_int("CONCURRENT_UPDATES", get("CONCURRENT_UPDATES"), DEFAULT_CONCURRENT_UPDATES, 1, 1024),
        data_dir=data_path,
        log_retention_days=_int(
            "LOG_RETENTION_DAYS", get("LOG_RETENTION_DAYS"), DEFAULT_LOG_RETENTION_DAYS, 1, 3650
        ),
        keep_questions=_bool("KEEP_QUESTIONS", get("KEEP_QUESTIONS"), True),
        group_queue=_int("GROUP_QUEUE", get("GROUP_QUEUE"), DEFAULT_GROUP_QUEUE, 1, 100),
        reload_timeout_seconds=float(
            _int("RELOAD_TIMEOUT_SECONDS", get("RELOAD_TIMEOUT_SECONDS"), DEFAULT_RELOAD_TIMEOUT_SECONDS, 5, 3600)
        ),
    )


def _admin_ids(raw: str) -> frozenset[int]:
    ids: set[int] = set()
    for part in raw.split(","):
        part = part.strip()
        if not part:
            continue
        if not re.fullmatch(r"-?\d+", part):
            raise ConfigError(
                f"ADMIN_IDS: {part!r} is not a Telegram user id; use numeric ids separated by commas, "
                "e.g. ADMIN_IDS=12345678,87654321 (a user can see theirs with @userinfobot)."
            )
        value = int(part)
        if value in SERVICE_USER_IDS:
            raise ConfigError(
                f"ADMIN_IDS: {value} is {SERVICE_USER_IDS[value]}, not a person; use your own user id "
                "(anonymous group admins cannot be bot admins)."
            )
        if value <= 0:
            raise ConfigError(
                f"ADMIN_IDS: {value} is not a user id (user ids are positive; negative ids are groups and "
                "channels); use the user ids of the admins, e.g. ADMIN_IDS=12345678."
            )
        ids.add(value)
    return frozenset(ids)


def _bool(name: str, raw: str, default: bool) -> bool:
    if not raw:
        return default
    try:
        return _BOOLS[raw.lower()]
    except KeyError:
        raise ConfigError(f"{name}: {raw!r} is not a yes/no value (use 1 or 0)") from None


def _int(name: str, raw: str, default: int, low: int, high: int) -> int:
    if not raw:
        return default
    try:
        value = int(raw)
    except ValueError:
        raise ConfigError(f"{name}: {raw!r} is not a whole number") from None
    if not low <= value <= high:
        raise ConfigError(f"{name}: {value} is out of range ({low}-{high})")
    return value


def _check_url(name: str, url: str) -> None:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ConfigError(f"{name}: {url!r} is not an http(s) URL")


class RedactSecrets(logging.Filter):
    """Replace secrets in a record's message and traceback with *** before any handler writes it.

    python-telegram-bot puts the token in its DEBUG lines (the Bot API URL) and in the InvalidToken
    error logged on a 401, and httpx logs request URLs; a filter on the handlers catches all of them,
    at every level, whatever logger they come from.
    """

    def __init__(self, secrets: tuple[str, ...]) -> None:
        super().__init__()
        # Longest first, so a secret that contains another is replaced whole.
        self._secrets = sorted({s for s in secrets if s}, key=len, reverse=True)

    def redact(self, value: str) -> str:
        for secret in self._secrets:
            value = value.replace(secret, "***")
        return value

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        clean = self.redact(message)
        if clean != message:
            record.msg, record.args = clean, None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = self.redact(record.exc_text)
        if record.stack_info:
            record.stack_info = self.redact(record.stack_info)
        return True


def configure_logging(level: str, secrets: tuple[str, ...] = ()) -> None:
    """Log to stderr at `level`, with `secrets` redacted by every handler of the root logger.

    httpx stays at WARNING because its INFO line per request adds nothing but noise (and the URL).
    """
    logging.basicConfig(format="%(asctime)s %(levelname)s %(name)s: %(message)s", level=level)
    logging.getLogger().setLevel(level)
    logging.getLogger("httpx").setLevel(logging.WARNING)
    if secrets:
        redact = RedactSecrets(secrets)
        for handler in logging.getLogger().handlers:
            for old in [f for f in handler.filters if isinstance(f, RedactSecrets)]:
                handler.removeFilter(old)
            handler.addFilter(redact)
