from django.urls import path

from . import views

app_name = "surveillance"
urlpatterns = [
    path("daily/", views.daily, name="daily"),
    path("cases/", views.cases, name="cases"),
    path("cases/import/", views.import_cases, name="import_cases"),
    path("sitrep/", views.sitrep, name="sitrep"),
    path("sitrep/choose/", views.choose_figure, name="choose_figure"),
    path("quality/", views.data_quality, name="quality"),
    path("clusters/", views.clusters, name="clusters"),
    path("clusters/<int:cluster_id>/", views.cluster_graph, name="cluster"),
    path("positivity/", views.positivity, name="positivity"),
    path("tests/import/", views.import_tests, name="import_tests"),
]
