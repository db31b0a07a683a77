"""Demo innovation stories, written by the team (fictional but realistic).

Three stories borrow from earlier ones, the way the portal hopes cooperatives
will: Bantul's potters from Dampit's coffee farmers, Galesong's seaweed
farmers from Sleman's dairy farmers, and Pringgasela's weavers from Bantul.
"""

import datetime

from . import cooperatives as coops
from .specs import Contact, Event, Figure, Quote, Step, Story
from .text import T

PEOPLE = T("orang", "people")
PERCENT = T("%", "%")
RUPIAH = T("Rp", "Rp")
PER_MONTH = T("per bulan", "a month")
PER_YEAR = T("per tahun", "a year")

DAMPIT_ONLINE_SHOP = Story(
    key="dampit-online-shop",
    province="35",
    regency="35.07",
    title=T(
        "Petani Kopi Dampit Menjual Langsung ke Pembeli Lewat Toko Daring Koperasi",
        "Dampit Coffee Farmers Sell Straight to Buyers Through Their "
        "Cooperative's Online Shop",
    ),
    slug=T("kopi-dampit-toko-daring", "dampit-coffee-online-shop"),
    summary=T(
        "Dengan satu toko daring bersama dan standar sortasi yang disepakati "
        "anggota, Koperasi Kopi Dampit Lestari memangkas rantai tengkulak dan "
        "menaikkan harga yang diterima petani.",
        "With one shared online shop and sorting rules the members agreed on, "
        "the Dampit Lestari coffee cooperative cut out the middlemen and raised "
        "the price farmers receive.",
    ),
    date=datetime.date(2022, 8, 15),
    reporter_name="Dwi Rahmawati",
    innovation_mode="sustaining",
    stage="berjalan",
    problem_areas=("pemasaran", "produksi"),
    tags=("kopi", "pemasaran digital", "toko daring"),
    cooperatives=(coops.DAMPIT,),
    context=(
        T(
            "Dampit dikenal sebagai salah satu sentra kopi robusta di Jawa Timur. "
            "Sebagian besar anggota koperasi memiliki kebun kopi kurang dari satu "
            "hektare.",
            "Dampit is known as one of East Java's robusta coffee centres. Most "
            "of the cooperative's members own less than a hectare of coffee.",
        ),
        T(
            "Sebelum 2020 hampir seluruh panen dijual sebagai buah basah kepada "
            "pengepul yang datang ke desa.",
            "Before 2020 nearly the whole harvest was sold as wet cherries to "
            "collectors who came to the village.",
        ),
    ),
    problem=(
        T(
            "Harga dari pengepul ditentukan sepihak dan tidak membedakan kopi "
            "petik merah dari kopi asalan, sehingga petani yang merawat kebunnya "
            "dengan baik tidak mendapat imbalan lebih.",
            "Collectors set the price on their own and paid the same for "
            "carefully picked ripe cherries as for mixed-quality coffee, so "
            "farmers who looked after their gardens earned nothing extra.",
        ),
        T(
            "Ketika pandemi menutup kedai kopi di kota, pembelian dari pengepul "
            "juga turun tajam.",
            "When the pandemic closed the coffee shops in the cities, purchases "
            "by collectors dropped sharply too.",
        ),
    ),
    response=(
        T(
            "Koperasi menyepakati standar petik merah dan sortasi bersama "
            "anggota, lalu membuka satu toko daring atas nama koperasi di dua "
            "lokapasar dan di media sosial.",
            "The cooperative agreed a ripe-picking and sorting standard with its "
            "members, then opened one online shop in its own name on two "
            "marketplaces and on social media.",
        ),
        T(
            "Dua anggota muda dilatih mengurus foto produk, membalas pesan dan "
            "mengatur pengiriman. Setiap kemasan mencantumkan nama kelompok tani "
            "asal kopinya.",
            "Two young members were trained to take product photos, answer "
            "messages and arrange shipping. Every pack names the farmer group "
            "its coffee came from.",
        ),
    ),
    period=T("2019 dibanding 2022", "2019 compared with 2022"),
    figures=(
        Figure(
            T("Harga rata-rata yang diterima petani", "Average price paid to farmers"),
            22000,
            31000,
            T("Rp per kg biji kopi", "Rp per kg of beans"),
        ),
        Figure(
            T("Penjualan kopi sangrai", "Roasted coffee sold"),
            0.4,
            2.1,
            T("ton per tahun", "tonnes a year"),
        ),
        Figure(
            T(
                "Anggota yang memakai standar petik merah",
                "Members picking only ripe cherries",
            ),
            35,
            240,
            PEOPLE,
        ),
    ),
    limits=(
        T(
            "Penjualan daring baru menyerap sekitar seperlima panen; sisanya "
            "masih dijual ke pabrik dan eksportir.",
            "Online sales take only about a fifth of the harvest; the rest still "
            "goes to factories and exporters.",
        ),
        T(
            "Pada tiga bulan pertama biaya iklan di lokapasar lebih besar dari "
            "hasilnya, sehingga koperasi beralih ke promosi lewat pelanggan "
            "tetap.",
            "In the first three months marketplace advertising cost more than it "
            "brought in, so the cooperative switched to promotion through "
            "repeat customers.",
        ),
    ),
    steps=(
        Step(
            T("Sepakati standar mutu lebih dulu", "Agree on a quality standard first"),
            T(
                "Tuliskan aturan petik dan sortasi yang sederhana, dan bayar "
                "selisih harga kepada anggota yang memenuhinya.",
                "Write down simple picking and sorting rules, and pay members who "
                "meet them a price premium.",
            ),
            T("Satu kali rapat anggota", "One members' meeting"),
        ),
        Step(
            T(
                "Buka satu toko atas nama koperasi",
                "Open one shop in the cooperative's name",
            ),
            T(
                "Jangan biarkan setiap anggota membuka toko sendiri; satu toko "
                "membuat ulasan pembeli terkumpul di satu tempat.",
                "Don't let every member open a shop of their own; one shop lets "
                "buyers' reviews add up in one place.",
            ),
            T(
                "Ponsel, timbangan dan alat perekat kemasan",
                "A phone, scales and a bag sealer",
            ),
        ),
        Step(
            T("Latih pengelola muda", "Train young managers"),
            T(
                "Pilih dua anggota atau anak anggota yang akrab dengan media "
                "sosial, dan beri mereka bagian dari hasil penjualan.",
                "Pick two members, or members' children, who are at home on "
                "social media, and give them a share of the sales.",
            ),
            T("Pelatihan tiga hari", "Three days of training"),
        ),
    ),
    contacts=(
        Contact(
            "Sulastri",
            T("Manajer pemasaran", "Marketing manager"),
            coops.DAMPIT.title,
            "0812 3000 1101",
            "kopi.dampit@example.org",
        ),
    ),
    quote=Quote(
        T(
            "Dulu kami tidak tahu kopi kami diminum di mana. Sekarang ada pembeli "
            "di Bandung yang mengirim foto cangkirnya.",
            "We used to have no idea where our coffee was drunk. Now a buyer in "
            "Bandung sends us photos of her cup.",
        ),
        "Pak Suyono",
        T("Anggota kelompok tani Sumberejo", "Member of the Sumberejo farmer group"),
    ),
    colour="#6b3e26",
)

