"""A URLconf with a view that breaks, to see the 500 page as a visitor would."""

from django.urls import path


def broken(request):
    raise RuntimeError("Simulated failure")


urlpatterns = [path("trasig/", broken)]
