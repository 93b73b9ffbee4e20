"""Questions at the edge of the domain, on the shipped knowledge: those that share its words but are
not about an ASN's neutrality are declined with the office that can help, and those that name a
government facility reach the card on it. Written by the lead, not taken from any set."""

from __future__ import annotations

import pytest

from bot.answer import answer_question
from bot.concepts import Tags
from bot.render import to_plain
from bot.search import Index


@pytest.mark.parametrize(
    ("question", "redirect"),
    [
        # candidates' age limits and valid ballots are the KPU's
        ("Berapa syarat umur minimal untuk jadi calon wali kota?", "kpu"),
        ("Kalau saya coblos dua gambar dalam satu partai, suaranya sah gak?", "kpu"),
        # the penalty for skipping work is a discipline question: a penalty imposed is nothing the ASN does
        ("PNS mangkir kerja 15 hari tanpa keterangan, hukumannya apa?", "bkn"),
        # a "pilihan" promotion is a kind of promotion, not an election
        ("sy PNS golongan III/c, kapan bisa naik pangkat pilihan? syaratnya apa?", "bkn"),
        # an election committee's pay is the KPU's, even when the one asking serves on it
        ("sy PNS jadi KPPS, honor kpps pilkada kemarin blm cair, boleh nagih ke siapa?", "kpu"),
        # when and why a re-vote is held are the KPU's facts
        ("jadwal psu di kabupaten kami kapan ya? katanya MK perintahkan ulang", "kpu"),
        # private guards and factory workers are not civil servants; a water utility's staff are a company's
        ("satpam swasta di perumahan boleh pasang stiker caleg di posnya?", "other"),
        ("buruh pabrik disuruh hrd ikut kampanye caleg, boleh nolak?", "other"),
        ("Do civil-service neutrality rules cover a regional water utility employee?", "bumn"),
        # where banners may go, who may vote in a re-vote and the public's say on candidates' papers are the KPU's
        ("zona pemasangan baliho caleg siapa yg netapin?", "kpu"),
        ("psu besok yg boleh nyoblos siapa aja, pake dpt yg lama?", "kpu"),
        # a candidate, team or party as the subject of what may be done asks the campaign rules
        ("caleg boleh pasang spanduk di pohon pinggir jalan ga?", "kpu"),
        ("partai mau bikin konser kampanye di lapangan, izinnya ke siapa?", "kpu"),
        # Malaysia's own words for its civil service and elections place the question there
        ("Abang saya penjawat awam di Kuching. Boleh dia ikut kempen pilihan raya negeri?", "foreign"),
        ("Adik sy guru di sekolah kerajaan di Selangor, boleh tolong calon berkempen masa cuti?", "foreign"),
        # ... after a greeting too: the words the message is read in keep its small-talk sentence
        ("Selamat siang pak. paslon boleh nambah baliho sendiri selain dari KPU?", "kpu"),
        # more countries named as the civil service asked about, and the police's mobile brigade
        ("Uganda's teachers in public schools, may they stand in party primaries?", "foreign"),
        ("civil servants in Zimbabwe may campaign for the ruling party?", "foreign"),
        ("Di Kepulauan Solomon pegawai negeri boleh bantu calon kampanye?", "foreign"),
        ("Can Fijian civil servants hold a party card?", "foreign"),
        ("suami sy anggota brimob, boleh ikut kampanye?", "tni-polri"),
        # a voter's own papers (a misspelt name on the list, a cracked ID card) and the ballot boxes
        ("nama ibu sy di DPT salah ketik, nanti bisa nyoblos ga?", "kpu"),
        ("e-KTP saya rusak kena air, masih bisa dipakai memilih?", "kpu"),
        ("kotak suara kardus kuat ga sih kalau dibawa naik perahu?", "kpu"),
        # a scholarship awardee (LPDP) is no civil servant for being one; "sy PNS penerima LPDP" stays ours
        ("aku awardee LPDP, boleh jadi relawan capres?", "other"),
        # how many ballot papers a voter gets, and who signs a witness's mandate: the KPU's procedure
        ("How many ballot papers will we get when two elections are held on one day?", "kpu"),
        ("saksi partai di TPS itu surat mandatnya dari siapa ya?", "kpu"),
        # a dead relative still on the voter list, a recount at the polling station, a sign-language interpreter at the
        # debate, a concert at a rally: the KPU's procedure and the campaign's own rules
        ("almarhumah nenek masih ada di daftar pemilih, gimana cara biar dihapus?", "kpu"),
        ("hasil di tps kami beda sama c1, bisa minta hitung ulang gak?", "kpu"),
        ("ada juru bahasa isyarat gak pas debat cagub di tv?", "kpu"),
        ("kampanye akbar boleh ada konser musik dangdut gak?", "kpu"),
        # a plantation company's worker is no civil servant
        ("I work on an estate of a palm-oil company. Can the manager make us all vote for his candidate?", "other"),
        # pension age is a career question
        ("Batas usia pensiun PNS fungsional ahli madya berapa ya?", "bkn"),
        # official results, parties' own requirements, electing a village council
        ("Kapan hasil resmi pilgub diumumkan KPU?", "kpu"),
        ("Syarat partai politik ikut pemilu apa saja?", "kpu"),
        ("Anggota BPD dipilih langsung atau musyawarah?", "pilkades"),
        # moving one's polling station is the KPU's; another country's federal workers are not ours
        ("sy ASN baru mutasi ke Kendari, KTP masih Makassar. gmn cara pindah TPS biar bisa nyoblos di Kendari?", "kpu"),
        # English "how do I vote" asks the KPU's procedure, not whether an ASN may vote
        ("How do I vote on polling day if I'm away from home?", "kpu"),
        # checking the voter list, or a polling invitation that never came, in Javanese
        ("Pripun carane ngecek DPT? Kulo PNS dereng angsal undangan nyoblos.", "kpu"),
        # a KTP from another town shown to vote is the voting procedure, not a KTP handed over for a candidate
        ("Saya PNS baru ditempatkan di Sorong tapi KTP masih Bandung. Pas pilpres nanti bisa nyoblos di sini? Ngurus formulir pindah memilih ke mana?", "kpu"),
        # voting from a hospital bed, and who may vote in a re-vote, are the KPU's
        ("bapak sy dirawat inap pas hari pencoblosan, gimana caranya tetap bisa nyoblos?", "kpu"),
        ("PSU di kabupaten kami bulan depan, siapa yang boleh ikut nyoblos?", "kpu"),
        # a foreign journalist, a notary, an online motorbike driver and Bali's customary guards are not ASN
        ("May a foreign journalist film a candidate's rally in Makassar?", "other"),
        ("notaris boleh ikut jadi caleg DPRD?", "other"),
        ("sy ojol, boleh pasang stiker caleg di motor?", "other"),
        # a private hospital's nurse, an outsourced worker and an influencer named by their employer are not ASN
        ("sy bidan praktik mandiri, boleh pasang spanduk caleg di depan tempat praktik?", "other"),
        ("sy karyawan koperasi, boleh ikut kampanye paslon hari minggu?", "other"),
        ("aku selebgram, dibayar timses buat endorse paslon. aturannya gimana?", "other"),
        # a neighbourhood head asked about, with no ASN named, holds no state office
        ("ketua RW boleh ngajak warga pilih caleg tertentu?", "other"),
        ("pecalang di desa adat itu termasuk aparat negara? boleh ikut kampanye?", "other"),
        # a new CPNS's staff number not yet issued is the BKN's
        ("sy CPNS baru, NIP belum keluar juga, harus tanya ke siapa?", "bkn"),
        # a village head standing for parliament, a paid advert in the quiet period, ordinary citizens' posts
        ("kades mau nyaleg DPRD, kapan harus berhenti dari jabatannya?", "kpu"),
        ("koran daerah boleh terima iklan berbayar dari paslon di masa tenang?", "kpu"),
        ("May ordinary citizens share a candidate's posts during the campaign?", "other"),
        # voting without the C6 letter, who votes in a village-head election, results and candidate lists,
        # pre-retirement leave and moving to a lecturer post
        ("sy PNS, formulir C6 ga dapat, boleh nyoblos pake ktp?", "kpu"),
        ("pilkades bulan depan, warga yang KTP luar desa boleh ikut milih?", "pilkades"),
        ("siapa pemenang pilkada kota kami kemarin?", "kpu"),
        ("masa persiapan pensiun itu bisa ditolak ga?", "bkn"),
        ("sy guru PNS mau pindah jadi dosen, caranya gimana?", "bkn"),
        # a side job as a ride-hailing driver is a career question, like any side business
        ("sy PPPK, boleh nyambi jadi driver ojol sepulang kantor? kerja sampingan gitu", "bkn"),
        # voting early and polling hours are the KPU's
        ("istri sy perawat swasta, pas hari coblos jaga di RS. ada cara nyoblos lebih awal?", "kpu"),
        # a name missing from the voter list, a lost ID card on voting day
        ("adik sy udah 17 tahun tapi gak ada di DPT, ngurusnya ke mana?", "kpu"),
        ("ktp saya hilang minggu lalu, nanti nyoblos pakai apa?", "kpu"),
        # ... but who may vote in a regional election is the KPU's, not the village's
        ("pilkada nanti yg boleh milih itu umur berapa?", "kpu"),
        # a contract's renewal, a re-run's date
        ("kontrak PPPK saya habis tahun depan, diperpanjang otomatis ga?", "bkn"),
        ("pemungutan suara ulang di kabupaten kami jadinya tanggal berapa?", "kpu"),
        # a regional head on a campaign team is a state official, not an ASN
        ("kepala daerah yg ikut kampanye pilpres harus cuti?", "state-official"),
        ("Are federal workers in the US allowed to volunteer for a presidential campaign?", "foreign"),
        # ... nor are Australia's public servants, or a parliament no Indonesian election fills
        ("Can Australian public servants campaign for a party while they keep their job?", "foreign"),
        ("Must a public servant quit before standing for federal parliament?", "foreign"),
        # staff of state- or region-owned enterprises are not ASN: the Election Law's ban on them is named
        ("sy karyawan BUMN, boleh jadi timses capres di luar jam kerja?", "bumn"),
        ("I work for a state-owned bank. Can I join a presidential campaign team on weekends?", "bumn"),
        ("pegawai PDAM (BUMD) boleh ikut kampanye cabup gk?", "bumn"),
        ("direksi BUMD boleh pasang foto dukung cagub di medsos?", "bumn"),
        # whether abstaining is a sin is a religious question
        ("golput itu dosa ga?", "other"),
        # ... named by their company, not as "BUMN"
        ("karyawan bank BRI boleh pasang stiker caleg di mobil?", "bumn"),
        ("sy pegawai PLN, boleh ikut konvoi kampanye capres?", "bumn"),
        # a contract teacher at a private foundation school is no ASN
        ("sy guru honorer di sekolah swasta yayasan, boleh kampanye?", "other"),
        # whether a vote for the empty box is "dihitung sah" is the counting rules', not a right to vote
        ("calon tunggal lawan kotak kosong, kalau sy coblos kotak kosong itu dihitung sah ga?", "kpu"),
        # Canada (in Indonesian spelling) and India's services are another country's rules
        ("di Kanada pegawai negeri boleh ikut kampanye ga?", "foreign"),
        ("Can an Indian Foreign Service officer write to a newspaper defending the government?", "foreign"),
        # an owner named further inside a declined phrase: "KTP el saya hilang" is "ktp el hilang"
        ("KTP el saya hilang, besok masih bisa nyoblos?", "kpu"),
        # where to vote, and a count's results against the polling station's form, are the KPU's
        ("sy lagi tugas luar kota pas hari pencoblosan, nyoblos di mana ya?", "kpu"),
        ("hasil sirekap di TPS kami beda dengan C1, lapor ke mana?", "kpu"),
        # people said not to be employees at all are not bound by the ASN rules
        ("sopir ambulans desa di tempat kami bikin video dukung caleg. itu melanggar? dia bukan pegawai", "other"),
        # any other country named, in English or Indonesian
        ("Can a Swedish civil servant be a member of a political party?", "foreign"),
        ("PNS di Turki boleh ikut kampanye partai ga?", "foreign"),
    ],
)
def test_election_and_career_procedure_is_declined_with_where_to_ask(shipped_index: Index, question: str, redirect: str) -> None:
    answer = answer_question(shipped_index, question)
    assert answer.abstained and answer.citations == []
    assert answer.redirect == redirect
    if redirect == "bumn":
        assert "280" in to_plain(answer)


