"""The live call's bookkeeping: the playback clock, the turn log, the call's statistics."""

from decimal import Decimal

from kundrost.application.live_playback import MARK_EVERY_MS, Playback
from kundrost.application.live_stats import CallStats
from kundrost.application.live_turns import TurnLog
from kundrost.domain.transcript import Speaker


def test_sound_sent_faster_than_real_time_plays_in_real_time() -> None:
    playback = Playback()
    playback.sent(1000, now=0)
    assert playback.playing(500)
    assert playback.position(500) == 500
    assert playback.ends_at() == 1000
    assert not playback.playing(1000)


def test_a_mark_is_due_after_a_fifth_of_a_second_of_sound() -> None:
    playback = Playback()
    assert not playback.sent(MARK_EVERY_MS - 20, now=0)
    assert playback.sent(20, now=0)


def test_a_marks_answer_moves_the_clock_to_where_the_phone_is() -> None:
    playback = Playback()
    playback.sent(400, now=0)
    playback.marked()
    playback.sent(600, now=0)
    playback.marked()
    playback.played(now=700)
    assert playback.position(700) == 400
    assert playback.position(800) == 500


def test_after_an_interrupt_the_old_marks_answers_are_ignored() -> None:
    playback = Playback()
    playback.sent(400, now=0)
    playback.marked()
    playback.interrupted(now=100)
    playback.sent(200, now=100)
    playback.marked()
    playback.played(now=100)
    assert playback.position(150) == 50
    playback.played(now=300)
    assert not playback.playing(300)


def test_sound_sent_after_a_quiet_spell_starts_playing_when_sent() -> None:
    playback = Playback()
    playback.sent(200, now=0)
    playback.sent(200, now=1000)
    assert playback.position(1100) == 300
    assert playback.start_of_next(1100) == 1200


def test_a_cut_turn_keeps_the_words_heard_in_proportion_to_its_sound() -> None:
    turns = TurnLog()
    turns.agent_audio("a", 2000, plays_at=100)
    turns.agent_text("a", "ett två tre fyra fem sex sju åtta nio tio", final=True)
    turns.cut("a", 1000)
    (message,) = turns.messages()
    assert (message.content, message.interrupted, message.timestamp_ms) == (
        "ett två tre fyra fem",
        True,
        100,
    )


def test_turns_are_ordered_by_when_they_started_and_empty_ones_left_out() -> None:
    turns = TurnLog()
    turns.agent_audio("a1", 1000, plays_at=0)
    turns.agent_text("a1", "Hej! ", final=False)
    turns.agent_text("a1", "Har du tid?", final=False)
    turns.shopper_said("s1", "Ja.", at_ms=1500, clarity=Decimal("0.9"))
    turns.shopper_started("s2", at_ms=900)
    turns.shopper_said("s2", "", at_ms=900, clarity=None)
    turns.agent_audio("a2", 500, plays_at=2500)
    messages = turns.messages()
    assert [(m.speaker, m.content, m.message_order) for m in messages] == [
        (Speaker.AI, "Hej! Har du tid?", 0),
        (Speaker.CUSTOMER, "Ja.", 1),
    ]
    assert messages[1].confidence_score == Decimal("0.9")


def test_a_turn_longer_than_a_message_becomes_several() -> None:
    turns = TurnLog()
    turns.shopper_said("s", "ord " * 700, at_ms=0, clarity=None)
    messages = turns.messages()
    assert len(messages) == 2
    assert all(len(m.content) <= 2000 for m in messages)


def test_the_statistics_measure_first_sound_latency_and_barge_ins() -> None:
    stats = CallStats()
    stats.asked(0)
    stats.agent_sound(plays_at=400, now=380)
    stats.shopper_stopped(5000)
    stats.asked(5300)
    stats.agent_sound(plays_at=5800, now=5700)
    stats.shopper_stopped(9000)
    stats.agent_sound(plays_at=10200, now=10200)
    stats.barge_ins = 1
    stats.inbound_ms = 9_500
    turns = TurnLog()
    turns.shopper_said("s", "Ja.", 0, Decimal("0.8"))
    quality = stats.quality(10_000, turns)
    assert quality.first_audio_ms == 400
    assert (quality.response_latency_p50_ms, quality.response_latency_max_ms) == (1000, 1200)
    assert quality.openai_api_latency_ms == 390
    assert quality.barge_ins == 1
    assert quality.packet_loss_percentage == Decimal("5.00")
    assert quality.audio_clarity_score == Decimal("0.80")
