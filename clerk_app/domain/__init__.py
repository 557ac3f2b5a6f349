"""Pure rules with no I/O: people, documents, eligibility, national numbers, MRZ, activation codes."""
