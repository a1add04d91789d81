from django.urls import path

from . import views

app_name = "forecasting"
urlpatterns = [
    path("", views.national, name="national"),
    path("province/<str:code>/", views.province, name="province"),
    path("province/<str:code>/scenarios/", views.save_scenario, name="save_scenario"),
    path("province/<str:code>/demand/", views.save_demand, name="save_demand"),
]
