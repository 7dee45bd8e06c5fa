"""No axe-core violations (WCAG 2.0, 2.1 and 2.2, A and AA) on any page kind, and no page scrolls sideways.

Debian's Chromium, driven by Playwright (no browser is downloaded), visits
every page kind in Swedish and English at 1280 and 360 CSS pixels wide.

pytest-django rolls the database back after each test and a live_server would
flush it, so the browser talks to a server process of its own (the ``site``
fixture in tests/conftest.py).
"""

from collections import defaultdict

import pytest

from tests.page_kinds import (
    AXE_JS,
    CHROMIUM,
    CHROMIUM_ARGS,
    LANGUAGES,
    PAGE_KINDS,
    pages,
)

pytestmark = pytest.mark.browser

WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"]
WIDTHS = [1280, 360]
NODES_SHOWN = 3


def _describe(violations):
    """Violations grouped by rule: each page with a few of its elements."""
    by_rule = defaultdict(list)
    for url, violation in violations:
        by_rule[(violation["id"], violation["impact"], violation["help"])].append((url, violation))
    lines = []
    for (rule, impact, help_text), found in sorted(by_rule.items()):
        lines.append(f"{rule} ({impact}): {help_text}")
        for url, violation in found:
            nodes = violation["nodes"]
            lines.append(f"  {url}: {len(nodes)} element(s)")
            for node in nodes[:NODES_SHOWN]:
                target = " ".join(str(part) for part in node["target"])
                html = " ".join(node["html"].split())[:160]
                lines.append(f"    {target}  {html}")
            if len(nodes) > NODES_SHOWN:
                lines.append(f"    … and {len(nodes) - NODES_SHOWN} more")
    return "\n".join(lines)


