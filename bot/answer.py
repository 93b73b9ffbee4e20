"""Turn a question into an Answer: understand it, decide which card rules on it (or ask, or decline),
and cite the passages the card rests on.

The decision, in order:
1. Nothing but "halo" / "makasih" / "ok" → small talk.
2. A short follow-up ("terus sanksinya?", "kalau PPPK?") with a previous topic → that topic.
3. Cards whose `situation` fits the concepts of the question (every `requires` group present, no
   `excludes` concept present) compete on BM25 over their example questions, the share of the
   question's words they cover and the concepts they satisfy, minus the concepts of the question
   they never mention. A card that does not fit is never used to rule.
4. The best card is confident enough → unless the question is out of scope (an out-of-scope concept
   the card does not mention, asked about someone who is not an ASN) it rules; a runner-up close to
   it with a different verdict → a clarification listing both.
5. No confident card: out of scope (recruitment, TPS location, TNI/Polri …, or only what other
   people do) → decline with the office that can help; a question naming a provision → its text; a keyword-only message → the
   cards it names; in the neutrality domain → the principle answer (the general duties and "ask
   your BKPSDM", or a step of the legal test whose situation the message meets, such as the asker's
   own sign of support for a candidate) — never a borrowed card; anything else → decline.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import accumulate

from bot.attribution import ASKED
from bot.concepts import NONPOLITICAL, Tags
from bot.knowledge import Passage, Rule
from bot.readings import LEFT_AT_ONCE, REFUSED, RETIRED, refusal_made
from bot.references import named_provisions
from bot.search import Fit, Index, PassageHit, Query, RuleHit
from bot.text import ASN_WORDS, FIRST_PERSON, is_list_item, sentences, shorten, tokenize
from bot.understand import Message, cap

MAX_CITATIONS = 5
MAX_BASIS_CITATIONS = 3
# The ASN's statutory duty to keep neutral (UU 20/2023 Pasal 24 ayat (1) huruf d): what an "allowed" or
# "conditional" ruling measures the act against. Cited among the first three when the card's own basis
# does not list it, so "you may" shows the duty it does not breach (see _citations).
NEUTRALITY_DUTY = "uu20-2023-p24-1-d"
MAX_CLARIFY = 4
TRIM_CHARS = 420
NAMED_CHARS = 800  # a provision asked for by name is quoted whole, up to this (a list item's tail is the point)

# Evidence for a fitting card: REL_WEIGHT x its BM25 relative to the best card's, plus
# COVERAGE_WEIGHT x the share of the question's words its examples contain, plus FIT_BONUS per
# `requires` group present. Cards are ranked by that evidence minus UNCOVERED_PENALTY x the weight
# of the question's concepts the card never mentions (a story mentions many things in passing, so
# the penalty ranks cards against each other but does not decide whether to answer).
# Tuned on the dev split of tests/eval/real (docs/evaluation.md).
REL_WEIGHT = 1.0
COVERAGE_WEIGHT = 1.0
FIT_BONUS = 0.6
UNCOVERED_PENALTY = 0.6
MIN_EVIDENCE = 0.9  # below: not confident enough to rule
# A card that forbids must explain more of the message than it leaves out: a wrong "forbidden"
# from a card that shares a few words with a long story scares people off (dev3, dev6).
MIN_PROHIBITED_SCORE = 0.0
MIN_COVERAGE = 0.2  # a card whose examples share less of the question's words needs 2+ concepts
CLARIFY_MARGIN = 0.15  # a runner-up ranked this close to the best card → ask which one was meant
STRONG_FIT = 3  # `requires` groups a card satisfies to answer despite an office's topic (below)
SHORT_MESSAGE_WORDS = 5  # up to this many content words a message may leave its political topic unsaid
WEAK_FIT = 2  # fewer `requires` groups than this: a ruling card too weak for a question naming nobody
_NEVER_OURS = frozenset({"tni-polri", "foreign"})  # redirects no fitting card overrides
INFO_BONUS = 0.5  # for an information card when the question asks for information, not permission
# A card without a situation (knowledge written before situations existed) rules only on a strong
# word match: this share of the question's words, and this BM25 score (mean-IDF units).
UNDECLARED_MIN_COVERAGE = 0.42
UNDECLARED_MIN_BM25 = 1.3

# Passages cited without a rule need a clear match (coverage = weighted share of the user's words).
PASSAGE_MIN_COVERAGE = 0.5
PASSAGE_MIN_SCORE = 2.1
DIRECT_MIN_COVERAGE = 0.85  # a non-basis passage the question names precisely is cited early

KINDS = ("rule", "principle", "passages", "clarify", "abstain", "empty", "smalltalk")
# "Bunyi Pasal 71 UU 10/2016?": a question that names a provision is answered with it.
_NAMES_PROVISION_RE = re.compile(
    r"\b(pasal|ayat|huruf|article|penjelasan|lampiran)\s*\(?\d|\b(uu|pp|perpres|perppu|permendagri|permenpan|skb|se|perbawaslu|pkpu)\s*(no\.?|nomor)?\s*\d+\s*(/|tahun)\s*\d{2,4}",
    re.IGNORECASE,
)
# A message asking for a provision's wording ("bunyi", "isi", "what does … say").
_ASKS_WORDING_RE = re.compile(r"\b(bunyi(nya)?|isi(nya)?|teks(nya)?|wording|text of|what does .{0,60}\bsay)\b", re.IGNORECASE)
# Concepts of a message that asks whether something is allowed, wrong or punished.
_ASKING_ONLY = frozenset({"intent-ask", "intent-ask-permission"})  # a way of asking, never a topic
_NOT_ASN = "who-not-asn"
# What keeps a factual question ours although it names nobody: sanctions, reports, procedure.
_OURS_TOPICS = frozenset({"intent-report", "intent-procedure"})
_HONORER = "who-honorer"
_INDONESIAN_STATUS = frozenset({"who-pns", "who-pppk", "who-cpns"})  # in English, no other country's civil service
_PRIVATE_JOB = "who-private-occupation"  # "saya wiraswasta", "ibu rumah tangga"
_IMPOSE_SANCTION = "act-impose-sanction"
_KPPS_PAY = "oos-kpps-pay"  # an election committee's pay: the KPU's
_KPPS_ROLE = "role-kpps"
_ALL_CANDIDATES = "limit-all-candidates-present"
# What a card on whom the rules bind asks beside the status: that the question is about neutrality.
_ABOUT_NEUTRALITY = frozenset(
    {"domain-neutrality", "intent-sanction", "ctx-pemilu", "ctx-pilkada", "target-candidate", "target-party",
     "act-support", "ctx-criminal", "who-village-head"}
)
_UNDO = "act-undo"  # taking something down: "hapus", "cabut", "unlike"
# Acts that guard neutrality: taking something down, telling someone off ("sy negur, tolong dicopot"),
# keeping campaign content away ("sy block & report spam", "klik sembunyikan iklan")
_GUARDING = frozenset({_UNDO, "act-admonish", "act-mute-block"})
_REPORT = "intent-report"  # "lapornya kemana?", "sy laporin ke panwas"
_CAMPAIGN_TEAMS = frozenset("tim timses relawan partai posko".split())  # "laporan tim sukses": the team's report
_AS_FAR_AS_I_KNOW = frozenset("setahu tahu tau sepengetahuan".split())  # "gurunya setahu saya PNS"
_AFTERMATH = "intent-aftermath"  # "sudah terlanjur", "I already shared": a done act asked about
# A refusal ("sy tolak", "sy balikin") guards neutrality as those acts do, and so does leaving at once
# (LEFT_AT_ONCE), unless the refusal was one side's only ("paslon lain sy tolak", "yg lawan sy copot")
_ONE_SIDED = frozenset({"sign-one-sided", "limit-one-candidate"})
_RIVAL = frozenset("lawan pesaing rival rivals opponent opponents".split())  # "pendukung paslon lawan"
# Own acts of support that a refusal beside them does not excuse
_SUPPORTING = frozenset(
    {"act-support", "act-campaign", "act-help-campaign", "act-join-party", "act-declare", "act-canvass-family",
     "act-prepare-campaign-material", "act-accompany-candidate", "act-drop-by-post", "act-join-handout", "act-guard-votes"}
)
_BECAUSE_WORDS = frozenset("karena krn karna soalnya because".split())
_CLAUSE_TURNS = _BECAUSE_WORDS | frozenset("tapi tp tetapi namun but".split())
_RT_HEAD = "role-rt-head"  # a neighbourhood (RT/RW, LPM) head: no state office
_NOT_ASN_PEOPLE = frozenset({_NOT_ASN, _PRIVATE_JOB})
_SOE_STAFF = "who-soe-employee"  # "komisaris BUMN boleh kampanye?": the Election Law's, not ours
_ASN_AUDIENCE = frozenset({"who-asn"})
_ASKING = _ASKING_ONLY | {"intent-sanction", "domain-neutrality", "intent-fear-report"}
# Words of a question for a fact ("kapan", "berapa", "caranya"), not whether something may be done
_FACT_WORDS = frozenset("apa berapa brp kapan kpn cara caranya mana siapa jadwal jadwalnya umur usia what when which who how".split())
# An ASN's case being handled: reported, examined, sanctioned or appealed
_CASE_WORDS = frozenset(
    {"intent-fear-report", "ctx-reported", "intent-sanction", _IMPOSE_SANCTION, "ctx-recommendation", "act-examine", "act-appeal"}
)
FOCUSES = ("answer", "sanction", "aftermath", "basis")
# Concept kinds that say *what* a message is about (a follow-up with none of them refers back).
_SUBJECT_KINDS = frozenset({"act", "sign", "role", "resource", "event", "target", "limit"})
# Concept kinds that make a keyword-only message a topic ("like?", "kampanye", "sanksi").
_TOPIC_KINDS = frozenset({"act", "sign", "role", "event", "target", "domain", "intent", "resource"})
# Concept kinds that describe conduct: what the principle answer rules on.
_CONDUCT_KINDS = frozenset({"act", "sign", "role", "resource", "event"})
# Acts of an ASN's ordinary work and life: "guru PNS, sudah 6 tahun mengajar … prosedur mutasi ikut
# suami?" still asks about a transfer, "PNS boleh punya usaha sampingan?", "kerja sampingan jadi ojol?" about side jobs, not about
# neutrality. (Voting is not among them: "may an ASN vote?" is ours.)
_EVERYDAY_ACTS = frozenset({"act-teach", "act-read", "act-watch", "role-business-owner", "role-driver"})
# A TNI or Polri member named in the message (as such, or as the asker's spouse).
_TNI_POLRI = frozenset({"oos-tni-polri", "ctx-tni-polri-spouse"})
_STATE_OFFICIAL = "oos-state-official"
# Concept kinds that place a message in the neutrality domain.
_DOMAIN_KINDS = frozenset({"target", "sign", "domain", "role"})


@dataclass(frozen=True)
class Citation:
    """A passage as cited for one question: its text trimmed to the relevant sentences."""

    passage: Passage
    text: str
    score: float


@dataclass(frozen=True)
class Answer:
    """The engine's reply to one question, independent of how it is shown."""

    question: str
    lang: str
    kind: str  # one of KINDS
    verdict: str | None = None
    rule: Rule | None = None
    understood: str | None = None  # the card's title in `lang`: what the engine answered
    matched_question: str = ""
    clarify: list[Rule] = field(default_factory=list)
    citations: list[Citation] = field(default_factory=list)
    focus: str = "answer"  # what a follow-up asked for
    redirect: str | None = None  # who can help with an out-of-scope question
    smalltalk: str | None = None  # "greeting" | "thanks" | "ack"

    @property
    def abstained(self) -> bool:
        return self.kind in ("abstain", "empty")

    @property
    def empty(self) -> bool:
        return self.kind == "empty"


