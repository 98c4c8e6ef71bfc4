"""Parsers: one module per source format, format detection, decoding and shared text helpers."""
