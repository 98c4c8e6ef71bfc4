"""The cheap test before the bound said after a figure ("45% trở lên") never turns away a text
that the bound's regex reads: every spacing, case and "(tổng) số" before the bound word."""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from bantin.parsers import tokens as T

_PIECES = st.one_of(
    st.sampled_from(["trở lên", "TRỞ LÊN", "Trở xuống", "tRở  lên", "trở\nxuống"]),
    st.sampled_from(["số", "SỐ", "Số", "ſố", "tổng", "TỔNG", "Tổng", "xã", "hồ sơ", "so", "thôn"]),
    st.sampled_from([" ", "  ", "\n", "\t", "\u00a0", "\u2003", "          ", ",", "%"]),
    st.text(max_size=3),
)
_AFTER = st.lists(_PIECES, max_size=10).map("".join)


@given(_AFTER)
@example("          trở lên")
@example(" ſố hồ sơ trở lên")
@example("\u00a0TỔNG SỐ xã TRỞ LÊN")
def test_the_bound_test_keeps_every_text_the_regex_reads(after: str) -> None:
    text = "45%" + after
    if T._QUALIFIER_AFTER_RE.match(text, 3, 3 + T._BOUND_AFTER_REACH) is not None:
        assert T._may_open_bound_after(text, 3)


def test_a_bound_after_a_figure_is_still_read() -> None:
    (at_least,) = T.read_tokens("có 45% tổng số xã trở lên đạt chuẩn")
    (at_most,) = T.read_tokens("giảm 30% số thủ tục  trở xuống")
    (none,) = T.read_tokens("đạt 45% so với kế hoạch, trở thành")
    assert (at_least.qualifier, at_most.qualifier, none.qualifier) == ("at_least", "at_most", None)
