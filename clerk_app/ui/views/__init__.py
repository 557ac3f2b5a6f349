"""Views: widgets built in code, layout and texts only. Behaviour lives in ``clerk_app.ui.controllers``."""
