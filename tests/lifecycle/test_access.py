"""AVG requests: the access extract (matching, redaction of others, restrictions,
JSON and .docx, password protection), erasure on request and a recorded refusal."""

from __future__ import annotations

import io
import json
import os
import shutil
import subprocess
from datetime import date
from pathlib import Path

import docx
import msoffcrypto
import pytest

from helpers import PASSPHRASE
from helpers.rawpages import tokens_found
from vpnotes.domain.model import AvgRequest, Betrokkene, Case, Contact, FollowUp, Melder, RetentionHold
from vpnotes.domain.vocabulary import (
    AvgRequestKind,
    CaseKind,
    Category,
    ContactMode,
    FollowUpKind,
    MelderRole,
    Relation,
)
from vpnotes.errors import DestinationExists, InvalidInput, WeakPassphrase
from vpnotes.lifecycle.access import (
    RefusalGround,
    Restriction,
    RestrictionGround,
    build_extract,
    erase_person,
    find_person,
    refuse_erasure,
    restrictable_paths,
    write_extract,
)
from vpnotes.store.notebook import Notebook

DOC_PASSWORD = "groene schildpad leest twaalf kranten"
OTHERS = ["Bram", "Jansen", "Chris", "Bakker", "chris.bakker@example.nl", "06-98765432", "Dirk", "Smit", "Mulder"]


def _case(melder: str, betrokkene: str, notes: str, **changes: object) -> Case:
    case = Case(
        kind=CaseKind.MELDING, categories=[Category.PESTEN], opened=date(2025, 3, 4),
        melder=Melder(role=MelderRole.MEDEWERKER, name=melder, email=None, phone=None, department="Inkoop"),
        betrokkenen=[Betrokkene(Relation.LEIDINGGEVENDE, betrokkene, "Verkoop")],
        contacts=[Contact(date(2025, 3, 4), 50, ContactMode.PERSOONLIJK, summary="Intakegesprek", notes=notes)],
        followups=[FollowUp(date(2025, 3, 18), f"Terugbellen over {betrokkene}")],
    )
    for key, value in changes.items():
        setattr(case, key, value)
    return case


@pytest.fixture
def cases(notebook: Notebook) -> dict[str, int]:
    own = _case("Anna de Vries", "Bram Jansen",
                "Anna vertelt dat Bram Jansen haar uitscheldt. Collega Chris Bakker (chris.bakker@example.nl, "
                "06-98765432) zag het. Anna is bereikbaar op anna@example.org.")
    own.melder.email, own.melder.phone = "anna@example.org", "0611122233"
    about = _case("Dirk Smit", "Ánna de  VRIES", "Dirk meldt dat Anna de Vries hem negeert; Smit wil advies.")
    other = _case("Eva Mulder", "Bram Jansen", "Eva Mulder over Bram.")
    return {"own": notebook.cases.add(own), "about": notebook.cases.add(about), "other": notebook.cases.add(other)}


def test_person_is_found_as_melder_and_betrokkene_ignoring_case_and_accents(
        notebook: Notebook, cases: dict[str, int]) -> None:
    assert find_person(notebook, "anna de vries") == [(cases["own"], "melder"), (cases["about"], "betrokkene")]
    assert find_person(notebook, "Anna  de Vriës") == find_person(notebook, "ANNA DE VRIES")
    assert find_person(notebook, "Anna") == []  # the stored name, not a part of it
    with pytest.raises(InvalidInput):
        find_person(notebook, "  ")


def test_extract_holds_the_persons_data_and_redacts_others(notebook: Notebook, cases: dict[str, int]) -> None:
    extract = build_extract(notebook, "Anna de Vries", today=date(2025, 5, 1))
    text = json.dumps(extract.document, ensure_ascii=False)
    for word in OTHERS:
        assert word not in text, word
    own, about = extract.document["cases"]
    assert own["role"] == "melder" and own["melder"]["name"] == "Anna de Vries"
    assert own["melder"]["email"] == "anna@example.org" and own["melder"]["department"] == "Inkoop"
    assert own["contacts"][0]["notes"] == (
        "Anna vertelt dat [naam] haar uitscheldt. Collega [naam] ([e-mailadres], [telefoonnummer]) zag het. "
        "Anna is bereikbaar op anna@example.org.")
    assert own["betrokkenen"] == [{"name": "[naam]", "relation": "leidinggevende"}]
    assert own["followups"][0]["text"] == "Terugbellen over [naam]"
    # As betrokkene: their own entry whole, nothing that says who the melder is.
    assert about["role"] == "betrokkene" and "melder" not in about and "consent" not in about
    assert about["betrokkenen"] == [{"name": "Ánna de  VRIES", "relation": "leidinggevende", "department": "Verkoop"}]
    assert about["contacts"][0]["notes"] == "[naam] meldt dat Anna de Vries hem negeert; [naam] wil advies."
    assert extract.case_ids == [cases["own"], cases["about"]]


