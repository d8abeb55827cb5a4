"""The VP's own practice (DESIGN.md §1, §7): patterns across cases for the VP's
eyes only, an anonymised casus for intervisie, and the statement of hours and
expenses an extern VP sends a client organisation without revealing with whom.

Everything here is GUI-free: the CLI (``cli/practice_commands.py``) and the UI
call the same functions.
"""
