from django.apps import AppConfig


class TillitConfig(AppConfig):
    name = "tillit"
    verbose_name = "Källor, organisationer och personer"

    def ready(self):
        from django.apps import apps

        from tillit.cache import connect_signals
        from tillit.search.records import register_documents

        # Every edit empties the page cache (tillit/cache.py).
        connect_signals(apps)
        # People and organisations are searchable (tillit.search).
        register_documents()
