"""Demo cooperatives in five provinces, written by the team (fictional)."""

import datetime

from .specs import Cooperative, Indicator
from .text import T

# Amounts in rupiah, written in millions to keep the rows readable.
M = 1_000_000

DAMPIT = Cooperative(
    province="35",
    regency="35.07",
    title=T(
        "Koperasi Produsen Kopi Dampit Lestari",
        "Dampit Lestari Coffee Producers' Cooperative",
    ),
    slug=T("koperasi-kopi-dampit-lestari", "dampit-lestari-coffee-cooperative"),
    summary=T(
        "Koperasi petani kopi robusta di lereng selatan Kabupaten Malang yang "
        "mengolah dan menjual sendiri kopi anggotanya.",
        "A cooperative of robusta coffee farmers on the southern slopes of "
        "Malang Regency that processes and sells its members' coffee itself.",
    ),
    cooperative_type="produsen",
    business_sector=T(
        "Kopi robusta: budi daya, pengolahan dan penjualan",
        "Robusta coffee: growing, processing and sales",
    ),
    founded_year=2011,
    members=412,
    registration_number="3507012011000417",
    legal_entity_number="518/BH/XVI.4/2011",
    legal_entity_date=datetime.date(2011, 6, 14),
    address="Jl. Raya Dampit No. 27, Kecamatan Dampit, Kabupaten Malang",
    latitude="-8.211000",
    longitude="112.748000",
    phone="0341 890 112",
    email="kopi.dampit@example.org",
    body=(
        T(
            "Koperasi ini berdiri ketika sekelompok petani kopi di Dampit sepakat "
            "berhenti menjual buah kopi basah kepada tengkulak dan mulai "
            "mengolahnya bersama.",
            "The cooperative was founded when a group of coffee farmers in "
            "Dampit agreed to stop selling wet cherries to middlemen and to "
            "start processing them together.",
        ),
        T(
            "Kini koperasi mengelola lantai jemur, mesin pengupas dan gudang, "
            "serta menjual biji kopi hijau dan kopi sangrai dengan satu merek "
            "bersama.",
            "Today it runs a drying yard, hulling machines and a warehouse, and "
            "sells green beans and roasted coffee under one shared brand.",
        ),
    ),
    indicators=(
        Indicator(2020, 365, 610 * M, 250 * M, 2350 * M, 96 * M),
        Indicator(2021, 381, 680 * M, 300 * M, 2900 * M, 118 * M),
        Indicator(2022, 398, 760 * M, 280 * M, 3600 * M, 152 * M),
        Indicator(2023, 412, 845 * M, 240 * M, 4200 * M, 181 * M),
    ),
    colour="#6b3e26",
)

AREK_GUYUB = Cooperative(
    province="35",
    regency="35.78",
    title=T(
        "Koperasi Simpan Pinjam Arek Guyub",
        "Arek Guyub Savings and Loan Cooperative",
    ),
    slug=T("ksp-arek-guyub", "arek-guyub-savings-and-loan"),
    summary=T(
        "Koperasi simpan pinjam para pedagang pasar dan pekerja di Surabaya "
        "yang memindahkan sebagian besar layanannya ke ponsel anggota.",
        "A savings and loan cooperative of market traders and workers in "
        "Surabaya that has moved most of its services onto members' phones.",
    ),
    cooperative_type="simpan-pinjam",
    business_sector=T("Simpanan dan pinjaman anggota", "Member savings and loans"),
    founded_year=1997,
    members=2310,
    registration_number="3578011997000852",
    legal_entity_number="7312/BH/II/1997",
    legal_entity_date=datetime.date(1997, 9, 3),
    address="Jl. Pasar Kembang No. 41, Kecamatan Sawahan, Kota Surabaya",
    latitude="-7.264000",
    longitude="112.730000",
    phone="031 540 7781",
    email="arek.guyub@example.org",
    body=(
        T(
            "Sebagian besar anggota adalah pedagang pasar tradisional yang "
            "membutuhkan pinjaman modal kerja kecil dengan proses cepat.",
            "Most members are traditional market traders who need small "
            "working-capital loans with a quick process.",
        ),
        T(
            "Sejak 2020 koperasi melayani setoran, penarikan dan pengajuan "
            "pinjaman lewat aplikasi, sementara kantor tetap buka bagi anggota "
            "yang lebih suka datang langsung.",
            "Since 2020 the cooperative has taken deposits, withdrawals and loan "
            "applications through an app, while the office stays open for "
            "members who prefer to come in person.",
        ),
    ),
    indicators=(
        Indicator(2021, 1980, 4100 * M, 1600 * M, 11800 * M, 410 * M),
        Indicator(2022, 2145, 4600 * M, 1500 * M, 13900 * M, 472 * M),
        Indicator(2023, 2310, 5200 * M, 1300 * M, 15600 * M, 530 * M),
    ),
    colour="#1f4e79",
)

