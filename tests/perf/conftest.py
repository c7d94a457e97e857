"""Benchmarks (``pytest -m perf``): the datasets per scale, and the one table printed at the end."""
from __future__ import annotations

import time

import pytest

from tests.perf import bench


@pytest.fixture(scope="session", params=bench.wanted_scales())
def dataset(request: pytest.FixtureRequest) -> bench.Dataset:
    """A demo file per scale (district, city, province), from the cache or made now; never modified."""
    return bench.dataset(request.param)


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if not bench.RESULTS.figures:
        return
    write = terminalreporter.write_line
    write("")
    write(f"CaseDesk benchmarks — {bench.machine()}")
    write("median of several runs, warm; ratio = median / baseline measured in the same run")
    write("")
    for line in bench.RESULTS.table().splitlines():
        write(line)
    growth = bench.RESULTS.growth()
    if growth:
        write("")
        write("growth with the size of the data (district -> city -> province):")
        for line in growth.splitlines():
            write(line)
    saved = bench.cache_dir() / f"results-{time.strftime('%Y%m%d-%H%M%S')}.json"
    bench.RESULTS.save(saved)
    write("")
    write(f"figures saved to {saved}")
