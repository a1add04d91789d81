from django.urls import path

from . import views

app_name = "surveillance"
urlpatterns = [
    path("daily/", views.daily, name="daily"),
    path("cases/", views.cases, name="cases"),
]
