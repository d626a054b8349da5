"""QMS Desktop: quality management records (TCVN ISO 9001:2015) for commune People's Committees."""

__version__ = "0.1.0"