@dataclass(frozen=True)
class Candidate:
    """A card considered for a question: the evidence for it and its rank score."""

    rule: Rule
    evidence: float
    score: float  # evidence minus the penalty for concepts the card does not mention
    fit: Fit
    hit: RuleHit | None

    @property
    def confident(self) -> bool:
        coverage = self.hit.coverage if self.hit else 0.0
        if self.rule.verdict == "prohibited" and self.score < MIN_PROHIBITED_SCORE:
            return False
        return self.evidence >= MIN_EVIDENCE and (coverage >= MIN_COVERAGE or self.fit.satisfied >= 2)


@lru_cache(maxsize=4096)
def _sentence_terms(sentence: str) -> frozenset[str]:
    # Quoted sentences come from the knowledge, so the same few hundred recur in every answer;
    # bounded, so a reload's new texts push the old ones out.
    return frozenset(tokenize(sentence))


def trim(text: str, query_terms: set[str], limit: int = TRIM_CHARS) -> str:
    """Keep the sentences that share the most terms with the query, in their original order."""
    if len(text) <= limit:
        return text
    sents = sentences(text)
    if len(sents) <= 1 or is_list_item(text):
        return shorten(text, limit)  # a list item's own words are the point, whatever the query
    overlap = [len(query_terms & _sentence_terms(s)) for s in sents]
    ranked = sorted((i for i in range(len(sents)) if overlap[i]), key=lambda i: (-overlap[i], i))
    keep: list[int] = []
    size = 0
    for i in ranked or range(len(sents)):  # nothing relevant: keep the opening sentences
        if keep and size + len(sents[i]) > limit:
            continue
        keep.append(i)
        size += len(sents[i]) + 1
    keep.sort()
    parts: list[str] = []
    for n, i in enumerate(keep):
        if (n == 0 and i > 0) or (n > 0 and i != keep[n - 1] + 1):
            parts.append("…")
        parts.append(sents[i])
    if keep[-1] < len(sents) - 1:
        parts.append("…")
    return " ".join(parts)


# --------------------------------------------------------------------------- ranking cards


def rank(
    index: Index,
    query: Query,
    tags: Tags,
    emphasis: dict[str, float] | None = None,
    informational: bool = False,
    own_act: bool = False,
    audience: frozenset[str] = frozenset(),
    procedure: bool = False,
    partisan: bool = True,
    guarding: frozenset[str] = frozenset(),
    acting: bool = False,
    supporting_beside_refusal: bool = False,
) -> list[Candidate]:
    """Cards that may rule on the question, best first (cards whose situation does not fit are out).
    An `informational` question ("apa sanksi like paslon?") prefers the cards that inform; `own_act`
    (the asker told their own act and asks what follows) leaves out the general penalty cards;
    `procedure` (an office asks how to handle someone's case) leaves only the cards that inform;
    a message that is not `partisan` (no candidate, party, campaign or election in it) gets no
    prohibition, nor does one whose only own acts are `guarding` ones (taking down, telling off, blocking, leaving), unless
    the card rules on one.
    A message `acting` (the asker asks leave for their own partisan act) is not answered by a card that
    only says whom the rules bind ("honorer juga wajib netral"): the act's card or the legal test is."""
    hits = index.rule_hits(query)
    # The best card's score without building every card's RuleHit (most are never looked at).
    best_bm25 = hits.best_score or 1.0
    weights = index.concept_weights(tags, emphasis)
    out: list[Candidate] = []
    for rule in index.candidates(tags, hits, audience):
        fit = index.fit(rule, tags, weights, audience)
        hit = hits.get(rule.id)
        if fit.declared and not fit.fits:
            continue
        if own_act and rule.verdict == "info" and _penalty_in_general(rule):
            continue  # the asker told their own X: the act's card answers, with its sanction
        if procedure and rule.verdict != "info":
            continue  # an office asks how to proceed: the procedure's card answers, not the act's
        if not partisan and rule.verdict == "prohibited" and fit.declared:
            # "stiker klub bola di motor", "kaos fun run": a shared word is not a breach (a card
            # written before situations existed is matched by its words alone, as before)
            continue
        if acting and _status_card(index, rule):
            continue
        if guarding and rule.verdict == "prohibited" and not any(_rules_on(rule, a) for a in guarding):
            # "web kantor diretas, ada banner paslon, sy hapus": taking a sign down uses nothing for a
            # campaign and shows no support; nor does telling a colleague to take theirs down
            continue
        if supporting_beside_refusal and rule.verdict != "prohibited" and _requires(rule, REFUSED):
            continue  # the refusal's card would allow the support told beside it
        if hit is None and fit.satisfied == 0:
            continue
        rel = hit.score / best_bm25 if hit else 0.0
        coverage = hit.coverage if hit else 0.0
        evidence = REL_WEIGHT * rel + COVERAGE_WEIGHT * coverage + FIT_BONUS * fit.satisfied
        if not fit.declared and (hit is None or coverage < UNDECLARED_MIN_COVERAGE or hit.score < UNDECLARED_MIN_BM25):
            continue
        score = evidence - UNCOVERED_PENALTY * fit.uncovered
        if informational and rule.verdict == "info":
            score += INFO_BONUS
        out.append(Candidate(rule, evidence, score, fit, hit))
    out.sort(key=lambda c: -c.score)
    return out


def _penalty_in_general(rule: Rule) -> bool:
    """An information card on "what is the penalty for X" (it requires a sanction question)."""
    return rule.situation is not None and any("intent-sanction" in group for group in rule.situation.requires)


