"""A response's head and body leave in one socket write; nothing is reordered or lost."""

from __future__ import annotations

import asyncio
import socket
import threading
from collections.abc import Iterator
from typing import Any, cast

import pytest
import uvicorn
from litestar import Litestar, get, head

from kundrost.entrypoints.http.corked import CorkedHttpToolsProtocol, CorkedTransport


class Recorded:
    """A transport that records what reaches it, each call in order."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, bytes]] = []
        self.closing = False

    def write(self, data: bytes) -> None:
        self.calls.append(("write", bytes(data)))

    def writelines(self, lines: Any) -> None:
        self.calls.append(("writelines", b"|".join(lines)))

    def close(self) -> None:
        self.closing = True
        self.calls.append(("close", b""))

    def abort(self) -> None:
        self.closing = True
        self.calls.append(("abort", b""))

    def is_closing(self) -> bool:
        return self.closing

    def set_protocol(self, protocol: Any) -> None:
        self.calls.append(("set_protocol", b""))

    def get_write_buffer_size(self) -> int:
        return 7


def corked() -> tuple[Recorded, CorkedTransport]:
    recorded = Recorded()
    return recorded, CorkedTransport(cast(Any, recorded), asyncio.get_running_loop())


async def test_a_head_and_its_body_written_in_one_step_leave_together_in_order() -> None:
    recorded, transport = corked()
    transport.write(b"HTTP/1.1 200 OK\r\n\r\n")
    transport.write(b"body")
    assert recorded.calls == [("writelines", b"HTTP/1.1 200 OK\r\n\r\n|body")]
    await asyncio.sleep(0)
    assert len(recorded.calls) == 1


async def test_a_write_no_other_follows_leaves_when_the_loop_next_runs_its_callbacks() -> None:
    recorded, transport = corked()
    transport.write(b"HTTP/1.1 100 Continue\r\n\r\n")
    assert recorded.calls == []
    await asyncio.sleep(0)
    assert recorded.calls == [("write", b"HTTP/1.1 100 Continue\r\n\r\n")]


async def test_a_third_write_waits_for_a_fourth_or_the_next_callbacks() -> None:
    recorded, transport = corked()
    for part in (b"head", b"chunk 1", b"chunk 2"):
        transport.write(part)
    await asyncio.sleep(0)
    assert recorded.calls == [("writelines", b"head|chunk 1"), ("write", b"chunk 2")]


async def test_close_and_writelines_send_what_is_held_first() -> None:
    recorded, transport = corked()
    transport.write(b"head")
    transport.writelines([b"a", b"b"])
    transport.write(b"last")
    transport.close()
    assert recorded.calls == [
        ("write", b"head"),
        ("writelines", b"a|b"),
        ("write", b"last"),
        ("close", b""),
    ]


async def test_abort_drops_what_is_held_and_a_closed_connection_is_not_written() -> None:
    recorded, transport = corked()
    transport.write(b"held")
    transport.abort()
    await asyncio.sleep(0)
    assert recorded.calls == [("abort", b"")]
    recorded, transport = corked()
    transport.write(b"held")
    recorded.closing = True  # the client went away meanwhile
    await asyncio.sleep(0)
    assert recorded.calls == []


async def test_after_a_protocol_switch_writes_go_straight_through() -> None:
    recorded, transport = corked()
    transport.write(b"HTTP/1.1 101 Switching Protocols\r\n\r\n")
    transport.set_protocol(cast(Any, object()))
    transport.write(b"frame")
    assert recorded.calls == [
        ("write", b"HTTP/1.1 101 Switching Protocols\r\n\r\n"),
        ("set_protocol", b""),
        ("write", b"frame"),
    ]
    assert transport.get_write_buffer_size() == 7  # the rest is the transport's own


@get("/text", sync_to_thread=False)
def text() -> str:
    return "hello"


@head("/text", sync_to_thread=False)
def text_head() -> None:
    return None


@pytest.fixture
def served() -> Iterator[int]:
    """A Litestar app under uvicorn with the corked protocol, on a free port."""
    config = uvicorn.Config(
        Litestar([text, text_head]),
        port=0,
        http=CorkedHttpToolsProtocol,
        log_config=None,
        lifespan="off",
    )
    server = uvicorn.Server(config)
    loop = asyncio.new_event_loop()
    sockets = [socket.create_server(("127.0.0.1", 0))]
    task = loop.create_task(server.serve(sockets))
    thread = threading.Thread(target=loop.run_until_complete, args=(task,), daemon=True)
    thread.start()
    try:
        yield sockets[0].getsockname()[1]
    finally:
        server.should_exit = True
        thread.join(10)
        loop.close()


def test_pipelined_requests_on_one_connection_get_whole_responses_in_order(served: int) -> None:
    with socket.create_connection(("127.0.0.1", served), timeout=5) as client:
        client.sendall(
            b"GET /text HTTP/1.1\r\nHost: x\r\n\r\n"
            b"HEAD /text HTTP/1.1\r\nHost: x\r\n\r\n"
            b"GET /nothing HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"
        )
        received = b""
        while chunk := client.recv(65536):
            received += chunk
    responses = received.split(b"HTTP/1.1 ")[1:]
    assert [response[:3] for response in responses] == [b"200", b"200", b"404"]
    assert responses[0].endswith(b"\r\n\r\nhello")
    assert responses[1].endswith(b"\r\n\r\n")
