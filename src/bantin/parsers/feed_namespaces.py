"""The XML namespaces of feeds and of the modules they use, named once for every reader of them."""

from __future__ import annotations

ATOM10 = "http://www.w3.org/2005/Atom"
RSS10 = "http://purl.org/rss/1.0/"
RSS090 = "http://my.netscape.com/rdf/simple/0.9/"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
DC = "http://purl.org/dc/elements/1.1/"
DCTERMS = "http://purl.org/dc/terms/"
CONTENT = "http://purl.org/rss/1.0/modules/content/"
ADMIN = "http://webns.net/mvcb/"
MEDIA = "http://search.yahoo.com/mrss/"
FEEDBURNER = "http://rssnamespace.org/feedburner/ext/1.0"
SYNDICATION = "http://purl.org/rss/1.0/modules/syndication/"
SLASH = "http://purl.org/rss/1.0/modules/slash/"
WFW = "http://wellformedweb.org/CommentAPI/"
ITUNES = "http://www.itunes.com/dtds/podcast-1.0.dtd"
GEORSS = "http://www.georss.org/georss"

#: The namespaces feeds use by prefix, as feed readers know them: a feed that uses one of the
#: prefixes without declaring it ("<dc:creator>" in an ``<rss>`` that names no Dublin Core) is
#: read with its usual namespace, as feedparser reads it, not refused.
KNOWN_PREFIXES = {
    "dc": DC,
    "content": CONTENT,
    "media": MEDIA,
    "atom": ATOM10,
    "sy": SYNDICATION,
    "slash": SLASH,
    "wfw": WFW,
    "itunes": ITUNES,
    "georss": GEORSS,
}
