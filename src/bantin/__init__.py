"""bantin: validated open data from Vietnam's administrative-reform bulletins."""

__version__ = "0.1.0"
