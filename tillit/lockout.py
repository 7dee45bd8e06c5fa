"""
The page an editor sees when django-axes has locked their login.

Axes renders ``AXES_LOCKOUT_TEMPLATE`` with its own context only; this page
also needs the admin's (header, title) and says in whole minutes how long
the lock lasts and whom to ask, so it is rendered here
(``AXES_LOCKOUT_CALLABLE``). The status stays axes' own (429).
"""

from axes.helpers import get_cool_off, get_failure_limit
from django.conf import settings
from django.contrib import admin
from django.shortcuts import render


def lockout_response(request, original_response=None, credentials=None):
    cool_off = get_cool_off(request)
    context = {
        **admin.site.each_context(request),
        "title": "Inloggningen är spärrad",
        "failure_limit": get_failure_limit(request, credentials),
        "minutes": round(cool_off.total_seconds() / 60) if cool_off else None,
        "contact_email": settings.TILLIT_CONTACT_EMAIL,
    }
    return render(request, "admin/lockout.html", context, status=settings.AXES_HTTP_RESPONSE_CODE)
