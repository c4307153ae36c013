"""The composition root: settings in, one adapter per port, every use case built from them.

`kundrost serve`, `kundrost scheduler`, `kundrost demo` and the tests build the same
container. Each port is a `Selector` keyed by its setting, so exactly one place decides
which adapter serves it; tests swap an adapter with `container.<port>.override(...)`.
Nothing here connects or reads the environment when imported.
"""

from __future__ import annotations

from dependency_injector import containers, providers

from kundrost.adapters.crypto import AesGcmCipher
from kundrost.adapters.memory import (
    InProcessJobQueue,
    MemorySessionStore,
    MemoryStore,
    MemoryUnitOfWork,
)
from kundrost.adapters.offline import OfflineFeedbackAnalyzer, OfflineVoiceAgent
from kundrost.adapters.simulated import SimulatedTelephony
from kundrost.adapters.system import SeededIds, SystemClock, UuidGenerator
from kundrost.application.business_context import GetBusinessContext, PutBusinessContext
from kundrost.application.call_flow import CallFlow
from kundrost.application.call_status import GetCallStatus
from kundrost.application.cancel_call import CancelCall
from kundrost.application.cleanup import Cleanup
from kundrost.application.cleanup_low_grade import CleanupLowGrade
from kundrost.application.fraud_detection import DetectFraud
from kundrost.application.generate_report import GenerateWeeklyReport
from kundrost.application.get_analysis import GetAnalysis
from kundrost.application.hold_conversation import HoldConversation
from kundrost.application.initiate_call import InitiateCall
from kundrost.application.metrics import GetMetrics
from kundrost.application.recommendations import GetRecommendations
from kundrost.application.record_call_event import RecordCallEvent
from kundrost.application.record_transcript import RecordTranscript
from kundrost.application.reports import GetReport, ListReports
from kundrost.application.request_analysis import RequestAnalysis
from kundrost.application.retry_call import RetryCall
from kundrost.application.run_analysis import RunAnalysis
from kundrost.application.search import SearchFeedback
from kundrost.application.summarize import Summarize
from kundrost.application.trends import GetTrends
from kundrost.ports.job_queue import JobKind
from kundrost.ports.system import IdGenerator
from kundrost.settings import Settings


def id_generator(seed: int | None) -> IdGenerator:
    """Reproducible ids when a seed is set (demo, tests), random UUIDs otherwise."""
    return UuidGenerator() if seed is None else SeededIds(seed)


def voice_seed(seed: int | None) -> int:
    return 0 if seed is None else seed


class Container(containers.DeclarativeContainer):
    """One provider per port, chosen by settings; one factory per use case."""

    config = providers.Configuration(strict=True)

    clock = providers.Singleton(SystemClock)
    ids = providers.Singleton(id_generator, seed=config.seed)
    cipher = providers.Singleton(AesGcmCipher, key=config.encryption_key)

    memory_store = providers.Singleton(MemoryStore)
    new_uow = providers.Selector(
        config.storage,
        memory=providers.Factory(MemoryUnitOfWork, store=memory_store).provider,
    )
    session_store = providers.Selector(
        config.cache, memory=providers.Singleton(MemorySessionStore, clock=clock)
    )
    job_queue = providers.Selector(
        config.queue, memory=providers.Singleton(InProcessJobQueue, clock=clock)
    )
    analyzer = providers.Selector(
        config.analyzer, offline=providers.Singleton(OfflineFeedbackAnalyzer)
    )
    voice_agent = providers.Selector(
        config.voice,
        offline=providers.Singleton(
            OfflineVoiceAgent, seed=providers.Callable(voice_seed, config.seed)
        ),
    )
    telephony = providers.Selector(
        config.telephony, simulated=providers.Singleton(SimulatedTelephony, autodeliver=True)
    )

    initiate_call = providers.Factory(
        InitiateCall, new_uow=new_uow, telephony=telephony, clock=clock, ids=ids
    )
    call_status = providers.Factory(GetCallStatus, new_uow=new_uow, clock=clock)
    record_call_event = providers.Factory(
        RecordCallEvent, new_uow=new_uow, clock=clock, session_store=session_store
    )
    record_transcript = providers.Factory(
        RecordTranscript, new_uow=new_uow, queue=job_queue, clock=clock, ids=ids
    )
    hold_conversation = providers.Factory(
        HoldConversation,
        new_uow=new_uow,
        voice_agent=voice_agent,
        record_transcript=record_transcript,
        session_store=session_store,
        clock=clock,
    )
    call_flow = providers.Factory(
        CallFlow, record_event=record_call_event, hold_conversation=hold_conversation
    )
    retry_call = providers.Factory(RetryCall, new_uow=new_uow, telephony=telephony, clock=clock)
    cancel_call = providers.Factory(CancelCall, new_uow=new_uow, telephony=telephony, clock=clock)

    request_analysis = providers.Factory(
        RequestAnalysis, new_uow=new_uow, queue=job_queue, clock=clock, ids=ids
    )
    run_analysis = providers.Factory(
        RunAnalysis, new_uow=new_uow, analyzer=analyzer, clock=clock, ids=ids
    )
    get_analysis = providers.Factory(GetAnalysis, new_uow=new_uow)
    detect_fraud = providers.Factory(
        DetectFraud, new_uow=new_uow, analyzer=analyzer, clock=clock, ids=ids
    )
    summarize = providers.Factory(Summarize, new_uow=new_uow)
    cleanup = providers.Factory(Cleanup, new_uow=new_uow, clock=clock)
    cleanup_low_grade = providers.Factory(CleanupLowGrade, new_uow=new_uow, clock=clock)
    metrics = providers.Factory(GetMetrics, new_uow=new_uow, clock=clock)

    put_context = providers.Factory(PutBusinessContext, new_uow=new_uow)
    get_context = providers.Factory(GetBusinessContext, new_uow=new_uow)
    generate_report = providers.Factory(GenerateWeeklyReport, new_uow=new_uow, clock=clock, ids=ids)
    get_report = providers.Factory(GetReport, new_uow=new_uow)
    list_reports = providers.Factory(ListReports, new_uow=new_uow, clock=clock)
    search = providers.Factory(SearchFeedback, new_uow=new_uow, analyzer=analyzer, clock=clock)
    trends = providers.Factory(GetTrends, new_uow=new_uow, clock=clock)
    recommendations = providers.Factory(GetRecommendations, new_uow=new_uow, clock=clock)


def build_container(settings: Settings) -> Container:
    """A container for `settings`, with its background work connected (`connect`)."""
    container = Container()
    container.config.from_dict(settings.as_config())
    return container


def connect(container: Container) -> None:
    """Who runs what arrives later: the job queue gets its handlers, and a telephony that
    reports call events in-process (the simulated one) gets the call flow as its listener.

    Call again after overriding the queue or telephony. A production telephony reports its
    events through the HTTP webhooks instead.
    """
    queue = container.job_queue()
    if hasattr(queue, "register"):
        queue.register(JobKind.ANALYSE_FEEDBACK, container.run_analysis().handle)
    telephony = container.telephony()
    if hasattr(telephony, "listener"):
        telephony.listener = container.call_flow()


__all__ = ["Container", "build_container", "connect"]