_PRAISE = "sign-praise"  # "keliatan jiwa pemimpinnya": praise may be the support itself
_WORKING_HOURS = "ctx-working-hours"
_NOT_RESIGNED = "ctx-refuse-resign"  # "blm mundur, tp udh pasang baliho pake foto sy": running for office
_OFFICE_BUILDING = "resource-building"  # "senam pagi di kantor", "IG kantor": where, not what is used
# The asker says nothing partisan is in it: "gk ada sangkut paut politik" (NONPOLITICAL), "ga ada
# hubungannya sama capres" (a candidate named only to say there is none).
_SAID_UNPOLITICAL = frozenset({NONPOLITICAL, "limit-no-candidate"})
# "kampanye imunisasi", "kalender imunisasi": an agency's programme; "relawan PMI": a relief volunteer
_PUBLIC_CAMPAIGN = "ctx-public-campaign"
_PUBLIC_SERVICE = frozenset({_PUBLIC_CAMPAIGN, "ctx-civic-volunteer"})
# what a public service explains: its campaign, its volunteers, handing out its calendars
_EXPLAINED_BY_SERVICE = frozenset({
    "act-campaign", "act-help-campaign", "event-campaign", "role-campaign-team", "target-campaign-team",
    "act-join-handout",
})
_CAMPAIGN_WORDS = _PUBLIC_SERVICE | _EXPLAINED_BY_SERVICE
# "pemilihan ketua PGRI", "calon rektor", "nyalon ketua RT": an organisation's own election, which
# the neutrality rules do not name. Its candidate, said with a word any election uses ("calon",
# "kandidat"), and the backing, campaigning and voting told beside it are that election's.
_ORG_ELECTION = "event-org-election"
_EXPLAINED_BY_ORG_ELECTION = frozenset({
    "act-support", "sign-call-to-vote", "act-campaign", "act-help-campaign", "role-campaign-team",
    "event-campaign", "act-run-for-office", "act-vote", "sign-praise", "act-urge", "sign-attribute",
    "ctx-candidate-asks-support", "target-campaign-team", "role-witness", "who-incumbent", "limit-not-running-again",
})
_ANY_ELECTIONS_CANDIDATE = frozenset({
    "calon", "calon2", "calonnya", "kandidat", "kandidat2", "candidate", "candidates", "nominee", "nyalon", "mencalonkan",
})
# "paslon ketua-wakil", "calon ketum": the post named right after the candidate is the organisation's
_ORG_POSTS = frozenset({"ketua", "ketum", "rektor", "dekan", "pengurus"})
# words that name a Pemilu or Pilkada, its candidates or a party: "kaos caleg" is no rector's banner
_POLITICAL_OFFICE_WORDS = frozenset({
    "capres", "cawapres", "caleg", "bacaleg", "cagub", "cawagub", "cabup", "cawabup", "cawalkot", "cakada",
    "paslon", "partai", "party", "pemilu", "pilkada", "pilpres", "pileg", "dpr", "dprd", "dpd", "bupati",
    "gubernur", "walikota", "wali", "presiden",
})
_SUBORDINATES = "resource-subordinates"  # "foto bareng temen2 kantor": who is there, not a resource used
_SEASON = "ctx-election-period"  # "masa kampanye", "musim pilkada": when something is done
# Pay asked about as a penalty's form or effect (see _penalty_pay): a dismissal, or a medium penalty
# (a cut in allowance) named beside a neutrality or sanction word; not "tukin dipotong krn telat absen".
_DISMISSAL = "ctx-dismissal"
_MEDIUM_PENALTY = "ctx-medium-penalty"
_SANCTION_CONTEXT = frozenset({"domain-neutrality", "intent-sanction", "ctx-sanction-decree", "ctx-discipline-route"})


def _partisan(index: Index, message: Message, tags: Tags) -> bool:
    """The message speaks of electoral politics (a candidate, party, campaign, election …), or is
    too short to say what it is about ("udh terlanjur share, hapus cukup?"): then the topic is
    ours by assumption."""
    tagger = index.tagger
    partisan = [c for c in tags.ids if tagger.partisan(c)]
    if tags.ids & _PUBLIC_SERVICE:
        # "ikut kampanye anti narkoba di sekolah", "jadi relawan bencana banjir": the campaign named
        # is an agency's programme, the volunteering a relief effort; joining or helping them is no
        # election campaign (a candidate or party named beside them still is)
        partisan = [c for c in partisan if c not in _CAMPAIGN_WORDS]
        if not partisan:
            return False  # nor is the word "kampanye" or "relawan" inside their names
    if _ORG_ELECTION in tags.ids:
        # _inside_org_election kept the organisation's election only with nothing of a Pemilu beside
        # it: "itu pelanggaran netralitas?" asks about that election
        return False
    if tags.ids & _SAID_UNPOLITICAL or _SEASON in tags.ids:
        # "gk ada sangkut paut politik", "tidak ada kaitannya dengan pemilu": the words inside the
        # denial speak of nothing, nor does the election it names; a candidate or an act still does.
        # Nor does the season a question is asked in ("pas musim pilkada gini aman kan?"): when,
        # not for whom; nor a candidate named only to say there is none ("ga ada hubungannya sama capres").
        return any(tagger.kind(c) != "domain" and c != _SEASON for c in partisan)
    if partisan:
        return True
    return message.content_words <= SHORT_MESSAGE_WORDS or any(
        w in tagger.partisan_words for w in message.words
    )


def _inside_org_election(index: Index, message: Message, tags: Tags) -> Tags:
    """Read an organisation's election told in the message: the backing, campaigning and candidates
    around it are that election's and are dropped, unless a Pemilu or Pilkada is named beside it
    ("nyalon ketua RT & janjiin warga dukung paslon 1"); then the organisation's election is dropped."""
    if _ORG_ELECTION not in tags.ids:
        return tags
    explained = {c for c in tags.ids if _org_elections(c, message, tags)}
    tagger = index.tagger
    political = [c for c in tags.ids - explained if tagger.partisan(c) and tagger.kind(c) != "domain"]
    drop = {_ORG_ELECTION} if political else explained
    return Tags(tuple(span for span in tags.spans if span[2] not in drop), tags.others)


def _org_elections(concept_id: str, message: Message, tags: Tags) -> bool:
    """The concept is read only as the organisation's election's: an act of backing or voting, or a
    candidate named by a word any election uses ("dukung calon ketum", not "dukung capres")."""
    words = message.words
    spans = [(start, end) for start, end, cid in tags.spans if cid == concept_id]
    if concept_id == "target-candidate":
        return all(
            " ".join(words[start:end]) in _ANY_ELECTIONS_CANDIDATE or (end < len(words) and words[end] in _ORG_POSTS)
            for start, end in spans
        )
    return concept_id in _EXPLAINED_BY_ORG_ELECTION and not any(
        _POLITICAL_OFFICE_WORDS.intersection(words[start:end]) for start, end in spans
    )


def _everyday_and_nothing_political(
    index: Index, message: Message, tags: Tags, partisan: bool, *, acts_only: bool = False, in_season: bool = False
) -> bool:
    """The legal test's first question answers no: a message that asks leave names nothing partisan
    and is plainly about something everyday the asker does (`acts_only`: an act, not just an event;
    `in_season`: the asker tells of themself and asks because of the election season, which is
    told enough, "sy bantu atur antrian pasar murah, boleh kan walau lagi masa kampanye?")."""
    return (
        index.nonpolitical is not None
        and not partisan
        and not message.office_procedure
        and bool(tags.ids & _ASKING)
        and _plainly_everyday(index, tags, acts_only=acts_only, told=in_season and message.asker)
    )


def _inside_public_service(tags: Tags) -> Tags:
    """Drop a campaign word read inside a public-service phrase: in "bagi brosur DBD" the handing
    out ("bagi brosur") is the health programme's, not a campaign's help ("kampanye imunisasi" is no
    campaign event). A campaign word elsewhere in the message stays."""
    public = [(start, end) for start, end, cid in tags.spans if cid in _PUBLIC_SERVICE]
    if not public:
        return tags
    kept = tuple(
        span
        for span in tags.spans
        if not (span[2] in _EXPLAINED_BY_SERVICE and any(span[0] < end and start < span[1] for start, end in public))
    )
    return tags if len(kept) == len(tags.spans) else Tags(kept, tags.others)


