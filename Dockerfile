# Production image: gunicorn behind whatever terminates TLS, static files
# served by whitenoise, configuration from the environment (see README).
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

WORKDIR /app
RUN useradd --create-home --uid 10001 tillit

# pg_dump and pg_restore for manage.py backup_database / restore_database.
# Debian 12's client is PostgreSQL 15; pg_dump must be at least the server's
# version, and the command says so if it is not.
RUN apt-get update \
 && apt-get install --yes --no-install-recommends postgresql-client \
 && rm -rf /var/lib/apt/lists/*
# Where backups go inside the container: mount a volume here (compose.yaml).
ENV TILLIT_BACKUP_DIR=/backups
RUN install --directory --owner=tillit --mode=700 /backups

# Dependencies first, so that a code change does not reinstall them.
# Hash-checked, pip and setuptools included; the project runs from /app.
COPY requirements.lock ./
RUN pip install --require-hashes -r requirements.lock

COPY . .
# collectstatic needs settings but no secret worth keeping.
RUN pybabel compile --domain=django --directory=locale \
 && DJANGO_SECRET_KEY=collectstatic-only python manage.py collectstatic --noinput

USER tillit
EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
  CMD ["python", "-c", "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8000/health/', timeout=4)"]
# gunicorn's own lines: errors on stderr (its default), one access line per
# request on stdout, ending in the request id that Django's JSON lines carry
# (README, "Operations"). In the environment, so that compose.yaml's command
# and any other gunicorn started in the image log alike.
ENV GUNICORN_CMD_ARGS="--access-logfile - --access-logformat '%(h)s %(l)s %(u)s %(t)s \"%(r)s\" %(s)s %(b)s \"%(f)s\" \"%(a)s\" %(M)sms request_id=%({x-request-id}o)s'"
CMD ["gunicorn", "tillit.wsgi", "--bind", "0.0.0.0:8000", "--workers", "3"]
