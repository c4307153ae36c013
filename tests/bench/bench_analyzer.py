"""How fast the offline analyzer reads feedback, beside the bare cost of reading it.

Run with `python -m tests.bench.bench_analyzer [--passes N]`. The transcripts are the
analysable calls of the hand-written corpus (tests/data/feedback_corpus.json) with their
stores' contexts and purchase times.
Each pass analyses every one of them once; the baseline pass, over the same transcripts in
the same run, does only what any analysis must: the domain's `detect_language` on each
customer turn and `Transcript.customer_text()`. Analysis and baseline passes alternate, and
each is timed in the process's own CPU seconds as well as on the wall clock: on a machine
shared with other work the CPU rate is the rate per core, and the median of alternating
passes keeps both sides under the same load. Peak memory is measured with tracemalloc in a
separate pass, because tracing slows Python down. One process, one core; word lookups are
memoised, as they are in a long-running service. Not a test: pytest collects `test_*.py`,
not `bench_*.py`.
"""

from __future__ import annotations

import argparse
import statistics
import time
import tracemalloc
from collections.abc import Callable, Sequence

from kundrost.adapters.offline import OfflineFeedbackAnalyzer
from kundrost.domain import AnalysabilityPolicy, detect_language
from kundrost.ports.analyzer import FeedbackInput
from tests.analyzer.corpus import business_context, items, transaction_time, transcript_of


def corpus_feedback() -> list[FeedbackInput]:
    feedback = []
    for entry in items():
        transcript = transcript_of(entry)
        if AnalysabilityPolicy().evaluate(transcript).analysable:
            context = business_context(entry["store"])
            feedback.append(FeedbackInput(transcript, context, transaction_time(entry)))
    return feedback


def read_only(feedback: FeedbackInput) -> None:
    for message in feedback.transcript.customer_messages():
        detect_language(message.content)
    feedback.transcript.customer_text()


def one_pass(
    work: Callable[[FeedbackInput], object], feedback: Sequence[FeedbackInput]
) -> tuple[float, float]:
    """Transcripts per CPU second of this process, and per wall-clock second, over one pass."""
    cpu, wall = time.process_time(), time.perf_counter()
    for one in feedback:
        work(one)
    return len(feedback) / (time.process_time() - cpu), len(feedback) / (time.perf_counter() - wall)


def alternating(
    work: Callable[[FeedbackInput], object],
    baseline: Callable[[FeedbackInput], object],
    feedback: Sequence[FeedbackInput],
    passes: int,
) -> tuple[tuple[float, float], tuple[float, float]]:
    """Median (CPU, wall) rates of `work` and of `baseline`, their passes taken in turn."""
    worked, based = [], []
    for _ in range(passes):
        worked.append(one_pass(work, feedback))
        based.append(one_pass(baseline, feedback))
    return _medians(worked), _medians(based)


def _medians(rates: list[tuple[float, float]]) -> tuple[float, float]:
    return statistics.median(r[0] for r in rates), statistics.median(r[1] for r in rates)


def peak_bytes(work: Callable[[FeedbackInput], object], feedback: Sequence[FeedbackInput]) -> int:
    tracemalloc.start()
    try:
        for one in feedback:
            work(one)
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--passes", type=int, default=30, help="passes over the corpus")
    passes = parser.parse_args(argv).passes
    feedback = corpus_feedback()
    analyzer = OfflineFeedbackAnalyzer()
    words = sum(len(one.transcript.customer_text().split()) for one in feedback)
    one_pass(analyzer.analyse_now, feedback)
    (cpu, wall), (base_cpu, base_wall) = alternating(
        analyzer.analyse_now, read_only, feedback, passes
    )
    peak = peak_bytes(analyzer.analyse_now, feedback)
    each = words / len(feedback)
    print(f"transcripts: {len(feedback)} analysable calls, {each:.0f} customer words each")
    print(f"offline analyzer: {cpu:,.0f} transcripts per CPU second ({1000 / cpu:.2f} ms each)")
    print(f"  on the wall clock: {wall:,.0f} transcripts/s")
    print(f"baseline (detect_language + customer_text): {base_cpu:,.0f} per CPU second")
    print(f"  on the wall clock: {base_wall:,.0f} transcripts/s")
    print(f"analysis costs {base_cpu / cpu:.0f}× the bare read")
    print(f"peak traced memory over one pass: {peak / 1024:,.0f} KiB")


if __name__ == "__main__":
    main()
