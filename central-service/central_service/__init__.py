"""The reference central service: registrations from enrolled workstations in, activation links out."""