def _plainly_everyday(index: Index, tags: Tags, *, acts_only: bool = False, told: bool = False) -> bool:
    """A message that names nothing partisan tells of something the asker does (an act or an event:
    a sticker put up, a T-shirt worn, a contest judged) or says it is not political, with no career
    or election-office topic (a side job or a pension date is the BKN's, not "allowed") and nothing
    else that other rules may forbid (see _not_everyday). `told`: the caller knows the asker tells of
    something they do that no concept names ("sy bantu atur antrian")."""
    kinds = {index.tagger.kind(c) for c in tags.own}
    # An event the asker says has nothing partisan in it ("jalan sehat HUT kota, ga ada hubungannya
    # sama capres kan?") is told as plainly as an act.
    event_told = "event" in kinds and (not acts_only or bool(tags.ids & _SAID_UNPOLITICAL))
    # a public-service campaign or relief effort the asker joins is what they do ("jadi relawan PMI")
    told = (
        told
        or "act" in kinds
        or event_told
        or bool(tags.own & _PUBLIC_SERVICE)
        or (not acts_only and NONPOLITICAL in tags.ids)
    )
    # an agency's own programme ("kalender imunisasi dari dinkes" handed out at the posyandu, on the
    # service motorbike) is what its budget and vehicles are for
    programme = _PUBLIC_CAMPAIGN in tags.own
    return told and not any(
        _not_everyday(index, c) and not (programme and index.tagger.kind(c) == "resource") for c in tags.ids
    )


def _not_everyday(index: Index, concept_id: str) -> bool:
    """A concept that makes "nothing political, so allowed" the wrong answer: a career topic, praise
    that may be the support itself, working hours, not having resigned (to run for office) or a
    state resource (an official car for going home, a game played at work: other rules forbid them)."""
    kind = index.tagger.kind(concept_id)
    return (
        (kind == "out-of-scope" and concept_id != _STATE_OFFICIAL)
        or (kind == "resource" and concept_id not in (_OFFICE_BUILDING, _SUBORDINATES))
        or concept_id in (_PRAISE, _WORKING_HOURS, _NOT_RESIGNED)
    )


def _names_asn(index: Index, tags: Tags) -> bool:
    """The message names an ASN (PNS, PPPK, a teacher or official who is one …)."""
    return any(index.tagger.asn(c) for c in tags.ids)


def _in_domain(index: Index, tags: Tags) -> bool:
    """A target, sign, role or neutrality word, or every candidate named as a limit ("undang semua caleg
    dari semua partai"): the election is what the message is about."""
    return any(index.tagger.kind(c) in _DOMAIN_KINDS for c in tags.ids) or _ALL_CANDIDATES in tags.ids


def _penalty_pay(tags: Tags) -> bool:
    """Pay asked about as a neutrality penalty's form or effect (see _redirect)."""
    return _DISMISSAL in tags.ids or (_MEDIUM_PENALTY in tags.ids and bool(tags.ids & _SANCTION_CONTEXT))


def _redirect(
    index: Index,
    tags: Tags,
    rule: Rule | None = None,
    *,
    declining: bool = False,
    english: bool = False,
    asker_acts: bool = False,
    foreign_asker: bool = False,
) -> str | None:
    """Who can help, when the question is out of scope: an out-of-scope concept is present that
    the card (if any) does not mention, and the question is not about an ASN (another country's
    civil servants are never ours, whatever words they share with ours). `declining`: the question
    is declined anyway, so any out-of-scope topic in it says where to ask instead. `english`: the
    message is in English, where "PNS" and "PPPK" name Indonesia's civil servants only. `asker_acts`:
    the asker tells of an act of their own, beside which a state official is only part of the story.
    `foreign_asker`: every other country named is who the asker is (see _a_foreigner_asks)."""
    profile = index.profile(rule.id) if rule is not None else frozenset()
    # An ASN *doing* something: "PNS yang cuti melahirkan boleh ikut kampanye?" is ours;
    # "passing grade SKD CPNS?" names an ASN but asks about recruitment.
    # How to vote (an A5 form, the DPT) is the KPU's whoever votes: voting is then no conduct of
    # ours, unless the asker also asks whether they may or could get into trouble.
    procedure = "oos-voting-procedure" in tags and not tags.ids & _ASKING
    # ... and the KTP shown to vote is the procedure's, not one handed over for a candidate
    everyday = _EVERYDAY_ACTS | {"act-vote", "sign-ktp"} if procedure else _EVERYDAY_ACTS
    # a penalty imposed on an ASN ("PNS bolos 10 hari hukumannya apa?") is nothing the ASN does
    everyday = everyday | {_IMPOSE_SANCTION}
    if _KPPS_PAY in tags.ids:
        # "sy PNS jadi KPPS, honornya kena pajak ga?": the committee's pay is asked, not the serving
        everyday = everyday | {_KPPS_ROLE, "act-receive"}
    doing = any(index.tagger.kind(c) in _CONDUCT_KINDS and c not in everyday for c in tags.ids)
    # An honorer in a government office is bound by the rules on non-ASN staff, which our cards answer
    # ("saya honorer digaji APBD, bukan PNS atau PPPK, diajak jadi timses").
    about_asn = not declining and (_names_asn(index, tags) or _HONORER in tags.ids) and doing
    for cid in sorted(tags.ids - profile):
        concept = index.tagger.concepts.get(cid)
        if concept is None or concept.kind != "out-of-scope" or not concept.redirect:
            continue
        if concept.redirect == "foreign" and (
            "ctx-indonesian" in tags or english and tags.ids & _INDONESIAN_STATUS or foreign_asker
        ):
            # "are Indonesian civil servants allowed …? a colleague from Singapore asked"; "I'm Dutch,
            # my husband is a PNS": in English, PNS and PPPK are Indonesia's own (in Indonesian,
            # "PNS di Singapura" is any country's civil servant)
            continue
        if concept.redirect == "state-official" and (
            tags.ids & {"who-incumbent", "who-supervisor"} or (tags.ids & _CASE_WORDS and _names_asn(index, tags))
        ):
            # "stiker 'bantuan dari Bapak Bupati' yang maju lagi": the incumbent, our topic; "Bupati
            # sbg PPK …": the regent as the civil servants' appointing official, ours too, and so is
            # a regent named beside an ASN's case ("guru PNS dilaporin, yg nindak bupati atau Kemenag?")
            continue
        if concept.redirect == "state-official" and cid in tags.others:
            # "ada anggota dewan yg bilang perangkat desa sebaiknya netral": someone there who said it
            continue
        if concept.redirect == "state-official" and asker_acts:
            # "sy admin akun pemkab, disuruh repost video bupati": the asker's act is asked about, the
            # regent is in the story (an asker who is the official, "saya hakim, boleh …?", is not
            # `asker_acts`: see _decide)
            continue
        if concept.redirect == "bkn" and rule is not None and _penalty_pay(tags):
            # "hukdis sedang itu potong tukin atau tunda KGB?", "selama banding PTDH gajinya gimana?":
            # pay asked about as a neutrality penalty's form or effect is the card's topic
            continue
        if concept.redirect == "foreign" or not about_asn:
            return concept.redirect
    return None


def _topic_cards(index: Index, query: Query, tags: Tags) -> list[Rule]:
    """For a keyword-only message: the cards whose examples match it best (excluded ones left out)."""
    out: list[Rule] = []
    for hit in index.rule_hits(query).values():
        if not index.fit(hit.rule, tags).excluded:
            out.append(hit.rule)
        if len(out) == MAX_CLARIFY:
            break
    return out


# --------------------------------------------------------------------------- citations


def _confident(hit: PassageHit) -> bool:
    return hit.coverage >= PASSAGE_MIN_COVERAGE and hit.score >= PASSAGE_MIN_SCORE


def _select(rule: Rule | None, basis: list[PassageHit], hits: list[PassageHit]) -> list[PassageHit]:
    """Rule basis first (best-matching basis passages), then the best other passages."""
    chosen: list[PassageHit] = []
    seen: set[str] = set()

    def take(hit: PassageHit) -> None:
        if hit.passage.id not in seen and len(chosen) < MAX_CITATIONS:
            seen.add(hit.passage.id)
            chosen.append(hit)

    confident = [h for h in hits if _confident(h)]
    if rule is None:
        for hit in confident:
            take(hit)
        return chosen
    order = {h.passage.id: i for i, h in enumerate(basis)}
    # The curator lists the operative provision first: it is always cited first. The rest of the
    # basis follows by how well it matches the question (curator order breaks ties).
    scored = basis[:1] + sorted(basis[1:], key=lambda h: (-h.score, order[h.passage.id]))
    # A passage outside the basis that the question names precisely (e.g. the Pasal itself) is
    # cited right after the best basis passage; other strong passages come after the basis.
    # A principle answers what no card names: the passage that best matches the question itself (if it
    # shares as much of it as a card's examples must) is likelier the law in point than the
    # principle's second general duty.
    pool, floor = (hits, MIN_COVERAGE) if rule.kind == "principle" else (confident, DIRECT_MIN_COVERAGE)
    direct = [h for h in pool if h.passage.id not in order and h.coverage >= floor]
    for hit in scored[:1] + direct[:1] + scored[1:MAX_BASIS_CITATIONS]:
        take(hit)
    return chosen