@pytest.mark.parametrize(
    ("question", "allowed"),
    [
        # nothing political named, something the asker does: the legal test's first question says no
        ("Saya PPPK, boleh pakai kaos lomba lari dari bank waktu senam di kantor?", True),
        ("sy ASN, pasang bendera klub sepak bola di motor, aman kan?", True),
        # the asker says so, naming the election only to deny it
        ("Saya PNS, kegiatan ini tidak ada kaitannya dengan pemilu. Tetap aman?", True),
        # the season asked in is when, not for whom: an act or an event in it is still everyday
        ("kantor kami foto bareng habis rapat, tangan biasa aja, gk ada calon. aman kan di masa kampanye?", True),
        ("masa kampanye gini, sy PNS boleh ikut lomba mancing HUT desa kan?", True),
        ("lg masa pilkada gini, sy PPPK boleh ikut lomba voli antar kantor kan?", True),
        # a public-service campaign and relief volunteering are no election campaign or campaign team ...
        ("sy guru pns ikut kampanye anti narkoba di sekolah, boleh?", True),
        ("sy pns, jadi relawan bencana banjir di desa sebelah. boleh?", True),
        ("I'm a PNS teacher. Can I run an anti-bullying campaign at my school?", True),
        ("sy pns, ikut lomba kampanye hemat air antar kantor. boleh?", True),
        ("I'm a civil servant. Can I join a campaign to clean up the beach this weekend?", True),
        ("Abdi PNS, bade ngiring kampanye ngirangan runtah plastik ti dinas LH. Kenging?", True),  # Sundanese
        ("sy PNS dinkes, ikut kampanye cegah DBD keliling kampung pake mobil puskesmas. aman?", True),
        ("sy pns ikut kampanye caleg bahas sampah plastik di lapangan, boleh?", False),
        # a programme's own calendar or leaflet handed out, on the service motorbike or car it runs on
        ("sy bidan PNS, bagiin kalender posyandu dari puskesmas ke ibu2 pake motor dinas. aman?", True),
        ("sy perawat PPPK, bagi brosur DBD ke warga pakai mobil puskesmas, boleh?", True),
        ("sy bidan PNS bagiin kalender caleg ke ibu2 pas posyandu, aman?", False),
        ("sy pns bagiin brosur kesehatan bergambar caleg ke warga, boleh?", False),
        # ... unless a candidate's sign or a party's relief team is in it
        ("sy pns, ikut kampanye imunisasi yg dihadiri bupati petahana sambil pose 2 jari. boleh?", False),
        ("sy pns ikut relawan bencana partai X bagi sembako, boleh?", False),
        # ... and so is what the asker tells of themself in it, though no concept names the doing
        ("pas masa tenang sy mau nginep di rumah mertua, sy pns. aman?", True),
        # ... but not a career question asked in it by nobody in particular
        ("masa kampanye gini PNS boleh ambil cuti besar?", False),
        # ... unless something partisan is named with it
        ("masa kampanye gini, sy PNS boleh ikut lomba mancing yg disponsori caleg?", False),
        # a career question is no everyday act: not "allowed" by this card
        ("Kapan usia pensiun PNS fungsional ahli muda, 58 atau 60?", False),
        ("Can a PNS work part-time as a ride-hailing driver on weekends?", False),
        # praise may be the support itself
        ("Foto lama itu sy upload ulang dengan caption 'dari dulu keliatan jiwa pemimpinnya'. Salah ya?", False),
        # no election word at all, but an everyday act the asker worries about
        ("sy ASN, ganti foto profil fb pake foto keluarga, aman ya?", True),
        # other rules may forbid it: working hours, an official car; a family event is a career question
        ("sy PNS boleh main game online pas jam kerja?", False),
        ("PNS boleh pakai mobil dinas buat mudik?", False),
        ("PNS laki-laki mau nikah lagi, harus izin atasan gak?", False),
        # not having resigned is about running for office, whatever the banner says
        ("sy PNS, blm mengundurkan diri tp udh cetak spanduk 'Siap Membangun Desa' pake foto sy. aman?", False),
    ],
)
def test_a_message_naming_nothing_political_is_allowed_only_for_an_everyday_act(
    shipped_index: Index, question: str, allowed: bool
) -> None:
    answer = answer_question(shipped_index, question)
    nonpolitical = answer.rule is not None and answer.rule.id == "prinsip-tanpa-unsur-politik"
    assert nonpolitical == allowed, (answer.kind, answer.verdict, answer.rule and answer.rule.id)
    if allowed:
        assert (answer.kind, answer.verdict) == ("principle", "allowed")


