"""Sync to the central service: the outbox relay, the HTTP client, the registration body it sends."""
