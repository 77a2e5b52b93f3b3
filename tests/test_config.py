"""Typed settings: a value that does not fit is a SettingError naming the setting."""

from __future__ import annotations

import pytest
from scrapy.settings import Settings

from newscrawl.config import SettingError, get_bool, get_choice, get_float, get_int


def test_values_from_the_command_line_are_read_as_their_type():
    settings = Settings({"A": "10", "B": "2.5", "C": " Keep ", "D": "false", "E": "1"})
    assert get_int(settings, "A", 1, minimum=1) == 10
    assert get_float(settings, "B", 0.0, minimum=0) == 2.5
    assert get_choice(settings, "C", "link", ("link", "keep")) == "keep"
    assert get_bool(settings, "D", True) is False
    assert get_bool(settings, "E", False) is True
    assert get_int(settings, "MISSING", 7) == 7


@pytest.mark.parametrize(
    ("read", "message"),
    [
        (lambda s: get_int(s, "N", 1), "N = 'abc': expected a whole number"),
        (lambda s: get_int(s, "NEG", 1, minimum=0), "NEG = '-1': expected a whole number >= 0"),
        (lambda s: get_int(s, "HALF", 1), "HALF = 1.5: expected a whole number"),
        (lambda s: get_float(s, "N", 1.0), "N = 'abc': expected a number"),
        (lambda s: get_float(s, "NAN", 1.0), "NAN = 'nan': expected a number"),
        (lambda s: get_choice(s, "N", "link", ("link", "drop")), "N = 'abc': expected one of link, drop"),
        (lambda s: get_bool(s, "N", True), "N = 'abc': expected True or False (1 or 0)"),
    ],
)
def test_a_bad_value_names_the_setting_and_what_it_accepts(read, message):
    settings = Settings({"N": "abc", "NEG": "-1", "HALF": 1.5, "NAN": "nan"})
    with pytest.raises(SettingError) as caught:
        read(settings)
    assert str(caught.value) == message
    assert "\n" not in str(caught.value)
