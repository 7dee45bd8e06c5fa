"""
Settings for Tillitsdelegationens kunskapsbank.

One module, driven by the environment (see the configuration table in the
README), so that development, CI and production cannot drift apart.
"""

import os
import re
from datetime import timedelta
from email.utils import getaddresses
from pathlib import Path

import dj_database_url
from csp.constants import NONCE, NONE, SELF
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy
from pythonjsonlogger.core import RESERVED_ATTRS

from tillit.redis_databases import redis_database

BASE_DIR = Path(__file__).resolve().parent.parent


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default):
    value = os.environ.get(name, default)
    return [item.strip() for item in value.split(",") if item.strip()]


DEBUG = env_bool("DJANGO_DEBUG", default=False)

SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured(
            "DJANGO_SECRET_KEY must be set when DJANGO_DEBUG is off. "
            "Set DJANGO_SECRET_KEY to a long random string, or set DJANGO_DEBUG=1 "
            "for local development."
        )
    # Only ever used with DEBUG on, on a developer's machine.
    SECRET_KEY = "django-insecure-development-only-key-do-not-use-in-production"
# Rotating the key (README, "Operations"): the previous keys, comma-separated,
# still validate what they signed (sessions, password reset links) until the
# sessions they signed have expired; nothing new is signed with them.
SECRET_KEY_FALLBACKS = env_list("DJANGO_SECRET_KEY_FALLBACKS", "")

ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", "127.0.0.1,localhost")
CSRF_TRUSTED_ORIGINS = env_list("DJANGO_CSRF_TRUSTED_ORIGINS", "")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "csp",
    # Admin login lockout and edit history (README "The admin").
    "axes",
    "simple_history",
    "django_filters",
    "rest_framework",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "corsheaders",
    # A request id per request, in the log and the X-Request-ID header
    # (DJANGO_GUID and LOGGING at the end).
    "django_guid",
    # The project package doubles as the app for what all three apps share
    # (sources, organisations, people); see the README's architecture section.
    "tillit",
    "forum",
    "betankanden",
    "remissvar",
]

MIDDLEWARE = [
    # First, so that every log line of the request, the redirects and the
    # cached pages included, carries its request id.
    "django_guid.middleware.guid_middleware",
    "django.middleware.security.SecurityMiddleware",
    # Above the page cache, so that a cached page gets its headers fresh; a
    # nonce is made only for a page that uses one (the admin's, never a
    # cached public page's).
    "csp.middleware.CSPMiddleware",
    "tillit.security_headers.SecurityHeadersMiddleware",
    # Whitenoise, without the manifest of every static file (tillit/static.py).
    "tillit.static.StaticFilesMiddleware",
    # Before anything that may answer (the page cache, CommonMiddleware), so
    # that every API response carries its CORS headers.
    "corsheaders.middleware.CorsMiddleware",
    # Before sessions and the rest: a cached page skips them (tillit/cache.py).
    "tillit.cache.PageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    # Pages that only read answer other methods with 405 before the CSRF
    # check would answer 403 (tillit/methods.py).
    "tillit.methods.MethodNotAllowedMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # Records who made an edit in its history (django-simple-history).
    "simple_history.middleware.HistoryRequestMiddleware",
    # Turns a locked-out login into the lockout page. The axes docs want it
    # last; it only rewrites responses, so the outage middleware can stay
    # after it and still see every view's exception.
    "axes.middleware.AxesMiddleware",
    # Last, so that its process_exception sees what the views raise.
    "tillit.outage.DatabaseOutageMiddleware",
]

# Caches. With REDIS_URL (redis://host:6379/0) both live in Redis, shared by
# every worker and instance: "default" for computed parts (the comparison's
# diff), "pages" for whole public pages, in the next Redis database number,
# which every edit empties (tillit/cache.py). Without it, "default" is this
# process's memory and pages are not cached: per-process copies could not
# all be emptied at an edit.
REDIS_URL = os.environ.get("REDIS_URL", "")

if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "tillit",
        },
        "pages": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": redis_database(REDIS_URL, 1),
        },
    }
else:
    CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
        "pages": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"},
    }
# Never cached: the admin, the language switch, the health check, and the API,
# whose answers vary by Accept (JSON or the browsable page) and whose rate
# limit must count every request.
# (The admin's own path, which is configurable, is added with its setting below.)
TILLIT_UNCACHED_PATHS = ["/i18n/", "/health/", "/api/"]