MERAPI_MAKMUR = Cooperative(
    province="34",
    regency="34.04",
    title=T(
        "Koperasi Peternak Sapi Perah Merapi Makmur",
        "Merapi Makmur Dairy Farmers' Cooperative",
    ),
    slug=T("koperasi-sapi-perah-merapi-makmur", "merapi-makmur-dairy-cooperative"),
    summary=T(
        "Koperasi peternak sapi perah di lereng Merapi, Sleman, yang menampung "
        "susu segar anggota dua kali sehari dan menjualnya ke industri "
        "pengolahan susu.",
        "A dairy farmers' cooperative on the slopes of Merapi in Sleman that "
        "collects its members' fresh milk twice a day and sells it to dairy "
        "processors.",
    ),
    cooperative_type="produsen",
    business_sector=T("Susu sapi segar", "Fresh cow's milk"),
    founded_year=2003,
    members=640,
    registration_number="3404012003000218",
    legal_entity_number="127/BH/XV/2003",
    legal_entity_date=datetime.date(2003, 4, 22),
    address="Dusun Kemiri, Kecamatan Pakem, Kabupaten Sleman",
    latitude="-7.639000",
    longitude="110.423000",
    phone="0274 895 220",
    email="merapi.makmur@example.org",
    body=(
        T(
            "Rata-rata setiap anggota memelihara tiga sampai lima ekor sapi "
            "perah di kandang dekat rumahnya.",
            "On average each member keeps three to five dairy cows in a shed "
            "near their home.",
        ),
        T(
            "Koperasi mengelola lima pos penampungan susu dengan tangki "
            "pendingin, menyediakan pakan konsentrat dan layanan inseminasi "
            "buatan.",
            "The cooperative runs five milk collection points with cooling "
            "tanks, and supplies concentrate feed and artificial insemination.",
        ),
    ),
    indicators=(
        Indicator(2020, 655, 1900 * M, 900 * M, 8700 * M, 210 * M),
        Indicator(2021, 648, 2000 * M, 850 * M, 9400 * M, 236 * M),
        Indicator(2022, 640, 2200 * M, 800 * M, 10600 * M, 281 * M),
    ),
    colour="#2e7d32",
)

BANTUL_RUKUN = Cooperative(
    province="34",
    regency="34.02",
    title=T(
        "Koperasi Pemasaran Perajin Gerabah Bantul Rukun",
        "Bantul Rukun Potters' Marketing Cooperative",
    ),
    slug=T("koperasi-gerabah-bantul-rukun", "bantul-rukun-pottery-cooperative"),
    summary=T(
        "Koperasi pemasaran yang menghimpun perajin gerabah rumahan di Bantul "
        "agar mampu menerima pesanan besar dan menjual ke luar daerah.",
        "A marketing cooperative that brings home-based potters in Bantul "
        "together so that they can take large orders and sell beyond the "
        "region.",
    ),
    cooperative_type="pemasaran",
    business_sector=T("Gerabah dan kerajinan tanah liat", "Pottery and clay crafts"),
    founded_year=2014,
    members=185,
    registration_number="3402012014000096",
    legal_entity_number="AHU-0012745.AH.01.26.TAHUN 2014",
    legal_entity_date=datetime.date(2014, 11, 5),
    address="Jl. Kasongan No. 8, Kecamatan Kasihan, Kabupaten Bantul",
    latitude="-7.846000",
    longitude="110.342000",
    phone="0274 436 118",
    email="gerabah.rukun@example.org",
    body=(
        T(
            "Perajin anggota bekerja di rumah masing-masing; koperasi "
            "menyediakan ruang pamer, bahan glasir dan jasa pengemasan.",
            "Member potters work in their own homes; the cooperative provides "
            "a showroom, glaze materials and packing.",
        ),
        T(
            "Koperasi menerima pesanan atas nama seluruh anggota dan membaginya "
            "sesuai kapasitas setiap perajin.",
            "The cooperative takes orders on behalf of all members and shares "
            "them out according to each potter's capacity.",
        ),
    ),
    indicators=(
        Indicator(2021, 160, 320 * M, 90 * M, 1100 * M, 38 * M),
        Indicator(2022, 171, 355 * M, 120 * M, 1450 * M, 51 * M),
        Indicator(2023, 185, 410 * M, 110 * M, 1900 * M, 67 * M),
    ),
    colour="#b5562b",
)