AREK_GUYUB_APP = Story(
    key="arek-guyub-app",
    province="35",
    regency="35.78",
    title=T(
        "Setoran Lewat Ponsel dan RAT Hibrida di KSP Arek Guyub",
        "Deposits by Phone and a Hybrid Annual Meeting at Arek Guyub Savings and Loan",
    ),
    slug=T("ksp-arek-guyub-aplikasi-rat-hibrida", "arek-guyub-app-hybrid-meeting"),
    summary=T(
        "Pedagang pasar di Surabaya kini menabung dan mengajukan pinjaman dari "
        "lapak mereka, dan anggota bisa mengikuti rapat anggota tahunan dari "
        "rumah.",
        "Market traders in Surabaya now save and apply for loans from their "
        "stalls, and members can take part in the annual meeting from home.",
    ),
    date=datetime.date(2023, 3, 10),
    reporter_name="Agus Setiawan",
    innovation_mode="sustaining",
    stage="meluas",
    problem_areas=("pelayanan", "tata-kelola"),
    tags=("simpan pinjam", "aplikasi", "RAT"),
    cooperatives=(coops.AREK_GUYUB,),
    context=(
        T(
            "KSP Arek Guyub melayani lebih dari dua ribu anggota, kebanyakan "
            "pedagang yang berjualan sejak subuh dan sulit meninggalkan lapak "
            "pada jam kantor.",
            "Arek Guyub serves more than two thousand members, most of them "
            "traders who open at dawn and can hardly leave their stalls during "
            "office hours.",
        ),
    ),
    problem=(
        T(
            "Petugas berkeliling pasar menarik setoran harian dengan buku "
            "catatan, sehingga rawan salah catat dan anggota lama menunggu kabar "
            "saldo mereka.",
            "Staff walked round the markets collecting daily deposits in "
            "notebooks, which invited mistakes and left members waiting a long "
            "time to learn their balance.",
        ),
        T(
            "Kehadiran di RAT terus menurun; pada 2019 kuorum baru tercapai "
            "setelah rapat diundur dua kali.",
            "Attendance at the annual meeting kept falling; in 2019 a quorum was "
            "reached only after the meeting had been postponed twice.",
        ),
    ),
    response=(
        T(
            "Koperasi bekerja sama dengan penyedia aplikasi koperasi untuk "
            "setoran, penarikan dan pengajuan pinjaman, dengan bukti transaksi "
            "yang langsung masuk ke ponsel anggota.",
            "The cooperative worked with a provider of cooperative software on "
            "an app for deposits, withdrawals and loan applications, with "
            "receipts sent straight to members' phones.",
        ),
        T(
            "RAT kini diselenggarakan secara hibrida: sebagian anggota hadir di "
            "aula, sebagian mengikuti lewat video dan memberi suara melalui "
            "aplikasi.",
            "The annual meeting is now hybrid: some members attend in the hall, "
            "others follow by video and vote in the app.",
        ),
    ),
    period=T("2019 dibanding 2023", "2019 compared with 2023"),
    figures=(
        Figure(
            T("Anggota yang aktif memakai aplikasi", "Members actively using the app"),
            0,
            1460,
            PEOPLE,
        ),
        Figure(
            T("Waktu persetujuan pinjaman kecil", "Time to approve a small loan"),
            5,
            1,
            T("hari", "days"),
        ),
        Figure(
            T("Kehadiran anggota di RAT", "Members attending the annual meeting"),
            31,
            68,
            PERCENT,
        ),
    ),
    limits=(
        T(
            "Sekitar sepertiga anggota, terutama yang sudah lanjut usia, tetap "
            "memilih datang ke kantor, jadi layanan tatap muka tidak bisa "
            "dihapus.",
            "About a third of members, mostly older ones, still prefer to come "
            "to the office, so face-to-face service cannot be dropped.",
        ),
        T(
            "Biaya langganan aplikasi dan pelatihan pengurus menyerap sebagian "
            "SHU selama dua tahun pertama.",
            "The app subscription and the board's training took part of the "
            "surplus in the first two years.",
        ),
    ),
    steps=(
        Step(
            T(
                "Petakan layanan yang paling sering dipakai",
                "Map the services members use most",
            ),
            T(
                "Mulailah dari setoran dan cek saldo, bukan dari semua fitur "
                "sekaligus.",
                "Start with deposits and balance checks, not every feature at once.",
            ),
            T("Data transaksi satu tahun", "One year of transaction records"),
        ),
        Step(
            T("Siapkan pendamping di pasar", "Put helpers in the markets"),
            T(
                "Tugaskan petugas untuk membantu anggota memasang dan memakai "
                "aplikasi langsung di lapak mereka.",
                "Assign staff to help members install and use the app right at "
                "their stalls.",
            ),
            T("Dua petugas selama tiga bulan", "Two staff for three months"),
        ),
        Step(
            T(
                "Ubah anggaran dasar untuk RAT hibrida",
                "Amend the bylaws for a hybrid annual meeting",
            ),
            T(
                "Pastikan aturan kuorum dan pemungutan suara daring disahkan "
                "rapat anggota sebelum dipakai.",
                "Make sure the members approve the quorum and online voting "
                "rules before they are used.",
            ),
            T("Rapat anggota khusus", "A special members' meeting"),
        ),
    ),
    contacts=(
        Contact(
            "Hendro Wibowo",
            T("Ketua pengurus", "Chair of the board"),
            coops.AREK_GUYUB.title,
            "0813 3000 2202",
            "arek.guyub@example.org",
        ),
    ),
    colour="#1f4e79",
)

