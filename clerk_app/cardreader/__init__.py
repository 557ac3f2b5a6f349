"""Card reading: connection abstraction, APDUs, TLV, the identity file, Belgian eID session, authenticity,
reader monitor; PC/SC (``pcsc``, the only pyscard user) and simulated readers, one or both at a time."""
