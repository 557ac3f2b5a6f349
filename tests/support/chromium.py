"""Debian's headless Chromium driven by Selenium through Debian's chromedriver: no browser is downloaded.

``start_chromium`` gives a driver with a fresh profile folder and the flags that keep Chromium off the
network. ``Tab`` wraps it with what the tests do on a page: open, fill in, press a button and wait for
the next page (on the old page going stale, never on a sleep), read the heading and the errors, and
run axe-core (the npm package scripts/setup installs in tests/browser/node_modules).
"""

from __future__ import annotations

import json
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from selenium import webdriver
from selenium.common.exceptions import WebDriverException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.remote.webelement import WebElement
from selenium.webdriver.support.wait import WebDriverWait

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
AXE = Path(__file__).resolve().parents[1] / "browser" / "node_modules" / "axe-core" / "axe.min.js"
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
    "--disable-dev-shm-usage",
)
WAIT = 20.0
_RUN_AXE = """
const done = arguments[arguments.length - 1];
const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
axe.run(document, {runOnly: {type: 'tag', values: tags}}).then(
  result => done(JSON.stringify(result.violations.map(v => ({
    id: v.id, impact: v.impact, nodes: v.nodes.map(node => node.target.join(' '))
  })))),
  error => done(JSON.stringify([{id: 'axe-error', nodes: [String(error)]}])));
"""


class BrowserUnavailable(RuntimeError):
    """Chromium, chromedriver or axe-core is missing or would not start; the message says which."""


@contextmanager
def start_chromium(width: int = 1280, height: int = 900) -> Iterator[webdriver.Chrome]:
    for path, package in ((CHROMIUM, "chromium"), (CHROMEDRIVER, "chromium-driver")):
        if not path.exists():
            raise BrowserUnavailable(f"{path} is missing: install Debian's {package} (scripts/setup does)")
    profile = Path(tempfile.mkdtemp(prefix="clerk-chromium-"))
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in (*FLAGS, f"--user-data-dir={profile}", f"--window-size={width},{height}"):
        options.add_argument(flag)
    try:
        driver = webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=options)
    except WebDriverException as exc:
        shutil.rmtree(profile, ignore_errors=True)
        raise BrowserUnavailable(f"Chromium did not start: {exc.msg}") from None
    # Headless Chromium ignores --accept-lang: say which languages this "citizen" reads.
    driver.execute_cdp_cmd(
        "Network.setUserAgentOverride",
        {"userAgent": driver.execute_script("return navigator.userAgent"), "acceptLanguage": "nl-BE,nl"},
    )
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


def _gone(element: WebElement) -> bool:
    """Whether the page holding ``element`` was replaced (Chromium may say so with a generic error)."""
    try:
        element.is_enabled()
    except WebDriverException:
        return True
    return False


class Tab:
    def __init__(self, driver: webdriver.Chrome, base_url: str) -> None:
        self.driver = driver
        self.base_url = base_url.rstrip("/")

    def open(self, path_or_url: str) -> None:
        url = self.base_url + path_or_url if path_or_url.startswith("/") else path_or_url
        self.driver.get(url)

    def find(self, selector: str, by: str = By.CSS_SELECTOR) -> WebElement:
        """The element, asked again while a page that just arrived is still replacing the old one."""
        found: WebElement = WebDriverWait(self.driver, WAIT, ignored_exceptions=(WebDriverException,)).until(
            lambda driver: driver.find_element(by, selector)
        )
        return found

    @property
    def path(self) -> str:
        return urlsplit(self.driver.current_url).path

    @property
    def heading(self) -> str:
        return self.find("h1").text

    @property
    def errors(self) -> list[str]:
        return [element.text for element in self.driver.find_elements(By.CSS_SELECTOR, "p.error")]

    @property
    def text(self) -> str:
        return self.find("main").text

    def field(self, name: str) -> WebElement:
        return self.find(name, By.NAME)

    def fill(self, **values: str) -> None:
        for name, value in values.items():
            element = self.field(name)
            element.clear()
            element.send_keys(value)

    def choose(self, value: str) -> None:
        self.find(f"input[type=radio][value='{value}']").click()

    def choose_label(self, text: str) -> None:
        """Pick the radio button whose label starts with ``text``."""
        for label in self.driver.find_elements(By.CSS_SELECTOR, "label"):
            if label.text.startswith(text):
                label.click()
                return
        raise AssertionError(f"no choice labelled {text!r}")

    def press(self, label: str | None = None, **values: str) -> None:
        """Fill in ``values``, press the button (the first in the main content, or the one saying
        ``label``) and wait until the next page has replaced this one."""
        self.fill(**values)
        self.find("main button")
        buttons = self.driver.find_elements(By.CSS_SELECTOR, "main button")
        button = next(b for b in buttons if label is None or b.text == label)
        self.after_navigation(button.click)

    def follow(self, selector: str) -> None:
        """Follow the link ``selector`` and wait for the page it leads to."""
        self.after_navigation(self.find(selector).click)

    def after_navigation(self, action: Any) -> None:
        """Do ``action`` and wait for the page it leads to."""
        old = self.find("html")
        action()
        WebDriverWait(self.driver, WAIT).until(lambda _: _gone(old))
        # The new document may still be replacing the old one: ask again until it answers, loaded.
        WebDriverWait(self.driver, WAIT, ignored_exceptions=(WebDriverException,)).until(
            lambda driver: (
                driver.execute_script("return document.readyState") == "complete"
                and driver.find_element(By.TAG_NAME, "h1")
            )
        )

    def focused_name(self) -> str:
        return str(
            self.driver.execute_script("return document.activeElement.name || document.activeElement.id")
        )

    def axe_violations(self) -> list[dict[str, Any]]:
        """axe-core's WCAG 2.1 A/AA violations on the page as it is now."""
        if not AXE.exists():
            raise BrowserUnavailable(f"{AXE} is missing: scripts/setup installs axe-core with npm")
        self.driver.execute_script(AXE.read_text(encoding="utf-8"))
        result = self.driver.execute_async_script(_RUN_AXE)
        violations: list[dict[str, Any]] = json.loads(result)
        return violations

    def overflows(self) -> bool:
        """Whether the page scrolls sideways at the window's width (WCAG 1.4.10 reflow)."""
        return bool(
            self.driver.execute_script("return document.documentElement.scrollWidth > window.innerWidth")
        )

    def set_width(self, width: int, height: int = 900) -> None:
        """Lay the page out at ``width`` CSS pixels, as a phone (Chromium's windows have a minimum width)."""
        self.driver.execute_cdp_cmd(
            "Emulation.setDeviceMetricsOverride",
            {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 600},
        )
