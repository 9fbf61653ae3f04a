"""The rule profiles the judges are tested under."""

import pytest

from govcheck.rules import load_profile

PROFILES = ["national-2019", "local-strict"]


@pytest.fixture(scope="module", params=PROFILES)
def profile(request):
    return load_profile(request.param)


@pytest.fixture(scope="module")
def national():
    return load_profile("national-2019")