MERAPI_MILK_TESTING = Story(
    key="merapi-milk-testing",
    province="34",
    regency="34.04",
    title=T(
        "Uji Mutu Susu per Anggota dan Laporan Lewat SMS di Lereng Merapi",
        "Testing Each Member's Milk, With Results by Text Message, on the "
        "Slopes of Merapi",
    ),
    slug=T("uji-mutu-susu-merapi-sms", "merapi-milk-quality-text-messages"),
    summary=T(
        "Koperasi Merapi Makmur menguji susu setiap anggota di pos penampungan "
        "dan mengirim hasilnya lewat SMS, sehingga peternak tahu apa yang harus "
        "diperbaiki dan dibayar sesuai mutu.",
        "Merapi Makmur tests every member's milk at the collection point and "
        "sends the result by text message, so farmers know what to improve and "
        "are paid by quality.",
    ),
    date=datetime.date(2021, 11, 22),
    reporter_name="Fransiska Lestari",
    innovation_mode="sustaining",
    stage="berjalan",
    problem_areas=("produksi", "pelayanan"),
    tags=("susu", "mutu", "SMS"),
    cooperatives=(coops.MERAPI_MAKMUR,),
    context=(
        T(
            "Susu dari ratusan peternak dicampur dalam tangki pendingin yang "
            "sama sebelum dijual ke industri pengolahan susu.",
            "Milk from hundreds of farmers is mixed in the same cooling tanks "
            "before it is sold to dairy processors.",
        ),
    ),
    problem=(
        T(
            "Industri menolak atau memotong harga satu tangki penuh bila kadar "
            "lemaknya rendah atau jumlah bakterinya tinggi, padahal penyebabnya "
            "sering hanya segelintir peternak.",
            "Processors rejected a whole tank, or cut its price, when fat was "
            "low or bacteria high, although the cause was often just a handful "
            "of farmers.",
        ),
        T(
            "Peternak tidak pernah tahu mutu susunya sendiri, sehingga tidak ada "
            "dorongan untuk memperbaiki kebersihan kandang dan pakan.",
            "Farmers never knew the quality of their own milk, so nothing pushed "
            "them to improve shed hygiene or feed.",
        ),
    ),
    response=(
        T(
            "Setiap pos penampungan dilengkapi alat uji susu sederhana. Sampel "
            "dari setiap setoran diuji kadar lemak, berat jenis dan "
            "kebersihannya.",
            "Each collection point was given a simple milk analyser. A sample of "
            "every delivery is tested for fat, density and cleanliness.",
        ),
        T(
            "Hasil uji dikirim ke ponsel peternak lewat SMS pada hari yang sama, "
            "dan pada akhir bulan susu dibayar dengan harga bertingkat sesuai "
            "mutunya.",
            "The result reaches the farmer's phone by text message the same day, "
            "and at the end of the month milk is paid on a scale that follows "
            "its quality.",
        ),
    ),
    period=T("2019 dibanding 2021", "2019 compared with 2021"),
    figures=(
        Figure(
            T("Tangki yang ditolak industri", "Tanks rejected by processors"),
            14,
            2,
            PER_YEAR,
        ),
        Figure(T("Kadar lemak rata-rata", "Average fat content"), 3.2, 3.8, PERCENT),
        Figure(
            T("Harga rata-rata per liter", "Average price per litre"),
            5400,
            6250,
            RUPIAH,
        ),
    ),
    limits=(
        T(
            "Alat uji harus dikalibrasi setiap bulan; pada awal program hasil "
            "yang meleset membuat beberapa anggota protes.",
            "The analysers must be calibrated every month; early on, readings "
            "that were off led some members to protest.",
        ),
        T(
            "Peternak yang tidak memiliki ponsel menerima hasil uji tertulis, "
            "yang datang lebih lambat.",
            "Farmers without a phone receive written results, which arrive later.",
        ),
    ),
    steps=(
        Step(
            T("Mulai dari satu pos penampungan", "Start with one collection point"),
            T(
                "Uji coba selama tiga bulan sebelum memakai harga bertingkat, "
                "supaya anggota percaya pada alatnya.",
                "Run a three-month trial before paying by quality, so that "
                "members come to trust the machine.",
            ),
            T("Satu alat uji susu", "One milk analyser"),
        ),
        Step(
            T(
                "Umumkan tabel harga sejak awal",
                "Publish the price table from the start",
            ),
            T(
                "Anggota harus tahu berapa tambahan harga untuk setiap kenaikan mutu.",
                "Members must know how much more they earn for each step up in "
                "quality.",
            ),
            T("Papan pengumuman di setiap pos", "A notice board at each point"),
        ),
        Step(
            T("Kaitkan hasil uji dengan penyuluhan", "Link test results to advice"),
            T(
                "Peternak dengan hasil rendah dikunjungi petugas kesehatan hewan "
                "pada minggu yang sama.",
                "Farmers with poor results get a visit from the animal-health "
                "officer the same week.",
            ),
            T("Satu petugas kesehatan hewan", "One animal-health officer"),
        ),
    ),
    contacts=(
        Contact(
            "drh. Wahyu Prasetyo",
            T("Kepala unit mutu", "Head of the quality unit"),
            coops.MERAPI_MAKMUR.title,
            "0815 3000 3303",
            "merapi.makmur@example.org",
        ),
    ),
    quote=Quote(
        T(
            "Begitu tahu susu saya paling encer di kelompok, saya ganti pakan. "
            "Dua bulan kemudian harganya naik.",
            "Once I knew my milk was the thinnest in the group, I changed the "
            "feed. Two months later the price went up.",
        ),
        "Bu Sumarni",
        T("Peternak anggota", "Member farmer"),
    ),
    colour="#2e7d32",
)

