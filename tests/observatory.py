"""
Mozilla's HTTP Observatory score of a response, computed here.

The Observatory (https://developer.mozilla.org/en-US/observatory) scans a
public host; the portal in the suite is not one. This module applies its
published rules (the score table and tests of mdn/mdn-http-observatory,
src/grader/charts.js and src/analyzer/tests/) to a response the test client
got, so that tests/test_security_headers.py can require A+ on every page kind:

- Every site starts at 100. Each test adds its modifier; bonuses (positive
  modifiers) count only when the score without them is at least 90.
- 100 or more is A+, 90 to 99 A, … below 25 F.

Scored: Content-Security-Policy, cookies, CORS, redirection to HTTPS,
Referrer-Policy, HSTS, Subresource Integrity, X-Content-Type-Options,
X-Frame-Options and Cross-Origin-Resource-Policy. Not scored: HSTS
preloading (a property of the public list, +5 at most).

Run against a deployed copy: ``python -m tests.observatory https://host/``.
"""

import sys
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from html.parser import HTMLParser
from http.cookies import SimpleCookie
from urllib.parse import urlsplit

MINIMUM_SCORE_FOR_EXTRA_CREDIT = 90
GRADES = [
    (100, "A+"),
    (90, "A"),
    (85, "A-"),
    (80, "B+"),
    (70, "B"),
    (65, "B-"),
    (60, "C+"),
    (50, "C"),
    (45, "C-"),
    (40, "D+"),
    (30, "D"),
    (25, "D-"),
    (0, "F"),
]
DANGEROUSLY_BROAD = {"ftp:", "http:", "https:", "*", "http://*", "http://*.*", "https://*"}
UNSAFE_INLINE = {"'unsafe-inline'", "data:"}
NONCES_AND_HASHES = ("'sha256-", "'sha384-", "'sha512-", "'nonce-")
PRIVATE_REFERRERS = {
    "no-referrer",
    "same-origin",
    "strict-origin",
    "strict-origin-when-cross-origin",
}
UNSAFE_REFERRERS = {
    "origin",
    "origin-when-cross-origin",
    "unsafe-url",
    "no-referrer-when-downgrade",
}
SIX_MONTHS = 15768000


@dataclass
class Scan:
    """What the Observatory looks at: the page fetched over HTTPS, and the first answer over HTTP."""

    url: str
    headers: dict
    body: bytes = b""
    cookies: SimpleCookie = field(default_factory=SimpleCookie)
    http_redirect: str | None = None  # Location of the plain-HTTP answer, if it redirected


@dataclass
class Result:
    score: int
    grade: str
    tests: dict  # test name -> (outcome, modifier)

    def explain(self):
        return "\n".join(
            f"  {name}: {outcome} ({modifier:+d})"
            for name, (outcome, modifier) in sorted(self.tests.items())
        )


def _header(scan, name):
    for key, value in scan.headers.items():
        if key.lower() == name.lower():
            return value
    return None


def parse_csp(value):
    """{directive: set of sources}; None when the header cannot be parsed."""
    policy = {}
    for part in value.split(";"):
        words = part.split()
        if not words:
            continue
        directive = words[0].lower()
        if directive in policy or not directive.replace("-", "").isalpha():
            return None
        policy[directive] = set(words[1:])
    return policy


def content_security_policy(scan):
    value = _header(scan, "Content-Security-Policy")
    if not value:
        return "csp-not-implemented", -25
    policy = parse_csp(value)
    if policy is None:
        return "csp-header-invalid", -25
    default = policy.get("default-src", {"*"})
    script = set(policy.get("script-src", default))
    style = set(policy.get("style-src", default))
    objects = policy.get("object-src", default)
    for sources in (script, style):
        if any(source.startswith(NONCES_AND_HASHES) for source in sources):
            sources.discard("'unsafe-inline'")
    if script & (DANGEROUSLY_BROAD | UNSAFE_INLINE) or objects & DANGEROUSLY_BROAD:
        return "csp-implemented-with-unsafe-inline", -20
    if scan.url.startswith("https:") and any(
        source.startswith(("http:", "ftp:")) for sources in policy.values() for source in sources
    ):
        return "csp-implemented-with-insecure-scheme", -20
    if "'unsafe-eval'" in script | style:
        return "csp-implemented-with-unsafe-eval", -10
    if style & (DANGEROUSLY_BROAD | UNSAFE_INLINE):
        return "csp-implemented-with-unsafe-inline-in-style-src-only", 0
    if policy.get("default-src") == {"'none'"}:
        return "csp-implemented-with-no-unsafe-default-src-none", 10
    return "csp-implemented-with-no-unsafe", 5


