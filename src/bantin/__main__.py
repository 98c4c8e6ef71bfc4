"""The ``bantin`` console script: ``bantin verify DIR`` runs without loading the rest of bantin."""

from __future__ import annotations

import signal
import sys


def main(argv: list[str] | None = None) -> None:
    """Dispatch: the plain ``verify DIR [--format json]`` form is answered by the light verifier
    (pyarrow only, so a consumer's check starts fast); everything else, ``verify -h`` included,
    goes to the full command line (``bantin.cli``). Ctrl-C exits with 130 and no traceback, also
    while bantin's modules are still loading, before the command line could catch it."""
    try:
        _dispatch(sys.argv[1:] if argv is None else argv)
    except KeyboardInterrupt:
        raise SystemExit(128 + signal.SIGINT) from None


def _dispatch(args: list[str]) -> None:
    if args[:1] == ["verify"] and _plain_verify(args[1:]):
        from bantin.packaging.verify_command import run_verify

        json_output = "json" in args[2:]
        raise SystemExit(run_verify(args[1], json_output, sys.stdout, sys.stderr))
    from bantin.cli import main as full

    full()


def _plain_verify(rest: list[str]) -> bool:
    if len(rest) == 1:
        return not rest[0].startswith("-")
    return (
        len(rest) == 3
        and not rest[0].startswith("-")
        and rest[1:]
        in (
            ["--format", "json"],
            ["--format", "text"],
            ["-f", "json"],
            ["-f", "text"],
        )
    )


if __name__ == "__main__":
    main()
