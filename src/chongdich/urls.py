from django.contrib import admin
from django.urls import include, path
from django.views.i18n import JavaScriptCatalog

from chongdich import views
from chongdich.api import api

urlpatterns = [
    path("", views.home, name="home"),
    path("i18n/", include("django.conf.urls.i18n")),
    path("jsi18n/", JavaScriptCatalog.as_view(), name="javascript-catalog"),
    path("api/", api.urls),
    path("accounts/", include("chongdich.accounts.urls")),
    path("geo/", include("chongdich.geo.urls")),
    path("facilities/", include("chongdich.facilities.urls")),
    path("surveillance/", include("chongdich.surveillance.urls")),
    path("support/", include("chongdich.logistics.urls")),
    path("forecasting/", include("chongdich.forecasting.urls")),
    path("intake/", include("chongdich.intake.urls")),
    path("levels/", include("chongdich.levels.urls")),
    path("vaccination/", include("chongdich.vaccination.urls")),
    path("care/", include("chongdich.care.urls")),
    path("admin/", admin.site.urls),
]