ROOT_URLCONF = "tillit.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "tillit.context_processors.site",
            ],
        },
    },
]

WSGI_APPLICATION = "tillit.wsgi.application"

# SQLite file in the checkout when DATABASE_URL is unset, so a first run needs
# no server; PostgreSQL in production via DATABASE_URL=postgres://...
# An empty DATABASE_URL counts as unset.
DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL") or f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DJANGO_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}

# A database that does not answer is an outage (503, tillit/outage.py) within
# seconds, not a worker stuck until gunicorn kills it.
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    DATABASES["default"].setdefault("OPTIONS", {})["connect_timeout"] = int(
        os.environ.get("DJANGO_DB_CONNECT_TIMEOUT", "5")
    )

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Admin login lockout (django-axes) and the admin's address. A failed login
# is logged (WARNING, "AXES: New login failure by ...", never the password)
# and counted per user name *and* client address, so that a guesser cannot
# lock a real editor out from elsewhere; after TILLIT_LOGIN_FAILURES the pair
# is refused, even with the right password, for TILLIT_LOGIN_COOLOFF_MINUTES
# (429, templates/admin/lockout.html). A success resets the count. Only
# logins are counted and refused: the public pages and the API never ask.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = int(os.environ.get("TILLIT_LOGIN_FAILURES", "5"))
AXES_COOLOFF_TIME = timedelta(minutes=int(os.environ.get("TILLIT_LOGIN_COOLOFF_MINUTES", "15")))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_ONLY_ADMIN_SITE = True
# The log names the user name and address tried, which whoever reads it needs
# to act on an attack; axes masks them by default. Passwords are never logged.
AXES_SENSITIVE_PARAMETERS = []
# The page says how long and whom to ask; it needs the admin's own context,
# which axes' plain template rendering does not give (tillit/lockout.py).
AXES_LOCKOUT_CALLABLE = "tillit.lockout.lockout_response"
# Behind one proxy the client is the right-most address of X-Forwarded-For,
# the one the proxy added, as for the API's rate limit (NUM_PROXIES); what a
# client wrote further left is ignored. (ipware's proxy count of 1 would
# expect two addresses, find none behind a single proxy, and count every
# client as one.) Otherwise only REMOTE_ADDR, which a client cannot forge.
if env_bool("DJANGO_BEHIND_PROXY"):
    AXES_IPWARE_PROXY_ORDER = "right-most"
    AXES_IPWARE_META_PRECEDENCE_ORDER = ["HTTP_X_FORWARDED_FOR", "REMOTE_ADDR"]
else:
    AXES_IPWARE_META_PRECEDENCE_ORDER = ["REMOTE_ADDR"]

# Where the admin answers (tillit/urls.py): another path than the well-known
# admin/ keeps the guessers' scripts off the login page.
TILLIT_ADMIN_PATH = os.environ.get("TILLIT_ADMIN_PATH") or "admin/"
# The first parts of the public addresses, which an admin there would hide.
PUBLIC_PREFIXES = {
    "api", "betankanden", "data", "en", "forum", "health", "i18n", "kallor", "om",
    "organisationer", "personer", "remisser", "remissvar", "sok", "static", "tidslinje",
    "tillganglighet",
}  # fmt: skip
if not re.fullmatch(r"[A-Za-z0-9_-]+(/[A-Za-z0-9_-]+)*/", TILLIT_ADMIN_PATH) or (
    TILLIT_ADMIN_PATH.split("/")[0] in PUBLIC_PREFIXES
):
    raise ImproperlyConfigured(
        f"TILLIT_ADMIN_PATH={TILLIT_ADMIN_PATH!r} is not usable: give a path such as "
        "'redigering/' (letters, digits, - and _, ending with '/', not starting with '/') "
        f"outside the public addresses ({', '.join(sorted(PUBLIC_PREFIXES))})."
    )
TILLIT_UNCACHED_PATHS = [f"/{TILLIT_ADMIN_PATH}", *TILLIT_UNCACHED_PATHS]

LANGUAGE_CODE = "sv"
LANGUAGES = [("sv", "Svenska"), ("en", "English")]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/Stockholm"
USE_I18N = True
USE_TZ = True
# Numbers as Swedes write them: 1 000 (the separator comes from the locale).
USE_THOUSAND_SEPARATOR = True