DIENG = Cooperative(
    province="33",
    regency="33.07",
    title=T(
        "Koperasi Tani Dataran Tinggi Dieng",
        "Dieng Highland Farmers' Cooperative",
    ),
    slug=T("koperasi-tani-dieng", "dieng-highland-farmers-cooperative"),
    summary=T(
        "Koperasi petani kentang dan carica di dataran tinggi Dieng, Wonosobo, "
        "yang mengolah hasil panen menjadi manisan dan keripik.",
        "A cooperative of potato and carica farmers on the Dieng plateau in "
        "Wonosobo that turns the harvest into candied fruit and crisps.",
    ),
    cooperative_type="produsen",
    business_sector=T(
        "Kentang, carica dan hasil olahannya",
        "Potatoes, carica papaya and products made from them",
    ),
    founded_year=2009,
    members=350,
    registration_number="3307012009000154",
    legal_entity_number="094/BH/XIV.7/2009",
    legal_entity_date=datetime.date(2009, 8, 11),
    address="Desa Patak Banteng, Kecamatan Kejajar, Kabupaten Wonosobo",
    latitude="-7.210000",
    longitude="109.916000",
    phone="0286 334 905",
    email="tani.dieng@example.org",
    body=(
        T(
            "Lahan anggota berada di ketinggian lebih dari 2.000 meter, tempat "
            "kentang dan carica tumbuh baik tetapi harga panen sering jatuh "
            "bersamaan.",
            "Members farm above 2,000 metres, where potatoes and carica grow "
            "well but harvest prices often fall all at once.",
        ),
        T(
            "Unit pengolahan koperasi membuat manisan carica dan keripik kentang "
            "sehingga hasil panen bisa disimpan dan dijual sepanjang tahun.",
            "The cooperative's processing unit makes candied carica and potato "
            "crisps so that the harvest can be stored and sold all year.",
        ),
    ),
    indicators=(
        # No RAT in 2020: the books were not ready (see the cadre story).
        Indicator(2020, 318, 540 * M, 210 * M, 1700 * M, 44 * M, rat_held=False),
        Indicator(2021, 332, 575 * M, 260 * M, 2050 * M, 58 * M),
        Indicator(2022, 341, 630 * M, 240 * M, 2400 * M, 73 * M),
        Indicator(2023, 350, 690 * M, 220 * M, 2750 * M, 86 * M),
    ),
    colour="#7b1fa2",
)

