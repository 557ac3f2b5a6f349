"""Sync to the central service: the outbox relay, the HTTP client, the registration body it sends, and the
workstation's enrolment with its token in the keyring."""
