"""Readings of a whole tagged message: once its phrases are tagged (bot/concepts.py,
Tagger.tag_stems) and who does what is read (bot/attribution.py), these add or drop a concept from
what the message says as a whole: a request to back someone named is a call to vote, the election
body's things are no campaign's, handing out a campaign's things is helping it, joining an event
is attending it, an office someone is to become is sought, not held, the spouse named next to a
candidacy is the one running, a relative's politics told with nothing the asker does (or done by
someone said to be no ASN) leaves the asker uninvolved, a status named alone asks whether the rules
bind it, what "pakai" uses is not worn, a guest's gift at a family celebration is no campaign
money, "daftar … di KPU" is a candidate's registration, the asker who joins in with someone
else's verb does what they did, a past told before the asker's status is reached ("dulu …,
skrg udh PNS") was done before appointment, a short last "apa saya salah?" asks about the asker,
a digit after the vote verb ("coblos 2") is a ballot number, and fingers that count a class, a dose
or the children are no ballot number.

Spans are (start, end, concept id) over the message's words, as the tagger keeps them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from bot.text import AGENT_FILLERS, ASN_WORDS, FIRST_PERSON, KIN_MODIFIERS, NEGATORS, POSSESSABLE, SOMEONE, THIRD_PERSON, asker_as, start_of, word_before

# The asker running for office is what a relative's case turns on (also read by the tagger).
RUNNING = frozenset({"act-run-for-office"})
# Being near what others do: the tagger drops an act read inside it ("pagar yg nempel sm pagar rumah
# sy" sticks up nothing), and a card that requires it alone rules on what happens there.
NEARBY = "limit-nearby"

# "minta ibu-ibu dukung caleg …", "selipin ajakan pilih anaknya": asking people to back someone
# named is a call to vote for them, however the people asked are called. Stems; the request is
# active ("diminta pilih paslon 2" is the asker being told how to vote). English words stem to themselves.
_CALLS = frozenset("minta ajak suruh imbau himbau perintah pinta telling told tell urged urging ordered instructed".split())
_CALL_NOUNS = frozenset("ajakan imbauan himbauan".split())  # words, not stems: the stemmer reads "ajakan" as "aja"
# The asker directing or telling someone ("sy arahkan mama coblos …", "sambil pesan 'nanti coblos om e'"):
# spoken words only, not a report's "mengarahkan kepala desa dukung paslon" (what a camat is examined for)
CALL_WORDS = frozenset("arahkan arahin ngarahin ngarahkan pesan pesen berpesan".split())
# "bisikin warga supaya milih dia": an act done so that people back someone named is a call too
_SO_THAT = frozenset("supaya agar biar spy".split())
# "jatah pupuk aman kalo milih caleg X": something promised on condition of a vote asks for that vote
_IF = frozenset("kalo kalau klo klw jika if".split())
_BACKING = frozenset("pilih coblos dukung menang vote support milih nyoblos nyoblosin milihin".split())
_CALL_REACH = 4  # words between the request and the backing verb ("minta ibu2 di desa dukung")
_BACKED_REACH = 2  # … and between that verb and whom it backs ("pilih caleg", "dukung si anak")
_CANDIDATE_KINDS = frozenset({"target-candidate", "target-party"})  # whom a purpose ("supaya milih …") backs
# ... and whom a request backs: a relative, or the asker's own pick ("arahkan mama coblos calon pilihan sy")
_BACKED_KINDS = _CANDIDATE_KINDS | {"who-relative", "who-spouse", "sign-own-choice", "who-incumbent"}
_BACKED_WORDS = frozenset("dia beliau nomor no paslon him incumbent".split())
_FOR = frozenset("for the".split())  # "vote for the incumbent": English words between the verb and whom
_ONE_OF = frozenset("salah satu".split())  # "ngarahin org2 pilih salah satu capres"
CALL_TO_VOTE = "sign-call-to-vote"
_SOFT_CALLS = frozenset({"act-gotv"})  # a neutral get-out-the-vote call read from the same words

# The asker handing out a campaign's things (handing_out).
_GIVING = "act-give"
_HELPING = "act-help-campaign"
_CAMPAIGN_THINGS = frozenset({"sign-attribute", "target-campaign-material"})  # branded gifts have their own cards
_JOINING_HANDOUT = "act-join-handout"
_WEARING = "act-wear"
# A candidate registering with the election body (registering), and what makes "daftar" something else.
_REGISTRATION = "event-candidate-registration"
_REGISTER = "daftar"
_ELECTION_BODY_ID = "target-election-body"
_LISTS = frozenset("pemilih dpt tetap hadir nama".split())  # "daftar pemilih": a list
_NOT_A_CANDIDATES_REGISTRATION = frozenset({"role-kpps", "role-panwas", "role-election-commissioner"})
_REGISTER_REACH = 5  # words between "daftar" and the body ("daftar jadi bakal calon bupati ke KPU")
# A guest's gift at a family celebration (family_gift), and what would make it campaign money.
_DONATING = "act-donate"
_FAMILY_EVENTS = frozenset({"event-wedding", "event-family"})
_CAMPAIGN_MONEY = frozenset(
    {"act-fundraise", "target-campaign-fund", "event-campaign", "act-campaign", "target-campaign-team", "event-partisan-meeting"}
)
# What "pakai" uses rather than wears (used_not_worn): the election's own papers, and things no one wears.
_ELECTIONS_PAPERS = frozenset({"oos-voting-procedure", "target-election-body"})
_NOT_WORN = frozenset(
    "logo contoh gambar data dana uang anggaran aplikasi alat bahan materi modul "
    # what is used, not put on: "pake hp istri", "pake sound tiktok"
    "komputer hp handphone wifi sound".split()
)
_USED_BEFORE_REACH = 2  # words from a resource to the "sy" before "pake" ("mobil dinas kecamatan sy pake")
# The asker saying that nothing political is involved ("gak ada hubungannya sama pemilu"); in
# said_unrelated, the denial, the link and the election that make it up.
NONPOLITICAL = "limit-nonpolitical-content"
_NO_LINK = frozenset("ga gak gk nggak ngga enggak engga tidak tak ndak nda tdk".split())
_LINKS = frozenset("hubungan hubungannya kaitan kaitannya sangkut sangkutan".split())
_ELECTION = frozenset("pemilu pilkada pileg pilpres pilgub pilbup pilwalkot politik kampanye partai pemilihan".split())
_UNRELATED_REACH = 3  # words after the link word: "hubungannya sama sekali dengan pilkada" is beyond it
_PASSING_ON = frozenset({"act-give", "act-display-item", "act-install"})  # handing out, setting out, putting up
_ENTRUSTING = "act-carry-material"  # "caleg nitip kaos buat dibagi": things left with the asker to hand out

# The election body's own things (election_bodys_things): its neutral call, its outreach, the
# body itself; what would otherwise read as a campaign's sign; and what names a side.
_ELECTION_BODY = frozenset({"act-gotv", "event-voter-education", "target-election-body"})
_CAMPAIGN_SIGNS = _CAMPAIGN_THINGS | {CALL_TO_VOTE}
# ... and helping with it ("bantu logistik seminar KPU"): the organiser's work, not a campaign's
_BODYS_NOT_CAMPAIGNS = _CAMPAIGN_SIGNS | {_HELPING}
_HELP_WORDS = frozenset("bantu membantu bantuin ngebantu help helping helped".split())
_SIDES = frozenset({"target-candidate", "target-party", "sign-number", "sign-gesture", "target-campaign-team"})
_BODY_REACH = 6  # words between the thing and whose it is ("spanduk imbauan dari KPU")

# A relative's politics with nothing the asker does (bystander).
RELATIVES = frozenset({"who-relative", "who-spouse"})
_INVOLVING = frozenset({"act", "role", "sign"})  # what the asker would have to do to be involved
_IN_POLITICS = frozenset({"role"})  # what a relative's politics is told by
_IN_POLITICS_TOLD = _INVOLVING  # ... and the asker's own, when the asker is the ASN's relative
_NOT_INVOLVED = "limit-not-involved"
_ASKERS_STATUS = frozenset({"who-pns", "who-pppk", "who-asn", "who-cpns", "who-not-asn"})  # said of the asker or the relative
_VILLAGE_OFFICE = frozenset({"who-village-head", "who-village-staff", "who-bpd"})  # bound by the village law
_FEARS_SANCTION = "intent-sanction"
# "sy sendiri", "saya pribadi": the asker set apart from the ASN named before (also read by attribution)
MYSELF = frozenset("sendiri pribadi myself".split())
# "bisa kena sanksi" is tagged as asking leave, so the words themselves say the asker fears a sanction
_FEAR_WORDS = frozenset("kena sanksi terseret terimbas imbasnya dampaknya trouble sanctioned punished".split())
# ... or whether they must stop the relative ("apa sy hrs larang dia?")
_MUST_STOP = frozenset("larang melarang larangin cegah mencegah".split())
# the asker's home shared with it, or leave asked to join it: involved enough to need its own card
_SHARED = frozenset({"ctx-shared-home", "ctx-host-venue", "ctx-cltn", "ctx-campaign-leave"})


# A neutrality pledge or declaration, joined as an event is (joining_an_event).
_PLEDGE = "ctx-pledge"
# Joining an event (joining_an_event): "ikut", and its Minang, Javanese and Sundanese words.
_JOINING = frozenset("ikut ikutan iko melu tumut nderek ngiring".split())
_JOINING_IN = _JOINING | frozenset("juga jg also".split())  # "sy ikut pasang", "sy juga pasang" (copied_act)
_ATTEND = "act-attend"

# The spouse who runs (spouse_runs), and what may stand between them and the candidacy.
_SPOUSE_RUNS = "ctx-spouse-runs"
_SPOUSE = "who-spouse"
_RUNNING_FOR = "act-run-for-office"
_CANDIDACY = frozenset({_RUNNING_FOR, "target-candidate"})
_RELATIVE = "who-relative"
_SPOUSE_REACH = 3
# "suami sy baru mau nyaleg", "istri saya tahun ini daftar cawabup", "my wife is running for"
_SPOUSE_FILLERS = FIRST_PERSON | frozenset(
    "ku kita is was a an yang yg sedang lagi mau akan jadi jd baru sudah udah udh tahun thn ini itu mo maju "
    "sebagai seorang daftar mendaftar nyalon dpr dprd dpd ri runs run running for".split()
)
_APPOSITION = frozenset("a an seorang yang yg".split())

# An office sought (office_sought): what comes right before it.
_STATE_OFFICIAL = "oos-state-official"
_BECOMING = frozenset("jadi jd menjadi ganti become becomes becoming".split())
# ... or was ("mantan bupati kami", "former regent"): someone who no longer holds it.
_FORMER = frozenset("mantan eks bekas former ex".split())
# ... or who said something, a few words on (see _speaker).
_SAYS = frozenset("bilang berkata mengatakan menyatakan said says stated".split())
_SPEAKER_REACH = 3
_RULE_WORDS = frozenset("boleh dilarang larangan bebas wajib may can could cannot allowed banned must".split())
_RULE_REACH = 5  # "said civil servants may", "bilang PNS di daerah boleh"

# A status named alone (status_alone).
_STATUSES = frozenset(
    {"who-cpns", "who-pppk", "who-pppk-part-time", "who-honorer", "who-retired", "who-pre-retirement", "who-pj"}
)
_ASKING = frozenset({"intent-ask", "intent-ask-permission"})
_NEUTRALITY = "domain-neutrality"
_ALONE_WORDS = 4  # "udah pensiun bebas kan", "pppk juga kena?"


def requesting(word: str, stem: str) -> bool:
    """An active request ("minta", "mengajak", "ajakan"), not being asked ("diminta")."""
    return (stem in _CALLS or word in _CALL_NOUNS or word in CALL_WORDS) and not word.startswith("di")


def calls_to_vote(
    spans: list[tuple[int, int, str]], words: Sequence[str], stems: Sequence[str], starts: frozenset[int]
) -> list[tuple[int, int, str]]:
    """A request to back someone named, in one clause, is a call to vote for them: "minta ibu2
    dukung caleg DPR", "selipin ajakan pilih anaknya" (not the neutral "ajakan memilih"); so is a
    promise made on condition of that vote ("aman kalo milih caleg X"), unless the asker is the voter."""
    backed = {a for a, _, cid in spans if cid in _BACKED_KINDS}
    backed_candidates = {a for a, _, cid in spans if cid in _CANDIDATE_KINDS}
    found: list[tuple[int, int, str]] = []
    for i, w in enumerate(words):
        if not (requesting(w, stems[i]) or w in _SO_THAT or (w in _IF and i not in starts)):
            continue  # a condition attached to what was promised; "kalau milih capres …" opening a clause is a topic
        for v in range(i + 1, min(len(words), i + _CALL_REACH + 2)):
            if v in starts or words[v] in FIRST_PERSON:
                break  # "tetangga minta sy pilih anaknya": the asker is the one asked
            if stems[v] in _BACKING:
                skipped = sum(1 for w in words[v + 1 : v + 3] if w in _FOR or w in _ONE_OF)
                after = range(v + 1, min(len(words), v + _BACKED_REACH + skipped + 1))
                if w in _SO_THAT or w in _IF:
                    # a purpose or a condition names whom it is for right after the verb ("supaya milih dia"); "biar
                    # bisa nyoblos, termasuk keluarga calon" is voting, with a list after it
                    after = range(v + 1, min(len(words), v + 2))
                    whom = backed_candidates
                else:
                    whom = backed
                if any(k not in starts and (k in whom or words[k] in _BACKED_WORDS) for k in after):
                    found.append((i, v + 1, CALL_TO_VOTE))
                break
    if not found:
        return spans
    if any(cid == CALL_TO_VOTE and a <= i < b for i, _, _ in found for a, b, cid in spans):
        return spans  # the terms already read the call ("ajak warga pilih"): keep their reading
    kept = [
        sp for sp in spans if not (sp[2] in _SOFT_CALLS and any(a < sp[1] and sp[0] < b for a, b, _ in found))
    ]
    return sorted(kept + found)

def election_bodys_things(
    spans: list[tuple[int, int, str]], words: Sequence[str], starts: frozenset[int]
) -> list[tuple[int, int, str]]:
    """A banner, shirt or call named with the election body or its neutral call in one clause
    ("spanduk imbauan dari KPU", "twibbon KPU 'Ayo Memilih'") is the KPU's, not a campaign's
    sign, and help given with it ("bantu logistik seminar KPU") is no campaign's help, when the
    message names no candidate, party, number or team."""
    if any(cid in _SIDES for _, _, cid in spans):
        return spans
    bodies = [(a, b) for a, b, cid in spans if cid in _ELECTION_BODY]

    def theirs(start: int, end: int) -> bool:
        return any(
            (a < end and start < b) or (0 <= a - end <= _BODY_REACH and not any(k in starts for k in range(end, a + 1)))
            for a, b in bodies
        )

    def not_campaigns(start: int, end: int, concept: str) -> bool:
        if concept == _HELPING and words[start] not in _HELP_WORDS:
            return False  # "ikut kampanye asal izin bawaslu" joins a campaign; "bantu logistik … KPU" helps the body
        return concept in _BODYS_NOT_CAMPAIGNS and theirs(start, end)

    return [sp for sp in spans if not not_campaigns(*sp)]

def handing_out(spans: list[tuple[int, int, str]], others: frozenset[str]) -> list[tuple[int, int, str]]:
    """The asker handing out a campaign's things ("kaos paslon itu sy yg bagiin ke murid") helps
    the campaign, whoever gave them to the asker."""
    present = {cid for _, _, cid in spans} - others
    if _GIVING not in present or present.isdisjoint(_CAMPAIGN_THINGS):
        return spans
    return sorted(spans + [(a, b, _HELPING) for a, b, cid in spans if cid == _GIVING])


def joined_things(spans: list[tuple[int, int, str]], others: frozenset[str]) -> frozenset[str]:
    """The asker joining someone else's handout ("caleg bagi2 kaos nomor urutnya, sy diminta bantu
    bagiin ke warga"), or handing out or setting out what someone left with them ("caleg nitip kaos
    buat dibagi, boleh sy bagiin?", "pasien titip brosur buat ditaruh di meja"), hands out the same
    things: the campaign's things are no longer only theirs. Returns what stays someone else's."""
    own = {cid for _, _, cid in spans} - others
    if _JOINING_HANDOUT in own or (bool(own & _PASSING_ON) and _ENTRUSTING in others):
        return others - _CAMPAIGN_THINGS
    return others


# The asker joining a group or channel named as someone else's (joined_group).
_ATTENDING = "act-attend"
_GROUP = "act-join-group"
_JOIN_VERBS = frozenset("join joined joining gabung bergabung".split())


def joined_group(
    spans: list[tuple[int, int, str]], others: frozenset[str], words: Sequence[str]
) -> frozenset[str]:
    """"Can a civil servant join a candidate's volunteer Telegram channel?": the group is the
    candidate's, the joining the asker's, so the asker joins the group. Returns what stays someone
    else's."""
    if _GROUP not in others:
        return others
    if any(cid == _ATTENDING and cid not in others and words[a] in _JOIN_VERBS for a, _, cid in spans):
        return others - {_GROUP}
    return others


