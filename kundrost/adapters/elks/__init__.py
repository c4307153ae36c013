"""46elks adapters: the Telephony port on the 46elks REST API, and its callbacks.

`ElksTelephony` is loaded on first use (PEP 562), so the hang-up webhook can read the
callback protocol (`kundrost.adapters.elks.callbacks`) without loading the HTTP client.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from kundrost.adapters.elks.telephony import ElksTelephony


def __getattr__(name: str) -> Any:
    if name == "ElksTelephony":
        from kundrost.adapters.elks.telephony import ElksTelephony

        return ElksTelephony
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["ElksTelephony"]
