"""Supple: a desktop player for guided movement routines."""

__version__ = "0.1.0"
APP_NAME = "Supple"
