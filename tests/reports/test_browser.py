"""The data-docs page in a real browser: no console error, charts drawn, filters work, text is text.

Skipped, with the reason, where no Chromium and chromedriver are installed. Set
``BANTIN_SCREENSHOT=docs/report.png`` to also save the screenshot the README shows.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from bantin.datasets.release import plan_release
from bantin.parsers.places import canonical_province
from bantin.reports.builders import run_docs
from bantin.reports.html import render_data_docs
from bantin.reports.run_rows import PageRows
from tests.reports.browser import chromium, missing_browser, page_url
from tests.reports.pages import parse_run, write_run

pytestmark = pytest.mark.skipif(missing_browser() is not None, reason=str(missing_browser()))


PROVINCES: list[str] = []  # the provinces the published articles name, filled by `page`


@pytest.fixture(scope="module")
def page(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("browser")
    write_run(root / "bulletins")
    here = Path.cwd()
    os.chdir(root)  # paths as a user in that folder would give them: bulletins/…
    try:
        outcome = parse_run(Path("bulletins"))
        page = PageRows()
        plan = plan_release(outcome, observer=page)
        command = "bantin release bulletins --out package --html report.html"
        docs = run_docs(
            plan.tables, page.every_bulletin(), command, "release", locations=outcome.locations
        )
    finally:
        os.chdir(here)
    localities = plan.tables["articles"]["locality"].drop_nulls().to_list()
    PROVINCES[:] = [name for name in map(canonical_province, localities) if name]
    path = root / "report.html"
    path.write_text(render_data_docs(docs), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def browser(page: Path):
    with chromium() as driver:
        driver.get(page_url(page))
        yield driver


def _visible(driver) -> list[tuple[str, str, str]]:
    return driver.execute_script(
        "return Array.from(document.querySelectorAll('tbody.finding'))"
        ".filter(function (b) { return !b.hidden && b.offsetHeight > 0; })"
        ".map(function (b) { return [b.dataset.severity, b.dataset.rule, b.dataset.file]; });"
    )


def _choose(driver, select_id: str, value: str) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    Select(driver.find_element(By.ID, select_id)).select_by_value(value)


def test_no_console_error(browser) -> None:
    errors = [entry for entry in browser.get_log("browser") if entry["level"] == "SEVERE"]
    assert errors == []
    assert browser.execute_script("return document.documentElement.lang") == "en"


def test_the_package_profile_opens(browser) -> None:
    summary = browser.find_element("css selector", "#profile-figures summary")
    cell = browser.find_element("css selector", "#profile-figures td.mono")
    assert not cell.is_displayed()
    summary.click()
    assert cell.is_displayed() and cell.text == "figure_id"
    summary.click()


def test_every_chart_is_drawn_with_a_size(browser) -> None:
    sizes = browser.execute_script(
        "return Array.from(document.querySelectorAll('figure.chart')).map(function (f) {"
        "  var svg = f.querySelector('svg'); if (!svg) { return [f.id, 0, 0, 0]; }"
        "  var box = svg.getBoundingClientRect();"
        "  return [f.id, box.width, box.height, svg.querySelectorAll('path, rect').length]; });"
    )
    assert [size[0] for size in sizes] == [
        "chart-findings",
        "chart-timeline",
        "chart-provinces",
        "chart-figures",
    ]
    for chart_id, width, height, marks in sizes:
        assert width > 50 and height > 30 and marks > 0, chart_id


def test_filters_hide_and_show_findings(browser) -> None:
    everything = _visible(browser)
    severities = {severity for severity, _, _ in everything}
    assert severities == {"error", "warning"} and len(everything) >= 3
    _choose(browser, "filter-severity", "warning")
    warnings = _visible(browser)
    assert warnings and all(severity == "warning" for severity, _, _ in warnings)
    assert browser.find_element("id", "findings-shown").text == str(len(warnings))
    _choose(browser, "filter-severity", "")
    _choose(browser, "filter-rule", "date.impossible")
    assert {rule for _, rule, _ in _visible(browser)} == {"date.impossible"}
    _choose(browser, "filter-rule", "")
    notes = next(file for _, _, file in everything if file.endswith("notes.txt"))
    _choose(browser, "filter-file", notes)
    assert [file for _, _, file in _visible(browser)] == [notes]
    _choose(browser, "filter-file", "")
    assert len(_visible(browser)) == len(everything)


def test_sorting_by_severity_puts_errors_first(browser) -> None:
    browser.find_element("css selector", "button.sort[data-sort='severity']").click()
    order = [severity for severity, _, _ in _visible(browser)]
    assert order == sorted(order, key=lambda s: s != "error")
    browser.find_element("css selector", "button.sort[data-sort='file']").click()


def test_vietnamese_text_is_present_as_text(browser) -> None:
    body = browser.find_element("tag name", "body").text
    assert "(Baolaocai.vn 31/9)" in body and "Về đầu trang" in body
    chart_text = browser.execute_script(
        "return document.querySelector('#chart-provinces svg').textContent"
    )
    assert any(ord(char) > 0x1E00 for char in chart_text)  # Vietnamese letters, as SVG text
    assert PROVINCES and any(name in chart_text for name in PROVINCES)


def test_screenshot(browser, page: Path) -> None:
    """The README's picture of the report, taken by the same browser (only when asked)."""
    target = os.environ.get("BANTIN_SCREENSHOT")
    browser.set_window_size(1280, 2900)  # the top of the page: summary, run, charts, verdicts
    browser.execute_script("window.scrollTo(0, 0)")
    png = browser.get_screenshot_as_png()
    assert png.startswith(b"\x89PNG")
    if target:
        Path(target).write_bytes(png)
