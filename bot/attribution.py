"""Whose act is it: reading a tagged message left to right, which acts, signs and roles are the
asker's and which are someone else's ("anak saya posting", "calon datang dan memberi sambutan",
"disuruh atasan pasang"). bot/concepts.py (Tagger.tag_stems) finds the phrases and calls
`Reader.others`; what it returns is what the cards may not count as the asker's own conduct.

Spans are (start, end, concept id) over the message's words; `starts` are where clauses start,
`opens` where sentences start.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from bot.knowledge import Concept
from bot.readings import CALL_TO_VOTE, CALL_WORDS, MYSELF, RELATIVES, RETIRED, RUNNING, requesting
from bot.text import (
    AGENT_FILLERS,
    AGENT_REACH,
    ASKER_ALONE,
    ASN_WORDS,
    FIRST_PERSON,
    KIN_MODIFIERS,
    LIST_WORDS,
    NEGATORS,
    NOT_ASKER_ALONE,
    POSSESSABLE,
    SOMEONE,
    THIRD_PERSON,
    asker_as,
    start_of,
    stem,
    word_before,
)

RELATIVE_HEAD_REACH = 3  # words between a relative "yg" and the noun it describes

# Things handed to the asker rather than put somewhere: taking them is the asker's act.
_RECEIVED = frozenset({"sign-money", "target-transport-money"})
_TESTIFY = "act-testify"  # "dipanggil jadi saksi" is the summoned one's
_RECEIVING = frozenset({"act-receive"})  # a passive of receiving ("diberi amplop") is the subject's
# How people address the bot ("Pak, …", "Bu admin"), not who acts.
HONORIFICS = frozenset("pak bu bapak ibu".split())
# ... or someone the asker greets or praises in what they wrote ("komen 'mantap pak' di postingan paslon").
_HAILS = frozenset("mantap mantab mantul siap semangat sukses makasih terima kasih selamat hebat keren".split())
# Someone of the asker's own kind: "rekan ASN", "teman PNS".
_PEERS = frozenset("teman temen kawan rekan colleague colleagues friend".split())

# Signs that are acts ("chanting", "pose dua jari"), and the words between a doer and them.
_DONE_SIGNS = frozenset({"sign-cheer", "sign-gesture"})
_OTHER = frozenset({"lain", "lainnya"})  # "orang lain yg acungin jari": the others
_AUXILIARIES = frozenset("was were is are been lagi sedang pada ikut ikutan".split())
# "kabid acungkan dua jari": the verb a sign is made with stands between its doer and the sign
_GESTURING = frozenset("acungkan acungin mengacungkan acung angkat mengangkat ngangkat bikin membuat".split())
# "anak sy … tiap sore nempel stiker": when it happens stands between the doer and the act
_WHEN = frozenset("pagi siang sore malam subuh hari minggu bulan besok besoknya lusa kemarin kemaren kmrn".split())
# How a message hails its reader ("min, …", "kak, …").
_VOCATIVES = frozenset("min admin kak ka kakak gan bang mas mbak mba bro sis halo hai".split())
# "istri calon mau mampir bagi-bagi susu": coming somewhere to do it keeps the doer
# ... or passing by on the way to it ("timses lewat bagiin stiker", "relawan keliling pasang"), or queuing,
# or coming home ("anak sy pulang pake jaket partai")
_COMING = frozenset("datang dtg dateng mampir singgah nyamperin rawuh came come comes stopped lewat keliling muter antri antre ngantri ngantre mengantre pulang".split())
# ... and where to ("pasien dtg ke poli pake kaos caleg")
_TO_PLACE = frozenset("ke di".split())
# "pengurus partai jg datang": a word of "too" between a doer and the act
_ALSO = frozenset("juga jg jga pun".split())
# "ternyata dia tim sukses": the one the asker deals with, named by a pronoun before their role
_HE_OR_SHE = frozenset("dia beliau ia".split())
_CAMPAIGN_TEAM = "role-campaign-team"
_WEARING_WORDS = frozenset("pake pakai make memakai mengenakan wearing wore".split())
# ... for a visit's errand ("ibu hamil datang periksa pake kaos caleg": the patient wears it)
_COME_FOR = frozenset("periksa berobat kontrol cek imunisasi konsultasi konsul belanja beli bayar urus ngurus antre antri".split())
# Words that say which person ("ibu hamil", "bapak tua", "orang tua"): the doer is still that person.
_PERSON_KINDS = frozenset("hamil menyusui tua muda lansia sepuh renta kecil sakit".split())
# ... or what they were before retiring ("ibu sy pensiunan bidan mau pasang baliho")
_RETIREMENT = frozenset("pensiunan purnatugas purnabakti".split())
_RETIRED_REACH = 2  # ... and the words of that occupation ("pensiunan guru SD")
# "PNS boleh kampanye?", "pppk timses boleh?": right after "may" or an ASN, the event or the team is
# what the ASN would do (campaign, be on the team), not something they would go to or meet.
MODALS = frozenset("boleh bolehkah bisa bisakah dapat dilarang mau ingin pengen can may".split())
# Between an asker and their act, the asking itself: "sy sendiri boleh kan ikut kampanye", "boleh ga".
_ASKING = MODALS | frozenset("kan kn dong ga gak gk nggak ngga enggak tidak".split())
_ASKING_REACH = 2  # ... and how many of them: "sy sendiri boleh kan ikut"
# "Istri sy PNS. Sy sendiri pedagang, mau pasang spanduk": "myself" (readings.MYSELF) sets the asker
# against the ASN named before; what the asker's sentence goes on to do, a few words on, is the asker's.
_MYSELF_REACH = 10
# "Staf kami …", "Honorer di kantor kami …": the office's people, named by whoever runs it.
_SUBORDINATES = "resource-subordinates"
_OURS = "kami"
_OURS_REACH = 4

# Between a relative and the status that makes them the ASN asked about ("istri saya seorang PNS").
PROXY_FILLERS = frozenset(
    "is was a an seorang adalah merupakan itu juga jadi menjadi sebagai yg yang masih indonesian also still "
    "beliau dia ia he she lagi lg sedang sdg".split()
)

# "ada / ado / aya / wonten …": there is (someone, something); "tidak ada …" is something absent.
THERE_IS = frozenset("ada ado aya onok enek wonten".split())
_SOME_OF = THERE_IS | frozenset("banyak beberapa sebagian semua kebanyakan".split())  # "banyak yang pakai"
# Members of a group the asker runs or attends, as doers only after "ada", "banyak", "beberapa" ("rapat
# anggota" is a meeting, "saya anggota KPPS" a role).
_MEMBERS = frozenset("anggota member members peserta participants jamaah jemaah jamaahnya tamu".split())
_MEMBER_KINDS = frozenset("umum lain lainnya lainya biasa".split())  # "ada peserta umum pake kaos paslon"
# English relative clauses ("a legislator who is running"): the pronoun and the verb after it.
_WHO = "who"
_BE = frozenset("is was are were".split())

# A picture that is there ("ada foto caleg") and how far a list goes on after it; the acts
# that make a thing's marks theirs (whoever hands it out, puts it up or wears it).
_PICTURES = frozenset({"act-photo"})
_LIST_REACH = 3
_EN_ARTICLES = frozenset("a an the".split())
_HANDLING = frozenset(
    {"act-give", "act-share", "act-install", "act-self-install", "act-wear", "act-post", "act-carry-material",
     "act-display-item", "act-join-handout", "act-send", "act-profile-picture"}
)

_HANDING_OUT = frozenset({"act-carry-material", "act-give", "act-join-handout"})
_WEAR = "act-wear"
_BODIES = frozenset({"target-election-body", "target-party"})  # organisations, not people
# What may follow a verb of wearing whose object is left out ("sy pake buat kerja bakti", "dipakai pas senam").
_WORN_WITHOUT_OBJECT = frozenset(
    "buat untuk utk bwt ke di pas waktu wkt saat ketika juga jg sambil tiap setiap for to at when".split()
)

# The office after a candidate ("caleg DPR RI ikut hadir"): still the candidate who acts.
_OFFICE_WORDS = frozenset("dpr dprd dpd ri provinsi prov kabupaten kab kota dapil pusat daerah".split())
# "bareng/bersama relawan …": the role is the people beside the asker, not the asker's.
_ALONGSIDE = frozenset("bareng bersama dengan sama with alongside".split())
# A role right after a thing is who the thing belongs to ("mobilnya mobil tim sukses", "rapat relawan
# caleg", "posko relawan"), not a role the asker takes.
_THINGS_OF_A_TEAM = frozenset("mobil mobilnya motor motornya truk truknya kendaraan rapat rapatnya posko poskonya".split())
# A role right after a group someone else joins names the group ("istri sy ikut grup WA relawan capres").
_JOIN_GROUP = "act-join-group"
# A role after "ke"/"dari"/"buat" is the one something goes to or comes from ("pesan kaos dari tim
# sukses", "minjem payung ke tim sukses"), unless the asker goes into it ("masuk ke tim sukses").
_TO_FROM = frozenset("ke kepada dari untuk buat bagi from".split())  # not "to": "wants to join a campaign team"
_GO_INTO = frozenset("masuk gabung bergabung join joined joining daftar mendaftar direkrut".split())


def _object_of(start: int, words: Sequence[str]) -> bool:
    """The role at `start` follows "ke", "dari", "buat" … and no joining verb before it."""
    return start > 0 and words[start - 1] in _TO_FROM and not (start > 1 and words[start - 2] in _GO_INTO)


# Being told to do something: "disuruh atasan copot", "diminta timses pasang".
_ORDERED = frozenset("disuruh diminta diperintah diperintahkan dipaksa ditugaskan diajak dimintai ditawari ditawarin dipinang didorong".split())
# "(disuruh) oleh / sama / ku (Sundanese) / dening (Javanese) atasan": the one who told.
_BY = frozenset("oleh sama ku dening by".split())
# Asking someone to do something ("minta penjual ganti gelas", "kabid nyuruh sy share …").
_REQUESTS = frozenset("minta meminta suruh menyuruh ajak mengajak perintahkan".split())
# Words that put a request or an order to someone ("kabid nyuruh sy share …", "diajak kades …").
ASKED = _ORDERED | _REQUESTS | frozenset(
    "nyuruh ngajak perintah memerintahkan instruksikan menginstruksikan paksa maksa memaksa "
    "asked told ordered invited".split()
)
# Targets that are people: "ada caleg yang ikut nonton" (there is one, and they watch).
_PEOPLE = frozenset({"target-candidate", "target-campaign-team"})

# "(saya PNS / kerja / staf) di kantor …": a workplace, not a resource in use.
AT = frozenset("di at in ring teng nang neng kat lek".split())

_AGENT_PREFIXES = ("pen", "pem", "peng", "peny", "pe")
# Someone else's vehicle or premises ("motornya penuh stiker", "pagar rumahnya"): what is on them is
# theirs. Only these: -nya also just means "the" ("captionnya", "fotonya").
_THEIR_PLACES = frozenset(
    "motornya mobilnya rumahnya tokonya warungnya kiosnya pagarnya lapaknya angkotnya kendaraannya "
    "kantornya posnya truknya becaknya kapalnya perahunya".split()
)

# "saya ikut/menemani suami …": the asker goes along with someone and does what they do.
_JOINERS = frozenset(
    "ikut ikutan menemani nemenin temani mendampingi dampingi bareng bersama bantu bantuin membantu".split()
)
_JOIN_FILLERS = frozenset("juga sering selalu kadang biasa pernah mau akan harus".split())
# Between the asker and the joining verb: the question itself ("sy guru PNS, boleh gk ikut suami").
_JOIN_ASKING = frozenset("boleh bolehkah gk gak ga nggak apakah guru bidan perawat dokter".split())
# What an asker who is not the ASN asked about says they are ("sy mahasiswa", "saya wiraswasta").
NOT_ASN_SELF = frozenset({"who-private-occupation", "who-not-asn"})
# ... and the ASN's relatives named from the ASN's side ("anaknya", his child).
_THEIR_KIN = frozenset("anaknya putranya putrinya istrinya suaminya adiknya kakaknya keponakannya ponakannya".split())
# Between a person and the role they take ("dia mau jd relawan", "anaknya sudah jadi timses").
_ROLE_COPULAS = frozenset(
    "jadi menjadi jd sebagai mau ingin akan sudah udah sdh baru masuk gabung ikut ikutan daftar mendaftar nak hendak".split()
)
_SUPPORT = "act-support"
_SAYS_REACH = 2  # words between a post and the support it says ("bikin status ig dukung …") ...
# ... which name only where it is posted
_MEDIA = frozenset("ig instagram fb facebook tiktok tt wa whatsapp story status snap x twitter youtube yt reels".split())
# An age given between a person and their role ("anak sy umur 20 ikut relawan capres").
_AGE_WORDS = frozenset("umur usia thn tahun th".split())
# ... or what they are doing in life, given without "yg" ("anak sy kuliah jd relawan capres", "anak
# saya SMA ikut lomba").
_STANDINGS = frozenset("kuliah sekolah mondok merantau masih lagi lg sedang sd smp sma smk mts sltp slta".split())
_STANDING_REACH = 5  # words of a relative clause of standing between its "yg" and the act ("yg sekolah di SMA")
_AGE_RE = re.compile(r"\d+(?:th|thn|tahun|an)?")  # "20", "20th", "20an"
# ... or the status they do not have ("anak sy 19 thn bukan pns jd relawan").
_NOT_ASN_STATUS = frozenset("asn pns pppk".split())
_NEGATIONS = frozenset("bukan bkn non".split())


def _status_denied(k: int, words: Sequence[str]) -> bool:
    """The words at `k` deny an ASN status ("bukan pns", "bkn asn")."""
    return k + 1 < len(words) and words[k] in _NEGATIONS and words[k + 1] in _NOT_ASN_STATUS


def _an_age(k: int, words: Sequence[str]) -> bool:
    """The word at `k` is part of an age ("19th", "21 thn", "umur"), not a bare number ("kelas 2")."""
    word = words[k]
    if word in _AGE_WORDS or (_AGE_RE.fullmatch(word) and not word.isdigit()):
        return True
    # "19 thn", "umur 17"
    return word.isdigit() and (
        (k + 1 < len(words) and words[k + 1] in _AGE_WORDS) or (k > 0 and words[k - 1] in _AGE_WORDS)
    )


def _said_of_person(word: str) -> bool:
    """An age or a standing said of the person before it ("umur 20", "23 thn", "kuliah")."""
    return word in _AGE_WORDS or word in _STANDINGS or bool(_AGE_RE.fullmatch(word))


# "itu", "tu" (Malay), "ini" after a person, pointing at them.
_DEMONSTRATIVES = frozenset("itu tu ini tuh".split())
# ... and between "yg" and the role of the one it describes ("warga yg kebetulan timses").
# "ternyata" (as it turns out), "kebetulan" (as it happens): said of whoever the clause is about
_AS_IT_TURNS_OUT = frozenset("kebetulan ternyata trnyata rupanya memang emang merupakan adalah".split())
_RELATIVE_FILLERS = _ROLE_COPULAS | _AS_IT_TURNS_OUT | frozenset({"juga"})
_RELATIVE_PRONOUNS = frozenset("yang yg who".split())
# ... and the words of a relative clause between a person and their occupation ("anak sy yang udah kerja swasta").
_RELATIVE_WORDS = _RELATIVE_FILLERS | SOMEONE
# Offices a person holds, which a card may rule on only when the one asked about holds it
# (Reader._offices_of_others), and the words that put someone in one ("jadi Pj", "sebagai lurah").
_OFFICES = frozenset({"who-pj", "who-lurah", "who-bpd"})
# A state official who is there ("ada anggota dewan yg bilang …") is someone else, as a role is.
_STATE_OFFICIAL = "oos-state-official"
_HOLDING = frozenset("jadi menjadi jd sebagai sbg selaku as seorang a an".split())
_BEFORE_SUBJECT = AGENT_FILLERS | _WHEN | frozenset("lalu yang".split())  # "bulan lalu Pj …"
_ASIDES = frozenset("kan kn itu tuh sih kami kita bupati gubernur wali kota walikota".split())  # "pj (bupati) kan bukan …"
# Everything _joins may pass between the asker and the one they join.
_JOIN_BETWEEN = _JOIN_FILLERS | _JOINERS | ASN_WORDS | _JOIN_ASKING


def _joins(j: int, words: Sequence[str], starts: frozenset[int] = frozenset()) -> bool:
    """Someone at position j is joined by the asker ("sy ikut suami", "saya juga menemani istri"); with
    `starts`, also by a question that opens with the joining and names nobody ("boleh ga bantu suami
    bagiin stiker?" asks about the asker)."""
    k = j - 1
    if k >= 0 and words[k] in ("saya", "sy", "aku", "my"):
        k -= 1  # "went along with *my* husband"
    while k >= 0 and words[k] in _JOIN_FILLERS and words[k] not in _JOINERS:
        k -= 1
    if k < 0 or words[k] not in _JOINERS:
        return False
    k -= 1
    while k >= 0 and words[k] in _JOIN_BETWEEN and k + 1 not in starts:
        k -= 1  # "saya *ikut* bantu timses", "sy (PNS) nemenin dia", "sy guru PNS, boleh gk ikut suami"
    if starts and (k < 0 or k + 1 in starts) and words[k + 1] in _JOIN_ASKING:
        return True
    return k >= 0 and words[k] in FIRST_PERSON


def is_passive(word: str, root: str) -> bool:
    """"diunggah", "ditandai": done to someone, not by them."""
    return word.startswith("di") and word != root and len(word) > 4


def _stative(word: str, root: str) -> bool:
    """"terpasang", "tertempel": a state or an accident, nobody's deliberate act (not "teruskan",
    whose root is "terus")."""
    return word.startswith("ter") and word != root and word[3:].startswith(root)


def agent_noun(word: str, root: str) -> bool:
    """pe(N)- nouns name a person ("pendukung" a supporter, "penonton" a viewer), not the act."""
    # "per-", "pel-" start other nouns ("pelajaran", "perbuatan"), except pe- before a root in l/r ("pelari")
    return (
        word != root
        and len(word) > len(root) + 1
        and word.startswith(_AGENT_PREFIXES)
        and (not word.startswith(("per", "pel")) or word == "pe" + root)
    )


def _person_noun(word: str, root: str) -> bool:
    """A pe(N)- noun that names a person, not a pe(N)-…-an noun naming the act or the event
    ("pencoblosan" polling, "pendaftaran" registration)."""
    return agent_noun(word, root) and not (word.endswith("an") and not root.endswith("an"))


_INSTALL = "act-install"
# "caleg minta dikasih waktu sambutan": asking to be given something, of the one who would give it
_ASKS_TO_BE = frozenset("minta meminta mohon memohon pengen ingin".split())
# "timses nitip kaos ke sy buat dibagiin": what is left with the asker for a purpose is the asker's to do.
_PURPOSE = frozenset("buat untuk utk bwt biar agar supaya".split())
_ENTRUST_STEMS = frozenset("titip nitip".split())
_ENTRUST_REACH = 8
_SET_OUT = frozenset({"act-display-item", "act-install"})
_OWN_THING_REACH = 5  # from the asker's thing to the passive that puts something on it
_BY_SOMEONE = frozenset("oleh sama by".split())
_SEEN = frozenset("terlihat kelihatan keliatan ketahuan kedapatan".split())


# A relative named before someone, without an owner between: theirs ("istri pegawai pajak", "anak guru PNS");
# not "ibu", "bapak", "kakak", "adik", which are also how people are addressed ("ibu guru PNS itu posting")
_KIN_OF = frozenset("istri suami anak ayah ponakan keponakan mertua menantu".split())
_AGENT_AFTER_REACH = 5
_LEAVE = frozenset("izin ijin permisi sepengetahuan persetujuan".split())
_CONSENT = frozenset("izinin izinkan mengizinkan ngizinin iyain iyakan biarin biarkan bolehin bolehkan setuju".split())


def _fitted_to_own(start: int, end: int, words: Sequence[str], third: set[int], starts: frozenset[int]) -> bool:
    """"mobil pribadi sy ditempel stiker capres", no one named as the doer: something put on the
    asker's own thing (a car, a fence) is there with the owner's leave. Not "motor sy ditempel
    tetangga" (the neighbour did it) nor "teman sy ditempeli" (a person, not a thing)."""
    after = words[end] if end < len(words) else ""
    named_after = end in third and end + 1 < len(words) and words[end + 1] in _BY_SOMEONE
    if after in THIRD_PERSON or after in _BY_SOMEONE or named_after:
        return False  # "ditempel tetangga", "dipasang oleh timses"
    # ... or named after what was put there, or put there without leave ("ditempeli stiker caleg sama
    # tetangga", "ditempel stiker tanpa izin"), unless the owner says they let it be ("sy izinin")
    reach = end if not _CONSENT.isdisjoint(words[end:]) else min(len(words) - 1, end + _AGENT_AFTER_REACH)
    for k in range(end, reach):
        if k in starts:
            break
        if (words[k] in _BY and (words[k + 1] in THIRD_PERSON or k + 1 in third)) or (
            words[k] == "tanpa" and words[k + 1] in _LEAVE
        ):
            return False
    if start > 0 and words[start - 1] in _SEEN:
        return False  # "kalau mobil kami nanti terlihat ditempeli stiker": found done, by whoever rents it
    for k in range(start - 1, max(-1, start - _OWN_THING_REACH - 1), -1):
        if words[k] in FIRST_PERSON:
            owner = k - 1
            # "angkot yang saya naiki": a thing the asker uses, not owns
            return owner >= 0 and owner not in third and words[owner] not in THIRD_PERSON | POSSESSABLE | SOMEONE
        if k in starts:
            return False
    return False


_ALL_OF = frozenset("semua seluruh para".split())


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
        if (_person_noun(w, stems[k]) or w in _TRADES) and k not in covered:
            # ... not the asker's own trade ("sy penyuluh yg pasang …"), nor those the asker asks,
            # all of them or some ("sy minta semua sopir pasang stiker paslon")
            b = k - 1
            while b > 0 and words[b] in _ALL_OF:
                b -= 1
            return not (b >= 0 and (words[b] in _ASKS_OF or words[b] in FIRST_PERSON))
        if k in starts:
            return False
    return False


# "ke rumah tetangga", "ke kantor teman": the person whose place someone goes to, not a doer.
_TO = frozenset("ke to".split())
_PLACES_OF = frozenset("rumah rmh kantor toko warung kios tempat house home place".split())
# "di sebelah saya", "di samping sy": where the asker stands, not who does what follows.
_BESIDE = frozenset("sebelah samping depan belakang dekat sisi".split())
# Between "ada" and whom it names: people in general or in numbers ("ada orang timses", "ado urang").
_SOME_PEOPLE = frozenset("orang org urang beberapa bbrp banyak byk bnyk sejumlah para".split())


def _there_is_before(start: int, words: Sequence[str]) -> bool:
    """A mention right after "ada" ("ada spanduk calon"), or after "ada di" ("caleg yg fotonya ada di
    baliho depan RS"): it is there, whoever's it is."""
    if start > 0 and words[start - 1] in THERE_IS:
        return True
    # "ada orang tim sukses juga di sana", "ada beberapa relawan paslon": some people who are there
    return start > 1 and words[start - 1] in _THERE_IS_BETWEEN and words[start - 2] in THERE_IS


def _visited(j: int, words: Sequence[str]) -> bool:
    """The person at `j` is the one whose place is gone to ("ke rumah tetangga ngajak …")."""
    return j > 1 and words[j - 1] in _PLACES_OF and words[j - 2] in _TO


def _addressed(j: int, words: Sequence[str]) -> bool:
    """The person at `j` is the one spoken to ("bilang ke warga", "ngomong sama tetangga"): what
    follows is the speaker's words, not that person's act."""
    return j > 1 and words[j - 1] in _TO_WHOM and words[j - 2] in _SAYS


# "dipake tim caleg buat …": what a thing is used for by the one who uses it is their act.
_USED = frozenset("dipake dipakai digunakan dimanfaatkan disewa disewain disewakan used rented".split())
FOR_WORDS = frozenset("buat untuk utk bwt for".split())  # also negation's "bukan buat kampanye"


def _used_by(end: int, words: Sequence[str], third: set[int]) -> bool:
    """Someone else ends at `end`, right after a passive of using ("dipake tim caleg")."""
    if end < 1 or not (end in third or words[end] in THIRD_PERSON):
        return False
    k = _before_party(end, third) if end in third else end - 1
    return k >= 0 and words[k] in _USED


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
    return requesting(word, stem) or (word in ASKED and word not in _ORDERED)


def _requested_of(end: int, words: Sequence[str], third: set[int]) -> bool:
    """A request word ("minta", "menyuruh") stands right before the third party that ends at `end`
    ("meminta murid …"), or the asker tells them something to pass on ("bilang ke murid '…'")."""
    k = _before_party(end, third)
    if k >= 0 and words[k] in _REQUESTS:
        return True
    # Unless someone else is the one telling them ("kades bilang ke warga …").
    return (
        k >= 1
        and words[k] in _TO_WHOM
        and words[k - 1] in _SAYS
        and not any(j in third or words[j] in THIRD_PERSON for j in range(max(0, k - 1 - AGENT_REACH), k - 1))
    )


def _done_by_other(start: int, words: Sequence[str], stems: Sequence[str], third: set[int]) -> bool:
    """Someone else is named right before `start`, over "was/were/lagi/pada" only, or as the head of
    a relative clause ("cuma orang lain yg acungin jari, gw gak")."""
    k = word_before(start, words, _AUXILIARIES | _GESTURING | _RELATIVE_PRONOUNS | _OTHER)
    if k >= 0 and words[k] in FIRST_PERSON and _beside_asker(k, words):
        return _someone_beside(k, words, stems, third)
    return k >= 0 and (k in third or words[k] in THIRD_PERSON) and words[k] not in HONORIFICS


_CALL_LEAD = 2  # words between a request and the call it makes ("minta *semua* pilih petahana")
_PLACE_REACH = 4  # words of a place phrase between a doer and the act ("di grup WA kantor")


def _place_before(start: int, words: Sequence[str], starts: frozenset[int]) -> int:
    """Where a place phrase right before `start` opens ("… di grup WA kantor minta"), or -1."""
    for k in range(start - 1, max(-1, start - _PLACE_REACH - 2), -1):
        if k + 1 in starts or words[k] in FIRST_PERSON or words[k] in THIRD_PERSON:
            return -1
        if words[k] in _AT:
            return k if k < start - 1 else -1
    return -1


def _beside_asker(j: int, words: Sequence[str]) -> bool:
    """The first-person pronoun at `j` says where something is done ("kabid di sebelah saya
    acungkan dua jari"), not who does it."""
    return j >= 2 and words[j - 1] in _BESIDE and words[j - 2] in _AT


def _someone_beside(j: int, words: Sequence[str], stems: Sequence[str], third: set[int]) -> bool:
    """... and someone else stands before the place: a person named, or some of a kind
    ("beberapa kabid di sebelah saya"), or a pe(N)- noun ("pelari di sebelah sy pake kaos caleg")."""
    k = j - 3
    return k >= 0 and (
        k in third
        or words[k] in THIRD_PERSON
        or _person_noun(words[k], stems[k])
        or (k > 0 and words[k - 1] in _SOME_OF - THERE_IS)
    )


# "murid kelas 9 sy": what may stand between a noun and the pronoun that owns it
_GRADES = frozenset("kelas kls semester smt tingkat".split())
_OWNED_GAP = _GRADES | KIN_MODIFIERS
_GRADE_REACH = 2


def owns_noun_before(j: int, words: Sequence[str], third: set[int]) -> bool:
    """The first-person pronoun at `j` owns the noun before it ("teman saya", "murid kelas 9 sy"),
    so what follows is that person's act, not the asker's."""
    k = j - 1
    while k > 0 and j - k <= _GRADE_REACH and (words[k].isdigit() or words[k] in _OWNED_GAP):
        k -= 1
    # "dia ngajak sy ikut kampanye": the one asked is the request's object, and does what follows
    return (words[k] in POSSESSABLE or k in third) and words[k] not in ASKED


def _someone_else_at(k: int, words: Sequence[str], third: set[int]) -> bool:
    """Someone other than the asker is named at k ("Anak sy …", "tetangga …"), not an honorific."""
    return k in third or (words[k] in THIRD_PERSON and words[k] not in HONORIFICS)


def _standing_clause(start: int, words: Sequence[str], starts: frozenset[int]) -> int:
    """Where a relative clause of standing right before the act begins ("yg sekolah di SMA",
    "yang masih kuliah"), counting its "yg" in; `start` when there is none."""
    for k in range(start - 1, max(-1, start - _STANDING_REACH - 2), -1):
        if k + 1 in starts or words[k] in FIRST_PERSON or words[k] in _PURPOSE or words[k] in _ACT_JOINERS:
            # "kaos yg masih baru sy bagiin", "anaknya yang masih SD untuk sesi foto": the clause has
            # ended, and the act is the asker's or the purpose of the asker's act
            return start
        if words[k] in _RELATIVE_PRONOUNS:
            return k + 1 if k + 1 < start and words[k + 1] in _STANDINGS else start
    return start


def _sentence_subject(start: int, words: Sequence[str], third: set[int], opens: frozenset[int]) -> bool:
    """A clause with no doer: the sentence's subject acts. Someone else when the sentence opens with
    them ("Anak sy umur 19, mau datang") and the asker is not named on the way ("Tetangga pasang
    baliho, sy cuma lihat" is the asker's looking)."""
    s = start_of(start, opens)
    while s + 1 < start and words[s] in _VOCATIVES:
        s += 1  # "min, caleg dtg ke loket …, pake kaos partai": the one hailed is not the subject
    for k in range(s, start):
        if words[k] in FIRST_PERSON and not (k > s and (words[k - 1] in POSSESSABLE or k - 1 in third)):
            return False
    return _someone_else_at(s, words, third)


# A bracketed or comma'd status that only says what someone is ("saudara sy (bukan ASN), bikin …").
_ASIDE_WORDS = ASN_WORDS | frozenset("bukan non tidak tdk not swasta mahasiswa petani pedagang wiraswasta pensiunan honorer".split())


def _aside_start(j: int, words: Sequence[str], starts: frozenset[int]) -> int:
    """Where the clauses ending at j that only give such a status start ("(pedagang, bukan ASN)": two
    of them), else -1; a clause opening the message is no aside."""
    first = -1
    p = start_of(j, starts)
    while p > 0 and all(w in _ASIDE_WORDS for w in words[p : j + 1]):
        first, j = p, p - 1
        p = start_of(j, starts)
    return first


# "minta/suruh penjual …": the asker asks it of them; how far back a seller is looked for.
_ASKS_OF = _REQUESTS | frozenset("tegur menegur ke kepada".split())
_TRADER_REACH = 4
# Tradespeople named without a pe(N)- noun: "tukang sayur ngasih kalender", "kurir antar kaos".
# ... and people named by a job that has no pe(N)- noun ("sopir angkot nempel stiker caleg": the driver's)
_TRADES = frozenset("tukang kurir sopir supir driver".split())
# "jadi" opening a clause and not followed by the act is "so" ("honorer bukan ASN, jadi boleh datang
# kampanye"); elsewhere it leads to the role its doer takes (text.AGENT_FILLERS).
_SO = frozenset("jadi jd".split())
# Staff named by a supervisor ("menegur staf yg pasang foto profil bareng paslon"): the staff's act.
_STAFF = frozenset("staf staff bawahan pegawai karyawan anggota guru satpam".split())
# How staff are named after "ada" ("ada guru honorer", "ada tenaga kontrak", "ada perawat pppk")
_STAFF_WORDS = _STAFF | ASN_WORDS | frozenset("honorer kontrak tenaga outsourcing magang perawat bidan".split())
_STAFF_REACH = 3


def _there_is_staff(j: int, words: Sequence[str]) -> bool:
    """The staff named up to `j` are some said to be there ("ada guru honorer nempel stiker"), so
    they, not the asker, do what follows."""
    k = j + 1
    while k > 0 and j - k < _STAFF_REACH and words[k - 1] in _STAFF_WORDS:
        k -= 1
    return k <= j and k > 0 and words[k - 1] in THERE_IS


# Shops whose owner a relative clause speaks of ("konter yg pasang bendera partai")
_BUSINESSES = frozenset(
    "toko warung kios konter lapak kedai kafe cafe barbershop salon bengkel apotek minimarket angkringan "
    "counter shop stall".split()
)
_LEND = "act-lend"
_BORROW = frozenset("pinjam pinjem minjem meminjam borrow borrowed".split())  # not "pinjamkan", "minjemin"
_THEIR = frozenset("his their".split())  # not "her": also the object ("asked her team")
_THEN = frozenset("dan lalu terus trus trs kemudian lantas serta and then".split())
_WHILE = frozenset("sambil sembari seraya while".split())  # "bagi-bagi susu sambil bawa kaos": one doer, two acts
_ACT_JOINERS = _THEN | _WHILE  # what carries someone else's act on to the next act
_GO_ON_REACH = 5  # how far after someone else's act "dan …" still continues it
# Object pronouns of a phrase led by a bare root ("coblos dia"); see Tagger.__init__.
PRONOUNS = frozenset("dia ia beliau mereka him her them".split())

# Words that quote someone ("kades bilang ke petani '…'"), and how far back one is looked for.
_SAYS = frozenset("bilang berkata ngomong mengatakan bicara said says told".split())
_ASKS_ABOUT = frozenset("bertanya nanya nanyain menanyakan tanya asked".split())  # "relawan caleg bertanya jadwal …"
_ANSWERS = frozenset("jawab menjawab jawabnya balas bales membalas answered replied".split())
_TO_WHOM = frozenset("ke kepada sama to".split())
_AT = frozenset("di dalam in at".split())
_THERE_IS_BETWEEN = _AT | _SOME_PEOPLE  # "ada di …", "ada orang …" (see _there_is_before)
_SAID_REACH = 6
# "… sambil bilang '…'" (_WHILE, above): words said while doing what the clause before tells, by that
# clause's doer; people after these words are that act's objects or sources, not its doer ("bagi
# amplop dr caleg ke sepupu sambil bilang …"), and the clause is looked through this far back.
_NOT_THE_DOER = _TO_WHOM | frozenset("dr dari milik punya buat untuk utk bareng dengan dgn from for".split())
_WHILE_REACH = 12
# Writing words someone posts ("tetangga posting di fb cabup itu pemimpin terbaik"): read as said.
_WRITES = frozenset("posting ngepost memposting".split())
_SPEAKER_REACH = 4  # from a role to the word of saying it is the subject of
# Words that say whose word is reported next ("kata panwas boleh", Javanese "jere wong panwas"),
# and how far back from the role one is looked for ("menurut pak panwas").
_HEARSAY = frozenset("kata katanya kate jere jarene ceunah menurut according".split())
_HEARSAY_REACH = 2

# "ada caleg (yang) minta / nitip / kasih …": someone who turns to the asker with a request or a thing.
_TURNS_TO = ASKED | frozenset("nitip titip menitipkan nawarin menawarkan kasih kasi ngasih memberi".split())
_TURN_REACH = 5


def _speaks(end: int, words: Sequence[str], opens: frozenset[int]) -> bool:
    """A role that is the subject of a word of saying a few words on ("panwas di Parimo bilang …",
    "timses calon itu bilang …"): the one who spoke holds it, not the asker."""
    for j in range(end, min(len(words), end + _SPEAKER_REACH)):
        if j in opens or words[j] in FIRST_PERSON:
            return False
        if words[j] in _SAYS or words[j] in _ASKS_ABOUT:
            return True
    return False


# Ranks within a team named before it ("pemiliknya ketua tim sukses")
_TEAM_RANKS = frozenset("ketua anggota koordinator korlap bendahara sekretaris wakil".split())


def _held_by_named(start: int, words: Sequence[str]) -> bool:
    """A role right after a person named with "-nya" ("pedagangnya tim sukses cabup", "yg pemiliknya
    ketua tim sukses"): that person holds it."""
    k = start - 1
    if k > 0 and words[k] in _TEAM_RANKS:
        k -= 1
    return k >= 0 and words[k] in THIRD_PERSON and words[k].endswith("nya")


def _held_by_pronoun(start: int, words: Sequence[str]) -> bool:
    """A campaign role right after "dia", "yg" or a kin word of theirs, with no copula ("ternyata dia tim
    sukses", "peternak yg jg tim sukses", "warung bu Rini, suaminya tim sukses"): that one holds it.
    Read only when the asker speaks for nobody: otherwise "dia" is the ASN asked about."""
    k = start - 1
    while k > 0 and (words[k] in _ALSO or words[k] in _AS_IT_TURNS_OUT):
        k -= 1
    if k > 0 and words[k] in SOMEONE:
        return words[k - 1] not in FIRST_PERSON  # "ada satu peternak yg jg tim sukses", not "sy yg timses"
    return k >= 0 and (words[k] in _HE_OR_SHE or words[k] in _THEIR_KIN)


def _reported_from(start: int, words: Sequence[str], opens: frozenset[int]) -> bool:
    """A role named as the source of what is reported ("kata panwas boleh asal pasif", "jere wong
    panwas mbiyen …"): the one quoted holds it, not the asker ("… menurut PKPU? Saya panitia" is)."""
    if start in opens or words[start] in FIRST_PERSON:
        return False
    for k in range(start - 1, max(-1, start - _HEARSAY_REACH - 1), -1):
        if words[k] in FIRST_PERSON:
            return False
        if words[k] in _HEARSAY:
            return True
    return False


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


_ORDER_REACH = 2  # "disuruh atasan ditempeli": words between the order and the passive it orders
# "caleg mau nyumbang asal namanya diumumin dan spanduknya dipasang": what is done on a condition the
# asker is asked to accept is the asker's (as host) to let happen
_PROVIDED = frozenset("asal asalkan syaratnya provided".split())
_PROVIDED_REACH = 8


def _on_condition(start: int, words: Sequence[str], starts: frozenset[int]) -> bool:
    """A passive or a sign inside a condition set for the asker ("asal dia dikasih waktu sambutan")."""
    for k in range(start - 1, max(-1, start - _PROVIDED_REACH - 1), -1):
        if words[k] in _PROVIDED:
            return True
        if k in starts:
            return False
    return False


def _ordered_to_be(start: int, words: Sequence[str], starts: frozenset[int]) -> bool:
    """A passive ordered of someone ("disuruh ditempel", "diminta kepala dinas dibagikan"): the one
    told to is the doer, as with "disuruh tempel"."""
    for k in range(start - 1, max(-1, start - _ORDER_REACH - 1), -1):
        if k + 1 in starts:
            return False
        if words[k] in _ORDERED:
            return True
    return False


def _whose_noun(start: int, end: int, words: Sequence[str]) -> bool:
    """A one-word act named by its -an noun, owned by the pronoun right after it ("postingan dia",
    "tulisan beliau"; not a -kan verb: "umumkan dia nyaleg"): that person's doing."""
    word = words[start]
    owned = end < len(words) and words[end] in PRONOUNS
    return end - start == 1 and owned and word.endswith("an") and not word.endswith("kan")


def _in_their_object(
    start: int, end: int, words: Sequence[str], their_acts: list[tuple[int, int]], starts: frozenset[int]
) -> bool:
    """A one-word act named as a thing owned by -nya, one word after someone else's act, is part of
    that act's object ("dia cerita strategi kampanyenya", "beliau pamer foto kampanyenya"), not
    something the asker does; not after a new clause ("beliau nyalon bupati, jadi fotonya sy upload")."""
    return (
        bool(their_acts)
        and end - start == 1
        and start - their_acts[-1][1] == 1
        and words[start].endswith("nya")
        and words[start - 1] not in FIRST_PERSON
        and start - 1 not in starts
    )


def _left_with_asker(end: int, words: Sequence[str], stems: Sequence[str], unnamed: bool) -> bool:
    """Before `end`, someone leaves something with the asker ("nitip kaos ke sy", "titip ke saya"), or,
    if `unnamed` may do, with nobody named, which is the asker who asks ("pasien titip brosur buat
    ditaruh di meja"); not the asker leaving it with someone ("sy titip ke tetangga")."""
    window = range(max(0, end - _ENTRUST_REACH), end)
    left = next((k for k in window if stems[k] in _ENTRUST_STEMS), None)
    if left is None or (left > 0 and words[left - 1] in FIRST_PERSON):
        return False
    between = words[left + 1 : end]
    return any(w in FIRST_PERSON for w in between) or (unnamed and not any(w in THIRD_PERSON for w in between))


# "bapak sy pensiunan PNS mau jadi timses": a retiree's status stands where an occupation would;
# the tagger reads it the same way when it sets someone apart from the ASN (Tagger.tag_stems)
NO_LONGER_ASN = NOT_ASN_SELF | {RETIRED}
_JAVANESE_COPULAS = frozenset("dadi dados".split())  # "dijak pakde dadi timses": a role taken, not what pakde is
_JOINING = frozenset("ikut ikutan bantu bantuin membantu melu gabung".split())  # "sy ikut ngecat mural capres"
# The asker's own acts that join no relative's politics ("sy nyoblos di TPS yg sama", "sy tegur dia",
# "kita ngobrol soal harga cabe")
_NOT_JOINING = frozenset({"act-vote", "act-admonish", "act-mute-block", "act-remove-material", "act-report", "act-talk"})


def _relative_at(k: int, spans: list[tuple[int, int, str]], people: frozenset[str] = RELATIVES) -> bool:
    """A relative of the asker's is named at k ("anak *saya*", "*suami*"), or one of `people`."""
    return any(a <= k < b and cid in people for a, b, cid in spans)


# Whose campaign role a role right after them names ("anak saya relawan capres", "tetangga sy relawan
# capres"): a relative's, or a neighbour's or friend's the asker tells about
_KNOWN_PEOPLE = RELATIVES | {"who-acquaintance"}


def _in_occupation(k: int, spans: list[tuple[int, int, str]]) -> int | None:
    """Where the occupation or status with no ASN duty that covers position `k` starts, if one does."""
    return next((a for a, b, cid in spans if a <= k < b and cid in NO_LONGER_ASN), None)


def _asker_as_kin(words: Sequence[str], kin: set[int], named_asn: set[int]) -> frozenset[int]:
    """Where the asker says whose relative they are ("sy istri pns, …", "aku anak seorang PNS"): the
    words describe the asker, who is not the ASN, so what "sy" does next is not the ASN's."""
    out: set[int] = set()
    for k in kin:
        if not asker_as(k, words):  # not "sa pu kaka" (my sibling)
            continue
        j = k
        while j in kin:
            j += 1
        while j < len(words) and words[j] in PROXY_FILLERS:
            j += 1
        if j in named_asn:
            while j in named_asn:
                j += 1
            out.update(range(k, j))
    return frozenset(out)


def _after_asker_as_kin(start: int, words: Sequence[str], r: "_Attribution") -> bool:
    """The act at `start` follows the asker's saying whose relative they are, with nobody else named
    between: the asker's own act, and the asker is not the ASN."""
    said = [p for p in r.kin_said if p < start]
    if not said:
        return False
    between = [p for p in range(max(said) + 1, start) if p not in r.not_asn_self]  # "…, ibu rmh tangga, …"
    return not any(p in r.kin or p in r.third or words[p] in THIRD_PERSON for p in between)


def first_person_before(start: int, words: Sequence[str], asking: bool = False) -> int:
    """Where "saya"/"I" stands as the doer of the word at `start` ("saya mau nyaleg", "boleh saya
    nyoblos"), over fillers only; -1 if another word comes first. `asking` passes the question's
    own words too ("sy sendiri boleh kan ikut kampanye")."""
    reach = AGENT_REACH + (_ASKING_REACH if asking else 0)
    for k in range(start - 1, max(-1, start - reach - 1), -1):
        if words[k] in FIRST_PERSON:
            return k
        if words[k] not in AGENT_FILLERS and words[k] not in PROXY_FILLERS and not (asking and words[k] in _ASKING):
            return -1
    return -1


@dataclass
class _Attribution:
    """What Reader.others has read so far, left to right through a message."""

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
    not_asn_self: frozenset[int]  # where an occupation with no ASN status is said ("ibu rumah tangga")
    asker_asn: bool = False  # the asker says they are an ASN themself ("sy bidan PNS, suami sy camat")
    kin_said: frozenset[int] = frozenset()  # where the asker says whose relative they are (_asker_as_kin)
    mine: set[str] = field(default_factory=set)
    theirs: set[str] = field(default_factory=set)
    their_acts: list[tuple[int, int]] = field(default_factory=list)  # an object follows the last ("nempel stiker")
    last_act_end: int = -1
    their_thing_end: int = -1
    there_is_end: int = -1  # where a sign named as there ("ada baliho …") ends
    roles: list[tuple[int, int, str]] = field(default_factory=list)
    shown: set[str] = field(default_factory=set)
    shown_end: int = -1
    handed: set[int] = field(default_factory=set)  # where a passive the asker receives ends ("dikasih")

    def add_their_role(self, cid: str, start: int, end: int) -> None:
        """A role someone else holds: theirs, and so is what the one in it goes on to do."""
        self.theirs.add(cid)
        self.third.update(range(start, end))
        self.their_acts.append((start, end))
        self.last_act_end = end


class ConceptReader:
    """A reading over the knowledge's concepts (the tagger, and the readings it hands spans to)."""

    def __init__(self, concepts: Mapping[str, Concept]) -> None:
        self.concepts = concepts

    def kind(self, concept_id: str) -> str:
        return self.concepts[concept_id].kind if concept_id in self.concepts else ""

    def partisan(self, concept_id: str) -> bool:
        return concept_id in self.concepts and self.concepts[concept_id].partisan

    def asn(self, concept_id: str) -> bool:
        """The concept names an ASN status or someone who holds one ("pns", "guru PNS", "staf kecamatan")."""
        return concept_id in self.concepts and self.concepts[concept_id].asn


class Reader(ConceptReader):
    """Reads whose each mention is; built once per knowledge snapshot, with the tagger's concepts."""

    def others(
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
        # A place named with its preposition ("di kelas", "di depan kelas") is where, not who acts.
        third = {
            p
            for start, end, cid in spans
            if self.concepts[cid].third_party and words[start] not in _AT
            for p in range(start, end)
        }
        # "deklarasi kampanye damai KPU", "rapat partai": a body named right after an event holds the
        # event; it is not the doer of what follows ("… KPU pake kaos paslon" is the asker's shirt)
        third -= {
            p
            for start, end, cid in spans
            if cid in _BODIES and any(e == start and self.kind(c) == "event" for _, e, c in spans)
            for p in range(start, end)
        }
        ours = self._our_people(spans, words, opens)
        third |= ours
        # "rekan kantor", "temen2 kantor pada pasang …": colleagues, named as people, are someone else
        third |= {p for start, end, cid in spans if cid == _SUBORDINATES and words[start] in THIRD_PERSON for p in range(start, end)}
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
            not_asn_self=frozenset(p for start, end, cid in spans if cid in NOT_ASN_SELF for p in range(start, end)),
            asker_asn=any(
                self.concepts[cid].asn
                and start > 0
                and words[start - 1] in FIRST_PERSON
                and (start - 1 == 0 or start - 1 in opens)
                for start, _, cid in spans
            ),
        )
        if proxy and not r.asker_asn:
            r.kin_said = _asker_as_kin(words, r.kin, r.named_asn)
        kin_roles: list[str] = []
        for span in sorted(spans):
            start, end, cid = span
            kind = self.kind(cid)
            if self._shown(span, kind, r):
                continue
            if (kind in ("sign", "target", "role") or cid == _STATE_OFFICIAL) and _there_is_before(start, words):
                if not (cid in _PEOPLE and _turns_to_asker(end, words, starts)):
                    r.theirs.add(cid)  # "ada saksi paslon", "ada spanduknya": there is one, not the asker's
                    if kind == "sign" and (start - 1 in starts or start - 1 in opens):
                        r.there_is_end = end  # a clause that says what is there, not "yang ada stiker cabup"
                if kind == "role" or cid in _PEOPLE:
                    r.third.update(range(start, end))  # … and what they do next is theirs ("… pakai kaos")
            elif kind == "role" and start > 0 and words[start - 1] in _ALONGSIDE:
                r.theirs.add(cid)  # "evakuasi warga bareng relawan calon": working beside them
            elif kind == "role" and start > 0 and words[start - 1] in _THINGS_OF_A_TEAM:
                r.theirs.add(cid)  # "mobilnya mobil tim sukses caleg": the car's owners
            elif kind == "role" and any(
                c == _JOIN_GROUP and b == start and (a, b) in r.their_acts for a, b, c in spans
            ):
                r.add_their_role(cid, start, end)  # "istri sy ikut grup WA relawan capres": the group she joined
            elif kind == "role" and _object_of(start, words):
                r.theirs.add(cid)  # "minjem payung ke tim sukses": lent by them, not a role taken
            elif kind == "role" and start > 0 and words[start - 1] in SOMEONE and words[start].endswith("nya"):
                # "grup wali murid yg adminnya caleg": the group's admin, and the candidate named as who it is
                r.add_their_role(cid, start, end)
            elif kind == "role" and 0 < start <= r.their_thing_end and start - 1 not in starts:
                r.theirs.add(cid)  # "ada yg share poster relawan capres": the volunteers on someone else's poster
            elif kind == "role" and _held_by_named(start, words):
                r.theirs.add(cid)  # "pedagangnya tim sukses cabup": the trader is on the team
            elif cid == _CAMPAIGN_TEAM and not r.proxy and _held_by_pronoun(start, words):
                r.theirs.add(cid)  # "tengkulak langganan, ternyata dia tim sukses": the buyer is on the team
            elif kind == "role" and (_speaks(end, words, opens) or _reported_from(start, words, opens)):
                r.theirs.add(cid)  # "panwas di Parimo bilang ASN boleh hadir …": whoever said it, not the asker
            elif kind == "role" and self._role_that_acts(span, r):
                r.theirs.add(cid)  # "Pak, ketua RT ngundang warga … Saya PNS": the RT head invites
                r.third.update(range(start, end))
                # ... and being what the role names ("pengurus partai jg datang") is theirs too
                for a, b, c in spans:
                    if (a, b) == (start, end) and self.kind(c) == "act" and all((x, y) == (a, b) for x, y, z in spans if z == c):
                        r.theirs.add(c)
                        r.mine.discard(c)
            elif (
                kind == "role"
                and _relative_at(start - 1, spans, _KNOWN_PEOPLE)
                and start - 1 not in r.kin
                and start not in starts
                and words[start] not in _ROLE_COPULAS | _JAVANESE_COPULAS  # "anak sy jadi saksi": taken, read below
            ):
                # "anak saya relawan capres", "kita pe suami tim sukses": what the relative named right
                # before it is, when the asker tells no act of their own (settled below)
                kin_roles.append(cid)
            elif kind == "role" and self._their_role(start, r):
                # "anak sy … dia mau jd relawan": the child's role, and what the child goes on to do
                # ("dia jadi relawan capres dan sering posting")
                r.add_their_role(cid, start, end)
            elif kind == "role" and _after_asker_as_kin(start, words, r):
                r.add_their_role(cid, start, end)  # "sy anak pns, mau jd relawan capres": the asker's role, not the ASN's
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
        if kin_roles:
            # ... an asker who joins in ("anak sy relawan, sy ikut ngecat mural capres") is asked about
            # as the team's helper, as if the role were named of them
            joins = any(self.kind(c) == "act" and c not in _NOT_JOINING for c in r.mine) or any(
                w in FIRST_PERSON and nxt in _JOINING for w, nxt in zip(words, words[1:])
            )
            (r.mine if joins else r.theirs).update(kin_roles)
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
        # "tetangga bagi kaos paslon, sy PNS pake buat kerja bakti": what someone else hands out and
        # only the asker wears is on the asker, with the candidate it names.
        # Only when the wearing names no thing of its own ("sy pakai batik aja" wears the batik).
        if r.theirs & _HANDING_OUT and _WEAR in r.mine and _WEAR not in r.theirs and all(
            end >= len(words) or end in starts or words[end] in _WORN_WITHOUT_OBJECT
            for _, end, cid in spans
            if cid == _WEAR
        ):
            handed = {cid for cid in r.theirs if self.kind(cid) in ("sign", "target")}
            r.theirs -= handed
            r.mine |= handed
        # "timses lewat bagiin stiker, sy terima satu": what someone else hands out and the asker takes
        # is what the asker received.
        elif r.theirs & _HANDING_OUT and r.mine & _RECEIVING and not r.theirs & _RECEIVING:
            handed = {cid for cid in r.theirs if self.kind(cid) == "sign"}
            r.theirs -= handed
            r.mine |= handed
        # "caleg mau pinjem aula kecamatan, sy yg pegang kunci": someone borrowing asks somebody to
        # lend, and the asker who asks about it is the one who would.
        if any(cid == _LEND and words[start] in _BORROW for start, _, cid in spans):
            r.theirs.discard(_LEND)
        return frozenset(r.theirs - r.mine) | self._offices_of_others(spans, words, starts, opens)

    def _offices_of_others(
        self, spans: list[tuple[int, int, str]], words: Sequence[str], starts: frozenset[int], opens: frozenset[int]
    ) -> frozenset[str]:
        """An office named only as the object or owner of something, by an asker who speaks of
        themself: "sy staf dinkes, td sy like postingan pj bupati", "sy sopir, besok nganter Pj
        bupati". The asker is not the Pj, so the cards on what a Pj may do are not theirs. The office
        is held by the one asked about when a mention follows "saya" ("Saya Pj bupati") or "sebagai",
        or opens its clause ("Bulan lalu Pj gubernur menyerahkan …"), unless it only says what they
        are not ("pj kan bukan calon"); and when the message names nobody as "I"."""
        if FIRST_PERSON.isdisjoint(words):
            return frozenset()
        named: set[str] = set()
        held: set[str] = set()
        for start, end, cid in spans:
            if cid not in _OFFICES:
                continue
            named.add(cid)
            k = word_before(start, words, _BEFORE_SUBJECT)
            if k >= 0 and (words[k] in FIRST_PERSON or words[k] in _HOLDING):
                held.add(cid)
            elif k < 0 or k + 1 in starts or k + 1 in opens:
                after = next((w for w in words[end:] if w not in _ASIDES), "")
                if after not in NEGATORS:
                    held.add(cid)
        return frozenset(named - held)

    def _role_of_relative(self, start: int, r: _Attribution) -> bool:
        """"layani warga yg kebetulan tim sukses paslon": a relative clause gives the role to the
        person it describes."""
        k = start - 1
        while k >= 0 and r.words[k] in _RELATIVE_FILLERS and k not in r.starts:
            k -= 1
        if k < 1 or r.words[k] not in SOMEONE or k in r.starts:
            return False
        if r.words[k - 1] in FIRST_PERSON and k > 1:
            k -= 1  # "sepupu sy yg tim sukses": the one the asker's possessive follows
            return r.words[k - 1] in POSSESSABLE or k - 1 in r.people
        return r.words[k - 1] in THIRD_PERSON or k - 1 in r.people

    def _role_that_acts(self, span: tuple[int, int, str], r: _Attribution) -> bool:
        """A role named as the subject of the act right after it ("ketua RT ngundang warga"), in a
        clause where the asker, who speaks as "saya" elsewhere, is not named and takes no role
        ("sy jadi ketua RT, ngundang warga" is the asker's)."""
        start, end, _ = span
        words = r.words
        act_at = end
        while act_at < len(words) and words[act_at] in _ALSO and act_at not in r.starts:
            act_at += 1  # "pengurus partai jg datang sbg warga"
        if _status_denied(act_at, words):
            act_at += 2  # "ketua rt (bkn asn) ngajak warga": an aside on the one in the role
        if FIRST_PERSON.isdisjoint(words) or not any(a == act_at and self.kind(c) == "act" for a, _, c in r.spans):
            return False
        if words[start] in _ROLE_COPULAS or (start > 0 and (words[start - 1] in _ROLE_COPULAS or words[start - 1] in _REQUESTS)):
            return False  # "jadi ketua RT", and "minta dinas kominfo bikin video": the one asked, which may be the asker's office
        clause = start_of(start, r.starts | r.opens)
        return not any(w in FIRST_PERSON for w in words[clause:start])

    def _their_role(self, start: int, r: _Attribution) -> bool:
        """A role someone else takes, named right before it ("dia jadi relawan", "anak saya mau
        jadi timses"), unless that one is the ASN the asker asks for (then it is as if the
        asker's), or is asked to take it by someone else ("diajak tetangga jadi timses"). When the
        asker asks for an ASN, a role the asker takes is someone else's."""
        if self._role_of_relative(start, r):
            return True
        k = start - 1
        while k >= 0 and (r.words[k] in _ROLE_COPULAS or r.words[k] in _TEAM_RANKS) and k not in r.starts and k not in r.opens:
            k -= 1  # ... and the rank held ("mertua yg jadi ketua tim pemenangan")
        while k > 1 and _status_denied(k - 1, r.words) and not {k, k - 1} & r.starts:
            k -= 2  # "anak sy 19 thn bukan pns jd relawan": the status denied, then who (in brackets, an aside: _aside_start)
        while k > 0 and _said_of_person(r.words[k]) and k not in r.starts:
            k -= 1  # "anak sy umur 20 ikut relawan capres", "anak sy masih kuliah jd relawan": said of the person
        if (k in r.starts or k in r.opens) and r.words[k] in _ROLE_COPULAS and _in_occupation(k - 1, r.spans):
            k -= 1  # "suami karyawan swasta, mau jadi saksi": the comma only closes the occupation
        # A one-word relative clause describes the one named before it: "anak sy yg kuliah jd relawan"
        opening = {k, k - 1} & (r.starts | r.opens)
        if k >= 2 and r.words[k - 1] in SOMEONE and not opening and r.words[k] not in FIRST_PERSON:
            k -= 2
        # The occupation of whoever takes it may stand between: "bapak sy PNS. sy mahasiswa mau jadi
        # relawan", "suami kerja di swasta mau jadi saksi"
        occupation = _in_occupation(k, r.spans)
        if occupation is not None:
            k = occupation - 1
            # ... described in a relative clause ("anak saya yang udah kerja swasta jadi relawan"), or
            # after the occupation a farmer's or a trader's noun gives first ("ayah sy petani, bukan ASN, jadi saksi")
            while k > 0 and (
                (r.words[k] in _RELATIVE_WORDS and k not in r.starts)
                or _person_noun(r.words[k], r.stems[k])
                # ... or the age or standing said beside it ("anak sy (23 thn, bukan ASN) jd tim sukses",
                # "anak sy kuliah, bukan asn, ikut jadi relawan")
                or _said_of_person(r.words[k])
            ):
                k -= 1
        if r.proxy:
            # ... unless the asker, who is not that ASN, takes it
            while k > 0 and r.words[k] in MYSELF and k not in r.starts:
                k -= 1  # "sy sendiri jadi relawan", "saya pribadi sudah jadi relawan"
            if k >= 0 and r.words[k] in _THEIR_KIN:
                return True  # "… kena masalah gk klo anaknya relawan?": the ASN's child, the asker
            return k >= 0 and r.words[k] in FIRST_PERSON and not (k > 0 and r.words[k - 1] in POSSESSABLE)
        while k > 0 and r.words[k] in _DEMONSTRATIVES and k not in r.starts:
            k -= 1  # "bapak die tu jadi timses", "orang itu jadi relawan": the one pointed at
        if k > 0 and r.words[k] in SOMEONE and k not in r.starts and (r.words[k - 1] in THIRD_PERSON or k - 1 in r.people):
            k -= 1  # "rumah mertua yg jadi ketua tim pemenangan": the one the clause is about
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
        return person and not (k >= 0 and r.words[k] in ASKED)  # ASKED holds the _ORDERED words too

    def _shown(self, span: tuple[int, int, str], kind: str, r: _Attribution) -> bool:
        """"Di undangannya ada foto caleg dan nomor urut": a picture that is there, and the signs
        listed with it, are kept aside as things shown on something (settled in others)."""
        start, end, cid = span
        picture = cid in _PICTURES and start > 0 and r.words[start - 1] in THERE_IS
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
            (
                bool(their_acts)
                and start == their_acts[-1][1]
                and start not in starts
                and cid not in _RECEIVED
                # "dikasih kaos paslon": what is handed to the asker is theirs to keep or wear
                and start not in r.handed
            )
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
            # "pakai kaos bergambar paslon": the rest of someone else's thing is theirs, an English
            # article between ("the kids were chanting a candidate's number")
            or (kind == "sign" and start <= r.their_thing_end + (start > 0 and words[start - 1] in _EN_ARTICLES))
            # "the kids were chanting", "warga pada yel-yel": a sign done by whoever is named
            # right before it
            or (cid in _DONE_SIGNS and _done_by_other(start, words, r.stems, r.third))
            or _owned_by_other(start, words)
            or (kind == "sign" and self._said_by_other(start, words, r.third, r.opens, r.named_asn))
            # "ada baliho caleg keliatan di pojok": the candidate whose sign is there, not one the asker is with
            or (kind == "target" and start == r.there_is_end)
            # "kades minta warga pilih paslon 2": a call made by a request has the request's doer
            or (cid == CALL_TO_VOTE and self._requested_by_other(start, end, r))
        )
        # "asal spanduknya dipasang": a sign set as a condition is the host's to allow
        put = put and not (kind == "sign" and _on_condition(start, words, starts))
        (r.theirs if put else r.mine).add(cid)
        if put or (kind == "target" and start <= r.their_thing_end):
            # "kaos paslon nomor 2": the candidate named on their thing carries it on
            r.their_thing_end = max(r.their_thing_end, end)

    def _requested_by_other(self, start: int, end: int, r: _Attribution) -> bool:
        """The request a call to vote is made with ("minta semua pilih petahana") is someone else's:
        named before it, or before where they made it ("kadis sy di grup WA kantor minta …")."""
        words, stems = r.words, r.stems
        ask = next(
            (k for k in range(start, max(-1, start - _CALL_LEAD - 1), -1) if requesting(words[k], stems[k])), None
        )
        if ask is None or any(k in r.starts for k in range(ask + 1, start + 1)):
            return False
        if words[ask] in CALL_WORDS and ask > 0 and words[ask - 1] in FIRST_PERSON:
            return False  # "staf sy arahin milih …": the spoken verb after "sy" is the asker's, not "my staff's"
        place = _place_before(ask, words, r.starts)
        if place >= 2 and words[place - 1] in FIRST_PERSON and place - 2 in r.covered and words[place - 2] not in FIRST_PERSON:
            return True  # the asker's superior, and where they said it
        return self._by_other(ask, end, words, stems, r.third, r.starts, r.opens, r.named_asn, r.covered)

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
            and not is_passive(words[their_acts[-1][0]], stems[their_acts[-1][0]])
        ) or (
            # "dia bikin status ig dukung capres": the support is what their post says
            cid == _SUPPORT
            and bool(their_acts)
            and their_acts[-1][1] == r.last_act_end
            and 0 <= start - r.last_act_end <= _SAYS_REACH
            and all(words[k] in _MEDIA for k in range(r.last_act_end, start))
            and not is_passive(words[their_acts[-1][0]], stems[their_acts[-1][0]])  # "dipakai buat dukungan"
            and not any(k in starts for k in range(r.last_act_end + 1, start + 1))
        )
        asked_of_asker = (
            bool(their_acts)
            and start == their_acts[-1][1]
            and start not in starts
            and _asks_someone(words[their_acts[-1][0]], stems[their_acts[-1][0]])
        )
        passive = is_passive(words[start], stems[start])
        if asked_of_asker:
            # "kawan ngajak ikut konvoi", "timses minta pasang di pagar": someone asks, naming
            # nobody, so the asker is the one asked and what follows is theirs to do or not
            by_other = False
        elif _whose_noun(start, end, words) or _in_their_object(start, end, words, their_acts, starts):
            by_other = True  # "postingan dia", "strategi kampanyenya": the act's noun owned by someone else
        elif cid == _INSTALL and passive and _fitted_to_own(start, end, words, r.third, starts):
            by_other = False  # "mobil pribadi sy ditempel stiker capres": the owner has it put there
        elif passive and start > 0 and words[start - 1] in _ASKS_TO_BE:
            by_other = False  # "caleg minta dikasih waktu sambutan": the host would give it
        elif passive and _on_condition(start, words, starts):
            by_other = False  # "asal namanya diumumin": the host would announce it
        elif passive and _ordered_to_be(start, words, starts):
            # "karung bansos disuruh (atasan) ditempel stiker": the one told does the sticking
            by_other = False
        elif (
            passive
            and start > 0
            and words[start - 1] in _PURPOSE
            and _left_with_asker(start - 1, words, stems, unnamed=cid in _SET_OUT)
        ):
            # "caleg nitip kaos ke sy buat dibagiin": the asker is to hand them out; "titip brosur
            # buat ditaruh di meja", nobody named, is left with the asker to set out (a handout left
            # with nobody named may be the one the asker refuses to pass on: "… buat dibagi, sy tolak")
            by_other = False
        elif cid == _TESTIFY and passive:
            # "sy dipanggil bawaslu jadi saksi": the one summoned gives the evidence
            by_other = _sentence_subject(start, words, r.third, r.opens)
        elif cid in _RECEIVING and passive:
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
            and not passive
            and not any(p in r.third and p not in r.kin for p in range(max(0, start - AGENT_REACH), start))
        ):
            # "My wife is a PNS … can she attend?": the asker asks for an ASN, whose acts
            # the rules judge as if the asker's own.
            by_other = False
        if (
            r.proxy
            and not by_other
            and not r.asker_asn
            and cid not in RUNNING
            and self._askers_own(start, words, r.third, r.opens, r.not_asn_self, end=end, kin=r.kin)
        ):
            # "Suami saya PNS … waktu saya keliling kampanye": the asker is not the ASN asked about
            # (an asker who opens with their own ASN status, "sy bidan PNS, suami sy camat", is)
            by_other = True
        if not by_other and cid not in RUNNING and _after_asker_as_kin(start, words, r):
            # "sy istri pns, ibu rmh tangga, blh ikut kampanye?": the asker, the ASN's relative, acts
            by_other = True
        r.last_act_end = end
        if by_other:
            r.theirs.add(cid)
            their_acts.append((start, end))
            # The object of someone else's act is theirs too ("dia posting dukungan"); after
            # a passive the next act is its subject's: "kami diperintahkan hadir" attend.
            if not passive:
                r.third.update(range(start, end))
        else:
            r.mine.add(cid)
            if cid in _RECEIVING and passive:
                r.handed.add(end)

    @staticmethod
    def _askers_own(
        start: int,
        words: Sequence[str],
        third: set[int],
        opens: frozenset[int],
        status: frozenset[int] = frozenset(),
        *,
        end: int,
        kin: set[int],
    ) -> bool:
        """The asker names themself as the doer ("saya keliling kampanye"), not a relative of theirs
        ("suami saya bantu"), or sets themself against the relative in the act's sentence ("Sy sendiri
        pedagang, mau pasang spanduk"); `status`: where the asker says they are not ASN."""
        k = first_person_before(start, words, asking=True)
        if k >= 0:
            if k > 0 and (words[k - 1] in POSSESSABLE or k - 1 in third):
                return False
            if k > 0 and words[k - 1] in MODALS:
                # "boleh sy ikut kampanye?" asks for the asker; "Can I bring her to the rally?",
                # "boleh sy ajak istri ke kampanye?" takes the ASN along
                return not any(
                    words[j] in PRONOUNS or words[j] in THIRD_PERSON or j in kin
                    for j in range(start, min(len(words), end + 2))
                )
            return True
        s = start_of(start, opens)
        for k in range(max(s, start - _MYSELF_REACH), start - 1):
            # "sy sendiri", or the asker saying they are no ASN ("saya ibu rumah tangga, mau nyumbang")
            if words[k] in FIRST_PERSON and (words[k + 1] in MYSELF or k + 1 in status):
                owned = k > 0 and (words[k - 1] in POSSESSABLE or k - 1 in third)
                # what the asker says they are on the way ("sy sendiri ibu rumah tangga bukan ASN") names nobody else
                between = [j for j in range(k + 2, start) if j not in status]
                return not owned and not any(j in third or words[j] in THIRD_PERSON for j in between)
        # "Ibu sy guru PNS. Sy mahasiswa, mau bikin tiktok", "I'd like to go and watch a rally": a
        # sentence the asker opens as its one subject, naming nobody else before the act, is the
        # asker's own, whatever the asker says of themself on the way (an occupation, a wish)
        if words[s] in ASKER_ALONE and start - s <= _MYSELF_REACH:
            between = [j for j in range(s + 1, start) if j not in status]  # "sy ibu rumah tangga, mau …"
            return not any(j in third or words[j] in THIRD_PERSON or words[j] in NOT_ASKER_ALONE for j in between)
        return False

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
            at = next((k for k in range(end, min(len(words), end + _OURS_REACH)) if words[k] in AT), -1)
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
            # "paslonnya pidato. camat … trus kasih sambutan": a clause opened right after the act by
            # anything but "dan/trus" names a new doer
            and not (last_act_end in starts and words[last_act_end] not in joiners)
        )

    @staticmethod
    def _said_by_other(
        start: int, words: Sequence[str], third: set[int], opens: frozenset[int], named_asn: set[int]
    ) -> bool:
        """A sign in words someone else named just before said or asked: "ada kades yg bilang ke
        petani 'jangan lupa pilih …'", "murid sy nanya 'bu pilih nomor berapa?'" (not "sy bagi kartu
        nama dia & bilang '… nomor 5'")."""
        for j in range(start - 1, max(-1, start - _SAID_REACH - 1), -1):
            if j + 1 in opens:
                return False
            says = words[j] in _SAYS or words[j] in _WRITES
            if words[j] in _ANSWERS or (says and j > 0 and words[j - 1] in FIRST_PERSON):
                return False  # "… nanya dukung siapa, sy jawab 'yg nomor 2'": the asker's own words
            if words[j] in _SAYS and j > 0 and words[j - 1] in _WHILE:
                # "sy bagiin amplop dr caleg ke sepupu sambil bilang 'nomer 5'": the doer of the act the
                # words go with; a clause with no doer named is the asker's ("review warung caleg sambil bilang …")
                # (someone else doing it is left to the reading below)
                doer = None
                for k in range(j - 2, max(-1, j - _WHILE_REACH - 1), -1):
                    if words[k] in FIRST_PERSON or k in named_asn:
                        return False
                    if k in third and not (k > 0 and words[k - 1] in _NOT_THE_DOER):
                        doer = k
                        break
                    if k in opens:
                        break
                if doer is None:
                    return False
            if says or words[j] in _ASKS_ABOUT:
                if j + 2 < start and words[j + 2] == "to":
                    return False  # "his boss told him to collect ID copies": an order, not words said
                for k in range(j - 1, max(-1, j - AGENT_REACH - 1), -1):
                    if words[k] in FIRST_PERSON and k - 1 in third:
                        continue  # "murid sy nanya 'bu pilih nomor berapa?'": the pupil asks
                    if words[k] in FIRST_PERSON or k in named_asn:
                        return False
                    if k in third and k > 0 and (words[k - 1] in _TO_WHOM or words[k - 1] in _PLACES_OF):
                        continue  # "sy mampir ke rmh tetangga, bilang '…'": whom the asker visits
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
        if end - start == 1 and _person_noun(word, stems[start]):
            # "pendukung partai datang", "penonton": people, the asker only with "saya pendukung …".
            before = words[max(0, start - AGENT_REACH) : start]
            return not any(w in FIRST_PERSON for w in before)
        if end - start == 1 and _stative(word, stems[start]):
            # "di ruang tamunya terpasang poster": there is one (a phrase such as "terpilih jadi
            # kepala desa" stays the asker's)
            return True
        if is_passive(word, stems[start]):
            # A passive ("diunggah", "disebar tetangga"): done to the subject, by someone else,
            # unless the asker names themself as the doer ("diunggah oleh saya", "difoto saya");
            # "difoto, dikira saya kampanye" is someone else's photo.
            after = [] if end in starts else words[end : end + 2]  # "diposting. Saya PPPK …": no doer
            if after and after[0] == "oleh":
                after = after[1:]
            return not (after and after[0] in FIRST_PERSON)
        # a retiree's former occupation ("ibu sy pensiunan guru SD mau ikut") is passed over, not counted
        no_retiree = _RETIREMENT.isdisjoint(words[max(0, start - AGENT_REACH - _RETIRED_REACH - 1) : start])
        reach = AGENT_REACH + (0 if no_retiree else _RETIRED_REACH + 1)
        # "anak sy yg sekolah di SMA ikut pawai": what the one named goes to or is doing describes
        # them; the act's doer is read from the "yg" that opens it
        top = _standing_clause(start, words, starts)
        for j in range(top - 1, max(-1, top - reach - 1), -1):
            if j + 1 in starts:
                aside = _aside_start(j, words, starts)
                if aside > 0:
                    # "Sy PPPK, saudara sy (bukan ASN) bikin konten": the one the aside describes
                    return _someone_else_at(start_of(aside - 1, starts), words, third)
                # The act opens a clause that names no doer ("Anak sy umur 19, mau datang …"): the
                # sentence's subject.
                return _sentence_subject(start, words, third, opens)
            w = words[j]
            if j in named_asn:
                # "liat rekan ASN posting kampanye": a colleague who is an ASN acts, not the ASN the rules mean;
                # so does one said to be there ("ada guru honorer nempel stiker", "ada staf honorer pasang"),
                # and the ASN's relative named before them ("istri pegawai pajak posting dukungan")
                s = j
                while s - 1 in named_asn:
                    s -= 1
                return (j > 0 and words[j - 1] in _PEERS) or _there_is_staff(j, words) or (s > 0 and words[s - 1] in _KIN_OF)
            if w in _SO and j in starts and start > j + 1:
                # "…, jadi boleh datang kampanye": "so", not a role taken by the one before (that is
                # "…, jadi pengurus partai")
                return False
            if w in FIRST_PERSON:
                if _beside_asker(j, words):
                    return _someone_beside(j, words, stems, third)
                # "anak saya posting", "my son posted": the pronoun owns the noun before it ...
                owned = j > 0 and j not in starts and owns_noun_before(j, words, third) and not _joins(j - 1, words)
                # (... unless the asker joins them: "sy bantuin anak sy lipet selebaran")
                # ... unless that one tells the asker to: "diajak kabid sy datang" (the asker comes).
                return owned and _told_by(j - 1, words, third) < 0
            if w in HONORIFICS and j > 0 and words[j - 1] in _HAILS:
                return False  # "komen 'mantap pak' di postingan paslon": a greeting, not the poster
            if w in THIRD_PERSON or j in third:
                if _joins(j, words, starts):
                    return False  # "saya ikut suami keliling": the asker goes along and does it too
                if _visited(j, words):
                    return False  # "keliling ke rumah tetangga ngajak pilih …": the visitor does it
                if _addressed(j, words):
                    continue  # "sy bilang ke warga 'jangan lupa coblos …'": the speaker's words
                k = _told_by(j - 1, words, third)
                if k >= 0:
                    # "kami disuruh atasan copot": the one told to does it, not the one telling
                    return k > 0 and (words[k - 1] in THIRD_PERSON or k - 1 in third)
                return True  # "tetangga", "caleg"
            if w in SOMEONE and j > 0 and words[j - 1] in _SOME_OF:
                return True  # "ada yg" (someone), "banyak yang pakai kaos" (many of them)
            if w in _MEMBERS and j > 0 and words[j - 1] in _SOME_OF:
                return True  # "ada anggota share broadcast", "beberapa peserta pake kaos": some of a group
            if w in _MEMBER_KINDS and j > 1 and words[j - 1] in _MEMBERS and words[j - 2] in _SOME_OF:
                return True  # "ada peserta umum pake kaos paslon": some of the general public there
            if w in SOMEONE or w == _WHO:
                # "akun berita lokal yg tiap hari posting", "a legislator who is running again": a
                # relative clause about someone else.
                head = range(j - 1, max(-1, j - RELATIVE_HEAD_REACH - 1), -1)
                for k in head:
                    if words[k] in FIRST_PERSON:
                        break
                    # ... or about a shop ("beli pulsa di konter yg pasang bendera partai"): its owner's
                    if words[k] in THIRD_PERSON or k in third or words[k] in _BUSINESSES or words[k] in _STAFF:
                        return True
                    if _person_noun(words[k], stems[k]) and not (k > 0 and words[k - 1] in FIRST_PERSON):
                        # "tegur penyuluh yg pasang foto profil capres": the extension worker's ("sy
                        # penyuluh yg pasang" is the asker's)
                        return True
            if w in _BE and j > 0 and words[j - 1] == _WHO:
                continue  # "who is running": the relative clause's own verb
            if j > 0 and _an_age(j, words):
                continue  # "anak sy 19th bikin konten": the age of the one named before
            if w in FOR_WORDS and _used_by(j - 1, words, third):
                return True  # "grup RT dipake tim caleg buat share jadwal": the team shares
            if w in _COME_FOR and j > 0 and words[j - 1] in _COMING:
                continue  # "pasien dtg periksa pake kaos caleg": what the one who came came for
            if word in _WEARING_WORDS and (
                (w in _TO_PLACE and j > 0 and words[j - 1] in _COMING)
                or (j > 1 and words[j - 1] in _TO_PLACE and words[j - 2] in _COMING)
            ):
                continue  # "pasien dtg ke poli pake kaos bergambar capres": where the one who came came to
            if w in _PERSON_KINDS and j > 0 and (words[j - 1] in THIRD_PERSON or j - 1 in third):
                continue  # "ada ibu hamil dtg pake kaos caleg": the person described
            if w not in FIRST_PERSON and not _RETIREMENT.isdisjoint(words[max(0, j - _RETIRED_REACH) : j + 1]):
                continue  # "ibu sy pensiunan guru SD mau ikut": the retired one described, named before
            if _person_noun(w, stems[j]) and j > 0 and j - 1 in third:
                continue  # "bapak sy petani pasang spanduk": the occupation of the one named before
            if w in _AS_IT_TURNS_OUT and j > 0 and words[j - 1] in _RELATIVE_PRONOUNS:
                continue  # "tetangga yg kebetulan kader partai": the relative clause's head is the doer
            if w not in AGENT_FILLERS and w not in _OFFICE_WORDS and w not in _COMING and w not in _WHEN:
                return _there_is_staff(j, words) or _trader_before(j, words, stems, starts, covered)
        return False


