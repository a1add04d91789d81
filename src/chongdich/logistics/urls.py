from django.urls import path

from . import views

app_name = "logistics"
urlpatterns = [
    path("", views.support_board, name="board"),
    path("province/<str:code>/", views.province_board, name="province_board"),
    path("province/<str:code>/needs/new/", views.raise_need, name="raise_need"),
    path("province/<str:code>/needs/suggest/", views.suggest_needs, name="suggest_needs"),
    path("offers/new/", views.create_offer, name="create_offer"),
    path("allocate/by-hand/", views.override, name="override"),
    path("shipments/<int:shipment_id>/return/", views.return_loan, name="return"),
    path("teams/<int:deployment_id>/end/", views.end_team, name="end_team"),
    path("allocate/", views.allocate, name="allocate"),
    path("shipments/", views.shipments, name="shipments"),
    path("shipments/<int:shipment_id>/dispatch/", views.dispatch, name="dispatch"),
    path("shipments/<int:shipment_id>/receive/", views.receive, name="receive"),
    path("stock/", views.stock, name="stock"),
    path("teams/", views.teams, name="teams"),
    path("ledger/", views.ledger, name="ledger"),
    path("ledger.xlsx", views.ledger_xlsx, name="ledger_xlsx"),
]
