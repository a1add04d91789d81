from django.urls import path

from . import views

app_name = "care"
urlpatterns = [
    path("", views.station, name="station"),
    path("missed-checkins/", views.scan_missed, name="scan_missed"),
    path("episodes/<int:episode_id>/", views.episode_detail, name="episode"),
    path("episodes/<int:episode_id>/checkins/", views.record_checkin, name="record_checkin"),
    path("episodes/<int:episode_id>/escalate/", views.escalate, name="escalate"),
    path("alerts/<int:alert_id>/acknowledge/", views.acknowledge, name="acknowledge"),
    path("referrals/", views.referrals, name="referrals"),
    path("referrals/plan/", views.plan, name="plan"),
    path(
        "referrals/<int:referral_id>/<str:action>/", views.referral_action, name="referral_action"
    ),
    path("travel-times/", views.travel_times, name="travel_times"),
    path("travel-times/table.csv", views.travel_times_csv, name="travel_times_csv"),
    path("capacity/", views.capacity, name="capacity"),
]
