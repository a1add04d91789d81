"""The WSGI application ``chongdich serve`` runs: the patients' check-ins answered in front of
Django (``care.checkin_http``, ADR 0080), everything else by Django."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "chongdich.settings")
django_application = get_wsgi_application()

from chongdich.care.checkin_http import CheckinDispatcher  # noqa: E402  (needs Django set up)

application = CheckinDispatcher(django_application)