BANTUL_CATALOGUE = Story(
    key="bantul-catalogue",
    province="34",
    regency="34.02",
    title=T(
        "Perajin Gerabah Bantul Meniru Toko Daring Bersama Petani Kopi Dampit",
        "Bantul's Potters Borrow the Shared Online Shop of Dampit's Coffee Farmers",
    ),
    slug=T("gerabah-bantul-katalog-bersama", "bantul-pottery-shared-catalogue"),
    summary=T(
        "Setelah membaca cerita Koperasi Kopi Dampit Lestari, perajin gerabah "
        "di Bantul membuat katalog dan toko daring bersama, lalu menggabungkan "
        "pengiriman agar ongkos kirim turun.",
        "After reading the Dampit Lestari coffee cooperative's story, potters "
        "in Bantul built a shared catalogue and online shop, then pooled their "
        "shipments to bring delivery costs down.",
    ),
    date=datetime.date(2023, 6, 5),
    reporter_name="Bayu Nugroho",
    innovation_mode="sustaining",
    stage="uji-coba",
    problem_areas=("pemasaran", "produksi"),
    tags=("gerabah", "pemasaran digital", "katalog"),
    cooperatives=(coops.BANTUL_RUKUN,),
    adapted_from="dampit-online-shop",
    context=(
        T(
            "Perajin anggota Koperasi Bantul Rukun membuat pot, vas dan alat "
            "dapur dari tanah liat di rumah masing-masing.",
            "Members of Bantul Rukun make pots, vases and kitchenware from clay "
            "in their own homes.",
        ),
        T(
            "PPKL yang mendampingi koperasi menunjukkan cerita toko daring "
            "petani kopi Dampit di portal Inovasi Koperasi dalam rapat pengurus.",
            "The field officer who mentors the cooperative showed the board the "
            "Dampit coffee farmers' online-shop story on the Inovasi Koperasi "
            "portal.",
        ),
    ),
    problem=(
        T(
            "Setiap perajin berjualan sendiri lewat akun media sosial pribadi "
            "dengan foto seadanya, dan mengirim barang pecah belah yang dikemas "
            "satu per satu sangat mahal.",
            "Each potter sold through a personal social media account with "
            "makeshift photos, and shipping fragile goods packed one by one was "
            "very expensive.",
        ),
    ),
    response=(
        T(
            "Koperasi memotret produk semua anggota di ruang pamer dengan latar "
            "yang sama dan menyusunnya dalam satu katalog bernomor.",
            "The cooperative photographed every member's products in the "
            "showroom against the same background and put them in one numbered "
            "catalogue.",
        ),
        T(
            "Pesanan dikumpulkan dua kali seminggu dan dikemas bersama dalam "
            "peti kayu di gudang koperasi, sehingga ongkos kirim per barang "
            "turun dan barang yang pecah berkurang.",
            "Orders are gathered twice a week and packed together in wooden "
            "crates at the cooperative's warehouse, so shipping costs less per "
            "item and fewer pieces break.",
        ),
    ),
    period=T(
        "Semester I 2022 dibanding semester I 2023",
        "First half of 2022 compared with first half of 2023",
    ),
    figures=(
        Figure(
            T("Pesanan dari luar DIY", "Orders from outside Yogyakarta"),
            18,
            64,
            PER_MONTH,
        ),
        Figure(
            T("Barang pecah saat dikirim", "Pieces broken in transit"), 9, 2, PERCENT
        ),
        Figure(
            T("Ongkos kirim per barang", "Shipping cost per item"), 38000, 21000, RUPIAH
        ),
    ),
    limits=(
        T(
            "Masih tahap uji coba: baru 40 dari 185 anggota yang produknya masuk "
            "katalog karena pemotretan memakan waktu.",
            "It is still a pilot: only 40 of the 185 members have products in "
            "the catalogue, because the photography takes time.",
        ),
        T(
            "Berbeda dengan kopi, gerabah tidak bisa distandarkan sepenuhnya; "
            "pembeli kadang kecewa karena warna glasir sedikit berbeda dari "
            "foto.",
            "Unlike coffee, pottery cannot be fully standardised; buyers are "
            "sometimes disappointed when the glaze colour differs slightly from "
            "the photo.",
        ),
    ),
    steps=(
        Step(
            T(
                "Baca cerita sumbernya bersama pengurus",
                "Read the source story with the board",
            ),
            T(
                "Tentukan bagian mana yang cocok dan mana yang harus diubah untuk "
                "produk Anda.",
                "Decide which parts fit and which must change for your product.",
            ),
            T("Satu rapat pengurus", "One board meeting"),
        ),
        Step(
            T("Buat sudut foto sederhana", "Set up a simple photo corner"),
            T(
                "Latar kain polos, lampu putih dan ponsel sudah cukup untuk foto "
                "katalog yang seragam.",
                "A plain cloth backdrop, white lights and a phone are enough for "
                "consistent catalogue photos.",
            ),
            T("Sekitar Rp 1,5 juta", "About Rp 1.5 million"),
        ),
        Step(
            T("Jadwalkan pengemasan bersama", "Schedule joint packing"),
            T(
                "Tetapkan dua hari kirim setiap minggu supaya pesanan bisa digabung.",
                "Fix two shipping days a week so that orders can be combined.",
            ),
            T("Peti kayu dan bahan pengisi", "Wooden crates and padding"),
        ),
    ),
    contacts=(
        Contact(
            "Sri Handayani",
            T("Sekretaris koperasi", "Cooperative secretary"),
            coops.BANTUL_RUKUN.title,
            "0817 3000 4404",
            "gerabah.rukun@example.org",
        ),
    ),
    colour="#b5562b",
)

