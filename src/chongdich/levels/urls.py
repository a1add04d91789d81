from django.urls import path

from . import views

app_name = "levels"
urlpatterns = [
    path("", views.level_map, name="map"),
    path("<str:code>/", views.unit_view, name="unit"),
    path("<str:code>/export.csv", views.export_csv, name="export_csv"),
]