# django-filter: an empty choice reads "Alla" (all), not dashes.
FILTERS_EMPTY_CHOICE_LABEL = gettext_lazy("Alla")

STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    # Hashed, compressed files in production; plain files while developing so
    # that no collectstatic is needed between edits.
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}

# Where readers report accessibility problems (shown in the accessibility statement).
TILLIT_CONTACT_EMAIL = os.environ.get("TILLIT_CONTACT_EMAIL", "")

# The portal's public origin (https://kunskapsbank.example.se) for every
# absolute link: canonical, citations, calendars, the API (tillit/site.py).
# With debug off and no TILLIT_SITE_URL, the first host named in
# DJANGO_ALLOWED_HOSTS (below, once HTTPS is known): never the Host header.
TILLIT_SITE_URL = os.environ.get("TILLIT_SITE_URL", "")
# Who publishes the data, as the open-data description (/data/dcat.jsonld) names them.
TILLIT_PUBLISHER = os.environ.get("TILLIT_PUBLISHER", "Tillitsdelegationens kunskapsbank")

# The read-only API (tillit/api.py, <app>/api.py; README "API").
REST_FRAMEWORK = {
    # Anonymous only: the API publishes what the pages publish, and accepting
    # passwords here would open a second door to the admin's accounts.
    "DEFAULT_AUTHENTICATION_CLASSES": [],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.AllowAny"],
    "UNAUTHENTICATED_USER": None,
    "DEFAULT_RENDERER_CLASSES": [
        "rest_framework.renderers.JSONRenderer",
        "tillit.renderers.StrictBrowsableAPIRenderer",
    ],
    "DEFAULT_FILTER_BACKENDS": ["django_filters.rest_framework.DjangoFilterBackend"],
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "DEFAULT_THROTTLE_CLASSES": ["rest_framework.throttling.AnonRateThrottle"],
    # Per client address, counted in the default cache: shared by every
    # worker with REDIS_URL, per process without it.
    "DEFAULT_THROTTLE_RATES": {"anon": os.environ.get("TILLIT_API_RATE", "120/minute")},
    "NUM_PROXIES": 1 if env_bool("DJANGO_BEHIND_PROXY") else 0,
}
SPECTACULAR_SETTINGS = {
    "TITLE": "Tillitsdelegationens kunskapsbank: API",
    "DESCRIPTION": (
        "Read-only data of the knowledge bank: Forum Tillit's meetings, the "
        "reports and their proposals, the remisses and the City of Stockholm's "
        "statements and positions, and the sources they come from. The same "
        "filters and slugs as the pages."
    ),
    "VERSION": "1",
    "SERVE_INCLUDE_SCHEMA": False,
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "COMPONENT_SPLIT_REQUEST": True,
    "POSTPROCESSING_HOOKS": [
        "drf_spectacular.hooks.postprocess_schema_enums",
        "tillit.api.document_errors",
    ],
    # Every "kind" has its own set of values: each is named after its model.
    "ENUM_NAME_OVERRIDES": {
        "MeetingKindEnum": "forum.models.MeetingKind",
        "ParticipationRoleEnum": "forum.models.ParticipationRole",
        "ReportKindEnum": "betankanden.models.ReportKind",
        "ProposalKindEnum": "betankanden.models.ProposalKind",
        "StanceEnum": "remissvar.models.Stance",
        "StatementKindEnum": "remissvar.models.StatementKind",
        "OrganisationKindEnum": "tillit.models.OrganisationKind",
        "SourceKindEnum": "tillit.models.SourceKind",
    },
}
# Any site's scripts may read the API; nothing else is shared across origins.
CORS_URLS_REGEX = r"^/api/.*$"
CORS_ALLOW_ALL_ORIGINS = True
CORS_ALLOW_METHODS = ["GET", "HEAD", "OPTIONS"]
CORS_ALLOW_CREDENTIALS = False

# HTTPS, on whenever debug is off, so that production is secure by default and
# `check --deploy` is clean: the redirect, HSTS for a year with subdomains
# (and preload), and cookies sent over HTTPS only. DJANGO_HTTPS=0 turns all of
# it off for a plain-HTTP trial on localhost (compose.yaml, the test servers).
# Behind a proxy that ends TLS, set DJANGO_BEHIND_PROXY=1 so that Django knows
# the request came by HTTPS (or let the proxy redirect and keep this on).
if "DJANGO_SECURE_COOKIES" in os.environ:
    raise ImproperlyConfigured(
        "DJANGO_SECURE_COOKIES is replaced by DJANGO_HTTPS: unset it, and set "
        "DJANGO_HTTPS=0 only for plain HTTP on localhost."
    )
