"""Child process of the sync kill test: drains the outbox to the central service until nothing waits.

    python -m tests.sync.relay_child HOME KEYRING_SERVICE CENTRAL_URL

The workstation token comes in the environment variable ``CLERK_TEST_TOKEN`` (the app keeps it in the
keyring; the test keeps the child simple). Prints ``sending`` just before the first request, then
``drained`` and exits when the outbox is empty. The parent kills it with SIGKILL at random moments.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from clerk_app.config import CentralServiceSettings, Profile, Settings, paths_for
from clerk_app.secrets import SecretStore
from clerk_app.storage import Store
from clerk_app.sync.client import CentralClient
from clerk_app.sync.relay import OutboxRelay, RelayPolicy


def main(home: str, service: str, url: str) -> None:
    settings = Settings(profile=Profile.TRAINING, paths=paths_for(Profile.TRAINING, home=Path(home)))
    store = Store.open(settings, SecretStore(service))
    client = CentralClient(
        CentralServiceSettings(url=url, timeout_seconds=2.0), os.environ["CLERK_TEST_TOKEN"]
    )
    # One by one: every request is a moment where the server may have committed and the store not yet.
    policy = RelayPolicy(
        batch_threshold=10_000, wait_initial=0.01, wait_max=0.05, later_initial=0.05, later_max=0.2
    )
    relay = OutboxRelay(store.outbox, client, policy=policy)
    print("sending", flush=True)
    while store.outbox.pending_count():
        relay.run_round()
    print("drained", flush=True)
    store.close()


if __name__ == "__main__":
    main(*sys.argv[1:4])
