"""packaging package."""
