"""pct.implied-ratio: a percentage that names its whole after it ("…, đạt 97,4% số hồ sơ tiếp
nhận") is M of N only if those words were said of N, not of another count of the same noun said
before N ("tiếp nhận 3.500 hồ sơ, đã giải quyết 3.420 hồ sơ, trong đó …": the received ones are
the 3.500, so 97,4% is 3.410 of 3.500, not of the 3.420 resolved)."""

from __future__ import annotations

import pytest

from tests.validators.builders import digest, with_paragraph
from tests.validators.helpers import hits


def _implied(text: str) -> list[tuple[int | None, str]]:
    return hits("pct.implied-ratio", with_paragraph(digest(), text))


@pytest.mark.parametrize(
    "text",
    [
        "Tiếp nhận 3.500 hồ sơ, đã giải quyết 3.420 hồ sơ, trong đó đúng hạn 3.410 hồ sơ, "
        "đạt 97,4% số hồ sơ tiếp nhận.",
        "Trung tâm tiếp nhận 3.500 hồ sơ, giải quyết 3.420 hồ sơ, trong đó 3.410 hồ sơ đúng hạn, "
        "chiếm 97,4% tổng số hồ sơ tiếp nhận.",
    ],
)
def test_a_whole_said_of_an_earlier_count_is_not_the_resolved_ones(text: str) -> None:
    assert _implied(text) == []


@pytest.mark.parametrize(
    ("text", "message"),
    [
        # the named whole was said of N itself: still checked
        (
            "Tiếp nhận 3.500 hồ sơ, đã giải quyết 3.420 hồ sơ, trong đó đúng hạn 3.410 hồ sơ, "
            "đạt 90% số hồ sơ đã giải quyết.",
            "3.410 of 3.420 hồ sơ is 99,71%, not 90%",
        ),
        (
            "Trung tâm tiếp nhận 3.500 hồ sơ, trong đó 2.800 hồ sơ trực tuyến, "
            "chiếm 70% số hồ sơ tiếp nhận.",
            "2.800 of 3.500 hồ sơ is 80%, not 70%",
        ),
        # no whole named: checked as before
        (
            "Tiếp nhận 3.500 hồ sơ, đã giải quyết 3.420 hồ sơ, trong đó đúng hạn 3.410 hồ sơ, "
            "đạt 90%.",
            "3.410 of 3.420 hồ sơ is 99,71%, not 90%",
        ),
    ],
)
def test_a_whole_said_of_the_total_itself_is_still_checked(text: str, message: str) -> None:
    assert [found for _, found in _implied(text)] == [message]
