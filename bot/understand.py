"""Read a message before ruling on it: find the question inside a story, the concepts it uses,
whether it is only small talk, and whether it only makes sense as a follow-up to the last answer.

A worried user writes "Selamat siang pak. Saya guru PPPK di Klaten. Minggu lalu … Apakah saya
kena sanksi?". The greeting says nothing, the names and places say little, the act in the story
and the question at the end say most. Segments are weighted accordingly for BM25, while concepts
are tagged over the whole message (the act is often in the story, not in "Apakah saya melanggar?").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.concepts import Tagger, Tags
from bot.text import (
    AGENT_REACH,
    FIRST_PERSON,
    POSSESSABLE,
    THIRD_PERSON,
    Expander,
    detect_language,
    is_stopword,
    quote_ranges,
    raw_tokens,
    respell,
    stem,
)

MAX_QUESTION_CHARS = 4096  # Telegram's message limit; longer input is cut
MAX_TOKENS = 240  # the last words of a message looked at (a 1,000-character story has ~150)
# Words the knowledge and the dictionary do not know are stemmed and spell-checked, which costs up
# to ~1 ms each; beyond this many distinct ones a message's words are used as they are. Real
# questions have a handful (names, places); a flood of random words has hundreds.
MAX_UNFAMILIAR_WORDS = 16
STORY_WEIGHT = 0.5  # narrative sentences, relative to the question sentence(s)
TERSE_MAX_WORDS = 3  # "sanksi?", "kampanye", "netralitas itu apa"
TERSE_PHRASE_WORDS = 4  # "kaos paslon dr tetangga": a few keywords that ask nothing in particular

_SPLIT_RE = re.compile(r"(?<=[.!?])\s+|\n+|(?<=\?)")
# A capitalised word inside a sentence ("Pak Joko", "di Kendari"): a name, never a typo to correct.
_NAME_RE = re.compile(r"(?<=[\w,)] )[A-Z][a-z]{2,}\b")
# "…ke sy dan istri, sy terima": "istri sy" is not "my wife"; "Anak sy (mahasiswa, bukan ASN) nempel"
_CLAUSE_RE = re.compile(r"[,;:]\s+|\s*[()]\s*")
# "Caleg minta sy (PNS) nemenin dia": a bare status in brackets only says who the asker is; it
# does not end the clause ("sy (PNS) nemenin" is "sy PNS nemenin").
_STATUS_ASIDE_RE = re.compile(r"\(\s*((?:guru\s+|bidan\s+|perawat\s+)?(?:pns|asn|pppk|p3k|cpns))\s*\)", re.IGNORECASE)
_QUESTION_WORDS = frozenset(
    ["apakah", "apa", "bolehkah", "boleh", "bisakah", "bisa", "gimana", "bagaimana", "bgmn", "gmn", "gmana", "gimna", "kenapa", "mengapa", "kapan", "siapa", "berapa", "dimana", "manakah", "haruskah", "harus", "wajibkah", "perlukah", "perlu", "melanggar", "kena", "aman", "ok", "oke", "may", "can", "could", "should", "is", "am", "are", "does", "do", "what", "how", "when", "who", "which", "why", "whether", "allowed"]
)
# Words of a permission question ("boleh gak?", "melanggar?", "may I"): such a question wants a
# verdict even when it also mentions a sanction.
_PERMISSION_WORDS = frozenset(
    "boleh bolehkah bole blh dibolehkan diperbolehkan dilarang melanggar langgar aman salah bisakah "
    "may allowed allow permitted ok okay legal".split()
)
# "… itu termasuk pelanggaran?", "is it true that …": whether something is a breach is the act's verdict,
# whatever else is asked beside it ("… dan lapor ke mana?").
_BREACH_QUESTIONS = frozenset(
    [
        ("termasuk", "pelanggaran"), ("masuk", "pelanggaran"), ("itu", "pelanggaran"), ("ini", "pelanggaran"),
        ("apakah", "pelanggaran"), ("memang", "pelanggaran"), ("pelanggaran", "ga"), ("pelanggaran", "gak"),
        ("pelanggaran", "tidak"), ("pelanggaran", "bukan"), ("pelanggaran", "kah"), ("is", "it", "true"),
        ("a", "violation"), ("it", "really", "true"), ("benarkah", "pns"), ("benarkah", "asn"),
    ]
)
# "Kena apa?" about one's own act asks for the act's verdict; "siapa yang berwenang?" does not.
_CONSEQUENCE_INTENTS = frozenset({"intent-sanction", "intent-aftermath", "intent-fear-report"})
# "tingkat hukuman disiplin", "hukumannya sedang atau berat?", "sanksi terberat": a penalty's level
# asks for the sanction as much as "sanksinya apa?" does (the longer phrase leaves no intent behind).
_PENALTY_LEVELS = frozenset({"ctx-discipline-route", "ctx-medium-penalty", "ctx-max-penalty"})
_PROCEDURE_INTENTS = frozenset({"intent-basis", "intent-when", "intent-who", "intent-definition", "intent-report"})
# "Kami BKPSDM … harus menjatuhkan tingkat berapa?": an office asks how to proceed with someone's case.
_OFFICES = frozenset({"ctx-office-asks", "who-supervisor"})
_OFFICIAL = "who-official"  # "saya camat", "sebagai kepala dinas": an official speaking as such
_AS = frozenset({"sebagai", "sbg", "selaku", "as"})
_HOW_TO_PROCEED = frozenset({"intent-procedure", "act-impose-sanction", "act-appeal", "ctx-discipline-route", "ctx-recommendation"})
_REPORT = "intent-report"  # "harus lapor ke siapa?"; not "sy hadir dan lapor capaian … salah?"
_SELF = FIRST_PERSON - {"kami", "we", "me", "my"}  # a singular "I" who can act
# Words after which "saya" owns rather than acts ("tetangga sy ASN ditangkap", "atasan saya").
_OWNERS = THIRD_PERSON | POSSESSABLE | frozenset(
    "istri suami anak adik kakak bapak ibu ayah mertua ortu keluarga atasan bos kepala kantor sekolah "
    "staf pegawai bawahan pimpinan wife husband son daughter".split()
)
_OWNED_AFTER = frozenset("read heard saw".split())  # "I read that six teachers were dismissed"
# Who the asker speaks of when asking for an ASN relative; their acts count only when tagged as the asker's.
_PROXY_PRONOUNS = frozenset("dia beliau ia he she".split())
# Openings that only make sense after an earlier answer: "terus sanksinya?", "kalau PPPK?".
_FOLLOWUP_OPENINGS = (
    "kalau", "kalo", "klo", "kl", "terus", "trus", "trs", "lalu", "lantas", "jadi", "tapi", "tp",
    "bagaimana dengan", "gimana dengan", "gmn dgn", "bgmn dengan", "gimana kalau", "gimana kalo",
    "bagaimana kalau", "bgmn kalau", "misal", "misalnya", "lha", "la", "nah", "and", "but", "what about",
    "how about", "what if", "and if", "if", "so", "then", "also",
)


@dataclass(frozen=True)
class Message:
    """A message as the engine reads it."""

    text: str  # whitespace-normalised and capped
    segments: list[tuple[list[str], float]]  # (sentence's corrected words, weight) for BM25
    raw_words: frozenset[str]  # unfamiliar words past the budget: used unstemmed, uncorrected
    tags: Tags  # concepts in the whole message
    emphasis: dict[str, float]  # concept -> weight of the heaviest sentence it appears in
    content_words: int  # words that are not function words or small talk
    smalltalk: str | None  # "greeting" | "thanks" | "ack" when that is all the message says
    followup: bool  # short, and only meaningful after a previous answer
    asker: bool = False  # the asker speaks of themself ("saya", "sy", "I")
    informational: bool = False  # asks what/who/how (a sanction, a definition, a procedure), not "may I"
    own_act: bool = False  # tells what the asker did and asks what follows for them ("sy bakal kena apa?")
    asks_leave: bool = False  # asks whether something may be done ("boleh", "melanggar", "allowed")
    lang: str = "id"  # detect_language(text): read once here, used again for the answer
    office_procedure: bool = False  # an office asks how to proceed with someone's case
    asks_breach: bool = False  # asks whether something is a breach ("itu pelanggaran?", "is it true …")
    asks: bool = False  # some sentence is a question (a "?" or a question word)
    # The words of each sentence the tags were read in, small talk included (`segments` leaves
    # out a sentence that is only small talk, so its positions are not the tags')
    sentence_words: tuple[tuple[str, ...], ...] = ()

    @property
    def words(self) -> list[str]:
        """All the words, in order: the positions of the tags' spans are indexes into it."""
        return [w for words in self.sentence_words for w in words]

    @property
    def terse(self) -> bool:
        # Four keywords are still a topic when they ask nothing ("kaos paslon dr tetangga"), not
        # when they ask a fact ("siapa ketua KPU sekarang?").
        return 0 < self.content_words <= TERSE_MAX_WORDS or (
            0 < self.content_words <= TERSE_PHRASE_WORDS and not self.asks
        )


