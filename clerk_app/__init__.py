"""clerk_app: register a citizen's identity at a Ghent service-centre counter for federal digital keys."""

__version__ = "0.1.0"