def _basis_passages(index: Index, rule: Rule) -> list[Passage]:
    out: list[Passage] = []
    for ref in rule.basis:
        out.extend(p for p in index.knowledge.resolve(ref) if p not in out)
    return out


def _citations(index: Index, rule: Rule, query: Query) -> list[Citation]:
    basis = _basis_passages(index, rule)
    # A ruling that lets the act go ahead rests on the duty of neutrality as much as on its own
    # provisions: the duty is what the act was measured against and found not to breach.
    lets_go_ahead = rule.kind == "rule" and rule.verdict in ("allowed", "conditional")
    duty = [p for p in index.knowledge.resolve(NEUTRALITY_DUTY) if p not in basis] if lets_go_ahead else []
    passage_hits, scored = index.passages(query, limit=10, extra=basis + duty)
    chosen = _select(rule, scored[: len(basis)], passage_hits)
    if duty:
        # third, after the card's operative provision and the next best; a duty already cited first or
        # second (a passage the question names) is not repeated, one cited later moves up
        first, rest = chosen[: MAX_BASIS_CITATIONS - 1], chosen[MAX_BASIS_CITATIONS - 1 :]
        cited_first = {h.passage.id for h in first}
        duty_hits = [h for h in scored[len(basis) :] if h.passage.id not in cited_first]
        moved = {h.passage.id for h in duty_hits}
        chosen = (first + duty_hits + [h for h in rest if h.passage.id not in moved])[:MAX_CITATIONS]
    terms = set(query.weights)
    return [Citation(h.passage, trim(h.passage.text, terms), round(h.score, 3)) for h in chosen]


def _rule_answer(index: Index, question: str, lang: str, rule: Rule, query: Query, *, kind: str = "rule",
                 matched: str = "", focus: str = "answer") -> Answer:
    return Answer(
        question=question,
        lang=lang,
        kind=kind,
        verdict=rule.verdict,
        rule=rule,
        understood=rule.title.get(lang) or rule.title.get("id"),
        matched_question=matched,
        citations=_citations(index, rule, query),
        focus=focus,
    )


# --------------------------------------------------------------------------- the decision


def answer_rule(index: Index, rule_id: str, lang: str, *, focus: str = "answer", question: str = "") -> Answer | None:
    """The answer of one card (a clarification button, the topic menu, a follow-up button); None
    when the card no longer exists (a stale button after /reload)."""
    rule = index.knowledge.rule(rule_id)
    if rule is None:
        return None
    lang = lang if lang in ("id", "en") else "id"
    asked = cap(question) or rule.title.get(lang, "")
    query = index.parse(question or rule.title.get("id", ""))
    kind = "principle" if rule.kind == "principle" else "rule"
    return _rule_answer(index, asked, lang, rule, query, kind=kind, focus=focus if focus in FOCUSES else "answer")


def answer_question(index: Index, question: str, *, previous: str | None = None, lang: str | None = None) -> Answer:
    """Answer one question; `previous` is the chat's last card (for follow-ups), `lang` a forced
    answer language ("id"/"en"; None = the question's language)."""
    message = index.read(question)
    text = message.text
    lang = lang if lang in ("id", "en") else message.lang
    if not text or (message.content_words == 0 and message.smalltalk is None and not message.tags.ids):
        return Answer(text, lang, "empty" if not text else "abstain")
    if message.smalltalk is not None:
        return Answer(text, lang, "smalltalk", smalltalk=message.smalltalk)

    prev = index.knowledge.rule(previous) if previous else None
    if prev is not None and message.followup:
        followed = _follow_up(index, message, lang, prev)
        if followed is not None:
            return followed
    return _decide(index, message, lang, message.tags, index.parse(message.segments, message.raw_words))


def _passages_answer(index: Index, text: str, lang: str, query: Query) -> Answer | None:
    """The passages that clearly match the question, quoted as information; None when none do."""
    passage_hits, _ = index.passages(query, limit=MAX_CITATIONS)
    chosen = [h for h in passage_hits if _confident(h)]
    if not chosen:
        return None
    terms = set(query.weights)
    cited = [Citation(h.passage, trim(h.passage.text, terms), round(h.score, 3)) for h in chosen]
    return Answer(text, lang, "passages", verdict="info", citations=cited)


def _named_answer(index: Index, text: str, lang: str, query: Query) -> Answer | None:
    """The provisions the question names by reference, quoted as information; None when it names none we hold."""
    named = named_provisions(text, index.knowledge.passages)
    if not named:
        return None
    terms = set(query.weights)
    cited = [Citation(p, trim(p.text, terms, NAMED_CHARS), 1.0) for p in named]
    return Answer(text, lang, "passages", verdict="info", citations=cited)


def _follow_up(index: Index, message: Message, lang: str, prev: Rule) -> Answer | None:
    """A short message that refers back to the previous card."""
    kinds = {index.tagger.kind(c) for c in message.tags.ids}
    query = index.parse([(prev.title.get("id", ""), 1.0), *message.segments], message.raw_words)
    if not kinds & _SUBJECT_KINDS:
        focus = None
        if _AFTERMATH in message.tags and prev.aftermath:
            focus = "aftermath"
        elif "intent-sanction" in message.tags:
            focus = "sanction"
        elif "intent-basis" in message.tags:
            focus = "basis"
        if focus is not None:
            return _rule_answer(index, message.text, lang, prev, query, focus=focus)
    # "kalau PPPK?", "what about on weekends?": the same situation with one thing changed.
    context = index.tagger.tag(prev.title.get("id", "")) if prev.title else Tags()
    merged = Tags(tuple(sorted(set(context.spans) | set(message.tags.spans))))
    answer = _decide(index, message, lang, merged, query)
    return answer if answer.kind in ("rule", "principle", "clarify") else None


def _status_card(index: Index, rule: Rule) -> bool:
    """An information card on whom the rules bind ("honorer juga wajib netral"): its first required
    group names only an ASN status or an honorer, and the others only that the topic is neutrality
    (not a procedure, a resignation or a report)."""
    situation = rule.situation
    if rule.verdict != "info" or situation is None or not situation.requires:
        return False
    first, *rest = situation.requires
    return all(c == _HONORER or index.tagger.asn(c) for c in first) and all(
        group <= _ABOUT_NEUTRALITY for group in rest
    )


def _own_partisan_act(index: Index, tags: Tags) -> bool:
    """The asker's own act, with a partisan target, sign or event of their own beside it."""
    tagger = index.tagger
    return bool(_acts(index, tags) & tags.own) and any(
        tagger.kind(c) in ("target", "sign", "event", "role") and tagger.partisan(c)
        for c in tags.own
    )


def _requires(rule: Rule, concept_id: str) -> bool:
    """The card requires the concept (alone or among alternatives)."""
    return rule.situation is not None and any(concept_id in group for group in rule.situation.requires)


def _rules_on(rule: Rule, concept_id: str) -> bool:
    """The card names the concept in its situation (required, needed or excluded)."""
    return rule.situation is not None and concept_id in rule.situation.named


def _guarding(index: Index, message: Message, tags: Tags, refusals: _Refusals | None) -> frozenset[str]:
    """The asker's own acts when every one guards neutrality (not a past act taken back: "I already
    shared …, I deleted it" still asks about the share); or the asker's leaving at once ("kepsek
    ngumpulin guru buat arahan pilih paslon, sy keluar"), whatever the acts it walked away from; or
    the asker's refusal, when the only other acts of theirs are what was asked of them or turned
    down ("abang minta sy share postingannya, sy nolak", "sy tolak tawaran endorse dr timses")."""
    if _AFTERMATH in tags.ids:
        return frozenset()
    if LEFT_AT_ONCE in tags.ids:
        return frozenset({LEFT_AT_ONCE})
    own = frozenset(_acts(index, tags) & tags.own)
    if (
        refusals is not None
        and own <= refusals.refused | _GUARDING
        and not tags.ids & _ONE_SIDED
        and _RIVAL.isdisjoint(message.words)
    ):
        return frozenset({REFUSED})
    if (
        _REPORT in tags.ids
        and not message.asks_breach
        and own <= _GUARDING
        and _asker_says_asn(index, message, tags)
        # not "ngetik laporan tim sukses": a report written for a campaign
        and not any(
            cid == _REPORT and end < len(message.words) and message.words[end] in _CAMPAIGN_TEAMS
            for _, end, cid in tags.spans
        )
    ):
        # "sy staf kecamatan, camat nyuruh RT bagi stiker paslon, lapornya kemana", "sy PNS laporin
        # baliho di pagar sekolah ke panwas": an ASN reporting guards neutrality; what is reported is
        # someone else's doing. (An onlooker who is no ASN, "sy wali murid … boleh gitu? lapor ke
        # mana?", asks about that ASN's act too.)
        return own | {_REPORT}
    return own if own and own <= _GUARDING else frozenset()


