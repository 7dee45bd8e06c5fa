"""Every page kind, in Swedish and English, passes the Nu Html Checker (vnu.jar) without errors.

The pages come from Django's test client, so this runs on whichever database
the suite runs on; vnu checks all of them in one Java run.
"""

import json
import shutil
import subprocess
from urllib.parse import unquote, urlsplit

import pytest

from tests.page_kinds import LANGUAGES, VNU_JAR, pages, require

pytestmark = [pytest.mark.django_db, pytest.mark.validator]


@pytest.fixture
def vnu():
    java = shutil.which("java")
    require(java, "Java is not installed (apt-get install default-jre-headless)")
    require(
        VNU_JAR.is_file(),
        f"{VNU_JAR} is missing (run `npm ci` in the checkout, or `make test` with npm installed)",
    )
    return [java, "-jar", str(VNU_JAR)]


def test_every_page_kind_is_valid_html(client, tmp_path, vnu):
    files = {}
    for language in LANGUAGES:
        for name, url, status in pages(language):
            response = client.get(url)
            assert response.status_code == status, f"{url} answered {response.status_code}"
            path = tmp_path / f"{language}-{name}.html"
            path.write_bytes(response.content)
            files[path.name] = url

    result = subprocess.run(
        [*vnu, "--format", "json", "--stdout", *(str(tmp_path / name) for name in files)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    try:
        messages = json.loads(result.stdout)["messages"]
    except (json.JSONDecodeError, KeyError):
        pytest.fail(
            f"vnu gave no JSON (exit {result.returncode}):\n{result.stdout}\n{result.stderr}"
        )

    errors = [m for m in messages if m["type"] in {"error", "non-document-error"}]
    lines = []
    for message in errors:
        file = unquote(urlsplit(message.get("url", "")).path).rsplit("/", 1)[-1]
        line = message.get("lastLine", "?")
        extract = " ".join(message.get("extract", "").split())
        lines.append(
            f"{file} ({files.get(file, '?')}) line {line}: {message['message']}"
            + (f"\n    {extract}" if extract else "")
        )
    assert not errors, f"{len(errors)} HTML errors from vnu:\n" + "\n".join(lines)
