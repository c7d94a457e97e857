"""CaseDesk: the desktop workbench of a district trade union's legal-service office."""

__version__ = "0.1.0"
