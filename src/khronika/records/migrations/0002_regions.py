"""Load the Russian regions with their court-registry codes (records/data/sudrf_region_codes.json)."""

from django.db import migrations

from khronika.records.reference import load_regions


def add_regions(apps, schema_editor):
    load_regions(apps.get_model("records", "Region"))


class Migration(migrations.Migration):
    dependencies = [("records", "0001_initial")]

    operations = [migrations.RunPython(add_regions, migrations.RunPython.noop)]
