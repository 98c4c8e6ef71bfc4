"""A source is named as the caller shows it: in the parsed source and in every error about it."""

from __future__ import annotations

from pathlib import Path

import pytest

from bantin.errors import NotABulletin, UnreadableSource
from bantin.parsers import read_source
from tests.parsers.fixtures import WEB_DIGEST


def test_a_source_is_named_by_its_display_name_or_its_path(tmp_path: Path) -> None:
    path = tmp_path / "web.txt"
    path.write_text(WEB_DIGEST, encoding="utf-8")
    assert read_source(path, "corpus/web.txt").path == "corpus/web.txt"
    assert read_source(path).path == path.as_posix()


def test_errors_name_the_display_name(tmp_path: Path) -> None:
    with pytest.raises(UnreadableSource) as missing:
        read_source(tmp_path / "gone.txt", "corpus/gone.txt")
    assert str(missing.value).startswith("corpus/gone.txt")
    notes = tmp_path / "notes.txt"
    notes.write_text("Danh sách việc cần làm trong tuần.\n", encoding="utf-8")
    with pytest.raises(NotABulletin) as not_a_bulletin:
        read_source(notes, "corpus/notes.txt")
    assert not_a_bulletin.value.source == "corpus/notes.txt"
