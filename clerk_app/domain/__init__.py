"""Pure rules with no I/O: people, documents, eligibility and its reasons, national numbers, MRZ, the manual
forms, registrations and their states, delivery outcomes. The activation code is the ``activation_code``
package's, shared with the central service."""
