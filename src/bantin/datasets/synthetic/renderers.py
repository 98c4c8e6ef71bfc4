"""Pick the renderer of a bulletin's source format."""

from __future__ import annotations

from collections.abc import Callable

from bantin.datasets.synthetic import render_feed_text, render_feed_xml, render_print, render_web
from bantin.datasets.synthetic.render import Rendered
from bantin.model import Bulletin, SourceFormat

RENDERERS: dict[SourceFormat, Callable[[Bulletin], Rendered]] = {
    SourceFormat.PRINT_TEXT: render_print.render,
    SourceFormat.WEB_TEXT: render_web.render,
    SourceFormat.FEED_TEXT: render_feed_text.render,
    SourceFormat.FEED_XML: render_feed_xml.render,
}
#: File name extension of each format in a written sample.
EXTENSIONS: dict[SourceFormat, str] = {
    SourceFormat.PRINT_TEXT: "txt",
    SourceFormat.WEB_TEXT: "txt",
    SourceFormat.FEED_TEXT: "txt",
    SourceFormat.FEED_XML: "xml",
}


def render(bulletin: Bulletin) -> Rendered:
    """Write ``bulletin`` in its own source format; the result's bulletin carries the line numbers."""
    return RENDERERS[bulletin.source_format](bulletin)
