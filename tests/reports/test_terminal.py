"""Text from input files printed on a terminal: what is escaped and what is left as it is."""

from __future__ import annotations

import pytest

from bantin.reports.terminal import for_terminal


@pytest.mark.parametrize(
    ("text", "printed"),
    [
        ("Bản tin 02/5.txt", "Bản tin 02/5.txt"),
        ("tên\u00a0có khoảng trắng cứng", "tên\u00a0có khoảng trắng cứng"),
        ("new\nline\r\t.txt", "new\\nline\\r\\t.txt"),
        ("\x1b[31mred", "\\x1b[31mred"),
        ("\x85next line", "\\x85next line"),
        ("txt.\u202eexe", "txt.\\u202eexe"),
        ("a\u2028b\u2066c", "a\\u2028b\\u2066c"),
    ],
)
def test_controls_and_bidi_marks_are_escaped_and_letters_kept(text: str, printed: str):
    assert for_terminal(text) == printed
