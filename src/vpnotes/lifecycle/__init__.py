"""The notebook's lifecycle: passphrase change, backups, handover to a successor,
retention, AVG requests (access, erasure) and the audit trail.

Everything here is GUI-free and works on a :class:`vpnotes.store.notebook.Notebook`;
the CLI (``vpnotes.cli.lifecycle_commands``) and the Qt dialogs call the same
functions. ``docs/lifecycle.md`` describes the API and the decisions behind it.
"""
