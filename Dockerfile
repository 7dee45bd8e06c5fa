# Production image: gunicorn behind whatever terminates TLS, static files
# served by whitenoise, configuration from the environment (see README).
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

WORKDIR /app
RUN useradd --create-home --uid 10001 tillit

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
CMD ["gunicorn", "tillit.wsgi", "--bind", "0.0.0.0:8000", "--workers", "3", "--access-logfile", "-"]
