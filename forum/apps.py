from django.apps import AppConfig


class ForumConfig(AppConfig):
    name = "forum"
    verbose_name = "Forum Tillit"

    def ready(self):
        from forum.search import register_documents

        # What of this app site-wide search finds (tillit.search).
        register_documents()
