"""Concept tagging: which meanings (who acts, what act, toward whom, with which signs, within which
limits) a message expresses, from the phrases listed in knowledge/concepts/.

Terms and messages go through the same steps (tokens, stems), so "menonton" matches a term written
"nonton" only if both stem alike, and "cuma nonton" matches as one phrase. A match inside a longer
match is dropped ("pasangan calon" is not also "pasang"), except inside a limit: "cuma nonton" is
limit-only-watch *and* act-watch. What is denied or only a feared label is read by bot/negation.py,
who does each act by bot/attribution.py, what the whole message says by bot/readings.py.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property

from bot.attribution import (
    ASKED,
    AT,
    ATTRIBUTION_WORDS,
    HONORIFICS,
    MODALS,
    NO_LONGER_ASN,
    PRONOUNS,
    PROXY_FILLERS,
    SOMEONE,
    ConceptReader,
    Reader,
    agent_noun,
    first_person_before,
    is_passive,
    owns_noun_before,
    said_by_others,
)
from bot.knowledge import Concept
from bot.negation import NEGATION_WORDS, Negation
from bot.readings import (
    NEARBY,
    NONPOLITICAL,
    READINGS_WORDS,
    appointed_since,
    asks_of_self,
    ballot_number,
    bystander,
    calls_to_vote,
    candidacy_described,
    committee_as_body,
    copied_act,
    done_before_appointment,
    election_bodys_things,
    family_gift,
    gesture_counts,
    handing_out,
    invitation_declined,
    joined_group,
    joined_things,
    joining_an_event,
    left_elsewhere,
    liable_along,
    numbered_candidate,
    office_sought,
    own_vote,
    reacted_to,
    read_as_source,
    refusal_not_done,
    refused_by_asker,
    registering,
    restated_rule,
    retired_asker,
    said_unrelated,
    spouse_runs,
    status_alone,
    used_not_worn,
)
from bot.text import (
    AGENT_FILLERS,
    ASKER_ALONE,
    ASN_WORDS,
    FIRST_PERSON,
    LIST_WORDS,
    NEGATION_FILLERS,
    NEGATION_REACH,
    NEGATORS,
    POSSESSABLE,
    QUESTION_NEGATION_OPENERS,
    QUESTION_OR_WORDS,
    THIRD_PERSON,
    after_question_opener,
    in_place_names,
    is_stopword,
    raw_tokens,
    respell,
    start_of,
    stem,
    word_before,
)

# How much a concept matters when a card does not mention it (see Tagger.weight). Kinds that place
# a question (who, target, context) weigh less than the act and its signs, which decide the verdict.
KIND_WEIGHTS = {
    "act": 1.0,
    "sign": 1.0,
    "role": 1.0,
    "resource": 1.0,
    "limit": 1.0,
    "event": 0.8,
    "who": 0.5,
    "intent": 0.4,
    "target": 0.3,
    "context": 0.3,
    "domain": 0.0,
    "out-of-scope": 0.0,
    "smalltalk": 0.0,
}
MAX_TERM_TOKENS = 8
# Job nouns no concept names: "pustakawan", "penyuluh" (see Tagger._asn_relatives)
_JOB_SUFFIXES = ("wan", "wati")


def _job_word(word: str, root: str) -> bool:
    """A noun that names someone by their work: "pustakawan", "penyuluh", "pengawas"."""
    return word.endswith(_JOB_SUFFIXES) or agent_noun(word, root)


@dataclass(frozen=True)
class Tags:
    """Concepts found in a message, as (start, end, concept id) token spans in message order."""

    spans: tuple[tuple[int, int, str], ...] = ()
    others: frozenset[str] = frozenset()  # acts (and things) mentioned only as someone else's

    @cached_property
    def ids(self) -> frozenset[str]:
        return frozenset(cid for _, _, cid in self.spans)

    @cached_property
    def own(self) -> frozenset[str]:
        """Concepts the asker expresses as their own (acts by someone else left out)."""
        return self.ids - self.others

    def __contains__(self, concept_id: object) -> bool:
        return concept_id in self.ids

    def covered(self, concept_ids: Iterable[str] | None = None) -> set[int]:
        """Token positions inside a match (of the given concepts only, if given)."""
        wanted = None if concept_ids is None else set(concept_ids)
        return {p for start, end, cid in self.spans if wanted is None or cid in wanted for p in range(start, end)}


_ACTIVE_PREFIXES = ("me", "ng", "ny")
# What words quoted from someone else may name that is then theirs: acts, signs, events and roles
_SAID_KINDS = frozenset({"act", "sign", "event", "role"})
_STOOD_BY = frozenset({"limit-passive", "limit-no-reaction"})  # "sy diem aja", "cuma dengerin", "cuma baca ga bales"


# Nouns that stem like an act's root: "bagian" (a department, a part) is not "bagi" (hand out).
# "kebagian shift": got assigned; "berdiri di samping": standing, not putting something up;
# "pengunjung" (a visitor) stems to "unjung", the Lebaran visits of "unjung-unjung"
# "hadiahnya menarik", "tertarik ikut": attractive, interested, not "tarik" (taking a post down)
_NOUNS_NOT_ACTS = frozenset({"bagian", "sebagian", "kebagian", "berdiri", "pengunjung", "menarik", "tertarik"})
# Owners that may follow the first word of a phrase ("tukin saya dipotong").
_POSSESSIVES = frozenset("saya sy aku ku kami gue gw my".split())
# ... and ranks ("honor ketua KPPS"): words that may sit inside an out-of-scope phrase.
_GAP_WORDS = _POSSESSIVES | frozenset("ketua anggota petugas para".split())
_ARTICLES = frozenset("seorang sang si".split())  # "memperkenalkan seorang caleg"
# Words that introduce a comparison: "kayak istri yg boleh dampingi"; what may stand between one
# and the person compared with ("seperti untuk suami istri"), or deny being them ("bukan istri calon").
_COMPARISONS = frozenset("kayak kaya seperti spt layaknya macam sebagaimana like".split())
_SPOUSE_PAIR = frozenset("suami istri pasangan husband wife dan atau and or".split())
_FOR = frozenset("untuk buat bagi".split())
_NOT_ONE = frozenset("bukan not".split())
# Between the person compared with and "boleh": "yg istri PNS saja boleh".
_COMPARED_FILLERS = frozenset("yg yang pns asn pppk saja aja juga kan".split())
# Who an asker may ask for (a relative, a neighbour, a friend), and the words between them and
# their status ("my uncle is a PNS", "tetangga saya PNS").
_PROXY_PEOPLE = frozenset({"who-relative", "who-spouse", "who-acquaintance"})
_BARE_SPOUSE = "who-spouse"  # "suami PNS": see _asn_relatives
_SPOUSE_OF_THEM = frozenset("suaminya istrinya lakinya bininya husband's wife's".split())
# ... and a post the asker's neighbours share ("ketua RT kami PNS"): the ASN asked about holds it, so
# it stays in the story for the cards on that post.
_PROXY_POSTS = frozenset({"role-rt-head"})
_ASKED_FOR = _PROXY_PEOPLE | _PROXY_POSTS
# A status, or a post only an ASN holds (camat, lurah, kepala dinas); not a job many non-ASN also hold
# ("guru", and "pelajar" that stems like "pengajar").
_PROXY_STATUS = frozenset({"who-asn", "who-pns", "who-pppk", "who-cpns", "who-pre-retirement", "who-official", "who-lurah"})
# "langsung ke kantor", "berangkat ke sekolah": on the way to work.
_TO = frozenset("ke to".split())
_GOING = frozenset(
    "langsung berangkat pergi pulang balik kembali jalan trus terus lalu baru masuk sampai nyampe otw ngantor "
    "go going went drive drove walk".split()
)
_AS_DOING = {"event-campaign": "act-campaign", "target-campaign-team": "role-campaign-team"}
# A soldier or police officer (TNI, Polri): their rules are not ours.
_SOLDIER = "oos-tni-polri"
# A resemblance by chance, and a garment named by its colour: see _longest
_RESEMBLANCES = frozenset({"limit-coincidence", "limit-plain-colour"})
# A candidate's or party's aid to a public institution ("caleg nyumbang kursi ke sekolah")
_CANDIDATE_AID = "ctx-candidate-aid-to-office"
_CANDIDATE = "target-candidate"  # see _longest
_PATRONISE = "act-patronise"  # see _longest
_JOB_WORDS = 2  # "sy operator sekolah honorer": words of a job between the asker and their status
# Words between "saya" and the job it introduces ("saya hanya seorang staf").
_INTRO_FILLERS = frozenset("sebagai jadi adalah cuma hanya seorang am a an just only".split())
# Roots whose derived verb means something else: a phrase with the derived verb ("mengadakan
# hajatan", holding one; "yang meninggal", who died) must not match the bare root ("ada hajatan",
# there is one; "yang tinggal serumah", who lives in the same house).
_SHIFTED_ROOTS = frozenset(("ada", "tinggal"))
# Prepositions before a place: "di bawahnya" (below it).
_LOCATIVE = frozenset("di ke dari pada".split())
# Reactions to a post: one made is not undone by another not made.
_REACTIONS = frozenset({"act-like", "act-comment"})
# "…, tapi saya bagikan stiker caleg": a turn after which an own act toward a candidate or party
# undoes the asker's earlier "I take no side" limits.
_BUT = frozenset("tapi tetapi namun but however".split())
_PARTISAN = frozenset({"target-candidate", "target-party"})
# What makes a personal greeting ("hbd pak", "turut berduka") more than one: support said beside it
_GREETING = "limit-condolence-greeting"
_SUPPORT_SAID = frozenset(
    {"sign-praise", "act-support", "sign-partisan-pact", "sign-call-to-vote", "sign-number", "sign-cheer", "sign-gesture"}
)
_THANKED = "dukungan"  # "makasih atas dukungannya": the support thanked for is the candidate's word, not the asker's
# A report made for the campaign team ("buat laporan ke timses") is work for it, not a report of a breach.
_FOR_REPORT = "limit-for-report"
_TEAM = frozenset({"target-campaign-team", "role-campaign-team"})
_NOT_PARTISAN = frozenset({"limit-no-candidate", "limit-passive", "limit-only-watch", "limit-not-involved"})
# "PNS yg kami jatuhi hukuman krn ikut kampanye": what follows names what the sanctioned one did.
_BECAUSE = frozenset("karena krn karna gara because".split())
# A concept term as the tagger files it: stems, concept id, affixed, active, prefix, noun tails,
# bare verbs (see Tagger.__init__), and the concept's kind (looked up here once, not per word).
_Term = tuple[tuple[str, ...], str, bool, bool, str, frozenset[int], frozenset[int], str]
# The asker said no to what was asked: the acts asked of them were not done. Not a refused gift
# ("limit-refused"): a story may go on to what others did with theirs.
_REFUSALS = frozenset({"limit-refused-order"})
# An office's own notice ("spanduk himbauan", "plang dilarang pasang APK") is no candidate's banner,
# unless a face, number or logo is said to be on it ("banner imbauan bergambar pak Pj").
_OFFICIAL_POSTER = "target-official-poster"
_BANNER = "sign-attribute"
_A_FACE_ON_IT = frozenset("bergambar gambarnya fotonya wajah nomor logo tagline".split())


def _face_on_notice(spans: list[tuple[int, int, str]], words: Sequence[str]) -> list[tuple[int, int, str]]:
    """An office's notice with a face, number or logo said to be on it ("banner imbauan kebersihan
    bergambar pak Pj", "spanduk program dinas pake tagline kampanye bupati") is a banner like any other."""
    if not any(cid == _OFFICIAL_POSTER for _, _, cid in spans) or not any(
        w in _A_FACE_ON_IT and NEGATORS.isdisjoint(words[max(0, k - NEGATION_REACH) : k]) for k, w in enumerate(words)
    ):
        return spans
    return [(a, b, _BANNER if c == _OFFICIAL_POSTER else c) for a, b, c in spans]


