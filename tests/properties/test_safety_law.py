"""Law 5 (safety): whatever the input bytes, folder trees and --out state, a release never loses a
file that bantin did not write, never leaves a traceback, and leaves a valid package or the old
state."""

from __future__ import annotations

import os
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

from hypothesis import given
from hypothesis import strategies as st
from typer.testing import CliRunner

from bantin.cli import app
from bantin.datasets.synthetic.sample import embedded_sample_files
from bantin.packaging.reader import verify_package
from tests.properties.conftest import scaled

SAMPLES = [path.read_bytes() for path in embedded_sample_files()]
samples = st.sampled_from(range(len(SAMPLES))).map(lambda index: SAMPLES[index])
runner = CliRunner()

#: Names that collide with what bantin writes or reads, and some hidden ones.
NAMES = "datapackage.json data README.md notes.txt a.txt b.xml sub .hidden bulletins.parquet"
names = st.sampled_from([*NAMES.split(), "articles.parquet", ".release.tmp-x", "release", "x.lock"])
contents = st.one_of(
    st.binary(max_size=300),
    samples,
    st.tuples(samples, st.binary(max_size=8), st.integers(0, 4000)).map(
        lambda t: t[0][: t[2]] + t[1] + t[0][t[2] :]
    ),
    st.just(b"{}"),
)
trees = st.recursive(
    contents,
    lambda children: st.dictionaries(names, children, max_size=4),
    max_leaves=8,
)
#: What --out holds before the release: nothing, a file, a tree, a previous bantin package, or a
#: previous package with a tree of the user's mixed into it.
out_states = st.one_of(
    st.just(("missing", None)),
    st.tuples(st.just("file"), contents),
    st.tuples(st.just("tree"), st.dictionaries(names, trees, max_size=4)),
    st.tuples(st.just("package"), st.just({})),
    st.tuples(st.just("package+"), st.dictionaries(names, trees, min_size=1, max_size=3)),
)


def write_tree(root: Path, tree: Any) -> None:
    if isinstance(tree, bytes):
        root.write_bytes(tree)
        return
    root.mkdir(exist_ok=True)
    for name, child in tree.items():
        path = root / name
        if isinstance(child, dict) and path.is_file():
            continue
        if isinstance(child, bytes) and path.is_dir():
            continue
        write_tree(path, child)


def files(root: Path) -> dict[str, bytes]:
    """Every regular file under ``root`` (links not followed), by path, with its bytes."""
    if root.is_file():
        return {".": root.read_bytes()}
    found = {}
    for current, _dirs, names_ in os.walk(root):
        for name in names_:
            path = Path(current) / name
            if path.is_file() and not path.is_symlink():
                found[path.relative_to(root).as_posix()] = path.read_bytes()
    return found


def release(source: Path, out: Path) -> tuple[int, str]:
    result = runner.invoke(app, ["release", str(source), "--out", str(out)])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    return result.exit_code, result.output


@scaled(0.1)
@given(inputs=st.dictionaries(names, trees, min_size=1, max_size=5), state=out_states)
def test_a_release_never_loses_a_file_bantin_did_not_write(
    inputs: dict[str, Any], state: tuple[str, Any], law_counts: Counter[str]
) -> None:
    with tempfile.TemporaryDirectory() as scratch:
        root = Path(scratch)
        source, out = root / "in", root / "release"
        write_tree(source, inputs)
        bantins: dict[str, bytes] = {}
        kind, extra = state
        if kind.startswith("package"):
            sample = root / "sample"
            write_tree(sample, {"s.txt": SAMPLES[0]})
            assert release(sample, out)[0] == 0
            bantins = files(out)
            write_tree(out, extra)
        elif kind == "file":
            out.write_bytes(extra)
        elif kind == "tree":
            write_tree(out, extra)
        before_inputs = files(source)
        before_out = files(out) if out.exists() else {}
        users = {p: b for p, b in before_out.items() if bantins.get(p) != b}
        (root / "sibling.txt").write_bytes(b"mine")

        code, output = release(source, out)

        assert code in (0, 1, 2), output
        assert files(source) == before_inputs
        after = files(out) if out.exists() else {}
        lost = {p for p, b in users.items() if after.get(p) != b}
        assert not lost, (lost, output)
        assert (root / "sibling.txt").read_bytes() == b"mine"
        if code == 0:
            assert verify_package(out) == []
            law_counts["5 safety: ... of which a package was written"] += 1
        else:
            assert after == before_out, output
        assert not [p for p in root.iterdir() if p.name.startswith(".release.")]
    law_counts["5 safety: no file bantin did not write is lost"] += 1