def cookies(scan):
    if not scan.cookies:
        return "cookies-not-found", 0
    hsts = bool(_header(scan, "Strict-Transport-Security"))
    worst = ("cookies-secure-with-httponly-sessions-and-samesite", 5)
    for name, morsel in scan.cookies.items():
        session = "session" in name.lower() or name.lower() in {"sessionid", "sid"}
        samesite = (morsel["samesite"] or "").lower()
        if session and not morsel["secure"]:
            return "cookies-session-without-secure-flag", -40
        if session and not morsel["httponly"]:
            return "cookies-session-without-httponly-flag", -30
        if samesite and samesite not in {"strict", "lax"}:
            return "cookies-samesite-flag-invalid", -20
        if "csrf" in name.lower() and not samesite:
            return "cookies-anticsrf-without-samesite-flag", -20
        if not morsel["secure"]:
            worst = (
                ("cookies-without-secure-flag-but-protected-by-hsts", -5)
                if hsts
                else (
                    "cookies-without-secure-flag",
                    -20,
                )
            )
        elif not samesite and worst[1] > 0:
            worst = ("cookies-secure-with-httponly-sessions", 0)
    return worst


def cross_origin_resource_sharing(scan):
    origin = _header(scan, "Access-Control-Allow-Origin")
    if not origin:
        return "cross-origin-resource-sharing-not-implemented", 0
    credentials = (_header(scan, "Access-Control-Allow-Credentials") or "").lower() == "true"
    if origin.strip() == "*" and not credentials:
        return "cross-origin-resource-sharing-implemented-with-public-access", 0
    if credentials:
        return "cross-origin-resource-sharing-implemented-with-universal-access", -50
    return "cross-origin-resource-sharing-implemented-with-restricted-access", 0


def redirection(scan):
    if scan.http_redirect is None:
        return "redirection-missing", -20
    target = urlsplit(scan.http_redirect)
    if target.scheme != "https":
        return "redirection-not-to-https", -20
    if target.hostname != urlsplit(scan.url).hostname:
        return "redirection-off-host-from-http", -5
    return "redirection-to-https", 0


def referrer_policy(scan):
    value = _header(scan, "Referrer-Policy")
    if not value:
        return "referrer-policy-not-implemented", 0
    # The browser takes the last value it knows.
    policies = [policy.strip().lower() for policy in value.split(",") if policy.strip()]
    known = [policy for policy in policies if policy in PRIVATE_REFERRERS | UNSAFE_REFERRERS]
    if not known:
        return "referrer-policy-header-invalid", -5
    if known[-1] in PRIVATE_REFERRERS:
        return "referrer-policy-private", 5
    return "referrer-policy-unsafe", -5


def strict_transport_security(scan):
    if not scan.url.startswith("https:"):
        return "hsts-not-implemented-no-https", -20
    value = _header(scan, "Strict-Transport-Security")
    if not value:
        return "hsts-not-implemented", -20
    directives = {}
    for part in value.split(";"):
        name, _, argument = part.strip().partition("=")
        directives[name.lower()] = argument.strip('"')
    try:
        max_age = int(directives["max-age"])
    except (KeyError, ValueError):
        return "hsts-header-invalid", -20
    if max_age < SIX_MONTHS:
        return "hsts-implemented-max-age-less-than-six-months", -10
    return "hsts-implemented-max-age-at-least-six-months", 0


class _Scripts(HTMLParser):
    def __init__(self):
        super().__init__()
        self.scripts = []

    def handle_starttag(self, tag, attrs):
        if tag == "script":
            attributes = dict(attrs)
            if attributes.get("src"):
                self.scripts.append(attributes)


