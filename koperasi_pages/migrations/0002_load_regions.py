from django.db import migrations


def load(apps, schema_editor):
    from koperasi_pages.models.regions import load_regions

    load_regions(region_model=apps.get_model("koperasi_pages", "Region"))


class Migration(migrations.Migration):
    dependencies = [("koperasi_pages", "0001_initial")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