def test_overtime_pay_on_election_day_is_no_right_to_vote_question(shipped_index: Index) -> None:
    answer = answer_question(shipped_index, "ASN yang piket di hari pencoblosan dapat uang lembur?")
    assert answer.abstained and answer.verdict is None


def test_pay_asked_about_as_a_penaltys_effect_is_the_penalty_cards(shipped_index: Index) -> None:
    # salary during an appeal against a dismissal for campaigning: the appeal card, not "ask the BKN"
    answer = answer_question(shipped_index, "sy dijatuhi PTDH krn ikut kampanye, mau banding. selama banding gaji sy gmn?")
    assert (answer.verdict, answer.rule and answer.rule.id) == ("info", "keberatan-banding-hukuman-disiplin")
    # an allowance cut for coming late is a career question, whatever the word "banding"
    late = answer_question(shipped_index, "tukin sy dipotong krn telat absen 3x, bisa banding?")
    assert late.abstained and late.redirect == "bkn"


def test_an_asn_asking_about_running_is_still_answered(shipped_index: Index) -> None:
    answer = answer_question(shipped_index, "Saya PNS, boleh gak saya jadi caleg? berapa syarat umurnya?")
    assert not answer.abstained and answer.verdict is not None


def test_running_for_a_neighbourhood_post_is_no_public_office(shipped_index: Index) -> None:
    # an RT head's or a cooperative's chair is no office to resign for; a regent's still is
    rt = answer_question(shipped_index, "sy pns, mau nyalon ketua RT di kompleks. boleh?")
    assert rt.rule is None or rt.rule.id != "asn-mencalonkan-diri"
    regent = answer_question(shipped_index, "sy pns, mau nyalon bupati, kapan harus mundur?")
    assert regent.rule is not None and regent.rule.id == "asn-mencalonkan-diri"


