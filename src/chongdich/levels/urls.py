from django.urls import path

from . import rules_views, views

app_name = "levels"
urlpatterns = [
    path("", views.level_map, name="map"),
    path("<str:code>/", views.unit_view, name="unit"),
    path("<str:code>/export.csv", views.export_csv, name="export_csv"),
    path("<str:code>/export.xlsx", views.export_xlsx, name="export_xlsx"),
    path("<str:code>/rules/", rules_views.rule_sets, name="rules"),
    path("<str:code>/schedule/", rules_views.schedule_change, name="schedule"),
]
