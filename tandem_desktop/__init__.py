"""Tandem Desktop: the coordinator's tool for a buddy programme for newcomer families."""

__version__ = "0.1.0"
APP_NAME = "Tandem Desktop"
# The folder name used by platformdirs; never translated, never changed (it locates existing data).
APP_SLUG = "tandem-desktop"
