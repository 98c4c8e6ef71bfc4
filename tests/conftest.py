"""Shared pytest fixtures: where the real corpus lives and the hypothesis profiles."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, Phase, settings
from hypothesis.database import DirectoryBasedExampleDatabase

from bantin.parsers import figures, tokens

REPO = Path(__file__).resolve().parents[1]

# Hypothesis profiles. `ci` is what .ci/run uses: derandomized (the same examples every run, so a
# red build is reproducible), no deadline (a slow shared runner must not flake), enough examples to
# matter. `dev` is for quick local runs; `nightly` digs deeper (nox -s properties).
# Failing examples are kept in .hypothesis/ locally and pinned with @example once understood.
_DATABASE = DirectoryBasedExampleDatabase(str(REPO / ".hypothesis" / "examples"))
settings.register_profile(
    "ci",
    max_examples=60,
    derandomize=True,
    deadline=None,
    database=None,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile("dev", max_examples=20, deadline=None, database=_DATABASE)
settings.register_profile(
    "nightly",
    max_examples=2000,
    deadline=None,
    database=_DATABASE,
    suppress_health_check=[HealthCheck.too_slow],
)
# `mutants` is for `nox -s mutants`: every mutant reruns the property laws, so fewer examples, and
# no shrinking (a failing example is enough to kill a mutant; shrinking it would only cost time).
settings.register_profile(
    "mutants",
    max_examples=15,
    derandomize=True,
    deadline=None,
    database=None,
    phases=[Phase.explicit, Phase.reuse, Phase.generate],
    suppress_health_check=[HealthCheck.too_slow],
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci" if os.environ.get("CI") else "dev"))


def _draw_no_mined_constants() -> None:
    """A derandomized profile draws the same examples wherever it runs. Hypothesis also draws, now
    and then, constants it mines from the source of every module imported so far outside
    site-packages and test folders: under an editable install (``nox -s tests`` makes one),
    bantin's own modules, as many as the tests run before had imported. A law then drew other
    examples in a full run than alone, or than under a plain install, where nothing is mined (a
    failure seen in a full run could not be replayed alone). Its pool is kept empty here; a
    hypothesis without that pool is left as it is."""
    try:
        from hypothesis.internal.conjecture import providers
    except ImportError:  # pragma: no cover - hypothesis moved its internals
        return
    pool = getattr(providers, "_local_constants", None)
    # Only a pool nothing was mined into yet is kept so.
    if callable(getattr(providers, "_get_local_constants", None)) and pool is not None and not pool:
        providers._get_local_constants = lambda: pool


if settings.default.derandomize:
    _draw_no_mined_constants()
CORPUS = Path(os.environ.get("BANTIN_CORPUS", REPO.parent / "shared" / "corpus"))


def corpus_file(prefix: str) -> Path:
    """The real bulletin whose name starts with ``prefix``; the test is skipped without a corpus."""
    if not CORPUS.is_dir():
        pytest.skip(f"real corpus not found at {CORPUS}")
    matches = sorted(CORPUS.glob(f"{prefix}*"))
    if not matches:
        pytest.skip(f"no corpus file {prefix}* in {CORPUS}")
    return matches[0]


@pytest.fixture
def corpus_dir() -> Path:
    if not CORPUS.is_dir():
        pytest.skip(f"real corpus not found at {CORPUS}")
    return CORPUS


# Under mutmut (`nox -s mutants`): mutmut names the phase or the mutant in MUTANT_UNDER_TEST and runs
# the tests in the folder it mutated (``mutants/``), where it keeps ``mutmut-stats.json``.
_SETUP_DURATIONS = Path("mutmut-setup-durations.json")
_setup_durations: dict[str, float] = {}


@pytest.fixture(autouse=True)
def _fresh_readings_while_mutmut_maps_the_tests() -> None:
    """While mutmut maps each test to the functions it calls (the "stats" phase), every test reads
    its texts afresh. Otherwise the tokenizer's and the figures' memos credit a sentence's reading
    to the first test that read it, and mutmut never runs the others on a mutant of the reader:
    the parser's real-form table, which checks each figure's kind, was left out of the tokenizer's
    mutants whenever a rule's test had read the same sentence first, and its kills were reported
    as survivors."""
    if os.environ.get("MUTANT_UNDER_TEST") == "stats":
        figures.clear_cache()
        tokens.clear_cache()


#: While mutmut maps the tests, the functions each shared fixture (module, class, package or
#: session scope) called when it was built, by fixture name.
_built_by_fixture: dict[str, set[str]] = {}


@pytest.hookimpl(wrapper=True)
def pytest_runtest_setup(item: pytest.Item) -> Iterator[None]:
    """While mutmut maps the tests, credit every test that uses a shared fixture with what the
    fixture called when it was built. mutmut credits a function to the test during which it ran;
    a fixture built once for a module runs during its first test's setup only, so the module's
    other tests, which read the tables or the release it built (the editor column, the figure
    ids), were never run on a mutant of the code that built it, and their kills were reported as
    survivors."""
    result = yield
    if os.environ.get("MUTANT_UNDER_TEST") == "stats":
        _credit_shared_fixtures(item)
    return result


def _credit_shared_fixtures(item: pytest.Item) -> None:
    try:
        from mutmut.state import state
    except ImportError:
        return
    info = getattr(item, "_fixtureinfo", None)
    if info is None:
        return
    shared = [
        name
        for name, definitions in info.name2fixturedefs.items()
        if definitions and definitions[-1].scope != "function"
    ]
    hits = state()._stats  # what ran so far in this test: its setup, fixtures built now included
    for name in shared:
        _built_by_fixture.setdefault(name, set()).update(hits)
    for name in shared:
        hits.update(_built_by_fixture[name])


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    """While mutmut measures the tests, note each one's setup time too (it keeps only the call's,
    but a module fixture that releases the corpus costs more than the tests that share it)."""
    if report.when == "setup" and os.environ.get("MUTANT_UNDER_TEST") == "stats":
        _setup_durations[report.nodeid] = report.duration


def pytest_sessionfinish(session: pytest.Session) -> None:
    if _setup_durations and os.environ.get("MUTANT_UNDER_TEST") == "stats":
        known = json.loads(_SETUP_DURATIONS.read_text("utf-8")) if _SETUP_DURATIONS.exists() else {}
        _SETUP_DURATIONS.write_text(json.dumps(known | _setup_durations), "utf-8")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Under mutmut, run a mutant's cheapest tests first.

    mutmut stops at the first failing test (-x) but hands the tests over in no useful order, so a
    mutant that a 10 ms unit test kills often waited for a property law or a release first. The
    test modules named after the mutated module (``test_datadoc.py`` for ``datadoc.py``) go first,
    then the others by their tests' mean cost (setup and call time measured on the unmutated code).
    A module's tests stay together, so its module-scoped fixtures are built once.
    """
    mutant = os.environ.get("MUTANT_UNDER_TEST", "")
    if "__mutmut_" not in mutant:
        return
    mutated = mutant.rsplit(".", 2)[-2] if mutant.count(".") >= 2 else ""
    try:
        calls = json.loads(Path("mutmut-stats.json").read_text("utf-8"))["duration_by_test"]
        setups = (
            json.loads(_SETUP_DURATIONS.read_text("utf-8")) if _SETUP_DURATIONS.exists() else {}
        )
    except (OSError, ValueError, KeyError):
        return
    cost = {
        item.nodeid: float(calls.get(item.nodeid, 0.0)) + float(setups.get(item.nodeid, 0.0))
        for item in items
    }
    by_module: dict[str, list[float]] = {}
    for item in items:
        by_module.setdefault(item.nodeid.split("::", 1)[0], []).append(cost[item.nodeid])

    def key(item: pytest.Item) -> tuple[bool, float, str, float]:
        module = item.nodeid.split("::", 1)[0]
        costs = by_module[module]
        named = bool(mutated) and mutated.strip("_") in Path(module).stem
        return (not named, sum(costs) / len(costs), module, cost[item.nodeid])

    items.sort(key=key)
