"""vpnotes: an encrypted, offline case notebook for a vertrouwenspersoon."""

__version__ = "0.1.0"
