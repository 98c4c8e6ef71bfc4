"""Tests for bantin.packaging."""
