"""Reading spreadsheets: xlsx with merged cells and trailing empties, csv in UTF-8
(with and without BOM) and Windows-1252 with any separator, and one clear message
for a password-protected workbook, a file that is no spreadsheet, an empty sheet
and a sheet that is too large. ods, xls and formulas (cached values) are read from
files LibreOffice wrote."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest

from helpers.sheets import HEADER, ROWS, convert_with_libreoffice, sheet_rows, write_csv, write_xlsx
from vpnotes.errors import InvalidInput, VaultMissing
from vpnotes.interchange.sheet.table import MAX_ROWS, Workbook, read_sheet


def test_xlsx_rows_keep_program_row_numbers_fill_merged_cells_and_drop_trailing_empties(tmp_path: Path) -> None:
    rows = [*sheet_rows(), [], ["", "", ""], []]
    path = write_xlsx(tmp_path / "reg.xlsx", rows, extra_sheets=("Notities",))
    book = Workbook(path)
    assert book.sheet_names == ["Registratie 2025", "Notities"]
    sheet = book.sheet("Registratie 2025")
    assert sheet.rows[0] == ["Registratie vertrouwenspersoon 2025"] * 6  # merged A1:F1, filled
    assert sheet.rows[3] == HEADER  # row 4 as the program shows it
    assert len(sheet.rows) == 4 + len(ROWS)  # the trailing empty rows are gone
    assert sheet.rows[4][1] == date(2025, 1, 14)
    assert sheet.rows[5][-1] == "x" and len(sheet.rows[5]) == 13  # trailing empty cell dropped


def test_unknown_sheet_name_is_one_clear_message(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "reg.xlsx", sheet_rows())
    with pytest.raises(InvalidInput, match="werkblad 'Blad9' bestaat niet"):
        read_sheet(path, "Blad9")


@pytest.mark.parametrize(("encoding", "delimiter"), [("utf-8", ";"), ("utf-8-sig", ";"), ("cp1252", ";"),
                                                     ("utf-8", ","), ("cp1252", "\t")])
def test_csv_encodings_and_separators(tmp_path: Path, encoding: str, delimiter: str) -> None:
    path = write_csv(tmp_path / "reg.csv", sheet_rows(), encoding=encoding, delimiter=delimiter)
    sheet = read_sheet(path)
    assert sheet.rows[3] == HEADER
    assert sheet.rows[4][5] == "Financiën"  # é survives either encoding
    assert sheet.rows[6][8] == "45,5"  # a decimal comma stays text; the import reads it as 45.5


def test_a_password_protected_workbook_is_refused_clearly(tmp_path: Path) -> None:
    from msoffcrypto.format.ooxml import OOXMLFile

    plain = write_xlsx(tmp_path / "plain.xlsx", sheet_rows())
    locked = tmp_path / "locked.xlsx"
    with locked.open("wb") as out:
        OOXMLFile(io.BytesIO(plain.read_bytes())).encrypt("geheim wachtwoord", out)
    with pytest.raises(InvalidInput, match="met een wachtwoord beveiligd"):
        Workbook(locked)


@pytest.mark.parametrize("content", [
    b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n\x00\x00",
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
    b"PK\x03\x04 this zip is broken",
    b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600,
])
def test_a_file_that_is_no_spreadsheet_is_refused_clearly(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "registratie.xlsx"
    path.write_bytes(content)
    with pytest.raises(InvalidInput, match="geen spreadsheet"):
        Workbook(path).sheet()


def test_an_empty_sheet_is_refused_clearly(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "empty.xlsx", [[], ["", ""]], merge_title=False)
    with pytest.raises(InvalidInput, match="Het werkblad is leeg"):
        read_sheet(path)
    (tmp_path / "empty.csv").write_bytes(b"\xef\xbb\xbf\r\n;;\r\n")
    with pytest.raises(InvalidInput, match="Het werkblad is leeg"):
        read_sheet(tmp_path / "empty.csv")


def test_a_missing_file_and_a_folder_are_refused_clearly(tmp_path: Path) -> None:
    with pytest.raises(VaultMissing, match="Het spreadsheetbestand bestaat niet"):  # exit 2 like every missing file
        Workbook(tmp_path / "nope.xlsx")
    with pytest.raises(InvalidInput, match="map"):
        Workbook(tmp_path)


def test_more_rows_than_the_limit_are_refused_clearly(tmp_path: Path) -> None:
    line = "2025-01-14;Melding;Pesten\r\n"
    path = tmp_path / "huge.csv"
    path.write_text("Datum;Soort;Onderwerp\r\n" + line * MAX_ROWS, encoding="utf-8")
    with pytest.raises(InvalidInput, match=r"meer dan 50\.000 rijen"):
        read_sheet(path)
    path.write_text("Datum;Soort;Onderwerp\r\n" + line * (MAX_ROWS - 1), encoding="utf-8")
    assert len(read_sheet(path).rows) == MAX_ROWS


@pytest.mark.slow
def test_ods_xls_and_formulas_with_cached_values_written_by_libreoffice(tmp_path: Path) -> None:
    source = tmp_path / "formulas.csv"
    # LibreOffice computes the formulas while converting and stores their values beside them.
    source.write_text("Datum;Aantal gesprekken;Totale tijd (min)\r\n14-01-2025;2;=30*2\r\n"
                      "15-01-2025;=1+2;=45+45\r\n", encoding="utf-8")
    for target in ("xlsx", "ods", "xls"):
        converted = convert_with_libreoffice(source, target, tmp_path)
        sheet = read_sheet(converted)
        assert [float(c) for c in sheet.rows[1][1:]] == [2.0, 60.0], target
        assert [float(c) for c in sheet.rows[2][1:]] == [3.0, 90.0], target


def test_a_cell_merged_down_several_rows_gives_each_row_its_value(tmp_path: Path) -> None:
    from openpyxl import Workbook as Book

    book = Book()
    ws = book.active
    assert ws is not None
    for row in (["Datum", "Soort"], ["14-01-2025", "Melding"], ["", "Vraag"], ["15-01-2025", "Melding"]):
        ws.append(row)
    ws.merge_cells("A2:A3")  # one date typed for two cases
    book.save(tmp_path / "merged.xlsx")
    rows = read_sheet(tmp_path / "merged.xlsx").rows
    assert [row[0] for row in rows[1:]] == ["14-01-2025", "14-01-2025", "15-01-2025"]


def test_a_password_protected_ods_is_refused_clearly(tmp_path: Path) -> None:
    import zipfile

    path = tmp_path / "beveiligd.ods"
    manifest = ('<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml">'
                '<manifest:encryption-data manifest:checksum-type="SHA1/1K"/></manifest:file-entry>'
                '</manifest:manifest>')
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("META-INF/manifest.xml", manifest)
        archive.writestr("content.xml", b"\x8f\x12 encrypted bytes")
    with pytest.raises(InvalidInput, match="met een wachtwoord beveiligd"):
        Workbook(path)
