"""clerk_app: register a citizen's identity at a Ghent service-centre counter for federal digital keys.

The version lives in pyproject.toml only; :func:`clerk_app.version.app_version` reads it back.
"""
