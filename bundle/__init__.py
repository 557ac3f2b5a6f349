"""The installable bundle of the counter app: what goes in (:mod:`bundle.contents`), the PyInstaller spec
(``clerk-app.spec``) and the build driver (:mod:`bundle.build`) that ``scripts/package`` and
``scripts/package.ps1`` run."""
