"""Inline keyboards, and the callback data their buttons carry (validated, at most 64 bytes).

Callback data is `<action>:<argument>:<lang>`, e.g. `s:like-postingan-calon:id` (⚖️ for that card,
in Indonesian). Anyone can forge callback data, so `decode` accepts only this shape; the handler
then checks that the card still exists (a button from before a /reload or restart may not).
"""

from __future__ import annotations

import enum
import hashlib
import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.knowledge import Rule
from bot.messages import popular_questions, text, topic_label
from bot.search import Index
from bot.telegram import engine

log = logging.getLogger(__name__)

MAX_CALLBACK_BYTES = 64  # Telegram's limit
MENU_RULES = 12  # cards listed under one topic
HASHED_PREFIX = "_"  # never starts a rule id (ids are [a-z0-9-]), so hashed ids cannot collide
_CALLBACK_RE = re.compile(r"^(?P<action>[a-z]):(?P<arg>[a-z0-9_][a-z0-9-]{0,55})?:(?P<lang>id|en)$")


class Action(enum.StrEnum):
    """What a button does."""

    ANSWER = "a"  # answer one card (clarification candidate, topic menu entry)
    BASIS = "d"  # 📜 the quoted legal basis of a card
    SANCTION = "s"  # ⚖️ the sanction in detail
    AFTERMATH = "t"  # 😟 "already did it?"
    REPORT = "l"  # 📣 how to report
    UP = "u"  # 👍
    DOWN = "n"  # 👎
    TOPIC = "k"  # the topic menu (no argument) or one topic's cards
    LANGUAGE = "g"  # /bahasa choice: auto, id, en
    EXAMPLE = "q"  # one of the popular example questions, by position


@dataclass(frozen=True)
class Press:
    """A decoded button press."""

    action: Action
    arg: str
    lang: str


def encode(action: Action, arg: str, lang: str) -> str:
    """Callback data for a button; a rule id too long to fit is replaced by its hash."""
    data = f"{action.value}:{arg}:{lang}"
    if len(data.encode("utf-8")) > MAX_CALLBACK_BYTES or not _CALLBACK_RE.match(data):
        data = f"{action.value}:{hashed(arg)}:{lang}"
    return data


def decode(data: str | None) -> Press | None:
    """The press a button's data stands for, or None if it is not data we produce."""
    if not data or len(data.encode("utf-8")) > MAX_CALLBACK_BYTES:
        return None
    match = _CALLBACK_RE.match(data)
    if not match:
        return None
    try:
        action = Action(match.group("action"))
    except ValueError:
        return None
    return Press(action, match.group("arg") or "", match.group("lang"))


def hashed(value: str) -> str:
    return HASHED_PREFIX + hashlib.sha1(value.encode("utf-8")).hexdigest()[:16]


def find_rule(index: Index, arg: str) -> Rule | None:
    """The card a button argument names (its id, or the hash of a long id), if it still exists."""
    if arg.startswith(HASHED_PREFIX):
        return next((r for r in index.knowledge.rules if hashed(r.id) == arg), None)
    return engine.find_rule(index, arg)


def _button(label: str, action: Action, arg: str, lang: str) -> InlineKeyboardButton:
    return InlineKeyboardButton(label, callback_data=encode(action, arg, lang))


def answer_keyboard(rule: Rule | None, lang: str) -> InlineKeyboardMarkup:
    """Under an answer: 📜 ⚖️ (😟 where the card has it) 📣, then 👍 👎."""
    if rule is None:
        return InlineKeyboardMarkup([[_button(text(lang, "tg_btn_report"), Action.REPORT, "", lang)]])
    first = [
        _button(text(lang, "tg_btn_basis"), Action.BASIS, rule.id, lang),
        _button(text(lang, "tg_btn_sanction"), Action.SANCTION, rule.id, lang),
    ]
    second = [_button(text(lang, "tg_btn_report"), Action.REPORT, "", lang)]
    if engine.has_aftermath(rule, lang):
        second.insert(0, _button(text(lang, "tg_btn_aftermath"), Action.AFTERMATH, rule.id, lang))
    votes = [
        _button(text(lang, "tg_btn_up"), Action.UP, rule.id, lang),
        _button(text(lang, "tg_btn_down"), Action.DOWN, rule.id, lang),
    ]
    return InlineKeyboardMarkup([first, second, votes])


def candidates_keyboard(rules: Sequence[Rule], lang: str) -> InlineKeyboardMarkup:
    """A clarification: one button per candidate card, then the topic menu."""
    rows = [[_button(engine.title(rule, lang), Action.ANSWER, rule.id, lang)] for rule in rules]
    rows.append([_button(text(lang, "tg_btn_topics"), Action.TOPIC, "", lang)])
    return InlineKeyboardMarkup(rows)


def topics_keyboard(index: Index, lang: str) -> InlineKeyboardMarkup:
    """The topic menu: one button per topic of the loaded cards, two to a row."""
    buttons = [
        _button(topic_label(lang, name), Action.TOPIC, name, lang)
        for name in engine.rules_by_topic(index.knowledge.rules)
    ]
    return InlineKeyboardMarkup([buttons[i : i + 2] for i in range(0, len(buttons), 2)])


def topic_rules_keyboard(rules: Sequence[Rule], lang: str) -> InlineKeyboardMarkup:
    """One topic's cards, by their canonical question, then back to the topic menu."""
    rows = [[_button(engine.title(rule, lang), Action.ANSWER, rule.id, lang)] for rule in rules[:MENU_RULES]]
    rows.append([_button(text(lang, "tg_btn_topics"), Action.TOPIC, "", lang)])
    return InlineKeyboardMarkup(rows)


def examples_keyboard(lang: str, count: int | None = None, *, inline_button: bool = True) -> InlineKeyboardMarkup:
    """Popular example questions (all, or the first `count`), and "ask from another chat"."""
    questions = popular_questions(lang)[:count]
    rows = [[_button(question, Action.EXAMPLE, str(n), lang)] for n, question in enumerate(questions)]
    if inline_button:
        rows.append([InlineKeyboardButton(text(lang, "tg_examples_inline"), switch_inline_query="")])
    return InlineKeyboardMarkup(rows)


def language_keyboard(lang: str) -> InlineKeyboardMarkup:
    """/bahasa: automatic, Indonesian, English."""
    return InlineKeyboardMarkup(
        [[_button(text(lang, f"tg_lang_{choice}"), Action.LANGUAGE, choice, lang) for choice in ("auto", "id", "en")]]
    )
