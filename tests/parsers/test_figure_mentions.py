"""What ``extract_figures`` gives a library user: every field of the tokenizer's reading, and the
clause around the figure as its context (the rules read the tokens; only this API and the figures
table show the context)."""

from __future__ import annotations

import pytest
from hypothesis import given

from bantin.datasets.synthetic.figure_forms import Phrase
from bantin.parsers.figures import (
    CONTEXT_WIDTH,
    FigureMention,
    clause_around,
    extract_figures,
    figure_tokens,
)
from bantin.parsers.tokens import Token, read_tokens
from tests.strategies import figure_phrases


def test_a_decimal_point_is_told_from_a_decimal_comma() -> None:
    dotted, plain = extract_figures(
        "Tỷ lệ đúng hạn đạt 98.5%, cao hơn năm trước. Năm nay đạt 97,2%."
    )
    assert (dotted.value, dotted.dot_decimal) == (98.5, True)
    assert (plain.value, plain.dot_decimal) == (97.2, False)


def test_a_ratio_restated_as_a_percentage_keeps_both_as_printed() -> None:
    (figure,) = extract_figures("Có 41/84 cơ quan, đơn vị (chiếm 48,8%) đã xong; số còn lại chưa.")
    assert figure.kind == "ratio_percent"
    assert (figure.ratio_text, figure.stated, figure.unit) == ("41/84", "48,8%", "cơ quan")
    assert (figure.numerator, figure.denominator, figure.value) == (41, 84, 48.8)


def test_the_context_is_the_clause_holding_the_figure() -> None:
    first, second = extract_figures("Năm 2024 đạt 95%; năm 2025 đạt 97,5%. Cả hai vượt mục tiêu.")
    assert first.context == "Năm 2024 đạt 95%"
    assert second.context == "năm 2025 đạt 97,5%"


def test_a_long_clause_is_cut_at_words_either_side() -> None:
    words = " ".join(f"từ{i}" for i in range(60))
    text = f"{words} đạt 99,1% trong năm {words}"
    (figure,) = extract_figures(text)
    assert figure.context.startswith("…") and figure.context.endswith("…")
    head, tail = figure.context[1:-1].split("99,1%")
    assert len(head) <= CONTEXT_WIDTH and len(tail) <= CONTEXT_WIDTH
    assert head.endswith(" đạt ") and tail.startswith(" trong năm ")
    assert head.lstrip().split(" ")[0] in words.split(" ")  # whole words, none cut through


def test_the_cut_keeps_every_whole_word_within_the_width() -> None:
    words = [f"xã{i:02d}b" for i in range(60)]  # no word is the start of another
    text = f"Năm nay đạt 99,1% trong năm {' '.join(words)}"
    (figure,) = extract_figures(text)
    kept = figure.context.removesuffix("…").split(" ")
    assert figure.context.endswith("…") and kept[-1] in words
    # Only the word the width cuts through is left out: the next one would not have fit.
    following = words[words.index(kept[-1]) + 1]
    assert len(figure.context) - 1 + 1 + len(following) > len("Năm nay đạt 99,1%") + CONTEXT_WIDTH


@pytest.mark.parametrize("side", ["head", "tail"])
def test_a_word_the_width_ends_at_is_kept_whole(side: str) -> None:
    edge = "x" * (CONTEXT_WIDTH - 1)  # with its space, exactly the width
    text = f"Mở đầu {edge} 45% cuối cùng." if side == "head" else f"Đạt 45% {edge} cuối cùng"
    (figure,) = extract_figures(text)
    kept = f"…{edge} 45% cuối cùng" if side == "head" else f"Đạt 45% {edge}…"
    assert figure.context == kept


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("x" * 200 + " đạt ", " trong năm."),  # a long head before a clause that ends
        ("x" * 200 + " đạt ", " trong năm"),  # a long head before the text's end
        ("Năm nay đạt ", " trong năm " + "y" * 200),  # a clause's start before a long tail
        ("Năm nay, đạt ", " trong năm " + "y " * 100 + ". Hết."),  # …a long tail, then a break
    ],
    ids=["head cut, clause ends", "head cut, text ends", "tail cut", "tail cut before a break"],
)
def test_only_the_long_side_is_cut(before: str, after: str) -> None:
    (figure,) = extract_figures(before + "45%" + after)
    head, tail = figure.context.split("45%")
    long_head = len(before) > CONTEXT_WIDTH
    assert head == ("…" + before.split(" ", 1)[1] if long_head else before)
    if len(after.split(".")[0]) <= CONTEXT_WIDTH:
        assert tail == after.split(".")[0].rstrip()
    else:
        assert tail.startswith(" trong năm") and tail.endswith("…")


def test_a_clause_one_character_too_long_loses_its_first_word() -> None:
    # One character beyond the width before the figure: the head is cut, at a word.
    head = "Ở " + "x" * (CONTEXT_WIDTH - 6) + " đạt "
    assert len(head) == CONTEXT_WIDTH + 1
    (figure,) = extract_figures(head + "45%")
    assert figure.context == "…" + head[2:] + "45%"
    (whole,) = extract_figures(head[1:] + "45%")  # within the width: the clause whole
    assert whole.context == head[1:].strip() + " 45%"


@given(drawn=figure_phrases())
def test_a_mention_is_its_token_with_its_clause(drawn: tuple[str, Phrase]) -> None:
    sentence = f"Theo báo cáo, {drawn[1].text} trong năm qua; các xã còn lại chưa đạt."
    tokens = figure_tokens(read_tokens(sentence))
    mentions = extract_figures(sentence)
    assert len(mentions) == len(tokens)
    shared = [name for name in FigureMention._fields if name in Token._fields]
    assert len(shared) == len(FigureMention._fields) - 1  # every field but the context
    for mention, token in zip(mentions, tokens, strict=True):
        assert [getattr(mention, name) for name in shared] == [getattr(token, n) for n in shared]
        assert mention.context == clause_around(sentence, token.start, token.end)