# Reacting to someone else's post (reacted_to).
_REACTIONS = frozenset({"act-like", "act-comment", "act-share"})
_POSTED = frozenset({"act-post", "act-share"})
_WHAT_IS_POSTED = frozenset({"target", "sign"})


def reacted_to(
    spans: list[tuple[int, int, str]], others: frozenset[str], kind: Callable[[str], str]
) -> frozenset[str]:
    """"temen posting foto caleg di grup, sy like", "ada anggota share video paslon, sy komen": the
    asker's like, comment or share is on what the other person posted, so the candidate or the sign
    in that post is what the asker reacts to. Returns what stays someone else's."""
    own = {cid for _, _, cid in spans} - others
    if own.isdisjoint(_REACTIONS) or others.isdisjoint(_POSTED):
        return others
    # ... only what comes after the posting: "teman sy kader partai posting foto wisuda anaknya" says
    # who posted, and the graduation photo has no party in it
    posted_at = min(a for a, _, cid in spans if cid in _POSTED and cid in others)
    in_post = {cid for a, _, cid in spans if a > posted_at}
    return frozenset(c for c in others if kind(c) not in _WHAT_IS_POSTED or c not in in_post)


_ALONG = frozenset({"ikut", "iku", "melu"})  # "sy ikut kena?": liable along with whoever did it
_ALONG_REACH = 4  # from the asker to "ikut kena" ("apakah sy sbg atasan ikut kena")