@pytest.mark.parametrize(
    ("question", "card"),
    [
        # "lapangan kecamatan" is a government facility, as "lapangan kantor" was
        ("Saya camat. Tim paslon minta pinjam lapangan kecamatan untuk kampanye akbar. Boleh saya izinkan?",
         "pinjamkan-gedung-peralatan-kantor"),
        # "ke kantor" is where the asker goes, not an office facility used for a campaign
        ("Sy guru PNS, tiap Senin ke kantor pakai baju polos hijau, warna kesukaan sy. Katanya mirip partai, salah gak?",
         "warna-baju-mirip-partai"),
        # a superior who looks away is liable too: the card on superiors who do not act
        ("Kasubag saya tahu stafnya ikut kampanye tapi tidak memanggil dan tidak melapor. Apa kasubag itu bisa dihukum?",
         "atasan-tidak-menindak-pelanggaran"),
        ("Saya kepala dinas, staf sy kepergok ikut kampanye tapi sy males ribut, tegur lisan aja. Risikonya buat saya apa?",
         "atasan-tidak-menindak-pelanggaran"),
        # two breaches found together: one penalty, the heaviest
        ("ASN kami melanggar dua hal sekaligus, ikut kampanye dan pasang baliho. Hukumannya bagaimana?",
         "pengulangan-pelanggaran-netralitas"),
        # Madurese: a nephew running for village head ("kalebun"), the asker to help ("abanto")
        ("Kaule PNS, ponakan kaule nyalon kalebun. Olle ta' kaule abanto kampanye?", "asn-bantu-keluarga-pilkades"),
    ],
)
def test_a_place_or_a_supervisors_word_reaches_the_card_that_rules(shipped_index: Index, question: str, card: str) -> None:
    answer = answer_question(shipped_index, question)
    assert answer.rule is not None and answer.rule.id == card, answer.rule


