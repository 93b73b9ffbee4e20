"""Who did what, read from a real-sounding story, decides the verdict: the shipped knowledge must not
call the asker's harmless part "prohibited" because someone else's act, a label they fear, or an
office T-shirt shares words with a prohibition, and must still rule on the partisan twin.

Written by the lead from the readings in bot/concepts.py, bot/negation.py, bot/attribution.py and
bot/readings.py, not from any evaluation set."""

from __future__ import annotations

import pytest

from bot.answer import NEUTRALITY_DUTY, answer_question
from bot.readings import joining_an_event
from bot.search import Index
from bot.text import raw_tokens


@pytest.mark.parametrize(
    "question",
    [
        # an official asking whether to bring in the inspectorate now "atau harus nunggu" the
        # recommendation asks how to proceed, not leave to attend the declaration named
        "sy camat. boleh ga sy minta inspektorat periksa lurah yg ikut deklarasi paslon, atau harus nunggu rekomendasi bawaslu dulu?",
        # "bukan acara kampanye" names what the gathering is not, as "bukan kampanye" does
        "sy guru PNS, boleh datang tabligh akbar di masjid? bukan acara kampanye kok",
        # someone else's act and its object
        "Keponakan saya (pelajar SMA, bukan ASN) menempel stiker capres di helmnya sendiri. Saya PNS, apa saya ikut salah?",
        "Angkot yang saya naiki ke kantor tiap hari ditempeli gambar capres. Saya PPPK, apa saya bisa dianggap kampanye?",
        # clothes the office hands out
        "Kantor mewajibkan semua pegawai ikut senam pagi HUT Kota pakai kaos panitia, wali kota petahana ikut membuka. Saya PPPK, aman ikut?",
        # a photo taken to report
        "Pulang kerja sy lihat spanduk caleg dipaku di pohon depan kantor, sy foto dan laporkan ke panwascam. Sudah benar?",
        # a denial over "bakal … bawa"
        "Besok sy mau melayat ke rumah duka ayah seorang caleg, tetangga lama. Sy PNS, ga bakal bawa atribut apa2. Boleh kan?",
        # the candidate gives the speech, the asker staffs the first-aid post (Javanese)
        "Kulo mantri kesehatan PNS. Sabtu ngajeng wonten pengajian akbar, calon bupati rawuh lan ngisi sambutan. "
        "Kulo namung jagi posko kesehatan. Angsal nggih?",
        # commuting past someone else's billboard
        "Saya PNS, tiap hari berangkat ke kantor lewat jalan yang ada baliho paslon. Apakah itu masalah?",
        # a neighbour's banner on their own fence (Javanese), a convoy going past
        "Kulo PNS. Tonggo pasang baliho caleg teng pager omahe. Kulo mboten nopo-nopo, namung ningali. Angsal?",
        "Saya PNS, konvoi kampanye lewat depan rumah, saya cuma lihat. Boleh?",
        # the KPU's own briefing on how to vote is voter education, not a superior's pressure to vote for someone
        "Atasan memerintahkan semua staf wajib ikut sosialisasi tata cara nyoblos di aula kantor. Wajib ikut?",
        # the asker says the fee has nothing to do with politics: not vote-buying, not a wedding turned rally
        "Sy PNS, dibayar amplop jadi pembawa acara syukuran tetangga, tidak ada sangkut pautnya dengan politik. Boleh diterima?",
        # the KPU's own T-shirt calls to vote, for no one
        "Saya PPPK, boleh pakai kaos KPU bertulisan 'Ayo ke TPS' waktu senam di alun-alun?",
        # a pose is any photo's pose; only a sign made with the hands or fingers is a gesture
        "Selesai pelatihan kami foto bersama satu kelas, pose bebas sambil tertawa. Boleh saya unggah ke IG kantor?",
        # a remark about a debate made at home is no comment on a candidate's post
        "Saya PNS, nonton debat cabup di TV rumah bareng istri, sambil komentar2 dikit di ruang tamu. Gpp kan?",
        # a news portal's post is news, not a candidate's
        "Saya PPPK, kemarin like postingan portal berita soal jadwal debat cagub. Itu pelanggaran?",
        # the Dukcapil's KTP-el recording is a public service, not a candidate's support form
        "Saya PPPK operator sekolah. Dukcapil minta data siswa umur 17 buat jemput bola perekaman KTP-el sebelum pemilu, lewat surat dinas. Boleh sy kasih?",
        # "gak nyalon lagi" contains the incumbent's "nyalon lagi": a regent not standing is no candidate
        "bupati kami udh 2 periode jd gak bisa nyalon lagi. sy komen 'semoga cepat pulih' di postingan beliau soal banjir. aman?",
        "bupati kami gak nyalon lagi. sy like postingan beliau soal jalan baru, aman?",
        # a guest's gift ("nyumbang") at a candidate's family celebration is the customary gift
        "Tetangga sy caleg DPRD, minggu depan ngadain sunatan anaknya. Sy guru PNS, boleh dateng nyumbang?",
        # gathering ID-card copies for the village's welfare data is no campaign help
        "sy staf desa disuruh kumpulin fotokopi KTP warga buat data bansos, boleh?",
        # a private chat ("wa pribadi") with a candidate about one's family is no comment under a campaign post
        "cabup itu teman kuliah sy, dia wa pribadi nanya kabar sy. sy bales makasih pak. salah ga sy pns?",
        # (phone question) a father's question answered with a number is no pupil's or citizen's question
        "bapak sy nanya nanti milih siapa, aku jawab nomor 3. aku pppk, salah ga?",
        # a retired parent's role ("bapak sy pensiunan PNS mau jadi timses") is the parent's, as an occupation's is
        "sy pns, bapak sy pensiunan PNS mau jadi timses caleg. boleh?",
        # a lift given in an emergency (a candidate's car broken down) is no gift that urges a vote
        "tetangga sy caleg mobilnya mogok di jalan, sy kasih tumpangan ke rumahnya. sy pns, salah?",
        # a choir singing at a service a candidate attends performs for the service, not for the candidate
        "sy pns anggota paduan suara gereja. calon bupati itu jemaat kami, pas misa dia duduk di depan. kami tetep nyanyi kan?",
        # leaving a church service, not a group
        "Sy ASN. Di ibadah kolom ketua kategorial kami mulai bicara soal caleg. Apakah sy harus keluar dari ibadah?",
        # a campaign word inside a public-service phrase is the programme's: handing out dengue leaflets, an
        # immunisation campaign, with a caleg's banner only on the wall
        "sy perawat PNS bagi brosur DBD ke warga di pasar, di dinding pasar ada baliho caleg. masalah ga?",
        "sy PNS ikut kampanye imunisasi di balai desa yg ada spanduk caleg di pagarnya. aman?",
        # a team the KPU appoints (candidates' health checks, checking their papers) is no candidate's team
        "sy perawat PNS, rsud kami ditunjuk KPU utk tes kesehatan bakal cabup, sy masuk timnya. aman kan?",
        "sy dosen PNS ditunjuk KPU jadi tim ahli pemeriksa berkas paslon, boleh?",
        # scouts keeping order at a polling station for the KPU are the election body's helpers, no campaign's volunteers
        "sy guru PNS jadi pembina pramuka, anak2 pramuka bantu jaga TPS sbg relawan ketertiban dari KPU. boleh?",
        # putting up traffic signs is a transport officer's work, in front of a candidate's post too
        "sy PNS dishub, pasang rambu lalu lintas baru di jalan depan posko caleg. aman?",
        # an inked finger's "sudah nyoblos" sticker is no candidate's sticker
        "sy PNS kirim stiker jari ungu 'sudah nyoblos' ke grup kantor, aman?",
        # ... nor every pair's profile poster the KPU sends to be put up
        "sy staf kelurahan PNS, KPU titip poster profil semua paslon buat ditempel di papan pengumuman kantor. sy tempel. aman?",
        # the KPU's own sticker from the voter-list check is no candidate's sticker
        "I'm a PNS in Bandung. The KPU voter-list officer put a 'checked' sticker on our door, and my wife says a civil servant's house shouldn't have any election sticker. Should I take it off?",
        # ... nor the KPU's announced list of candidates, shared so relatives can look them up
        "sy PNS, kirim pengumuman DCT dari KPU ke grup RT biar warga tau calegnya. boleh?",
        # the same rules told to every pair's team are a public service, not help to one
        "sy staf dispenda, tim2 paslon nanya tarif sewa reklame, sy kasih info yg sama ke semua. bener?",
        # an official car on another errand that only passes a rally drives nobody to it
        "sy sopir dinas BPBD, mobil dinas bawa bantuan banjir, lewat lapangan kampanye tapi gk mampir. aman?",
        # with one pair standing, the asker's own vote for the empty box is their secret vote
        "sy PNS, di pilkada calon tunggal boleh gk sy pilih kotak kosong?",
        # a neighbour's campaign tent seen from the porch is theirs
        "sy PNS, tetangga pasang tenda kampanye caleg depan rumah, sy cuma lihat dari teras. aman?",
        # (phone question) everyone choosing their own candidate by conscience is no call to vote for one
        "sy PNS, pas rapat RT bilang 'ayo ke TPS, pilih calon kita sendiri sesuai hati'. salah gk?",
        # (phone questions) a student-council campaign at school, boxed lunches sold to anyone at one price,
        # giving way to a convoy, a plain black shirt on a campaign day
        "sy guru PNS, murid sy ketua OSIS kampanye pemilihan ketua OSIS pake poster di sekolah. sy bantu bimbing, boleh?",
        "sy PNS, jual nasi kotak ke siapa aja termasuk tim sukses, harga sama. boleh?",
        "sy PNS, kasih jalan ke konvoi ambulans yg lewat pas ada kampanye. aman?",
        "sy pns, pakai kaos hitam polos ke pasar pas hari kampanye. aman?",
        # feeding a stray cat outside a candidate's post is no gift handed out
        "sy pns, ngasih makan kucing di depan posko caleg tiap pagi krn kucingnya kelaparan. aman?",
        # a book a candidate wrote, donated to the regional library ("perpusda", no regional company) and
        # catalogued like any other, is received, not donated
        "sy pustakawan PNS di perpusda, ada sumbangan buku karya caleg, sy katalog kayak buku lain. aman?",
        # the statistics office's own household survey or census, in a home full of a candidate's posters
        "sy petugas BPS PNS, lagi sensus penduduk, rumah warga penuh baliho caleg. tetep wawancara?",
        "sy PNS BPS, lagi survei rumah tangga, responden pasang stiker paslon di pintu. sy lanjut aja?",
        "sy PNS, pake kerudung biasa ke pengajian, ternyata caleg juga datang. boleh?",
        # the election supervisor's briefing on campaign rules for every pair's team is no party's stage
        "sy dosen PNS, bawaslu minta sy isi materi aturan kampanye buat tim kampanye semua paslon di forum bawaslu. boleh?",
        "sy PNS, ingetin murid kelas 12 datang ke TPS, pilih sesuai hati. aman?",
        # (phone questions) a driver or courier named by the job ("sopirnya", "kurirnya") wears their own shirt
        "sy PNS, naik ojol, sopirnya pake kaos caleg. masalah?",
        "sy PNS pesen makanan online, kurirnya pake rompi partai. aman?",
        # returning a relative's greeting in the family group is no comment on the election
        "sy PNS, bales 'wa alaikum salam' di grup keluarga pas om sy yg caleg kirim salam. aman?",
        "sy guru PNS, bales 'makasih pak' ke caleg yg kirim ucapan hari guru di grup sekolah. aman?",
        "sy PNS, bales 'sama2 pak' waktu caleg ngucapin selamat idul fitri di grup RT. aman?",
        # put into a team's group without consent ("dimasukin tanpa izin") and left at once
        "sy PPPK, ikut grup wa timses caleg krn dimasukin tanpa izin, langsung keluar. aman?",
        # "aamiin" under the status of a candidate who is ill is a get-well wish
        "sy guru PNS, bales 'aamiin' di status caleg yg lagi sakit. boleh?",
        # a parent told by "mama" who puts up a flag at their own stall (round sixty-one's phone questions)
        "mama sy pasang bendera partai di warungnya sendiri. sy anaknya PNS, sy kena gk?",
        # driving a mother to a rally and waiting in the car ("tunggu di oto") outside the field
        "Sy PNS. Mamaku mau nonton kampanye di lapangan, sy antar terus tunggu di oto di luar lapangan. bisa?",
        # a Satpol PP officer's own words for the job: "sy turunin" after a report, a banner that "kena tertib"
        "sy satpol pp PNS, ada laporan warga soal baliho caleg di jembatan, sy turunin sesuai perda. timsesnya marah. sy salah?",
        "sy satpol pp, baliho temen yg nyaleg kena tertib krn melanggar perda. dia marah ke sy. sy salah gk?",
        # blocking a candidate's broadcasts, leaving a team's group one never joined oneself, a news outlet's channel
        "sy PNS, tiap hari dpt broadcast dari nomor caleg. boleh sy blokir aja nomornya?",
        "sy ASN, subscribe channel telegram media berita yg bahas capres tiap hari. aman?",
        # a hoax about a candidate put right with an official source; a scam in a party's name forwarded as a warning;
        # a rule quoted as news ("info 'ASN dilarang like …'") passed on
        "sy dosen PNS, mhs nyebar hoaks soal paslon di grup kelas, sy luruskan pake sumber resmi. aman?",
        "sy PNS, ada undian palsu atas nama partai, sy forward ke grup keluarga dgn tulisan 'awas penipuan'. aman?",
        "sy guru PNS, sy forward info 'ASN dilarang like postingan caleg' ke grup guru. aman?",
        # a grown child who comes home ("pulang") in a party jacket wears it
        "anak sy pulang pake kaos partai, terus makan bareng di rumah. sy PNS, gpp?",
        # reminding a village head of the rules ("sy ingatkan dia soal larangan …") or asking whether to tell a group
        # off ("keluar atau tegur") stands against the act the village-head cards rule on
        "sy PNS kecamatan, kades curhat ditekan timses dukung paslon. sy ingatkan dia soal larangan kades berpolitik. bener?",
        "di grup WA kades se-kecamatan ada ajakan dukung paslon. sy ASN kecamatan, sebaiknya keluar atau tegur?",
        # an expert witness at the court, a witness the police ask for: no candidate's witness
        "sy dosen PNS, KPU minta sy jadi saksi ahli di sidang MK. boleh?",
        "sy perawat PNS, polisi minta sy jadi saksi soal luka korban bentrok pendukung. boleh?",
        # a candidate grandparent's pocket money for a grandchild; a group's handout notice muted
        "mertua sy caleg, beliau kasih uang jajan ke cucu. sy PNS, itu politik uang gk?",
        "grup RT dipake caleg umumin bagi2 sembako. sy PNS mute aja grupnya. bener?",
        # an invitation to a team's group blocked at once is no online campaigning
        "sy PPPK, dapet link undangan grup WA relawan caleg, nomornya langsung sy blokir. aman?",
        # a campaign sticker taken and thrown away ("sy buang"), a detour sent to parents: no state facility lent to a campaign
        "relawan bagi stiker paslon di lampu merah, sy terima trus sy buang di tong sampah kantor. sy PNS, masalah gk?",
        "sy guru PNS, jalan depan sekolah ditutup krn kampanye akbar, sy kirim info rute alternatif ke grup ortu murid. boleh?",
        # a role named as the one who comes, with 'juga' between ("pengurus partai jg datang"): theirs, not the asker's membership
        "pengurus partai jg datang ke nikahan sepupu sy, sy PNS cuma makan prasmanan. gpp?",
        # served as usual, at the normal rate, on the same schedule as other villages: the job, not a favour
        "sy PNS dishub jaga loket retribusi terminal, bus rombongan caleg sy tarik tarif normal kyk bus lain. bener kan?",
        "sy PNS BPKAD, desa yg kadesnya dukung paslon tetap sy proses pencairan dananya sama dgn desa lain. aman kan?",
        # asking how to turn an invitation down ("cara nolak")
        "sy guru PNS, tetangga yg timses tiap minggu ngajak sy dukung caleg. gmn cara nolak yg halus?",
        # a relative who has retired is no ASN, and what the retired one does is theirs ("pensiunan perawat mau tempel")
        "ibu mertua sy pensiunan perawat mau tempel stiker caleg di mobilnya sendiri. sy PNS gk ikut. sy kena gk?",
        # someone retired, and nobody else placed, is no ASN: the card for the retired, not one on an ASN's campaign attributes
        "pensiunan perawat boleh ikut kampanye akbar pake kaos partai? sy udh 3 th pensiun",
        "sy udh pensiun 2 th, boleh ikut kampanye terbuka pake atribut partai?",
        # a relative's ASN job no concept names ("pustakawan PNS", "penyuluh PNS") still says they are the ASN asked about
        "suami sy penyuluh PNS. sy sendiri mau tempel stiker caleg di warung sy. suami sy kena gk?",
        # an offer of a team's post turned down ("sy tolak"): no fund-raising for it
        "temen nawarin sy jadi bendahara timses caleg, langsung sy tolak. sy guru PPPK. aman kan?",
        # buying at a candidate's shop because it is cheap and near is shopping (its twin, "biar dia dpt modal kampanye", is not)
        "sy bendahara puskesmas, belanja obat di apotek punya caleg krn paling murah & dekat. boleh?",
        # talking politics with one's spouse at home stays a private chat
        "sy PNS, ngobrol sama suami soal program capres di rumah, gpp?",
        # "bkn" typed for "bukan" before what is denied ("ini bkn keberpihakan"); a PNS seconded to Bawaslu photographing a campaign for the supervisors
        "sy bendahara dinas, lg proses pencairan hibah ke KPU utk dana pilkada. ini bkn keberpihakan kan?",
        "sy PNS diperbantukan di Bawaslu kab, tugas sy dokumentasi kampanye caleg, foto2 di lapangan. melanggar gk?",
        # a party to a case, a builder's foreman named as who wears or plays it ("terdakwanya pake kaos partai", "mandornya nyetel lagu kampanye")
        "sy panitera PN, pas sidang terdakwanya pake kaos partai. sy gk negur. bener?",
        "sy PNS lagi renov rumah. mandornya suka nyetel lagu kampanye caleg. perlu larang gk?",
        # offices playing each other ("turnamen antar kantor") hold a sports day, not an office lent to a guest who runs
        "sy PPPK ikut turnamen catur antar kantor, pas final cagub datang nyerahin piala. sy pemain, gak apa kan?",
        # a permit issued as for any other billboard ("kyk reklame lain")
        "sy staf perizinan PNS, timses caleg ngurus izin reklame baliho kampanye, sy proses kyk reklame lain. melanggar gk?",
        # ... while a committee member at a contest a candidate watches as a resident is not
        "sy PNS, pas lomba antar RT cabup datang nonton sbg warga. sy panitia, aman?",
        # a banner caught in a photo of something else ("fotonya kena baliho"), and a photo request declined politely ("sy bilang maaf gk bisa pak")
        "sy petugas sensus, foto rumah responden buat geotag, fotonya kena baliho caleg di pagarnya. aman?",
        "caleg dtg ke kantor urus izin, minta foto bareng, sy bilang maaf gk bisa pak. sy PNS, bener kan?",
        # the way shown to a polling station ("sy tunjukin arahnya"): a direction on the road, not steering a choice
        "sy guru PNS, hari coblosan ada nenek2 nanya TPS 05 dimana, sy tunjukin arahnya. aman kan?",
        # a relative's occupation between them and their act ("ibu sy pedagang pasang spanduk"): the relative acts
        "ibu sy pedagang pasang spanduk caleg di warungnya sendiri. sy guru PNS tinggal beda kota. sy kena gk?",
        # a retiree's former occupation of more than one word ("pensiunan guru SMP") between the retired relative and their act
        "bapak sy pensiunan guru SMP mau ikut kampanye akbar pake kaos partai. sy PNS gk ikut. gmn?",
        # what a customer buys is the purchase, not a gift from the candidate ("beli sembako" at a candidate's shop)
        "sy guru PNS beli sembako tiap bulan di toko punya istri cabup, gpp?",
        # a driver or aide who drives nobody to the campaign while the head is on campaign leave (staying at the pool or the office, refusing)
        "sy sopir dinas walikota, selama beliau cuti kampanye sy cuma standby di pool kantor, gk nyetir kemana2. aman?",
        "sy ajudan gubernur. gubernur cuti kampanye, sy balik ngantor di biro umum ngerjain administrasi biasa. bener kan?",
        "bupati minta sy (sopir dinas) nyetir ke lokasi kampanye, sy tolak halus. udh bener kan?",
        # an order a side business gets ('dpt order') is a customer's order, not an order given to staff
        "sy guru PNS nyambi jahit, dpt order kebaya seragam dari ibu2 pengajian yg ketuanya istri caleg. polos gk ada logo. boleh?",
        # a relative going to a campaign who runs for nothing: the card on helping a relative who runs needs a candidacy
        "bapak sy udah pensiun, mau ikut rombongan pengajian naik bus ke acara kampanye. sy PNS cuma nganter dia ke terminal. aman?",
        "sy PNS guru TK, pas bulan kampanye sekolah bikin lomba mewarnai buat anak2 murid. ada aturan khusus gk?",
        # the public as the ones served alike, and facilities withdrawn from a head on campaign leave
        "Kantor kami nerima permintaan data dari tim caleg soal laporan tahunan yg udah publik. kami kasih link aja sama kyk ke publik lain. aman?",
        "sy kabag umum. bupati mulai cuti kampanye, sy tarik ajudan & sopir ke kantor, fasilitas dinas dikembalikan. sesuai aturan kan?",
        # a published survey's link given to a team as to anyone is no survey done for the team
        "kantor sy (UPT) dapet permintaan data dr tim paslon soal hasil survei yg udah publik. kami kasih link aja sama kyk ke publik lain. aman?",
        # passing in front of a campaign on an official errand is no use of facilities for it (limit-nearby: "lewat di depan")
        "sy penyuluh pertanian PNS naik motor dinas ke sawah binaan, lewat di depan lapangan kampanye caleg. salah gk?",
        # a campaign role right after "dia" or "yg" with no copula is the one the asker deals with (attribution._held_by_pronoun)
        "sy PNS guru, jual cabe ke pengepul langganan, ternyata dia tim sukses caleg. gpp tetep jual ke dia?",
        "sy PNS, beli bensin eceran di warung pak Darto yg jg tim sukses paslon. masalah gk?",
        # telling a colleague to take campaign material down guards neutrality, as taking it down does (answer._GUARDING)
        "di kantor dukcapil ada yg nempel kalender caleg di meja loket. sy bilang tolong dicopot. boleh sy negur gitu?",
        "di kantor kelurahan ada yg nempel stiker caleg di meja. sy negur, boleh kan?",
        # an office's own notice is no candidate's banner, unless a face, number or logo is on it (target-official-poster; concepts._face_on_notice)
        "kantor kami pasang baliho sosialisasi pajak daerah di perempatan, sebelahan sama baliho caleg. sy yg pasang. boleh?",
        # passing a campaign on a motorbike without stopping is being near it (limit-nearby)
        "sy ASN lewat alun2 pas ada deklarasi bakal calon, cuma lewat naik motor gk berhenti",
        # ... and after a kin word of the one the asker deals with ('ternyata suaminya tim sukses')
        "sy guru PNS, tiap minggu beli sayur di lapak bu Yati, ternyata suaminya tim sukses caleg. masih boleh sy belanja di situ?",
        # a polling officer's procedure, the same for every contestant, is not guarding one side's votes (petugas-kpps-tugas-untuk-semua-saksi)
        "sy pns KPPS, pas hitung suara saksi paslon 1 protes, sy catat di form kejadian khusus. udah bener?",
        "Sy PNS anggota PPS, wajib ngundang semua saksi paslon ke rapat pleno desa. udah sy undang semua. bener?",
        "min sy KPPS asn. saksi paslon 2 minta fotoin form C hasil pake hp dia. sy ijinin, kan emang hak saksi?",
        "sy pns jadi KPPS, saksi dr partai minta salinan form C hasil. sy kasih semua saksi yg hadir, bener gt kan?",
        "min sy PPPK guru, anggota KPPS. pas hitung suara sy yg bacain 'sah nomor 2' keras2. itu bukan kampanye kan?",
        # an ASN who says they stay out of a relative's support-ID drive, or whose duty is the door-to-door check, gives no ID card (surat-dukungan-ktp excludes limit-not-involved and act-poll-duty)
        "Istri sy bakal calon DPD jalur perseorangan, lagi ngumpulin dukungan KTP. Sy PNS. Sy gk ikut ngumpulin, cuma jaga anak di rumah kalau dia keliling. aman ya?",
        "sy ASN. KTP istri (bukan ASN) dipakai mendukung calon perseorangan, dia sendiri yg mau. nanti pas verfak petugas dateng ke rmh, sy yg bukain pintu doang. aman?",
        "sy guru PNS ditunjuk jadi anggota PPS. nanti tugasnya verfak dukungan calon perseorangan dari rumah ke rumah. perlu izin atasan kah?",
        # a prayer at the mosque or a handshake there after the vote is no victory party (syukuran-kemenangan-calon no longer takes a religious event alone)
        "Pilkada udah selesai, warga adain doa bersama di masjid syukur situasi aman & kondusif, tanpa paslon. sy ASN ikut doa. aman?",
        "sy ASN, ketemu bupati terpilih (tetangga) di masjid, sy salaman & bilang selamat aja. boleh?",
        # leaving at once is a guarding act: a message whose own acts it guards gets no prohibition from a card that does not rule on leaving (answer._guarding)
        "Kalau kepsek ngumpulin guru di ruang guru buat arahan pilih paslon, sy keluar ruangan. gpp kan?",
        "Pas rapat RT bahas PTSL, ada tetangga tim sukses mulai kampanye. sy (PNS kantah) langsung pamit pulang. bener kan?",
        "sy staf setwan, dimasukin anggota dewan ke grup WA relawan caleg. sy langsung left. udah bener?",
        "Sy nonton liga di cafe, ternyata itu nobar yg diadain tim sukses capres, baru ngeh pas udah duduk ada banner. Sy langsung pulang. Udah bener kan langkah sy?",
        # ... while being sure of oneself is no urging (a derived word does not match its bare root "yakin")
        "sy yakin aman kok, cuma ngobrol sama suami soal caleg di rumah. boleh kan?",
        # stepping out of the ranks is leaving at once too ("pamit keluar barisan")
        "pas apel, kadis mulai ngomongin pilih paslon petahana, sy pamit keluar barisan. gpp kan?",
        # a refusal the asker made guards neutrality, whatever was asked of them or turned down (round sixty-six)
        "sy tolak tawaran endorse dari timses caleg buat channel YT sy krn sy PNS. udh tepat kan?",
        "Abang sy caleg, dia minta sy share postingan kampanyenya. sy nolak. trus dia marah. sy bener kan?",
        "Bapak sy ketua adat, org2 dtg minta sy (anaknya, PNS) bujuk bapak supaya dukung calon mereka. Sy nolak. Itu udah benar?",
        "mertua sy calon bupati, minta sy bantu pasang baliho. sy nolak trs dia marah. sy bener kan?",
        "Sy PPPK suka cover lagu di Smule, ada yg minta nyanyiin lagu buat video kampanye paslon. Sy tolak. Udah bener?",
        "ada mhs minta sy tanda tangan + fotokopi KTP buat dukung calon DPD independen. sy tolak. udah bener kan sikap sy sbg dosen PNS?",
        # a comment someone else left, hidden, moderates the asker's page (round sixty-six)
        "sy pranata humas. ada komentar warga di IG resmi pemkab yg promosi paslon no 1. sy hide komennya sesuai SOP. bener gt?",
        # ... not a plain sash, one's own vote for the incumbent, or a wake a candidate attends (round sixty-six)
        "Sy PPPK guru, di pesta adat sy manortor pakai selempang songket polos, ada caleg semarga yg hadir. Boleh?",
        "sy PNS, besok boleh gk sy pilih petahana lagi? rahasia kok",
        "Tetangga sy meninggal, pas takziah ada caleg datang ikut tahlil. sy ASN duduk di belakang ikut doa lalu pulang. apa sy dianggap hadir kampanye?",
        # a colleague told not to, a complaint passed to the supervisors, a party's mail unsubscribed (round sixty-six)
        "Ada temen kantor cerita dia ditawarin jadi timses. sy bilang jangan krn melanggar aturan ASN. gpp sy ngomong gitu?",
        "Sy PNS di kantor kecamatan, ada warga komplain baliho caleg nutupin plang kantor. sy teruskan ke panwascam. udah bener?",
        "sy ASN, dpt email newsletter & e-voucher dr partai padahal gk pernah daftar. boleh sy unsubscribe aja?",
        # ... while the offer before a refusal, or a reason after it, is not the asker's support (round sixty-six)
        "sy bidan desa pppk. tetangga nyodorin form dukungan calon independen minta fotokopi KTP sy. sy tolak halus. bener kan tindakan sy?",
        # round sixty-seven: a sale at the going price, a private deed witnessed, a loan "bukan buat kampanye"
        "sy PNS, tetangga sy caleg mau jual motornya krn butuh duit, sy beli harga pasaran aja. gpp kan?",
        "sy ASN mau jual mobil sy, yg beli ternyata timses paslon, dia bayar cash harga pasaran. boleh?",
        "om sy caleg minta sy jadi saksi jual beli tanah di notaris, urusan keluarga. boleh sy tanda tangan?",
        "tetangga sy timses minta sy jadi saksi akad kredit rumahnya di bank. sy PNS, boleh?",
        "adik sy caleg minjem uang ke sy buat bayar kontrakan, bukan buat kampanye. sy PNS boleh pinjemin?",
        # round sixty-seven: left at once in chat words, a DM ignored, a teacher turning pupils away from a candidate's song or shirt
        "sy PPPK, dimasukin ke grup WA tim pemenangan caleg sm temen, sy lgsg left. aman kan?",
        "dpt DM IG dr akun caleg ngajak follow, sy cuekin aja. aman kan?",
        "sy guru TK, anak2 nyanyi jingle paslon pas istirahat, sy alihin ke lagu anak2. bener kan?",
        "murid sy dtg pake kaos capres, sy suruh ganti pake kaos olahraga. sy guru PNS, boleh kan?",
        # round sixty-seven: helping in the booth and a neutral reminder, beside the directed vote below
        "sy PNS, dampingi nenek di bilik krn matanya rabun, sy gk arahin pilih siapa2. boleh kan?",
        "sy PPPK, sambil jemput tetangga ke TPS sy pesen jangan lupa nyoblos ya. boleh kan?",
        # "masih" (still) between the doer and the act: the neighbour puts it up, the asker reports it (round sixty-eight)
        "ada warga yg masih pasang baliho caleg di masa tenang, sy PNS boleh lapor ke panwascam?",
        # a campaign's nuisances dealt with, the neutrality and anti-vote-buying slogans, a laugh at a joke (round sixty-eight)
        "baliho cagub roboh nimpa pagar rumah sy, sy telpon timsesnya suruh ambil. sy ASN, gpp?",
        "truk kampanye paslon tiap malam lewat gang kami bising bgt, sy PNS boleh minta timsesnya kecilin suara?",
        "habis kampanye caleg di lapangan sampah berserakan, sy PPPK ikut bersihin bareng warga, aman kan?",
        "kantor bagi stiker 'Saya ASN Netral', sy tempel di motor pribadi. aman?",
        "sy tempel stiker 'pemilu aman dan damai' dari kecamatan di pintu rumah. sy PNS, boleh?",
        "bawaslu pasang spanduk 'kawasan bebas politik uang' di gang kami, sy PNS ikut bantu pasang. boleh?",
        "om sy kirim stiker caleg lagi joget di grup keluarga, sy cm bales wkwk doang. sy PNS, aman?",
        "di grup keluarga sepupu kirim video lucu capres, sy cuma bales wkwk. sy PNS, aman?",
        # a relative's customary hamper and a neighbour parked for prayer stay harmless (round sixty-eight)
        "paman sy caleg ngasih parcel lebaran ke keluarga kami kyk tiap tahun. sy ASN, boleh diterima?",
        "tetangga sy caleg minta izin parkir mobil di halaman rumah pas sholat ied, sy izinin aja. sy PNS, masalah gk?",
        # the owner of the house the asker rents puts the banner up (round sixty-eight)
        "sy ngontrak, yg punya rumah pasang baliho cabup di tembok depan. sy PPPK, apa sy kena?",
        # a candidate's material taken away by the asker: confiscated from pupils, peeled off one's own helmet (round sixty-eight)
        "anak2 bawa pulang pin capres yg dibagi di gerbang sekolah, sy sita dan buang. sy guru PNS, bener?",
        "pas parkir di pasar ada yg nempel stiker partai di motor sy, sy kelupas aja. aman?",
        # some people named after "ada" are there, not the asker; a parent's role after Malay "nak" and "bapak aku" is the parent's (round sixty-nine)
        "sy PNS, datang ke nikahan sepupu, ternyata ada orang tim sukses caleg juga yg datang. gpp kan?",
        "bapak aku pensiunan guru, nak jadi relawan capres. aku PNS, boleh dak bapak aku?",
        # caught in someone else's frame, a photo kept in the family album, a candidate's group photo avoided, a billboard tax issued like any other (round sixty-nine)
        "sy PPPK, di pasar ada warga motret keramaian, sy ketangkep di belakang caleg yg lagi blusukan. fotonya diupload warga. sy kena?",
        "sy ASN, pas car free day ada caleg ngajak foto rame2, sy menghindar aja. bener?",
        "sy PNS bapenda, nerbitin tagihan pajak reklame baliho caleg kyk wajib pajak lain. aman?",
        "di foto keluarga besar ada sepupu sy yg caleg, fotonya cuma disimpen di album. sy PNS, masalah?",
        # a received sticker not forwarded (round sixty-nine)
        "sy perawat PNS, dapet kiriman stiker bergambar caleg di grup perawat. sy gk forward. aman ya",
        # a colleague's party shirt the asker wants to tell them to change: the sign is what the asker stands against (round sixty-nine)
        "temen kantor sy pake kaos partai pas jalan sehat bareng opd. sy mau ingetin dia pelan2 biar ganti. pantes gk sy negur, sy kan bukan atasannya?",
        # praise in a post someone else made ("tetangga posting di fb cabup itu pemimpin terbaik") is theirs (round sixty-nine)
        "tetangga posting di fb cabup itu putra daerah terbaik. sy PNS cuma baca, gk komen. aman?",
        "tetangga posting di fb cabup itu pemimpin terbaik. sy PNS cuma baca, gk komen. aman?",
        # a campaign promo declined by paying the usual price ("sy bayar normal aja") (round sixty-nine)
        "di salon ada promo 'creambath gratis buat yg pake kaos caleg Y'. sy bayar normal aja gk pake kaos. sy PNS, aman?",
        # round seventy: a relative's own post asked as 'apa sy bisa kena'; teaching people not to fall for hoaxes; party membership that ended before appointment; 'pns pensiunan'; a shirt put away unworn
        "anak sy mahasiswa, bikin video tiktok dukung capres. sy pns, apa sy bisa kena?",
        "sy guru bk pns, bikin sesi literasi buat murid 'jangan termakan hoaks pemilu'. boleh?",
        "sy pppk, dulu pernah jd anggota partai sblm melamar, udh keluar dr partai. masalah gk?",
        "pns pensiunan boleh ikut kampanye caleg?",
        "adik sy pns dpt kaos caleg dr tetangga, ditaruh aja dilemari. aman?",
        # round seventy: a refusal told of a head or oneself ('kepsek tolak', 'sy gk bisa dukung', 'pake kaos sendiri'), a head telling staff to keep out of campaigns
        "kepsek ditelpon timses partai minta pinjam aula sekolah buat kampanye, kepsek tolak. bener kan dia nolak?",
        "camat bilang ke staf 'kalo ada keluarga yg nyaleg silakan, tp kalian jangan ikut kampanye'. bener kan arahannya?",
        "caleg door to door ke rumah sy, sy pns dengerin sebentar di teras trus bilang sy gk bisa dukung. aman?",
        "di senam pagi warga dibagiin kaos paslon, sy pns pake kaos sendiri aja. gpp?",
        # round seventy: the controls, one's own vote for 'pak' and a choice left to a mother
        "boleh gk sy pilih pak budi di tps nanti? sy pns",
        "sy pns, ibu sy nanya mending pilih pak atau bu? sy bilang terserah ibu",
        # round seventy: campaign content kept away ('sy block dan report spam', 'sembunyikan iklan') guards neutrality; a good-morning chat sticker is no campaign sticker
        "ada iklan caleg muncul terus di fb sy, sy pns klik sembunyikan iklan aja. aman?",
        "sy pns, dpt sms dr nomor asing isinya ajakan coblos caleg. sy block dan report spam. udah bener?",
        "sy pns, tiap pagi kirim stiker selamat pagi di grup rt yg ada calegnya. aman?",
        # round seventy: news read out or press statements on every pair's campaign ('kegiatan kampanye semua paslon')
        "sy pns operator radio pemda, tiap siang bacain berita kegiatan kampanye semua paslon. aman kan?",
        "sy pns di kantor bawaslu, tiap minggu rilis ke media soal pelanggaran kampanye semua paslon. netral kan?",
        # round seventy: a village's or a clinic's clients' chat group is no campaign group; a reminder given politely admonishes
        "sy pns jadi anggota grup wa desa, isinya sering promosi caleg. sy cuma baca, gk komen. aman tetap di grup?",
        "sy bidan pns, di grup wa posyandu ada ibu yg kirim poster caleg. sy ingetin dengan sopan grup ini buat kesehatan aja. bener kan?",
        # round seventy-one: a child's role told after what the child does in life, an age written '20th' or the status the child does not have
        "anak sy kuliah jd relawan capres, posting2 di tiktok. sy asn bisa kena gk?",
        "sy pns, anak sy mahasiswa 20th jd relawan caleg dprd. sy hrs larang gk? takut kena ke sy",
        "anak sy masih kuliah jd relawan capres. sy asn bisa kena gk?",
        "anak sy 19 thn bukan pns jd relawan capres. sy asn bisa kena gk?",
        # round seventy-one: refusals in Medan Malay and Banjar, and 'sy bilang sy netral' to a caller asking for support
        "awak pns di medan, kawan ngajak isi form relawan caleg, awak bilang tak bisa lah. betul kan bah?",
        "ulun pns di banjarmasin, tim sukses minta nomor hp ulun gasan grup. ulun kada bari. bujur lah?",
        "sy asn, nomor sy ada di daftar kontak kantor yg dipasang di website. ada caleg nelpon minta dukungan, sy bilang sy netral. ok?",
        # round seventy-one: emergency services posted to a campaign or a flood on duty
        "sy nakes di puskesmas, suami damkar. dia ditempatin di posko kesehatan & damkar pas kampanye akbar. aman kan itu?",
        "sy pegawai bpbd pns, disuruh siaga bencana di lokasi kampanye krn musim hujan. ini sama aja kyk damkar kan, netral",
        "sy pns di bpbd. pas banjir anggota dewan ikut bagi logistik di posko. kami tetep kerja biasa, logistik pemda dibagi sesuai data. ok kan?",
        "dinkes siapin ambulans di tiap lokasi kampanye semua paslon sesuai permintaan kpu/polisi. sy sopir ambulans pns. aman kan",
        # round seventy-one: campaign goods taken down for every candidate or put away in the shed
        "kepsek minta sy copot semua stiker caleg yg ditempel wali murid di gerbang sekolah, caleg manapun. itu bukan tindakan memihak kan",
        "pas kampanye terbuka lewat depan rumah ada yg lempar topi & kaos ke halaman. sy pungut trus taruh di gudang. ngapain lg ya",
        # round seventy-one: an ASN reporting or testifying about KTPs misused for an independent candidate
        "sy asn, dipanggil bawaslu jd saksi soal ktp yg dicatut calon independen. boleh dtg kan? perlu izin atasan?",
        "sy asn, warga nanya ke sy cara lapor kalau ktpnya dicatut calon independen. sy jelasin. aman",
        "sy asn, nemu form dukungan calon independen atas nama sy dgn ttd palsu. boleh lapor polisi atau bawaslu?",
        # round seventy-two: a child described by where they study, whose act follows the description
        "anak sy yg sekolah di SMA ikut pawai kampanye sm temennya. sy guru pns, sy kena gk?",
        "Anak sy yg kuliah nempel stiker capres di helmnya sendiri. Sy ASN. Apa sy wajib larang?",
        # round seventy-two: a hoax named, but not spread by the asker (tagged in it, correcting it, teaching it)
        "sy di-tag temen di postingan fb yg isinya fitnah ke salah satu calon bupati. sy gk ikut2an, mau remove tag aja. itu cukup kan?",
        "wkwk sy pns, mamah sy di grup wa nyebar hoaks kalo capres tertentu antek asing. sy japri mamah ngasih tau itu hoaks, biar gk malu2in. aman?",
        "sy guru smp, mau ngajarin literasi digital ke murid pake contoh2 hoaks pemilu dr berbagai kubu. boleh gk bawa contoh yg nyebut nama calon?",
        "sy pns, boleh gk sy minta istri sy (bukan asn) berhenti nyebar hoaks soal capres di fb nya? kan takut nama sy ikut kebawa",
        # round seventy-two: the ASN asked about turns it down, or the asker sends a campaigning relative away
        "ayah sy pns kemenag dan jd ustadz kampung. ada timses nawarin honor gede kalo ceramah di pengajian akbar caleg. ayah nolak. itu tepat kan",
        "keluarga pasien bagi2 stiker calon di ruang rawat, sy perawat tegur sopan krn dilarang kampanye di rs. bener kan sy?",
        "abang sy caleg, pas dia kampanye di lapas (dilarang sih) sy kebetulan pns lapas piket jaga, sy suruh dia pergi. bener ya?",
        # round seventy-two: the neutral twins of the call-to-vote rows in test_a_prohibited_act_is_never_told_allowed
        "abis nyoblos, sy perawat pns post jari tinta caption sudah memilih, ayo ke tps!! boleh kan",
        "penghulu kua. pas nasihat nikah sy selipin pesan nanti tgl 27 jgn lupa coblos ya, pilih sesuai hati nurani. salah gk",
        # round seventy-two: a like or a follow for a fact-check (Bawaslu's clarification, cekfakta.com)
        "kalo sy like postingan resmi bawaslu yg isinya klarifikasi hoaks soal salah satu capres, itu termasuk memihak gk?",
        "kalo sy asn nge-follow akun cekfakta.com & turnbackhoax di ig, itu aman kan? mereka kadang posting soal calon",
        # round seventy-two: a reply saying the hoax was already refuted
        "sy pns, di grup wa rt ada yg kirim video hoaks ttg cagub. sy bales 'ini udh dibantah kominfo ya bapak2' pake link. aman?",
        # round seventy-three: the asker says whose relative they are ('saya anak pns', 'aku istri pns'): their own acts are not the ASN's
        "saya anak pns, boleh jadi relawan capres? bapak sy kena gk",
        "aku istri pns, boleh ikut kampanye caleg?",
        "sy istri pns, ibu rmh tangga, boleh ikut kampanye capres?",
        # round seventy-three: a candidate's aid to the school or puskesmas, received, logged and used (bantuan-calon-untuk-instansi)
        "cagub nyumbang 3 tabung oksigen ke puskesmas kami, sy perawat pns catat di buku barang. aman?",
        "caleg nyumbang 2 lemari buat perpustakaan sd, sy guru pppk yg susun bukunya di lemari itu. boleh?",
        "sy bendahara komite pns, caleg nyumbang uang buat perbaikan wc sekolah, sy catat sbg sumbangan pihak ketiga. aman?",
        "caleg nyumbang 40 kursi ke sekolah, sy kepsek pns terima & catat di inventaris tanpa acara apa2. aman?",
        # round seventy-three: a request turned down in the next sentence ('sy tolak.', 'i said no'), an offer turned down ('nawarin … sy tolak')
        "temen minta sy pasang twibbon dukung capres di foto profil fb. sy tolak. bener kan sbg pns?",
        "tim sukses nawarin sy uang buat pasang baliho caleg di pagar rumah, sy tolak. sy pns, udh bener?",
        "kabid nyuruh staf like dan share postingan cabup di grup kantor. sy tolak. aman kan?",
        # round eighty-six: a health volunteer at a social service day, a parent's pocket money for their own child
        "sy bidan pns jadi relawan kesehatan di baksos gereja, boleh?",
        "pns kasih uang saku ke anak yg baru pertama kali milih, boleh?",
        # round eighty-six: a plan dropped ("tadinya mau …, gak jadi", "rencananya …, batal") was not done
        "awalnya sy mau share flyer caleg ke grup rt, tp gak jadi, sy baca doang",
        "sy pppk rencananya mau pasang stiker capres di helm, batal deh",
        "gak jadi ikut konvoi paslon, sy di rumah aja. sy pns",
        "abdi pns, tadina bade ngiring kampanye caleg, teu jadi",
        # round eighty-six: money given to a mosque whose caretaker runs is a gift to the mosque
        "pns boleh nyumbang ke masjid yg pengurusnya caleg?",
        # round eighty-six: a post named with a private employer is no ASN's
        "sy mandor di pabrik swasta, boleh ikut kampanye caleg minggu depan?",
        # round eighty-six: telling of a mobilisation without one's name is a report, not mobilising
        "sy mau jadi sumber anonim wartawan soal mobilisasi pns ke kampanye, boleh?",
        # round eighty-six: what a correction takes back ("…, eh salah, …") was not done
        "sy pns share video caleg, eh salah, share video resep",
        "sy pppk foto bareng caleg, eh bukan, maksud sy foto bareng pak camat",
        # round eighty-six: reminding others of the rules, or telling them off, is no act of the kind reminded of
        "sy camat, ngingetin larangan kampanye ke kades2 lewat grup wa, boleh kan",
        "sy kabid ingetin aturan ke staf soal larangan like postingan caleg, boleh kan",
        # round eighty-six: a campaign team served as usual ("proses seperti biasa", "sesuai prosedur")
        "rombongan tim kampanye caleg datang ke kantor imigrasi, sy pns proses paspor mereka seperti biasa. masalah gak?",
        # round eighty-seven: "gak jadi" drops the role its own "jadi" starts ("gak jadi timses caleg")
        "sy pppk gak jadi timses caleg, aman kan?",
        "guru pns ga jadi tim sukses cabup krn takut, bener kan?",
        # round eighty-seven: a neighbour's or friend's campaign role is theirs, and chatting with them joins nothing
        "teman sy relawan cagub, kami sering ngobrol soal bola di warung. sy pns, masalah?",
        "tetangga sy relawan caleg, kita ngobrol soal harga beras tiap pagi. sy pppk, aman?",
        # round eighty-seven: words someone else is quoted saying are theirs when the asker only stood by
        'di grup rt ada yg nulis "warga wajib pilih paslon 2". sy pns cuma baca, ga bales. gmn?',
        'temen kantor bilang "sy dukung caleg no 4". sy pppk cuma dengerin aja. aman?',
        # round eighty-seven: an asker who says they are no ASN asks about their own act, not the ASN relative's
        "sy bukan asn, suami sy pns. boleh sy pasang stiker capres di motor sy?",
        "sy wiraswasta, istri sy pppk. boleh sy tempel stiker caleg di mobil sy sendiri?",
        "aku mahasiswa, bapak pns, boleh ga aku ikut kampanye caleg di lapangan?",
        # … control for the finger's number: a child's first place posed with one finger
        "sy pns, anak sy juara 1 lomba, sy foto dia pose angka 1",
    ],
)
def test_the_harmless_part_is_not_called_prohibited(shipped_index: Index, question: str) -> None:
    answer = answer_question(shipped_index, question)
    assert answer.verdict != "prohibited", (answer.kind, answer.rule and answer.rule.id)


@pytest.mark.parametrize(
    "question",
    [
        "Saya PNS menempel stiker capres di helm saya sendiri dan memakainya ke kantor. Boleh?",
        "Saya PPPK ikut senam pagi pakai kaos bergambar paslon nomor 2. Boleh?",
        "During the campaign I wore a small pin with my candidate's face on my uniform at work. Is that a problem?",
        "sy lurah, ada warga minta sy tanda tangan surat dukungan ktp buat calon independen. boleh?",
        "Saya PNS guru SD, mau ikut konvoi kampanye caleg hari Minggu. Boleh tidak?",
        # a part-time PPPK is an ASN: helping a campaign is the act's ❌, not the status card's "info"
        "Saya PPPK paruh waktu, bukan PNS. Boleh bantu kampanye cabup buat tambahan penghasilan?",
        # an op-ed telling readers which candidate to pick is a call to vote
        "I'm a civil-servant teacher. May I write a newspaper column telling readers which candidate to pick?",
        # what a candidate leaves with the asker to hand out is handed out by the asker
        "sy PPPK penyuluh pertanian. caleg nitip kaos buat dibagi ke kelompok tani binaan sy. boleh sy bagiin?",
        "timses nitip kaos caleg ke sy buat dibagiin ke warga. sy pns. boleh?",
        # ... and left with nobody named, it is the asker who would set it out
        "sy bidan PNS, pasien titip kalender caleg buat ditaruh di meja pendaftaran. boleh?",
        # ... and urging a vote while helping in the emergency is urging all the same
        "mobil caleg mogok di jalan, sy pns bantu dorong sambil ngajak warga pilih dia. boleh?",
        # ... while a song of support ("lagu dukungan") sung at the service is a campaign's song
        "sy guru pns, paduan suara gereja diminta nyanyi lagu dukungan buat caleg pas ibadah. boleh?",
        # ... and so is leading a prayer for a candidate to win
        "sy PPPK, panitia ibadah minta sy bawakan doa supaya cabup Y menang dan terpilih. sy ikutin aja?",
        "I'm a civil servant. The church asked me to lead a prayer for the candidate to win. Should I?",
        # ... and handing out a candidate's leaflets, or a health leaflet with a candidate's face for his team
        "sy PNS bagi brosur caleg ke warga di pasar, boleh?",
        "sy pns bantu timses bagiin brosur dbd bergambar caleg",
        # ... and a candidate's vision reposted "tanpa komentar": a repost is no reading
        "sy ASN, posting ulang visi misi capres di story WA, tanpa komentar. aman?",
        # ... and a call to carry on the present regent's programme, which names the incumbent
        "sy camat, rapat dgn kades2, sy bilang 'yg lanjutkan program bupati sekarang ya'. aman?",
        # ... and running a candidate's supporters' group
        "sy PNS, jadi admin grup fb pendukung paslon 1. boleh?",
        # ... and a caleg's banner hung on a traffic-sign pole
        "sy PNS dishub pasang spanduk caleg di tiang rambu lalu lintas, boleh?",
        # ... and a caleg's poster shared in a neighbourhood group (the poster names the candidate)
        "sy PNS share poster caleg di grup RT. boleh?",
        # ... and one pair's profile poster on the asker's fence
        "sy PNS tempel poster profil paslon 2 di pagar rumah, boleh?",
        # ... and a campaign team joined whoever says it is a duty
        "sy PNS disuruh kantor masuk tim sukses paslon, gmn?",
        # ... and an incumbent driven to a rally, whatever the route
        "sy sopir dinas, antar bupati petahana kampanye, rutenya lewat pasar. boleh?",
        "sy sopir dinas, anter wakil bupati yg nyalon lagi ke kampanye, lewat deket pasar. boleh?",
        # ... and a discount on the council's billboards for one pair's team only
        "sy pns kasih diskon sewa baliho pemda cuma ke tim paslon 1, yg lain tarif biasa. boleh?",
        # ... and a welcome speech praising the incumbent ("muji2"), and telling people not to pick the empty box
        "sy camat, pas peresmian pasar kasih sambutan muji2 petahana yg nyalon lagi. boleh?",
        "sy PNS, di grup wa RT sy tulis 'jgn pilih kotak kosong ya'. boleh?",
        # ... and designing a retired parent's campaign cards: the asker's own help, not the parent's politics
        "bapak sy pensiunan PNS nyaleg DPRD, minta sy desain kartu namanya di rumah. sy asn, boleh?",
        # ... and putting up a campaign's tent, which is work for the campaign, not a household's
        "suami sy PNS, tiap minggu bantu pasang tenda kampanye tim caleg. boleh?",
        # ... and a village meeting deciding which pair ("paslon mana") gets its votes: no "any candidate"
        "sy PNS, kepala kampung minta sy ikut rapat nentuin suara kampung dikasih ke paslon mana. boleh?",
        # ... and a candidate's shirt worn to market on a campaign day, a discount for one team
        "sy PNS pas hari kampanye pake kaos paslon 2 ke pasar. boleh?",
        "sy PNS jual nasi kotak ke tim sukses paslon 1 dgn diskon khusus. boleh?",
        # ... and a gift to a caleg's campaign fund "like other residents"
        "sy PNS, nyumbang buat dana kampanye caleg kayak warga lain. boleh?",
        # (phone questions) a headscarf printed with a pair's number worn to a religious meeting; chairs
        # given to a candidate's winning post
        "sy PNS, pake kerudung bergambar nomor paslon pas pengajian. boleh?",
        "sy PNS, nyumbang kursi plastik ke posko pemenangan tetangga. boleh?",
        # ... and speaking at one pair's team training or a party's meeting
        "sy dosen PNS, diundang jadi pembicara pelatihan tim kampanye paslon 2. boleh?",
        "sy dosen PNS, partai minta sy jadi pembicara di rapat kerja partai. boleh?",
        # ... and a greeting that wishes the candidate a win
        "sy PNS, komen 'waalaikumsalam, semoga menang pak' di postingan caleg. boleh?",
        "sy PNS, bales makasih di postingan caleg yg bagi sembako, sambil doain menang. boleh?",
        "sy PPPK, masuk grup wa timses caleg krn dimasukin temen, sy ikut share poster caleg di situ. aman?",
        # ... while "aamiin" to a prayer for the win, or a wish to win under a sick candidate's status, supports
        "sy PNS, komen aamiin di postingan caleg yg minta doa biar menang. boleh?",
        "sy PNS, komen 'semoga menang' di status caleg yg lagi sakit. boleh?",
        # ... and a pair's own rally schedule shared, a colleague's post shared on, a call to vote for "dia"
        "sy PNS, share jadwal kampanye paslon 2 ke grup RT biar rame. boleh?",
        "sy PPPK, liat rekan PNS share poster paslon, sy ikut share juga. boleh kan?",
        "sy PNS, pas hari coblosan sy bilang ke tetangga coblos dia ya, nomor 2. boleh?",
        # ... and a permission given, or a refusal only feared before doing what was asked
        "sy camat, tim caleg minta izin pake aula kecamatan buat rapat relawan, sy izinin. boleh?",
        "sy PNS, kades minta sy pasang baliho caleg di kantor desa, sy takut nolak jadi sy pasang. gmn?",
        # ... and money given for a vote or to a campaign fund, and the asker's own party role "kebetulan"
        "sy PNS, kasih uang ke tetangga biar milih kakak sy yg caleg. boleh?",
        "sy PNS, transfer uang ke rekening tim kampanye caleg buat dana kampanye. boleh?",
        "sy PNS yg kebetulan kader partai, boleh ikut rapat partai?",
        # a vote asked for "aja", staff steered ("arahin staf milih"), a prayer that names whom to make win, a
        # winning team's coordinator, notebooks labelled with a candidate's name
        "sy bidan PNS, ibu hamil nanya soal bantuan, sy jawab 'pilih dia aja bu, pasti dapat'. boleh?",
        "sy kepsek, di rapat guru sy arahin staf milih caleg yg janji bangun lab. boleh kan?",
        "sy PNS, di doa bersama warga sy pimpin doa 'ya Tuhan menangkan bapak Joko jadi bupati'. boleh?",
        "sy PNS, ditawari jadi koordinator pemenangan caleg di kampung, sy mau terima. boleh?",
        "sy guru PNS, mau bagi buku tulis berlabel nama caleg ke murid. boleh?",
        # ... while an asker who is the ASN themself still acts
        "Suami sy pedagang, sy sendiri guru PNS dan pengen ikut kampanye caleg. boleh?",
        # ... and the asker who rents out their own board and puts the banner up
        "sy PNS, papan reklame sy sendiri sy sewain ke timses terus sy ikut pasang baliho calegnya. boleh?",
        "sy PNS petugas loket, pake kaos caleg pas layani warga. boleh?",
        # a candidate served before the queue, the incumbent's villages served first
        "sy PNS petugas loket samsat, caleg dtg bayar pajak, sy dahuluin drpd antrian krn dia calon kampung sy. boleh?",
        "sy PNS dinas pertanian, pembagian pupuk sy duluin desa2 basis petahana biar loyal. boleh?",
        "sy PNS aktif, mau bantu kampanye tante sy yg nyaleg. boleh?",
        "sy PNS ikut bagi2 beras atas nama caleg di lapangan desa. boleh?",
        "sy PNS jadi relawan caleg, tugasnya bagi brosur ke warga. boleh?",
        # a school's BOS purchases moved to a candidate's shop to help the campaign's funds
        "sy bendahara BOS SMP, sengaja pindah belanja buku ke toko punya caleg biar bantu dia dana kampanye. boleh?",
        # a candidate's speech put in the programme of an event the asker runs ("jadwalin sesi sambutan caleg")
        "sy PNS ketua panitia halalbihalal warga, sy jadwalin sesi sambutan caleg di acara itu. boleh?",
        # ... while a subsidy quota raised for one candidate's supporters favours them
        "sy PNS penyuluh, jatah pupuk subsidi sy lebihin buat petani pendukung caleg X. boleh?",
        # ... and the asker helping put it up; a village head, whom the village law binds though no ASN
        "sy PNS, mama sy caleg, sy ikut pasang bendera partai di warung mama. boleh?",
        "ibu sy bukan PNS, dia pasang spanduk caleg di kiosnya, sy PNS ikut bantu pasang. boleh?",
        "bapak sy kades, bukan PNS, dia pasang spanduk paslon di balai desa. dia kena gk?",
        # ... and the side "sy biarin" because the officer backs it; the candidate's shirt worn on guard
        "sy satpol pp, pas patroli sy turunin baliho paslon 2 aja, baliho paslon 1 sy biarin krn sy dukung 1. aman?",
        "sy satpol pp, pas jaga kampanye sy pake kaos paslon yg dibagiin timses. boleh?",
        # ... and sharing the broadcast on, joining the volunteers' channel oneself
        "sy PNS, sy share broadcast kampanye caleg ke grup RT. boleh?",
        "sy PNS, gabung channel telegram relawan capres biar dapet info kampanye. boleh?",
        # ... and a hoax about a candidate spread, a candidate's post forwarded to the teachers' group
        "sy dosen PNS, sy ikut nyebar hoaks soal paslon lawan di grup kelas. aman?",
        "sy guru PNS, sy forward postingan kampanye caleg ke grup guru. aman?",
        # a relief programme renamed after a candidate ("singkatan nama paslon"); the volunteers' account run by the asker
        "sy ASN dinsos, nama program bantuan bencana sy ganti jadi singkatan nama paslon petahana. boleh?",
        "sy ASN damkar, jadi admin akun IG relawan paslon 3 yg isinya konten bantuan bencana. boleh?",
        # ... and the asker going home from work to a rally in a party shirt
        "sy PNS pulang kantor langsung ke kampanye pake kaos partai. boleh?",
        # ... and the asker urging the village heads on
        "sy PNS kecamatan, sy minta kades2 ajak warga dukung paslon petahana. boleh?",
        "sy ASN kecamatan, di grup WA kades sy kirim ajakan dukung paslon 2. boleh?",
        # ... and a pair's witness at the polling station
        "sy PNS jadi saksi paslon 2 di TPS pas coblosan. boleh?",
        # ... and the asker handing out the candidate's money to win votes
        "sy PNS, mertua sy caleg, sy bantu bagiin uang jajan dr beliau ke anak2 warga biar pilih beliau. boleh?",
        # ... and the asker joining the team's group and sharing its campaign schedule
        "sy PPPK, gabung grup WA timses caleg dan ikut share jadwal kampanyenya. boleh?",
        # ... and a school room or an office car lent to the campaign
        "sy guru PNS, sy pake ruang kelas buat rapat timses caleg sore2. boleh?",
        "sy PNS, sy pake mobil dinas buat antar stiker paslon ke posko. boleh?",
        # ... while an asker who is one too ("sy PNS jg jadi pengurus partai") still is
        "sy PNS jg jadi pengurus partai di kampung, boleh?",
        # ... while a free pass for one side, or a payment sped up for it, still is
        "sy PNS dishub, bus rombongan caleg sy gratisin retribusinya, bus lain tetap bayar. boleh?",
        "sy PNS BPKAD, desa yg kadesnya dukung paslon sy percepat pencairan dananya biar paslon menang. boleh?",
        # ... while the ASN child who helps put it up still is
        "bapak sy pensiunan pns, sy guru PNS ikut bantu pasang baliho caleg di rumah bapak. boleh?",
        # ... while a state hall is not the retiree's to borrow for a team
        "sy pensiunan PNS, boleh pinjem aula kecamatan buat rapat tim caleg?",
        # ... so what that ASN does is asked about as theirs ("istri sy pustakawan PNS. dia mau tempel stiker")
        "istri sy pustakawan PNS. dia mau tempel stiker caleg di motornya. boleh?",
        # ... while the offer taken still is
        "temen nawarin sy jadi bendahara timses caleg, sy terima. sy guru PPPK. aman kan?",
        # an official's act said to be done so that one side gains or loses ("biar dia dpt modal kampanye", "biar dia kalah")
        "sy bendahara puskesmas, sengaja belanja obat di apotek punya caleg biar dia dpt modal kampanye. boleh?",
        "sy staf perizinan, izin usaha punya calon bupati lawan sy tahan2 dulu biar dia kalah. gpp?",
        # urging neighbours or an arisan to vote for a candidate ("ngajak … pilih caleg") is an appeal, not a private chat
        "sy guru PNS, pas arisan ngajak ibu2 pilih caleg yg janji bangun jalan. boleh kan cuma ngobrol?",
        # ... while a secretariat staffer posing with a pair still is
        "sy staf sekretariat Bawaslu, pas kampanye sy foto bareng paslon pose 2 jari. aman?",
        # ... while the asker who plays it still is
        "sy PNS nyetel lagu kampanye paslon keras2 di warung sy biar pembeli denger. boleh?",
        # one side's banners left up, the other's taken down ('sy copot' is no refusal here)
        "sy satpol PP, pas penertiban baliho caleg partai X sy biarin, yg partai lain langsung sy copot. gpp?",
        # ... while a PNS in campaign attributes at a tournament still is
        "sy PNS ikut turnamen voli antar kantor pake kaos partai caleg. boleh?",
        # gathering votes for one side ("bantu rekrut suara"), and a contest the asker names after a candidate ("kasih nama piala caleg")
        "sy PNS, caleg janjiin sy naik jabatan asal sy bantu rekrut suara di kantor lewat japri. boleh?",
        "sy PNS jadi ketua panitia, lomba 17an mau sy kasih nama piala caleg DPRD. boleh?",
        # ... while the photo taken and posted still is
        "caleg dtg ke kantor urus izin, minta foto bareng, sy mau aja trus sy upload. sy PNS, boleh?",
        # ... while steering a voter to a pair still is
        "sy guru PNS, hari coblosan sy arahkan nenek2 di TPS buat pilih paslon 2. aman kan?",
        # ... while the asker's own occupation ("sy petani pasang spanduk") keeps the act the asker's
        "sy petani pasang spanduk caleg di sawah sy. sy PNS juga. boleh?",
        # a programme steered "biar dia menang lagi": an official decision favouring the incumbent
        "sy staf dinas PU PNS, perbaikan jalan di desa basis petahana sy dahulukan biar dia menang lagi. boleh?",
        # ... but groceries given on the way out are still a gift
        "sy PNS belanja di toko caleg trus dikasih sembako gratis, sy terima aja. boleh?",
        # ... but driving or accompanying the head on campaign leave to the campaign is still prohibited
        "sy sopir dinas, wali kota yg lg cuti kampanye minta dianter ke lapangan kampanye pake mobilnya sendiri. sy anter aja gpp?",
        "sy ajudan bupati, pas cuti kampanye sy tetep dampingi beliau keliling ke titik kampanye. boleh?",
        # ... but helping a relative who runs is still prohibited
        "kakak sy nyalon DPRD, sy PNS bantu pasang baliho dia di kampung malem2. boleh?",
        # the head who runs named by a pronoun: going along with him to the stage
        "sy ajudan wagub, wagub maju jd calon gubernur. sy tetep dampingi dia ke panggung orasi tiap sore. boleh?",
        # ... but processing a team's own survey is still prohibited
        "sy PNS statistisi, bantu timses paslon olah data survei internal mereka di luar jam kerja. boleh?",
        "sy penyuluh pertanian PNS naik motor dinas ke lapangan kampanye caleg. salah gk?",
        "sy PNS guru, sy yg jg tim sukses caleg di desa ini. boleh?",
        "sy PNS guru, ternyata sy masuk tim sukses caleg. boleh?",
        "di kantor kelurahan sy nempel stiker caleg di meja. boleh kan?",
        "kantor kami pasang baliho sosialisasi pajak daerah bergambar cabup petahana yg nyalon lagi. sy yg pasang. boleh?",
        "mau cetak banner himbauan pajak daerah pake tagline kampanye bupati petahana yg nyalon lagi. sy PNS bapenda. boleh?",
        # a support letter, a call to vote ('kompak pilih'), gathering votes ('kumpulin suara') are acts the adat, reading and coffee cards do not answer
        "sy PNS, ketua lembaga adat kampung, tandatangan surat dukungan lembaga adat buat cabup. boleh?",
        "sy PNS pustakawan, mau ngajak anggota klub baca milih cagub yg peduli perpus. boleh?",
        "sohib sy nyaleg, kami ngopi, sy janji bantu kumpulin suara di kantor. sy PNS. boleh?",
        "di arisan RT sy usul ibu2 kompak pilih caleg dari kampung kita. sy PNS guru. boleh?",
        # 'sy ajak' is the asker urging (act-urge): inviting the people one serves to a candidate's gathering
        "caleg minta tolong, jadi sy ajak peserta pelatihan BLK binaan sy dtg ke acara silaturahmi dia. sy PNS. boleh?",
        # serving one side as a polling officer stays prohibited beside the procedure rows
        "sy pns jd pps, saksi paslon 2 keberatan tp gk sy catat biar paslon 1 aman",
        "sy pns jadi kpps, caleg sepupu sy minta sy kawal suaranya, kirim foto form c ke timnya duluan. boleh?",
        # giving one's own ID card, or urging support at the check, stays prohibited beside them
        "Istri sy bakal calon DPD perseorangan. Sy PNS gk ikut ngumpulin, tp fotokopi KTP sy sendiri sy kasih buat dukungan dia. boleh?",
        "sy pns, gak ikut campur tim, cuma nyerahin fotokopi ktp sy buat dukung calon independen. aman?",
        "sy guru PNS anggota PPS, pas verfak sy bilang ke warga mending dukung calon perseorangan itu. boleh?",
        # a thanksgiving at the winner's house stays prohibited ("diundang syukuran" is no printing order of invitations)
        "sy guru PNS, diundang syukuran di rumah calon bupati yg menang pilkada kemarin, makan2 & doa bersama. boleh dtg kan udh selesai?",
        "Malam abis quick count, paslon yg menang bikin syukuran di rumahnya, sy PNS diajak temen kantor potong tumpeng disana. boleh?",
        # ... but not leaving after taking part ("langsung pulang setelah nyanyi") (readings.refusal_not_done)
        "sy guru PNS mimpin paduan suara di panggung kampanye paslon, abis itu langsung pulang setelah nyanyi. aman kan?",
        # convincing others to back a candidate is urging them, however casual the talk ("yakinin", "ngeyakinin" are act-urge)
        "Sy PNS, di pantry sy yakinin temen2 utk milih caleg sepupu sy, cuma ngobrol santai kok.",
        "Sy PNS, pas tamu partai dtg ke rmh, sy ikut ngobrol & ngeyakinin mereka bahwa suami sy layak dicalonkan.",
        # ... while wearing a pair's shirt and chanting at a rally stays prohibited, before or after stepping out
        "sy PNS di kampanye pake kaos nomor 2 teriak yel2, trus keluar barisan. boleh?",
        "sy PNS ikut barisan pendukung paslon di kampanye pake kaos nomor 2, teriak yel2, abis itu keluar barisan setelah orasi. boleh?",
        # ... but not one turned down for one side only, nor one asked about (round sixty-six)
        "percetakan: sy tolak order dr caleg partai A krn sy dukung partai B, order dr partai B sy kasih harga miring",
        "Sy PPPK Dinas PUPR, sy tolak permohonan PBG rumah ibadah yg pengurusnya pendukung paslon lawan dgn alasan dicari2. salah?",
        "sy rektor PNS, cuma kasih izin pake gedung kampus ke satu paslon, paslon lain sy tolak. boleh kan itu kewenangan rektor?",
        "sy Satpol PP PNS, tugas nertibin APK yg melanggar. APK paslon yg sy dukung sy biarin, yg lain sy copot duluan. apa sy salah?",
        "Sekda minta para camat mengumpulkan kepala desa di hotel untuk 'arahan' supaya pilih caleg X. bisakah saya menolak?",
        # ... not one's own comment of support, deleted (round sixty-six)
        "sy PNS, kmrn komen 'gas pak no 1' di postingan paslon, trus sy hapus aja komennya. masih bisa kena?",
        # a call to vote, a candidate's sash, a campaign meeting at an adat feast or a funeral (round sixty-six)
        "Sy PPPK guru, di pesta adat sy manortor sambil pakai selempang bergambar hula2 sy yg caleg. Boleh?",
        "Sy PNS Minang, di alek nagari sy mau ajak dunsanak rantau pilih bupati petahana lagi krn sudah bangun nagari. Boleh?",
        "Sy guru PPPK di Samosir. Pas pesta tugu sy baca tarombo, trus sy mau tambahin 'keturunan ompu kita yg akan jd anggota DPR, mari kita doakan dan pilih'. Boleh?",
        "sy ASN ikut rapat timses yg diadain abis tahlilan di rumah caleg, sy kasih masukan strategi door to door.",
        # ... not telling a neighbour whom not to vote for (round sixty-six)
        "sy PNS, ke tetangga sy bilang jangan pilih paslon 2, pilih paslon 1 aja. boleh?",
        # a refusal does not excuse the support told after it (round sixty-six)
        "sy tolak ajakan kampanye paslon 1, tapi sy ikut kampanye paslon 2 krn itu pilihan sy. sy PPPK. gpp?",
        # round sixty-seven: a seat on a party's branch board is membership; a cheap sale given as support
        "sy PNS diajak jadi sekretaris ranting partai di desa, boleh gk?",
        "sy ASN mau jual tanah ke cabup dgn harga murah bgt sbg dukungan biar dia menang. boleh?",
        "sy PNS, timses paslon kasih amplop isi uang ke sy, boleh diterima?",
        # round sixty-seven: a candidate's song taught to pupils is the teacher's
        "sy guru PNS, sy latih murid nyanyi jingle paslon 2 buat pentas. boleh?",
        # round sixty-seven: directing a voter in the booth, a call made while giving someone a ride
        "sy PNS, pas dampingi bapak sy di bilik, sy arahkan bapak coblos caleg pilihan sy. boleh?",
        "sy PPPK, jemput tetangga ke TPS naik mobil sy sambil pesan 'nanti coblos nomor 3 ya'. boleh?",
        # ... the asker who still puts one up is still the doer
        "sy PNS masih pasang baliho caleg di pagar rumah pas masa tenang, boleh?",
        # ... beside them the asker's own handing out, putting up, sharing with a call, and a candidate on the "peaceful election" sticker
        "jalan depan rumah macet krn kampanye, sekalian sy bagiin stiker paslon ke pengendara yg lewat. sy PNS, boleh?",
        "baliho caleg jagoan sy roboh kena angin, sy pasang lagi sendiri. sy ASN, gpp?",
        "sy bales wkwk di postingan caleg trs sy share ke grup kantor sambil ajak coblos dia. sy PNS",
        "sy tempel stiker 'pemilu damai' yg ada foto paslon nomor 2 di mobil sy. sy PNS, boleh?",
        # ... the asker handing a courier a candidate's stickers to spread, and letting a candidate use the hall the asker runs
        "sy PNS titip stiker capres ke tukang ojek langganan buat ditempel di helm2 penumpangnya, sy bayar dia. boleh?",
        "sy PNS pengelola aula kelurahan, caleg petahana mau sosialisasi di aula, boleh gk sy izinin?",
        # ... the tenant who helps the owner put it up is still the doer
        "sy PNS, yg punya rumah kontrakan sy caleg, sy bantu dia pasang spanduk di pagar. boleh?",
        # ... handing it on to pupils is still promotion
        "sy guru PNS, pin capres yg dibagi di gerbang sekolah sy bagiin lagi ke murid2. boleh?",
        # ... the asker's own handing out and own role stay prohibited
        "sy PNS, di nikahan sepupu ada orang tim sukses caleg, sy ikut bagiin kaos caleg ke tamu. boleh?",
        "aku PNS, nak jadi tim sukses caleg. boleh dak?",
        # ... the asker's own posted photo with a candidate and a tax favour for one candidate stay prohibited
        "sy PNS, di pasar ketemu caleg, sy minta foto bareng terus sy upload di ig. boleh?",
        "sy ASN ikut foto bareng paman sy yg caleg pas arisan keluarga trus sy posting di fb 'dukung om'. boleh?",
        "sy PNS bapenda, kasih potongan pajak reklame khusus buat baliho caleg jagoan sy. boleh?",
        # ... the asker's own shirt with a call to vote and a forwarded sticker stay prohibited
        "sy PNS pake kaos caleg pas gowes bareng temen kantor, sy ajak mereka pilih dia. boleh?",
        "sy perawat PNS, dapet kiriman stiker bergambar caleg, sy forward ke grup perawat. aman ya",
        # words said "sambil bilang" while the asker acts are the asker's: a call to vote in a food review, a number with a handout (round sixty-nine)
        "sy bagiin kalender dr caleg ke tetangga sambil bilang 'jangan lupa nomor 4'. sy PNS, kan cuma kalender",
        "kmrn sy review bakso milik caleg di ig sambil bilang orangnya baik, coblos dia ya. sy PNS, boleh?",
        # ... the asker's own praise in words ("putra daerah terbaik yg pantas memimpin", "layak lanjut") stays prohibited
        "sy lurah pns, di acara adat sy salaman sama cabup trs di fb sy tulis beliau putra daerah terbaik yg pantas memimpin. gmn?",
        "sy PNS diwawancara tv lokal soal cabup, sy jawab beliau layak lanjut dua periode. boleh?",
        # ... wearing the shirt to get the promo stays prohibited
        "sy PNS, di salon sy sengaja pake kaos caleg Y biar dapet creambath gratis. boleh?",
        # round seventy: the controls (spreading a hoax, a membership still running, helping hand out shirts, wearing one to the office)
        "sy pns, sy share hoaks soal paslon nomor 2 di grup wa kantor",
        "sy pns masih jadi anggota partai, blm mundur. aman?",
        "istri sy bukan pns, sy pns ikut bantu dia bagi kaos caleg di pasar. apa sy bisa kena?",
        "adik sy pns dpt kaos caleg dr tetangga, dipake ke kantor. aman?",
        # round seventy: the same with the hall lent, staff told to help, support declared, the shirt worn
        "kepsek ditelpon timses partai minta pinjam aula sekolah buat kampanye, kepsek kasih. bener kan?",
        "camat bilang ke staf 'kalo ada keluarga yg nyaleg, kalian bantu kampanye ya'. bener kan arahannya?",
        "caleg door to door ke rumah sy, sy pns bilang sy dukung dan ikut bagi stiker. aman?",
        "di senam pagi warga dibagiin kaos paslon, sy pns langsung pake kaosnya. gpp?",
        # round seventy: whom to vote for named after 'pilih' ('fix pilih dia')
        "sy guru pns, di grup wali murid sy tulis 'debatnya keren, fix pilih dia'. aman?",
        # round seventy: the controls, the message forwarded and a candidate's sticker sent
        "sy pns, nomor asing kirim ajakan coblos caleg, sy forward ke grup kantor. udah bener?",
        "sy pns, tiap pagi kirim stiker paslon no 3 di grup rt. aman?",
        # round seventy: the control, one pair's jingle played
        "sy pns operator radio pemda, tiap siang putar jingle kampanye paslon nomor 1 aja. aman kan?",
        # round seventy: the control, a candidate's poster shared there with a call to vote
        "sy pns, di grup wa desa sy share poster caleg dan ajak warga pilih dia. aman?",
        # round seventy-one: the asker's own role, after their studies or age
        "sy kuliah lagi, skrg jd relawan capres. sy asn, boleh gk?",
        "sy pns umur 30th jd relawan caleg dprd, boleh kan?",
        # round seventy-one: the same requests taken up
        "awak pns di medan, kawan ngajak isi form relawan caleg, awak isi lah. betul kan bah?",
        "ulun pns di banjarmasin, tim sukses minta nomor hp ulun gasan grup. ulun bari haja. bujur lah?",
        "sy asn, ada caleg nelpon minta dukungan, sy bilang siap pak sy dukung. ok?",
        # round seventy-one: emergency vehicles brought to a campaign for a side
        "sy pns damkar, bawa mobil damkar ke kampanye akbar paslon 2 buat ramein. boleh?",
        "sy sopir ambulans pns, antar ambulans ke kampanye paslon 1 buat bantu timnya, katanya sekalian siaga. aman?",
        "sy pns bpbd, kami bawa mobil bpbd ikut konvoi kampanye caleg. boleh?",
        # round seventy-one: the same goods put up or worn
        "sy guru pns, sy tempel stiker caleg di gerbang sekolah biar wali murid liat. boleh kan?",
        "pas kampanye terbuka lewat depan rumah ada yg lempar topi & kaos ke halaman. sy pake topinya trus ikut joget di kampanye itu. gpp?",
        # round seventy-one: an ASN giving or collecting KTPs for one
        "sy asn, tim calon independen minta fotokopi ktp sy buat dukungan. sy kasih aja, boleh kan?",
        "sy asn, sy bantu kumpulin fotokopi ktp warga buat dukungan calon independen. aman?",
        # round seventy-two: a standing said of the asker, or of goods the asker hands out, stays the asker's
        "saya yg masih cpns ikut pawai kampanye boleh?",
        "barang sitaan apk dr penertiban sy bawa pulang, kaos2 paslon yg masih baru sy bagiin ke tetangga",
        # round seventy-two: a hoax or slander the asker spreads
        "sy pns, td sy share hoaks kalo capres X antek asing ke grup wa keluarga. aman?",
        "sy asn bikin meme fitnah cagub trus posting di ig, boleh?",
        "abang sy caleg, sy pns lapas, pas dia kampanye sy bantu bagiin kaosnya. bener ya?",
        "sy asn follow akun ig tim pemenangan paslon 2, cuma buat liat kegiatannya. boleh?",
        "sy pns like postingan caleg yg lagi kampanye di pasar. salah?",
        "sy pns, td sy forward hoaks soal paslon 3 ke grup alumni, iseng doang. gmn?",
        # round seventy-three: controls for the asker as an ASN's relative: the ASN's own acts, a relative's term ('sa pu kaka')
        "sy pns, mau jd relawan capres, blh?",
        "sa pu kaka pns, de mau ikut konvoi kampanye paslon, boleh ka?",
        "sy istri pns. suami sy mau ikut kampanye caleg, blh?",
        # round seventy-three: controls for a candidate's aid (a ceremony, a speech introducing the giver), a mosque slot given, an MC at a relative's campaign
        "caleg nyumbang 10 kursi ke sekolah, sy kepsek pns bikin acara serah terima, caleg kasih sambutan ke wali murid",
        "caleg minta waktu 10 menit ngomong visi misi abis jumatan, sy takmir pns kasih slot",
        "pns in aceh, my brother (caleg) wants me to be MC at his kampanye dialogis. ok since family?",
        "kakak sy caleg nyumbang ke sekolah, sy guru pns pidato ngenalin dia sbg calon wakil kita di dprd",
        "my brother is a caleg and wants me to MC his kampanye dialogis, im good at talking. its family so fine?",
        # round seventy-three: controls for the refusals: the request carried out
        "temen minta sy pasang twibbon dukung capres di foto profil fb. sy pasang. sy pns, gpp?",
        "tim sukses nawarin sy uang buat pasang baliho caleg di pagar rumah, sy terima dan sy pasang. sy pns",
        "kabid nyuruh staf like dan share postingan cabup di grup kantor. sy ikut share. aman kan?",
        # round eighty-six: a gift that goes out in a candidate's bag or envelope or at a candidate's direction,
        # a team's rides for voters organised, a candidate's sticker put on a family's food boxes
        "ibu sy pns bantu bagi sembako dari masjid, tas nya ada foto caleg dan nomornya",
        "sy pns salurin zakat ke warga, amplopnya sy gabung bareng amplop dr caleg. boleh?",
        "sy pns jadi koordinator antar jemput pemilih buat timses caleg",
        "timses caleg minta sy pns koordinir antar jemput pemilih di desa, boleh?",
        "ipar sy pppk mau tempel stiker caleg (om kami) di nasi kotak syukuran keluarga",
        # … control for the health volunteer: the social service day is a candidate's
        "sy pns jadi relawan kesehatan di baksos caleg",
        # … controls for the dropped plan: what was done after it, or instead of the part dropped
        "tadinya gak mau ikut, tp akhirnya sy ikut kampanye caleg jg. sy pns",
        "awalnya mau share flyer caleg ke grup rt, gak jadi ke grup rt, sy share ke grup keluarga aja. sy pns",
        "tadinya mau nolak, tp akhirnya sy pasang juga baliho caleg di pagar rumah. sy pns",
        "sy mau nanya, kemarin sy ikut kampanye caleg, trus ada bagi kaos tp gak jadi. sy pns kena?",
        # round eighty-six: a change-the-incumbent slogan with the year in front, as a hashtag splits ('#2029GantiGubernur')
        "pns boleh bikin status 2029 ganti gubernur?",
        # round eighty-six: a candidate's catchphrase sung at a wedding, one family's vote told to one candidate
        "sy pns datang ke nikahan anak cabup, trus naik panggung nyanyi jargon paslon",
        "sy pns, di arisan keluarga sy bilang kita harus satu suara ke pak haji yg nyaleg",
        # … controls for corrections: the candidate corrected in, and the object corrected to a candidate's
        "sy pppk, om sy calon kades... eh salah, calon bupati. sy ikut bagi stiker dia ke warga",
        "like caleg, eh bukan, like kucing caleg itu hehe. sy pns",
        # round eighty-six: a refusal given up ("awalnya sy tolak, akhirnya sy mau jg") is no refusal
        "diajak jd relawan caleg, awalnya sy tolak, akhirnya sy mau jg krn gak enak. sy pppk",
        "awalnya sy tolak ajakan timses, tp akhirnya sy ikut bagi kaos paslon jg. sy pns",
        # … controls for "gak jadi" and a role: the role taken in the next clause, or taken at all
        "tadinya gak jadi, tp akhirnya sy pppk jadi timses caleg",
        "guru pns jadi tim sukses cabup, boleh?",
        # … controls for a friend's role: the asker joins in; and writing a candidate's debate material
        "teman sy relawan cagub, sy pns ikut bagi brosur cagub itu",
        "sy pppk bantu nyusun materi debat buat cawalkot, boleh?",
        # … controls for quotes: the asker's own quoted words, and a quoted request the asker carried out
        'sy pns. sy bilang ke warga "coblos nomor 1 ya". aman?',
        'kabid bilang "share postingan paslon 2". sy pns share ke grup keluarga. aman?',
        # … control for an asker who is no ASN: the ASN relative joins the act
        "sy bukan asn, istri sy pns. istri sy mau ikut bagi kaos caleg bareng sy, boleh?",
        "sy pns, ayah sy pensiunan nyaleg, sy ikut rapat tim pemenangannya tiap malam",
        # round eighty-seven: a candidate's merchandise worn to the polling station, a ballot number made with the inked finger
        "sy pppk ke tps pake hoodie merch capres, boleh?",
        "abis nyoblos sy selfie jari ungu, jarinya sy bikin angka 2, upload ke fb. sy pns",
    ],
)
def test_the_partisan_twin_is_still_prohibited(shipped_index: Index, question: str) -> None:
    answer = answer_question(shipped_index, question)
    assert answer.verdict == "prohibited", (answer.kind, answer.rule and answer.rule.id)


@pytest.mark.parametrize(
    "question",
    [
        "Saya dosen PNS. Paslon bupati minta saya jadi konsultan strategi debat, dibayar per bulan. Boleh?",
        "Saya PNS, tim calon wakil gubernur minta saya jadi koordinator relawan di kecamatan. Boleh?",
    ],
)
def test_the_office_a_candidate_seeks_is_not_an_office_holder(shipped_index: Index, question: str) -> None:
    # "bupati" alone names a state official (out of scope); after "paslon"/"calon" it is the office sought.
    answer = answer_question(shipped_index, question)
    assert answer.kind == "rule" and answer.verdict == "prohibited", (answer.kind, answer.redirect)


def test_an_asn_spouse_is_not_a_candidates_spouse(shipped_index: Index) -> None:
    # "Istri saya PNS" names the ASN asked about; the candidate on the shirt is someone else's.
    asked = answer_question(shipped_index, "Istri saya PNS, dapat kaos caleg dari tetangga, cuma disimpan di lemari. Apakah melanggar?")
    assert asked.rule is not None and not any("who-spouse" in group for group in asked.rule.situation.requires), asked.rule.id
    assert asked.verdict == "allowed", asked.rule.id


def test_joining_a_candidate_spouse_without_leave_is_the_no_leave_card(shipped_index: Index) -> None:
    # "boleh gk ikut suami kampanye": the asker goes along, so the campaigning is theirs too; "blm
    # ngajuin cuti" (no leave applied for) is the card that says no.
    for question in (
        "Istri saya nyaleg DPRD. Saya guru PNS, boleh gak ikut istri kampanye keliling desa? Saya blm ngajuin cuti apa2.",
        "Suami saya calon bupati. Sy PNS, boleh gk ikut suami kampanye ke kecamatan tanpa ambil cuti?",
    ):
        answer = answer_question(shipped_index, question)
        assert answer.rule is not None and answer.rule.id == "kampanye-pasangan-tanpa-cltn", (question, answer.kind, answer.rule and answer.rule.id)
    read = shipped_index.read("Sy guru PNS, boleh gk ikut suami kampanye keliling kampung?")
    assert "act-campaign" in read.tags.own


def test_the_message_words_are_the_ones_the_tags_count(shipped_index: Index) -> None:
    # a sentence of small talk only is left out of the weighted segments, not of the tags' positions
    read = shipped_index.read("Selamat pagi pak. Sy PNS, ikut kampanye caleg boleh?")
    assert len(read.sentence_words) == len(read.segments) + 1
    spans = {cid: (start, end) for start, end, cid in read.tags.spans}
    start, end = spans["who-pns"]
    assert read.words[start:end] == ["pns"]


def test_directing_votes_to_one_of_them_is_read_as_typed(shipped_index: Index) -> None:
    """"ngarahin warga pilih salah satu caleg": the speller leaves "ngarahin" (to direct) as typed rather
    than making it "ngerahin" (to mobilise), and "salah satu" stands between the vote and whom it backs."""
    read = shipped_index.read("sy pns di kelurahan, pas rapat rt sy ngarahin warga pilih salah satu caleg. boleh?")
    assert "ngarahin" in read.words
    assert "sign-call-to-vote" in read.tags.ids


@pytest.mark.parametrize(
    ("question", "concepts", "theirs", "prohibited"),
    [
        # "konter yg pasang bendera partai": a shop's act in a relative clause is its owner's;
        # "warung sy yg pasang …" is the asker's
        ("sy PNS, beli pulsa di konter yg pasang bendera partai. gpp kan?", {"act-install"}, True, False),
        ("sy PNS punya warung, warung sy yg pasang poster caleg. boleh?", {"act-install"}, False, None),
        # "minjem payung ke tim sukses": borrowed from the team, no role taken; "masuk ke tim sukses" joins it
        ("sy PPPK, minjem payung ke tim sukses pas hujan di pasar. gpp?", {"role-campaign-team"}, True, False),
        ("sy PNS masuk ke tim sukses caleg, boleh?", {"role-campaign-team"}, False, True),
        # "grup wali murid yg adminnya caleg": the group's admin is the candidate; the asker only shares in it
        ("sy guru PNS, share jadwal ujian sekolah di grup wali murid yg adminnya caleg. boleh?",
         {"role-group-admin", "target-candidate"}, True, False),
    ],
)
def test_a_shop_or_a_team_named_beside_the_asker_acts_or_holds_the_role(
    shipped_index: Index, question: str, concepts: set[str], theirs: bool, prohibited: bool | None
) -> None:
    tags = shipped_index.read(question).tags
    assert concepts <= (tags.others if theirs else tags.own)
    if prohibited is not None:
        assert (answer_question(shipped_index, question).verdict == "prohibited") == prohibited


def test_a_role_someone_else_takes_is_theirs(shipped_index: Index) -> None:
    # "anak saya jadi timses": the child's role; asked to take it ("diajak tetangga jadi timses"),
    # or taken by the ASN the asker asks for, it is the asker's (or as if the asker's).
    child = shipped_index.read("Anak saya jadi timses caleg, saya PNS, apa saya kena?")
    assert "role-campaign-team" in child.tags.others
    assert answer_question(shipped_index, "Anak saya jadi timses caleg, saya PNS, apa saya kena?").verdict != "prohibited"
    # a clause with no doer takes the sentence's subject: "anak sy kuliah, jd relawan"
    clause = "anak sy kuliah, jd relawan capres, bagi2 selebaran. sy ibunya PNS, sy kena gk?"
    assert "role-campaign-team" in shipped_index.read(clause).tags.others
    assert answer_question(shipped_index, clause).verdict != "prohibited"
    for question in (
        "Saya PNS, diajak tetangga jadi tim sukses caleg. Boleh?",
        "Bapak saya PNS, dia mau jadi timses cabup. Boleh?",
        # a person word that names no concept ("kawan") is still the one who asks
        "Sy PPPK. Diajak kawan jadi timses cabup, dibayar juga. Boleh?",
    ):
        read = shipped_index.read(question)
        assert "role-campaign-team" in read.tags.own, question
        assert answer_question(shipped_index, question).verdict == "prohibited", question
    # "PNS lagi masa persiapan pensiun" is a PNS now in pre-retirement, not one coming back
    assert "act-return" not in shipped_index.read("Bapak saya PNS lagi masa persiapan pensiun, boleh ikut timses?").tags.ids


def test_a_candidate_asking_for_an_asn_spouse_keeps_the_spouse_cards(shipped_index: Index) -> None:
    # The asker runs; the ASN spouse's campaigning is what the spouse cards rule on.
    for question in (
        "Saya maju caleg DPRD, istri saya PNS. Boleh dia ikut kampanye saya?",
        "Saya calon wakil bupati, istri saya PPPK guru. Dia mau ikut orasi di kampanye saya, bisa ambil cuti dulu?",
    ):
        answer = answer_question(shipped_index, question)
        spouse_cards = ("who-spouse", "ctx-spouse-runs")
        assert answer.rule is not None and any(
            c in group for group in answer.rule.situation.requires for c in spouse_cards
        ), (question, answer.kind)


def test_the_object_of_an_act_phrase_is_still_tagged(shipped_index: Index) -> None:
    # "dapat kaos" is receiving *and* a shirt; "tidak dapat kaos" denies both; "bukan akun timses"
    # denies the team behind the account.
    received = shipped_index.tagger.tag("saya dapat kaos caleg")
    assert {"act-receive", "sign-attribute"} <= received.ids
    denied = shipped_index.tagger.tag("saya tidak dapat kaos caleg")
    assert not {"act-receive", "sign-attribute"} & denied.ids
    account = shipped_index.tagger.tag("follow akun pribadi capres, bukan akun timses")
    assert "target-campaign-team" not in account.ids


def test_the_askers_own_role_does_not_replace_the_asn_asked_about(shipped_index: Index) -> None:
    # A village secretary asks about her PNS husband: the ASN rules apply, not the village-officials card.
    answer = answer_question(shipped_index, "Saya sekdes. Suami saya PNS guru SD, dia mau ikut konvoi kampanye caleg hari Minggu. Boleh?")
    assert answer.verdict == "prohibited" and answer.rule is not None
    assert not any("who-village-staff" in group for group in answer.rule.situation.requires), answer.rule.id


def test_a_workplace_named_to_introduce_the_asker_is_no_office_used(shipped_index: Index) -> None:
    tags = shipped_index.tagger.tag("saya pns di kantor kecamatan, ikut nyumbang masjid")
    assert "resource-building" not in tags.ids
    used = shipped_index.tagger.tag("saya pns, boleh rapat timses di kantor kecamatan")
    assert "resource-building" in used.ids


def test_the_event_a_denied_act_takes_is_denied_too(shipped_index: Index) -> None:
    # Minang: "only votes, does not join the campaign".
    answer = answer_question(shipped_index, "Mak, anak awak PNS. Inyo cuma mancoblos sajo, indak ikuik kampanye. Lai aman inyo?")
    assert answer.verdict != "prohibited", answer.rule and answer.rule.id


def test_after_a_passive_the_next_act_is_its_subjects(shipped_index: Index) -> None:
    # "kami diperintahkan hadir": the ordering is someone else's, the attending is ours.
    tags = shipped_index.tagger.tag("kami asn diperintahkan hadir pakai pdu")
    assert "act-attend" in tags.own and "act-mobilise" in tags.others


def test_a_ballot_number_names_a_candidate(shipped_index: Index) -> None:
    # "I did not say a name" does not hold when the sermon pointed at a ballot number.
    tags = shipped_index.tagger.tag("saya tidak menyebut nama, cuma bilang pilihlah yang nomor urutnya dua")
    assert "sign-number" in tags.ids and "limit-no-candidate" not in tags.ids


def test_a_like_made_is_not_undone_by_no_comment(shipped_index: Index) -> None:
    # Minang: "may I like a candidate's status? no comment".
    answer = answer_question(shipped_index, "Awak PPPK, lai buliah awak manyukoi (like) status calon gubernur di FB? indak komen do.")
    assert answer.verdict == "prohibited", (answer.kind, answer.rule and answer.rule.id)


def test_a_story_of_ones_own_act_asking_the_penalty_gets_the_acts_card(shipped_index: Index) -> None:
    # "kena apa?" after telling what one did asks for that act's verdict (its card carries the
    # sanction line); the same words about someone else, or in general, stay information.
    own = answer_question(shipped_index, "Sy guru PPPK, kemarin sy upload foto bareng cabup sambil pose 2 jari di IG. Sy bakal kena apa?")
    assert own.kind == "rule" and own.verdict == "prohibited", (own.kind, own.rule and own.rule.id)
    general = answer_question(shipped_index, "Apa sanksi bagi ASN yang like postingan calon bupati?")
    assert general.verdict == "info", (general.kind, general.rule and general.rule.id)


def test_an_owner_or_an_introduction_is_not_the_asker_acting(shipped_index: Index) -> None:
    reader = shipped_index.read
    assert reader("Sy upload foto pose 2 jari sama caleg, kena sanksi apa?").own_act
    assert not reader("Tetangga sy upload foto pose 2 jari sama caleg, kena sanksi apa?").own_act
    assert not reader("I'm a reporter. Bawaslu forwarded a like on a candidate's post; what sanction follows?").own_act


def test_a_denied_resource_is_denied(shipped_index: Index) -> None:
    tags = shipped_index.tagger.tag("beliau cuti dan gak pake mobil dinas")
    assert "resource-vehicle" not in tags.ids


def test_nobody_did_it_is_a_denial_not_someone_elses_act(shipped_index: Index) -> None:
    # "tidak ada yang posting": nobody posted; "ada yang posting": someone did.
    nobody = shipped_index.tagger.tag("kami nonton debat di pos, tidak ada yang posting apa2")
    assert "act-post" not in nobody.ids
    someone = shipped_index.tagger.tag("kami nonton debat di pos, ada yang posting")
    assert "act-post" in someone.others


def test_a_phrase_never_spans_a_comma_and_holding_an_event_is_not_there_being_one(shipped_index: Index) -> None:
    # The neighbour's celebration: not "hajatan saya" across the comma, nor "mengadakan hajatan".
    neighbours = shipped_index.read("Saya PNS, tetangga ada hajatan, saya ikut bantu pasang tenda. Ada caleg datang. Boleh?")
    assert "ctx-my-event" not in neighbours.tags.ids and "event-wedding" in neighbours.tags.ids
    assert "act-install" not in neighbours.tags.ids  # a tent is no banner
    assert "ctx-my-event" in shipped_index.tagger.tag("saya mengadakan hajatan, caleg datang").ids


@pytest.mark.parametrize(
    ("question", "card"),
    [
        # the card on teaching the election does not answer a teacher announcing his own choice
        ("My neighbour, a PNS teacher, told his pupils which candidate he'll vote for. Is that allowed?", "guru-ajar-materi-pemilu"),
        # a Satpol PP officer on leave joining the convoy of "his" candidate is not on security duty
        ("sy PNS satpol PP, mau ambil cuti buat ikut arak2an paslon jagoan sy daftar ke KPU. boleh?", "satpol-pp-pengamanan-kampanye"),
        # training a candidate's witnesses for their team is no pundit's interview
        ("sy dosen PNS, diminta timses jadi narasumber pelatihan saksi paslon mereka. boleh?", "dosen-pengamat-media"),
        # a survey run for a caleg's team, whoever orders it, is no answering a pollster
        ("sy pegawai BPS PNS, disuruh tim caleg survei elektabilitas di dapilnya. boleh?", "responden-survei"),
        # a reminder to vote that ends "pilih putra daerah" (one candidate is) is a coded hint, not teaching
        # the election or a voter's own right
        ("sy guru PNS, pas apel ingetin murid kelas 12 datang ke TPS dan pilih putra daerah. aman?", "guru-ajar-materi-pemilu"),
        ("sy kepsek SMA, pas apel sy ingetin siswa kelas 12 datang ke TPS dan 'pilih anak asli daerah'. aman?", "perekaman-ektp-pemilih-pemula"),
        # staying silently in a team's group one was added to is no leaving it at once
        ("sy PNS, dimasukin ke grup relawan capres tanpa izin, sy diem aja gk keluar. aman?", "dimasukkan-grup-pemenangan-langsung-keluar"),
        # guarding a campaign with no assignment ("tanpa surat tugas", "bukan krn tugas") is no security duty;
        # a lecturer joining a candidate husband's campaign is no scholar's comment (round sixty-one's phone questions)
        ("sy satpol pp PNS, pake seragam sy ikut ngawal konvoi kampanye caleg partai yg sy dukung tanpa surat tugas. boleh?", "satpol-pp-pengamanan-kampanye"),
        ("sy satpol pp, sy ikut jaga acara kampanye paslon bukan krn tugas tapi diajak timses. boleh?", "satpol-pp-pengamanan-kampanye"),
        ("sy dosen PNS, mau nemenin suami kampanye keliling dapil tiap akhir pekan. boleh?", "dosen-pengamat-media"),
        # the family hotel's hall turned into the running spouse's team meeting place, and the meeting joined
        ("suami sy caleg, sy PNS. sy atur aula hotel kami jadi tempat rapat timses suami, sy ikut rapatnya. boleh?", "pasangan-calon-sehari-hari"),
        # support declared at a candidate's family event is no guest's attendance
        ("sy ASN, di acara syukuran rumah caleg sy nyatakan dukungan ke dia di depan tamu. gpp?", "hadir-pernikahan-hajatan-calon"),
        # urging passengers to vote for a candidate is no ride given to a candidate
        ("sambil narik ojol sy suka ngajak penumpang milih caleg dari partai sy. boleh?", "ojol-antar-calon-sebagai-penumpang"),
        # aid said to flow only if the incumbent wins, a candidate's face on goods handed out: no routine session
        ("sy PPPK penyuluh pertanian, pas penyuluhan sy bilang ke poktan bantuan benih cuma lancar kalo calon bupati petahana menang.", "kegiatan-rutin-dihadiri-calon"),
        ("istri caleg minta izin bagi tas belanja bergambar suaminya ke ibu2 posyandu, sy izinin. boleh gk?", "belanja-berobat-usaha-calon"),
    ],
)
def test_an_allowing_card_does_not_answer_work_for_ones_candidate(shipped_index: Index, question: str, card: str) -> None:
    # each card is ✅ for the harmless twin (teaching the election, security duty, a pundit's interview)
    answer = answer_question(shipped_index, question)
    assert answer.verdict != "allowed"
    assert answer.rule is None or answer.rule.id != card


def test_a_principle_answer_cites_the_provision_the_question_matches(shipped_index: Index) -> None:
    # no card on a head of agency running for regent: the general principle answers, and Pasal 56 (senior
    # officials resign once designated) is cited right after its operative provision
    answer = answer_question(shipped_index, "Kadis kami mau maju calon bupati, harus mundur dari PNS atau cukup dari jabatan kadis?")
    assert answer.kind == "principle" and answer.rule is not None
    cited = [c.passage.id for c in answer.citations]
    assert cited[0] == answer.rule.basis[0] and "uu20-2023-p56" in cited[:3]


def test_living_in_a_house_is_not_dying(shipped_index: Index) -> None:
    # "yang meninggal" (who died) and "yang tinggal" (who lives) share a stem; only the first is a funeral.
    assert "event-funeral" not in shipped_index.tagger.tag("adik sy yg tinggal serumah boleh bantu di dapur?").ids
    assert "event-funeral" in shipped_index.tagger.tag("ibu calon bupati yang meninggal kemarin, sy boleh melayat?").ids


def test_a_role_read_from_someone_elses_act_is_theirs(shipped_index: Index) -> None:
    tags = shipped_index.tagger.tag("di pernikahan tetangga calon bupati memberi sambutan, saya cuma duduk")
    assert {"act-speech", "role-expert"} <= tags.others
    assert "role-expert" not in shipped_index.tagger.tag("saya narasumber di seminar, calon memberi sambutan").others


def test_a_denial_carries_over_the_other_half_of_a_pair(shipped_index: Index) -> None:
    assert "limit-no-candidate" in shipped_index.tagger.tag("tidak ada gambar atau nama calon").ids
    made = shipped_index.tagger.tag("saya tidak pernah membuat atau membagikan twibbon itu")
    assert "act-share" not in made.ids
    asked = shipped_index.tagger.tag("saya tidak datang, tapi like dan share")
    assert {"act-like", "act-share"} <= asked.ids


def test_a_denial_reaches_over_a_who_clause(shipped_index: Index) -> None:
    tags = shipped_index.tagger.tag("jadi pengamat debat, tanpa menyatakan siapa yang lebih layak dipilih")
    assert "sign-praise" not in tags.ids


def test_regional_denials_and_pronouns(shipped_index: Index) -> None:
    # Palembang "dak katek" (there is none); Ambon "beta" (I).
    assert "sign-attribute" not in shipped_index.tagger.tag("cuma nonton di tipi, dak katek atribut").ids
    answer = answer_question(shipped_index, "Beta PNS di kantor lurah. Beta mau ajak orang kampung pi TPS, jang golput. Seng sebut calon sapa-sapa. Boleh ka seng?")
    assert answer.verdict == "allowed", (answer.kind, answer.rule and answer.rule.id)


def test_a_sign_after_a_comma_is_not_the_object_of_the_act_before_it(shipped_index: Index) -> None:
    # The candidate runs again; the reminder after the comma is the asker's own words.
    tags = shipped_index.read("Waktu bagi BPNT saya bilang ke warga: 'ini berkat pak bupati, beliau maju lagi, jangan lupa tanggal 27 ya'. Melanggar?").tags
    assert "sign-aid-timing" in tags.own


def test_the_spouse_of_an_asn_asks_for_them(shipped_index: Index) -> None:
    # "saya istri PNS": the husband is the PNS; his acts are what the rules judge.
    tags = shipped_index.tagger.tag("saya istri PNS. Semalam suami saya menerima amplop dari tim paslon")
    assert "act-receive" in tags.own
    # "saya ibunya PNS guru": the asker is the PNS; the son's acts stay his.
    son = answer_question(shipped_index, "Anak sy kuliah, jadi relawan caleg dan suka pakai kaos calegnya. Sy ibunya PNS bidan. Sy ikut kena?")
    assert son.verdict != "prohibited", (son.kind, son.rule and son.rule.id)


def test_what_the_asker_wonders_whether_to_do_is_not_done(shipped_index: Index) -> None:
    tags = shipped_index.tagger.tag("amplopnya saya terima. Perlu saya kembalikan?")
    assert "limit-refused" not in tags.ids and "act-receive" in tags.ids
    assert "intent-report" not in shipped_index.tagger.tag("saya takut dilaporkan").ids


def test_the_doer_of_a_first_act_goes_on_to_the_next(shipped_index: Index) -> None:
    # The candidate came and spoke; the ASN husband the asker asks about only sat and listened.
    tags = shipped_index.tagger.tag("Suami saya PNS. Di rumah duka calon wali kota datang dan memberi sambutan. Suami saya cuma duduk.")
    assert {"act-attend", "act-speech"} <= tags.others
    # A team named before "lalu" has done nothing: the upload after it is the asker's.
    own = shipped_index.tagger.tag("saya pakaikan kaos paslon ke anak untuk sesi foto relawan lalu mengunggahnya")
    assert "act-post" in own.own
    # The doer goes on past the object of their act: the parent posts and asks for support; the
    # teacher who administers the group does neither.
    parent = shipped_index.tagger.tag("ada orang tua murid yang rajin posting kampanye capres dan minta dukungan")
    assert {"act-post", "act-support"} <= parent.others
    # The asker named in between takes the next act back: "… dan saya ikut share".
    mine = shipped_index.tagger.tag("tetangga posting poster capres dan saya ikut share")
    assert "act-share" in mine.own


def test_english_comparisons_and_possessives(shipped_index: Index) -> None:
    tags = shipped_index.tagger.tag("I treated him like any patient. His supporters keep visiting.")
    assert "act-like" not in tags.ids and "target-campaign-team" in tags.others
    assert "act-like" in shipped_index.tagger.tag("can I like any candidate post?").ids
    # "approve it like any other booking", "like usual": a comparison, not a reaction
    for text in ("A candidate's team wants our hall. Can I approve it like any other booking?",
                 "I serve the candidate's supporters like everyone else at the clinic."):
        assert "act-like" not in shipped_index.tagger.tag(text).ids, text
    # "the candidate's colour": the possessive's s stays a word before the thing worn
    assert "sign-attribute" in shipped_index.tagger.tag("Our head told us to wear the incumbent's colour on Friday").ids
    # "a candidate's wife" is the candidate's side, as "istri caleg" is: no spouse of the asker's
    wife = shipped_index.tagger.tag("A candidate's wife gave our ward boxes of snacks. Can we eat them?")
    assert "who-spouse" not in wife.ids and "target-candidate" in wife.ids
    # "a candidate's number" printed on something is the ballot number, a sign of support
    mask = shipped_index.tagger.tag("A patient gave me a face mask printed with a candidate's number")
    assert "sign-number" in mask.ids
    answer = answer_question(shipped_index, "PNS nurse here. A patient gave me a face mask printed with a candidate's number. Can I wear it?")
    assert answer.verdict != "allowed", (answer.kind, answer.rule and answer.rule.id)


def test_a_spouse_named_to_compare_or_denied_is_not_in_the_story(shipped_index: Index) -> None:
    # "seperti untuk suami istri", "saya bukan istri/suami calon", "yang istri PNS saja boleh":
    # the candidate here is a parent or sibling, and the spouse cards are not the ones to answer.
    for text in (
        "Ayah saya maju caleg. Saya PNS, bukan istri/suami calon. Boleh ikut kampanye ayah?",
        "Kakak saya nyalon bupati. Apa ada pengecualian untuk adik calon seperti untuk suami istri?",
        "Kata saudara saya yang istri PNS saja boleh ikut kalau cuti, adik kandung juga boleh?",
    ):
        assert "who-spouse" not in shipped_index.read(text).tags.ids, text
    # "anak laki-laki saya maju caleg": a son, whose running is his (not "laki saya", a husband)
    son = shipped_index.read("Anak laki-laki saya maju caleg DPR. Saya PNS, boleh hadir deklarasinya?")
    assert "who-spouse" not in son.tags.ids and "act-run-for-office" in son.tags.others


@pytest.mark.parametrize(
    ("question", "concept"),
    [
        # Ambonese "iko" (ikut) a victory parade; Banjar "bapoto" (berfoto) with "jari dua"
        ("Beta ASN, beta mau iko pawai kemenangan paslon yang su menang, boleh ka seng?", "event-victory"),
        ("Ulun ASN, kawa kah ulun bapoto lawan cagub sambil baacung jari dua?", "sign-gesture"),
        # going round with a candidate is campaigning, whatever leave one takes
        ("Sy PNS ambil cuti tahunan, mau ikut keliling sama caleg dr kampung sy. Boleh?", "act-campaign"),
        # helping one's own child fold a candidate's flyers: the asker folds them too
        ("Kalo sy bantuin anak sy lipet selebaran capres di rumah malem2, sy PNS, boleh?", "act-prepare-campaign-material"),
        # Riau Malay "tampal" (tempel) a poster; a candidate's signature salute; "biar bapak lanjut"
        ("Aku PNS, bolehkah aku tampal poster calon bupati kat pagar rumah aku?", "act-install"),
        ("sy PNS foto pake pose salam khas capres terus upload ke fb. boleh?", "sign-gesture"),
        ("sy PNS, kabid minta kami semua kompak biar bapak lanjut, kami disuruh ajak warga binaan pilih beliau. sy ikut?",
         "sign-continuity"),
    ],
)
def test_regional_and_everyday_words_for_a_partisan_act_are_the_askers(shipped_index: Index, question: str, concept: str) -> None:
    read = shipped_index.read(question)
    assert concept in read.tags.own, sorted(read.tags.ids)
    assert answer_question(shipped_index, question).verdict == "prohibited"


def test_an_event_the_asker_did_not_do_is_denied(shipped_index: Index) -> None:
    # "tidak orasi": no speech given; "bukan kampanye kan?" is a name the asker hopes to avoid, not an event.
    assert "event-campaign" not in shipped_index.tagger.tag("sy cuma berdiri di samping dia, tidak orasi").ids
    assert "act-install" not in shipped_index.tagger.tag("sy cuma berdiri di samping dia").ids
    assert "event-campaign" not in shipped_index.tagger.tag("ini bukan kampanye kan?").ids


def test_a_denial_goes_on_down_a_list_after_a_denial_phrase(shipped_index: Index) -> None:
    tags = shipped_index.tagger.tag("a civil servant simply watches the live stream without liking, commenting or sharing")
    assert not {"act-comment", "act-share"} & tags.ids


def test_a_sign_in_words_someone_else_said_is_theirs(shipped_index: Index) -> None:
    said = shipped_index.tagger.tag("ada kades yg bilang ke petani 'jangan lupa pilih yg bener ya', sy diam aja")
    assert "sign-call-to-vote" in said.others
    # "dia" is whose name cards they are; the asker is the one who says the number.
    mine = shipped_index.tagger.tag("sy bagi2in kartu nama dia & bilang 'titip abang sy ya bu nomor 5'")
    assert "sign-number" in mine.own


def test_whoever_said_it_holds_the_role_or_office(shipped_index: Index) -> None:
    # the asker's own role still is theirs (the speakers' roles: see the words table)
    assert "role-panwas" in shipped_index.tagger.tag("sy panwascam, kemarin ngawasin kampanye cabup di lapangan").own
    # an official who said something other than a rule is still in the story
    assert "oos-state-official" in shipped_index.tagger.tag("bupati bilang ke kami staf 'pilih nomor 2 ya'").ids


def test_saying_it_has_nothing_to_do_with_the_election_is_said_in_any_words(shipped_index: Index) -> None:
    for text in ("ga ada hubungannya ama pilkada", "tak ada kaitan dengan pemilu", "gk ada hubungannya sm pileg"):
        assert "limit-nonpolitical-content" in shipped_index.tagger.tag(text).ids, text
    # asked, not said: "ada hubungannya sama pilkada ga?"
    assert "limit-nonpolitical-content" not in shipped_index.tagger.tag("ada hubungannya sama pilkada ga?").ids
    answer = answer_question(shipped_index, "kantor kami ikut lomba tarik tambang pas HUT kota. sy PNS ikut main, ga ada hubungannya ama pilkada kan?")
    assert answer.verdict == "allowed", (answer.kind, answer.rule and answer.rule.id)


def test_an_official_car_on_official_duty_is_no_campaign_facility(shipped_index: Index) -> None:
    # delivering vaccines in the clinic's car is official duty, whatever banners line the road
    # (which card answers is open: none is written for it; the verdict is what matters here)
    question = "sy bidan PNS, antar vaksin ke posyandu pake ambulans puskesmas, di sepanjang jalan ada baliho caleg. masalah ga?"
    answer = answer_question(shipped_index, question)
    assert answer.verdict == "allowed", (answer.kind, answer.rule and answer.rule.id)


def test_a_neighbours_question_answered_without_a_name_is_allowed(shipped_index: Index) -> None:
    # "nanya 'pak mau pilih siapa?'" is being asked one's choice; "masih pelajari visi misinya" keeps it
    # (which card answers is open: "pelajari" also reads as teaching, so the teacher's card comes first)
    question = "tetangga nanya 'bu mau pilih siapa?', sy guru PPPK jawab 'masih pelajari visi misi semua calon'. aman kan?"
    answer = answer_question(shipped_index, question)
    assert answer.verdict == "allowed", (answer.kind, answer.rule and answer.rule.id)


def test_what_is_used_is_not_worn(shipped_index: Index) -> None:
    # "pake mobil dinas": a car used, not a candidate's shirt worn, though banners line the road
    assert "act-wear" not in shipped_index.tagger.tag("sy PNS pake mobil dinas ke pustu").ids
    assert "act-wear" in shipped_index.tagger.tag("sy PNS pake kaos caleg ke pustu").ids
    question = "sy perawat PNS, tiap senin antar obat ke pustu pake mobil dinas puskesmas, di jalan banyak baliho caleg. gpp kan?"
    answer = answer_question(shipped_index, question)
    assert answer.verdict != "prohibited", (answer.kind, answer.rule and answer.rule.id)
    # a banner that "pake logo pemda", a sample ballot used to teach: things used, not worn
    assert "act-wear" not in shipped_index.tagger.tag("spanduknya mau pake logo pemda sama logo sponsor aja").ids
    assert "act-wear" not in shipped_index.tagger.tag("di kelas sy pake surat suara contoh dari KPU").ids
    question = "sy PNS panitia lomba 17an. spanduknya mau pake logo pemda sama logo sponsor aja. aman kan?"
    answer = answer_question(shipped_index, question)
    assert answer.verdict != "prohibited", (answer.kind, answer.rule and answer.rule.id)


def test_the_asker_beside_whoever_makes_a_sign_does_not_make_it(shipped_index: Index) -> None:
    # "beberapa staf di samping saya acungkan dua jari": the pronoun says where, the staff pose
    tags = shipped_index.tagger.tag("Pas foto bareng habis upacara, beberapa staf di samping saya acungkan dua jari. Saya berdiri biasa.")
    assert "sign-gesture" in tags.others
    mine = shipped_index.tagger.tag("Pas foto bareng habis upacara, saya acungkan dua jari.")
    assert "sign-gesture" in mine.ids and "sign-gesture" not in mine.others
    # ... and the same for an act: "teman di sebelah saya bagikan kalender caleg"
    assert "act-help-campaign" in shipped_index.tagger.tag("teman di sebelah saya bagikan kalender caleg").others
    assert "act-help-campaign" not in shipped_index.tagger.tag("saya bagikan kalender caleg").others


def test_colleagues_named_as_people_are_someone_else(shipped_index: Index) -> None:
    # "rekan kantor" is the office's people (a resource the asker could misuse), and people who act
    tags = shipped_index.read("rekan kantor pada pasang twibbon paslon di foto profil, sy nggak ikut. aman kan?").tags
    assert "act-profile-picture" in tags.others
    answer = answer_question(shipped_index, "rekan kantor pada pasang twibbon paslon di foto profil, sy nggak ikut. aman kan?")
    assert answer.verdict != "prohibited", (answer.kind, answer.rule and answer.rule.id)


def test_a_relative_named_with_which_one_they_are_is_not_the_asker_running(shipped_index: Index) -> None:
    # "adik kandung sy nyaleg": the sister runs, not the asker, and the husband is no candidate's spouse
    tags = shipped_index.read("sy ibu rumah tangga, suami PNS. adik kandung sy nyaleg DPRD.").tags
    assert "ctx-spouse-runs" not in tags.ids and "act-run-for-office" in tags.others


def test_asking_to_refuse_in_acehnese_is_no_breach(shipped_index: Index) -> None:
    # Acehnese "jeut lon tulak?" (may I refuse?) an order to go to a campaign: not the campaign's ❌
    answer = answer_question(shipped_index, "Lon PNS di Aceh Utara. Geuchik geuyue lon jak u kampanye calon bupati. Jeut lon tulak?")
    assert answer.verdict != "prohibited", (answer.kind, answer.rule and answer.rule.id)
    assert "limit-refused-order" in shipped_index.read("boleh sy tolak ajakan itu?").tags.ids


def test_a_call_to_vote_requested_by_a_superior_is_theirs(shipped_index: Index) -> None:
    # "kadis sy di grup WA kantor minta semua pilih …": the request, made where it was made, is the kadis's
    question = "kadis sy di grup WA kantor minta semua pilih paslon 2. sy PPPK, harus gimana?"
    assert "sign-call-to-vote" in shipped_index.read(question).tags.others
    assert answer_question(shipped_index, question).verdict != "prohibited"
    assert "sign-call-to-vote" not in shipped_index.read("sy minta warga pilih paslon 2, boleh?").tags.others


def test_a_registered_account_or_a_voter_list_is_no_registration(shipped_index: Index) -> None:
    for question in ("sy PNS mau follow akun paslon yg terdaftar di KPU, boleh?", "sy PNS cek daftar pemilih di KPU, nama caleg ada?"):
        assert "event-candidate-registration" not in shipped_index.read(question).tags.ids


def test_a_denial_of_both_statuses_and_a_private_school_are_no_asn(shipped_index: Index) -> None:
    # "bukan PNS/PPPK" denies the PPPK too, and a teacher at a private school paid by its foundation is
    # no ASN: the rules are not theirs, no sticker ❌
    question = "sy guru di SD swasta, digaji yayasan, bukan PNS/PPPK. boleh tempel stiker capres di mobil?"
    assert "who-pppk" not in shipped_index.read(question).tags.ids
    assert answer_question(shipped_index, question).verdict != "prohibited"


def test_an_honorer_saying_they_are_no_asn_is_still_answered(shipped_index: Index) -> None:
    # an honorer paid from the regional budget ("gaji dari APBD") who is no PNS or PPPK is bound by the
    # rules on non-ASN staff: the honorer card, not the BKN's pay redirect
    answer = answer_question(shipped_index, "sy honorer di dinas, gaji dari APBD, bukan PNS atau PPPK. boleh jadi timses caleg?")
    assert answer.kind == "rule" and answer.verdict == "prohibited", (answer.kind, answer.redirect)


def test_walking_past_a_declaration_or_serving_the_unserved_first_is_no_breach(shipped_index: Index) -> None:
    # passing by a declaration's venue without stopping is being near it, not attending; serving first
    # the residents whose ID cards are not yet made favours nobody's supporters
    for question in (
        "sy PNS, tadi pulang dari pasar lewat depan lokasi deklarasi paslon, lewat aja ga berhenti. aman?",
        "sy staf dukcapil, sy dahulukan warga yg belum punya KTP-el biar bisa nyoblos. boleh?",
    ):
        answer = answer_question(shipped_index, question)
        assert answer.verdict != "prohibited", (question, answer.rule and answer.rule.id)
    assert answer_question(shipped_index, "camat minta sy dahulukan warga yg janji pilih petahana. ikut aja?").verdict == "prohibited"


@pytest.mark.parametrize(
    "question",
    [
        # writing a would-be candidate's vision and mission behind the scenes is working for the campaign
        "sy PNS guru, tim bakal caleg minta sy merumuskan visi misi dari rumah aja, nama ga ditulis. boleh?",
        # making an old photo with a candidate one's profile picture now is a new display of it
        "foto lama sy sama calon bupati sy jadikan foto profil sekarang, sy PPPK. boleh?",
        # a meeting to settle whom a neighbourhood backs ("pilihan bersama", Balinese "nentuang pilihan
        # banjar") and an Acehnese announcement that the village picks one candidate are calls to vote
        "sy PPPK, warga kompleks mau musyawarah tentukan pilihan bersama buat pilgub. sy disuruh jadi moderatornya, boleh?",
        "Lon guru PNS. Geuchik yue lon peugah bak warga gampong tanyoe pileh calon gubernur nyan. Jeut?",
        # "ngumpulin petani binaan": the asker organises the audience of a candidate's handout, which the
        # cards on a neutral speech or a routine session the candidate attends do not cover
        "sy penyuluh pertanian PNS. caleg mau bagi bibit di acaranya, minta sy ngumpulin petani binaan sy. boleh?",
        # only the family-planning village's meeting is named a routine session ("pertemuan rutin kampung
        # KB"); a bare "pertemuan rutin" of a candidate's volunteers is their meeting
        "sy PNS ikut pertemuan rutin relawan caleg tiap minggu. boleh?",
    ],
)
def test_acts_told_in_other_words_are_taking_part(shipped_index: Index, question: str) -> None:
    # asserted on the verdict only: several cards fit each act
    answer = answer_question(shipped_index, question)
    assert answer.verdict == "prohibited", (answer.kind, answer.rule and answer.rule.id)


def test_a_civic_petition_is_no_support_for_a_candidate(shipped_index: Index) -> None:
    # an online petition about a road or a river is no politics; one for a candidate still is
    assert answer_question(shipped_index, "sy PPPK, boleh ikut tanda tangan petisi online soal jalan rusak di desa?").verdict == "allowed"
    assert answer_question(shipped_index, "sy PNS, boleh tanda tangan petisi online dukung capres 02?").verdict == "prohibited"


@pytest.mark.parametrize(
    "question",
    [
        # "apa saya yang kena?" is asked as often by someone who joined in, so it says nothing about
        # taking no part
        "Suami sy caleg. sy PNS ikut nemenin dia ketemu warga tiap malam. apa sy yang kena?",
        # a candidate's WhatsApp group is the campaign's, so its admin is not the harmless admin of a
        # residents' group
        "asn jadi admin grup wa caleg boleh?",
        # the Election Law defines a campaign as a candidate presenting vision, mission and programme,
        # so a candidate given time to "sampaikan visi misi" is no guest at a social event
        "sy ASN, panitia ibadah syukur jemaat. ada cawali minta waktu abis ibadah buat sampaikan visi misi. sy kasih izin gk papa?",
        # "suruh saya dahulukan dan gratiskan": favour and a discount, which the card on serving a
        # candidate like any resident does not cover
        "Caleg datang ngurus izin usaha, atasan suruh saya dahulukan dan gratiskan biayanya. Saya PNS di loket, ikut aja?",
        # standing guard in uniform at a candidate's campaign house is serving one side, not securing an event
        "sy satpol PP, disuruh komandan jaga di depan rumah pemenangan caleg pakai seragam. boleh?",
        # waiting at the roadside while a convoy passes is being near it; joining it after is attending
        "sy PNS kejebak konvoi kampanye, akhirnya sy ikut konvoi sampai lapangan. salah ga?",
        # round fifty-seven's review: "disuruh standby" read as an official duty made standing by at a
        # campaign post ✅; only a standby at a rally's field or in an ambulance is the duty
        "sy PNS disuruh standby di posko pemenangan caleg tiap malam. boleh?",
        "atasan nyuruh sy standby jaga posko tim sukses paslon. gmn?",
        # ... nor an assignment to a campaign's own house ("ditugaskan … di rumah pemenangan"): the card on
        # official duty at a candidate's event no longer takes a partisan meeting
        "sy ditugaskan standby di rumah pemenangan cabup, kan perintah atasan?",
        # round fifty-eight's phone questions: a vote asked for while handing out aid, a candidate's calendar
        # handed to a neighbour, going round with a candidate spouse, a loan for banners, a spouse's campaign budget
        'sy bagiin benih bantuan pemerintah ke petani sambil bilang "ini berkat perjuangan pak X di DPR, jangan lupa coblos beliau ya". kan memang fakta.',
        "Tetangga nanya mending pilih siapa, sy jawab jujur nyebut nama caleg trs sy kasih kalendernya yg kebetulan ada di rumah. salah?",
        "Istri sy nyaleg DPRD. Sy PNS PU, ikut nemenin dia keliling kampung bagi kartu nama dan stiker tiap sore habis ngantor. Kan buat istri sendiri.",
        "Saya pinjemin 20 juta ke caleg buat cetak baliho, nanti dibalikin pas dia jadi. Itu kan utang piutang pribadi",
        "Suami sy caleg. Sy PNS cuma bantu dia bikin RAB dana kampanye di rumah malam2, gk tampil di depan umum",
        # a candidate's donation received in front of the congregation for a photo (dev63, Balinese)
        "Tiang PNS di Gianyar. Ada calon bupati nyumbang ke pura banjar tiang, panitia minta tiang nerima sumbangan di depan krama sambil foto. Dados?",
        # a candidate's groceries handed out by the asker, a relative candidate's manifesto poster shared, a
        # candidate's meeting with a farmers' group arranged (round fifty-eight's phone questions)
        "Sy bagiin sembako dr caleg ke korban banjir di sekitar sekolah, niatnya nolong.",
        'Sy share poster visi misi kakak ipar ke grup WA alumni SMA, captionnya cuma "info aja ya gaes". boleh?',
        "Tabe', sy penyuluh pertanian, sy cuma atur jadwal caleg ketemu kelompok tani binaan sy di desa. boleh ji di'?",
        # a garage lent for a flood post that is also a campaign post; a candidate husband's handouts posted (round fifty-nine)
        "Garasi rumah sy kosong, caleg mau pake buat posko bantuan banjir sekalian posko pemenangan. sy cuma minjemin tempat, gk ikut kampanye. boleh?",
        "Suami sy caleg, sy PNS. sy posting kegiatan dia bagi sembako di FB sy biar keluarga besar tau. gk ngajak milih kok.",
        # invitations on the subdistrict's letterhead to meet a candidate
        "sy bikin undangan pertemuan warga pake kop surat kecamatan, isinya silaturahmi dgn cabup. biar warga percaya dan mau dtg aja.",
        # a banner designed at home for a relative's candidate husband (dev64, Ambon Malay)
        "beta PNS. beta pung ade nona pung laki caleg, dong minta beta bikin desain baliho. beta bikin di rumah sa, seng pake kantor. bisa ka?",
        # a photo with a candidate taken yesterday and posted: "now he runs" says nothing of an old photo
        "sekarang dia jadi caleg, kemarin sy PNS foto bareng dia di acaranya trus sy upload. boleh?",
        # a candidate's speech at a school ceremony granted for a gift (the disaster and official-event cards took it)
        "Sy kepala sekolah PNS. caleg mau nyumbang seragam utk murid korban kebakaran, asal dia boleh kasih sambutan di upacara senin. sy iyain aja, demi anak2.",
        # a hobby group its admin turns into a candidate's support group
        "sy PNS jadi admin grup WA hobi mancing, sy ubah jadi grup dukungan caleg X. boleh?",
        # driving a campaign car for pay; a welcome speech at a candidate's volunteers' thanksgiving
        "sy PNS, timses ngajak sy jadi sopir mobil kampanye tiap minggu, dibayar. boleh?",
        "sy lurah, relawan caleg bikin syukuran di balai warga, sy diminta kasih sambutan sbg tuan rumah wilayah. boleh?",
        # a candidate's leaflets set out or name cards handed out at a family wedding
        "sy PNS, di resepsi nikahan anak sy, sy taruh meja brosur caleg om sy di pintu masuk. boleh kan acara keluarga?",
        "Bapak sy nyaleg, sy PNS mau bantu bagi kartu nama beliau waktu kondangan sepupu. boleh?",
        # a candidate uncle introduced to the asker's market sellers ("ngenalin dia ke pedagang")
        "sy PNS nemenin om sy yg nyaleg keliling pasar, ngenalin dia ke pedagang langganan sy. boleh?",
        # a Satpol PP officer or Linmas who hands out, puts up or joins a candidate's event does more than
        # guard: not the guarding card (round seventy-one)
        "suami sy anggota dprd nyalon lagi, sy pns satpol pp ikut dia blusukan bagi2 kartu nama ke warga pas weekend",
        "sy anggota satpol pp pns ikut fun run yg diadain paslon buat sosialisasi visi misi, pake kaos panitia dr tim paslon",
        "saya lurah, linmas kelurahan sy suruh pasang umbul2 paslon sepanjang jalan sebelum paslon lewat",
        # round seventy-two: a call to vote for the incumbent as "ours", a ticket cheered as the winner
        "penghulu kua. pas nasihat nikah sy selipin pesan nanti tgl 27 jgn lupa coblos bupati kita ya biar pembangunan lanjut. salah gk",
        "abis nyoblos, sy perawat pns post jari tinta caption 02 menang!! boleh kan udah selesai nyoblos",
        # round seventy-nine: what a group admin does for one side (tags every member in, introduces
        # the candidate to the members, takes a side in the members' debate) is no neutral admin's work
        "sy asn admin grup alumni, saya tag semua anggota di postingan kampanye caleg biar semua baca. boleh?",
        "sy pns admin grup kelas, caleg minta dimasukin ke grup ortu, sy masukin dan kenalin dia ke ortu murid. boleh?",
        "sy pppk admin grup rt, di grup warga debat capres, sy ikut belain capres pilihan sy. boleh?",
        # round eighty: another's posting on the asker's account "so that it is not me who posts" is a purpose,
        # not the hacked-account denial
        "sy suruh adik posting poster caleg di ig sy biar bukan sy yg posting, sy pns. aman?",
    ],
)
def test_a_prohibited_act_is_never_told_allowed(shipped_index: Index, question: str) -> None:
    # asserted against ✅ only: the right card is not yet found for some (a clarification or a decline is
    # no harm; an "allowed" is)
    answer = answer_question(shipped_index, question)
    assert answer.verdict != "allowed", (answer.kind, answer.rule and answer.rule.id)


def test_asking_whether_to_forbid_a_relative_is_taking_no_part(shipped_index: Index) -> None:
    # "perlu saya larang?" asks about forbidding the relative, who is the one acting
    question = "Anak sy 19 thn mau jadi relawan caleg, bagi2 brosur di kampus. sy PNS. perlu sy larang?"
    assert answer_question(shipped_index, question).verdict == "allowed"


def test_joining_a_candidates_group_to_read_is_joining_it(shipped_index: Index) -> None:
    # joining a volunteers' group "just to read" is joining it
    question = "sy PNS mau join aja grup fb relawan capres buat baca2, gak akan komen. boleh?"
    assert answer_question(shipped_index, question).verdict == "prohibited"
    # a bare "mau join" joins whatever follows: a rally joined is attending it, no group
    answer = answer_question(shipped_index, "sy PNS mau join kampanye akbar caleg, boleh?")
    assert answer.rule is not None and answer.rule.id == "hadir-kampanye", (answer.kind, answer.rule and answer.rule.id)


def test_a_candidate_presenting_a_programme_is_a_campaign(shipped_index: Index) -> None:
    # as the Election Law defines a campaign
    assert "event-campaign" in shipped_index.tagger.tag("caleg menyampaikan program di balai desa").ids


def test_a_lesson_is_no_pupil_and_no_teacher(shipped_index: Index) -> None:
    # "pelajaran" (a lesson) shares its root with "pelajar" (a pupil) and "pengajar" (a teacher)
    lesson = shipped_index.read("pas jam pelajaran sy puter video").tags.ids
    assert "target-students" not in lesson and "who-teacher-health" not in lesson
    assert "target-students" in shipped_index.read("sy ngajar pelajar SMA").tags.ids
    assert "who-teacher-health" in shipped_index.read("sy pengajar di SMA negeri").tags.ids


def test_what_something_looks_like_is_not_what_was_done(shipped_index: Index) -> None:
    assert "act-support" not in shipped_index.tagger.tag("foto saya dipasang tanpa izin, seolah kami mendukung").ids
    assert "act-support" not in shipped_index.tagger.tag("ada ortu yang tanya apa ini politik praktis").ids


@pytest.mark.parametrize(
    ("question", "refused"),
    [
        # a report the asker would make is not one already made ("saya laporin" stems to "saya lapor")
        ("tetangga sy PNS bagi amplop caleg ke warga. itu pelanggaran? dan saya lapor ke mana?", False),
        ("Kalau saya lapor, nama saya dirahasiakan gak?", False),
        ("amplopnya sy tolak, trus sy laporin ke panwas", True),
    ],
)
def test_a_report_still_to_make_is_not_one_made(shipped_index: Index, question: str, refused: bool) -> None:
    tags = shipped_index.read(question).tags
    assert ("limit-refused" in tags) is refused
    assert "intent-report" in tags


def test_a_light_verb_keeps_the_doer_before_it(shipped_index: Index) -> None:
    # Javanese: "the candidate came too and gave a speech"; the speech is the candidate's.
    tags = shipped_index.tagger.tag("calon bupati rawuh ugi lan paring sambutan, kulo namung lenggah")
    assert "act-speech" in tags.others
    # ... and over who the doer is to the asker: "semarga", "sekampung" (of the same clan, village)
    tags = shipped_index.tagger.tag("di pesta adat calon bupati semarga datang kasih kata sambutan, sy cuma duduk")
    assert "act-speech" in tags.others


def test_someone_elses_act_does_not_move_the_askers_act_to_another_card(shipped_index: Index) -> None:
    # The residents stick the stickers up; handing them out is the asker's own campaigning.
    answer = answer_question(shipped_index, "Sy ketua RT dan PNS. Di rapat RT sy bagi stiker caleg dan minta warga tempel di pintu. Salah?")
    assert answer.kind == "rule" and answer.verdict == "prohibited", (answer.kind, answer.rule and answer.rule.id)


def test_a_neutral_call_to_vote_naming_no_candidate_is_allowed(shipped_index: Index) -> None:
    answer = answer_question(
        shipped_index, "Sy lurah. Di sambutan pengajian sy mau ajak warga datang ke TPS dan tolak politik uang, tanpa menyinggung calon mana pun. Boleh?"
    )
    assert answer.verdict == "allowed", (answer.kind, answer.rule and answer.rule.id)


def test_a_relative_named_with_an_asn_job_and_status_is_the_asn_asked_about(shipped_index: Index) -> None:
    # "anak saya bidan PNS": the child is the ASN (a proxy), not a candidate's relative.
    tags = shipped_index.tagger.tag("anak saya bidan pns, dia bagikan poster kpu soal jadwal coblos")
    assert "who-relative" not in tags.ids
    # A student who is explicitly not an ASN stays someone else's relative (the harmless-part test
    # above checks that their sticker is not the asker's).
    other = shipped_index.tagger.tag("keponakan saya pelajar sma bukan asn menempel stiker capres")
    assert "who-relative" in other.ids


def test_the_neighbourhood_head_named_as_asn_is_the_asn_asked_about(shipped_index: Index) -> None:
    # "ketua RT kami PNS …, dia forward flyer caleg": a resident asks about the RT head, an ASN
    question = "ketua RT kami PNS, kmrn dia forward flyer caleg ke grup wa warga. emg boleh?"
    assert "act-share" in shipped_index.read(question).tags.own
    assert answer_question(shipped_index, question).verdict == "prohibited"


def test_a_neighbour_or_colleague_named_as_asn_is_the_asn_asked_about(shipped_index: Index) -> None:
    # "Tetangga saya PNS …, dia ikut kampanye": the neighbour's acts are the ones the rules judge.
    tags = shipped_index.tagger.tag("tetangga saya pns guru, kemarin dia ikut kampanye caleg dan pakai kaos partai")
    assert "act-campaign" in tags.own and "who-acquaintance" not in tags.ids
    answer = answer_question(shipped_index, "Tetangga saya PNS guru, kemarin dia ikut kampanye caleg dan pakai kaos partai. Itu boleh?")
    assert answer.verdict == "prohibited", (answer.kind, answer.rule and answer.rule.id)
    # A neighbour who is not said to be an ASN stays someone else: their banner is not the asker's.
    other = shipped_index.tagger.tag("tetangga pasang spanduk caleg di pagar rumahnya, saya pns tinggal di sebelahnya")
    assert "act-install" in other.others


def test_regional_words_for_a_parent_are_relatives(shipped_index: Index) -> None:
    # Minang "amak" (mother) was no word of ours: a typo fix turned it into "aman" (safe), a question
    # word, or "anak" (child), whichever the cards happened to use more often.
    for question in ("amak awak jadi caleg DPRD", "apak ambo jadi caleg", "emak gue nyaleg DPRD"):
        tags = shipped_index.read(question).tags
        assert "who-relative" in tags.ids and "intent-ask" not in tags.ids, (question, sorted(tags.ids))


def test_whose_place_is_visited_is_not_the_doer(shipped_index: Index) -> None:
    # "ke rumah tetangga ngajak …": the one who goes round urging, not the neighbour, urges.
    visiting = shipped_index.tagger.tag("istri sy PNS, tiap sore ke rumah tetangga ngajak pilih caleg nomor 3")
    assert "act-urge" in visiting.ids and "act-urge" not in visiting.others
    assert "act-urge" in shipped_index.tagger.tag("tetangga ngajak pilih caleg nomor 3").others


def test_what_someone_uses_a_thing_for_is_their_act(shipped_index: Index) -> None:
    # "grup RT dipake tim caleg buat share jadwal": the team shares; the silent member does nothing
    question = "grup WA RT kami sekarang dipake tim caleg buat share jadwal kampanye. sy PNS di grup itu, diem aja. aman?"
    assert "act-share" in shipped_index.read(question).tags.others
    assert answer_question(shipped_index, question).verdict != "prohibited"
    # ... but the asker who shares for the team still shares
    assert "act-share" in shipped_index.tagger.tag("sy pake grup RT buat share jadwal kampanye caleg").own


def test_a_seller_named_before_the_act_is_its_doer(shipped_index: Index) -> None:
    # The vendor's cups carry the candidate's picture; the asker only runs the school contest.
    tags = shipped_index.tagger.tag("ternyata pedagang minuman di halaman pakai gelas plastik bergambar paslon bupati")
    assert "act-wear" in tags.others
    # Asked of the seller by the asker, or asked in general, the act stays the asker's.
    assert "act-install" in shipped_index.tagger.tag("saya suruh penjual pasang spanduk caleg").own
    assert "act-wear" in shipped_index.tagger.tag("bolehkah pegawai memakai kaos paslon?").own
    # A tradesperson named by "tukang" is a seller too: the greengrocer handed the calendar over.
    given = shipped_index.tagger.tag("tukang sayur ngasih kalender caleg, sy terima aja trus taruh di dapur")
    assert "act-give" in given.others and "act-give" not in given.own
    answer = answer_question(shipped_index, "Tukang sayur ngasih kalender caleg, sy PNS terima aja. Apa itu melanggar?")
    assert answer.verdict == "allowed", (answer.kind, answer.rule and answer.rule.id)


def test_what_someone_else_got_is_theirs(shipped_index: Index) -> None:
    # "dapat kaos": the shirt is named inside the child's act of receiving it.
    tags = shipped_index.tagger.tag("anak sy umur 10 tahun dapat kaos gambar capres dari temannya dan dia pakai main")
    assert "sign-attribute" in tags.others and "sign-attribute" not in tags.own
    answer = answer_question(shipped_index, "Anak sy umur 10 tahun dapat kaos gambar capres dari temannya dan dia pakai main di depan rumah. Sy PNS. Apa sy bisa kena?")
    assert answer.verdict != "prohibited", (answer.kind, answer.rule and answer.rule.id)


def test_what_is_handed_to_the_asker_is_theirs(shipped_index: Index) -> None:
    # "dikasih kaos paslon": the neighbour gives, the asker receives the shirt and then wears it.
    tags = shipped_index.tagger.tag("sy PNS, dikasih kaos paslon sm tetangga. sy pake ke pasar")
    assert "sign-attribute" in tags.own and "act-give" in tags.others
    answer = answer_question(shipped_index, "sy PNS dikasih kaos paslon sm tetangga. sy pake ke pasar aja, gpp?")
    assert answer.verdict == "prohibited", (answer.kind, answer.rule and answer.rule.id)
    # Put on someone else's thing by them, it stays theirs ("angkot ditempeli gambar capres").
    assert "sign-attribute" in shipped_index.tagger.tag("keponakan menempel stiker capres di motor sy").others


def test_a_sign_that_is_up_is_nobodys_act(shipped_index: Index) -> None:
    # "terpasang poster": a poster hangs in the farmer's living room; the visiting PPPK put up nothing.
    tags = shipped_index.tagger.tag("ternyata di ruang tamunya terpasang poster besar salah satu cabup")
    assert "act-install" not in tags.own
    # "teruskan" forwards (root "terus"); "terpilih jadi kepala desa" is the asker's own status.
    assert "act-share" in shipped_index.tagger.tag("poster itu saya teruskan ke grup wa pegawai").own
    assert "act-run-pilkades" in shipped_index.tagger.tag("saya terpilih jadi kepala desa di pilkades kemarin").own


def test_invited_by_ones_own_superior_the_asker_goes(shipped_index: Index) -> None:
    # "diajak kabid sy datang": the asker is the one who comes, not the head of division.
    tags = shipped_index.tagger.tag("sy pns setda, diajak kabid sy datang dan ikut foto bareng tim sukses")
    assert "act-attend" in tags.own


def test_an_act_asked_of_the_asker_and_refused_is_not_theirs(shipped_index: Index) -> None:
    # The head teacher asked for the share; the teacher said no (Sundanese "teu daek").
    tags = shipped_index.tagger.tag("kepsek nyuruh guru2 share video paslon di grup wali murid, abdi teu daek")
    assert "act-share" in tags.others and "limit-refused-order" in tags.own
    answer = answer_question(shipped_index, "Kepsek nyuruh guru2 share video paslon di grup wali murid, abdi teu daek. Kumaha?")
    assert answer.rule is not None and answer.rule.id == "tolak-perintah-atasan-berpihak", (answer.kind, answer.rule and answer.rule.id)
    # Javanese "mboten purun" to a village head's request: the refusal card, not the village-head card.
    answer = answer_question(shipped_index, "Pak kades ngajak saya pasang baliho calon, saya jawab emoh. Apakah sikap saya sudah benar?")
    assert answer.verdict == "allowed", (answer.kind, answer.rule and answer.rule.id)
    # Doing what was asked stays the asker's act.
    assert "act-share" in shipped_index.tagger.tag("kepsek nyuruh guru2 share video paslon, sy langsung share").own
    # A team's request turned down in the same sentence: the selfie and the post are the team's.
    tags = shipped_index.tagger.tag("timses minta foto bareng buat konten, saya tolak halus. saya rawat biasa aja")
    assert {"act-photo", "act-post"} <= tags.others, tags
    answer = answer_question(
        shipped_index, "Sy perawat PNS. Cagub dirawat di VIP, timnya minta selfie sama perawat buat konten, sy tolak halus. Benar kan?"
    )
    assert answer.verdict != "prohibited", (answer.kind, answer.rule and answer.rule.id)
    # A refused gift does not make what others did before it theirs: the asker's own post stays.
    assert "act-post" in shipped_index.tagger.tag("saya posting foto paslon, lalu timses kasih amplop, saya tolak").own


def test_the_askers_status_after_their_job_is_theirs(shipped_index: Index) -> None:
    # An honorary school operator asks about a PNS friend: the friend's acts are judged, and the
    # asker's own status (after "operator sekolah") does not turn the question into the honorer card.
    answer = answer_question(
        shipped_index,
        "Sy operator sekolah honorer di TK negeri. Mau tanya soal teman sy, guru PNS: dia dapat kaos paslon dari "
        "tetangga, kaosnya dia simpan di lemari saja, tdk dipakai ke mana2. Apa itu masalah buat dia?",
    )
    assert answer.verdict != "prohibited", (answer.kind, answer.rule and answer.rule.id)
    assert "who-honorer" not in shipped_index.read("sy operator sekolah honorer, teman sy guru PNS dapat kaos paslon").tags.ids


def test_what_a_person_who_is_there_does_is_theirs(shipped_index: Index) -> None:
    # "ada saksi paslon pakai kaos": the witness wears the shirt; the KPPS chair asks them to change.
    tags = shipped_index.tagger.tag("di tps ada saksi paslon pakai kaos bergambar calon, saya minta dia ganti kaos")
    assert "act-wear" in tags.others
    answer = answer_question(shipped_index, "Saya ketua KPPS, PNS guru. Di TPS ada saksi paslon pakai kaos bergambar calon, saya minta dia ganti kaos. Sudah benar?")
    assert answer.verdict != "prohibited", (answer.kind, answer.rule and answer.rule.id)


def test_another_kind_of_person_is_not_the_relative_asked_about(shipped_index: Index) -> None:
    # The asker asks for their PNS mother; the neighbour who took the photo is someone else.
    tags = shipped_index.tagger.tag("ibu saya pns di puskesmas, ikut tahlilan di rumah keluarga caleg. ada tetangga yang foto")
    assert "act-photo" in tags.others
    answer = answer_question(
        shipped_index,
        "Ibu saya PNS di puskesmas. Minggu lalu beliau ikut tahlilan di rumah keluarga seorang caleg yang ayahnya "
        "meninggal. Ada tetangga yang foto dan bilang ibu saya pendukung caleg itu. Apa ibu saya bisa dilaporkan?",
    )
    assert answer.verdict != "prohibited" and answer.kind != "abstain", (answer.kind, answer.rule and answer.rule.id)
    # "tetangga saya, beliau camat": the neighbour named as an official is the ASN asked about.
    tags = shipped_index.tagger.tag("tetangga saya, beliau camat, ambil mic dan minta pelayat mendukung calon bupati")
    assert "who-acquaintance" not in tags.ids


def test_a_sign_joined_to_someone_elses_act_is_theirs(shipped_index: Index) -> None:
    # The candidate in the stands watches and claps; the civil servants only play football.
    tags = shipped_index.tagger.tag("di tribun ternyata ada caleg dpr yang ikut nonton dan tepuk tangan")
    assert "act-watch" in tags.others and "sign-cheer" in tags.others
    # The asker's own cheering after their own act stays theirs.
    assert "sign-cheer" in shipped_index.tagger.tag("saya ikut nonton dan tepuk tangan waktu caleg pidato").own
    # A place between the act and the sign does not hand the sign back to the asker …
    tags = shipped_index.tagger.tag("final kemarin ada cabup yg nonton di tribun & ikut tepuk tangan")
    assert "sign-cheer" in tags.others
    # … but the asker named in between does.
    assert "sign-cheer" in shipped_index.tagger.tag("cabup nonton di tribun dan saya ikut tepuk tangan").own


def test_a_soldiers_own_act_is_for_the_tni_or_polri(shipped_index: Index) -> None:
    # The husband votes, and he is a soldier: his rules, not an ASN's ("✅ Boleh" would be wrong).
    answer = answer_question(shipped_index, "Suami saya anggota TNI AD, dia boleh ikut nyoblos pilkada gak? Kalau tidak kenapa?")
    assert (answer.kind, answer.redirect) == ("abstain", "tni-polri")
    # The asker is the soldier, the PNS is his wife: his vote is not an ASN's.
    answer = answer_question(shipped_index, "Saya anggota TNI. Istri saya PNS. Apa saya boleh ikut nyoblos pilkada bareng istri?")
    assert (answer.kind, answer.redirect) == ("abstain", "tni-polri")
    # ... while a police officer asking for his PNS wife asks about her.
    answer = answer_question(shipped_index, "Saya polisi, istri saya PNS. Boleh dia ikut kampanye?")
    assert answer.kind == "rule" and answer.verdict == "prohibited", (answer.kind, answer.rule and answer.rule.id)
    # The asker's own act, as a PNS married to a police officer, is ours.
    answer = answer_question(shipped_index, "Suami saya polisi, saya PNS. Boleh saya ikut kampanye?")
    assert answer.kind == "rule" and answer.verdict is not None


def test_how_to_vote_is_the_kpus_even_for_a_civil_servant(shipped_index: Index) -> None:
    # Where to check the voter list is a KPU matter; "may an ASN vote?" is still ours.
    answer = answer_question(shipped_index, "Saya PNS, mau nyoblos tapi belum terdaftar di DPT, cek DPT online di mana?")
    assert (answer.kind, answer.redirect) == ("abstain", "kpu")
    assert answer_question(shipped_index, "Apakah PNS boleh ikut nyoblos di pemilu?").verdict == "allowed"


def test_going_to_work_uses_no_office(shipped_index: Index) -> None:
    # "trus langsung ke kantor": the asker's way to work, not an office lent to a campaign.
    tags = shipped_index.tagger.tag("saya cuma nganter gerobaknya pagi trus langsung ke kantor")
    assert "resource-building" not in tags.ids
    assert "resource-building" in shipped_index.tagger.tag("rapat timses di kantor kecamatan").ids


def test_the_name_the_asker_hopes_to_avoid_is_no_event(shipped_index: Index) -> None:
    # "… gak apa2 kan, bukan kampanye?": sharing an anti-vote-buying poster is not called a campaign.
    tags = shipped_index.tagger.tag("share infografis bawaslu tolak politik uang. itu gak apa2 kan, bukan kampanye?")
    assert "event-campaign" not in tags.ids
    answer = answer_question(
        shipped_index, "Sy ASN, share infografis Bawaslu tolak politik uang di medsos pribadi. Itu gak apa2 kan, bukan kampanye?"
    )
    assert answer.verdict == "allowed", (answer.kind, answer.rule and answer.rule.id)


def test_what_someone_wants_to_do_is_theirs(shipped_index: Index) -> None:
    # "dia mau numpang pasang spanduk" (Banjar: "inya handak numpang pasang"): the candidate's friend installs.
    tags = shipped_index.tagger.tag("teman saya caleg, dia mau numpang pasang spanduk di warung istri saya")
    assert "act-install" in tags.others
    answer = answer_question(
        shipped_index, "Ulun PNS. Kawan ulun caleg, inya handak numpang pasang spanduk di warung bini ulun. Bini ulun kada PNS. Kawa kah?"
    )
    assert answer.verdict != "prohibited", (answer.kind, answer.rule and answer.rule.id)


@pytest.mark.parametrize(
    "question",
    [
        # The asker asks for a PNS relative: "dia upload … kena apa?" asks the act's verdict, not the penalty list.
        "Kakak saya PNS di dinas pajak. Dia upload foto bareng cagub di FB dengan caption 'all in 01!' sambil pose "
        "jempol. Kira2 dia kena apa ya?",
        # "… kalau mau lapor ke mana? Dan apa itu memang pelanggaran?": whether it is a breach is the act's
        # verdict, not only the report route.
        "Tetangga sy bidan PNS. Dia upload sendiri foto bareng calon bupati di FB-nya dengan pose tiga jari dan "
        "caption 'bismillah nomor 3'. Kalau sy mau lapor, ke mana ya? Dan apa itu memang pelanggaran?",
    ],
)
def test_what_the_asn_asked_about_did_gets_its_verdict(shipped_index: Index, question: str) -> None:
    answer = answer_question(shipped_index, question)
    assert answer.kind == "rule" and answer.verdict == "prohibited", (answer.kind, answer.rule and answer.rule.id)


def test_a_side_business_is_a_career_question(shipped_index: Index) -> None:
    # Whether a PNS may run a side business is the BKPSDM's question; a campaign ordering from it is ours.
    answer = answer_question(shipped_index, "PNS boleh punya usaha sampingan laundry gak? harus izin atasan?")
    assert (answer.kind, answer.redirect) == ("abstain", "bkn")
    answer = answer_question(shipped_index, "Saya PNS punya usaha katering. Timses cabup pesan 300 nasi kotak untuk kampanye, boleh saya terima?")
    assert answer.kind == "rule", (answer.kind, answer.redirect)


def test_what_candidates_must_do_is_not_ours(shipped_index: Index) -> None:
    # Nobody who could be an ASN, nobody acting, nothing asked about permission: election rules.
    answer = answer_question(shipped_index, "Calon bupati independen butuh dukungan KTP berapa persen dari DPT?")
    assert answer.kind == "abstain" and answer.verdict is None
    # A terse "watching only?" about a candidate's live stream still gets an answer.
    assert answer_question(shipped_index, "tiktok live paslon nonton doang?").kind != "abstain"


@pytest.mark.parametrize("question", ["PNS boleh kampanye?", "guru pppk timses boleh?", "can civil servants campaign?"])
def test_campaign_right_after_may_or_an_asn_is_campaigning(shipped_index: Index, question: str) -> None:
    # "boleh kampanye": the ASN would campaign, not go to a campaign event; "pppk timses": be on the team.
    answer = answer_question(shipped_index, question)
    assert answer.kind == "rule" and answer.verdict == "prohibited", (answer.kind, answer.rule and answer.rule.id)


def test_a_campaign_someone_else_holds_stays_an_event(shipped_index: Index) -> None:
    # The same word after the candidate is their event: the asker only passes it.
    answer = answer_question(shipped_index, "Saya PNS, tiap hari lewat lapangan tempat caleg kampanye. Apakah itu masalah?")
    assert answer.verdict != "prohibited", (answer.kind, answer.rule and answer.rule.id)


def test_a_message_naming_nobody_is_asked_by_an_asn(shipped_index: Index) -> None:
    # Our users are ASN: "boleh jadi KPPS?" gets the ASN card; a village head named gets theirs.
    answer = answer_question(shipped_index, "boleh jadi KPPS?")
    assert (answer.kind, answer.rule and answer.rule.id) == ("rule", "asn-petugas-kpps-ppk")
    answer = answer_question(shipped_index, "kades boleh jadi KPPS?")
    assert answer.rule is None or answer.rule.id != "asn-petugas-kpps-ppk"


def test_a_supervisor_telling_what_their_staff_did_asks_procedure(shipped_index: Index) -> None:
    # "Staf kami PPPK terbukti ikut kampanye": the staff's act, not the supervisor's; the PPPK route answers.
    answer = answer_question(
        shipped_index, "Staf kami PPPK terbukti ikut kampanye. Apakah proses disiplinnya pakai PP 94/2021 juga atau ada aturan sendiri?"
    )
    assert (answer.kind, answer.rule and answer.rule.id) == ("rule", "prosedur-sanksi-pppk")
    # The asker's own act stays theirs.
    answer = answer_question(shipped_index, "Saya PPPK, kemarin ikut kampanye caleg. Saya bisa kena sanksi?")
    assert answer.verdict == "prohibited", (answer.kind, answer.rule and answer.rule.id)


def test_someone_said_not_to_be_an_asn_is_not_ours(shipped_index: Index) -> None:
    # Nobody else placed in the message: the rules are not theirs.
    answer = answer_question(shipped_index, "Anggota DPRD terpilih yg mau maju pilkada harus mundur ga? (dia bukan PNS, pengusaha)")
    assert answer.kind == "abstain"
    # A PNS spouse named beside them keeps it ours.
    answer = answer_question(shipped_index, "Saya bukan PNS, tapi istri saya guru PNS. Boleh dia pasang foto caleg di status WA?")
    assert answer.kind == "rule" and answer.verdict == "prohibited", (answer.kind, answer.rule and answer.rule.id)


def test_someone_with_a_private_job_is_not_ours(shipped_index: Index) -> None:
    # The only person placed has a private job: the rules are not theirs.
    answer = answer_question(shipped_index, "Saya wiraswasta umur 35, mau daftar caleg DPRD kabupaten. Syaratnya apa saja?")
    assert answer.kind == "abstain", (answer.kind, answer.rule and answer.rule.id)
    # ... and the decline says whom the rules bind, not the KPU's voter-registration text.
    answer = answer_question(shipped_index, "Saya wiraswasta, mau jadi relawan capres. Boleh?")
    assert (answer.kind, answer.redirect) == ("abstain", "other"), (answer.kind, answer.redirect)
    # a lecturer "di" a private campus, or a foundation's employee, is not a state lecturer
    answer = answer_question(shipped_index, "sy dosen di universitas swasta, bukan ASN. boleh jd tim ahli cagub?")
    assert (answer.kind, answer.redirect) == ("abstain", "other"), (answer.kind, answer.redirect)
    # An ASN spouse named beside them keeps it ours.
    answer = answer_question(shipped_index, "Saya wiraswasta, istri saya PNS guru. Boleh dia pasang stiker caleg di motornya?")
    assert answer.kind == "rule" and answer.verdict == "prohibited", (answer.kind, answer.rule and answer.rule.id)


def test_a_capitalised_name_is_not_corrected_into_a_word(shipped_index: Index) -> None:
    # "Pak Joko" is a name, not "joke"; "di Kendari" a city, not "kenduri" (a feast).
    message = shipped_index.read("Saya PNS di Kendari. Pak Joko caleg nomor 5 minta saya bantu, boleh?")
    words = [w for segment, _ in message.segments for w in segment]
    assert "joko" in words and "kendari" in words, words
    assert "joke" not in words and "kenduri" not in words


def test_what_others_allege_is_not_what_happened(shipped_index: Index) -> None:
    # The story tells a neutral reminder; the neighbours' claim names a candidate. The claim is dropped.
    told = (
        "Ibu saya PNS, kepala SD. Di upacara Senin beliau mengingatkan wali murid agar datang ke TPS tanpa menyebut "
        "calon. Ada warga yang bilang ibu saya menggiring ke calon petahana. Itu melanggar?"
    )
    message = shipped_index.read(told)
    assert "target-candidate" not in message.tags.ids, sorted(message.tags.ids)
    answer = answer_question(shipped_index, told)
    assert answer.kind == "rule" and answer.verdict == "allowed", (answer.kind, answer.rule and answer.rule.id)
    # When the story itself names the candidate, it stays: the partisan twin keeps its verdict.
    answer = answer_question(
        shipped_index,
        "Ibu saya PNS, kepala SD. Di upacara Senin beliau mengajak wali murid memilih calon petahana nomor 1. "
        "Ada warga yang bilang itu melanggar. Benar?",
    )
    assert answer.verdict == "prohibited", (answer.kind, answer.rule and answer.rule.id)
    # An event the claim names ("kampanye") is alleged too.
    message = shipped_index.read(
        "Sy guru PNS. Sy share jadwal TPS dari KPU di grup RT. Ada tetangga yang bilang saya kampanye. Salah ya?"
    )
    assert "event-campaign" not in message.tags.ids, sorted(message.tags.ids)
    # A claim that is all the message tells is what is asked about.
    message = shipped_index.read("Ada yang bilang PNS tidak boleh like postingan calon. Benar?")
    assert "target-candidate" in message.tags.ids


@pytest.mark.parametrize(
    ("question", "card"),
    [
        # "kirim" is doing something: the data card rules on what was sent and to whom
        ("Sy staf kecamatan PNS, kemarin sy kirim data NIK warga ke timses paslon lewat WA. Salah ya?", "data-warga-untuk-calon"),
        # Javanese "angsal" is "boleh": a bare "kampanye" after it is campaigning
        ("Guru PPPK angsal kampanye nopo mboten?", None),
    ],
)
def test_sending_and_regional_permission_words_are_read(shipped_index: Index, question: str, card: str | None) -> None:
    answer = answer_question(shipped_index, question)
    assert answer.kind == "rule" and answer.verdict == "prohibited", (answer.kind, answer.rule and answer.rule.id)
    assert card is None or answer.rule.id == card, answer.rule.id


def test_a_named_neighbour_who_is_an_asn_is_asked_about(shipped_index: Index) -> None:
    # "Tetangga saya pak Y itu PNS": the name between the owner and the status keeps the neighbour
    # the ASN asked about, whose acts the rules judge.
    question = (
        "Tetangga saya pak Darto itu PNS di kantor kecamatan. Rumah kosongnya dia serahkan gratis jadi posko "
        "pemenangan salah satu calon bupati dan dia ikut rapat tim tiap malam. Apakah PNS boleh begitu?"
    )
    message = shipped_index.read(question)
    assert "act-give" in message.tags.own, (sorted(message.tags.own), sorted(message.tags.others))
    answer = answer_question(shipped_index, question)
    assert answer.verdict == "prohibited", (answer.kind, answer.rule and answer.rule.id)


def test_a_turn_after_no_side_taken_undoes_the_limit(shipped_index: Index) -> None:
    # "saya tidak memihak. Tapi … saya bagikan stiker caleg": what follows "tapi" is the asker's own
    # partisan act; the earlier limit does not make the routine meeting the allowed card.
    question = (
        "Saya pimpin rapat RT soal kebersihan, saya tidak memihak siapa pun. "
        "Tapi di akhir saya bagikan stiker caleg ke warga. Boleh?"
    )
    assert "limit-no-candidate" not in shipped_index.read(question).tags.ids
    answer = answer_question(shipped_index, question)
    assert answer.verdict == "prohibited", (answer.kind, answer.rule and answer.rule.id)
    # Without the turn the limit holds.
    calm = shipped_index.read("Saya pimpin rapat RT soal kebersihan, caleg ikut hadir, saya tidak memihak siapa pun. Boleh?")
    assert "limit-no-candidate" in calm.tags.ids


@pytest.mark.parametrize(
    "question",
    [
        "My husband is a civil servant; his boss told him to collect ID card copies from residents for a DPD candidate. "
        "Is that allowed?",
        "I am a civil servant; my boss told me to collect ID card copies for a DPD candidate. Is that allowed?",
    ],
)
def test_told_to_collect_is_an_order_not_words_said(shipped_index: Index, question: str) -> None:
    # "told him to …" orders the ASN to act; the ID copies are what he collects, not what the boss said.
    assert "sign-ktp" in shipped_index.read(question).tags.own
    answer = answer_question(shipped_index, question)
    assert answer.verdict == "prohibited", (answer.kind, answer.rule and answer.rule.id)


@pytest.mark.parametrize(
    ("typed", "kept"),
    [("kula", "kula"), ("tusing", "tusing"), ("wonten", "wonten"), ("ngajar", "ngajar"), ("kadada", "kadada")],
)
def test_the_speller_leaves_the_words_the_readings_look_for(shipped_index: Index, typed: str, kept: str) -> None:
    # Javanese "kula" (I) is not the KUA office, Balinese "tusing" (not) is not "using", Banjar
    # "kadada" (there is none) is not Canada.
    assert shipped_index.expander.fix(typed) == kept


@pytest.mark.parametrize(
    ("typed", "meant"),
    [("menawi", "kalau"), ("janten", "jadi"), ("boha", "bagaimana"), ("haja", "saja"), ("deng", "dengan"), ("jang", "jangan")],
)
def test_regional_function_words_are_not_typos(shipped_index: Index, typed: str, meant: str) -> None:
    assert shipped_index.expander.fix(typed) == meant


@pytest.mark.parametrize("place", ["lamongan", "kendari", "bulungan", "sumedang", "polewali", "jawa", "papua", "bone"])
def test_place_names_are_not_typos(shipped_index: Index, place: str) -> None:
    # Each was "corrected" into a knowledge word ("bulungan" into "dukungan", "sumedang" into
    # "sumbang") before bot/places.txt; a typo of a knowledge word still is.
    assert shipped_index.expander.fix(place) == place
    assert shipped_index.expander.fix("kampnaye") == "kampanye"


def test_regional_words_for_putting_up_and_an_absent_event(shipped_index: Index) -> None:
    # Banjar "maandak" is putting something up; "dipun ajak" (krama) is being asked to.
    answer = answer_question(shipped_index, "Ulun PNS, kawa lah ulun maandak stiker caleg di helm ulun?")
    assert answer.verdict == "prohibited", (answer.kind, answer.rule and answer.rule.id)
    assert "diajak" in raw_tokens("Kulo dipun ajak konco dateng pengajian")
    # "mboten wonten acara kampanye" is "tidak ada acara kampanye": no campaign event.
    assert "event-campaign" not in shipped_index.read("Paslon sowan dateng balai desa. Mboten wonten acara kampanye, namung silaturahmi.").tags.ids


def test_what_the_sanctioned_person_did_is_not_the_supervisors_act(shipped_index: Index) -> None:
    # The PPK sanctions; the campaigning is the staff member's: the penalty card informs.
    question = "Kami PPK mau menjatuhkan hukuman disiplin sedang ke PNS yang ikut kampanye pakai atribut partai. Bentuknya apa?"
    assert "act-campaign" in shipped_index.read(question).tags.others
    answer = answer_question(shipped_index, question)
    assert answer.verdict == "info", (answer.kind, answer.rule and answer.rule.id)
    # The asker who was sanctioned did the act themselves.
    mine = shipped_index.read("Saya dijatuhi hukuman karena ikut kampanye pakai atribut partai. Bisa banding?")
    assert "act-campaign" in mine.tags.own


def test_a_phrase_that_names_the_asker_is_the_askers_act(shipped_index: Index) -> None:
    # "kalender caleg itu saya pasang": the candidate is named before, but the asker puts it up.
    question = "Kalender caleg itu saya pasang di meja loket pelayanan puskesmas. Saya PPPK, boleh?"
    assert "act-install" in shipped_index.read(question).tags.own
    answer = answer_question(shipped_index, question)
    assert answer.verdict == "prohibited", (answer.kind, answer.rule and answer.rule.id)


def test_a_team_that_won_is_not_a_campaign_team(shipped_index: Index) -> None:
    # "tim pemenangan" (campaign team) shares its root with "tim menang" (the team won).
    message = shipped_index.read("Saya guru olahraga PNS. Boleh upload foto tim sepakbola SD yang menang turnamen? Foto tim menang saja.")
    assert not {"target-campaign-team", "role-campaign-team"} & message.tags.ids
    assert "target-campaign-team" in shipped_index.read("Saya PNS diajak rapat tim pemenangan paslon. Boleh?").tags.ids


def test_a_public_service_campaign_is_not_an_election_campaign(shipped_index: Index) -> None:
    # "kampanye imunisasi" is the health office's programme, not a campaign event.
    tags = shipped_index.read("Saya bidan PNS, bulan ini ikut kampanye imunisasi keliling desa. Aman kan?").tags
    assert "event-campaign" not in tags.ids and "ctx-public-campaign" in tags.ids
    assert {"event-campaign", "act-campaign"} & shipped_index.read("Saya bidan PNS, boleh ikut kampanye paslon keliling desa?").tags.ids


@pytest.mark.parametrize(
    ("question", "concepts"),
    [
        ("Lon PNS. Peu jeut lon jak bak kampanye caleg?", {"intent-ask", "act-attend"}),  # Acehnese
        ("Kaule PNS, olle ta' kaule ikut kampanye caleg?", {"intent-ask"}),  # Madurese
        ("Sa ASN, kepala kampung minta sa bantu kumpul masyarakat untuk calon bupati. Boleh ka?", {"act-organise"}),
    ],
)
def test_regional_askers_and_acts(shipped_index: Index, question: str, concepts: set[str]) -> None:
    message = shipped_index.read(question)
    assert message.asker and concepts <= message.tags.own, (sorted(message.tags.own), sorted(message.tags.others))


def test_the_staff_member_described_before_the_sanction_did_the_act(shipped_index: Index) -> None:
    # "Untuk staf yang ikut kampanye …, saya berwenang menjatuhkan hukuman?": the staff member campaigned.
    message = shipped_index.read("Untuk staf yang ikut kampanye pakai atribut partai, apakah kepala dinas berwenang menjatuhkan hukuman sendiri?")
    assert "act-campaign" in message.tags.others
    # The asker who campaigned is not described by someone else.
    mine = shipped_index.read("Saya yang ikut kampanye pakai atribut partai, apakah kepala dinas berwenang menjatuhkan hukuman?")
    assert "act-campaign" in mine.tags.own


def test_a_makassar_particle_does_not_stop_a_denial(shipped_index: Index) -> None:
    # "Tidak ji pose jari": "ji" sits between the negator and the sign, like "ku" or "pernah".
    tags = shipped_index.read("Saya PNS, foto sama calon gubernur di kawinan sepupu. Tidak ji pose jari. Boleh ji?").tags
    assert "sign-gesture" not in tags.ids


def test_the_regent_as_appointing_official_is_ours(shipped_index: Index) -> None:
    # A regent as PPK signing civil servants' sanctions is our topic, not a state official's conduct.
    answer = answer_question(shipped_index, "Apakah bupati sebagai PPK boleh mendelegasikan penandatanganan sanksi moral ke kepala BKPSDM?")
    assert answer.kind == "rule" and answer.verdict == "info", (answer.kind, answer.redirect, answer.rule and answer.rule.id)


def test_accents_are_spelling_and_a_sundanese_request_by_someone_is_an_order(shipped_index: Index) -> None:
    # "dipénta ku timses masang": asked by the team to put up (Sundanese "ku" = by); the accent
    # used to split the word in two.
    assert raw_tokens("dipénta téh") == ["dipenta", "teh"]
    answer = answer_question(shipped_index, "abdi guru PNS, dipénta ku timses masang spanduk calon bupati di pager sakola. meunang teu?")
    assert answer.verdict == "prohibited", (answer.kind, answer.rule and answer.rule.id)
    # "disuruh oleh kepsek pasang": the one told does it; the one telling is the head teacher.
    tags = shipped_index.tagger.tag("saya disuruh oleh kepsek pasang spanduk caleg")
    assert "act-install" in tags.own


def test_regional_words_for_asking_people_to_vote_and_for_we(shipped_index: Index) -> None:
    # Batak "mangido warga pilih" is "minta warga pilih": a call to vote at an adat feast.
    answer = answer_question(shipped_index, "Aku PNS. Boleh nya aku marhata di pesta adat sambil mangido warga pilih tulang ku?")
    assert answer.verdict == "prohibited", (answer.kind, answer.rule and answer.rule.id)
    # Palembang "wong kito PNS": the asker speaks for themself.
    assert shipped_index.read("wong kito PNS, caleg ngajak makan di posko pemenangan, cuma makan bae. pacak dak?").asker


def test_a_district_name_is_not_spelt_into_a_campaign_word(shipped_index: Index) -> None:
    # "Pakantan" (a district) used to become "pasangan" (two changed consonants) and so a banner.
    answer = answer_question(shipped_index, "sy PNS, besok tugas ke pakantan, di sana ada kampanye caleg di lapangan. sy gk ikut, cuma lewat. aman?")
    assert answer.verdict != "prohibited", (answer.kind, answer.rule and answer.rule.id)
    # Sundanese "ngalayad" (two changed letters from "ngelayat") is mourning, by the glossary.
    assert "event-funeral" in shipped_index.tagger.tag("abdi PNS, ngiring ngalayad ka bumi caleg, teu nanaon?").own


def test_representing_the_government_at_a_forum_with_every_team_is_no_mobilising(shipped_index: Index) -> None:
    question = "sy camat. bawaslu ngundang rapat koordinasi, semua tim paslon jg hadir. sy dtg sbg perwakilan pemerintah kecamatan. aman?"
    tags = shipped_index.tagger.tag(question)
    assert "limit-all-candidates-present" in tags.own and "act-mobilise" not in tags.own | tags.others
    answer = answer_question(shipped_index, question)
    assert answer.verdict != "prohibited", (answer.kind, answer.rule and answer.rule.id)
    # An order from above is still one.
    ordered = shipped_index.tagger.tag("atasan memerintahkan kami datang ke kampanye")
    assert "act-mobilise" in ordered.own | ordered.others


def test_a_relative_clause_after_the_askers_possessive_describes_the_relative(shipped_index: Index) -> None:
    # "sepupu sy yg tim sukses cabup": the cousin is on the team, not the asker.
    tags = shipped_index.tagger.tag("arisan keluarga di rumah, sepupu sy yg tim sukses cabup jg dtg. aman?")
    assert "role-campaign-team" in tags.others and "role-campaign-team" not in tags.own
    # The asker who says it of themself keeps it.
    assert "role-campaign-team" in shipped_index.tagger.tag("di kantor ini sy yg tim sukses cabup, aman?").own


def test_sharing_an_opinion_at_home_is_talk_not_sharing_a_post(shipped_index: Index) -> None:
    tags = shipped_index.tagger.tag("Is a PNS allowed to share his opinion about candidates with his wife at home?")
    assert "act-talk" in tags.own and "act-share" not in tags.own
    # Sharing a candidate's post is still sharing.
    assert "act-share" in shipped_index.tagger.tag("Can a PNS share a candidate's post on Facebook?").own


def test_a_campaign_calendar_hung_at_work_is_not_just_received(shipped_index: Index) -> None:
    office = answer_question(shipped_index, "sy PNS, dapet kalender caleg ada nomornya, sy gantung di ruang kerja sy. gpp?")
    assert office.verdict != "allowed", (office.kind, office.rule and office.rule.id)
    kitchen = answer_question(shipped_index, "sy PNS, dapet kalender caleg dari tetangga, sy taruh di dapur rumah. gpp?")
    assert kitchen.verdict == "allowed", (kitchen.kind, kitchen.rule and kitchen.rule.id)


def test_sending_campaign_material_to_a_family_group_is_not_the_family_group_card(shipped_index: Index) -> None:
    # "Polman" (Polewali Mandar) is a regency, not "polwan" (a policewoman).
    assert "oos-tni-polri" not in shipped_index.tagger.tag("sy PNS di polman").own
    answer = answer_question(shipped_index, "sy PNS, sy bikin grup WA keluarga, sy tiap hari kirim materi kampanye paslon. aman kan keluarga sndiri?")
    assert answer.verdict != "allowed", (answer.kind, answer.rule and answer.rule.id)


def test_sundanese_did_not_join_in_is_a_negated_act(shipped_index: Index) -> None:
    # "teu milu masang": did not join in putting it up (Sundanese "milu" = ikut).
    tags = shipped_index.tagger.tag("tatangga nempelkeun stiker caleg di pos ronda. abdi PNS, abdi mah teu milu masang.")
    assert "act-install" not in tags.own
    assert "act-install" in shipped_index.tagger.tag("abdi PNS, abdi milu masang stiker caleg").own


def test_designing_a_candidates_graphics_is_no_scholars_comment(shipped_index: Index) -> None:
    answer = answer_question(shipped_index, "My colleague is a PNS lecturer. May he design graphics for a DPR candidate?")
    assert answer.verdict == "prohibited", (answer.kind, answer.rule and answer.rule.id)
    # Nor is working for a candidate's team, whatever the lecturer's expertise.
    team = answer_question(shipped_index, "A civil-servant lecturer was asked by a governor candidate's team to help write the candidate's health programme as an expert. Is that allowed?")
    assert team.verdict != "allowed", (team.kind, team.rule and team.rule.id)
    # A lecturer's balanced analysis in the media stays allowed.
    comment = answer_question(shipped_index, "Saya dosen PNS, boleh jadi narasumber analisis pilkada di TV secara berimbang?")
    assert comment.verdict == "allowed", (comment.kind, comment.rule and comment.rule.id)


def test_a_pupils_birthday_and_a_lent_car_are_not_the_askers_campaigning(shipped_index: Index) -> None:
    for question in (
        "sy guru PNS, murid sy ulang tahun, ortunya caleg, kasih kue ke kelas. sy ikut makan kue, gpp?",
        "sy ASN, mobil sy dipinjem adik buat kondangan, ternyata dia mampir ke kampanye. sy gk tau. gmn?",
    ):
        answer = answer_question(shipped_index, question)
        assert answer.verdict != "prohibited", (question, answer.kind, answer.rule and answer.rule.id)
    for question in ("sy guru PNS, sy bilang ke murid2 pilih caleg nomor 3 ya", "sy ASN, sabtu kmrn dtg ke kampanye caleg"):
        assert answer_question(shipped_index, question).verdict == "prohibited", question


def test_everyday_acts_near_a_campaign_are_not_called_prohibited(shipped_index: Index) -> None:
    for question in (
        "saya pns, tiap pagi lewat depan baliho paslon ke kantor. apa perlu cari jalan lain?",
        "sy PNS, kantor sy di sebelah posko paslon. tiap hari parkir di depan posko krn parkiran kantor penuh. gmn?",
        "sy ASN, hp sy jatuh, yg nemu timses caleg, dia balikin ke rumah. sy kasih makasih. masalah?",
        "sy pns, anak sy dikasih balon gambar caleg pas car free day. anak sy main balon itu. gpp?",
        "sy PNS, pas hari tenang sy bersihin stiker caleg dari tiang listrik depan rumah. boleh?",
    ):
        answer = answer_question(shipped_index, question)
        assert answer.verdict != "prohibited", (question, answer.kind, answer.rule and answer.rule.id)
    # "balon bupati" is still a prospective candidate, and a car parked for the post still helps it.
    assert "target-candidate" in shipped_index.tagger.tag("sy PNS, diajak ketemu balon bupati").own
    assert answer_question(shipped_index, "sy PNS, mobil dinas sy parkir di posko paslon buat angkut kaos kampanye").verdict == "prohibited"


def test_asking_whether_something_is_partisan_is_no_support_and_every_banner_is_no_side(shipped_index: Index) -> None:
    question = "sy pns, di rapat RT sy usul supaya semua baliho dipasang rapi dan gk nutup rambu. itu berpihak?"
    tags = shipped_index.tagger.tag(question)
    assert "act-support" not in tags.own and "limit-all-candidates-present" in tags.own
    answer = answer_question(shipped_index, question)
    assert answer.verdict != "prohibited", (answer.kind, answer.rule and answer.rule.id)
    # Taking a side, said as the asker's act, still is one.
    assert "act-support" in shipped_index.tagger.tag("sy PNS, sy berpihak ke paslon 2").own


def test_a_birthday_candle_that_happens_to_match_a_ballot_number_is_a_coincidence(shipped_index: Index) -> None:
    answer = answer_question(shipped_index, "sy PNS, anak sy ulang tahun ke-3, lilinnya angka 3 sm kebetulan paslon nomor 3. sy upload fotonya. gmn?")
    assert answer.verdict == "allowed", (answer.kind, answer.rule and answer.rule.id)
    # Posting the candidate's number on purpose is not.
    assert answer_question(shipped_index, "sy PNS upload foto paslon nomor 3 di ig, tulis 'pilih no 3'").verdict == "prohibited"


def test_a_committee_member_who_gives_a_candidate_the_floor_is_not_just_on_the_committee(shipped_index: Index) -> None:
    for question in (
        "sy PNS pengurus masjid. sy atur biar abis jumatan caleg itu kasih tausiyah dan sebut nomor urutnya. salah ya?",
        "sy PNS ketua panitia natal. sy kasih waktu cabup naik mimbar sampein visi misi abis ibadah. salah?",
    ):
        answer = answer_question(shipped_index, question)
        assert answer.verdict == "prohibited", (question, answer.kind, answer.rule and answer.rule.id)
    # Being the MC of a wedding a candidate attends as a guest still depends.
    mc = answer_question(shipped_index, "Saya PNS diminta keluarga jadi MC pernikahan sepupu, salah satu tamunya caleg. Boleh?")
    assert mc.verdict == "conditional", (mc.kind, mc.rule and mc.rule.id)


def test_a_request_to_rally_the_family_that_the_asker_turned_down_is_not_made(shipped_index: Index) -> None:
    answer = answer_question(shipped_index, "sy PNS, tetangga caleg ngundang makan malam keluarga, dia minta sy ajak keluarga besar pilih dia. sy nolak halus. bener?")
    assert answer.verdict != "prohibited", (answer.kind, answer.rule and answer.rule.id)
    # Rallying the family oneself still is a call to vote.
    assert answer_question(shipped_index, "sy PNS, sy ajak keluarga besar pilih caleg tetangga sy").verdict == "prohibited"


def test_a_candidate_who_also_runs_again_gives_the_speech_at_an_official_commemoration(shipped_index: Index) -> None:
    # "bupati yg jg nyalon lg kasih sambutan": "jg", "lg" are "juga", "lagi" between the doer and the act.
    question = "sy PNS. tiap 26 desember ada peringatan smong, bupati yg jg nyalon lg kasih sambutan resmi. sy hadir krn wajib dari kantor. aman kan?"
    tags = shipped_index.tagger.tag(question)
    assert "act-speech" in tags.others and "limit-official-duty" in tags.own and "act-perform" not in tags.own
    answer = answer_question(shipped_index, question)
    assert answer.verdict == "allowed", (answer.kind, answer.rule and answer.rule.id)
    # The asker's own speech stays the asker's.
    assert "act-speech" in shipped_index.tagger.tag("sy PNS jg kasih sambutan di acara caleg").own


def test_an_official_car_the_asker_uses_is_used_not_worn(shipped_index: Index) -> None:
    question = "sy camat. mobil dinas kecamatan sy pake antar bantuan banjir ke posko pengungsi, di sana ada relawan caleg jg bagi2 nasi. sy gk ngobrol sm mereka. aman?"
    assert "act-wear" not in shipped_index.tagger.tag(question).own
    answer = answer_question(shipped_index, question)
    assert answer.verdict != "prohibited", (answer.kind, answer.rule and answer.rule.id)
    # The car taken to a rally is still a state facility used for a campaign; a shirt is still worn.
    assert answer_question(shipped_index, "sy PNS, mobil dinas sy pake ke kampanye caleg. boleh?").verdict == "prohibited"
    assert "act-wear" in shipped_index.tagger.tag("sy PNS, sy pake kaos paslon ke pasar").own


def test_shirts_worn_by_the_committee_and_by_members_of_the_public_are_theirs(shipped_index: Index) -> None:
    question = "sy PNS, sy ikut jalan sehat HUT kantor, panitianya pake kaos warna netral, tapi ada peserta umum pake kaos paslon. gmn?"
    tags = shipped_index.tagger.tag(question)
    assert "act-wear" not in tags.own and "act-wear" in tags.others
    assert answer_question(shipped_index, question).verdict != "prohibited"
    # The asker in the candidate's shirt still wears it.
    assert "act-wear" in shipped_index.tagger.tag("sy PNS ikut jalan sehat pake kaos paslon").own


def test_a_billboard_in_the_corner_of_a_landscape_photo_is_in_the_background(shipped_index: Index) -> None:
    question = "sy PNS, anak sy ikut lomba foto, fotonya pemandangan sawah, ternyata di pojok ada baliho caleg kecil. fotonya menang dan dipajang. gmn?"
    assert "limit-incidental-background" in shipped_index.tagger.tag(question).own
    assert answer_question(shipped_index, question).verdict != "prohibited"
    # A candidate's photo put in the corner of one's own poster is no background.
    poster = answer_question(shipped_index, "sy lurah, posting poster 'ayo ke TPS' tp di pojoknya sy taruh foto paslon no 1. boleh?")
    assert poster.verdict == "prohibited", (poster.kind, poster.rule and poster.rule.id)


def test_someone_there_who_turns_to_the_asker_is_the_one_they_deal_with(shipped_index: Index) -> None:
    # "Ada caleg minta data …": not just a candidate who is there, but the one the data would go to.
    question = "Saya operator sekolah PNS. Ada caleg minta data nomor HP wali murid, boleh saya kasih?"
    assert "target-candidate" in shipped_index.read(question).tags.own
    answer = answer_question(shipped_index, question)
    assert answer.rule is not None and answer.rule.id == "data-warga-untuk-calon", (answer.kind, answer.rule and answer.rule.id)
    # A candidate who is only there stays someone else's ("ada caleg yang ikut nonton").
    assert "target-candidate" in shipped_index.tagger.tag("ada caleg yang ikut nonton bola di lapangan").others
    # "minta sy nemenin": a phrase that names the asker as the one who goes along.
    answer = answer_question(shipped_index, "Sy PNS. Bakal calon bupati minta sy nemenin dia keliling desa, boleh?")
    assert answer.verdict == "prohibited", (answer.kind, answer.rule and answer.rule.id)


def test_a_superiors_staff_act_for_themselves(shipped_index: Index) -> None:
    # "Kabid … tahu stafnya ikut kampanye tapi diam saja": the staff campaigned, not the asker;
    # the supervisor asks what follows for the silent head of division.
    question = "Saya kasubag kepegawaian. Kabid di kantor kami tahu stafnya ikut kampanye tapi diam saja. Apa ada konsekuensi buat kabidnya?"
    assert "act-campaign" in shipped_index.read(question).tags.others
    answer = answer_question(shipped_index, question)
    assert answer.verdict != "prohibited", (answer.kind, answer.rule and answer.rule.id)


def test_a_passive_of_receiving_is_the_subjects(shipped_index: Index) -> None:
    # "(saya) diberi amplop": the asker received the envelope, and the money is what they got.
    question = "saya PNS, tadi diberi amplop 100 ribu sama tim paslon. boleh saya terima?"
    assert {"act-receive", "sign-money"} <= shipped_index.read(question).tags.own
    assert answer_question(shipped_index, question).verdict == "prohibited"
    # Banjar, after another passive ("didatangi tim paslon"): still the asker who was given it.
    answer = answer_question(shipped_index, "ulun PNS, subuh tadi didatangi tim paslon dibari amplop 100 ribu. ulun tarima kah?")
    assert answer.verdict == "prohibited", (answer.kind, answer.rule and answer.rule.id)
    # A neighbour who was given one: theirs.
    assert "sign-money" in shipped_index.read("tetangga saya diberi amplop sama timses").tags.others


def test_unlike_as_a_comparison_is_not_undoing_a_like(shipped_index: Index) -> None:
    tags = shipped_index.tagger.tag("unlike the military and police, do civil servants keep their right to vote?")
    assert "act-undo" not in tags.ids
    assert "act-undo" in shipped_index.tagger.tag("i liked a candidate's post by accident, then unlike it").ids
    # Javanese "minangka" (as) is not "disangka" (suspected).
    assert shipped_index.expander.fix("minangka") == "sebagai"


def test_a_card_that_fits_the_whole_situation_answers_despite_an_office_topic(shipped_index: Index) -> None:
    # "gaji kecil" is the BKN's topic, but the question is whether a part-time PPPK must be
    # neutral, and the card on part-time PPPK fits three parts of it.
    answer = answer_question(shipped_index, "Saya PPPK paruh waktu yang gajinya kecil, apakah tetap wajib netral?")
    assert answer.kind == "rule" and answer.redirect is None, (answer.kind, answer.redirect)
    # Soldiers' voting stays the TNI/Polri's, whatever card fits.
    answer = answer_question(shipped_index, "Kenapa anggota TNI dan Polri gak boleh nyoblos? Sejak kapan aturannya begitu?")
    assert answer.abstained and answer.redirect == "tni-polri", (answer.kind, answer.redirect)


def test_phrases_with_a_glossary_misspelling_match_what_users_type(shipped_index: Index) -> None:
    # A message's "sy" is read as "saya" before tagging; the phrase "nama calon gak sy sebut" is
    # rewritten the same way, or it could never match.
    tags = shipped_index.read("Sy PNS, di sambutan nama calon gak sy sebut sama sekali. aman?").tags
    assert "limit-no-candidate" in tags.ids
    # One-word terms stay as written: Javanese "melu" respelled would be "ikut", far broader.
    assert "act-attend" not in shipped_index.read("sy PNS mau ikut suami pindah tugas, prosedurnya gimana?").tags.ids


@pytest.mark.parametrize(
    ("question", "card"),
    [
        (
            "Kami BKPSDM. Seorang PNS terbukti hadir di kampanye terbuka tanpa atribut. "
            "Kami harus menjatuhkan hukuman tingkat berapa?",
            None,
        ),
        (
            "Saya kepala dinas. Staf saya ketahuan pasang stiker paslon di mobil dinas, apa saya bisa langsung menghukum dia?",
            "siapa-menjatuhkan-hukuman-disiplin",
        ),
        # whether the sanction is the official's own to impose or the regent's
        (
            "Saya kepala dinas. Staf kami ikut konvoi caleg pakai seragam. Sy berwenang menjatuhkan hukuman sendiri atau harus bupati?",
            "siapa-menjatuhkan-hukuman-disiplin",
        ),
        # a superior who lets it pass ("dia diemin, gk manggil gk meriksa")
        ("kalau kepala seksi tau stafnya ikut konvoi caleg tp dia diemin, gk manggil gk meriksa, atasan itu bisa kena juga?", "atasan-tidak-menindak-pelanggaran"),
        ("Tenaga honorer di kantor kami ikut konvoi paslon. Kami BKPSDM, jalurnya bagaimana?", "sanksi-honorer-tidak-netral-oleh-atasan"),
        ("I'm head of HR. One of our civil servants shared a candidate's campaign video. Which penalty tier applies and who signs?", None),
        ("Saya camat. Ada beberapa guru yang masuk grup WA pemenangan paslon bupati. Saya harus lapor ke siapa?", None),
    ],
)
def test_an_office_asking_how_to_proceed_gets_the_procedure(shipped_index: Index, question: str, card: str | None) -> None:
    # The office tells someone else's act only to ask how to handle it: the act's "❌" answers
    # nothing it asked.
    answer = answer_question(shipped_index, question)
    assert answer.kind == "rule" and answer.verdict == "info", (answer.kind, answer.rule and answer.rule.id)
    if card is not None:
        assert answer.rule is not None and answer.rule.id == card


@pytest.mark.parametrize(
    "question",
    [
        # the same office asking whether the act is a breach
        "Kami BKPSDM. Apakah PNS yang hadir di kampanye terbuka tanpa atribut termasuk pelanggaran?",
        # the official's own act
        "Saya kepala dinas. Saya sendiri mau pasang stiker paslon di mobil dinas, boleh?",
        "I'm head of HR at a ministry. May I share a candidate's campaign video on my own Facebook?",
    ],
)
def test_an_office_asking_about_the_act_itself_gets_its_verdict(shipped_index: Index, question: str) -> None:
    answer = answer_question(shipped_index, question)
    assert answer.kind == "rule" and answer.verdict == "prohibited", (answer.kind, answer.rule and answer.rule.id)


def test_a_denial_reaches_over_what_kind_of_thing_is_denied(shipped_index: Index) -> None:
    # "tdk ada urusan kampanye": no campaign business at all, not a campaign the asker attends.
    assert "event-campaign" not in shipped_index.tagger.tag("sy datang sbg keluarga ikut prosesi adat, tdk ada urusan kampanye").ids
    assert "event-campaign" not in shipped_index.tagger.tag("acaranya gak ada hubungannya dengan kampanye").ids
    assert "event-campaign" in shipped_index.tagger.tag("sy datang sbg keluarga, ternyata ada urusan kampanye juga").ids


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        # whether the act is punished at all is the act's verdict ...
        ("Is it true that a civil servant can be punished just for liking a candidate's Facebook post?", "prohibited"),
        ("Benarkah PNS bisa dihukum hanya karena like postingan caleg di Facebook?", "prohibited"),
        # ... what the penalty is, the penalty card's
        ("Apa sanksi PNS yang like postingan caleg di Facebook?", "info"),
        ("What is the penalty for a civil servant who likes a candidate's Facebook post?", "info"),
    ],
)
def test_asking_whether_an_act_is_punished_gets_the_acts_verdict(shipped_index: Index, question: str, verdict: str) -> None:
    answer = answer_question(shipped_index, question)
    assert answer.kind == "rule" and answer.verdict == verdict, (answer.kind, answer.rule and answer.rule.id)


def test_an_officials_own_report_at_a_meeting_is_not_a_procedure_question(shipped_index: Index) -> None:
    # "lapor capaian" is reporting results at an official meeting, asked about as the asker's own act.
    answer = answer_question(
        shipped_index, "Sy camat. Sy hadir rapat dinas yang dipimpin bupati petahana dan lapor capaian kecamatan. Itu salah?"
    )
    assert answer.kind == "rule" and answer.verdict == "allowed", (answer.kind, answer.rule and answer.rule.id)


def test_a_thing_named_before_its_denial_is_denied(shipped_index: Index) -> None:
    # "Stikernya tidak saya tempel": the sticker someone else handed out, and what the asker did not do.
    story = "Waktu rapat RT ketua RT yang timses bagi stiker calon ke semua warga. Stikernya tidak saya tempel. Saya PNS, melanggar?"
    tags = shipped_index.read(story).tags
    assert "limit-passive" in tags and "sign-attribute" not in tags.own
    assert answer_question(shipped_index, story).verdict != "prohibited"
    # not a question tag or a denial of something else: "kaosnya gak ada", "kaos boleh gak?"
    assert "sign-attribute" in shipped_index.read("Kaosnya saya pakai ke kantor, boleh gak?").tags.own
    assert "limit-passive" not in shipped_index.read("Tim bagi kaos, kaosnya gak ada nomor urut. Saya PNS, boleh pakai?").tags


def test_a_visitor_is_not_a_lebaran_visit_and_wears_their_own_shirt(shipped_index: Index) -> None:
    # "pengunjung" stems to "unjung" (unjung-unjung, Lebaran visits); it names who wears the cap.
    visitor = shipped_index.read("Saya PPPK penjaga museum. Ada pengunjung pakai topi paslon, harus saya usir?").tags
    assert "event-family" not in visitor and "act-wear" in visitor.others
    mine = answer_question(shipped_index, "Saya PPPK penjaga museum. Saya pakai topi paslon waktu jaga loket, boleh?")
    assert mine.verdict == "prohibited"


def test_the_kpus_draw_of_ballot_numbers_is_no_number_shown_for_a_candidate(shipped_index: Index) -> None:
    # (phone question) an MC at the KPU's draw had been ❌ from the card on praise slipped into a speech
    question = "sy pns, kpu minta sy jadi MC acara pengundian nomor urut paslon. boleh?"
    tags = shipped_index.read(question).tags
    assert "sign-number" not in tags and "ctx-candidacy-stage" in tags
    assert answer_question(shipped_index, question).verdict != "prohibited"


def test_inviting_every_candidate_is_no_candidate_on_ones_own_show(shipped_index: Index) -> None:
    # (phone question) "invite candidates from all parties to a school debate" had been ❌ from the card on
    # hosting a candidate on one's own channel; every side invited alike is a limit, and the message stays
    # about the election (the principle answers, not a decline)
    answer = answer_question(shipped_index, "As a teacher (PNS), can I invite candidates from all parties to a school debate?")
    assert "limit-all-candidates-present" in shipped_index.read(answer.question).tags
    assert (answer.kind, answer.verdict) == ("principle", "conditional")


def test_an_election_bodys_impartial_activity_is_allowed_when_no_card_fits(shipped_index: Index) -> None:
    # the legal test on the election bodies' side: their activity, with nothing partisan in the message
    question = "sy guru PNS, ditawari bawaslu kecamatan ikut pelatihan pengawas partisipatif. boleh?"
    answer = answer_question(shipped_index, question)
    assert (answer.kind, answer.verdict, answer.rule and answer.rule.id) == (
        "principle", "allowed", "prinsip-kegiatan-penyelenggara"
    )
    # a candidate in it, or a seat on the body, is for other cards to weigh
    for other in (
        "sy guru PNS, ditawari bawaslu ikut pelatihan, tapi yg ngajak timses paslon 2. boleh?",
        "sy PNS, mau daftar jadi anggota bawaslu kabupaten. boleh?",
        # ... and so is a case the body is looking into, where the asker fears a report
        "sy camat. bawaslu mau dateng ke kantor sy nelusuri beberapa ASN, takut sy ikut dilaporin. boleh sy temui mereka?",
    ):
        assert answer_question(shipped_index, other).rule.id != "prinsip-kegiatan-penyelenggara"


def test_asking_leave_for_ones_own_partisan_act_gets_the_acts_card_not_whom_the_rules_bind(shipped_index: Index) -> None:
    # the honorer card (the rules bind honorer too) neither answers nor is offered beside the act's card
    act = answer_question(shipped_index, "sy staf honorer kecamatan, boleh gak sy posting dukungan ke calon bupati di fb?")
    assert (act.kind, act.verdict, act.rule and act.rule.id) == ("rule", "prohibited", "posting-kampanye-online")
    # asked alone, whom the rules bind is still that card's
    status = answer_question(shipped_index, "honorer wajib netral juga gak di pilkada?")
    assert status.rule and status.rule.id == "honorer-non-asn-wajib-netral"


def test_a_stated_limit_stops_a_prohibiting_legal_test_not_an_allowing_one(shipped_index: Index) -> None:
    # "ga ada hubungannya sama pilkada" is itself a limit: it no longer sends the message to "it depends"
    question = "sy bidan PNS, puskesmas bagi vitamin gratis ke balita pakai dana dinas, ga ada hubungannya sama pilkada kan? boleh sy ikut bagi?"
    answer = answer_question(shipped_index, question)
    assert (answer.kind, answer.verdict, answer.rule and answer.rule.id) == ("principle", "allowed", "prinsip-tanpa-unsur-politik")
    # ... but the asker's word does not outweigh a candidate's sign in the story
    branded = "kantor ikut turnamen voli 'piala caleg Budi', kaosnya ada foto & nomor urut caleg. sy PNS main aja, ga ada hubungannya sm pemilu kan?"
    assert answer_question(shipped_index, branded).rule.id != "prinsip-tanpa-unsur-politik"


def test_attractive_and_interested_are_not_taking_a_post_down(shipped_index: Index) -> None:
    # "menarik", "tertarik" stem to "tarik" (taking a post down)
    assert "act-undo" not in shipped_index.read("Saya ASN ikut jalan sehat karena hadiahnya menarik, boleh?").tags
    assert "act-undo" not in shipped_index.read("Saya PNS tertarik ikut lomba foto, boleh?").tags
    assert "act-undo" in shipped_index.read("Saya PNS, postingan itu sudah saya hapus, aman?").tags


def test_taking_down_a_sign_on_a_hacked_office_site_is_no_breach(shipped_index: Index) -> None:
    # the asker's only act is removing the banner: no prohibition rules on that (the office's
    # site was no facility lent to a campaign); a past post taken back is still asked about
    hacked = answer_question(shipped_index, "sy pns kominfo. web kantor diretas, ada banner paslon. sy hapus. aman kan?")
    assert (hacked.verdict, hacked.rule and hacked.rule.id) == ("allowed", "akun-palsu-atau-diretas-memuat-kampanye")
    secured = "sy pns diskominfo. akun ig pemda dibobol, muncul poster paslon. sy hapus & amankan akunnya. itu kerjaan biasa kan?"
    assert answer_question(shipped_index, secured).verdict != "prohibited"
    # nor does the legal test of a sign of support: removing one shows none
    banner = answer_question(shipped_index, "sy pns humas. laman resmi pemkot diretas, keluar banner caleg. sy hapus bannernya. tugas kan?")
    assert banner.verdict != "prohibited"
    shared = answer_question(
        shipped_index, "Kemarin sy sudah terlanjur share video kampanye paslon di fb, sy PNS. Hari ini sy hapus. Masih kena?"
    )
    assert shared.verdict == "prohibited"


def test_a_candidates_cap_worn_on_duty_is_not_an_official_event(shipped_index: Index) -> None:
    # "on duty" alone had brought the official-events card (✅) forward; the hat is a candidate's attribute.
    question = (
        "I work for the immigration office as a civil servant. A candidate's team gave out free hats with his "
        "number, and I wore mine on duty at the checkpoint. Was that a breach?"
    )
    assert "sign-attribute" in shipped_index.read(question).tags
    answer = answer_question(shipped_index, question)
    offered = [answer.rule] if answer.rule else answer.clarify
    assert "acara-dinas-bersama-petahana" not in [r.id for r in offered] and answer.verdict != "allowed"


def test_a_photo_someone_else_posts_without_consent_is_not_the_nurses_support(shipped_index: Index) -> None:
    answer = answer_question(
        shipped_index, "Saya perawat PNS. Pasien saya ternyata istri caleg; foto saya waktu merawatnya diunggah timnya ke FB tanpa izin saya. Saya melanggar?"
    )
    assert answer.verdict != "prohibited", (answer.kind, answer.rule and answer.rule.id)


@pytest.mark.parametrize(
    ("question", "card"),
    [
        # work left unsigned is no anonymous report; designing a relative's brochure is preparing material
        ("Saya PNS. Adik saya caleg, dia minta saya mendesain poster kampanyenya di rumah, tanpa nama saya. Boleh?",
         "bantu-siapkan-bahan-kampanye-di-rumah"),
        # ... and a report without one's name still is
        ("Saya mau lapor tanpa nama soal kadis yang kampanye, bisa?", "lapor-netralitas-tanpa-nama"),
    ],
)
def test_unsigned_work_is_not_an_anonymous_report(shipped_index: Index, question: str, card: str) -> None:
    answer = answer_question(shipped_index, question)
    assert answer.rule is not None and answer.rule.id == card, (answer.kind, answer.rule and answer.rule.id)


def test_a_banner_in_the_background_of_a_family_photo_is_not_putting_one_up(shipped_index: Index) -> None:
    answer = answer_question(
        shipped_index, "sy ASN, di status WA sy pasang foto makan bareng keluarga, ternyata di belakang ada baliho caleg. hrs dihapus?"
    )
    assert answer.verdict != "prohibited", (answer.kind, answer.rule and answer.rule.id)


@pytest.mark.parametrize(
    ("question", "theirs"),
    [
        # pupils come to school in a candidate's T-shirt: the coming, the wearing and the whole shirt are theirs
        ("Saya guru PPPK. Beberapa murid saya datang ke sekolah pakai kaos bergambar paslon bupati. "
         "Apakah saya harus melarang mereka?",
         {"act-wear", "sign-attribute", "sign-candidate-branding"}),
        # a picture and the number listed with it are on the invitation, not the guest's
        ("Saya PNS diundang ke pernikahan anak caleg. Di undangannya ada foto caleg dan nomor urut. Boleh saya datang?",
         {"act-photo", "sign-number"}),
        # "pasien saya" is the patient, who came in the shirt; the number on it is on the shirt
        ("Saya PPPK di puskesmas. Pasien saya kemarin datang pakai kaos paslon nomor 2, saya tetap layani seperti biasa. Aman kan?",
         {"act-attend", "act-wear", "sign-attribute", "sign-number"}),
        # a candidate's wife comes by to hand out milk while carrying his shirts: coming, handing out and
        # carrying are hers ("suaminya." ends her sentence: the midwife's status is the asker's, not his)
        ("Besok istri caleg mau mampir bagi-bagi susu ke ibu hamil sambil bawa kaos bergambar suaminya. "
         "Saya bidan PNS yang jaga posyandu, boleh tetap bertugas?",
         {"act-give", "act-carry-material", "sign-attribute"}),
    ],
)
def test_other_peoples_things_are_not_the_askers_signs(shipped_index: Index, question: str, theirs: set[str]) -> None:
    tags = shipped_index.read(question).tags
    assert theirs <= tags.others, sorted(tags.others)
    answer = answer_question(shipped_index, question)
    assert answer.verdict != "prohibited", (answer.kind, answer.rule and answer.rule.id)


@pytest.mark.parametrize(
    "question",
    [
        # the teacher's own shirt
        "Saya guru PPPK. Tadi saya datang ke sekolah pakai kaos bergambar paslon bupati. Apakah saya melanggar?",
        # the health worker's own shirt
        "Saya PPPK di puskesmas. Kemarin saya datang kerja pakai kaos paslon nomor 2. Aman kan?",
        # the midwife's own round with the shirts
        "Saya bidan PNS. Besok saya mau mampir ke posyandu bagi-bagi susu ke ibu hamil sambil bawa kaos bergambar caleg. Boleh?",
        # the marks of a thing the asker hands out are the asker's to show
        "Saya PPPK, dapat kiriman kalender. Di kalendernya ada foto caleg dan nomor urut, saya bagikan ke tetangga. Boleh?",
        # words the asker asks pupils to carry home are the asker's call to vote
        "Bolehkah kepala sekolah ASN meminta murid bilang ke orang tuanya untuk membalas jasa bupati petahana di TPS?",
    ],
)
def test_the_askers_own_part_in_the_same_words_is_still_ruled_on(shipped_index: Index, question: str) -> None:
    answer = answer_question(shipped_index, question)
    assert answer.verdict == "prohibited", (answer.kind, answer.rule and answer.rule.id)


def test_the_askers_own_acts_are_not_the_asn_relatives_they_ask_about(shipped_index: Index) -> None:
    # The asker runs and campaigns; the ASN asked about is the wife at home.
    question = "Saya caleg DPRD. Istri saya PPPK bidan. Dia cuma di rumah jaga anak waktu saya keliling kampanye. Aman buat dia kan?"
    assert "act-help-campaign" in shipped_index.read(question).tags.others
    answer = answer_question(shipped_index, question)
    assert answer.verdict != "prohibited", (answer.kind, answer.rule and answer.rule.id)
    # The asker who is the ASN still campaigns themself.
    own = shipped_index.read("Istri saya caleg DPRD, saya PNS guru. Saya ikut keliling kampanye sama dia tiap sore. Boleh?").tags.own
    assert "act-help-campaign" in own


@pytest.mark.parametrize(
    ("question", "denied"),
    [
        # "tidak punya KTA": having no party card denies membership, as "tidak ikut" denies joining
        ("Saya PNS. Saya tidak punya KTA partai mana pun, cuma sering diajak ngobrol politik sama tetangga. Aman kan?", True),
        ("Saya PNS, punya KTA partai dari dulu sebelum diangkat. Harus gimana?", False),
    ],
)
def test_having_no_party_card_is_no_membership(shipped_index: Index, question: str, denied: bool) -> None:
    assert ("act-join-party" not in shipped_index.read(question).tags) is denied


def test_a_candidates_childs_wedding_is_not_the_askers_own_event(shipped_index: Index) -> None:
    # "pernikahan anak caleg" and the host's "menikahkan anak" share their stems; the candidate named
    # right after makes it theirs, so the guest's card answers, not the host's.
    answer = answer_question(shipped_index, "Saya PNS, mau datang ke resepsi pernikahan anak calon bupati. Boleh?")
    assert answer.rule is not None and answer.rule.id == "hadir-pernikahan-hajatan-calon", answer.rule
    host = shipped_index.read("Saya PNS mau menikahkan anak saya bulan depan, calon bupati diundang. Boleh?").tags
    assert "ctx-my-event" in host


@pytest.mark.parametrize(
    ("question", "calls"),
    [
        # polling day, then "dia" opens what he did: a neutral announcement, no call to vote for anyone
        ("Pak RT kami PNS. Sehari sebelum pencoblosan dia umumkan di masjid jam buka TPS dan ajak warga datang. Boleh kan?", False),
        ("Saya PNS. Di grup WA keluarga saya tulis: jangan lupa coblos dia ya, nomor 2. Boleh?", True),
    ],
)
def test_polling_day_then_he_is_no_call_to_vote_for_him(shipped_index: Index, question: str, calls: bool) -> None:
    assert ("sign-call-to-vote" in shipped_index.read(question).tags) is calls


def test_when_it_happens_does_not_part_a_doer_from_the_act(shipped_index: Index) -> None:
    # "Anak sy … tiap sore nempel stiker": the son puts the stickers up, not the asker
    tags = shipped_index.read("Pak, sy guru PNS. Anak sy yg SMA jadi relawan caleg, tiap sore nempel stiker di motor2 temennya. Sy bisa kena?").tags
    assert {"act-install", "sign-attribute"} <= tags.others, sorted(tags.others)


@pytest.mark.parametrize(
    ("question", "concept", "theirs"),
    [
        # a chant is whoever chants
        ("I'm a civil servant. My neighbour's kids were chanting a candidate's number in front of my house and I laughed. "
         "Is that a problem?", "sign-cheer", True),
        ("Waktu calon bupati lewat, warga pada teriak yel-yel nomor 3. Saya PNS cuma lihat dari teras. Aman?", "sign-cheer", True),
        ("Waktu calon bupati lewat, saya ikut teriak yel-yel nomor 3 bareng warga. Saya PNS. Aman?", "sign-cheer", False),
        # "murid kelas 9 sy": the pronoun owns the pupils past their grade; spoken "pd" is "they all"
        ("murid kelas 9 sy pd pake kaos partai pas upacara, sy guru PNS, sy tegur gak?", "act-wear", True),
        # "banyak yang pakai": many of them, never the asker
        ("Warga yang antre di loket banyak yang pakai kaos caleg. Saya PNS di kelurahan, tetap saya layani kan?", "act-wear", True),
        ("Saya PNS di kelurahan. Saya pakai kaos caleg waktu melayani warga di loket. Boleh?", "act-wear", False),
        # Sundanese "nu" is "yang": the candidate who chips in is the donor
        ("Di pangaosan aya caleg nu nyumbang konsumsi. Abdi PNS, teu nanaon sumping?", "act-donate", True),
    ],
)
def test_what_others_do_or_wear_is_theirs(shipped_index: Index, question: str, concept: str, theirs: bool) -> None:
    tags = shipped_index.read(question).tags
    assert (concept in tags.others) is theirs, sorted(tags.others)
    assert (answer_question(shipped_index, question).verdict == "prohibited") is not theirs


@pytest.mark.parametrize(
    ("question", "prohibited"),
    [
        # a plain photo at a neighbourhood event, no pose and nothing posted, is not the posting card's
        ("Suami saya PNS. Kemarin dia ikut foto bareng caleg di acara RT, tapi gak pose apa2, cuma berdiri. Itu melanggar?", False),
        ("Saya PNS, foto bareng caleg di acara RT, tidak pose apa-apa, terus fotonya saya upload ke IG. Boleh?", True),
        # a sticker or a shirt that names no candidate, party or campaign shares a word with a prohibition, nothing more
        ("Saya PNS, mau tempel stiker klub sepak bola kesayangan di helm. Aman kan?", False),
        ("Sy PPPK, pakai kaos gratis dari lomba lari sebuah bank buat senam di kantor, aman?", False),
        # the partisan twin is still ruled on, also when the candidate is inside a longer phrase
        ("Saya PNS, mau tempel stiker caleg di helm. Aman kan?", True),
        ("Kepala sekolah suruh guru PNS pakai baju warna paslon tiap Jumat. Harus ikut?", True),
        # following a friend who now runs, or a local news page, is not joining a campaign account;
        # asking whether to unfollow is not having unfollowed one
        ("sy ASN. sy follow ig pribadi temen SMA dari dulu, skrg dia jadi cabup. gak like gak komen. perlu unfollow ga?", False),
        ("sy follow akun berita lokal yg posting kegiatan semua paslon. sy ASN, harus unfollow?", False),
        ("Saya PNS, terlanjur follow akun tim pemenangan caleg. Harus bagaimana?", True),
        # asking a seller to swap a candidate's cups for plain ones is removing the branding
        ("Sy guru PNS panitia lomba. Pedagang di halaman pakai gelas bergambar paslon. Sy minta pedagangnya ganti gelas polos. Udah bener?", False),
        # a neighbourhood event the team turned out to be behind, learnt only afterwards
        ("Ternyata timses calon yg antar nasi kotak ke kerja bakti kemarin, kami baru tahu setelah makan. Sy lurah, ASN. Salah kami?", False),
        ("Sy PNS, ikut kerja bakti yg diadakan timses calon wali kota. Boleh?", True),
        # forwarding a candidate's flyer without a word of one's own is still sharing it
        ("sy guru PNS, dapet flyer capres dr temen, trs sy terusin ke grup WA guru. sy gk komen apa2, cuma forward. salah ya?", True),
        # on duty at a rally because the office sent them; the village hall lent to the KPU as a polling station
        ("Sy perawat PNS, kantor menugaskan sy standby di ambulans waktu kampanye akbar capres. Sy kan tugas, aman?", False),
        ("Saya kepala desa, KPU minta balai desa dipakai buat TPS. Semua paslon sama aja, boleh saya pinjamkan?", False),
        # Javanese krama: "may I join in campaigning for my son?"
        ("Kulo PNS. Putri kulo nyaleg DPRD, kulo angsal nderek ngampanyekne teng kampung?", True),
        # a child's student-council race is no relative's candidacy; a child running for the DPRD is
        ("sy pns, anak sy nyalon ketua osis, sy bantu bikin poster. boleh?", False),
        ("sy pns, anak sy nyaleg dprd, sy bantu bikin poster. boleh?", True),
        # "pilih aja" alone is "just pick"; with a candidate named it is a call to vote
        ("sy pns, mau beli seragam batik kantor, ada 2 motif, temen bilang pilih aja yg biru. aman kan?", False),
        ("sy guru pns, di grup wali murid sy bilang pilih saja caleg yg peduli sekolah kita. boleh?", True),
        # a marked ballot shown to others; the inked little finger alone is the neutral twin
        ("sy PNS, foto surat suara yg udah sy coblos sy kirim ke grup keluarga, boleh kan itu hak sy?", True),
    ],
)
def test_the_harmless_twin_is_not_prohibited_and_the_partisan_one_is(shipped_index: Index, question: str, prohibited: bool) -> None:
    answer = answer_question(shipped_index, question)
    assert (answer.verdict == "prohibited") is prohibited, (answer.kind, answer.rule and answer.rule.id)


@pytest.mark.parametrize(
    ("question", "act"),
    [
        # "memperkenalkan seorang caleg" is "memperkenalkan caleg": an article inside a phrase does not hide it
        ("Saya kepala sekolah PNS, di rapat komite saya memperkenalkan seorang caleg ke wali murid. Boleh?", "act-give-floor"),
        # writing a relative's campaign speech, at home and for a brother, is still helping the campaign
        ("Saya guru PNS. Adik saya nyaleg DPRD kota dan minta saya menyusun pidato kampanye buat dia, saya kerjakan di rumah. "
         "Boleh?", "act-help-campaign"),
    ],
)
def test_the_askers_own_act_is_read_and_ruled_on(shipped_index: Index, question: str, act: str) -> None:
    assert act in shipped_index.read(question).tags.own
    assert answer_question(shipped_index, question).verdict == "prohibited"


def test_saying_i_am_the_one_who_put_it_up_is_putting_it_up(shipped_index: Index) -> None:
    question = "Saya PNS. Tim caleg titip stiker buat ditempel di kios adik saya, saya yang tempel. Kan kios adik, bukan kantor?"
    assert "act-self-install" in shipped_index.read(question).tags.ids
    assert answer_question(shipped_index, question).verdict == "prohibited"


def test_a_status_in_brackets_does_not_end_the_clause(shipped_index: Index) -> None:
    # "sy (PNS) nemenin dia door to door": the asker goes along, whatever the aside says
    tags = shipped_index.read("Timses minta sy (PNS) nemenin dia door to door ke rumah warga").tags
    assert "act-campaign" in tags.own, sorted(tags.others)
    # a longer aside is still its own clause: "(mahasiswa, bukan ASN)" is the son's, and so is his act
    tags = shipped_index.read("Anak sy (mahasiswa, bukan ASN) nempel stiker caleg di motornya").tags
    assert "act-install" in tags.others


def test_a_neighbours_flag_is_not_the_asker_putting_it_up(shipped_index: Index) -> None:
    # "Tetangga sy pasang": "sy" owns the neighbour, so "sy pasang" (the asker putting it up) is not said
    question = "Tetangga sy pasang bendera partai di pagar rumahnya, nempel ke pagar sy. Sy PNS, perlu sy minta dia pindahin?"
    tags = shipped_index.read(question).tags
    assert "act-self-install" not in tags.ids and "act-install" in tags.others, sorted(tags.ids)
    assert answer_question(shipped_index, question).verdict != "prohibited"
    # the asker's own phrase still is
    assert "act-self-install" in shipped_index.read("Sy pasang bendera partai di pagar rumah sy. Sy PNS, boleh?").tags.ids


@pytest.mark.parametrize(
    ("question", "card"),
    [
        # the level of a penalty asks for the sanction as "sanksinya apa?" does: the information card answers
        ("Kalau PNS datang ke kampanye terbuka tanpa atribut apa pun, masuk hukuman ringan atau berat?", "sanksi-ikut-kampanye"),
        ("Pegawai kami share poster paslon setelah penetapan, tingkat hukuman disiplinnya apa?", "sanksi-dukungan-media-sosial-simbol"),
    ],
)
def test_asking_a_penalty_level_is_asking_for_the_sanction(shipped_index: Index, question: str, card: str) -> None:
    assert shipped_index.read(question).informational
    answer = answer_question(shipped_index, question)
    assert (answer.verdict, answer.rule and answer.rule.id) == ("info", card)


def test_giving_a_written_reprimand_is_imposing_a_sanction(shipped_index: Index) -> None:
    tags = shipped_index.read("Sebagai kepala dinas, bisakah saya kasih teguran tertulis ke staf yang ikut kampanye?").tags
    assert "act-impose-sanction" in tags.ids, sorted(tags.ids)


def test_someone_borrowing_from_the_office_is_the_asker_lending(shipped_index: Index) -> None:
    # "tim caleg mau pinjam …, saya yang pegang kunci": the asker would lend the hall to the candidate's team
    question = "Tim caleg mau pinjam aula kantor kelurahan buat temu konstituen. Saya PNS yang pegang kuncinya, boleh?"
    assert "act-lend" in shipped_index.read(question).tags.own
    answer = answer_question(shipped_index, question)
    assert (answer.verdict, answer.rule and answer.rule.id) == ("prohibited", "pinjamkan-gedung-peralatan-kantor")


@pytest.mark.parametrize(
    "question",
    [
        # asking people, however they are called, to back someone named is a call to vote for them
        "Sy lurah, di arisan RT sy kasih sambutan sekalian minta bapak2 dukung caleg DPRD anaknya pak haji. gpp kan?",
        "Boleh gak di sambutan pernikahan sy sisipkan ajakan pilih adiknya yg maju cabup?",
        # so is promising something on condition of a vote for someone named
        "sy bidan PNS. kades minta sy bilangin ibu2 di posyandu bantuan PMT lancar kalo milih paslon 2. boleh sy sampein?",
    ],
)
def test_asking_people_to_back_someone_named_is_a_call_to_vote(shipped_index: Index, question: str) -> None:
    assert "sign-call-to-vote" in shipped_index.read(question).tags.own, sorted(shipped_index.read(question).tags.ids)
    assert answer_question(shipped_index, question).verdict == "prohibited"


def test_a_call_to_vote_needs_someone_named_and_an_active_request(shipped_index: Index) -> None:
    # the neutral call names nobody; being asked ("diminta") is not the asker calling on others
    assert "sign-call-to-vote" not in shipped_index.read("Boleh gak sy buat ajakan memilih ke warga biar gak golput?").tags.ids
    assert "sign-call-to-vote" not in shipped_index.read("Sy diminta dukung pak RT di rapat warga, boleh?").tags.ids
    # "kalau" opening a clause is a topic, not a condition on a promise; the asker's own vote is no call
    assert "sign-call-to-vote" not in shipped_index.read(
        "sy guru PNS, kalau milih capres yg mana aja sy gak pernah ngomong ke murid. aman kan?"
    ).tags.ids
    assert "sign-call-to-vote" not in shipped_index.read("sy PNS, nanti tenang aja kalo sy milih caleg X di bilik, aman?").tags.ids


@pytest.mark.parametrize(
    ("question", "card", "twin"),
    [
        # a town info group full of candidate ads is a general group; one turned into a volunteers' group is not
        ("Sy PPPK, gabung grup fb info kabupaten, skrg banyak iklan cabup. harus keluar gk?", "grup-wa-umum-ada-kampanye",
         "Sy PNS, grup alumni sy skrg ganti nama jadi Relawan Cagub Bersatu, isinya jadwal kampanye. harus keluar gk?"),
        # the Pj is no candidate while in office, even when the asker names the word to deny it; a finger
        # pose is support whoever is beside the asker
        ("habis rapat dinas sy foto sama Pj gubernur, dia kan bukan calon. boleh sy unggah di IG?", "foto-acara-dinas-bersama-pj",
         "habis rapat dinas sy foto sama Pj gubernur sambil salam dua jari. boleh sy unggah di IG?"),
    ],
)
def test_an_everyday_situation_gets_its_allowed_card_and_its_partisan_twin_does_not(
    shipped_index: Index, question: str, card: str, twin: str
) -> None:
    answer = answer_question(shipped_index, question)
    assert (answer.verdict, answer.rule and answer.rule.id) == ("allowed", card)
    other = answer_question(shipped_index, twin)
    assert other.rule is None or other.rule.id != card


@pytest.mark.parametrize(
    ("question", "verdict", "card"),
    [
        # when and how a party officer is dismissed asks for the dismissal rules, not the prohibition
        ("Inspektorat temukan PNS kami jadi bendahara partai. Nanti dia keluar dengan hormat atau tidak?",
         "info", "ptdh-pemberhentian-tidak-hormat"),
        # a PNS on leave who thinks the status pauses still is a PNS
        ("mau cuti tahunan seminggu buat jadi jurkam caleg, kan lg cuti jd bukan PNS dulu", "prohibited", "asn-sedang-cuti-tetap-netral"),
        # Javanese "takon … milih sopo": someone asks whom the asker will vote for
        ("Aku guru PPPK. Wali murid takon aku arep milih sopo, tak jawab durung ngerti. Aman?", "allowed", "guru-ditanya-murid-pilih-siapa"),
        # an office's own anniversary walk said to have nothing to do with the election ("sm" is "sama")
        ("besok upacara HUT Korpri, semua pegawai wajib ikut pake seragam korpri. gk ada hubungannya sm pemilu kan?",
         "allowed", "prinsip-tanpa-unsur-politik"),
        # giving up the acting post ("melepas pj") is the resignation asked about
        ("Pj bupati kami mau nyalon, paling lambat kapan dia melepas pj?", "info", "pj-mundur-sebelum-mencalonkan"),
        # asked whether they back an independent candidate, having never given their KTP: a name used
        ("tim KPU nanya apa bener sy dukung calon perseorangan, padahal sy gk pernah kasih KTP. sy PNS, gmn?",
         "info", "ktp-dicatut-calon-perseorangan"),
        # refusing what someone else wanted handed out: their handing out is what was refused
        ("sy guru PPPK, istri pak kades nitip kalender caleg buat dibagi ke wali murid. sy tolak, bener kan?",
         "allowed", "tolak-lapor-pemberian-calon"),
        # "sy sendiri nyaleg": the asker runs, and the PNS spouse asked about stays at home
        ("suami sy guru PNS, sy sendiri nyaleg DPRD kota. dia cuma di rumah, gk ikut kampanye. aman kan buat dia?",
         "allowed", "pasangan-calon-sehari-hari"),
        # a spouse on a campaign team, and the asker taking part in nothing ("gk ikut2 apa2")
        ("suami sy petani, jd tim sukses caleg DPRD. sy bidan PPPK. suami sy boleh kan? sy gk ikut2 apa2",
         "allowed", "keluarga-berpolitik-asn-tidak-ikut"),
        # a status named alone asks whether the rules bind it
        ("p3k juga?", "info", "pppk-wajib-netral"),
        ("sdh pensiun, bebas dong", "allowed", "pensiunan-pns-berpolitik"),
        # ... and told after the word PNS, it is still the retiree's status
        ("PNS yang telah pensiun boleh jadi jurkam?", "allowed", "pensiunan-pns-berpolitik"),
        # an official asking whether to impose it themself asks who imposes it, not about the act
        ("Pegawai PNS kami pasang bendera partai di mobil dinas. Bisa kepala dinas jatuhkan sendiri atau harus bupati?",
         "info", "siapa-menjatuhkan-hukuman-disiplin"),
        # Javanese: a neighbour gives ("nyukani") a shirt, the asker refuses it ("kulo tolak")
        ("tonggo kulo caleg nyukani kaos, kulo tolak. leres mboten?", "allowed", "tolak-lapor-pemberian-calon"),
        # gathering somewhere is being there; Betawi "aye" is the asker
        ("Aye PPPK, diajak tetangga ngumpul di posko paslon malem-malem. Boleh kagak?", "prohibited", "hadir-kampanye"),
        ("sy PNS, diajak ngumpul sama keluarga besar pas lebaran, boleh?", "allowed", "prinsip-tanpa-unsur-politik"),
        # the asker is not the ASN asked about: the asker's own role is not the ASN's ...
        ("Ibu saya guru PNS, saya wiraswasta jadi timses caleg. Ibu saya bisa kena sanksi?",
         "allowed", "keluarga-berpolitik-asn-tidak-ikut"),
        # ... in English, the ASN named only as the one asked for: the asker is the relative in politics
        ("My mother is a PNS nurse. I'm volunteering for a candidate in the regency election. Could she get in trouble because of me?",
         "allowed", "keluarga-berpolitik-asn-tidak-ikut"),
        # ... nor does it take the ASN's own prohibition away
        ("Adik saya guru PNS, kemarin dia jadi saksi partai di TPS. Saya anggota KPPS di situ. Dia melanggar?",
         "prohibited", "saksi-paslon-tps"),
        # put into a campaign group by someone else and left at once
        ("I was added to a WhatsApp group of a candidate's volunteers without being asked. I left right away. Am I in trouble?",
         "allowed", "dimasukkan-grup-pemenangan-langsung-keluar"),
        # English complaints asked where to file, now the KASN is gone
        ("The KASN no longer exists. Where should complaints about a campaigning civil servant go now?", "info", "kasn-dibubarkan-bkn"),
        # going to a rally is attending it (Minang "pai ka rapek kampanye")
        ("Ambo ASN. Buliah indak ambo pai ka rapek kampanye calon walikota, sakadar mandanga se?", "prohibited", "hadir-kampanye"),
        # "… itu siapa?" asks who
        ("sy kabid BKPSDM. ada rekomendasi bawaslu soal guru yg like postingan calon. yg wajib meriksa itu siapa?",
         "info", "siapa-menjatuhkan-hukuman-disiplin"),
        # the office a relative runs for is not the asker's office ("keponakan yg nyalon bupati")
        ("sy baru pensiun bulan lalu. boleh ikut jd tim sukses keponakan yg nyalon bupati?", "allowed", "pensiunan-pns-berpolitik"),
        # a private employee asking how to join a party is not asking about an ASN
        ("cara daftar jadi anggota partai gmn? sy swasta", None, None),
        # a foreigner living here asks about an Indonesian neighbour hosting his brother's meet-and-greet
        ("I'm a Dutch expat living in Bandung. My neighbour is a civil servant. His brother is running for the council and asked him to host a meet-and-greet in his yard. Is he allowed?",
         "prohibited", "keluarga-jadi-calon-bantu-kampanye"),
        # showing up is attending; a public screening of a debate is watching it
        ("Can a civil servant show up at a candidate pair's declaration event while on annual leave?", "prohibited", "hadir-deklarasi-calon"),
        ("Can an Indonesian civil servant attend a debate screening organised by the KPU in a public square?", "allowed", "nonton-debat-siaran"),
        # going somewhere with someone is attending it
        ("My wife is a PNS nurse. She wants to go with me to a governor candidate's rally just to listen. Is that a problem for her job?",
         "prohibited", "hadir-kampanye"),
        # the regency's election readiness parade is the government's event for no contestant
        ("sy guru PPPK. kepsek nyuruh semua guru pake seragam ikut apel kesiapan pilkada di alun2. boleh kan?",
         "allowed", "acara-pemilu-damai-penyelenggara"),
        # the bare quick-count figures are information; a caption celebrating "our" candidate is support
        ("sy PPPK, td mlm sy share link quick count dr TV ke grup RT, tanpa tulisan apa2. gpp kan?", "conditional", "bagikan-hasil-hitung-cepat"),
        ("sy PPPK, sy share quick count nya ke status WA + 'calon kita menang!! 🎉'. gpp kan?", "prohibited", "status-rayakan-kemenangan-calon"),
        # "stiker wajah caleg": a candidate's face put up is the sticker card's, though no candidate word is left over
        ("sy tempel stiker wajah caleg di motor pribadi sy. sy guru PPPK", "prohibited", "spanduk-baliho-stiker"),
        # an admin who deletes campaign posts from a community group does right (a campaign group's: see below)
        ("sy PPPK, admin grup wa arisan RT. ada yg kirim poster capres, sy hapus & bilang grup ini bebas kampanye. sy salah?", "allowed", "admin-grup-warga-ada-posting-kampanye"),
        # a candidate's banner named behind the photo's subject is in the background
        ("sy PPPK, foto bareng murid2 abis upacara, ternyata ada spanduk caleg di belakang. udh sy upload ke ig. gmn?", "conditional", "unggah-foto-latar-baliho-tidak-sengaja"),
        # what an admin deletes ("hapus semua broadcast caleg") is not what they share
        ("adik sy PNS, admin grup wa alumni. dia hapus semua broadcast caleg yg masuk. itu salah?", "allowed", "admin-grup-warga-ada-posting-kampanye"),
        # a place lent to the organisers for a polling station (not the asker serving as an officer)
        ("halaman kantor dinas kami mau dipake TPS sm KPPS, sy PNS disuruh bantu pasang tenda. boleh kan?", "allowed", "tempat-dipakai-tps-penyelenggara"),
        ("sy guru PNS, boleh jadi anggota KPPS di TPS dekat rumah?", "conditional", "asn-petugas-kpps-ppk"),
        # a parent in a wheelchair taken to vote: helping a voter, not a question on voting logistics
        ("hari H sy PPPK mau nganter bapak yg pake kursi roda ke TPS & dampingin dia di bilik, blh?", "allowed", "dampingi-keluarga-mencoblos"),
        # grumbling at the TV during a debate is talking, not commenting on a candidate's post
        ("istri sy PNS, tiap debat capres dia nonton di tv sambil ngomel2 sendiri. gpp kan?", "allowed", "nonton-debat-siaran"),
        # an acting head who wants to run: a condition (step down as Pj first), as for any ASN who runs, not a ban
        ("sy Pj bupati, ada partai nawarin sy maju pilkada. bisa ga sambil tetap jd Pj?", "conditional", "pj-mencalonkan-diri-pilkada"),
        ("The acting governor wants to run for governor. Can he?", "conditional", "pj-mencalonkan-diri-pilkada"),
        # English "a bupati candidate" is someone who runs, not a serving bupati (a state official)
        ("Can a village head (kades) campaign for a bupati candidate in our regency?", "prohibited", "kades-perangkat-kampanye"),
        ("My uncle retired from the civil service last year. Can he join the team of a bupati candidate?", "allowed", "pensiunan-pns-berpolitik"),
        # a post a hacker made is not one the asker made and must undo as their own
        ("akun fb sy dihack, tiba2 ada postingan dukung caleg di beranda sy. sy PNS, udh sy hapus. gmn?",
         "allowed", "akun-palsu-atau-diretas-memuat-kampanye"),
        # English plural "party members" is membership
        ("Are civil servants allowed to be party members if they hold no party office?", "prohibited", "anggota-partai-politik"),
        # whoever told the asker the rule holds the role, not the asker: the question is the act
        ("dulu panwascam bilang ASN boleh dateng kampanye asal diem aja. sy PNS, mau nonton kampanye cabup dr jauh, masih boleh kan?",
         "prohibited", "hadir-kampanye"),
        ("ketua KPPS bilang ASN boleh hadir kampanye asal pasif. sy guru PNS, bener?", "prohibited", "hadir-kampanye"),
        # ... and an official who stated a rule is its source (English plural "campaigns" too)
        ("In July 2024 the Home Affairs Minister said civil servants may attend campaigns passively. Does that still hold?",
         "prohibited", "hadir-kampanye"),
        ("Mendagri bilang ASN boleh datang ke kampanye asal pasif. sy PNS, masih berlaku?", "prohibited", "hadir-kampanye"),
        # regional and everyday words for handing out: Palembang "bagike" (asked "galak dak …?",
        # want to or not, which is a question, not a denial), "selipin" (slipped in)
        ("aku PNS di Palembang, galak dak aku bagike kalender caleg ke warga?", "prohibited", "pertemuan-ajakan-keberpihakan"),
        ("ada caleg titip stiker, sy selipin ke buku KIA ibu2 posyandu. boleh?", "prohibited", "pertemuan-ajakan-keberpihakan"),
        # "saksinya" is the candidate's polling-station witness, not a witness at a hearing
        ("adik sy nyaleg DPRD, minta sy jadi saksinya di TPS. sy guru PNS, boleh?", "prohibited", "saksi-paslon-tps"),
        # a candidate "numpang nyapa" at a school meeting asks for the floor
        ("sy kepsek SD negeri, ada caleg minta numpang nyapa wali murid pas rapat komite. sy izinkan aja?",
         "prohibited", "kegiatan-rutin-panggung-calon"),
        # a supervisor asking how long a summons must precede the examination (no ASN word in it)
        ("berapa hari kerja jarak surat panggilan dgn tanggal pemeriksaan? kalau tidak datang gimana?",
         "info", "pemanggilan-pemeriksaan-pns"),
        # "PNSnya", "ASNnya": the status with "-nya" is still the status
        ("pas diperiksa PNSnya gak mau tanda tangan BAP. sah ga pemeriksaannya?", "info", "pemanggilan-pemeriksaan-pns"),
        # "apakah saya berwenang …" asks who may impose it
        ("sy kadis, staf sy ikut kampanye pake atribut partai. apakah saya berwenang menjatuhkan hukuman sedang sendiri?",
         "info", "siapa-menjatuhkan-hukuman-disiplin"),
        # whose power a medium penalty is ("wewenang sy atau bupati?")
        ("sy kepala dinas. hukuman sedang buat staf yg ketahuan ikut kampanye itu wewenang sy atau bupati?",
         "info", "siapa-menjatuhkan-hukuman-disiplin"),
        # an office asking which rules or what process apply to its honorary staff or CPNS caught campaigning
        ("Kami BKPSDM. Honorer di dinas kami ketahuan ikut kampanye, pakai aturan apa?", "info", "sanksi-honorer-tidak-netral-oleh-atasan"),
        ("CPNS di kantor kami ketahuan ikut kampanye. prosesnya gimana?", "info", "cpns-melanggar-netralitas-pengangkatan"),
        # English: "on a campaign team" is a role; "forbidden to do" asks for the list; "acting regents", plural;
        # "come along" is going there
        ("Can a civil servant be on a candidate's campaign team in the governor election?", "prohibited", "asn-tim-sukses"),
        ("What are acting regents forbidden to do before the regional election?", "info", "larangan-pj-selama-pilkada"),
        ("I'm a PNS. Can I come along to my friend's campaign rally for the governor candidate?", "prohibited", "hadir-kampanye"),
        # the KPU's own count on Sirekap, shared bare, is the quick-count card's
        ("sy PPPK, share link hasil sirekap ke status WA tanpa komentar apa2. aman?", "conditional", "bagikan-hasil-hitung-cepat"),
        # a plain T-shirt ("kaos oblong polos") is no party's attribute
        ("sy guru PPPK, pas nyoblos pakai kaos oblong polos warna merah, gpp?", "allowed", "warna-baju-mirip-partai"),
        # a mock election whose candidates are the pupils themselves names no real candidate
        ("sy guru SD PPPK, mau bikin simulasi pemilu di kelas, calonnya siswa sendiri. boleh?", "allowed", "guru-ajar-materi-pemilu"),
        # a reunion photo with a friend who has since become a candidate is an old photo
        ("sy PPPK, di IG ada foto reuni kuliah bareng temen yg kini jadi caleg. wajib hapus?", "allowed", "foto-lama-sebelum-mencalonkan"),
        # when and where the official debate is, shared bare, is the election body's information; a like
        # given to it by accident needs no undoing
        ("sy guru PPPK, share info jadwal debat paslon dari berita ke grup WA keluarga, tanpa komentar. boleh?",
         "allowed", "konten-resmi-kpu-bawaslu"),
        ("sy PNS, tadi kepencet like postingan bawaslu soal jadwal debat cagub. perlu di-unlike?", "allowed", "konten-resmi-kpu-bawaslu"),
        # putting a banner up at a crossroads is no leaflet handed to the asker there
        ("adik sy relawan caleg, sy guru PNS bantuin dia pasang spanduk di perempatan. boleh?", "prohibited", "spanduk-baliho-stiker"),
        # an envelope of "petrol money" handed to voters before polling day is money politics, not a
        # campaign event's transport allowance
        ("malam sebelum nyoblos ada orang ngasih amplop 'uang bensin' ke semua warga, sy PPPK terima aja. aman?",
         "prohibited", "politik-uang-pemberian"),
        # going up on the stage beside a candidate spouse is being at the rally; on any other stage it is nothing political
        ("Sy bidan PNS, suami sy nyaleg DPR. Besok dia kampanye terbuka, sy diminta naik panggung mendampingi. Blm cuti. Boleh?",
         "prohibited", "kampanye-pasangan-tanpa-cltn"),
        ("sy guru PNS, pas perpisahan sekolah disuruh naik panggung nyanyi. boleh?", "allowed", "prinsip-tanpa-unsur-politik"),
        # Papuan Malay uncles and aunts ("bapa ade", "mama tua") are relatives; "bantu dia kampanye", helping
        # a candidate named by a pronoun, is helping the campaign
        ("sa PNS, sa pu bapa ade maju calon bupati. sa boleh bantu kampanye kah?", "prohibited", "keluarga-jadi-calon-bantu-kampanye"),
        ("adik sy nyaleg DPRD, sy PNS boleh bantu dia kampanye?", "prohibited", "keluarga-jadi-calon-bantu-kampanye"),
        # a candidate's "tim internal" is the campaign team, whose survey an ASN may not work on
        ("sy dosen PNS, diajak jadi enumerator survei buat tim internal cagub, dibayar. boleh?", "prohibited", "survei-internal-tim-calon"),
        # early retirement "sudah diajukan" with its decree "belum turun": still a PNS, no pensioner
        ("sy kabid, pensiun dini sy sudah diajukan tp SK pensiun dari BKN belum turun. boleh sy mulai pasang baliho nyaleg?",
         "prohibited", "pensiun-dini-belum-berlaku-urus-partai"),
        # a campaign T-shirt worn for exercise at home is worn at home
        ("sy PPPK, kaos caleg dari tetangga cuma sy pake buat olahraga di rumah. salah?", "allowed", "kaos-calon-dipakai-di-rumah"),
        # "boleh ga like?" asks about the like: "ga like" there denies nothing
        ("PNS boleh ga like postingan caleg?", "prohibited", "like-postingan-calon"),
        # a greeting inside the comment ("semangat bu") is not the one who posted
        ("sy PPPK, komen 'semangat bu' di postingan caleg DPRD. salah gak?", "prohibited", "komentar-postingan-calon"),
        # Pontianak Malay "kamek" is the asker
        ("Kamek guru PNS, kamek share video kampanye calon gubernur. Ape boleh?", "prohibited", "share-postingan-calon"),
        # "warga yg kebetulan tim sukses": the role is the resident's, whom the asker serves as anyone else
        ("sy staf kelurahan PNS, tetap layani surat keterangan usaha warga yg kebetulan tim sukses caleg kan?",
         "allowed", "melayani-calon-sebagai-warga"),
        # "nobar" (nonton bareng) is watching: a debate watched together at a coffee stall
        ("sy guru PPPK, diajak tetangga nobar debat cagub di warung kopi. boleh?", "allowed", "nonton-debat-siaran"),
        # Ambon and Papuan Malay kin ("beta pung kaka", "tete sa") and helping one named by a kin word
        ("Beta guru PNS, beta pung kaka nyalon DPRD. Beta bole ikut kampanye par kaka?", "prohibited", "keluarga-jadi-calon-bantu-kampanye"),
        ("sa PNS, tete sa maju caleg. sa bisa bantu tete kampanye ka?", "prohibited", "keluarga-jadi-calon-bantu-kampanye"),
        # "pencoblosan" (polling) names the event, not a person whose act the upload would be
        ("hari pencoblosan sy upload foto surat suara yg udah sy coblos. boleh?", "prohibited", "foto-surat-suara-tercoblos"),
        # coordinating a campaign convoy is a campaign role
        ("sy guru PPPK, disuruh timses jadi koordinator konvoi kampanye caleg hari sabtu. boleh?", "prohibited", "sopir-konvoi-kampanye-relawan"),
        # "a candidate's team" is the campaign team; a "paid consultant" to one takes a campaign role
        ("my husband is a PNS; may he join a fun run organised by a candidate's team?", "prohibited", "jalan-sehat-acara-tim-calon"),
        ("I'm a PNS lecturer. A candidate's team wants me as a paid consultant to draft his speeches. Allowed?",
         "prohibited", "asn-konsultan-tim-ahli"),
        # Indonesia named as the country asked about beside a comparison: the foreign country does not decline it
        ("For a paper comparing Malaysia and Indonesia: in Indonesia, may a civil servant join a political party?",
         "prohibited", "anggota-partai-politik"),
        # a sticker put on the asker's own car, nobody named as doing it, is there with the owner's leave;
        # one a neighbour put on without asking is not
        ("motor pribadi sy PPPK ditempel stiker caleg + nomor urutnya. kan motor sendiri, masa ga boleh?", "prohibited", "spanduk-baliho-stiker"),
        ("motor sy ditempel stiker caleg sama tetangga tanpa izin. sy PNS, gmn?", "allowed", "apk-dipasang-di-rumah-tanpa-izin"),
        # a candidate asking to be given the floor at the asker's family event asks the host to give it
        ("sy guru PNS, mau aqiqahan anak. caleg kenalan sy minta dikasih waktu sambutan. boleh?", "prohibited", "hajatan-jadi-ajang-dukungan"),
        # a fictional candidate with no name or number in an office sketch is no team's event
        ("lomba jalan sehat kantor, kami bikin drama ASN digoda timses, tokoh calonnya fiktif tanpa nama dan nomor. aman?",
         "conditional", "prinsip-netralitas"),
        # typing up a candidate's list of "pemilih binaan" at home is the team's paperwork
        ("sy PPPK, caleg kenalan minta sy rekap data pemilih binaan dia di laptop rumah, dibayar. boleh?",
         "prohibited", "bantu-siapkan-bahan-kampanye-di-rumah"),
        # the route a case takes ("alurnya") asks the procedure
        ("staf PPPK kami yg melanggar, rute penanganannya sama dgn PNS?", "info", "prosedur-sanksi-pppk"),
        # a neutral comment on the election bodies' own post is no support for anyone
        ("sy PNS, komen 'ayo datang ke TPS, jaga pemilu damai' di postingan KPU kabupaten. aman kan?", "allowed", "konten-resmi-kpu-bawaslu"),
        # a charity event at a mosque where a candidate is given a speech is no mere donation: the committee gives a candidate the floor
        ("sy PPPK panitia santunan anak yatim di masjid, kami undang caleg buat sambutan & bagi sembako. salah ga?",
         "prohibited", "pengurus-ibadah-beri-panggung-calon"),
        # a programme steered to a team's strongholds ("desa basis mereka") is authority used for a candidate
        ("Sy kabid di dinas PU (PNS). Timses petahana minta pengaspalan dipercepat khusus di desa basis mereka sebelum coblosan. Boleh?",
         "prohibited", "keputusan-program-menguntungkan-calon"),
        # an ASN voting again in a re-run (PSU) votes as anyone else
        ("sy PNS, pas PSU nanti boleh nyoblos lagi kan?", "allowed", "asn-hak-pilih"),
        # a shirt someone else hands out and the asker wears is the asker's sign; a shirt of one's own is not
        ("tetangga bagi kaos paslon, sy PNS pake buat kerja bakti di kampung hari minggu. gpp?",
         "prohibited", "kaos-calon-dipakai-di-tempat-umum"),
        # an "ASN Netral" shirt from the office is the neutrality campaign, not an attribute
        ("kantor bagi kaos 'ASN Netral' buat apel senin, sy pake juga pas jalan pagi hari minggu. gpp?",
         "allowed", "kaos-asn-netral-dari-kantor"),
        # "boleh atau tidak …?" and Ambon "bole ka seng …?" ask, as "boleh gak …?" does
        ("sy guru PNS, boleh atau tidak kasih like postingan calon gubernur?", "prohibited", "like-postingan-calon"),
        ("Beta guru PNS di Ambon. Beta bole ka seng kasih like postingan calon gubernur?", "prohibited", "like-postingan-calon"),
        # a pension decree whose TMT is still to come leaves the asker a PNS
        ("SK pensiun sy sudah keluar, tapi TMT-nya 1 Desember. Tim paslon ngajak sy jadi jurkam mulai sekarang. Boleh?",
         "prohibited", "pensiun-dini-belum-berlaku-urus-partai"),
        # a holiday in the campaign season is nothing political
        ("sy PNS ambil cuti tahunan liburan ke Lombok pas masa kampanye. boleh?", "allowed", "prinsip-tanpa-unsur-politik"),
        # preparing a candidate for a debate is working for the campaign
        ("sy dosen PNS diminta paslon bantu latihan debat, bikin materi jawaban. boleh?", "prohibited", "asn-konsultan-tim-ahli"),
        # reading the news is harmless; sharing it with praise is not
        ("sy PNS baca berita ttg calon X trs share ke grup WA guru dgn caption 'ini baru pemimpin, pilih dia'. boleh?",
         "prohibited", "share-postingan-calon"),
        # Papuan "pi kampanye" is going to the rally, and holding the microphone there is speaking, not giving the floor
        ("Sa PNS di Wamena, kaka sa calon bupati. Sa bole pi kampanye kah trus pegang mic kasi semangat?",
         "prohibited", "prinsip-tanda-dukungan"),
        # an office that "mau jatuhin" a penalty asks how to impose it, not whether the act was wrong
        ("Hukuman sedang sekarang bentuknya potong tukin atau masih yg model PP 53? Kami mau jatuhin ke ASN yg kampanye pake atribut partai.",
         "info", "hukuman-sedang-potong-tukin"),
        # colleagues in a photo after a flag ceremony are who is there, not a state resource put to use
        ("abis upacara 17an sy foto bareng pak camat sm temen2 kantor, pose biasa aja. sy honorer jg ikut. boleh diupload ke ig kan?",
         "allowed", "prinsip-tanpa-unsur-politik"),
        # an event the asker says has nothing to do with any candidate is told as plainly as an act
        ("minggu depan ada jalan sehat HUT kota dr pemkot. sy PNS ikut, ga ada hubungannya sama capres kan?",
         "allowed", "prinsip-tanpa-unsur-politik"),
        # words the asker tells pupils to pass on are the asker's call to vote; a place ("di kelas") is no speaker
        ("sy guru PNS, td keceplosan bilang ke murid kelas 6 \"bilang ke bapak ibu kalian pilih nomor 1 ya, dia baik\". sy nyesel, ini pelanggaran berat gk?",
         "prohibited", "sekolah-promosi-calon-ke-murid-wali"),
        ("sy guru PKn PNS, di kelas bilang ke murid kelas 12 'bilang ortu kalian pilih no 2 ya'. boleh?",
         "prohibited", "sekolah-promosi-calon-ke-murid-wali"),
        # "ga ambil cuti" is campaigning beside a candidate spouse without CLTN
        ("sy PNS, suami nyalon wabup. sy ikut dia keliling kampanye ke desa2 tapi ga ambil cuti. itu aman?",
         "prohibited", "kampanye-pasangan-tanpa-cltn"),
        # a thumbs-up for a school contest photo names no candidate: ⚠️, not the finger-pose ❌
        ("sy guru PPPK, kepala sekolah minta kami foto bareng pake seragam sekolah sambil acung jempol buat lomba sekolah sehat. lagi masa kampanye, aman?",
         "conditional", "pose-jari-acara-tanpa-calon"),
        # a wedding photo with the couple, a caleg's flowers only the setting, is no photo with the candidate
        ("kondangan ke tetangga, di pelaminannya ada karangan bunga dari caleg. sy foto sama pengantin di situ, salah ga?",
         "conditional", "unggah-foto-latar-baliho-tidak-sengaja"),
        # the asker, who is not the ASN, campaigns: the husband's neutrality is not touched
        ("suami sy PNS dinas PU, sy ibu rumah tangga. sy sendiri boleh kan jadi jurkam caleg? suami ga ikut",
         "allowed", "keluarga-berpolitik-asn-tidak-ikut"),
        # "sy sendiri pedagang, mau pasang": the asker, not the ASN wife, puts up the banner; asked whether she is liable
        ("Istri sy PNS guru. Sy sendiri pedagang, mau pasang spanduk caleg di toko sy. Istri bisa kena ga?",
         "allowed", "keluarga-berpolitik-asn-tidak-ikut"),
        ("Suami sy PPPK. Aku sendiri kerja di toko, mau tempel stiker capres di motor aku. Suami bisa kena ga?",
         "allowed", "keluarga-berpolitik-asn-tidak-ikut"),
        # a parent said to be no ASN who puts up a poster at their own kiosk: their act, not only a role
        ("ibu sy bukan PNS, dia tempel poster caleg di kiosnya sendiri. sy anaknya PNS guru, apa sy bisa kena?",
         "allowed", "keluarga-berpolitik-asn-tidak-ikut"),
        # a parent cooking for a team's meeting, the asker living apart and not helping ("gk ikut bantu")
        ("mama masak konsumsi buat rapat timses caleg di rumahnya. sy PNS tinggal terpisah, gk ikut bantu. aman?",
         "allowed", "keluarga-berpolitik-asn-tidak-ikut"),
        # "sy left dr grup … yg sy gk pernah gabung sendiri": put in by someone else and left
        ("sy PNS, sy left dr grup relawan paslon yg sy gk pernah gabung sendiri. aman?",
         "allowed", "dimasukkan-grup-pemenangan-langsung-keluar"),
        # a relief kitchen beside the volunteers' is still the relief card (control for the account the asker runs)
        ("sy tagana PNS, buka dapur umum pengungsian, di sebelahnya relawan paslon juga masak. boleh?",
         "allowed", "evakuasi-bencana-bersama-relawan-calon"),
        # "saya pribadi" is the asker named twice, like "saya sendiri"
        ("Bapak saya PNS. Saya pribadi sudah jadi relawan caleg dan ikut kampanye. Apakah bapak bisa kena sanksi?",
         "allowed", "keluarga-berpolitik-asn-tidak-ikut"),
        # ... but "dia" after it is someone else again: the ASN wife puts it up
        ("Istri sy PNS. Sy sendiri pedagang, dia mau pasang spanduk caleg di toko. boleh?", "prohibited", "spanduk-baliho-stiker"),
        # a PPPK spouse who keeps working as usual does not join her candidate husband's campaign
        ("My husband is a PPPK teacher and I'm running for the city council. He just keeps working at his school as usual. Fine, right?",
         "allowed", "pasangan-calon-sehari-hari"),
        # the government's own service post is no candidate's post, though the regent runs again
        ("bupati maju lagi, sy PPPK, boleh like postingan pemkab soal info banjir?", "allowed", "like-unggahan-layanan-pemda"),
        # a fun walk or exercise the party itself holds is its event, not a community one
        ("partai ngadain senam pagi di lapangan, calegnya ikut. sy PNS cuma ikut senam, boleh?",
         "prohibited", "jalan-sehat-acara-tim-calon"),
        # a thank-you party of the winner is a victory celebration
        ("The winning candidate is holding a thank-you party at his house. May civil servants attend?",
         "prohibited", "syukuran-kemenangan-calon"),
        # one candidate invited to address a school assembly
        ("The headmaster wants to invite only one mayoral candidate to address the school assembly. May a civil-servant teacher help organise it?",
         "prohibited", "forum-kampus-satu-calon"),
        # signing a customary agreement to give one candidate the village's votes is declaring support
        ("sy camat, tokoh adat minta sy ikut teken kesepakatan dukungan ke satu paslon. boleh?",
         "prohibited", "hadir-deklarasi-calon"),
        # the office's usual finger pose at an official event, no candidate in it: ⚠️, not ❌
        ("di foto acara dinas kami biasanya pose 2 jari 'salam kompak'. pas masa kampanye gini sebaiknya pose apa?",
         "conditional", "pose-jari-acara-tanpa-calon"),
        # "dtg" is "datang": attending a rally quietly at the back is still attending
        ("sy PNS, besok mau dtg kampanye akbar paslon di lapangan, cuma diem di belakang. aman?", "prohibited", "hadir-kampanye"),
        # a turnout reminder "whoever wins", its background only the colour of a party
        ("sy PNS bikin status WA 'siapapun pemimpinnya, jangan lupa nyoblos ya', backgroundnya merah, warna salah satu partai. salah?",
         "allowed", "ajakan-ke-tps-netral"),
        # joining a team's handout, the team's shirts are what the asker hands out (not merchandise sold)
        ("sablon kaos caleg udah jadi, timnya minta sy (PNS) ikut bagiin ke warga. boleh?", "prohibited", "simpan-antar-atribut-calon"),
        # a candidate's personal account is no campaign team's account to follow
        ("Can a PNS follow a candidate's personal Instagram account without liking anything?", "conditional",
         "follow-akun-resmi-calon-tanpa-reaksi"),
        # Acehnese "lon" (saya), "lakee" (minta), "jeut" (boleh); Palembang "diadoke" (diadakan)
        ("Lon ASN. Geuchik lakee lon keu saksi partai lokal. Jeut meunan?", "prohibited", "saksi-paslon-tps"),
        ("Wong kito PNS, pacak dak milu senam pagi yang diadoke partai?", "prohibited", "jalan-sehat-acara-tim-calon"),
        # a comment on the government's official account is no comment on a candidate's post
        ("sy PPPK, komen di ig resmi pemkot nanya jadwal pengangkutan sampah. walkotnya nyalon lagi, aman?",
         "allowed", "like-unggahan-layanan-pemda"),
        # lending one's house for a candidate's meeting, "cuma tuan rumah", is hosting the campaign
        ("sy guru PNS. timses caleg mau pinjam rumah sy buat kumpul warga sama calegnya, sy cuma tuan rumah aja. boleh?",
         "prohibited", "rumah-pribadi-tempat-kumpul-kampanye"),
        # Papuan "bantu kasih tau masyarakat" for a relative who runs is helping the campaign
        ("Sa guru PNS di Merauke. Sa pu om maju calon bupati, de minta sa bantu kasih tau masyarakat di kampung. Boleh ka?",
         "prohibited", "keluarga-jadi-calon-bantu-kampanye"),
        # driving a candidate to register at the KPU in an official car is no official trip
        ("sy sopir dinas PNS, disuruh antar cabup daftar ke KPU pake mobil dinas. boleh?", "prohibited", "fasilitas-negara-kampanye"),
        # voting for the empty box against a single candidate is voting
        ("pilbup kami calon tunggal lawan kotak kosong. sy PNS, di TPS nanti boleh ga sy coblos kotak kosong?", "allowed", "asn-hak-pilih"),
        # a plain shirt of a colour, "kaos merah polos", is a colour that may happen to match
        ("sy penyuluh PNS, ke balai desa pake kaos merah polos krn seragam dicuci. masa kampanye gini kena ga?",
         "allowed", "warna-baju-mirip-partai"),
        # "will I be disciplined" for not voting asks about a sanction there is none of
        ("As a PPPK nurse, if I skip voting on election day, will I be disciplined?", "info", "hoaks-asn-golput-disanksi"),
        # a free health check held by a party's women's wing is the party's own event
        ("di balai RT ada cek kesehatan gratis yang diadakan sayap perempuan sebuah partai. sy PNS mau antar bapak periksa kolesterol, boleh?",
         "prohibited", "jalan-sehat-acara-tim-calon"),
        # English "poll workers", "polling station officers" are the KPPS
        ("The KPU is recruiting poll workers for election day. Can a PPPK teacher apply?", "conditional", "asn-petugas-kpps-ppk"),
        # a guest's gift ("nyumbang") at a candidate's family celebration is the customary gift, not campaign money
        ("caleg ngadain syukuran nikahan anaknya sekalian galang dana kampanye. sy PNS boleh nyumbang?", "prohibited", "galang-dana-kampanye"),
        # "kampung sebelah" is the next village, where the rally is, not the asker being next to it
        ("sy PNS. minggu depan ada kampanye caleg di kampung sebelah, sy mau dtg dengerin aja. boleh?", "prohibited", "hadir-kampanye"),
        # the asker's photo on a campaign's banner, never agreed to, is footage used without consent
        ("Foto lama saya bareng teman kantor muncul di spanduk kampanye caleg. Saya tidak pernah kasih izin. Saya PNS, bagaimana?",
         "allowed", "terekam-video-kampanye-tanpa-izin"),
        ("My photo appeared on a mayoral candidate's campaign poster without my consent. I'm a civil servant. What should I do?",
         "allowed", "terekam-video-kampanye-tanpa-izin"),
        # "sy ikut pasang" after the friends' twibbon: the asker puts up the same twibbon
        ("temen2 pada pasang twibbon dukungan paslon di foto profil, sy ikut pasang. salah ga?", "prohibited", "twibbon-bingkai-atribut-foto"),
        # playing one candidate's campaign video to a class is promoting them to pupils
        ("sy guru PNS. di kelas sy putar video kampanye paslon bupati ke murid. boleh?", "prohibited", "sekolah-promosi-calon-ke-murid-wali"),
        # a would-be candidate's "sosialisasi" is their campaign event
        ("sy guru PNS, diminta jd MC acara sosialisasi bakal cabup di desa. boleh?", "prohibited", "panitia-mc-acara-kampanye"),
        # "suami PNS", bare, is the asker's husband: his help with the banner is the ASN's act
        ("sy ibu rumah tangga, suami PNS. adik sy nyaleg DPRD. boleh suami sy bantu pasang spanduk adik sy di depan rumah kami?",
         "prohibited", "spanduk-baliho-stiker"),
        # the asker, set apart from the ASN spouse ("sy sendiri"), asks leave for their own post
        ("istri sy PNS bidan. sy sendiri pedagang, boleh kan sy posting dukung capres di FB sy?", "allowed",
         "keluarga-berpolitik-asn-tidak-ikut"),
        # an English superior "telling everyone to vote for the incumbent": a call to vote, the superior's
        ("My kepala dinas posted in our office WhatsApp group telling everyone to vote for the incumbent regent. "
         "I'm a PPPK nurse. What should I do?", "info", "atasan-arahkan-dukung-calon-lapor"),
        # registering with the KPU told in a split phrase ("daftar calon walikota di KPU") is the
        # candidate's registration, and taking them there escorts it
        ("Kakak sy mau daftar calon walikota di KPU besok. Sy PNS, boleh antar dia?", "prohibited", "antar-calon-mendaftar-ke-kpu"),
        # on an assignment at a campaign (the card requires the assignment told): allowed, with its limits
        ("Sy perawat PNS, ditugasi dinkes jaga ambulans di kampanye akbar capres. aman?", "allowed", "tugas-dinas-di-kegiatan-calon"),
        # a candidate team's "free health clinic" is their charity event, not a duty or a patient served
        ("I'm a PNS doctor. A candidate's team runs a free health clinic and wants me to examine patients there. Allowed?",
         "prohibited", "nakes-baksos-kesehatan-calon"),
        # a threat heard ("kalau ga dukung bakal dimutasi"): the card on being threatened, not the
        # incumbent's reshuffle window, which is the official's question
        ("sy staf kecamatan, ada orang timses bilang ASN yg ga dukung bakal dimutasi. emang bisa?", "info",
         "diancam-mutasi-jika-tidak-mendukung"),
        # an honorer asking leave to be a party's poll witness or to attend a declaration asks about an act,
        # not whether the rules bind honorer staff (the status card, info)
        ("sy tenaga honorer di dinas PU, diminta partai jadi saksi di TPS. kan sy bukan ASN, boleh?", "prohibited",
         "honorer-ikut-kampanye"),
        ("sy honorer di puskesmas, diajak dateng ke deklarasi paslon bupati. honorer boleh kan?", "prohibited",
         "honorer-ikut-kampanye"),
        # approaching a party to be nominated with no CLTN told ("belum cuti"): the condition is unmet, so
        # the prohibited twin, not the card that allows it with CLTN
        ("sy PNS kabid, belum cuti apapun. boleh ikut fit and proper test partai buat cabup?", "prohibited",
         "asn-pendekatan-parpol-tanpa-cltn"),
        # delivering a relative's brochures to houses (Ambon "antar dia pung brosur ka rumah-rumah") is
        # helping his campaign, and appearing in a campaign video is a video of support
        ("Sy PNS, adik sy nyaleg. sy bantu antar brosurnya ke warga malam2, ga pake seragam. boleh?", "prohibited",
         "keluarga-jadi-calon-bantu-kampanye"),
        ("May a PNS teacher appear in a campaign video for a mayoral candidate, praising his school plan?", "prohibited",
         "tampil-video-dukungan-calon"),
        # a CPNS who gives their status ("lagi latsar", "blm SK 100%") and asks leave for an act asks about
        # the act; whether a breach can stop the appointment is the CPNS card's question
        ("sy CPNS lagi latsar, blm SK 100%. boleh like postingan capres? kan blm PNS", "prohibited", "like-postingan-calon"),
        ("CPNS kami yang masih latsar ketahuan share flyer caleg. bisa gagal diangkat jadi PNS?", "info",
         "cpns-melanggar-netralitas-pengangkatan"),
        # a "pakta integritas" whose content is to win for a candidate is partisan, whoever signs it
        ("pj minta sy cetak pakta integritas yg isinya siap memenangkan paslon 1, trus edarkan ke camat. sy asn, gmn?",
         "prohibited", "pakta-dukungan-calon"),
        # Betawi "kagak PNS" (not a civil servant) and "kagak ikut-ikutan" (not joining in): the spouse's
        # politics, the ASN not in it
        ("Aye guru PNS. Bini aye kagak PNS, mau jadi tim sukses caleg. Aye kagak ikut-ikutan, aman kan?", "allowed",
         "keluarga-berpolitik-asn-tidak-ikut"),
        # someone said to be no ASN (the asker's own occupation, a spouse "bukan ASN") who takes part in
        # politics beside the ASN: the card on relatives' politics, the ASN not in it
        ("sy wiraswasta, suami sy guru PNS. sy mau ikut kampanye caleg. boleh kan?", "allowed",
         "keluarga-berpolitik-asn-tidak-ikut"),
        ("suami sy bukan ASN, dia mau jadi relawan capres. sy bidan PNS, apa harus sy larang?", "allowed",
         "keluarga-berpolitik-asn-tidak-ikut"),
        # registering told with more words between "daftar" and the body ("daftar bakal calon bupati ke
        # KPU") is still the registration, and driving the family convoy to it is taking part
        ("Pakde sy daftar bakal calon wali kota ke KPU lusa, keluarga konvoi nganter. Sy PPPK, boleh ikut nyetir?",
         "prohibited", "antar-calon-mendaftar-ke-kpu"),
        # English "who actually imposes the penalty" asks who decides; a reporter's identity asks about
        # reporting without a name; a forum the election supervisors run for every candidate is theirs
        ("A civil servant was found campaigning. Who actually imposes the penalty on him?", "info",
         "siapa-menjatuhkan-hukuman-disiplin"),
        ("If I report my boss for campaigning, will the reporter's identity be protected?", "info",
         "lapor-netralitas-tanpa-nama"),
        ("Can a PNS go to a forum by the election supervisory agency where every candidate signs an anti-money-politics pledge?",
         "allowed", "acara-pemilu-damai-penyelenggara"),
        # a poster for neutrality or for going to vote with no candidate is not a campaign attribute; Papuan
        # "pi dengar" (go and listen) to a campaign is attending it
        ("sy guru PPPK, mau posting poster 'ASN netral, ayo ke TPS' tanpa nama calon di IG. boleh?", "allowed",
         "ajakan-ke-tps-netral"),
        ("Sa PNS guru. Sa boleh pi dengar kampanye calon gubernur di lapangan ka?", "prohibited", "hadir-kampanye"),
        # English "employees of state-owned enterprises" are BUMN staff, whom the ASN rules do not bind
        ("Are employees of state-owned enterprises in Indonesia covered by the neutrality rules for civil servants?",
         "info", "karyawan-bumn-bumd-bukan-asn"),
        # English "join a candidate's campaign team" takes the role, not only names the team
        ("My sister is a PNS nurse. Can she join a candidate's campaign team on weekends?", "prohibited",
         "asn-tim-sukses"),
        # the election commission's mascot or fun run is the election body's, for every contestant
        ("May a PPPK wear the KPU mascot T-shirt at a fun run organised by the KPU?", "allowed", "ajakan-ke-tps-netral"),
        # a comment that only urges going to vote, and explaining how to mark the ballot, are the neutral call
        ("sy PPPK komen 'ayo ke TPS, jangan golput' di postingan kecamatan. boleh kan?", "allowed", "ajakan-ke-tps-netral"),
        ("Can a civil servant explain to his neighbours how to mark the ballot correctly?", "allowed", "ajakan-ke-tps-netral"),
        # ... also in English ("would be moved to remote schools if they don't back …")
        ("A campaigner said nurses would be moved to remote clinics if they don't support his candidate. True?", "info",
         "diancam-mutasi-jika-tidak-mendukung"),
        # a candidate's banner that only happens to be in the frame of a photo of something else
        ("Saya guru PNS, mau kirim foto jembatan rusak ke grup desa, tapi ada spanduk caleg yang ikut kefoto di belakang. boleh?",
         "conditional", "unggah-foto-latar-baliho-tidak-sengaja"),
        # the election commission's official announcement or poster shows every contestant equally
        ("sy admin IG dinas, boleh repost pengumuman resmi KPU soal nomor urut paslon?", "allowed", "konten-resmi-kpu-bawaslu"),
        ("Can a PNS hang the election commission's official poster of every candidate pair on his fence?", "allowed",
         "acara-pemilu-damai-penyelenggara"),
        # an extension worker ("penyuluh", stemmed like "penyuluhan") asked to be a candidate's poll witness
        ("sy PNS penyuluh pertanian di kecamatan. satu paslon minta sy jadi saksi mereka di TPS, ada honornya. boleh?",
         "prohibited", "saksi-paslon-tps"),
        # appearing in a video made together with the incumbent's campaign jargon is a campaign video
        ("sy staf dinas, atasan ngajak bikin video bareng pakai jargon kampanye petahana buat FB. boleh sy ikut?",
         "prohibited", "tampil-video-dukungan-calon"),
        # "pilih lagi petahana" in a caption is a call to vote
        ("sy PNS, boleh repost infografis jalan baru kabupaten dgn caption 'pilih lagi petahana'?", "prohibited",
         "share-postingan-calon"),
        # gathering ID-card copies for an independent candidate's nomination is collecting support for him
        ("sy PNS, disuruh mengumpulkan fotokopi KTP tetangga buat syarat calon perseorangan. gmn?", "prohibited",
         "surat-dukungan-ktp"),
        # the campaign's WhatsApp group ("grup wa pemenangan") is the campaign team's
        ("pns gabung grup wa pemenangan, boleh?", "prohibited", "follow-grup-akun-pemenangan"),
        # minding the children at home while the spouse campaigns is taking no part (the card on keeping
        # house while a relative campaigns since round eighty-one; the family-takes-part card before)
        ("sy PNS, suami sy (bukan ASN) nyaleg. tiap minggu dia kampanye, sy jaga anak2 di rumah aja. aman kan?", "allowed",
         "urus-rumah-saat-keluarga-jadi-calon"),
        # a regency's spokesperson speaks for the office, as its official account does
        ("Can a regency's spokesperson, a civil servant, tell reporters he hopes the incumbent wins again?",
         "prohibited", "akun-resmi-pemda-tampilkan-calon"),
        # a parent asking whether a grown child's volunteering falls on them takes no part in it
        ("Anak sy 19 thn mau jadi relawan caleg, bagi2 brosur di kampus. sy PNS. apa sy kena juga? perlu sy larang?", "allowed",
         "keluarga-berpolitik-asn-tidak-ikut"),
        # Javanese "kedah manut": must I obey the superior who urges a choice?
        ("Kadis ngirim WA ngajak pegawe milih salah satunggaling paslon. Kula kedah manut?", "info",
         "atasan-arahkan-dukung-calon-lapor"),
        # a spouse's food stall selling to a campaign team at the usual price is an ordinary order
        ("sy guru PNS, istri sy buka warung nasi. tim sukses caleg pesen 40 nasi bungkus harga biasa, dibayar lunas. gpp kan?",
         "conditional", "usaha-terima-pesanan-tim-calon"),
        # a voting simulation with the KPU's sample ballot is voter education, its numbers no candidate's
        ("sy guru PNS, waktu simulasi pemungutan suara di kelas pakai contoh surat suara dari KPU, sy tunjukkan nomor urut buat jelasin cara nyoblos. aman?",
         "allowed", "acara-pemilu-damai-penyelenggara"),
        # a family-planning village's routine meeting ("pertemuan rutin kampung KB") held in the campaign season
        ("sy PLKB PNS. pertemuan rutin kampung KB jatuh di masa kampanye, materinya gizi balita. tetap jalan kan?",
         "allowed", "program-rutin-saat-kampanye"),
        # the regency's social-media admin ("admin medsos pemkab") runs an official account
        ("sy admin medsos pemkab, atasan minta tiap postingan program pemkab dikasih slogan petahana. nurut aja?", "prohibited",
         "akun-resmi-pemda-tampilkan-calon"),
        # "kepsek" is a head teacher, an ASN, so a legislator's party logo on the school's banner is ours to answer
        ("sy kepsek SMP negeri. anggota DPRD mau bantu dana lomba, minta logo partainya dipasang di spanduk sekolah. boleh?",
         "prohibited", "fasilitas-negara-kampanye"),
        # a poll witness's allowance is no vote-buying: the witness card, not money politics
        ("sy PNS, ada paslon minta sy jadi saksi mereka di TPS, dikasih uang saku. boleh?", "prohibited", "saksi-paslon-tps"),
        # English plurals: "photos" are photos (no stemmer for English)
        ("I'm a PNS. Can I send photos of the broken bridge to the village group if a candidate's banner is in the background?",
         "conditional", "unggah-foto-latar-baliho-tidak-sengaja"),
        # an asker who registers as a volunteer ("sy daftar jadi relawan") takes the role, and one who is no ASN is free to
        ("ibu sy guru PNS, sy sendiri karyawan swasta bukan ASN. boleh sy daftar jadi relawan caleg DPRD?", "allowed",
         "keluarga-berpolitik-asn-tidak-ikut"),
        # only walking down the corridor past a campaign held in the next hall is being near it
        ("sy PNS ikut bimtek di hotel, ruang sebelah lagi ada kampanye cagub. sy cuma lewat lorong mau ke lift. aman?", "allowed",
         "dekat-lokasi-kampanye"),
        ("sy PNS naik motor, terjebak iring-iringan kampanye caleg, jadi sy minggir nunggu. sy salah ga?", "allowed",
         "dekat-lokasi-kampanye"),
        # joining a group or channel named as a candidate's ("join a candidate's … channel") is the asker joining it
        ("Is a PPPK allowed to join a DPRD candidate's volunteer Telegram channel if she only reads it?", "prohibited",
         "follow-grup-akun-pemenangan"),
        # telling people a programme goes on only if the incumbent wins slips support into one's talk
        ("sy bidan PNS, pas posyandu boleh ga sy bilang ke ibu2 PMT gratis cuma lanjut kalau petahana menang?", "prohibited",
         "sambutan-selipkan-dukungan-calon"),
        # naming one's own choice on camera is a public statement of support; answering that it is secret is not
        ("sy PNS ditanya reporter TV siapa yg akan sy pilih, boleh sy sebut pilihan saya di depan kamera?", "prohibited",
         "nyatakan-pilihan-di-depan-kamera"),
        ("My husband is a PNS. A local TV station wants to interview him on camera about which candidate he supports. Can he say it?",
         "prohibited", "nyatakan-pilihan-di-depan-kamera"),
        ("sy PNS, tetangga nanya pilihan sy, sy jawab rahasia. aman kan?", "allowed", "guru-ditanya-murid-pilih-siapa"),
        # a neutrality declaration signed with the army and police is the guideline's pledge, not a soldier's question
        ("Pemda minta semua camat ikut deklarasi netralitas ASN TNI Polri di lapangan kantor bupati. Sy camat, ikut ya?", "allowed",
         "ikut-deklarasi-ikrar-netralitas"),
        # gathering ID-card copies is support for a candidate when it is for one (an independent's support list) ...
        ("sy PNS disuruh kumpulin fotokopi KTP warga buat dukungan calon perseorangan, boleh?", "prohibited", "surat-dukungan-ktp"),
        # a superior asked who signs a staff member's permission to serve on an election committee is told
        # how the permission works; an ASN whose head "sudah kasih izin" still asks whether they may serve
        ("sy kepsek. guru honorer sy yg udah PPPK mau daftar KPPS, siapa yg tanda tangan izinnya, sy atau dinas?",
         "info", "izin-atasan-anggota-adhoc"),
        ("sy guru PNS ditawari jadi anggota KPPS, kepsek sudah kasih izin tertulis. boleh ya?", "conditional",
         "asn-petugas-kpps-ppk"),
        # a committee named as the source or addressee of something is the body the asker serves or
        # thanks; one the asker joins stays the asker's role
        ("sy camat, boleh ga posting ucapan terima kasih buat para petugas PPS dan KPPS di ig kecamatan?", "allowed",
         "sebar-info-kegiatan-resmi-penyelenggara"),
        ("sy guru PNS, daftar jadi anggota KPPS ke PPS desa. boleh?", "conditional", "asn-petugas-kpps-ppk"),
        ("sy guru PNS mau daftar ke PPS buat KPPS pilkada, boleh?", "conditional", "asn-petugas-kpps-ppk"),
        # "ada anggota share …": some of the group's members share; the admin who removes it moderates
        ("sy PNS admin grup wa alumni. ada anggota share poster paslon, boleh sy hapus & ingetin aturan grup?", "allowed",
         "admin-grup-warga-ada-posting-kampanye"),
        # a like on what someone else posted is a like on the candidate in it
        ("sy PPPK. temen posting foto caleg di grup, sy like. boleh?", "prohibited", "like-postingan-calon"),
        # a passive ordered of the asker ("disuruh atasan ditempeli") is the asker's to do
        ("sy PNS dinsos, paket bansos disuruh atasan ditempeli stiker wajah bupati yg lagi nyalon lagi. ikutin aja?",
         "prohibited", "bansos-diatur-untuk-petahana"),
        # staying silent in a campaign group one was added to is staying in it
        ("sy PNS, dimasukin ke grup wa pemenangan cabup sm temen. boleh sy diem aja di grup?", "prohibited",
         "dimasukkan-grup-pemenangan-tetap-menyebar"),
        # a refusal supposed or asked for is no refusal made: the office is still the one lent
        ("caleg A minta pinjem aula kantor buat temu relawan, caleg B minta sy tolak. sy kasubag umum, boleh sy kasih?",
         "prohibited", "pinjamkan-gedung-peralatan-kantor"),
        # ... and a refusal made answers whether it was right
        ("ada tamu caleg nitip kalender di meja loket kelurahan. sy kembalikan ke dia, kantor ga boleh dipake kampanye. udah bener?",
         "allowed", "tolak-lapor-pemberian-calon"),
        # a team passing by and handing out is the team's act; the sticker taken is what the asker received
        ("sy PNS lg di warung, relawan capres keliling bagiin stiker, sy terima trus sy simpen di tas. gpp?", "allowed",
         "menerima-bahan-kampanye"),
        # a number that matches a ballot number by chance is no sign of support
        ("nomor rumah sy 1, kebetulan sama nomor urut paslon. sy PPPK, perlu sy ganti?", "allowed", "angka-kebetulan-nomor-urut"),
        # what anyone may have is what a campaign team may have
        ("sy PNS di BPS, timses caleg minta link data pengangguran yg udah ada di web, sama kaya ke siapa aja yg minta. boleh?",
         "allowed", "informasi-publik-untuk-tim-calon"),
        # a blood drive no candidate runs, in the campaign period, is a blood drive
        ("May a civil servant give blood at the hospital's blood drive during the presidential election campaign?", "allowed",
         "baksos-donor-darah-bukan-calon"),
        # a body named right after an event holds it: the shirt worn there is the asker's
        ("sy PPPK dtg ke sosialisasi kpu pake kaos caleg nomor 3, boleh kan krn acara kpu?", "prohibited",
         "kampanye-atribut-partai-pns"),
        # saying how great a candidate's programme is, in a campaign video at a service, is praise
        ("My aunt is a civil-servant midwife. A candidate wants to shoot a campaign video at her posyandu with her explaining "
         "how great his health programme is. Can she agree?", "prohibited", "layanan-rutin-diselipi-ajakan-memilih"),
        # aid held back until a candidate can come hand it over is aid timed for him
        ("sy PNS dinsos, kadis minta penyerahan bantuan banjir ditunda sampe caleg partai Y bisa hadir. ikutin aja?",
         "prohibited", "bansos-diatur-untuk-petahana"),
        # running a candidate's social-media account is work for the campaign, not a group admin's
        ("sy PPPK, ditawarin jadi admin akun tiktok paslon bupati, digaji. boleh?", "prohibited", "asn-konsultan-tim-ahli"),
        # whispering to people "so that they vote for him" is a call to vote for him
        ("sy PNS, lurah yg nyalon minta sy bisikin warga yg antri di kantor supaya milih dia. boleh?", "prohibited",
         "pertemuan-ajakan-keberpihakan"),
        # what a candidate's gift is conditioned on ("asal namanya diumumin") is the host's to let happen
        ("sy PNS, ketua panitia pengajian akbar RW. caleg mau nyumbang tenda asal namanya diumumin MC. boleh sy terima?",
         "prohibited", "sumbangan-calon-bersyarat-promosi"),
        # a ballot number naming the one who comes is that candidate, not a number the asker shows
        ("sy PNS guru, jadi panitia pentas seni sekolah. calon bupati nomor 1 datang nonton, duduk di depan. sy cuma ngatur acara. gpp?",
         "allowed", "wisuda-acara-sekolah-calon-jadi-pembicara"),
        # driving food to a candidate's post in an official car is using the car; letting a team use a
        # hall ("minta izin pakai aula … boleh kami izinkan?") is lending it
        ("sy sopir PNS di dinas, disuruh pake mobil dinas antar nasi ke posko caleg. boleh?", "prohibited",
         "kendaraan-dinas-dipakai-timses"),
        ("sy kepala puskesmas. tim caleg minta izin pakai aula puskesmas buat senam bareng warga. boleh kami izinkan?",
         "prohibited", "pinjamkan-gedung-peralatan-kantor"),
        # a public broadcaster's journalist sent to cover a rally works; the KPU's request for network support
        # is help to the election body, not "dukungan" for a candidate
        ("sy PNS wartawan di TV milik pemda, redaksi nugasin sy liput kampanye akbar paslon. boleh dateng?", "allowed",
         "jurnalis-asn-liput-kampanye"),
        ("sy PNS diskominfo, kpu minta dukungan jaringan internet buat rekapitulasi suara. sy ditugasi pasang. boleh?", "allowed",
         "asn-ditugaskan-bantu-penyelenggara"),
        # a question that opens with helping someone ("boleh ga bantu istri bagiin …") asks about the asker doing it
        ("boleh ga bantu istri bagiin kalender caleg di pasar? sy PNS", "prohibited", "simpan-antar-atribut-calon"),
        # a witness before Bawaslu gives evidence; a candidate's witness at a polling station is another role
        ("pns jadi saksi di bawaslu", "allowed", "bersaksi-sengketa-hasil-pemilu"),
        # a campaign next door: going to sit and listen to the speech is attending it; watching from the
        # porch is being near it, and a candidate who comes to the market is the candidate's coming
        ("ada kampanye caleg di balai RT sebelah rumah. sy PNS mampir duduk di belakang dengerin pidatonya sampe habis. boleh?",
         "prohibited", "hadir-kampanye"),
        ("ada kampanye di lapangan sebelah rumah, sy PNS cuma liat dari teras. gpp?", "allowed", "dekat-lokasi-kampanye"),
        ("Sa guru PNS. Kemarin cabup datang ke pasar jadi sa lihat-lihat dari jauh sa pu kios. Betul ka sa bisa kena?", "allowed",
         "dekat-lokasi-kampanye"),
        # riding past a declaration without stopping is being near it, as a photo of the crowd shows
        ("sy PPPK, lewat depan deklarasi paslon di alun2 tp gk mampir. ada yg foto sy. aman?", "allowed", "dekat-lokasi-kampanye"),
        ("sy guru, kmrn naik motor lewat rapat akbar caleg, nggak berhenti sama sekali. kena?", "allowed", "dekat-lokasi-kampanye"),
        # a vote target for a candidate is a call to win votes for him, whatever the season; a turnout target is the KPU's
        ("sy camat, minta tiap kades kasih target suara buat pak bupati lama minimal 70%. belum masa kampanye kan, aman?",
         "prohibited", "kades-dukungan-program-desa"),
        ("target suara partisipasi pemilih di desa kami 80%, sy PNS bantu sosialisasi ke TPS. boleh?", "allowed", "ajakan-ke-tps-netral"),
        # "pilih putra daerah" where one candidate is the local one is a coded hint, beside a call to the TPS too
        ("sy guru PNS bilang ke wali murid 'pilih putra daerah ya' pas pilkada, cuma 1 calon yg asli sini. aman?", "prohibited",
         "sekolah-promosi-calon-ke-murid-wali"),
        ("sy PNS, di grup RT sy tulis 'ayo ke TPS, pilih anak asli daerah'. boleh?", "prohibited", "larangan-politik-praktis"),
        # a BPD member whose coffee shop serves both teams runs a business; joining a team is the campaign
        ("sy anggota BPD, buka warung kopi. timses dua cabup sering ngopi di warung sy. gpp?", "conditional",
         "usaha-terima-pesanan-tim-calon"),
        ("anggota BPD jadi tim sukses paslon, boleh?", "prohibited", "bpd-tim-kampanye"),
        # moving a fallen billboard off the road is clearing it, not showing support; putting it back up is installing it
        ("pohon sm baliho caleg tumbang ke jalan abis hujan, sy PNS geser balihonya ke pinggir biar mobil bisa lewat. aman?", "allowed",
         "geser-baliho-roboh"),
        ("sy pns, baliho capres depan rumah roboh, sy pasang lagi biar tegak. boleh?", "prohibited", "spanduk-baliho-stiker"),
        # ... but a photo taken with the candidate on the way home is a photo with the candidate
        ("sy PNS foto bareng cabup pas pulang kerja, aman?", "prohibited", "foto-bersama-calon"),
        # (phone questions after the round's last change) a prize offered on a condition; a TVRI reporter sent to cover a rally
        ("sy PPPK ketua panitia 17an RT. caleg mau nanggung hadiah lomba asal spanduknya dipasang di panggung. boleh terima?",
         "prohibited", "sumbangan-calon-bersyarat-promosi"),
        ("My wife is a PNS reporter at TVRI. Her editor sent her to cover a governor candidate's rally. Is that allowed?", "allowed",
         "jurnalis-asn-liput-kampanye"),
        ("tim paslon minta data harga cabai resmi yg udah di web dinas, sy PPPK di dinas pertanian. boleh kirim linknya kaya ke warga lain?",
         "allowed", "informasi-publik-untuk-tim-calon"),
        # a refusal is answered by the refusal card, not by the card on serving a candidate
        ("sy PNS, kemarin ada caleg titip kalender di loket kelurahan, sy kembalikan ke dia. bener kan?", "allowed",
         "tolak-lapor-pemberian-calon"),
        # the election body's request for network support is no cheering at an official event
        ("I'm a civil servant. The district KPU asked our office for internet network support for the vote recap, and I was "
         "assigned to set it up. OK?", "allowed", "asn-ditugaskan-bantu-penyelenggara"),
        # the one summoned as a witness gives the evidence, whoever's campaign it is about
        ("sy pns, kepala desa kami kampanye buat paslon, sy dipanggil bawaslu jadi saksi. harus dateng?", "allowed",
         "bersaksi-sengketa-hasil-pemilu"),
        # (README commands in a fresh clone) a Red Cross blood drive "pas kampanye" is the Red Cross's, in the campaign season
        ("sy PNS ikut donor darah PMI pas kampanye, boleh?", "allowed", "baksos-donor-darah-bukan-calon"),
        ("bolehkah PNS donor darah di acara kampanye paslon?", "prohibited", "nakes-baksos-kesehatan-calon"),
        # (phone question) a candidate's "silaturahmi" is the candidate's gathering; a Lebaran visit stays a visit
        ("pak sy guru pppk, kepsek nyuruh kami semua dateng ke acara silaturahmi cabup di gedung pgri, absen katanya. harus dtg?",
         "prohibited", "hadir-kampanye"),
        ("sy pns, mau silaturahmi lebaran ke rumah tetangga yg jadi caleg, boleh kan?", "allowed", "hadir-pernikahan-hajatan-calon"),
        # (phone question) a birthday at the asker's home is the asker's event: a candidate invited is a guest
        ("sy pns, ultah anak sy besok, tetangga yg caleg diundang juga. boleh?", "allowed", "calon-datang-ke-hajatan-saya"),
        # ... and a family photo there is asked about as a photo with a candidate (do not post it), not as a partisan gathering
        ("aku pns, ibuku ultah ke 60, ngundang tetangga yg caleg. boleh aku ikut foto bareng keluarga?", "prohibited",
         "foto-bersama-calon"),
        # an order to take down one side's banners and leave the other's ("… biarin walau …") is one-sided enforcement
        ("sy PNS satpol pp, kasi trantib nyuruh turunin spanduk caleg partai A, yg partai B biarin walau sama2 melanggar. boleh?",
         "prohibited", "penertiban-apk-pilih-kasih"),
        # (phone question) a jersey is worn like a shirt, and "nomor urut caleg" is the candidate's number, not running
        ("sy PNS, main futsal pakai jersey bergambar nomor urut caleg, ga ada hubungannya sm pemilu kan?", "prohibited",
         "kaos-calon-dipakai-di-tempat-umum"),
        ("sy ASN, nonton bola pakai jersey bola nomor punggung 02, fotonya sy upload ke ig. aman?", "allowed",
         "prinsip-tanpa-unsur-politik"),
        # (phone question) driving a candidate "ke kpu buat daftar" is escorting the registration, whatever the asker calls it
        ("sy PNS, dimintai tolong tetangga yg caleg nyetir mobil ke kpu buat daftar, cuma nyetir doang, ga ada urusan politik. boleh?",
         "prohibited", "antar-calon-mendaftar-ke-kpu"),
        ("sy PPPK, disuruh kepsek ikut nganter paslon bupati daftar ke kpu. boleh?", "prohibited", "antar-calon-mendaftar-ke-kpu"),
        # Bawaslu's "peta kerawanan" (map of vulnerable areas) is no volunteer ("relawan" stems apart)
        ("sy pns kecamatan, disuruh siapin ruangan buat rapat pemetaan kerawanan pemilu dari bawaslu. boleh?", "allowed",
         "prinsip-kegiatan-penyelenggara"),
        # "sayang kalau tidak dilanjutkan" about an incumbent running again asks for his continuity
        ("camat sambutan, nyelipin 'program wali kota sekarang sudah bagus, sayang kalau tidak dilanjutkan'. wali kota nya nyalon lg. salah?",
         "prohibited", "sambutan-selipkan-dukungan-calon"),
        # passing on the rules themselves is no campaign content, though the rule names a candidate or a campaign
        ("sy pppk, boleh share infografis netralitas dari bawaslu ke grup keluarga? isinya larangan asn ikut kampanye", "allowed",
         "sebar-aturan-netralitas"),
        ("sy pns, forward klarifikasi resmi bkpsdm ke grup kantor: calon dari asn wajib mundur. aman?", "allowed",
         "sebar-aturan-netralitas"),
        ("sy pns, share video paslon sambil nulis 'pilih yg jujur' boleh?", "prohibited", "share-postingan-calon"),
        # "nampilin" (to perform) is no "nempelin" (to stick up), and every pair welcomed alike is the KPU's own stage
        ("kpu minta sanggar kami nampilin tari buat nyambut semua paslon yg daftar. sy guru pns pendamping, boleh?", "allowed",
         "prinsip-kegiatan-penyelenggara"),
        # (phone question) attending a debate "as audience" is watching it
        ("is it ok for me as a PNS to attend a candidate debate at the university as audience?", "allowed", "nonton-debat-siaran"),
        # Malay "dah pencen" is retired, and "what could happen to him" asks for the penalty
        ("Atok saya dah pencen, boleh ke jadi jurkam caleg?", "allowed", "pensiunan-pns-berpolitik"),
        ("A camat campaigned door to door with a candidate. What could happen to him?", "info", "sanksi-ikut-kampanye"),
        # office-group evidence "bocorin ke bawaslu" is a report, not an election secretariat's leak
        ("sy pns, isi grup wa kantor sy bocorin ke bawaslu sbg bukti temen yg kampanye paslon. sy melanggar ga?", "info",
         "cara-lapor-pelanggaran"),
        # a candidate's parade float, campaign-poster design, a team's strategy meeting and "pilih paket nomor …" are campaign acts
        ("sy pns, diajak naik mobil hias paslon pas konvoi, cuma duduk lambai2. boleh?", "prohibited", "sopir-konvoi-kampanye-relawan"),
        ("My brother is a candidate. May I, a PNS, design his campaign posters at home?", "prohibited",
         "bantu-siapkan-bahan-kampanye-di-rumah"),
        ("A campaign team asked me, a PNS analyst, to join their internal strategy meeting. Can I go?", "prohibited", "hadir-kampanye"),
        ("di video dinas sy tambahin 'pilih paket nomor 2 ya'. sy pns, bahaya ga?", "prohibited", "pertemuan-ajakan-keberpihakan"),
        # handing a candidate the microphone is giving him the floor; sparing one side's banner is one-sided enforcement
        ("At my brother's wedding a candidate asked to speak about his programme and my wife, a PNS teacher, handed him the microphone. Is that a problem?",
         "prohibited", "hajatan-jadi-ajang-dukungan"),
        ("pas penertiban baliho, lurah bilang baliho caleg X jgn diturunin, turunin yg lain aja. sy pns satpol pp ikut aja. salah ga?",
         "prohibited", "penertiban-apk-pilih-kasih"),
        # "polling day" is voting day, not a survey, and "one pair's colour" worn on it is a candidate's attribute
        ("Our headmaster told us PNS teachers to wear white on polling day, and white is one pair's colour. Should I?", "prohibited",
         "kampanye-atribut-partai-pns"),
        # (phone question) the number the asker votes for is a secret ballot; telling, asking or shouting it to others is a call
        ("sy pns, besok boleh nyoblos no 1 di tps?", "allowed", "asn-hak-pilih"),
        ("sy pns, mau coblos no 2 aja deh, aman kan asal ga bilang2?", "allowed", "asn-hak-pilih"),
        ("I'm a PNS. Can I vote for number 2 on polling day?", "allowed", "asn-hak-pilih"),
        ("sy asn, boleh ga bilang ke istri 'coblos no 2 aja'?", "prohibited", "pertemuan-ajakan-keberpihakan"),
        ("saya PNS ajak warga coblos no 2, boleh?", "prohibited", "pertemuan-ajakan-keberpihakan"),
        ("sy pppk, pas kampanye sy teriak 'coblos no 1' di lapangan, salah ga?", "prohibited", "pertemuan-ajakan-keberpihakan"),
        # (phone questions) running a candidate's own Instagram is working for the campaign, whatever is posted,
        # and announcing a candidate's campaign schedule at the mosque is campaigning there
        ("sy asn, temen caleg minta sy jadi admin ig nya, cuma posting jadwal doang", "prohibited", "posting-kampanye-online"),
        ("sy kades, boleh ga ngumumin jadwal kampanye paslon di masjid?", "prohibited", "hajatan-jadi-ajang-dukungan"),
        # (phone question) "nonton konser" is watching a concert: one that is a campaign event is attending a campaign
        ("sy asn, boleh nonton konser gratis di alun2 yg ternyata acara kampanye?", "prohibited", "hadir-kampanye"),
        # money transferred to a campaign account is a donation, however it is routed; interpreting or writing a
        # campaign speech for a candidate is working for the campaign
        ("As a PNS, can I transfer money from my salary to a candidate's campaign account?", "prohibited", "sumbang-dana-kampanye"),
        ("sy pns, boleh bikinin naskah pidato kampanye buat temen yg nyaleg?", "prohibited", "asn-tim-sukses"),
        # the asker's word that no candidate or team is there answers an everyday question no card reaches
        ("sy pns, tetangga ngadain silaturahmi warga, ga ada calon ga ada tim. sy dateng. aman kan walau lagi masa psu?", "allowed",
         "prinsip-tanpa-unsur-politik"),
        ("sy pns ikut rapat partai, ga ada calon ga ada tim kok. boleh?", "prohibited", "hadir-kampanye"),
        # (phone question) a campaign event's permit handled by the book is paperwork, not a call to vote
        ("sy lurah, boleh kasih izin keramaian buat kampanye caleg sesuai prosedur?", "conditional", "izin-administrasi-kegiatan-kampanye"),
        # a sentence the asker opens, saying what they are on the way, tells the asker's own act, not the ASN parent's
        ("bapak sy guru PNS. sy mahasiswa, pengen ikut nonton kampanye capres di alun2. bapak ga ikut2. bapak bisa kena?", "allowed",
         "keluarga-berpolitik-asn-tidak-ikut"),
        ("My mother is a PNS nurse. I'd like to post a video backing a governor candidate on my own TikTok. She's not involved. Could she get in trouble?",
         "allowed", "keluarga-berpolitik-asn-tidak-ikut"),
        # a wound stitched or a drip put in is care for a patient who happens to run, and a breakdown on the road is an
        # emergency: neither is accompanying a candidate on a visit
        ("sy perawat PNS di IGD, caleg dibawa ke IGD abis jatuh, sy yg jahit luka dia. ga masalah kan?", "allowed", "tugas-dinas-di-kegiatan-calon"),
        ("sy PNS. mobil caleg mogok di jalan deket rumah sy, sy anter dia naik motor sy ke bengkel. itu dianggap dukung ga?", "conditional",
         "prinsip-netralitas"),
        # a campaign the asker's leave only happens to fall in says when, not what the asker does
        ("sy PNS, cuti tahunan 5 hari mau pulang kampung nengok nenek, kebetulan pas kampanye pilgub. ga ngaruh kan?", "allowed",
         "prinsip-tanpa-unsur-politik"),
        ("sy pns lg cuti, mau ikut kampanye cagub mumpung bertepatan dengan kampanye. boleh?", "prohibited", "asn-sedang-cuti-tetap-netral"),
        # (phone question) a relative's occupation between them and the role they take leaves the role theirs;
        # the asker's own occupation leaves it the asker's
        ("sy PPPK, suami kerja di swasta mau jadi saksi partai di TPS. sy bisa kena?", "allowed", "keluarga-berpolitik-asn-tidak-ikut"),
        ("sy guru PNS, istri karyawan swasta, mau jadi relawan caleg. sy bisa kena?", "allowed", "keluarga-berpolitik-asn-tidak-ikut"),
        ("sy PNS, sy ga kerja di swasta, mau jadi saksi partai. boleh?", "prohibited", "saksi-paslon-tps"),
        # two close cards that both let the asker go ahead (allowed, conditional) need no question back
        ("guru PNS nih. KPU mau sosialisasi pemilih pemula di sekolah, kepsek minta sy data siswa yg udh 17 thn biar diundang. boleh?",
         "conditional", "data-siswa-ke-penyelenggara-resmi"),
        # (phone question) "gak" after a risk asked about asks the question; it does not say the one asked about is no PNS
        ("kena sanksi nggak pns yg foto sama caleg?", "prohibited", "foto-bersama-calon"),
        ("sy kena sanksi, gak pns lagi. boleh kampanye?", "allowed", "pensiunan-pns-berpolitik"),
        # ... but a candidate's gift to an ASN is the ASN's question
        ("caleg boleh kasih sembako ke pns?", "prohibited", "politik-uang-pemberian"),
        # (phone question) "a candidate gives a speech" is the candidate's speech, as "gave a speech" already was
        ("Can a civil servant attend a friend's wedding where a candidate gives a speech?", "allowed", "hadir-pernikahan-hajatan-calon"),
        # a pledge to win for a candidate is a sign of support, when no card reaches the rest of the story
        ("sy guru PPPK, kmrn nulis di status wa 'kami siap memenangkan pak cabup' abis ketemu beliau. itu masalah?", "prohibited",
         "prinsip-tanda-dukungan"),
        # a sticker the election body handed out, named a few words before it, is the body's
        ("sy pns, tempel stiker hayu memilih yg dibagikan petugas KPU kemarin di pintu rumah, aman?", "allowed", "prinsip-kegiatan-penyelenggara"),
        # (phone question) a list of residents compiled for a campaign team "after work" is no campaign merely passed by
        ("Sy guru PNS, diminta tim cagub nyusun daftar warga yg condong ke paslon mereka. Dikerjain malam sepulang kerja. Boleh?",
         "conditional", "prinsip-netralitas"),
        # an office preparing the decision on a staff member's case asks how to proceed, not whether the act is allowed
        ("sy kabid di BKPSDM, disuruh siapin keputusan buat PNS yg terbukti jadi anggota partai. berapa lama waktunya?", "info",
         "siapa-menjatuhkan-hukuman-disiplin"),
        # a request to back someone may stand four words before the backing verb ("minta semua pegawai dan guru mendukung")
        ("Sy guru SMP negeri. Di rapat awal semester, kepala dinas minta semua pegawai dan guru mendukung paslon bupati tertentu. Sy harus lapor ke mana?",
         "info", "atasan-arahkan-dukung-calon-lapor"),
        # a relative's candidacy at a family rite is the rite's, not a party event the family holds
        ("sy PNS. keluarga besar ngadain pesta adat, ada caleg datang krn masih kerabat. sy tetap jd panitia keluarga urus konsumsi. boleh?",
         "allowed", "acara-adat-dihadiri-calon"),
        # (phone question) "nolak", the spoken "menolak", is the asker turning the invitation down
        ("sy PNS. tetangga ngajak ikut kampanye akbar besok, sy nolak. aman kan?", "allowed", "tolak-lapor-pemberian-calon"),
        # the polling station's hours and place announced over the mosque's loudspeaker is the KPU's information passed on
        ("sy kades, mau umumin lewat toa masjid jam buka TPS sama lokasinya. boleh?", "allowed", "ajakan-ke-tps-netral"),
        # the team's data on supporters given to an ASN spouse to tabulate is work with voters' data, not family life
        ("sy timses caleg, istri sy PNS. data NIK pendukung yg kami kumpulin mau sy minta dia rekap di laptop. bisa kena istri?",
         "prohibited", "data-warga-untuk-calon"),
        # a sign the asker fears being thought to show ("takut dikira mengarahkan pilihan") is no sign shown
        ("ibu sy sudah sepuh, minta sy temani di bilik suara. sy PNS, takut dikira mengarahkan pilihan ibu. boleh?",
         "allowed", "dampingi-keluarga-mencoblos"),
        # "ingetin" (remind) the neighbours to come to the polling station is a neutral get-out-the-vote reminder, not voting
        ("sy PPPK, mau ingetin tetangga2 dtg ke TPS besok. boleh?", "allowed", "ajakan-ke-tps-netral"),
        # (phone question) commenting at home while watching a debate on TV is talk in the family, not a comment on a post
        ("suami sy PNS, tiap malem nonton debat capres di tv sambil komentar di rumah. aman kan?", "allowed", "nonton-debat-siaran"),
        # "parpol" is "partai politik": being one of its officers or members is the party-membership card
        ("PNS jadi pengurus parpol di desa boleh?", "prohibited", "anggota-partai-politik"),
        ("asn anggota parpol", "prohibited", "anggota-partai-politik"),
        # (phone question) a campaign watched on TV is a broadcast watched, not a rally attended
        ("sy pns nonton kampanye di tv doang, aman?", "allowed", "nonton-debat-siaran"),
        # (phone question) staying silent ("diem aja") in the family group where someone posts a candidate's video
        ("sy pns, di grup wa keluarga ada yg kirim video capres, sy diem aja. aman?", "allowed", "grup-wa-keluarga-ada-calon"),
        # a PPPK asking whether a breach ends their contract asks the PPPK penalty route
        ("I'm a PPPK teacher. If I'm caught at a rally, will they end my contract?", "info", "prosedur-sanksi-pppk"),
        # Sundanese: an MC at a village celebration ("hajat lembur") asked to hand a candidate the mic ("masihan mik")
        ("Abdi guru PNS, jadi MC di hajat lembur. Aya caleg hoyong biantara, upami abdi masihan mik, lepat teu?", "conditional",
         "mc-panitia-acara-warga-ada-calon"),
        # a ballot number names the candidate the sign is for ("solid di nomor 4"): the legal test's sign of support
        ("kepala dinas bilang ke kami 'pegawai dinas harus solid di nomor 4 ya'. itu kena sanksi ga?", "prohibited", "prinsip-tanda-dukungan"),
        # ... but the same terms for both candidates ("urut tanggal masuk & tarif sama") is the asker's limit
        ("sy PNS pengelola GOR pemkab. paslon 1 & 2 sama2 ngajuin pinjam GOR buat kampanye. sy proses urut tanggal masuk & tarif sama. bener kan?",
         "conditional", "prinsip-netralitas"),
        # (phone question) a pupil's question quoted ("murid sy nanya 'bu pilih nomor berapa?'") is the pupil's words;
        # the asker's answer ("sy jawab …") stays the asker's
        ("sy guru PNS, murid sy nanya 'bu pilih nomor berapa?', sy jawab rahasia. bener kan?", "allowed", "guru-ditanya-murid-pilih-siapa"),
        # a patient queueing at a party's free clinic ("antri periksa") is served there, like any customer
        ("sy pppk, cuma antri periksa di pengobatan gratis caleg. gpp kan?", "allowed", "belanja-berobat-usaha-calon"),
        # refusing a team's request for residents' data ("sy tolak") is the refusal card's; a refusal weighed against
        # giving some ("sy tolak atau kasih sebagian?") is not yet made
        ("sy pns di puskesmas. tim sukses caleg minta data lansia di desa, katanya mau dikasih sembako dari calon. sy tolak dan sy bilang urus aja ke dinas. udah bener kan?",
         "allowed", "tolak-lapor-pemberian-calon"),
        ("Caleg DPRD telpon sy (staf dinsos PNS) minta data penerima PKH, katanya buat advokasi. sy curiga buat kampanye. sy tolak atau kasih sebagian aja?",
         "prohibited", "data-warga-untuk-calon"),
        # a villagers' watch against money politics set up by Bawaslu ("posko warga tolak politik uang") is no team's event
        ("di kampung ada posko warga tolak politik uang yg dibentuk bawaslu. sy pppk diajak ikut ronda. boleh?", "allowed",
         "imbauan-tolak-politik-uang-netral"),
        # a camat letting every pair use the sub-district field on the same terms handles a permit, as for any event
        ("sy camat. 3 paslon minta izin pakai lapangan kecamatan buat kampanye, sy kasih izin ke semua dgn syarat sama. bener kan?",
         "conditional", "izin-administrasi-kegiatan-kampanye"),
        # a relative who is now ("lagi") in the pre-retirement period is the ASN asked about, as "ibu sy PNS" is
        ("ibu sy lagi MPP, 4 bulan lg pensiun. boleh dia gabung tim sukses cabup?", "prohibited", "masa-persiapan-pensiun-netral"),
        # (phone question) answering one's spouse at home ("sy jawab paslon 1") is talk in the family
        ("istri sy nanya sy nyoblos siapa, sy jawab paslon 1. sy pns, gpp?", "allowed", "obrolan-politik-di-rumah"),
        # a thanksgiving for a candidacy ("syukuran pencalonan") is the candidate's own event, like a declaration,
        # whatever worship it takes
        ("sy pppk, diundang ikut pengajian syukuran pencalonan caleg di rumahnya. boleh datang?", "prohibited", "hadir-deklarasi-calon"),
        ("sy pns, pemain keyboard di gereja. timses cawalkot bikin ibadah syukur pencalonan, band gereja kami diundang main. boleh sy ikut main?",
         "prohibited", "hadir-deklarasi-calon"),
        # registering for the sub-district election committee ("pendaftaran PPK") is ad hoc election work, not the PPK who disciplines
        ("sy pns guru smp, mau ikut pendaftaran ppk pilkada di kecamatan. perlu izin siapa?", "conditional", "asn-petugas-kpps-ppk"),
        # a "district official" in English is an ASN official, as a "pejabat" is
        ("Is there a prison sentence for a district official who uses a government programme to favour one candidate in a Pilkada?",
         "info", "pidana-asn-pilkada"),
        # (phone question) "the governor's pair" is a candidate pair: pressing staff to back it is no act without politics
        ("What can happen to provincial officials who pressure staff to back the governor's pair?", "prohibited", "intimidasi-tekan-bawahan"),
        # filling in a party's membership form ("isi formulir keanggotaan") to get its free care is joining the party,
        # not being its patient
        ("di pengobatan gratis partai, sy pppk ikut isi formulir keanggotaan biar dapat kartu berobat. aman?", "prohibited",
         "anggota-partai-politik"),
        # (phone question) the national flag ("bendera merah putih") is no party's flag
        ("guru pns boleh pasang foto profil wa gambar bendera merah putih pas pemilu?", "allowed", "twibbon-hari-besar-non-politik"),
        # handing out envelopes ("bagi amplop") is giving money, and a team's field coordinator ("korlap") is on the team
        ("sy pns disuruh timses bagi amplop ke warga malam sebelum coblosan. boleh?", "prohibited", "politik-uang-pemberian"),
        ("sy pns diminta jadi korlap dusun buat paslon 2. boleh?", "prohibited", "larangan-politik-praktis"),
        # lending one's yard to the KPPS "buat TPS" is a place for the polling station, not committee work; an RT head
        # announcing where the polling station is ("lokasi TPS") does an RT's election chore
        ("petugas KPPS minta izin pake halaman rumah sy buat TPS. sy pppk, boleh?", "allowed", "tempat-dipakai-tps-penyelenggara"),
        ("sy pns tp jg ketua RT, di pertemuan warga sy sampaikan: lokasi TPS, jam buka, bawa KTP. boleh kan?", "allowed",
         "ketua-rt-asn-tugas-pemilu-netral"),
        # a superior's quota of family votes ("bawa suara keluarga", "jumlah suara keluarga") is pressure on staff
        ("atasan suruh kami bawa suara keluarga minimal 5 orang buat cabup petahana. sy pppk gmn?", "prohibited", "intimidasi-tekan-bawahan"),
        # (phone question) a camat's letter of recommendation for a campaign event is the event's paperwork
        ("camat kasih surat rekomendasi buat kegiatan kampanye paslon. boleh?", "conditional", "izin-administrasi-kegiatan-kampanye"),
        # driving the campaign team's car ("nyetir mobil tim kampanye") is work for the team, not taking one's wife there
        ("sy PNS, istri sy relawan caleg. tiap minggu sy nyetir mobil tim kampanye ke lokasi, nunggu di mobil aja. kena?", "prohibited",
         "asn-tim-sukses"),
        ("sy pns, cuma nganter istri ke lokasi kampanye trus nunggu di mobil. aman?", "allowed", "antar-keluarga-ke-kampanye"),
        # ... while the wife's own "ikut kampanye" beside the lift leaves it the lift card's
        ("Istri saya bukan ASN dan mau ikut kampanye caleg. Saya PNS hanya mengantar dan menjemputnya. Boleh?", "allowed",
         "antar-keluarga-ke-kampanye"),
        # running a campaign's TikTok ("admin tiktok kampanye") is team work, not a residents' group one administers
        ("sy pns. caleg minta sy jadi admin tiktok kampanye, edit video aja. boleh?", "prohibited", "asn-konsultan-tim-ahli"),
        # a private message ("japri", "wa pribadi") answered about personal matters is private contact with the
        # candidate; congratulating the winner that way stays the congratulations card's
        ("caleg temen sd sy japri ngucapin selamat ulang tahun, sy bales makasih. sy pns, aman?", "allowed", "pesan-pribadi-dengan-calon"),
        ("sy pppk, kirim ucapan selamat ke cabup yg menang lewat japri. boleh?", "conditional", "ucapan-selamat-pemenang"),
        # an office that handles a candidate's side "kayak warga lain" (as it handles everyone) serves, a village
        # head included; what others do ("kayak warga lain" after joining a team meeting) is no such service
        ("sy kades. timses caleg minta surat pengantar buat anggotanya, sy layani kayak warga lain. boleh?", "allowed",
         "melayani-calon-sebagai-warga"),
        ("sy pns, ikut rapat timses paslon tiap malam kayak warga lain. boleh?", "prohibited", "hadir-kampanye"),
        # an outboard motor given as aid ("bantuan mesin tempel") is the aid, not a sticker put up ("tempel")
        ("sy pns dkp, bantuan mesin tempel dari apbd dibagi pas masa kampanye sesuai jadwal. aman?", "allowed",
         "program-rutin-saat-kampanye"),
        # staying out after an invitation ("diajak …, sy ga ikut") is turning it down; staying out of one part
        # only ("ga ikut pasang tapi bantu angkat") is not, nor is an official urging an audience
        ("tetangga ngajak sy ikut deklarasi caleg, sy ga ikut. sy guru pns. aman?", "allowed", "tolak-lapor-pemberian-calon"),
        ("sy diajak jadi relawan paslon, sy ga ikut, krn sy pns. bener?", "allowed", "tolak-lapor-pemberian-calon"),
        ("sy diajak timses pasang baliho, sy ga ikut pasang tapi bantu angkat. boleh?", "prohibited", "spanduk-baliho-stiker"),
        # teaching a candidate's child "sama kayak murid lain" is serving them like any pupil
        ("sy guru pns, ngajar les privat anak cabup, bayarnya sama kayak murid lain. sy harus berhenti?", "allowed",
         "melayani-calon-sebagai-warga"),
        # drafting a would-be candidate's vision and mission is working for the campaign
        ("Sy PNS di Bappeda, teman mau nyalon bupati minta sy bantu menyusun draf visi misi. boleh?", "prohibited", "asn-tim-sukses"),
        ("sy pns bappeda, tim paslon minta sy bantu nyusun dokumen visi misi, dikerjain di rumah. boleh?", "prohibited",
         "asn-konsultan-tim-ahli"),
        ("sy pns, baca dokumen visi misi paslon di web kpu. boleh?", "allowed", "baca-berita-calon"),
        # keeping away from a rally ("lewat jalan lain", "sy ngindar") is being near it, not in it
        ("sy guru pns. besok ada kampanye akbar di lapangan dekat sekolah, murid2 pulang lewat situ. sy boleh anter mereka lewat jalan lain?",
         "allowed", "dekat-lokasi-kampanye"),
        ("ada kampanye akbar di lapangan dekat sekolah, sy guru pns ikut nonton sambil teriak2. boleh?", "prohibited", "hadir-kampanye"),
        # how to report a campaigning civil servant is answered, though the act's prohibition ranks close
        ("How do I report a civil servant who campaigns for a candidate on Facebook? Is there an online channel?", "info",
         "cara-lapor-pelanggaran"),
        # a candidate who "ngajak ngobrol" chats, and urges nobody
        ("sy pns, abis nyoblos caleg ngajak ngobrol bentar soal cuaca. aman?", "allowed", "asn-hak-pilih"),
        # "comes along to", "bring her to" a rally is attending it
        ("My husband is a PNS teacher. If he comes along to the rally with me, just watching, is that a problem for him?",
         "prohibited", "hadir-kampanye"),
        ("My wife is a PNS. Can I bring her to the candidate's rally on Sunday?", "prohibited", "hadir-kampanye"),
        # the school's funds (dana BOS) are the state's resources
        ("timses minta sekolah cetak baliho calon pake dana BOS dulu. sy kepsek, boleh?", "prohibited", "fasilitas-negara-kampanye"),
        # "banyak tim datang": the team comes to the family's post, not the asker
        ("Adik sy nyaleg, rumah ortu jadi posko. Sy PNS tinggal di situ, tiap malam banyak tim datang. Sy ga ikut apa-apa. Aman?",
         "allowed", "keluarga-berpolitik-asn-tidak-ikut"),
        # the KPU's voter-list check at the door is no ID card given for a candidate's support
        ("pantarlih dtg ke rumah buat coklit, minta KTP sm KK. sy guru PNS, boleh dikasih?", "allowed", "didata-petugas-coklit"),
        # the KPU's voting information passed on, or announced at a gathering, is a neutral reminder to vote
        ("sy PPPK, mau share link cek DPT online ke grup WA keluarga. aman?", "allowed", "ajakan-ke-tps-netral"),
        ("sy bendahara PKK (PNS), mau umumin jadwal coklit sama lokasi TPS pas pertemuan PKK. boleh?", "allowed", "ajakan-ke-tps-netral"),
        # the election bodies' own volunteers and teams are no candidate's: Bawaslu's participatory
        # monitors, the KPU's voter-list officers going door to door, a hospital's examination team
        ("sy guru pns, daftar jd relawan pengawas partisipatif bawaslu. boleh?", "allowed", "prinsip-kegiatan-penyelenggara"),
        ("sy guru pns, jd relawan paslon nomor 1. boleh?", "prohibited", "asn-konsultan-tim-ahli"),
        ("sy honorer, KPU rekrut sy jd pantarlih, tugasnya door to door nyocokin data pemilih. boleh?", "info",
         "honorer-non-asn-wajib-netral"),
        ("sy pns ikut door to door bareng timses bagiin kartu nama caleg. boleh?", "prohibited", "asn-tim-sukses"),
        ("sy dokter pns rsud, masuk tim pemeriksa kesehatan calon bupati. aman?", "allowed", "tugas-dinas-di-kegiatan-calon"),
        ("sepupu sy nyalon bupati, sy masuk timnya. boleh gk sy pns?", "prohibited", "keluarga-jadi-calon-bantu-kampanye"),
        # a photo with a candidate "gk ada pose apa2" shows no sign; one with two fingers does
        ("sy pns, foto bareng caleg di hajatan, gk ada pose apa2. aman?", "allowed", "hadir-pernikahan-hajatan-calon"),
        ("sy pns foto bareng caleg pose dua jari. aman?", "prohibited", "gestur-simbol-keberpihakan"),
        # the inked finger posted "gk ada simbol calon" is the plain I-voted photo
        ("sy posting jari ungu di ig, gk ada simbol calon. aman kan?", "allowed", "foto-jari-bertinta-sudah-memilih"),
        # a poster the asker says is "bukan soal calon" names nobody; one with a pair's number does
        ("sy pns, bikin poster ajakan ke tps buat ig kantor, bukan soal calon. aman?", "allowed", "ajakan-ke-tps-netral"),
        ("sy pns bikin poster paslon 2 buat ig kantor. aman?", "prohibited", "prinsip-tanda-dukungan"),
        # a party office is what the Village Law forbids village heads, officials and BPD members;
        # ordinary membership it does not name (and a PNS's office stays the civil-service card's)
        ("sy anggota BPD, ditawari jadi bendahara ranting partai. boleh?", "prohibited", "desa-pengurus-partai"),
        ("kades boleh jadi ketua ranting partai?", "prohibited", "desa-pengurus-partai"),
        ("sy perangkat desa, punya kta partai, anggota biasa aja. boleh?", "conditional", "kades-perangkat-anggota-partai"),
        ("sy PNS ditawari jadi pengurus ranting partai, boleh?", "prohibited", "anggota-partai-politik"),
        ("My wife is a PNS nurse. She is thinking of joining a party as an ordinary member. Is that allowed?",
         "prohibited", "anggota-partai-politik"),
        # a programme promised to go on only if the incumbent wins, in either word order, is campaigning
        ("sy pns, pas penyuluhan sy bilang ke warga bantuan ini lanjut cuma kalau bupati sekarang menang. salah gk?",
         "prohibited", "sambutan-selipkan-dukungan-calon"),
        # traffic news for a campaign rally is no campaign content; a candidate's pamphlet said to be unpolitical still is
        ("sy pns dishub. di grup wa warga sy share info pengalihan arus krn ada kampanye akbar di alun2. aman?", "allowed",
         "konten-medsos-biasa-masa-kampanye"),
        ("sy pns share pamflet paslon di grup, isinya bukan politik kok. boleh?", "prohibited", "share-postingan-calon"),
        # "sy bilang gk bisa" turns the team's request down: the refusal is answered, not the lending
        ("Sy lurah. Tim paslon minta pinjam aula kelurahan buat pertemuan warga paslon mereka. Sy bilang gk bisa. Apa sy salah nolak?",
         "allowed", "tolak-lapor-pemberian-calon"),
        ("sy camat, timses minta pinjam aula kecamatan buat rapat paslon. boleh sy pinjamkan?", "prohibited",
         "pinjamkan-gedung-peralatan-kantor"),
        # a one-sided take-down ordered and refused: the card on refusing an order
        ("sy satpol PP disuruh kasatpol copot baliho paslon 2 aja, paslon 1 dibiarin. sy tolak perintah itu. bener?", "allowed",
         "tolak-perintah-atasan-berpihak"),
        # a superior's request turned down ("nolak permintaan"): the card on refusing an order
        ("atasan sy minta sy kirim data pegawai ke timses petahana, boleh gk sy nolak permintaan itu?", "allowed",
         "tolak-perintah-atasan-berpihak"),
    ],
)
def test_words_say_which_situation_is_asked_about(
    shipped_index: Index, question: str, verdict: str, card: str
) -> None:
    answer = answer_question(shipped_index, question)
    assert (answer.verdict, answer.rule and answer.rule.id) == (verdict, card)


def test_a_wedding_that_doubles_as_a_campaign_meeting_is_not_just_a_wedding(shipped_index: Index) -> None:
    # the card on attending a candidate's family wedding steps aside when the team meets there
    question = "caleg DPRD ngunduh mantu, tp di undangan tertulis sekalian konsolidasi relawan. sy guru PNS, boleh dateng?"
    answer = answer_question(shipped_index, question)
    assert answer.verdict == "prohibited" and answer.rule is not None
    assert answer.rule.id != "hadir-pernikahan-hajatan-calon"
    plain = answer_question(shipped_index, "caleg DPRD ngunduh mantu anaknya. sy guru PNS, boleh dateng kondangan?")
    assert (plain.verdict, plain.rule and plain.rule.id) == ("allowed", "hadir-pernikahan-hajatan-calon")


@pytest.mark.parametrize(
    "question",
    ["sy PNS diminta jd admin grup wa pemenangan caleg, blh?", "Aku PNS, oleh dak aku jadi admin grup fb 'Kito Dukung Cabup Y'?"],
)
def test_the_admin_of_a_campaign_group_is_on_the_campaign(shipped_index: Index, question: str) -> None:
    # the community-group admin's card (deleting campaign posts: allowed) is not about a campaign's own group
    answer = answer_question(shipped_index, question)
    assert answer.verdict == "prohibited" and answer.rule is not None
    assert answer.rule.id != "admin-grup-warga-ada-posting-kampanye"


def test_handing_out_a_campaigns_things_is_helping_the_campaign(shipped_index: Index) -> None:
    # the asker got the shirts from the team and hands them out: helping, not just receiving
    question = "stiker caleg itu sy yg bagiin ke pedagang pasar, dapet sekotak dari timses. sy PNS, gpp kan?"
    assert "act-help-campaign" in shipped_index.read(question).tags.own
    assert answer_question(shipped_index, question).verdict == "prohibited"
    # receiving from the team, handing out nothing, stays the receiving card
    received = "timses ngasih sy kaos paslon, boleh sy terima? sy PNS"
    assert "act-help-campaign" not in shipped_index.read(received).tags.ids


@pytest.mark.parametrize(
    ("question", "act", "theirs", "verdict"),
    [
        # "dia jadi relawan … dan sering posting": the volunteer posts; "postingan dia" is his post
        ("keponakan sy jadi relawan cagub dan tiap hari posting di tiktok. sy PNS, apa unggahan dia bisa kena ke sy?",
         "act-post", True, "allowed"),
        # a -kan verb before the pronoun is an act done to them: "umumkan dia" is the asker announcing
        ("sy PNS, boleh sy umumkan dia nyaleg di grup alumni?", "act-post", False, None),
        # "dia cerita rencana kampanyenya": his campaign is the object of his telling, not the asker's act
        ("om sy nyaleg DPRD, tiap arisan keluarga dia cerita rencana kampanyenya. sy guru PNS, gpp kan?",
         "act-campaign", True, "allowed"),
        # "dia ngajak sy ikut kampanyenya": the one asked joins the campaign
        ("om sy nyaleg DPRD, dia ngajak sy ikut kampanyenya. sy guru PNS, boleh?", "act-campaign", False, "prohibited"),
        # a health cadre handing out a candidate's calendars is someone else, the silent nurse is not handing out
        ("sy perawat PNS, waktu posyandu ada kader bagi kalender caleg ke ibu2, sy diam aja gk ikut bagi. sy salah?",
         "act-help-campaign", True, "conditional"),
        # ... and when nobody is named as asked, the asker is: "timses ngajak pasang spanduk"
        ("Timses caleg ngajak pasang spanduk di pagar rumah. Saya PNS, boleh?", "act-install", False, "prohibited"),
        # "-nya" after a new clause is not the object of the act before it: the asker uploads the photo
        ("Dulu sy foto bareng pak camat. Sekarang beliau nyalon bupati, jadi fotonya saya upload ulang di FB dgn caption 'orang baik'. Sy PNS, boleh?",
         "act-share", False, "prohibited"),
    ],
)
def test_whose_act_it_is_when_someone_else_has_a_role_posts_tells_or_asks(
    shipped_index: Index, question: str, act: str, theirs: bool, verdict: str | None
) -> None:
    tags = shipped_index.read(question).tags
    if theirs:
        assert act in tags.others and act not in tags.own, sorted(tags.ids)
    else:
        assert act in tags.own, sorted(tags.ids)
    if verdict is not None:
        assert answer_question(shipped_index, question).verdict == verdict


def test_a_relatives_role_with_nothing_the_asker_does_leaves_the_asker_uninvolved(shipped_index: Index) -> None:
    question = "suami sy jd timses caleg DPRD, sering rapat di posko. sy guru PPPK, apa sy bisa kena sanksi gara2 dia?"
    assert "limit-not-involved" in shipped_index.read(question).tags.ids
    answer = answer_question(shipped_index, question)
    assert (answer.verdict, answer.rule and answer.rule.id) == ("allowed", "keluarga-berpolitik-asn-tidak-ikut")
    # asking leave to help is no question about their doing
    helping = "suami sy jd timses caleg DPRD. sy guru PPPK, boleh sy bantu masak di posko?"
    assert "limit-not-involved" not in shipped_index.read(helping).tags.ids


def test_a_neighbours_house_used_for_a_campaign_is_not_the_askers_venue(shipped_index: Index) -> None:
    neighbour = "tetangga sebelah rumah jadi tempat kampanye terbatas caleg, suaranya kedengeran. sy PNS di dalam rumah aja, masalah gk?"
    assert "ctx-host-venue" not in shipped_index.read(neighbour).tags.ids
    assert "ctx-host-venue" in shipped_index.read("rumah saya dijadikan tempat kumpul timses caleg, sy PNS, boleh?").tags.ids


def test_madurese_i_and_only_listening(shipped_index: Index) -> None:
    message = shipped_index.read("Sengko' guru PNS. Caleg ceramah neng langgar, sengko' coma ngèding. Salah?")
    assert message.asker and "limit-passive" in message.tags.ids, sorted(message.tags.ids)


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        # the election body's banner and its neutral call are no campaign's sign
        ("sy PPPK, pasang banner dari Bawaslu 'Ayo Memilih, Tolak Politik Uang' di depan sekolah, boleh?", "allowed"),
        # ... a number or a candidate named with them still is
        ("sy PPPK, pasang banner 'Ayo Memilih nomor 2' di depan sekolah, boleh?", "prohibited"),
        ("sy PPPK, pasang banner caleg 'Ayo Memilih' di depan sekolah, boleh?", "prohibited"),
        # following the election body's own account is following its news
        ("sy guru PPPK, boleh follow instagram Bawaslu kabupaten biar tau info pilkada?", "allowed"),
        # a ticket's number with its leading zero, and the "one round" slogan, name a side
        ("sy PNS, upload foto jari bertinta caption 'coblos 02, menang satu putaran!' boleh?", "prohibited"),
        ("sy PNS, upload foto jari bertinta caption 'sudah nyoblos, ayo ke TPS!' boleh?", "allowed"),
    ],
)
def test_the_election_bodys_own_things_are_no_campaign_signs_and_a_ticket_number_is(shipped_index: Index, question: str, verdict: str) -> None:
    assert answer_question(shipped_index, question).verdict == verdict


def test_an_office_named_as_someones_object_is_not_the_askers(shipped_index: Index) -> None:
    # The asker liked the Pj's post, or drives the Pj: the Pj is not the one asking.
    liked = shipped_index.read("sy staf dinkes, td sy like postingan pj bupati ttg posyandu. pj kan bukan calon ya").tags
    assert "who-pj" in liked.others
    driver = "Sy sopir dinas (PNS). Besok sy nganter Pj bupati ke rapat pleno di KPU, pake mobil dinas. Sy cuma nunggu di mobil."
    answer = answer_question(shipped_index, driver + " Ga masalah kan?")
    assert answer.rule is None or answer.rule.id != "pj-kepala-daerah-larangan", answer.rule.id
    # The Pj who asks, or who opens the clause and acts, is still the one the card rules on.
    for text in (
        "Saya Pj bupati, boleh saya bagi bansos bareng tim paslon?",
        "Sy ajudan Pj bupati, PNS. Pj meresmikan jembatan dan mengundang calon bupati naik panggung.",
        "Saya staf biro kesra. Bulan lalu Pj gubernur menyerahkan bansos di acara partai.",
    ):
        assert "who-pj" in shipped_index.read(text).tags.own, text


@pytest.mark.parametrize(
    "question",
    [
        "Wong aku PNS di Palembang, pacak dak aku nonton debat cagub di tipi di rumah?",  # Palembang "can … not"
        "Bole seng beta nonton debat calon di rumah? Beta PNS.",  # Ambon
    ],
)
def test_a_regional_can_or_not_asks_and_denies_nothing(shipped_index: Index, question: str) -> None:
    # "pacak dak …" is "bisa gak …": a yes/no question about watching, not a denial of it.
    tags = shipped_index.read(question).tags
    assert "act-watch" in tags.ids, sorted(tags.ids)


def test_joining_an_event_is_attending_it(shipped_index: Index) -> None:
    # "ikut syukuran" at a leading candidate's house on quick-count night: the asker attends it.
    question = "malam quick count sy PNS ke rumah calon yg unggul, ikut syukuran bareng pendukungnya. boleh?"
    tags = shipped_index.read(question).tags
    assert {"act-attend", "event-victory"} <= tags.own, sorted(tags.ids)
    answer = answer_question(shipped_index, question)
    assert (answer.rule and answer.rule.id, answer.verdict) == ("syukuran-kemenangan-calon", "prohibited")
    # A word already inside a longer phrase is not read again ("ikut konvoi" is its own term).
    spans = [(0, 2, "act-attend")]
    assert joining_an_event(spans, ["ikut", "konvoi"], lambda c: "act") == spans
    # Sundanese "teu aya nu kampanye": nobody campaigned there.
    assert "event-campaign" not in shipped_index.read("abdi PNS ngiring arisan, teu aya nu kampanye. boleh?").tags.ids


@pytest.mark.parametrize(
    ("question", "runs"),
    [
        ("suami sy nyaleg DPRD kab, sy PNS. boleh ikut kampanye?", True),
        ("Can a male civil servant go with his wife, a DPR candidate, to her rallies?", True),
        ("Saya caleg DPRD kota. Suami saya PNS, boleh dia dampingi saya kampanye?", True),
        ("Saya istri calon wakil bupati dan PNS, boleh ikut kampanye?", True),
        # the husband's uncle runs; a husband who only argues about the debate at dinner
        ("Om suami saya nyaleg DPRD, suami PNS diminta bantu kampanye", False),
        ("suami sy PNS, tiap makan malam kami debat capres mana yg lebih bagus. melanggar gk?", False),
    ],
)
def test_the_spouse_who_runs(shipped_index: Index, question: str, runs: bool) -> None:
    # The card on a candidate's ASN spouse needs the spouse (or the asker married to them) to run.
    assert ("ctx-spouse-runs" in shipped_index.read(question).tags.ids) is runs


def test_an_office_sought_is_no_state_official(shipped_index: Index) -> None:
    # "amanah jd walikota": what the candidate seeks; "wali kota" alone still names an official.
    sought = shipped_index.read("sy upload foto lama, caption 'orgnya jujur, insyaAllah amanah jd walikota'. salah gk?")
    assert "oos-state-official" not in sought.tags.ids
    answer = answer_question(shipped_index, "sy komen di fb 'makanya 2024 ganti walikota, pilih no 2 aja'. sy PNS, salah gk?")
    assert answer.verdict == "prohibited", (answer.kind, answer.redirect)
    assert "oos-state-official" in shipped_index.read("walikota boleh kampanye gak?").tags.ids


def test_lending_ones_yard_to_a_campaign_team_is_no_business_order(shipped_index: Index) -> None:
    # a team paying for the tent does not make lending one's own yard a business taking an order
    answer = answer_question(shipped_index, "sy PNS. tim paslon minta pinjam halaman rumah sy buat pertemuan warga, mau bayar sewa tenda. boleh sy pinjemin?")
    assert answer.verdict == "prohibited" and answer.rule is not None
    assert answer.rule.id != "usaha-terima-pesanan-tim-calon"


def test_taking_what_a_candidate_hands_out_by_surprise_is_no_donation_through_his_team(shipped_index: Index) -> None:
    # the card on giving through a candidate's team is about the asker's own giving, on purpose
    answer = answer_question(
        shipped_index,
        "sy PNS, td pagi ikut senam di lapangan, ternyata ada caleg ikut senam dan bagi2 air minum bergambar dia. sy ambil airnya. salah?",
    )
    assert answer.verdict != "prohibited", answer.rule and answer.rule.id


def test_an_asker_who_has_retired_is_no_pns_any_more(shipped_index: Index) -> None:
    # the status named beside a retirement of one's own is a former one ...
    for question in (
        "sy bidan PNS, SK pensiun saya sudah keluar bulan lalu. boleh sy jadi tim sukses calon bupati?",
        "saya PNS, sudah pensiun tahun lalu, boleh ikut kampanye caleg?",
        # the status between the asker and the retirement, and a plan told after it
        "saya guru PNS sudah pensiun, mau jadi timses caleg boleh?",
        "SK pensiun saya sudah keluar, nanti mau bantu kampanye teman, boleh?",
    ):
        tags = shipped_index.read(question).tags.ids
        assert "who-retired" in tags and "who-pns" not in tags, question
        assert answer_question(shipped_index, question).verdict == "allowed", question
    # ... not one still to come ("berlaku bulan depan"): until then the asker is a PNS
    not_yet = "Sy guru PNS, SK pensiun sy baru berlaku bulan depan. Skrg boleh sy mulai bantu timses caleg?"
    assert "who-pns" in shipped_index.read(not_yet).tags.ids
    assert answer_question(shipped_index, not_yet).verdict == "prohibited"
    assert "who-pns" in shipped_index.read("sy PNS. sy sudah pensiun? belum, tahun depan. boleh jadi timses?").tags.ids
    # ... not beside another's retirement
    for question in (
        "sy PNS, bapak sy sudah pensiun, boleh sy jadi tim sukses calon bupati?",
        "bapak saya pensiunan PNS, saya guru PNS, boleh saya ikut kampanye caleg?",
    ):
        assert "who-pns" in shipped_index.read(question).tags.ids, question
        assert answer_question(shipped_index, question).verdict == "prohibited", question


def test_a_negator_opening_a_clause_denies(shipped_index: Index) -> None:
    # after "boleh," the comma ends the question: "ga ada calon" that follows says there is none
    tags = shipped_index.read("boleh kan, ga ada calon di foto lomba itu").tags
    assert "limit-no-candidate" in tags.ids and "target-candidate" not in tags.ids
    # "boleh gak" with no comma is still the question
    assert "act-like" in shipped_index.read("sy PNS boleh gak like postingan caleg?").tags.ids


def test_a_denial_ends_with_its_sentence(shipped_index: Index) -> None:
    # "tanpa atribut." denies the attributes; the question in the next sentence still asks about lending
    tags = shipped_index.read("tim paslon minta pake aula rs, katanya tanpa atribut. boleh kami pinjamkan?").tags
    assert "act-lend" in tags.own and "sign-attribute" not in tags.ids
    # within one sentence a denial still runs down its list
    assert "act-comment" not in shipped_index.read("sy PNS gak like, komen atau share postingan caleg").tags.ids


def test_a_role_named_as_the_subject_of_an_act_is_someone_elses(shipped_index: Index) -> None:
    # "ketua RT ngundang warga": the RT head invites; the asker speaks as "saya" elsewhere
    tags = shipped_index.read("Pak, ketua RT ngundang warga ke rumahnya. Saya PNS, ikut datang. Salah?").tags
    assert "role-rt-head" in tags.others and "role-rt-head" not in tags.own
    # ... but a role the asker takes stays the asker's, with or without "jadi"
    assert "role-rt-head" in shipped_index.read("Saya PNS, jadi ketua RT, ngundang warga ke rumah buat ketemu caleg. boleh?").tags.own
    assert "role-rt-head" in shipped_index.read("sy ketua RT ngundang warga ke rumah buat ketemu caleg. boleh?").tags.own


def test_a_reaction_is_on_what_was_posted_not_on_who_posted_it(shipped_index: Index) -> None:
    # a party cadre's graduation photo has no party in it; a candidate's photo someone posts does
    tags = shipped_index.read("sy guru PPPK, teman sy kader partai posting foto wisuda anaknya, boleh sy like?").tags
    assert "target-party" not in tags.own
    assert "target-candidate" in shipped_index.read("sy PPPK. temen posting foto caleg di grup, sy like. boleh?").tags.own


def test_someone_else_running_is_no_question_on_the_askers_candidacy(shipped_index: Index) -> None:
    # a relative clause gives the running to the one it describes, in English as in Indonesian ...
    for question in (
        "my mom is a PPPK teacher. at my graduation the keynote speaker is a member of parliament who is running again. can she still come?",
        "sy PNS, pembicara seminar itu anggota DPR yg nyalon lagi. boleh sy hadir?",
    ):
        answer = answer_question(shipped_index, question)
        assert answer.rule is None or answer.rule.id not in ("asn-mencalonkan-diri", "pppk-mencalonkan-diri"), question
    # ... while being offered a candidacy ("ditawari partai maju") is the asker's own
    offered = answer_question(shipped_index, "sy guru PNS, ditawari partai maju jadi calon bupati. harus mundur kapan?")
    assert offered.rule is not None and offered.rule.id == "asn-mencalonkan-diri"


def test_a_place_name_and_where_one_works_are_no_resource(shipped_index: Index) -> None:
    # a word of a place's name ("Tanjung Balai") is not the hall ("balai") it also spells
    assert "resource-building" not in shipped_index.read("sy guru PNS di Tanjung Balai, boleh datang ke nikahan tetangga?").tags.ids
    assert "resource-building" in shipped_index.read("sy PNS, boleh pinjamkan balai desa ke timses?").tags.ids
    # Malay "kat" and Sasak "lek" are "di": the office named with them is where the asker works
    assert "resource-building" not in shipped_index.read("saye PNS kat kantor camat, boleh ke pegi kenduri?").tags.ids


def test_a_person_pointed_at_takes_the_role(shipped_index: Index) -> None:
    # "tetangga sy itu jadi timses": "itu" points at the neighbour, who takes the role
    tags = shipped_index.read("sy PNS. tetangga sy itu jadi timses caleg, boleh sy datang ke nikahan anaknya?").tags
    assert "role-campaign-team" in tags.others


def test_a_former_official_is_no_state_official(shipped_index: Index) -> None:
    # "mantan bupati kami": the candidate once held the office; the question is still the ASN's
    assert "oos-state-official" not in shipped_index.read("sy PNS, calon gubernur itu mantan bupati kami. boleh sy datang ke rumahnya?").tags.ids
    assert "oos-state-official" in shipped_index.read("bupati kami boleh ikut kampanye capres?").tags.ids


def test_a_career_or_foreign_word_beside_a_neutrality_question_keeps_it_ours(shipped_index: Index) -> None:
    # a contract that ends, a spouse from abroad, which programme is most realistic: still questions on neutrality
    for question in (
        "sy PPPK kontraknya habis, masih terikat netralitas?",
        "Saya PNS menikah dengan warga negara asing, boleh ikut kampanye caleg?",
        "PNS boleh ga nulis di FB mana yg paling realistis programnya dari semua paslon?",
    ):
        answer = answer_question(shipped_index, question)
        assert answer.kind != "abstain", (question, answer.redirect)


def test_someone_described_as_running_is_a_candidate(shipped_index: Index) -> None:
    tags = shipped_index.read("kami undang semua ketua cabor, termasuk ketua IPSI yg lg nyalon wali kota. boleh?").tags
    assert "target-candidate" in tags.ids and "act-run-for-office" not in tags.ids
    # ... but the asker, or an ASN named as the one asked about, still runs
    for question in ("PNS yg mau nyalon DPRD harus mundur kapan?", "saya sendiri yg mau nyalon bupati, kapan harus mundur?"):
        assert "act-run-for-office" in shipped_index.read(question).tags.own


@pytest.mark.parametrize(
    ("question", "declined"),
    [
        ("diajak kades ikut kampanye, sy ga ikut. aman?", True),
        ("temen ngajak sy ke posko paslon, sy ga ikut. sy pns, bener?", True),
        # residents someone means to invite are not the asker invited
        ("mertua sy kades minta sy rekap data warga yg mau diajak dukung caleg, sy ga ikut turun lapangan. sy pns, boleh?", False),
        # an official urging an audience invites nobody to stay out of
        ("kadis di sambutan mengajak coblos partai, kami guru ikut tepuk tangan, ikut kena tidak?", False),
    ],
)
def test_staying_out_after_an_invitation_is_a_refusal(shipped_index: Index, question: str, declined: bool) -> None:
    assert ("limit-refused" in shipped_index.read(question).tags.ids) == declined


@pytest.mark.parametrize(
    ("question", "reads"),
    [
        # the news read is the source of a claim the asker checks, not an act asked about
        ("om sy caleg, ngundang sy ke pertemuan warga. sy baca di berita bawaslu bilang asn yg cuma dateng ga masalah. bener?", False),
        ("I read news that Bawaslu said civil servants may attend if passive. Is that true?", False),
        # reading the news is the act asked about
        ("sy pns, sering baca berita soal program paslon di kompas. boleh?", True),
    ],
)
def test_news_that_says_something_is_a_source_not_reading(shipped_index: Index, question: str, reads: bool) -> None:
    assert ("act-read" in shipped_index.read(question).tags.ids) == reads


def test_a_security_assignment_at_a_campaign_is_still_duty(shipped_index: Index) -> None:
    answer = answer_question(shipped_index, "sy satpol pp ditugaskan jaga keamanan kampanye paslon. boleh?")
    assert answer.verdict == "allowed", (answer.kind, answer.rule and answer.rule.id)


def test_a_ruling_that_lets_the_act_go_ahead_cites_the_duty_of_neutrality(shipped_index: Index) -> None:
    # "you may" is measured against the duty to keep neutral (UU 20/2023 Pasal 24 ayat (1) huruf d):
    # cited among the first three when the card's own basis does not list it, and never twice
    allowed = answer_question(shipped_index, "sy pns datang ke nikahan anak caleg, cuma makan terus pulang. boleh?")
    cited = [c.passage.id for c in allowed.citations]
    assert allowed.verdict == "allowed" and NEUTRALITY_DUTY in cited[:3] and len(cited) == len(set(cited))
    # a prohibition rests on its own provisions
    prohibited = answer_question(shipped_index, "sy pns pasang stiker paslon 2 di motor. boleh?")
    assert prohibited.verdict == "prohibited" and NEUTRALITY_DUTY not in [c.passage.id for c in prohibited.citations]


@pytest.mark.parametrize(
    ("question", "runs"),
    [
        # "istrinya" is also a candidate's wife; after "sy" the asker is the ASN's wife
        ("sy istrinya ASN di palopo, sepupu sy daftar calon bupati", False),
        ("sy istrinya PNS, suami sy tiap malam debat capres", False),
        ("istri sy nyaleg DPRD, sy PNS", True),
    ],
)
def test_the_asker_who_is_an_asns_wife_does_not_run(shipped_index: Index, question: str, runs: bool) -> None:
    assert ("ctx-spouse-runs" in shipped_index.read(question).tags.ids) == runs


def test_a_wife_asking_for_her_husband_gets_the_rule_he_is_under(shipped_index: Index) -> None:
    # the card on declarations stands aside for a candidate's own spouse, not for every spouse named
    answer = answer_question(shipped_index, "sy istri PNS, boleh gk suami sy datang ke deklarasi bakal calon bupati?")
    assert (answer.verdict, answer.rule and answer.rule.id) == ("prohibited", "hadir-deklarasi-calon")
    own = answer_question(shipped_index, "suami sy nyalon bupati, sy PNS boleh hadir di deklarasinya?")
    assert own.rule is not None and own.rule.id == "pasangan-asn-jadi-calon"


def test_leaving_a_pile_of_brochures_on_colleagues_desks_hands_them_out(shipped_index: Index) -> None:
    answer = answer_question(shipped_index, "sy PNS, brosur caleg sy ambil setumpuk trs taruh di meja2 temen kantor. boleh?")
    assert answer.verdict == "prohibited", (answer.kind, answer.rule and answer.rule.id)
    # a brochure someone else left on the asker's desk, only read
    read = answer_question(shipped_index, "sy PNS, ada yg taruh brosur caleg di meja sy, sy baca doang. salah?")
    assert read.verdict == "allowed", (read.kind, read.rule and read.rule.id)


@pytest.mark.parametrize(
    ("question", "verdict", "card"),
    [
        # a father who no longer draws a PNS salary is retired, whatever word "PNS" the message holds
        ("bapak sy pensiunan guru, diminta jd timses caleg. takut pensiunnya dicabut, dia udh gk terima gaji PNS lagi. boleh?",
         "allowed", "pensiunan-pns-berpolitik"),
        # the Korpri uniform worn to vote is the office's clothing, not a campaign attribute
        ("Can I vote at my TPS while wearing my Korpri uniform before going to the office?", "allowed", "asn-hak-pilih"),
        ("Can a PNS attend a campaign rally in his Korpri uniform?", "prohibited", "hadir-kampanye"),
        # a group photo with the incumbent who led the official ceremony, put online by a colleague
        ("habis upacara HUT Korpri pegawai foto bareng bupati petahana yg jd inspektur upacara, sy ikut tanpa pose jari, temen upload ke fb. perlu minta dihapus?",
         "allowed", "acara-dinas-bersama-petahana"),
        ("sy PNS upload foto bareng caleg di fb, gk ada pose jari. trs sy hapus. cukup?", "prohibited", "terlanjur-unggah-foto-calon"),
    ],
)
def test_a_former_status_office_clothing_and_an_official_photo_are_no_campaign(
    shipped_index: Index, question: str, verdict: str, card: str
) -> None:
    answer = answer_question(shipped_index, question)
    assert (answer.verdict, answer.rule and answer.rule.id) == (verdict, card)


@pytest.mark.parametrize(
    ("question", "own_role"),
    [
        # a team named right after a thing owns the thing
        ("sy PNS, sy bantu angkat korban kecelakaan, ternyata mobilnya mobil tim sukses caleg. gmn?", False),
        ("sy PNS, suami sy bukan PNS ikut rapat relawan caleg. sy di rumah aja ngurus anak. sy kena gk?", False),
        # ... not a team the asker joins
        ("sy PNS jadi relawan caleg. boleh?", True),
        ("sy PNS gabung tim sukses caleg. boleh?", True),
    ],
)
def test_a_team_that_owns_a_thing_is_no_role_of_the_asker(shipped_index: Index, question: str, own_role: bool) -> None:
    assert ("role-campaign-team" in shipped_index.read(question).tags.own) == own_role


def test_a_volunteers_meeting_is_a_partisan_meeting(shipped_index: Index) -> None:
    answer = answer_question(shipped_index, "sy PNS ikut rapat relawan caleg. boleh?")
    assert answer.verdict == "prohibited", (answer.kind, answer.rule and answer.rule.id)
    accident = answer_question(shipped_index, "sy PNS, sy bantu angkat korban kecelakaan, ternyata mobilnya mobil tim sukses caleg. gmn?")
    assert accident.verdict != "prohibited", (accident.kind, accident.rule and accident.rule.id)
    driver = answer_question(shipped_index, "sy PNS jadi sopir mobil tim sukses caleg pas kampanye. boleh?")
    assert driver.verdict == "prohibited", (driver.kind, driver.rule and driver.rule.id)


def test_the_asker_who_urges_the_ladies_at_an_arisan_urges(shipped_index: Index) -> None:
    answer = answer_question(shipped_index, "sy PNS, pas arisan ibu2 sy ajak mereka pilih caleg tetangga sy. salah gk?")
    assert answer.verdict == "prohibited", (answer.kind, answer.rule and answer.rule.id)
    # the asker's mother who urges is someone else
    assert "sign-call-to-vote" in shipped_index.read("ibu sy ajak tetangga pilih caleg A. sy PNS, gmn?").tags.others
    # the ladies are still people, and their shirts theirs
    served = answer_question(shipped_index, "sy bidan PNS, pas posyandu ada ibu2 pake kaos paslon. sy tetep layani kan?")
    assert served.verdict == "allowed", (served.kind, served.rule and served.rule.id)


def test_going_round_homes_with_a_candidate_is_campaigning(shipped_index: Index) -> None:
    question = "sy PNS, pas lebaran sy ikut caleg keliling silaturahmi ke rumah2 warga. salah?"
    tags = shipped_index.read(question).tags
    # the candidate inside the act's phrase is still named
    assert {"act-campaign", "target-candidate"} <= tags.own
    assert answer_question(shipped_index, question).verdict == "prohibited"
    # a candidate who calls at the asker's home at Lebaran is a guest
    guest = answer_question(shipped_index, "sy PNS, pas lebaran caleg keliling silaturahmi ke rumah2, mampir ke rumah sy. sy suguhin kue. salah?")
    assert guest.verdict == "allowed", (guest.kind, guest.rule and guest.rule.id)


def test_a_neighbours_party_flag_is_the_neighbours(shipped_index: Index) -> None:
    question = "sy PNS, sy pasang bendera merah putih buat 17an di depan rumah. tetangga pasang bendera partai. aman kan?"
    assert "target-party" in shipped_index.read(question).tags.others
    assert answer_question(shipped_index, question).verdict != "prohibited"
    # the asker's own party flag is still put up
    own = answer_question(shipped_index, "sy PNS, pasang bendera partai di depan rumah pas musim kampanye, kan rumah sendiri")
    assert (own.verdict, own.rule and own.rule.id) == ("prohibited", "spanduk-baliho-stiker")


@pytest.mark.parametrize(
    ("question", "card"),
    [
        # a cap from a sponsored fun run is no campaign attribute
        ("sy PNS, sy pake topi dari event lari maraton sponsor bank. aman?", None),
        # an in-law's campaigning the asker keeps out of
        ("sy PNS, mertua sy pensiunan jd ketua tim sukses caleg. sy gk ikut campur. sy kena gk?", "keluarga-berpolitik-asn-tidak-ikut"),
        # "as their post" is a campaign post, and renting it out is the card on letting property, not posting online
        ("I work for an NGO. My landlord is a civil servant and wants to rent the empty front part of his house to a campaign team as their post. Is he allowed to?",
         "sewakan-properti-untuk-posko"),
    ],
)
def test_a_race_cap_an_in_laws_team_and_a_rented_post(shipped_index: Index, question: str, card: str | None) -> None:
    answer = answer_question(shipped_index, question)
    assert answer.verdict != "prohibited", (answer.kind, answer.rule and answer.rule.id)
    if card:
        assert answer.rule is not None and answer.rule.id == card


def test_lending_a_car_to_ferry_a_rallys_crowd_is_mobilising(shipped_index: Index) -> None:
    tags = shipped_index.read("sy PNS, sy pinjemin mobil pribadi sy buat antar jemput massa kampanye. boleh?").tags
    assert {"act-lend", "act-mobilise"} <= tags.own
    answer = answer_question(shipped_index, "sy PNS, sy pinjemin mobil pribadi sy buat antar jemput massa kampanye. boleh?")
    assert answer.verdict == "prohibited", (answer.kind, answer.rule and answer.rule.id)
    # taking one's own child past a rally is not
    school = answer_question(shipped_index, "sy PNS, sy antar jemput anak sy ke sekolah lewat depan kampanye. gpp?")
    assert school.verdict == "allowed", (school.kind, school.rule and school.rule.id)


def test_the_election_bodys_parade_is_its_own_event(shipped_index: Index) -> None:
    answer = answer_question(shipped_index, "sy PNS ikut kirab pemilu dari KPU. boleh?")
    assert (answer.verdict, answer.rule and answer.rule.id) == ("allowed", "acara-pemilu-damai-penyelenggara")
    # in a pair's shirt it is still an attribute worn
    assert answer_question(shipped_index, "sy PNS ikut kirab pemilu pake kaos paslon. boleh?").verdict == "prohibited"


def test_a_state_official_who_is_there_is_someone_else(shipped_index: Index) -> None:
    question = "sy perangkat desa, ditawarin jd ketua KPPS. ada anggota dewan yg bilang perangkat desa sebaiknya netral. emang boleh jd KPPS?"
    assert "oos-state-official" in shipped_index.read(question).tags.others
    answer = answer_question(shipped_index, question)
    assert (answer.verdict, answer.rule and answer.rule.id) == ("allowed", "perangkat-desa-bantu-penyelenggara")
    # a DPRD member's own leave is still not ours
    assert answer_question(shipped_index, "anggota DPRD yg nyaleg lagi wajib cuti gk?").redirect == "state-official"


def test_a_candidates_visit_is_a_campaign_stop(shipped_index: Index) -> None:
    question = "cabup mau kunjungan ke desa kami, ada makan bersama warga. sy kades diundang jd tuan rumah. sy dtg tp gk pidato, boleh?"
    assert "event-campaign" in shipped_index.read(question).tags.own
    assert answer_question(shipped_index, question).verdict == "prohibited"
    # a caleg calling at the asker's home is a guest
    guest = answer_question(shipped_index, "sy PNS, caleg kunjungan ke rumah sy pas lebaran. sy suguhin kue. salah?")
    assert guest.verdict == "allowed", (guest.kind, guest.rule and guest.rule.id)


def test_giving_a_campaign_calendar_to_the_scrap_man_gets_rid_of_it(shipped_index: Index) -> None:
    answer = answer_question(shipped_index, "sy PNS, sy dapet kalender dari tetangga, gambarnya caleg, sy kasih ke tukang loak. salah?")
    assert answer.verdict == "allowed", (answer.kind, answer.rule and answer.rule.id)
    # handing it round the neighbours is giving it out
    assert answer_question(shipped_index, "sy PNS, sy kasih kalender caleg ke tetangga2. boleh?").verdict == "prohibited"


@pytest.mark.parametrize(
    ("question", "own"),
    [
        # an asker who opens with her own ASN status acts herself, whatever ASN husband she names
        ("sy bidan PNS, suami sy camat. sy dtg ke kampanye paslon bupati. salah ya?", True),
        # an asker who is not the ASN asked about does not
        ("suami sy PNS. sy ibu rumah tangga, waktu sy dtg ke kampanye paslon, dia di rumah. dia kena gk?", False),
    ],
)
def test_an_asn_asker_with_an_asn_husband_still_acts_herself(shipped_index: Index, question: str, own: bool) -> None:
    assert ("act-attend" in shipped_index.read(question).tags.own) == own


def test_a_spouse_named_after_a_comma_does_not_run(shipped_index: Index) -> None:
    # "istri calon wakil bupati" is the candidate's wife; "kaos paslon, suami cm nemenin" is not
    question = "suami sy PNS, dia bawa anak kami ke kampanye paslon, anak dipakein kaos paslon, suami cm nemenin di pinggir lapangan. bahaya gk?"
    assert "ctx-spouse-runs" not in shipped_index.read(question).tags.ids
    assert "ctx-spouse-runs" in shipped_index.read("sy PNS istri calon wakil bupati, boleh dampingi kampanye?").tags.ids


def test_tutoring_a_candidates_child_like_the_other_neighbours_children(shipped_index: Index) -> None:
    answer = answer_question(shipped_index, "sy PNS, tetangga caleg minta anaknya diajarin matematika, sy ajarin gratis kayak anak tetangga lain. boleh?")
    assert answer.verdict != "prohibited", (answer.kind, answer.rule and answer.rule.id)
    # free lessons only for the candidate's child, to please him, are a favour
    favour = answer_question(shipped_index, "sy guru PNS, sy kasih les gratis khusus buat anak caleg biar bapaknya senang. boleh?")
    assert favour.verdict == "prohibited", (favour.kind, favour.rule and favour.rule.id)


# Phone questions and their verdicts, one row per reading a change taught the engine (from round
# fifty-five on: one table instead of one test function per change). Each row's comment says what it
# pins down; a row that fails names the question.
VERDICTS: list[tuple[str, str]] = [
    # rows of round fifty-four, when each change had a test function of its own
    # a declaration in the next room of a restaurant where the asker only ate
    ("sy PNS ikut deklarasi relawan caleg di restoran, duduk di dalam sampai selesai. boleh?", "prohibited"),
    # a plain shirt someone says is a party's colour
    ("sy PNS pakai kemeja kuning bergambar logo partai ke kantor. boleh?", "prohibited"),
    # how to mark the ballot, with the election body's specimen or the empty box's choices
    ("sy guru PNS, di kelas sy jelasin cara nyoblos, sy suruh murid coblos paslon nomor 2 di contoh surat suara. boleh?", "prohibited"),
    ("sy PNS, sy bilang ke tetangga coblos paslon aja jangan kotak kosong. boleh?", "prohibited"),
    # "jamaah wajib milih dia": a congregation told it must vote for the one named
    ("sy penyuluh agama PNS, di khutbah sy bilang cagub X pemimpin amanah, jamaah wajib milih dia. boleh?", "prohibited"),
    ("sy PNS penyuluh agama, di khutbah sy bilang jamaah wajib memilih, jangan golput. boleh?", "allowed"),
    # Ambonese "beta pung laki": my husband, the PNS asked about
    ("beta pung laki PNS, dia mau iko konvoi paslon hari minggu. bagaimana?", "prohibited"),
    ("beta pung laki PNS, dia cuma nonton debat paslon di tv. aman?", "allowed"),
    # a Papuan district head ("kepala distrik", a camat) steering a village meeting to one pair
    ("sy kepala distrik, di rapat kampung sy sampaikan kita sepakat satu suara buat paslon gubernur tertentu. salah?", "prohibited"),
    # a seed handout credited to a candidate's struggle, and a grant paid with "remember who fought for it"
    ("sy PNS penyuluh, pas bagi benih ke petani sy disuruh bilang ini berkat perjuangan pak caleg. ikutin aja?", "prohibited"),
    ("sy staf kecamatan, pas bantuan UMKM dr pemkab dibagi sy disuruh bilang 'ingat siapa yang memperjuangkan ya'. gpp?", "prohibited"),
    # the same handouts, given as every season
    ("sy PNS dinas pertanian, tiap musim bagi benih ke kelompok tani. tahun pilkada gini tetep jalan kan?", "allowed"),
    ("bantuan UMKM dr pemkab cair pas masa kampanye, sy staf yg bagi. gpp?", "allowed"),
    # "mrk" is "mereka", a keen "semangat bgt" does not take the act from them, and "nyeret sy" asks
    # whether their doing drags the asker in
    ("anak2 sy udh 17 th, mrk semangat bgt ikut kampanye akbar caleg. sy PNS, gk ikut. apa kelakuan anak sy bisa nyeret sy?", "allowed"),
    ("adik sy bukan ASN, dia semangat banget ikut konvoi paslon. sy PNS bisa ikut keseret gk?", "allowed"),
    ("sy PNS, sy semangat bgt ikut kampanye akbar caleg minggu ini. boleh?", "prohibited"),
    # what a supervisor is reported to have said is not the asker's role: watching a campaign stays ❌
    ("sy PNS, mau nonton konser kampanye caleg aja, gk pake atribut. kata panwas boleh asal pasif. bener?", "prohibited"),
    # state things named as the people say them: the regency's tents and chairs, a Manado "oto dinas",
    # a health centre's yard lent to a candidate's branded check-up, papers left on every desk ("meja2")
    ("sy kabag umum. tim paslon minta pinjem kursi pemda buat kampanye, bayar sewa. boleh?", "prohibited"),
    ("beta PNS, tim calon minta pinjam oto dinas. bole ka seng?", "prohibited"),
    ("sy kepala puskesmas PNS. calon gubernur mau bikin cek kesehatan gratis di halaman puskesmas, kaos panitianya bergambar dia. boleh sy pinjemin?", "prohibited"),
    ("sy kepala puskesmas PNS. PMI mau pinjem halaman puskesmas buat donor darah minggu. boleh?", "allowed"),
    ("sy PNS, print visi misi satu paslon, trs sy taruh di meja2 tmn kantor. boleh?", "prohibited"),
    ("sy PNS, taruh di meja2 temen kantor undangan syukuran anak sy. boleh?", "allowed"),
    # the neighbours the asker visits are whom the asker speaks to, not who speaks
    ("sy PNS, sore2 sy mampir ke rumah tetangga lansia, bilang 'mbah, besok coblos nomer 2 ya'. masalah?", "prohibited"),
    ("sy PNS, sy mampir ke rmh tetangga lansia, bilang 'mbah, besok jangan lupa ke TPS ya'. cuma ngingetin. masalah?", "allowed"),
    # English: a child who "keeps sharing" on "her own Instagram" acts alone; "only reprimanded?"
    # asks about sanctions
    ("Our daughter keeps sharing posts for a DPRD candidate on her own Instagram. My wife is a PNS. Is that a problem for her?", "allowed"),
    ("I'm a PNS and I keep posting memes for a presidential candidate on my Instagram. Is that ok?", "prohibited"),
    ("For a story: is a PPPK who joins a political party only reprimanded?", "info"),
    # "gpp kan buat sy?": whether a spouse's doing touches the asker, who takes no part
    ("sy guru PNS. istri sy bukan ASN, dia pasang kalender caleg di warungnya. itu gpp kan buat sy?", "allowed"),
    ("sy PNS. suami sy bukan ASN, dia pasang spanduk caleg di tokonya. itu gpp kan buat sy?", "allowed"),
    ("sy PNS, sy jadi relawan capres. itu aman kan buat sy?", "prohibited"),
    # the barber the asker goes to ("langganan sy") puts up the sticker; a football shirt from a
    # candidate's shop is shopping
    ("sy PNS, tukang cukur langganan sy pasang stiker caleg di kaca. sy tetep cukur disitu. gpp?", "allowed"),
    ("sy PNS, anak sy minta dibeliin kaos bola, kebetulan tokonya punya caleg. boleh sy beli?", "allowed"),
    ("sy PNS, langganan sy minta sy pasang stiker caleg di kaca mobil sy. boleh?", "prohibited"),
    ("sy PNS, sy beli jersey bola bergambar caleg buat dibagi ke tim futsal. boleh?", "prohibited"),
    ("sy PNS, sy ikut senam pagi di alun2 pake kaos partai. masalah gk?", "prohibited"),
    ("sy PNS, sy pasang bendera partai di depan rumah pas agustusan. masalah?", "prohibited"),
    # English "convoy", "motorcade": a campaign's procession, joined or only passed
    ("I'm a PNS. I drove my own car in a candidate's convoy on Sunday. Is that fine?", "prohibited"),
    ("I'm a PNS. I was stuck in traffic behind a candidate's motorcade on my way to work. Any problem?", "allowed"),
    # a colleague calling a yellow headscarf the party's colour; a live stream on the asker's own
    # TikTok with a candidate
    ("sy PNS, sy pakai kerudung warna kuning ke kantor, temen bilang itu warna partai. gimana?", "allowed"),
    ("sy PNS, sy live di tiktok sy bareng capres, ditonton 1000 orang. boleh?", "prohibited"),
    ("sy PNS, caleg kasih bingkisan lebaran isinya sembako ke warga, sy terima. boleh?", "prohibited"),
    ("sy PNS, sy nyetir mobil sy ikut rombongan kampanye caleg. boleh?", "prohibited"),
    # food carried every night to a candidate relative's campaign post is helping the campaign
    ("mamak sy nyalon bupati, temen2 beliau minta sy antar nasi bungkus ke posko pemenangan tiap malam. boleh?", "prohibited"),
    # a nurse's drip for a candidate brought to the ER; a colleague's talk the asker steers away from;
    # a shirt colour someone joked about
    ("perawat IGD, semalem caleg DPRD kecelakaan dibawa ke RS, sy yg pasang infus. ada masalah gk?", "allowed"),
    ("di kantor tmn sy ngomongin capres pas makan siang, sy ganti topik. itu udh bener?", "allowed"),
    ("My Indonesian colleague (PNS) wore a red shirt to the office birthday party. Someone joked it's a party colour. Is that a violation?", "allowed"),
    ("sy PNS, sy pasang baliho caleg di depan kantor. boleh?", "prohibited"),
    ("My husband is a PNS. His office WhatsApp group shares campaign memes, he never replies. Is he safe?", "allowed"),
    # partisan acts the helper's batch found answered ⚠️: the office meeting room used at night for a
    # campaign team ("sy pake ruang rapat"), one's home as a campaign post with the asker as "tuan
    # rumah", support signatures gathered from staff for a superior who runs
    ("sy pake ruang rapat kantor buat rapat tim pemenangan malem2 pas kantor sepi. boleh?", "prohibited"),
    ("rumah sy mau dipake buat posko pemenangan calon bupati, sy yg tuan rumah. aman?", "prohibited"),
    ("Kadis sy nyalon lagi, sy kumpulin tanda tangan dukungan dr staf. gpp kan buat bos sendiri?", "prohibited"),
    ("sy tuan rumah syukuran khitanan anak, caleg tetangga dateng sbg tamu. gpp?", "allowed"),
    ("sy pake ruang kelas buat les tambahan murid sore2. boleh?", "allowed"),
    # a pair's liaison officer ("jd LO paslon") is on its team; slang "lo" (you) is not
    ("sy PNS, boleh gk jd LO paslon pas pendaftaran di KPU?", "prohibited"),
    # a second helper batch: partisan acts answered ✅ or ⚠️ ("coblos ibu X", a candidate brought to
    # a farmers' group, English "donated", "joined the candidate's campaign team") …
    ("sy bidan, tiap posyandu cuma bilang ke ibu2 \"jgn lupa coblos ibu X ya\". boleh kan?", "prohibited"),
    ("sy penyuluh, cuma bawa caleg ke pertemuan kelompok tani biar kenalan sm petani. boleh?", "prohibited"),
    ("As a civil servant I only donated to the candidate's campaign fund from my personal savings. Allowed?", "prohibited"),
    ("I'm a PNS and I just joined the candidate's official campaign team as a volunteer on weekends. Okay?", "prohibited"),
    ("sy PNS, pas hari H sy bilang ke nenek 'besok coblos ya bu, jangan lupa'. gpp?", "allowed"),
    # … and harmless ones answered ❌: numbers that happen to match, a son's volunteering, an office
    # next to a campaign office
    ("nomor rumah sy 02, sama kyk no urut capres. masa harus diganti? hehe", "allowed"),
    ("plat motor sy ujungnya 3, nomor urut partai. gpp kan", "allowed"),
    ("I'm an expat whose Indonesian husband is a civil servant. Our son volunteers for a presidential campaign. Is my husband in trouble?", "allowed"),
    ("Our office building is next to a party campaign office. We don't need to move, do we?", "allowed"),
    ("sy PNS, sy pasang stiker nomor urut paslon 2 di plat motor sy. boleh?", "prohibited"),
    # a child described by a one-word relative clause ("anak sy yg kuliah jd relawan") takes the
    # role; a headmaster letting a caleg put banners on the school fence lends the school
    ("anak sy yg kuliah jd relawan capres, sy gk ikut. sy sbg PNS gk kena kan?", "allowed"),
    ("sy PNS yg baru jd relawan capres. boleh?", "prohibited"),
    ("sy kepsek, cuma izinin caleg pasang spanduk kampanye di pagar sekolah, kan dia alumni", "prohibited"),
    ("sy kepsek, sy izinin KPU pasang spanduk sosialisasi pemilu di pagar sekolah. boleh?", "allowed"),
    ("sy PNS, sy share poster relawan capres di grup. boleh?", "prohibited"),
    # voting in the work uniform before a shift; a candidate's pin on it is still one
    ("hari H pemilu sy ke TPS pake seragam dinas krn abis itu langsung piket. itu gpp?", "allowed"),
    ("sy PNS, ke TPS pake seragam dinas sambil pasang pin caleg. boleh?", "prohibited"),
    # a village-head card needs someone to do something: a routine posyandu in the house of a village
    # head whose wife runs is not the village head campaigning
    ("sy bidan desa, posyandu bulan ini ketempatan di rumah kades yg istrinya caleg. kegiatan posyandu rutin aja. aman?", "allowed"),
    ("kades kami dukung caleg, boleh?", "prohibited"),
    ("dana desa dipake buat kampanye caleg sm kades, boleh?", "prohibited"),
    # "jangan" denies what follows ("jgn ikut kampanye"), but "jangan lupa coblos ibu X" still marks one,
    # and the words the asker says to someone ("bilang ke warga '…'") are the asker's
    ("sy bidan PNS, tiap posyandu sy bilang ke ibu2 'jgn lupa coblos ibu X ya'. boleh?", "prohibited"),
    ("sy PNS, sy bilang ke warga 'jangan lupa coblos caleg X ya'. boleh?", "prohibited"),
    # a role taken before appointment that goes on now is judged as now
    ("sblm jadi PNS sy relawan caleg, skrg udh PNS tp masih jadi relawan. boleh?", "prohibited"),
    # "jadi" leads to a role its doer takes: the asker's own, too
    ("sy PNS, jadi pengurus partai. boleh?", "prohibited"),
    # a BPD member "jadi" a party officer: the card on village people's conduct (a village head's, with
    # its card, is in test_words_say_which_situation_is_asked_about)
    ("bapak sy anggota BPD, jadi pengurus partai. boleh?", "prohibited"),
    # partisan acts the helpers' phone batches found answered ✅: a candidate's branded notebooks for
    # pupils allowed by the head, a party scarf at an adat dance, a hint everyone understands, leaflets
    # set out at a counter, admin of a supporters' or volunteers' group
    ("sy kepala sekolah. ada caleg mau bagi buku tulis bergambar dirinya ke murid, sy izinkan asal di luar jam pelajaran. boleh?", "prohibited"),
    ("awak PNS, di pesta adat awak manortor pakai selendang warna partai yg ada nomor urut calon bupati, dibagi timnya. boleh?", "prohibited"),
    ("sy PNS tulis status 'yg peduli rakyat cuma satu, kalian tau lah siapa'. aman?", "prohibited"),
    ("caleg nitip brosur, sy taruh di meja pendaftaran puskesmas biar pasien ambil. boleh?", "prohibited"),
    ("sy PNS jadi admin grup telegram pendukung caleg, cuma approve member. boleh?", "prohibited"),
    ("sy PNS jadi admin grup FB relawan capres. boleh?", "prohibited"),
    # one side's banners left up ("yg no 2 biarin") is a one-sided clean-up
    ("sy PNS PU disuruh atasan nurunin baliho calon no 1 aja, yg no 2 biarin. gmn?", "prohibited"),
    # a volunteer's sign-up for the free shirt, a ticket's spokesperson on TV (the third and fourth batches)
    ("sy PNS isi form online jadi relawan capres biar dapet kaos & topi. boleh kan?", "prohibited"),
    ("A civil servant lecturer went on a TV talk show as spokesperson for a presidential ticket. Is that allowed?", "prohibited"),
    # a candidate scheduled for the pre-sermon talk, walked round the classes by the head, a programme
    # promised "asal petahana menang" (the helpers' last batches)
    ("sy ASN pengurus masjid, jumat depan caleg mau ngisi kultum sebelum khutbah, sy jadwalin aja. boleh?", "prohibited"),
    ("sy wali murid. kepsek SD nganterin caleg keliling kelas pas bagi rapor. itu wajar?", "prohibited"),
    ("kepala dinas: boleh gk sy bilang di rapat staf program dinas bisa lanjut asal petahana menang?", "prohibited"),
    # round fifty-seven, dev62's false ✅: part of a campaign team (English), a candidate-mother's KPU
    # profile shared, a village "satu suara ke dia" read out, the candidate's open-house round, standing in
    # the candidate's numbered photo, a call to re-elect "bupati yang lama"; speaking on a spouse's
    # campaign stage is the spouse card (⚠️, leave), and a tor-tor on a relative's stage stays ❌ (control)
    ("Can a civil servant be part of the campaign team of a presidential candidate?", "prohibited"),
    ("My father is a DPR candidate. May I share his official KPU profile on Instagram, it's neutral?", "prohibited"),
    ("kepala suku yg caleg minta sy bacakan di rapat kampung bahwa kampung kami satu suara ke dia. sy juru tulis", "prohibited"),
    ("ipar sy calon bupati, sy diajak ikut keliling open house ke rumah warga. aman?", "prohibited"),
    ("sy penyuluh PNS. pas serah terima bantuan, caleg DPR RI dtg dan minta foto bareng nelayan sambil pegang stiker nomornya, sy ikut berdiri di tengah. gmn?", "prohibited"),
    ("bapak sy kepala kampung suruh sy kasih tau warga pilih bupati yang lama. boleh?", "prohibited"),
    ("sy PNS mau ikut bicara di panggung kampanye suami yang nyaleg. boleh?", "conditional"),
    ("sy PNS, mau manortor di panggung kampanye tulang sy yg calon bupati. boleh?", "prohibited"),
    # dev62's harmless ❌: helping the election supervisor take every pair's banners down on a letter
    ("sy ASN bantu panwas nurunin baliho semua paslon di masa tenang, ada surat resminya. boleh?", "allowed"),
    # partisan acts the round-57 helpers' batches found answered ✅ or ⚠️: "jgn lupa nanti pilih yg udah bantu
    # kita" told to flood victims, a candidate's business cards slipped into pupils' report books; joining
    # a volunteers' group oneself stays ❌ (control for the group-name reading below)
    ("sy PNS BPBD, waktu bagi bantuan sy pesan ke warga jgn lupa nanti pilih yg udah bantu kita. boleh?", "prohibited"),
    ("sy guru titip kartu nama caleg di rapor murid biar dibaca ortunya. boleh?", "prohibited"),
    ("sy PNS gabung grup WA relawan capres. boleh?", "prohibited"),
    # a convoy passing the house watched from the porch, a doctor on the appointed health-check team
    ("rumah sy dilewatin konvoi kampanye, sy cuma liat dr teras. aman?", "allowed"),
    ("sy dokter PNS ditunjuk jadi tim pemeriksa kesehatan cagub. aman?", "allowed"),
    # dev62's partisan acts answered by the general principle (⚠️): a one-sided clean-up told as "lawan aja,
    # jagoan sy biarin", an office boat lent to a campaign, a party parade, a campaign team's night meeting
    # on its areas, a campaign programme translated for a fee
    ("sy PNS cabutin baliho paslon lawan aja, baliho jagoan sy biarin. boleh?", "prohibited"),
    ("tim caleg minta numpang kapal dinas buat kampanye ke pulau, sy izinin?", "prohibited"),
    ("sy PNS diajak ikut pawai partai pake kaos partai, blm masa kampanye. boleh?", "prohibited"),
    ("sy ASN diajak ikut rapat di rumah tim paslon bahas pembagian wilayah pemenangan, cuma dengerin. boleh?", "prohibited"),
    ("A candidate's team wants to pay me to translate their programme into English. I'm a PNS. May I?", "prohibited"),
    # an office's admin removing a candidate's self-promotion and pinning the service hours instead
    ("sy admin medsos dinas, ada komentar caleg promosi diri di postingan kantor, sy hapus lalu pin komentar info layanan. bener?", "allowed"),
    # a partisan act from the round-57 helpers' later batches (health, worship, leaders) answered ✅: a boss
    # ordering attendance at a candidate's gathering
    ("My boss told all of us to come to the candidate's family gathering on Sunday, attendance will be recorded. Fine?", "prohibited"),
    # harmless acts from the same batches answered ❌: the health certificate a candidate's registration needs,
    # an ambulance on standby by order, a hospital's reminder to vote with no names, a group of worshippers
    # where someone posts campaign videos, a neutral reminder to vote by conscience
    ("sy bidan bikin surat keterangan sehat buat bakal caleg yg daftar ke KPU, itu tugas puskesmas. boleh?", "allowed"),
    ("sopir ambulans PNS disuruh standby di lapangan pas rapat umum paslon, sy nunggu di mobil. aman?", "allowed"),
    ("di grup WA pengajian ada yg kirim video kampanye caleg, sy gk bales apa2. aman?", "allowed"),
    ("sy PNS boleh bilang ke jamaah pengajian pilih pemimpin yg amanah sesuai hati nurani masing2?", "allowed"),
    # a head of division ordering staff to find voters (English; dev62): what to do when a superior orders support
    ("My head of division asked each of us to find ten voters for a candidate. What should I do?", "info"),
    # campaign comments left by others on an office account, hidden "semuanya" (found writing the authors'
    # questions for the new moderation card)
    ("di IG kecamatan banyak komentar ajakan pilih paslon dari netizen, boleh saya sembunyikan semuanya?", "allowed"),
    # a pregnant patient's campaign shirt is hers: the midwife examines her as usual (round fifty-seven's last check)
    ("sy bidan desa PNS, td ada ibu hamil dtg periksa pake kaos caleg, sy periksa kyk biasa. salah gk?", "allowed"),
    ("td ibu hamil dtg pake kaos caleg, sy periksa kyk biasa. salah gk?", "allowed"),
    # a pupil's parent's post in the class group is theirs; the teacher who keeps their vote secret (round fifty-eight's phone questions)
    ("Ada wali murid share video kampanye di grup kelas, sy diemin aja gk nanggepin. Itu aman buat sy?", "allowed"),
    ('Wali murid nanya di grup kelas "bu pilih nomor berapa nanti?" Sy bales "rahasia bu, yg penting datang ke TPS ya". Bener gk jawaban sy?', "allowed"),
    # control: the teacher's own share in the class group
    ("sy guru PNS, sy share video kampanye paslon di grup kelas wali murid. boleh?", "prohibited"),
    # English "like" comparing ("like any visitor"), and paying a candidate as any tenant, resident or subscriber does
    ("I'm a forestry ranger. A candidate hiked in the protected area and I checked his entry permit like any visitor. Is that a problem?", "allowed"),
    ("Land surveyor question: a legislative candidate came to the counter to ask about his land certificate status. I answered like for any applicant. Is that ok?", "allowed"),
    ("sy penyuluh, petani binaan yg caleg minta saran dosis pupuk organik buat lahannya sendiri. sy kasih saran sama kyk petani lain. aman kan?", "allowed"),
    ("bayar uang kontrakan tiap bulan ke pemilik yg lagi nyaleg, transfer ke rekening pribadinya. itu aman kan", "allowed"),
    ("Saya tinggal di perumahan yang ketua paguyubannya calon DPRD. Saya tetap bayar iuran keamanan bulanan kan?", "allowed"),
    ("sy mau pasang wifi, teknisi dr ISP lokal yg pemiliknya caleg. bayar bulanan. gk masalah kan", "allowed"),
    # controls: a like given, a banner put up, dues for a campaign
    ("I'm a PNS. Can I like a candidate's Instagram post like my friends do?", "prohibited"),
    ("sy PNS mau pasang spanduk caleg di pagar rumah. boleh?", "prohibited"),
    # a statistics office's survey and a field survey are the job; market fees and a water connection served in queue order
    ("sy pegawai BPS lg survei, salah satu ruta sampel ternyata rumah caleg DPRD. wawancara biasa aja kan gpp?", "allowed"),
    ("Kalau calon gubernur nanya arah jalan ke sy pas sy lagi survei saluran irigasi, sy tunjukin aja kan gpp?", "allowed"),
    ("Saya PNS di UPT pasar. Pedagang yang bayar retribusi ada yang caleg. Saya tarik retribusi dan kasih karcis kayak biasa, bener?", "allowed"),
    ("Water utility engineer (PNS) here. The candidate's campaign office applied for a new water connection. We installed it in the normal queue order. Any problem?", "allowed"),
    # control: a campaign's own survey done by a statistics officer
    ("sy pegawai BPS, timses caleg minta sy olah survei internal pemenangan mereka, dibayar. boleh?", "prohibited"),
    # a candidate at school as a pupil's parent, served as usual (report cards, admissions); a spouse's party role while the asker keeps out
    ("Saya wali kelas. Bapak dari salah satu murid saya ternyata caleg DPRD. Waktu pembagian rapor dia datang ambil rapor anaknya dan saya serahkan seperti biasa. Aman?", "allowed"),
    ("saya guru PPPK, murid saya orang tuanya caleg. waktu pembagian rapor, saya serahkan rapor ke dia seperti wali murid lain. normal kan?", "allowed"),
    ("Suami sy pengurus partai, sy guru PNS. Selama sy gk ikut kegiatan partai aman ya?", "conditional"),
    # controls: the parent's stickers handed out, pupils told to carry a vote home
    ("Bapak dari salah satu murid saya caleg, dia titip stiker, sy bagiin ke murid2 pas pembagian rapor. boleh?", "prohibited"),
    ("murid sy orang tuanya caleg, sy minta murid2 bilang ke ortunya pilih dia. salah?", "prohibited"),
    # control: a neutral reminder to vote while handing out aid
    ('sy bagiin benih bantuan pemerintah ke petani sambil bilang "jangan lupa datang ke TPS ya". boleh?', "allowed"),
    # a public-works officer telling a village meeting that the road project goes on whoever wins (dev63)
    ("sy ASN PUPR Berau, disuruh jelasin jadwal proyek jalan di rapat kampung. ada warga nanya 'kalau paslon X menang jalannya lanjut gak', sy jawab proyek sesuai APBD, gak tergantung siapa menang. tepat ya jawaban sy?", "allowed"),
    # control: promising the project only if one pair wins
    ("sy PNS PU, di rapat desa sy bilang proyek jalan cuma lanjut kalau paslon X menang, pakai APBD. boleh?", "prohibited"),
    # aid held back from the villages that back the other side (dev63, terse)
    ("tunda bansos desa lawan petahana", "prohibited"),
    # a relative's own campaigning the asker takes no part in is not helping a relative who runs (dev61)
    ("I'm a PNS and my teenage daughter wants to post a TikTok in favour of a presidential candidate. Can she? She uses her own account but our surname is unusual, so people know she's my daughter.", "allowed"),
    # control: money handed over on condition of a vote
    ("timses kasih uang arisan ke kami asal pilih paslon 2, sy PNS terima. gpp?", "prohibited"),
    # controls: a neighbour receiving a candidate's groceries, a manifesto poster only read
    ("ibu sy (bukan ASN) terima sembako dr caleg. sy PNS gk ikut apa2. aman?", "allowed"),
    ("sy lihat poster visi misi paslon di balai desa, sy baca aja. boleh?", "allowed"),
    # a photo with a pair's volunteers posing their number, now circulating (dev63), is the gesture, not a circular
    ("sy camat di Ciamis. ada foto sy bareng relawan paslon, di meja ada stiker mereka & sy ikutan pose jari nomor mereka. itu beredar di FB. gimana nih?", "prohibited"),
    ("sy lurah di binjai. di acara warga ada tim paslon walkot dtg, kami foto bareng & sy ikut pose 3 jari kayak mereka. fotonya skrg beredar. masalah gak?", "prohibited"),
    # a circular named by its issuer ("edaran sekda …") is still a circular (the authors' set found it)
    ("edaran bupati isinya minta asn lanjutkan pembangunan petahana pas nyoblos, boleh?", "prohibited"),
    # control: the teacher's own call to vote, then letting protests pass
    ("sy guru, sy bilang ke murid pilih capres nomor 2 ya, terus sy diemin aja kalo ada yg protes. salah?", "prohibited"),
    # typing a campaign team's meeting invitations on the office laptop; carrying chairs at a campaign event
    ("pak sy staf desa PNS, kades nyuruh sy ketik undangan rapat tim sukses pake laptop kantor. gmn?", "prohibited"),
    ("suami sy PNS kmrn bantu angkat kursi di acara kampanye caleg tetangga", "prohibited"),
    # controls: the same hands at a neighbour's wedding; a banner the asker put up at the mosque
    ("sy PNS kmrn bantu angkat kursi di hajatan nikahan tetangga, boleh kan?", "allowed"),
    ("sy PNS ikut kerja bakti di masjid, trus sy pasang baliho caleg di pagar masjid. gpp?", "prohibited"),
    ("sy PNS di acara pengajian ada caleg, sy gak ngapain, cuma ikut yel2 pas dia dtg", "prohibited"),
    # controls: the photo taken, the brochures handed on, a campaign video forwarded to the office group
    ("ketemu capres di bandara, beliau ngajak foto bareng, sy PNS mau aja trs sy upload. boleh?", "prohibited"),
    ("sy PNS jaga pos kantor, tim sukses titip brosur, sy bantu bagiin ke pegawai. boleh?", "prohibited"),
    ("sy PNS teruskan video kampanye caleg ke grup WA kantor. boleh?", "prohibited"),
    # going to watch a rally from afar ("pi lia dari jauh") is attending it
    ("beta guru PNS, besok ada kampanye paslon di lapangan. beta bole pi lia dari jauh ko seng?", "prohibited"),
    # controls: passing a stage, then dancing on it; helping a candidate sister, "is it a problem for me?"
    ("sy PNS lewat depan panggung kampanye trus ikut joget bareng caleg di atas panggung. gpp?", "prohibited"),
    ("Adik sy caleg, sy PNS ikut bagi brosur dia ke tetangga, masalah gak buat saya?", "prohibited"),
    # a dinner where the candidate talks "strategi menang"; sitting in on a strategy meeting at a candidate's house
    ("sy PNS. mantan sekda yg nyalon ngajak sy & kabid makan malam, bahas strategi menang di kecamatan. sy dtg aja, cuma makan. gmn?", "prohibited"),
    ("kumpul di rumah caleg bahas strategi pemenangan dapil, sy PNS cuma duduk dengerin sambil ngopi. masalah?", "prohibited"),
    # controls: "to all the residents" does not excuse a call to vote or a candidate's shirts handed out
    ("sy PNS bilang ke semua warga pilih paslon 2 ya. boleh?", "prohibited"),
    ("sy PNS bagi kaos caleg ke semua warga tanpa membedakan. boleh?", "prohibited"),
    # a candidate's free homecoming bus shared to the family group; a relative's programme pitched at the
    # asker's savings circle; a candidate's speech at the school ceremony as the price of uniforms
    ("Share info bus mudik gratis dari caleg X ke grup WA keluarga, niatnya bantu sodara biar bisa pulang. Aman?", "prohibited"),
    ("Arisan bulan depan di rumah sy. Ipar sy yg caleg minta waktu 15 menit buat kenalin programnya ke ibu2 arisan. Sy PNS, cuma nyediain tempat. boleh?", "prohibited"),
    ("Kepala sekolah: caleg mau nyumbang seragam utk murid korban kebakaran, asal dia boleh kasih sambutan di upacara senin. sy iyain aja, demi anak2.", "prohibited"),
    # controls: the same bus only read in the group, the same relative at the savings circle with no politics
    ("ada caleg di grup WA keluarga kami, dia share info bus mudik gratis. sy PNS cuma baca gk bales. aman?", "allowed"),
    ("ipar sy caleg dtg ke arisan di rumah sy, cuma silaturahmi gk bahas politik. sy PNS tuan rumah. aman?", "allowed"),
    # a district's flood aid staged to be handed over beside the incumbent candidate
    ("Sy camat. Bansos banjir dari pemda sy atur diserahkan bareng calon bupati petahana yg lagi cuti kampanye, biar warga senang. boleh kan?", "prohibited"),
    # a candidate-parent's flyer slipped into pupils' report books (the five questions after the last change)
    ("I'm a PNS teacher. A parent who is a DPRD candidate asked me to slip his flyer into the pupils' report books. Can I?", "prohibited"),
    # control: an envelope from a candidate's team taken at a wedding
    ("sy PNS dikasih amplop sama timses caleg pas kondangan, sy terima kyk biasa. gpp?", "prohibited"),
    # control: a candidate's poster shared to the farmers' group
    ("sy PNS share poster caleg ke grup wa kelompok tani biar anggota pilih dia. boleh?", "prohibited"),
    # controls: the same delivery handed out to staff; a candidate's banner in the lobby
    ("Kantor dapat kiriman 500 kaos caleg dari timses, sy PNS bagikan ke semua pegawai. boleh?", "prohibited"),
    ("sy PNS pasang spanduk caleg di lobi kantor. boleh?", "prohibited"),
    # controls: banners put up with a team on the subdistrict head's order; leave taken to join a rally's speeches
    ("sy PNS kecamatan disuruh camat pasang baliho paslon bareng timses. ikut aja kan?", "prohibited"),
    ("sy PNS ambil cuti pas hari kampanye akbar biar bisa ikut orasi. boleh?", "prohibited"),
    # control: leave in campaign week spent at a rally
    ("I'm a civil servant on annual leave during campaign week, so I'll join my cousin's rally. Fine?", "prohibited"),
    # a head teacher asking staff to turn up at a candidate's event "biar rame"
    ("Sy kepsek, sy minta guru2 honorer hadir di acara caleg di lapangan desa biar rame. gk maksa kok.", "prohibited"),
    ("Saya kepala sekolah. Calon bupati bikin festival budaya, saya minta guru-guru datang pakai seragam biar sekolah kelihatan. Cuma hadir aja kan?", "prohibited"),
    # control: a dinner with an old friend who runs, family talk only
    ("sy PNS makan malam sama teman lama yg nyalon bupati, ngobrol soal keluarga aja. boleh?", "allowed"),
    # MC at a candidate's own handover of aid ("penyerahan bantuan dr caleg") is a campaign event's crew
    ("sy PNS diminta jd MC acara penyerahan bantuan dr caleg di balai desa. sy cuma bawain acara. aman?", "prohibited"),
    # a candidate asking whether his candidacy makes trouble for his PNS wife ("bikin status PNS": her employment, no status posted)
    ("Saya caleg DPRD. Istri saya guru PNS, tidak ikut kampanye, tidak posting apa-apa soal saya. Apakah pencalonan saya bisa bikin status PNS istri saya bermasalah?", "allowed"),
    # "beta istri pns" (Ambon Malay) sets the asker apart as "saya istri pns" does: one set of words
    # for the asker alone (bot/text.py, ASKER_ALONE) serves attribution, tagging and readings (round seventy-three)
    ("beta istri pns, beta mau ikut kampanye caleg, bisa ka?", "allowed"),
    # control: the asker who is the PNS
    ("beta pns, beta mau ikut kampanye caleg, bisa ka?", "prohibited"),
    # the asker, the ASN's spouse, asks leave for herself after "boleh": her own act (round seventy-four)
    ("suami sy pns. sy ibu rumah tangga, boleh sy ikut kampanye?", "allowed"),
    # control: "Can I bring her": the ASN is taken along
    ("My wife is a PNS. Can I bring her to the rally?", "prohibited"),
    ("istri sy pns, boleh sy ajak dia ke kampanye?", "prohibited"),
    # a refusal said with a negation of its own ("sy bilang gk bisa") is made, not asked about
    ("bu kades minta sy bagiin kaos caleg. sy bilang gk bisa", "allowed"),
    # control: the village head's own handout
    ("bu kades bagiin kaos caleg ke warga pas posyandu. boleh?", "prohibited"),
    # age and denied status in an aside still describe the relative who takes the role
    ("anak sy (23 thn, bukan ASN) jd tim sukses caleg. sy PNS, apa sy hrs larang dia biar sy gk kena?", "allowed"),
    ("anak sy 23 thn, bukan ASN, jd tim sukses caleg. sy PNS, apa sy kena?", "allowed"),
    ("anak sy kuliah, bukan asn, ikut jadi relawan capres. sy pns. apa sy harus larang dia? takut kena ke sy", "allowed"),
    # control: the ASN who helps the relative
    ("anak sy 23 thn jd tim sukses caleg, sy PNS ikut bantu dia pasang spanduk. apa sy kena?", "prohibited"),
    # "should I stop them?" asks about the relative's politics, as a fear of sanction does
    ("anak sy jd tim sukses caleg. sy PNS, apa sy hrs larang dia?", "allowed"),
    # an aside on the one in a role does not part the role from its act
    (
        "sy asn tinggal di kompleks. ketua rt (bkn asn) ngajak warga kumpul malem buat dengerin caleg. sy gk dtg. secara aturan aman kan",
        "allowed",
    ),
    # control: the asker who is the RT head gathers them
    ("sy asn, jd ketua rt. sy ngajak warga kumpul malem buat dengerin caleg. boleh?", "prohibited"),
    # a follow-up that restates what was forbidden, then asks about something else (round seventy-four)
    ("klo yg tadi gk boleh follow akun tim pemenangan, klo follow akun resmi kpu sm bawaslu gmn?", "allowed"),
    # controls: the candidate named stays when the question names nothing of its own; the follow-up
    # itself partisan; a rule told in the story is no restatement
    ("klo yg tadi gk boleh share postingan caleg, klo cuma baca beritanya di detik gmn?", "allowed"),
    ("klo yg tadi gk boleh foto sama caleg, klo salaman doang pas kondangan gmn?", "allowed"),
    ("klo gk boleh pasang spanduk caleg, klo pasang stiker caleg di motor boleh?", "prohibited"),
    ("bawaslu bilang grup tertutup tetap gk boleh, klo sy share video paslon di grup keluarga gmn?", "prohibited"),
    # leaving a party: how, not whether one may be in it
    ("sy pppk baru, sblm daftar sy anggota partai. cukup bikin surat pengunduran diri ke dpc?", "conditional"),
    ("sy pns mau jadi anggota partai, boleh?", "prohibited"),
    # passing by, in Sundanese
    ("abdi PNS, balik ti pasar ngan ngaliwat hungkul pas aya kampanye di alun-alun. teu nanaon?", "allowed"),
    ("sy pns ikut kampanye caleg di lapangan, boleh?", "prohibited"),
    # a candidate put first at work, or handed an office's list, is no citizen served like others (round seventy-four)
    ("sy perawat pns, ada pasien caleg dirawat, sy kasih prioritas obat drpd pasien lain. boleh?", "prohibited"),
    # control: served like any patient
    ("ada pasien caleg dirawat di bangsal, sy perawat pns layani sama kyk pasien lain sesuai antrian. boleh?", "allowed"),
    ("sy staf perizinan kecamatan. permohonan izin kampanye semua paslon sy proses sesuai urutan masuk. benar?", "allowed"),
    # English: "shaking hands", and a photo denied with "didnt" / "did not take" (round seventy-four)
    (
        "I'm a PPPK teacher. A candidate came to the market and I ended up shaking hands with him, but I didnt take photos. Is that a problem?",
        "allowed",
    ),
    # control: the photo taken
    ("I'm a PNS. I took photos with the candidate at his rally. Is that ok?", "prohibited"),
    # staff said to be there ("ada guru honorer pasang …") put it up; the asker only tells them to take it off (round seventy-five)
    ("ada guru honorer pasang stiker caleg di laptop sekolah. sy kepsek pns, boleh sy suruh copot?", "conditional"),
    # control: the asker tells them to put it up
    ("sy kepsek pns, sy suruh guru honorer pasang stiker caleg di laptop sekolah. boleh?", "prohibited"),
    # going elsewhere once the place turned into a campaign
    ("sy asn, biasa ngopi di angkringan dekat kantor. skrg angkringannya jd 'angkringan relawan paslon'. sy pindah angkringan lain. berlebihan gk?", "conditional"),
    ("sy pppk, dateng ke pentas seni di alun2, ternyata pentasnya kampanye paslon. sy langsung balik. aman?", "conditional"),
    # control: staying with the volunteers
    ("sy asn, biasa ngopi di angkringan dekat kantor. skrg angkringannya jd 'angkringan relawan paslon'. sy ikut nongkrong bareng relawannya. boleh?", "prohibited"),
    # the one to vote for pointed at ("pilih yg itu tuh"), and a duty done for one side only
    ("sy guru ppkn pns, sy bilang ke murid pemilih pemula kalo mau sekolah gratis pilih yg itu tuh. boleh?", "prohibited"),
    ("sy satpol pp pns, disuruh nertibin apk. yg paslon 1 biarin, yg paslon lain copot. boleh?", "prohibited"),
    ("sy pns satpol pp, disuruh jaga rapat akbar paslon 1, paslon 2 ga dijaga. boleh?", "prohibited"),
    # control: the lesson on how to vote
    ("sy guru pns, di kelas sy jelasin cara nyoblos ke murid kelas 12 yg udh punya hak pilih. boleh?", "allowed"),
    # the facts of a case asked ("sanksinya lewat mana?") with no card: the procedure principle, not "it depends"
    ("sy kabag umum. ada staf honorer yg ikut deklarasi paslon. dia bukan asn, sanksinya lewat mana ya?", "info"),
    # control: the asker's own act, with a sign of support, asked about its sanction
    ("sy pns, minggu lalu foto bareng caleg pake seragam dinas sambil acung 2 jari. apa sy bisa kena sanksi?", "prohibited"),
    # a vote pledged to the candidate's face is support, whatever the handshake before it
    ("sy pns, ketemu caleg di pasar, dia nyapa. sy jawab 'insyaallah keluarga kami pilih bapak'. gpp?", "prohibited"),
    # control: only the handshake
    ("sy pns, ketemu caleg di pasar, dia ngajak salaman. sy salaman aja trus lanjut belanja. gpp?", "allowed"),
    # a refusal weighed as the better choice ("atau mending sy tolak aja?") is not one made
    ("sy camat. calon bupati mau mampir ke kantor minta foto bareng di depan papan nama kecamatan. sy gk enak. atau mending sy tolak aja?", "conditional"),
    # living next to a campaign does not cover joining its crowd or dancing in front of its stage
    ("kampanye di sebelah rumah, sy pns ikut gabung joget di depan panggung. boleh?", "prohibited"),
    ("kampanye di sebelah rumah, sy pns ikut gabung di depan panggung. boleh?", "prohibited"),
    # control: only heard from home
    ("kampanye di sebelah rumah, sy pns cuma dengar dari rumah. boleh?", "allowed"),
    # a guard said to be there put the poster up; the asker asks him to take it off (unseen questions after the docs)
    ("sy kasubag tu sekolah pppk. ada satpam honorer yg pasang poster capres di pos jaga. boleh sy minta dia copot?", "conditional"),
    # support pledged for the whole family, to the candidate's face
    ("sy pns, caleg nyamperin di warung, sy bilang 'insyaallah kami sekeluarga dukung bapak'. gmn?", "prohibited"),
    # a sticker someone else put on, peeled off at once
    ("my wife is a PNS midwife. a candidate's volunteer put a sticker on her scooter at the market, she peeled it off right away. is she in trouble?", "conditional"),
    # round seventy-six: an organisation's own election (PGRI, Korpri, a rector, an RT, a cooperative's
    # board) is none the neutrality rules name; its candidates and the backing told beside them are its own
    ("sy guru pns, temen sy nyalon ketua pgri kabupaten. boleh sy bantu kampanye ke guru2 lain?", "allowed"),
    ("sy dosen PNS, boleh ikut tim sukses salah satu calon rektor?", "allowed"),
    ("pemilihan ketua korpri kantor bulan depan, sy pns ajak temen2 pilih bu ani. melanggar netralitas?", "allowed"),
    ("sy PNS, warga minta sy nyalon ketua RW, boleh?", "allowed"),
    ("koperasi pegawai mau pemilihan pengurus, ada 2 paslon ketua. sy pns dukung salah satu, boleh?", "allowed"),
    # controls: a Pemilu candidate or party named beside it is still the question
    ("sy pns nyalon ketua rt, sy janji ke warga kalau terpilih kita semua dukung caleg partai X. boleh?", "prohibited"),
    ("pemilihan rektor bulan depan, sy dosen pns pasang stiker capres di ruang dosen. boleh?", "prohibited"),
    ("sy pns pengurus pgri, ajak guru2 dukung cabup nomor 2 di konferkab pgri. boleh?", "prohibited"),
    # a relative's post that says its support ("bikin status fb dukung capres"), asked about for fear of a
    # sanction or whether to stop it: the relative's politics, not the asker's
    ("anak sy 20 thn bikin video tiktok dukung caleg, sy pns. apa sy bisa kena sanksi?", "allowed"),
    ("ponakan sy bikin status fb dukung capres, sy pppk. sy harus larang?", "allowed"),
    # control: the asker's own post
    ("sy pns bikin status fb dukung capres. boleh?", "prohibited"),
    # what was asked for not handed over, a gift sent back, an invitation not attended: refusals made
    ("ada tetangga minta fotokopi ktp sy buat dukungan calon perseorangan, sy gak kasih. bener kan?", "allowed"),
    ("suami sy pns dapat bingkisan dari tim caleg, dia kembalikan hari itu juga. sudah benar?", "allowed"),
    ("sy camat pns, ada undangan kampanye paslon ke kantor, sy tidak menghadiri. sudah tepat?", "allowed"),
    # ... but the other candidates turned away is one side served
    ("sy kepala sekolah pns, caleg A sy izinkan pakai aula buat kampanye, caleg lain gk sy kasih. boleh?", "prohibited"),
    # from five unseen questions asked after the docs commit: someone backed "jd ketua pgri"
    ("sy guru pns, sy ajak guru2 lain pilih bu sari jd ketua pgri kecamatan. boleh?", "allowed"),    # round seventy-seven: an asker who says they are no ASN ("sy wiraswasta", "sy (bukan asn)"), asking for
    # an ASN relative, does their own acts apart from the relative
    ("suami sy guru pns, sy wiraswasta, mau pasang baliho caleg di toko sy. suami bisa kena?", "allowed"),
    ("ayah sy pppk, sy mahasiswa, mau donasi ke capres lewat rekening sy. ayah kena gk?", "allowed"),
    ("istri sy bidan pns, sy (bukan asn) ikut konvoi kampanye paslon bupati. istri aman?", "allowed"),
    # controls: the ASN's own act, with the relative's things or money
    ("sy pns, istri sy wiraswasta. sy mau pasang baliho caleg di toko istri. boleh?", "prohibited"),
    ("ayah sy pppk, mau donasi ke capres lewat rekening sy. boleh?", "prohibited"),
    # control: the asker wears it ("ojol pake jaket partai" is the driver's)
    ("sy pns pake jaket partai pas jemput anak. boleh?", "prohibited"),
    # a relative named right before a role is what they are ("anak sy relawan cagub", no "jadi")
    ("Anak sy relawan cagub (masih kuliah). Sy PNS. Harus sy larang dia?", "allowed"),
    ("bapak sy tim sukses paslon, sy honorer gk ikut apa2. bisa dipecat gk?", "allowed"),
    # control: the asker joins in
    ("anak sy relawan capres, sy pns ikut bantu dia bagi2 brosur. boleh?", "prohibited"),
    # a team's own muster ("apel siaga pemenangan") is no readiness parade of the election body; a spouse's
    # registration convoy is no part of everyday life beside a candidate (the card on joining with leave answers)
    ("kabid nyuruh staf ikut apel siaga pemenangan paslon 1 hari sabtu. sy ikut aja, boleh?", "prohibited"),
    ("Istri maju caleg, sy pns. kalau sy ikut konvoi arak-arakan waktu dia daftar ke KPU gmn?", "conditional"),
    # before the asker was an ASN, spelled short ("sblm sy jd pns", "wkt kuliah"), and a party left by letter
    ("dulu pas kuliah sy punya kta partai, wkt daftar pppk udah bikin surat keluar. skrg sy aman?", "conditional"),
    ("foto lama sy pake kaos caleg, itu sblm sy jd pns. skrg ada yg nyebar, gimana?", "conditional"),
    # control: a card still held
    ("sy pns, skrg masih punya kta partai. aman?", "prohibited"),
    # control: the owner lets it stay ("sy biarin aja")
    ("mobil sy ditempelin stiker capres sama ipar, sy biarin aja. sy pns, boleh?", "prohibited"),
    # an ASN's relative named before them acts ("istri pegawai pajak posting …"), asked about for that ASN
    ("istri pegawai pajak posting dukungan capres di fb. suaminya kena?", "allowed"),
    ("anak guru pns itu pasang stiker caleg di motornya. bapaknya kena gk?", "allowed"),
    # control: the asker's wife who is the ASN
    ("istri sy pegawai pajak, posting dukungan capres di fb. boleh?", "prohibited"),
    # ... and "ibu", "bapak" before an occupation address the ASN, not their mother or father
    ("ibu guru pns itu posting dukungan capres di fb. boleh?", "prohibited"),
    ("bapak kadis pns pasang baliho caleg di rumahnya. boleh?", "prohibited"),
    # control: not yet retired, asking for now
    ("sy pns, blm pensiun, boleh gak sy jadi pengurus partai sekarang?", "prohibited"),
    # partisan acts that were ✅: the others turned away ("caleg lain sy tolak"), a steward joining a handout
    # or giving a candidate time after a service, a list of who will vote for a relative's candidate
    ("sy pns ketua rt, caleg sepupu sy sy izinin sosialisasi di balai rt, caleg lain sy tolak. boleh?", "conditional"),
    ("sy pns jadi takmir, abis jumatan ikut bagiin brosur caleg di pintu masjid. boleh?", "prohibited"),
    ("sy pns majelis gereja, minggu depan mau kasih waktu ke caleg buat kampanye habis ibadah. boleh?", "prohibited"),
    ("istri sy timses caleg, dia minta sy catetin nama-nama tetangga yang mau milih calegnya. sy pns, boleh?", "prohibited"),
    # control: money for the relative's campaign
    ("sy pns, adik sy caleg. sy transfer 5 juta buat biaya cetak baliho dia. boleh?", "prohibited"),
    # control: a voucher given to sway the vote
    ("tim caleg kasih voucher belanja ke sy biar pilih dia. sy pns terima, boleh?", "prohibited"),
    # round seventy-eight: a retired ASN named with the pension after the status, no "yang" between
    ("bapak sy pns udah pensiun tahun lalu, mau jadi timses caleg. boleh?", "allowed"),
    ("om sy asn sudah pensiun, skrg jd relawan capres. boleh kan?", "allowed"),
    # control: the asker still serving
    ("sy pns mau jadi timses caleg. boleh?", "prohibited"),
    # round seventy-eight: a friend's or neighbour's partisan act the asker takes no part in, asked
    # whether it touches the asker ("ada efek ke saya?")
    ("teman saya ikut kampanye caleg, sy pns gak ikut2an. ada efek ke saya?", "allowed"),
    ("kawan sy bagi2 kaos paslon di kampung, sy asn tidak ikut apa-apa, aman buat saya kan?", "allowed"),
    # controls: the asker joins in
    ("teman saya ikut kampanye caleg, sy pns ikut juga bagi kaos. kena ga?", "prohibited"),
    ("kawan sy bagi2 kaos paslon di kampung, sy asn bantu bagiin juga. aman kan?", "prohibited"),
    # controls for an ASN reporting (NOT_PROHIBITED): a report written for a campaign team, and an
    # onlooker who only knows the teacher is a PNS ("setahu saya")
    ("sy guru pns, malem2 sy bantu ngetik laporan tim sukses caleg pake laptop sekolah. boleh?", "prohibited"),
    ("sy wali murid, gurunya setahu saya PNS bagi stiker caleg ke murid. boleh gitu? lapor ke mana?", "prohibited"),
    # controls for a KTP copy given as everyday paperwork (NOT_PROHIBITED): given for a candidate
    ("sy pns ngasih fotokopi ktp ke timses caleg buat dukungan. boleh?", "prohibited"),
    ("sy pns, minjemin ktp ke calon independen buat syarat dukungan. boleh?", "prohibited"),
    # control for a monitor's or fact-checker's volunteer (NOT_PROHIBITED): a candidate's volunteer
    ("sy pns jadi relawan caleg buat jaga suaranya di TPS, boleh?", "prohibited"),
    # control for the others' gesture (NOT_PROHIBITED): the asker's own
    ("sy pns, di foto sy yg acungin jari 2. aman?", "prohibited"),
    # control for liability along with someone else (NOT_PROHIBITED): the asker's own like
    ("sy like postingan caleg. apa sy ikut kena?", "prohibited"),
    # controls for the election body's release and every candidate shown alike (NOT_PROHIBITED): one pair's material
    ("sy asn forward poster paslon 1 ke grup rt. boleh?", "prohibited"),
    ("sy pppk upload video kampanye paslon 2 ke ig pribadi. aman?", "prohibited"),
    # controls for what was done before appointment (NOT_PROHIBITED): done again now, a party card
    # still held, no past told
    ("dulu sy relawan caleg, skrg sy pns dan mau jadi relawan caleg lagi. boleh?", "prohibited"),
    ("tahun 2019 sy ambil kta partai, skrg sy udah pns. boleh kan?", "prohibited"),
    ("skrg sy pppk, mau ikut konvoi kampanye. boleh?", "prohibited"),
    # control for the admin rows of test_a_prohibited_act_is_never_told_allowed: a neutral admin's rule
    ("Bolehkah ASN tetap menjadi admin grup warga dan membuat aturan larangan posting kampanye?", "allowed"),
    # round seventy-nine: backing the incumbent's rival ("pilih lawannya aja") and a change-the-head
    # hashtag are calls to vote
    ("sy pns bilang ke tetangga, bupati skrg gagal, pilkada nanti pilih lawannya aja. boleh?", "prohibited"),
    ("sy asn posting keluhan jalan rusak pake hashtag #gantibupati. boleh?", "prohibited"),
    # controls for help given with the election body's event (NOT_PROHIBITED): a campaign's logistics,
    # joining a campaign on the body's leave
    ("sy pns bantu logistik kampanye paslon 2, boleh?", "prohibited"),
    ("ikut kampanye asal izin bawaslu", "prohibited"),
    # control for the BPJS enrolment (NOT_PROHIBITED): copies collected for an independent candidate
    ("sy pns ngumpulin fotokopi ktp warga buat syarat dukungan calon perseorangan. boleh?", "prohibited"),
    # controls for the asker's own fault asked about (NOT_PROHIBITED): asked for the relative, the asker joining in
    ("Istri sy PNS, dia sering share poster capres di grup arisan. dia kena gk?", "prohibited"),
    ("Istri sy PNS jg, dia share poster capres di grup arisan, sy ikut share juga. sy kena gk?", "prohibited"),
    # round seventy-nine: a rally for one side outside the court after the vote ("aksi dukung paslon")
    ("pencoblosan udah selesai, sy pns boleh ikut aksi dukung paslon sy di depan MK?", "prohibited"),
    # control: guarding the body's office during a rally
    ("sy pns jaga pengamanan di depan kpu pas ada aksi massa, boleh?", "allowed"),
    # control for a group's content (NOT_PROHIBITED): the admin's own broadcast
    ("sy pns admin grup rt, sy broadcast poster paslon ke semua anggota. boleh?", "prohibited"),
    # round eighty: English "endorsing a/one/the …" and a "ticket" are backing a candidate (not "not
    # endorsing anyone", which denies it)
    ("As a PNS lecturer, may I sign a petition endorsing one presidential ticket?", "prohibited"),
    ("Can a civil servant sign an open letter endorsing the governor ticket?", "prohibited"),
    # controls for the KPU's post and the background (NOT_PROHIBITED): a candidate's post, posing in the ward
    ("Can a PNS like a candidate pair's post?", "prohibited"),
    ("I'm a PNS nurse. A candidate visited our ward and I posed with him for his campaign photo. Okay?", "prohibited"),
    # controls for fingers that count something else (NOT_PROHIBITED): a candidate beside the pose, a pose in
    # the election season with nothing counted
    ("sy guru pns foto pose dua jari bareng caleg di depan kelas 2. boleh?", "prohibited"),
    ("foto kantor pake pose dua jari pas musim pilkada boleh?", "prohibited"),
    # controls for a birthday wish (NOT_PROHIBITED): support said beside it, a party's anniversary
    ("sy pns komen 'hbd pak, sy dukung 100%, lanjut!' di postingan cabup. boleh?", "prohibited"),
    ("sy pns komen 'selamat ulang tahun partai X, jaya selalu' di ig partai. boleh?", "prohibited"),
    # round eighty: the asker making the fake account campaigns through it (not the fake-account card's ✅)
    ("sy bikin akun palsu buat posting dukung caleg, sy pns. aman kan?", "prohibited"),
    # control for a phone lent (NOT_PROHIBITED): the asker borrowing someone's phone to like
    ("sy pns, sy pinjam hp istri buat like postingan caleg biar gk ketauan. boleh?", "prohibited"),
    # control for a free class with nothing political in it (NOT_PROHIBITED): the asker's own business giving free
    ("sy pns punya warung, kasih makan gratis buat tim sukses caleg. boleh?", "prohibited"),
    # control for the question quoted with its address (NOT_PROHIBITED): the asker answering with a number
    ("sy guru pns, murid nanya capres pilihan sy, sy jawab 'sy dukung no 2, kalian ikut aja'. boleh?", "prohibited"),
    # Javanese "durung" (not yet) is kept from the speller, whose "dukung" would read support into the answer
    ("Mas, aku PNS. Tonggoku takon aku arep milih sopo, tak jawab 'durung mikir'. Aman to?", "allowed"),
    # a bare digit after the vote verb is a ballot number told to someone; the asker's own vote, ballots
    # counted and a new clause are not
    ("sy pns bilang ke istri 'nyoblos 3 aja ya'. boleh?", "prohibited"),
    ("sy pns besok mau coblos 2, boleh?", "allowed"),
    ("sy pns diminta bantu KPU sosialisasi cara coblos 5 surat suara ke warga. gpp?", "allowed"),
    ("sy ASN humas, bikin konten 'ayo nyoblos, 1 suara menentukan' pake jadwal dari KPU. aman?", "allowed"),
    # a voting drill closed with one side's chant is no longer the election body's content (✅); the body's own
    # drill video still is
    ("sy guru pns upload video simulasi nyoblos di yt sekolah, ditutup yel2 paslon 1. boleh?", "prohibited"),
    ("sy pns share video simulasi nyoblos dari kpu. boleh?", "allowed"),
    # control for "biar bukan sy yg posting" (test_a_prohibited_act_is_never_told_allowed): the hacked account's denial
    ("akun fb sy posting poster caleg, bukan saya yg posting, kayaknya diretas. sy pns", "allowed"),
    # the incumbent named as whom a request backs ("ngajak ortu murid milih bupati petahana") is a call to
    # vote; the incumbent voting at the same polling station is not
    ("sy kepsek pns, minta guru ngajak ortu murid milih bupati petahana. boleh?", "prohibited"),
    ("sy pns, minta warga datang ke tps, bupati petahana juga nyoblos di situ. boleh?", "allowed"),
    # "tolong dibantu suaranya" (please help him with your votes) said by the asker is a call to vote; said by the
    # candidate at a gathering the asker only sits in, it is the candidate's
    ("sy pns bilang ke tetangga 'caleg B itu ipar sy, tolong dibantu suaranya ya'. boleh?", "prohibited"),
    ("caleg dtg ke pengajian bilang 'tolong dibantu suaranya', sy pns cuma duduk dengerin. salah?", "allowed"),
    # an admin's choice to hide or delete others' campaign comments ("hapus atau sembunyikan komen itu") is
    # moderating the page; deleting one's own comment is the aftermath of it
    ("warga komen kampanye caleg di postingan ig puskesmas, sy pns admin boleh hapus atau sembunyikan komen itu?", "allowed"),
    ("sy pns terlanjur komen dukung caleg di fb, udh sy hapus komen itu. aman?", "prohibited"),
    # control for children's poses (NOT_PROHIBITED): a child's pose with the pair's sticker
    ("sy pns upload foto anak sy pose 2 jari sambil pegang stiker paslon 2. boleh?", "prohibited"),
    # control for a thumbs-up with no side named (NOT_PROHIBITED): beside the incumbent, with praise
    ("sy pns foto bareng cabup petahana sambil acungin jempol, caption 'lanjutkan pak'. boleh?", "prohibited"),
    # "anak buah" (subordinates) counts nobody: their pose in the election season stays the number-sign card
    ("anak buah sy foto kantor pake pose dua jari pas musim pilkada. boleh?", "prohibited"),
    # controls for a plain shirt at the polling station (NOT_PROHIBITED): the pair's shirt, a colour matched on purpose
    ("sy pns ke tps pake kaos paslon 2 pas nyoblos. boleh?", "prohibited"),
    ("our head asked all teachers to wear the same color shirt as candidate no 2 to show solidarity. is it ok for a civil servant?", "prohibited"),
    # control for cleaning a former campaign ground (NOT_PROHIBITED): a party's flag put up there
    ("sy pns ikut bersihin lapangan bekas kampanye, trs pasang bendera partai. boleh?", "prohibited"),
    # controls for what a feed shows (NOT_PROHIBITED): liking, sharing or backing it, joining an online campaign
    ("fyp sy isinya video capres, sy like dan share semua. sy pns boleh?", "prohibited"),
    ("muncul di beranda postingan caleg, sy komen dukung. sy pns aman?", "prohibited"),
    ("sy pns join zoom kampanye capres, kamera on. boleh?", "prohibited"),
    # controls for neutral content passed on (NOT_PROHIBITED): a ballot number on the poster, a hoax
    # "corrected" against one side, a call for calm that ends in a call for a pair
    ("sy pns share poster hari pencoblosan 'datang ke tps, pilih no 2'. boleh?", "prohibited"),
    ("sy pns terusin hoaks 'paslon 2 curang' ke grup, sy tambahin 'jangan percaya paslon 2'. boleh?", "prohibited"),
    ("sy pns forward pesan 'jangan saling menghujat, tp pilih paslon 1 ya'. boleh?", "prohibited"),
    # controls for keeping house while a relative campaigns (NOT_PROHIBITED): the relative's stickers or banner
    # handed out or put up beside it
    ("kakak sy caleg, sy asn jagain anak2nya sambil bagiin stiker kakak ke tetangga. boleh?", "prohibited"),
    ("kakak sy caleg, sy asn jagain anak2nya sambil pasang baliho kakak di rumah. boleh?", "prohibited"),
    # a candidate spouse's tour joined without leave; taking the spouse to register at the KPU needs the leave
    # (SKB A7: the declaration), not the everyday-life card; a doctor's visit and a family dinner are everyday life
    ("sy pns, suami sy caleg. sy mau ikut dia keliling ke masjid2 buat perkenalan, gk ambil cltn. boleh?", "prohibited"),
    ("istri sy caleg dprd, sy pns boleh antar dia daftar ke kpu?", "conditional"),
    ("Istri saya nyaleg. Saya PNS. Nganter dia kontrol ke dokter & makan malam bareng keluarga normal kan?", "allowed"),
    # controls for prayers for the election and congratulations in person (NOT_PROHIBITED): a prayer for one
    # side's win, colleagues taken to a campaign
    ("sy pns minta ustadz doakan paslon 2 menang biar dapat pemimpin terbaik. boleh?", "prohibited"),
    ("dosen pns ngajak mahasiswa doa buat caleg X supaya menang. boleh?", "prohibited"),
    ("sy pns ngajak temen sekantor dateng ke kampanye caleg X. boleh?", "prohibited"),
    # congratulations said in person to a colleague whose spouse won: the congratulations card (⚠️)
    ("temen sekantor yg suaminya menang pileg, saya ucapin selamat ke dia di kantor. aman?", "conditional"),
    # controls for an institution's anniversary banner and a joint duty post (NOT_PROHIBITED): the incumbent's
    # number on the banner, a winning team's post
    ("sy pns pasang baliho hut kabupaten yg ada foto cabup petahana dan nomor urutnya. boleh?", "prohibited"),
    ("sy pns ikut jaga posko pemenangan paslon 1. boleh?", "prohibited"),
    # a party's anniversary banner is the party's attribute, not an institution's anniversary banner
    ("spanduk HUT partai sy pasang di depan rumah, sy pns. boleh?", "prohibited"),
    # control for campaign content passed on to report it (NOT_PROHIBITED): a "report" made for the campaign team
    ("sy pns share poster caleg ke grup alumni buat laporan ke timses berapa yg baca. boleh?", "prohibited"),
    # a garment named by its colour alone is no party attribute (round eighty-two): the colour card (✅) ...
    ("sy pns mau pake kemeja warna kuning ke kantor, takut dikira dukung partai. boleh?", "allowed"),
    # ... but not a colour matched to a side on purpose, nor a shirt with a candidate's name or number on it
    ("sy pns mau pake baju warna oranye biar kompak sama warna partai capres, boleh?", "prohibited"),
    ("sy pns pake kaos warna biru bertuliskan nama caleg, boleh?", "prohibited"),
    ("sy pns pake kaos warna biru nomor urut paslon 2 pas kampanye, boleh?", "prohibited"),
    # announcing for a campaign, on air or touring with a loudspeaker, is campaigning, not watching a broadcast
    # (round eighty-two) ...
    ("sy pns mau jadi penyiar kampanye caleg di radio komunitas, boleh?", "prohibited"),
    ("pns boleh ikut siaran keliling pake toa buat kampanye caleg X?", "prohibited"),
    # ... while listening to one stays the broadcast card, and a loudspeaker round calling to the polls stays ✅
    ("sy pns dengerin siaran kampanye di radio sambil nyetir, boleh?", "allowed"),
    ("sy pns ketua rt, pagi hari H keliling pake toa ngingetin warga ke tps tanpa sebut calon. boleh?", "allowed"),
    # a garment with a candidate's name printed on it is the candidate's attribute
    ("sy pns pake jilbab bertuliskan nama caleg ke pasar. boleh?", "prohibited"),
    # an asker who is not ASN fearing their own act implicates the ASN relative: the family card (✅) ...
    ("Ayah saya PNS, saya kuliah. Aku boleh jadi relawan caleg kan tanpa bikin ayah kena?", "allowed"),
    # ... but not the ASN's own campaigning beside the relative
    ("sy pns ikut kampanye caleg bareng istri, apa istri ikut kena?", "prohibited"),
    # a retired civil servant invited to a campaign, or leaving the service for a pension: the retiree card (✅) ...
    ("Bapak saya pensiunan PNS, diundang kampanye cabup. boleh hadir?", "allowed"),
    ("my father left the civil service and lives on his pension. may he join a campaign team?", "allowed"),
    # ... but an ASN asking beside a retired parent still may not attend
    ("sy pns, ayah sy pensiunan. sy boleh hadir kampanye caleg?", "prohibited"),
    # a campaign broadcast sent to the asker and not passed on; a KTP asked for and not given (round eighty-two)
    ("sy pns dikirimi broadcast kampanye caleg di wa, ga sy terusin ga sy bales. aman?", "allowed"),
    ("timses minta fotokopi ktp sy buat dukungan calon perseorangan, ga saya kasih. sy pns, bener kan?", "allowed"),
    # ... but forwarding it, handing it over, or refusing only the other side stays ❌
    ("sy pns dikirimin broadcast kampanye caleg, trus sy teruskan ke grup rt. boleh?", "prohibited"),
    ("sy pns, timses minta fotokopi ktp buat dukungan calon perseorangan, sy kasih. boleh?", "prohibited"),
    ("sy kepala sekolah, ada caleg minta pake halaman sekolah buat kampanye, sy izinin dia, caleg lain gk sy kasih. boleh?", "prohibited"),
    # a donation routed through a candidate's post so the candidate's name is shown (round eighty-two) ...
    ("sy pns nyumbang semen buat mushola tapi lewat posko caleg biar nama caleg yg dipasang di papan. boleh?", "prohibited"),
    # ... but giving beside a candidate who gives too, or turning down a party's post, is not
    ("sy pns nyumbang semen buat masjid, caleg jg nyumbang dan namanya dipajang di papan donatur. sy ada masalah?", "allowed"),
    ("sy pns, ada yg usul nyumbang lewat posko partai biar cepet, sy usul lewat BPBD aja. bener gk?", "conditional"),
    # joining a running spouse's campaign ("dampingi dia kampanye", "ikut dia sosialisasi") is campaigning, not the
    # spouse's everyday life (round eighty-two) ...
    ("sy pppk, suami nyaleg, kemarin sy dampingi dia kampanye dialogis di 2 kecamatan. boleh?", "prohibited"),
    ("sy pppk perawat, istri nyaleg dprd. boleh sy ikut dia sosialisasi pas hari libur aja?", "prohibited"),
    # ... while going to the market with the spouse is the spouse card (⚠️)
    ("istri sy caleg, sy pns nemenin dia belanja ke pasar. boleh?", "conditional"),
    # a wedding envelope, a nephew's school fees, parents' pocket money are no campaign money (round eighty-two) ...
    ("sy pns mau kirim amplop digital buat nikahan anak caleg, boleh?", "conditional"),
    ("sy pns mau kasih uang saku ke orang tua di kampung pas musim pilkada, boleh?", "allowed"),
    # ... but money handed out by a candidate's team, at a wedding or by e-wallet, stays ❌
    ("di nikahan tetangga, timses caleg bagi2 amplop ke tamu, sy pns terima. boleh?", "prohibited"),
    ("timses caleg kirim amplop digital ke ewallet sy, sy pns terima. boleh?", "prohibited"),
    # a duty to vote for someone named, posted or pinned in the family group, is a call to vote for them (round
    # eighty-two) ...
    ("di grup wa keluarga, sy pns pin pengumuman semua sepupu wajib pilih cagub X. boleh?", "prohibited"),
    ("sy pns nulis di grup wa keluarga besar: pokoknya semua wajib pilih caleg X ya. salah ga?", "prohibited"),
    # ... while the civic duty to vote stays the neutral call to the polls
    ("sy pns, di grup wa keluarga sy ingetin semua wajib pilih, jangan golput, datang ke tps. boleh?", "allowed"),
    # a family speech that only thanks the guests, a guest who only came to eat: no sign of support (round
    # eighty-two) ...
    ("sy pns diminta kasih sambutan mewakili keluarga di nikahan sepupu, om sy caleg ikut hadir. sambutannya cuma terima kasih ke tamu. boleh?", "allowed"),
    ("paguyuban perantau bikin halal bihalal, cabup diundang kasih sambutan. sy pns cuma dateng makan2. aman?", "allowed"),
    # ... but a speech asking the guests to vote, or cheering the candidate, stays ❌
    ("sy pns kasih sambutan di nikahan sepupu, isinya ajak tamu pilih om sy yg caleg. boleh?", "prohibited"),
    ("sy pns di halal bihalal paguyuban, ikut teriak dukung cabup yg kasih sambutan. boleh?", "prohibited"),
    # parents pressing the ASN to vote their way are family, not a superior: the asker's vote is theirs (✅) ...
    ("ortu sy di kampung maksa sy pilih caleg yg mereka dukung. sy pns, gmn?", "allowed"),
    # ... while a head of office pressing staff stays the intimidation card
    ("kadis maksa kami staf pns pilih paslon 1 pas pilkada. gmn?", "prohibited"),
    # a relative's act after their school level is theirs (round eighty-two): the family card (✅)
    ("anak sy yg sma ikut foto pose nomor paslon sama temen2nya, diupload di ig dia sendiri. sy pns, sy kena ga?", "allowed"),
    # a "diskusi pemenangan" over coffee where the ASN advises on strategy is a partisan meeting (round eighty-two) ...
    ("sy pns diajak ngopi diskusi pemenangan caleg di warkop, sy dateng dan kasih saran strategi. boleh?", "prohibited"),
    # ... while coffee with an old friend who runs stays ✅
    ("sy pns ngopi sama temen lama yg sekarang caleg, ngobrolin keluarga aja. boleh?", "allowed"),
    # a head hearing a staff member on a report is the examination card, and a head keeping a campaign team
    # out guards neutrality (round eighty-three) ...
    ("sy kepala sekolah, ada laporan guru share poster caleg di grup wali murid. boleh sy panggil dia buat klarifikasi dulu?", "info"),
    ("sy ketua tim pemeriksa di kantor, boleh undang pegawai terlapor ke rapat klarifikasi tertutup?", "info"),
    ("direktur rsud boleh melarang timses bagiin kalender caleg di ruang tunggu pasien?", "conditional"),
    # ... while the staff member's share, and a head rallying village heads for a side, stay ❌
    ("guru pns share poster caleg di grup wali murid, boleh?", "prohibited"),
    ("camat boleh ngajak para kades di rapat bulanan dukung cabup petahana?", "prohibited"),
    # a child who is not ASN asking whether their volunteering touches an ASN parent ("ngaruh ke ayah") is the
    # family card (round eighty-three) ...
    ("ayah sy pns, sy anak kuliahan mau ikut relawan cagub, ngaruh ke ayah gak?", "allowed"),
    # ... while an ASN who would join the team stays ❌, whoever they fear for
    ("sy pns, istri sy bukan pns. sy mau ikut jd timses caleg, ngaruh ke istri ga?", "prohibited"),
    ("sy pns mau jd relawan capres, ngaruh ke karir gak?", "prohibited"),
    # a side pointed at by its record or its looks inside a call to the polls, or "lanjutkan 2 periode", is a
    # call to vote for it (round eighty-three) ...
    ("kadis kirim pesan ke grup kantor: jangan golput ya, pilih yg sudah terbukti membangun kota kita. boleh?", "prohibited"),
    ("sy pns mau bikin status: besok ke tps ya, pilih yg berpeci 😉", "prohibited"),
    ("sy pns mau pasang spanduk hut dinas bertuliskan lanjutkan 2 periode. boleh?", "prohibited"),
    # ... while the call to the polls, and a call to choose an honest leader, stay ✅
    ("sy pns kirim pesan ke grup kantor: besok jangan golput, gunakan hak pilih ya. boleh?", "allowed"),
    ("sy pns mau share poster kpu: pilih pemimpin yang jujur, jangan golput. boleh?", "allowed"),
    # "got added to" a campaign group is being added, not joining, and "keluar dr grup" (no respelling of "dr")
    # is leaving; an alumni association's group is a general group (round eighty-three) ...
    ("My wife is a PPPK and got added to a 'tim pemenangan' WA group by her cousin. She can just leave the group, right?", "allowed"),
    ("I'm a PNS and got added to a campaign team WA group without being asked. can I just leave the group?", "allowed"),
    ("sy pppk, keluar dr grup wa ikatan alumni krn isinya promosi caleg mulu. aman?", "allowed"),
    # ... while joining one stays ❌
    ("I'm a PNS and I joined a campaign volunteers group chat. Is that ok?", "prohibited"),
    # joining a party after the inauguration, handing out a caleg's calendar to patients, urging the table to vote
    # the asker's way, a side's win greeted as ours, a Sundanese "kanggo dibagikeun" (for me to hand out) are no
    # inauguration, service or respondent's answer (round eighty-three) ...
    ("presiden baru dilantik, sy pns boleh daftar jadi anggota partai pemenang kan pemilu udah selesai?", "prohibited"),
    ("sy perawat pns, bagiin kalender caleg ke pasien di bangsal. boleh?", "prohibited"),
    ("sy pns, di warung ditanya pilih siapa, sy jawab trus ajak mereka pilih yg sama. boleh?", "prohibited"),
    ("punten, abdi pns. timses nitipkeun stiker paslon kanggo dibagikeun ka warga. kenging?", "prohibited"),
    # ... while watching the inauguration, serving a caleg as any patient and keeping one's vote secret stay ✅
    ("sy pns nonton pelantikan presiden di tv kantor, boleh?", "allowed"),
    ("bidan pns layani pasien yg caleg sama kayak pasien lain, boleh?", "allowed"),
    ("di warung ditanya pilih siapa, saya PNS jawab rahasia. gpp kan", "allowed"),
    # a party's speech watched alone at home on a stream is no viewing party, and "aku ga antri" at a candidate's
    # handout is not taking it (round eighty-three) ...
    ("hajatan tetangga, caleg bagi2 sembako. aku pns, aku ga antri. aman?", "allowed"),
    ("sy pns diajak nonton debat capres di rumah teman yg relawan, boleh ga?", "conditional"),
    # ... while a viewing party at a campaign post stays ❌, and a debate watched at home stays ✅
    ("sy pns nobar pidato hut partai di posko relawan, boleh?", "prohibited"),
    ("sy pns nonton debat capres di tv bareng tetangga di rumah, boleh?", "allowed"),
    # leave taken while the campaign is on ("cuti saat kampanye") is a time, not a rally (round eighty-three) ...
    ("sy pppk mau ambil cuti tahunan buat nikahan adik, kebetulan pas masa kampanye. ada larangan cuti saat kampanye ga?", "allowed"),
    # ... while campaigning on leave stays ❌
    ("sy pns lagi cuti besar, boleh ikut kampanye caleg ga?", "prohibited"),
    # a campaign team's errand on polling day is no exercise of the right to vote (round eighty-three): no longer
    # ✅ from that card ...
    ("sy pns diminta tim caleg minjemin mobil pribadi buat antar warga ke tps. boleh?", "conditional"),
    ("sy pns jemput warga ke tps pake mobil sy, disuruh timses caleg. boleh?", "conditional"),
    # ... while driving a neighbour to vote stays ✅, and so does volunteering on a school election's committee
    ("sy pns antar nenek tetangga ke tps pake mobil sy, boleh?", "allowed"),
    ("sy pppk diminta komite sekolah jd relawan panitia pemilihan ketua osis, boleh?", "allowed"),
    # English: a purple-ink finger is proof of voting, a holiday greeting returned is no comment on the election,
    # and a like on a photo with a caleg in the background is no like of his (round eighty-three) ...
    ("My husband is a PNS. Can he post a photo of his purple ink finger on Facebook after voting?", "allowed"),
    ("can a PPPK reply thank you when a candidate greets her happy eid on whatsapp?", "conditional"),
    ("can a PNS like his cousin's graduation photo where a caleg happens to stand in the background?", "conditional"),
    # ... while a like of the caleg's own post, and a number sign after voting, stay ❌
    ("can a PNS like a caleg's campaign photo on instagram?", "prohibited"),
    ("My husband is a PNS. Can he post a photo showing two fingers for candidate number 2 after voting?", "prohibited"),
    # a candidate served first for being one, projects steered to the villages that voted for the winner, and a
    # family's vote pledged to the preacher who runs are favours and a pledge (round eighty-three) ...
    ("cabup minta urusannya dipercepat di loket, sy pns pelayanan dahulukan aja kan dia calon. gpp?", "prohibited"),
    ("sy kabid pns, boleh prioritasin proyek jalan ke desa yg suaranya menang buat bupati terpilih?", "prohibited"),
    ("di acara tujuh bulanan anak sy, ustadz yg ternyata caleg minta keluarga dukung. sy pns jawab insyaallah kami semua pilih ustadz. boleh?", "prohibited"),
    # ... while serving a candidate in turn, or treating him as any patient, stays ✅
    ("caleg dateng ke kantor kelurahan ngurus surat, sy pns layani sesuai antrian. boleh?", "allowed"),
    ("sy pns tugas di IGD, caleg masuk krn sakit, sy tangani krn dia pasien. boleh?", "allowed"),
    # a neighbour's banner on a wall or fence that touches the asker's own is the neighbour's act ("nempel"
    # there is touching, not sticking up), and a neutral banner calling people to the polls is no
    # candidate's (round eighty-four) ...
    ("tetangga sy pasang spanduk paslon di tembok rumahnya yg nempel sama tembok rumah sy. sy pppk, sy kena?", "allowed"),
    ("the house next to mine put a caleg banner on the wall adjoining mine, i'm a PNS, am I at fault?", "allowed"),
    ("may a PNS put up a neutral 'go and vote' banner in front of his house?", "allowed"),
    ("pppk blh pasang spanduk ajakan ke tps yg netral di depan rumah ga?", "allowed"),
    # ... while the asker's own banner on a wall that touches the neighbour's, or a call to vote for a number, stays ❌
    ("sy pns pasang spanduk caleg di tembok rumah sy yg nempel sama rumah tetangga. boleh?", "prohibited"),
    ("i'm a PNS, can I hang a 'go and vote for number 2' banner at my house?", "prohibited"),
    # a face on a candidate's banner, a deepfake, a claim of support made by a team: done to the ASN, not by
    # them (round eighty-four) ...
    ("muka istri sy (bidan pppk) dipajang di spanduk caleg, dia ga pernah dimintai izin. gmn?", "allowed"),
    ("ada video deepfake muka suami sy (pns) seolah-olah dia dukung cabup, itu gmn", "allowed"),
    ("A candidate put my face on his billboard, I'm a PNS and never agreed. am I in trouble?", "allowed"),
    ("tim paslon nyatut nama saya di grup warga seolah saya mendukung, saya pppk. harus gimana?", "allowed"),
    # ... while agreeing to it, or modelling for the banner, stays ❌
    ("saya pns, saya setuju foto saya dipasang di baliho caleg sepupu", "prohibited"),
    ("sy guru pns jadi model baliho caleg dprd, boleh?", "prohibited"),
    # saying no to a campaign's gift, signature or collection is no support (round eighty-four) ...
    ("boleh gak pppk nolak dikasih kaos caleg pas ada bagi2 di kantor desa?", "allowed"),
    ("guru pns menolak menandatangani surat dukungan caleg yg diedarkan kepsek, aman?", "allowed"),
    ("i'm a PNS and i refuse to sign the support letter for the regent candidate that is going around the office. ok?", "allowed"),
    ("sy asn gak mau nyumbang buat dana kampanye cabup yg dikumpulin di kantor, masalah ga?", "conditional"),
    # ... while signing it or giving to it stays ❌
    ("guru pns ikut menandatangani surat dukungan caleg yg diedarkan kepsek, aman?", "prohibited"),
    ("sy pns ikut nyumbang buat dana kampanye cabup yg dikumpulin di kantor, masalah ga?", "prohibited"),
    # a campaign song heard, stuck in one's head or sung in its own words is no campaigning (round eighty-four) ...
    ("sy pppk sering dengerin jingle cagub di spotify, cuma dengerin ga share. boleh?", "allowed"),
    ("jingle paslon itu nempel di kepala, sy pns suka nyanyi sendiri pas nyetir. aman?", "conditional"),
    ("di acara keluarga sy pns nyanyi lagu daerah itu versi aslinya, bukan versi jingle cabup. gpp?", "allowed"),
    # ... while singing it on the campaign stage, or sharing it, stays ❌
    ("sy pppk nyanyi jingle cagub di panggung kampanye. boleh?", "prohibited"),
    ("sy pns share jingle paslon ke grup wa kantor, boleh?", "prohibited"),
    # a hashtag says its words: a volunteer's or a candidate's is campaigning (round eighty-four) ...
    ("boleh ga pns pasang tagar #PilihPaslon3 di bio ig?", "prohibited"),
    ("twibbon #AkuRelawanCaleg1 sy pasang di pp fb, sy pppk, aman?", "prohibited"),
    # ... while the election bodies' own is not
    ("pppk share poster #TolakPolitikUang dari bawaslu di story, boleh?", "allowed"),
    ("#JanganGolput #AyoKeTPS pns boleh posting ini?", "allowed"),
    # a preference kept in one's heart is the secret ballot's (round eighty-four) ...
    ("sy pppk dukung dalam hati aja, ga pernah posting apa2. aman?", "allowed"),
    ("suami sy pns, dia mendukung dalam hati aja ke caleg temennya, ga ikut kampanye. kena ga?", "allowed"),
    ("dukung dlm hati aja blh kan min", "allowed"),
    # ... while support shown stays ❌
    ("sy pns dukung capres terang2an di fb, boleh?", "prohibited"),
    ("sy pns dukung dalam hati tp tiap hari share video paslon ke grup keluarga, gpp?", "prohibited"),
    # a ministry's own service post is the government's, though its minister runs (round eighty-four) ...
    ("sy pppk like postingan akun resmi kementerian soal jadwal vaksin, menterinya nyaleg. masalah?", "allowed"),
    ("pns share postingan kementerian ttg pendaftaran beasiswa, padahal menterinya capres. boleh?", "conditional"),
    # ... while the minister's campaign post stays ❌
    ("sy pns like postingan kampanye menteri yg nyaleg di akun pribadinya, boleh?", "prohibited"),
    ("sy pns share video kampanye menteri yg nyapres ke grup kantor, aman?", "prohibited"),
    # abstaining urged so that the incumbent loses, and a circular pointing at the leader "already proven", back a
    # side (round eighty-four) ...
    ("sy pns ajak keluarga besar golput biar petahana kalah, boleh?", "prohibited"),
    ("I'm a PNS, can I tell my colleagues not to vote so the incumbent loses?", "prohibited"),
    ("sy kabag mau kirim edaran ke pegawai: jangan golput dan pilih pemimpin yang sudah terbukti membangun daerah. boleh?", "prohibited"),
    # ... while a call to the polls naming no one stays ✅
    ("kadis mau bikin surat edaran ajak pegawai jangan golput, tanpa nyebut calon. boleh?", "allowed"),
    # backing neutrality itself is no support of a side (round eighty-four) ...
    ("sy pns mau dukung netralitas asn, boleh ikut deklarasi ikrar netral di kantor?", "allowed"),
    ("i want to support neutrality, can a PNS sign the neutrality pledge at the office?", "info"),
    # ... while backing a pair, or being made to join its campaign, stays ❌
    ("sy pns mau dukung paslon 2 lewat ikrar bareng warga, boleh?", "prohibited"),
    ("kepala dinas wajibkan kami ikut kampanye paslon 2, sy pppk harus ikut?", "prohibited"),
    # money put into a campaign fund's collection box is a campaign donation, not charity (round eighty-five) …
    ("pns boleh masukin 50rb ke kotak sumbangan dana kampanye caleg di warung kopi?", "prohibited"),
    # … controls: a mosque's collection whose committee has a caleg, and the plain donation
    ("sy pns ikut donasi pembangunan masjid, ternyata panitianya caleg", "allowed"),
    ("sy pns sumbang dana kampanye caleg sepupu", "prohibited"),
    # being promised a reward if a side wins is done to the asker (round eighty-five) …
    ("pns dijanjiin mutasi dekat rumah kalo paslon menang, sy diem aja. aman?", "allowed"),
    ("ada janji promosi kalau calonnya menang, sy pns ga ngapa2in, aman kan?", "allowed"),
    ("sy pppk dijanjiin jadi kasubag kalau petahana menang, sy ga nanggepin. aman?", "allowed"),
    # … controls: repaying it with votes, and the asker's own promise to staff
    ("sy dijanjikan jabatan kalau paslon menang, jadi sy bantu kumpulin suara di kantor", "prohibited"),
    ("sy kepala dinas, boleh janjiin staf naik jabatan kalau petahana menang?", "prohibited"),
    # key words typed without their vowels are read (round eighty-five) …
    ("pns boleh like postingan clg gubernur?", "prohibited"),
    ("asn ikt kmpnye clg tetangga blh?", "prohibited"),
    ("pns dsnksi krn apa aja klo soal pemilu", "info"),
    # … and so is "d hck", a hacked account, which is no campaign of the asker's
    ("sy asn, akun ig sy d hck trs dipake buat promosi caleg. sy slh?", "allowed"),
    # words asked for to say no with are a refusal (round eighty-five) …
    ("tolong buatin surat balasan nolak tawaran jadi tim sukses caleg, sy guru pns", "allowed"),
    ("gimana bales wa camat yg ngajak dukung paslon 2 tanpa bikin dia tersinggung? sy pns", "allowed"),
    ("tolong bikinin kalimat penolakan buat timses yg minta sy jd saksi paslon di tps, sy pppk", "allowed"),
    # … controls: words asked for to say yes with, and a reply that says yes
    ("sy pns mau gabung tim sukses caleg, tolong bikinin surat pernyataan kesediaannya", "prohibited"),
    ("bales chat kades yg ngajak pilih calon, sy jawab 'siap pak, sy dukung'. sy pns, boleh?", "prohibited"),
    # every side's witnesses served alike are no witness role of the asker's (round eighty-five) …
    ("sy pppk, boleh nganter kopi buat semua saksi dan petugas di tps depan rumah?", "conditional"),
    ("sy pns bantu ibu2 masak nasi kotak utk petugas kpps dan saksi semua partai, gpp?", "allowed"),
    # … controls: the asker as a pair's or a party's witness
    ("sy pns jadi saksi paslon 2 di tps, boleh?", "prohibited"),
    ("sy pppk diminta partai jadi saksi di tps, boleh?", "prohibited"),
    # a candidate's personal guard, an appeal that names a side, a party's anniversary (round eighty-five) …
    ("sy pns diajak jadi pengawal pribadi caleg pas kampanye, di luar jam dinas. boleh?", "prohibited"),
    ("sy bidan pns, tiap kelas ibu hamil sy tutup dgn ajakan pilih caleg yg peduli kesehatan. boleh?", "prohibited"),
    ("sy pppk diundang ke ultah partai sama om, boleh dtg?", "prohibited"),
    # … controls: guarding a rally on duty, and a neutral call to vote
    ("sy satpol pp ditugasi amankan kampanye paslon di alun2, boleh?", "allowed"),
    ("guru pns ajak murid kelas 12 jgn golput, tanpa sebut calon. boleh?", "allowed"),
    # a unit's votes pledged to a superior's side, a team shown where its material goes (round eighty-five) …
    ("boleh gak sy bilang ke kadis 'siap, bidang kami 100% coblos calon bapak'?", "prohibited"),
    ("sy pns, timses caleg mau pasang spanduk di balai desa, sy bantu pilihin tempat yg strategis. boleh?", "prohibited"),
    # … controls: one's own vote, and seats chosen for the elderly at a village event
    ("sy pns bantu pilihin tempat duduk buat lansia di acara 17an, ada caleg yg datang juga. boleh?", "allowed"),
    ("sy pns, di tps nanti sy coblos calon pilihan sy sendiri. boleh kan?", "conditional"),
    # a name put on a team's list the asker never agreed to (round eighty-five) …
    ("sy dosen pns, nama sy dicatut di daftar tim pemenangan caleg, padahal tdk pernah setuju. apa yg hrs sy lakukan?", "info"),
    # … controls: joining the team, and agreeing to be listed
    ("sy pns, boleh jadi anggota tim pemenangan paslon 2?", "prohibited"),
    ("sy pppk, sy setuju nama sy dimasukin tim pemenangan caleg, boleh?", "prohibited"),
    # a relative's campaign post next door, a rally's crowd parked by the asker's workplace (round eighty-five) …
    ("adik ipar saya caleg, posko pemenangannya di rumah dia sendiri sebelah rumah kami. suami saya guru pns, aman gak?", "allowed"),
    # … controls: an honorer who joins a rally, and a PNS who keeps a relative's campaign post
    ("sy honorer, boleh ikut kampanye caleg pas libur?", "prohibited"),
    ("adik ipar sy nyaleg, sy pns bantu jaga posko di rumahnya. boleh?", "conditional"),
    # controls for round eighty-six's gifts: giving beside a candidate who also gives, eating with a friend who runs
    ("sy pns ikut bagi sembako dari gereja, caleg juga nyumbang sembako di situ. aman?", "allowed"),
    ("sy pns makan siang bareng temen yg nyaleg di warungnya, boleh?", "allowed"),
    # round eighty-six: a gift to a mosque, named as "nyumbang ke masjid", keeps the social-donation card
    ("sy pns mau menyumbang ke masjid, bendaharanya caleg. boleh?", "allowed"),
    # … control: a wedding attended, nothing sung
    ("sy pns datang ke nikahan anak cabup, salaman terus pulang", "allowed"),
    # … control: a refusal after which someone else gave up
    ("timses nawarin amplop, sy tolak, akhirnya mereka pergi. sy pns, bener kan?", "allowed"),
]


@pytest.mark.parametrize(("question", "verdict"), VERDICTS)
def test_verdicts(shipped_index: Index, question: str, verdict: str) -> None:
    answer = answer_question(shipped_index, question)
    assert answer.verdict == verdict, (question, answer.kind, answer.rule and answer.rule.id)


# Whose a concept is, one row per reading a change taught the engine (from round fifty-five on):
# (question, concepts, True when they are someone else's).
OWNERS: list[tuple[str, set[str], bool]] = [
    # an age between the relative and the act ("anak sy 20 thn pasang …") is said of the relative (round seventy-six)
    ("anak sy 20 thn pasang stiker caleg di motornya. sy pns kena gk?", {"act-install"}, True),
    # control: a class number is no age, and the asker acts ("sy wali kelas 2 pasang …")
    ("sy wali kelas 2 pasang stiker caleg di kelas. boleh?", {"act-install"}, False),
    # ... and an age said as "umur 19" (unseen questions after the docs commit)
    ("adik sy umur 19 pasang stiker capres di helmnya. sy pns, perlu sy tegur?", {"act-install"}, True),
    # a driver named by the job, with no pe(N)- noun, sticks it on (round seventy-five)
    ("sy pns dishub, sopir angkot nempel stiker caleg di kaca depan. sy suruh copot. bener?", {"act-install"}, True),
    # control: the asker who drives sticks it on
    ("sy sopir pns, sy nempel stiker caleg di kaca mobil dinas. boleh?", {"act-install"}, False),
    # the source of a report ("kata panwas", "jere wong panwas") holds the role, not the asker …
    ("sy PNS, mau nonton kampanye caleg aja. kata panwas boleh asal pasif. bener?", {"role-panwas"}, True),
    ("nyong PNS, jere wong panwas nek mung nonton kampanye ora papa. bener?", {"role-panwas"}, True),
    # … but not a role the asker names as theirs after such a word
    ("boleh gk menurut aturan? sy panitia acara partai.", {"role-event-crew"}, False),
    ("sy panwas desa. kata bawaslu boleh asal netral, bener?", {"role-panwas"}, False),
    # "sy mampir ke rmh tetangga, bilang '… nomer 1'": the visitor's words
    ("sy PNS, sy mampir ke rmh tetangga2 lansia, bilang 'mbah, besok coblos nomer 1 nggih'. masalah?", {"sign-number"}, False),
    # "bilang ke warga '…'": the speaker's words, whoever speaks
    ("sy PNS, sy bilang ke warga 'jangan lupa coblos caleg X ya'. boleh?", {"sign-call-to-vote"}, False),
    ("kades bilang ke warga 'jangan lupa coblos caleg X ya', sy PNS diam aja. salah?", {"sign-call-to-vote"}, True),
    # "jadi" leads to the role of the one before it; a staff member's act in a relative clause is theirs;
    # a photo "ada di baliho" is there
    ("anak sy kerja swasta, jadi pengurus partai. sy PNS, apa sy melanggar?", {"role-party-officer", "act-join-party"}, True),
    ("sy kepala dinas, boleh gk menegur staf yg pasang foto profil bareng paslon?", {"act-profile-picture"}, True),
    ("sy perawat PNS, pasien sy caleg yg fotonya ada di baliho depan RS. sy rawat kayak pasien biasa. boleh?", {"sign-attribute"}, True),
    # a word that says which person ("ibu hamil", "orang tua") and the errand one came for ("dtg periksa")
    # keep the doer; the asker's own coming and errand stay the asker's
    ("td ada ibu hamil pake kaos caleg, sy periksa kyk biasa. salah gk?", {"act-wear", "sign-attribute"}, True),
    ("td ada pasien dtg periksa pake kaos caleg, sy layani. salah gk?", {"act-wear", "sign-attribute"}, True),
    ("sy PNS, td sy dtg periksa pake kaos caleg. salah gk?", {"act-wear", "sign-attribute"}, False),
    # pupils' parents are someone else; "tiang listrik" is a pole, not Balinese "tiang" (I)
    ("Di grup WA kelas ada ortu murid yg share brosur caleg. Sy sbg admin hapus & ingetin aturan grup. Bener gk langkah sy?", {"act-share"}, True),
    ("Rumah dinas sy di komplek puskesmas, tiang listrik depannya dipasangi spanduk caleg sama org lain. sy gk pasang, apa sy salah?", {"act-install", "sign-attribute"}, True),
    ("Tiang PNS di Gianyar, tiang pasang spanduk caleg di rumah. Dados?", {"act-install"}, False),
    # an aside that only says what someone is ("(bukan ASN)", "(pedagang, bukan ASN)") keeps them the doer after it
    ("Sy PPPK, saudara sy (bukan ASN) bikin konten TikTok kampanye di rumah ortu, sy kebetulan lewat dan masuk frame tanpa sadar. gimana?", {"act-post"}, True),
    ("Sy guru PNS, ipar saya (pedagang, bukan ASN) pasang spanduk paslon di depan tokonya. Saya kena?", {"act-install"}, True),
    ("Sy PNS, saya (bukan honorer) bikin konten TikTok kampanye. gimana?", {"act-post"}, False),
    # "trus" carries the candidate's act on ("dikasih mic trus minta dukungan"); a new sentence's doer
    # ("caleg pidato. camat … trus kasih sambutan") is not carried over
    ("ada caleg dikasih mic trus minta dukungan, sy diam aja. salah?", {"act-support"}, True),
    ("caleg pidato. camat tetap di situ trus kasih sambutan muji caleg itu. gmn?", {"sign-praise"}, False),
    # a pe- noun before "di sebelah sy" ("pelari di sebelah sy pake kaos caleg") wears it, not the asker
    ("Foto bersama pas finish lomba lari, pelari di sebelah sy pake kaos caleg. sy gk pose apa2. sy kena?", {"act-wear", "sign-attribute"}, True),
    ("di sebelah sy ada kursi kosong, sy pake kaos caleg. salah?", {"act-wear"}, False),
    # a photo "beredar" (circulating) is no circular ("edaran"); a circular still is
    ("sy camat di Ciamis. ada foto sy bareng relawan paslon, di meja ada stiker mereka & sy ikutan pose jari nomor mereka. itu beredar di FB. gimana nih?", {"sign-gesture"}, False),
    ("sy camat. bupati keluarkan edaran netralitas, sy teruskan ke staf. boleh?", {"ctx-circular"}, False),
    # a relative clause about someone named by a pe(N)- noun ("penyuluh yg pasang …") is theirs
    ("sy kepala BPP. boleh gk sy tegur penyuluh yg pasang foto profil wa pake gambar capres?", {"act-profile-picture"}, True),
    ("sy penyuluh yg pasang foto profil wa pake gambar capres. boleh gk?", {"act-profile-picture"}, False),
    # a rank before the team ("yg jadi ketua tim pemenangan") is held by the one the clause is about
    ("Tiap Minggu sy makan siang di rumah mertua yg jadi ketua tim pemenangan capres tingkat kecamatan. Kami gk bahas politik. Bermasalah?", {"role-campaign-team"}, True),
    ("sy yg jadi ketua tim pemenangan capres. boleh?", {"role-campaign-team"}, False),    # round seventy-seven: a relative named right before a role holds it, unless the asker joins in
    ("Anak sy relawan cagub (masih kuliah). Sy PNS. Harus sy larang dia?", {"role-campaign-team"}, True),
    ("anak sy relawan capres, sy pns ikut bantu dia bagi2 brosur. boleh?", {"role-campaign-team"}, False),
    # round eighty-two: a school level said of the relative ("anak sy yg sma ikut foto pose …") is a standing,
    # and the act after it is the relative's; the asker's own school years are not
    ("anak sy yg sma ikut foto pose nomor paslon sama temen2nya, diupload di ig dia sendiri. sy pns, sy kena ga?", {"act-photo"}, True),
    ("sy pns yg sma dulu, sekarang ikut foto pose nomor paslon dan upload di ig. boleh?", {"act-photo"}, False),
]


@pytest.mark.parametrize(("question", "concepts", "theirs"), OWNERS)
def test_owners(shipped_index: Index, question: str, concepts: set[str], theirs: bool) -> None:
    tags = shipped_index.read(question).tags
    assert concepts <= (tags.others if theirs else tags.own), (question, tags.own, tags.others)


# Harmless acts that must not be answered ❌, whatever else the answer is (a ⚠️ asking for care is
# no harm): one row per phone question a change kept from a borrowed prohibition.
NOT_PROHIBITED: list[str] = [
    # rows of round fifty-four, when each change had a test function of its own
    # a declaration in the next room of a restaurant where the asker only ate
    "sy PNS, makan malam di restoran, ternyata di ruangan sebelah ada deklarasi relawan caleg. sy cuma makan lalu pulang. aman?",
    # a plain shirt someone says is a party's colour
    "sy PNS pakai kemeja kuning polos ke kantor, kata teman itu warna partai. tidak ada logo apa pun. salah?",
    # how to mark the ballot, with the election body's specimen or the empty box's choices
    "sy guru PNS, di kelas sy jelasin cara nyoblos pakai contoh surat suara dari KPU. boleh?",
    "sy PNS, tetangga tanya cara milih di pilkada calon tunggal, sy jelasin bisa coblos paslon atau kotak kosong. aman?",
    # a blood drive by the Red Cross held in a party's building: not a state facility used for a campaign
    "sy PNS, sy ikut donor darah yg diadain PMI, lokasinya di gedung partai. boleh?",
    # a rally watched from one's own balcony is being near it
    "My neighbour is a civil servant. She let her kids watch a candidate's rally from their balcony. Is she in trouble?",
    "sy PNS, nonton konvoi kampanye dari balkon rumah. aman?",
    # agreeing as one on the night-watch roster names no candidate
    "sy PNS, di rapat RT kami sepakat satu suara soal jadwal ronda. boleh?",
    # a local news page followed; a party's rice among the gifts at a flood kitchen the asker cooks in;
    # a candidate's billboard that happens to be in the corner of a landscape photo
    "sy PNS, sy follow akun berita lokal yg sering posting kegiatan para calon. salah gk?",
    "sy PNS, sy bantu masak di dapur umum banjir, ada sumbangan beras dr partai jg. aman?",
    "sy PNS, sy upload foto pemandangan sawah di IG, ada baliho caleg kecil banget keliatan di pojok. salah gk?",
    # the instructor or the fish seller wears the shirt; the neighbour next door ("tetangga sebelah")
    # puts up the party flag
    "sy PNS, sy ikut senam pagi di alun2, instrukturnya pake kaos partai. masalah gk?",
    "beta PNS, beta pi pasar beli ikan, penjualnya pake kaos caleg. seng apa-apa to?",
    "sy PNS, sy pasang bendera merah putih di depan rumah pas agustusan. tetangga sebelah pasang bendera partai. masalah?",
    # English: bought from a stall that has the banner
    "I'm a PNS. I bought vegetables at the market from a stall with a candidate's banner. Is that fine?",
    # a podcast the asker only listens to; the office's Lebaran parcel; giving way to a campaign
    # procession while driving
    "sy PNS, sy dengerin podcast yg bintang tamunya capres. gpp kan?",
    "sy PNS, sy terima bingkisan lebaran dari kantor, isinya sembako biasa. boleh?",
    "sy PNS, sy kasih jalan ke rombongan kampanye yg mau lewat pas sy nyetir. gpp?",
    "sy PNS, sy antar nasi ke posko banjir buat pengungsi. boleh?",
    # passing a billboard and only looking at it; "our neighbour"'s flag on his own fence; selling
    # groceries to a candidate; a PNS of the election supervisor watching a campaign on duty; a blood
    # drive in the Red Cross's own building
    "tiap pagi lewat baliho caleg gede bgt depan kantor, sy liat doang. aman ya?",
    "Hi, my wife is a PPPK nurse. Our neighbour put a party flag on his own fence. Does she need to do anything?",
    "saya punya warung, caleg beli sembako banyak di warung saya buat acara dia. saya cuma jual. boleh?",
    "sy PNS Bawaslu kabupaten, ngawasin kampanye di lapangan. jelas boleh kan hadir di kampanye utk ngawasin?",
    "sy PNS, donor darah di PMI, kegiatan nya kebetulan bareng HUT partai tp di gedung PMI. sy cm donor rutin. aman gk?",
    # English "she never responds" in a family group that shares campaign memes
    "I'm an expat married to a village staff member. Our family WhatsApp group shares campaign memes, she never responds. Is she safe?",
    "lo paslon mana?",
    "belanja di pasar, pedagangnya tim sukses cabup. sy beli sayur di situ masih boleh kan hehe",
    "I reported a Facebook post that spreads hoax about a candidate. As a civil servant that's fine?",
    # the volunteers on a poster someone else shared are theirs, not the group admin's role
    "sy PNS, sy admin grup wa RT, ada yg share poster relawan capres. sy hapus. bener?",
    # a restaurant "yg pemiliknya ketua tim sukses" inspected on the usual schedule
    "staf dinkes mau inspeksi rumah makan yg pemiliknya ketua tim sukses, jadwalnya udh dr bulan lalu. lanjut aja?",
    # a campaign team that files its notice ("tim kampanye ngajuin STTP") acts itself; the clerk processes it
    "sy staf polres ngurus izin keramaian, tim kampanye ngajuin STTP kampanye. sy proses sesuai aturan gpp kan",
    # "jgn ikut kampanye": a reminder not to, heard at roll call
    "sy ASN dinkes. pas apel pagi kadis ingetin jgn ikut kampanye, kami dengerin. wajar?",
    "guru PNS. td upacara kepsek ingetin jgn ikut kampanye, kami dengerin. wajar kan?",
    # a candidate's gift recorded at the disaster agency's own post, as any donor's
    "sy petugas BPBD, pas banjir calon bupati nyumbang sembako ke posko resmi BPBD, sy catat kayak donatur lain. boleh?",
    # the election holiday announced on the office board ("libur pilkada": when, not for whom)
    "sy PNS, tempel pengumuman di kantor: tgl 27 kantor libur pilkada, pelayanan buka lagi tgl 28. aman?",
    # the school run ("antar jemput sekolah") is no school building lent
    "suami sy caleg DPRD. selama dia keliling kampanye sy guru PNS di rumah jaga anak, antar jemput sekolah, masak. aman?",
    # an ad skipped, videos watched without a reaction ("kehitung dukung?" is the label feared), a
    # candidate who "started following me"
    "As a civil servant, a candidate's campaign ad plays before my YouTube videos and I just skip it. Is that okay?",
    "FYP TikTok sy isinya video joget paslon mulu, sy nonton doang gk like gk komen. itu kehitung dukung gk?",
    "A candidate started following me on Instagram. I did not follow back. Is that a problem for a civil servant?",
    # a Kupang father-in-law ("bapa mantu") on a team, the asker not
    "Beta PNS, beta pung bapa mantu jadi tim sukses paslon, beta sonde ikut apa-apa. Beta kena ko?",
    # a volunteer's role before appointment, over
    "Waktu kuliah dulu sblm jadi PNS sy relawan caleg. skrg udh PNS. bisa dipersoalkan gk?",
    # a notice that keeps campaigning out of a mosque
    "sy PNS pengurus masjid, kami pasang spanduk 'dilarang kampanye di lingkungan masjid'. boleh?",
    # a customer's loan or membership
    "sy PNS mau pinjam uang di koperasi yg ketuanya caleg. boleh?",
    "tempat fitness sy ternyata punya caleg, sy udh member 3 thn. perlu berhenti gk?",
    # Javanese "ra" (not): a candidate who came but gave no speech
    "sy guru PNS melu kenduri desa, calon bupati teko tapi ra pidato. ora popo?",
    # the second helper batch: a candidate as a patient under his own billboard, a resident's comment
    # deleted, a smile returned, a resignation processed ("tidak berarti kami mendukung" is the label
    # feared), a staff member's profile photo reprimanded, a grown son in a party
    "sy perawat PNS, pasien sy caleg yg fotonya ada di baliho depan RS. sy rawat kayak pasien biasa. boleh?",
    "sy admin FB kantor desa, ada warga komen promosi caleg di postingan kami. sy hapus komennya. bener?",
    "ketemu calon bupati di bandara, dia nyapa duluan, sy PNS bales senyum aja. aman?",
    "sy di BKPSDM, kami proses surat pengunduran diri PNS yg mau nyaleg. itu tidak berarti kami mendukung dia kan?",
    "sy kepala dinas, boleh gk menegur staf yg pasang foto profil bareng paslon?",
    "anak sy kerja swasta, jadi pengurus partai. sy PNS, apa sy melanggar?",
    # a pupil's lunchbox ("ada murid bawa bekal pakai kotak makan bergambar caleg") is the pupil's;
    # a campaign calendar kept in one's kitchen; a candidate at the same prayer
    "sy guru PNS, ada murid bawa bekal pakai kotak makan bergambar caleg. sy harus tegur?",
    "sy guru PNS, murid sy bawa tas bergambar capres ke sekolah. sy harus gimana?",
    "kalender caleg dibagi timses ke rumah2, sy PNS taruh di dapur buat liat tanggal. masalah?",
    "sy PNS ikut doa bersama di masjid, ada caleg ikut doa juga. boleh?",
    # the third and fourth helper batches: a candidate as a pupil's parent, an ambulance on standby by
    # the agency's letter for every pair in turn, refusals told of oneself or a head of a health centre,
    # a grown son's volunteering ("umur 20" between him and his role)
    "sy guru SD, besok bagi rapor, salah satu wali murid adalah caleg. sy serahkan rapor kayak ke ortu lain. aman?",
    "ada orang tua murid caleg antar anak ke sekolah, sy guru PNS kasih salam aja. masalah?",
    "kepala puskesmas dapat surat dari dinkes suruh siagakan ambulans di kampanye, berlaku buat semua paslon bergiliran. harus berangkat kan?",
    "kepala puskesmas nolak caleg yg mau bagi sembako di halaman puskesmas. bener kan?",
    "anak sy umur 20 ikut relawan capres. sy guru PNS, perlu ngelarang gk?",
    "sy menolak kasih fotokopi KTP ke tim calon DPD, tp mereka maksa terus. sy PNS, hrs gimana?",
    # more of the third and fourth batches: a family photo at the polling station with no gesture, a
    # supervised student who volunteers ("mahasiswa bimbingan saya yang …"), a campaign-free-zone
    # banner, rent paid to a landlord who runs, teaching on while a rally is outside, a fallen banner
    # moved off the road
    "sy nyoblos bareng keluarga trus foto di depan TPS, gk pose jari apa2. gpp?",
    "sy dosen PNS, ada mahasiswa bimbingan saya yang jadi relawan capres. sy tetap bimbing skripsinya kan?",
    "kepala sekolah pasang spanduk 'lingkungan sekolah bebas kampanye'. boleh kan?",
    "rumah yg sy kontrak ternyata milik caleg, tiap bulan sy transfer uang sewa ke dia. bukan sumbangan politik kan?",
    "ada kampanye paslon di lapangan depan sekolah, sy guru tetep ngajar di kelas. aman kan?",
    "sy Satpol PP, baliho paslon roboh nutupin jalan, sy singkirin ke pinggir, gk sy rusak. boleh kan?",
    # a family speech at a wedding that "gk nyinggung pemilu" (no politics in it)
    "kakak ipar sy guru PNS kasih sambutan keluarga di nikahan keponakan yg suaminya caleg, gk nyinggung pemilu. aman?",
    # a disaster post's log of who sent what, a congratulation banner after the inauguration, banner
    # sites prepared by the KPU's decree for every pair, an aide back at the office during the leave
    "sy petugas BPBD, banjir parah, caleg ngirim sembako ke posko. sy yg mencatat logistik masuk dari siapa aja. gpp?",
    "setelah pelantikan, dinas kami pasang spanduk 'selamat bertugas wali kota dan wakil wali kota'. boleh ya?",
    "sy staf dinas tata ruang, diminta nyiapin titik lokasi pemasangan APK sesuai SK KPU untuk semua paslon. boleh?",
    "sy ajudan wali kota. selama beliau cuti kampanye sy tidak mendampingi dan masuk kantor biasa. sudah benar?",
    # a banner photographed to report it ("trus lapor ke Satpol PP"); passing a campaign post on the way
    # to work ("tiap hari lewat situ")
    "boleh gk sy foto baliho caleg yg nutupin rambu lalu lintas trus lapor ke Satpol PP?",
    "sy PNS, rumah ulun parak posko paslon, tiap hari lewat situ ke kantor. kada papa lah?",
    # roll call led by the acting head while the incumbent is on campaign leave; a teacher who refused a
    # candidate-parent's calendars ("menolak titipan")
    "sy PNS di kantor bupati. bupati petahana cuti kampanye, plh-nya sekda. sy tetap ikut apel pagi dipimpin plh. aman kan?",
    "sy wali murid sekaligus caleg. guru anak sy menolak titipan kalender sy untuk dibagikan ke kelas. dia benar ya?",
    # a party left before the application (new concept ctx-left-party)
    "sy guru PPPK baru diangkat. dulu sempat jadi anggota partai, sudah keluar sebelum daftar PPPK. masih masalah?",
    # dev62's harmless ❌ (round fifty-seven): the office's parade with a candidate "di rombongan lain", and
    # an election officer checking a support ID the asker never gave ("padahal sy gk pernah")
    "sy PNS, minggu depan ikut pawai 17an dr kantor pake baju daerah. ada bakal caleg yg ikut jalan jg tapi di rombongan lain. sy tetap ikut pawai kantor aja aman kan?",
    "petugas verfak nanya apa bener sy kasih dukungan KTP ke calon independen, padahal sy gk pernah. gmn?",
    # harmless acts the round-57 helpers' batches (digital life, business and service counters) found
    # answered ❌: a relative's role told in a relative clause or after a farmer's occupation, a group a
    # spouse joined named by its members, a party left before appointment, rent paid to a candidate
    # landlord, an admin removing a candidate's promotion from the office's post, a thumbs-up given
    # "kayak ke ortu lain", a land-office counter, a civil-registry schedule on the official account, a
    # spouse's printing shop
    "anak sy yang udah kerja swasta jadi relawan caleg. sy PNS, gmn?",
    "ibu sy (petani, bukan ASN) jadi saksi partai di TPS. sy PNS gk ikut. aman?",
    "suami sy ikut grup WA relawan capres, sy PNS harus larang?",
    "sy PNS, dulu sebelum diangkat pernah jadi anggota partai, tapi sudah keluar dan ada surat pengunduran diri. masalah?",
    "sy transfer uang kos ke pemilik kos yg nyaleg. aman?",
    "sy admin fb dinas, ada caleg komen promosi di postingan layanan kami, sy hapus. benar?",
    "sy PNS kasih emoji jempol ke foto lomba anak dari ortu yg caleg di grup kelas, kayak ke ortu lain. boleh?",
    "sy pegawai BPN loket, caleg datang urus balik nama sertifikat, sy terima berkasnya. boleh?",
    "humas pemda upload jadwal pelayanan Dukcapil perekaman KTP-el di akun resmi jelang pemilu. boleh?",
    "My husband runs a printing shop; he printed campaign banners for several parties. I'm a PNS, am I at risk?",
    # the later batches: a prewedding shoot for a candidate's child, a candidate only partly visible in a
    # church video, blood donated beside a candidate, the regency's batik uniform worn to vote
    "sy fotografer di luar jam dinas, klien sy caleg minta difoto prewedding anaknya. boleh?",
    "sy upload video anak sy menari di gereja, ada caleg duduk di kursi depan, kelihatan sedikit. aman?",
    "I'm a PNS who donates blood at PMI every few months; a candidate was donating on the next bed. Any problem?",
    "Can I wear my batik uniform with the regency logo when I go to vote?",
    # a used motorbike or laptop sold online to someone on a campaign team; a photo taken "before anyone
    # registered as a candidate"
    "sy jual motor bekas sy lewat FB, ternyata yg beli timses paslon. boleh kan?",
    "Can I, a PNS, sell a used laptop to a candidate's campaign staffer on Facebook Marketplace?",
    "Before anyone registered as a candidate, I took a photo with the minister at a flood post. He is now running. Delete it?",
    # only the attendance list signed, beside a support form in the same folder
    "pak RT minta sy tanda tangan daftar hadir ronda, di mapnya ada formulir dukungan calon perseorangan, sy cuma tanda tangan daftar hadir. aman?",
    # a pregnant patient in a headscarf with a candidate's picture
    "sy PNS puskesmas, ada ibu hamil pake jilbab bergambar caleg periksa kandungan, sy periksa kyk biasa. gpp kan?",
    # a candidate's child registering at the school whose admissions committee the asker sits on
    "Sy panitia PPDB. Anak calon bupati daftar ke sekolah kami. Prosesnya sama aja kan?",
    # a disaster-preparedness volunteer in a candidate's shirt, told to change by the officer
    "Relawan desa tangguh binaan BPBD ada yg pake kaos caleg waktu simulasi bencana. Sy tegur dan minta ganti. Bener kan?",
    # a debt repaid, a savings circle's payout, a cooperative's dividend and compulsory savings, whoever runs them
    "sy dulu minjemin duit ke sepupu 3 taun lalu, skrg dia jd caleg dan mau balikin utangnya. boleh sy terima?",
    "Arisan bulanan kami kebetulan jatuh ke saya bulan ini, yang ngocok istrinya caleg. Gpp kan saya terima uangnya?",
    "Our cooperative is paying out SHU and the co-op chairman is now a legislative candidate. Can I take my share?",
    "sy ikut koperasi pegawai di dinas, tiap bulan potong gaji simpanan wajib. ketua koperasinya kakak calon walikota. perlu keluar gk sy",
    # field crews on their round: a fire crew posted at a rally, banners taken down or swept up and handed to the supervisors
    "Sy petugas damkar PNS, pas kampanye akbar regu kami disiagakan di lokasi. itu gk termasuk ikut kampanye kan?",
    "Satpol PP nertibin APK yang dipaku di pohon sesuai perintah, termasuk punya caleg kerabat sy. Itu bukan berpihak kan?",
    "sy PPPK petugas kebersihan pasar, nyapu pamflet caleg yg berserakan di lorong. masa itu dianggap merusak APK?",
    "Pas hujan deras spanduk paslon jatuh ke selokan dan nyumbat saluran. Kami petugas DLH angkat biar gak banjir terus serahkan ke panwascam. Bener gak langkahnya?",
    # a grocer whose customer is a candidate's wife
    "Sy punya warung sembako, istri caleg tetangga sering belanja di situ. sy jual biasa aja, gk ada diskon khusus. aman?",
    # a pupil's lunchbox with a candidate's picture the teacher lets pass (round fifty-eight's last check)
    "sy guru PPPK, murid sy bawa bekal pake kotak makan bergambar capres. sy diemin aja. gmn?",
    # an old banner on the mosque fence the asker left alone ("gak ngapa2in"); an office's own invitations
    "sy PNS, kerja bakti di masjid. ada baliho caleg lama di pagarnya, sy gak ngapa2in balihonya. aman?",
    "sy staf desa PNS, kades nyuruh sy ketik undangan rapat posyandu pake laptop kantor. boleh?",
    # a candidate's photo politely declined, a campaign team kept out at the gate, a banner photographed for
    # the election supervisors and a report passed on to them, billboards on a traffic light asked to be removed
    "ketemu capres di bandara, beliau ngajak foto bareng. sy bilang maaf pak saya ASN. sopan gk?",
    "sy PNS jaga pos kantor, tim sukses mau masuk bagiin brosur ke pegawai, sy larang masuk. bener?",
    "sy PNS foto baliho caleg yg nutupin rambu, mau sy laporin ke Bawaslu. boleh kan?",
    "warga lapor ada baliho calon nempel di pagar kantor kami, sy teruskan ke Satpol PP & Panwascam. bener kan?",
    "I'm a civil servant at the transport office. Campaign billboards are blocking a traffic light. Can I ask to have them removed?",
    # a campaign stage walked past with a child; a candidate sister fetched from the airport with "no
    # campaign stuff" (an event named as absent); control: a grown son's band playing at a rally
    "sy PNS ke mall sama anak, lewat depan panggung kampanye, trus lanjut ke foodcourt. salah gk?",
    "anak sy (bukan ASN) main band di panggung kampanye caleg. sy PNS, ada masalah gak buat saya?",
    "My sister is running for the provincial DPRD. I picked her up at the airport when she came back from umrah, no campaign stuff. Is that allowed?",
    # a photo taken before anyone registered as a candidate, still on the asker's Instagram
    "Sebelum ada pendaftaran calon, sy PNS foto bareng temen SMA pas reuni. Skrg dia cabup. Foto itu masih di IG sy, wajib dihapus gk?",
    # control: the same flood aid handed over on the usual schedule, no candidate beside it
    "Sy camat. Bansos banjir dari pemda kami salurkan sesuai jadwal ke semua warga terdampak, tanpa calon mana pun. boleh kan?",
    # a wedding guest's usual envelope ("kasih amplop kyk biasa"), the five questions after the last change
    "sy guru PPPK, dapet undangan nikahan anak caleg tetangga, sy dtg kasih amplop kyk biasa trs pulang. gpp?",
    # hobby and trade chat groups where someone posts campaign material, the asker silent
    "Di grup WA hobi ikan koi ada anggota caleg yg tiba2 kirim poster kampanye. Sy PNS, diem aja gk bales gk forward. Aman kan?",
    "Saya PNS di grup WA kelompok tani, sekarang ketuanya sering kirim foto kampanye. Saya nggak balas, nggak kasih emoji. Apa saya harus keluar grup?",
    # a candidate's calendars sent to the office unasked and stored; a neutrality banner in the lobby
    "Kantor dapat kiriman kalender bergambar caleg. Sy PNS kasubag umum simpan di gudang, gk dipasang. Udah bener?",
    "HRD kantor gw mau pasang spanduk ASN netral di lobi. itu bukan kampanye kan?",
    # banners checked against the bylaw with the election supervisors; leave for a fire at home approved on a rally day
    "sy pegawai kecamatan PNS, disuruh camat ngecek pemasangan APK yg melanggar perda bareng Panwascam. ikut aja kan?",
    "Staf saya minta cuti alasan penting karena rumahnya kebakaran, kebetulan pas hari kampanye akbar di kota. Saya setujui aja kan?",
    # "campaign week" is when, not a campaign attended
    "I'm on annual leave during campaign week, just going to Bali with family. Do I need to report anything special?",
    # control: staff asked to turn up at a flag ceremony
    "sy kepsek, sy minta guru2 hadir di upacara 17an di lapangan kecamatan. boleh kan?",
    # a public service given to all, a candidate's people among them ("ke semua blok", "semua relawan sama rata",
    # "semua paslon diundang dengan cara yang sama")
    "sy PNS penjaga pintu air, bagi air sesuai jadwal gilir ke semua blok, termasuk sawah timses paslon 2. gk salah kan?",
    "Sy pegawai BPBD, pas briefing relawan di lokasi banjir ada relawan pake kaos partai. sy briefing semua relawan sama rata. bener kan?",
    "Kami BPBD mau memberi arahan keselamatan untuk semua tim kampanye yang mau masuk zona bencana. Semua paslon diundang dengan cara yang sama. Itu netral kan?",
    # a candidate's letters to teachers, collected and handed to the election supervisors
    "ada surat dr caleg buat guru2 di meja TU, isinya ajakan milih dia. sy guru PNS, suratnya sy kumpulin & sy serahin ke panwascam. bener?",
    # a candidate's handover of aid to neighbours, seen from home
    "warga desa sy dapat penyerahan bantuan dari caleg di balai desa, sy PNS cuma lihat dari rumah. aman?",
    # an office used as a disaster aid post ("posko penerimaan bantuan bencana") that records every donor
    "Kantor kami dipakai posko penerimaan bantuan bencana, semua donatur dicatat termasuk caleg yg nyumbang tanpa atribut. Pencatatannya boleh kan?",
    # "hari coblosan dia …" is polling day, not "coblos dia"; the KPU's timetable of every pair; a season
    # named with "walau"; a colleague who is an ASN ("rekan PNS") posting, reported by the asker
    "istri sy PPPK. hari coblosan dia antar ibunya ke TPS trus nunggu di parkiran. gpp kan buat dia?",
    "sy guru PNS, share jadwal kampanye dan debat dari KPU ke grup RT biar warga tau. aman?",
    "sy PNS kelurahan, share info jadwal posyandu balita ke FB sy. aman walau lg kampanye?",
    "sy PPPK, liat rekan PNS share poster paslon di grup kantor, sy laporin ke Panwascam. boleh kan?",
    # a refusal the asker made with a role or a word between ("sy camat tolak"); a congregant ("jemaah") posting
    "Kantor kecamatan dapet surat dari tim caleg minta izin pake aula buat rapat relawan. sy camat tolak krn aset negara. udah bener?",
    "sy PNS admin grup WA pengajian. ada jemaah share video caleg, sy hapus. bener?",
    # a party role of the one a relative clause describes, after "ternyata"; a family loan for a hospital
    # bill; a cooperative's ordinary dues
    "sy PNS, bantu angkat lemari tetangga yg ternyata pengurus partai pas pindahan rumah. boleh kan?",
    "kakak sy caleg pinjam uang ke sy buat biaya rumah sakit bapak. boleh sy kasih pinjam sbg PNS?",
    "sy PNS bayar iuran koperasi tiap bulan, ketua koperasinya skrg daftar calon bupati. tetep bayar boleh?",
    # a winning team's post ("posko pemenangan dia") is a place, not "menangkan dia"
    "tiap sore sy lewat depan posko pemenangan dia, rumah sy di sebelahnya. sy PNS, masalah?",
    # the asker sets themself apart ("sy sendiri"), says what they are, and only then what they would do
    "Suami sy PNS guru, sy sendiri ibu rumah tangga bukan ASN dan pengen ikut kampanye capres. suami sy kena gk?",
    # a billboard or building rented out ("disewa caleg buat pasang …"): the tenant puts the banner up
    "tetangga sy punya papan reklame, disewa caleg buat pasang baliho. sy PNS tinggal sebelahnya, ada masalah?",
    "kakak sy pemilik gedung, disewa caleg buat pasang spanduk besar. sy PNS adiknya, gmn?",
    # a customer's shirt at the counter: after a greeting ("kak, warga dtg …, pake …") and after queuing
    "kak, warga dtg ke loket bayar PBB, pake kaos caleg. sy PNS tetep layani kan?",
    "sy PNS di kantor pajak. ada bapak2 antri pake rompi timses caleg. sy layani biasa aja kan?",
    # ... while the elderly served first is no favour to a side
    "sy PNS loket dukcapil, lansia sy dahulukan krn udah sepuh. aman kan walau lg musim pilkada?",
    # a sound used on a video ("pake sound tiktok") is not something worn
    "sy PPPK, video kucing sy pake sound tiktok yg viral, ternyata remix jingle kampanye. perlu dihapus?",
    # a parent retired last month is no longer an ASN; a graduation's academic address ("orasi ilmiah") is no rally
    "ibu sy PNS baru pensiun bulan lalu. skrg dia mau bantu kampanye tante. boleh kan udh pensiun?",
    "wisuda adik sy di kampus, orasi ilmiahnya gubernur yg lg nyalon lagi. sy PNS dtg sbg keluarga wisudawan. aman?",
    # a candidate's handout only passed by; a team's branded handout the asker wants to report
    "ada acara bagi2 paket sembako dr caleg di balai warga. sy PPPK cuma lewat ngeliat doang. aman?",
    "tim paslon bagi2 bibit pake stiker gambar paslon ke warga. sy PNS mau lapor ke Bawaslu, boleh?",
    # a volunteer who washes the dead ("relawan pemulasaran jenazah") is no campaign's volunteer
    "sy PPPK relawan pemulasaran jenazah di kampung. keluarga timses minta sy bantu mandikan jenazah. boleh kan?",
    # ... while the school's usual shop, which a candidate owns, is still just a shop
    "sy bendahara BOS. toko fotokopi langganan sekolah ternyata punya caleg. belanja di situ kyk biasa, harga sama. masalah gk?",
    # a candidate treated as any patient
    "caleg dtg berobat ke puskesmas, sy bidan PNS layani dia kyk pasien lain. boleh?",
    # a pregnant patient ("bumil") wears her own shirt; the same data given to both pairs ("ke keduanya")
    "sy bidan PNS, pas posyandu ada bumil yg pake kaos partai. sy layani biasa aja, gk negur. bener?",
    "sy PNS dukcapil, dua paslon minta data agregat yg terbuka, sy kasih ke keduanya dgn format sama. ok?",
    "sy PNS penyuluh, bagi jatah pupuk subsidi ke petani yg pendukung caleg, sama rata kyk yg lain. aman?",
    # round seventy-seven: a question asking leave ("nanya boleh gk pasang …") is a request the refusal answers
    "timses caleg nanya boleh gk pasang spanduk di pagar sekolah. sy kepsek pns, sy bilang gk boleh. sudah benar?",
    # round seventy-seven: people around a ride, an office or a house of worship who act on their own
    "ojol pake jaket partai pas jemput sy, sy pns naik aja. aman?",
    "satpam nempel stiker caleg di motornya sendiri, sy pns cuma liat. aman?",
    "umat bagi2 brosur caleg di parkiran gereja, sy asn cuma lewat. aman?",
    # cleaning off stickers someone else put up is taking them down ("bersihin sisa stiker")
    "pas masa tenang, boleh gak sy bersihin sisa stiker capres yg ditempel orang di pagar rumah?",
    # a passive's doer named after what was put up ("ditempelin stiker capres sama org gk dikenal")
    "mobil sy di parkiran kantor ditempelin stiker capres sama org gk dikenal. sy pns, langsung copot aja?",
    "pos kamling kami dipasangin poster caleg sama orang, sy pns yg jaga malam itu boleh copot?",
    # put away, said the colloquial way ("taro di gudang")
    "tim caleg kirim stiker ke puskesmas, sy pns taro di gudang aja gk dibagiin. aman?",
    # Madurese "laké'" is a husband, not a like
    "tang lake' relawan capres, sengko' guru PNS. ta' tomot. aman?",
    # what the asker may do once retired ("sesudah pensiun")
    "sy guru pns, tahun depan pensiun. sesudah pensiun boleh gak sy jadi pengurus partai?",
    # control: the mosque's steward ("takmirnya") gives the time; the asker would stop it
    "sy penyuluh agama pns. takmirnya mau kasih waktu ke caleg buat ceramah, sy boleh ngingetin takmir supaya dibatalkan?",
    # a family's usual money for its own (a monthly allowance, living costs) while a relative runs
    "sy pns, bapak sy nyaleg. boleh sy tetap transfer uang bulanan buat biaya hidup bapak ibu?",
    # a shop's promotion every customer gets, from a candidate's business
    "apotek punya caleg kasih voucher ulang tahun toko, semua pelanggan dapat. sy pns terima, boleh?",
    # round seventy-eight: greeting guests at the door is an usher's work, not a speech ("sambutan"
    # shares the stem); Minang "kamanakan" is a nephew, not "amankan"
    "ambo pns, baralek kamanakan ambo, calon walikota datang. ambo manyambuik tamu di pintu, buliah?",
    "sy pns, jadi penerima tamu di nikahan sepupu, calon bupati dtg juga. sy cuma menyambut tamu, boleh?",
    # a roommate at the office ("temen seruangan") acts, not the asker
    "temen seruangan pasang foto profil paslon, sy gak ikut2an. ngaruh ke sy ga?",
    # an ASN reporting what someone else put up: reporting guards neutrality
    "sy PNS ngelaporin stiker caleg di tembok sekolah ke panwas desa, boleh?",
    # a KTP copy given with no candidate, team or support named is everyday paperwork
    "sy pns, ngasih fotokopi ktp ke bu rt buat pendataan warga. aman kan?",
    # a volunteer of an election monitor or a fact-checker is no candidate's volunteer ("relawan pemantau")
    "sy asn mau ikut jadi relawan pemantau independen di pilkada, boleh?",
    "sy pns mau jd relawan cek fakta hoaks pemilu, boleh?",
    # a gesture made by the others, named as a relative clause's head ("orang lain yg acungin jari"),
    # beside the asker's own "sy pns, di foto sy yg acungin jari 2" (VERDICTS, prohibited)
    "di foto rame2 itu orang lain yg acungin jari, sy pns diem aja. aman?",
    "di foto bareng caleg, temen yg lain pada acungin 2 jari, sy cuma senyum. sy pns aman?",
    # the asker asks whether they are liable along with the one who did it ("apa sy ikut kena?"):
    # the superior's act, told in a sentence that opens on them, is theirs
    "kepala dinas (atasan sy) hadir di deklarasi paslon, sy staf gak dateng. apa sy ikut kena?",
    # round seventy-nine: the election body's own release ("rilis kpu"), and a video showing every
    # candidate alike ("nampilin semua calon")
    "sy asn forward rilis kpu soal daftar calon tetap ke grup rt. boleh?",
    "sy pppk upload video pawai budaya yg nampilin semua calon duduk di tribun ke ig kantor. aman?",
    # round seventy-nine: the past told before the status reached now ("taun 2018 …, sekarang aku
    # cpns"): what was done then was done before appointment
    "taun 2018 aku sering ikut konvoi kampanye, sekarang aku cpns. bakal dipermasalahkan gak?",
    "dulu saya tenaga ahli caleg, bikin materi pidato. sekarang PNS. boleh ditulis di CV?",
    # ... the old post named again after ("postingan lama itu") is the old post, not one made again
    "taun 2019 aku sering posting dukung caleg, skrg udh jadi cpns. postingan lama itu perlu dihapus?",
    # control for the rival's call (VERDICTS): the same complaint sent to the public complaints service
    "sy asn posting keluhan jalan rusak di kampung ke lapor.go.id, boleh?",
    # help given with the election body's own event ("bantu logistik seminar kpu") is no campaign's help
    "sy pns boleh bantuin logistik diskusi kpu di kampus?",
    "sy asn bantu logistik acara bawaslu di hotel, boleh?",
    # ID copies collected for the office's BPJS enrolment: paperwork, no candidate's support form
    "bendahara sekolah ngumpulin fotokopi ktp guru buat pendaftaran bpjs kesehatan, aman?",
    # a last sentence asking whether the asker is at fault ("sy kena gk?") asks about the asker, not for
    # the ASN relative named before
    "Istri sy PNS jg di dinas lain, dia sering share poster capres di grup arisan. sy gak ikut2. sy kena gk?",
    # "ngarahin" (to direct, guide) is left as typed, not corrected to "ngerahin" (to mobilise): showing
    # guests where to park, or saying the asker cannot steer anyone's vote
    "warga nanya ke sy 'caleg yg bagus siapa bu?', sy jawab 'sy asn gk bisa ngarahin, liat visi misinya di web kpu aja'. bener kan?",
    "sy pns ngarahin tamu parkir di halaman kantor pas ada audiensi paslon. aman?",
    # what fills a group others post in ("isinya rame broadcast caleg") is its content, no share of the admin's
    "grup wa alumni sy isinya rame broadcast caleg, sy pppk admin grupnya. sy harus apa?",
    # round eighty: the KPU's post showing every pair, and staff only in the background of a candidate's ward photo
    "as a PNS, may I like a post by KPU that shows all candidate pairs' ballot numbers?",
    "I'm a PNS nurse. A candidate came to our ward and took photos with the patients and staff, I was only in the background. Will I be sanctioned?",
    # fingers that count a class or a dose, with no candidate, party, number or campaign named, are no ballot number
    "sy guru pns, foto kelas 4 pose empat jari buat kenang2an kelas. aman?",
    "sy bidan pppk, foto tim imunisasi pose dua jari buat dosis ke 2. boleh?",
    # a birthday wish under a candidate's post is a personal greeting, like condolences (the greeting card, ⚠️)
    "ASN boleh komen selamat ultah di fb tetangga yg kebetulan caleg?",
    "sy pppk, boleh nulis 'hbd, sehat selalu' di komen ig om sy yg caleg?",
    # a child or a relative pressing like or share on the asker's lent phone: not the asker's act (the
    # lent-phone card, ⚠️: undo and keep a screenshot)
    "hp sy dipinjem anak buat main game, dia pencet like di postingan caleg. sy pns gmn?",
    "keponakan main hp saya, eh dia share video paslon ke grup wa keluarga dari wa saya. saya pppk, kena?",
    # a free class from a candidate's foundation whose content the asker says has nothing political: not the
    # card on the asker's business giving free goods to a campaign
    "sy pns ikut kelas menjahit gratis yg diadain yayasan punya caleg, materinya jualan online doang. boleh?",
    "sy pppk ikut pelatihan gratis dari partai, isinya cuma ngajarin bikin kue, ga ada hubungannya sama pemilu. boleh?",
    # children's and twins' finger poses with no side named (the pose-without-candidate card, ⚠️)
    "sy pns, foto bareng anak2 sy pose dua jari di pantai pas liburan. aman?",
    "anak kembar sy tiap foto pose dua jari, sy pns upload di fb. aman?",
    # a thumbs-up counts nothing and shows no number when no side is named
    "abis vaksin, sy pns foto sambil acungin jempol buat dokumentasi puskesmas. aman?",
    # the pupil's question quoted with its address ("dukung siapa pak?") or naming the asker's pick: being asked
    "dosen pns ditanya mahasiswa di kelas 'dukung siapa pak?', sy jawab itu urusan bilik suara. aman?",
    "sy guru pns, siswa nanya capres pilihan sy, sy bilang itu rahasia. bener?",
    # a plain shirt ("kaos hitam polos") worn to vote is no party attribute
    "sy pns pake kaos hitam polos pas ke tps nyoblos, aman?",
    "sy pppk ke tps pake kaos putih polos trs foto jari tinta. boleh?",
    # cleaning the ground a campaign used ("lapangan bekas kampanye") is living with a campaign's litter
    "sy pns ikut gotong royong bersihin lapangan bekas kampanye. boleh?",
    # what a feed, a recommender or an ad shows on its own is the platform's choice (ctx-feed-shows)
    "fyp tiktok sy penuh video kampanye cagub, sy pns. aman?",
    "ig nyaranin follow akun caleg, sy diemin aja. sy pppk",
    "tiap buka youtube muncul iklan kampanye caleg, sy pns gimana?",
    "my fyp keeps showing campaign videos of one candidate, i'm a civil servant. is that a problem?",
    # neutral content passed on: a polling-day turnout poster, a call for calm, a BKN notice, a hoax marked as one
    "sy pns share poster hari pencoblosan 'datang ke TPS, suaramu menentukan' di status wa. boleh?",
    "sy asn forward pesan 'jangan saling menghujat krn beda pilihan' ke grup rt. aman?",
    "pengumuman dari bkn soal netralitas sy tempel di papan kantor, boleh?",
    "ada hoaks 'tps pindah', sy terusin ke grup tp ditulis hoaks. sy pns aman?",
    # cooking, minding the children, paying the bills while a spouse or relative campaigns (ctx-household-chores)
    "suami sy caleg, tiap pagi sy pns masak sarapan buat anak2 sebelum dia kampanye. aman?",
    "adik sy calon bupati, sy asn jagain anak2nya pas dia kampanye ke kecamatan lain. boleh?",
    "Saya PNS. Suami saya sedang berkampanye sebagai calon anggota DPRD, jadi saya yang mengurus anak dan rumah. Apakah itu termasuk membantu kampanye?",
    # a prayer for the election itself or for every side alike
    "sy pns minta ustadz doain agar pemilu lancar dan dapat pemimpin yang amanah. boleh?",
    "guru pns ngajak murid doa buat semua peserta pemilu biar jujur. aman?",
    # an institution's anniversary banner ("baliho HUT TNI AU") and a joint security or disaster post on polling day
    "pns lanud pasang baliho hut tni au di gerbang markas pas bulan kampanye. boleh?",
    "pns bpbd jaga posko gabungan pas hari pencoblosan buat siaga banjir. aman?",
    # campaign content forwarded or photographed to report it or have it taken down (limit-for-report)
    "sy pns forward pesan kampanye caleg dr grup kantor ke atasan buat laporan. boleh?",
    "sy foto spanduk caleg di pagar kantor buat laporan penertiban ke satpol pp. sy pns aman?",
    # a rally's crowd parked by the asker's workplace while the honorer keeps working (round eighty-five)
    "sy honorer dinkes, jalan depan dipake parkir massa kampanye di lapangan sebelah. sy tetap kerja. aman?",
]


@pytest.mark.parametrize("question", NOT_PROHIBITED)
def test_not_prohibited(shipped_index: Index, question: str) -> None:
    answer = answer_question(shipped_index, question)
    assert answer.verdict != "prohibited", (question, answer.kind, answer.rule and answer.rule.id)


def test_what_one_who_came_somewhere_wears_is_theirs(shipped_index: Index) -> None:
    # "pasien dtg ke poli pake kaos …": the place the patient came to stands between them and the shirt
    came = shipped_index.read("pasien dtg ke poli pake kaos bergambar capres. sy dokter gigi PNS, layani aja?").tags
    assert "act-wear" in came.others
    # control: the asker who came to work in that shirt wears it
    mine = shipped_index.read("sy dokter PNS dtg ke poli pake kaos bergambar capres. boleh?").tags
    assert "act-wear" in mine.own


def test_a_petition_backing_one_candidate_is_not_the_harmless_petition(shipped_index: Index) -> None:
    """A petition for one candidate is no road-repair petition: it is never answered ✅ (round sixty-nine)."""
    backing = answer_question(
        shipped_index, 'ada petisi online "dukung bu Y maju pilbup", linknya disebar di grup alumni. sy pns boleh isi nama sy?'
    )
    assert backing.verdict != "allowed", (backing.kind, backing.rule and backing.rule.id)
    road = answer_question(shipped_index, "ada petisi online minta perbaikan jalan desa, sy PNS boleh ikut tanda tangan?")
    assert road.verdict == "allowed", (road.kind, road.rule and road.rule.id)


def test_guarding_a_rally_on_orders_stays_allowed(shipped_index: Index) -> None:
    """Control for the Satpol PP rows of test_a_prohibited_act_is_never_told_allowed: the officer
    posted to guard a rally is still the guarding card."""
    answer = answer_question(shipped_index, "sy satpol pp pns dapat surat tugas jaga kampanye akbar paslon di alun-alun, boleh kan?")
    assert answer.verdict == "allowed", (answer.kind, answer.rule and answer.rule.id)




def test_an_offices_list_asked_for_by_a_candidate_is_not_service(shipped_index: Index) -> None:
    """"caleg minta daftar nama pasien": an office's list is data, so the card on serving a candidate
    like any citizen (✅) no longer answers."""
    question = "caleg minta daftar nama pasien puskesmas buat dia kunjungi. sy perawat yg pegang data. boleh?"
    assert "resource-data" in shipped_index.read(question).tags.ids
    answer = answer_question(shipped_index, question)
    assert answer.verdict != "allowed", (answer.kind, answer.rule and answer.rule.id)


def test_turning_down_the_other_sides_application_is_no_refusal(shipped_index: Index) -> None:
    """"… minta sy loloskan izin kampanyenya dan tolak permohonan paslon lain": the "tolak" is the
    favour asked for, not the asker's refusal, so the refusal card (✅) no longer answers."""
    answer = answer_question(
        shipped_index,
        "kabid sy yg nyalon minta sy loloskan izin tempat kampanyenya dan tolak permohonan paslon lain di hari yg sama. sy staf perizinan, gmn?",
    )
    assert answer.verdict != "allowed", (answer.kind, answer.rule and answer.rule.id)


def test_words_someone_else_is_quoted_saying_are_theirs(shipped_index: Index) -> None:
    # the asker only stood by: the call to vote is the one quoted's
    heard = shipped_index.read('kadis bilang "pilih nomor 2 ya". sy diem aja')
    assert "sign-call-to-vote" in heard.tags.others
    # the asker's own words, and a quote whose speaker the asker does not stand apart from, stay the asker's
    said = shipped_index.read('sy bilang ke warga "pilih nomor 2 ya". sy diem aja')
    assert "sign-call-to-vote" in said.tags.own
    told = shipped_index.read('kadis bilang "pilih nomor 2 ya". sy pns, boleh?')
    assert "sign-call-to-vote" in told.tags.own
