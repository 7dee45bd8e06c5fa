from django.apps import AppConfig


class BetankandenConfig(AppConfig):
    name = "betankanden"
    verbose_name = "Betänkanden och förslag"

    def ready(self):
        from betankanden.search import register_documents

        # What of this app site-wide search finds (tillit.search).
        register_documents()
