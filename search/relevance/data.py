"""Documents and judged queries of the relevance set, written for it.

Each document: key, language, kind (``story`` or ``cooperative``), province
code, title, text. Each query: language, query, keys of relevant documents.
"""

# fmt: off
DOCUMENTS = [
    # Indonesian stories -------------------------------------------------
    ("id01", "id", "story", "35", "Koperasi Tani Berinovasi dengan Lumbung Digital",
     "Anggota mencatat stok gabah di aplikasi sehingga pengurus tahu kapan "
     "lumbung harus dibuka saat paceklik."),
    ("id02", "id", "story", "35", "Perajin Gerabah Memasarkan Produk ke Hotel",
     "Koperasi perajin di Malang memasarkan gerabah langsung ke hotel dan "
     "restoran, tanpa tengkulak."),
    ("id03", "id", "story", "52", "Pemasaran Tenun Lewat Siaran Langsung",
     "Penenun perempuan di Lombok belajar pemasaran daring dan menjual kain "
     "tenun lewat siaran langsung setiap malam."),
    ("id04", "id", "story", "33", "KSP Pedagang Pasar Pindah ke Ponsel",
     "Koperasi simpan pinjam pedagang pasar di Semarang menerima setoran dan "
     "angsuran pinjaman lewat ponsel anggota."),
    ("id05", "id", "story", "35", "Rapat Anggota Tahunan Digelar Hibrida",
     "Untuk pertama kali rapat anggota tahunan bisa diikuti dari rumah; "
     "kehadiran anggota naik dua kali lipat."),
    ("id06", "id", "story", "73", "SHU Dibagi Sesuai Belanja Anggota",
     "Toko koperasi konsumen mencatat belanja setiap anggota di kasir digital "
     "sehingga sisa hasil usaha dibagi lebih adil."),
    ("id07", "id", "story", "11", "Koperasi-koperasi Kopi Gayo Bergabung Mengekspor",
     "Tiga koperasi petani kopi di Aceh Tengah membentuk sekunder untuk "
     "mengekspor kopi arabika bersama."),
    ("id08", "id", "story", "32", "Pelatihan Pembukuan untuk Pengurus Muda",
     "Dinas koperasi melatih pengurus muda menyusun pembukuan dan laporan "
     "keuangan sederhana dengan lembar kerja."),
    ("id09", "id", "story", "34", "Pemuda Desa Mendirikan Koperasi Wisata",
     "Pemuda di Gunungkidul mengelola paket wisata goa dan membagi hasilnya "
     "kepada anggota koperasi."),
    ("id10", "id", "story", "35", "Pupuk Organik dari Kotoran Sapi",
     "Koperasi peternak sapi perah mengolah kotoran menjadi pupuk organik "
     "dan menjualnya kepada petani sayur."),
    ("id11", "id", "story", "72", "Nelayan Membangun Gudang Pendingin Bersama",
     "Koperasi nelayan di Palu membangun gudang pendingin agar ikan tidak "
     "dijual murah saat panen raya."),
    ("id12", "id", "story", "51", "Koperasi Desa Adat Mengelola Sampah Plastik",
     "Anggota memilah sampah plastik di banjar, koperasi menjualnya ke "
     "pabrik daur ulang."),
    ("id13", "id", "story", "33", "Ojek Daring Milik Pengemudi",
     "Pengemudi ojek di Semarang membangun aplikasi pemesanan milik "
     "koperasi; potongan diputuskan dalam rapat anggota."),
    ("id14", "id", "story", "61", "Kredit Usaha untuk UMKM Anggota",
     "Koperasi menyalurkan pinjaman modal kerja kepada usaha mikro kecil dan "
     "menengah milik anggota dengan bunga rendah."),
    ("id15", "id", "story", "35", "Pendampingan PPKL Menghidupkan Koperasi Tidur",
     "Petugas penyuluh koperasi lapangan mendampingi koperasi yang lama "
     "tidak aktif sampai kembali menggelar rapat."),
    ("id16", "id", "story", "13", "Koperasi Rendang Menembus Pasar Malaysia",
     "Perempuan pengolah rendang di Padang mengemas produk dengan label halal "
     "dan menjualnya ke pasar Malaysia."),
    ("id17", "id", "story", "64", "Pengolahan Rumput Laut Menjadi Dodol",
     "Koperasi pembudidaya rumput laut mengolah hasil panen menjadi dodol "
     "dan keripik agar harganya naik."),
    ("id18", "id", "story", "35", "Inovasi Tabungan Pendidikan Anak",
     "Koperasi simpan pinjam guru membuka tabungan pendidikan yang bisa "
     "dicairkan saat tahun ajaran baru."),
    ("id19", "id", "story", "36", "Koperasi Karyawan Membuka Kantin Sehat",
     "Koperasi karyawan pabrik mengelola kantin dengan menu sehat dan harga "
     "anggota."),
    ("id20", "id", "story", "74", "Aspal Buton Diolah Koperasi Penambang",
     "Penambang rakyat membentuk koperasi agar izin tambang dan penjualan "
     "aspal diurus bersama."),
    ("id21", "id", "story", "18", "Digitalisasi Pencatatan Anggota KUD",
     "Koperasi unit desa di Lampung memindahkan data keanggotaan dari buku "
     "ke komputer."),
    ("id22", "id", "story", "35", "Koperasi Susu Memasang Mesin Pendingin",
     "Peternak sapi perah menyetor susu ke koperasi yang memasang mesin "
     "pendingin agar susu tidak basi."),
    ("id23", "id", "story", "94", "Koperasi Sagu Mengolah Tepung",
     "Masyarakat adat di Papua mengolah sagu menjadi tepung dan menjualnya "
     "ke kota."),
    ("id24", "id", "story", "53", "Tenun Ikat Sumba Dipasarkan Bersama",
     "Koperasi penenun Sumba memasarkan tenun ikat ke galeri di Jakarta dan "
     "mencatat setiap kain yang terjual."),
    ("id25", "id", "story", "35", "Koperasi Sekolah Mengajarkan Menabung",
     "Siswa belajar berkoperasi dengan menabung dan menjalankan toko sekolah."),
    # Indonesian cooperative profiles -------------------------------------
    ("id26", "id", "cooperative", "35", "Koperasi Simpan Pinjam Arta Mulia",
     "Koperasi simpan pinjam para pedagang pasar di Surabaya dengan layanan "
     "setoran harian."),
    ("id27", "id", "cooperative", "35", "KUD Sumber Makmur",
     "Koperasi unit desa yang membeli gabah petani dan menyalurkan pupuk "
     "bersubsidi."),
    ("id28", "id", "cooperative", "11", "Koperasi Produsen Kopi Gayo Lestari",
     "Koperasi petani kopi arabika di dataran tinggi Gayo."),
    ("id29", "id", "cooperative", "52", "Koperasi Wanita Tenun Sukarara",
     "Koperasi penenun perempuan yang menjual songket ke wisatawan."),
    ("id30", "id", "cooperative", "72", "Koperasi Nelayan Teluk Palu",
     "Koperasi nelayan tuna dan cakalang dengan gudang pendingin."),
    ("id31", "id", "cooperative", "73", "Koperasi Konsumen Warga Tamalanrea",
     "Toko koperasi warga dengan kasir digital dan pesan antar."),
    ("id32", "id", "cooperative", "33", "Koperasi Jasa Pengemudi Semarang",
     "Koperasi pengemudi ojek dan taksi daring dengan aplikasi sendiri."),
    ("id33", "id", "cooperative", "35", "Koperasi Peternak Sapi Perah Setia Kawan",
     "Koperasi susu yang menampung susu segar dari ribuan peternak."),
    ("id34", "id", "cooperative", "64", "Koperasi Rumput Laut Bontang Bahari",
     "Koperasi pembudidaya rumput laut di pesisir Bontang."),
    ("id35", "id", "cooperative", "36", "Koperasi Karyawan Sejahtera Bersama",
     "Koperasi karyawan pabrik sepatu dengan unit simpan pinjam dan kantin."),
    ("id36", "id", "cooperative", "61", "Credit Union Pancur Kasih",
     "Koperasi kredit yang melayani petani karet dan usaha kecil di "
     "Kalimantan Barat."),
    ("id37", "id", "cooperative", "13", "Koperasi Pengolah Rendang Bundo",
     "Koperasi perempuan pengolah makanan khas Minang."),
    ("id38", "id", "cooperative", "34", "Koperasi Wisata Goa Pindul",
     "Koperasi pemuda pengelola wisata alam di Gunungkidul."),
    ("id39", "id", "cooperative", "51", "Koperasi Bank Sampah Banjar Kaja",
     "Koperasi pengelola bank sampah di desa adat."),
    ("id40", "id", "cooperative", "94", "Koperasi Sagu Sentani",
     "Koperasi masyarakat adat pengolah sagu di Jayapura."),
    # English stories -----------------------------------------------------
    ("en01", "en", "story", "35", "Farmers innovating with a digital rice barn",
     "Members record their rice stock in an app so the board knows when to "
     "open the barn in the lean season."),
    ("en02", "en", "story", "35", "Potters market their wares to hotels",
     "A craft cooperative in Malang sells pottery directly to hotels and "
     "restaurants, cutting out middlemen."),
    ("en03", "en", "story", "52", "Weavers selling cloth through live streams",
     "Women weavers in Lombok learned online marketing and now sell woven "
     "cloth on live streams every evening."),
    ("en04", "en", "story", "33", "Market traders' credit union goes mobile",
     "A savings and loan cooperative of market traders takes deposits and "
     "loan repayments through members' phones."),
    ("en05", "en", "story", "35", "Annual members' meeting held online and offline",
     "For the first time members could join the annual meeting from home; "
     "attendance doubled."),
    ("en06", "en", "story", "73", "Surplus shared by members' purchases",
     "A consumer cooperative shop records every member's purchases at a "
     "digital till so the year's surplus is shared fairly."),
    ("en07", "en", "story", "11", "Gayo coffee cooperatives join forces to export",
     "Three coffee farmers' cooperatives in Central Aceh formed a secondary "
     "cooperative to export arabica together."),
    ("en08", "en", "story", "32", "Bookkeeping training for young board members",
     "The cooperative office trained young board members to keep books and "
     "prepare simple financial statements."),
    ("en09", "en", "story", "35", "Organic fertiliser from cow manure",
     "A dairy cooperative turns manure into organic fertiliser and sells it "
     "to vegetable growers."),
    ("en10", "en", "story", "72", "Fishers build a shared cold store",
     "A fishing cooperative in Palu built a cold store so fish need not be "
     "sold cheaply after a big catch."),
    ("en11", "en", "story", "51", "Village cooperative manages plastic waste",
     "Members sort plastic waste and the cooperative sells it to a recycling "
     "plant."),
    ("en12", "en", "story", "33", "Drivers own their ride-hailing app",
     "Motorbike taxi drivers in Semarang built a booking app owned by their "
     "cooperative."),
    ("en13", "en", "story", "61", "Working capital loans for small businesses",
     "The cooperative lends working capital to members' micro and small "
     "enterprises at low interest."),
    ("en14", "en", "story", "35", "Field officers revive a dormant cooperative",
     "Extension officers mentored a cooperative that had stopped meeting "
     "until it held its annual meeting again."),
    ("en15", "en", "story", "64", "Seaweed processed into sweets",
     "Seaweed farmers process their harvest into sweets and chips to earn "
     "more per kilo."),
    ("en16", "en", "story", "35", "Dairy cooperative installs milk coolers",
     "Dairy farmers deliver milk to a cooperative that installed coolers so "
     "the milk does not spoil."),
    # English cooperative profiles -----------------------------------------
    ("en17", "en", "cooperative", "35", "Arta Mulia Savings and Loan Cooperative",
     "A savings and loan cooperative of market traders in Surabaya."),
    ("en18", "en", "cooperative", "11", "Gayo Lestari Coffee Producers' Cooperative",
     "Arabica coffee farmers in the Gayo highlands."),
    ("en19", "en", "cooperative", "72", "Palu Bay Fishers' Cooperative",
     "Tuna and skipjack fishers with a shared cold store."),
    ("en20", "en", "cooperative", "33", "Semarang Drivers' Services Cooperative",
     "Motorbike and car drivers with their own booking app."),
    ("en21", "en", "cooperative", "35", "Setia Kawan Dairy Cooperative",
     "A dairy cooperative collecting fresh milk from thousands of farmers."),
    ("en22", "en", "cooperative", "13", "Bundo Rendang Makers' Cooperative",
     "Women making traditional Minang food."),
    ("en23", "en", "cooperative", "51", "Banjar Kaja Waste Bank Cooperative",
     "A cooperative running a waste bank in a customary village."),
    ("en24", "en", "cooperative", "61", "Pancur Kasih Credit Union",
     "A credit union serving rubber farmers and small businesses."),
]

