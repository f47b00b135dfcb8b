"""The HTTP API and the dashboard over a store: ``eventwire serve`` (needs ``pip install eventwire[web]``)."""

from eventwire.serve.app import create_app
from eventwire.serve.state import TOKEN_ENV, ServeSettings

__all__ = ["TOKEN_ENV", "ServeSettings", "create_app"]
