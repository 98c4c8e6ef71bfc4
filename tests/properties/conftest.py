"""Count the generated examples each law checks and print the counts after the run."""

from __future__ import annotations

from collections import Counter

import pytest
from hypothesis import settings

#: Examples checked per law (only examples that passed every ``assume``).
LAW_COUNTS: Counter[str] = Counter()


def scaled(fraction: float, minimum: int = 3) -> settings:
    """The loaded profile with ``fraction`` of its examples, for the laws that cost the most."""
    return settings(max_examples=max(minimum, int(settings.default.max_examples * fraction)))


@pytest.fixture(scope="session")
def law_counts() -> Counter[str]:
    return LAW_COUNTS


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if not LAW_COUNTS:
        return
    profile = settings.get_current_profile_name()
    terminalreporter.section(f"examples checked per law (hypothesis profile {profile!r})")
    width = max(len(law) for law in LAW_COUNTS)
    for law, count in sorted(LAW_COUNTS.items()):
        terminalreporter.write_line(f"{law:<{width}}  {count:>5}")
