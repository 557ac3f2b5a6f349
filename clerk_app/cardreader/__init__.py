"""Card reading: connection abstraction, APDUs, TLV, Belgian eID session, authenticity, reader monitor."""
