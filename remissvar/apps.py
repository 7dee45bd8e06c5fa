from django.apps import AppConfig


class RemissvarConfig(AppConfig):
    name = "remissvar"
    verbose_name = "Remisser och remissvar"
