from django.urls import path

from . import views

app_name = "intake"
urlpatterns = [
    path("", views.review_list, name="list"),
    path("documents/<int:document_id>/", views.review_document, name="document"),
    path("facts/<int:fact_id>/review/", views.review_fact, name="review_fact"),
]
