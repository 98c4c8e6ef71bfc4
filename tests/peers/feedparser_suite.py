"""Run bantin over feedparser's own test fixtures and measure how far it agrees with feedparser.

    python tests/peers/feedparser_suite.py [--sdist feedparser-X.tar.gz | --fixtures DIR]

Without ``--sdist`` or ``--fixtures`` the sdist is downloaded from the package index (pip). The
fixtures are read from the archive in a temporary folder and never copied into the project.

Two checks (exit 1 when either fails):
1. no fixture crashes bantin (parsing, then every rule) or takes more than ``--budget`` seconds;
2. for every fixture that feedparser reads as well-formed RSS or Atom, bantin accounts for as many
   items as feedparser finds (published or withheld), with the same titles. The agreement rate
   must reach ``--min-agreement``; every disagreement is listed under the reason it falls in.
"""

from __future__ import annotations

import argparse
import html
import re
import subprocess
import sys
import tarfile
import tempfile
import time
import traceback
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from bantin.errors import SourceError
from bantin.model import ParsedSource
from bantin.parsers import parse_bytes
from bantin.validators import validate

#: feedparser versions that are feeds bantin reads (CDF and unknown dialects are not).
FEED_VERSIONS = re.compile(r"^(rss|atom)")
_TAG_RE = re.compile(r"<[^>]*>")

#: Why bantin and feedparser may see a well-formed feed differently, by disagreement category.
EXPLANATIONS = {
    "refused: unsafe XML (DTD internal subset)": (
        "the fixture declares entities in an internal DTD subset; bantin refuses every such "
        "document (entity expansion and XXE are attacks), feedparser reads it"
    ),
    "refused: undefined entity": (
        "the fixture uses an entity that is neither XML's nor HTML's; bantin refuses XML that "
        "is not well-formed, feedparser's loose parser takes it"
    ),
}
#: Single fixtures where feedparser's reading is its own, and why bantin differs on purpose.
KNOWN = {
    "wellformed/rss/item_category_image.xml": (
        "the item has no title of its own; feedparser takes the title of an <image> nested in "
        "its <category>, bantin reports the item as untitled (feed.item-untitled)"
    ),
    "wellformed/sanitize/entry_title_crazy.xml": (
        "the title is a whole escaped HTML page; feedparser keeps the text of its comments and "
        "script, bantin drops comments and scripts as markup and keeps the visible text"
    ),
}


@dataclass
class Outcome:
    """What bantin made of one fixture."""

    seconds: float = 0.0
    titles: list[str] | None = None  # None: refused
    refused: str | None = None
    crash: str | None = None


@dataclass
class Tally:
    """The run's counts and disagreements."""

    fixtures: int = 0
    eligible: int = 0
    agree: int = 0
    crashes: list[tuple[str, str]] = field(default_factory=list)
    slow: list[tuple[str, float]] = field(default_factory=list)
    misses: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    unexplained: int = 0


def normal_title(text: str) -> str:
    """Titles compared as text: entities read, markup dropped, spaces collapsed, NFC."""
    text = _TAG_RE.sub(" ", html.unescape(html.unescape(text)))
    return unicodedata.normalize("NFC", " ".join(text.replace("\u00a0", " ").split()))


def run_bantin(path: Path, name: str) -> Outcome:
    """Parse and validate one fixture, timing both; a SourceError is a refusal, anything else a
    crash."""
    outcome = Outcome()
    start = time.perf_counter()
    try:
        parsed = parse_bytes(path.read_bytes(), name)
        validate([parsed])
        outcome.titles = [normal_title(a.title) for a in _articles(parsed)]
    except SourceError as error:
        outcome.refused = f"{error.code}: {error.reason}"
    except Exception:
        outcome.crash = traceback.format_exc(limit=3)
    outcome.seconds = time.perf_counter() - start
    return outcome


def _articles(parsed: ParsedSource) -> tuple:  # type: ignore[type-arg]
    return parsed.bulletin.articles


def feedparser_view(path: Path) -> list[str] | None:
    """The entry titles feedparser finds, or None when it does not read a well-formed feed."""
    import feedparser

    result = feedparser.parse(path.read_bytes())
    if result.get("bozo") or not FEED_VERSIONS.match(result.get("version") or ""):
        return None
    return [normal_title(entry.get("title", "")) for entry in result.entries]


