"""The implied-ratio forms that open with a count are written to open with its first digit, their
lookbehinds moved after it, so the regex engine skips to digits: they read what the same forms read
written plainly (the lookbehinds before the count), from any position and to any end, and a window
of many counts is still read in time linear in its length."""

from __future__ import annotations

import re
import time

from hypothesis import example, given
from hypothesis import strategies as st

from bantin.validators import percentages as P

#: The forms as they read plainly: the lookbehinds before the count, the count ``_INT``.
_PLAIN = {
    0: rf"(?<![\d.,/])(?P<n>{P._INT})",
    3: rf"(?<![\d.,/])(?<!(?i:thứ) )(?P<m>{P._INT})",
}
#: The same openings as the forms are written (``_INT_REST`` after the first digit).
_WRITTEN = {
    0: rf"(?P<n>\d(?<![\d.,/]\d)(?:{P._INT_REST}))",
    3: rf"(?P<m>\d(?<![\d.,/]\d)(?<!(?i:thứ) \d)(?:{P._INT_REST}))",
}


def _plain(form: int) -> re.Pattern[str]:
    """Form ``form`` of ``_IMPLIED_RES`` with its opening written plainly."""
    pattern = P._IMPLIED_RES[form].pattern
    assert pattern.startswith(_WRITTEN[form]), "the form no longer opens as this test reads it"
    return re.compile(_PLAIN[form] + pattern[len(_WRITTEN[form]) :])


_PLAIN_FORMS = {form: _plain(form) for form in _PLAIN}

_PIECES = st.sampled_from(
    [
        "1", "12", "4.500", "1.200.000", "2,5", "3/4", ".7", "1.20", "thứ ", "Thứ ", "THỨ ",
        " ", "  ", ", ", "; ", ".", "/", "hồ sơ", "Hồ sơ", "thủ tục", "xã", "a",
        " trên ", " trên tổng số ", " trong tổng số ", " trong số ", ", trong đó ", " với ",
        " đúng hạn ", " có ", "(", ")",
    ]
)  # fmt: skip
_OPENERS = st.sampled_from(["(đạt tỷ lệ ", ", chiếm ", ", đạt ", ", tương ứng ", "(", ""])
_TEXTS = st.tuples(st.lists(_PIECES, max_size=14).map("".join), _OPENERS).map("".join)


def _read(pattern: re.Pattern[str], text: str, pos: int, endpos: int) -> object:
    """What a search of ``text[pos:endpos]`` finds: where, and every group."""
    found = pattern.search(text, pos, endpos)
    return None if found is None else (found.span(), found.groupdict())


@given(_TEXTS, st.integers(0, 200), st.integers(0, 200))
@example("Đã tiếp nhận 4.500 hồ sơ, trong đó 1.200 hồ sơ trực tuyến (đạt tỷ lệ ", 0, 200)
@example("xếp thứ 5 trên tổng số 63 tỉnh, đạt ", 0, 200)
@example("50 hồ sơ trong tổng số 70 hồ sơ, chiếm ", 0, 200)
@example("2,50 hồ sơ trên 70 hồ sơ, đạt ", 3, 200)
def test_a_form_opening_with_its_first_digit_reads_as_written_plainly(
    text: str, start: int, end: int
) -> None:
    pos, endpos = min(start, len(text)), max(min(end, len(text)), min(start, len(text)))
    for form, plain in _PLAIN_FORMS.items():
        written = P._IMPLIED_RES[form]
        assert _read(written, text, pos, endpos) == _read(plain, text, pos, endpos)
        assert _read(written, text, 0, len(text)) == _read(plain, text, 0, len(text))


def test_the_plain_forms_read_real_shares() -> None:
    """Guards that the comparison above compares forms that read something."""
    text = "Đã tiếp nhận 4.500 hồ sơ, trong đó 1.200 hồ sơ trực tuyến (đạt tỷ lệ "
    assert P._IMPLIED_RES[0].search(text)["n"] == "4.500"
    text = "Có 50 hồ sơ trên tổng số 70 hồ sơ, đạt "
    assert P._IMPLIED_RES[3].search(text)["m"] == "50"
    assert P._IMPLIED_RES[3].search("xếp thứ 5 trên tổng số 63 hồ sơ, đạt ") is None


def test_a_window_of_many_counts_is_read_in_linear_time() -> None:
    """16,000 counts with no share after them: each form fails at every digit in one pass."""
    text = "1 hồ sơ thứ 2 " * 16_000
    for form in (0, 3):
        started = time.process_time()
        assert P._IMPLIED_RES[form].search(text) is None
        assert time.process_time() - started < 1.0
