"""Card reader tests over the real stack: pyscard -> pcscd -> vpcd -> the simulated card (tests/support)."""

from __future__ import annotations

from tests.support.pcsc_fixtures import pcsc_stack, vpcd_reader

__all__ = ["pcsc_stack", "vpcd_reader"]