def test_restrictions_withhold_with_their_ground(notebook: Notebook, cases: dict[str, int]) -> None:
    plain = build_extract(notebook, "Anna de Vries")
    assert "cases[1].contacts[0].notes" in restrictable_paths(plain)
    extract = build_extract(notebook, "Anna de Vries", restrictions=[
        Restriction("cases[1].contacts[0].notes", RestrictionGround.RECHTEN_ANDEREN, "verklaring van de melder")])
    about = extract.document["cases"][1]
    assert about["contacts"][0]["notes"] == {"withheld": True, "ground": "rechten_anderen"}
    assert about["contacts"][0]["date"] == "2025-03-04"
    assert extract.document["restrictions"] == [{
        "path": "cases[1].contacts[0].notes", "ground": "rechten_anderen",
        "ground_text": "bescherming van de rechten en vrijheden van anderen (art. 41 lid 1 sub i UAVG)",
        "explanation": "verklaring van de melder"}]
    for bad in ("cases[5]", "cases[0].nothing", "person", "cases[0].contacts[x]"):
        with pytest.raises(InvalidInput):
            build_extract(notebook, "Anna de Vries", restrictions=[Restriction(bad, RestrictionGround.RECHTEN_ANDEREN)])


def test_json_and_docx_are_written_and_logged_without_content(notebook: Notebook, cases: dict[str, int],
                                                               tmp_path: Path) -> None:
    extract = build_extract(notebook, "Anna de Vries", restrictions=[
        Restriction("cases[1]", RestrictionGround.RECHTEN_ANDEREN)])
    json_path = write_extract(notebook, extract, tmp_path / "inzage.json")
    assert json.loads(json_path.read_text("utf-8"))["format"] == "vpnotes-access"
    assert oct(json_path.stat().st_mode & 0o777) == "0o600"
    with pytest.raises(DestinationExists):
        write_extract(notebook, extract, json_path)
    docx_path = write_extract(notebook, extract, tmp_path / "inzage.docx")
    document = docx.Document(str(docx_path))
    body = "\n".join(p.text for p in document.paragraphs) + "\n".join(
        cell.text for table in document.tables for row in table.rows for cell in row.cells)
    assert "Inzage in persoonsgegevens" in body and "Anna de Vries" in body and "anna@example.org" in body
    assert "bescherming van de rechten en vrijheden van anderen" in body and "[achtergehouden]" in body
    for word in [*OTHERS, "Verkoop"]:
        assert word not in body, word
    section = document.sections[0]
    assert section.page_width is not None and section.page_height is not None
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)  # A4
    assert document.core_properties.author == "" and "python-docx" not in document.core_properties.last_modified_by
    assert document.core_properties.title == "Inzage in persoonsgegevens"
    entries = [e for e in notebook.audit.entries() if e.event == "access_extract"]
    assert [e.detail for e in entries] == ["cases=2 restricted=1 grounds=rechten_anderen"] * 2
    assert all("Anna" not in e.detail for e in notebook.audit.entries())


def test_docx_can_be_password_protected(notebook: Notebook, cases: dict[str, int], tmp_path: Path) -> None:
    extract = build_extract(notebook, "Anna de Vries")
    with pytest.raises(WeakPassphrase):
        write_extract(notebook, extract, tmp_path / "zwak.docx", password="geheim")
    with pytest.raises(InvalidInput):
        write_extract(notebook, extract, tmp_path / "inzage.json", password=DOC_PASSWORD)
    path = write_extract(notebook, extract, tmp_path / "inzage.docx", password=DOC_PASSWORD)
    raw = path.read_bytes()
    assert b"Anna" not in raw and not raw.startswith(b"PK")  # an OLE container, not a readable zip
    with open(path, "rb") as handle:
        office = msoffcrypto.OfficeFile(handle)
        assert office.is_encrypted()
        office.load_key(password=DOC_PASSWORD)
        plain = io.BytesIO()
        office.decrypt(plain)
    text = "\n".join(p.text for p in docx.Document(plain).paragraphs)
    assert "Anna de Vries" in text
    with open(path, "rb") as handle:
        office = msoffcrypto.OfficeFile(handle)
        office.load_key(password="verkeerd wachtwoord voor dit bestand")
        with pytest.raises(Exception, match=r"(?i)password|key"):
            office.decrypt(io.BytesIO())
    assert notebook.audit.entries()[-1].detail == "cases=2 restricted=0 protected"


def _tools_or_skip(*names: str) -> None:
    missing = [n for n in names if shutil.which(n) is None]
    if missing:
        if os.environ.get("VPNOTES_REQUIRE_TOOLS") == "1":
            pytest.fail(f"required tools missing: {missing}")
        pytest.skip(f"tools missing: {missing}")


