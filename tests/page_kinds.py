"""Every kind of public page, for the accessibility and HTML validity tests, and their tools.

Both tests visit the same pages in Swedish (unprefixed) and in English (/en/),
with real slugs from the corpus. The tools they need (Chromium, Java, the npm
packages in node_modules) may be missing on a developer's machine: the tests
then skip and say why. In CI (CI=true) a missing tool is a failure.
"""

import os
from pathlib import Path

import pytest
from django.conf import settings

NODE_MODULES = Path(settings.BASE_DIR) / "node_modules"
AXE_JS = NODE_MODULES / "axe-core" / "axe.min.js"
VNU_JAR = NODE_MODULES / "vnu-jar" / "build" / "dist" / "vnu.jar"

# (name, Swedish path, expected status)
PAGE_KINDS = [
    ("home", "/", 200),
    ("about", "/om/", 200),
    ("meeting-list", "/forum/", 200),
    ("meeting", "/forum/forum-tillit-en-larande-tillsyn/", 200),
    ("person-list", "/personer/", 200),
    ("person", "/personer/laura-hartman/", 200),
    ("organisation-list", "/organisationer/", 200),
    ("organisation", "/organisationer/stockholms-stad/", 200),
    ("report-list", "/betankanden/", 200),
    ("report", "/betankanden/sou-2018-47/", 200),
    ("proposal", "/betankanden/sou-2018-47/forslag/nationellt-policylabb/", 200),
    ("remiss-list", "/remisser/", 200),
    ("remiss", "/remisser/tillitsdelegationens-betankanden-ks-2018-1086/", 200),
    ("remiss-matrix", "/remisser/tillitsdelegationens-betankanden-ks-2018-1086/matris/", 200),
    (
        "remiss-matrix-transposed",
        "/remisser/tillitsdelegationens-betankanden-ks-2018-1086/matris/?transpose=on",
        200,
    ),
    ("statement-list", "/remissvar/", 200),
    ("statement", "/remissvar/utbildningsnamnden/", 200),
    ("statement-compare-empty", "/remissvar/jamfor/", 200),
    (
        "statement-compare",
        "/remissvar/jamfor/?a=hasselby-vallingby-stadsdelsnamnd&b=norrmalms-stadsdelsnamnd",
        200,
    ),
    ("position-list", "/remissvar/positioner/", 200),
    ("position-list-filtered", "/remissvar/positioner/?stance=hesitant", 200),
    # An invalid filter answers 400 with the form's error shown.
    ("meeting-list-invalid-filter", "/forum/?year=abc", 400),
    ("source-list", "/kallor/", 200),
    ("source-official", "/kallor/forum-tillit/", 200),
    ("source-news", "/kallor/altinget-det-ska-bli-mer-tillit-i-staten/", 200),
    ("timeline", "/tidslinje/", 200),
    ("accessibility", "/tillganglighet/", 200),
    ("not-found", "/forum/finns-inte/", 404),
]

LANGUAGES = ["sv", "en"]


def pages(language):
    """(name, path, expected status) of every page kind in one language."""
    prefix = "" if language == "sv" else f"/{language}"
    return [(name, prefix + path, status) for name, path, status in PAGE_KINDS]


def in_ci():
    return os.environ.get("CI", "").strip().lower() not in {"", "0", "false", "no"}


def require(condition, reason):
    """Skip the test when a tool is missing, saying why; in CI, fail instead."""
    if condition:
        return
    if in_ci():
        pytest.fail(
            f"{reason}. CI=true: .ci/run must install it, so this is a failure.", pytrace=False
        )
    pytest.skip(reason)