# Words quoted from someone ("kadis blg 'pilih no 2 ya'", "kata pak lurah '…'"): the words of saying
# that may stand before a quote, and how far before it ("bilang di rapat '…'"); not an order or a
# question put to the asker ("kadis nyuruh sy bilang '…'", "murid nanya, sy jawab '…'"). Sundanese
# "ceuk" and Javanese "jare" are respelled ("cek", "jari") before any reading sees them.
_QUOTING = frozenset(
    "bilang ngomong ngmg berkata mengatakan bicara kata katanya nulis menulis tulis chat ngechat "
    "teriak nyeletuk ngendika said says told wrote".split()
)
_QUOTE_REACH = 4
# How far before the word of saying the asker may be named as the one saying it ("sy guru PNS, pas
# pelajaran bilang ke murid '…'")
_QUOTE_SPEAKER_REACH = 6


def said_by_others(words: Sequence[str], ranges: Sequence[tuple[int, int]], third: set[int]) -> frozenset[int]:
    """Positions of quoted words someone other than the asker said: the quote follows a word of
    saying, and no "saya" stands before it as the one saying ("kadis blg '…'"; in "staf sy bilang
    '…'" the pronoun owns the one named before it, owns_noun_before, `third` being where people
    other than the asker are named). The asker's own words ("sy guru, td bilang ke murid '…'"), a
    reply ("sy jawab '…'") and a quote nobody is said to say (a sticker's text, a caption) stay the
    asker's."""
    said: set[int] = set()
    for start, end in ranges:
        verb = None
        for j in range(start - 1, max(-1, start - 1 - _QUOTE_REACH), -1):
            if words[j] in _ANSWERS:
                break
            if words[j] in _QUOTING:
                verb = j
                break
        if verb is None:
            continue
        me = next((j for j in range(verb - 1, max(-1, verb - 1 - _QUOTE_SPEAKER_REACH), -1) if words[j] in FIRST_PERSON), None)
        if me is not None and not (me > 0 and owns_noun_before(me, words, third)):
            continue
        said.update(range(start, end))
    return frozenset(said)


