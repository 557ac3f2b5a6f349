"""Benchmark: a full read and check of the adult training card over the real pcscd + vpcd stack.

For each applet generation (1.7 RSA, 1.8 ECDSA) it measures, in the same run:

- our read: connect, ``BeidSession.read`` (recognise, identity, RRN certificate, identity signature, photo,
  and the authenticity checks; on 1.8 cards the ECDSA check runs on a worker thread while the photo is read),
  disconnect; the median wall time, the APDU count, and the time until the identity is parsed (what the
  clerk sees first);
- the same read with every check run in line after the last APDU (the design before the overlap), to show
  what the overlap buys on this machine;
- the floor: raw pyscard sending exactly the APDUs our read sent (context, connect, one transaction,
  transmit, disconnect), without any parsing or checking;
- the official middleware's strategy on the same card, counted by running it against the simulated card:
  applet SELECT, GET CARD DATA (twice on 1.8), FID-by-FID SELECTs, 252-byte reads of identity, address,
  photo, RRN certificate and both signatures; plus its fixed waits (200 ms after connect, 3 ms per APDU).

Reads in one process share a trust store, as in the app. The store carries the training roots (as
production carries the four Belgium roots), so even the first card of a session (a fresh store, the "cold"
count) needs no 503B read; later cards also skip verifying the chain of an RRN certificate already verified.
The load average is printed with the figures: the machine is shared, and a busy second core takes away
what the overlap needs. The targets are judged on medians; the ratios of the fastest runs (the ones other
processes disturbed least, the median of the fastest tenth) are printed too, as what a quiet machine
would show.

It starts pcscd (as a child, if none runs; needs root for /run/pcscd) and the vpcd bridge itself, with the
test suite's stack (``tests/support/pcsc_stack.py``).

    .venv/bin/python bench/card_read.py [--rounds 300]

The last lines are ``figure: NAME value=V unit=U target=T``.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from concurrent.futures import Executor, Future
from pathlib import Path
from typing import Any

from smartcard import scard

from clerk_app.cardreader.beid import (
    ADDRESS,
    ADDRESS_SIGNATURE,
    APPLET_AID,
    IDENTITY,
    IDENTITY_SIGNATURE,
    PHOTO,
    RRN_CERTIFICATE,
    BeidSession,
)
from clerk_app.cardreader.pcsc import PcscBackend
from clerk_app.cardreader.simulated.backend import SimulatedBackend
from clerk_app.cardreader.simulated.card import Applet
from clerk_app.cardreader.simulated.training_cards import build_card
from clerk_app.cardreader.trust import TrustStore

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from tests.support.card_connections import PassThrough
from tests.support.pcsc_stack import StackError, VirtualReader, shared_stack

MIDDLEWARE_CONNECT_WAIT_MS = 200.0
MIDDLEWARE_PER_APDU_WAIT_MS = 3.0
MIDDLEWARE_CHUNK = 252
WALL_TARGET = 1.25
APDU_TARGET = 0.6


class InLine(Executor):
    """Runs each check at once in the reading thread: every check after the last APDU."""

    def submit(self, fn: Any, /, *args: Any, **kwargs: Any) -> Future[Any]:
        future: Future[Any] = Future()
        future.set_result(fn(*args, **kwargs))
        return future


def our_read(reader: str, trust: TrustStore, checks: Executor | None = None) -> tuple[float, float, int]:
    """Wall seconds of a full read and check, seconds until the identity was parsed, APDUs."""
    identity_at: list[float] = []
    start = time.perf_counter()
    connection = PcscBackend().connect(reader)
    session = BeidSession(connection, trust) if checks is None else BeidSession(connection, trust, checks)
    try:
        result = session.read(lambda identity: identity_at.append(time.perf_counter()))
    finally:
        connection.close()
    end = time.perf_counter()
    if not result.authenticity.authentic:
        sys.exit(f"the adult training card did not verify: {result.authenticity.reason}")
    return end - start, identity_at[0] - start, result.apdu_count


def floor_read(reader: str, apdus: list[list[int]]) -> float:
    """Raw pyscard: the same APDUs, nothing parsed or checked."""
    start = time.perf_counter()
    _, context = scard.SCardEstablishContext(scard.SCARD_SCOPE_USER)
    _, card, _ = scard.SCardConnect(context, reader, scard.SCARD_SHARE_SHARED, scard.SCARD_PROTOCOL_T0)
    scard.SCardBeginTransaction(card)
    for apdu in apdus:
        hresult, response = scard.SCardTransmit(card, scard.SCARD_PCI_T0, apdu)
        if hresult != 0 or len(response) < 2:
            sys.exit(f"floor transmit failed: {hresult:08X}")
    scard.SCardEndTransaction(card, scard.SCARD_LEAVE_CARD)
    scard.SCardDisconnect(card, scard.SCARD_LEAVE_CARD)
    scard.SCardReleaseContext(context)
    return time.perf_counter() - start


def middleware_apdus(applet: Applet) -> int:
    """APDUs the official middleware's strategy sends for the same card (run against the simulated card)."""
    backend = SimulatedBackend()
    backend.insert(build_card("adult", applet=applet))
    connection = backend.connect(backend.list_readers()[0])
    count = 0

    def send(apdu: bytes) -> tuple[bytes, int]:
        nonlocal count
        count += 1
        return connection.transmit(apdu)

    send(bytes([0x00, 0xA4, 0x04, 0x00, len(APPLET_AID)]) + APPLET_AID)
    data, sw = send(bytes.fromhex("80E400001C"))
    if data[21] >= 0x18:
        send(bytes.fromhex("80E400011F"))
    for path in (IDENTITY, ADDRESS, PHOTO, RRN_CERTIFICATE, IDENTITY_SIGNATURE, ADDRESS_SIGNATURE):
        for fid in path:
            _, sw = send(bytes([0x00, 0xA4, 0x02, 0x0C, 0x02]) + fid.to_bytes(2, "big"))
            if sw != 0x9000:
                sys.exit(f"middleware strategy: SELECT {fid:04X} answered {sw:04X}")
        offset = 0
        while True:
            read = bytes([0x00, 0xB0, offset >> 8, offset & 0xFF, MIDDLEWARE_CHUNK])
            data, sw = send(read)
            if sw >> 8 == 0x6C:
                data, sw = send(read[:4] + bytes([sw & 0xFF]))
                break
            if sw == 0x6B00:
                break
            offset += len(data)
            if len(data) < MIDDLEWARE_CHUNK:
                break
    return count


