"""Parse the files behind SOURCE arguments (``bantin.datasets.inputs``), in parallel when many."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import partial

from bantin.datasets.inputs import CorpusInput, UsageError, collect_inputs, read_input
from bantin.datasets.workers import default_workers, local_pool
from bantin.errors import SourceError, UnreadableSource
from bantin.model import ParsedSource
from bantin.parsers import parse_bytes
from bantin.parsers.corrections import Correction

__all__ = [
    "CorpusInput",
    "ParseOutcome",
    "UsageError",
    "collect_inputs",
    "parse_input",
    "parse_inputs",
]


@dataclass
class ParseOutcome:
    """What parsing a corpus gave: bulletins, and the files that could not become one."""

    parsed: list[ParsedSource] = field(default_factory=list)
    failed: list[SourceError] = field(default_factory=list)
    #: Published name -> the path it was found at here, for reports that must point at the file on
    #: this machine (CI annotations); never published.
    locations: dict[str, str] = field(default_factory=dict)


def parse_input(
    item: CorpusInput, corrections: Sequence[Correction] = ()
) -> ParsedSource | SourceError:
    """Read, decode and parse one input, with the ``corrections`` keyed to its sha256
    (``parse_bytes``); a file that cannot become a bulletin gives its ``SourceError``."""
    try:
        return parse_bytes(read_input(item), item.display, corrections)
    except SourceError as error:
        return error
    except RecursionError:
        return UnreadableSource(item.display, "structure too deeply nested to parse")


def parse_inputs(
    inputs: Iterable[CorpusInput],
    workers: int | None = None,
    progress: Callable[[], None] | None = None,
    corrections: Sequence[Correction] = (),
) -> ParseOutcome:
    """Parse every input, applying the ``corrections`` keyed to its sha256; a file that fails
    becomes a SourceError in ``failed``, never an exception.

    ``progress`` is called once per file parsed (the CLI's progress bar).
    """
    items = list(inputs)
    parse_one = partial(parse_input, corrections=tuple(corrections))
    if workers is None:
        workers = default_workers(len(items))
    results: list[ParsedSource | SourceError] = []
    if workers > 1:
        with local_pool(workers) as pool:
            for result in pool.map(parse_one, items, chunksize=8):
                results.append(result)
                if progress is not None:
                    progress()
    else:
        for item in items:
            results.append(parse_one(item))
            if progress is not None:
                progress()
    outcome = ParseOutcome(locations={item.display: item.path.as_posix() for item in items})
    for result in results:
        if isinstance(result, SourceError):
            outcome.failed.append(result)
        else:
            outcome.parsed.append(result)
    return outcome