def test_a_staff_member_caught_campaigning_is_the_one_who_acts(shipped_index: Index) -> None:
    # "staf sy kepergok ikut kampanye": the staff member's act, not the head's
    assert "act-campaign" not in shipped_index.read("Saya kepala dinas, staf sy kepergok ikut kampanye.").tags.own


@pytest.mark.parametrize(
    "question",
    [
        # a journalist, student or preacher asking about themself: the neutrality rules are not theirs
        "Saya jurnalis media online, apakah saya juga harus netral waktu pilkada?",
        "Boleh gak mahasiswa ikut jadi relawan salah satu capres?",
        "Khatib masjid kampung kami sering menyindir salah satu calon, itu boleh?",
        # a fact nobody acts on (no "I", no ASN, no "may one"): a card that fits one part of its
        # situation does not answer
        "Berapa kali setahun anggota DPRD reses, dan dananya dari mana?",
        "Kapan rekrutmen pengawas TPS dibuka dan berapa honornya?",
        # a DPRD member or a village head running for office: the ASN candidacy cards are not theirs
        "wakil ketua DPRD kab mau nyalon bupati, wajib mundur dari dewan?",
        "pak kades mau nyaleg DPRD provinsi, kapan hrs berhenti jd kades?",
        # judges are state officials, not ASN
        "hakim PN boleh hadir kampanye?",
        # a vote held again ("diulang") is no repeated offence
        "pilkades di desa sebelah kenapa diulang? siapa yg mutusin?",
    ],
)
def test_a_question_about_no_asn_is_declined(shipped_index: Index, question: str) -> None:
    answer = answer_question(shipped_index, question)
    assert answer.abstained and answer.citations == [], answer.rule


def test_an_asn_named_beside_a_journalist_is_still_answered(shipped_index: Index) -> None:
    answer = answer_question(shipped_index, "Saya wartawan. Ada camat yang foto pose dua jari bareng paslon, itu melanggar?")
    assert not answer.abstained and answer.verdict == "prohibited"