DIENG_CADRE_SCHOOL = Story(
    key="dieng-cadre-school",
    province="33",
    regency="33.07",
    title=T(
        "Sekolah Kader Muda Menyiapkan Pengurus Baru Koperasi Tani Dieng",
        "A School for Young Cadres Prepares New Leaders for the Dieng "
        "Farmers' Cooperative",
    ),
    slug=T("sekolah-kader-muda-koperasi-dieng", "dieng-young-cadre-school"),
    summary=T(
        "Setelah bertahun-tahun dipimpin orang yang sama, Koperasi Tani Dataran "
        "Tinggi Dieng melatih anak-anak petani menjadi calon pengurus dan "
        "pengelola usaha.",
        "After years of being run by the same people, the Dieng Highland "
        "Farmers' Cooperative is training farmers' children as future board "
        "members and business managers.",
    ),
    date=datetime.date(2022, 4, 19),
    reporter_name="Rina Wulandari",
    innovation_mode="sustaining",
    stage="berjalan",
    problem_areas=("sdm", "tata-kelola"),
    tags=("kaderisasi", "pemuda", "pelatihan"),
    cooperatives=(coops.DIENG,),
    context=(
        T(
            "Pada 2020 usia rata-rata pengurus koperasi adalah 58 tahun, dan tiga "
            "di antaranya sudah menjabat sejak koperasi berdiri.",
            "In 2020 the board's average age was 58, and three of its members "
            "had served since the cooperative was founded.",
        ),
    ),
    problem=(
        T(
            "Pembukuan unit pengolahan masih manual dan hanya dipahami satu "
            "orang. Ketika ia jatuh sakit, laporan keuangan untuk RAT 2020 tidak "
            "selesai dan rapat batal.",
            "The processing unit's books were kept by hand and understood by "
            "one person only. When she fell ill, the accounts for the 2020 "
            "annual meeting were not finished and the meeting was cancelled.",
        ),
        T(
            "Banyak anak petani memilih merantau karena tidak melihat peran bagi "
            "diri mereka di koperasi.",
            "Many farmers' children left to work elsewhere because they saw no "
            "role for themselves in the cooperative.",
        ),
    ),
    response=(
        T(
            "Koperasi membuka sekolah kader selama enam bulan bagi anggota dan "
            "anak anggota berusia 18 sampai 30 tahun, dengan materi pembukuan, "
            "pemasaran, prinsip koperasi dan pengolahan pangan.",
            "The cooperative opened a six-month cadre school for members and "
            "members' children aged 18 to 30, covering bookkeeping, marketing, "
            "cooperative principles and food processing.",
        ),
        T(
            "Setiap peserta magang di satu unit usaha dan mendampingi seorang "
            "pengurus. Lulusan terbaik dicalonkan dalam pemilihan pengurus "
            "berikutnya.",
            "Each trainee works in one business unit and shadows a board member. "
            "The best graduates stand in the next board election.",
        ),
    ),
    period=T("2020 dibanding 2023", "2020 compared with 2023"),
    figures=(
        Figure(
            T(
                "Pengurus dan pengelola berusia di bawah 35 tahun",
                "Board members and managers under 35",
            ),
            0,
            5,
            PEOPLE,
        ),
        Figure(
            T("Waktu menyusun laporan tahunan", "Time to prepare the annual accounts"),
            10,
            3,
            T("minggu", "weeks"),
        ),
        Figure(
            T("Anggota baru berusia muda", "New young members"),
            4,
            37,
            T("orang per tahun", "people a year"),
        ),
    ),
    limits=(
        T(
            "Dari 24 peserta angkatan pertama, sembilan berhenti di tengah jalan "
            "karena harus bekerja pada musim panen.",
            "Of the 24 trainees in the first intake, nine dropped out because "
            "they had to work during the harvest.",
        ),
        T(
            "Sebagian pengurus lama awalnya enggan berbagi tugas, sehingga PPKL "
            "perlu turun tangan sebagai penengah.",
            "Some long-serving board members were at first reluctant to hand "
            "over tasks, so the field officer had to step in as a mediator.",
        ),
    ),
    steps=(
        Step(
            T("Jadwalkan di luar musim panen", "Schedule around the harvest"),
            T(
                "Kelas sore dua kali seminggu lebih mudah diikuti daripada "
                "pelatihan penuh waktu.",
                "Evening classes twice a week are easier to attend than "
                "full-time training.",
            ),
            T("Ruang kelas dan satu fasilitator", "A classroom and one facilitator"),
        ),
        Step(
            T(
                "Pasangkan peserta dengan pengurus",
                "Pair each trainee with a board member",
            ),
            T(
                "Magang langsung di unit usaha lebih berguna daripada teori.",
                "Hands-on work in a business unit teaches more than theory.",
            ),
            T("Waktu dari para pengurus", "Board members' time"),
        ),
        Step(
            T("Buka jalan menuju jabatan", "Open a path to office"),
            T(
                "Tuliskan dalam peraturan khusus bahwa lulusan boleh dicalonkan "
                "sebagai pengurus atau pengawas.",
                "Write into the cooperative's rules that graduates may stand for "
                "the board or the supervisory committee.",
            ),
            T("Keputusan rapat anggota", "A members' meeting decision"),
        ),
    ),
    contacts=(
        Contact(
            "Slamet Riyadi",
            T("Ketua koperasi", "Chair of the cooperative"),
            coops.DIENG.title,
            "0822 3000 5505",
            "tani.dieng@example.org",
        ),
    ),
    quote=Quote(
        T(
            "Saya kira koperasi itu urusan bapak-bapak. Ternyata sekarang saya "
            "yang menyusun laporan penjualan manisan carica.",
            "I thought the cooperative was a thing for the older men. Now I am "
            "the one who prepares the candied carica sales report.",
        ),
        "Nur Aini",
        T("Lulusan sekolah kader 2021", "Cadre school graduate, 2021"),
    ),
    colour="#7b1fa2",
)

SEMARANG_DRIVERS_PLATFORM = Story(
    key="semarang-drivers-platform",
    province="33",
    regency="33.74",
    title=T(
        "Pengemudi Ojek Daring Semarang Membangun Aplikasi Milik Koperasi",
        "Semarang's Ride-Hailing Drivers Build an App Their Cooperative Owns",
    ),
    slug=T(
        "koperasi-platform-pengemudi-semarang", "semarang-drivers-platform-cooperative"
    ),
    summary=T(
        "Ratusan pengemudi di Semarang mendirikan koperasi jasa dan meluncurkan "
        "aplikasi pemesanan sendiri, dengan potongan yang diputuskan anggota "
        "dan keuntungan yang kembali kepada mereka sebagai SHU.",
        "Hundreds of drivers in Semarang set up a services cooperative and "
        "launched their own booking app, with a commission the members decide "
        "and profits that return to them as surplus.",
    ),
    date=datetime.date(2023, 9, 12),
    reporter_name="Hendra Kurniawan",
    innovation_mode="platform",
    stage="uji-coba",
    problem_areas=("pelayanan", "keuangan"),
    tags=("koperasi platform", "ojek daring", "transportasi"),
    cooperatives=(coops.SEMARANG_BERSAMA,),
    context=(
        T(
            "Sebagian besar pendiri koperasi sudah bertahun-tahun bekerja sebagai "
            "mitra aplikasi transportasi besar.",
            "Most of the cooperative's founders had worked for years as partners "
            "of the big ride-hailing apps.",
        ),
    ),
    problem=(
        T(
            "Pengemudi tidak punya suara atas tarif dan potongan komisi yang bisa "
            "berubah sewaktu-waktu, dan tidak punya tabungan untuk perbaikan "
            "kendaraan atau hari tua.",
            "Drivers had no say over fares and commission rates that could "
            "change at any time, and no savings for vehicle repairs or old age.",
        ),
    ),
    response=(
        T(
            "Koperasi mengembangkan aplikasi pemesanan bersama pengembang lokal "
            "dan memulainya di dua kecamatan, dengan pelanggan dari kampus dan "
            "pasar.",
            "The cooperative developed a booking app with a local developer and "
            "started it in two districts, with customers from a university "
            "campus and a market.",
        ),
        T(
            "Besarnya potongan ditetapkan dalam RAT, dan sebagian disisihkan "
            "untuk simpanan hari tua serta dana servis kendaraan anggota.",
            "The commission is set at the annual meeting, and part of it is put "
            "aside for members' retirement savings and a vehicle repair fund.",
        ),
    ),
    period=T("2022 dibanding 2023", "2022 compared with 2023"),
    figures=(
        Figure(
            T("Potongan komisi per perjalanan", "Commission per trip"), 20, 10, PERCENT
        ),
        Figure(
            T(
                "Perjalanan lewat aplikasi koperasi",
                "Trips through the cooperative's app",
            ),
            0,
            5200,
            PER_MONTH,
        ),
        Figure(
            T("Anggota dengan simpanan hari tua", "Members with retirement savings"),
            0,
            430,
            PEOPLE,
        ),
    ),
    limits=(
        T(
            "Jumlah pelanggan masih kecil dibanding aplikasi besar, sehingga "
            "sebagian besar anggota tetap menjalankan dua aplikasi sekaligus.",
            "The customer base is still small next to the big apps, so most "
            "members still run two apps at once.",
        ),
        T(
            "Biaya pengembangan aplikasi membuat koperasi mencatat SHU negatif "
            "pada 2023; pengurus menargetkan titik impas pada 2025.",
            "The cost of building the app left the cooperative with a negative "
            "surplus in 2023; the board aims to break even in 2025.",
        ),
    ),
    steps=(
        Step(
            T("Mulai dari wilayah kecil", "Start in a small area"),
            T(
                "Pilih kawasan dengan pelanggan tetap, misalnya kampus atau "
                "pasar, sebelum memperluas layanan.",
                "Pick an area with regular customers, such as a campus or a "
                "market, before expanding.",
            ),
            T("Dua kecamatan dan 100 pengemudi", "Two districts and 100 drivers"),
        ),
        Step(
            T(
                "Putuskan potongan di rapat anggota",
                "Decide the commission at the members' meeting",
            ),
            T(
                "Aturan yang diputuskan bersama membuat pengemudi setia pada "
                "aplikasinya sendiri.",
                "Rules decided together keep drivers loyal to their own app.",
            ),
            T(
                "RAT atau rapat anggota khusus",
                "The annual or a special members' meeting",
            ),
        ),
        Step(
            T(
                "Pastikan koperasi memiliki kode dan data",
                "Make sure the cooperative owns the code and the data",
            ),
            T(
                "Pilih pengembang yang bersedia menyerahkan kode sumber dan data "
                "aplikasi kepada koperasi, bukan sekadar menyewakannya.",
                "Choose a developer willing to hand the app's source code and "
                "data over to the cooperative rather than just rent them out.",
            ),
            T("Perjanjian kerja sama tertulis", "A written agreement"),
        ),
    ),
    contacts=(
        Contact(
            "Yusuf Maulana",
            T("Ketua pengurus", "Chair of the board"),
            coops.SEMARANG_BERSAMA.title,
            "0856 3000 6606",
            "semarang.bersama@example.org",
        ),
    ),
    timeline=(
        Event(
            T("Oktober 2019", "October 2019"),
            T("Koperasi berbadan hukum", "The cooperative becomes a legal entity"),
        ),
        Event(
            T("Maret 2022", "March 2022"),
            T(
                "RAT menyetujui pembangunan aplikasi",
                "The annual meeting approves building the app",
            ),
        ),
        Event(
            T("Juli 2023", "July 2023"),
            T(
                "Uji coba di dua kecamatan dimulai",
                "The pilot starts in two districts",
            ),
        ),
    ),
    colour="#00838f",
)

