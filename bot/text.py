"""Text pipeline: normalise, tokenise, stem, expand, and guess the language of a question."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from functools import lru_cache
from pathlib import Path

from Sastrawi.Dictionary.ArrayDictionary import ArrayDictionary
from Sastrawi.Stemmer.Stemmer import Stemmer
from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

from bot.knowledge import Glossary

# Root words Sastrawi does not know, so it would cut them wrongly ("pemilu" -> "milu") or leave
# their affixed forms unstemmed ("memposting" stays whole unless "posting" is a root).
DOMAIN_WORDS = (
    "pemilu pilkada pileg pilpres posting post share like komen follow repost upload unggah "
    "twibbon baliho spanduk stiker banner deklarasi kampanye paslon capres cawapres caleg cakada "
    "timses medsos netral netralitas ptdh cltn ktp tukin bimtek apel ikrar pakta golput hoaks "
    "hoax yel zoom live story status grup akun foto selfie swafoto "
    # Sastrawi stems "relawan" (volunteer) to "rawan" (vulnerable): Bawaslu's "peta kerawanan"
    # (map of vulnerable areas) would read as a campaign volunteer.
    "relawan"
).split()

# Terms that are never stemmed: acronyms and names where any affix-stripping would be wrong.
NO_STEM = frozenset(
    "asn pns pppk cpns ppnpn kpu bawaslu bkn kasn korpri dpr dpd dprd mk pp uu skb se ptdh "
    "kpps pps ppk bkpsdm gakkumdu sp4n lapor sbt menpan menpanrb kemenpan kemendagri mendagri "
    "tni polri opd pj plh sekda sekdako wako walikota perpres perppu penjelasan lampiran "
    # Temporal words: stemming "sebelum" to "belum" (not yet) or "selama" to "lama" (long)
    # would change what the campaign-period rules mean.
    "sebelum selama sesudah setelah semasa "
    # "calon manapun" (any candidate, so none in particular) is not "calon mana" (which candidate):
    # Sastrawi would drop the particle.
    "manapun siapapun "
    # "pemerintah" (the government) is not "perintah" (an order to subordinates).
    "pemerintah pemerintahan "
    # Being promised ("dijanjikan jabatan kalau paslon menang") is done to the asker; the stem
    # "janji" would also be the asker's own promise ("sy janjiin staf naik jabatan").
    "dijanjikan dijanjiin dijanjikannya".split()
)

# Function words dropped from queries and documents. Legally meaningful words (tidak, boleh,
# dilarang, wajib, sebelum, selama, sesudah, setelah, tanpa, ...) are deliberately NOT here:
# they decide the verdict.
STOPWORDS_ID = frozenset(
    "yang dan di ke dari ini itu atau dengan untuk pada dalam adalah juga akan ada sebagai oleh "
    "karena kami kita saya aku gue gw anda kamu dia ia mereka nya pun lah kah tah sih dong deh "
    "kok nih tuh ya yah nge ng pas min admin kak bang pak bu mas mbak bro sis gan halo hai tolong "
    "mohon apa apakah bagaimana gimana gmn cara caranya kenapa mengapa siapa kapan dimana mana "
    "berapa bila kalau kalo klo jika sudah udah udh telah sedang masih lagi saja aja cuma cuman "
    "hanya sangat banget bgt sekali tahun para sang si tersebut seperti yaitu yakni bahwa agar "
    "supaya namun tetapi tapi serta maupun bagi tentang terhadap antara hal nah ok oke okay "
    "thanks makasih".split()
)
STOPWORDS_EN = frozenset(
    "the a an of to in on at for from by with and or is are was were be been being am do does did "
    "i me my we our you your he she it its they them their this that these those there here what "
    "which who whom how why when where as if so but about into than then also just only very "
    "please hi hello thanks thank would could should shall will going want wants get got many "
    "much some any up out doing done really still okay".split()
)
# "can", "may", "not", "allowed", "before", "after" ... carry meaning and are kept.

# Negation, for concept tagging: "gak like", "tidak saya unggah", "tanpa pose jari", "didn't react".
# A negator negates a concept that starts within NEGATION_REACH words after it when the words in
# between are NEGATION_FILLERS (pronouns, "pernah", "ikut", verbs of naming). A modal in between
# ("tidak boleh like") makes it a question about the act, not a denial of it.
NEGATORS = frozenset(
    "tidak tak gak ga gk nggak ngga enggak engga ndak nda kagak tdk bukan belum blm tanpa ora "
    "mboten dudu udu kada teu henteu indak ndak not never without nor no didnt dont "
    # Javanese "durung", krama "dereng" (not yet): "durung mikir", never the speller's "dukung"
    "durung dereng "
    # Regional: Balinese (ten, nenten, tusing), Papuan and Kupang Malay (tra, trada, sonde), Ambon
    # Malay (seng), Palembang/Jambi (dak, idak), Batak (dang, ndang), Bugis (de').
    # Palembang "dak katek" / "katek", Banjar "kadada" (there is none).
    "ten nenten tusing tra trada sonde seng dak idak dang ndang de katek kadada "
    # "jangan" tells someone not to ("kadis ingetin jgn ikut kampanye"); Javanese "ra" is spoken "ora"
    # ("calon teko tapi ra pidato")
    "jangan ra".split()
)
NEGATION_FILLERS = frozenset(
    "saya sy aku gue gw dia ia kami kita mereka pernah ikut ikutan sampai sama sekali juga lagi "
    "pun di ke dan menyebut sebut nyebut menyebutkan nama pakai memakai pake ada satu pun i we he "
    "she they it ever even really the a an any mention mentioning naming name use using "
    "ado bakal bakalan akan bawa membawa bawain ku janji akun grup acara ji punya memiliki "
    "menyatakan nyatakan menilai nilai bilang mengatakan ngomong "
    # "i did not take photos", "won't take pictures with him"
    "take took taking "
    # "tdk ada urusan kampanye", "gak ada hubungannya dgn kampanye", "tanpa unsur kampanye"
    "urusan urusannya hubungan hubungannya kaitan kaitannya unsur muatan nuansa dengan soal tentang terkait mengenai "
    # "gk ada simbol calon", "tanpa logo partai", "ga ada gambar paslon": a candidate's mark denied
    "simbol logo gambar wajah muka tulisan "
    # "gk ada nyinggung capres sama sekali", "tidak membahas partai": a topic not touched on
    "menyinggung nyinggung singgung bahas membahas ngebahas".split()
)
NEGATION_REACH = 3
# Words that join a list, over which one denial carries: "gak like, komen atau share".
LIST_WORDS = frozenset("dan atau maupun ataupun apalagi juga and or nor".split())
# "boleh gak like?", "bisa ga ikut?", "apa tidak melanggar?": a negator right after these words
# makes a yes/no question, not a denial.
QUESTION_NEGATION_OPENERS = frozenset(
    "boleh bolehkah bisa bisakah apa apakah kan mau harus perlu aman bener benar "
    # regional "can": Palembang "pacak", Minang "bisa/biso", Javanese "iso", Ambon "bole"; "may":
    # Minang "buliah"; Palembang "galak dak …?" (want to or not)
    "pacak biso iso bole galak buliah "
    "or is are can may".split()
)
# "boleh atau tidak …?", Ambon "bole ka seng …?": "or" between the opener and the negator.
QUESTION_OR_WORDS = frozenset("atau ato atw ataw ka or".split())


def after_question_opener(i: int, words: Sequence[str], openers: frozenset[str] = QUESTION_NEGATION_OPENERS) -> bool:
    """The word at i follows a question opener, directly ("boleh gak") or after "or" ("boleh atau tidak")."""
    if i > 0 and words[i - 1] in openers:
        return True
    return i > 1 and words[i - 1] in QUESTION_OR_WORDS and words[i - 2] in openers


def start_of(j: int, starts: frozenset[int]) -> int:
    """Where the clause (or, given sentence openings, the sentence) holding position j starts."""
    return max((s for s in starts if s <= j), default=0)


def word_before(start: int, words: Sequence[str], fillers: frozenset[str]) -> int:
    """Where the first word before `start` that is not one of `fillers` is (-1: none)."""
    k = start - 1
    while k >= 0 and words[k] in fillers:
        k -= 1
    return k


# Who does an act, for concept tagging: "saya like" is the asker's like; "anak saya posting",
# "ada yg posting", "caleg nyumbang", "fotonya diunggah tetangga" are someone else's act.
FIRST_PERSON = frozenset(
    "saya sy aku ak gue gw gua aye kami kulo kula abdi awak ulun ambo beta ane kamek saye inyong sa lon kaule kito i we me my".split()
)
# The asker alone, as a subject ("sy istri pns", "ulun tolak"): not "kami"/"we" (the relative may be
# among them) nor "my" ("my wife" names the wife).
NOT_ASKER_ALONE = frozenset("kami we my me kito our kita".split())
ASKER_ALONE = FIRST_PERSON - NOT_ASKER_ALONE
# "sa pu kaka", "beta pung adik", "saya punya anak": the asker's relative, not the asker as one
OWNING = frozenset("pu punya pung pe puny".split())


def asker_as(k: int, words: Sequence[str]) -> bool:
    """The word at `k` is what the asker, right before it, says they are ("sy *istri* pns"), not
    something the asker owns ("sa *pu* kaka")."""
    return k > 0 and words[k - 1] in ASKER_ALONE and words[k] not in OWNING
# Kin words that, reduplicated, name a group of people ("ibu-ibu", "bapak2": the ladies, the men), not
# one's relative: kept as "ibu2" so that "arisan ibu2 sy ajak …" has no mother in it.
_PLURAL_PEOPLE = frozenset("ibu bapak emak mak bu pak".split())
THIRD_PERSON = frozenset(
    "teman temen kawan rekan tetangga orang org warga beliau dia ia mereka seseorang pak bu bapak ibu "
    "akun account tim timses simpatisan relawan kader massa panitia panitianya pesertanya sponsor sponsornya pemiliknya stafnya bawahannya pegawainya "
    "someone somebody friend friends neighbour neighbor neighbours neighbors colleague colleagues "
    "people others he she they kids children pasien pelanggan pembeli penumpang patients customers "
    # clergy who speak at services ("pendeta kasih pengumuman dukung caleg")
    "pendeta pastor ustadz ustaz khatib kyai kiai romo "
    # someone serving the asker, named by their job ("drivernya pake jaket partai": the driver wears it)
    "drivernya sopirnya supirnya kurirnya "
    # someone leading or selling to the asker ("instrukturnya pake kaos partai", "penjualnya pake kaos caleg")
    "instrukturnya pelatihnya penjualnya pedagangnya "
    # someone the asker serves at a counter ("pemohon pake kaos caleg")
    "pemohon nasabah "
    # parties to a case, a tenant, a builder's foreman ("tergugatnya pake kaos caleg", "mandornya nyetel lagu kampanye")
    "tergugat tergugatnya penggugat penggugatnya terdakwa terdakwanya penyewa penyewanya mandor mandornya tukangnya "
    # a patient named by her condition ("ada bumil yg pake jilbab logo partai")
    "bumil "
    # people around an office, a school, a house of worship or a ride who act on their own ("ojol pake
    # jaket partai", "satpam nempel stiker capres di motornya", "ortu murid nyelipin brosur caleg")
    "ojol satpam sopir supir driver komite ortu pengunjung kontraktor vendor penghuni pengelola "
    "umat jamaah jemaah imam "
    # the stewards of a place of worship, named as its own ("takmirnya mau kasih waktu ke caleg")
    "takmirnya pengurusnya majelisnya".split()
) | {word + "2" for word in _PLURAL_PEOPLE}  # "ada ibu2 pake kaos paslon": the ladies are people too
# Words that say which relative ("anak laki-laki saya", "kakak kandung saya", "anak sulung sy").
KIN_MODIFIERS = frozenset("laki perempuan cowok cewek sulung bungsu tertua pertama kedua ketiga kandung".split())
# Words that name an ASN status, wherever a longer phrase may have swallowed them ("pns pakai mobil dinas").
ASN_WORDS = frozenset("pns asn pppk p3k cpns".split())
# The relative "who/that": "ada yg pasang" (someone), "ketua IPSI yg lg nyalon" (the one described).
SOMEONE = frozenset(("yang", "yg"))
# Nouns a first-person pronoun can own ("teman saya", "tetangga sy"); not honorifics ("pak, sy …").
POSSESSABLE = frozenset(
    "teman temen kawan rekan tetangga friend friends neighbour neighbor neighbours neighbors colleague "
    "colleagues pasien pelanggan pembeli penumpang staf bawahan "
    # "tukang cukur langganan sy pasang stiker": the barber the asker goes to
    "langganan "
    # "mahasiswa bimbingan saya yang jadi relawan": the student the asker supervises
    "bimbingan".split()
)
# Words that may stand between a doer and the act ("teman saya juga ikut nge-share").
AGENT_FILLERS = frozenset(
    "juga jg lg ikut ikutan sudah udah udh lagi mau ingin pengen pingin hendak akan bakal numpang sering pernah tiap terus sempat tadi kemarin kmrn baru "
    "langsung malah sih aja saja cuma hanya dan lan yang yg ada kadang suka nge ng me di itu ini hari setiap "
    "selalu rutin semangat rajin "
    # which neighbour ("tetangga sebelah pasang bendera partai": the one next door)
    "sebelah depan "
    # intensifiers after such a word ("mrk semangat bgt ikut kampanye": they are keen)
    "banget bgt sekali amat "
    # "sy sendiri nyaleg", "saya pribadi jadi relawan": the doer named twice, for emphasis
    "sendiri pribadi "
    # the spoken plural "pada" before a verb ("murid sy pd pake kaos": they all wear)
    "pada pd "
    # "yang" and "ikut" in Sundanese, Javanese and Minang ("caleg nu ngiring nyumbang": the candidate who chips in)
    "nu sing ingkang nan ngiring melu tumut "
    # what a report found ("staf kami terbukti ikut kampanye")
    "terbukti ketahuan ketauan kedapatan kepergok terciduk diduga "
    # light verbs before an act noun ("calon rawuh ugi lan paring sambutan": the candidate's speech)
    "ugi uga paring maringi memberi memberikan kasih ngasih menyampaikan nyampein menyatakan nyatakan "
    # who the doer is to the asker ("calon bupati semarga datang kasih sambutan": the candidate speaks)
    "semarga sekampung sedesa sesuku sekerabat "
    # ... or at work ("temen seruangan pasang foto profil paslon": the roommate at the office does)
    "seruangan sekantor seangkatan sekamar sebangku semeja sedivisi sebidang "
    # English habit and tense ("our son keeps posting memes": the son posts)
    "keeps kept always still usually started starts began begins "
    # "still" ("ada tetangga yg masih pasang spanduk": the neighbour still puts one up)
    "masih msh "
    # a role someone takes ("anak sy jadi pengurus partai": the son is the officer)
    "jadi jd menjadi "
    "boleh bolehkah bisa dapat harus wajib perlu mau also just already often then can may should".split()
)
AGENT_REACH = 4

# Words that mark a question as English or Indonesian; the stoplists are too generic for this.
_EN_MARKERS = STOPWORDS_EN | frozenset(
    "can may allowed forbidden not civil servant servants candidate candidates campaign post like "
    "share party vote official officials government employee employees okay ok".split()
)
_ID_MARKERS = STOPWORDS_ID | frozenset(
    "boleh bolehkah tidak tak gak ga nggak engga enggak dilarang larangan calon kampanye pegawai "
    "partai ikut menjadi jadi kena sanksi saat waktu pilkada pemilu kepala daerah "
    # words only Indonesian writers use (an English question says "civil servant", "candidate"):
    # they keep a regional-language message ("Kulo PNS … nopo-nopo to?") answered in Indonesian
    "caleg capres cagub cabup cawalkot paslon warga desa kantor".split()
)

# Every cost is bounded by input size. Real words are short: a "word" longer than this is junk (a
# pasted link, a keyboard mash) and is dropped before stemming and spelling correction, which are
# the costly steps (the speller's delete variants grow with the square of the length).
MAX_TOKEN_CHARS = 40
MAX_SPELL_CHARS = 20  # typos are corrected only in words up to this long
STEM_CACHE_SIZE = 50_000  # distinct words; bounded, unlike Sastrawi's own ArrayCache

# Numbers keep their dots and slashes ("94/2021", "800.1.6.2/524"); words may contain digits
# ("p3k", "sp4n") and hyphens ("me-like"), split later.
_TOKEN_RE = re.compile(r"[a-z0-9]*[a-z][a-z0-9]*(?:-[a-z0-9]+)*|\d+(?:[./-]\d+)*")
_WILL_RE = re.compile(r"(?<=[a-z])'ll\b")
_POSSESSIVE_RE = re.compile(r"(?<=[a-z])'(s|m|re|ve|d)\b")  # candidate's, i'm, we're ...
_KRAMA_PASSIVE_RE = re.compile(r"\bdipun ([a-z])")
_ANY_RE = re.compile(r"\b(mana|siapa) pun\b")
_HASHTAG_RE = re.compile(r"#(\w+)")
_HASHTAG_WORD_RE = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|\d+")
# English inflections tried when a word is unknown: "servants", "campaigning", "posted".
_EN_SUFFIXES = ("ies", "es", "s", "ing", "ed")


def normalise(text: str) -> str:
    """NFKC-normalise, lowercase, drop accents and collapse whitespace; keep digits and slashes."""
    text = unicodedata.normalize("NFKC", text)
    if not text.isascii():
        # Accents are spelling, not meaning: Sundanese "dipénta", "téh" are "dipenta", "teh"
        # (left in, the tokenizer would split the word at the accent, and so would a hashtag's split).
        text = "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
    # A hashtag's words are its capitals and numbers: "#SayaRelawanPaslon2" says "saya relawan paslon 2"
    # (a lowercase run of letters stays one word: "#pilihno2" is "pilihno 2").
    text = _HASHTAG_RE.sub(lambda m: " ".join(_HASHTAG_WORD_RE.findall(m.group(1))) or m.group(1), text).lower()
    text = text.replace("’", "'").replace("‘", "'")
    # Keep English negations as words: "can't" -> "can not", "isn't" -> "is not".
    text = text.replace("can't", "can not").replace("won't", "will not").replace("n't", " not")
    # ... and the future: "which candidate he'll vote for" is "he will vote for"
    text = _WILL_RE.sub(" will", text)
    text = _POSSESSIVE_RE.sub("", text)  # "candidate's post" -> "candidate post"
    text = text.replace(" & ", " dan ")  # "sy foto & laporkan"
    text = _KRAMA_PASSIVE_RE.sub(r"di\1", text)  # Javanese "dipun ajak" is "diajak" (asked to)
    text = _ANY_RE.sub(r"\1pun", text)  # "calon mana pun" is "calon manapun" (see NO_STEM)
    return " ".join(text.split())


@lru_cache(maxsize=1)
def root_words() -> frozenset[str]:
    """Indonesian root words: Sastrawi's dictionary plus our domain words."""
    return frozenset(w for w in StemmerFactory().get_words_from_file() if w) | frozenset(DOMAIN_WORDS)


