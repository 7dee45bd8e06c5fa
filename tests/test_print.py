"""A statement and the stance matrix print legibly: A4, the matrix turned sideways.

Chromium prints each page to PDF (``page.pdf`` honours the stylesheets'
``@page`` size); the PDF's page box tells the paper size. The layout is then
measured in print media at the printed width: the matrix prints as its grid,
whatever a narrow screen showed, and fits the paper.
"""

import re

import pytest

from tests.page_kinds import CHROMIUM, CHROMIUM_ARGS

pytestmark = pytest.mark.browser

STATEMENT = "/remissvar/utbildningsnamnden/"
MATRIX = "/remisser/tillitsdelegationens-betankanden-ks-2018-1086/matris/"
# A4 in PDF points (1/72 inch), as Chromium writes it, give or take rounding.
A4_PORTRAIT = (595, 842)
A4_LANDSCAPE = (842, 595)
# The printed width in CSS pixels (96 a inch): A4 less the @page margins.
MATRIX_PRINT_WIDTH = round((297 - 2 * 10) / 25.4 * 96)
STATEMENT_PRINT_WIDTH = round((210 - 2 * 16) / 25.4 * 96)
MEDIA_BOX = re.compile(rb"/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]")

PRINTED_JS = """() => ({
    hidden: ["header.site-header", ".main-nav", ".site-footer", ".filter-form", ".breadcrumbs"]
        .filter(selector => document.querySelector(selector)?.checkVisibility()),
    grid: document.querySelector(".matrix-grid")?.checkVisibility() ?? null,
    cards: document.querySelector(".matrix-cards")?.checkVisibility() ?? null,
    matrix: (table => table && table.getBoundingClientRect().width)(document.querySelector(".matrix")),
    textWidth: document.documentElement.scrollWidth,
})"""


@pytest.fixture(scope="module")
def browser(site):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS
        )
        yield chromium
        chromium.close()


def paper_sizes(browser, url):
    """The size in points of each page of ``url`` printed to PDF."""
    page = browser.new_page()
    page.goto(url, wait_until="load")
    pdf = page.pdf(prefer_css_page_size=True, print_background=True)
    page.close()
    return {(round(float(w)), round(float(h))) for w, h in MEDIA_BOX.findall(pdf)}


def printed(browser, url, width):
    """What is shown, and how wide, when ``url`` is laid out for print at ``width`` px."""
    page = browser.new_page(viewport={"width": width, "height": 800})
    page.goto(url, wait_until="load")
    page.emulate_media(media="print")
    found = page.evaluate(PRINTED_JS)
    page.close()
    return found


def close_to(size, paper):
    return all(abs(a - b) <= 2 for a, b in zip(size, paper, strict=True))


def test_a_statement_prints_on_a4_portrait_without_the_page_frame(browser, site):
    sizes = paper_sizes(browser, site + STATEMENT)
    assert sizes
    assert all(close_to(size, A4_PORTRAIT) for size in sizes), sizes
    found = printed(browser, site + STATEMENT, STATEMENT_PRINT_WIDTH)
    assert found["hidden"] == [], "printed, though only the screen needs them"
    assert found["textWidth"] <= STATEMENT_PRINT_WIDTH


def test_the_matrix_prints_as_its_grid_on_a4_landscape(browser, site):
    sizes = paper_sizes(browser, site + MATRIX)
    assert sizes
    assert all(close_to(size, A4_LANDSCAPE) for size in sizes), sizes
    found = printed(browser, site + MATRIX, MATRIX_PRINT_WIDTH)
    assert found["grid"] is True
    assert found["cards"] is False
    assert found["hidden"] == []
    assert 0 < found["matrix"] <= MATRIX_PRINT_WIDTH, found