def category(outcome: Outcome, expected: list[str]) -> str:
    """The reason a fixture disagrees, in a few words."""
    if outcome.titles is None:
        reason = outcome.refused or ""
        if "DTDForbidden" in reason or "EntitiesForbidden" in reason:
            return "refused: unsafe XML (DTD internal subset)"
        if "undefined entity" in reason:
            return "refused: undefined entity"
        return f"refused: {reason.split(':')[0]}"
    if len(outcome.titles) != len(expected):
        return "item count differs"
    return "titles differ"


def fixtures_in(root: Path) -> Iterator[Path]:
    yield from sorted(p for p in root.rglob("*.xml") if p.is_file())


def download_sdist(into: Path) -> Path:
    """feedparser's source distribution from the package index."""
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "download",
            "--no-binary",
            ":all:",
            "--no-deps",
            "--quiet",
            "--dest",
            str(into),
            "feedparser",
        ],
        check=True,
    )
    return next(into.glob("feedparser-*.tar.gz"))


def extract(sdist: Path, into: Path) -> Path:
    with tarfile.open(sdist) as archive:
        members = [m for m in archive.getmembers() if "/tests/" in m.name and m.isfile()]
        archive.extractall(into, members=members, filter="data")
    return next(into.glob("feedparser-*/tests"))


def check(root: Path, budget: float) -> Tally:
    tally = Tally()
    for path in fixtures_in(root):
        name = path.relative_to(root).as_posix()
        tally.fixtures += 1
        outcome = run_bantin(path, name)
        if outcome.crash is not None:
            tally.crashes.append((name, outcome.crash))
        if outcome.seconds > budget:
            tally.slow.append((name, outcome.seconds))
        expected = feedparser_view(path)
        if expected is None:
            continue
        tally.eligible += 1
        if outcome.titles == expected:
            tally.agree += 1
        else:
            reason = category(outcome, expected)
            detail = outcome.refused or f"bantin {outcome.titles!r}, feedparser {expected!r}"
            line = f"{name}: {detail}"[:240]
            if name in KNOWN:
                line += f"\n      why: {KNOWN[name]}"
            elif reason not in EXPLANATIONS:
                tally.unexplained += 1
                line += "\n      why: UNEXPLAINED"
            tally.misses[reason].append(line)
    return tally


def report(tally: Tally, budget: float) -> float:
    rate = tally.agree / tally.eligible if tally.eligible else 0.0
    print(f"fixtures read: {tally.fixtures}; crashes: {len(tally.crashes)}; ", end="")
    print(f"slower than {budget:g} s: {len(tally.slow)}")
    for name, trace in tally.crashes:
        print(f"CRASH {name}\n{trace}")
    for name, seconds in tally.slow:
        print(f"SLOW {name}: {seconds:.2f} s")
    print(f"well-formed RSS/Atom fixtures (feedparser): {tally.eligible}")
    print(f"agreement (same item count and titles): {tally.agree}/{tally.eligible} = {rate:.1%}")
    print(f"disagreements without an explanation: {tally.unexplained}")
    for reason, names in sorted(tally.misses.items(), key=lambda kv: -len(kv[1])):
        print(f"\n{len(names)} x {reason}")
        if reason in EXPLANATIONS:
            print(f"  why: {EXPLANATIONS[reason]}")
        for line in names:
            print(f"  - {line}")
    return rate


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    source = parser.add_mutually_exclusive_group()
    source.add_argument("--sdist", type=Path, help="feedparser's sdist (default: download it)")
    source.add_argument("--fixtures", type=Path, help="a folder of fixtures already extracted")
    parser.add_argument("--budget", type=float, default=1.0, help="seconds per fixture")
    parser.add_argument("--min-agreement", type=float, default=0.9)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="bantin-feedparser-") as work:
        root = args.fixtures
        if root is None:
            sdist = args.sdist or download_sdist(Path(work))
            root = extract(sdist, Path(work))
        started = time.perf_counter()
        tally = check(root, args.budget)
        rate = report(tally, args.budget)
    print(f"\n{time.perf_counter() - started:.0f} s in all")
    counts = Counter({"crash": len(tally.crashes), "slow": len(tally.slow)})
    failed = counts["crash"] or counts["slow"] or rate < args.min_agreement
    if rate < args.min_agreement:
        print(f"FAIL: agreement {rate:.1%} is below {args.min_agreement:.0%}")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