_REFUSABLE = frozenset({"act", "role"})
# A refusal within this many words of its sentence's start opens it ("sy tolak.", "i said no").
_REFUSAL_OPENS = 2
# An offer, turned down as a request is ("tim sukses manawari ulun duit gasan mamasang baliho … ulun tolak")
_OFFERED = frozenset("nawarin nawari menawari manawari menawarkan nawarkan offered".split())
_WORKERS = frozenset(
    "kerja bekerja bertugas ngantor mengajar ngajar staf staff pegawai karyawan honorer guru work works working".split()
)


# English "like" that is not a reaction: "I'd like to", "looks like a rally", "feel like".
# ... and "treated him like any patient", "just like other citizens", "approve it like any other
# booking": a comparison
_LIKE_BEFORE = frozenset(
    "would looks look looked feel feels felt seems seem sounds something him her them us it just exactly much".split()
)
# "like usual", "like everyone else", "like any other booking": what follows makes it a comparison
# ("like any candidate post" is still a like)
_LIKE_AFTER = frozenset("to other others usual normal always before everyone everybody anyone anybody".split())
_ANY_OTHER = ("any", "other")


# English "unlike" before these words compares ("unlike the military"); it is not undoing a like.
_COMPARED_WITH = frozenset("the a an other most many some in their our his her civil soldiers police".split())


def _not_a_like(i: int, words: Sequence[str]) -> bool:
    if words[i] == "unlike":
        # "unlike the military, do civil servants …": a comparison, not undoing a like
        return i + 1 < len(words) and words[i + 1] in _COMPARED_WITH
    after = tuple(words[i + 1 : i + 3])
    compared = bool(after) and (after[0] in _LIKE_AFTER or after == _ANY_OTHER)
    return compared or (i > 0 and words[i - 1] in _LIKE_BEFORE)


