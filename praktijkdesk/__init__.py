"""praktijkdesk: follow candidates towards an mbo-praktijkverklaring, offline."""

__version__ = "0.1.0"
