"""Which language a request is answered in: Vietnamese, unless the user chose English."""

from collections.abc import Callable, Mapping

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.utils import translation
from django.utils.cache import patch_vary_headers


def language_of(cookies: Mapping[str, str]) -> str:
    """The language cookie's choice if it is one of ours, else Vietnamese."""
    code = cookies.get(settings.LANGUAGE_COOKIE_NAME, "")
    return code if code in dict(settings.LANGUAGES) else str(settings.LANGUAGE_CODE)


class VietnameseFirstMiddleware:
    """Replaces Django's LocaleMiddleware.

    A browser's Accept-Language is ignored on purpose: health offices share machines with
    English-language browsers, and the product is Vietnamese first. The VI/EN switch in the
    header sets the language cookie, which is the only thing that changes the language.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        code = language_of(request.COOKIES)
        translation.activate(code)
        request.LANGUAGE_CODE = code
        response = self.get_response(request)
        response.headers.setdefault("Content-Language", code)
        patch_vary_headers(response, ("Cookie",))
        return response
