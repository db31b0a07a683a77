"""The starting list of cooperative synonyms; editors extend it in the admin."""

from django.db import migrations

SYNONYMS = [
    # term, equivalents, language ("" = both)
    ("KSP", "koperasi simpan pinjam", ""),
    ("USP", "unit simpan pinjam", ""),
    ("KSPPS", "koperasi simpan pinjam dan pembiayaan syariah", ""),
    ("KUD", "koperasi unit desa", ""),
    ("RAT", "rapat anggota tahunan", ""),
    ("SHU", "sisa hasil usaha", ""),
    ("UMKM", "usaha mikro kecil dan menengah, usaha mikro kecil menengah", ""),
    ("UKM", "usaha kecil dan menengah, usaha kecil menengah", ""),
    ("PPKL", "petugas penyuluh koperasi lapangan", ""),
    ("SDM", "sumber daya manusia", ""),
    ("NIK", "nomor induk koperasi", ""),
    ("BUMDes", "badan usaha milik desa", ""),
    ("pasar", "pemasaran, memasarkan", "id"),
    ("daring", "online", "id"),
    ("pelatihan", "diklat", "id"),
    ("savings and loan", "credit union, KSP", "en"),
    ("annual members meeting", "RAT, annual general meeting", "en"),
    ("surplus", "SHU", "en"),
    ("SME", "small and medium enterprises, UMKM, MSME", "en"),
]


def seed(apps, schema_editor):
    SearchSynonym = apps.get_model("koperasi_search", "SearchSynonym")
    for term, equivalents, language in SYNONYMS:
        SearchSynonym.objects.get_or_create(
            term=term, defaults={"equivalents": equivalents, "language": language}
        )


def unseed(apps, schema_editor):
    SearchSynonym = apps.get_model("koperasi_search", "SearchSynonym")
    SearchSynonym.objects.filter(term__in=[row[0] for row in SYNONYMS]).delete()


class Migration(migrations.Migration):
    dependencies = [("koperasi_search", "0001_initial")]

    operations = [migrations.RunPython(seed, unseed)]
