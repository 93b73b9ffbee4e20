"""Find the provisions a message names by reference ("PP 94 pasal 5 huruf n isinya", "isi UU 20/2023
Pasal 9 ayat (2)"): the regulation's kind and number, then Pasal and optionally ayat, huruf and angka.
A provision's own `source` ("PP 94/2021") and `ref` ("Pasal 5 huruf n angka 1") are matched, so a
reference that stops at a higher level ("pasal 5 huruf n") names every provision below it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from bot.knowledge import Passage

_KINDS = r"uu|pp|perpres|perppu|permendagri|permenpan(?:-?rb)?|skb|se|perbawaslu|pkpu|law|gr|government regulation"
_ENGLISH_KINDS = {"law": "uu", "gr": "pp", "government regulation": "pp"}  # as our English answers name them
# "PP 94/2021", "uu 7 2017", "UU No. 20 Tahun 2023", "GR 94/2021"
_REGULATION = (
    rf"(?P<kind>{_KINDS})\s*(?:no\.?|nomor)?\s*(?P<number>\d+)"
    r"(?:(?:\s*(?:/|tahun|th\.?|thn)\s*|\s+)(?P<year>\d{4}))?"
)
# "Pasal 5 huruf n angka 6", "psl 280 ayat 3", "Article 9 paragraph 2"
_PROVISION = (
    r"(?:pasal|psl\.?|ps\.?|article)\s*(?P<pasal>\d+[a-z]?)"
    r"(?:\s*(?:ayat|ay\.?|paragraph)\s*\(?(?P<ayat>\d+)\)?)?"
    r"(?:\s*(?:huruf|hrf\.?|letter)\s*(?P<huruf>[a-z])\b)?"
    r"(?:\s*(?:angka|number)\s*(?P<angka>\d+))?"
)
# The regulation, then the provision; or the provision first ("Pasal 9 ayat (2) UU 5/2014").
_REFERENCE_RE = re.compile(rf"\b{_REGULATION}\s*,?\s*{_PROVISION}", re.IGNORECASE)
_REVERSED_RE = re.compile(rf"\b{_PROVISION}\s*,?\s*(?:of\s+)?{_REGULATION}", re.IGNORECASE)
_PROVISION_WORDS = ("pasal", "psl", "ps", "article")  # substrings: a cheap test that none is there
# A provision's `source` as the knowledge writes it: "PP 94/2021", "UU 20/2023".
_SOURCE_RE = re.compile(r"(?P<kind>[A-Za-z-]+)\s+(?P<number>\d+)/(?P<year>\d{4})$")
MAX_NAMED = 5


@dataclass(frozen=True)
class Reference:
    """A provision named in a message; the parts not named are None."""

    kind: str
    number: str
    year: str | None
    pasal: str
    ayat: str | None = None
    huruf: str | None = None
    angka: str | None = None

    def source_matches(self, source: str) -> bool:
        """"PP 94/2021" for kind pp, number 94 (and year 2021, if named)."""
        m = _SOURCE_RE.match(source.strip())
        if m is None:
            return False
        return (
            m["kind"].lower() == self.kind.lower()
            and m["number"] == self.number
            and (self.year is None or m["year"] == self.year)
        )

    def ref_prefix(self) -> str:
        """The start of the `ref` of every provision this reference names: "Pasal 5 huruf n"."""
        parts = [f"Pasal {self.pasal.upper() if self.pasal[-1].isalpha() else self.pasal}"]
        if self.ayat:
            parts.append(f"ayat ({self.ayat})")
        if self.huruf:
            parts.append(f"huruf {self.huruf.lower()}")
        if self.angka:
            parts.append(f"angka {self.angka}")
        return " ".join(parts)


def mentions_provision(text: str) -> bool:
    """A cheap first test, before the patterns run over a long message: a word for "Pasal" is in it."""
    low = text.lower()
    return any(word in low for word in _PROVISION_WORDS)


def references(text: str) -> list[Reference]:
    """Every provision reference in `text`, in order."""
    if not mentions_provision(text):
        return []
    found = sorted([*_REFERENCE_RE.finditer(text), *_REVERSED_RE.finditer(text)], key=lambda m: m.start())
    refs: list[Reference] = []
    for m in found:
        ref = Reference(
            _ENGLISH_KINDS.get(m["kind"].lower(), m["kind"]),
            m["number"],
            m["year"],
            m["pasal"],
            m["ayat"],
            m["huruf"],
            m["angka"],
        )
        if ref not in refs:
            refs.append(ref)
    return refs


def named_provisions(text: str, passages: Iterable[Passage]) -> list[Passage]:
    """The provisions `text` names by reference, the named level first, at most MAX_NAMED; the
    official elucidation (Penjelasan) only when the message asks for it."""
    refs = references(text)
    if not refs:
        return []
    low = text.lower()
    wants_elucidation = "penjelasan" in low or "elucidation" in low
    found: list[Passage] = []
    for ref in refs:
        prefix = ref.ref_prefix()
        for passage in passages:
            if passage.kind != "provision" or not ref.source_matches(passage.source):
                continue
            if passage.ref.startswith("Penjelasan") != wants_elucidation:
                continue
            own = passage.ref.removeprefix("Penjelasan ")
            if (own == prefix or own.startswith(prefix + " ")) and passage not in found:
                found.append(passage)
    found.sort(key=lambda p: len(p.ref))
    return found[:MAX_NAMED]
