from django.urls import path

from . import views

app_name = "geo"
urlpatterns = [
    path("", views.unit_list, name="units"),
    path("map/", views.map_view, name="map"),
    path("populations/import/", views.import_population, name="import_population"),
    path("<str:map_version>/<str:level>/<str:code>/", views.unit_detail, name="unit"),
]
