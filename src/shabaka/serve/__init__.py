"""The web workbench and JSON API (`shabaka serve`)."""

from __future__ import annotations

from shabaka.serve.app import create_app

__all__ = ["create_app"]