GALESONG_MOISTURE = Story(
    key="galesong-moisture",
    province="73",
    regency="73.05",
    title=T(
        "Uji Kadar Air dan Para-Para Jemur Bersama Menaikkan Harga Rumput Laut "
        "Galesong",
        "Moisture Testing and Shared Drying Racks Raise the Price of Galesong Seaweed",
    ),
    slug=T("rumput-laut-galesong-uji-kadar-air", "galesong-seaweed-moisture-testing"),
    summary=T(
        "Meniru cara koperasi susu di Sleman membayar sesuai mutu, Koperasi "
        "Galesong Bahari mengukur kadar air rumput laut setiap anggota dan "
        "membangun para-para jemur bersama.",
        "Borrowing the way a dairy cooperative in Sleman pays by quality, "
        "Galesong Bahari measures the moisture of every member's seaweed and "
        "has built shared drying racks.",
    ),
    date=datetime.date(2023, 1, 30),
    reporter_name="Andi Muhammad Yusuf",
    innovation_mode="sustaining",
    stage="berjalan",
    problem_areas=("produksi", "pemasaran"),
    tags=("rumput laut", "mutu", "pesisir"),
    cooperatives=(coops.GALESONG_BAHARI,),
    adapted_from="merapi-milk-testing",
    context=(
        T(
            "Anggota menjemur rumput laut di atas terpal di pasir pantai, lalu "
            "menjualnya kepada pedagang pengumpul dengan harga rata-rata desa.",
            "Members dried their seaweed on tarpaulins on the beach and sold it "
            "to traders at the village's average price.",
        ),
        T(
            "Pengurus mengenal cerita uji mutu susu dari Sleman dalam pertemuan "
            "PPKL tingkat provinsi.",
            "The board heard the Sleman milk-testing story at a provincial "
            "meeting of field officers.",
        ),
    ),
    problem=(
        T(
            "Rumput laut yang kotor dan terlalu basah membuat pabrik memotong "
            "harga seluruh kiriman, sehingga anggota yang menjemur dengan baik "
            "ikut dirugikan.",
            "Dirty, overly wet seaweed made factories cut the price of whole "
            "shipments, so members who dried theirs properly lost out as well.",
        ),
    ),
    response=(
        T(
            "Koperasi membeli alat ukur kadar air dan menguji setiap karung yang "
            "disetor. Harga dibayar bertingkat: makin kering dan bersih, makin "
            "tinggi.",
            "The cooperative bought a moisture meter and tests every sack "
            "delivered. Prices are tiered: the drier and cleaner, the higher.",
        ),
        T(
            "Dengan dana bergulir dari dinas, koperasi membangun para-para jemur "
            "dari bambu agar rumput laut tidak lagi bercampur pasir.",
            "With a revolving fund from the regional office, the cooperative "
            "built bamboo drying racks so that the seaweed no longer mixes with "
            "sand.",
        ),
    ),
    period=T("2021 dibanding 2022", "2021 compared with 2022"),
    figures=(
        Figure(T("Kadar air rata-rata", "Average moisture content"), 42, 33, PERCENT),
        Figure(
            T("Harga jual ke pabrik", "Price paid by factories"),
            14500,
            19000,
            T("Rp per kg", "Rp per kg"),
        ),
        Figure(
            T("Kiriman yang dipotong harganya", "Shipments with a price cut"),
            11,
            1,
            PER_YEAR,
        ),
    ),
    limits=(
        T(
            "Para-para baru cukup untuk sekitar separuh anggota; sisanya "
            "bergiliran, dan pada musim hujan penjemuran tetap lambat.",
            "The racks serve only about half the members; the rest take turns, "
            "and in the rainy season drying is still slow.",
        ),
        T(
            "Beberapa pedagang pengumpul sempat menawarkan harga lebih tinggi "
            "untuk menarik anggota keluar dari sistem koperasi.",
            "Some traders briefly offered higher prices to lure members away "
            "from the cooperative's system.",
        ),
    ),
    steps=(
        Step(
            T(
                "Pilih satu ukuran mutu yang mudah diuji",
                "Pick one quality measure that is easy to test",
            ),
            T(
                "Untuk rumput laut kadar air, untuk susu kadar lemak. Satu angka "
                "lebih mudah dipahami anggota.",
                "For seaweed it is moisture, for milk it is fat. One number is "
                "easier for members to understand.",
            ),
            T("Alat ukur kadar air", "A moisture meter"),
        ),
        Step(
            T("Bangun sarana bersama", "Build shared facilities"),
            T(
                "Para-para jemur bersama menghasilkan mutu yang lebih seragam "
                "daripada menjemur sendiri-sendiri.",
                "Shared drying racks give more even quality than everyone drying "
                "on their own.",
            ),
            T(
                "Bambu, jaring dan tenaga gotong royong",
                "Bamboo, netting and volunteer labour",
            ),
        ),
        Step(
            T("Umumkan hasil uji setiap minggu", "Post the test results every week"),
            T(
                "Papan hasil di gudang membuat anggota belajar dari yang terbaik.",
                "A results board at the warehouse lets members learn from the best.",
            ),
            T("Papan tulis di gudang", "A board at the warehouse"),
        ),
    ),
    contacts=(
        Contact(
            "Daeng Rahman",
            T("Manajer gudang", "Warehouse manager"),
            coops.GALESONG_BAHARI.title,
            "0852 3000 7707",
            "galesong.bahari@example.org",
        ),
    ),
    colour="#0277bd",
)

