"""Identifier generators: random UUIDs for the service, reproducible ones for demos and tests."""

from __future__ import annotations

import random
import threading
from uuid import UUID, uuid4


class UuidGenerator:
    """`ports.IdGenerator` handing out random (version 4) UUIDs."""

    def new(self) -> UUID:
        return uuid4()


class SeededIds:
    """`ports.IdGenerator` whose sequence of version 4 UUIDs is fixed by `seed`, so that a
    demo or a test run twice names everything alike. Not for production: the ids are
    predictable by anyone who knows the seed."""

    def __init__(self, seed: int) -> None:
        self._random = random.Random(seed)
        self._issued: set[UUID] = set()
        self._lock = threading.Lock()

    def new(self) -> UUID:
        with self._lock:
            while True:
                candidate = UUID(int=self._random.getrandbits(128), version=4)
                if candidate not in self._issued:
                    self._issued.add(candidate)
                    return candidate
