from django.apps import AppConfig


class TillitConfig(AppConfig):
    name = "tillit"
    verbose_name = "Källor, organisationer och personer"
