"""The composition root: settings in, one adapter per port, every use case built from them.

`kundrost serve`, `kundrost scheduler`, `kundrost demo` and the tests build the same
container. Each port is a `Selector` keyed by its setting, so exactly one place decides
which adapter serves it; tests swap an adapter with `container.<port>.override(...)`.
Nothing here connects or reads the environment when imported.
"""

from __future__ import annotations

from operator import attrgetter
from typing import Any

from dependency_injector import containers, providers

from kundrost.adapters.crypto import AesGcmCipher
from kundrost.adapters.memory import (
    InProcessJobQueue,
    MemorySessionStore,
    MemoryStore,
    MemoryUnitOfWork,
    UnitOfWorkNewSessions,
    UnitOfWorkPlacedCalls,
    UnitOfWorkStatusReads,
)
from kundrost.adapters.offline import OfflineFeedbackAnalyzer, OfflineVoiceAgent
from kundrost.adapters.simulated import SimulatedTelephony
from kundrost.adapters.system import SeededIds, SystemClock, UuidGenerator
from kundrost.adapters.system.call_time import MonotonicCallTime
from kundrost.application.business_context import GetBusinessContext, PutBusinessContext
from kundrost.application.call_flow import CallFlow
from kundrost.application.call_status import GetCallStatus
from kundrost.application.cancel_call import CancelCall
from kundrost.application.cleanup import Cleanup
from kundrost.application.cleanup_low_grade import CleanupLowGrade
from kundrost.application.end_stale_calls import EndStaleCalls
from kundrost.application.fraud_detection import DetectFraud
from kundrost.application.generate_report import GenerateWeeklyReport
from kundrost.application.get_analysis import GetAnalysis
from kundrost.application.hold_conversation import HoldConversation
from kundrost.application.initiate_call import InitiateCall
from kundrost.application.metrics import GetMetrics
from kundrost.application.recommendations import GetRecommendations
from kundrost.application.record_call_event import RecordCallEvent
from kundrost.application.record_transcript import RecordTranscript
from kundrost.application.report_email_queue import QueueReportEmail
from kundrost.application.report_page import ReadReportPage, ReadStoreReports
from kundrost.application.reports import GetReport, ListReports
from kundrost.application.request_analysis import RequestAnalysis
from kundrost.application.requeue_stalled_analyses import RequeueStalledAnalyses
from kundrost.application.retry_call import RetryCall
from kundrost.application.retry_due_calls import RetryDueCalls
from kundrost.application.run_analyses import RunAnalyses
from kundrost.application.run_analysis import RunAnalysis
from kundrost.application.search import SearchFeedback
from kundrost.application.send_report_email import SendReportEmail
from kundrost.application.summarize import Summarize
from kundrost.application.take_call import TakeCall
from kundrost.application.trends import GetTrends
from kundrost.application.weekly_reports_run import RunWeeklyReports
from kundrost.domain.analysis_cost import TokenPrices
from kundrost.domain.live_call_policy import LiveCallPolicy
from kundrost.ports.cipher import Cipher
from kundrost.ports.job_queue import JobKind
from kundrost.ports.system import Clock, IdGenerator
from kundrost.settings import Settings


def id_generator(seed: int | None) -> IdGenerator:
    """Reproducible ids when a seed is set (demo, tests), random UUIDs otherwise."""
    return UuidGenerator() if seed is None else SeededIds(seed)


def voice_seed(seed: int | None) -> int:
    return 0 if seed is None else seed


# The production adapters are imported when they are chosen, so the embedded profile starts
# without loading asyncpg, redis, openai or httpx.


def postgres_database(url: str, schema: str, pool_size: int, cipher: Cipher) -> Any:
    from kundrost.adapters.postgres import PostgresDatabase

    return PostgresDatabase(url, cipher, schema=schema, max_size=pool_size)


def redis_connection(url: str, prefix: str, timeout: float) -> Any:
    from kundrost.adapters.redis import RedisConnection

    return RedisConnection(url, prefix=prefix, timeout=timeout)


def redis_session_store(connection: Any) -> Any:
    from kundrost.adapters.redis import RedisSessionStore

    return RedisSessionStore(connection)


def redis_job_queue(
    connection: Any, clock: Clock, worker: bool, concurrency: int, batch: int
) -> Any:
    from kundrost.adapters.redis import RedisJobQueue, WorkerPolicy

    return RedisJobQueue(
        connection,
        clock,
        worker=worker,
        policy=WorkerPolicy(concurrency=concurrency),
        batch=batch,
    )


