"""The mark of training mode, the same in every language, on every screen and every slip.

A module of its own so the training banner of the main window does not import the slip's painting.
"""

from __future__ import annotations

#: Printed on every training slip and shown on every training screen, so it is recognised at the counter.
TRAINING_MARK = "TRAINING / OEFENING"