@lru_cache(maxsize=1)
def _place_names() -> tuple[tuple[str, ...], ...]:
    """Indonesia's province, regency and city names (bot/places.txt), each as its words."""
    text = (Path(__file__).parent / "places.txt").read_text(encoding="utf-8")
    return tuple(tuple(raw_tokens(line)) for line in text.splitlines() if not line.startswith("#"))


@lru_cache(maxsize=1)
def place_words() -> frozenset[str]:
    """The words of Indonesia's province, regency and city names: a place the asker names is not a
    typo for a knowledge word ("Kendari" is not "kenduri")."""
    return frozenset(w for name in _place_names() for w in name)


@lru_cache(maxsize=1)
def place_phrases() -> frozenset[tuple[str, ...]]:
    """The names of more than one word ("tanjung balai", "kota baru")."""
    return frozenset(name for name in _place_names() if len(name) > 1)


@lru_cache(maxsize=1)
def _longest_place_name() -> int:
    return max((len(p) for p in place_phrases()), default=0)


def in_place_names(words: Sequence[str]) -> frozenset[int]:
    """The positions of words that belong to a place name of several words ("PNS di Tanjung Balai")."""
    phrases = place_phrases()
    longest = _longest_place_name()
    found: set[int] = set()
    for i in range(len(words)):
        for n in range(2, longest + 1):
            if tuple(words[i : i + n]) in phrases:
                found.update(range(i, i + n))
    return frozenset(found)