def cap(text: str) -> str:
    """Whitespace-normalised text, at most MAX_QUESTION_CHARS characters."""
    return " ".join(text[: MAX_QUESTION_CHARS * 2].split())[:MAX_QUESTION_CHARS]


def _sentences(text: str) -> list[str]:
    return [s.strip() for s in _SPLIT_RE.split(text) if s and s.strip()]


def _is_question(sentence: str, words: list[str]) -> bool:
    return sentence.rstrip().endswith("?") or bool(_QUESTION_WORDS & set(words)) or any(
        w.endswith("kah") and len(w) > 5 for w in words
    )


def understand(raw: str, expander: Expander, tagger: Tagger) -> Message:
    """Split, weight and tag one message."""
    text = cap(raw)
    sentences = _sentences(text) or ([text] if text else [])
    unfamiliar: set[str] = set()
    passthrough: set[str] = set()
    lang = detect_language(text)
    spell = lang != "en"
    names = {m.lower() for m in _NAME_RE.findall(text)}

    def fix(word: str) -> str:
        if word in passthrough or expander.familiar(word):
            return word if word in passthrough else expander.fix(word, spell=spell)
        if word in names:
            return word
        if word not in unfamiliar and len(unfamiliar) >= MAX_UNFAMILIAR_WORDS:
            passthrough.add(word)
            return word
        unfamiliar.add(word)
        return expander.fix(word, spell=spell)

    # Bound the work: the last MAX_TOKENS words (the question is usually at the end of a story).
    clauses = [[raw_tokens(c) for c in _CLAUSE_RE.split(_STATUS_ASIDE_RE.sub(r" \1 ", s))] for s in sentences]
    tokens = [[w for c in cs for w in c] for cs in clauses]
    kept: list[int] = []
    total = 0
    for i in range(len(sentences) - 1, -1, -1):
        if total >= MAX_TOKENS:
            break
        tokens[i] = tokens[i][-(MAX_TOKENS - total) :]
        total += len(tokens[i])
        kept.insert(0, i)
    words_per_sentence = {i: respell(tokens[i], fix) for i in kept}
    # Where each sentence and clause starts, in the kept words: who does what is read within one.
    starts: set[int] = set()
    opens: set[int] = set()  # sentence starts
    offset = 0
    for i in kept:
        cut = sum(len(c) for c in clauses[i]) - len(tokens[i])  # words dropped from the front
        opens.add(offset)
        starts.add(offset)  # a sentence cut at the front still starts where its kept words do
        at = 0
        for c in clauses[i]:
            if at - cut >= 0:
                starts.add(offset + at - cut)
            at += len(c)
        offset += len(tokens[i])

    def stem_of(word: str) -> str:
        return word if word in passthrough else stem(word)

    all_words = [w for i in kept for w in words_per_sentence[i]]
    # Where quoted words are, in the kept words (a quote may hold a "?" that ends a sentence)
    dropped = sum(len(c) for cs in clauses for c in cs) - len(all_words)
    quotes = [(a - dropped, b - dropped) for a, b in quote_ranges(text) if a >= dropped]
    tags = tagger.tag_stems([stem_of(w) for w in all_words], all_words, frozenset(starts), frozenset(opens), quotes)

    smalltalk_ids = [cid for cid in tags.ids if tagger.kind(cid) == "smalltalk"]
    chatter = tags.covered(smalltalk_ids)
    content_words = sum(
        1 for n, w in enumerate(all_words) if n not in chatter and not is_stopword(w) and any(c.isalnum() for c in w)
    )

    smalltalk = None
    if content_words == 0 and smalltalk_ids:
        # Thanks outrank a greeting ("makasih pak, selamat malam"), and both outrank "ok".
        order = {"smalltalk-thanks": 0, "smalltalk-greeting": 1, "smalltalk-ack": 2}
        best = min(smalltalk_ids, key=lambda c: order.get(c, 3))
        smalltalk = {"smalltalk-thanks": "thanks", "smalltalk-greeting": "greeting"}.get(best, "ack")

    segments, weights = _weigh(sentences, words_per_sentence, kept, chatter)
    emphasis: dict[str, float] = {}
    for start, _, cid in tags.spans:
        emphasis[cid] = max(emphasis.get(cid, 0.0), weights[start] if start < len(weights) else 1.0)
    lowered = text.lower()
    followup = content_words <= 8 and (
        lowered.startswith(_FOLLOWUP_OPENINGS) and not lowered.startswith(("kalau saya", "kalo saya", "klo sy"))
        or _only_context(tagger, tags)
    )
    asker = any(w in FIRST_PERSON for w in all_words)
    asks_leave = not _PERMISSION_WORDS.isdisjoint(all_words)
    breach = _asks_if_breach(all_words)
    penalty = bool(tags.ids & _PENALTY_LEVELS)
    asks_info = (penalty or any(tagger.kind(c) == "intent" for c in tags.ids)) and not asks_leave and not breach
    own_act = False
    consequence = (penalty or tags.ids & _CONSEQUENCE_INTENTS) and not (tags.ids & _PROCEDURE_INTENTS)
    if asks_info and consequence and _tells_own_act(all_words, tags, tagger):
        # "sy upload foto pose 2 jari … sy bakal kena apa?": the asker tells what they did and asks
        # what it means for them, which is the act's verdict (its card carries the sanction).
        asks_info = False
        own_act = True
    procedure = bool(tags.ids & _HOW_TO_PROCEED) or (_REPORT in tags.ids and not asks_leave)
    office_procedure = _office_asks(all_words, tags) and procedure and not breach
    return Message(
        text, segments, frozenset(passthrough), tags, emphasis, content_words, smalltalk, followup, asker, asks_info,
        own_act, asks_leave, lang, office_procedure, breach,
        asks=any(_is_question(sentences[i], words_per_sentence[i]) for i in kept),
        sentence_words=tuple(tuple(words_per_sentence[i]) for i in kept),
    )