def liable_along(
    spans: list[tuple[int, int, str]],
    others: frozenset[str],
    words: Sequence[str],
    kind: Callable[[str], str],
    opens: frozenset[int],
) -> frozenset[str]:
    """"Anak buah sy ketahuan like postingan paslon. Apakah sy sbg atasan ikut kena sanksi?": the
    asker asks whether they are liable along with the one who did it, so the acts told in sentences
    that open on that person, not on the asker, are that person's. Returns what is someone else's."""
    asks = [
        a
        for a, _, cid in spans
        if cid == _NOT_INVOLVED
        and words[a] in _ALONG
        and any(w in FIRST_PERSON for w in words[max(0, a - _ALONG_REACH) : a])
    ]
    if not asks:
        return others
    asked_at = min(asks)
    told = [(a, cid) for a, _, cid in spans if kind(cid) == "act" and cid not in others]
    if not told or any(a >= asked_at for a, _ in told):
        return others
    people = {p for a, b, cid in spans if kind(cid) == "who" for p in range(a, b)}

    def theirs(at: int) -> bool:
        opened = start_of(at, opens)
        if any(words[k] in FIRST_PERSON and k not in people for k in range(opened, at)):
            return False  # "sy ikut like" is the asker's; "anak buah sy ketahuan like" is not
        return any(k in people or words[k] in THIRD_PERSON for k in range(opened, at))

    if not all(theirs(a) for a, _ in told):
        return others
    return others | {cid for _, cid in told}


def copied_act(
    spans: list[tuple[int, int, str]],
    others: frozenset[str],
    words: Sequence[str],
    stems: Sequence[str],
    kind: Callable[[str], str],
) -> frozenset[str]:
    """"temen2 pada pasang twibbon dukungan paslon di foto profil, sy ikut pasang": the asker who joins
    in ("ikut", "juga") with the verb someone else acted with does what they did, to the same things.
    Returns what stays someone else's."""
    for start, end, cid in spans:
        if cid in others or kind(cid) != "act":
            continue
        if words[start] in _JOINING_IN and end > start + 1:
            verb = start + 1  # "ikut pasang" as one phrase
        elif start > 0 and words[start - 1] in _JOINING_IN:
            verb = start
        else:
            continue
        theirs = next((a for a, _, _ in spans if a < start and stems[a] == stems[verb]), None)
        if theirs is None:
            continue
        joined = {c for a, _, c in spans if theirs <= a < start and c in others}
        if joined:
            return others - joined
    return others


def bystander(
    spans: list[tuple[int, int, str]],
    others: frozenset[str],
    words: Sequence[str],
    kind: Callable[[str], str],
    kin: Sequence[tuple[int, int, str]] = (),
    not_asn: bool = False,
) -> list[tuple[int, int, str]]:
    """A relative's role in politics told with nothing the asker does, and the question whether
    the asker is sanctioned for it ("anak sy jd relawan capres, sering posting; apa bisa bikin
    saya kena sanksi?"): the asker is not involved, as the card on relatives' politics asks.
    `kin`: the ASN relative the asker asks for ("My father is a civil servant. I'm volunteering
    …, could he get in trouble?"): then the asker is the relative in politics, and that relation
    is told back. `not_asn`: someone in the message is said to be no ASN (an occupation, "bukan PNS"),
    read before the asker's own roles were set aside for the ASN asked about: the one in politics is
    then apart from the ASN ("istri sy bukan ASN, dia mau jadi timses. sy PNS, harus larang?")."""
    kinds = {cid: kind(cid) for _, _, cid in spans}
    relative = next(((a, b) for a, b, cid in spans if cid in RELATIVES), None)
    told = [sp for sp in kin if sp[2] in RELATIVES][:1] if relative is None else []
    # "sy anak pns, boleh jd relawan?": the asker says whose relative they are, so is apart too
    as_kin = any(asker_as(a, words) for a, _, _ in told)
    apart = not_asn or (bool(told) and (as_kin or not MYSELF.isdisjoint(words)))
    fears = _FEARS_SANCTION in kinds or not (_FEAR_WORDS.isdisjoint(words) and _MUST_STOP.isdisjoint(words))
    if not fears and not apart:
        # "boleh sy bantu?" asks leave to join in; "apa sy bisa kena?" asks about theirs. Someone who
        # is not the ASN, set apart ("sendiri", an occupation, "bukan PNS"), asks leave for what the
        # rules do not bind ("sy istri PNS guru. sy sendiri ibu rumah tangga, boleh kan sy posting
        # dukung caleg?"; "sy wiraswasta, suami sy guru PNS. sy mau ikut kampanye caleg")
        return spans
    if told:
        relative = told[0][:2]
    # their role in politics is what is told ("jd relawan", "nyaleg"), and nothing of the asker's
    # (a house, a car) is lent to it; an asker who is not the ASN tells their own acts too ("Istri
    # sy PNS. Sy sendiri mau pasang spanduk caleg di toko sy. Istri bisa kena?")
    # Someone said to be no ASN ("ibu sy bukan PNS, pasang bendera partai di warungnya") is apart
    # in what they do, not only in a role they hold; not a village head or staff, whom the village
    # law binds though they are no ASN.
    apart_acts = not_asn and _VILLAGE_OFFICE.isdisjoint(kinds)
    # A relative's partisan act tells it too when the asker fears a sanction or asks whether to stop
    # it ("anak sy bikin konten tiktok dukung capres, sy pns. apa sy harus larang?"), nobody else who
    # may be the doer or the one asked about is named (a head of office, a teacher, a village head),
    # and the act comes after the relative ("… dikirim ke BKN … sy punya anak empat" is no such act).
    feared = (
        fears
        and all(kinds[cid] != "who" or cid in RELATIVES or cid in _ASKERS_STATUS for cid in kinds)
        and relative is not None
        and any(a > relative[0] and cid in others and kinds[cid] in _INVOLVING for a, _, cid in spans)
    )
    told_kinds = _IN_POLITICS_TOLD if told or apart_acts or feared else _IN_POLITICS
    if relative is None or not any(kind(c) in told_kinds or c in RUNNING for c in others):
        return spans
    if "resource" in kinds.values() or not _SHARED.isdisjoint(kinds):
        return spans
    if any(kinds[cid] in _INVOLVING and cid not in others for _, _, cid in spans):
        return spans
    return sorted(spans + told + [(*relative, _NOT_INVOLVED)])


def joining_an_event(
    spans: list[tuple[int, int, str]], words: Sequence[str], kind: Callable[[str], str]
) -> list[tuple[int, int, str]]:
    """"ikut syukuran", "iko pengajian", "melu kenduren": joining an event (or a neutrality pledge,
    "ikut deklarasi netralitas") is attending it, as "ikut acara" is; not when the word is already
    part of a longer phrase ("ikut konvoi")."""
    if kind(_ATTEND) != "act":
        return spans  # a knowledge without the act (a test's)
    covered = {p for a, b, _ in spans for p in range(a, b)}
    added = [
        (start - 1, start, _ATTEND)
        for start, _, cid in spans
        if (kind(cid) == "event" or cid == _PLEDGE)
        and start > 0
        and words[start - 1] in _JOINING
        and start - 1 not in covered
    ]
    return sorted(spans + added) if added else spans


