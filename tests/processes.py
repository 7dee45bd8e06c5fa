"""
Settings and commands run in a process of their own, with an environment of
the test's choosing: what tillit/settings.py makes of its variables can only
be seen by importing it afresh.
"""

import os
import subprocess
import sys

from django.conf import settings


def run(arguments, check=False, **env):
    """``python *arguments`` in the checkout, without this process's project variables, with ``env``."""
    environment = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "TILLIT_"))}
    return subprocess.run(
        [sys.executable, *arguments],
        cwd=settings.BASE_DIR,
        env={**environment, **env},
        capture_output=True,
        text=True,
        check=check,
    )


def run_settings(expression, **env):
    """Load the settings as ``s`` and print ``expression``."""
    return run(["-c", f"import tillit.settings as s; print({expression})"], **env)


def setting(expression, **env):
    """What ``expression`` comes to with a test key, or the error if the settings refuse to load."""
    result = run_settings(expression, **{"DJANGO_SECRET_KEY": "test-only", **env})
    return result.stdout.strip() or result.stderr


def manage(*arguments, **env):
    return run(["manage.py", *arguments], **env)