def test_a_regent_named_beside_an_asns_case_is_the_appointing_official(shipped_index: Index) -> None:
    # who disciplines a reported teacher, "bupati atau Kemenag", asks about the ASN's case, not the regent's conduct
    answer = answer_question(shipped_index, "Sy kepala MTs negeri. Guru PPPK kami dilaporin ga netral pas pilkada. Yg nindak bupati atau Kemenag?")
    assert not answer.abstained and answer.redirect is None
    # ... while a DPRD member's own case, no ASN named, stays declined
    assert answer_question(shipped_index, "anggota DPRD dilaporin kampanye pake fasilitas, sanksinya apa?").redirect == "state-official"


def test_a_state_official_in_the_askers_own_story_is_no_redirect(shipped_index: Index) -> None:
    # the asker asks about their own act; the regent or DPRD member is only part of the story
    for question, card in [
        ("sy admin akun resmi pemkab. disuruh repost video bupati pake tagline kampanyenya, katanya kan bupati kita. sy repost aja?",
         "share-postingan-calon"),
        ("sy diminta bantu bagiin kaos nomor urut anggota DPRD yg nyaleg lagi ke warga. boleh?", "simpan-antar-atribut-calon"),
    ]:
        answer = answer_question(shipped_index, question)
        assert (answer.verdict, answer.rule and answer.rule.id) == ("prohibited", card)
    # ... but an asker who is the official, or who only votes, is still sent on
    for question, redirect in [
        ("saya hakim, boleh datang ke deklarasi teman yang nyalon bupati?", "state-official"),
        ("sy anggota DPRD, mau kampanye buat paslon gubernur, boleh?", "state-official"),
    ]:
        assert answer_question(shipped_index, question).redirect == redirect
    assert answer_question(shipped_index, "sy kerja di kota lain, ktp kabupaten asal. bisa nyoblos gubernur di sini?").abstained


def test_a_regent_candidate_is_no_sitting_regent(shipped_index: Index) -> None:
    # "kandidat bupati" is a candidate, not the sitting regent (a state official, outside these rules)
    answer = answer_question(shipped_index, "sa PNS. kepala kampung suruh kami semua pi sambut kandidat bupati di lapangan hari sabtu. sa harus bagemana?")
    assert answer.redirect != "state-official"


def test_a_foreign_asker_about_an_indonesian_pns_is_answered(shipped_index: Index) -> None:
    # in English "PNS" is Indonesia's own civil servant: the asker's nationality is no other country's rules
    spouse = "I'm Dutch and new here. My husband is a PNS; his brother runs for council and asked him to design his campaign posters at home. Is that allowed?"
    answer = answer_question(shipped_index, spouse)
    assert not answer.abstained and answer.verdict == "prohibited"
    # ... while Indonesian "PNS di Singapura" is Singapore's civil servant
    abroad = answer_question(shipped_index, "Apakah PNS di Singapura boleh jadi anggota partai?")
    assert abroad.abstained and abroad.redirect == "foreign"


@pytest.mark.parametrize(
    ("question", "foreign"),
    [
        # a foreigner telling who they are, asking about the civil servants they work beside
        ("I'm a Dutch researcher. Can a civil servant in Surabaya come with me to a campaign rally?", False),
        ("Korean PhD student here. Is there a rule that honorary staff in government offices stay neutral?", False),
        # ... not one who serves that country, nor a question about that country's civil servants
        ("I'm a Canadian federal public servant. Do I need permission to run for city council?", True),
        ("Can Dutch civil servants campaign for a party?", True),
    ],
)
def test_a_foreigner_saying_who_they_are_asks_about_indonesia(shipped_index: Index, question: str, foreign: bool) -> None:
    answer = answer_question(shipped_index, question)
    assert (answer.redirect == "foreign") == foreign
    assert answer.abstained == foreign


@pytest.mark.parametrize(
    ("question", "card"),
    [
        # writing an opinion that ranks the candidates, and interviewing as a campaign's pollster, are
        # not reading the news
        ("Saya PNS, mau nulis opini di koran lokal yang membandingkan program para calon dan menyimpulkan paslon 2 paling bagus. Boleh?",
         "baca-berita-calon"),
        ("Sy PNS direkrut lembaga survei milik tim salah satu cagub jadi enumerator, sambil wawancara sy bacakan program calon itu. Boleh?",
         "baca-berita-calon"),
        # being sent to a campaign to fill the crowd ("buat ramein", "biar rame") is no duty an assignment makes neutral
        ("sy pns ditugaskan kabid hadir di kampanye paslon buat ramein. boleh?", "tugas-dinas-di-kegiatan-calon"),
        ("kami staf disuruh camat dateng ke kampanye petahana biar rame, pake surat tugas. boleh?", "program-rutin-saat-kampanye"),
    ],
)
def test_a_card_that_only_shares_words_does_not_allow_it(shipped_index: Index, question: str, card: str) -> None:
    answer = answer_question(shipped_index, question)
    assert answer.rule is None or answer.rule.id != card
    assert answer.verdict != "allowed"


