"""Fetch a published package's descriptor and files over HTTP, into a sha256-keyed user cache.

Files are downloaded with pooch, which writes to a temporary file next to the cache entry and
moves it into place only once its sha256 matches: an interrupted or tampered download is never
kept, and a file already in the cache (hash checked again) is not downloaded a second time.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlsplit

import pooch
import requests

from bantin.packaging.descriptor import DESCRIPTOR_NAME, parse_hash
from bantin.packaging.errors import PackageError
from bantin.packaging.reader import check_digest, resource_file

#: Seconds to wait for the server to answer or to send the next bytes.
TIMEOUT = 60
CACHE_ENV = "BANTIN_CACHE"


def is_url(source: object) -> bool:
    """True for an ``http://`` or ``https://`` address."""
    return isinstance(source, str) and urlsplit(source).scheme in {"http", "https"}


def descriptor_url(url: str) -> str:
    """``url`` when it names a ``.json`` file, else ``url/datapackage.json`` (a package folder)."""
    if urlsplit(url).path.endswith(".json"):
        return url
    return url.rstrip("/") + "/" + DESCRIPTOR_NAME


def cache_dir() -> Path:
    """``$BANTIN_CACHE``, else the user cache of the platform (``~/.cache/bantin`` on Linux)."""
    configured = os.environ.get(CACHE_ENV, "").strip()
    return Path(configured) if configured else Path(pooch.os_cache("bantin"))


def fetch_descriptor(url: str) -> tuple[dict[str, Any], bytes]:
    """The descriptor at ``url`` (always fetched: it is what says which files are current)."""
    try:
        response = requests.get(url, timeout=TIMEOUT)
        response.raise_for_status()
        content = response.content
    except requests.RequestException as error:
        raise PackageError(f"cannot load the package at {url}", [f"descriptor: {error}"]) from None
    try:
        descriptor = json.loads(content.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise PackageError(
            f"cannot load the package at {url}", [f"descriptor is not valid JSON ({error})"]
        ) from None
    if not isinstance(descriptor, dict) or not isinstance(descriptor.get("resources"), list):
        raise PackageError(f"cannot load the package at {url}", ["descriptor has no resources"])
    return descriptor, content


@contextlib.contextmanager
def _quiet_pooch() -> Iterator[None]:
    logger = pooch.get_logger()
    level = logger.level
    logger.setLevel(logging.WARNING)
    try:
        yield
    finally:
        logger.setLevel(level)


def fetch_file(base_url: str, entry: dict[str, Any], where: str) -> Path:
    """Download the file ``entry`` describes (relative to ``base_url``) into the cache, or take
    it from there; its sha256 and size are checked. ``PackageError`` names ``where`` otherwise."""
    summary = f"cannot load the package at {base_url}"
    relative, problem = resource_file(Path(), entry)
    if relative is None:
        raise PackageError(summary, [f"{where}: {problem}"])
    declared = entry.get("hash")
    algorithm, digest = parse_hash(declared) if isinstance(declared, str) else ("", "")
    if algorithm != "sha256" or len(digest) != 64:
        raise PackageError(summary, [f"{where}: no sha256 to check {entry['path']} against"])
    url = urljoin(base_url, str(entry["path"]))
    folder = cache_dir() / "sha256" / digest[:2]
    try:
        with _quiet_pooch():
            cached = Path(
                pooch.retrieve(url, known_hash=f"sha256:{digest}", fname=digest, path=folder)
            )
    except ValueError:  # pooch: the downloaded bytes do not have the declared hash
        raise PackageError(
            summary,
            [f"{where}: {url} does not match the descriptor's sha256 {digest} (not kept)"],
        ) from None
    except requests.RequestException as error:
        raise PackageError(
            summary, [f"{where}: download of {url} failed ({error}); nothing was kept"]
        ) from None
    except OSError as error:
        raise PackageError(
            summary, [f"{where}: cannot write to the cache {folder} ({error})"]
        ) from None
    problems = check_digest(cached, entry, where)
    if problems:
        raise PackageError(summary, problems)
    return cached