def used_not_worn(
    spans: list[tuple[int, int, str]], kind: Callable[[str], str], words: Sequence[str]
) -> list[tuple[int, int, str]]:
    """"pake mobil dinas", "pakai aula kantor", "pake surat suara contoh", "spanduk pensi pakai logo
    pemprov": what is used right after "pakai" is a resource, the election's own papers or a thing
    no one wears, so the word is no wearing."""
    used = {a for a, _, cid in spans if kind(cid) == "resource" or cid in _ELECTIONS_PAPERS}
    used_before = {b for _, b, cid in spans if kind(cid) == "resource"}

    def used_by_asker(start: int) -> bool:
        """"mobil dinas kecamatan sy pake": the resource named before the asker who uses it (not a
        passive: "aula kami dipakai PPK" is used by others)."""
        return (
            start > 0
            and not words[start].startswith("di")
            and words[start - 1] in FIRST_PERSON
            and any(start - 1 - k in used_before for k in range(_USED_BEFORE_REACH))
        )

    return [
        sp
        for sp in spans
        if not (
            sp[2] == _WEARING
            and (sp[1] in used or (sp[1] < len(words) and words[sp[1]] in _NOT_WORN) or used_by_asker(sp[0]))
        )
    ]


def registering(spans: list[tuple[int, int, str]], words: Sequence[str], stems: Sequence[str]) -> list[tuple[int, int, str]]:
    """"ade jadi caleg, beta mau antar dia pi daftar di KPU", "abang daftar calon bupati ke KPU
    besok": a candidate's registering with the election body is the registration event, though the
    phrase is split ("pendaftaran", "daftar ke KPU" are the knowledge's terms)."""
    ids = {cid for _, _, cid in spans}
    if _REGISTRATION in ids or _CANDIDACY.isdisjoint(ids) or not _NOT_A_CANDIDATES_REGISTRATION.isdisjoint(ids):
        return spans
    bodies = {a: b for a, b, cid in spans if cid == _ELECTION_BODY_ID}
    for i, s in enumerate(stems):
        if s != _REGISTER or words[i].startswith(("di", "ter")) or (i + 1 < len(words) and words[i + 1] in _LISTS):
            continue  # "didaftarkan" (put on a list), "terdaftar di KPU" (registered), "daftar pemilih" (the voter list)
        body = next((k for k in range(i + 1, min(len(words), i + _REGISTER_REACH + 2)) if k in bodies), None)
        if body is not None:
            return sorted([*spans, (i, bodies[body], _REGISTRATION)])
    return spans