def memory_tick_claims() -> Any:
    from kundrost.adapters.memory.tick_claims import MemoryTickClaims

    return MemoryTickClaims()


def postgres_tick_claims(database: Any) -> Any:
    from kundrost.adapters.postgres.tick_claims import PostgresTickClaims

    return PostgresTickClaims(database)


def memory_report_emails() -> Any:
    from kundrost.adapters.memory.report_emails import MemoryReportEmails

    return MemoryReportEmails()


def postgres_report_emails(database: Any) -> Any:
    from kundrost.adapters.postgres.report_emails import PostgresReportEmails

    return PostgresReportEmails(database)


def smtp_mailer(url: str, sender: str, clock: Clock) -> Any:
    from kundrost.adapters.smtp import SmtpReportMailer, SmtpServer

    return SmtpReportMailer(SmtpServer.from_url(url), sender, clock)


def openai_analyzer(
    api_key: str, base_url: str | None, model: str, embedding_model: str, concurrency: int
) -> Any:
    from kundrost.adapters.openai import OpenAIFeedbackAnalyzer

    return OpenAIFeedbackAnalyzer(
        api_key=api_key,
        base_url=base_url,
        model=model,
        embedding_model=embedding_model,
        concurrency=concurrency,
    )


def elks_telephony(
    username: str,
    password: str,
    from_number: str,
    api_url: str,
    public_url: str,
    cipher: Cipher,
    websocket_number: str | None = None,
) -> Any:
    from kundrost.adapters.elks import ElksTelephony

    return ElksTelephony(
        username=username,
        password=password,
        from_number=from_number,
        api_url=api_url,
        public_url=public_url,
        cipher=cipher,
        websocket_number=websocket_number,
    )


def openai_realtime(api_key: str, model: str, websocket_url: str | None) -> Any:
    from kundrost.adapters.openai.realtime import OpenAIRealtime

    return OpenAIRealtime(api_key=api_key, model=model, websocket_url=websocket_url)


def _itself(port: Any) -> Any:
    return port


def live_call_policy(silence_seconds: int) -> LiveCallPolicy:
    return LiveCallPolicy(silence_seconds=silence_seconds)


