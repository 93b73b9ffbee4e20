"""Render an Answer for a phone: a short answer first, the law one tap away.

One Telegram message per answer: the verdict label, "Saya menjawab: …", the card's answer, one
sanction line, one "Dasar:" line of short references linked to their sources, a caveat when there
is one, and the quoted texts inside an expandable blockquote (collapsed on the phone). The buttons'
texts (📜 full basis, ⚖️ sanction, 😟 "already did it?") are rendered here too; the channel only
decides where to send them.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from typing import Any

from bot.answer import Answer, Citation
from bot.knowledge import Passage
from bot.messages import (
    format_date,
    popular_questions,
    status_label,
    text,
    verdict_label,
)
from bot.text import cut_at_word, shorten

TELEGRAM_LIMIT = 4096
TITLE_CHARS = 110
MAX_REFS = 3  # references on the "Dasar:" line
QUOTE_CHARS = 300  # per quote inside the collapsed blockquote
VISIBLE_CHARS = 900  # about one phone screen (38 characters x 24 lines)


@dataclass(frozen=True)
class InlineItem:
    """One inline-mode result, independent of the Telegram library."""

    id: str
    title: str
    description: str
    html: str


def _esc(s: str) -> str:
    return html.escape(s, quote=False)


def _ref(p: Passage, lang: str) -> str:
    """"PP 94/2021 Pasal 5 huruf n angka 1", or "ANTARA, 24 September 2020" for a news article."""
    return p.short_ref if p.kind == "provision" else f"{p.source}, {format_date(p.date, lang)}"


# The "Dasar:" line names the law and binding guidance; officials' statements, superseded or revoked
# texts and news stay in the quotes and behind the 📜 button (a statement the card disagrees with
# must not look like the basis of the verdict).
_NOT_A_BASIS = frozenset({"statement", "superseded", "historical", "revoked"})


def _refs(answer: Answer, limit: int = MAX_REFS) -> list[Passage]:
    """Distinct passages for the "Dasar:" line, best first: the law, or else whatever is cited."""
    out: list[Passage] = []
    legal = [c for c in answer.citations if c.passage.kind == "provision" and c.passage.status not in _NOT_A_BASIS]
    for c in legal or answer.citations:
        if all(_ref(c.passage, answer.lang) != _ref(p, answer.lang) for p in out):
            out.append(c.passage)
    return out[:limit]


def _head(answer: Answer, markup: bool) -> list[str]:
    """Verdict label and "Saya menjawab: …" (rule and principle answers)."""
    lang = answer.lang
    label = verdict_label(lang, answer.verdict or "info")
    lines = [f"<b>{_esc(label)}</b>" if markup else label]
    if answer.kind == "principle" and answer.rule is not None and answer.rule.legal_test:
        # A step of the legal test: say which general rule the message was found to meet.
        said = f"{text(lang, 'legal_test_intro')}: {answer.understood}"
        lines.append(f"<i>{_esc(said)}</i>" if markup else said)
    elif answer.kind == "principle":
        lines.append(_esc(text(lang, "principle_intro")) if markup else text(lang, "principle_intro"))
    elif answer.understood:
        said = f"{text(lang, 'understood')}: {answer.understood}"
        lines.append(f"<i>{_esc(said)}</i>" if markup else said)
    return lines


def _body(answer: Answer, markup: bool, refs_limit: int = MAX_REFS) -> list[str]:
    """Answer, sanction line, basis line, caveat."""
    rule = answer.rule
    assert rule is not None
    lang = answer.lang
    esc = _esc if markup else (lambda s: s)
    lines = [esc(rule.answer[lang])]
    if rule.sanction:
        name = text(lang, "sanction")
        lines.append(f"<b>{esc(name)}:</b> {esc(rule.sanction[lang])}" if markup else f"{name}: {rule.sanction[lang]}")
    refs = _refs(answer, refs_limit)
    news = [c.passage for c in answer.citations if c.passage.kind == "article"][:1]
    for key, passages in (("basis", refs), ("news", [p for p in news if p not in refs])):
        if not passages:
            continue
        name = text(lang, key)
        if markup:
            links = [
                f'<a href="{html.escape(p.url, quote=True)}">{esc(_ref(p, lang))}</a>' if p.url else esc(_ref(p, lang))
                for p in passages
            ]
            lines.append(f"<b>{esc(name)}:</b> " + "; ".join(links))
        else:
            lines.append(f"{name}: " + "; ".join(_ref(p, lang) for p in passages))
    caveat = rule.caveat.get(lang)
    if caveat:
        lines.append(f"ℹ️ {esc(caveat)}")
    return lines


def _quote_line(c: Citation, n: int, lang: str, markup: bool = False) -> str:
    """One citation: reference (linked to its source in markup), quote, plain-words gloss."""
    p = c.passage
    esc = _esc if markup else (lambda s: s)
    quote = shorten(c.text, QUOTE_CHARS)
    gloss = p.gloss.get(lang)
    ref = esc(_ref(p, lang))
    if markup and p.url:
        ref = f'<a href="{html.escape(p.url, quote=True)}">{ref}</a>'
    line = f"[{n}] {ref}: “{esc(quote)}”"
    if p.kind == "provision" and p.status == "revoked":
        # a revoked law quoted by name ("Bunyi Pasal 9 ayat (2) UU 5/2014") says so where it is quoted
        line += f" [{esc(p.status_note.get(lang) or status_label(lang, p.status))}]"
    return f"{line} ({esc(gloss)})" if gloss else line


def _visible(answer: Answer, markup: bool) -> str:
    """Everything a user reads without tapping: the short answer for every kind of Answer."""
    lang = answer.lang
    esc = _esc if markup else (lambda s: s)
    if answer.kind == "empty":
        return esc(text(lang, "empty"))
    if answer.kind == "smalltalk":
        reply = text(lang, f"smalltalk_{answer.smalltalk or 'ack'}")
        # In a chat the examples come as buttons under the message; plain text lists them.
        return esc(reply) if markup else "\n".join([reply, *(f"• {q}" for q in popular_questions(lang)[:2])])
    if answer.kind == "abstain":
        return esc(text(lang, f"redirect_{answer.redirect}" if answer.redirect else "abstain"))
    if answer.kind == "clarify":
        options = [f"{n}. {r.title.get(lang) or r.title.get('id', r.id)}" for n, r in enumerate(answer.clarify, start=1)]
        return "\n".join([esc(text(lang, "clarify")), *(esc(o) for o in options)])
    if answer.kind == "passages":
        laws = all(c.passage.kind == "provision" for c in answer.citations)
        intro = text(lang, "passages_intro" if laws else "passages_intro_sources")
        head = [f"<b>{esc(verdict_label(lang, 'info'))}</b>" if markup else verdict_label(lang, "info"), esc(intro)]
        return "\n".join(head + [_quote_line(c, n, lang, markup) for n, c in enumerate(answer.citations, start=1)])
    if answer.focus == "sanction":
        return "\n".join(_head(answer, markup) + [_sanction_text(answer, markup)])
    if answer.focus == "aftermath" and answer.rule is not None and answer.rule.aftermath:
        return "\n".join(_head(answer, markup) + [esc(answer.rule.aftermath[lang])])
    # The short answer fits one phone screen: fewer references on the "Dasar:" line if need be
    # (all of them are behind the 📜 button).
    for limit in range(MAX_REFS, 0, -1):
        shown = "\n".join(_head(answer, markup) + _body(answer, markup, limit))
        if _plain_length(shown, markup) <= VISIBLE_CHARS:
            break
    return shown


def _plain_length(text_: str, markup: bool) -> int:
    return visible_length(text_) if markup else len(text_)


def _sanction_text(answer: Answer, markup: bool) -> str:
    rule = answer.rule
    lang = answer.lang
    esc = _esc if markup else (lambda s: s)
    if rule is None or not (rule.sanction or rule.sanction_detail):
        return esc(text(lang, "no_sanction"))
    detail = rule.sanction_detail.get(lang) or rule.sanction.get(lang, "")
    name = text(lang, "sanction")
    return f"<b>{esc(name)}:</b> {esc(detail)}" if markup else f"{name}: {detail}"


def to_html(answer: Answer) -> str:
    """The answer as ONE Telegram-HTML message: short answer, then the quotes collapsed."""
    visible = _visible(answer, markup=True)
    if answer.kind not in ("rule", "principle") or not answer.citations or answer.focus != "answer":
        return visible
    quotes = [_quote_line(c, n, answer.lang) for n, c in enumerate(answer.citations, start=1)]
    # Drop quotes from the end until the message fits; the 📜 button shows them all.
    while quotes:
        block = "<blockquote expandable>" + _esc("\n".join(quotes)) + "</blockquote>"
        if len(visible) + 1 + len(block) <= TELEGRAM_LIMIT:
            return f"{visible}\n{block}"
        quotes.pop()
    return visible


def to_plain(answer: Answer) -> str:
    """The same answer as plain text (CLI, JSON "answer"): the quotes follow in full."""
    visible = _visible(answer, markup=False)
    if answer.kind not in ("rule", "principle") or not answer.citations or answer.focus != "answer":
        return visible
    quotes = [f"{text(answer.lang, 'quotes')}:"] + [_quote_line(c, n, answer.lang) for n, c in enumerate(answer.citations, start=1)]
    return visible + "\n\n" + "\n".join(quotes) + "\n\n" + text(answer.lang, "footer")


def visible_length(html_text: str) -> int:
    """Characters a reader sees without expanding: tags, entities and collapsed quotes excluded."""
    shown = re.sub(r"<blockquote expandable>.*?</blockquote>", "", html_text, flags=re.DOTALL)
    return len(html.unescape(re.sub(r"<[^>]+>", "", shown)).strip())


# --------------------------------------------------------------------------- behind the buttons


def _citation_block(c: Citation, n: int, lang: str) -> list[str]:
    """One citation in full, for the 📜 message; every line is tag-balanced."""
    p = c.passage
    lines = [f"<b>[{n}] {_esc(_ref(p, lang))}</b>", f"<i>“{_esc(c.text)}”</i>"]
    gloss = p.gloss.get(lang)
    if gloss:
        lines.append(_esc(gloss))
    meta = [cut_at_word(p.title, TITLE_CHARS)] if p.kind == "provision" else [p.title]
    if p.kind == "provision":
        status = status_label(lang, p.status)
        note = p.status_note.get(lang)
        meta.append(f"{status} ({note})" if note else status)
        meta.append(f"{text(lang, 'checked')} {format_date(p.date, lang)}")
    lines.append(_esc(" · ".join(m for m in meta if m)))
    if p.caveat.get(lang):
        lines.append(f"ℹ️ {_esc(p.caveat[lang])}")
    if p.url:
        lines.append(f'<a href="{html.escape(p.url, quote=True)}">🔗 {_esc(_host(p.url))}</a>')
    return lines


def _host(url: str) -> str:
    return re.sub(r"^https?://(www\.)?", "", url).split("/", 1)[0]


def basis_html(answer: Answer) -> list[str]:
    """📜 The full quoted basis as Telegram messages (each at most 4,096 characters)."""
    lang = answer.lang
    head = f"<b>{_esc(text(lang, 'basis_heading'))}</b>"
    if answer.understood:
        head += f"\n<i>{_esc(answer.understood)}</i>"
    blocks = ["\n".join(_citation_block(c, n, lang)) for n, c in enumerate(answer.citations, start=1)]
    return pack_messages([head, *blocks, f"<i>{_esc(text(lang, 'footer'))}</i>"], separator="\n\n")


def sanction_html(answer: Answer) -> str:
    """⚖️ The sanction in full."""
    head = f"<b>{_esc(text(answer.lang, 'sanction_heading'))}</b>"
    if answer.understood:
        head += f"\n<i>{_esc(answer.understood)}</i>"
    return f"{head}\n{_sanction_text(answer, markup=True)}"


def aftermath_html(answer: Answer) -> str | None:
    """😟 What to do after the fact, where the card says it."""
    rule = answer.rule
    if rule is None or not rule.aftermath:
        return None
    head = f"<b>{_esc(text(answer.lang, 'aftermath_heading'))}</b>"
    if answer.understood:
        head += f"\n<i>{_esc(answer.understood)}</i>"
    return f"{head}\n{_esc(rule.aftermath[answer.lang])}"


def pack_messages(pieces: list[str], limit: int = TELEGRAM_LIMIT, separator: str = "\n") -> list[str]:
    """Join tag-balanced HTML pieces, in order, into as few messages of at most `limit` characters
    as possible; a piece that alone is too long is split losslessly (see _split_line)."""
    messages: list[str] = []
    current = ""
    for piece in (part for p in pieces for part in _split_line(p, limit)):
        joined = f"{current}{separator}{piece}" if current else piece
        if len(joined) <= limit:
            current = joined
        else:
            messages.append(current)
            current = piece
    if current:
        messages.append(current)
    return messages


def _split_line(line: str, limit: int) -> list[str]:
    """A piece as-is if it fits; otherwise each of its lines, and a line that alone is too long as
    its text, untagged, in escaped pieces that each fit (escaping at most quintuples a character)."""
    if len(line) <= limit:
        return [line]
    if "\n" in line:
        return [part for ln in line.split("\n") for part in _split_line(ln, limit)]
    plain = html.unescape(re.sub(r"<[^>]+>", "", line))
    step = max(1, limit // 5)
    return [html.escape(plain[i : i + step], quote=False) for i in range(0, len(plain), step)]


# --------------------------------------------------------------------------- inline and JSON


def inline_items(answer: Answer) -> list[InlineItem]:
    """Inline results: the short answer (the same message a chat gets)."""
    lang = answer.lang
    if answer.kind in ("rule", "principle"):
        label = verdict_label(lang, answer.verdict or "info")
        title = f"{label} — {answer.understood}" if answer.understood else label
        rule = answer.rule
        description = cut_at_word(rule.answer[lang], 120) if rule else ""
        return [InlineItem(f"rule-{rule.id if rule else 'x'}", cut_at_word(title, 100), description, to_html(answer))]
    return []


def citation_json(c: Citation) -> dict[str, Any]:
    """A citation in the JSON contract."""
    p = c.passage
    return {
        "id": p.id,
        "kind": p.kind,
        "source": p.source,
        "title": p.title,
        "ref": p.ref,
        "text": c.text,
        "url": p.url or None,
        "date": p.date or None,
        "score": c.score,
    }


def to_json(answer: Answer) -> dict[str, Any]:
    """The JSON contract documented in the README (old keys kept, new ones added)."""
    rule = answer.rule
    return {
        "question": answer.question,
        "lang": answer.lang,
        "kind": answer.kind,
        "verdict": answer.verdict,
        "abstained": answer.abstained,
        "understood": answer.understood,
        "clarify": [{"rule_id": r.id, "question": r.title.get(answer.lang) or r.title.get("id")} for r in answer.clarify],
        "answer": to_plain(answer),
        "rule_id": rule.id if rule else None,
        "focus": answer.focus,
        "redirect": answer.redirect,
        "caveat": (rule.caveat.get(answer.lang) if rule else None) or None,
        "citations": [citation_json(c) for c in answer.citations],
    }