def _office_asks(words: list[str], tags: Tags) -> bool:
    """The asker speaks as an office that deals with others' conduct: the personnel office,
    inspectorate or Bawaslu, or an official naming themself ("Saya camat", "sebagai kepala dinas")."""
    if tags.ids & _OFFICES:
        return True
    return any(
        cid == _OFFICIAL and start > 0 and (words[start - 1] in FIRST_PERSON or words[start - 1] in _AS)
        for start, _, cid in tags.spans
    )


def _asks_if_breach(words: list[str]) -> bool:
    """The message asks whether something is a breach ("itu pelanggaran ga?", "is it true that …")."""
    said = set(zip(words, words[1:])) | set(zip(words, words[1:], words[2:]))
    return not said.isdisjoint(_BREACH_QUESTIONS)


def _tells_own_act(words: list[str], tags: Tags, tagger: Tagger) -> bool:
    """A singular "I" closely followed by their own act or sign: "sy upload foto pose 2 jari" yes;
    "tetangga sy upload", "staf kami", "I'm a reporter … Bawaslu forwarded cases" no. "dia upload"
    counts when the act is the asker's to ask about (an ASN relative they ask for: "anak saya PNS …
    dia upload foto jari bertinta, bisa kena hukuman?")."""
    selves = [
        n
        for n, w in enumerate(words)
        if (w in _SELF or w in _PROXY_PRONOUNS)
        and (n == 0 or words[n - 1] not in _OWNERS)
        and (n + 1 == len(words) or words[n + 1] not in _OWNED_AFTER)
    ]
    return any(
        tagger.kind(cid) in ("act", "sign") and cid in tags.own and any(0 < start - n <= AGENT_REACH for n in selves)
        for start, _, cid in tags.spans
    )


