"""Headless Chromium for the report tests, from the system (Debian's chromium and chromium-driver).

Nothing is downloaded: the browser and its driver must be installed (``.ci/run`` installs them).
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

BROWSERS = ("chromium", "chromium-browser", "google-chrome")
DRIVERS = ("chromedriver",)


def _find(names: tuple[str, ...], env: str) -> str | None:
    if os.environ.get(env):
        return os.environ[env] if Path(os.environ[env]).is_file() else None
    for name in names:
        found = shutil.which(name) or shutil.which(name, path="/usr/bin:/usr/lib/chromium")
        if found:
            return found
    return None


def missing_browser() -> str | None:
    """Why no browser test can run here, or None when one can."""
    try:
        import selenium  # noqa: F401
    except ImportError:
        return "selenium is not installed (pip install 'bantin[test]')"
    if _find(BROWSERS, "BANTIN_CHROMIUM") is None:
        return (
            "no Chromium found (apt-get install chromium chromium-driver, or set BANTIN_CHROMIUM)"
        )
    if _find(DRIVERS, "BANTIN_CHROMEDRIVER") is None:
        return "no chromedriver found (apt-get install chromium-driver, or set BANTIN_CHROMEDRIVER)"
    return None


@contextmanager
def chromium(width: int = 1280, height: int = 1000) -> Iterator[Any]:
    """A headless Chromium driven by selenium, its console log kept for ``get_log("browser")``."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = _find(BROWSERS, "BANTIN_CHROMIUM") or ""
    for argument in (
        "--headless=new",
        "--no-sandbox",  # CI runs as root
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--hide-scrollbars",
        "--force-device-scale-factor=1",
        f"--window-size={width},{height}",
        "--lang=en-GB",
    ):
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    service = Service(_find(DRIVERS, "BANTIN_CHROMEDRIVER") or "")
    driver = webdriver.Chrome(service=service, options=options)
    try:
        yield driver
    finally:
        driver.quit()


def page_url(path: Path) -> str:
    return path.resolve().as_uri()