TAMALANREA_DIGITAL_TILL = Story(
    key="tamalanrea-digital-till",
    province="73",
    regency="73.71",
    title=T(
        "Kasir Digital dan Pesan-Antar Lewat WhatsApp di Toko Koperasi Tamalanrea",
        "A Digital Till and WhatsApp Deliveries at the Tamalanrea Cooperative Shop",
    ),
    slug=T("toko-koperasi-tamalanrea-kasir-digital", "tamalanrea-shop-digital-till"),
    summary=T(
        "Toko Koperasi Konsumen Warga Tamalanrea beralih ke kasir digital yang "
        "mencatat belanja setiap anggota dan menerima pesanan lewat WhatsApp, "
        "sehingga SHU bisa dibagi sesuai belanja.",
        "The Tamalanrea residents' consumer cooperative moved its shop to a "
        "digital till that records each member's purchases and takes orders "
        "on WhatsApp, so the surplus can be shared according to what members "
        "spend.",
    ),
    date=datetime.date(2022, 10, 3),
    reporter_name="Nurhayati Said",
    innovation_mode="sustaining",
    stage="meluas",
    problem_areas=("pelayanan", "keuangan"),
    tags=("toko koperasi", "pesan antar", "kasir digital"),
    cooperatives=(coops.TAMALANREA,),
    context=(
        T(
            "Toko koperasi melayani lebih dari seribu keluarga anggota di "
            "kompleks perumahan yang sama.",
            "The cooperative's shop serves more than a thousand member families "
            "on the same housing estate.",
        ),
    ),
    problem=(
        T(
            "Belanja anggota tidak tercatat per orang, sehingga SHU dibagi rata "
            "dan anggota yang sering berbelanja merasa tidak dihargai.",
            "Members' purchases were not recorded person by person, so the "
            "surplus was split equally and frequent shoppers felt unrewarded.",
        ),
        T(
            "Minimarket waralaba yang dibuka di depan kompleks menarik pembeli "
            "dengan jam buka yang lebih panjang.",
            "A franchise minimarket that opened at the estate's entrance drew "
            "shoppers with longer opening hours.",
        ),
    ),
    response=(
        T(
            "Koperasi memasang aplikasi kasir yang mengenali anggota dari nomor "
            "anggota di kartu atau ponsel dan mencatat setiap belanja.",
            "The cooperative installed a till app that recognises members by the "
            "member number on a card or phone and records every purchase.",
        ),
        T(
            "Anggota bisa mengirim daftar belanja lewat WhatsApp; pesanan diantar "
            "sore hari oleh pemuda kompleks yang dibayar per antaran.",
            "Members can send a shopping list on WhatsApp; orders are delivered "
            "in the afternoon by young people from the estate, paid per "
            "delivery.",
        ),
    ),
    period=T("2020 dibanding 2022", "2020 compared with 2022"),
    figures=(
        Figure(
            T("Omzet toko", "Shop turnover"),
            5.1,
            6.3,
            T("Rp miliar per tahun", "Rp billion a year"),
        ),
        Figure(T("Pesanan antar", "Delivery orders"), 0, 900, PER_MONTH),
        Figure(
            T("Anggota yang berbelanja setiap bulan", "Members shopping every month"),
            46,
            71,
            PERCENT,
        ),
    ),
    limits=(
        T(
            "Saat listrik padam kasir kembali ke nota tulis, dan memasukkan ulang "
            "transaksinya memakan waktu.",
            "Power cuts send the till back to handwritten receipts, and "
            "re-entering them takes time.",
        ),
        T(
            "Layanan antar belum menutup biayanya sendiri; koperasi "
            "menanggungnya sebagai layanan anggota.",
            "Deliveries do not yet pay for themselves; the cooperative carries "
            "them as a member service.",
        ),
    ),
    steps=(
        Step(
            T(
                "Daftarkan nomor anggota di kasir",
                "Register member numbers at the till",
            ),
            T(
                "Tanpa catatan belanja per anggota, SHU tidak bisa dibagi sesuai "
                "jasa anggota.",
                "Without purchase records per member, the surplus cannot be "
                "shared according to each member's use.",
            ),
            T("Aplikasi kasir dan komputer", "A till app and a computer"),
        ),
        Step(
            T("Buka satu nomor WhatsApp toko", "Open one WhatsApp number for the shop"),
            T(
                "Tetapkan batas jam pemesanan dan jadwal antar yang tetap.",
                "Set a cut-off time for orders and a fixed delivery schedule.",
            ),
            T("Satu ponsel dan satu petugas", "One phone and one staff member"),
        ),
        Step(
            T("Libatkan pemuda setempat", "Involve local young people"),
            T(
                "Pengantar dari lingkungan sendiri dikenal warga dan menambah "
                "penghasilan keluarga anggota.",
                "Couriers from the neighbourhood are known to residents and "
                "bring extra income to members' families.",
            ),
            T("Honor per antaran", "A fee per delivery"),
        ),
    ),
    contacts=(
        Contact(
            "Hj. Rosmawati",
            T("Manajer toko", "Shop manager"),
            coops.TAMALANREA.title,
            "0811 3000 8808",
            "warga.tamalanrea@example.org",
        ),
    ),
    colour="#c62828",
)