def family_gift(spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """"Tonggo kulo caleg, nganakke sunatan anake. Kulo angsal rawuh nyumbang?": what a guest gives
    at a wedding or a family celebration, with no campaign in the message, is the customary gift to
    the host, not money for a candidate."""
    ids = {cid for _, _, cid in spans}
    if _DONATING not in ids or _FAMILY_EVENTS.isdisjoint(ids) or not _CAMPAIGN_MONEY.isdisjoint(ids):
        return spans
    return [sp for sp in spans if sp[2] != _DONATING]


def spouse_runs(
    spans: list[tuple[int, int, str]], words: Sequence[str], starts: frozenset[int], others: frozenset[str]
) -> list[tuple[int, int, str]]:
    """The spouse named is the one running: right before the candidacy ("suami saya nyaleg", "my
    wife is running", "istri sy calon bupati"), right after a candidate ("istri calon wakil bupati":
    the asker is the candidate's wife), or married to an asker who runs ("Saya caleg, istri saya PNS").
    Only then is the card on a candidate's ASN spouse about the message; a spouse who only talks
    about the debate at dinner is not."""
    spouses = [(a, b) for a, b, cid in spans if cid == _SPOUSE]
    if not spouses or any(cid == _SPOUSE_RUNS for _, _, cid in spans):
        return spans
    # "sy istrinya ASN": "istrinya" is also a candidate's wife, but here the asker is the ASN's wife
    runs = [(a, b) for a, b, cid in spans if cid in _CANDIDACY and (a, b) not in spouses]
    # "Saya caleg DPRD …", "Sy berencana nyaleg": the asker runs
    # "suami saya nyaleg", "adik kandung sy nyaleg": not the asker
    owned = {_past_modifiers(b, words) for _, b, cid in spans if cid in (_SPOUSE, _RELATIVE)}
    asker_runs = (_RUNNING_FOR in {cid for _, _, cid in spans} - others) or any(
        r_start > 0 and words[r_start - 1] in FIRST_PERSON and r_start - 1 not in owned for r_start, _ in runs
    )

    def said_of(b: int, r_start: int) -> bool:
        between = words[b:r_start]
        # "his wife, a DPR candidate": an apposition goes on over the comma
        crossed = [p for p in range(b + 1, r_start + 1) if p in starts]
        return (
            0 <= r_start - b <= _SPOUSE_REACH
            and all(w in _SPOUSE_FILLERS for w in between)
            and all(p == b and words[b] in _APPOSITION for p in crossed)
        )

    kin_ends = {b for _, b, cid in spans if cid == _RELATIVE}
    for a, b in spouses:
        if a in kin_ends:
            continue  # "Om suami saya nyaleg": the husband's uncle runs
        # "istri calon wakil bupati", but not across a comma ("anak dipakein kaos paslon, suami cm …")
        near = any(said_of(b, r_start) or (r_end == a and a not in starts) for r_start, r_end in runs)
        if near or asker_runs:
            return sorted(spans + [(a, b, _SPOUSE_RUNS)])
    return spans


def _past_modifiers(end: int, words: Sequence[str]) -> int:
    """Where the words saying which relative ("kandung", "sulung") end."""
    while end < len(words) and words[end] in KIN_MODIFIERS:
        end += 1
    return end


def office_sought(spans: list[tuple[int, int, str]], words: Sequence[str]) -> list[tuple[int, int, str]]:
    """An office someone is to become ("amanah jd walikota", "2024 ganti walikota", "semoga jadi
    bupati") is what a candidate seeks, and one someone held ("calon yg juga mantan bupati kami")
    is no more theirs: not a state official in the story, so the decline for questions about
    officials' own rules does not apply."""
    return [
        sp
        for sp in spans
        if not (
            sp[2] == _STATE_OFFICIAL
            and (sp[0] > 0 and words[sp[0] - 1] in _BECOMING | _FORMER or _speaker(sp[1], words))
        )
    ]


# An election committee named as the source, the addressee or the occasion of something
# ("undangan dari PPS", "terima kasih buat petugas KPPS", "pelantikan anggota KPPS") is the body,
# not a role the asker takes.
_COMMITTEE = "role-kpps"
_COMMITTEE_BODY = "target-election-committee"
_COMMITTEES_OWN = frozenset(
    "dari dr buat bwt untuk utk kepada ke bagi oleh for from to by pelantikan bimtek rapat undangan jadwal".split()
)
_COMMITTEE_REACH = 2  # words between that word and the committee ("dari petugas PPS", "buat para KPPS")
_LISTING = frozenset("dan serta atau maupun and or".split())
_APPLYING = frozenset("mendaftar seleksi melamar lamar apply".split())
_REGISTERING = frozenset("ke jadi jd sebagai sbg".split())  # "daftar ke PPS buat KPPS"; not "daftar lokasi TPS", a list
_APPLY_REACH = 4


def committee_as_body(spans: list[tuple[int, int, str]], words: Sequence[str]) -> list[tuple[int, int, str]]:
    """"bikin video terima kasih buat petugas KPPS", "share jadwal C pemberitahuan dari PPS": the
    committee is the election body the asker serves or thanks, not a committee the asker sits on.
    "jadi anggota KPPS", "daftar KPPS", "diminta PPS jadi KPPS" keep the role."""
    kept: list[tuple[int, int, str]] = []
    body_end = -1  # where the last committee read as a body ends: "buat petugas PPS dan KPPS" lists two
    for start, end, cid in spans:
        if cid == _COMMITTEE:
            before = range(max(0, start - _COMMITTEE_REACH), start)
            listed = body_end >= 0 and all(words[k] in _LISTING for k in range(body_end, start))
            applying = range(max(0, start - _APPLY_REACH), start)
            if listed or (
                any(words[k] in _COMMITTEES_OWN for k in before)
                and not any(words[k] in _BECOMING for k in before)
                and not any(
                    words[k] in _APPLYING or (words[k] == _REGISTER and k + 1 < start and words[k + 1] in _REGISTERING)
                    for k in applying
                )
            ):
                cid = _COMMITTEE_BODY
                body_end = end
        kept.append((start, end, cid))
    return kept


# Someone described as running (candidacy_described).
_CANDIDATE = "target-candidate"
_STILL = AGENT_FILLERS | frozenset("lg sedang sdg masih msh".split())  # "yg lg nyalon", "yang masih maju"
_NOT_A_HEAD = AGENT_FILLERS | frozenset("boleh bolehkah bisa kan ga gak gk nggak tidak apakah".split())
_HEAD_REACH = 3  # words between "yg" and the noun it describes (as attribution.RELATIVE_HEAD_REACH)


def candidacy_described(
    spans: list[tuple[int, int, str]], words: Sequence[str], starts: frozenset[int], asn: frozenset[int]
) -> list[tuple[int, int, str]]:
    """"ketua IPSI yg lg nyalon wali kota", "bupati petahana yg mau maju lagi": a relative clause
    describes someone who runs, a candidate, not the asker running. Not "saya sendiri yg mau
    nyalon", nor an ASN named as the one asked about (`asn`: "PNS yg mau nyalon harus mundur
    kapan?"), nor "yg" with no noun before it in the clause ("boleh ga yg PNS nyalon")."""
    return [
        (a, b, _CANDIDATE) if cid == _RUNNING_FOR and _described(a, words, starts, asn) else (a, b, cid)
        for a, b, cid in spans
    ]


def _described(start: int, words: Sequence[str], starts: frozenset[int], asn: frozenset[int]) -> bool:
    j = start - 1
    while j >= 0 and words[j] in _STILL and words[j] not in SOMEONE and j + 1 not in starts:
        j -= 1
    if j < 1 or words[j] not in SOMEONE or j in starts:
        return False
    for k in range(j - 1, max(-1, j - _HEAD_REACH - 1), -1):
        if words[k] in FIRST_PERSON or k in asn:
            return False
        if k in starts:
            break  # the clause opens here: what came before is another sentence's
    return words[j - 1] not in _NOT_A_HEAD


# Leaving something other than a group (left_elsewhere).
_STAYING = "act-stay-group"
_LEAVE = frozenset("keluar".split())
_FROM = frozenset("dari dr".split())
_GROUPS = frozenset("grup group grupnya groupnya wag channel kanal".split())


def left_elsewhere(spans: list[tuple[int, int, str]], words: Sequence[str]) -> list[tuple[int, int, str]]:
    """"harus keluar dari ibadah", "perlu keluar dari ruangan": leaving a service or a room, not a
    chat group; "harus keluar?" alone, after a group is told of, still asks about the group."""
    return [
        sp
        for sp in spans
        if not (
            sp[2] == _STAYING
            and words[sp[1] - 1] in _LEAVE
            and sp[1] + 1 < len(words)
            and words[sp[1]] in _FROM
            and words[sp[1] + 1] not in _GROUPS
        )
    ]


# A ballot number that names who acts (numbered_candidate).
_NUMBER = "sign-number"
_CANDIDATE_WORDS = frozenset("paslon calon caleg cabup cagub capres cawabup cawagub cawalkot bacaleg".split())
_PRESENCE = frozenset({"act-attend", "act-speech"})  # coming, speaking ("paslon 1 pake caption": a caption)


def numbered_candidate(spans: list[tuple[int, int, str]], words: Sequence[str]) -> list[tuple[int, int, str]]:
    """"calon bupati nomer 2 rawuh", "paslon 2 datang ke pengajian": a number that names the one who
    then comes or speaks is that candidate, someone else, not a number the asker shows; "sy pake kaos paslon
    nomor 2" and "pilih paslon 2" keep the sign."""
    acts = {a for a, _, cid in spans if cid in _PRESENCE}
    named = {b for _, b, cid in spans if cid == _CANDIDATE}
    return [
        (a, b, _CANDIDATE) if cid == _NUMBER and b in acts and (a in named or words[a] in _CANDIDATE_WORDS) else (a, b, cid)
        for a, b, cid in spans
    ]


# A bare ballot number after the vote verb (ballot_number), and the counted things that make it a count.
_PUNCHING = frozenset("coblos nyoblos mencoblos coblosin nyoblosin".split())
_DIGITS = frozenset("1 2 3 4 5 6 7 8 9 01 02 03 04 05 06 07 08 09".split())
_COUNTED_THINGS = frozenset("surat suara kotak lembar kali kertas tps bilik orang jenis hari jam menit x".split())


def ballot_number(
    spans: list[tuple[int, int, str]], words: Sequence[str], starts: frozenset[int]
) -> list[tuple[int, int, str]]:
    """"komen 'coblos 2' di fb", "nyoblos 3 ya": a digit after the vote verb is a ballot number (a
    sign, unless the asker is the voter: own_vote reads that next); "cara coblos 5 surat suara" counts
    ballots."""
    digits = [i + 1 for i, w in enumerate(words[:-1]) if w in _PUNCHING and words[i + 1] in _DIGITS]
    if not digits:
        return spans  # most messages: no vote verb with a digit after it, nothing else to look at
    covered = {k for a, b, _ in spans for k in range(a, b)}
    found = [
        (d, d + 1, _NUMBER)
        for d in digits
        if d not in covered
        and d not in starts  # "ayo nyoblos, 1 suara menentukan": a new clause
        and (d + 1 >= len(words) or words[d + 1] not in _COUNTED_THINGS)
    ]
    return sorted(spans + found) if found else spans


# The asker's own ballot (own_vote).
_VOTE = "act-vote"
_VOTERS = frozenset("saya sy aku ak gue gw gua kami i we".split())  # who casts it: the asker, as a subject
# between the voter and the vote: when, whether, as what ("sy pns besok boleh nyoblos", "can i vote")
_BEFORE_VOTE = frozenset(
    "mau akan boleh bisa pengen ingin tetap nanti besok harus juga cuma hanya sendiri sebagai "
    "can may will want to allowed going am still just also".split()
) | ASN_WORDS
_VOTE_OBJECT = frozenset("for untuk buat".split()) | _CANDIDATE_WORDS  # "vote for number 2", "coblos paslon 2"
_VOTE_WORDS = frozenset("coblos nyoblos mencoblos pilih milih memilih contreng nyontreng vote voting".split())
# the voter told or asked by someone ("bilang ke sy 'nanti nyoblos no 1'", "berpesan agar kami memilih …")
_TOLD_BEFORE = (
    frozenset("ke kepada sama sm dengan dgn to tell told asked minta suruh nyuruh ajak bilang pesan berpesan".split()) | _SO_THAT
)
_VOTE_OBJECT_REACH = 2


def own_vote(spans: list[tuple[int, int, str]], words: Sequence[str]) -> list[tuple[int, int, str]]:
    """"sy mau coblos no 2", "sy pns, besok boleh nyoblos nomor 1?", "Can I vote for number 2?": the
    number the asker votes for is the secret ballot, a right, not a sign shown to anyone. Telling
    someone else to ("bilang ke istri 'coblos no 2'", "nyuruh keluarga coblos no 3") keeps the sign."""
    dropped: set[tuple[int, int, str]] = set()
    voted: list[tuple[int, int, str]] = []
    for span in spans:
        a, b, cid = span
        # "coblos no 2", "vote for number 2" are call-to-vote terms: said by the voter, a vote
        if cid not in (_VOTE, CALL_TO_VOTE):
            continue
        k = word_before(a, words, _BEFORE_VOTE)
        if k < 0 or words[k] not in _VOTERS or (k > 0 and words[k - 1] in _TOLD_BEFORE):
            continue
        if cid == CALL_TO_VOTE and words[a] not in _VOTE_WORDS:
            continue  # "saya ajak ibu2 pilih caleg Z": the asker's call, not a vote
        reach = b
        while reach < len(words) and reach - b < _VOTE_OBJECT_REACH and words[reach] in _VOTE_OBJECT:
            reach += 1
        dropped |= {sp for sp in spans if sp[2] in (_NUMBER, _CANDIDATE) and a <= sp[0] <= reach}
        if cid == CALL_TO_VOTE:
            dropped.add(span)
            voted.append((a, b, _VOTE))
    if not dropped:
        return spans
    return sorted([sp for sp in spans if sp not in dropped] + voted)


# A refusal that has not happened (refusal_not_done).
REFUSED = "limit-refused"
# ... and leaving at once: "panwascam minta sy keluar" is a leaving asked for, not one the asker chose,
# and "langsung pulang setelah menyanyi" leaves after taking part
LEFT_AT_ONCE = "limit-left-at-once"
_REFUSED_OR_LEFT = frozenset({REFUSED, LEFT_AT_ONCE})
_AFTER = frozenset({"setelah", "sesudah", "habis", "abis", "selesai", "after"})
_NOT_DONE_YET = frozenset("kalau kalo klo kl jika bila apabila if minta suruh nyuruh menyuruh disuruh mau pengen ingin".split())
_WEIGHED = frozenset({"atau", "ato", "or"})


# A refusal weighed as the better choice ("atau mending nolak aja?"): supposed, not made
_BETTER = frozenset("mending mendingan sebaiknya".split())
# ... or said of the other side ("caleg lain gk sy kasih"): the favour done to one side, not a refusal
_OTHER_SIDE = frozenset("lain lainnya other others".split())
# ... or given up later ("awalnya sy tolak tp akhirnya sy join jg"): the asker did it in the end
_IN_THE_END = frozenset("akhirnya ujungnya ujung2nya finally eventually".split())
_GAVE_IN_REACH = 12  # words from the refusal to "akhirnya"
_GIVER_REACH = 4  # … and from "akhirnya" to the asker ("akhirnya pas pengajian sy titip")


def refusal_not_done(
    spans: list[tuple[int, int, str]], words: Sequence[str], starts: frozenset[int] = frozenset()
) -> list[tuple[int, int, str]]:
    """"kalau sy tolak yg satu", "paslon 2 minta sy tolak", "sy tolak atau kasih sebagian?": a refusal
    supposed, asked for or weighed against giving, not one the asker made; the refusal's phrases
    otherwise say it already happened ("sy tolak", "sy kembalikan"). The same for leaving at once,
    which also is not one when it comes after taking part ("langsung pulang setelah menyanyi"), and a
    refusal to the other side ("caleg lain gk sy kasih", "yg lain sy tolak"), which favours one, or one
    given up ("awalnya sy tolak tp akhirnya sy join jg")."""

    def made(start: int, end: int, concept: str) -> bool:
        supposed = start > 0 and (
            words[start - 1] in _NOT_DONE_YET
            or words[start - 1] in _BETTER
            or (start > 1 and words[start - 1] in FIRST_PERSON and words[start - 2] in _BETTER)  # "mending sy tolak"
        )
        weighed = end < len(words) and words[end] in _WEIGHED
        after_taking_part = concept == LEFT_AT_ONCE and end < len(words) and words[end] in _AFTER
        other_side = concept == REFUSED and start > 0 and words[start - 1] in _OTHER_SIDE
        return not (supposed or weighed or after_taking_part or other_side or (concept == REFUSED and gave_in(end)))

    def gave_in(end: int) -> bool:
        """"tadinya sy tolak, tp akhirnya sy join jg": the asker, in the same clause, before anyone else
        ("akhirnya mereka pergi. sy pns" is not)."""
        for k in range(end, min(len(words), end + _GAVE_IN_REACH)):
            if words[k] not in _IN_THE_END:
                continue
            for j in range(k + 1, min(len(words), k + 1 + _GIVER_REACH)):
                if j in starts or words[j] in THIRD_PERSON:
                    break
                if words[j] in FIRST_PERSON:
                    return True
        return False

    return [sp for sp in spans if sp[2] not in _REFUSED_OR_LEFT or made(*sp)]


# "sy kapus tolak", "sy balas menolak", "sy panitia ikut nolak": a refusal verb the asker does, with a word
# or two (a role, "balas") between the pronoun and the verb, which the refusal's phrases do not list.
_REFUSING = frozenset({"tolak"})
_REFUSER_REACH = 3
# ... but not one denied, feared, weighed or asked about: "takut nolak", "sungkan nolak", "bisa tolak kah?",
# "nolak gk enak", "bingung nolaknya"
_NOT_A_REFUSAL_MADE = _NOT_DONE_YET | NEGATORS | frozenset(
    "takut sungkan segan enak bingung bisa boleh bolehkah berani harus hrs haruskah kudu mesti musti perlu perlukah wajib patut "
    "sulit susah apa apakah gimana bagaimana cara utk untuk buat "
    "jgn tdak".split()  # spellings the negators do not list
) | _BETTER
_NOT_A_REFUSAL_AFTER = _NOT_A_REFUSAL_MADE | {"kah"}  # ... said right after the verb
# ... nor one whose grounds or way are asked for: "apa dasar saya menolak?", "can I refuse?"
_REFUSAL_ASKED_ABOUT = _NOT_A_REFUSAL_MADE | frozenset("dasar alasan bisakah dapatkah can could should may how whether".split())
_REFUSAL_ASKED_REACH = 2


def refusal_made(start: int, end: int, words: Sequence[str]) -> bool:
    """A refusal the asker has made, not one asked about: no question, modal, fear or negation in its
    words or the two before them ("sy tolak" and "sudah sy kembalikan", not "boleh gak sy tolak?",
    "gimana cara nolaknya", "can I refuse?")."""
    return _REFUSAL_ASKED_ABOUT.isdisjoint(words[max(0, start - _REFUSAL_ASKED_REACH) : start + 1])


def refused_by_asker(
    spans: list[tuple[int, int, str]], words: Sequence[str], stems: Sequence[str], starts: frozenset[int]
) -> list[tuple[int, int, str]]:
    """A refusal verb whose doer is the asker, named a few words before it in the same clause, is the
    asker turning something down: "Puskesmas … minta izin pake halaman, sy kapus tolak"."""
    if any(cid == REFUSED for _, _, cid in spans):
        return spans
    found = []
    for i, s in enumerate(stems):
        if s not in _REFUSING or i == 0 or words[i].endswith("nya"):
            continue
        if i + 1 < len(words) and i + 1 not in starts and words[i + 1] in _NOT_A_REFUSAL_AFTER:
            continue
        for k in range(i - 1, max(-1, i - _REFUSER_REACH - 1), -1):
            if words[k] in FIRST_PERSON:
                if not (k > 0 and words[k - 1] in _NOT_A_REFUSAL_MADE):
                    found.append((i, i + 1, REFUSED))
                break
            if k + 1 in starts or words[k] in _NOT_A_REFUSAL_MADE:
                break
    return sorted(spans + found) if found else spans


_INVITED = frozenset("diajak diajakin diundang invited".split())  # the asker invited ...
# ... named before it, or no one ("diajak kades …"); not "warga yg mau diajak"
_INVITED_AFTER = FIRST_PERSON | frozenset("pernah tadi td kemarin kmrn juga jg udah sudah baru was".split())
# "temen ngajak sy", "ngajak ke kampanye": an active invitation, when it names the asker or a place
# ("kadis mengajak coblos partai" urges an audience)
_INVITING = frozenset("ngajak ngajakin mengajak ajak ngundang mengundang".split())
_INVITED_TO = FIRST_PERSON | frozenset("ke ikut".split())
# "sy ga ikut pasang tapi bantu angkat": staying out of one part only, not of what was asked
_PARTLY = frozenset("tapi tp tetapi namun cuma cm hanya cuman but only just".split())
_PARTLY_REACH = 3


def invitation_declined(spans: list[tuple[int, int, str]], words: Sequence[str]) -> list[tuple[int, int, str]]:
    """"diajak kades ikut deklarasi, sy ga ikut": staying out of what one was invited to, said after
    the invitation, is turning it down, as "sy tolak" is."""
    invited = next(
        (
            i
            for i, w in enumerate(words)
            if (w in _INVITED and (i == 0 or words[i - 1] in _INVITED_AFTER))
            or (w in _INVITING and i + 1 < len(words) and words[i + 1] in _INVITED_TO)
        ),
        None,
    )
    if invited is None:
        return spans
    declined = [
        (a, b, REFUSED)
        for a, b, cid in spans
        if cid == _NOT_INVOLVED and a > invited and _PARTLY.isdisjoint(words[b : b + _PARTLY_REACH])
    ]
    return spans + [sp for sp in declined if sp not in spans]


_READ = "act-read"
_SOURCE_REACH = 5  # from the reading to the word of saying: "baca di berita bawaslu sikka bilang"


def read_as_source(spans: list[tuple[int, int, str]], words: Sequence[str]) -> list[tuple[int, int, str]]:
    """"sy baca berita Bawaslu bilang PNS boleh hadir …": the news read is where a claim comes from,
    which the asker checks; the reading is no act asked about."""
    return [
        sp
        for sp in spans
        if sp[2] != _READ or _SAYS.isdisjoint(words[sp[1] : sp[1] + _SOURCE_REACH])
    ]


def _speaker(end: int, words: Sequence[str]) -> bool:
    """An official who stated a rule ("the Home Affairs Minister said civil servants may …",
    "Mendagri bilang ASN boleh …"): the source of a claim the asker checks, not whom the question
    is about. Not one who said something else ("bupati bilang ke kami 'pilih nomor 2'")."""
    said = next((k for k in range(end, min(len(words), end + _SPEAKER_REACH)) if words[k] in _SAYS), None)
    return said is not None and not _RULE_WORDS.isdisjoint(words[said + 1 : said + 1 + _RULE_REACH])


def said_unrelated(spans: list[tuple[int, int, str]], words: Sequence[str]) -> list[tuple[int, int, str]]:
    """"ga ada hubungannya sm pilkada", "tak ada kaitan dengan pemilu": the asker says what they tell
    of has nothing to do with the election, whichever denial, link word or election word is used
    (the glossary's phrases list only some)."""
    found = []
    for i, word in enumerate(words):
        if word not in _LINKS or i < 2 or words[i - 1] != "ada" or words[i - 2] not in _NO_LINK:
            continue
        election = next((k for k in range(i + 1, min(len(words), i + 1 + _UNRELATED_REACH)) if words[k] in _ELECTION), None)
        if election is not None:
            found.append((i - 2, election + 1, NONPOLITICAL))
    return sorted(spans + found) if found else spans


# A finger pose that counts something else (gesture_counts): what the fingers count, and what would
# make the pose a side's sign after all.
_GESTURE = "sign-gesture"
_COUNTED = frozenset(
    "kelas lantai angkatan dosis skor juara umur umurnya usia urutan berhitung hitung ngitung menghitung "
    "doa berdoa tahiyat tasyahud tauhid pertanyaan love saranghae score floor grade class dose age "
    "anak kembar berdua rt rw".split()  # a child's age or the children counted, twins, a neighbourhood
)
_CHOICE_WORDS = frozenset("pilihan pilihanku pilihannya pilihan2 choice".split())
_THUMBS = frozenset("jempol thumbs".split())
_CAMPAIGNING = _SIDES - {_GESTURE} | {
    "event-campaign", "act-campaign", "role-campaign-team", "target-campaign-material", "sign-attribute",
    "sign-call-to-vote", "act-support", "event-partisan-meeting", "act-help-campaign", "who-incumbent", "sign-praise",
    "sign-cheer",
}


def gesture_counts(spans: list[tuple[int, int, str]], words: Sequence[str]) -> list[tuple[int, int, str]]:
    """"foto kelas 3 pose tiga jari", "tim vaksinasi pose tiga jari buat dosis ke 3", "angkat 1 jari
    pas doa", "pose 3 jari foto anak 3", "pose jempol foto keluarga": fingers that count a class, a
    dose, a score, a prayer's one God or the children, and a thumbs-up, are no ballot number when the
    message names no candidate, party, number, campaign, incumbent, praise, cheer or vote; "pose dua
    jari pas musim pilkada" names nothing they count and stays the pose."""
    if not any(cid == _GESTURE for _, _, cid in spans) or any(cid in _CAMPAIGNING for _, _, cid in spans):
        return spans
    if any(w in _VOTE_WORDS or w in _CHOICE_WORDS for w in words):
        return spans  # "juara 2, pilihan juga 2 😉": the count carries a vote with it
    counted = next(
        (k for k, w in enumerate(words) if w in _COUNTED and not (w == "anak" and words[k + 1 : k + 2] == ["buah"])),
        None,  # "anak buah" (subordinates) counts nobody
    )
    if counted is None:
        # a thumbs-up counts nothing and is no number: "pose jempol foto keluarga"
        counted = next((a for a, b, cid in spans if cid == _GESTURE and any(w in _THUMBS for w in words[a:b])), None)
    if counted is None:
        return spans
    return sorted(spans + [(counted, counted + 1, NONPOLITICAL)])


def status_alone(spans: list[tuple[int, int, str]], words: Sequence[str]) -> list[tuple[int, int, str]]:
    """A status named with nothing else ("pppk jg?", "udah pensiun bebas kan", "honorer?") asks
    whether the neutrality rules bind it, as its status card answers; not the plain ASN or PNS,
    whom every message is about, nor the people around the asker."""
    if len(words) > _ALONE_WORDS or not spans:
        return spans
    if any(cid not in _STATUSES and cid not in _ASKING for _, _, cid in spans):
        return spans
    statuses = [(a, b) for a, b, cid in spans if cid in _STATUSES]
    if not statuses:
        return spans
    return sorted(spans + [(*statuses[0], _NEUTRALITY)])


# The asker's retirement (retired_asker) and the statuses it ends.
RETIRED = "who-retired"
_FORMER_STATUSES = frozenset({"who-asn", "who-pns", "who-cpns", "who-pppk"})
_PEOPLE = frozenset({"who-relative", "who-spouse", "who-acquaintance"})
_ALREADY = frozenset("sudah udah udh sdh telah baru memang emang kan".split())
# ... unless it is still to come: said before it ("belum pensiun", "mau pensiun") or after it
# ("berlaku bulan depan", "belum, tahun depan"; not "sudah pensiun, mau jadi timses").
_NOT_YET = frozenset("belum blm mau akan nanti depan segera bakal next will soon".split())
_NOT_YET_AFTER = frozenset("belum blm depan next".split())
_NOT_YET_REACH = 3
_NOT_YET_AFTER_REACH = 6
# The asker's own status and occupation, between the asker and their retirement ("saya guru PNS
# sudah pensiun").
_ASKERS_STATUS = _FORMER_STATUSES | {"who-teacher-health", "who-official"}


def retired_asker(
    spans: list[tuple[int, int, str]], words: Sequence[str], starts: frozenset[int]
) -> list[tuple[int, int, str]]:
    """The asker who says they have retired ("SK pensiun sy udah keluar", "saya sudah pensiun")
    was a PNS and is one no more: "sy guru PNS, SK pensiun sy udah keluar" names a former status,
    not a current one. Another's retirement ("bapak sy pensiunan", "teman saya sudah pensiun")
    leaves the asker's status as it is."""
    people = {k for a, b, cid in spans if cid in _PEOPLE for k in range(a, b)}
    status = {k for a, b, cid in spans if cid in _ASKERS_STATUS for k in range(a, b)}

    def the_askers(a: int, b: int) -> bool:
        k = word_before(a, words, _ALREADY)
        while k > 0 and (words[k] in ASN_WORDS or k in status):
            k -= 1  # "saya PNS, sudah pensiun", "saya guru PNS sudah pensiun"
        if k >= 0 and words[k] in FIRST_PERSON:
            # "sy sudah pensiun", not "bapak sy pensiunan" nor "teman saya sudah pensiun"
            return not (k > 0 and (k - 1 in people or words[k - 1] in POSSESSABLE or words[k - 1] in THIRD_PERSON))
        # "SK pensiun sy", "pensiun saya" (not "bapak pensiunan PNS, saya …")
        return b < len(words) and words[b] in FIRST_PERSON and b not in starts

    def still_to_come(a: int, b: int) -> bool:
        # "sy belum pensiun", "SK pensiun sy baru berlaku bulan depan", "sy sudah pensiun? belum"
        before = words[max(0, a - _NOT_YET_REACH) : b]
        return not (_NOT_YET.isdisjoint(before) and _NOT_YET_AFTER.isdisjoint(words[b : b + _NOT_YET_AFTER_REACH]))

    if not any(cid == RETIRED and the_askers(a, b) and not still_to_come(a, b) for a, b, cid in spans):
        return spans
    return [sp for sp in spans if sp[2] not in _FORMER_STATUSES]


# The asker's own fault asked about in a short last sentence ("apa saya salah?", "sy kena gk?").
_FAULT = frozenset("salah bersalah kena melanggar terlibat wrong trouble".split())
_LAST_SENTENCE_WORDS = 6
_QUESTION_OPENERS = frozenset("apa apakah apkh jadi jd berarti brarti trus terus so".split())
_KIN = frozenset("suami istri bini laki anak adik kakak abang bapak ibu ayah mama papa mertua ortu keluarga husband wife".split())


def asks_of_self(words: Sequence[str], opens: frozenset[int]) -> bool:
    """The message ends on a short sentence asking whether the asker is at fault ("teman saya PNS
    ikut konvoi. saya cuma nonton. apa saya salah?"): it asks about the asker, not for the ASN
    relative or friend named before, whatever that one did."""
    tail = list(words[start_of(len(words) - 1, opens) :])
    if tail and tail[0] in _QUESTION_OPENERS:
        tail = tail[1:]  # "apa saya salah?", "jadi sy kena?"
    # the asker as the subject ("saya salah?"), not as an owner ("suami sy kena gk?") nor afraid for
    # someone else ("sy takut suami kena")
    named = THIRD_PERSON | POSSESSABLE | _KIN
    return (
        0 < len(tail) < _LAST_SENTENCE_WORDS
        and tail[0] in FIRST_PERSON
        and not _FAULT.isdisjoint(tail)
        and named.isdisjoint(tail[1:])
    )


# Something done before the asker became an ASN (appointed_since): the past told first ("dulu",
# "2019", "pas kuliah"), then the status reached since ("skrg udh PNS", "sekarang lulus cpns").
BEFORE_ASN = "limit-before-asn"
_NOW = frozenset("skrg sekarang skrang skg sekrg kini now".split())
_BECAME = frozenset("udah sudah udh dah sdh jadi jd lulus diangkat menjadi already".split())
_PAST = frozenset("dulu dulunya dlu pernah".split())
_PAST_YEARS = frozenset(str(y) for y in range(2000, 2024))  # the last Pemilu and Pilkada before 2024's
_ALSO = frozenset("jg juga also".split())
_GOING_ON = frozenset({"act-reshare-again", "ctx-role-continues"})
_DONE_THEN = frozenset({"act", "role", "sign"})
# ... but a party card taken then is membership still held unless the asker left ("ctx-left-party")
_MEMBERSHIP = frozenset({"act-join-party", "role-party-officer"})
_BECAME_REACH = 3  # words between "skrg" and the status ("sekarang saya sudah PPPK")


def _told_around(
    spans: list[tuple[int, int, str]], at: int, kind: Callable[[str], str], left_out: Callable[[int, int, str], bool]
) -> tuple[set[str], set[str]]:
    """The acts, roles and signs told before position `at` and after it, less those `left_out`."""
    doing = [(a, cid) for a, b, cid in spans if kind(cid) in _DONE_THEN and not left_out(a, b, cid)]
    return {cid for a, cid in doing if a < at}, {cid for a, cid in doing if a > at}


def _past_told(words: Sequence[str]) -> int:
    """Where the message first tells of the past ("dulu", "pernah", "2019"); its length if nowhere."""
    return next((k for k, w in enumerate(words) if w in _PAST or w in _PAST_YEARS), len(words))


def appointed_since(
    spans: list[tuple[int, int, str]], words: Sequence[str], asn: frozenset[int], kind: Callable[[str], str]
) -> list[tuple[int, int, str]]:
    """A past told before the asker's status is named as reached now ("status FB aku taun 2018
    banyak dukung capres, skrg udh PNS", "dulu admin medsos konsultan politik, skrg lulus cpns"): what
    was done then was done before the asker became an ASN, as "sebelum jadi PNS" says. `asn`: the
    positions of ASN statuses. Not when what was done then is told again after ("dulu sy relawan
    caleg, skrg sy pns dan mau jadi relawan caleg lagi"): that is done now."""
    if any(cid == BEFORE_ASN or cid in _GOING_ON for _, _, cid in spans):
        return spans  # ... not when it is brought back or goes on ("pin lagi", "masih jadi relawan")
    past = _past_told(words)
    for k in range(past + 1, len(words)):
        if words[k] not in _NOW:
            continue
        j = k + 1
        while j < len(words) and j - k <= _BECAME_REACH and (words[j] in _BECAME or words[j] in FIRST_PERSON):
            j += 1
        status_end = next((b for a, b, _ in spans if a == j), j + 1)
        if j in asn and not (status_end < len(words) and words[status_end] in _ALSO):
            # not "skrg sy ASN jg": the asker is one now, as those in the story were then
            # ... an old post named again after ("postingan lama itu gmn?") is a limit's thing, not done again
            limits = [(a, b) for a, b, cid in spans if kind(cid) == "limit"]
            before, after = _told_around(spans, k, kind, lambda a, b, _: any(la <= a and b <= lb for la, lb in limits))
            if before & after:
                return spans
            return sorted([*spans, (k, k + 1, BEFORE_ASN)])
    return spans


def done_before_appointment(
    spans: list[tuple[int, int, str]], others: frozenset[str], words: Sequence[str], kind: Callable[[str], str]
) -> frozenset[str]:
    """What the asker did, took on or showed before becoming an ASN ("dulu sy tenaga ahli caleg,
    bikin naskah pidato. Sekarang PNS") was done by no ASN: like someone else's act, it satisfies no
    prohibition, which rules on an ASN's own conduct. Only what is told before "skrg" and never
    again after it; not a party membership or office, which lasts until left. Returns what is not
    the ASN's own."""
    # the "skrg" appointed_since read, or a "sebelum jd PNS" after "dulu" or a year; not a "sebelum
    # lulus PPPK" that may close a story of now
    past = _past_told(words)
    since = next((a for a, _, cid in spans if cid == BEFORE_ASN and (words[a] in _NOW or a > past)), None)
    if since is None:
        return others
    before, after = _told_around(spans, since, kind, lambda _a, _b, cid: cid in _MEMBERSHIP)
    return others | (before - after)


# "klo yg tadi gk boleh like postingan caleg, klo cuma baca beritanya gmn?": a clause restating what
# the asker was told is forbidden, then the question in a clause of its own after "klo"
_TOLD_WORDS = frozenset("yg yang tadi td katanya ktnya udah udh sudah".split())
_NOT_MAY = frozenset("gk ga gak nggak ngga enggak tidak tdk gaboleh".split())
_MAY = frozenset("boleh blh".split())
_THEN = frozenset("terus trus trs tp tapi lalu".split())
_RESTATED_KINDS = frozenset({"act", "sign", "event", "resource"})


def restated_rule(
    spans: list[tuple[int, int, str]], words: Sequence[str], starts: frozenset[int], kind: Callable[[str], str]
) -> list[tuple[int, int, str]]:
    """A clause that restates a prohibition ("klo yg tadi gk boleh X", "klo X gk boleh") followed by
    a clause opening with "klo" (the follow-up asked): X is what was settled, not what is asked, so
    its acts, signs, events and resources are dropped, and whom it named when the question names its
    own ("klo yg tadi gk boleh ikut kampanye, klo dengerin radio yg lg siaran kampanye gmn?")."""
    bounds = sorted(starts | {0})
    clauses = list(zip(bounds, [*bounds[1:], len(words)]))
    settled: list[tuple[int, int]] = []
    for (a, b), nxt in zip(clauses, clauses[1:]):
        k = nxt[0]
        while k < nxt[1] and words[k] in _THEN:
            k += 1
        if k >= nxt[1] or words[k] not in _IF:
            continue
        j = a
        while j < b and (words[j] in _IF or words[j] in _THEN or words[j] in _TOLD_WORDS):
            j += 1
        if j == a:
            continue  # "bawaslu bilang grup tertutup tetap gk boleh": a rule told in the story, not one restated
        opens_with_rule = j + 1 < b and words[j] in _NOT_MAY and words[j + 1] in _MAY
        ends_with_rule = b - a >= 3 and words[b - 1] in _MAY and words[b - 2] in _NOT_MAY
        if opens_with_rule or ends_with_rule:
            settled.append((a, b))
    if not settled:
        return spans
    # whom the restated clause named stays unless the question names its own ("klo salaman doang",
    # "klo cuma baca beritanya" are still about that candidate; "klo follow akun resmi kpu", "klo pasang
    # bendera merah putih buat 17an" name their own)
    names_own = any(a >= settled[-1][1] and kind(cid) in ("target", "sign", "context") for a, _, cid in spans)
    dropped = _RESTATED_KINDS | ({"target"} if names_own else set())
    return [sp for sp in spans if not (kind(sp[2]) in dropped and any(a <= sp[0] and sp[1] <= b for a, b in settled))]


# Words the readings above look for by their spelling (stems, such as _CALLS, are not): the speller
# must leave them as typed (see READING_WORDS in bot/concepts.py).
READINGS_WORDS = frozenset().union(
    _CALL_NOUNS, CALL_WORDS, _MUST_STOP, _SO_THAT, _BACKED_WORDS, _FOR, _ONE_OF, _NO_LINK, _LINKS, _ELECTION, _FEAR_WORDS, _JOINING_IN, _APPOSITION, _BECOMING,
    _SAYS, _RULE_WORDS, _NOT_WORN, MYSELF, _LISTS, _FORMER, _ALREADY, _JOIN_VERBS, _NOT_YET, _NOT_YET_AFTER,
    _COMMITTEES_OWN, _LISTING, _APPLYING, _REGISTERING, _STILL, _NOT_A_HEAD, _LEAVE, _FROM, _GROUPS,
    _NOT_DONE_YET, _CANDIDATE_WORDS, _BACKING, _IF, _VOTERS, _BEFORE_VOTE, _VOTE_OBJECT, _VOTE_WORDS,
    _TOLD_BEFORE, _INVITED, _INVITED_AFTER, _INVITING, _INVITED_TO, _PARTLY, _NOT_A_REFUSAL_AFTER,
    _TOLD_WORDS, _NOT_MAY, _MAY, _THEN, _ALONG, _HELP_WORDS, _NOW, _BECAME, _PAST, _PAST_YEARS, _ALSO, _FAULT, _QUESTION_OPENERS, _KIN,
    _COUNTED, _CHOICE_WORDS, _PUNCHING, _DIGITS, _COUNTED_THINGS, _THUMBS, _IN_THE_END,
)
