"""Read an item whose description is a SharePoint list's labelled fields as its article's text."""

from __future__ import annotations

import re
from collections.abc import Iterator

from bantin import patterncache

#: A field of a SharePoint list item as its RSS feed (listfeed.aspx) writes each column into the
#: description: "<div><b>Nội dung:</b> …</div>", one div per column, in the list's order.
_FIELD_RE = patterncache.compile(r"<div>\s*<b>\s*(?P<label>[^<>:\n]{1,40}):\s*</b>", re.IGNORECASE)
#: A description that opens with such a field, after white space.
_OPENING_FIELD_RE = patterncache.compile(r"\s*(?P<field><div>\s*<b>)", re.IGNORECASE)
#: Columns that hold the article's text, by their display name (lower case, one space): the
#: label goes, the text stays.
_TEXT_LABELS = frozenset(
    {
        "body", "page content", "summary", "description", "comments", "nội dung",
        "nội dung tin", "nội dung bài viết", "tóm tắt", "trích yếu", "mô tả", "mô tả ngắn",
        "sapo",
    }
)  # fmt: skip
#: Columns that hold what the item's own elements say, or nothing a reader reads as the article
#: (its title again, dates, who wrote or approved it, its picture, category, views): they go.
_DATA_LABELS = frozenset(
    {
        "title", "created", "modified", "created by", "modified by", "expires", "attachments",
        "content type", "article date", "rollup image", "page image", "approval status",
        "category", "tiêu đề", "người tạo", "người sửa", "người đăng", "người duyệt",
        "tác giả", "ảnh", "ảnh đại diện", "hình ảnh", "hình đại diện", "chuyên mục",
        "danh mục", "loại tin", "lượt xem", "nổi bật", "tin nổi bật", "trạng thái",
        "thứ tự", "tệp đính kèm",
    }
)  # fmt: skip


def _kind(label: str) -> str | None:
    """ "text", "data" (a date's column too: "Ngày đăng", "Ngày xuất bản") or None (a column
    bantin does not know, kept as printed) for a field's ``label``."""
    label = " ".join(label.lower().split())
    if any(c.isdigit() for c in label):
        return None  # "Ngày 2/12:", "Sáng 3/12:": a news text's lead-in, no column's name
    if label in _TEXT_LABELS:
        return "text"
    if label in _DATA_LABELS or label.startswith("ngày "):
        return "data"
    return None


def _own_div_end(html: str, start: int, end: int) -> int:
    """Where the div of a data column whose value starts at ``start`` ends (after its "</div>",
    before ``end``, the next field): what follows it before the next field is no column's and is
    kept ("<div><b>Tác giả:</b> Minh Anh</div><p>Sáng 2/12, …</p>"). A value that opens a div
    of its own (a picture's "<div><img …></div>") is dropped up to ``end``, as nothing tells
    where it ends but the next field."""
    close = html.find("</div>", start, end)
    if close == -1 or html.find("<div", start, close) != -1:
        return end
    return close + len("</div>")


#: A div's start or end tag: "<div>", "<div class=…>", "</div>".
_DIV_TAG_RE = patterncache.compile(r"<(/?)div\b", re.IGNORECASE)


def _columns(html: str, fields: Iterator[re.Match[str]]) -> list[re.Match[str]]:
    """The ``fields`` that are the list's columns: those outside every div, as the feed writes
    each column. One inside a div is a rich text column's own bold lead-in ("<div><b>Nội
    dung:</b> <div class=…><div><b>Kết quả:</b> …</div>"), part of that column's text."""
    columns, depth, position = [], 0, 0
    for field in fields:
        for tag in _DIV_TAG_RE.finditer(html, position, field.start()):
            depth = max(depth - 1, 0) if tag[1] else depth + 1
        position = field.start()
        if depth == 0:
            columns.append(field)
    return columns


def sharepoint_fields_read(html: str) -> str:
    """``html`` with the fields of a SharePoint list item (``_FIELD_RE``) read as its text: a
    text column's label dropped, a data column's div dropped whole (its lines kept, so each
    paragraph keeps its source line), an unknown column kept as printed. Other HTML is returned as it is:
    it must open with a field and hold two, one of them a known column."""
    opening = _OPENING_FIELD_RE.match(html)
    if opening is None:  # most descriptions: told by their first characters
        return html
    fields = _columns(html, _FIELD_RE.finditer(html, opening.start("field")))
    if len(fields) < 2 or fields[0].start() != opening.start("field"):
        return html
    kinds = [_kind(field["label"]) for field in fields]
    if not any(kinds):
        return html
    pieces = [html[: fields[0].start()]]
    for index, (field, kind) in enumerate(zip(fields, kinds, strict=True)):
        end = fields[index + 1].start() if index + 1 < len(fields) else len(html)
        if kind == "data":
            stop = _own_div_end(html, field.end(), end)
            pieces.append("\n" * html.count("\n", field.start(), stop) + html[stop:end])
        elif kind == "text":
            pieces.append("<div>" + html[field.end() : end])
        else:
            pieces.append(html[field.start() : end])
    return "".join(pieces)
