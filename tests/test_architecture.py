"""
The layers, held by reading every import (also those inside functions) with ``ast``.

    project   tillit.settings, tillit.urls, tillit.wsgi: may import anything
    top       tillit.portal (pages that gather from several apps), tillit.corpus
              and tillit.management (the corpus tools, which write every app's records)
    apps      remissvar -> betankanden; forum, betankanden and remissvar -> core
    core      the rest of tillit: shared models, text helpers, list machinery

Nothing below the top imports it; the core imports no app; a report does not
know its answers (betankanden -> remissvar), and the forum knows neither the
reports nor the answers. No two packages import each other, directly or round
a longer circle. The README's architecture section describes the same rules.
"""

import ast
from pathlib import Path

import pytest
from django.conf import settings

ROOT = Path(settings.BASE_DIR)
PACKAGES = ("tillit", "forum", "betankanden", "remissvar")
DOMAIN_APPS = {"forum", "betankanden", "remissvar"}
PROJECT_MODULES = {"tillit.settings", "tillit.urls", "tillit.wsgi"}
TOP_PACKAGES = ("tillit.portal", "tillit.corpus", "tillit.management")

FORBIDDEN = {
    ("core", "forum"): "the shared core must not know the apps it serves",
    ("core", "betankanden"): "the shared core must not know the apps it serves",
    ("core", "remissvar"): "the shared core must not know the apps it serves",
    ("core", "top"): "the shared core must not know the pages built on it",
    ("forum", "top"): "an app must not know the pages that gather from it",
    ("betankanden", "top"): "an app must not know the pages that gather from it",
    ("remissvar", "top"): "an app must not know the pages that gather from it",
    ("betankanden", "remissvar"): "a report must not know its answers",
    ("forum", "remissvar"): "the forum must not know the remiss answers",
    ("forum", "betankanden"): "the forum must not know the reports",
}


def layer_of(module):
    """The layer a dotted module name belongs to, or None for anything outside the project."""
    top = module.split(".")[0]
    if top in DOMAIN_APPS:
        return top
    if top != "tillit":
        return None
    if module in PROJECT_MODULES:
        return "project"
    if any(module == p or module.startswith(p + ".") for p in TOP_PACKAGES):
        return "top"
    return "core"


def module_name(path):
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def imported_modules(source, module, is_package=False):
    """Every module ``source`` imports, absolute, wherever the import statement stands."""
    package = module if is_package else module.rpartition(".")[0]
    found = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - (node.level - 1)]
                stem = ".".join(base + ([node.module] if node.module else []))
            else:
                stem = node.module
            found.add(stem)
            # "from tillit import portal" imports the module tillit.portal.
            found.update(f"{stem}.{alias.name}" for alias in node.names)
    return found


def project_imports():
    """{(importing module, imported module)} over every Python file of the project's packages."""
    edges = set()
    for package in PACKAGES:
        for path in sorted((ROOT / package).rglob("*.py")):
            module = module_name(path)
            source = path.read_text(encoding="utf-8")
            for target in imported_modules(source, module, path.name == "__init__.py"):
                if layer_of(target) is not None:
                    edges.add((module, target))
    return edges


def layer_edges(edges):
    """{(from layer, to layer): [module edges]} between different layers."""
    result = {}
    for source, target in edges:
        pair = (layer_of(source), layer_of(target))
        if pair[0] != pair[1]:
            result.setdefault(pair, []).append(f"{source} -> {target}")
    return result


def forbidden_edges(edges):
    problems = []
    for pair, examples in sorted(layer_edges(edges).items()):
        if pair in FORBIDDEN:
            problems.append(f"{pair[0]} -> {pair[1]} ({FORBIDDEN[pair]}): {sorted(examples)}")
        if pair[1] == "project" and pair[0] != "project":
            problems.append(f"{pair[0]} imports the project modules: {sorted(examples)}")
    return problems


def cycles(edges):
    """Circles between layers (packages), each as a list of layers."""
    graph = {}
    for source, target in layer_edges(edges):
        graph.setdefault(source, set()).add(target)
    found, state = [], {}

    def visit(node, path):
        state[node] = "open"
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == "open":
                found.append([*path[path.index(nxt) :], nxt])
            elif nxt not in state:
                visit(nxt, [*path, nxt])
        state[node] = "done"

    for node in sorted(graph):
        if node not in state:
            visit(node, [node])
    return found


def test_no_forbidden_import_between_layers():
    assert forbidden_edges(project_imports()) == []


def test_no_circle_between_packages():
    assert cycles(project_imports()) == []


def test_the_layers_are_what_the_docstring_says():
    edges = layer_edges(project_imports())
    # The portal gathers from every app; the project's URLconf includes the portal.
    for app in DOMAIN_APPS:
        assert ("top", app) in edges
        assert (app, "core") in edges
    assert ("remissvar", "betankanden") in edges
    assert ("project", "top") in edges


@pytest.mark.parametrize(
    ("module", "layer"),
    [
        ("tillit.models", "core"),
        ("tillit.filtering", "core"),
        ("tillit.portal.views", "top"),
        ("tillit.corpus.build", "top"),
        ("tillit.urls", "project"),
        ("remissvar.models", "remissvar"),
        ("django.db", None),
    ],
)
def test_layer_of(module, layer):
    assert layer_of(module) == layer


def test_imports_inside_functions_and_relative_imports_are_seen():
    source = "def f():\n    from remissvar.models import Position\nfrom . import text\n"
    assert imported_modules(source, "tillit.models") >= {
        "remissvar.models",
        "tillit.text",
    }


def test_the_checks_catch_a_forbidden_edge_and_a_circle():
    edges = {("betankanden.views", "remissvar.models"), ("remissvar.models", "betankanden.models")}
    assert any("a report must not know its answers" in p for p in forbidden_edges(edges))
    assert cycles(edges) == [["betankanden", "remissvar", "betankanden"]]
    core_reaching_up = {("tillit.models", "forum.models")}
    assert forbidden_edges(core_reaching_up)
