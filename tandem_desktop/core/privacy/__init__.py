"""The privacy duties the agreement promises: retention and erasure, a family's own copy, the record of processing."""
