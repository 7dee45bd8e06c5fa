"""
The top layer: pages that gather from several apps (home, timeline, sources,
organisations, people) and the health check.

Only the root URLconf imports this package. It asks the apps through their
``queries`` modules; nothing below it (the shared core in ``tillit``, or the
three domain apps) imports anything from here.
"""
