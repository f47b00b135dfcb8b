"""The fields an event's code decides: PLOVER type, CAMEO code, mode, QuadClass, Goldstein."""

from __future__ import annotations

from typing import Any

from eventwire.ontology import cameo_info


def code_fields(code: str, plover: str, mode: str | None) -> dict[str, Any]:
    """The update that gives an event the CAMEO ``code`` as ``plover`` with ``mode``."""
    info = cameo_info(code)
    return {
        "type": plover,
        "cameo": code,
        "mode": mode,
        "quad_class": info.quad_class if info else None,
        "goldstein": info.goldstein if info else None,
    }
