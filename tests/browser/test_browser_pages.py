"""Every page of the citizen's side in Chromium, in Dutch and French: axe-core finds no WCAG 2.1 A/AA
violation, and nothing scrolls sideways at 360 px (a phone) or 640 px (1280 px at 200 % zoom)."""

from __future__ import annotations

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

from tests.support.chromium import Tab
from tests.support.citizen import CODE, Site
from tests.support.citizen_tour import tour

EXPECTED_PAGES = 21


@pytest.mark.parametrize("language", ["nl", "fr"])
def test_every_page_passes_axe_and_reflows(tab: Tab, site: Site, language: str) -> None:
    tab.open(f"/login?lang={language}")
    problems: dict[str, object] = {}
    visited = []
    for page in tour(site, tab, f"axe-{language}"):
        visited.append(page)
        assert tab.driver.find_element(By.TAG_NAME, "html").get_attribute("lang") == language, page
        violations = tab.axe_violations()
        if violations:
            problems[page] = violations
        for width in (360, 640):
            tab.set_width(width)
            if tab.overflows():
                problems[f"{page}@{width}px"] = "scrolls sideways"
        tab.set_width(1280)
    assert len(visited) == EXPECTED_PAGES, visited
    assert problems == {}


def test_the_code_form_works_by_keyboard_alone_and_focuses_the_first_error(tab: Tab, site: Site) -> None:
    _, link = site.register()
    tab.open(link)
    assert tab.focused_name() == "code"  # the one field of the page has the focus
    active = tab.driver.switch_to.active_element
    tab.after_navigation(lambda: active.send_keys("0000-0000-0000", Keys.ENTER))
    assert tab.errors and tab.focused_name() == "code"
    field = tab.field("code")
    assert field.get_attribute("aria-invalid") == "true"
    assert "code-error" in (field.get_attribute("aria-describedby") or "")
    assert tab.driver.find_element(By.CSS_SELECTOR, ".error-summary").get_attribute("role") == "alert"
    active = tab.driver.switch_to.active_element
    active.send_keys(Keys.CONTROL, "a")
    tab.after_navigation(lambda: active.send_keys(CODE, Keys.ENTER))
    assert tab.path == "/activate/account"
    assert tab.focused_name() == "username"


def test_axe_does_find_violations(tab: Tab) -> None:
    """The check above is worth something only if axe runs: an unlabelled field is reported."""
    tab.open("data:text/html,<html lang=nl><title>x</title><main><h1>x</h1><input type=text></main></html>")
    assert "label" in {violation["id"] for violation in tab.axe_violations()}
