"""Routine and playlist file formats: decode, validate, encode; bundles. No Qt."""
