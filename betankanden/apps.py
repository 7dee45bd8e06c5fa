from django.apps import AppConfig


class BetankandenConfig(AppConfig):
    name = "betankanden"
    verbose_name = "Betänkanden och förslag"
