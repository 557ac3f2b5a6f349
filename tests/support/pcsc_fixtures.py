"""pytest fixtures for the real PC/SC stack; import them into a folder's conftest to use them there.

    # tests/<area>/conftest.py
    from tests.support.pcsc_fixtures import pcsc_stack, vpcd_reader  # noqa: F401

``pcsc_stack`` (session) makes sure pcscd runs; ``vpcd_reader`` is "Virtual PCD 00 00" with no card in
it at the start and end of the test (insert a training card with ``vpcd_reader.insert(card)``).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.support.pcsc_stack import PcscStack, StackError, VirtualReader, shared_stack


@pytest.fixture(scope="session")
def pcsc_stack() -> PcscStack:
    try:
        return shared_stack()
    except StackError as exc:
        pytest.fail(f"the real PC/SC stack cannot start: {exc}", pytrace=False)


@pytest.fixture
def vpcd_reader(pcsc_stack: PcscStack) -> Iterator[VirtualReader]:
    reader = pcsc_stack.reader()
    pcsc_stack.daemon.ensure_running()
    reader.remove()
    yield reader
    pcsc_stack.daemon.ensure_running()  # a test may have stopped or restarted it
    reader.remove()
