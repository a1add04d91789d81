from chongdich.admin_readonly import register_read_only

from .models import AdminUnit, PopulationFigure, UnitSuccession

register_read_only(
    AdminUnit,
    list_display=("code", "name", "level", "map_version", "population"),
    search_fields=("code", "name"),
    list_filter=("map_version", "level"),
)
register_read_only(PopulationFigure, list_display=("unit", "series", "value"))
register_read_only(UnitSuccession, list_display=("old_unit", "new_unit", "is_default", "is_split"))
