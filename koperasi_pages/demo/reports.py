"""The demo activity report: the September 2020 PPKL training in Kaliurang.

The facts come from a news article about the event (kept beside the project
as seed input); the wording here is the team's own.
"""

import datetime

from .specs import Heading, Paragraph, Report
from .text import T

KALIURANG_TRAINING_2020 = Report(
    province="34",
    regency="34.04",
    title=T(
        "Enam Puluh PPKL Dilatih Menggerakkan Inovasi Menuju Koperasi Digital",
        "Sixty Field Officers Trained to Lead Cooperatives Towards Innovation "
        "and Digital Ways of Working",
    ),
    slug=T(
        "pelatihan-ppkl-kaliurang-sleman-2020", "ppkl-training-kaliurang-sleman-2020"
    ),
    summary=T(
        "Selama tiga hari pada September 2020, 60 petugas penyuluh koperasi "
        "lapangan dari DI Yogyakarta, Jawa Timur dan Jawa Tengah belajar "
        "mendorong inovasi di koperasi binaan mereka dan bersiap menulis untuk "
        "portal Inovasi Koperasi.",
        "Over three days in September 2020, 60 field cooperative officers from "
        "DI Yogyakarta, East Java and Central Java learned how to encourage "
        "innovation in the cooperatives they mentor and got ready to write for "
        "the Inovasi Koperasi portal.",
    ),
    date=datetime.date(2020, 9, 19),
    event_start=datetime.date(2020, 9, 17),
    event_end=datetime.date(2020, 9, 19),
    venue=T(
        "Hotel @K, Kaliurang, Kabupaten Sleman",
        "Hotel @K, Kaliurang, Sleman Regency",
    ),
    reporter_name=T("Redaksi Inovasi Koperasi", "Inovasi Koperasi editors"),
    tags=("pelatihan", "PPKL", "koperasi digital", "transformasi digital"),
    body=(
        Paragraph(
            T(
                "Kementerian Koperasi dan UKM menggelar pelatihan kompetensi bagi "
                "pendamping, penyuluh dan pemandu koperasi pada 17 sampai 19 "
                "September 2020 di sebuah hotel di kawasan wisata Kaliurang, "
                "Kabupaten Sleman. Pesertanya 60 PPKL dari Daerah Istimewa "
                "Yogyakarta, Jawa Timur dan Jawa Tengah.",
                "The Ministry of Cooperatives and SMEs held competence training "
                "for cooperative mentors, extension officers and guides from 17 "
                "to 19 September 2020 at a hotel in the Kaliurang resort area of "
                "Sleman Regency. The 60 participants were field officers (PPKL) "
                "from DI Yogyakarta, East Java and Central Java.",
            )
        ),
        Paragraph(
            T(
                "Pelatihan berangkat dari satu pertanyaan: bagaimana koperasi "
                "bertahan ketika revolusi industri 4.0 mengubah cara orang "
                "berproduksi, berdagang dan berhubungan. Jawaban penyelenggara "
                "adalah inovasi, dan PPKL yang setiap hari mendampingi koperasi "
                "dinilai paling tepat untuk menuntun mereka menjadi koperasi "
                "digital.",
                "The training started from one question: how can cooperatives "
                "survive when the fourth industrial revolution changes the way "
                "people produce, trade and stay in touch? The organisers' answer "
                "was innovation, and the field officers who work with "
                "cooperatives every day were seen as the right people to guide "
                "them towards becoming digital cooperatives.",
            )
        ),
        Heading(T("Dua modus inovasi", "Two modes of innovation")),
        Paragraph(
            T(
                "Materi Gerakan Inovasi dan Transformasi Digital Koperasi "
                "dibawakan oleh Bagus Rachman, asisten deputi penyuluhan pada "
                "kedeputian bidang sumber daya manusia kementerian. Ia "
                "membedakan dua modus: inovasi berkelanjutan (sustaining "
                "innovation) yang memperbaiki usaha koperasi yang sudah ada, dan "
                "inovasi disruptif (disruptive innovation) yang melahirkan "
                "koperasi model baru.",
                "The session on the Cooperative Innovation and Digital "
                "Transformation Movement was given by Bagus Rachman, assistant "
                "deputy for extension in the ministry's human resources "
                "deputyship. He set out two modes: sustaining innovation, which "
                "improves the business of existing cooperatives, and disruptive "
                "innovation, which gives rise to new-model cooperatives.",
            )
        ),
        Paragraph(
            T(
                "Menurut Bagus Rachman, PPKL berperan sebagai perantara "
                "pengetahuan: mereka mengumpulkan pengalaman satu koperasi dan "
                "meneruskannya kepada koperasi lain. Gerakan ini merupakan proyek "
                "percontohan kementerian agar koperasi memanfaatkan teknologi "
                "digital dan tidak tertinggal oleh perubahan yang makin cepat.",
                "In Bagus Rachman's view, field officers act as knowledge "
                "brokers: they gather what one cooperative has learned and pass "
                "it on to others. The movement is a ministry pilot project to "
                "help cooperatives take up digital technology and keep pace with "
                "ever faster change.",
            )
        ),
        Heading(T("Portal Inovasi Koperasi", "The Inovasi Koperasi portal")),
        Paragraph(
            T(
                "Untuk mempercepat gerakan itu, kementerian merencanakan "
                "peluncuran situs web Inovasi Koperasi pada 10 Oktober 2020. Di "
                "portal tersebut PPKL akan menulis reportase tentang koperasi "
                "binaan mereka dan tentang kegiatan Dinas Koperasi dan UKM di "
                "daerah masing-masing.",
                "To speed the movement up, the ministry planned to launch the "
                "Inovasi Koperasi website on 10 October 2020. On the portal, "
                "field officers would report on the cooperatives they mentor and "
                "on the work of the regional Cooperative and SME Offices.",
            )
        ),
        Paragraph(
            T(
                "Tujuannya agar koperasi bisa saling meminjam pengetahuan dan "
                "pengalaman. Praktik yang berhasil di satu daerah dapat dibaca, "
                "dibandingkan dan diadopsi oleh koperasi dan dinas di daerah "
                "lain, sehingga portal menjadi tempat berbagi informasi sekaligus "
                "bahan belajar.",
                "The aim is for cooperatives to borrow knowledge and experience "
                "from one another. A practice that works in one region can be "
                "read, compared and adopted by cooperatives and offices "
                "elsewhere, so the portal serves both as an information exchange "
                "and as learning material.",
            )
        ),
        Heading(
            T("Masalah yang paling sering muncul", "The problems that come up most")
        ),
        Paragraph(
            T(
                "Pelatihan juga menyoroti kendala yang paling sering menghambat "
                "perkembangan koperasi: sumber daya manusia yang terbatas, "
                "pemasaran produk, produksi, dan pelayanan. Di portal ini, "
                "keempat bidang itu menjadi kategori masalah untuk mengelompokkan "
                "cerita inovasi.",
                "The training also pointed to the obstacles that most often hold "
                "cooperatives back: limited human resources, product marketing, "
                "production, and services. On this portal those four areas are "
                "the problem categories that group the innovation stories.",
            )
        ),
        Paragraph(
            T(
                "Laporan ini disusun ulang dari liputan Media K-UMKM tentang "
                "pelatihan tersebut.",
                "This report retells Media K-UMKM's coverage of the training.",
            )
        ),
    ),
)

REPORTS = (KALIURANG_TRAINING_2020,)
