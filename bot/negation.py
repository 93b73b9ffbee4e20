"""What a message denies, or only fears or hopes it is called: "gak like" stands for the concept its
denial names (limit-no-reaction), "tidak diunggah" is a limit, and "dikira sy kampanye", "apa ini
termasuk kampanye?" name what the asker fears their act is called, not the act. The concept tagger
(bot/concepts.py) reads every message's spans through here before whose each act is is read
(bot/attribution.py).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cached_property

from bot.attribution import FOR_WORDS, SOMEONE, THERE_IS, ConceptReader
from bot.text import (
    FIRST_PERSON,
    LIST_WORDS,
    NEGATION_FILLERS,
    NEGATION_REACH,
    NEGATORS,
    after_question_opener,
    start_of,
    word_before,
)

# "dianggap/dikira/termasuk X?": X is what the asker fears their conduct is called.
_LABELS = frozenset(
    "dianggap dikira disangka dicap dituduh termasuk tergolong terhitung kategori dihitung dibilang dinilai "
    # spoken forms ("itu kehitung dukung gk?")
    "kehitung keitung diitung "
    # what an act would mean ("itu tidak berarti kami mendukung dia kan?")
    "berarti artinya "
    # hearsay: "tetangga nyindir katanya saya yang nyuruh"
    "katanya nyindir menyindir disindir nuduh menuduh "
    # "seolah kami mendukung": what it looks like, not what was done
    "seolah seolah-olah seakan seakan-akan".split()
)
# "apa ini politik praktis?": whether this counts as one
_THIS = frozenset("ini itu this".split())
_NOT_A = frozenset("bukan bukannya not".split())
# What stands between "bukan" and the event it names: "bukan acara kampanye" is "bukan kampanye".
_EVENT_NOUNS = frozenset("acara kegiatan agenda event an a".split())
# "no campaign stuff", "without a campaign": an event named as absent, as "tidak ada kampanye" is
_NONE = frozenset("no without tanpa".split())
_WHETHER = frozenset("apa apakah is".split())
_SHOULD = frozenset("perlu perlukah harus haruskah sebaiknya should".split())
_LABEL_FILLERS = FIRST_PERSON | frozenset("sebagai ikut sedang lagi telah sudah udah melakukan yang yg".split())
# "tidak orasi", "gak kampanye": did not do it ("bukan kampanye" only names what it is not)
_DID_NOT = frozenset("tidak tak gak ga gk nggak ngga enggak engga ndak nda tdk indak ora mboten".split())
# "tanpa menyatakan siapa yang lebih layak dipilih": a denial reaches over "who" clauses
_WHO_WORDS = frozenset("siapa yang yg nu sing lebih paling who".split())  # "nu", "sing": Sundanese, Javanese "yang"
_PAIR_REACH = 4  # how far back the other half of a denied pair may start ("membuat atau membagikan")


def _denies(i: int, words: Sequence[str], starts: frozenset[int] = frozenset()) -> bool:
    """The negator at i denies: after "boleh", "apa" … it makes a yes/no question ("boleh gak like?"),
    but "kan bukan" still denies ("pj kan bukan calon": the Pj is not one), and so does one that
    opens a clause of its own ("boleh kan, ga ada calon di foto itu")."""
    if i > 0 and words[i - 1] == "kan" and words[i] in _NOT_A:
        return True
    return i in starts or not after_question_opener(i, words)


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


# "tadinya mau share video kampanye, gak jadi", "awalnya pengen nempel stiker capres, tapi batal": a plan
# dropped. What the asker meant to do, between the plan's word and the word that drops it, was not done.
_PLANNED = frozenset(
    "mau pengen pengin pingin kepingin pgn ingin hendak niat niatnya rencana rencananya tadinya awalnya "
    "mulanya sempat sempet "
    # Sundanese "bade", "tadina"; Javanese "arep"
    "bade tadina arep".split()
)
# "mau nanya": the asker's wish to ask, not a plan
_ASKING_WORDS = frozenset("nanya tanya bertanya menanyakan nanyain konsultasi".split())
# How many clause breaks may lie between a plan and its drop: "tadinya mau X, gak jadi" (one), "sy mau
# repost story paslon, udah sampe layar preview, trus sy cancel" (two); a wish further back is another matter
_PLAN_BREAKS = 2
# "gak jadi" (did not happen after all), "ndak jadi ka", Sundanese "teu jadi", Javanese "ora sido"
_CAME_TO = frozenset("jadi jd sido".split())
_NOT_AFTER_ALL = _DID_NOT | frozenset("teu henteu kagak ra tra sonde seng dak idak".split())
_DROPPING = frozenset(
    "batal batalin batalkan dibatalin dibatalkan membatalkan urung urungkan diurungkan mengurungkan "
    "cancel dicancel".split()
)
# What a dropped plan leaves undone: the acts, signs, means, events and roles it named, not whom or
# what they were for ("tadinya mau like fotonya pak caleg … gak jadi" keeps the candidate).
_PLANNED_KINDS = frozenset({"act", "sign", "resource", "event", "role"})


def _dropped_plans(words: Sequence[str], starts: frozenset[int], opens: frozenset[int]) -> frozenset[int]:
    """Positions of what the asker planned and then dropped, in the same sentence ("tadinya mau X,
    gak jadi", "awalnya pengen X tapi batal"), and of what "gak jadi" drops in its own clause ("ndak
    jadi ka sy ikut konvoi"); what follows in the next clause ("… gak jadi, sy tonton sendiri aja",
    "… tapi akhirnya ikut") was done."""
    planned: set[int] = set()
    for g, word in enumerate(words):
        came_to = word in _NOT_AFTER_ALL and g + 1 < len(words) and words[g + 1] in _CAME_TO and _denies(g, words)
        if not (came_to or word in _DROPPING):
            continue
        if came_to:
            # from "jadi" on: "gak jadi timses caleg" drops the role its "jadi" starts
            k = g + 1
            while k < len(words) and k not in starts:
                planned.add(k)
                k += 1
        k, breaks = g - 1, 1 if g in starts else 0
        while k >= 0 and words[k] not in _PLANNED and k + 1 not in opens and breaks <= _PLAN_BREAKS:
            k -= 1
            breaks += k + 1 in starts
        planned_at = k >= 0 and words[k] in _PLANNED and k + 1 not in opens and breaks <= _PLAN_BREAKS
        if planned_at and not (k + 1 < len(words) and words[k + 1] in _ASKING_WORDS):
            planned.update(range(k + 1, g))
    return frozenset(planned)


# "like caleg, eh salah, like kucing", "kakak sy calon kades... eh bukan, calon bupati": what the clause
# before the correction named is taken back, and what follows it stands.
_OOPS = frozenset("eh ehh eeh".split())
_WRONG = frozenset("salah bukan ralat keliru".split())
# What a correction takes back: what was done and to whom, or the election named; not who the asker is
# ("sy pns camat... eh bukan, sy staf kecamatan").
_CORRECTED_KINDS = _PLANNED_KINDS | {"target", "out-of-scope"}
# ... only whom or which election, when the correction names only that ("kakak sy calon kades... eh salah,
# calon bupati"); what surrounds it in either clause (who, context, the question) does not count
_WHOM_KINDS = frozenset({"target", "out-of-scope", "event"})
_SURROUNDING_KINDS = frozenset({"who", "context", "intent", "smalltalk", "domain"})


def _corrections(words: Sequence[str], starts: frozenset[int], opens: frozenset[int]) -> list[tuple[range, range]]:
    """The clause a correction takes back and the clause that corrects it: the ones just before and
    after "eh salah," / "eh bukan," when the correction ends its own clause ("… baliho caleg, eh bukan,
    maksud sy baliho iklan"); not "eh bukan sy yg pasang", which denies what follows."""
    breaks = starts | opens
    found: list[tuple[range, range]] = []
    for m in range(1, len(words) - 2):
        if words[m] not in _OOPS or words[m + 1] not in _WRONG or m + 2 not in breaks:
            continue
        first = start_of(m - 1, breaks)
        last = min((b for b in breaks if b > m + 2), default=len(words))
        found.append((range(first, m), range(m + 2, last)))
    return found


# Words the readings above look for by their spelling: the speller must leave them as typed (see
# READING_WORDS in bot/concepts.py).
NEGATION_WORDS = (
    _LABEL_FILLERS | _WHO_WORDS | _FRONTED_FILLERS | _DENIED_DOER | _EVENT_NOUNS | _THIS | _NOT_A | _CAME_TO | _OOPS | _WRONG
)


class Negation(ConceptReader):
    """Reads denials and feared labels; built once per knowledge snapshot, with the tagger's concepts."""

    @cached_property
    def _denials(self) -> frozenset[str]:
        """Concepts that deny an act ("tanpa like", "without liking"): what negated acts become."""
        return frozenset(c.when_negated for c in self.concepts.values() if c.when_negated)

    def negate(
        self,
        spans: list[tuple[int, int, str]],
        words: Sequence[str],
        starts: frozenset[int] = frozenset(),
        opens: frozenset[int] = frozenset(),
    ) -> list[tuple[int, int, str]]:
        """Replace negated mentions ("gak like") by the concept they stand for (limit-no-reaction).

        A negator inside another phrase is that phrase's ("gak sengaja" is accidental, not a denial),
        except inside a limit, whose negation is the point ("tidak diunggah"). A denial's list ends
        with its sentence (`opens`: "tanpa atribut. Boleh kami pinjamkan?" asks about lending)."""
        covered = {p for start, end, cid in spans if self.kind(cid) != "limit" for p in range(start, end)}
        out: list[tuple[int, int, str]] = []
        listed_until = -1  # a denial carries over a list: "gak like, komen atau share"
        out_start = 0  # where the last denied mention starts
        denied_object_at = -1  # "indak ikuik kampanye": the event a denied act takes is denied too
        planned = _dropped_plans(words, starts, opens)
        taken_back: dict[int, frozenset[str]] = {}  # position → the kinds its correction takes back
        for said, corrected in _corrections(words, starts, opens):
            named = {self.kind(c) for a, _, c in spans if a in corrected} - _SURROUNDING_KINDS
            kinds = _WHOM_KINDS if named and named <= _WHOM_KINDS else _CORRECTED_KINDS
            taken_back.update(dict.fromkeys(said, kinds))
        for start, end, cid in sorted(spans):
            concept = self.concepts[cid]
            if concept.kind in taken_back.get(start, ()):
                continue  # "like caleg, eh salah, like kucing": said, then taken back
            if start in planned and concept.kind in _PLANNED_KINDS:
                # "tadinya mau share video kampanye, gak jadi": meant, not done
                if concept.when_negated:
                    out.append((start, end, concept.when_negated))
                continue
            if concept.kind == "event" and start == denied_object_at:
                continue
            # "gak pake mobil dinas", "indak ado acara kampanye"
            if concept.kind not in ("act", "sign", "target", "resource", "event"):
                out.append((start, end, cid))
                if cid in self._denials:
                    # "without liking, commenting or sharing": the denial goes on down the list
                    out_start, listed_until = start, end
                continue
            new_sentence = any(listed_until <= p <= start for p in opens)
            between = words[listed_until:start] if 0 <= listed_until <= start and not new_sentence else None
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
                or THERE_IS & set(words[max(0, start - 3) : start])
                or (start > 0 and words[start - 1] in _NONE)
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

    def labelled(self, span: tuple[int, int, str], words: Sequence[str]) -> bool:
        """A name the asker fears for what they did, not a fact of the story: "dikira sy kampanye",
        "apa itu termasuk kampanye?", "bisa dianggap mendukung?", "takut dikira mengarahkan pilihan"."""
        start, _, cid = span
        if self.kind(cid) == "limit":
            # "Perlu saya kembalikan?": what the asker wonders whether to do, not what they did
            k = word_before(start, words, FIRST_PERSON)
            return k >= max(0, start - 2) and words[k] in _SHOULD
        if self.kind(cid) not in ("act", "event", "sign"):
            return False
        for j in range(start - 1, max(-1, start - 4), -1):
            if words[j] in _LABELS:
                return True
            # "gak apa2 kan, bukan kampanye?", "bukan buat kampanye": the name the asker hopes their act does not earn
            if words[j] in _NOT_A and self.kind(cid) == "event" and all(w in _EVENT_NOUNS or w in FOR_WORDS for w in words[j + 1 : start]):
                return True
            if words[j] in _THIS and j > 0 and words[j - 1] in _WHETHER:
                return True
            not_for = words[j] in FOR_WORDS and j > 0 and words[j - 1] in _NOT_A  # "katanya buat kampanye" is no label
            if words[j] not in _LABEL_FILLERS and not (self.kind(cid) == "event" and (words[j] in _EVENT_NOUNS or not_for)):
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
                return _denies(i, words, starts)
            nobody = word in SOMEONE and i > 0 and words[i - 1] in THERE_IS  # "tidak ada yang posting"
            # "tidak pernah membuat atau membagikan", "tanpa menyatakan siapa yang lebih layak": the
            # other half of a pair and a "who" clause do not count against the reach
            free = (
                word in LIST_WORDS
                or word in _WHO_WORDS
                or (i + 1 < start and words[i + 1] in LIST_WORDS and start - i <= _PAIR_REACH)
            )
            # "gak jadi ikut kampanye": did not, after all
            came_to = word in _CAME_TO and i > 0 and words[i - 1] in _NOT_AFTER_ALL
            # "indak ado", "mboten wonten", "teu aya" are "tidak ada" in other tongues
            if not (nobody or free or came_to or word in NEGATION_FILLERS or word in THERE_IS):
                return False
            if not free:
                reach -= 1
            i -= 1
        return False
