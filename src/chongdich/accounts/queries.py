from typing import Any


def home_summary(user: Any) -> dict:
    return {}
