"""A fake Telegram Bot API server for tests and benchmarks: real HTTP on 127.0.0.1.

It speaks the methods the bot uses, records every call (method + decoded params) and serves
queued updates to getUpdates long polls. It is stricter than needed where strictness catches
bugs: message text must be valid Telegram HTML (tags and their attributes, `blockquote
expandable` included) when parse_mode is HTML and at most 4096 characters, exactly as the real API
rejects it. Replies quote the message they reply to, as Telegram does, so a button under an answer
carries the question it answered.

Fault injection: `fail` makes the next calls of a method fail (any status, Bot API `parameters`
such as `migrate_to_chat_id` or `retry_after`, or a raw non-JSON body like a proxy's error page);
`delay` makes them slow. `files` are served for getFile and /file/bot<token>/<path> downloads.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import logging
import re
import threading
import time
from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import asynccontextmanager, contextmanager
from dataclasses import dataclass, field
from html import unescape
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, unquote, urlsplit

log = logging.getLogger("fake_telegram")

TOKEN = "123456:TEST-token_for-fake"
BOT_ID = 123456
BOT_USERNAME = "asn_netral_test_bot"
GROUP_ID = -1001234567890
MESSAGE_LIMIT = 4096

# Parameters that PTB sends as plain strings; everything else is JSON-encoded.
_STRING_PARAMS = frozenset(
    {
        "text",
        "parse_mode",
        "inline_query_id",
        "callback_query_id",
        "url",
        "secret_token",
        "next_offset",
        "language_code",
        "ip_address",
        "inline_message_id",
        "file_id",
    }
)
# Tags Telegram accepts in parse_mode=HTML (https://core.telegram.org/bots/api#html-style).
_ALLOWED_TAGS = frozenset(
    {"b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "span", "tg-spoiler", "a", "tg-emoji",
     "code", "pre", "blockquote"}
)
_TAG_RE = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[a-zA-Z-]+(?:=\"[^\"]*\"|='[^']*')?)*)\s*>")
_ATTR_RE = re.compile(r"\s+([a-zA-Z-]+)(?:=(?:\"[^\"]*\"|'[^']*'))?")
# The attributes Telegram understands, per tag; any other attribute is refused here (Telegram
# ignores some, but a bot that sends them has a bug).
_ALLOWED_ATTRS = {"a": {"href"}, "span": {"class"}, "code": {"class"}, "tg-emoji": {"emoji-id"}, "blockquote": {"expandable"}}
_ENTITY_RE = re.compile(r"&(#\d+|#x[0-9a-fA-F]+|[a-zA-Z]+);")
_NAMED_ENTITIES = frozenset({"lt", "gt", "amp", "quot"})


class TelegramHTMLError(ValueError):
    """The text would be rejected by Telegram with "Can't parse entities"."""


def parse_telegram_html(source: str) -> str:
    """The plain text Telegram would show for `source`; raise TelegramHTMLError where it would refuse it."""
    out: list[str] = []
    stack: list[str] = []
    pos = 0
    while pos < len(source):
        ch = source[pos]
        if ch == "<":
            match = _TAG_RE.match(source, pos)
            if not match:
                raise TelegramHTMLError(f"Can't parse entities: unsupported start tag at byte offset {pos}")
            closing, name = match.group(1) == "/", match.group(2).lower()
            if name not in _ALLOWED_TAGS:
                raise TelegramHTMLError(f'Can\'t parse entities: unsupported start tag "{name}" at byte offset {pos}')
            attrs = {a.lower() for a in _ATTR_RE.findall(match.group(3))}
            if attrs - _ALLOWED_ATTRS.get(name, set()) or (closing and attrs):
                raise TelegramHTMLError(f'Can\'t parse entities: unsupported attribute of "{name}" at byte offset {pos}')
            if closing:
                if not stack or stack[-1] != name:
                    raise TelegramHTMLError(f'Can\'t parse entities: can\'t find end tag corresponding to start tag "{name}"')
                stack.pop()
            else:
                stack.append(name)
            pos = match.end()
        elif ch == "&":
            match = _ENTITY_RE.match(source, pos)
            if match and not match.group(1).startswith("#") and match.group(1) not in _NAMED_ENTITIES:
                raise TelegramHTMLError(f"Can't parse entities: unsupported HTML entity &{match.group(1)};")
            if match:
                out.append(unescape(match.group(0)))
                pos = match.end()
            else:
                out.append("&")
                pos += 1
        elif ch == ">":
            out.append(">")
            pos += 1
        else:
            out.append(ch)
            pos += 1
    if stack:
        raise TelegramHTMLError(f'Can\'t parse entities: can\'t find end tag corresponding to start tag "{stack[-1]}"')
    return "".join(out)


class ApiError(Exception):
    """An error response of the fake API (or, with `raw`, a non-JSON body such as a proxy's page)."""

    def __init__(
        self, code: int, description: str, *, parameters: dict[str, Any] | None = None, raw: bytes | None = None
    ) -> None:
        super().__init__(description)
        self.code = code
        self.description = description
        self.parameters = parameters
        self.raw = raw


@dataclass
class Call:
    """One request the bot made: method, decoded params, when, and what the fake answered."""

    method: str
    params: dict[str, Any]
    at: float  # time.perf_counter() when the request arrived
    ok: bool = True
    result: Any = None
    error: str = ""

    @property
    def text(self) -> str:
        """The raw `text` parameter (HTML source for HTML messages)."""
        return str(self.params.get("text", ""))

    @property
    def plain(self) -> str:
        """The text as a user would see it (tags removed, entities decoded)."""
        if isinstance(self.result, dict) and "text" in self.result:
            return str(self.result["text"])
        return self.text


@dataclass
class _Queued:
    update: dict[str, Any]
    at: float


@dataclass
class FakeTelegram:
    """The fake server; use as a context manager or call start()/stop()."""

    token: str = TOKEN
    bot_id: int = BOT_ID
    username: str = BOT_USERNAME
    max_poll_wait: float = 1.0  # upper bound on a getUpdates long poll, whatever timeout is asked
    latency: float = 0.0  # seconds added to every call but getUpdates, to mimic a distant API
    calls: list[Call] = field(default_factory=list)
    webhook: dict[str, Any] = field(default_factory=dict)
    enqueued_at: dict[int, float] = field(default_factory=dict)
    files: dict[str, bytes] = field(default_factory=dict)  # file_path -> content, served under /file/bot<token>/
    get_updates_calls: int = 0

    def __post_init__(self) -> None:
        self._cond = threading.Condition()
        self._updates: list[_Queued] = []
        self._update_ids = itertools.count(1)
        self._message_ids = itertools.count(1)
        self._chats: dict[int, dict[str, Any]] = {}
        self._failures: dict[str, list[ApiError | float]] = {}
        self._messages: dict[tuple[int, int], dict[str, Any]] = {}  # what replies may quote
        self._slow_chats: dict[int, float] = {}
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None
        self._stopping = False

    # ------------------------------------------------------------------ lifecycle

    def start(self) -> FakeTelegram:
        """Listen on a random free port of 127.0.0.1 in a background thread."""
        server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
        server.daemon_threads = True
        server.fake = self  # type: ignore[attr-defined]
        self._server = server
        # A short poll interval makes stop() quick; serve_forever checks for shutdown that often.
        self._thread = threading.Thread(
            target=server.serve_forever, kwargs={"poll_interval": 0.05}, name="fake-telegram", daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving and wake any waiting long poll."""
        with self._cond:
            self._stopping = True
            self._cond.notify_all()
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)

    def __enter__(self) -> FakeTelegram:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def port(self) -> int:
        assert self._server is not None, "start() the fake first"
        return int(self._server.server_address[1])

    @property
    def base_url(self) -> str:
        """What to pass as python-telegram-bot's base_url (the token is appended)."""
        return f"http://127.0.0.1:{self.port}/bot"

    @property
    def bot_user(self) -> dict[str, Any]:
        return {
            "id": self.bot_id,
            "is_bot": True,
            "first_name": "ASN Netral (test)",
            "username": self.username,
            "can_join_groups": True,
            "can_read_all_group_messages": False,  # privacy mode on, as bots have by default
            "supports_inline_queries": True,
        }

    # ------------------------------------------------------------------ updates

    def enqueue(self, *updates: dict[str, Any]) -> list[int]:
        """Queue updates for getUpdates; returns their update ids."""
        now = time.perf_counter()
        ids = []
        with self._cond:
            for update in updates:
                update.setdefault("update_id", next(self._update_ids))
                self.enqueued_at[update["update_id"]] = now
                self._remember_chat(update)
                self._updates.append(_Queued(update, now))
                ids.append(update["update_id"])
            self._cond.notify_all()
        return ids

    def pending(self) -> int:
        """How many queued updates the bot has not confirmed yet."""
        with self._cond:
            return len(self._updates)

    def new_update(self) -> dict[str, Any]:
        """An empty update with a fresh update_id (for webhook posts)."""
        with self._cond:
            return {"update_id": next(self._update_ids)}

    def user(self, user_id: int = 1001, language_code: str = "id", first_name: str = "Tester") -> dict[str, Any]:
        return {"id": user_id, "is_bot": False, "first_name": first_name, "language_code": language_code}

    def message(
        self,
        text: str,
        *,
        chat: dict[str, Any],
        user_id: int = 1001,
        language_code: str = "id",
        reply_to: dict[str, Any] | None = None,
    ) -> dict[str, Any]:
        """An update with a new text message; a leading /command gets its bot_command entity."""
        with self._cond:
            message_id = next(self._message_ids)
        msg: dict[str, Any] = {
            "message_id": message_id,
            "date": int(time.time()),
            "chat": chat,
            "from": self.user(user_id, language_code),
            "text": text,
        }
        command = re.match(r"/[A-Za-z0-9_]+(?:@[A-Za-z0-9_]+)?", text)
        if command:
            msg["entities"] = [{"type": "bot_command", "offset": 0, "length": len(command.group(0))}]
        if reply_to is not None:
            msg["reply_to_message"] = reply_to
        return {"message": msg}

    def private_message(self, text: str, *, user_id: int = 1001, language_code: str = "id", **kw: Any) -> dict[str, Any]:
        """A message in the private chat with `user_id`."""
        chat = {"id": user_id, "type": "private", "first_name": "Tester"}
        return self.message(text, chat=chat, user_id=user_id, language_code=language_code, **kw)

    def group_message(
        self, text: str, *, chat_id: int = GROUP_ID, user_id: int = 1001, language_code: str = "id", **kw: Any
    ) -> dict[str, Any]:
        """A message in a supergroup."""
        chat = {"id": chat_id, "type": "supergroup", "title": "ASN Kabupaten"}
        return self.message(text, chat=chat, user_id=user_id, language_code=language_code, **kw)

    def inline_query(self, query: str, *, user_id: int = 1001, language_code: str = "id") -> dict[str, Any]:
        """An inline query `@bot query`."""
        with self._cond:
            qid = f"iq{next(self._message_ids)}"
        return {
            "inline_query": {
                "id": qid,
                "from": self.user(user_id, language_code),
                "query": query,
                "offset": "",
                "chat_type": "sender",
            }
        }

    def callback_query(
        self, message: dict[str, Any] | None, data: str, *, user_id: int = 1001, language_code: str = "id"
    ) -> dict[str, Any]:
        """A press of an inline-keyboard button under `message` (one the bot sent); with no message,
        a press under a message sent via inline mode, which has no chat."""
        with self._cond:
            qid = f"cq{next(self._message_ids)}"
        query: dict[str, Any] = {"id": qid, "from": self.user(user_id, language_code), "chat_instance": "ci-1", "data": data}
        if message is None:
            query["inline_message_id"] = f"im{qid}"
        else:
            query["message"] = message
        return {"callback_query": query}

    def anonymous_admin_message(self, text: str, *, chat_id: int = GROUP_ID) -> dict[str, Any]:
        """A group message from an anonymous admin: `from` is GroupAnonymousBot, `sender_chat` the group."""
        update = self.group_message(text, chat_id=chat_id)
        update["message"]["from"] = {"id": 1087968824, "is_bot": True, "first_name": "Group", "username": "GroupAnonymousBot"}
        update["message"]["sender_chat"] = {"id": chat_id, "type": "supergroup", "title": "ASN Kabupaten"}
        return update

    def _remember_chat(self, update: dict[str, Any]) -> None:
        msg = update.get("message") or (update.get("callback_query") or {}).get("message")
        if isinstance(msg, dict) and isinstance(msg.get("chat"), dict) and "id" in msg["chat"]:
            self._chats[msg["chat"]["id"]] = msg["chat"]
            if "message_id" in msg:
                self._messages[(msg["chat"]["id"], msg["message_id"])] = {
                    k: v for k, v in msg.items() if k not in ("reply_to_message", "reply_markup")
                }

    # ------------------------------------------------------------------ calls

    def fail(
        self,
        method: str,
        code: int = 400,
        description: str = "Bad Request: injected failure",
        *,
        times: int = 1,
        parameters: dict[str, Any] | None = None,
        raw: bytes | None = None,
    ) -> None:
        """Make the next `times` calls of `method` fail with this error (JSON, or a `raw` body)."""
        with self._cond:
            for _ in range(times):
                self._failures.setdefault(method, []).append(ApiError(code, description, parameters=parameters, raw=raw))

    def slow_chat(self, chat_id: int, seconds: float) -> None:
        """Make every sendMessage to `chat_id` take `seconds` (as when Telegram's per-group limit bites)."""
        with self._cond:
            self._slow_chats[chat_id] = seconds

    def delay(self, method: str, seconds: float, *, times: int = 1) -> None:
        """Make the next `times` calls of `method` take `seconds` longer (then succeed)."""
        with self._cond:
            for _ in range(times):
                self._failures.setdefault(method, []).append(seconds)

    def mark(self) -> int:
        """A position in the call log; pass it as `since` to look only at later calls."""
        with self._cond:
            return len(self.calls)

    def calls_of(self, method: str | None = None, *, since: int = 0) -> list[Call]:
        """Recorded calls of `method` (all methods if None) from position `since`."""
        with self._cond:
            return [c for c in self.calls[since:] if method is None or c.method == method]

    def sent_to(self, chat_id: int, *, since: int = 0) -> list[Call]:
        """Successful sendMessage calls to `chat_id`."""
        return [c for c in self.calls_of("sendMessage", since=since) if c.ok and c.params.get("chat_id") == chat_id]

    async def wait_for(
        self,
        method: str,
        where: Callable[[Call], bool] | None = None,
        *,
        since: int = 0,
        count: int = 1,
        timeout: float = 10.0,
    ) -> list[Call]:
        """Wait until `count` calls of `method` matching `where` were recorded; fail after `timeout`."""
        deadline = time.monotonic() + timeout
        while True:
            found = [c for c in self.calls_of(method, since=since) if where is None or where(c)]
            if len(found) >= count:
                return found
            if time.monotonic() > deadline:
                seen = [(c.method, c.ok, c.error) for c in self.calls_of(since=since)]
                raise AssertionError(f"timed out waiting for {count} x {method}; calls since mark: {seen}")
            await asyncio.sleep(0.005)

    async def wait_for_one(self, method: str, where: Callable[[Call], bool] | None = None, **kw: Any) -> Call:
        """The first call of `method` matching `where` (see wait_for)."""
        return (await self.wait_for(method, where, **kw))[0]

    # ------------------------------------------------------------------ the API

    def handle(self, token: str, method: str, params: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        """Serve one Bot API request; returns (HTTP status, JSON body)."""
        call = Call(method, params, time.perf_counter())
        if method != "getUpdates":
            with self._cond:
                self.calls.append(call)
            if self.latency:
                time.sleep(self.latency)
        else:
            with self._cond:
                self.get_updates_calls += 1
        try:
            if token != self.token:
                raise ApiError(401, "Unauthorized")
            with self._cond:
                injected = self._failures.get(method)
                failure = injected.pop(0) if injected else None
            if isinstance(failure, float | int):
                time.sleep(failure)
            elif failure is not None:
                raise failure
            handler = getattr(self, f"_api_{method}", None)
            if handler is None:
                log.warning("fake Telegram: unknown method %s", method)
                raise ApiError(404, "Not Found: method not found")
            call.result = handler(params)
            return 200, {"ok": True, "result": call.result}
        except ApiError as exc:
            call.ok, call.error = False, exc.description
            body: dict[str, Any] = {"ok": False, "error_code": exc.code, "description": exc.description}
            if exc.parameters:
                body["parameters"] = exc.parameters
            if exc.raw is not None:
                body = {"raw": exc.raw.decode("latin-1")}
            return exc.code, body

    def _api_getMe(self, params: dict[str, Any]) -> dict[str, Any]:
        return self.bot_user

    def _api_getUpdates(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        offset = int(params.get("offset") or 0)
        limit = int(params.get("limit") or 100)
        wait = min(float(params.get("timeout") or 0), self.max_poll_wait)
        deadline = time.monotonic() + wait
        with self._cond:
            while True:
                # Like Telegram, an offset confirms (forgets) every earlier update.
                self._updates = [q for q in self._updates if q.update["update_id"] >= offset]
                if self._updates or self._stopping:
                    return [q.update for q in self._updates[:limit]]
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    return []
                self._cond.wait(remaining)

    def _chat(self, chat_id: Any) -> dict[str, Any]:
        try:
            cid = int(chat_id)
        except (TypeError, ValueError):
            raise ApiError(400, "Bad Request: chat not found") from None
        return self._chats.get(cid) or {"id": cid, "type": "private" if cid > 0 else "supergroup", "title": "chat"}

    def _checked_text(self, text: Any, parse_mode: Any) -> str:
        if not isinstance(text, str) or not text.strip():
            raise ApiError(400, "Bad Request: message text is empty")
        plain = text
        if str(parse_mode).upper() == "HTML":
            try:
                plain = parse_telegram_html(text)
            except TelegramHTMLError as exc:
                raise ApiError(400, f"Bad Request: {exc}") from None
        if len(plain) > MESSAGE_LIMIT:
            raise ApiError(400, "Bad Request: message is too long")
        return plain

    def _api_sendMessage(self, params: dict[str, Any]) -> dict[str, Any]:
        plain = self._checked_text(params.get("text"), params.get("parse_mode"))
        with self._cond:
            chat = self._chat(params.get("chat_id"))
            slow = self._slow_chats.get(chat["id"], 0.0)
        if slow:
            time.sleep(slow)
        with self._cond:
            message_id = next(self._message_ids)
        message: dict[str, Any] = {
            "message_id": message_id,
            "date": int(time.time()),
            "chat": chat,
            "from": self.bot_user,
            "text": plain,
        }
        reply = params.get("reply_parameters")
        if isinstance(reply, dict) and "message_id" in reply:
            # The replied-to message as Telegram includes it (one level deep).
            with self._cond:
                quoted = self._messages.get((chat["id"], reply["message_id"]))
            message["reply_to_message"] = quoted or {"message_id": reply["message_id"], "date": message["date"], "chat": chat}
        if params.get("message_thread_id") is not None:
            message["message_thread_id"] = params["message_thread_id"]
        with self._cond:
            self._messages[(chat["id"], message_id)] = dict(message)
        if "reply_markup" in params:
            message["reply_markup"] = params["reply_markup"]
        return message

    def _api_getFile(self, params: dict[str, Any]) -> dict[str, Any]:
        file_id = str(params.get("file_id", ""))
        if file_id not in self.files:
            raise ApiError(400, "Bad Request: invalid file_id")
        return {"file_id": file_id, "file_unique_id": f"u{file_id}", "file_size": len(self.files[file_id]), "file_path": file_id}

    def _api_editMessageText(self, params: dict[str, Any]) -> dict[str, Any] | bool:
        plain = self._checked_text(params.get("text"), params.get("parse_mode"))
        if "inline_message_id" in params:
            return True
        chat = self._chat(params.get("chat_id"))
        return {"message_id": int(params.get("message_id", 0)), "date": int(time.time()), "chat": chat,
                "from": self.bot_user, "text": plain, "edit_date": int(time.time())}

    def _api_answerCallbackQuery(self, params: dict[str, Any]) -> bool:
        if not params.get("callback_query_id"):
            raise ApiError(400, "Bad Request: query is too old and response timeout expired or query ID is invalid")
        return True

    def _api_answerInlineQuery(self, params: dict[str, Any]) -> bool:
        results = params.get("results")
        if not isinstance(results, list) or len(results) > 50:
            raise ApiError(400, "Bad Request: RESULTS_TOO_MUCH")
        ids = [r.get("id") for r in results]
        if len(set(ids)) != len(ids) or any(not i or len(str(i).encode()) > 64 for i in ids):
            raise ApiError(400, "Bad Request: RESULT_ID_DUPLICATE or invalid result id")
        for result in results:
            if not result.get("title"):
                raise ApiError(400, "Bad Request: RESULT_TITLE_EMPTY")
            content = result.get("input_message_content") or {}
            self._checked_text(content.get("message_text"), content.get("parse_mode"))
        button = params.get("button")
        if button is not None:
            start = str(button.get("start_parameter", ""))
            if not re.fullmatch(r"[A-Za-z0-9_-]{1,64}", start):
                raise ApiError(400, "Bad Request: START_PARAM_INVALID")
        return True

    def _api_setMyCommands(self, params: dict[str, Any]) -> bool:
        return True

    def _api_deleteMyCommands(self, params: dict[str, Any]) -> bool:
        return True

    def _api_getMyCommands(self, params: dict[str, Any]) -> list[Any]:
        return []

    def _api_setWebhook(self, params: dict[str, Any]) -> bool:
        with self._cond:
            self.webhook = {"url": params.get("url", ""), "secret_token": params.get("secret_token")}
        return True

    def _api_deleteWebhook(self, params: dict[str, Any]) -> bool:
        with self._cond:
            self.webhook = {}
        return True

    def _api_getWebhookInfo(self, params: dict[str, Any]) -> dict[str, Any]:
        return {"url": self.webhook.get("url", ""), "has_custom_certificate": False, "pending_update_count": self.pending()}

    def _api_sendChatAction(self, params: dict[str, Any]) -> bool:
        return True

    def _api_close(self, params: dict[str, Any]) -> bool:
        return True

    def _api_logOut(self, params: dict[str, Any]) -> bool:
        return True


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive: the bot's connection pool reuses connections
    # Headers and body go out in separate writes; with Nagle's algorithm on, the client's delayed
    # ACK would add ~40 ms to every call.
    disable_nagle_algorithm = True
    server: ThreadingHTTPServer

    def do_GET(self) -> None:  # noqa: N802 - http.server's naming
        self._serve(b"")

    def do_POST(self) -> None:  # noqa: N802
        length = int(self.headers.get("Content-Length") or 0)
        self._serve(self.rfile.read(length) if length else b"")

    def _serve(self, body: bytes) -> None:
        parts = urlsplit(self.path)
        fake: FakeTelegram = self.server.fake  # type: ignore[attr-defined]
        download = re.fullmatch(r"/file/bot([^/]+)/(.+)", unquote(parts.path))  # clients quote the token's ":"
        if download:
            content = fake.files.get(download.group(2)) if download.group(1) == fake.token else None
            self._write(200 if content is not None else 404, content or b"", "application/octet-stream")
            return
        match = re.fullmatch(r"/bot([^/]+)/([A-Za-z]+)", parts.path)
        if not match:
            status, payload = 404, {"ok": False, "error_code": 404, "description": "Not Found"}
        else:
            params = _decode(dict(parse_qsl(parts.query)))
            params.update(self._body_params(body))
            status, payload = fake.handle(match.group(1), match.group(2), params)
        if set(payload) == {"raw"}:
            self._write(status, str(payload["raw"]).encode("latin-1"), "text/html")
            return
        self._write(status, json.dumps(payload).encode(), "application/json")

    def _write(self, status: int, data: bytes, kind: str) -> None:
        try:
            self.send_response(status)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)
        except (BrokenPipeError, ConnectionResetError):
            # The bot gave up on a long poll (it is stopping); nobody is left to answer.
            self.close_connection = True

    def _body_params(self, body: bytes) -> dict[str, Any]:
        if not body:
            return {}
        kind = self.headers.get("Content-Type", "")
        if kind.startswith("application/json"):
            return dict(json.loads(body))
        return _decode(dict(parse_qsl(body.decode("utf-8"), keep_blank_values=True)))

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - http.server's signature
        # Request lines contain the token; keep them out of the test output.
        pass


def _decode(form: dict[str, str]) -> dict[str, Any]:
    """Undo python-telegram-bot's encoding: strings as-is, everything else JSON."""
    out: dict[str, Any] = {}
    for key, value in form.items():
        if key in _STRING_PARAMS:
            out[key] = value
            continue
        try:
            out[key] = json.loads(value)
        except ValueError:
            out[key] = value
    return out


@contextmanager
def running_fake(**kwargs: Any) -> Iterator[FakeTelegram]:
    """A started FakeTelegram that is stopped afterwards."""
    fake = FakeTelegram(**kwargs).start()
    try:
        yield fake
    finally:
        fake.stop()


@asynccontextmanager
async def polling(application: Any, *, poll_timeout: float = 1.0) -> AsyncIterator[Any]:
    """Run a python-telegram-bot Application with long polling, in the order run_polling uses."""
    await application.initialize()
    if application.post_init:
        await application.post_init(application)
    await application.updater.start_polling(poll_interval=0, timeout=poll_timeout, drop_pending_updates=False)
    await application.start()
    try:
        yield application
    finally:
        if application.updater.running:
            await application.updater.stop()
        if application.running:
            await application.stop()
        await application.shutdown()
        if application.post_shutdown:
            await application.post_shutdown(application)


# --------------------------------------------------------------------------- sample knowledge

SAMPLE_PROVISIONS = {
    "pp-94-2021.yaml": """\
document:
  source: PP 94/2021
  title: Peraturan Pemerintah Nomor 94 Tahun 2021 tentang Disiplin Pegawai Negeri Sipil
  status: in-force
  url: https://example.org/pp-94-2021?a=1&b=2
  as_of: 2026-11-24
provisions:
  - id: pp94-p5-n-1
    ref: Pasal 5 huruf n angka 1
    text: >-
      PNS dilarang memberikan dukungan kepada calon Presiden/Wakil Presiden, calon kepala daerah,
      calon anggota DPR, DPD, atau DPRD dengan cara ikut kampanye.
    gloss: A civil servant may not support a candidate by joining a campaign rally.
  - id: pp94-p5-n-4
    ref: Pasal 5 huruf n angka 4
    text: >-
      PNS dilarang memberikan dukungan kepada calon dengan cara menggunakan media sosial,
      termasuk memberi tanda suka (like), komentar, atau membagikan unggahan calon <b>&amp;</b> sejenisnya.
    gloss: A civil servant may not support a candidate on social media, including likes.
""",
    "uu-20-2023.yaml": """\
document:
  source: UU 20/2023
  title: Undang-Undang Nomor 20 Tahun 2023 tentang Aparatur Sipil Negara
  status: in-force
  url: https://example.org/uu-20-2023
  as_of: 2026-11-24
provisions:
  - id: uu20-p9-2
    ref: Pasal 9 ayat (2)
    text: >-
      Pegawai ASN harus bebas dari pengaruh dan intervensi semua golongan dan partai politik.
    gloss: Civil servants must be free from the influence of any group or political party.
""",
}

SAMPLE_RULES = """\
- id: like-postingan-calon
  topic: media-sosial
  title:
    id: "Bolehkah ASN me-like unggahan calon?"
    en: "May a civil servant like a candidate's post?"
  questions:
    id:
      - Apakah ASN boleh menyukai unggahan calon kepala daerah di media sosial?
      - min, boleh ga sih pns ngelike postingan paslon?
      - Bolehkah PNS me-like postingan calon?
      - ASN klik like di status facebook calon bupati melanggar?
    en:
      - Can a civil servant like a candidate's post on social media?
      - May a civil servant like a candidate's post?
  verdict: prohibited
  answer:
    id: Tidak boleh. Memberi like pada unggahan calon dihitung sebagai dukungan.
    en: No. Liking a candidate's post counts as support.
  sanction:
    id: Hukuman disiplin sedang sampai berat.
    en: A moderate to severe disciplinary penalty.
  basis: [pp94-p5-n-4, uu20-p9-2]
  valid_as_of: 2026-11-24
- id: ikut-kampanye
  topic: kampanye
  title:
    id: "Bolehkah ASN ikut kampanye?"
    en: "May a civil servant join a campaign?"
  questions:
    id:
      - Bolehkah ASN hadir di kampanye?
      - asn hadir di kampanye paslon boleh ga?
      - PNS datang ke rapat umum kampanye caleg melanggar?
      - bolehkah pppk ikut kampanye calon kepala daerah
    en:
      - May a civil servant attend a campaign rally?
      - May a PNS join a candidate's campaign?
  verdict: prohibited
  answer:
    id: Tidak boleh ikut kampanye.
    en: No, civil servants may not join campaigns.
  basis: [pp94-p5-n-1]
  valid_as_of: 2026-11-24
"""

# A card that /reload tests add; its questions match nothing in the cards above.
EXTRA_RULE = """\
- id: anggota-partai
  topic: status-pencalonan
  title:
    id: "Bolehkah PNS menjadi anggota partai politik?"
    en: "May a civil servant join a political party?"
  questions:
    id:
      - Bolehkah PNS menjadi anggota partai politik?
      - pns jadi pengurus parpol boleh?
      - ASN masuk partai politik melanggar?
      - bolehkah pppk menjadi kader partai
    en:
      - May a civil servant join a political party?
      - Can a PNS be a party member?
  verdict: prohibited
  answer:
    id: Tidak boleh menjadi anggota atau pengurus partai politik.
    en: No, civil servants may not be members of a political party.
  basis: [uu20-p9-2]
  valid_as_of: 2026-11-24
"""


def write_sample_knowledge(root: Path) -> Path:
    """A small, valid knowledge folder (two documents, two rule cards) for tests and benchmarks."""
    (root / "provisions").mkdir(parents=True, exist_ok=True)
    (root / "rules").mkdir(parents=True, exist_ok=True)
    for name, body in SAMPLE_PROVISIONS.items():
        (root / "provisions" / name).write_text(body, encoding="utf-8")
    (root / "rules" / "netralitas.yaml").write_text(SAMPLE_RULES, encoding="utf-8")
    return root
