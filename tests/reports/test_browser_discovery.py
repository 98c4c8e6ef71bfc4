"""Where no browser is installed, the browser test says why it skips instead of failing."""

from __future__ import annotations

import shutil

import pytest

from tests.reports import browser


def test_reason_names_what_is_missing(monkeypatch: pytest.MonkeyPatch, tmp_path) -> None:
    pytest.importorskip("selenium", reason="the reason for a missing selenium is its own")
    monkeypatch.delenv("BANTIN_CHROMIUM", raising=False)
    monkeypatch.setattr(shutil, "which", lambda *args, **kwargs: None)
    assert "no Chromium found" in (browser.missing_browser() or "")
    monkeypatch.setenv("BANTIN_CHROMIUM", str(tmp_path / "not-there"))
    assert "no Chromium found" in (browser.missing_browser() or "")
    (tmp_path / "chromium").write_text("")
    monkeypatch.setenv("BANTIN_CHROMIUM", str(tmp_path / "chromium"))
    monkeypatch.delenv("BANTIN_CHROMEDRIVER", raising=False)
    assert "no chromedriver found" in (browser.missing_browser() or "")
