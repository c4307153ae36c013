"""OpenAPI links: which answer's value feeds which later request.

A client (and a stateful fuzzer) learns from them that the `call_session_id` of an initiated
call is what the call's other operations take, the `analysis_id` of a recorded transcript
what the analysis is polled by, and so on.
"""

from __future__ import annotations

from typing import Any

SESSION = {"call_session_id": "$response.body#/call_session_id"}

LINKS: dict[tuple[str, str], dict[str, dict[str, Any]]] = {
    ("InitiateCall", "202"): {
        "GetCallStatus": {"operationId": "GetCallStatus", "parameters": SESSION},
        "ReportCallOutcome": {"operationId": "ReportCallOutcome", "parameters": SESSION},
        "RecordTranscript": {"operationId": "RecordTranscript", "parameters": SESSION},
        "GetTranscript": {"operationId": "GetTranscript", "parameters": SESSION},
        "RetryCall": {"operationId": "RetryCall", "parameters": SESSION},
        "CancelCall": {"operationId": "CancelCall", "parameters": SESSION},
    },
    ("RecordTranscript", "201"): {
        "GetAnalysis": {
            "operationId": "getAnalysis",
            "parameters": {"analysis_id": "$response.body#/analysis_id"},
        },
    },
    ("requestQualityAnalysis", "202"): {
        "GetAnalysis": {
            "operationId": "getAnalysis",
            "parameters": {"analysis_id": "$response.body#/analysis_id"},
        },
    },
    ("generateWeeklyReport", "202"): {
        "GetWeeklyReport": {
            "operationId": "getWeeklyReport",
            "parameters": {"report_id": "$response.body#/report_id"},
        },
    },
    ("putBusinessContext", "200"): {
        "GetBusinessContext": {
            "operationId": "getBusinessContext",
            "parameters": {"store_id": "$request.path.store_id"},
        },
    },
}
"""(operation id, status) → the links of that response, by name."""


def add_links(document: dict[str, Any]) -> None:
    """Write `LINKS` into the responses of `document` that they belong to."""
    for item in document.get("paths", {}).values():
        for operation in item.values():
            if not isinstance(operation, dict):
                continue
            for status, response in operation.get("responses", {}).items():
                links = LINKS.get((operation.get("operationId", ""), status))
                if links:
                    response["links"] = links
