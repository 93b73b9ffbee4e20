"""Concept tagging: which meanings (who acts, what act, toward whom, with which signs, within which
limits) a message expresses, from the phrases listed in knowledge/concepts/.

Terms and messages go through the same steps (tokens, stems), so "menonton" matches a term written
"nonton" only if both stem alike, and "cuma nonton" matches as one phrase. A match inside a longer
match is dropped ("pasangan calon" is not also "pasang"), except inside a limit: "cuma nonton" is
limit-only-watch *and* act-watch.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property

from bot.knowledge import Concept
from bot.readings import (
    CALL_TO_VOTE,
    RUNNING,
    bystander,
    calls_to_vote,
    election_bodys_things,
    handing_out,
    requesting,
    status_alone,
)
from bot.text import (
    AGENT_FILLERS,
    AGENT_REACH,
    ASN_WORDS,
    FIRST_PERSON,
    NEGATION_FILLERS,
    NEGATION_REACH,
    NEGATORS,
    LIST_WORDS,
    POSSESSABLE,
    QUESTION_NEGATION_OPENERS,
    THIRD_PERSON,
    is_stopword,
    raw_tokens,
    stem,
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
RELATIVE_HEAD_REACH = 3  # words between a relative "yg" and the noun it describes


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


# Nouns that stem like an act's root: "bagian" (a department, a part) is not "bagi" (hand out).
# "kebagian shift": got assigned; "berdiri di samping": standing, not putting something up;
# "pengunjung" (a visitor) stems to "unjung", the Lebaran visits of "unjung-unjung"
_NOUNS_NOT_ACTS = frozenset({"bagian", "sebagian", "kebagian", "berdiri", "pengunjung"})
# "dianggap/dikira/termasuk X?": X is what the asker fears their conduct is called.
_LABELS = frozenset(
    "dianggap dikira disangka dicap dituduh termasuk tergolong terhitung kategori dihitung dibilang dinilai "
    # hearsay: "tetangga nyindir katanya saya yang nyuruh"
    "katanya nyindir menyindir disindir nuduh menuduh "
    # "seolah kami mendukung": what it looks like, not what was done
    "seolah seolah-olah seakan seakan-akan".split()
)
# "apa ini politik praktis?": whether this counts as one
_THIS = frozenset("ini itu this".split())
_NOT_A = frozenset("bukan bukannya not".split())
_WHETHER = frozenset("apa apakah is".split())
_SHOULD = frozenset("perlu perlukah harus haruskah sebaiknya should".split())
_LABEL_FILLERS = FIRST_PERSON | frozenset("sebagai ikut sedang lagi telah sudah udah melakukan yang yg".split())
# Things handed to the asker rather than put somewhere: taking them is the asker's act.
_RECEIVED = frozenset({"sign-money", "target-transport-money"})
_RECEIVING = frozenset({"act-receive"})  # a passive of receiving ("diberi amplop") is the subject's
# How people address the bot ("Pak, …", "Bu admin"), not who acts.
_HONORIFICS = frozenset("pak bu bapak ibu".split())
# Owners that may follow the first word of a phrase ("tukin saya dipotong").
_POSSESSIVES = frozenset("saya sy aku ku kami gue gw my".split())
# ... and ranks ("honor ketua KPPS"): words that may sit inside an out-of-scope phrase.
_GAP_WORDS = _POSSESSIVES | frozenset("ketua anggota petugas para".split())
_ARTICLES = frozenset("seorang sang si".split())  # "memperkenalkan seorang caleg"
# The asker saying that nothing political is involved ("gak ada hubungannya sama pemilu").
NONPOLITICAL = "limit-nonpolitical-content"
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
# A status, or a post only an ASN holds (camat, lurah, kepala dinas); not a job many non-ASN also hold
# ("guru", and "pelajar" that stems like "pengajar").
_PROXY_STATUS = frozenset({"who-asn", "who-pns", "who-pppk", "who-cpns", "who-pre-retirement", "who-official", "who-lurah"})
# "langsung ke kantor", "berangkat ke sekolah": on the way to work.
_TO = frozenset("ke to".split())
_GOING = frozenset(
    "langsung berangkat pergi pulang balik kembali jalan trus terus lalu baru masuk sampai nyampe otw ngantor "
    "go going went drive drove walk".split()
)
# Signs that are acts ("chanting", "pose dua jari"), and the words between a doer and them.
_DONE_SIGNS = frozenset({"sign-cheer", "sign-gesture"})
_AUXILIARIES = frozenset("was were is are been lagi sedang pada ikut ikutan".split())
# "anak sy … tiap sore nempel stiker": when it happens stands between the doer and the act
_WHEN = frozenset("pagi siang sore malam subuh hari minggu bulan besok besoknya lusa kemarin kemaren kmrn".split())
# "istri calon mau mampir bagi-bagi susu": coming somewhere to do it keeps the doer
_COMING = frozenset("datang dtg dateng mampir singgah nyamperin rawuh came come comes stopped".split())
# "PNS boleh kampanye?", "pppk timses boleh?": right after "may" or an ASN, the event or the team is
# what the ASN would do (campaign, be on the team), not something they would go to or meet.
_MODALS = frozenset("boleh bolehkah bisa bisakah dapat dilarang mau ingin pengen can may".split())
_AS_DOING = {"event-campaign": "act-campaign", "target-campaign-team": "role-campaign-team"}
# "Staf kami …", "Honorer di kantor kami …": the office's people, named by whoever runs it.
_SUBORDINATES = "resource-subordinates"
_OURS = "kami"
_OURS_REACH = 4
# A soldier or police officer (TNI, Polri): their rules are not ours.
_SOLDIER = "oos-tni-polri"
_PROXY_FILLERS = frozenset(
    "is was a an seorang adalah merupakan itu juga jadi menjadi sebagai yg yang masih indonesian also still "
    "beliau dia ia he she".split()
)
_JOB_WORDS = 2  # "sy operator sekolah honorer": words of a job between the asker and their status
# Words between "saya" and the job it introduces ("saya hanya seorang staf").
_INTRO_FILLERS = frozenset("sebagai jadi adalah cuma hanya seorang am a an just only".split())
# "tidak ada / indak ado / teu aya …": something absent.
_THERE_IS = frozenset("ada ado aya onok enek wonten".split())
_SOME_OF = _THERE_IS | frozenset("banyak beberapa sebagian semua kebanyakan".split())  # "banyak yang pakai"
_SOMEONE = frozenset(("yang", "yg"))
# "tidak orasi", "gak kampanye": did not do it ("bukan kampanye" only names what it is not)
_DID_NOT = frozenset("tidak tak gak ga gk nggak ngga enggak engga ndak nda tdk indak ora mboten".split())
# Roots whose derived verb means something else: a phrase led by the derived verb ("mengadakan
# hajatan", holding one) must not match the bare root ("ada hajatan", there is one).
_SHIFTED_ROOTS = frozenset(("ada",))
# A picture that is there ("ada foto caleg") and how far a list goes on after it; the acts
# that make a thing's marks theirs (whoever hands it out, puts it up or wears it).
_PICTURES = frozenset({"act-photo"})
_LIST_REACH = 3
_HANDLING = frozenset(
    {"act-give", "act-share", "act-install", "act-self-install", "act-wear", "act-post", "act-carry-material",
     "act-display-item", "act-join-handout", "act-send", "act-profile-picture"}
)
# "tanpa menyatakan siapa yang lebih layak dipilih": a denial reaches over "who" clauses
_WHO_WORDS = frozenset("siapa yang yg lebih paling who".split())
_PAIR_REACH = 4  # how far back the other half of a denied pair may start ("membuat atau membagikan")
# Prepositions before a place: "di bawahnya" (below it).
_LOCATIVE = frozenset("di ke dari pada".split())
# The office after a candidate ("caleg DPR RI ikut hadir"): still the candidate who acts.
_OFFICE_WORDS = frozenset("dpr dprd dpd ri provinsi prov kabupaten kab kota dapil pusat daerah".split())
# "bareng/bersama relawan …": the role is the people beside the asker, not the asker's.
_ALONGSIDE = frozenset("bareng bersama dengan sama with alongside".split())
# Reactions to a post: one made is not undone by another not made.
_REACTIONS = frozenset({"act-like", "act-comment"})
# "…, tapi saya bagikan stiker caleg": a turn after which an own act toward a candidate or party
# undoes the asker's earlier "I take no side" limits.
_BUT = frozenset("tapi tetapi namun but however".split())
_PARTISAN = frozenset({"target-candidate", "target-party"})
_NOT_PARTISAN = frozenset({"limit-no-candidate", "limit-passive", "limit-only-watch", "limit-not-involved"})
# "PNS yg kami jatuhi hukuman krn ikut kampanye": what follows names what the sanctioned one did.
_BECAUSE = frozenset("karena krn karna gara because".split())
# A concept term as the tagger files it: stems, concept id, affixed, active, prefix, noun tails
# (see Tagger.__init__).
_Term = tuple[tuple[str, ...], str, bool, bool, str, frozenset[int]]
# Being told to do something: "disuruh atasan copot", "diminta timses pasang".
_ORDERED = frozenset("disuruh diminta diperintah diperintahkan dipaksa ditugaskan diajak dimintai".split())
# "(disuruh) oleh / sama / ku (Sundanese) / dening (Javanese) atasan": the one who told.
_BY = frozenset("oleh sama ku dening by".split())
# Asking someone to do something ("minta penjual ganti gelas", "kabid nyuruh sy share …").
_REQUESTS = frozenset("minta meminta suruh menyuruh ajak mengajak perintahkan".split())
# Words that put a request or an order to someone ("kabid nyuruh sy share …", "diajak kades …").
_ASKED = _ORDERED | _REQUESTS | frozenset(
    "nyuruh ngajak perintah memerintahkan instruksikan menginstruksikan paksa maksa memaksa "
    "asked told ordered invited".split()
)
# Targets that are people: "ada caleg yang ikut nonton" (there is one, and they watch).
_PEOPLE = frozenset({"target-candidate", "target-campaign-team"})
# The asker said no to what was asked: the acts asked of them were not done. Not a refused gift
# ("limit-refused"): a story may go on to what others did with theirs.
_REFUSALS = frozenset({"limit-refused-order"})
_REFUSABLE = frozenset({"act", "role"})
# "(saya PNS / kerja / staf) di kantor …": a workplace, not a resource in use.
_AT = frozenset("di at in ring teng nang neng".split())
_WORKERS = frozenset(
    "kerja bekerja bertugas ngantor mengajar ngajar staf staff pegawai karyawan honorer guru work works working".split()
)
_AGENT_PREFIXES = ("pen", "pem", "peng", "peny", "pe")
# Someone else's vehicle or premises ("motornya penuh stiker", "pagar rumahnya"): what is on them is
# theirs. Only these: -nya also just means "the" ("captionnya", "fotonya").
_THEIR_PLACES = frozenset(
    "motornya mobilnya rumahnya tokonya warungnya kiosnya pagarnya lapaknya angkotnya kendaraannya "
    "kantornya posnya truknya becaknya kapalnya perahunya".split()
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


# "saya ikut/menemani suami …": the asker goes along with someone and does what they do.
_JOINERS = frozenset(
    "ikut ikutan menemani nemenin temani mendampingi dampingi bareng bersama bantu bantuin membantu".split()
)
_JOIN_FILLERS = frozenset("juga sering selalu kadang biasa pernah mau akan harus".split())
# Between the asker and the joining verb: the question itself ("sy guru PNS, boleh gk ikut suami").
_JOIN_ASKING = frozenset("boleh bolehkah gk gak ga nggak apakah guru bidan perawat dokter".split())
# What an asker who is not the ASN asked about says they are ("sy mahasiswa", "saya wiraswasta").
_NOT_ASN_SELF = frozenset({"who-private-occupation", "who-not-asn"})
# ... and the ASN's relatives named from the ASN's side ("anaknya", his child).
_THEIR_KIN = frozenset("anaknya putranya putrinya istrinya suaminya adiknya kakaknya keponakannya ponakannya".split())
# Between a person and the role they take ("dia mau jd relawan", "anaknya sudah jadi timses").
_ROLE_COPULAS = frozenset(
    "jadi menjadi jd sebagai mau ingin akan sudah udah sdh baru masuk gabung ikut ikutan".split()
)
# Everything _joins may pass between the asker and the one they join.
_JOIN_BETWEEN = _JOIN_FILLERS | _JOINERS | ASN_WORDS | _JOIN_ASKING


def _joins(j: int, words: Sequence[str]) -> bool:
    """Someone at position j is joined by the asker ("sy ikut suami", "saya juga menemani istri")."""
    k = j - 1
    if k >= 0 and words[k] in ("saya", "sy", "aku", "my"):
        k -= 1  # "went along with *my* husband"
    while k >= 0 and words[k] in _JOIN_FILLERS and words[k] not in _JOINERS:
        k -= 1
    if k < 0 or words[k] not in _JOINERS:
        return False
    k -= 1
    while k >= 0 and words[k] in _JOIN_BETWEEN:
        k -= 1  # "saya *ikut* bantu timses", "sy (PNS) nemenin dia", "sy guru PNS, boleh gk ikut suami"
    return k >= 0 and words[k] in FIRST_PERSON


def _passive(word: str, root: str) -> bool:
    """"diunggah", "ditandai": done to someone, not by them."""
    return word.startswith("di") and word != root and len(word) > 4


def _stative(word: str, root: str) -> bool:
    """"terpasang", "tertempel": a state or an accident, nobody's deliberate act (not "teruskan",
    whose root is "terus")."""
    return word.startswith("ter") and word != root and word[3:].startswith(root)


def _agent_noun(word: str, root: str) -> bool:
    """pe(N)- nouns name a person ("pendukung" a supporter, "penonton" a viewer), not the act."""
    return word != root and len(word) > len(root) + 1 and word.startswith(_AGENT_PREFIXES) and not word.startswith(
        ("per", "pel")
    )


def _trader_before(
    j: int, words: Sequence[str], stems: Sequence[str], starts: frozenset[int], covered: set[int]
) -> bool:
    """A person named by a pe(N)- noun a few words before the act, in the same clause and not a
    concept of ours, is its doer: "pedagang minuman di halaman pakai gelas bergambar paslon" (the
    vendor's cups). Not after the asker asks or tells them ("saya minta penjual …")."""
    for k in range(j, max(-1, j - _TRADER_REACH - 1), -1):
        w = words[k]
        if w in FIRST_PERSON or (k in covered and k != j):
            return False
        if _agent_noun(w, stems[k]) and k not in covered:
            return not (k > 0 and words[k - 1] in _ASKS_OF)
        if k in starts:
            return False
    return False


def _before_party(end: int, third: set[int]) -> int:
    """Where the word before the third party that ends at `end` is (-1: none)."""
    k = end
    while k >= 0 and k in third:
        k -= 1
    return k


def _told_by(end: int, words: Sequence[str], third: set[int]) -> int:
    """Where an order word ("disuruh", "diajak") stands right before the third party that ends at
    `end` ("disuruh atasan", "diajak kabid [sy]"), or -1."""
    k = _before_party(end, third)
    if k > 0 and words[k] in _BY:
        k -= 1  # "disuruh oleh atasan", "dipenta ku timses" (Sundanese)
    return k if k >= 0 and words[k] in _ORDERED else -1


def _asks_someone(word: str, stem: str) -> bool:
    """An active request or order ("ngajak", "minta", "nyuruh"), not being asked ("diajak")."""
    return requesting(word, stem) or (word in _ASKED and word not in _ORDERED)


def _requested_of(end: int, words: Sequence[str], third: set[int]) -> bool:
    """A request word ("minta", "menyuruh") stands right before the third party that ends at `end`
    ("meminta murid …")."""
    k = _before_party(end, third)
    return k >= 0 and words[k] in _REQUESTS


def _done_by_other(start: int, words: Sequence[str], third: set[int]) -> bool:
    """Someone else is named right before `start`, over "was/were/lagi/pada" only."""
    k = _word_before(start, words, _AUXILIARIES)
    return k >= 0 and (k in third or words[k] in THIRD_PERSON) and words[k] not in _HONORIFICS


# "murid kelas 9 sy": what may stand between a noun and the pronoun that owns it
_GRADES = frozenset("kelas kls semester smt tingkat".split())
# Words that say which relative ("anak laki-laki saya", "kakak kandung saya", "anak sulung sy").
_KIN_MODIFIERS = frozenset("laki perempuan cowok cewek sulung bungsu tertua pertama kedua ketiga kandung".split())
_OWNED_GAP = _GRADES | _KIN_MODIFIERS
_GRADE_REACH = 2


def _owned(j: int, words: Sequence[str], third: set[int]) -> bool:
    """The first-person pronoun at `j` owns the noun before it ("teman saya", "murid kelas 9 sy"),
    so what follows is that person's act, not the asker's."""
    k = j - 1
    while k > 0 and j - k <= _GRADE_REACH and (words[k].isdigit() or words[k] in _OWNED_GAP):
        k -= 1
    # "dia ngajak sy ikut kampanye": the one asked is the request's object, and does what follows
    return (words[k] in POSSESSABLE or k in third) and words[k] not in _ASKED


def _sentence_subject(start: int, words: Sequence[str], third: set[int], opens: frozenset[int]) -> bool:
    """A clause with no doer: the sentence's subject acts. Someone else when the sentence opens with
    them ("Anak sy umur 19, mau datang") and the asker is not named on the way ("Tetangga pasang
    baliho, sy cuma lihat" is the asker's looking)."""
    s = max((o for o in opens if o <= start), default=0)
    for k in range(s, start):
        if words[k] in FIRST_PERSON and not (k > s and (words[k - 1] in POSSESSABLE or k - 1 in third)):
            return False
    return s in third or (words[s] in THIRD_PERSON and words[s] not in _HONORIFICS)


# "minta/suruh penjual …": the asker asks it of them; how far back a seller is looked for.
_ASKS_OF = _REQUESTS | frozenset("tegur menegur ke kepada".split())
_TRADER_REACH = 4
_LEND = "act-lend"
_BORROW = frozenset("pinjam pinjem minjem meminjam borrow borrowed".split())  # not "pinjamkan", "minjemin"
_THEIR = frozenset("his their".split())  # not "her": also the object ("asked her team")
_THEN = frozenset("dan lalu terus kemudian lantas serta and then".split())
_WHILE = frozenset("sambil sembari seraya while".split())  # "bagi-bagi susu sambil bawa kaos": one doer, two acts
_ACT_JOINERS = _THEN | _WHILE  # what carries someone else's act on to the next act
_GO_ON_REACH = 5  # how far after someone else's act "dan …" still continues it
# Object pronouns of a phrase led by a bare root ("coblos dia"); see Tagger.__init__.
_PRONOUNS = frozenset("dia ia beliau mereka him her them".split())
_MY_EVENTS = frozenset({"ctx-my-event"})  # the asker's own family event ...
_CHILDREN = frozenset("anak putri putra putrinya putranya anaknya anakipun anake".split())  # ... of whose child
# Words that quote someone ("kades bilang ke petani '…'"), and how far back one is looked for.
_SAYS = frozenset("bilang berkata ngomong mengatakan bicara said says told".split())
_SAID_REACH = 6
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


# "ada caleg (yang) minta / nitip / kasih …": someone who turns to the asker with a request or a thing.
_TURNS_TO = _ASKED | frozenset("nitip titip menitipkan nawarin menawarkan kasih kasi ngasih memberi".split())
_TURN_REACH = 5


def _turns_to_asker(end: int, words: Sequence[str], starts: frozenset[int]) -> bool:
    """The person just named ("ada caleg", "ada bakal calon bupati jalur perseorangan") goes on, in the
    same clause, to ask the asker for something or hand them something: the person the asker deals
    with, not just someone who is there."""
    for k in range(end, min(len(words), end + _TURN_REACH)):
        if k in starts:
            return False
        if words[k] in _TURNS_TO:
            return True
    return False


def _owned_by_other(start: int, words: Sequence[str]) -> bool:
    """A thing on someone else's vehicle or premises, named just before it ("motornya penuh stiker")."""
    if start > 0 and words[start - 1] in _THEIR:
        return True  # "his supporters keep visiting"
    for j in range(start - 1, max(-1, start - 3), -1):
        if words[j] in FIRST_PERSON:
            return False
        if words[j] in _THEIR_PLACES:
            return True
    return False


def _whose_noun(start: int, end: int, words: Sequence[str]) -> bool:
    """A one-word act named by its -an noun, owned by the pronoun right after it ("postingan dia",
    "tulisan beliau"; not a -kan verb: "umumkan dia nyaleg"): that person's doing."""
    word = words[start]
    owned = end < len(words) and words[end] in _PRONOUNS
    return end - start == 1 and owned and word.endswith("an") and not word.endswith("kan")


def _in_their_object(start: int, end: int, words: Sequence[str], their_acts: list[tuple[int, int]]) -> bool:
    """A one-word act named as a thing owned by -nya, one word after someone else's act, is part of
    that act's object ("dia cerita strategi kampanyenya", "beliau pamer foto kampanyenya"), not
    something the asker does."""
    return (
        bool(their_acts)
        and end - start == 1
        and start - their_acts[-1][1] == 1
        and words[start].endswith("nya")
        and words[start - 1] not in FIRST_PERSON
    )


def _denies(i: int, words: Sequence[str]) -> bool:
    """The negator at i denies: after "boleh", "apa" … it makes a yes/no question ("boleh gak like?")."""
    return i == 0 or words[i - 1] not in QUESTION_NEGATION_OPENERS


# "stikernya tidak saya tempel", "kaos itu gak pernah sy pakai": a thing named first, then what the
# asker did not do with it.
_FRONTED_FILLERS = frozenset("itu ini tersebut".split())
_DENIED_DOER = frozenset("pernah sempat".split()) | FIRST_PERSON


def _denied_after(end: int, words: Sequence[str], starts: frozenset[int]) -> bool:
    """The thing ending at `end` is followed, in its clause, by a denial of the asker's act on it:
    a negator, then the asker or "pernah" (not "stikernya gak ada", "kaos tidak boleh?")."""
    k = end
    while k < len(words) and words[k] in _FRONTED_FILLERS and k not in starts:
        k += 1
    if k + 1 >= len(words) or k in starts or words[k] not in NEGATORS or not _denies(k, words):
        return False
    return words[k + 1] in _DENIED_DOER and k + 1 not in starts


def _word_before(start: int, words: Sequence[str], fillers: frozenset[str]) -> int:
    """Where the first word before `start` that is not one of `fillers` is (-1: none)."""
    k = start - 1
    while k >= 0 and words[k] in fillers:
        k -= 1
    return k


def _first_person_before(start: int, words: Sequence[str]) -> int:
    """Where "saya"/"I" stands as the doer of the word at `start` ("saya mau nyaleg", "boleh saya
    nyoblos"), over fillers only; -1 if another word comes first."""
    for k in range(start - 1, max(-1, start - AGENT_REACH - 1), -1):
        if words[k] in FIRST_PERSON:
            return k
        if words[k] not in AGENT_FILLERS and words[k] not in _PROXY_FILLERS:
            return -1
    return -1


def _asker_is_staff(span: tuple[int, int, str], words: Sequence[str]) -> bool:
    """"Saya staf di Dinas Perdagangan": the asker's job, not subordinates or colleagues in use."""
    start, _, cid = span
    if cid != "resource-subordinates":
        return False
    k = _word_before(start, words, _INTRO_FILLERS)
    return k >= 0 and words[k] in FIRST_PERSON


def _noun_of_root(word: str) -> bool:
    """A peN-…-an noun ("pemenangan", "pengamanan"), whose bare root means something else ("menang"
    won, "aman" safe); not ke-…-an or per-…-an, which keep the root's sense ("kemenangan" is
    winning, "pernikahan" a wedding)."""
    return word.startswith(("pem", "pen")) and word.endswith("an") and len(word) > 6


def _place_noun(word: str) -> bool:
    """ke-...-an nouns name something else than their root: "kecamatan" is the district office,
    not the "camat"; "kelurahan" is not the "lurah"."""
    return len(word) > 6 and word.startswith("ke") and word.endswith("an")


@dataclass
class _Attribution:
    """What Tagger._others has read so far, left to right through a message."""

    spans: list[tuple[int, int, str]]
    words: Sequence[str]
    stems: Sequence[str]
    starts: frozenset[int]
    opens: frozenset[int]
    proxy: frozenset[str]
    third: set[int]  # positions of someone else (what follows them may be theirs)
    people: set[int]  # ... of those, the ones that name a person (a `who` concept)
    named_asn: set[int]
    kin: set[int]
    covered: set[int]
    mine: set[str] = field(default_factory=set)
    theirs: set[str] = field(default_factory=set)
    their_acts: list[tuple[int, int]] = field(default_factory=list)  # an object follows the last ("nempel stiker")
    last_act_end: int = -1
    their_thing_end: int = -1
    roles: list[tuple[int, int, str]] = field(default_factory=list)
    shown: set[str] = field(default_factory=set)
    shown_end: int = -1


class Tagger:
    """Finds concepts in token sequences; built once per knowledge snapshot."""

    def __init__(self, concepts: Iterable[Concept], respell: Mapping[str, str] | None = None) -> None:
        self.concepts = {c.id: c for c in concepts}
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
        # menang" (the team won) through the shared root.
        self._terms: dict[str, list[_Term]] = {}
        # A bare root and a pronoun as its object ("coblos dia", vote for him): after the root's
        # peN-…-an noun the pronoun begins a new clause ("pencoblosan dia umumkan": on polling eve he
        # announced), so the phrase is not said.
        led_by_root: dict[tuple[str, ...], bool] = {}
        for c in self.concepts.values():
            for term in c.terms:
                words = raw_tokens(term)
                if len(words) > 1:
                    # Only phrases: a one-word regional term ("melu") respelled is a general word
                    # ("ikut") its author never meant as the concept.
                    words = self.respelled(words)
                words = words[:MAX_TERM_TOKENS]
                stems = tuple(stem(t) for t in words)
                if len(stems) > 1 and words[1] in _PRONOUNS:
                    led_by_root[stems] = led_by_root.get(stems, True) and words[0] == stems[0]
                if stems:
                    affixed = stems[0] != words[0] and (len(words) == 1 or stems[0] in _SHIFTED_ROOTS)
                    active = affixed and words[0].startswith(_ACTIVE_PREFIXES)
                    if affixed and words[0].startswith("di"):
                        prefix = "di"
                    elif len(words) > 1 and _agent_noun(words[0], stems[0]):
                        prefix = "pe"
                    elif len(words) > 1 and _passive(words[0], stems[0]):
                        prefix = "di"  # "dimasukkan ke grup" (added) is not "masuk grup" (joined)
                    else:
                        prefix = ""
                    tails = frozenset(
                        k for k in range(1, len(words)) if words[k] != stems[k] and _noun_of_root(words[k])
                    )
                    self._terms.setdefault(stems[0], []).append((stems, c.id, affixed, active, prefix, tails))
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
            return len(o[0]) == 1 or self.kind(o[1]) == "out-of-scope"

        for first, options in self._terms.items():
            self._alone[first] = [o for o in options if anywhere(o)]
            for second in {o[0][1] for o in options if len(o[0]) > 1}:
                self._by_next[first, second] = [o for o in options if anywhere(o) or o[0][1] == second]

    @cached_property
    def _denials(self) -> frozenset[str]:
        """Concepts that deny an act ("tanpa like", "without liking"): what negated acts become."""
        return frozenset(c.when_negated for c in self.concepts.values() if c.when_negated)

    def kind(self, concept_id: str) -> str:
        return self.concepts[concept_id].kind if concept_id in self.concepts else ""

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
    ) -> Tags:
        """Concepts in a sequence of stems (one per token, stopwords included). With the surface
        `words`, a one-word term never matches a function word (except small talk: "ok", "halo"):
        "bagikan" stems to "bagi", which is also the preposition "bagi"; and a derived one-word
        term never matches a bare root ("pengamanan" is security duty, "aman" is just "safe").
        `starts`: positions where a sentence or clause begins; a denial is looked for only within
        the clause of the act, a doer within it or, when the clause names none, at the opening of an
        earlier clause of the same sentence (`opens`: where sentences begin)."""
        spans: list[tuple[int, int, str]] = []  # start, end (exclusive), concept
        for i, s in enumerate(stems):
            options = self._by_next.get((s, stems[i + 1])) if i + 1 < len(stems) else None
            if words is not None and i + 2 < len(stems) and words[i + 1] in _ARTICLES:
                # "memperkenalkan seorang caleg": the phrases whose second stem follows the article
                past = [o for o in self._by_next.get((s, stems[i + 2]), ()) if len(o[0]) > 1]
                options = [*(options or self._alone.get(s, ())), *past] if past else options
            derived_noun = words is not None and _noun_of_root(words[i])
            # "Tetangga sy pasang bendera": the pronoun owns the neighbour, so an act phrase that
            # opens with it ("sy pasang", the asker putting it up) is not said.
            owned = (
                words is not None
                and i > 0
                and i not in starts
                and words[i] in FIRST_PERSON
                and _owned(i, words, {p for a, b, c in spans if c in _PROXY_PEOPLE for p in range(a, b)})
            )
            for term, cid, affixed, active, prefix, tails in options or self._alone.get(s, ()):
                n = len(term)
                if owned and n > 1 and self.kind(cid) == "act":
                    continue
                if n == 1 and words is not None:
                    word = words[i]
                    if (is_stopword(word) or word in _NOUNS_NOT_ACTS) and self.kind(cid) != "smalltalk":
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
                if prefix and words is not None and not words[i].startswith(prefix):
                    continue
                if n > 1 and affixed and words is not None and words[i] == s:
                    continue  # "mengadakan hajatan" (holding one) is not "ada hajatan" (there is one)
                if n > 1 and derived_noun and term in self._led_by_root:
                    continue  # "pencoblosan dia umumkan" is polling day, not "coblos dia" (vote for him)
                if tuple(stems[i : i + n]) == term:
                    end = i + n
                elif (
                    n > 1
                    and words is not None
                    and i + n < len(stems)
                    and (words[i + 1] in _ARTICLES or (words[i + 1] in _GAP_WORDS and self.kind(cid) == "out-of-scope"))
                    and stems[i] == term[0]
                    and tuple(stems[i + 2 : i + n + 1]) == term[1:]
                ):
                    # "KTP saya hilang" is "ktp hilang", "honor ketua KPPS" is "honor kpps": an owner
                    # or a rank named inside the phrase. Only for topics we decline: "suami saya
                    # calon" is not "suami calon" (a candidate's husband). An article is inside
                    # any phrase: "memperkenalkan seorang caleg" is "memperkenalkan caleg".
                    end = i + n + 1
                else:
                    continue
                if any(p in starts for p in range(i + 1, end)):
                    continue  # "tetangga ada hajatan, saya ikut": a phrase never spans a comma or a stop
                if tails and words is not None and end == i + n:
                    if any(words[i + k] == stems[i + k] for k in tails):
                        continue  # "tim menang" is not "tim pemenangan"
                spans.append((i, end, cid))
        kept = self._longest([sp for sp in spans if not self._someone_elses_event(sp, spans, words)])
        if words is not None:
            kept = self._as_doing(kept, words, starts)
            kept = calls_to_vote(kept, words, stems, starts)
            kept = election_bodys_things(kept, starts)
        # "dilaporkan" is being reported (a fear), not the asker reporting someone
        feared = {(a, b) for a, b, cid in kept if cid == "intent-fear-report"}
        kept = [sp for sp in kept if not (sp[2] == "intent-report" and sp[:2] in feared)]
        if words is None:
            return Tags(tuple(sorted(kept)))
        kept = [
            sp
            for sp in self._negate(kept, words, starts)
            if not self._labelled(sp, words) and not self._compared(sp, words)
        ]
        kept = [
            sp
            for sp in kept
            if not self._workplace(sp, kept, words) and not _asker_is_staff(sp, words) and not self._commute(sp, words)
        ]
        claimed = self._claimed(kept, words, opens)
        kept = [sp for sp in kept if sp[2] not in claimed]
        proxies = self._asn_relatives(kept, words, opens)
        proxy_kinds = frozenset(cid for _, _, cid in proxies)
        others = self._others(kept, words, stems, starts, opens, proxy_kinds) | self._refused(kept, words, opens)
        others |= self._soldiers_acts(kept, words) | self._sanctioned(kept, words, stems, opens)
        if proxies and not self._asker_runs(kept, words):
            # "Istri saya PNS, dapat kaos caleg": the spouse is the ASN asked about, not a
            # candidate's spouse; the cards on relatives of candidates do not apply. Nor do the
            # asker's own roles: "Saya sekdes, suami saya PNS mau ikut konvoi" asks about the PNS.
            kept = [sp for sp in kept if sp not in proxies and not self._askers_role(sp, words)]
        kept = handing_out(kept, others)
        kept = bystander(kept, others, words, self.kind)
        kept = status_alone(kept, words)
        return Tags(tuple(sorted(self._drop_contradicted_limits(kept, others, words))), others)

    def _drop_contradicted_limits(
        self, spans: list[tuple[int, int, str]], others: frozenset[str], words: Sequence[str]
    ) -> list[tuple[int, int, str]]:
        """A limit the asker's own words contradict does not hold: "tidak menyebut nama" beside "pilih
        yang nomor urutnya …" (a ballot number names a candidate); "indak komen" beside a like made;
        "saya tidak memihak. Tapi di akhir saya bagikan stiker caleg" (what follows "tapi" undoes it)."""
        present = {cid for _, _, cid in spans} - others
        dropped: set[str] = set()
        if "sign-number" in present:
            dropped.add("limit-no-candidate")
        if present & _REACTIONS:
            dropped.add("limit-no-reaction")
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
            and (words[start - 1] in _MODALS or start in asn_ends or (words[start - 1] in _SOMEONE and start - 1 in asn_ends))
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
            and (k := _word_before(start, words, _PROXY_FILLERS)) >= 0
            and words[k] in FIRST_PERSON
            and (k == 0 or words[k - 1] not in POSSESSABLE)
            for start, _, cid in spans
        )
        if not soldier:
            return frozenset()
        return frozenset(
            cid for start, _, cid in spans if self.kind(cid) == "act" and _first_person_before(start, words) >= 0
        )

    def _refused(
        self, spans: list[tuple[int, int, str]], words: Sequence[str], opens: frozenset[int]
    ) -> frozenset[str]:
        """Acts asked of the asker and then refused ("kepsek nyuruh share video paslon, abdi teu
        daek") are the one who asked: the asker did not do them. Only acts between a request word
        and the refusal."""
        refusal = min((a for a, _, cid in spans if cid in _REFUSALS), default=-1)
        asked = next((k for k in range(refusal) if words[k] in _ASKED), -1)
        if asked < 0:
            # "timnya minta selfie sama perawat, sy tolak halus": a request turned down in the
            # same sentence (a refused gift may be followed by what others did with theirs).
            refusal = min((a for a, _, cid in spans if cid == "limit-refused"), default=-1)
            begin = max((k for k in opens if k <= refusal), default=0)
            asked = next((k for k in range(begin, refusal) if words[k] in _ASKED), -1)
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
            if cid != "act-impose-sanction" or _passive(words[a], stems[a]):
                continue
            begin = max((k for k in opens if k <= a), default=0)
            end = min((k for k in opens if k > a), default=len(words))
            clause = next((k for k in range(b, end) if words[k] in _SOMEONE or words[k] in _BECAUSE), None)
            if clause is not None and not any(words[k] in FIRST_PERSON for k in range(b, end)):
                out |= {c for x, _, c in spans if clause < x < end and self.kind(c) in ("act", "sign")}
            # "Untuk staf yg ikut kampanye …, sy berwenang menjatuhkan …?": the one described
            # before the sanction, in a "yang" clause that is not the asker's.
            before = next(
                (k for k in range(begin + 1, a) if words[k] in _SOMEONE and words[k - 1] not in FIRST_PERSON), None
            )
            if before is not None and not any(words[k] in FIRST_PERSON for k in range(before, a)):
                out |= {c for x, _, c in spans if before < x < a and self.kind(c) in ("act", "sign")}
        return frozenset(out - {"act-impose-sanction"})

    def _others(
        self,
        spans: list[tuple[int, int, str]],
        words: Sequence[str],
        stems: Sequence[str],
        starts: frozenset[int],
        opens: frozenset[int],
        proxy: frozenset[str],
    ) -> frozenset[str]:
        """Concepts whose every mention is someone else's: their acts, and the signs and targets
        that are there or belong to someone else ("ada spanduk calon", "motornya penuh stiker").
        `proxy`: the kinds of people (relative, spouse, acquaintance) the asker asks for as an ASN,
        whose acts count as the asker's, but not those of someone else named right before the act
        ("calon datang"), nor those of another kind of person ("Ibu saya PNS … ada tetangga yang foto").
        The message is read left to right; each kind of mention has its own reading below."""
        third = {p for start, end, cid in spans if self.concepts[cid].third_party for p in range(start, end)}
        ours = self._our_people(spans, words, opens)
        third |= ours
        r = _Attribution(
            spans=spans,
            words=words,
            stems=stems,
            starts=starts,
            opens=opens,
            proxy=proxy,
            third=third,
            people={
                p
                for start, end, cid in spans
                if self.concepts[cid].kind == "who" and self.concepts[cid].third_party
                for p in range(start, end)
            },
            # "… bolehkah ASN meminjamkannya?": an ASN named as the doer is who the rules (and the asker) mean.
            named_asn={p for start, end, cid in spans if self.concepts[cid].asn for p in range(start, end)} - ours,
            # The relative asked about may be named again ("suami saya menerima"): still the proxy.
            kin={p for start, end, cid in spans if cid in proxy for p in range(start, end)},
            covered={p for start, end, _ in spans for p in range(start, end)},
        )
        for span in sorted(spans):
            start, end, cid = span
            kind = self.kind(cid)
            if self._shown(span, kind, r):
                continue
            if kind in ("sign", "target", "role") and start > 0 and words[start - 1] in _THERE_IS:
                if not (cid in _PEOPLE and _turns_to_asker(end, words, starts)):
                    r.theirs.add(cid)  # "ada saksi paslon", "ada spanduknya": there is one, not the asker's
                if kind == "role" or cid in _PEOPLE:
                    r.third.update(range(start, end))  # … and what they do next is theirs ("… pakai kaos")
            elif kind == "role" and start > 0 and words[start - 1] in _ALONGSIDE:
                r.theirs.add(cid)  # "evakuasi warga bareng relawan calon": working beside them
            elif kind == "role" and self._their_role(start, r):
                r.theirs.add(cid)  # "anak sy … dia mau jd relawan": the role is the child's
                r.third.update(range(start, end))
                # … and so is what the one in it goes on to do ("dia jadi relawan capres dan sering posting")
                r.their_acts.append((start, end))
                r.last_act_end = end
            elif kind == "role":
                r.roles.append(span)
            elif kind in ("sign", "target"):
                self._read_thing(span, kind, r)
            elif kind == "event" and start - 1 in r.third and start not in starts and not _joins(start - 1, words):
                # "murid saya datang ke sekolah pakai kaos": someone's coming is theirs, and so is the
                # verb right after it ("sy ikut suami kampanye keliling": the asker goes along)
                r.their_acts.append((start, end))
                r.last_act_end = end
            elif kind == "act":
                self._read_act(span, r)
        # A role read from the same words as someone else's act is theirs: "calon memberi sambutan"
        # makes the candidate the speaker, not the asker.
        for start, end, cid in r.roles:
            inside = any(a <= start and end <= b for a, b in r.their_acts)
            (r.theirs if inside else r.mine).add(cid)
        # A picture that is there, and the signs listed with it (see _shown), are on the thing ...
        # unless someone hands the thing out, puts it up or wears it ("celemek ada foto suaminya & no
        # urut, sy bagikan"; "lurah posting poster, di pojoknya ada foto paslon"): then its marks are
        # what they show.
        if not (r.mine | r.theirs) & _HANDLING:
            r.theirs |= r.shown
            r.mine -= r.shown
        # "caleg mau pinjem aula kecamatan, sy yg pegang kunci": someone borrowing asks somebody to
        # lend, and the asker who asks about it is the one who would.
        if any(cid == _LEND and words[start] in _BORROW for start, _, cid in spans):
            r.theirs.discard(_LEND)
        return frozenset(r.theirs - r.mine)

    def _their_role(self, start: int, r: _Attribution) -> bool:
        """A role someone else takes, named right before it ("dia jadi relawan", "anak saya mau
        jadi timses"), unless that one is the ASN the asker asks for (then it is as if the
        asker's), or is asked to take it by someone else ("diajak tetangga jadi timses"). When the
        asker asks for an ASN, a role the asker takes is someone else's."""
        k = start - 1
        while k >= 0 and r.words[k] in _ROLE_COPULAS and k not in r.starts and k not in r.opens:
            k -= 1
        if r.proxy:
            # ... unless the asker, who is not that ASN, takes it: "bapak sy PNS. sy mahasiswa mau
            # jadi relawan" (the asker's occupation may stand between)
            if k > 0 and any(a <= k < b and cid in _NOT_ASN_SELF for a, b, cid in r.spans):
                k = min(a for a, b, cid in r.spans if a <= k < b) - 1
            if k >= 0 and r.words[k] in _THEIR_KIN:
                return True  # "… kena masalah gk klo anaknya relawan?": the ASN's child, the asker
            return k >= 0 and r.words[k] in FIRST_PERSON and not (k > 0 and r.words[k - 1] in POSSESSABLE)
        if (k in r.starts or k in r.opens) and r.words[k] in _ROLE_COPULAS:
            k -= 1  # the copula opens the clause
        if (k + 1 in r.starts or k + 1 in r.opens) and r.words[k + 1] in _ROLE_COPULAS:
            # a clause of its own with no doer ("anak sy kuliah, jd relawan"): the sentence's subject
            return _sentence_subject(k + 1, r.words, r.third, r.opens)
        if k < 0 or (k + 1 == start and r.words[start] not in _ROLE_COPULAS):
            return False  # no copula: "relawan capres" is a role named, not someone taking it
        if r.words[k] in FIRST_PERSON:
            person = k > 0 and (r.words[k - 1] in POSSESSABLE or k - 1 in r.people)  # "anak saya jadi timses"
            k -= 1
        else:
            person = r.words[k] in THIRD_PERSON or k in r.people
            if k not in r.people:
                k -= 1  # a person word of no concept ("disuruh kawan jadi timses"): look before it
        k = _before_party(k, r.people)
        return person and not (k >= 0 and r.words[k] in _ASKED)  # _ASKED holds the _ORDERED words too

    def _shown(self, span: tuple[int, int, str], kind: str, r: _Attribution) -> bool:
        """"Di undangannya ada foto caleg dan nomor urut": a picture that is there, and the signs
        listed with it, are kept aside as things shown on something (settled in _others)."""
        start, end, cid = span
        picture = cid in _PICTURES and start > 0 and r.words[start - 1] in _THERE_IS
        listed = (
            kind == "sign" and r.shown_end >= 0 and self._listed_with(r.shown_end, start, r.words, r.spans, r.starts)
        )
        if not (picture or listed):
            return False
        r.shown.add(cid)
        r.shown_end = end
        return True

    def _read_thing(self, span: tuple[int, int, str], kind: str, r: _Attribution) -> None:
        """A sign or a target: the asker's, unless it belongs to someone else's act or thing."""
        start, end, cid = span
        words, starts, their_acts = r.words, r.starts, r.their_acts
        # The object right after someone else's act is theirs ("keponakan menempel stiker",
        # "angkot ditempeli gambar capres"); money is not: "dibagi uang" hands it to the asker.
        # Not across a comma: "beliau maju lagi, jangan lupa tanggal 27" is a new clause.
        put = (
            (bool(their_acts) and start == their_acts[-1][1] and start not in starts and cid not in _RECEIVED)
            or any(a <= start and end <= b for a, b in their_acts)  # "dapat kaos" names its object
            # "ikut nonton dan tepuk tangan": a sign joined to someone else's act is theirs too
            or (
                bool(their_acts)
                and start > their_acts[-1][1]
                and all(words[k] in _THEN for k in range(their_acts[-1][1], start))
                and not any(k in starts for k in range(their_acts[-1][1], start + 1))
            )
            # "cabup yg nonton di tribun & ikut tepuk tangan": the doer goes on to the sign
            or (kind == "sign" and self._goes_on(start, words, their_acts, r.last_act_end, starts))
            # "pakai kaos bergambar paslon": the rest of someone else's thing is theirs
            or (kind == "sign" and start <= r.their_thing_end)
            # "the kids were chanting", "warga pada yel-yel": a sign done by whoever is named
            # right before it
            or (cid in _DONE_SIGNS and _done_by_other(start, words, r.third))
            or _owned_by_other(start, words)
            or (kind == "sign" and self._said_by_other(start, words, r.third, r.opens, r.named_asn))
            # "kades minta warga pilih paslon 2": a call made by a request has the request's doer
            or (
                cid == CALL_TO_VOTE
                and requesting(words[start], r.stems[start])
                and self._by_other(start, end, words, r.stems, r.third, starts, r.opens, r.named_asn, r.covered)
            )
        )
        (r.theirs if put else r.mine).add(cid)
        if put or (kind == "target" and start <= r.their_thing_end):
            # "kaos paslon nomor 2": the candidate named on their thing carries it on
            r.their_thing_end = max(r.their_thing_end, end)

    def _read_act(self, span: tuple[int, int, str], r: _Attribution) -> None:
        """An act: the asker's, unless someone else is its doer."""
        start, end, cid = span
        words, stems, starts, their_acts = r.words, r.stems, r.starts, r.their_acts
        # "calon datang dan memberi sambutan": the doer who has just acted goes on
        went_on = self._goes_on(start, words, their_acts, r.last_act_end, starts, _ACT_JOINERS) or (
            # "calon datang bagi-bagi kaos": a verb right after someone else's shares its doer
            bool(their_acts)
            and start == their_acts[-1][1]
            and start not in starts
            # "disuruh pasang": after a passive the next verb is its subject's
            and not _passive(words[their_acts[-1][0]], stems[their_acts[-1][0]])
        )
        asked_of_asker = (
            bool(their_acts)
            and start == their_acts[-1][1]
            and start not in starts
            and _asks_someone(words[their_acts[-1][0]], stems[their_acts[-1][0]])
        )
        if asked_of_asker:
            # "kawan ngajak ikut konvoi", "timses minta pasang di pagar": someone asks, naming
            # nobody, so the asker is the one asked and what follows is theirs to do or not
            by_other = False
        elif _whose_noun(start, end, words) or _in_their_object(start, end, words, their_acts):
            by_other = True  # "postingan dia", "strategi kampanyenya": the act's noun owned by someone else
        elif cid in _RECEIVING and _passive(words[start], stems[start]):
            # "(saya) diberi amplop": the subject receives, whoever gave and whatever came
            # before ("ulun PNS, tadi didatangi tim paslon dibari amplop").
            by_other = _sentence_subject(start, words, r.third, r.opens)
        else:
            by_other = went_on or self._by_other(
                start, end, words, stems, r.third, starts, r.opens, r.named_asn, r.covered
            )
        if (
            by_other
            and r.proxy
            and not _passive(words[start], stems[start])
            and not any(p in r.third and p not in r.kin for p in range(max(0, start - AGENT_REACH), start))
        ):
            # "My wife is a PNS … can she attend?": the asker asks for an ASN, whose acts
            # the rules judge as if the asker's own.
            by_other = False
        if r.proxy and not by_other and cid not in RUNNING and self._askers_own(start, words, r.third):
            # "Suami saya PNS … waktu saya keliling kampanye": the asker is not the ASN asked about
            by_other = True
        r.last_act_end = end
        if by_other:
            r.theirs.add(cid)
            their_acts.append((start, end))
            # The object of someone else's act is theirs too ("dia posting dukungan"); after
            # a passive the next act is its subject's: "kami diperintahkan hadir" attend.
            if not _passive(words[start], stems[start]):
                r.third.update(range(start, end))
        else:
            r.mine.add(cid)

    @staticmethod
    def _askers_own(start: int, words: Sequence[str], third: set[int]) -> bool:
        """The asker names themself as the doer ("saya keliling kampanye"), not a relative of theirs
        ("suami saya bantu")."""
        k = _first_person_before(start, words)
        return k >= 0 and not (k > 0 and (words[k - 1] in POSSESSABLE or k - 1 in third or words[k - 1] in _MODALS))

    def _listed_with(
        self, after: int, start: int, words: Sequence[str], spans: list[tuple[int, int, str]], starts: frozenset[int]
    ) -> bool:
        """The sign at `start` continues a list that ended at `after` ("foto caleg dan nomor urut"): only
        list words, and words of a target ("caleg"), between them, in the same clause."""
        if start < after or start - after > _LIST_REACH or any(k in starts for k in range(after, start + 1)):
            return False
        named = {p for a, b, c in spans if self.kind(c) == "target" for p in range(a, b)}
        between = range(after, start)
        return any(words[k] in LIST_WORDS for k in between) and all(
            words[k] in LIST_WORDS or k in named for k in between
        )

    def _our_people(self, spans: list[tuple[int, int, str]], words: Sequence[str], opens: frozenset[int]) -> set[int]:
        """Someone of the asker's office opening a sentence ("Staf kami PPPK terbukti …", "Guru PPPK di
        sekolah kami …"): a supervisor tells what their people did; the acts that follow are theirs.
        The positions of the whole phrase, status included: the ASN named there is not the asker."""
        found: set[int] = set()
        for start, end, cid in spans:
            if start not in opens or not (self.kind(cid) == "who" or cid == _SUBORDINATES):
                continue
            # "staf kami", "guru PPPK di sekolah kami": owned, or placed in our office; not "Bupati
            # memerintahkan kami", where we are the object.
            at = next((k for k in range(end, min(len(words), end + _OURS_REACH)) if words[k] in _AT), -1)
            if end < len(words) and words[end] == _OURS:
                ours = end
            elif at >= 0 and _OURS in words[at : at + _OURS_REACH]:
                ours = words.index(_OURS, at)
            else:
                continue
            # "Staf kami PPPK": a status right after is still the same person.
            last = max([ours + 1, *(b for a, b, c in spans if a == ours + 1 and self.concepts[c].asn)])
            found.update(range(start, last))
        return found

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
        found: list[tuple[int, int, str]] = []
        for start, end, cid in spans:
            if cid not in _PROXY_PEOPLE:
                continue
            k = end
            # Never across a sentence: "… bergambar suaminya. Saya bidan PNS" is the asker's status.
            if k < len(words) and words[k] in FIRST_PERSON and k not in opens:
                k += 1  # the owner: "istri *saya* PNS"
            if k + 1 < len(words) and words[k] in _HONORIFICS and k not in opens:
                k += 2  # their name: "tetangga saya *pak Y* itu PNS"
            while k < len(words) and words[k] in _PROXY_FILLERS and k not in opens:
                k += 1
            if k in opens:
                continue
            owned = k > end or words[end - 1] in FIRST_PERSON  # "istri saya PNS"; "anak saya" as one term
            # "saya istri PNS": the asker is the ASN's relative, who asks for them ("saya ibunya PNS
            # guru" is "I, his mother, am a PNS teacher")
            owned = owned or (
                start > 0 and words[start - 1] in FIRST_PERSON and k == end and not words[end - 1].endswith("nya")
            )
            if k in asn_starts and owned:
                found.append((start, end, cid))
        return found

    def _workplace(self, span: tuple[int, int, str], spans: list[tuple[int, int, str]], words: Sequence[str]) -> bool:
        """Where someone works, named to introduce them ("saya PNS di kantor kecamatan", "staf di
        sekolah"), is no office being used."""
        start, _, cid = span
        if cid != "resource-building" or start < 2 or words[start - 1] not in _AT:
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
        k = _word_before(start, words, _PROXY_FILLERS)
        # "Sy operator sekolah honorer": the asker's job may stand between them and the status.
        job = 0
        while k >= 0 and job < _JOB_WORDS and words[k] not in FIRST_PERSON and not is_stopword(words[k]):
            k, job = _word_before(k, words, _PROXY_FILLERS), job + 1
        return k >= 0 and words[k] in FIRST_PERSON and (k == 0 or words[k - 1] not in POSSESSABLE)

    def _asker_runs(self, spans: list[tuple[int, int, str]], words: Sequence[str]) -> bool:
        """The asker is the one running ("saya nyaleg", "saya calon wakil bupati, istri saya PPPK"),
        not "istri saya mau nyaleg"."""
        people = {p for start, end, cid in spans if self.concepts[cid].third_party for p in range(start, end)}
        for start, _, cid in spans:
            if cid not in ("act-run-for-office", "target-candidate"):
                continue
            k = _first_person_before(start, words)
            if k >= 0 and k - 1 not in people:  # "istri *saya*" owns the noun before it
                return True
        return False

    @staticmethod
    def _goes_on(
        start: int,
        words: Sequence[str],
        their_acts: list[tuple[int, int]],
        last_act_end: int,
        starts: frozenset[int],
        joiners: frozenset[str] = _THEN,
    ) -> bool:
        """The doer who has just acted goes on after "dan/lalu" (or another of `joiners`): "calon
        datang dan memberi sambutan", "ortu murid yang posting kampanye capres dan minta dukungan"
        (their object may come between), unless the asker or a new sentence comes first."""
        if not their_acts or their_acts[-1][1] != last_act_end or start - last_act_end > _GO_ON_REACH:
            return False
        between = range(last_act_end, start)
        return (
            any(words[k] in joiners for k in between)
            and not any(words[k] in FIRST_PERSON for k in between)
            and not any(k in starts for k in range(last_act_end + 1, start + 1))
        )

    @staticmethod
    def _said_by_other(
        start: int, words: Sequence[str], third: set[int], opens: frozenset[int], named_asn: set[int]
    ) -> bool:
        """A sign in words someone else named just before said: "ada kades yg bilang ke petani
        'jangan lupa pilih …'" (not "sy bagi kartu nama dia & bilang '… nomor 5'")."""
        for j in range(start - 1, max(-1, start - _SAID_REACH - 1), -1):
            if j + 1 in opens:
                return False
            if words[j] in _SAYS:
                if j + 2 < start and words[j + 2] == "to":
                    return False  # "his boss told him to collect ID copies": an order, not words said
                for k in range(j - 1, max(-1, j - AGENT_REACH - 1), -1):
                    if words[k] in FIRST_PERSON or k in named_asn:
                        return False
                    if k in third:
                        # "meminta murid bilang ke orang tuanya …": the asker puts the words in their mouth
                        return not _requested_of(k, words, third)
                return False
        return False

    @staticmethod
    def _by_other(
        start: int,
        end: int,
        words: Sequence[str],
        stems: Sequence[str],
        third: set[int],
        starts: frozenset[int],
        opens: frozenset[int],
        named_asn: set[int],
        covered: set[int],
    ) -> bool:
        word = words[start]
        if end - start > 1 and any(w in FIRST_PERSON for w in words[start:end]):
            return False  # a phrase that names the asker as its doer ("saya pasang", "minta sy nemenin")
        if end - start == 1 and _agent_noun(word, stems[start]):
            # "pendukung partai datang", "penonton": people, the asker only with "saya pendukung …".
            before = words[max(0, start - AGENT_REACH) : start]
            return not any(w in FIRST_PERSON for w in before)
        if end - start == 1 and _stative(word, stems[start]):
            # "di ruang tamunya terpasang poster": there is one (a phrase such as "terpilih jadi
            # kepala desa" stays the asker's)
            return True
        if _passive(word, stems[start]):
            # A passive ("diunggah", "disebar tetangga"): done to the subject, by someone else,
            # unless the asker names themself as the doer ("diunggah oleh saya", "difoto saya");
            # "difoto, dikira saya kampanye" is someone else's photo.
            after = [] if end in starts else words[end : end + 2]  # "diposting. Saya PPPK …": no doer
            if after and after[0] == "oleh":
                after = after[1:]
            return not (after and after[0] in FIRST_PERSON)
        for j in range(start - 1, max(-1, start - AGENT_REACH - 1), -1):
            if j + 1 in starts:
                # The act opens a clause that names no doer ("Anak sy umur 19, mau datang …"): the
                # sentence's subject.
                return _sentence_subject(start, words, third, opens)
            w = words[j]
            if j in named_asn:
                return False
            if w in FIRST_PERSON:
                # "anak saya posting", "my son posted": the pronoun owns the noun before it ...
                owned = j > 0 and j not in starts and _owned(j, words, third) and not _joins(j - 1, words)
                # (... unless the asker joins them: "sy bantuin anak sy lipet selebaran")
                # ... unless that one tells the asker to: "diajak kabid sy datang" (the asker comes).
                return owned and _told_by(j - 1, words, third) < 0
            if (w in THIRD_PERSON or j in third) and _joins(j, words):
                return False  # "saya ikut suami keliling": the asker goes along and does it too
            if w in THIRD_PERSON or j in third:
                k = _told_by(j - 1, words, third)
                if k >= 0:
                    # "kami disuruh atasan copot": the one told to does it, not the one telling
                    return k > 0 and (words[k - 1] in THIRD_PERSON or k - 1 in third)
                return True  # "tetangga", "caleg"
            if w in _SOMEONE and j > 0 and words[j - 1] in _SOME_OF:
                return True  # "ada yg" (someone), "banyak yang pakai kaos" (many of them)
            if w in _SOMEONE:
                # "akun berita lokal yg tiap hari posting": a relative clause about someone else.
                head = range(j - 1, max(-1, j - RELATIVE_HEAD_REACH - 1), -1)
                for k in head:
                    if words[k] in FIRST_PERSON:
                        break
                    if words[k] in THIRD_PERSON or k in third:
                        return True
            if w not in AGENT_FILLERS and w not in _OFFICE_WORDS and w not in _COMING and w not in _WHEN:
                return _trader_before(j, words, stems, starts, covered)
        return False

    def _negate(
        self, spans: list[tuple[int, int, str]], words: Sequence[str], starts: frozenset[int] = frozenset()
    ) -> list[tuple[int, int, str]]:
        """Replace negated mentions ("gak like") by the concept they stand for (limit-no-reaction).

        A negator inside another phrase is that phrase's ("gak sengaja" is accidental, not a denial),
        except inside a limit, whose negation is the point ("tidak diunggah")."""
        covered = {p for start, end, cid in spans if self.kind(cid) != "limit" for p in range(start, end)}
        out: list[tuple[int, int, str]] = []
        listed_until = -1  # a denial carries over a list: "gak like, komen atau share"
        out_start = 0  # where the last denied mention starts
        denied_object_at = -1  # "indak ikuik kampanye": the event a denied act takes is denied too
        for start, end, cid in sorted(spans):
            concept = self.concepts[cid]
            if concept.kind == "event" and start == denied_object_at:
                continue
            # "gak pake mobil dinas", "indak ado acara kampanye"
            if concept.kind not in ("act", "sign", "target", "resource", "event"):
                out.append((start, end, cid))
                if cid in self._denials:
                    # "without liking, commenting or sharing": the denial goes on down the list
                    out_start, listed_until = start, end
                continue
            between = words[listed_until:start] if 0 <= listed_until <= start else None
            # "gak ada nomor atau nama calon": over a list word, and the fillers a denial reaches over
            in_list = between is not None and (
                all(w in LIST_WORDS for w in between)
                or (
                    any(w in LIST_WORDS for w in between)
                    and all(w in LIST_WORDS or w in NEGATION_FILLERS for w in between)
                )
            )
            inside = out_start <= start and end <= listed_until  # "bukan akun timses": the object too
            if concept.kind == "event" and not (
                in_list
                or inside
                or _THERE_IS & set(words[max(0, start - 3) : start])
                or self._not_done(start, words)
            ):
                # An event is denied only as absent ("indak ado acara kampanye"); "ini bukan
                # kampanye kan?" is the label the asker hopes for, not a fact.
                out.append((start, end, cid))
                continue
            if (
                in_list
                or inside
                or self._negated(start, words, covered, starts)
                or (concept.kind == "sign" and _denied_after(end, words, starts))
            ):
                if not inside:
                    out_start, listed_until = start, end
                if concept.kind == "act":
                    denied_object_at = end
                if concept.when_negated:
                    out.append((start, end, concept.when_negated))
                continue
            out.append((start, end, cid))
        return list(dict.fromkeys(out))

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
        after = [w for w in words[end : end + 4] if w not in _COMPARED_FILLERS][:1]
        return after == ["boleh"]  # "kalau istri boleh CLTN", "yang istri PNS saja boleh ikut"

    def _labelled(self, span: tuple[int, int, str], words: Sequence[str]) -> bool:
        """A name the asker fears for what they did, not a fact of the story: "dikira sy kampanye",
        "apa itu termasuk kampanye?", "bisa dianggap mendukung?"."""
        start, _, cid = span
        if self.kind(cid) == "limit":
            # "Perlu saya kembalikan?": what the asker wonders whether to do, not what they did
            k = _word_before(start, words, FIRST_PERSON)
            return k >= max(0, start - 2) and words[k] in _SHOULD
        if self.kind(cid) not in ("act", "event"):
            return False
        for j in range(start - 1, max(-1, start - 4), -1):
            if words[j] in _LABELS:
                return True
            # "gak apa2 kan, bukan kampanye?": the name the asker hopes their act does not earn
            if words[j] in _NOT_A and self.kind(cid) == "event" and j == start - 1:
                return True
            if words[j] in _THIS and j > 0 and words[j - 1] in _WHETHER:
                return True
            if words[j] not in _LABEL_FILLERS:
                return False
        return False

    @staticmethod
    def _not_done(start: int, words: Sequence[str]) -> bool:
        """An event right after "tidak/gak" the asker did not do ("tidak orasi"); "boleh gak
        kampanye?" asks."""
        return start > 0 and words[start - 1] in _DID_NOT and _denies(start - 1, words)

    @staticmethod
    def _negated(start: int, words: Sequence[str], covered: set[int], starts: frozenset[int]) -> bool:
        reach = NEGATION_REACH + 1
        i = start - 1
        while reach > 0:
            if i < 0 or i + 1 in starts:
                return False
            word = words[i]
            if word in NEGATORS and i not in covered:
                return _denies(i, words)
            nobody = word in _SOMEONE and i > 0 and words[i - 1] in _THERE_IS  # "tidak ada yang posting"
            # "tidak pernah membuat atau membagikan", "tanpa menyatakan siapa yang lebih layak": the
            # other half of a pair and a "who" clause do not count against the reach
            free = (
                word in LIST_WORDS
                or word in _WHO_WORDS
                or (i + 1 < start and words[i + 1] in LIST_WORDS and start - i <= _PAIR_REACH)
            )
            # "indak ado", "mboten wonten", "teu aya" are "tidak ada" in other tongues
            if not (nobody or free or word in NEGATION_FILLERS or word in _THERE_IS):
                return False
            if not free:
                reach -= 1
            i -= 1
        return False

    def _longest(self, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        """Longest first; a span inside an already kept, longer span is another reading of the same
        words and is dropped ("pasangan calon" is not "pasang"; "honor kpps" is not a KPPS role),
        except an act inside a limit: "cuma nonton" limits the act, it is still watching."""
        spans.sort(key=lambda sp: (-(sp[1] - sp[0]), sp[0]))
        kept: list[tuple[int, int, str]] = []
        for start, end, cid in spans:
            thing = self.kind(cid) in ("sign", "event", "resource", "target")
            if any(
                k_start <= start and end <= k_end and (k_end - k_start) > (end - start)
                # ... but a sign, a person or a place inside a limit is the limit's: "kaos panitia" is
                # no campaign shirt, "jaga posko kesehatan" no campaign post, "berangkat ke kantor" no
                # use of the office, "tanpa menyebut calon siapa pun" names no candidate
                and (self.kind(k_cid) != "limit" or thing)
                # ... and the object that ends an act phrase is still that thing: "dapat kaos" is
                # receiving, and a shirt
                and not (self.kind(k_cid) == "act" and end == k_end and self.kind(cid) in ("sign", "target"))
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
        out: list[str] = []
        for word in words:
            fixed = self._respell.get(word)
            out.extend(raw_tokens(fixed) if fixed else [word])
        return out


# Words the readings above look for by their spelling. The speller must leave them as typed: it
# would make Javanese "kula" (I) the "KUA" office, Balinese "tusing" (not) "using", "wonten"
# (there is) "konten", "ngajar" (teach) "ngajak" (invite).
READING_WORDS = frozenset().union(
    NEGATORS, FIRST_PERSON, THIRD_PERSON, POSSESSABLE, NEGATION_FILLERS, AGENT_FILLERS, LIST_WORDS,
    QUESTION_NEGATION_OPENERS, _LABEL_FILLERS, _GAP_WORDS, _PROXY_FILLERS, _INTRO_FILLERS, _THERE_IS,
    _WHO_WORDS, _ALONGSIDE, _ASKED, _WORKERS, _THEIR_PLACES, _LIKE_BEFORE, _THEN, _SAYS, _CLAIMANTS,
    _CLAIM_WORDS, _BUT, _BY, _TURNS_TO, _FRONTED_FILLERS, _DENIED_DOER, _WHILE, _COMING, _WHEN,
    _AUXILIARIES, _CHILDREN, _PRONOUNS, _LIKE_AFTER, _ARTICLES, _SOME_OF, _GRADES, ASN_WORDS,
)
