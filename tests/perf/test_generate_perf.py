"""Making the demo dataset (DESIGN.md: the province dataset in under a minute).

The figure is ``casedesk demo-data --scale S`` run as a subprocess on a new,
migrated file, timed when the dataset cache was made (set
``CASEDESK_PERF_REGENERATE=1``, or a scale name, to make and time it again).
"""
from __future__ import annotations

import pytest

from tests.perf.bench import RESULTS, Dataset, Figure

pytestmark = pytest.mark.perf


def test_generate(dataset: Dataset) -> None:
    size = dataset.path.stat().st_size / 1024 / 1024
    when = "made in this run" if dataset.generated_now else "timed when the cached file was made"
    RESULTS.add(Figure("generate the dataset (casedesk demo-data)", dataset.scale, dataset.generate_seconds,
                       target=60.0 if dataset.scale == "province" else None, note=f"{size:,.0f} MB file; {when}"))