@lru_cache(maxsize=1)
def _stemmer() -> Stemmer:
    # Sastrawi's CachedStemmer keeps every word it ever saw (an unbounded dict); stem() below has
    # a fixed-size LRU instead.
    return Stemmer(ArrayDictionary(list(root_words())))


@lru_cache(maxsize=STEM_CACHE_SIZE)
def stem(word: str) -> str:
    """Stem one lowercase word; numbers, acronyms, short and over-long words pass through."""
    if word in NO_STEM or len(word) <= 3 or len(word) > MAX_TOKEN_CHARS or not word.isalpha():
        return word
    # Informal "nge-"/"ng-" verb forms (ngelike, ngeshare) are prefix + loanword.
    if word.startswith("nge") and len(word) > 5:
        rest = word[3:]
        if rest in DOMAIN_WORDS:
            return rest
    stemmed = _stemmer().stem(word) or word
    # Jakarta slang verbs end in -in ("bandingin", "kirimin"): the base is the root.
    if stemmed == word and word.endswith("in") and len(word) > 6:
        base = stem(word[:-2])
        if base in root_words():
            return base
    return stemmed


# A reduplication typed with a 2 before a suffix: "tempel2in" (tempel-tempelin), "bagi2kan".
_REDUP_SUFFIX_RE = re.compile(r"^([a-z]{3,})2(in|kan|an|nya|i|lah)$")