def subresource_integrity(scan):
    content_type = _header(scan, "Content-Type") or ""
    if "html" not in content_type:
        return "sri-not-implemented-response-not-html", 0
    parser = _Scripts()
    parser.feed(scan.body.decode("utf-8", "replace"))
    if not parser.scripts:
        return "sri-not-implemented-but-no-scripts-loaded", 0
    host = urlsplit(scan.url).hostname
    external = [
        script for script in parser.scripts if urlsplit(script["src"]).hostname not in {None, host}
    ]
    insecure = [script for script in external if not script["src"].startswith("https:")]
    everywhere = all("integrity" in script for script in parser.scripts)
    if insecure:
        if everywhere:
            return "sri-implemented-but-external-scripts-not-loaded-securely", -20
        return "sri-not-implemented-and-external-scripts-not-loaded-securely", -50
    if everywhere:
        return "sri-implemented-and-all-scripts-loaded-securely", 5
    if external:
        return "sri-not-implemented-but-external-scripts-loaded-securely", -5
    return "sri-not-implemented-but-all-scripts-loaded-from-secure-origin", 0


def x_content_type_options(scan):
    value = _header(scan, "X-Content-Type-Options")
    if value is None:
        return "x-content-type-options-not-implemented", -5
    if value.strip().lower() != "nosniff":
        return "x-content-type-options-header-invalid", -5
    return "x-content-type-options-nosniff", 0


def x_frame_options(scan):
    policy = parse_csp(_header(scan, "Content-Security-Policy") or "") or {}
    ancestors = policy.get("frame-ancestors")
    if ancestors and not ancestors & DANGEROUSLY_BROAD:
        return "x-frame-options-implemented-via-csp", 5
    value = (_header(scan, "X-Frame-Options") or "").strip().lower()
    if not value:
        return "x-frame-options-not-implemented", -20
    if value in {"deny", "sameorigin"}:
        return "x-frame-options-sameorigin-or-deny", 0
    if value.startswith("allow-from"):
        return "x-frame-options-allow-from-origin", 0
    return "x-frame-options-header-invalid", -20


def cross_origin_resource_policy(scan):
    value = (_header(scan, "Cross-Origin-Resource-Policy") or "").strip().lower()
    if not value:
        return "cross-origin-resource-policy-not-implemented", 0
    if value == "same-origin":
        return "cross-origin-resource-policy-implemented-with-same-origin", 10
    if value == "same-site":
        return "cross-origin-resource-policy-implemented-with-same-site", 10
    if value == "cross-origin":
        return "cross-origin-resource-policy-implemented-with-cross-origin", 0
    return "cross-origin-resource-policy-header-invalid", -5


TESTS = {
    "content-security-policy": content_security_policy,
    "cookies": cookies,
    "cross-origin-resource-sharing": cross_origin_resource_sharing,
    "redirection": redirection,
    "referrer-policy": referrer_policy,
    "strict-transport-security": strict_transport_security,
    "subresource-integrity": subresource_integrity,
    "x-content-type-options": x_content_type_options,
    "x-frame-options": x_frame_options,
    "cross-origin-resource-policy": cross_origin_resource_policy,
}


def grade(score):
    return next(letter for floor, letter in GRADES if score >= floor)


def score(scan):
    """The Observatory's score and grade of one scan, with each test's outcome."""
    tests = {name: test(scan) for name, test in TESTS.items()}
    penalties = sum(modifier for _outcome, modifier in tests.values() if modifier < 0)
    bonuses = sum(modifier for _outcome, modifier in tests.values() if modifier > 0)
    total = 100 + penalties
    if total >= MINIMUM_SCORE_FOR_EXTRA_CREDIT:
        total += bonuses
    total = max(total, 0)
    return Result(total, grade(total), tests)


def scan_url(url):
    """Fetch ``url`` (https) and its plain-HTTP twin, as the Observatory does."""

    class NoRedirect(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *args, **kwargs):
            return None

    opener = urllib.request.build_opener(NoRedirect)
    with urllib.request.urlopen(url, timeout=20) as response:
        headers, body = dict(response.headers.items()), response.read()
        cookies = SimpleCookie()
        for value in response.headers.get_all("Set-Cookie") or []:
            cookies.load(value)
    try:
        opener.open("http://" + url.split("://", 1)[1], timeout=20)
        redirect = None
    except urllib.error.HTTPError as error:
        redirect = error.headers.get("Location") if 300 <= error.code < 400 else None
    return Scan(url=url, headers=headers, body=body, cookies=cookies, http_redirect=redirect)


if __name__ == "__main__":
    result = score(scan_url(sys.argv[1]))
    print(f"{sys.argv[1]}: {result.score} ({result.grade})\n{result.explain()}")
