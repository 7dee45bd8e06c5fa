"""
Settings for Tillitsdelegationens kunskapsbank.

One module, driven by the environment (see the configuration table in the
README), so that development, CI and production cannot drift apart.
"""

import os
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy

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
    "django_filters",
    "rest_framework",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "corsheaders",
    # The project package doubles as the app for what all three apps share
    # (sources, organisations, people); see the README's architecture section.
    "tillit",
    "forum",
    "betankanden",
    "remissvar",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Before anything that may answer (the page cache, CommonMiddleware), so
    # that every API response carries its CORS headers.
    "corsheaders.middleware.CorsMiddleware",
    # Before sessions and the rest: a cached page skips them (tillit/cache.py).
    "tillit.cache.PageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
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
TILLIT_UNCACHED_PATHS = ["/admin/", "/i18n/", "/health/", "/api/"]

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
        "rest_framework.renderers.BrowsableAPIRenderer",
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

# Request limits. Django refuses a body over DATA_UPLOAD_MAX_MEMORY_SIZE and a
# form or query string of more than DATA_UPLOAD_MAX_NUMBER_FIELDS fields with
# a 400 (templates/400.html) before any view reads them; stated here, at
# Django's defaults, because the tests and the admin's largest forms (a
# statement with its paragraphs and positions inline) depend on them.
DATA_UPLOAD_MAX_MEMORY_SIZE = 2_621_440  # 2.5 MB
DATA_UPLOAD_MAX_NUMBER_FIELDS = 1_000
# Pages that only read answer other methods with 405 before the CSRF check
# (tillit/methods.py), so that it must run just before CsrfViewMiddleware.
MIDDLEWARE.insert(
    MIDDLEWARE.index("django.middleware.csrf.CsrfViewMiddleware"),
    "tillit.methods.MethodNotAllowedMiddleware",
)

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"bad_host_as_warning": {"()": "tillit.log_filters.BadHostAsWarning"}},
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("DJANGO_LOG_LEVEL", "INFO")},
    "loggers": {
        "django.security.DisallowedHost": {"filters": ["bad_host_as_warning"]},
    },
}
