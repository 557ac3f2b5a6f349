"""Test support shared by every test folder (``from support.pcsc_stack import ...``)."""
