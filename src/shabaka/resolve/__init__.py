"""Resolution: in-document chains to knowledge-base entities across documents."""

from shabaka.resolve.resolver import Resolver

__all__ = ["Resolver"]