def raw_tokens(text: str) -> list[str]:
    """Tokens of normalised text; hyphenated reduplication (me-like, nge-share) is split."""
    out: list[str] = []
    for tok in _TOKEN_RE.findall(normalise(text)):
        if len(tok) > MAX_TOKEN_CHARS:
            continue
        if not any(c.isalpha() for c in tok):
            out.append(tok)
            continue
        if tok.endswith("2") and tok[:-1] in _PLURAL_PEOPLE:
            out.append(tok)  # "ibu2": the ladies, not "ibu" (a mother, "ibu2 sy" is no "ibu saya")
            continue
        if len(tok) > 3 and tok.endswith("2") and tok[-2].isalpha() and not is_stopword(tok[:-1]):
            out.append(tok[:-1])  # "foto2", "kampanye2": reduplication typed with a 2, as "foto-foto"
            continue
        infix = _REDUP_SUFFIX_RE.match(tok) if "2" in tok else None
        if infix:
            out.append(infix.group(1) + infix.group(2))  # "tempel2in", "bagi2kan": "tempelin", "bagikan"
            continue
        parts = tok.split("-")
        if len(parts) == 2 and parts[0] == parts[1]:
            # "calon-calon" -> "calon"; but "bagi-bagi" (hand out) is not the preposition "bagi":
            # written "bagi2", as people type it.
            out.append(parts[0] + "2" if is_stopword(parts[0]) or parts[0] in _PLURAL_PEOPLE else parts[0])
        else:
            out.extend(p for p in parts if p)
    return out


