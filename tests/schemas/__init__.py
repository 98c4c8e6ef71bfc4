"""Tests for bantin.schemas."""
