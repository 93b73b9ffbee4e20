"""Text pipeline: normalise, tokenise, stem, expand, and guess the language of a question."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from Sastrawi.Dictionary.ArrayDictionary import ArrayDictionary
from Sastrawi.Stemmer.CachedStemmer import CachedStemmer
from Sastrawi.Stemmer.Cache.ArrayCache import ArrayCache
from Sastrawi.Stemmer.Stemmer import Stemmer
from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

from bot.knowledge import Glossary

# Root words Sastrawi does not know, so it would cut them wrongly ("pemilu" -> "milu") or leave
# their affixed forms unstemmed ("memposting" stays whole unless "posting" is a root).
DOMAIN_WORDS = (
    "pemilu pilkada pileg pilpres posting post share like komen follow repost upload unggah "
    "twibbon baliho spanduk stiker banner deklarasi kampanye paslon capres cawapres caleg "
    "cakada timses medsos netral netralitas ptdh cltn ktp tukin bimtek apel ikrar pakta "
    "golput hoaks hoax yel zoom live story status grup akun foto selfie swafoto"
).split()

# Terms that are never stemmed: acronyms and names where any affix-stripping would be wrong.
NO_STEM = frozenset(
    "asn pns pppk cpns ppnpn kpu bawaslu bkn kasn korpri dpr dpd dprd mk pp uu skb se ptdh "
    "kpps pps ppk bkpsdm gakkumdu sp4n lapor sbt menpan menpanrb kemenpan kemendagri mendagri "
    "tni polri opd pj plh sekda sekdako wako walikota perpres perppu penjelasan lampiran "
    # Temporal words: stemming "sebelum" to "belum" (not yet) or "selama" to "lama" (long)
    # would change what the campaign-period rules mean.
    "sebelum selama sesudah setelah semasa".split()
)

# Function words dropped from queries and documents. Legally meaningful words (tidak, boleh,
# dilarang, wajib, sebelum, selama, sesudah, setelah, tanpa, ...) are deliberately NOT here:
# they decide the verdict.
STOPWORDS_ID = frozenset(
    "yang dan di ke dari ini itu atau dengan untuk pada dalam adalah juga akan ada sebagai oleh "
    "karena kami kita saya aku gue gw anda kamu dia ia mereka nya pun lah kah tah sih dong deh kok "
    "nih tuh ya yah min admin kak bang pak bu mas mbak bro sis gan halo hai tolong mohon apa apakah "
    "bagaimana gimana gmn kenapa mengapa siapa kapan dimana mana berapa bila kalau kalo klo jika "
    "sudah udah udh telah sedang masih lagi saja aja cuma cuman hanya sangat banget bgt sekali "
    "para sang si tersebut seperti yaitu yakni bahwa agar supaya namun tetapi tapi serta maupun "
    "bagi tentang terhadap antara hal nah ok oke okay thanks makasih terima kasih".split()
)
STOPWORDS_EN = frozenset(
    "the a an of to in on at for from by with and or is are was were be been being am do does did "
    "i me my we our you your he she it its they them their this that these those there here what "
    "which who whom how why when where as if so but about into than then also just only very please "
    "hi hello thanks thank would could should shall will".split()
)
# "can", "may", "not", "allowed", "before", "after" ... carry meaning and are kept.

# Words that mark a question as English or Indonesian; the stoplists are too generic for this.
_EN_MARKERS = STOPWORDS_EN | frozenset(
    "can may allowed forbidden not civil servant servants candidate candidates campaign post like "
    "share party vote official officials government employee employees okay ok".split()
)
_ID_MARKERS = STOPWORDS_ID | frozenset(
    "boleh bolehkah tidak tak gak ga nggak engga enggak dilarang larangan calon kampanye pegawai "
    "partai ikut menjadi jadi kena sanksi saat waktu pilkada pemilu kepala daerah".split()
)

_TOKEN_RE = re.compile(r"\d+(?:[./-]\d+)*|[a-z]+(?:-[a-z]+)*")


def normalise(text: str) -> str:
    """NFKC-normalise, lowercase and collapse whitespace; keep digits and slashes."""
    text = unicodedata.normalize("NFKC", text).lower()
    text = text.replace("’", "'").replace("‘", "'")
    return " ".join(text.split())


@lru_cache(maxsize=1)
def _stemmer() -> CachedStemmer:
    words = list(StemmerFactory().get_words_from_file()) + DOMAIN_WORDS
    return CachedStemmer(ArrayCache(), Stemmer(ArrayDictionary(words)))


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """Stem one lowercase word; numbers, acronyms and short words pass through."""
    if word in NO_STEM or len(word) <= 3 or not word.isalpha():
        return word
    # Informal "nge-"/"ng-" verb forms (ngelike, ngeshare) are prefix + loanword.
    if word.startswith("nge") and len(word) > 5:
        rest = word[3:]
        if rest in DOMAIN_WORDS:
            return rest
    return _stemmer().stem(word) or word


def raw_tokens(text: str) -> list[str]:
    """Tokens of normalised text; hyphenated reduplication (me-like, nge-share) is split."""
    out: list[str] = []
    for tok in _TOKEN_RE.findall(normalise(text)):
        if tok[0].isdigit():
            out.append(tok)
            continue
        parts = tok.split("-")
        if len(parts) == 2 and parts[0] == parts[1]:
            out.append(parts[0])  # "calon-calon" -> "calon"
        else:
            out.extend(p for p in parts if p)
    return out


def is_stopword(token: str) -> bool:
    """True for function words in either language."""
    return token in STOPWORDS_ID or token in STOPWORDS_EN


def tokenize(text: str) -> list[str]:
    """Index-side pipeline: tokens, stopwords dropped, stemmed. Numbers are kept whole."""
    return [stem(t) for t in raw_tokens(text) if not is_stopword(t)]


class Expander:
    """Query expansion from the glossary: misspellings, synonyms and English -> Indonesian."""

    def __init__(self, glossary: Glossary) -> None:
        self.misspellings = {k: v for k, v in glossary.misspellings.items()}
        self.phrases: dict[tuple[str, ...], set[str]] = {}
        for group in glossary.synonyms:
            for term in group:
                self._add(term, [t for t in group if t != term])
        for term, targets in glossary.translations.items():
            self._add(term, targets)
        self.max_len = max((len(k) for k in self.phrases), default=1)

    def _add(self, term: str, targets: list[str]) -> None:
        key = tuple(raw_tokens(term))
        if key:
            self.phrases.setdefault(key, set()).update(targets)

    def expand(self, text: str) -> list[list[str]]:
        """One group per content word of the query: its stem first, then expansion stems.

        A glossary phrase ("civil servant", "tim sukses") adds its targets to every word it spans.
        """
        words = [self.misspellings.get(t, t) for t in raw_tokens(text)]
        extra: list[list[str]] = [[] for _ in words]
        for n in range(min(self.max_len, len(words)), 0, -1):
            for i in range(len(words) - n + 1):
                targets = self.phrases.get(tuple(words[i : i + n]))
                if targets:
                    stems = [s for t in sorted(targets) for s in tokenize(t)]
                    for j in range(i, i + n):
                        extra[j].extend(stems)
        groups: list[list[str]] = []
        for word, more in zip(words, extra):
            if is_stopword(word) and not more:
                continue
            group = [stem(word)]
            for s in more:
                if s not in group:
                    group.append(s)
            groups.append(group)
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