# A quoted stretch: between double quotes (straight or curly), or between single quotes that open
# after a space and close before one ("didn't" and "candidates' posts" hold no quote).
_QUOTED_RE = re.compile(r"[\"“”][^\"“”]+[\"“”]|(?:(?<=\s)|^)'[^']+'(?=[\s.,;:!?)]|$)")


# A word no message holds, set around each quoted stretch so that one tokenising finds them all; and
# how many quotes are read, the last ones (a real message quotes a few; a flood of quote marks is noise)
_QUOTE_MARK = "qqquotemarkqqq"
_MAX_QUOTES = 16


def quote_ranges(text: str) -> list[tuple[int, int]]:
    """Where the quoted words of a text are, as [start, end) ranges of its raw_tokens."""
    found = [m.span() for m in _QUOTED_RE.finditer(text)][-_MAX_QUOTES:]
    if not found:
        return []
    pieces: list[str] = []
    at = 0
    for start, end in found:
        pieces += [text[at:start], f" {_QUOTE_MARK} ", text[start:end], f" {_QUOTE_MARK} "]
        at = end
    pieces.append(text[at:])
    ranges: list[tuple[int, int]] = []
    opened: int | None = None
    count = 0
    for token in raw_tokens("".join(pieces)):
        if token != _QUOTE_MARK:
            count += 1
        elif opened is None:
            opened = count
        else:
            if count > opened:
                ranges.append((opened, count))
            opened = None
    return ranges


