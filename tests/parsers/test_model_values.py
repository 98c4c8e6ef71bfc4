"""Parsed bulletins are frozen values that cross process boundaries intact (the engines ship them)."""

from __future__ import annotations

import copy
import dataclasses
import pickle

import pytest

from bantin.datasets.synthetic import write_sample
from bantin.model import Bulletin, Paragraph, SourceFormat
from bantin.parsers import read_source


@pytest.fixture(scope="module")
def bulletins(tmp_path_factory: pytest.TempPathFactory) -> list[Bulletin]:
    folder = tmp_path_factory.mktemp("model") / "in"
    write_sample(folder, 8, seed=5)  # every format: print, web, text feed, XML feed
    return [read_source(path).bulletin for path in sorted(folder.iterdir())]


def test_every_parsed_bulletin_survives_pickle_and_deepcopy(bulletins: list[Bulletin]) -> None:
    assert {b.source_format for b in bulletins} == set(SourceFormat)
    for bulletin in bulletins:
        assert pickle.loads(pickle.dumps(bulletin)) == bulletin
        assert copy.deepcopy(bulletin) == bulletin
        assert hash(bulletin.articles) == hash(copy.deepcopy(bulletin.articles))


def test_model_objects_refuse_changes_and_replace_makes_a_new_one() -> None:
    paragraph = Paragraph("Một đoạn văn.", 3)
    with pytest.raises(dataclasses.FrozenInstanceError):
        paragraph.text = "khác"  # type: ignore[misc]
    moved = dataclasses.replace(paragraph, line=4)
    assert (moved.text, moved.line, paragraph.line) == ("Một đoạn văn.", 4, 3)
    assert paragraph == Paragraph("Một đoạn văn.", 3) and paragraph != moved