def test_reading_the_news_is_still_allowed(shipped_index: Index) -> None:
    answer = answer_question(shipped_index, "Saya PNS, boleh baca berita soal program capres di koran?")
    assert answer.rule is not None and answer.rule.id == "baca-berita-calon" and answer.verdict == "allowed"


@pytest.mark.parametrize(
    ("question", "card"),
    [
        # no election named: the general election's criminal clause; a pilkada has its own
        ("ASN ikut kampanye bisa dipenjara gak sih?", "pidana-asn-pemilu"),
        ("Do civil servants risk jail for campaigning, or only discipline?", "pidana-asn-pemilu"),
        ("ASN ikut kampanye pilkada bisa dipidana gak?", "pidana-asn-pilkada"),
    ],
)
def test_prison_for_campaigning_gets_the_criminal_clause(shipped_index: Index, question: str, card: str) -> None:
    answer = answer_question(shipped_index, question)
    assert answer.rule is not None and answer.rule.id == card, answer.rule
    assert answer.verdict == "info"


@pytest.mark.parametrize("question", ["kalender caleg dr tetangga", "spanduk caleg depan rumah"])
def test_four_keywords_that_ask_nothing_get_topics(shipped_index: Index, question: str) -> None:
    answer = answer_question(shipped_index, question)
    assert answer.kind == "clarify" and 2 <= len(answer.clarify) <= 4


@pytest.mark.parametrize("question", ["siapa nomor urut paslon pilgub?", "berapa partai peserta pemilu 2029?"])
def test_four_words_that_ask_a_fact_are_still_declined(shipped_index: Index, question: str) -> None:
    answer = answer_question(shipped_index, question)
    assert answer.abstained and answer.redirect == "kpu"


def test_an_asn_in_the_same_words_is_still_answered(shipped_index: Index) -> None:
    answer = answer_question(shipped_index, "Kalau ASN ikut reses DPRD sebagai petugas protokol, gimana aturannya?")
    assert answer.rule is not None and answer.rule.id == "reses-dprd-asn-bertugas"
    # an ASN whose spouse works at a state company is still ours
    assert not answer_question(shipped_index, "Saya PNS, suami saya karyawan BUMN jadi timses caleg. Saya bisa kena?").abstained


@pytest.mark.parametrize(
    "question",
    [
        "Bapak saya sudah pensiun dari PNS tahun lalu, SK pensiun sudah keluar. Boleh dia jadi tim sukses caleg?",
        "My mother retired from the civil service last year. Can she join a campaign team now?",
    ],
)
def test_retired_from_the_civil_service_is_no_longer_bound(shipped_index: Index, question: str) -> None:
    # "pensiun dari PNS": the PNS named is the former status, not a current one
    answer = answer_question(shipped_index, question)
    assert answer.rule is not None and answer.rule.id == "pensiunan-pns-berpolitik" and answer.verdict == "allowed"


@pytest.mark.parametrize(
    ("question", "fits"),
    [
        # the asker's own part in a campaign for a candidate
        ("Saya PNS, saya bantu tim pemenangan caleg nyusun jadwal keliling.", True),
        # someone else's campaigning is not the asker's
        ("Tiap sore caleg kampanye keliling kampung, saya PNS cuma lihat.", False),
    ],
)
def test_the_campaign_legal_test_is_the_askers_own_part(shipped_index: Index, question: str, fits: bool) -> None:
    card = next(r for r in shipped_index.legal_tests if r.id == "prinsip-ikut-kampanye")
    assert shipped_index.fit(card, shipped_index.read(question).tags).fits is fits