def _asker_says_asn(index: Index, message: Message, tags: Tags) -> bool:
    """The asker names their own ASN status right after "I" ("sy PNS", "saya staf kecamatan"); not
    what the asker knows of someone ("gurunya setahu saya PNS")."""
    words = message.words
    return any(
        index.tagger.asn(cid)
        and start > 0
        and words[start - 1] in FIRST_PERSON
        and (start < 2 or words[start - 2] not in _AS_FAR_AS_I_KNOW)
        for start, _, cid in tags.spans
    )


@dataclass(frozen=True)
class _Refusals:
    """The refusals the asker made, not ones asked about ("sy tolak", not "boleh gk sy tolak?")."""

    # (where a request before it starts, the refusal's start, its clause's end, its sentence's end)
    clauses: tuple[tuple[int, int, int, int], ...]
    # the acts turned down: after a refusal in its clause ("sy tolak tawaran endorse"), or asked of
    # the asker before it ("minta sy share postingannya. sy nolak")
    refused: frozenset[str]


# A request, or a question asking leave, that a refusal answers ("paslon nanya boleh gk pasang
# spanduk di pagar kantor. sy bilang gk boleh"; "timses nawarin sy jadi saksi. sy tolak").
_ASKED_OF_ASKER = ASKED | frozenset("nanya nanyain tanya bertanya menanyakan nawarin nawarkan menawarkan tawarin".split())


def _read_refusals(index: Index, message: Message, tags: Tags) -> _Refusals | None:
    """The refusals the asker made, read once for `_guarding` and `_support_after_refusal`; None when
    there is none. A request is looked for in a refusal's sentence or the one before; its clause ends
    at its sentence's end, or where the asker or a reason speaks again ("sy tolak order partai A krn
    sy dukung partai B")."""
    words = message.words
    made = [(a, b) for a, b, cid in tags.spans if cid == REFUSED and refusal_made(a, b, words)]
    if not made:
        return None
    ends = list(accumulate(len(sentence) for sentence in message.sentence_words))
    starts = [0, *ends]
    clauses = []
    for start, end in made:
        sentence = next((i for i, e in enumerate(ends) if e > start), len(ends) - 1)
        stop = next(
            (k for k in range(end, ends[sentence]) if words[k] in FIRST_PERSON or words[k] in _CLAUSE_TURNS),
            ends[sentence],
        )
        asked = next((k for k in range(starts[max(0, sentence - 1)], start) if words[k] in _ASKED_OF_ASKER), start)
        clauses.append((asked, start, stop, ends[sentence]))
    refused = frozenset(
        c
        for asked, start, stop, _ in clauses
        for a, _, c in tags.spans
        if index.tagger.kind(c) == "act" and (start < a < stop or asked < a < start)
    )
    return _Refusals(tuple(clauses), refused)


def _support_after_refusal(message: Message, tags: Tags, refusals: _Refusals | None) -> bool:
    """An own act of support told after a refusal, in its sentence, past a turn ("sy tolak ajakan
    paslon 1, tapi sy ikut kampanye paslon 2"); what comes before a refusal is mostly the offer it
    turned down, and a reason after it ("krn liat pak lurah ngarahin …") tells what others did."""
    if refusals is None:
        return False
    words = message.words
    return any(
        stop < len(words)
        and words[stop] not in _BECAUSE_WORDS
        and any(
            stop <= a < end and cid in _SUPPORTING and cid in tags.own and cid not in refusals.refused
            for a, _, cid in tags.spans
        )
        for _, _, stop, end in refusals.clauses
    )


def _acts(index: Index, tags: Tags) -> set[str]:
    """The acts the message names, whoever does them."""
    return {c for c in tags.ids if index.tagger.kind(c) == "act"}


def _only_others_act(index: Index, tags: Tags) -> bool:
    """The message has acts, and every one of them is someone else's."""
    acts = _acts(index, tags)
    return bool(acts) and acts <= tags.others


def _about_others(index: Index, message: Message, tags: Tags) -> bool:
    """The message asks about what other people do (a candidate, a party, a village head), and
    neither names an ASN nor speaks of the asker: "Caleg boleh pasang baliho di pohon?"."""
    return _only_others_act(index, tags) and not _names_asn(index, tags) and not message.asker


def _soldier_or_police_acts(index: Index, tags: Tags) -> bool:
    """Every act in the message is someone else's and a TNI or Polri member is named: "suami saya
    anggota TNI, dia boleh nyoblos?" asks about the soldier, whose rules are not ours."""
    return _only_others_act(index, tags) and bool(tags.ids & _TNI_POLRI)


def _state_official_acts(index: Index, message: Message, tags: Tags) -> bool:
    """A state official acts and nobody else is in the message (no ASN, no asker): "anggota DPRD yg
    nyaleg lagi wajib cuti?" asks about the DPRD member, whose rules are not ours ("can a PNS run for
    bupati?" names the ASN and stays ours)."""
    return (
        _STATE_OFFICIAL in tags.ids
        and bool(_acts(index, tags) & tags.others)
        and not (_names_asn(index, tags) or message.asker or _people(index, tags))
    )


def _about_the_election_only(index: Index, message: Message, tags: Tags) -> bool:
    """Nobody who could be an ASN is in the message (no "I", no ASN named), nobody does anything,
    and nothing is asked about permission or sanctions: "calon independen butuh dukungan KTP berapa
    persen?" asks about what candidates and parties must do, whatever words it shares with a card.
    Any intent ("cara lapor"), event or limit ("nonton doang?") keeps it ours."""
    doing = any(index.tagger.kind(c) in ("act", "event", "intent", "role", "limit") for c in tags.own)
    candidates = tags.ids & {"target-candidate", "target-party"}
    if message.asker or _names_asn(index, tags) or message.terse or not candidates:
        return False
    return not (doing or tags.ids & _ASKING) or _contestant_subject(index, message, tags)


# Who contests an election: a message that opens with one of them as the subject of what may or
# must be done asks the campaign rules (the KPU's), not an ASN's conduct.
_CONTESTANTS = frozenset({"target-candidate", "target-campaign-team", "target-party"})
_SETTING_KINDS = frozenset({"context", "smalltalk"})  # what may come before the contestant: "Selamat siang. Di pilkada …"
_SUBJECT_MODALS = frozenset("boleh bolehkah mau bisa bisakah harus wajib perlu dapat may can must".split())


def _contestant_subject(index: Index, message: Message, tags: Tags) -> bool:
    """"paslon boleh nambah baliho sendiri?", "di pilkada satu paslon bupati boleh bikin rapat umum
    berapa kali?", "tim kampanye cagub mau bikin acara, izinnya?": a candidate, team or party is the
    first thing the message names (a setting such as the election, or a greeting, may come before
    it), a modal follows it, and nobody else is named."""
    if _people(index, tags):
        return False
    words = message.words
    first = min((start for start, _, cid in tags.spans if index.tagger.kind(cid) not in _SETTING_KINDS), default=None)
    return first is not None and any(
        start == first and cid in _CONTESTANTS and end < len(words) and words[end] in _SUBJECT_MODALS
        for start, end, cid in tags.spans
    )


def _a_fact_nobody_acts_on(index: Index, message: Message, tags: Tags, top: Candidate) -> bool:
    """A question for a fact ("Reses DPRD berapa kali setahun?", "Hasil quick count siapa yang
    menang?") that places nobody (no "I", no ASN or other person), asks neither leave, a breach,
    a sanction nor a procedure, and that the best card, a ruling on conduct, fits in only one part
    of its situation: a weak match on shared words, so the question is declined, not ruled on."""
    return (
        message.asks
        and not (message.terse or message.asker or message.asks_leave or message.asks_breach)
        and not _people(index, tags)
        and not any(w in ASN_WORDS for w in message.words)
        and not tags.ids & (_ASKING | _OURS_TOPICS)
        and top.rule.verdict != "info"
        and top.fit.declared  # a card written before situations existed matches by its words alone
        and top.fit.satisfied < WEAK_FIT
    )


def _people(index: Index, tags: Tags) -> set[str]:
    """The kinds of people the message places (a PNS, a village head, someone "bukan ASN" …)."""
    return {c for c in tags.ids if index.tagger.kind(c) == "who"}


def _audience(index: Index, message: Message, tags: Tags) -> frozenset[str]:
    """Our users are ASN: a message that names nobody and asks whether one may ("boleh jadi KPPS?")
    is asked by one. Asking facts ("umur minimal jadi KPPS?", "kenapa harus PSU?") is not asking leave."""
    if not message.asks_leave or _people(index, tags):
        return frozenset()
    return _ASN_AUDIENCE