def is_stopword(token: str) -> bool:
    """True for function words in either language."""
    return token in STOPWORDS_ID or token in STOPWORDS_EN


def tokenize(text: str) -> list[str]:
    """Index-side pipeline: tokens, stopwords dropped, stemmed. Numbers are kept whole."""
    return [stem(t) for t in raw_tokens(text) if not is_stopword(t)]


SHORT_WORD = 6  # below: a spelling correction keeps the first letter
_VOWELS = frozenset("aeiou")


class SpellFixer:
    """Corrects a misspelt word to the closest word the knowledge actually uses.

    Symmetric-delete lookup (as in SymSpell): every vocabulary word is filed under the strings
    obtained by deleting up to `max_edits` letters, so a query word only needs the same deletions.
    """

    def __init__(self, vocabulary: dict[str, int]) -> None:
        self.vocabulary = vocabulary  # word -> frequency, used to break ties
        self._deletes: dict[str, list[str]] = {}
        for word in vocabulary:
            if len(word) > MAX_SPELL_CHARS:
                continue  # never a correction target: nobody mistypes a 30-letter word into it
            for variant in self._variants(word, self._max_edits(word)):
                self._deletes.setdefault(variant, []).append(word)

    @staticmethod
    def _max_edits(word: str) -> int:
        return 2 if len(word) >= 8 else 1

    @staticmethod
    def _variants(word: str, edits: int) -> set[str]:
        out = {word}
        frontier = {word}
        for _ in range(edits):
            frontier = {w[:i] + w[i + 1 :] for w in frontier for i in range(len(w))}
            out |= frontier
        return out

    def correct(self, word: str) -> str | None:
        """The closest known word, or None if the word is known, too short, or nothing is close."""
        if word in self.vocabulary or len(word) < 4 or len(word) > MAX_SPELL_CHARS or not word.isalpha():
            return None
        for suffix in _EN_SUFFIXES:
            base = word[: -len(suffix)]
            if word.endswith(suffix) and len(base) >= 3:
                for candidate in (base, base + "e", base + "y", base[:-1] if base[-1:] == base[-2:-1] else ""):
                    if candidate in self.vocabulary:
                        return candidate
        limit = self._max_edits(word)
        candidates = {c for v in self._variants(word, limit) for c in self._deletes.get(v, ())}
        scored = [(edit_distance(word, c), -self.vocabulary[c], c) for c in candidates]
        # A short word with another first letter is more often another word than a typo
        # (Balinese "nike" is not "like"; "pose" is not "rose").
        scored = [
            s
            for s in scored
            if s[0] <= limit
            and (len(word) >= SHORT_WORD or s[2][0] == word[0])
            and not (s[0] == 2 and _replaces_a_consonant(word, s[2]))
        ]
        return min(scored)[2] if scored else None


