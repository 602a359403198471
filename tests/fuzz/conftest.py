"""Hypothesis profiles for the fuzz suite.

`ci` (the default) keeps every property to a few hundred examples so that `make test` stays quick;
`make fuzz` selects `fuzz` (SUPPLE_FUZZ_EXAMPLES, 10,000 by default) and prints Hypothesis's counts.
No deadline in either: these machines are shared, and a slow example is not a failure. A hang is
caught by the limits the code itself enforces, which the properties assert.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

_SUPPRESSED = [HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much]

settings.register_profile(
    "ci", max_examples=200, deadline=None, derandomize=True, suppress_health_check=_SUPPRESSED
)
settings.register_profile(
    "fuzz",
    max_examples=int(os.environ.get("SUPPLE_FUZZ_EXAMPLES", "10000")),
    deadline=None,
    suppress_health_check=_SUPPRESSED,
)
settings.load_profile(os.environ.get("SUPPLE_HYPOTHESIS_PROFILE", "ci"))
