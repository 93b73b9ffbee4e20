"""The knowledge schema as pydantic models: types, required fields, limits and allowed values.

pydantic (v2) validates each YAML mapping and reports every problem with its location inside the
item; bot.knowledge turns that location into `file:line` through the YAML line map. Cross-file
rules (unique ids, basis ids that resolve, concept ids that exist) live in bot.knowledge.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    field_validator,
)

ID_PATTERN = r"^[a-z0-9][a-z0-9-]*$"
VERDICTS = ("prohibited", "allowed", "conditional", "info")
STATUSES = (
    "in-force",  # berlaku
    "amended",  # berlaku dengan perubahan
    "revoked",  # dicabut
    "superseded",  # digantikan oleh pedoman/aturan yang lebih baru
    "guidance",  # pedoman atau surat edaran, bukan undang-undang
    "regional",  # surat edaran daerah
    "court-decision",  # putusan Mahkamah Konstitusi
    "statement",  # pernyataan pejabat
    "pledge",  # teks ikrar
    "historical",  # berlaku dulu, kini hanya sejarah
)
TOPICS = (
    "sehari-hari",  # everyday acts that are allowed
    "media-sosial",
    "foto-atribut",
    "kampanye",
    "keluarga",
    "sumber-daya",  # office vehicles, buildings, data, budgets
    "uang",
    "peran-tugas",  # professional and election roles
    "status-pencalonan",  # party membership, running for office, resigning
    "bukan-asn",  # village heads, honorer, retired, TNI/Polri, Pj
    "pilkades",
    "sanksi",
    "lapor",
    "pengawas",  # supervisors' procedure
    "berita",
    "umum",
)
CONCEPT_KINDS = (
    "who",  # who acts: pns, pppk, honorer, kepala desa, pensiunan ...
    "act",  # what is done: like, share, attend, watch, donate ...
    "target",  # toward whom: candidate, party, KPU, a wedding ...
    "sign",  # signs of support: nomor urut, finger poses, yel-yel, atribut
    "resource",  # office, vehicle, data, budget, subordinates
    "role",  # in which role: moderator, saksi, KPPS, timses
    "limit",  # limits that make an act harmless: "tanpa menyebut calon", "tidak diunggah"
    "event",  # wedding, funeral, debate, pelantikan, rapat kerja
    "context",  # election type, time (weekend, after hours), place
    "intent",  # what a follow-up asks for: sanction, aftermath, basis
    "domain",  # words that place a question in the neutrality domain
    "out-of-scope",  # recruitment, pay, voting procedure ... with a redirect
    "smalltalk",  # greetings, thanks, "ok"
)
REDIRECTS = ("kpu", "bkn", "foreign", "pilkades", "tni-polri", "state-official", "bumn", "other")

MAX_TEXT = 20_000
MAX_WORD = 60  # longer "words" are pasted junk; they would also make spelling correction costly
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def clean_text(value: str) -> str:
    """Reject control characters and absurdly long words (pasted junk); return the text."""
    if _CONTROL_RE.search(value):
        raise ValueError("contains a control character (e.g. NUL); remove it")
    longest = max((len(w) for w in re.findall(r"\w+", value)), default=0)
    if longest > MAX_WORD:
        raise ValueError(f"contains a {longest}-letter word; words longer than {MAX_WORD} letters are not accepted")
    return value


def _date(value: str) -> str:
    if not _DATE_RE.match(value):
        raise ValueError(f"{value!r} is not a date written as YYYY-MM-DD")
    try:
        dt.date.fromisoformat(value)
    except ValueError as exc:
        raise ValueError(f"{value!r} is not a real date ({exc})") from None
    return value


def _url(value: str) -> str:
    if not re.match(r"^https?://[^\s/]+\.[^\s]+$", value):
        raise ValueError(f"{value!r} is not an http(s) address")
    return value


Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=MAX_TEXT), AfterValidator(clean_text)]
Ident = Annotated[str, StringConstraints(pattern=ID_PATTERN, max_length=60)]
Date = Annotated[str, AfterValidator(_date)]
Url = Annotated[str, StringConstraints(strip_whitespace=True, max_length=2000), AfterValidator(_url)]


class _Model(BaseModel):
    # strict: `id: 12345` or `answer: {id: 1}` are type errors, not silently turned into text.
    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)


class Bilingual(_Model):
    """Text in Indonesian and English."""

    id: Text
    en: Text

    def get(self, lang: str) -> str:
        return self.en if lang == "en" else self.id


def _short(limit: int) -> Any:
    def check(value: Bilingual) -> Bilingual:
        for lang in ("id", "en"):
            if len(value.get(lang)) > limit:
                raise ValueError(f"'{lang}' text is {len(value.get(lang))} characters; at most {limit}")
        return value

    return AfterValidator(check)


Caveat = Annotated[Bilingual, _short(200)]
Title = Annotated[Bilingual, _short(90)]
Notes = Text | dict[str, Text]  # editors only; never shown to users


class DocumentDefaults(_Model):
    """The `document:` block of a provisions file: defaults every provision inherits."""

    source: Text | None = None
    title: Text | None = None
    status: Literal[STATUSES] | None = None  # type: ignore[valid-type]
    status_note: Bilingual | None = None
    url: Url | None = None
    as_of: Date | None = None
    confidence: Text | None = None
    caveat: Caveat | None = None
    notes: Notes | None = None


class ProvisionSchema(_Model):
    """One provision after the document defaults are applied."""

    id: Ident
    source: Text
    title: Text
    ref: Text
    text: Text
    status: Literal[STATUSES]  # type: ignore[valid-type]
    status_note: Bilingual | None = None
    url: Url
    as_of: Date
    confidence: Text | None = None
    gloss: Text | None = None  # own words, English: shown under the quote in English answers
    gloss_id: Text | None = None  # own words, Indonesian: shown under the quote in Indonesian answers
    caveat: Caveat | None = None
    notes: Notes | None = None


class ProvisionFile(_Model):
    """A provisions/*.yaml file."""

    document: DocumentDefaults = DocumentDefaults()
    provisions: list[dict[str, Any]] = Field(min_length=1)


class ArticleMeta(_Model):
    """The front matter of an articles/*.md file."""

    id: Ident
    title: Text
    outlet: Text
    date: Date
    place: Text
    url: Url | None = None
    caveat: Caveat | None = None
    notes: Notes | None = None


class Questions(_Model):
    """Example questions: at least four Indonesian and two English."""

    id: list[Text] = Field(min_length=4)
    en: list[Text] = Field(min_length=2)


ConceptRef = Ident | list[Ident]


class Situation(_Model):
    """What a card rules on, as concepts from knowledge/concepts/.

    `requires`: every entry must be present in the question; an entry that is a list is satisfied
    by any of its concepts. `needs`: must be present as well, by anyone, but does not count towards
    how closely the card fits (the setting the card is about, not what is asked). `excludes`: if any
    is present, the card does not fit the question.
    """

    requires: list[ConceptRef] = Field(default_factory=list, max_length=8)
    needs: list[ConceptRef] = Field(default_factory=list, max_length=2)
    excludes: list[Ident] = Field(default_factory=list, max_length=30)


class RuleSchema(_Model):
    """One rule card."""

    id: Ident
    kind: Literal["rule", "principle"] = "rule"
    topic: Literal[TOPICS]  # type: ignore[valid-type]
    title: Title
    questions: Questions
    situation: Situation | None = None
    verdict: Literal[VERDICTS]  # type: ignore[valid-type]
    answer: Bilingual
    sanction: Bilingual | None = None
    sanction_detail: Bilingual | None = None
    aftermath: Bilingual | None = None
    caveat: Caveat | None = None
    basis: list[Ident | Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9-]*#\d+$")]] = Field(min_length=1)
    valid_as_of: Date
    notes: Notes | None = None


class ConceptSchema(_Model):
    """One concept: a name for a meaning and the words (id/en/slang/regional) that express it."""

    id: Ident
    kind: Literal[CONCEPT_KINDS]  # type: ignore[valid-type]
    terms: list[Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=80)]] = Field(min_length=1)
    redirect: Literal[REDIRECTS] | None = None  # type: ignore[valid-type]
    # How much the concept counts against a card that does not mention it (0-2); default by kind.
    weight: Annotated[float, Field(ge=0, le=2)] | None = None
    # who-concepts only: the words name an ASN (PNS, PPPK, a teacher, a camat ...). A question about
    # an ASN stays ours even when it also mentions something out of scope ("PNS cuti melahirkan").
    asn: bool = False
    # who/target concepts: the words name someone other than the asker ("anak saya", "caleg",
    # "atasan"); an act right after them is theirs, not the asker's ("caleg nyumbang konsumsi").
    third_party: bool = False
    # A negated mention ("gak like", "tanpa pose jari", "tidak saya unggah") does not count as this
    # concept; it counts as the concept named here instead (e.g. limit-no-reaction), if any.
    when_negated: Ident | None = None
    # The words speak of electoral politics (a candidate, party, campaign, ballot number, running for
    # office ...). A prohibition needs one such concept in the message: "stiker klub bola di motor"
    # shares a word with the banner card and nothing else.
    partisan: bool = False
    notes: Notes | None = None

    @field_validator("redirect")
    @classmethod
    def _redirect_only_out_of_scope(cls, value: str | None, info: Any) -> str | None:
        if value is not None and info.data.get("kind") != "out-of-scope":
            raise ValueError("only out-of-scope concepts have a redirect")
        return value

    @field_validator("asn")
    @classmethod
    def _asn_only_who(cls, value: bool, info: Any) -> bool:
        if value and info.data.get("kind") != "who":
            raise ValueError("only who-concepts name an ASN")
        return value


Term = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=80)]


class GlossaryFile(_Model):
    """glossary.yaml."""

    synonyms: list[list[Term]] = Field(default_factory=list)
    translations: dict[Term, list[Term]] = Field(default_factory=dict)
    misspellings: dict[Term, Term] = Field(default_factory=dict)

    @field_validator("synonyms")
    @classmethod
    def _groups(cls, groups: list[list[str]]) -> list[list[str]]:
        for n, group in enumerate(groups, start=1):
            if len(group) < 2:
                raise ValueError(f"synonym group {n} needs at least two terms")
        return groups
