"""The citizen's pages: the e-mailed link and the code, username and password, digital keys, sign-in.

Server-rendered HTML (Jinja2 templates, plain forms), usable without JavaScript and with nothing loaded
from another host. Each module has one job: ``routes_*`` translate HTTP to the rules in ``activation``,
``accounts``, ``passwords``, ``keys``, ``totp``, ``onetime``, ``signin``; ``sessions``, ``csrf`` and
``headers`` are the web security; ``pages`` and ``i18n`` render in the citizen's language.
"""
