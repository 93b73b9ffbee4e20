"""Render an Answer as plain text, Telegram HTML (split into messages), JSON or inline results."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from bot.answer import Answer, Citation
from bot.messages import text, verdict_label

TELEGRAM_LIMIT = 4096
TITLE_CHARS = 110


@dataclass(frozen=True)
class InlineItem:
    """One inline-mode result, independent of the Telegram library."""

    id: str
    title: str
    description: str
    html: str


def _cite_heading(c: Citation, n: int) -> str:
    p = c.passage
    return f"[{n}] {p.source}, {p.ref}"


def _citation_lines(c: Citation, n: int, lang: str, markup: bool) -> list[str]:
    """Lines of one citation. In HTML every line is tag-balanced, so lines can be split freely."""
    esc = html.escape if markup else (lambda s: s)
    p = c.passage
    heading = esc(_cite_heading(c, n))
    lines = [f"<b>{heading}</b>" if markup else heading]
    quote = f"“{c.text}”"
    lines.append(f"<i>{esc(quote)}</i>" if markup else quote)
    if p.gloss.get(lang):
        lines.append(esc(f"({p.gloss[lang]})"))
    # The JSON keeps the full title; people need only enough to recognise the regulation.
    meta = [_short(p.title, TITLE_CHARS)] if p.kind == "provision" else []
    if p.status and p.status != "in-force":
        meta.append(f"{text(lang, 'status')}: {p.status}")
    meta.append(f"{text(lang, 'as_of')} {p.date}" if p.kind == "provision" else p.date)
    lines.append(esc(" · ".join(m for m in meta if m)))
    if p.caveat:
        lines.append(esc(f"🔎 {p.caveat[lang]}"))
    if p.url:
        # In HTML the host is enough as link text; the full address is behind it.
        host = urlsplit(p.url).netloc or p.url
        lines.append(f'<a href="{html.escape(p.url, quote=True)}">🔗 {esc(host)}</a>' if markup else p.url)
    return lines


def _blocks(answer: Answer, markup: bool) -> list[list[str]]:
    """The answer as blocks of lines: head, one block per citation, footer."""
    esc = html.escape if markup else (lambda s: s)
    lang = answer.lang
    if answer.abstained:
        return [[esc(text(lang, "empty" if answer.empty else "abstain"))]]
    head: list[str] = []
    label = verdict_label(lang, answer.verdict or "info")
    head.append(f"<b>{esc(label)}</b>" if markup else label)
    if answer.rule:
        head.append(esc(answer.rule.answer[lang]))
        if answer.rule.sanction:
            sanction = f"{text(lang, 'sanction')}: {answer.rule.sanction[lang]}"
            head.append(f"<b>{esc(text(lang, 'sanction'))}:</b> {esc(answer.rule.sanction[lang])}" if markup else sanction)
    else:
        head.append(esc(text(lang, "no_rule")))
    blocks = [head]
    if answer.citations:
        blocks.append([f"<b>{esc(text(lang, 'basis'))}:</b>" if markup else f"{text(lang, 'basis')}:"])
    for n, c in enumerate(answer.citations, start=1):
        blocks.append(_citation_lines(c, n, lang, markup))
    blocks.append([f"<i>{esc(text(lang, 'footer'))}</i>" if markup else text(lang, "footer")])
    return blocks


def to_plain(answer: Answer) -> str:
    """The full answer as plain text (CLI, JSON 'answer' field)."""
    return "\n\n".join("\n".join(b) for b in _blocks(answer, markup=False))


def to_html(answer: Answer) -> str:
    """The full answer as one Telegram-HTML string (may exceed one message)."""
    return "\n\n".join("\n".join(b) for b in _blocks(answer, markup=True))


def to_html_messages(answer: Answer, limit: int = TELEGRAM_LIMIT) -> list[str]:
    """The answer as Telegram-HTML messages of at most `limit` characters.

    Splits between citation blocks; a block that alone is too long is split between lines.
    Tags never span lines, so no message ever ends inside a tag.
    """
    pieces: list[str] = []
    for block in _blocks(answer, markup=True):
        whole = "\n".join(block)
        pieces.extend([whole] if len(whole) <= limit else block)
    return pack_messages(pieces, limit, separator="\n\n")


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
    """A line as-is if it fits; otherwise its text, untagged, in escaped pieces that each fit.

    Escaping at most quintuples a character ("&" -> "&amp;"), so pieces of limit // 5 characters
    always fit, and nothing is lost.
    """
    if len(line) <= limit:
        return [line]
    plain = html.unescape(re.sub(r"<[^>]+>", "", line))
    step = max(1, limit // 5)
    return [html.escape(plain[i : i + step], quote=False) for i in range(0, len(plain), step)]


def compact_html(answer: Answer) -> str:
    """A short cited answer for inline mode: verdict, answer, sanction, citation headings."""
    lang = answer.lang
    blocks = _blocks(answer, markup=True)
    if answer.abstained:
        return "\n".join(blocks[0])
    lines = list(blocks[0])
    for n, c in enumerate(answer.citations[:3], start=1):
        heading = html.escape(_cite_heading(c, n))
        url = c.passage.url
        lines.append(f'<a href="{html.escape(url, quote=True)}">{heading}</a>' if url else heading)
    lines.append(f"<i>{html.escape(text(lang, 'footer'))}</i>")
    out = "\n".join(lines)
    return out if len(out) <= TELEGRAM_LIMIT else "\n".join(lines[:2])[:TELEGRAM_LIMIT]


def inline_items(answer: Answer) -> list[InlineItem]:
    """Inline results: the rule's answer first, then one result per cited passage."""
    if answer.abstained:
        return []
    lang = answer.lang
    label = verdict_label(lang, answer.verdict or "info")
    summary = answer.rule.answer[lang] if answer.rule else text(lang, "no_rule")
    items = [InlineItem("answer", label, _short(summary), compact_html(answer))]
    for n, c in enumerate(answer.citations, start=1):
        lines = [f"<b>{html.escape(label)}</b>", *_citation_lines(c, n, lang, markup=True)]
        items.append(InlineItem(f"cite-{n}", _cite_heading(c, n), _short(c.text), "\n".join(lines)))
    return items


def _short(s: str, limit: int = 120) -> str:
    return s if len(s) <= limit else s[: limit - 1].rsplit(" ", 1)[0] + "…"


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
    """The stable JSON contract documented in the README."""
    return {
        "question": answer.question,
        "lang": answer.lang,
        "verdict": answer.verdict,
        "abstained": answer.abstained,
        "answer": to_plain(answer),
        "rule_id": answer.rule.id if answer.rule else None,
        "citations": [citation_json(c) for c in answer.citations],
    }
