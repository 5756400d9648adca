"""Shared test set-up: the hypothesis settings profiles."""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

# A quick default for local runs; "ci" is the thorough profile .ci/run selects.
settings.register_profile("default", max_examples=100, deadline=None)
settings.register_profile(
    "ci",
    max_examples=1000,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
    print_blob=True,
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))