@pytest.mark.slow
def test_docx_opens_in_libreoffice(notebook: Notebook, cases: dict[str, int], tmp_path: Path) -> None:
    _tools_or_skip("soffice", "pdftotext")
    path = write_extract(notebook, build_extract(notebook, "Anna de Vries"), tmp_path / "inzage.docx")
    profile = tmp_path / "lo-profile"
    subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
                    "--outdir", str(tmp_path), str(path)], check=True, capture_output=True, timeout=180)
    text = subprocess.run(["pdftotext", "-layout", str(tmp_path / "inzage.pdf"), "-"], check=True,
                          capture_output=True, text=True).stdout
    assert "Inzage in persoonsgegevens" in text and "Anna de Vries" in text
    assert "Bram" not in text


def test_an_access_request_brings_a_follow_up_and_shows_in_the_extract(notebook: Notebook,
                                                                       cases: dict[str, int]) -> None:
    followup = notebook.items.record_avg_request(
        AvgRequest(AvgRequestKind.INZAGE, date(2025, 4, 30), case_id=cases["own"]))
    assert (followup.due, followup.kind) == (date(2025, 5, 30), FollowUpKind.AVG_VERZOEK)
    own = build_extract(notebook, "Anna de Vries").document["cases"][0]
    assert own["avg_requests"] == [{"kind": "inzage", "received": "2025-04-30", "answered": None,
                                    "refusal_ground": None}]


def test_erasure_on_request(notebook: Notebook, cases: dict[str, int]) -> None:
    notebook.items.record_avg_request(AvgRequest(AvgRequestKind.VERWIJDERING, date(2025, 4, 30), case_id=cases["own"]))
    result = erase_person(notebook, "anna de vries", today=date(2025, 5, 2))
    assert (result.cases, result.betrokkenen) == (1, 1)
    own = notebook.cases.get(cases["own"])
    assert own.purged and own.melder.name is None and own.reference is None
    about = notebook.cases.get(cases["about"])
    assert [(b.name, b.department) for b in about.betrokkenen] == [(None, None)]
    assert about.contacts[0].notes == "Dirk meldt dat [naam] hem negeert; Smit wil advies."
    assert about.melder.name == "Dirk Smit"  # the melder's own data stays
    assert find_person(notebook, "Anna de Vries") == []
    assert notebook.cases.search("anna") == [] and notebook.cases.search("dirk") == [cases["about"]]
    assert [r.answered for r in notebook.items.avg_requests()] == [date(2025, 5, 1)]  # kept by month
    assert notebook.audit.entries()[-1].detail == "cases=1 betrokkenen=1 mentions=0"
    path = notebook.vault.path
    notebook.close()
    assert tokens_found(path, PASSPHRASE, ["Anna", "anna@example.org", "0611122233"]) == []
    assert tokens_found(path, PASSPHRASE, ["Dirk", "Mulder"]) == ["Dirk", "Mulder"]


def test_erasure_of_a_case_on_hold_is_refused_and_a_refusal_recorded(notebook: Notebook) -> None:
    case_id = notebook.cases.add(_case("Anna de Vries", "Bram Jansen", "notities",
                                       retention_hold=RetentionHold("klachtprocedure loopt")))
    notebook.items.record_avg_request(AvgRequest(AvgRequestKind.VERWIJDERING, date(2025, 4, 30), case_id=case_id))
    with pytest.raises(InvalidInput):
        erase_person(notebook, "Anna de Vries")
    assert notebook.cases.get(case_id).melder.name == "Anna de Vries"
    (request,) = notebook.items.avg_requests()
    assert request.id is not None
    refuse_erasure(notebook, request.id, RefusalGround.RECHTSVORDERING, "klachtprocedure", today=date(2025, 5, 20))
    (request,) = notebook.items.avg_requests()
    assert request.answered == date(2025, 5, 20)
    assert request.refusal_ground == (
        "instelling, uitoefening of onderbouwing van een rechtsvordering (art. 17 lid 3 sub e AVG): klachtprocedure")
    assert notebook.audit.entries()[-1].event == "erasure_refused"
    assert notebook.audit.entries()[-1].detail == "ground=rechtsvordering"
    access = notebook.items.record_avg_request(AvgRequest(AvgRequestKind.INZAGE, date(2025, 6, 1), case_id=case_id))
    assert access is not None
    inzage = next(r for r in notebook.items.avg_requests() if r.kind is AvgRequestKind.INZAGE)
    assert inzage.id is not None
    with pytest.raises(InvalidInput):
        refuse_erasure(notebook, inzage.id, RefusalGround.RECHTSVORDERING)