_MY_EVENTS = frozenset({"ctx-my-event"})  # the asker's own family event ...
_CHILDREN = frozenset("anak putri putra putrinya putranya anaknya anakipun anake".split())  # ... of whose child
# A sentence that reports what others claim ("Ada tetangga yang bilang bapak saya cari muka ke
# calon", "Orang tua murid ada yang protes katanya guru berpolitik"): it opens with the claimants
# and names the claim within _CLAIM_REACH words. What it alleges is not what the story tells. Not
# hearsay opening with "katanya" ("Katanya beliau mau nyaleg"): that is part of the story.
_CLAIMANTS = frozenset("ada tetangga orang warga ortu teman rekan beberapa sebagian banyak".split())
_CLAIM_WORDS = frozenset(
    "bilang ngomong nuduh menuduh tuduh mengira ngira menganggap nganggap nyinyir nyinyirin curiga mencurigai "
    "katanya gosipnya menggosipkan protes".split()
)
_CLAIM_REACH = 6
# A claim about the rules ("teman bilang honorer bebas ikut kampanye") is a premise to check, not an allegation.
_RULE_WORDS = frozenset("boleh bebas dilarang larangan wajib harus aturan aturannya".split())
_CLAIMABLE = frozenset({"act", "sign", "target", "event"})
# ... except being there, which the claim names for what the story told in other words ("cuma
# menonton anaknya … ada yang bilang dia melanggar karena hadir di acara itu").
_CLAIM_KEEPS = frozenset({"act-attend"})


def _asker_is_staff(span: tuple[int, int, str], words: Sequence[str]) -> bool:
    """"Saya staf di Dinas Perdagangan": the asker's job, not subordinates or colleagues in use."""
    start, _, cid = span
    if cid != "resource-subordinates":
        return False
    k = word_before(start, words, _INTRO_FILLERS)
    return k >= 0 and words[k] in FIRST_PERSON


# "boleh gak like?", "apa tidak share?": a negator after these makes a yes/no question (not "kan gak
# share": "sy kan gak share" tells that the asker did not); so does one after a risk asked about
# ("bisa dihukum gak pns yg …", "kena sanksi nggak pns yg …": not "not a PNS").
_ASKED_OPENERS = (QUESTION_NEGATION_OPENERS - {"kan"}) | frozenset(
    "kena dihukum disanksi sanksi dipecat melanggar bermasalah masalah".split()
)


def _asked_not_denied(i: int, words: Sequence[str]) -> bool:
    """The negator at i opens a yes/no question about what follows, not a denial of it."""
    return words[i] in NEGATORS and after_question_opener(i, words, _ASKED_OPENERS)


def _passive_of(word: str, root: str) -> bool:
    """"diundang" is the di- passive of "undang" (not "dinasnya" of "dinas", as a looser test would
    have it)."""
    return word.startswith("di" + root)


# The prefix of a one-word term naming a person by a pe(N)- noun: the message's word must not be
# the pe(N)-…-an noun of the same root, which names an act or a thing ("pelajaran", "pendukungan").
_PERSON = "person"


def _pe_noun(word: str, root: str) -> bool:
    """A pe(N)- noun with no -an ("pelajar", "pengajar", "pendukung"): a person, mostly."""
    return word.startswith("pe") and word != root and not word.endswith("an")


def _noun_of_act(word: str, root: str) -> bool:
    """... and its pe(N)-…-an noun ("pelajaran", "pengajaran"): an act or a thing."""
    return word.startswith("pe") and word.endswith(("an", "annya")) and not root.endswith("an") and word != root


def _inside_phrase(i: int, term: tuple[str, ...], words: Sequence[str], stems: Sequence[str], declined: bool) -> bool:
    """The phrase `term` at `i` with one word inside it: an article after its first word, which is
    inside any phrase ("memperkenalkan seorang caleg" is "memperkenalkan caleg"), or, only for a
    topic we decline, an owner or a rank anywhere inside ("KTP saya hilang", "KTP el sy hilang",
    "honor ketua KPPS"): "suami saya calon" is not "suami calon" (a candidate's husband)."""
    n = len(term)
    if i + n >= len(stems):
        return False
    for g in range(1, n if declined else 2):
        if not ((g == 1 and words[i + g] in _ARTICLES) or (declined and words[i + g] in _GAP_WORDS)):
            continue
        if tuple(stems[i : i + g]) == term[:g] and tuple(stems[i + g + 1 : i + n + 1]) == term[g:]:
            return True
    return False


def _noun_of_root(word: str) -> bool:
    """A peN-…-an noun ("pemenangan", "pengamanan"), whose bare root means something else ("menang"
    won, "aman" safe); not ke-…-an or per-…-an, which keep the root's sense ("kemenangan" is
    winning, "pernikahan" a wedding)."""
    return word.startswith(("pem", "pen")) and word.endswith("an") and len(word) > 6


def _place_noun(word: str) -> bool:
    """ke-...-an nouns name something else than their root: "kecamatan" is the district office,
    not the "camat"; "kelurahan" is not the "lurah"."""
    return len(word) > 6 and word.startswith("ke") and word.endswith("an")