SEMARANG_BERSAMA = Cooperative(
    province="33",
    regency="33.74",
    title=T(
        "Koperasi Pengemudi Daring Semarang Bersama",
        "Semarang Bersama Ride-Hailing Drivers' Cooperative",
    ),
    slug=T(
        "koperasi-pengemudi-semarang-bersama", "semarang-bersama-drivers-cooperative"
    ),
    summary=T(
        "Koperasi jasa para pengemudi ojek dan taksi daring di Semarang yang "
        "membangun layanan pemesanan milik anggotanya sendiri.",
        "A services cooperative of online motorbike-taxi and car drivers in "
        "Semarang that is building a booking service its members own.",
    ),
    cooperative_type="jasa",
    business_sector=T("Transportasi dan pesan-antar", "Transport and delivery"),
    founded_year=2019,
    members=780,
    registration_number="3374012019000733",
    legal_entity_number="AHU-0009312.AH.01.26.TAHUN 2019",
    legal_entity_date=datetime.date(2019, 10, 21),
    address="Jl. Pandanaran No. 64, Kecamatan Semarang Tengah, Kota Semarang",
    latitude="-6.988000",
    longitude="110.414000",
    phone="024 845 2210",
    email="semarang.bersama@example.org",
    body=(
        T(
            "Para pendiri adalah pengemudi yang ingin punya suara atas tarif, "
            "potongan dan jam kerja mereka sendiri.",
            "The founders are drivers who wanted a say over their own fares, "
            "commissions and working hours.",
        ),
        T(
            "Selain aplikasi pemesanan, koperasi menyediakan simpanan hari tua, "
            "servis kendaraan dengan harga anggota dan asuransi kecelakaan "
            "kelompok.",
            "Besides the booking app, the cooperative offers retirement savings, "
            "vehicle servicing at member prices and group accident insurance.",
        ),
    ),
    indicators=(
        Indicator(2021, 410, 150 * M, 60 * M, 620 * M, 12 * M),
        Indicator(2022, 615, 290 * M, 180 * M, 1600 * M, 35 * M),
        # The year the booking app was built: a loss, approved at the RAT.
        Indicator(2023, 780, 430 * M, 260 * M, 2800 * M, -18 * M),
    ),
    colour="#00838f",
)

GALESONG_BAHARI = Cooperative(
    province="73",
    regency="73.05",
    title=T(
        "Koperasi Pembudidaya Rumput Laut Galesong Bahari",
        "Galesong Bahari Seaweed Farmers' Cooperative",
    ),
    slug=T("koperasi-rumput-laut-galesong", "galesong-seaweed-cooperative"),
    summary=T(
        "Koperasi pembudidaya rumput laut di pesisir Takalar yang menjemur, "
        "menyortir dan menjual hasil panen anggota secara bersama.",
        "A cooperative of seaweed farmers on the Takalar coast that dries, "
        "sorts and sells its members' harvest together.",
    ),
    cooperative_type="produsen",
    business_sector=T("Rumput laut kering", "Dried seaweed"),
    founded_year=2013,
    members=260,
    registration_number="7305012013000381",
    legal_entity_number="045/BH/XXII/2013",
    legal_entity_date=datetime.date(2013, 3, 19),
    address="Desa Galesong Kota, Kecamatan Galesong, Kabupaten Takalar",
    latitude="-5.318000",
    longitude="119.366000",
    phone="0418 232 417",
    email="galesong.bahari@example.org",
    body=(
        T(
            "Anggota membudidayakan rumput laut jenis Eucheuma cottonii dengan "
            "tali bentang di perairan dangkal depan desa.",
            "Members grow Eucheuma cottonii seaweed on long lines in the "
            "shallow water off the village.",
        ),
        T(
            "Koperasi membeli rumput laut kering dari anggota, memeriksa kadar "
            "airnya dan mengirimkannya ke pabrik pengolahan di Makassar.",
            "The cooperative buys dried seaweed from members, checks its "
            "moisture and ships it to processing plants in Makassar.",
        ),
    ),
    indicators=(
        Indicator(2021, 214, 380 * M, 140 * M, 2200 * M, 61 * M),
        Indicator(2022, 238, 440 * M, 160 * M, 2900 * M, 84 * M),
        Indicator(2023, 260, 515 * M, 150 * M, 3400 * M, 102 * M),
    ),
    colour="#0277bd",
)