@pytest.mark.parametrize(
    ("question", "fits"),
    [
        # the relative runs: the card on helping a relative who runs
        ("adik sy nyaleg DPRD, sy PNS bantu pasang baliho dia di kampung", True),
        # a relative in a campaign team who runs for nothing: the setting the card `needs` is missing
        ("kakak sy aktif di tim kampanye, sy PNS bantu dia bikin konten", False),
        ("sy PNS, kakak sy ajak sy ikut kampanye", False),
    ],
)
def test_a_needed_setting_must_be_there_but_adds_nothing_to_the_fit(
    shipped_index: Index, question: str, fits: bool
) -> None:
    card = next(r for r in shipped_index.rules_all if r.id == "keluarga-jadi-calon-bantu-kampanye")
    assert card.situation is not None and card.situation.needs
    fit = shipped_index.fit(card, shipped_index.read(question).tags)
    assert fit.fits is fits
    # both `requires` groups are met either way; the `needs` group is not counted with them
    assert fit.satisfied == len(card.situation.requires) == 2


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        # whether a CPNS is bound is information; a CPNS asking to campaign gets the act's verdict
        ("Apakah CPNS juga wajib netral?", "info"),
        ("sy CPNS, boleh ikut kampanye capres?", "prohibited"),
    ],
)
def test_a_cpns_asking_to_campaign_gets_the_acts_verdict(shipped_index: Index, question: str, verdict: str) -> None:
    assert answer_question(shipped_index, question).verdict == verdict


def test_an_office_asking_how_to_handle_a_case_gets_no_verdict_on_the_act(shipped_index: Index) -> None:
    # the head of an office asks whether they may reprimand at once: no legal test rules on the staff member
    question = "Saya kepala dinas. Pegawai saya ketahuan ikut bantu tim kampanye caleg bagi kalender. Boleh saya langsung kasih teguran tertulis?"
    assert shipped_index.read(question).office_procedure
    assert answer_question(shipped_index, question).verdict != "prohibited"


@pytest.mark.parametrize(
    "question",
    [
        # a neutrality watch team set up by the regional head is such an office
        "Kami tim pengawas netralitas bentukan bupati. Ada camat pose 2 jari di foto bareng cabup. Tim boleh kasih sanksi sendiri?",
        # asking whether two posts make one case or two ("satu proses atau dua"), or what to do first, is procedure
        "Sy BKPSDM. Pegawai posting dukungan ke bakal calon, trus setelah penetapan posting lagi. Satu proses atau dua?",
        "Sy inspektorat. Ada lurah share video paslon di grup warga. Kami harus ngapain duluan?",
        # a personnel head handed a Bawaslu recommendation asks how to follow it up
        "sy kabid kepegawaian. ada rekomendasi bawaslu soal guru yg like postingan paslon. apa langkah pertama sy?",
    ],
)
def test_a_team_or_office_asking_how_to_proceed_gets_no_verdict_on_the_act(shipped_index: Index, question: str) -> None:
    assert shipped_index.read(question).office_procedure
    assert answer_question(shipped_index, question).verdict != "prohibited"



def test_the_askers_own_signs_of_support_do_not_count_against_a_prohibition(shipped_index: Index) -> None:
    # "dikasih kaos nomor urutnya trus sy pake": the shirt and its number are the support the card
    # on viewing parties at a post forbids, though the card never names them
    question = "sy ikut nobar debat di posko tim paslon 2, dikasih kaos nomor urutnya trus sy pake"
    tags = shipped_index.read(question).tags
    assert {"sign-attribute", "sign-number"} <= tags.own
    card = shipped_index.knowledge.rule("nobar-posko-bersorak")
    with_signs = shipped_index.fit(card, tags).uncovered
    without = Tags(tuple(s for s in tags.spans if s[2] not in ("sign-attribute", "sign-number")), others=tags.others)
    assert with_signs == shipped_index.fit(card, without).uncovered
    answer = answer_question(shipped_index, question)
    assert (answer.verdict, answer.rule and answer.rule.id) == ("prohibited", "nobar-posko-bersorak")


def test_an_asn_asking_about_neutrality_in_a_re_vote_is_still_answered(shipped_index: Index) -> None:
    # the re-vote's facts are the KPU's; whether the duty still runs during it is ours
    answer = answer_question(shipped_index, "apa itu psu? sy pns masih wajib netral ga pas psu?")
    assert not answer.abstained and answer.rule is not None


def test_a_question_naming_an_asn_without_an_asking_word_gets_the_principle(shipped_index: Index) -> None:
    # "gimana?" after an ASN's situation asks whether it may be done: the principle answers, not a decline
    answer = answer_question(shipped_index, "sy pns, tetangga caleg minta tolong sy jagain warungnya pas dia kampanye keliling. gimana?")
    assert answer.kind == "principle" and not answer.abstained
    # ... while a question for a fact about an ASN ("hukdisnya apa?") is still declined
    assert answer_question(shipped_index, "pns telat absen pagi hukdisnya apa?").abstained
