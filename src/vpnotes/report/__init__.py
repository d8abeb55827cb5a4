"""The de-identified annual report (DESIGN.md §6).

Three core steps, each its own module: :mod:`aggregate` (counts and hours from
the vault, nothing identifying), :mod:`disclosure` (minimum cell size k:
coarsening, primary and complementary suppression, rounding of overviews) and
:mod:`screening` (free text checked against what the vault holds). Then
:mod:`document` lays the report out once, and :mod:`render_docx` /
:mod:`render_json` write it. :mod:`service` ties the steps together for the
command line and the app.
"""
