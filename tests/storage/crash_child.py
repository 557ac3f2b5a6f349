"""Child process of the crash test: registers in a loop and reports each registration once it is committed.

    python -m tests.storage.crash_child HOME KEYRING_SERVICE FIRST_INDEX

Prints ``ready`` when the store is open, then ``<registration id> <code>`` after each ``register`` has
returned (its transaction committed). It never stops by itself: the test kills it with SIGKILL. It uses
the real keyring of the D-Bus session it inherits, as the application does.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from clerk_app.config import Profile, Settings, paths_for
from clerk_app.secrets import SecretStore
from clerk_app.storage import Store
from tests.support.store_builders import NOW, request


def main(home: str, service: str, first_index: str) -> None:
    settings = Settings(profile=Profile.TRAINING, paths=paths_for(Profile.TRAINING, home=Path(home)))
    store = Store.open(settings, SecretStore(service))
    print("ready", flush=True)
    index = int(first_index)
    while True:
        issued = store.registrations.register(request(index % 5000), NOW + dt.timedelta(seconds=index))
        print(issued.registration.id, issued.code, flush=True)
        index += 1


if __name__ == "__main__":
    main(*sys.argv[1:4])
