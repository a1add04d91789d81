from django.urls import path

from . import views

app_name = "vaccination"
urlpatterns = [
    path("", views.dashboard, name="dashboard"),
    path("lots/", views.lots, name="lots"),
    path("lots/<int:lot_id>/use/", views.use_lot, name="use_lot"),
    path("doses/new/", views.enter_doses, name="enter"),
    path("doses/import/", views.import_doses, name="import"),
    path("<str:code>/", views.unit_view, name="unit"),
    path("<str:code>/reported/", views.record_reported, name="record_reported"),
    path("<str:code>/export.xlsx", views.export_xlsx, name="export_xlsx"),
]
