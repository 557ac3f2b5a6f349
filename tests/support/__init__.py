"""Test support shared by every test folder, imported as ``tests.support.<module>`` and never otherwise.

Test modules import no conftest and no other test module (``tests/test_quality.py`` checks it); what more
than one test module needs lives here, in a module named by its job.
"""
