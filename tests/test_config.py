"""Configuration of the Telegram bot: environment + .env, validation and start-up failures."""

from __future__ import annotations

import io
import logging
import re
from pathlib import Path

import pytest

from bot.config import DEFAULT_KNOWLEDGE, ConfigError, RedactSecrets, configure_logging, load_config, parse_env_file
from bot.knowledge import KnowledgeError, load_knowledge
from bot.telegram import main

TOKEN = "123456:ABC-def_GHI"


def env(knowledge: Path, **extra: str) -> dict[str, str]:
    return {"TELEGRAM_BOT_TOKEN": TOKEN, "KNOWLEDGE_DIR": str(knowledge), **extra}


def test_missing_token_says_how_to_set_it(tmp_path: Path) -> None:
    with pytest.raises(ConfigError) as err:
        load_config({}, tmp_path / ".env")
    message = str(err.value)
    assert "TELEGRAM_BOT_TOKEN is not set" in message
    assert "@BotFather" in message and ".env" in message and ".env.example" in message


def test_run_without_token_exits_non_zero_with_the_message(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(environ={}, env_file=tmp_path / ".env") == 2
    err = capsys.readouterr().err
    assert err.startswith("error: TELEGRAM_BOT_TOKEN is not set")


def test_malformed_token_is_rejected(tg_knowledge: Path) -> None:
    with pytest.raises(ConfigError, match="does not look like a bot token"):
        load_config(env(tg_knowledge, TELEGRAM_BOT_TOKEN="not a token"), None)


def test_admin_ids_are_parsed_and_bad_ones_named(tg_knowledge: Path) -> None:
    config = load_config(env(tg_knowledge, ADMIN_IDS=" 12345, 678 ,,"), None)
    assert config.admin_ids == frozenset({12345, 678})
    assert load_config(env(tg_knowledge), None).admin_ids == frozenset()
    with pytest.raises(ConfigError) as err:
        load_config(env(tg_knowledge, ADMIN_IDS="12345,@budi"), None)
    assert str(err.value).startswith("ADMIN_IDS: '@budi' is not a Telegram user id")
    assert "comma" in str(err.value)


def test_env_file_parsing() -> None:
    text = """\
# comment line

export TELEGRAM_BOT_TOKEN=123:abc
ADMIN_IDS = 1,2   # trailing comment
WEBHOOK_URL="https://example.org/hook#frag"
SINGLE='quoted # not a comment'
LOG_LEVEL='debug' # quoted, then a comment
EMPTY=
HASH=a#b
MULTI="line1\\nline2"
"""
    values = parse_env_file(text)
    assert values == {
        "TELEGRAM_BOT_TOKEN": "123:abc",
        "ADMIN_IDS": "1,2",
        "WEBHOOK_URL": "https://example.org/hook#frag",
        "SINGLE": "quoted # not a comment",
        "LOG_LEVEL": "debug",
        "EMPTY": "",
        "HASH": "a#b",
        "MULTI": "line1\nline2",
    }


@pytest.mark.parametrize(
    ("line", "problem"),
    [
        ("JUST_A_WORD", "expected KEY=VALUE"),
        ("1BAD=x", "invalid variable name"),
        ('KEY="open', "unterminated"),
        ('KEY="a" b', "unexpected text after the closing quote"),
    ],
)
def test_env_file_errors_say_file_and_line(line: str, problem: str) -> None:
    with pytest.raises(ConfigError) as err:
        parse_env_file(f"# header\nOK=1\n{line}\n", "/srv/bot/.env")
    assert str(err.value).startswith("/srv/bot/.env:3: ")
    assert problem in str(err.value)


def test_environment_wins_over_env_file(tmp_path: Path, tg_knowledge: Path) -> None:
    env_file = tmp_path / ".env"
    env_file.write_text(
        f"TELEGRAM_BOT_TOKEN=111:fromfile\nADMIN_IDS=7\nKNOWLEDGE_DIR={tg_knowledge}\nLOG_LEVEL=debug\n",
        encoding="utf-8",
    )
    from_file = load_config({}, env_file)
    assert (from_file.token, from_file.admin_ids, from_file.log_level) == ("111:fromfile", frozenset({7}), "DEBUG")
    both = load_config({"TELEGRAM_BOT_TOKEN": "222:fromenv", "ADMIN_IDS": "8"}, env_file)
    assert (both.token, both.admin_ids, both.knowledge_dir) == ("222:fromenv", frozenset({8}), tg_knowledge)


def test_missing_env_file_is_fine_and_defaults_apply(tmp_path: Path) -> None:
    config = load_config({"TELEGRAM_BOT_TOKEN": TOKEN}, tmp_path / "absent.env")
    assert config.knowledge_dir == DEFAULT_KNOWLEDGE
    assert config.webhook_url is None and config.base_url is None
    assert (config.webhook_listen, config.webhook_port, config.log_level) == ("127.0.0.1", 8443, "INFO")


def test_missing_knowledge_folder_is_named(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere"
    with pytest.raises(ConfigError) as err:
        load_config({"TELEGRAM_BOT_TOKEN": TOKEN, "KNOWLEDGE_DIR": str(missing)}, None)
    assert str(err.value).startswith(f"KNOWLEDGE_DIR: knowledge folder not found: {missing}")


def test_webhook_settings(tg_knowledge: Path) -> None:
    config = load_config(
        env(
            tg_knowledge,
            WEBHOOK_URL="https://bot.example.org/telegram/hook",
            WEBHOOK_LISTEN="0.0.0.0",
            WEBHOOK_PORT="8080",
            WEBHOOK_SECRET="s3cret_-X",
            TELEGRAM_BASE_URL="http://127.0.0.1:8081/bot",
        ),
        None,
    )
    assert config.webhook_path == "telegram/hook"
    assert (config.webhook_listen, config.webhook_port, config.webhook_secret) == ("0.0.0.0", 8080, "s3cret_-X")
    assert config.base_url == "http://127.0.0.1:8081/bot"


@pytest.mark.parametrize(
    ("key", "value", "problem"),
    [
        ("WEBHOOK_PORT", "http", "WEBHOOK_PORT: 'http' is not a whole number"),
        ("WEBHOOK_PORT", "70000", "WEBHOOK_PORT: 70000 is out of range"),
        ("WEBHOOK_SECRET", "has space", "WEBHOOK_SECRET: use 1-256 characters"),
        ("WEBHOOK_URL", "bot.example.org/hook", "WEBHOOK_URL: 'bot.example.org/hook' is not an http(s) URL"),
        ("TELEGRAM_BASE_URL", "ftp://x", "TELEGRAM_BASE_URL: 'ftp://x' is not an http(s) URL"),
        ("LOG_LEVEL", "loud", "LOG_LEVEL: unknown level 'loud'"),
        ("FLOOD_MAX_QUESTIONS", "0", "FLOOD_MAX_QUESTIONS: 0 is out of range"),
    ],
)
def test_invalid_values_are_named(tg_knowledge: Path, key: str, value: str, problem: str) -> None:
    with pytest.raises(ConfigError) as err:
        load_config(env(tg_knowledge, **{key: value}), None)
    assert str(err.value).startswith(problem)


def test_secrets_stay_out_of_repr(tg_knowledge: Path) -> None:
    config = load_config(env(tg_knowledge, WEBHOOK_SECRET="topsecret"), None)
    assert TOKEN not in repr(config) and "topsecret" not in repr(config)


def test_broken_knowledge_at_start_lists_every_problem(
    tmp_path: Path, tg_knowledge: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tg_knowledge / "rules" / "rusak.yaml").write_text("- id: rusak\n  questions: [tidak ditutup\n", encoding="utf-8")
    (tg_knowledge / "provisions" / "kurang.yaml").write_text(
        "document: {source: X}\nprovisions:\n  - id: x-1\n    ref: Pasal 1\n", encoding="utf-8"
    )
    with pytest.raises(KnowledgeError) as broken:
        load_knowledge(tg_knowledge)
    expected = broken.value.problems
    code = main(environ=env(tg_knowledge), env_file=tmp_path / "absent.env")
    err = capsys.readouterr().err
    assert code == 1
    shown = [line for line in err.splitlines() if re.match(r"^knowledge/\S+:\d+: ", line)]
    assert shown == expected and len(shown) == 2
    assert any(re.match(r"knowledge/rules/rusak\.yaml:\d+: YAML syntax error", p) for p in shown)
    assert any(re.match(r"knowledge/provisions/kurang\.yaml:\d+: provision x-1: missing field", p) for p in shown)
    assert f"error: the knowledge in {tg_knowledge} has 2 problem(s)" in err


def test_env_example_documents_every_variable_and_parses() -> None:
    root = Path(__file__).resolve().parent.parent
    example = (root / ".env.example").read_text(encoding="utf-8")
    read = set(re.findall(r'get\("([A-Z_]+)"\)', (root / "bot" / "config.py").read_text(encoding="utf-8")))
    documented = set(re.findall(r"^#? ?([A-Z][A-Z_]+)=", example, re.MULTILINE))
    assert read and read == documented
    assert set(parse_env_file(example)) <= documented


@pytest.mark.parametrize(
    ("value", "problem"),
    [
        ("1087968824", "ADMIN_IDS: 1087968824 is GroupAnonymousBot"),
        ("12345,777000", "ADMIN_IDS: 777000 is Telegram's service account"),
        ("136817688", "ADMIN_IDS: 136817688 is Channel_Bot"),
        ("-1001234567890", "ADMIN_IDS: -1001234567890 is not a user id (user ids are positive"),
        ("0", "ADMIN_IDS: 0 is not a user id"),
    ],
)
def test_admin_ids_refuse_groups_zero_and_telegrams_shared_ids(tg_knowledge: Path, value: str, problem: str) -> None:
    """Break-in #12: a shared sender id would make every anonymous group admin a bot admin."""
    with pytest.raises(ConfigError) as err:
        load_config(env(tg_knowledge, ADMIN_IDS=value), None)
    assert str(err.value).startswith(problem)
    if value == "1087968824":
        assert "anonymous group admins cannot be bot admins" in str(err.value)


def test_privacy_and_queue_settings(tg_knowledge: Path, tmp_path: Path) -> None:
    config = load_config(env(tg_knowledge), None)
    assert (config.log_retention_days, config.keep_questions, config.group_queue) == (90, True, 5)
    assert config.data_dir == Path("data")
    config = load_config(
        env(tg_knowledge, LOG_RETENTION_DAYS="30", KEEP_QUESTIONS="0", GROUP_QUEUE="2", DATA_DIR=str(tmp_path / "d")),
        None,
    )
    assert (config.log_retention_days, config.keep_questions, config.group_queue) == (30, False, 2)
    assert config.data_dir == tmp_path / "d" and not config.data_dir.exists()  # created at start, not here
    for bad, problem in (
        ({"KEEP_QUESTIONS": "maybe"}, "KEEP_QUESTIONS: 'maybe' is not a yes/no value"),
        ({"LOG_RETENTION_DAYS": "0"}, "LOG_RETENTION_DAYS: 0 is out of range"),
        ({"DATA_DIR": str(tg_knowledge / "rules" / "netralitas.yaml")}, "DATA_DIR: "),
    ):
        with pytest.raises(ConfigError) as err:
            load_config(env(tg_knowledge, **bad), None)
        assert str(err.value).startswith(problem)


def test_token_and_webhook_secret_are_redacted_from_every_log_record(tg_knowledge: Path) -> None:
    """Break-in #9: PTB logs the token at DEBUG (the API URL) and in the 401 traceback."""
    config = load_config(env(tg_knowledge, WEBHOOK_SECRET="hooksecret"), None)
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    level = root.level
    root.addHandler(handler)
    try:
        configure_logging("DEBUG", config.secrets)
        logging.getLogger("telegram.ext.ExtBot").debug("Set Bot API URL: http://x/bot%s", TOKEN)
        try:
            raise RuntimeError(f"The token `{TOKEN}` was rejected by the server.")
        except RuntimeError:
            logging.getLogger("telegram.ext.Application").exception("Invalid token")
        logging.getLogger("tornado").info("secret header hooksecret seen")
    finally:
        root.removeHandler(handler)
        root.setLevel(level)
        for other in root.handlers:
            for f in [f for f in other.filters if isinstance(f, RedactSecrets)]:
                other.removeFilter(f)
    out = stream.getvalue()
    assert "Set Bot API URL: http://x/bot123456:***" in out
    assert "RuntimeError: The token `123456:***` was rejected" in out and "Traceback" in out
    assert "secret header *** seen" in out
    assert "ABC-def_GHI" not in out and "hooksecret" not in out


def test_run_with_an_unusable_data_dir_exits_with_the_reason(
    tmp_path: Path, tg_knowledge: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data"
    data.mkdir()
    (data / "salt").write_bytes(b"short")  # a damaged salt must not be silently replaced
    assert main(environ=env(tg_knowledge, DATA_DIR=str(data)), env_file=None) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"error: DATA_DIR: cannot use {data / 'bot.sqlite3'}") and "too short to be a salt" in err
