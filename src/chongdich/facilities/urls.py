from django.urls import path

from . import views

app_name = "facilities"
urlpatterns = [
    path("", views.facility_list, name="list"),
    path("<int:facility_id>/beds/", views.edit_beds, name="edit_beds"),
]
