"""The core's message language follows the environment as gettext reads it (issue 14 D26)."""

from __future__ import annotations

import pytest

from vpnotes.i18n import language

VARIABLES = ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE")


@pytest.mark.parametrize(("environment", "expected"), [
    ({}, "nl"),
    ({"LANG": "en_GB.UTF-8"}, "en"),
    ({"LANG": "nl_NL.UTF-8", "LC_MESSAGES": "en_US.UTF-8"}, "en"),  # LC_MESSAGES before LANG
    ({"LANG": "en_US.UTF-8", "LC_MESSAGES": "nl_BE.UTF-8"}, "nl"),
    ({"LC_MESSAGES": "en_US.UTF-8", "LC_ALL": "nl_NL.UTF-8"}, "nl"),  # LC_ALL before LC_MESSAGES
    ({"LANG": "nl_NL.UTF-8", "LANGUAGE": "en_GB:nl"}, "en"),  # LANGUAGE first ...
    ({"LANG": "nl_NL.UTF-8", "LANGUAGE": "fr:de:en"}, "en"),  # ... its first language we speak
    ({"LC_ALL": "C", "LANGUAGE": "en"}, "nl"),  # ... but not in the C locale, as gettext does
    ({"LANG": "fr_FR.UTF-8"}, "nl"),  # a language we do not speak: Dutch
])
def test_language_precedence(monkeypatch: pytest.MonkeyPatch, environment: dict[str, str], expected: str) -> None:
    for name in VARIABLES:
        monkeypatch.delenv(name, raising=False)
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    assert language() == expected
