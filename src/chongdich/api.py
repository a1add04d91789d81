"""The REST API: one NinjaAPI, a router per app, OpenAPI at /api/docs."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from ninja import NinjaAPI
from ninja.errors import AuthenticationError, HttpError, ValidationError
from ninja.security import django_auth

from chongdich.errors import ErrorCode, ServiceError

api = NinjaAPI(
    title="chongdich API",
    version="1",
    description="Epidemic-response operations for Vietnam (chống dịch). Errors come as "
    '{"error": {"code", "message", "details"}}.',
    auth=django_auth,
    urls_namespace="api",
)


def _error(request: HttpRequest, exc: ServiceError) -> HttpResponse:
    return api.create_response(request, exc.as_json(), status=exc.status)


@api.exception_handler(ServiceError)
def service_error(request: HttpRequest, exc: ServiceError) -> HttpResponse:
    return _error(request, exc)


@api.exception_handler(AuthenticationError)
def not_authenticated(request: HttpRequest, exc: AuthenticationError) -> HttpResponse:
    return _error(request, ServiceError(ErrorCode.NOT_AUTHENTICATED))


@api.exception_handler(ValidationError)
def invalid_input(request: HttpRequest, exc: ValidationError) -> HttpResponse:
    return _error(request, ServiceError(ErrorCode.INVALID_INPUT, details=exc.errors))


@api.exception_handler(HttpError)
def http_error(request: HttpRequest, exc: HttpError) -> HttpResponse:
    code = ErrorCode.NOT_FOUND if exc.status_code == 404 else ErrorCode.INVALID_INPUT
    err = ServiceError(code, str(exc))
    return api.create_response(request, err.as_json(), status=exc.status_code)


def register_routers() -> None:
    from chongdich.accounts.api import router as accounts_router
    from chongdich.care.api import router as care_router
    from chongdich.facilities.api import router as facilities_router
    from chongdich.forecasting.api import router as forecasting_router
    from chongdich.geo.api import router as geo_router
    from chongdich.intake.api import router as intake_router
    from chongdich.levels.api import router as levels_router
    from chongdich.logistics.api import router as logistics_router
    from chongdich.surveillance.api import router as surveillance_router
    from chongdich.vaccination.api import router as vaccination_router

    api.add_router("/geo", geo_router)
    api.add_router("/accounts", accounts_router)
    api.add_router("/facilities", facilities_router)
    api.add_router("/surveillance", surveillance_router)
    api.add_router("/support", logistics_router)
    api.add_router("/forecasting", forecasting_router)
    api.add_router("/intake", intake_router)
    api.add_router("/levels", levels_router)
    api.add_router("/vaccination", vaccination_router)
    api.add_router("/care", care_router)


register_routers()