def _nobody_is_asn(index: Index, tags: Tags) -> bool:
    """The only person the message places is said not to be an ASN ("Saya khatib, bukan ASN", "dia
    bukan PNS, pengusaha"), has a private job ("saya wiraswasta, mau daftar caleg") or works for a
    state-owned enterprise ("komisaris BUMN boleh kampanye?"): the neutrality rules are not theirs.
    A relative, colleague or honorer named beside them keeps it ours ("saya bukan PNS, suami saya
    guru PNS …")."""
    people = _people(index, tags)
    return (_NOT_ASN in people and people <= _NOT_ASN_PEOPLE) or people in ({_PRIVATE_JOB}, {_SOE_STAFF})


def _retired_first(index: Index, tags: Tags, ranked: list[Candidate]) -> list[Candidate]:
    """"pensiunan guru boleh ikut kampanye pake kaos partai? sy udh 2 th pensiun": someone retired,
    and nobody else placed, is no ASN, so the card written for the retired answers before any card
    on an ASN's conduct."""
    if _people(index, tags) != {RETIRED} or any(index.tagger.kind(c) == "resource" for c in tags.ids):
        return ranked  # a state car or hall is not the retiree's to lend: that card still answers
    retired = next((c for c in ranked if c.confident and any(RETIRED in g for g in c.rule.situation.requires)), None)
    if retired is None or retired is ranked[0]:
        return ranked
    # ... and the cards on an ASN's forbidden conduct are not what was asked about
    return [retired, *(c for c in ranked if c is not retired and c.rule.verdict != "prohibited")]


def _community_head_only(index: Index, message: Message, tags: Tags) -> bool:
    """"ketua RW boleh jadi timses caleg?": a neighbourhood head asked about by someone who does not
    speak of themself, and no ASN named, is not ours (an ASN who heads an RT is: "sy PNS, jadi ketua RT")."""
    return _RT_HEAD in tags.ids and not message.asker and not _people(index, tags)


def _decide(index: Index, message: Message, lang: str, tags: Tags, query: Query) -> Answer:
    text = message.text
    tags = _inside_org_election(index, message, _inside_public_service(tags))
    foreign_asker = _a_foreigner_asks(index, message, tags)
    if _soldier_or_police_acts(index, tags):
        return Answer(text, lang, "abstain", redirect="tni-polri")
    if _state_official_acts(index, message, tags):
        return Answer(text, lang, "abstain", redirect="state-official")
    if _nobody_is_asn(index, tags) or _community_head_only(index, message, tags):
        # Say whom the rules bind, not the KPU's registration text: "saya wiraswasta, mau jadi
        # relawan capres" asks no KPU question.
        return _declined(
            index, text, lang, tags, otherwise="bumn" if _SOE_STAFF in tags.ids else "other", foreign_asker=foreign_asker
        )
    if _about_the_election_only(index, message, tags):
        return _declined(index, text, lang, tags, foreign_asker=foreign_asker)
    # The provisions the message names by reference, looked up once for the two places below
    # (references() skips a message with no word for "Pasal" before any pattern runs).
    named = _named_answer(index, text, lang, query)
    if named is not None and _ASKS_WORDING_RE.search(text):
        # "Bunyi Pasal 9 ayat (2) UU 5/2014 …": the text asked for, before any card on the topic
        return named
    partisan = _partisan(index, message, tags)
    refusals = _read_refusals(index, message, tags)
    guarding = _guarding(index, message, tags, refusals)
    ranked = rank(
        index,
        query,
        tags,
        message.emphasis,
        informational=message.informational,
        # "Is it true that one can be punished for a like?" asks for the act's verdict, as an own act does.
        own_act=message.own_act or message.asks_breach,
        audience=_audience(index, message, tags),
        procedure=message.office_procedure,
        partisan=partisan,
        # not a past act taken back ("I already shared …, I deleted it"): that act is still asked about
        guarding=guarding,
        # "sy tolak ajakan paslon 1, tapi sy ikut kampanye paslon 2": a refusal beside one's own support
        supporting_beside_refusal=_support_after_refusal(message, tags, refusals),
        acting=message.asks_leave
        and not (message.informational or message.office_procedure)
        and _own_partisan_act(index, tags),
    )
    ranked = _retired_first(index, tags, ranked)
    if ranked and ranked[0].confident:
        top = ranked[0]
        if _a_fact_nobody_acts_on(index, message, tags, top):
            return _declined(index, text, lang, tags, foreign_asker=foreign_asker)
        redirect = _redirect(
            index,
            tags,
            top.rule,
            english=lang == "en",
            asker_acts=message.asker
            # voting is no conduct of ours: "nyoblos gubernur di sini?" stays the KPU's
            and bool(_acts(index, tags) & tags.own - {"act-vote"})
            and not _asker_is(message, tags, _STATE_OFFICIAL),
            foreign_asker=foreign_asker,
        )
        if redirect is not None and redirect not in _NEVER_OURS and top.fit.satisfied >= STRONG_FIT:
            # A card that fits three parts of the situation is about it, whatever office words the
            # message also has ("PPPK paruh waktu, gaji kecil, masa wajib netral?"): soldiers and
            # other countries' civil servants are never ours, whatever card fits.
            redirect = None
        if redirect is not None:
            return Answer(text, lang, "abstain", redirect=redirect)
        close = [c for c in ranked[1:MAX_CLARIFY] if top.score - c.score < CLARIFY_MARGIN]
        # Close cards that all give the same verdict: the user's decision does not depend on which
        # was meant, so answer with the best one instead of asking.
        if close and any(not _same_decision(top.rule.verdict, c.rule.verdict) for c in close):
            cautious = _with_conditions(top, close)
            if cautious is None:
                return Answer(text, lang, "clarify", clarify=[top.rule, *(c.rule for c in close)])
            top = cautious
        return _rule_answer(index, text, lang, top.rule, query, matched=top.hit.question if top.hit else "")
    # A question about a provision's text is answered with it, whoever the provision is about: the
    # provisions it names by reference ("PP 94 psl 5 huruf n isinya"), else those that match.
    found = named
    if found is None and _NAMES_PROVISION_RE.search(text):
        found = _passages_answer(index, text, lang, query)
    if found is not None:
        return found
    redirect = _redirect(index, tags, english=lang == "en", foreign_asker=foreign_asker) or (
        "other" if _about_others(index, message, tags) else None
    )
    if redirect is not None:
        return Answer(text, lang, "abstain", redirect=redirect)
    if message.terse and any(index.tagger.kind(c) in _TOPIC_KINDS for c in tags.ids - _ASKING_ONLY):
        # "kampanye", "sanksi?", "like?": a topic, not a situation. Offer the cards it names.
        topics = _topic_cards(index, query, tags)
        if len(topics) == 1:
            return _rule_answer(index, text, lang, topics[0], query)
        if topics:
            return Answer(text, lang, "clarify", clarify=topics)
    if not _in_domain(index, tags) and not ranked:
        in_season = _SEASON in tags.ids
        if _everyday_and_nothing_political(index, message, tags, partisan, acts_only=not in_season, in_season=in_season):
            # "ganti foto profil pake foto keluarga, aman ya?": no election word, so no neutrality
            # topic either, but the asker worries for the season: say that nothing in it is forbidden.
            # Only for something the asker does: an event alone ("nikah lagi", "cuti pas lebaran")
            # is a career question, which "nothing political" would answer wrongly, unless it is
            # asked about because of the season ("masa kampanye gini boleh ikut lomba mancing?").
            return _rule_answer(index, text, lang, index.nonpolitical, query, kind="principle")
        allowing = _legal_test(index, tags, message.sentence_words)
        if allowing is not None and allowing.verdict != "prohibited" and message.asks_leave:
            # "tetangga ngadain silaturahmi, ga ada calon ga ada tim. aman kan?": the asker's own word
            # that nothing political is there answers a question the cards do not reach
            return _rule_answer(index, text, lang, allowing, query, kind="principle")
        return Answer(text, lang, "abstain")
    # The principle answers "may I (an ASN) do X?": a question with no conduct in it and nobody
    # acting ("siapa ketua KPU?", "jadwal kampanye?") is about something else and is declined.
    about_asn = _names_asn(index, tags)
    doing = message.asker or about_asn or any(index.tagger.kind(c) in _CONDUCT_KINDS for c in tags.ids)
    if index.principle is not None and doing and (_in_domain(index, tags) or ranked):
        if tags.ids & _ASKING or (message.asks and about_asn and not _asks_a_fact(message)):
            # An office asking how to handle someone's case ("boleh langsung kasih teguran?") asks no
            # verdict on the act: the legal test would rule on the staff member, not answer the office.
            if message.office_procedure:
                general = index.procedure or index.principle
            elif _asks_a_fact(message) and tags.ids & _CASE_WORDS:
                # A question for the facts of a case ("sanksinya lewat mana?", "siapa yg jatuhin
                # sanksi?") is answered by the route a case takes, unless a step of the legal test
                # rules on the act told ("foto pakai seragam sambil acungkan jari, apa sanksinya?")
                general = _legal_test(index, tags, message.sentence_words, guarding=guarding) or index.procedure or index.principle
            elif _everyday_and_nothing_political(index, message, tags, partisan):
                # Nothing political in it at all ("tempel stiker klub bola di motor"): the rules
                # restrict partisanship only, and the general "it depends" would worry for nothing.
                general = index.nonpolitical
            else:
                general = _legal_test(index, tags, message.sentence_words, guarding=guarding) or index.principle
            return _rule_answer(index, text, lang, general, query, kind="principle")
        # Not asking whether something may be done ("cara cek DPT pakai NIK?" asks for facts): only
        # passages that clearly match (a news report, a provision) answer it; else it is declined.
        found = _passages_answer(index, text, lang, query)
        if found is not None:
            return found
    return _declined(index, text, lang, tags, doing=bool(doing), foreign_asker=foreign_asker)


