"""
Every URL pattern of the site, found by walking Django's resolver, with a way
to build a path from any values (real or hostile) for its parameters.

The hostile-input tests take their pages from here rather than from a list
kept by hand, so that a page added tomorrow is fuzzed and method-checked
without anyone remembering to add it.
"""

from dataclasses import dataclass, field

from django.conf import settings
from django.urls import URLPattern, URLResolver, get_resolver
from django.urls.resolvers import LocalePrefixPattern
from django.utils.regex_helper import normalize


def _bare(regex):
    """A pattern's regex without its anchors, to be joined to its parents' as reverse() does."""
    regex = regex.removeprefix("^")
    for anchor in ("\\Z", "$"):
        regex = regex.removesuffix(anchor)
    return regex


@dataclass(frozen=True)
class Route:
    """One URL pattern, in one language for the language-prefixed pages."""

    regex: str
    view_name: str | None
    callback: object = field(compare=False)
    language: str | None
    # The outermost namespace ("admin", "api", "remissvar"), also for unnamed patterns.
    namespace: str = ""
    # Parameter name -> its path converter's name ("slug", "int", "path"); regex groups have none.
    converters: tuple = ()

    @property
    def id(self):
        return ("en:" if self.language == "en" else "") + (self.view_name or self.regex)

    @property
    def _form(self):
        # The first way round normalize() reads the regex: the shortest path
        # that has every parameter.
        forms = normalize(self.regex)
        return max(forms, key=lambda form: len(form[1]))

    @property
    def params(self):
        return list(self._form[1])

    def build(self, values):
        """The path with ``values`` (already percent-encoded where needed) as its parameters."""
        template, params = self._form
        return "/" + template % {name: values[name] for name in params}


def walk(resolver=None, regex="", namespace=(), language=None, converters=()):
    """Every URLPattern under ``resolver`` (the root one by default) as a Route."""
    resolver = resolver or get_resolver()
    for pattern in resolver.url_patterns:
        if isinstance(pattern, URLResolver):
            inner_namespace = (*namespace, pattern.namespace) if pattern.namespace else namespace
            if isinstance(pattern.pattern, LocalePrefixPattern):
                # i18n_patterns: the default language unprefixed, the others under /<code>/.
                for code, _name in settings.LANGUAGES:
                    unprefixed = (
                        code == settings.LANGUAGE_CODE
                        and not pattern.pattern.prefix_default_language
                    )
                    yield from walk(
                        pattern,
                        regex + ("" if unprefixed else f"{code}/"),
                        inner_namespace,
                        code,
                        converters,
                    )
                continue
            yield from walk(
                pattern,
                regex + _bare(pattern.pattern.regex.pattern),
                inner_namespace,
                language,
                (*converters, *_converter_names(pattern)),
            )
        elif isinstance(pattern, URLPattern):
            name = ":".join((*namespace, pattern.name)) if pattern.name else None
            yield Route(
                regex=regex + _bare(pattern.pattern.regex.pattern),
                view_name=name,
                callback=pattern.callback,
                language=language,
                namespace=namespace[0] if namespace else "",
                converters=(*converters, *_converter_names(pattern)),
            )


def _converter_names(pattern):
    found = getattr(pattern.pattern, "converters", {}) or {}
    return tuple(
        (param, type(converter).__name__.removesuffix("Converter").lower())
        for param, converter in found.items()
    )


def routes():
    return list(walk())
