from vpnotes.domain.model import Organisation
from vpnotes.ui.organisation_names import organisation_labels


def test_organisations_are_shown_by_name_with_the_key_only_when_names_clash() -> None:
    labels = organisation_labels([Organisation("acme", "Acme BV"), Organisation("baken", "Het Baken"),
                                  Organisation("baken2", "Het Baken")])
    assert labels == {"acme": "Acme BV", "baken": "Het Baken (baken)", "baken2": "Het Baken (baken2)"}
