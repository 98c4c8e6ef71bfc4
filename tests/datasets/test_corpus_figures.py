"""The figures a careful reader finds in the real web digest 002_…txt, written down by hand, are
exactly what its release publishes."""

from __future__ import annotations

import shutil
from pathlib import Path

import polars as pl
import pytest
from typer.testing import CliRunner

from bantin.cli import app
from tests.conftest import corpus_file

pytestmark = pytest.mark.corpus

# (line, kind, value or (numerator, denominator), qualifier, unit), read from the file by hand:
# every percentage, ratio, rank and score in the article bodies, and nothing else. Not figures:
# "ngày 27/5/2023" (39), "tháng 5/2024" (49), "1,3 triệu lượt" (51), "tăng 17 bậc" (59),
# "42,3966 điểm" and "nhóm 15-16 tỉnh" (61: a score with no maximum, a count range),
# "giai đoạn 2021-2025" (71), "304 TTHC xuống còn 235 TTHC" (77), "2017 - 2025" (105),
# "Trong tháng 4/2024" (111), "Tháng 3/2024" (141), "107/QĐ-BTC ngày 28/1/2022" and
# "06/QĐ-TTg ngày 6/1/2022" (163), "Sáng 2/5" (171), "04-NQ/TU", "24-CT/TU", "2025-2030" (179).
EXPECTED_002 = [
    (39, "percent", 100.0, None, None),  # "hoàn thành cấp 100% CCCD gắn chip"
    (43, "percent", 45.0, "more_than", None),  # "trên 45% lượng tiền"
    (47, "percent", 30.0, None, None),  # "mới chỉ 30%, rồi 60%"
    (47, "percent", 60.0, None, None),
    (49, "percent", 100.0, None, None),  # "được đồng bộ 100%"
    (51, "ratio_percent", (224, 224, 100.0), None, "cơ sở"),  # "224/224 (100%) cơ sở …"
    (59, "rank", (30, 63), None, "tỉnh"),  # "đứng thứ 30/63 tỉnh, thành phố"
    (77, "ratio", (101, 235), None, "TTHC"),  # "101 TTHC/235 TTHC"
    (85, "percent", 100.0, None, None),  # "phấn đấu 100% dịch vụ công trực tuyến"
    (91, "ratio", (113, 113), None, "TTHC"),  # "113/113 TTHC"
    (127, "percent", 100.0, None, None),  # "100% văn bản đến và đi"
    (149, "percent", 100.0, "nearly", None),  # "gần như 100%"
    (155, "percent", 100.0, None, None),  # "Tích hợp 100% dịch vụ công"
    (155, "percent", 80.0, "at_least", None),  # "tối thiểu 80% hồ sơ"
    (159, "percent", 80.0, "at_least", None),  # "ít nhất 80% hồ sơ công việc"
    (159, "percent", 90.0, "at_least", None),  # "ít nhất 90% hệ thống máy chủ"
    (159, "percent", 100.0, None, None),  # "100% cán bộ công chức"
    (161, "percent", 90.0, None, None),  # "phấn đấu 90% ứng dụng cốt lõi"
    (161, "percent", 100.0, None, None),  # "100% công chức"
    (161, "percent", 100.0, None, None),  # "100% số tiền nộp thuế"
]


def _row(row: dict[str, object]) -> tuple[object, ...]:
    kind = row["kind"]
    if kind in ("rank", "score"):
        numbers: object = (row["numerator"], row["denominator"])
    elif kind == "ratio_percent":
        numbers = (row["numerator"], row["denominator"], row["value"])
    elif kind == "ratio":
        numbers = (row["numerator"], row["denominator"])
    else:
        numbers = row["value"]
    return (row["line"], kind, numbers, row["qualifier"], row["unit"])


def test_release_of_the_web_digest_publishes_exactly_the_figures_a_reader_finds(
    tmp_path: Path,
) -> None:
    source = corpus_file("002_")
    inputs = tmp_path / "in"
    inputs.mkdir()
    shutil.copy(source, inputs / source.name)
    out = tmp_path / "out"
    result = CliRunner().invoke(app, ["release", str(inputs), "--out", str(out)])
    assert result.exit_code == 0, result.output
    figures = pl.read_parquet(out / "data" / "figures.parquet")
    assert [_row(row) for row in figures.iter_rows(named=True)] == EXPECTED_002
    # A ratio's value is its share; every context is a bounded window holding the figure.
    ratio = figures.filter(pl.col("kind") == "ratio").row(0, named=True)
    assert ratio["value"] == pytest.approx(101 / 235 * 100)
    for row in figures.iter_rows(named=True):
        assert (
            row["text"] in row["context"] and len(row["context"]) <= 2 * 120 + len(row["text"]) + 2
        )
