"""Static files as production serves them: hashed and compressed, without their manifest."""

import io

import pytest
from django.contrib.staticfiles.storage import staticfiles_storage
from django.core.management import call_command


@pytest.fixture
def collected(settings, tmp_path):
    """collectstatic as the image runs it, into a STATIC_ROOT of the test's own."""
    settings.STATIC_ROOT = tmp_path / "staticfiles"
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
    }
    call_command("collectstatic", "--noinput", verbosity=0, stdout=io.StringIO())
    return settings.STATIC_ROOT


@pytest.mark.parametrize("autorefresh", [False, True])
def test_the_manifest_is_not_served_but_the_hashed_files_are(
    client, collected, settings, autorefresh
):
    settings.WHITENOISE_AUTOREFRESH = autorefresh
    # The manifest is there, and lists the hashed names.
    assert (collected / "staticfiles.json").is_file()
    hashed = staticfiles_storage.url("css/site.css")
    assert hashed != "/static/css/site.css"
    assert hashed.startswith("/static/css/site.")

    assert client.get("/static/staticfiles.json").status_code == 404
    assert client.get("/static/staticfiles.json.gz").status_code == 404
    response = client.get(hashed)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/css")
    assert "immutable" in response["Cache-Control"]
