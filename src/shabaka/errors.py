"""Every error Shabaka raises on purpose, rooted at ShabakaError.

Messages name the input at fault and say how to fix it. The CLI maps these to
exit codes and the API to HTTP statuses, each in one place.
"""

from __future__ import annotations


class ShabakaError(Exception):
    """Base of all of Shabaka's own errors."""

    exit_code = 1
    http_status = 500


class InputError(ShabakaError):
    """A document could not be read: binary, empty, too large, corrupt, badly encoded."""

    exit_code = 1
    http_status = 422

    def __init__(self, origin: str, reason: str):
        super().__init__(f"{origin}: {reason}")
        self.origin = origin
        self.reason = reason


class UsageError(ShabakaError):
    """The caller asked for something malformed: a bad option, date or name."""

    exit_code = 2
    http_status = 400


class NotFound(ShabakaError):
    """A named entity, document or judgement does not exist in the knowledge base."""

    exit_code = 2
    http_status = 404


class Conflict(ShabakaError):
    """A change that must be made precise: a name that fits several entities or only resembles
    one, an id prefix several documents share, a merge across entity types."""

    exit_code = 2
    http_status = 409

    def __init__(self, message: str, candidates: list[str]):
        super().__init__(message)
        self.candidates = candidates


class ConfigError(ShabakaError):
    """A pack, ontology or model setting is invalid or missing."""

    exit_code = 2
    http_status = 500


class StoreError(ShabakaError):
    """The knowledge base file is unusable: wrong schema version, locked, corrupt."""

    exit_code = 1
    http_status = 503


class PermissionDenied(ShabakaError):
    """A change was refused: read-only mode, or a missing or wrong token."""

    exit_code = 2
    http_status = 403