TAMALANREA = Cooperative(
    province="73",
    regency="73.71",
    title=T(
        "Koperasi Konsumen Warga Tamalanrea",
        "Tamalanrea Residents' Consumer Cooperative",
    ),
    slug=T("koperasi-konsumen-tamalanrea", "tamalanrea-consumer-cooperative"),
    summary=T(
        "Koperasi konsumen warga sebuah kompleks perumahan di Makassar yang "
        "menjual kebutuhan pokok dengan harga anggota dan mengantar pesanan ke "
        "rumah.",
        "A consumer cooperative of the residents of a Makassar housing estate "
        "that sells basic goods at member prices and delivers orders to homes.",
    ),
    cooperative_type="konsumen",
    business_sector=T("Toko kebutuhan pokok", "Grocery shop"),
    founded_year=2006,
    members=1120,
    registration_number="7371012006000644",
    legal_entity_number="212/BH/XXII/2006",
    legal_entity_date=datetime.date(2006, 7, 12),
    address="Jl. Perintis Kemerdekaan, Kecamatan Tamalanrea, Kota Makassar",
    latitude="-5.135000",
    longitude="119.488000",
    phone="0411 587 330",
    email="warga.tamalanrea@example.org",
    body=(
        T(
            "Toko koperasi berdiri di tengah kompleks perumahan dan menjadi "
            "tempat belanja harian anggotanya.",
            "The cooperative's shop stands in the middle of the housing estate "
            "and is where members do their daily shopping.",
        ),
        T(
            "Koperasi membeli beras, minyak goreng dan gula langsung dari "
            "distributor dalam jumlah besar agar harga bagi anggota tetap "
            "rendah.",
            "The cooperative buys rice, cooking oil and sugar in bulk straight "
            "from distributors to keep prices low for members.",
        ),
    ),
    indicators=(
        Indicator(2020, 1010, 870 * M, 200 * M, 5100 * M, 122 * M),
        Indicator(2021, 1045, 920 * M, 260 * M, 5600 * M, 131 * M),
        Indicator(2022, 1090, 985 * M, 240 * M, 6300 * M, 149 * M),
        Indicator(2023, 1120, 1060 * M, 210 * M, 6900 * M, 168 * M),
    ),
    colour="#c62828",
)

PRINGGASELA = Cooperative(
    province="52",
    regency="52.03",
    title=T(
        "Koperasi Wanita Tenun Pringgasela Lestari",
        "Pringgasela Lestari Women Weavers' Cooperative",
    ),
    slug=T(
        "koperasi-wanita-tenun-pringgasela", "pringgasela-women-weavers-cooperative"
    ),
    summary=T(
        "Koperasi para penenun perempuan di Lombok Timur yang menjaga motif "
        "tenun Sasak dan memasarkan kain anggotanya ke luar pulau.",
        "A cooperative of women weavers in East Lombok that keeps Sasak "
        "weaving patterns alive and sells its members' cloth beyond the "
        "island.",
    ),
    cooperative_type="pemasaran",
    business_sector=T(
        "Kain tenun ikat dan songket", "Handwoven ikat and songket cloth"
    ),
    founded_year=2016,
    members=145,
    registration_number="5203012016000129",
    legal_entity_number="AHU-0031876.AH.01.26.TAHUN 2016",
    legal_entity_date=datetime.date(2016, 5, 30),
    address="Desa Pringgasela, Kecamatan Pringgasela, Kabupaten Lombok Timur",
    latitude="-8.558000",
    longitude="116.489000",
    phone="0376 631 204",
    email="tenun.pringgasela@example.org",
    body=(
        T(
            "Hampir semua anggota menenun di rumah dengan alat tenun gedogan, "
            "keterampilan yang mereka warisi dari ibu dan nenek.",
            "Almost every member weaves at home on a backstrap loom, a skill "
            "handed down from their mothers and grandmothers.",
        ),
        T(
            "Koperasi membeli benang secara kolektif, mencatat motif yang dibuat "
            "anggota dan mengurus penjualan kepada pembeli dari Mataram, Bali "
            "dan Jakarta.",
            "The cooperative buys yarn collectively, keeps a record of the "
            "patterns members weave and handles sales to buyers from Mataram, "
            "Bali and Jakarta.",
        ),
    ),
    indicators=(
        Indicator(2022, 118, 140 * M, 35 * M, 480 * M, 17 * M),
        Indicator(2023, 145, 175 * M, 40 * M, 690 * M, 26 * M),
    ),
    colour="#ad1457",
)

COOPERATIVES = (
    DAMPIT,
    AREK_GUYUB,
    MERAPI_MAKMUR,
    BANTUL_RUKUN,
    DIENG,
    SEMARANG_BERSAMA,
    GALESONG_BAHARI,
    TAMALANREA,
    PRINGGASELA,
)