class Tagger(ConceptReader):
    """Finds concepts in token sequences; built once per knowledge snapshot."""

    def __init__(self, concepts: Iterable[Concept], respell: Mapping[str, str] | None = None) -> None:
        super().__init__({c.id: c for c in concepts})
        self._reader = Reader(self.concepts)  # whose each act, sign and role is (bot/attribution.py)
        self._negation = Negation(self.concepts)  # what is denied or only a feared label (bot/negation.py)
        # One-word terms of partisan concepts ("paslon", "caleg", "kampanye"): said inside a longer
        # phrase of another concept ("baju warna paslon" is an attribute), they still speak of politics.
        self.partisan_words = frozenset(
            t for c in self.concepts.values() if c.partisan for t in c.terms if " " not in t
        )
        # The glossary's misspellings ("sy" -> "saya", "aja" -> "saja") rewrite a message's words
        # before tagging; terms and card texts are rewritten the same way, or "diam aja" and "gak sy
        # sebut" would never match what users type.
        self._respell = dict(respell or {})
        # first stem -> [(stem tuple, concept id, affixed, active, prefix)], longest first.
        # `affixed`: a one-word term that is a derived word ("menyaksikan", "pengamanan", "atasan");
        # it must not match its bare root ("saksi" the witness, "aman" safe, "atas" on), which means
        # something else. `active`: an active verb ("mengajak", "menyebarkan"); it must not match the passive
        # ("diajak", "disebarkan"): being invited is not inviting. `prefix`: what the message's first
        # word must start with — "di" for a passive term ("dilaporkan", being reported, is not
        # "melaporkan"), "pe" for a phrase led by a pe(N)- noun ("penerima tamu", an usher, is not
        # "menerima tamu", having guests); "" for any. `tails`: positions after the first where a
        # phrase has a peN-…-an noun: "tim pemenangan" (the campaign team) must not match "tim
        # menang" (the team won) through the shared root. `bare`: positions right after a first-person
        # pronoun where the phrase has an active verb: "saya undang", "saya mengundang" (I invite)
        # must not match "saya diundang" (I am invited).
        self._terms: dict[str, list[_Term]] = {}
        # A bare root and a pronoun as its object ("coblos dia", vote for him): after the root's
        # peN-…-an noun the pronoun begins a new clause ("pencoblosan dia umumkan": on polling eve he
        # announced), so the phrase is not said.
        led_by_root: dict[tuple[str, ...], bool] = {}
        # Two spellings of one term ("sy bayar normal", "saya bayar normal") respell to the same entry:
        # filed once, it is tried once and tags its words once.
        filed: set[_Term] = set()
        for c in self.concepts.values():
            for term in c.terms:
                words = raw_tokens(term)
                if len(words) > 1:
                    # Only phrases: a one-word regional term ("melu") respelled is a general word
                    # ("ikut") its author never meant as the concept.
                    words = self.respelled(words)
                words = words[:MAX_TERM_TOKENS]
                stems = tuple(stem(t) for t in words)
                if len(stems) > 1 and (words[1] in PRONOUNS or words[1] in HONORIFICS):
                    # ... or an active verb ("menangkan dia", "menangkan pak"), whose root's noun
                    # ("posko pemenangan dia") is not the verb either
                    led_by_verb = words[0] == stems[0] or words[0].startswith(_ACTIVE_PREFIXES)
                    led_by_root[stems] = led_by_root.get(stems, True) and led_by_verb
                if stems:
                    affixed = stems[0] != words[0] and (len(words) == 1 or stems[0] in _SHIFTED_ROOTS)
                    active = affixed and words[0].startswith(_ACTIVE_PREFIXES)
                    if affixed and words[0].startswith("di"):
                        prefix = "di"
                    elif len(words) > 1 and agent_noun(words[0], stems[0]):
                        prefix = "pe"
                    elif len(words) == 1 and _pe_noun(words[0], stems[0]):
                        prefix = _PERSON  # "pelajar" (a pupil) is not "pelajaran" (a lesson)
                    elif len(words) > 1 and is_passive(words[0], stems[0]):
                        prefix = "di"  # "dimasukkan ke grup" (added) is not "masuk grup" (joined)
                    else:
                        prefix = ""
                    tails = frozenset(
                        k
                        for k in range(1, len(words))
                        if words[k] != stems[k] and (_noun_of_root(words[k]) or stems[k] in _SHIFTED_ROOTS)
                    )
                    bare = frozenset(
                        k
                        for k in range(1, len(words))
                        if words[k - 1] in FIRST_PERSON and not _passive_of(words[k], stems[k])
                    )
                    entry = (stems, c.id, affixed, active, prefix, tails, bare, c.kind)
                    if entry not in filed:
                        filed.add(entry)
                        self._terms.setdefault(stems[0], []).append(entry)
        self._led_by_root = frozenset(t for t, bare in led_by_root.items() if bare)
        for options in self._terms.values():
            options.sort(key=lambda o: -len(o[0]))
        # A phrase can match only where the next stem is its second one (or, for a topic we decline,
        # after a word inside it: see tag_stems), so the terms worth trying at a word are filed by
        # (first stem, next stem): "tidak" starts 275 terms, and a message's "tidak" fits a handful.
        # Each list keeps the order of self._terms, so the same spans come out in the same order.
        self._alone: dict[str, list[_Term]] = {}
        self._by_next: dict[tuple[str, str], list[_Term]] = {}

        def anywhere(o: _Term) -> bool:
            return len(o[0]) == 1 or o[7] == "out-of-scope"

        for first, options in self._terms.items():
            self._alone[first] = [o for o in options if anywhere(o)]
            for second in {o[0][1] for o in options if len(o[0]) > 1}:
                self._by_next[first, second] = [o for o in options if anywhere(o) or o[0][1] == second]

    def weight(self, concept_id: str) -> float:
        """How much a concept counts against a card that does not mention it."""
        c = self.concepts.get(concept_id)
        if c is None:
            return 0.0
        return c.weight if c.weight is not None else KIND_WEIGHTS.get(c.kind, 0.5)

    def tag_stems(
        self,
        stems: Sequence[str],
        words: Sequence[str] | None = None,
        starts: frozenset[int] = frozenset(),
        opens: frozenset[int] = frozenset(),
        quotes: Sequence[tuple[int, int]] = (),
    ) -> Tags:
        """Concepts in a sequence of stems (one per token, stopwords included). With the surface
        `words`, a one-word term never matches a function word (except small talk: "ok", "halo"):
        "bagikan" stems to "bagi", which is also the preposition "bagi"; and a derived one-word
        term never matches a bare root ("pengamanan" is security duty, "aman" is just "safe").
        `starts`: positions where a sentence or clause begins; a denial is looked for only within
        the clause of the act, a doer within it or, when the clause names none, at the opening of an
        earlier clause of the same sentence (`opens`: where sentences begin). `quotes`: where quoted
        stretches are ([start, end) positions, text.quote_ranges)."""
        spans: list[tuple[int, int, str]] = []  # start, end (exclusive), concept
        for i, s in enumerate(stems):
            options = self._by_next.get((s, stems[i + 1])) if i + 1 < len(stems) else None
            if words is not None and i + 2 < len(stems) and words[i + 1] in _ARTICLES:
                # "memperkenalkan seorang caleg": the phrases whose second stem follows the article
                past = [o for o in self._by_next.get((s, stems[i + 2]), ()) if len(o[0]) > 1]
                options = [*(options or self._alone.get(s, ())), *past] if past else options
            # "pencoblosan", "coblosan", "pilihan": a noun made from the root, not the root's verb
            derived_noun = words is not None and (_noun_of_root(words[i]) or words[i] in (s + "an", s + "annya"))
            # "boleh gak like?" asks about the like: a denial phrase led by "gak" is not said there
            asked = words is not None and i not in starts and _asked_not_denied(i, words)
            # "Tetangga sy pasang bendera": the pronoun owns the neighbour, so an act phrase that
            # opens with it ("sy pasang", the asker putting it up) is not said.
            owned = (
                words is not None
                and i > 0
                and i not in starts
                and words[i] in FIRST_PERSON
                and owns_noun_before(i, words, {p for a, b, c in spans if c in _PROXY_PEOPLE for p in range(a, b)})
            )
            for term, cid, affixed, active, prefix, tails, bare, kind in options or self._alone.get(s, ()):
                n = len(term)
                if owned and n > 1 and kind == "act":
                    continue
                if n == 1 and words is not None:
                    word = words[i]
                    if (is_stopword(word) or word in _NOUNS_NOT_ACTS) and kind != "smalltalk":
                        continue
                    if affixed and word == s:
                        continue
                    if affixed and word == s + "nya" and i > 0 and words[i - 1] in _LOCATIVE:
                        continue  # "di bawahnya" (below it) is a place, not "bawahan" (subordinates)
                    if active and word.startswith("di") and word != s:
                        continue
                    if not affixed and word != s and _place_noun(word):
                        continue
                    if word in ("like", "unlike") and _not_a_like(i, words):
                        continue
                if prefix == _PERSON:
                    if words is not None and _noun_of_act(words[i], s):
                        continue
                elif prefix and words is not None and not words[i].startswith(prefix):
                    continue
                if n > 1 and asked:
                    continue
                if n > 1 and affixed and words is not None and words[i] == s:
                    continue  # "mengadakan hajatan" (holding one) is not "ada hajatan" (there is one)
                if n > 1 and derived_noun and term in self._led_by_root:
                    # "pencoblosan dia umumkan", "hari coblosan dia antar": polling day, not "coblos dia" (vote
                    # for him); nor is "posko pemenangan dia" the active "menangkan dia" (make him win)
                    continue
                if tuple(stems[i : i + n]) == term:
                    end = i + n
                elif n > 1 and words is not None and _inside_phrase(i, term, words, stems, kind == "out-of-scope"):
                    end = i + n + 1
                else:
                    continue
                if any(p in starts for p in range(i + 1, end)):
                    continue  # "tetangga ada hajatan, saya ikut": a phrase never spans a comma or a stop
                if bare and words is not None and end == i + n:
                    if any(_passive_of(words[i + k], stems[i + k]) for k in bare):
                        continue  # "sy diundang" is not "sy undang": being invited is not inviting
                if tails and words is not None and end == i + n:
                    if any(words[i + k] == stems[i + k] for k in tails):
                        continue  # "tim menang" is not "tim pemenangan"
                spans.append((i, end, cid))
        kept = self._longest([sp for sp in spans if not self._someone_elses_event(sp, spans, words)])
        if words is not None:
            # "PNS di Tanjung Balai": a word of a place's name is no hall, no coal, no new town
            place = in_place_names(words)
            if place:
                kept = [sp for sp in kept if not all(k in place for k in range(sp[0], sp[1]))]
            kept = self._as_doing(kept, words, starts)
            kept = joining_an_event(kept, words, self.kind)
            kept = office_sought(kept, words)
            kept = committee_as_body(kept, words)
            asn = frozenset(p for a, b, cid in kept if self.concepts[cid].asn for p in range(a, b))
            kept = candidacy_described(kept, words, starts, asn)
            kept = left_elsewhere(kept, words)
            kept = refused_by_asker(kept, words, stems, starts)
            kept = refusal_not_done(kept, words, starts)
            kept = invitation_declined(kept, words)
            kept = read_as_source(kept, words)
            kept = ballot_number(kept, words, starts)
            kept = numbered_candidate(kept, words)
            kept = own_vote(kept, words)
            kept = calls_to_vote(kept, words, stems, starts)
            kept = election_bodys_things(kept, words, starts)
            kept = said_unrelated(kept, words)
            kept = gesture_counts(kept, words)
            kept = used_not_worn(kept, self.kind, words)
            kept = family_gift(kept)
            kept = registering(kept, words, stems)
        # "dilaporkan" is being reported (a fear), not the asker reporting someone
        feared = {(a, b) for a, b, cid in kept if cid == "intent-fear-report"}
        kept = [sp for sp in kept if not (sp[2] == "intent-report" and sp[:2] in feared)]
        if words is None:
            return Tags(tuple(sorted(kept)))
        kept = [
            sp
            for sp in self._negation.negate(kept, words, starts, opens)
            if not self._negation.labelled(sp, words) and not self._compared(sp, words)
        ]
        kept = [
            sp
            for sp in kept
            if not self._workplace(sp, kept, words) and not _asker_is_staff(sp, words) and not self._commute(sp, words)
        ]
        kept = _face_on_notice(kept, words)
        kept = restated_rule(kept, words, starts, self.kind)
        claimed = self._claimed(kept, words, opens)
        kept = [sp for sp in kept if sp[2] not in claimed]
        # "… apa saya salah?": the asker asks about themself, for no ASN relative or friend named before
        proxies = [] if asks_of_self(words, opens) else self._asn_relatives(kept, words, opens)
        proxy_kinds = frozenset(cid for _, _, cid in proxies)
        others = self._reader.others(kept, words, stems, starts, opens, proxy_kinds) | self._refused(kept, words, opens)
        others |= self._soldiers_acts(kept, words) | self._sanctioned(kept, words, stems, opens)
        # Where someone other than the asker is named ("kadis", "suami saya", "tetangga")
        people = {p for a, b, cid in kept if self.concepts[cid].third_party for p in range(a, b)}
        # "kadis blg 'pilih no 2 ya'. sy diem aja": what someone else is quoted saying is theirs, when
        # the asker tells they only stood by (otherwise the one quoted may be the ASN asked about)
        quoted = said_by_others(words, quotes, people) if words is not None and quotes else frozenset()
        if any(cid in _STOOD_BY and a not in quoted for a, _, cid in kept):
            others |= {
                cid
                for _, _, cid in kept
                if self.kind(cid) in _SAID_KINDS
                and all(quoted.intersection(range(a, b)) for a, b, c in kept if c == cid)
            }
        asking_for = bool(proxies) and not self._asker_runs(kept, words)
        # someone retired is no ASN either: a retired relative's own acts are theirs ("ibu sy pensiunan bidan mau pasang")
        not_asn = any(cid in NO_LONGER_ASN for _, _, cid in kept)

        relatives = {p for a, b, cid in kept if cid in _PROXY_PEOPLE for p in range(a, b)}

        def by_asker(a: int) -> bool:
            """"saya" is the one at a ("sy bukan asn", "sy pasang"), not whose relative or friend it is
            ("suami sy bantu pasang": his act; "istri saya bukan pns": her status)."""
            k = a if words[a] in FIRST_PERSON else first_person_before(a, words, asking=True)
            return k >= 0 and not (k > 0 and owns_noun_before(k, words, relatives))

        named_asn = [a for a, _, cid in kept if self.asn(cid)]
        if (
            named_asn
            and any(cid in NO_LONGER_ASN and by_asker(a) for a, _, cid in kept)
            and not any(by_asker(a) for a in named_asn)
        ):
            # "sy bukan asn, suami sy pns. boleh sy pasang stiker capres?": an asker who is no ASN,
            # beside one who is, asks about what they do themself, which is not the ASN's (and what
            # their act takes in its clause: "… sy pasang stiker capres") ...
            acts = [a for a, _, cid in kept if self.kind(cid) == "act" and cid not in others]
            theirs = [a for a in acts if by_asker(a)]
            # ... only when the ASN does nothing in it: no act of anyone else's, nothing asked of or by
            # them ("istri sy PNS mau foto bareng sy", "suami sy pns nyuruh aku posting")
            if theirs and len(theirs) == len(acts) and ASKED.isdisjoint(words):
                breaks = starts | opens
                clauses = {start_of(a, breaks) for a in theirs}
                others |= {cid for a, _, cid in kept if self.kind(cid) in _SAID_KINDS and start_of(a, breaks) in clauses}
        if asking_for:
            # "Istri saya PNS, dapat kaos caleg": the spouse is the ASN asked about, not a
            # candidate's spouse; the cards on relatives of candidates do not apply. Nor do the
            # asker's own roles: "Saya sekdes, suami saya PNS mau ikut konvoi" asks about the PNS.
            kept = [
                sp
                for sp in kept
                if (sp not in proxies or sp[2] in _PROXY_POSTS) and not self._askers_role(sp, words)
            ]
        others = joined_things(kept, others)
        others = joined_group(kept, others, words)
        others = copied_act(kept, others, words, stems, self.kind)
        others = reacted_to(kept, others, self.kind)
        others = liable_along(kept, others, words, self.kind, opens)
        kept = appointed_since(kept, words, frozenset(a for a, _, cid in kept if self.asn(cid)), self.kind)
        others = done_before_appointment(kept, others, words, self.kind)
        kept = handing_out(kept, others)
        kept = spouse_runs(kept, words, starts, others)
        kept = bystander(kept, others, words, self.kind, proxies if asking_for else (), not_asn)
        kept = status_alone(kept, words)
        kept = retired_asker(kept, words, starts)
        return Tags(tuple(sorted(self._drop_contradicted_limits(kept, others, words))), others)

    def _drop_contradicted_limits(
        self, spans: list[tuple[int, int, str]], others: frozenset[str], words: Sequence[str]
    ) -> list[tuple[int, int, str]]:
        """A limit the asker's own words contradict does not hold: "tidak menyebut nama" beside "pilih
        yang nomor urutnya …" (a ballot number names a candidate); "indak komen" beside a like made;
        "saya tidak memihak. Tapi di akhir saya bagikan stiker caleg" (what follows "tapi" undoes it);
        "buat laporan ke timses" (a report for the campaign team is no report of a breach)."""
        present = {cid for _, _, cid in spans} - others
        dropped: set[str] = set()
        if "sign-number" in present:
            dropped.add("limit-no-candidate")
        if present & _REACTIONS:
            dropped.add("limit-no-reaction")
        if any(cid in _SUPPORT_SAID and not words[a].startswith(_THANKED) for a, _, cid in spans if cid not in others):
            dropped.add(_GREETING)  # "hbd bapa, sa dukung 100%": a wish with support in it is support
        if present & _TEAM:
            dropped.add(_FOR_REPORT)
        turn = next((k for k, w in enumerate(words) if w in _BUT), None)
        if turn is not None:
            after = [cid for start, _, cid in spans if start > turn and cid not in others]
            acts = any(self.kind(c) == "act" for c in after)
            if acts and any(self.kind(c) == "sign" or c in _PARTISAN for c in after):
                dropped |= {cid for start, _, cid in spans if start < turn and cid in _NOT_PARTISAN}
        return [sp for sp in spans if sp[2] not in dropped] if dropped else spans

    def _as_doing(
        self, spans: list[tuple[int, int, str]], words: Sequence[str], starts: frozenset[int]
    ) -> list[tuple[int, int, str]]:
        """A one-word campaign or team right after "boleh" or an ASN is the ASN's act or role."""
        asn_ends = {end for _, end, cid in spans if self.concepts[cid].asn}
        return [
            (start, end, _AS_DOING[cid])
            if cid in _AS_DOING
            and end - start == 1
            and start > 0
            and start not in starts
            and (words[start - 1] in MODALS or start in asn_ends or (words[start - 1] in SOMEONE and start - 1 in asn_ends))
            else (start, end, cid)
            for start, end, cid in spans
        ]

    def _claimed(
        self, spans: list[tuple[int, int, str]], words: Sequence[str], opens: frozenset[int]
    ) -> frozenset[str]:
        """Acts, signs, targets and events named only in a sentence reporting what others claim
        (dropped: an allegation is not part of what happened), when the story tells some act, sign,
        event or role elsewhere: "Dia kirim SMS ke ketua RT: ingatkan warga ke TPS. Ada tetangga yang
        bilang dia cari muka ke calon." is about the SMS, not about a candidate. The last sentence
        (the question: "ada yang bilang PNS ga boleh like, bener?") is never one."""
        bounds = sorted(opens | {0}) + [len(words)]
        claimed_at = {
            p
            for a, b in zip(bounds, bounds[1:])
            if b < len(words)
            and words[a] in _CLAIMANTS
            and not _CLAIM_WORDS.isdisjoint(words[a : a + _CLAIM_REACH])
            and not any(w in FIRST_PERSON for w in words[a : a + 2])
            and _RULE_WORDS.isdisjoint(words[a:b])
            for p in range(a, b)
        }
        if not claimed_at:
            return frozenset()
        inside = {cid for start, _, cid in spans if start in claimed_at}
        outside = {cid for start, _, cid in spans if start not in claimed_at}
        if not any(self.kind(c) in ("act", "sign", "event", "role") for c in outside):
            return frozenset()  # the claim is all the message tells: it is what is asked about
        return frozenset(c for c in inside - outside - _CLAIM_KEEPS if self.kind(c) in _CLAIMABLE)

    def _soldiers_acts(self, spans: list[tuple[int, int, str]], words: Sequence[str]) -> frozenset[str]:
        """An asker who is a soldier or police officer ("saya anggota TNI, istri saya PNS, boleh saya
        nyoblos?") acts as one: their own acts are not an ASN's. Acts of a proxy ("boleh dia …") stay."""
        soldier = any(
            cid == _SOLDIER
            and (k := word_before(start, words, PROXY_FILLERS)) >= 0
            and words[k] in FIRST_PERSON
            and (k == 0 or words[k - 1] not in POSSESSABLE)
            for start, _, cid in spans
        )
        if not soldier:
            return frozenset()
        return frozenset(
            cid for start, _, cid in spans if self.kind(cid) == "act" and first_person_before(start, words) >= 0
        )

    def _refused(
        self, spans: list[tuple[int, int, str]], words: Sequence[str], opens: frozenset[int]
    ) -> frozenset[str]:
        """Acts asked of the asker and then refused ("kepsek nyuruh share video paslon, abdi teu
        daek") are the one who asked: the asker did not do them. Only acts between a request word
        and the refusal."""
        refusal = min((a for a, _, cid in spans if cid in _REFUSALS), default=-1)
        asked = next((k for k in range(refusal) if words[k] in ASKED), -1)
        if asked < 0:
            # "timnya minta selfie sama perawat, sy tolak halus": a request turned down in the
            # same sentence (a refused gift may be followed by what others did with theirs).
            refusal = min((a for a, _, cid in spans if cid == "limit-refused"), default=-1)
            begin = start_of(refusal, opens)
            if 0 <= refusal - begin <= _REFUSAL_OPENS and words[begin] in FIRST_PERSON:
                # "a friend asked me to add a frame … I said no.": a refusal that opens its own
                # sentence with the asker answers the request in the sentence before ("can I refuse?" asks)
                begin = max((k for k in opens if k < begin), default=0)
            asked = next((k for k in range(begin, refusal) if words[k] in ASKED or words[k] in _OFFERED), -1)
        if asked < 0:
            return frozenset()
        return frozenset(
            cid for a, _, cid in spans if asked < a < refusal and self.kind(cid) in _REFUSABLE
        )

    def _sanctioned(
        self, spans: list[tuple[int, int, str]], words: Sequence[str], stems: Sequence[str], opens: frozenset[int]
    ) -> frozenset[str]:
        """What the person being sanctioned did is theirs, not the sanctioning asker's: "PPK mau
        jatuhkan hukuman ke PNS yg ikut kampanye pakai atribut", "PNS yg kami jatuhi hukuman krn
        ikut kampanye". The acts and signs after the sanction's "yang"/"karena", to the end of its
        sentence; not when the asker is the one sanctioned ("sy dijatuhi hukuman krn …", "… ke
        saya krn saya ikut …")."""
        out: set[str] = set()
        for a, b, cid in spans:
            if cid != "act-impose-sanction" or is_passive(words[a], stems[a]):
                continue
            begin = start_of(a, opens)
            end = min((k for k in opens if k > a), default=len(words))
            clause = next((k for k in range(b, end) if words[k] in SOMEONE or words[k] in _BECAUSE), None)
            if clause is not None and not any(words[k] in FIRST_PERSON for k in range(b, end)):
                out |= {c for x, _, c in spans if clause < x < end and self.kind(c) in ("act", "sign")}
            # "Untuk staf yg ikut kampanye …, sy berwenang menjatuhkan …?": the one described
            # before the sanction, in a "yang" clause that is not the asker's.
            before = next(
                (k for k in range(begin + 1, a) if words[k] in SOMEONE and words[k - 1] not in FIRST_PERSON), None
            )
            if before is not None and not any(words[k] in FIRST_PERSON for k in range(before, a)):
                out |= {c for x, _, c in spans if before < x < a and self.kind(c) in ("act", "sign")}
        return frozenset(out - {"act-impose-sanction"})

    def _asn_relatives(
        self, spans: list[tuple[int, int, str]], words: Sequence[str], opens: frozenset[int]
    ) -> list[tuple[int, int, str]]:
        """Relatives the message asks for as ASN: "istri saya PNS", "my uncle is a PNS", "anak saya
        bidan PNS" (a relative, their owner, maybe their name, a copula, then an ASN status or job)."""
        # An ASN status, or an ASN job followed by one ("anak saya bidan PNS", "istri saya guru PNS";
        # not "keponakan saya (pelajar SMA, bukan ASN)").
        status_starts = {start for start, _, cid in spans if cid in _PROXY_STATUS}
        asn_starts = status_starts | {
            start for start, end, cid in spans if self.concepts[cid].asn and {end, end + 1} & status_starts
        }
        # ... or a job no concept names, said the same way ("istri saya pustakawan PNS", "suami sy penyuluh PPPK")
        covered = {k for start, end, _ in spans for k in range(start, end)}
        asn_starts |= {
            k - 1
            for k in status_starts
            if k > 0 and k - 1 not in covered and words[k - 1] not in THIRD_PERSON and _job_word(words[k - 1], stem(words[k - 1]))
        }
        found: list[tuple[int, int, str]] = []
        for start, end, cid in spans:
            if cid not in _ASKED_FOR:
                continue
            k = end
            # Never across a sentence: "… bergambar suaminya. Saya bidan PNS" is the asker's status.
            if k < len(words) and words[k] in FIRST_PERSON and k not in opens:
                k += 1  # the owner: "istri *saya* PNS"
            if k + 1 < len(words) and words[k] in HONORIFICS and k not in opens:
                k += 2  # their name: "tetangga saya *pak Y* itu PNS"
            while k < len(words) and words[k] in PROXY_FILLERS and k not in opens:
                k += 1
            if k in opens:
                continue
            owned = k > end or words[end - 1] in FIRST_PERSON  # "istri saya PNS"; "anak saya" as one term
            # "saya istri PNS": the asker is the ASN's relative, who asks for them ("saya ibunya PNS
            # guru" is "I, his mother, am a PNS teacher")
            owned = owned or (
                start > 0 and words[start - 1] in FIRST_PERSON and k == end and not words[end - 1].endswith("nya")
            )
            # "suami PNS", "istri guru PPPK": a spouse named bare in chat is the asker's own (not "suaminya")
            # ... unless the message then asks about that ASN's own spouse ("istri pegawai pajak posting
            # dukungan capres. suaminya kena?"): the spouse named first is the ASN's, not the asker's
            owned = owned or (
                cid == _BARE_SPOUSE and not words[end - 1].endswith("nya") and _SPOUSE_OF_THEM.isdisjoint(words[k:])
            )
            if k in asn_starts and owned:
                found.append((start, end, cid))
        return found

    def _workplace(self, span: tuple[int, int, str], spans: list[tuple[int, int, str]], words: Sequence[str]) -> bool:
        """Where someone works, named to introduce them ("saya PNS di kantor kecamatan", "staf di
        sekolah"), is no office being used."""
        start, _, cid = span
        if cid != "resource-building" or start < 2 or words[start - 1] not in AT:
            return False
        before = start - 2
        return words[before] in _WORKERS or any(
            end == start - 1 and self.kind(c) in ("who", "role") for _, end, c in spans
        )

    def _someone_elses_event(
        self, span: tuple[int, int, str], spans: list[tuple[int, int, str]], words: Sequence[str] | None
    ) -> bool:
        """"pernikahan anak caleg": a family event of a child named with someone else right after it is
        that person's child's, not the asker's own ("menikahkan anak" and "pernikahan anak" share their
        stems)."""
        _, end, cid = span
        return (
            cid in _MY_EVENTS
            and words is not None
            and words[end - 1] in _CHILDREN
            and any(a == end and self.concepts[c].third_party for a, _, c in spans)
        )

    @staticmethod
    def _commute(span: tuple[int, int, str], words: Sequence[str]) -> bool:
        """Going to work ("trus langsung ke kantor", "berangkat ke kantor") uses no office for anything."""
        start, _, cid = span
        return cid == "resource-building" and start >= 2 and words[start - 1] in _TO and words[start - 2] in _GOING

    def _askers_role(self, span: tuple[int, int, str], words: Sequence[str]) -> bool:
        """A role the asker gives themself ("saya sekdes", "I am a village head"), not an ASN status."""
        start, _, cid = span
        concept = self.concepts[cid]
        if concept.kind != "who" or concept.asn:
            return False
        k = word_before(start, words, PROXY_FILLERS)
        # "Sy operator sekolah honorer": the asker's job may stand between them and the status.
        job = 0
        while k >= 0 and job < _JOB_WORDS and words[k] not in FIRST_PERSON and not is_stopword(words[k]):
            k, job = word_before(k, words, PROXY_FILLERS), job + 1
        return k >= 0 and words[k] in FIRST_PERSON and (k == 0 or words[k - 1] not in POSSESSABLE)

    def _asker_runs(self, spans: list[tuple[int, int, str]], words: Sequence[str]) -> bool:
        """The asker is the one running ("saya nyaleg", "saya calon wakil bupati, istri saya PPPK"),
        not "istri saya mau nyaleg"."""
        people = {p for start, end, cid in spans if self.concepts[cid].third_party for p in range(start, end)}
        for start, _, cid in spans:
            if cid not in ("act-run-for-office", "target-candidate"):
                continue
            k = first_person_before(start, words)
            if k >= 0 and not (k > 0 and owns_noun_before(k, words, people)):  # "istri *saya*", "adik kandung *sy*"
                return True
        return False

    def _compared(self, span: tuple[int, int, str], words: Sequence[str]) -> bool:
        """A kind of person named only to compare with ("kayak istri yg boleh dampingi", "kalau istri
        boleh CLTN, adik boleh juga?"): not someone in the story."""
        start, end, cid = span
        if cid not in _PROXY_PEOPLE:
            return False
        k = start - 1
        while k >= 0 and words[k] in _SPOUSE_PAIR:
            k -= 1  # "bukan istri/suami calon", "seperti suami istri"
        if k >= 0 and words[k] in _FOR and k > 0 and words[k - 1] in _COMPARISONS:
            k -= 1  # "seperti untuk suami istri"
        if k >= 0 and (words[k] in _COMPARISONS or words[k] in _NOT_ONE):
            return True  # "kayak istri …"; "saya bukan istri calon"
        if k >= 0 and words[k] in ASKER_ALONE:
            return False  # "saya anak pns, boleh …": the asker says whose relative they are
        after = [w for w in words[end : end + 4] if w not in _COMPARED_FILLERS][:1]
        return after == ["boleh"]  # "kalau istri boleh CLTN", "yang istri PNS saja boleh ikut"

    def _longest(self, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        """Longest first; a span inside an already kept, longer span is another reading of the same
        words and is dropped ("pasangan calon" is not "pasang"; "honor kpps" is not a KPPS role),
        except an act inside a limit: "cuma nonton" limits the act, it is still watching (but not
        inside being near: "pagar yg nempel sm pagar rumah sy" touches the fence, it sticks up nothing)."""
        spans.sort(key=lambda sp: (-(sp[1] - sp[0]), sp[0]))
        kept: list[tuple[int, int, str]] = []
        for start, end, cid in spans:
            thing = self.kind(cid) in ("sign", "event", "resource", "target")
            if any(
                k_start <= start and end <= k_end and (k_end - k_start) > (end - start)
                # ... but a sign, a person or a place inside a limit is the limit's: "kaos panitia" is
                # no campaign shirt, "jaga posko kesehatan" no campaign post, "berangkat ke kantor" no
                # use of the office, "tanpa menyebut calon siapa pun" names no candidate
                and (self.kind(k_cid) != "limit" or thing or (k_cid == NEARBY and self.kind(cid) == "act"))
                # ... except a resemblance by chance, which names the sign it resembles: "kebetulan sama
                # nomor urut" is a number that is there, by chance ("warna salah satu partai" names no party)
                and not (k_cid in _RESEMBLANCES and self.kind(cid) == "sign")
                # ... and the object that ends an act phrase is still that thing: "dapat kaos" is
                # receiving, and a shirt (but what a customer buys is the purchase: "belanja sembako"
                # names no gift of groceries)
                and not (
                    self.kind(k_cid) == "act" and k_cid != _PATRONISE and end == k_end and self.kind(cid) in ("sign", "target")
                )
                # ... and a candidate named inside an act's phrase is still named: "ikut caleg keliling"
                # is campaigning, with a caleg
                and not (self.kind(k_cid) == "act" and cid == _CANDIDATE)
                # ... and so is the giver of a candidate's aid: "caleg nyumbang kursi" names the caleg
                and not (k_cid == _CANDIDATE_AID and self.kind(cid) == "target")
                for k_start, k_end, k_cid in kept
            ) or (
                self.kind(cid) == "act"
                and any(k_cid == cid and start < k_end and k_start < end for k_start, k_end, k_cid in kept)
            ):
                # a second reading of the same concept over some of the same words ("bantuin timses
                # bagiin" and "bagiin kalender") is the same mention
                continue
            kept.append((start, end, cid))
        return kept

    def tag(self, text: str) -> Tags:
        """Concepts in a text (the glossary's misspellings only, no speller; for card questions and titles)."""
        words = self.respelled(raw_tokens(text))
        return self.tag_stems([stem(t) for t in words], words)

    def respelled(self, words: Sequence[str]) -> list[str]:
        """The words with the glossary's misspellings rewritten, as a message's are."""
        # a misspelling may stand for more than one word ("sy" is one, "gpp" is three); only those are
        # split again (raw_tokens on every word of every card question made the index build a fifth slower)
        fixed = respell(words, lambda w: self._respell.get(w, w))
        return [t for word, new in zip(words, fixed) for t in (raw_tokens(new) if new != word else [word])]


# Words the readings above look for by their spelling. The speller must leave them as typed: it
# would make Javanese "kula" (I) the "KUA" office, Balinese "tusing" (not) "using", "wonten"
# (there is) "konten", "ngajar" (teach) "ngajak" (invite).
READING_WORDS = frozenset().union(
    NEGATORS, FIRST_PERSON, THIRD_PERSON, POSSESSABLE, NEGATION_FILLERS, AGENT_FILLERS, LIST_WORDS,
    QUESTION_NEGATION_OPENERS, QUESTION_OR_WORDS, _GAP_WORDS, _INTRO_FILLERS, _WORKERS, _LIKE_BEFORE,
    _CLAIMANTS, _CLAIM_WORDS, _BUT, _CHILDREN, _LIKE_AFTER, _ARTICLES, ASN_WORDS,
    ATTRIBUTION_WORDS, NEGATION_WORDS, READINGS_WORDS,
)
