"""Every controller of the API, in the order the OpenAPI document lists them."""

from __future__ import annotations

from typing import Any

from kundrost.entrypoints.http.analysis import AnalysisController
from kundrost.entrypoints.http.business import BusinessController
from kundrost.entrypoints.http.calls import CallsController
from kundrost.entrypoints.http.pages import StorePagesController
from kundrost.entrypoints.http.sign_in import SignInController
from kundrost.entrypoints.http.voice import VOICE_HANDLERS
from kundrost.entrypoints.http.webhooks import ElksWebhookController

ROUTE_HANDLERS: list[Any] = [
    CallsController,
    AnalysisController,
    BusinessController,
    ElksWebhookController,
    StorePagesController,
    SignInController,
    *VOICE_HANDLERS,
]
