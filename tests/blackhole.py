"""A TCP relay that can turn into a black hole: it accepts connections and never answers,
what a firewall dropping packets or a frozen host is to a client. Runs on a thread of its
own, so a synchronous test (Litestar's `TestClient`) can switch it while the app runs."""

from __future__ import annotations

import asyncio
import threading
from urllib.parse import urlsplit, urlunsplit


class Blackhole:
    """Relays to `url` until `swallow`; from then on nothing either way gets through, on the
    connections open so far and on new ones, which are accepted and held; `relay` lets new
    connections through again (the swallowed ones stay dead, as after a real partition)."""

    def __init__(self, url: str) -> None:
        self._target = urlsplit(url)
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, daemon=True)
        self._swallowing = False
        self._generation = 0
        self.connections = 0
        self._server: asyncio.Server | None = None

    def start(self) -> str:
        """Starts relaying; the URL to connect through."""
        self._thread.start()
        server = asyncio.run_coroutine_threadsafe(
            asyncio.start_server(self._accept, "127.0.0.1", 0), self._loop
        ).result()
        self._server = server
        port = server.sockets[0].getsockname()[1]
        return urlunsplit(self._target._replace(netloc=f"127.0.0.1:{port}"))

    def swallow(self) -> None:
        self._swallowing = True
        self._generation += 1

    def relay(self) -> None:
        self._swallowing = False

    def stop(self) -> None:
        async def closed() -> None:
            if self._server is not None:
                self._server.close()
            others = [task for task in asyncio.all_tasks() if task is not asyncio.current_task()]
            for task in others:
                task.cancel()
            await asyncio.gather(*others, return_exceptions=True)

        asyncio.run_coroutine_threadsafe(closed(), self._loop).result()
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(timeout=5)

    async def _accept(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.connections += 1
        if self._swallowing:
            await _swallowed(reader)
            return
        generation = self._generation
        upstream_reader, upstream_writer = await asyncio.open_connection(
            self._target.hostname, self._target.port or 6379
        )
        await asyncio.gather(
            self._pipe(reader, upstream_writer, generation),
            self._pipe(upstream_reader, writer, generation),
            return_exceptions=True,
        )

    async def _pipe(
        self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter, generation: int
    ) -> None:
        try:
            while data := await reader.read(65536):
                if self._generation != generation:
                    continue
                writer.write(data)
                await writer.drain()
        except (ConnectionError, OSError):
            pass


async def _swallowed(reader: asyncio.StreamReader) -> None:
    try:
        while await reader.read(65536):
            pass
    except (ConnectionError, OSError):
        pass