class Container(containers.DeclarativeContainer):
    """One provider per port, chosen by settings; one factory per use case."""

    config = providers.Configuration(strict=True)

    clock = providers.Singleton(SystemClock)
    ids = providers.Singleton(id_generator, seed=config.seed)
    cipher = providers.Singleton(AesGcmCipher, key=config.encryption_key)

    memory_store = providers.Singleton(MemoryStore)
    database = providers.Singleton(
        postgres_database,
        url=config.database_url,
        schema=config.database_schema,
        pool_size=config.database_pool_size,
        cipher=cipher,
    )
    new_uow = providers.Selector(
        config.storage,
        memory=providers.Factory(MemoryUnitOfWork, store=memory_store).provider,
        postgres=database.provided.unit_of_work,
    )
    tick_claims = providers.Selector(
        config.storage,
        memory=providers.Singleton(memory_tick_claims),
        postgres=providers.Singleton(postgres_tick_claims, database=database),
    )
    report_emails = providers.Selector(
        config.storage,
        memory=providers.Singleton(memory_report_emails),
        postgres=providers.Singleton(postgres_report_emails, database=database),
    )
    redis = providers.Singleton(
        redis_connection,
        url=config.redis_url,
        prefix=config.redis_prefix,
        timeout=config.redis_timeout,
    )
    session_store = providers.Selector(
        config.cache,
        memory=providers.Singleton(MemorySessionStore, clock=clock),
        redis=providers.Singleton(redis_session_store, connection=redis),
    )
    job_queue = providers.Selector(
        config.queue,
        memory=providers.Singleton(InProcessJobQueue, clock=clock, batch=config.queue_batch),
        redis=providers.Singleton(
            redis_job_queue,
            connection=redis,
            clock=clock,
            worker=config.queue_worker,
            concurrency=config.worker_concurrency,
            batch=config.queue_batch,
        ),
    )
    request_cache = providers.Callable(_itself, session_store)
    request_queue = providers.Callable(_itself, job_queue)
    """The cache and queue as requests' use cases reach them: the ports themselves, which
    the API overrides with gates that refuse at once while it knows Redis is away
    (`entrypoints.http.unavailable.gate_redis`); workers and sweeps reach the ports."""
    analyzer = providers.Selector(
        config.analyzer,
        offline=providers.Singleton(OfflineFeedbackAnalyzer),
        openai=providers.Singleton(
            openai_analyzer,
            api_key=config.openai_api_key,
            base_url=config.openai_base_url,
            model=config.openai_model,
            embedding_model=config.openai_embedding_model,
            concurrency=config.openai_concurrency,
        ),
    )
    text_voice_agent = providers.Singleton(
        OfflineVoiceAgent, seed=providers.Callable(voice_seed, config.seed)
    )
    voice_agent = providers.Selector(
        config.voice, offline=text_voice_agent, openai=text_voice_agent
    )
    """The simulated network has no sound: its calls are held by the offline text agent
    whichever voice serves live calls."""
    telephony = providers.Selector(
        config.telephony,
        simulated=providers.Singleton(SimulatedTelephony, autodeliver=True),
        elks=providers.Singleton(
            elks_telephony,
            username=config.elks_username,
            password=config.elks_password,
            from_number=config.elks_from_number,
            api_url=config.elks_api_url,
            public_url=config.public_url,
            cipher=cipher,
            websocket_number=config.elks_websocket_number,
        ),
    )
    call_time = providers.Singleton(MonotonicCallTime)
    realtime_model = providers.Selector(
        config.voice,
        offline=providers.Object(None),
        openai=providers.Singleton(
            openai_realtime,
            api_key=config.openai_api_key,
            model=config.openai_realtime_model,
            websocket_url=config.openai_websocket_url,
        ),
    )
    live_call_policy = providers.Singleton(live_call_policy, config.voice_silence_seconds)

    placed_calls = providers.Selector(
        config.storage,
        memory=providers.Factory(UnitOfWorkPlacedCalls, new_uow=new_uow),
        postgres=database.provided.placed_calls,
    )
    new_sessions = providers.Selector(
        config.storage,
        memory=providers.Factory(UnitOfWorkNewSessions, new_uow=new_uow),
        postgres=database.provided.new_sessions,
    )
    initiate_call = providers.Factory(
        InitiateCall,
        new_uow=new_uow,
        telephony=telephony,
        clock=clock,
        ids=ids,
        sessions=new_sessions,
        placed=placed_calls,
    )
    status_reads = providers.Selector(
        config.storage,
        memory=providers.Factory(UnitOfWorkStatusReads, new_uow=new_uow),
        postgres=database.provided.status_reads,
    )
    call_status = providers.Factory(GetCallStatus, reads=status_reads, clock=clock)
    record_call_event = providers.Factory(
        RecordCallEvent, new_uow=new_uow, clock=clock, session_store=request_cache
    )
    record_transcript = providers.Factory(
        RecordTranscript, new_uow=new_uow, queue=request_queue, clock=clock, ids=ids
    )
    hold_conversation = providers.Factory(
        HoldConversation,
        new_uow=new_uow,
        voice_agent=voice_agent,
        record_transcript=record_transcript,
        session_store=request_cache,
        clock=clock,
    )
    call_flow = providers.Factory(
        CallFlow, record_event=record_call_event, hold_conversation=hold_conversation
    )
    take_call = providers.Factory(
        TakeCall,
        new_uow=new_uow,
        session_store=request_cache,
        clock=clock,
        call_time=call_time,
        realtime=realtime_model,
        telephony=telephony,
        record_event=record_call_event,
        record_transcript=record_transcript,
        policy=live_call_policy,
    )
    retry_call = providers.Factory(
        RetryCall, new_uow=new_uow, telephony=telephony, clock=clock, placed=placed_calls
    )
    cancel_call = providers.Factory(CancelCall, new_uow=new_uow, telephony=telephony, clock=clock)

    request_analysis = providers.Factory(
        RequestAnalysis, new_uow=new_uow, queue=request_queue, clock=clock, ids=ids
    )
    token_prices = providers.Singleton(
        TokenPrices,
        prompt_per_million=config.openai_prompt_price,
        completion_per_million=config.openai_completion_price,
    )
    run_analysis = providers.Factory(
        RunAnalysis, new_uow=new_uow, analyzer=analyzer, clock=clock, ids=ids, prices=token_prices
    )
    run_analyses = providers.Factory(RunAnalyses, one=run_analysis)
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
    generate_report_batch = providers.Callable(attrgetter("read_new_reports"), generate_report)
    """The reports of many stores at once; a test that stands in for `generate_report`
    overrides it with None, and the weekly run then generates one store at a time."""
    get_report = providers.Factory(GetReport, new_uow=new_uow)
    list_reports = providers.Factory(ListReports, new_uow=new_uow, clock=clock)
    search = providers.Factory(SearchFeedback, new_uow=new_uow, analyzer=analyzer, clock=clock)
    trends = providers.Factory(GetTrends, new_uow=new_uow, clock=clock)
    report_mailer = providers.Selector(
        config.mail,
        off=providers.Object(None),
        smtp=providers.Singleton(
            smtp_mailer, url=config.smtp_url, sender=config.smtp_from, clock=clock
        ),
    )
    send_report_email = providers.Factory(
        SendReportEmail,
        new_uow=new_uow,
        records=report_emails,
        mailer=report_mailer,
        queue=job_queue,
        clock=clock,
        public_url=config.public_url,
    )
    queue_report_email = providers.Selector(
        config.mail,
        off=providers.Object(None),
        smtp=providers.Factory(QueueReportEmail, queue=job_queue),
    )
    run_weekly_reports = providers.Factory(
        RunWeeklyReports,
        new_uow=new_uow,
        generate=generate_report,
        announce=queue_report_email,
        read_batch=generate_report_batch,
    )
    read_report_page = providers.Factory(ReadReportPage, new_uow=new_uow)
    read_store_reports = providers.Factory(
        ReadStoreReports, new_uow=new_uow, list_reports=list_reports
    )
    retry_due_calls = providers.Factory(
        RetryDueCalls, new_uow=new_uow, retry=retry_call, clock=clock
    )
    end_stale_calls = providers.Factory(
        EndStaleCalls, new_uow=new_uow, telephony=telephony, clock=clock
    )
    requeue_stalled_analyses = providers.Factory(
        RequeueStalledAnalyses, new_uow=new_uow, queue=job_queue, clock=clock
    )
    recommendations = providers.Factory(GetRecommendations, new_uow=new_uow, clock=clock)