def every_page(site, language, width):
    """Each page kind in one language, loaded in Chromium at ``width``: (url, page)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS
        )
        try:
            # axe-core goes in as an inline script, which the site's
            # Content-Security-Policy would refuse (tests/test_security_headers.py
            # checks the policy with it on).
            page = browser.new_page(viewport={"width": width, "height": 800}, bypass_csp=True)
            for _name, url, status in pages(language):
                response = page.goto(site + url, wait_until="load")
                assert response.status == status, f"{url} answered {response.status}"
                yield url, page
        finally:
            browser.close()


@pytest.mark.parametrize("width", WIDTHS, ids=lambda width: f"{width}px")
@pytest.mark.parametrize("language", LANGUAGES)
def test_no_axe_violations(site, language, width):
    violations = []
    for url, page in every_page(site, language, width):
        page.add_script_tag(path=str(AXE_JS))
        result = page.evaluate(
            """tags => axe.run(document, {
                runOnly: {type: "tag", values: tags},
                resultTypes: ["violations"],
            })""",
            WCAG_TAGS,
        )
        violations += [(url, violation) for violation in result["violations"]]
    assert not violations, (
        f"{len(violations)} axe violations ({language}, {width}px):\n" + _describe(violations)
    )


# What the layout test measures in the page: the document's width against the
# viewport, and every table cell whose content is wider than the cell.
LAYOUT_JS = """() => ({
    scrollWidth: document.documentElement.scrollWidth,
    viewport: window.innerWidth,
    clipped: [...document.querySelectorAll("td, th")]
        .filter(cell => cell.scrollWidth > cell.clientWidth + 1)
        .map(cell => cell.textContent.trim().slice(0, 60)),
    filtersOpen: document.querySelector("details.filter-disclosure")?.open ?? null,
    menuOpen: document.querySelector("details.menu-disclosure")?.open ?? null,
    matrix: (region => region && [region.scrollWidth, region.clientWidth])(
        document.querySelector(".matrix-scroll")
    ),
})"""


@pytest.mark.parametrize("width", WIDTHS, ids=lambda width: f"{width}px")
@pytest.mark.parametrize("language", LANGUAGES)
def test_no_page_scrolls_sideways_or_clips_a_cell(site, language, width):
    """At 360 and 1280 px the document never scrolls sideways (wide tables scroll
    inside their own region) and no table cell cuts its text off."""
    problems = []
    for url, page in every_page(site, language, width):
        layout = page.evaluate(LAYOUT_JS)
        if layout["scrollWidth"] > layout["viewport"]:
            problems.append(f"{url}: the page is {layout['scrollWidth']} px wide")
        problems += [f"{url}: a cell clips {text!r}" for text in layout["clipped"]]
        # The real remiss's matrix (8 bodies x 23 proposals) fits 1280 px unscrolled.
        if width == 1280 and url.endswith("/matris/") and layout["matrix"]:
            scroll, client = layout["matrix"]
            if scroll > client:
                problems.append(f"{url}: the matrix is {scroll} px in {client} px")
        # A list's filters fold on a narrow screen, so its results come first.
        if layout["filtersOpen"] is not None and layout["filtersOpen"] != (width >= 768):
            problems.append(f"{url}: filters {'open' if layout['filtersOpen'] else 'folded'}")
        # So does the main menu, behind "Meny".
        if layout["menuOpen"] != (width >= 768):
            problems.append(f"{url}: menu {'open' if layout['menuOpen'] else 'folded'}")
    assert problems == [], f"{language}, {width}px:\n" + "\n".join(problems)


# Every focusable element of the lists and data views (``.data-view``, the
# filter forms): focused, it must be what the browser finds at its centre
# (WCAG 2.4.11, focus not obscured) and at least 24 × 24 px (2.5.8). A link
# that wraps is measured by its largest line box.
FOCUS_JS = """() => {
    const selector = "a[href], button, input:not([type=hidden]), select, textarea, summary, [tabindex]";
    const scopes = [...document.querySelectorAll(".data-view, .filter-form, .filter-disclosure")];
    const focusable = [...new Set(scopes.flatMap(scope => [...scope.querySelectorAll(selector)]))]
        .filter(element => element.tabIndex >= 0 && element.getClientRects().length
                && getComputedStyle(element).visibility !== "hidden"
                // Inside a folded disclosure nothing but its summary can take focus.
                && !(element.closest("details:not([open])") && element.tagName !== "SUMMARY"));
    const problems = [];
    for (const element of focusable) {
        element.focus();
        const name = (element.textContent || element.name || element.outerHTML).trim().slice(0, 50);
        if (document.activeElement !== element) {
            problems.push(`cannot be focused: ${name.split("\\n")[0]}`);
            continue;
        }
        const boxes = [...element.getClientRects()];
        const box = boxes.reduce((a, b) => (b.width * b.height > a.width * a.height ? b : a));
        if (box.width < 23.5 || box.height < 23.5) {
            problems.push(`${Math.round(box.width)} x ${Math.round(box.height)} px: ${name}`);
        }
        // The centre of the part in view: a scroll region may be taller than the screen.
        const left = Math.max(box.left, 0), right = Math.min(box.right, innerWidth);
        const top = Math.max(box.top, 0), bottom = Math.min(box.bottom, innerHeight);
        const hit = document.elementFromPoint((left + right) / 2, (top + bottom) / 2);
        if (!hit || !(hit === element || element.contains(hit))) {
            problems.push(`obscured by ${hit ? hit.tagName.toLowerCase() + "." + hit.className : "nothing"}: ${name}`);
        }
    }
    return {count: focusable.length, problems};
}"""

# The page kinds whose data views the focus test must find something in, so
# that it cannot pass by measuring nothing.
DATA_VIEW_KINDS = {
    name for name, _path, _status in PAGE_KINDS if name.endswith("-list") or "matrix" in name
} | {"timeline", "statement-compare"}


@pytest.mark.parametrize("width", WIDTHS, ids=lambda width: f"{width}px")
@pytest.mark.parametrize("language", LANGUAGES)
def test_focus_in_data_views_is_never_obscured_and_targets_are_large(site, language, width):
    problems = []
    for (name, _path, _status), (url, page) in zip(
        pages(language), every_page(site, language, width), strict=True
    ):
        found = page.evaluate(FOCUS_JS)
        if name in DATA_VIEW_KINDS and not found["count"]:
            problems.append(f"{url}: no focusable element found in its data view")
        problems += [f"{url}: {problem}" for problem in found["problems"]]
    assert problems == [], f"{language}, {width}px:\n" + "\n".join(problems)
