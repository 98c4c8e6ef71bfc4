"""Write a deterministic synthetic corpus in all four formats, and find the one bantin ships."""

from __future__ import annotations

import datetime as dt
import os
import random
import re
from importlib.resources import files
from pathlib import Path

from bantin.datasets.synthetic.generator import generate_bulletin, next_weekday
from bantin.datasets.synthetic.render_feed_xml import encode
from bantin.datasets.synthetic.renderers import EXTENSIONS, render
from bantin.model import FeedDialect, Kind, SourceFormat

#: Formats in the round-robin order of a sample: 000 print, 001 web, 002 feed text, 003 feed XML, ...
FORMATS: tuple[SourceFormat, ...] = (
    SourceFormat.PRINT_TEXT,
    SourceFormat.WEB_TEXT,
    SourceFormat.FEED_TEXT,
    SourceFormat.FEED_XML,
)
#: The dialects the XML feeds of a sample take in turn (003 WordPress RSS, 007 a news site's
#: description-only RSS, 011 RSS 1.0 declared windows-1258, 015 Atom, then again).
FEED_DIALECTS: tuple[tuple[FeedDialect, str], ...] = (
    (FeedDialect.RSS2, "utf-8"),
    (FeedDialect.RSS2_DESCRIPTION, "utf-8"),
    (FeedDialect.RSS1, "windows-1258"),
    (FeedDialect.ATOM, "utf-8"),
)
EMBEDDED_SAMPLE_SEED = 260  # chosen because its issues straddle a new year (citations "31/12")
EMBEDDED_SAMPLE_SIZE = 8
MAX_BULLETINS = 100_000
FIRST_DATE = dt.date(2023, 1, 2)
SAMPLE_FILE_RE = re.compile(r"^\d{3,}_(?:print_text|web_text|feed_text|feed_xml)\.(?:txt|xml)$")


def _check_int(
    name: str, value: object, minimum: int | None = None, maximum: int | None = None
) -> int:
    """Reject non-integers (bool included) and out-of-range values with a message naming ``name``."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValueError(f"{name} must be an integer, got {value!r} ({type(value).__name__})")
    if minimum is not None and value < minimum:
        raise ValueError(f"{name} must be at least {minimum}, got {value}")
    if maximum is not None and value > maximum:
        raise ValueError(f"{name} must be at most {maximum}, got {value}")
    return value


def sample_file_name(index: int, source_format: SourceFormat, width: int = 3) -> str:
    """The file name of bulletin ``index``: "000_print_text.txt", "003_feed_xml.xml"."""
    return f"{index:0{width}d}_{source_format.value}.{EXTENSIONS[source_format]}"


def write_sample(out_dir: Path, bulletins: int, seed: int) -> list[Path]:
    """Write ``bulletins`` synthetic bulletins into ``out_dir``, round-robin over the four formats
    (the XML feeds round-robin over ``FEED_DIALECTS``).

    Issue dates are distinct and increasing (digests Monday to Friday). The bytes depend only on
    ``seed`` (one ``random.Random`` for the dates, seeding one per bulletin text), and a smaller
    sample is a prefix of a larger one. No file is replaced: writing the same sample again
    changes nothing, and a file of another content under a sample's name raises
    ``FileExistsError`` (the files before it are written).
    """
    if not isinstance(out_dir, str | os.PathLike):
        raise ValueError(f"out_dir must be a path, got {out_dir!r} ({type(out_dir).__name__})")
    count = _check_int("bulletins", bulletins, 1, MAX_BULLETINS)
    _check_int("seed", seed)
    out = Path(out_dir)
    if out.exists() and not out.is_dir():
        raise ValueError(f"out_dir must be a directory, got the file {out}")
    out.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    if rng.random() < 0.3:  # now and then, start just before a new year
        day = dt.date(rng.randint(2023, 2025), 12, rng.randint(24, 31))
    else:
        day = FIRST_DATE + dt.timedelta(days=rng.randint(0, 1000))
    width = max(3, len(str(count - 1)))
    paths: list[Path] = []
    for index in range(count):
        source_format = FORMATS[index % len(FORMATS)]
        if index:
            day += dt.timedelta(days=rng.randint(1, 3))
        if source_format.kind is Kind.DIGEST:
            day = next_weekday(day)
        dialect, encoding = FEED_DIALECTS[index // len(FORMATS) % len(FEED_DIALECTS)]
        # Each bulletin's text draws from its own generator, so the issue dates depend on the
        # seed alone, not on how many numbers the prose of earlier bulletins happened to draw.
        text_rng = random.Random(rng.getrandbits(64))
        rendered = render(generate_bulletin(text_rng, source_format, day, dialect=dialect))
        path = out / sample_file_name(index, source_format, width)
        if source_format is not SourceFormat.FEED_XML:
            encoding = "utf-8"
        _write_new(path, encode(rendered.text, encoding))
        paths.append(path)
    return paths


def _write_new(path: Path, data: bytes) -> None:
    """Create ``path`` with ``data``; a file already there is kept, and must hold ``data`` (the
    same sample written again), else ``FileExistsError`` names it: a sample never replaces a
    file of the user's."""
    try:
        with path.open("xb") as out:
            out.write(data)
    except FileExistsError:
        if not path.is_file() or path.read_bytes() != data:
            raise FileExistsError(
                f"{path} already exists and is not this sample's file; it is left as it is "
                "(write the sample to a new or empty folder)"
            ) from None


def embedded_sample_dir() -> Path:
    """The folder of synthetic bulletins shipped inside the package (``bantin/datasets/sample``)."""
    path = Path(str(files("bantin.datasets").joinpath("sample")))
    if not path.is_dir():
        raise FileNotFoundError(f"the embedded sample is not a folder on disk: {path}")
    return path


def embedded_sample_files() -> list[Path]:
    """The shipped bulletin files, in order (the README is not one)."""
    return sorted(p for p in embedded_sample_dir().iterdir() if SAMPLE_FILE_RE.match(p.name))
