"""Admin commands, for the user ids in ADMIN_IDS only: /reload, /stats, /unanswered.

/reload reads the knowledge in a daemon thread with a timeout: a file that never answers (a FIFO, a
hung network share) cannot block the bot or its shutdown. A reload that would drop a whole kind of
knowledge, or lose more than a fifth of the rule cards, is refused unless the admin says
`/reload force` (a half-finished sync must not silently remove every verdict).
"""

from __future__ import annotations

import asyncio
import datetime as dt
import html
import logging
import re
import threading
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from telegram import Update

from bot.knowledge import KnowledgeError
from bot.messages import text
from bot.render import pack_messages
from bot.search import Index
from bot.store import ABSTAIN, ANSWER, CLARIFY, DOWN, UP, KeptQuestion
from bot.telegram import state
from bot.telegram.chat import person_id, reply, user_lang
from bot.telegram.inline import popular_items
from bot.telegram.state import Context, Runtime, counts_text, now, runtime

log = logging.getLogger(__name__)

PROBLEM_CHARS = 600  # one knowledge problem line in a /reload reply, before escaping
PROBLEMS_SHOWN = 20
GUARDED_KINDS = ("rules", "provisions")  # a reload may not empty these without "force"
MAX_RULE_LOSS = 0.2
STATS_RULES = 15
UNANSWERED_GROUPS = 15
UNANSWERED_SCANNED = 1000  # most recent kept questions grouped by /unanswered
SIMILAR = 0.5  # token-set Jaccard at which two questions are the same question
_WORD_RE = re.compile(r"[^\W_]{3,}")


def is_admin(update: Update, context: Context) -> bool:
    """Whether the update comes from a person in ADMIN_IDS (never an anonymous admin or channel)."""
    user = person_id(update)
    return user is not None and user in runtime(context).config.admin_ids


async def require_admin(update: Update, context: Context) -> bool:
    if is_admin(update, context):
        return True
    log.info("refused admin command update=%s user=%s", update.update_id, person_id(update))
    await reply(update, context, html.escape(text(user_lang(update, context), "tg_refusal")))
    return False


# --------------------------------------------------------------------------- /reload


def load_in_daemon_thread(load: Callable[[], Any]) -> tuple[asyncio.Future[Any], threading.Thread, threading.Event]:
    """Run `load` in a daemon thread (so a hung read cannot keep the process alive).

    Returns the future of its result, the thread, and an event set when the work is over (set
    before the result reaches the loop, so a waiter that got the result never sees it running).
    """
    loop = asyncio.get_running_loop()
    future: asyncio.Future[Any] = loop.create_future()
    finished = threading.Event()

    def settle(ok: bool, value: Any) -> None:
        if not future.done():  # the waiter may have given up (timeout)
            if ok:
                future.set_result(value)
            else:
                future.set_exception(value)

    def work() -> None:
        try:
            result = load()
        except BaseException as exc:  # noqa: BLE001 - handed to the waiting coroutine
            finished.set()
            loop.call_soon_threadsafe(settle, False, exc)
        else:
            finished.set()
            loop.call_soon_threadsafe(settle, True, result)

    thread = threading.Thread(target=work, name="knowledge-reload", daemon=True)
    thread.start()
    return future, thread, finished


def shrink_reason(old: Index, new: Index, lang: str) -> str | None:
    """Why swapping `old` for `new` looks like a broken folder rather than an edit, or None."""
    before, after = old.knowledge.counts, new.knowledge.counts
    for kind in GUARDED_KINDS:
        if before.get(kind, 0) > 0 and after.get(kind, 0) == 0:
            return text(lang, "tg_reload_empty_kind").format(kind=kind)
    old_rules, new_rules = before.get("rules", 0), after.get("rules", 0)
    if old_rules and new_rules < old_rules * (1 - MAX_RULE_LOSS):
        return text(lang, "tg_reload_lost_rules").format(old=old_rules, new=new_rules)
    return None


