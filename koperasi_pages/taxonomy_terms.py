"""The starting vocabulary of the portal, in Indonesian and English.

Editors can rename, describe or add terms in the admin afterwards; setup only
creates terms whose slug is missing, so their edits are never overwritten.
Each entry: slug, Indonesian name, English name, parent slug (modes only).
"""

COOPERATIVE_TYPES = [
    # The five types named in Indonesian cooperative law.
    ("simpan-pinjam", "Koperasi Simpan Pinjam", "Savings and loan cooperative"),
    ("produsen", "Koperasi Produsen", "Producer cooperative"),
    ("konsumen", "Koperasi Konsumen", "Consumer cooperative"),
    ("pemasaran", "Koperasi Pemasaran", "Marketing cooperative"),
    ("jasa", "Koperasi Jasa", "Services cooperative"),
]

INNOVATION_MODES = [
    ("sustaining", "Inovasi berkelanjutan", "Sustaining innovation", None),
    ("disruptive", "Inovasi disruptif", "Disruptive innovation", None),
    ("pekerja", "Koperasi pekerja", "Worker cooperative", "disruptive"),
    ("platform", "Koperasi platform", "Platform cooperative", "disruptive"),
    ("startup", "Koperasi startup", "Startup cooperative", "disruptive"),
    ("komunitas", "Koperasi komunitas", "Community cooperative", "disruptive"),
    ("sosial", "Koperasi sosial", "Social cooperative", "disruptive"),
]

PROBLEM_AREAS = [
    ("sdm", "Sumber daya manusia (SDM)", "Human resources"),
    ("pemasaran", "Pemasaran produk", "Marketing"),
    ("produksi", "Produksi", "Production"),
    ("pelayanan", "Pelayanan anggota", "Member services"),
    ("keuangan", "Keuangan", "Finance"),
    ("tata-kelola", "Tata kelola", "Governance"),
]

INNOVATION_STAGES = [
    ("gagasan", "Gagasan", "Idea"),
    ("uji-coba", "Uji coba", "Pilot"),
    ("berjalan", "Berjalan", "Running"),
    ("meluas", "Meluas", "Scaled"),
]
