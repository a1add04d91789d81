import json
from io import StringIO

import pytest
from django.core.management import call_command

from chongdich.errors import ServiceError
from chongdich.geo.models import AdminUnit, PopulationFigure, UnitSuccession
from chongdich.geo.services import import_commune_populations, load_reference_geography

pytestmark = pytest.mark.django_db


def test_summary_prints_the_official_unit_counts_of_both_maps():
    out = StringIO()
    call_command("geo", "summary", "--format", "json", stdout=out)
    assert json.loads(out.getvalue()) == {
        "legacy": {"provinces": 63, "districts": 696, "communes": 10040},
        "current": {"provinces": 34, "communes": 3321},
    }


def test_bac_lieu_has_its_64_communes_and_seven_districts(baclieu):
    communes = AdminUnit.objects.filter(province=baclieu, level="commune")
    assert communes.count() == 64
    assert AdminUnit.objects.filter(parent=baclieu, level="district").count() == 7
    assert baclieu.name == "Tỉnh Bạc Liêu"


def test_every_old_commune_has_a_successor_and_bac_lieu_became_ca_mau(baclieu):
    legacy_communes = AdminUnit.objects.filter(map_version="legacy", level="commune")
    linked = UnitSuccession.objects.values("old_unit").distinct().count()
    assert linked == legacy_communes.count()
    new_provinces = set(
        UnitSuccession.objects.filter(old_unit__province=baclieu).values_list(
            "new_unit__province__short_name", flat=True
        )
    )
    assert new_provinces == {"Cà Mau"}


def test_province_keeps_three_population_series_and_uses_gso_2020(baclieu):
    series = dict(PopulationFigure.objects.filter(unit=baclieu).values_list("series", "value"))
    assert series == {"census2019_ncsc": 907236, "gso2020_avg": 913500, "nso2024": 928700}
    assert baclieu.population == 913500 and baclieu.population_series == "gso2020_avg"


def test_commune_estimates_are_marked_and_add_up_to_the_province(baclieu):
    communes = AdminUnit.objects.filter(province=baclieu, level="commune")
    assert all(c.population_is_estimate for c in communes)
    assert sum(c.population for c in communes) == 913500


def test_reloading_the_reference_geography_changes_nothing(system):
    before = AdminUnit.objects.count()
    counts = load_reference_geography(actor=system)
    assert counts["created"] == 0 and counts["successions_created"] == 0
    assert AdminUnit.objects.count() == before


def test_imported_commune_population_replaces_the_estimate(system, baclieu):
    commune = AdminUnit.objects.get(map_version="legacy", level="commune", code="31825")
    result = import_commune_populations("code,population\n31825,21.350\n", actor=system)
    assert result == {"rows": 1, "created": 1, "updated": 0}
    commune.refresh_from_db()
    assert (commune.population, commune.population_is_estimate) == (21350, False)
    others = AdminUnit.objects.filter(province=baclieu, level="commune").exclude(pk=commune.pk)
    assert sum(c.population for c in others) == 913500 - 21350
    assert all(c.population_is_estimate for c in others)


@pytest.mark.parametrize(
    "content, column",
    [
        ("code,population\n99999,100\n", "code"),
        ("code,population\n31825,-5\n", "population"),
        ("code,population\n31825,abc\n", "population"),
    ],
)
def test_a_bad_population_file_is_rejected_whole_with_line_numbers(system, content, column):
    good = "code,population\n31816,15000\n"
    with pytest.raises(ServiceError) as err:
        import_commune_populations(good + content.split("\n", 1)[1], actor=system)
    assert err.value.code == "invalid_file"
    assert err.value.details[0]["line"] == 3 and err.value.details[0]["column"] == column
    assert not PopulationFigure.objects.filter(series="imported").exists()


def test_a_file_without_the_expected_header_is_rejected(system):
    with pytest.raises(ServiceError) as err:
        import_commune_populations("ma,dan_so\n31825,100\n", actor=system)
    assert err.value.code == "invalid_file"


def test_a_province_officer_cannot_import_another_provinces_communes(baclieu_officer):
    ca_mau_commune = AdminUnit.objects.filter(
        map_version="legacy", level="commune", province__code="96"
    ).first()
    with pytest.raises(ServiceError) as err:
        import_commune_populations(
            f"code,population\n{ca_mau_commune.code},100\n", actor=baclieu_officer
        )
    assert "outside your jurisdiction" in err.value.details[0]["reason"] or err.value.details
    assert not PopulationFigure.objects.filter(series="imported").exists()