def _only_context(tagger: Tagger, tags: Tags) -> bool:
    """A message naming only who/when/what-for ("PPPK?", "hari minggu?", "sanksinya?")."""
    kinds = {tagger.kind(c) for c in tags.ids}
    return bool(kinds) and kinds <= {"who", "context", "intent", "smalltalk", "domain"}


def _weigh(
    sentences: list[str], words: dict[int, list[str]], kept: list[int], chatter: set[int]
) -> tuple[list[tuple[list[str], float]], list[float]]:
    """Question sentences weigh 1; story sentences STORY_WEIGHT; small-talk-only sentences 0.

    `chatter` holds the positions (in the kept words, in order) covered by small-talk phrases.
    Returns the weighted sentences and the weight of every kept word's sentence.
    """
    questions = {i for i in kept if _is_question(sentences[i], words[i])} if len(kept) > 1 else set(kept)
    out: list[tuple[list[str], float]] = []
    per_word: list[float] = []
    offset = 0
    for i in kept:
        ws = words[i]
        positions = range(offset, offset + len(ws))
        offset += len(ws)
        if len(kept) > 1 and any(p in chatter for p in positions) and all(
            p in chatter or is_stopword(w) for p, w in zip(positions, ws)
        ):
            per_word.extend([0.0] * len(ws))  # "Selamat siang pak.", "Terima kasih."
            continue
        weight = 1.0 if (not questions or i in questions) else STORY_WEIGHT
        out.append((ws, weight))
        per_word.extend([weight] * len(ws))
    return out, per_word
