"""The container: one adapter per port from settings, every use case buildable, overridable."""

from datetime import UTC, datetime, timedelta
from decimal import Decimal
from uuid import UUID

import pytest
from dependency_injector import providers

from kundrost.adapters.memory import InProcessJobQueue, MemorySessionStore, MemoryUnitOfWork
from kundrost.adapters.offline import OfflineFeedbackAnalyzer, OfflineVoiceAgent
from kundrost.adapters.openai.realtime import OpenAIRealtime
from kundrost.adapters.simulated import CallOutcome, SimulatedTelephony
from kundrost.adapters.system import ManualClock, SeededIds, SystemClock, UuidGenerator
from kundrost.application import InitiateCallCommand
from kundrost.container import Container, build_container, connect
from kundrost.domain import CallStatus, FailureReason, PhoneNumber, StoreId, VerificationId
from kundrost.ports import Job, JobKind
from kundrost.settings import (
    OPENAI_CONCURRENCY,
    QUEUE_BATCH,
    WORKER_CONCURRENCY,
    Settings,
    SettingsError,
)

USE_CASES = [
    name
    for name, provider in Container.providers.items()
    if isinstance(provider, providers.Factory) and name != "memory_store"
]


def test_the_embedded_settings_put_every_port_in_process() -> None:
    container = build_container(Settings.embedded())

    assert isinstance(container.new_uow()(), MemoryUnitOfWork)
    assert isinstance(container.session_store(), MemorySessionStore)
    assert isinstance(container.job_queue(), InProcessJobQueue)
    assert isinstance(container.analyzer(), OfflineFeedbackAnalyzer)
    assert isinstance(container.voice_agent(), OfflineVoiceAgent)
    assert isinstance(container.telephony(), SimulatedTelephony)
    assert isinstance(container.clock(), SystemClock)
    assert isinstance(container.ids(), UuidGenerator)


def test_a_seed_makes_the_ids_reproducible() -> None:
    first = build_container(Settings.embedded(seed=3)).ids()
    second = build_container(Settings.embedded(seed=3)).ids()

    assert isinstance(first, SeededIds)
    assert [first.new() for _ in range(3)] == [second.new() for _ in range(3)]


@pytest.mark.parametrize("name", USE_CASES)
def test_every_use_case_can_be_built(name: str) -> None:
    use_case = getattr(build_container(Settings.embedded()), name)()

    assert callable(use_case)


def test_units_of_work_are_new_for_every_use_while_the_store_is_shared() -> None:
    container = build_container(Settings.embedded())
    new_uow = container.new_uow()

    assert new_uow() is not new_uow()
    assert container.memory_store() is container.memory_store()


def test_two_containers_share_nothing() -> None:
    first, second = build_container(Settings.embedded()), build_container(Settings.embedded())

    assert first.memory_store() is not second.memory_store()
    assert first.job_queue() is not second.job_queue()


async def test_an_overridden_port_is_what_the_use_cases_get() -> None:
    container = build_container(Settings.embedded())
    clock = ManualClock(datetime(2026, 11, 24, 15, tzinfo=UTC))
    telephony = SimulatedTelephony(lambda *_: CallOutcome.NO_ANSWER)
    container.clock.override(providers.Object(clock))
    container.telephony.override(providers.Object(telephony))
    connect(container)

    session = await container.initiate_call()(
        InitiateCallCommand(
            verification_id=VerificationId(UUID(int=1)),
            store_id=StoreId(UUID(int=2)),
            phone=PhoneNumber("+46701234567"),
            transaction_time=clock.now() - timedelta(minutes=5),
            transaction_value=Decimal("99.50"),
        )
    )
    await telephony.deliver()

    status = await container.call_status()(session.id)
    assert session.created_at == clock.now()
    assert [call.session_id for call in telephony.placed] == [session.id]
    assert status.session.status is CallStatus.FAILED
    assert status.session.failure_reason is FailureReason.NO_ANSWER


async def test_connect_gives_the_queue_the_analysis_handler_and_the_telephony_the_call_flow() -> (
    None
):
    container = build_container(Settings.embedded())
    queue = InProcessJobQueue(autostart=False)
    container.job_queue.override(providers.Object(queue))
    connect(container)

    await queue.enqueue(Job(JobKind.ANALYSE_FEEDBACK, {"analysis_id": str(UUID(int=9))}))
    await queue.drain()

    assert container.telephony().listener is not None
    assert all("NoHandler" not in failure for _job, failure in queue.failures)


def test_the_openai_voice_takes_live_calls_and_simulated_calls_keep_the_text_agent() -> None:
    container = build_container(
        Settings.embedded(voice="openai", openai_api_key="sk-test", openai_realtime_model="m")
    )

    realtime = container.realtime_model()
    assert isinstance(realtime, OpenAIRealtime)
    assert realtime.model == "m"
    assert isinstance(container.voice_agent(), OfflineVoiceAgent)
    assert container.take_call().realtime is realtime


def test_the_embedded_profile_has_no_realtime_model_for_live_calls() -> None:
    assert build_container(Settings.embedded()).realtime_model() is None


def test_the_worker_concurrency_setting_reaches_the_redis_queue_workers() -> None:
    settings = Settings.from_env(
        {"KUNDROST_REDIS_URL": "redis://127.0.0.1:6379/0", "KUNDROST_WORKER_CONCURRENCY": "3"}
    )
    queue = build_container(settings).job_queue()

    assert (settings.queue, settings.worker_concurrency) == ("redis", 3)
    assert queue.policy.concurrency == 3
    assert Settings.from_env({}).worker_concurrency == WORKER_CONCURRENCY


@pytest.mark.parametrize(
    "name", ["KUNDROST_WORKER_CONCURRENCY", "KUNDROST_QUEUE_BATCH", "KUNDROST_OPENAI_CONCURRENCY"]
)
@pytest.mark.parametrize("text", ["0", "-2", "ten"])
def test_a_count_below_one_or_not_a_number_is_refused(name: str, text: str) -> None:
    with pytest.raises(SettingsError, match=name):
        Settings.from_env({name: text})


def test_the_queue_batch_setting_reaches_both_queues() -> None:
    env = {"KUNDROST_QUEUE_BATCH": "7"}
    redis = Settings.from_env({**env, "KUNDROST_REDIS_URL": "redis://127.0.0.1:6379/0"})

    assert build_container(redis).job_queue().batch == 7
    assert build_container(Settings.from_env(env)).job_queue().batch == 7
    assert Settings.from_env({}).queue_batch == QUEUE_BATCH


def test_the_openai_concurrency_setting_reaches_the_analyzer() -> None:
    env = {"KUNDROST_ANALYZER": "openai", "OPENAI_API_KEY": "sk-test"}
    settings = Settings.from_env({**env, "KUNDROST_OPENAI_CONCURRENCY": "5"})

    assert build_container(settings).analyzer().concurrency == 5
    assert build_container(Settings.from_env(env)).analyzer().concurrency == OPENAI_CONCURRENCY
