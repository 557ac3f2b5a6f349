"""Sync to the central service: outbox relay, HTTP client, wire schema."""