HTTPS = not DEBUG and env_bool("DJANGO_HTTPS", default=True)
if not TILLIT_SITE_URL and not DEBUG:
    _named_hosts = [host for host in ALLOWED_HOSTS if host != "*" and not host.startswith(".")]
    if not _named_hosts:
        raise ImproperlyConfigured(
            "Set TILLIT_SITE_URL (https://kunskapsbank.example.se): DJANGO_ALLOWED_HOSTS "
            "names no single host for the site's links, and they never follow the Host header."
        )
    TILLIT_SITE_URL = f"{'https' if HTTPS else 'http'}://{_named_hosts[0].lower()}"
SECURE_SSL_REDIRECT = HTTPS
# The container's health check asks from inside, over plain HTTP.
SECURE_REDIRECT_EXEMPT = [r"^health/$"]
SECURE_HSTS_SECONDS = 365 * 24 * 60 * 60 if HTTPS else 0
SECURE_HSTS_INCLUDE_SUBDOMAINS = HTTPS
SECURE_HSTS_PRELOAD = HTTPS
SESSION_COOKIE_SECURE = HTTPS
CSRF_COOKIE_SECURE = HTTPS
SECURE_PROXY_SSL_HEADER = (
    ("HTTP_X_FORWARDED_PROTO", "https") if env_bool("DJANGO_BEHIND_PROXY") else None
)

# Security headers on every response (tests/test_security_headers.py scores
# them as Mozilla's HTTP Observatory does). The Content-Security-Policy
# allows nothing by default and then only this origin: no inline script or
# style anywhere, no eval. What must be inline (none of the public pages)
# carries the request's nonce. The API's browsable page adds one style hash
# of its own (tillit/renderers.py).
#
# With DJANGO_DEBUG on, the same policy is only reported (in the browser's
# console), because Django's debug error pages are inline styles and script.
_CSP = {
    "DIRECTIVES": {
        "default-src": [NONE],
        "script-src": [SELF, NONCE],
        "style-src": [SELF, NONCE],
        # data: for the images Swagger UI's stylesheet embeds (passive
        # content; scripts never come from data:).
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "manifest-src": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
        "base-uri": [NONE],
        **({"upgrade-insecure-requests": True} if HTTPS else {}),
    },
}
if DEBUG:
    CONTENT_SECURITY_POLICY_REPORT_ONLY = _CSP
else:
    CONTENT_SECURITY_POLICY = _CSP
# Django's SecurityMiddleware: nosniff, no Referer beyond this site, a window
# of its own (COOP), and no framing (also frame-ancestors above).
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
# tillit.security_headers: the browser features a page may use (none of
# these), and who may embed a response (only this site; the API and the
# open-data files anyone, as CORS already allows reading them).
TILLIT_PERMISSIONS_POLICY = (
    "accelerometer=(), autoplay=(), camera=(), display-capture=(), "
    "encrypted-media=(), fullscreen=(), geolocation=(), gyroscope=(), "
    "browsing-topics=(), magnetometer=(), microphone=(), midi=(), payment=(), "
    "picture-in-picture=(), publickey-credentials-get=(), screen-wake-lock=(), "
    "serial=(), usb=(), xr-spatial-tracking=()"
)
TILLIT_CROSS_ORIGIN_PATHS = ["/api/"]

# Logging and error reporting.
#
# One line per event on stdout, where the container's log collector reads it:
# JSON (timestamp, level, logger, message, request_id, and exception with the
# traceback) when debug is off, plain text with debug on so that runserver's
# console stays readable. DJANGO_LOG_FORMAT=json|text overrides.
LOG_FORMAT = os.environ.get("DJANGO_LOG_FORMAT", "") or ("text" if DEBUG else "json")
if LOG_FORMAT not in {"json", "text"}:
    raise ImproperlyConfigured(f"DJANGO_LOG_FORMAT must be json or text, not {LOG_FORMAT!r}.")
LOG_LEVEL = os.environ.get("DJANGO_LOG_LEVEL", "INFO")

