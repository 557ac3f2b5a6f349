"""Simulated eID cards that answer APDUs like the applet, the training cards and the in-process readers that
hold them, the practice documents without a chip, and the vpcd bridge."""