def build_container(settings: Settings, clock: Clock | None = None) -> Container:
    """A container for `settings`; `connect` wires its background work, `open_resources`
    starts the connections of the chosen adapters. Every use case and adapter reads the
    time from `clock` (the system's when none is given), so a test or a replay can move it."""
    container = Container()
    container.config.from_dict(settings.as_config())
    if clock is not None:
        container.clock.override(providers.Object(clock))
    return container


def _resources(container: Container) -> list[Any]:
    """The chosen adapters that hold connections or workers, in the order they start:
    connections first, then what uses them."""
    config = container.config
    chosen: list[Any] = []
    if config.storage() == "postgres":
        chosen.append(container.database())
    if "redis" in (config.cache(), config.queue()):
        chosen.append(container.redis())
    for port in (container.session_store, container.job_queue, container.analyzer):
        chosen.append(port())
    chosen.append(container.telephony())
    chosen.append(container.realtime_model())
    return [resource for resource in chosen if hasattr(resource, "start")]


async def open_resources(container: Container, *, migrate: bool = False) -> None:
    """Start the chosen adapters' pools, clients and workers (only those chosen). With
    `migrate`, pending database migrations are applied first (`KUNDROST_AUTO_MIGRATE`), and
    rows of earlier releases are sealed with the encryption key once the pool is open."""
    config = container.config
    if migrate and config.storage() == "postgres":
        from kundrost.adapters.postgres import migrate as apply_migrations

        await apply_migrations(config.database_url(), schema=config.database_schema())
    started: list[Any] = []
    try:
        for resource in _resources(container):
            await resource.start()
            started.append(resource)
        if migrate and config.storage() == "postgres":
            from kundrost.adapters.postgres.sealing import seal_legacy_rows

            await seal_legacy_rows(container.database(), container.cipher())
    except BaseException:
        for resource in reversed(started):
            await resource.close()
        raise


async def close_resources(container: Container) -> None:
    """Stop what `open_resources` started, in reverse order; every one is closed even when
    an earlier close fails."""
    failures: list[BaseException] = []
    for resource in reversed(_resources(container)):
        try:
            await resource.close()
        except Exception as exc:
            failures.append(exc)
    if failures:
        raise failures[0]


def connect(container: Container) -> None:
    """Who runs what arrives later: the job queue gets its handlers (the report e-mail's when
    SMTP is configured), and a telephony that
    reports call events in-process (the simulated one) gets the call flow as its listener.

    Call again after overriding the queue or telephony. A production telephony reports its
    events through the HTTP webhooks instead.
    """
    queue = container.job_queue()
    if hasattr(queue, "register"):
        queue.register(JobKind.ANALYSE_FEEDBACK, container.run_analyses().handle)
        if container.config.mail() == "smtp":
            queue.register(JobKind.SEND_REPORT_EMAIL, container.send_report_email().handle)
    telephony = container.telephony()
    if hasattr(telephony, "listener"):
        telephony.listener = container.call_flow()


__all__ = ["Container", "build_container", "close_resources", "connect", "open_resources"]