PRINGGASELA_LIVE_WEAVING = Story(
    key="pringgasela-live-weaving",
    province="52",
    regency="52.03",
    title=T(
        "Penenun Muda Pringgasela Menjual Kain Lewat Siaran Langsung",
        "Young Weavers in Pringgasela Sell Their Cloth Through Live Streams",
    ),
    slug=T(
        "penenun-muda-pringgasela-siaran-langsung",
        "pringgasela-young-weavers-live-streams",
    ),
    summary=T(
        "Kelompok penenun muda Koperasi Wanita Tenun Pringgasela Lestari "
        "memakai katalog bersama ala perajin gerabah Bantul dan siaran langsung "
        "di media sosial untuk menjual kain tenun.",
        "A group of young weavers in the Pringgasela Lestari women weavers' "
        "cooperative sells woven cloth with a shared catalogue, as Bantul's "
        "potters do, and with live streams on social media.",
    ),
    date=datetime.date(2024, 2, 20),
    reporter_name="Baiq Nurul Aini",
    innovation_mode="komunitas",
    stage="uji-coba",
    problem_areas=("sdm", "pemasaran"),
    tags=("tenun", "perempuan", "media sosial"),
    cooperatives=(coops.PRINGGASELA,),
    adapted_from="bantul-catalogue",
    context=(
        T(
            "Selembar kain tenun Pringgasela bisa dikerjakan dua minggu sampai "
            "dua bulan, bergantung pada motif dan ukurannya.",
            "A single Pringgasela cloth takes from two weeks to two months to "
            "weave, depending on its pattern and size.",
        ),
        T(
            "Koperasi membentuk kelompok komunitas penenun muda yang bekerja dan "
            "belajar bersama di balai desa.",
            "The cooperative formed a community group of young weavers who work "
            "and learn together in the village hall.",
        ),
    ),
    problem=(
        T(
            "Kain dijual kepada pengepul untuk pasar wisata dengan harga rendah, "
            "dan cerita di balik setiap motif tidak pernah sampai ke pembeli.",
            "Cloth went to collectors for the tourist market at low prices, and "
            "the story behind each pattern never reached the buyer.",
        ),
        T(
            "Perempuan muda enggan meneruskan keterampilan menenun karena "
            "hasilnya dianggap tidak sebanding dengan lama pengerjaan.",
            "Young women were reluctant to take up weaving because the income "
            "seemed out of proportion to the hours it takes.",
        ),
    ),
    response=(
        T(
            "Dengan mengadaptasi katalog bersama dari koperasi gerabah di Bantul, "
            "koperasi memotret setiap kain dan mencatat nama penenun serta arti "
            "motifnya.",
            "Adapting the shared catalogue of the pottery cooperative in Bantul, "
            "the cooperative photographs every cloth and notes the weaver's "
            "name and the meaning of its pattern.",
        ),
        T(
            "Dua kali seminggu penenun muda mengadakan siaran langsung dari balai "
            "desa, menenun sambil menjawab pertanyaan calon pembeli.",
            "Twice a week the young weavers stream live from the village hall, "
            "weaving while they answer buyers' questions.",
        ),
    ),
    period=T("2022 dibanding 2023", "2022 compared with 2023"),
    figures=(
        Figure(
            T("Harga rata-rata selembar kain", "Average price of a cloth"),
            650000,
            1100000,
            RUPIAH,
        ),
        Figure(
            T("Penenun berusia di bawah 30 tahun", "Weavers under 30"), 6, 23, PEOPLE
        ),
        Figure(
            T("Kain terjual langsung ke pembeli", "Cloths sold directly to buyers"),
            0,
            140,
            T("lembar per tahun", "pieces a year"),
        ),
    ),
    limits=(
        T(
            "Sinyal internet di desa tidak stabil, sehingga siaran sering "
            "terputus dan harus dipindah ke malam hari.",
            "The village's mobile signal is unreliable, so streams often drop "
            "and have had to move to the evening.",
        ),
        T(
            "Permintaan melonjak menjelang hari raya, padahal tenun tangan tidak "
            "bisa dipercepat; sebagian pesanan terpaksa ditolak.",
            "Demand jumps before the holidays, but hand weaving cannot be "
            "hurried; some orders had to be turned down.",
        ),
    ),
    steps=(
        Step(
            T("Catat cerita setiap kain", "Record the story of every cloth"),
            T(
                "Nama penenun, motif dan lama pengerjaan membuat pembeli mau "
                "membayar lebih.",
                "The weaver's name, the pattern and the time it took make buyers "
                "willing to pay more.",
            ),
            T("Buku catatan dan ponsel", "A notebook and a phone"),
        ),
        Step(
            T("Bentuk kelompok komunitas", "Form a community group"),
            T(
                "Bekerja bersama di satu tempat memudahkan pelatihan dan siaran "
                "langsung.",
                "Working together in one place makes training and live streams easier.",
            ),
            T(
                "Ruang bersama, misalnya balai desa",
                "A shared space such as the village hall",
            ),
        ),
        Step(
            T("Terima pesanan dengan daftar tunggu", "Take orders with a waiting list"),
            T(
                "Jujur soal lama pengerjaan lebih baik daripada menjanjikan "
                "kiriman cepat.",
                "Being honest about how long weaving takes is better than "
                "promising quick delivery.",
            ),
            T("Buku pesanan bersama", "A shared order book"),
        ),
    ),
    contacts=(
        Contact(
            "Baiq Sri Wahyuni",
            T("Ketua kelompok penenun muda", "Leader of the young weavers' group"),
            coops.PRINGGASELA.title,
            "0819 3000 9909",
            "tenun.pringgasela@example.org",
        ),
    ),
    quote=Quote(
        T(
            "Orang bertanya arti motif subahnale, lalu membeli setelah mendengar "
            "ceritanya.",
            "People ask what the subahnale pattern means, and buy once they have "
            "heard its story.",
        ),
        "Lale Nurhasanah",
        T("Penenun muda", "Young weaver"),
    ),
    colour="#ad1457",
)

# Sources come before the stories adapted from them.
STORIES = (
    DAMPIT_ONLINE_SHOP,
    AREK_GUYUB_APP,
    MERAPI_MILK_TESTING,
    BANTUL_CATALOGUE,
    DIENG_CADRE_SCHOOL,
    SEMARANG_DRIVERS_PLATFORM,
    GALESONG_MOISTURE,
    TAMALANREA_DIGITAL_TILL,
    PRINGGASELA_LIVE_WEAVING,
)

# What the home page features, in this order.
FEATURED = (DAMPIT_ONLINE_SHOP, SEMARANG_DRIVERS_PLATFORM, PRINGGASELA_LIVE_WEAVING)