def _replaces_a_consonant(word: str, candidate: str) -> bool:
    """True when the candidate differs from the word by two replaced letters, not both of them vowels.

    Regional spellings shift vowels ("mandangar", "kamanangan" for "mendengar", "kemenangan"); two
    changed consonants make another word ("pakantan", a district, is not "pasangan"; "nyaksiin" is
    not "nyanyiin"). Two changed vowels can still be another word ("nyambung", "nyumbang")."""
    if len(word) != len(candidate):
        return False
    changed = [(a, b) for a, b in zip(word, candidate) if a != b]
    return len(changed) == 2 and not all(a in _VOWELS and b in _VOWELS for a, b in changed)


def edit_distance(a: str, b: str) -> int:
    """Damerau-Levenshtein distance (optimal string alignment): typos often swap two letters."""
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        cur = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = a[i - 1] != b[j - 1]
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        prev2, prev = prev, cur
    return prev[len(b)]


_stem = stem  # expand_words shadows the name with a bounded variant


# A regional pronoun that is also a noun, kept as the noun before the words that make it one:
# "tiang" is Balinese "I" (glossary) and a pole ("tiang listrik depan rumah dipasangi spanduk").
_NOUN_BEFORE = {"tiang": frozenset("listrik lampu bendera telepon telpon pln tenda gawang jalan pancang".split())}


def _noun_here(k: int, words: Sequence[str]) -> bool:
    """True where words[k] is a noun its glossary spelling would turn into a pronoun."""
    after = _NOUN_BEFORE.get(words[k])
    return after is not None and k + 1 < len(words) and words[k + 1] in after


def respell(words: Sequence[str], fix: Callable[[str], str]) -> list[str]:
    """`fix` applied to each word, except to a noun its glossary spelling would turn into a pronoun
    ("tiang listrik" stays a pole): the one place messages, card questions and the index respell."""
    return [word if _noun_here(k, words) else fix(word) for k, word in enumerate(words)]


