"""Simulated eID cards that answer APDUs like the applet, training cards, and the vpcd bridge."""