# The request id (django-guid): taken from the X-Request-ID that the proxy
# sends when it is a valid UUID (nginx's $request_id is one), so that the
# proxy's log and this one name the same request; anything else (missing,
# too long, not a UUID, control characters) is replaced by a fresh UUID4.
# Either way the response carries it back in X-Request-ID.
DJANGO_GUID = {
    "GUID_HEADER_NAME": "X-Request-ID",
    "VALIDATE_GUID": True,
    "RETURN_HEADER": True,
    # corsheaders names what cross-origin scripts may read (below): django-guid
    # would overwrite that header on every response.
    "EXPOSE_HEADER": False,
}
# An API client reporting a failure can quote the id of its request.
CORS_EXPOSE_HEADERS = ["X-Request-ID"]

# Errors (a 500 and its traceback, from django.request) are mailed to ADMINS
# ("Name <a@example.se>, b@example.se") through the SMTP server below. With
# no ADMINS nothing is mailed: the errors are still in the log at level
# ERROR, where a log collector's alert is the other route (README,
# "Operations").
ADMINS = [
    (name, address)
    for name, address in getaddresses([os.environ.get("DJANGO_ADMINS", "")])
    if address
]
# A typo here would only show when the first error mail went nowhere.
if any("@" not in address for _name, address in ADMINS):
    raise ImproperlyConfigured(
        "DJANGO_ADMINS must be addresses, comma-separated: "
        '"Name <drift@example.se>, jour@example.se".'
    )
EMAIL_HOST = os.environ.get("DJANGO_EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("DJANGO_EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("DJANGO_EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("DJANGO_EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("DJANGO_EMAIL_USE_TLS")
EMAIL_TIMEOUT = 10
# The sender of the error mails; many SMTP servers refuse root@localhost.
SERVER_EMAIL = os.environ.get("DJANGO_SERVER_EMAIL", "root@localhost")
EMAIL_SUBJECT_PREFIX = "[Kunskapsbanken] "

# Request limits. Django refuses a body over DATA_UPLOAD_MAX_MEMORY_SIZE and a
# form or query string of more than DATA_UPLOAD_MAX_NUMBER_FIELDS fields with
# a 400 (templates/400.html) before any view reads them; stated here, at
# Django's defaults, because the tests and the admin's largest forms (a
# statement with its paragraphs and positions inline) depend on them.
DATA_UPLOAD_MAX_MEMORY_SIZE = 2_621_440  # 2.5 MB
DATA_UPLOAD_MAX_NUMBER_FIELDS = 1_000

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {
        "bad_host_as_warning": {"()": "tillit.log_filters.BadHostAsWarning"},
        "request_id": {
            "()": "django_guid.log_filters.CorrelationId",
            "correlation_id_field": "request_id",
        },
        "require_debug_false": {"()": "django.utils.log.RequireDebugFalse"},
    },
    "formatters": {
        "json": {
            "()": "pythonjsonlogger.json.JsonFormatter",
            "fmt": ["levelname", "name", "message", "request_id"],
            "rename_fields": {"levelname": "level", "name": "logger", "exc_info": "exception"},
            "timestamp": True,
            # Django passes the request object (or runserver's socket) as an
            # extra: its repr says nothing the message does not, and a
            # socket's names the client's address.
            "reserved_attrs": [*RESERVED_ATTRS, "request", "server_time"],
        },
        "text": {"format": "%(asctime)s %(levelname)s %(name)s [%(request_id)s] %(message)s"},
    },
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "stream": "ext://sys.stdout",
            "filters": ["request_id"],
            "formatter": LOG_FORMAT,
        },
        "mail_admins": {
            "class": "django.utils.log.AdminEmailHandler",
            "level": "ERROR",
            "filters": ["require_debug_false"],
        },
    },
    "root": {"handlers": ["console"], "level": LOG_LEVEL},
    "loggers": {
        # Django's own handlers (console only with debug on, runserver's own
        # format) are replaced: everything goes up to the root's one handler.
        "django": {"handlers": [], "level": LOG_LEVEL, "propagate": True},
        "django.server": {"handlers": [], "level": LOG_LEVEL, "propagate": True},
        "django.request": {"handlers": ["mail_admins"], "propagate": True},
        "django.security.DisallowedHost": {"filters": ["bad_host_as_warning"]},
        # It says at INFO, on every request, whether the header was there.
        "django_guid": {"level": "WARNING"},
        # It announces itself at INFO whenever Django starts, every manage.py
        # command included; its login failures and lockouts are WARNINGs.
        "axes.apps": {"level": "WARNING"},
    },
}
