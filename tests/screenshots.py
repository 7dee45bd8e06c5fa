"""
Screenshots of every page kind, in Swedish and English, at 360 and 1280 px.

`make screenshots` writes them to ``screenshots/`` (ignored by git), named
``<language>-<width>-<page kind>.png``, so a reviewer can look at the whole
site without clicking through it. Uses the browser tests' server and
Chromium (tests/page_kinds.py); full pages, not only the first screen.
"""

import argparse
import os
import sys
import tempfile
from pathlib import Path

WIDTHS = (360, 1280)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.strip().splitlines()[0])
    parser.add_argument(
        "--out", default="screenshots", help="folder to write (default: %(default)s)"
    )
    parser.add_argument(
        "--only", default="", help="page kinds to take, comma-separated (default: every kind)"
    )
    args = parser.parse_args(argv)

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tillit.settings")
    import django

    django.setup()
    from playwright.sync_api import sync_playwright

    from tests.page_kinds import CHROMIUM, CHROMIUM_ARGS, LANGUAGES, pages, serve_corpus

    if not CHROMIUM.exists():
        sys.exit(f"{CHROMIUM} is not installed (apt-get install chromium).")
    wanted = {name for name in args.only.split(",") if name}
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    taken = 0
    with (
        tempfile.TemporaryDirectory() as folder,
        serve_corpus(folder) as base,
        sync_playwright() as playwright,
    ):
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS
        )
        for width in WIDTHS:
            page = browser.new_page(viewport={"width": width, "height": 900})
            for language in LANGUAGES:
                for name, url, _status in pages(language):
                    if wanted and name not in wanted:
                        continue
                    page.goto(base + url, wait_until="load")
                    page.screenshot(path=out / f"{language}-{width}-{name}.png", full_page=True)
                    taken += 1
        browser.close()
    print(f"{taken} screenshots in {out}/")


if __name__ == "__main__":
    main()
