"""How much a live call's relay costs: N concurrent calls streaming 20 ms µ-law frames both
ways in real time through kundrost's voice bridge, beside a bare WebSocket relay.

Run with `python -m tests.bench.bench_voice [--calls 50 100 200] [--duration 20]`. Each kind
of work has processes of its own:

- the relay under test, alone in its process under uvicorn (uvloop + httptools, WebSockets
  as `kundrost serve` has them): either kundrost itself (`WS /voice/46elks` → `TakeCall` →
  the OpenAI Realtime leg over the openai SDK, on the embedded adapters, the calls placed on
  the simulated network before the load starts; `bench_voice_relay`), or the baseline, a
  bare ASGI relay that passes each text frame through untouched to a WebSocket of its own
  towards the model;
- the realtime model, in one process: it streams a 20 ms frame every 20 ms from a call's
  first message on, as a model talking without pause would (`bench_voice_ends`);
- the phones, in `--phone-processes` processes: calls made as 46elks makes them (`hello`,
  then a 20 ms frame every 20 ms, each `sync` answered at once).

Two clocks per frame. Inside the relay (`bench_voice_stamps`), from the moment the relay
has read a frame off one socket to the moment it has written it to the other: the relay's
own time, its code and its event loop's queueing, which the target is about. The
overhead is kundrost's figure minus the bare relay's at the same percentile, measured in
the same run, rounds alternating; the budget is 20 ms at p99 with 200 calls in one
process. And end to end: every frame carries its send time in its first sound bytes, so
the far end measures its whole trip, phone → model and model → phone, which includes the
phones' and the model's own delays: on a machine whose cores they share with the relay
(and with other work) this is mostly theirs. CPU is the relay process's CPU time over the
measured window (frames sent after `--ramp` + `--settle` seconds), per call and per frame
relayed; a core divided by the CPU a call's hundred frames a second take is how many such
calls one process can carry. The load average is printed. Not collected by pytest.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from statistics import median

from tests.services import free_port

TARGET_P99_MS = 20.0
FRAME_S = 0.02
PYTHON = [sys.executable, "-m"]
ENDS = ["nice", "-n", "10", sys.executable, "-m", "tests.bench.bench_voice_ends"]
"""The far ends run at a lower priority than the relay: in a deployment they are 46elks' and
OpenAI's machines, not the relay's, and here they would otherwise take its cores."""


def cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def wait_for(path: Path, process: subprocess.Popen[bytes], what: str) -> None:
    for _ in range(600):
        if path.exists() and path.read_text():
            return
        if process.poll() is not None:
            raise RuntimeError(f"{what} exited with {process.returncode}")
        time.sleep(0.05)
    raise RuntimeError(f"{what} did not start")


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))] if ordered else float("nan")


@dataclass
class Result:
    relay: str
    calls: int
    finished: int
    uplink: list[float]
    downlink: list[float]
    cpu_share: float
    inside: list[float]
    window: float = 1.0
    lag: list[float] = field(default_factory=list)

    @property
    def cpu_per_frame_us(self) -> float:
        """Relay CPU per frame relayed (both directions), in microseconds."""
        return 1e6 * self.cpu_share * self.window / max(1, len(self.trips))

    @property
    def trips(self) -> list[float]:
        return self.uplink + self.downlink

    def cells(self) -> list[str]:
        return [
            self.relay,
            str(self.calls),
            str(self.finished),
            str(len(self.trips)),
            f"{percentile(self.inside, 0.5):.2f}",
            f"{percentile(self.inside, 0.99):.2f}",
            f"{percentile(self.lag, 0.99):.2f}",
            f"{percentile(self.trips, 0.5):.2f}",
            f"{percentile(self.trips, 0.99):.2f}",
            f"{100 * self.cpu_share:.0f}",
            f"{100 * self.cpu_share / self.calls:.2f}",
            f"{self.cpu_per_frame_us:.0f}",
        ]


HEADER = ["relay", "calls", "to the end", "frames", "in p50 ms", "in p99 ms", "lag p99"]
HEADER += ["trip p50", "trip p99", "CPU %", "CPU %/call", "CPU µs/fr"]


def run(relay: str, calls: int, args: argparse.Namespace) -> Result:
    work = Path(tempfile.mkdtemp(prefix="bench-voice-"))
    start = time.monotonic_ns() + 6_000_000_000
    t0 = start + int((args.ramp + args.settle) * 1e9)
    t1 = start + int(args.duration * 1e9) - 1_000_000_000
    stamps = work / "stamps.json"
    env = {**os.environ, "PYTHONPATH": os.getcwd(), "KUNDROST_BENCH_STAMPS": f"{t0}:{t1}:{stamps}"}
    model = subprocess.Popen(
        [*ENDS, "model", str(work / "port"), str(t0), str(t1), str(work / "model.json")],
        env=env,
    )
    processes = [model]
    try:
        wait_for(work / "port", model, "the model")
        port = free_port()
        model_url = f"ws://127.0.0.1:{(work / 'port').read_text()}/v1"
        relay_args = [relay, str(port), model_url, str(calls), str(work / "plan.json")]
        server = subprocess.Popen([*PYTHON, "tests.bench.bench_voice_relay", *relay_args], env=env)
        processes.append(server)
        wait_for(work / "plan.json", server, "the relay")
        plan = json.loads((work / "plan.json").read_text())
        plan["url"] = plan["url"].replace("PORT", str(port))
        (work / "plan.json").write_text(json.dumps(plan))
        time.sleep(max(0.0, (start - time.monotonic_ns()) / 1e9))
        shares = [calls // args.phone_processes] * args.phone_processes
        shares[-1] += calls - sum(shares)
        phones = []
        for number, count in enumerate(shares):
            out = work / f"phones{number}.json"
            first = sum(shares[:number])
            phone_args = [str(work / "plan.json"), str(first), str(count)]
            phone_args += [str(args.duration), str(args.ramp), str(t0), str(t1), str(out)]
            phones.append(subprocess.Popen([*ENDS, "phones", *phone_args], env=env))
        processes += phones
        time.sleep(max(0.0, (t0 - time.monotonic_ns()) / 1e9))
        before = cpu_seconds(server.pid)
        time.sleep(max(0.0, (t1 - time.monotonic_ns()) / 1e9))
        cpu = cpu_seconds(server.pid) - before
        for process in phones:
            process.wait(args.duration + 60)
        model.terminate()
        model.wait(30)
        downlink, finished = [], 0
        for number in range(len(shares)):
            result = json.loads((work / f"phones{number}.json").read_text())
            downlink += result["trips"]
            finished += result["finished"]
        uplink = json.loads((work / "model.json").read_text())
        inside = json.loads(stamps.read_text()) if stamps.exists() else {}
        return Result(
            relay,
            calls,
            finished,
            uplink,
            downlink,
            cpu / ((t1 - t0) / 1e9),
            inside.get("uplink", []) + inside.get("downlink", []),
            (t1 - t0) / 1e9,
            inside.get("lag", []),
        )
    finally:
        for process in reversed(processes):
            if process.poll() is None:
                process.terminate()
                try:
                    process.wait(15)
                except subprocess.TimeoutExpired:
                    command = process.args
                    name = command[3] if isinstance(command, list) else command
                    print(f"{name!s}: still running 15 s after SIGTERM", file=sys.stderr)
                    process.kill()
                    process.wait()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--calls", type=int, nargs="+", default=[50, 100, 200])
    parser.add_argument("--duration", type=float, default=20.0, help="seconds a call lasts")
    parser.add_argument("--ramp", type=float, default=3.0, help="seconds over which calls start")
    parser.add_argument("--settle", type=float, default=3.0, help="seconds of full load unmeasured")
    parser.add_argument("--rounds", type=int, default=2, help="bare and kundrost, alternated")
    parser.add_argument("--phone-processes", type=int, default=2)
    args = parser.parse_args(argv)
    print(f"load average before: {' '.join(f'{x:.2f}' for x in os.getloadavg())}", flush=True)
    results: dict[int, list[tuple[Result, Result]]] = {}
    for calls in args.calls:
        for _ in range(args.rounds):
            pair = (run("bare", calls, args), run("kundrost", calls, args))
            results.setdefault(calls, []).append(pair)
            for result in pair:
                print("  ".join(f"{cell:>10}" for cell in result.cells()), flush=True)
    print(f"load average after: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    print(
        f"{args.duration:g} s calls, {args.ramp:g} s ramp, {args.settle:g} s settle, "
        f"{args.rounds} rounds, {args.phone_processes} phone processes"
    )
    print("  ".join(f"{cell:>10}" for cell in HEADER))
    for pairs in results.values():
        for pair in pairs:
            for result in pair:
                print("  ".join(f"{cell:>10}" for cell in result.cells()))
    for calls, pairs in results.items():
        overheads = [
            (
                percentile(ours.inside, 0.5) - percentile(bare.inside, 0.5),
                percentile(ours.inside, 0.99) - percentile(bare.inside, 0.99),
                percentile(ours.lag, 0.99) - percentile(bare.lag, 0.99),
            )
            for bare, ours in pairs
        ]
        p50 = median(o[0] for o in overheads)
        p99 = median(o[1] for o in overheads)
        lag = median(o[2] for o in overheads)
        complete = all(ours.finished == ours.calls for _, ours in pairs)
        ours_cpu = median(ours.cpu_per_frame_us for _, ours in pairs)
        bare_cpu = median(bare.cpu_per_frame_us for bare, _ in pairs)
        capacity = 1e6 / (ours_cpu * 2 / FRAME_S)
        verdict = "met" if p99 + max(0.0, lag) < TARGET_P99_MS and complete else "missed"
        print(
            f"{calls} calls: kundrost's relay overhead per frame, median of {len(pairs)} "
            f"rounds: p50 {p50:+.2f} ms, p99 {p99:+.2f} ms, loop lag p99 {lag:+.2f} ms (target: "
            f"p99 and lag < {TARGET_P99_MS:.0f} ms): {verdict}; CPU {ours_cpu:.0f} µs a frame "
            f"(bare {bare_cpu:.0f} µs), "
            f"so one core relays about {capacity:.0f} such calls"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