def fastest_tenth(samples: list[float]) -> float:
    """The median of the fastest tenth of ``samples``: steadier than the minimum, and as undisturbed."""
    ordered = sorted(samples)
    return statistics.median(ordered[: max(1, len(ordered) // 10)])


def measure(applet: Applet, rounds: int, reader: VirtualReader) -> dict[str, float]:
    reader.remove()  # out first: pcscd then sees a new card, whatever its ATR
    reader.insert(build_card("adult", applet=applet))
    name = reader.name
    trust = TrustStore.training()

    # The first read of a session also fetches the card's root; record it, then record the steady state.
    cold_connection = PcscBackend().connect(name)
    cold = BeidSession(cold_connection, trust).read().apdu_count
    cold_connection.close()
    recording = PassThrough(PcscBackend().connect(name))  # keeps each APDU, to replay them as the floor
    BeidSession(recording, trust).read()
    recording.close()
    apdus = [list(apdu) for apdu in recording.sent]

    ours: list[float] = []
    in_line: list[float] = []
    identity: list[float] = []
    floors: list[float] = []
    count = 0
    for _ in range(10):  # warm up every path
        our_read(name, trust)
        our_read(name, trust, InLine())
        floor_read(name, apdus)
    for _ in range(rounds):  # interleaved, so drift hits all alike
        wall, first, count = our_read(name, trust)
        ours.append(wall)
        identity.append(first)
        in_line.append(our_read(name, trust, InLine())[0])
        floors.append(floor_read(name, apdus))
    if count != len(apdus):
        sys.exit(f"the read sent {count} APDUs, the recording {len(apdus)}")
    middleware = middleware_apdus(applet)
    return {
        "apdus": count,
        "cold_apdus": cold,
        "ours_ms": statistics.median(ours) * 1000,
        "ours_p90_ms": statistics.quantiles(ours, n=10)[-1] * 1000,
        "in_line_ms": statistics.median(in_line) * 1000,
        # The fastest tenth of each: the runs the other processes on the machine disturbed least.
        "best_ratio": fastest_tenth(ours) / fastest_tenth(floors),
        "best_in_line_ratio": fastest_tenth(in_line) / fastest_tenth(floors),
        "identity_ms": statistics.median(identity) * 1000,
        "floor_ms": statistics.median(floors) * 1000,
        "middleware_apdus": middleware,
        "middleware_wait_ms": MIDDLEWARE_CONNECT_WAIT_MS + MIDDLEWARE_PER_APDU_WAIT_MS * middleware,
    }


def figure(name: str, value: float, unit: str, target: float | None = None) -> str:
    """One result line; ``target`` is an upper bound (none: reported for context only)."""
    shown = f"{value:.0f}" if unit == "apdus" else f"{value:.3f}" if unit == "ratio" else f"{value:.2f}"
    bound = f"<={target}" if target is not None else "none"
    return f"figure: {name} value={shown} unit={unit} target={bound}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=300, help="measured reads per generation")
    args = parser.parse_args()
    try:
        reader = shared_stack().reader()
    except StackError as exc:
        sys.exit(f"the real PC/SC stack cannot start: {exc}")
    figures: list[str] = []
    print("load average before: {:.2f} {:.2f} {:.2f}".format(*os.getloadavg()))
    try:
        for applet in Applet:
            tag = applet.value.replace(".", "")
            m = measure(applet, args.rounds, reader)
            print(
                f"applet {applet}: {m['apdus']:.0f} APDUs ({m['cold_apdus']:.0f} for the first card of a "
                f"session), median {m['ours_ms']:.2f} ms (p90 {m['ours_p90_ms']:.2f}), identity after "
                f"{m['identity_ms']:.2f} ms; checks in line {m['in_line_ms']:.2f} ms; floor "
                f"{m['floor_ms']:.2f} ms; middleware strategy "
                f"{m['middleware_apdus']:.0f} APDUs + {m['middleware_wait_ms']:.0f} ms of fixed waits"
            )
            apdu_budget = APDU_TARGET * m["middleware_apdus"]
            figures += [
                figure(f"card_read_v{tag}_wall_vs_floor", m["ours_ms"] / m["floor_ms"], "ratio", WALL_TARGET),
                figure(
                    f"card_read_v{tag}_apdus_vs_middleware",
                    m["apdus"] / m["middleware_apdus"],
                    "ratio",
                    APDU_TARGET,
                ),
                figure(
                    f"card_read_v{tag}_first_card_apdus_vs_middleware",
                    m["cold_apdus"] / m["middleware_apdus"],
                    "ratio",
                    APDU_TARGET,
                ),
                figure(f"card_read_v{tag}_in_line_checks_vs_floor", m["in_line_ms"] / m["floor_ms"], "ratio"),
                figure(f"card_read_v{tag}_fastest_tenth_wall_vs_floor", m["best_ratio"], "ratio"),
                figure(f"card_read_v{tag}_fastest_tenth_in_line_vs_floor", m["best_in_line_ratio"], "ratio"),
                figure(f"card_read_v{tag}_median", m["ours_ms"], "ms"),
                figure(f"card_read_v{tag}_identity_shown", m["identity_ms"], "ms"),
                figure(f"card_read_v{tag}_apdus", m["apdus"], "apdus", round(apdu_budget)),
                figure(f"middleware_v{tag}_apdus", m["middleware_apdus"], "apdus"),
                figure(f"middleware_v{tag}_fixed_waits", m["middleware_wait_ms"], "ms"),
            ]
    finally:
        reader.remove()
    print("load average after: {:.2f} {:.2f} {:.2f}".format(*os.getloadavg()))
    for line in figures:
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
