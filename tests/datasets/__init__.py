"""Tests for bantin.datasets."""
