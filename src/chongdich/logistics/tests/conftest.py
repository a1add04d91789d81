from __future__ import annotations

from typing import Any

import pytest


@pytest.fixture
def baclieu_stock(system: Any, baclieu: Any) -> Any:
    from chongdich.logistics.services import province_holder

    return province_holder(baclieu, actor=system)
