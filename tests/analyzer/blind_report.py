"""The blind holdout call by call, and by pattern: for the final report only, never for tuning."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from tests.analyzer.blind_drive import Outcome
from tests.analyzer.blind_figures import band_of


def _label_text(label: dict[str, Any]) -> str:
    if not label["analysable"]:
        return "not analysable"
    verdict = f"pay {label['reward_band']}" if label["qualifies"] else "no pay"
    fraud = f" fraud:{','.join(label['fraud_indicators'])}" if label["fraud_indicators"] else ""
    value = label.get("value")
    return f"{verdict}{fraud}" + ("" if value is None else f" v{value}")


def _outcome_text(outcome: Outcome) -> str:
    if not outcome.analysed:
        return f"not analysed ({outcome.end_reason})"
    paid = (
        f"pay {outcome.reward:.2f} % ({band_of(outcome.reward)})"
        if outcome.qualifies and outcome.reward is not None
        else "no pay"
    )
    fraud = f" fraud:{','.join(outcome.fraud_reasons) or '?'}" if outcome.is_fraudulent else ""
    return f"{paid}{fraud} overall {outcome.overall:.2f}"


def _agrees(label: dict[str, Any], outcome: Outcome) -> bool:
    if label["qualifies"] != outcome.qualifies or label["analysable"] != outcome.analysed:
        return False
    if bool(label["fraud_indicators"]) != outcome.is_fraudulent:
        return False
    return not label["qualifies"] or band_of(outcome.reward or 0) == label["reward_band"]


def per_item_lines(items: Sequence[dict[str, Any]], outcomes: Sequence[Outcome]) -> list[str]:
    """One line per call (`!` marks a disagreement in pay, band or fraud), then per pattern how
    many calls the API and the label agree on (the first sets name no patterns)."""
    lines = ["", "call                                          label → outcome"]
    by_pattern: dict[str, list[bool]] = defaultdict(list)
    for item, outcome in zip(items, outcomes, strict=True):
        agrees = _agrees(item["label"], outcome)
        for pattern in item.get("patterns", ()):
            by_pattern[pattern].append(agrees)
        mark = " " if agrees else "!"
        lines.append(
            f"{mark} {item['id']:44} {_label_text(item['label'])} → {_outcome_text(outcome)}"
        )
    lines += ["", "pattern                 agree"]
    lines += [
        f"  {pattern:22} {sum(marks)}/{len(marks)}" for pattern, marks in sorted(by_pattern.items())
    ]
    return lines