class Expander:
    """Query expansion from the glossary: misspellings, synonyms and English -> Indonesian."""

    def __init__(
        self, glossary: Glossary, speller: SpellFixer | None = None, keep: frozenset[str] = frozenset()
    ) -> None:
        self.misspellings = dict(glossary.misspellings)
        self.speller = speller
        self.keep = keep  # words never "corrected" (those the readings look for, place names)
        self.phrases: dict[tuple[str, ...], set[str]] = {}
        for group in glossary.synonyms:
            for term in group:
                self._add(term, [t for t in group if t != term])
        for term, targets in glossary.translations.items():
            self._add(term, targets)
        # The longest phrase each word starts, so expand_words tries only the lengths that can match.
        self._longest_from: dict[str, int] = {}
        for key in self.phrases:
            self._longest_from[key[0]] = max(self._longest_from.get(key[0], 0), len(key))
        # What each phrase expands to, stemmed once here rather than for every message that uses it.
        self._expansions = {
            key: [s for t in sorted(targets) for s in tokenize(t)] for key, targets in self.phrases.items()
        }

    def _add(self, term: str, targets: list[str]) -> None:
        key = tuple(raw_tokens(term))
        if key:
            self.phrases.setdefault(key, set()).update(targets)

    def known(self, word: str) -> bool:
        """True if the glossary, the speller's vocabulary or the words to keep know the word."""
        return (
            (word,) in self.phrases
            or word in self.keep
            or (self.speller is not None and word in self.speller.vocabulary)
        )

    def familiar(self, word: str) -> bool:
        """True for words that cost nothing to process: known to the knowledge, the glossary or the
        Indonesian dictionary, function words and numbers. Others need stemming and spelling
        correction, the costly steps, so a message gets only a bounded number of them."""
        return (
            not word.isalpha()
            or word in self.misspellings
            or self.known(word)
            or is_stopword(word)
            or word in root_words()
        )

    def fix(self, word: str, *, spell: bool = True) -> str:
        """The word with a known misspelling or a typo corrected, else unchanged. `spell=False`
        applies only the glossary's list (English messages: the speller knows Indonesian words,
        and would turn "turn" into "tuan")."""
        if word in self.misspellings:
            return self.misspellings[word]
        # A word that stems to a real Indonesian root ("mengajukan" -> "aju") is not a typo, just
        # a word the knowledge does not use; "correcting" it would invent a match.
        if (
            not spell
            or self.speller is None
            or is_stopword(word)
            or self.known(word)
            or stem(word) in root_words()
        ):
            return word
        return self.speller.correct(word) or word

    def expand(self, text: str) -> list[tuple[list[str], list[str]]]:
        """One (own stems, expansion stems) group per content word or glossary phrase.

        Phrases are matched longest first and do not overlap, so "civil servant" is one group
        (one unit of meaning) rather than two.
        """
        tokens = raw_tokens(text)
        return self.expand_words(respell(tokens, self.fix))

    def expand_words(self, words: list[str], raw: frozenset[str] = frozenset()) -> list[tuple[list[str], list[str]]]:
        """expand() for words already corrected by fix(); words in `raw` are used as they are
        (not stemmed: see understand.MAX_UNFAMILIAR_WORDS)."""

        def stem(word: str) -> str:
            return word if word in raw else _stem(word)

        groups: list[tuple[list[str], list[str]]] = []
        i = 0
        while i < len(words):
            for n in range(min(self._longest_from.get(words[i], 0), len(words) - i), 0, -1):
                key = tuple(words[i : i + n])
                if self.phrases.get(key):
                    own = [stem(w) for w in words[i : i + n] if not is_stopword(w)] or [stem(words[i])]
                    own = list(dict.fromkeys(own))
                    extra = [s for s in self._expansions[key] if s not in own]
                    groups.append((own, list(dict.fromkeys(extra))))
                    i += n
                    break
            else:
                if not is_stopword(words[i]):
                    groups.append(([stem(words[i])], []))
                i += 1
        return groups


def detect_language(text: str) -> str:
    """'en' or 'id' from marker-word counts; Indonesian wins ties (most users write it)."""
    tokens = raw_tokens(text)
    en = sum(t in _EN_MARKERS for t in tokens)
    idn = sum(t in _ID_MARKERS for t in tokens)
    return "en" if en > idn else "id"


def sentences(text: str) -> list[str]:
    """Split text into sentences without breaking numbered legal items like "huruf n." or "1."."""
    parts = re.split(r"(?<=[.;!?])\s+(?=[\"“(A-Z0-9])", text)
    return [p.strip() for p in parts if p.strip()]


# "... 6. " where a list item of a provision starts ("PNS dilarang: ... n. … dengan cara: ... 6. …")
_LIST_ITEM_RE = re.compile(r"\.\.\. (?=(?:\d+|[a-z])\. )")


def is_list_item(text: str) -> bool:
    """A provision quoted as one item of a list, after the words it shares with the others."""
    return _LIST_ITEM_RE.search(text) is not None


def shorten(text: str, limit: int) -> str:
    """`text` cut to about `limit` characters at a word. A provision quoted as a list item keeps its
    opening words and the item itself, which is the point ("PNS dilarang: … 6. mengadakan …"),
    instead of the shared words before it."""
    if len(text) <= limit:
        return text
    items = list(_LIST_ITEM_RE.finditer(text))
    chapeau = text[: text.find(" ...")] if " ..." in text else ""
    room = limit - len(chapeau) - 3
    if items and room >= limit // 2:
        item = cut_at_word(text[items[-1].end() :], room, " …")
        return f"{chapeau} … {item}" if chapeau else f"… {item}"
    return cut_at_word(text, limit, " …")


def cut_at_word(text: str, limit: int, mark: str = "…") -> str:
    """`text` cut at the last word that fits in `limit` characters, ending in `mark`; unchanged if it fits."""
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + mark