QUERIES = [
    # Indonesian: morphological variants
    ("id", "berinovasi", ["id01", "id18"]),
    ("id", "inovasi lumbung", ["id01"]),
    ("id", "koperasi-koperasi kopi", ["id07", "id28"]),
    ("id", "memasarkan tenun", ["id03", "id24", "id29"]),
    ("id", "pemasaran gerabah", ["id02"]),
    ("id", "pasar tenun", ["id03", "id24"]),
    ("id", "mengolah rumput laut", ["id17", "id34"]),
    ("id", "pengolahan sagu", ["id23", "id40"]),
    ("id", "pendingin ikan nelayan", ["id11", "id30"]),
    ("id", "peminjaman modal usaha", ["id14", "id36"]),
    ("id", "pelatihan pengurus", ["id08"]),
    ("id", "mendampingi koperasi", ["id15"]),
    ("id", "menabung siswa", ["id25"]),
    # Indonesian: acronyms and synonyms
    ("id", "KSP", ["id04", "id18", "id26"]),
    ("id", "ksp pedagang pasar", ["id04", "id26"]),
    ("id", "RAT hibrida", ["id05"]),
    ("id", "pembagian SHU", ["id06"]),
    ("id", "UMKM", ["id14"]),
    ("id", "KUD", ["id21", "id27"]),
    ("id", "PPKL", ["id15"]),
    # Indonesian: typos
    ("id", "koprasi nelayan", ["id11", "id30"]),
    ("id", "rendang malaysa", ["id16"]),
    ("id", "sampah plastk", ["id12", "id39"]),
    ("id", "peternak sapi perha", ["id10", "id22", "id33"]),
    # Indonesian: multi-word
    ("id", "aplikasi ojek pengemudi", ["id13", "id32"]),
    ("id", "kasir digital toko koperasi", ["id06", "id31"]),
    ("id", "wisata goa pemuda", ["id09", "id38"]),
    ("id", "susu sapi perah", ["id22", "id33", "id10"]),
    # English: stemming, typos, multi-word
    ("en", "innovation", ["en01"]),
    ("en", "marketing cloth", ["en03"]),
    ("en", "weaving", ["en03"]),
    ("en", "coffee exports", ["en07", "en18"]),
    ("en", "savings and loan", ["en04", "en17"]),
    ("en", "fisher cold storage", ["en10", "en19"]),
    ("en", "dairy farmer", ["en09", "en16", "en21"]),
    ("en", "ride hailing drivers", ["en12", "en20"]),
    ("en", "fertilizer", ["en09"]),
    ("en", "seawed", ["en15"]),
    ("en", "annual meeting", ["en05", "en14"]),
]
# fmt: on
