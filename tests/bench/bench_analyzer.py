"""How fast the offline analyzer reads feedback, beside the bare cost of reading it.

Run with `python -m tests.bench.bench_analyzer [--passes N]`. The transcripts are the
analysable calls of the hand-written corpus (tests/data/feedback_corpus.json) with their
stores' contexts. Each pass analyses every one of them once; the baseline pass, over the
same transcripts in the same run, does only what any analysis must: the domain's
`detect_language` on each customer turn and `Transcript.customer_text()`. Peak memory is
measured with tracemalloc in a separate pass, because tracing slows Python down. One
process, one core; word lookups are memoised, as they are in a long-running service.
Not a test: pytest collects `test_*.py`, not `bench_*.py`.
"""

from __future__ import annotations

import argparse
import time
import tracemalloc
from collections.abc import Callable, Sequence

from kundrost.adapters.offline import OfflineFeedbackAnalyzer
from kundrost.domain import AnalysabilityPolicy, detect_language
from kundrost.ports.analyzer import FeedbackInput
from tests.analyzer.corpus import business_context, items, transcript_of


def corpus_feedback() -> list[FeedbackInput]:
    feedback = []
    for entry in items():
        transcript = transcript_of(entry)
        if AnalysabilityPolicy().evaluate(transcript).analysable:
            feedback.append(FeedbackInput(transcript, business_context(entry["store"])))
    return feedback


def read_only(feedback: FeedbackInput) -> None:
    for message in feedback.transcript.customer_messages():
        detect_language(message.content)
    feedback.transcript.customer_text()


def per_second(
    work: Callable[[FeedbackInput], object], feedback: Sequence[FeedbackInput], passes: int
) -> float:
    started = time.perf_counter()
    for _ in range(passes):
        for one in feedback:
            work(one)
    return passes * len(feedback) / (time.perf_counter() - started)


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
    per_second(analyzer.analyse_now, feedback, 1)
    analysed = per_second(analyzer.analyse_now, feedback, passes)
    baseline = per_second(read_only, feedback, passes)
    peak = peak_bytes(analyzer.analyse_now, feedback)
    each = words / len(feedback)
    print(f"transcripts: {len(feedback)} analysable corpus calls, {each:.0f} customer words each")
    print(f"offline analyzer: {analysed:,.0f} transcripts/s ({1000 / analysed:.2f} ms each)")
    print(f"baseline (detect_language + customer_text): {baseline:,.0f} transcripts/s")
    print(f"analysis costs {baseline / analysed:.0f}× the bare read")
    print(f"peak traced memory over one pass: {peak / 1024:,.0f} KiB")


if __name__ == "__main__":
    main()
