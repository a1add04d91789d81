from django.urls import path

from . import views

app_name = "intake"
urlpatterns = [
    path("", views.review_list, name="list"),
    path("documents/<int:document_id>/", views.review_document, name="document"),
    path("documents/<int:document_id>/facts/", views.add_fact, name="add_fact"),
    path("facts/<int:fact_id>/review/", views.review_fact, name="review_fact"),
]
