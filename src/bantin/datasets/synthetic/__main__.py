"""Regenerate the embedded sample: ``python -m bantin.datasets.synthetic [OUT_DIR]``."""

from __future__ import annotations

import sys
from pathlib import Path

from bantin.datasets.synthetic.sample import (
    EMBEDDED_SAMPLE_SEED,
    EMBEDDED_SAMPLE_SIZE,
    SAMPLE_FILE_RE,
    embedded_sample_dir,
    write_sample,
)


def main(argv: list[str] | None = None) -> int:
    """Write the embedded sample into OUT_DIR (default: the package's own sample folder),
    removing bulletin files a previous, larger sample left there."""
    args = sys.argv[1:] if argv is None else argv
    out = Path(args[0]) if args else embedded_sample_dir()
    if out.is_dir():
        for stale in out.iterdir():
            if SAMPLE_FILE_RE.match(stale.name):
                stale.unlink()
    for path in write_sample(out, EMBEDDED_SAMPLE_SIZE, EMBEDDED_SAMPLE_SEED):
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
