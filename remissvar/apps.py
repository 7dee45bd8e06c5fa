from django.apps import AppConfig


class RemissvarConfig(AppConfig):
    name = "remissvar"
    verbose_name = "Remisser och remissvar"

    def ready(self):
        from remissvar.search import register_documents

        # What of this app site-wide search finds (tillit.search).
        register_documents()
