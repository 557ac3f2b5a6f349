"""Screenshots of every page of the citizen's side, 1280 px and 360 px wide, in Dutch (for the README).

Run ``scripts/citizen-screenshots`` (it calls this module): a throwaway service on loopback, Debian's
headless Chromium, and the same tour the accessibility test takes. Each page is photographed whole.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from tests.support.central import sqlite_url, start_central
from tests.support.chromium import Tab, start_chromium
from tests.support.citizen import Clock, Site, site_settings
from tests.support.citizen_tour import tour

WIDTHS = (1280, 360)


def photograph(tab: Tab, path: Path, width: int) -> None:
    tab.set_width(width, 600)
    height = int(tab.driver.execute_script("return document.documentElement.scrollHeight"))
    tab.set_width(width, max(height, 400))
    tab.driver.save_screenshot(str(path))


def main(argv: list[str]) -> int:
    out = Path(argv[0] if argv else "docs/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as work:
        folder = Path(work)
        clock = Clock()
        with (
            start_central(
                sqlite_url(folder), folder / "mailbox", clock=clock, **site_settings(folder)
            ) as central,
            central.client(central.enrol("stadskantoor")) as api,
            start_chromium() as driver,
        ):
            tab = Tab(driver, central.url)
            tab.open("/login?lang=nl")
            for page in tour(Site(central, api, clock, folder / "sms"), tab, "screenshots"):
                for width in WIDTHS:
                    photograph(tab, out / f"citizen-{page}-{width}.png", width)
                tab.set_width(1280)
                print(f"citizen-{page}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