def problem_report(problems: list[str], lang: str) -> list[str]:
    """The reload failure as messages: a count, the first problems, and how many more there are."""
    head = html.escape(text(lang, "tg_reload_failed").format(count=len(problems)))
    lines = [head, *(f"<code>{html.escape(p[:PROBLEM_CHARS], quote=False)}</code>" for p in problems[:PROBLEMS_SHOWN])]
    if len(problems) > PROBLEMS_SHOWN:
        lines.append(text(lang, "tg_reload_more").format(count=len(problems) - PROBLEMS_SHOWN))
    return pack_messages(lines)


@dataclass(frozen=True)
class Reloaded:
    """What a reload did: the new index (None if it was not swapped in) and why not."""

    index: Index | None = None
    seconds: float = 0.0
    problems: list[str] = field(default_factory=list)  # the knowledge's problems, file:line: message
    refusal: str | None = None  # HTML: the reload did not run, timed out or would shrink the knowledge


async def reload_knowledge(context: Context, lang: str, *, force: bool = False) -> Reloaded:
    """Re-read the knowledge in a daemon thread and swap the index in, under the reload lock.

    /reload and the admin knowledge commands (bot.telegram.admin_knowledge) both go through this,
    so the swap stays atomic and one reload at a time.
    """
    rt = runtime(context)
    async with rt.reload_lock:
        if rt.reload_finished is not None and not rt.reload_finished.is_set():
            # The last reload timed out and its thread still waits on a file; another would too.
            return Reloaded(refusal=html.escape(text(lang, "tg_reload_running")))
        future, rt.reload_thread, rt.reload_finished = load_in_daemon_thread(
            lambda: state.load_index(rt.config.knowledge_dir)
        )
        try:
            index, seconds = await asyncio.wait_for(future, rt.config.reload_timeout_seconds)
        except TimeoutError:
            log.error("reload gave up after %.0f s; the previous index keeps serving", rt.config.reload_timeout_seconds)
            timeout = f"{rt.config.reload_timeout_seconds:.0f}"
            return Reloaded(refusal=html.escape(text(lang, "tg_reload_timeout").format(seconds=timeout)))
        except KnowledgeError as exc:
            return Reloaded(problems=exc.problems)
        except Exception as exc:  # a loader bug must still give the admin a reason, not an apology
            log.exception("reload failed unexpectedly")
            return Reloaded(problems=[f"{rt.config.knowledge_dir}: {type(exc).__name__}: {exc}"])
        refused = None if force else shrink_reason(rt.index, index, lang)
        if refused:
            log.warning("reload refused: %s", refused)
            return Reloaded(refusal=text(lang, "tg_reload_refused").format(reason=html.escape(refused)))
        rt.index = index  # the atomic swap
        rt.reloaded_at, rt.reload_seconds = now(), seconds
        rt.counters.reloads += 1
    log.info("reloaded knowledge in %.3f s: %s", seconds, counts_text(index))
    await asyncio.to_thread(_warm, rt)
    return Reloaded(index, seconds)


async def reload_command(update: Update, context: Context) -> None:
    """Admin /reload [force]: re-read the knowledge and swap the index in, or say what is wrong."""
    if not await require_admin(update, context):
        return
    lang = user_lang(update, context)
    force = (context.args or [""])[0].lower() == "force"
    done = await reload_knowledge(context, lang, force=force)
    if done.refusal is not None:
        await reply(update, context, done.refusal)
    elif done.index is None:
        log.warning("reload failed: %d problem(s); the previous index keeps serving", len(done.problems))
        for body in problem_report(done.problems, lang):
            await reply(update, context, body, quote=False)
    else:
        ok = text(lang, "tg_reload_ok").format(seconds=f"{done.seconds:.2f}", counts=html.escape(counts_text(done.index)))
        await reply(update, context, ok, quote=False)


def _warm(rt: Runtime) -> None:
    """Compute what the new index serves often (the inline popular questions) before users ask."""
    for lang in ("id", "en"):
        popular_items(rt, lang)


# --------------------------------------------------------------------------- /stats