# "I'm a Dutch researcher", "we are an American NGO", "Dutch researcher here": who is asking.
_SELF = frozenset("i we".split())
_SELF_FILLERS = frozenset("am are m a an".split())
_HERE_REACH = 3  # "Dutch researcher here", "Korean PhD student here"
_OWN_SERVICE_REACH = 2  # "I'm a Canadian federal public servant": the asker serves that country


def _a_foreigner_asks(index: Index, message: Message, tags: Tags) -> bool:
    """Every other country the message names is who the asker is ("I'm an American exchange teacher",
    "Dutch researcher here"), and it asks about civil servants or honorary staff: the Indonesian
    ones they work beside, not their own country's."""
    tagger = index.tagger
    foreign = [
        (start, end)
        for start, end, cid in tags.spans
        if tagger.kind(cid) == "out-of-scope" and tagger.concepts[cid].redirect == "foreign"
    ]
    civil_servants = [
        start for start, _, cid in tags.spans if cid == _HONORER or tagger.asn(cid)
    ]
    if not foreign or not civil_servants:
        return False
    words = message.words

    def names_the_asker(start: int, end: int) -> bool:
        if any(end <= k < end + _OWN_SERVICE_REACH for k in civil_servants):
            return False  # "I'm a Canadian federal public servant": the asker is that country's civil servant
        k = start - 1
        while k >= 0 and words[k] in _SELF_FILLERS:
            k -= 1
        return (k >= 0 and words[k] in _SELF) or "here" in words[end : end + _HERE_REACH]

    return all(names_the_asker(start, end) for start, end in foreign)


def _asker_is(message: Message, tags: Tags, concept_id: str) -> bool:
    """The asker says they are the concept's person: "saya hakim", "sy anggota DPRD" (the concept
    named at most two words after a first-person pronoun)."""
    words = message.words
    return any(
        cid == concept_id and any(w in FIRST_PERSON for w in words[max(0, start - 2) : start])
        for start, _, cid in tags.spans
    )


def _asks_a_fact(message: Message) -> bool:
    """A question for a fact ("kapan", "berapa", "gimana caranya"), which the principle does not answer."""
    return not _FACT_WORDS.isdisjoint(message.words)


def _with_conditions(top: Candidate, close: list[Candidate]) -> Candidate | None:
    """An "allowed" card beside only "allowed" or "conditional" ones: the best "conditional" card
    answers, since going ahead on its conditions is right whichever was meant; otherwise None (ask)."""
    if top.rule.verdict != "allowed" or any(c.rule.verdict not in ("allowed", "conditional") for c in close):
        return None
    return next((c for c in close if c.rule.verdict == "conditional"), None)


def _same_decision(top: str, close: str) -> bool:
    """The close card's verdict tells the user what the top card's does: the same verdict, an
    "allowed" beside a "conditional" top (going ahead with the conditions the answer gives is
    right either way), or an information card on top, which rules on nothing. Not an "allowed"
    top beside a "conditional" card, which may have missed the condition that matters ("ikut
    nemenin suami caleg ketemu warga"; _with_conditions answers with that card instead), nor a
    prohibition on top beside anything softer."""
    if close == top or (top == "conditional" and close == "allowed"):
        return True
    # an information card on top tells the user neither to go ahead nor to stop, whatever is close
    # ("how do I report …", "who decides …" beside the act's prohibition); a conditional ruling
    # beside an information card tells them no more than the other would to go ahead
    return top == "info" or (top == "conditional" and close == "info")


_NEXT = frozenset("lalu terus trus trs kemudian lantas then".split())  # see _limit_beside_sign


def _limit_beside_sign(index: Index, tags: Tags, sentence_words: Sequence[Sequence[str]]) -> bool:
    """A limit the asker states of their own doing: in a clause where the asker shows a sign or
    acts ("cuma nonton, ga pake atribut"), or tells of themself while nobody else acts in it ("saya
    nunggu di mobil") and does not go on to act after a "trus" ("lewat depan panggung kampanye trus
    ikut joget": the limit was about passing by). One in a sentence of a story about something else
    ("ada caleg datang, cuma sebentar") does not make the asker's sign harmless. `sentence_words`: the
    words the tags were read in, sentence by sentence (Message.sentence_words); a clause is a sentence
    split before "trus", "lalu" and the like."""
    clause_of: list[int] = []
    clause_words: list[list[str]] = []
    continued: set[int] = set()  # clauses that go on in the same sentence after a "trus"
    for words in sentence_words:
        clause_words.append([])
        for word in words:
            if word in _NEXT and clause_words[-1]:
                continued.add(len(clause_words) - 1)
                clause_words.append([])
            clause_of.append(len(clause_words) - 1)
            clause_words[-1].append(word)

    def clauses_with(concepts: frozenset[str]) -> set[int]:
        return {
            clause_of[start] for start, _, c in tags.spans if c in concepts and index.tagger.kind(c) in ("sign", "act")
        }

    limits = [clause_of[start] for start, _, c in tags.spans if index.tagger.kind(c) == "limit"]
    doing, others = clauses_with(tags.own), clauses_with(tags.others)
    of_self = {k for k, words in enumerate(clause_words) if FIRST_PERSON.intersection(words)}

    def covers(k: int) -> bool:
        told_of_self = k in of_self and k not in others and not (k in continued and k + 1 in doing)
        return k in doing or told_of_self

    return any(covers(k) for k in limits)


def _legal_test(
    index: Index, tags: Tags, sentence_words: Sequence[Sequence[str]], *, guarding: frozenset[str] = frozenset()
) -> Rule | None:
    """The principle card whose situation the message meets (e.g. the asker's own sign of support
    for a candidate: a breach whatever the setting), when no card fits. A message where the asker
    states a limit ("tanpa menyebut calon", "cuma nonton"; see _limit_beside_sign, by the words of
    each sentence in `sentence_words`) gets no prohibiting test: the limit may be the very
    thing that makes the act harmless, and no card has weighed it; an allowing test (nothing
    political, an election body's activity) still answers, as a limit only makes an act more harmless.
    A message whose own acts all guard neutrality or refuse (`guarding`, from _guarding: "sy mau
    ingetin dia biar ganti kaos caleg") gets no prohibiting test either: the sign in it is what the asker stands
    against. Leaving at once does not count: "pake kaos nomor 2 teriak yel2, trus keluar" left after
    the support."""
    limited = bool(guarding - {LEFT_AT_ONCE}) or _limit_beside_sign(index, tags, sentence_words)
    # a stated limit can only make an act more harmless: it stops a prohibition, not an allowance
    return next(
        (
            card
            for card in index.legal_tests
            if not (limited and card.verdict == "prohibited") and index.fit(card, tags).fits
        ),
        None,
    )


def _declined(
    index: Index,
    text: str,
    lang: str,
    tags: Tags,
    *,
    doing: bool = False,
    otherwise: str | None = None,
    foreign_asker: bool = False,
) -> Answer:
    """Declined, with who can help: an out-of-scope topic's office, else `otherwise` if given, else
    the KPU for a question on the election itself that nobody in it acts on."""
    election = any(index.tagger.kind(c) in ("domain", "target") for c in tags.ids)
    redirect = (
        _redirect(index, tags, declining=True, english=lang == "en", foreign_asker=foreign_asker)
        or otherwise or ("kpu" if election and not doing else None)
    )
    return Answer(text, lang, "abstain", redirect=redirect)
