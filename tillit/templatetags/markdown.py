from django import template

from tillit import markdown as editor_markdown

register = template.Library()


@register.filter
def markdown(text):
    """An editor's Markdown as safe HTML: ``{{ meeting.summary|markdown }}``."""
    return editor_markdown.render(text)


@register.filter
def markdown_plain(text):
    """An editor's Markdown as plain words, escaped on output as any text."""
    return editor_markdown.plain(text)