async def stats_command(update: Update, context: Context) -> None:
    """Admin /stats: answers, abstentions, clarifications and votes (7 days / total), per rule."""
    if not await require_admin(update, context):
        return
    rt = runtime(context)
    lang = user_lang(update, context)
    recent, total = rt.store.totals(days=7)
    lines = [
        f"<code>{html.escape(t.rule_id)}</code>: {t.recent[ANSWER]}/{t.total[ANSWER]} · "
        f"👍 {t.recent[UP]}/{t.total[UP]} · 👎 {t.recent[DOWN]}/{t.total[DOWN]}"
        for t in rt.store.rule_totals(days=7, limit=STATS_RULES)
    ]
    figures = {event: total[event] for event in total} | {f"{event}7": recent[event] for event in recent}
    body = text(lang, "tg_stats").format(
        **figures,
        rules="\n".join(lines) or html.escape(text(lang, "tg_stats_no_rules")),
        counts=html.escape(counts_text(rt.index)),
        reloaded_at=rt.reloaded_at.strftime("%Y-%m-%d %H:%M:%S UTC"),
        seconds=f"{rt.reload_seconds:.2f}",
        started_at=rt.started_at.strftime("%Y-%m-%d %H:%M:%S UTC"),
        uptime=str(dt.timedelta(seconds=int(time.monotonic() - rt.started))),
        inline=rt.counters.inline,
        flooded=rt.counters.flooded,
        busy=rt.counters.busy,
        undelivered=rt.counters.undelivered,
        errors=rt.counters.errors,
    )
    for chunk in pack_messages(body.split("\n")):
        await reply(update, context, chunk, quote=False)


# --------------------------------------------------------------------------- /unanswered


@dataclass
class QuestionGroup:
    """Kept questions that ask the same thing in other words."""

    words: frozenset[str]
    questions: list[KeptQuestion] = field(default_factory=list)

    @property
    def reasons(self) -> Counter[str]:
        return Counter(q.reason for q in self.questions)


def words(question: str) -> frozenset[str]:
    """The question's words of three letters or more, case-folded (for similarity)."""
    return frozenset(_WORD_RE.findall(question.casefold()))


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / len(a | b) if a or b else 1.0


def group_similar(questions: list[KeptQuestion], threshold: float = SIMILAR) -> list[QuestionGroup]:
    """Group questions whose word sets overlap by at least `threshold` (Jaccard), biggest first.

    Greedy, in the order given (newest first): each question joins the first group whose first
    question it resembles, so every group is shown by its most recent wording.
    """
    groups: list[QuestionGroup] = []
    for question in questions:
        found = words(question.text)
        for group in groups:
            if jaccard(found, group.words) >= threshold:
                group.questions.append(question)
                break
        else:
            groups.append(QuestionGroup(found, [question]))
    return sorted(groups, key=lambda g: -len(g.questions))


def unanswered_lines(groups: list[QuestionGroup]) -> list[str]:
    """One HTML line per group: count, reasons, the newest wording, the cards 👎 was about."""
    icons = {ABSTAIN: "❔", CLARIFY: "🔀", DOWN: "👎"}
    lines = []
    for group in groups[:UNANSWERED_GROUPS]:
        reasons = " ".join(f"{icons[r]}{n}" for r, n in sorted(group.reasons.items()) if r in icons)
        sample = group.questions[0].text
        sample = sample if len(sample) <= 160 else sample[:159] + "…"
        rules = sorted({q.rule_id for q in group.questions if q.rule_id})[:2]
        tail = f" → <code>{html.escape(', '.join(rules))}</code>" if rules else ""
        lines.append(f"<b>{len(group.questions)}×</b> {reasons} {html.escape(sample)}{tail}")
    return lines


async def unanswered_command(update: Update, context: Context) -> None:
    """Admin /unanswered: the most frequent questions the bot could not answer well, grouped."""
    if not await require_admin(update, context):
        return
    rt = runtime(context)
    lang = user_lang(update, context)
    kept = rt.store.kept_questions(limit=UNANSWERED_SCANNED)
    if not kept:
        key = "tg_unanswered_empty" if rt.config.keep_questions else "tg_unanswered_off"
        await reply(update, context, html.escape(text(lang, key)), quote=False)
        return
    groups = await asyncio.to_thread(group_similar, kept)
    head = text(lang, "tg_unanswered").format(count=len(kept), days=rt.config.log_retention_days)
    for chunk in pack_messages([head, "", *unanswered_lines(groups)]):
        await reply(update, context, chunk, quote=False)
