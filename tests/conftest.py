"""Fixtures for the whole suite; each area's live in tests/fixtures/."""

from tests.fixtures.mirrornet import *  # noqa: F403
from tests.fixtures.smallsite import *  # noqa: F403
from tests.fixtures.stores import *  # noqa: F403