# Words the readings above look for by their spelling (see concepts.READING_WORDS).
ATTRIBUTION_WORDS = frozenset().union(
    _ALONGSIDE, ASKED, _AUXILIARIES, _BY, _COMING, _COME_FOR, _PERSON_KINDS, _STAFF, _SO, _AGE_WORDS, _GRADES, _PLACES_OF, PRONOUNS, PROXY_FILLERS, _SAYS, _ASKS_ABOUT, _PROVIDED,
    _SOME_OF, _THEIR_PLACES, _THEN, THERE_IS, _TO, _TRADES, _TURNS_TO, _WHEN, _WHILE, _USED, FOR_WORDS,
    _HAILS, _RELATIVE_FILLERS, _BY_SOMEONE, _SEEN, _ASKS_TO_BE, _WORN_WITHOUT_OBJECT, _TO_WHOM, _AT,
    _ASKING, _PURPOSE, _BESIDE, _GESTURING, _RETIREMENT, _DEMONSTRATIVES, _BE, frozenset({_WHO}), _MEMBERS, _BUSINESSES,
    _TO_FROM, _GO_INTO, _ASIDE_WORDS, _VOCATIVES, _PEERS, _RELATIVE_PRONOUNS, _TO_PLACE, _WEARING_WORDS,
    _ALSO, _MEMBER_KINDS, _OFFICE_WORDS, _THINGS_OF_A_TEAM, AT, _JOIN_FILLERS, _JOIN_ASKING, _THEIR_KIN, _MEDIA,
    _STANDINGS, _NEGATIONS, _HOLDING, _ASIDES, _KIN_OF, _LEAVE, _CONSENT, _ALL_OF, _SOME_PEOPLE, _BORROW, _THEIR,
    _ANSWERS, _WRITES, _HEARSAY, _TEAM_RANKS, _JAVANESE_COPULAS,
)
