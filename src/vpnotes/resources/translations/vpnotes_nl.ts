<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL" sourcelanguage="en">
    <context>
        <name>AccessExtractDialog</name>
        <message>
            <source>&amp;JSON</source>
            <translation>&amp;JSON</translation>
        </message>
        <message>
            <source>&amp;Protect the document with a password (shown once, to pass on separately)</source>
            <translation>Document met een &amp;wachtwoord beveiligen (eenmalig getoond, apart doorgeven)</translation>
        </message>
        <message>
            <source>&amp;Word document (.docx), readable for the person</source>
            <translation>&amp;Word-document (.docx), leesbaar voor de persoon</translation>
        </message>
        <message>
            <source>&amp;Write extract…</source>
            <translation>Overzicht &amp;schrijven…</translation>
        </message>
        <message>
            <source>AVG requests</source>
            <translation>AVG-verzoeken</translation>
        </message>
        <message>
            <source>Access extract (AVG)</source>
            <translation>Inzageverzoek (AVG)</translation>
        </message>
        <message>
            <source>Access extract for: %1</source>
            <translation>Inzageoverzicht voor: %1</translation>
        </message>
        <message>
            <source>Betrokkene %1</source>
            <translation>Betrokkene %1</translation>
        </message>
        <message>
            <source>Case %1</source>
            <translation>Zaak %1</translation>
        </message>
        <message>
            <source>Confidentiality breach</source>
            <translation>Doorbreking geheimhouding</translation>
        </message>
        <message>
            <source>Contact %1</source>
            <translation>Contact %1</translation>
        </message>
        <message>
            <source>Enter the name of the person.</source>
            <translation>Vul de naam van de persoon in.</translation>
        </message>
        <message>
            <source>Everything this notebook stores about one person, as melder or as betrokkene. Names, e-mail addresses and phone numbers of others are replaced by [naam], [e-mailadres] and [telefoonnummer]. Check the preview; withhold an item where it would still reveal others, with its ground.</source>
            <translation>Alles wat dit notitieboek over één persoon vastlegt, als melder of als betrokkene. Namen, e-mailadressen en telefoonnummers van anderen zijn vervangen door [naam], [e-mailadres] en [telefoonnummer]. Controleer het voorbeeld; houd een onderdeel achter als het toch anderen zou onthullen, met de grond daarvoor.</translation>
        </message>
        <message>
            <source>Folder is synchronised</source>
            <translation>Map wordt gesynchroniseerd</translation>
        </message>
        <message>
            <source>Follow-up %1</source>
            <translation>Vervolgactie %1</translation>
        </message>
        <message>
            <source>Ground to withhold %1</source>
            <translation>Grond om %1 achter te houden</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Onderdeel</translation>
        </message>
        <message>
            <source>Items of the extract</source>
            <translation>Onderdelen van het overzicht</translation>
        </message>
        <message>
            <source>JSON files (*.json)</source>
            <translation>JSON-bestanden (*.json)</translation>
        </message>
        <message>
            <source>Made on: %1</source>
            <translation>Gemaakt op: %1</translation>
        </message>
        <message>
            <source>Password of the document: %1
It is shown only now. Pass it on separately from the document, by phone or in person, never in the same e-mail.</source>
            <translation>Wachtwoord van het document: %1
Het wordt alleen nu getoond. Geef het los van het document door, telefonisch of persoonlijk, nooit in dezelfde e-mail.</translation>
        </message>
        <message>
            <source>Preview of the extract</source>
            <translation>Voorbeeld van het overzicht</translation>
        </message>
        <message>
            <source>The extract has been written to %1.</source>
            <translation>Het overzicht is geschreven naar %1.</translation>
        </message>
        <message>
            <source>The preview appears here.</source>
            <translation>Hier verschijnt het voorbeeld.</translation>
        </message>
        <message>
            <source>Withheld</source>
            <translation>Achtergehouden</translation>
        </message>
        <message>
            <source>Withhold (UAVG art. 41)</source>
            <translation>Achterhouden (art. 41 UAVG)</translation>
        </message>
        <message>
            <source>Word documents (*.docx)</source>
            <translation>Word-documenten (*.docx)</translation>
        </message>
        <message>
            <source>Write</source>
            <translation>Schrijven</translation>
        </message>
        <message>
            <source>Write access extract</source>
            <translation>Inzageoverzicht schrijven</translation>
        </message>
        <message>
            <source>Write the extract there anyway?</source>
            <translation>Het overzicht toch daar schrijven?</translation>
        </message>
        <message>
            <source>[withheld: %1]</source>
            <translation>[achtergehouden: %1]</translation>
        </message>
        <message>
            <source>answered</source>
            <translation>beantwoord</translation>
        </message>
        <message>
            <source>betrokkene</source>
            <translation>betrokkene</translation>
        </message>
        <message>
            <source>betrokkenen</source>
            <translation>betrokkenen</translation>
        </message>
        <message>
            <source>categories</source>
            <translation>categorieën</translation>
        </message>
        <message>
            <source>closed on</source>
            <translation>gesloten op</translation>
        </message>
        <message>
            <source>confidentiality breach</source>
            <translation>doorbreking geheimhouding</translation>
        </message>
        <message>
            <source>consent</source>
            <translation>toestemming</translation>
        </message>
        <message>
            <source>contacts</source>
            <translation>contacten</translation>
        </message>
        <message>
            <source>date</source>
            <translation>datum</translation>
        </message>
        <message>
            <source>department</source>
            <translation>afdeling</translation>
        </message>
        <message>
            <source>done</source>
            <translation>afgerond</translation>
        </message>
        <message>
            <source>due</source>
            <translation>uiterlijk</translation>
        </message>
        <message>
            <source>e-mail</source>
            <translation>e-mail</translation>
        </message>
        <message>
            <source>follow-ups</source>
            <translation>vervolgacties</translation>
        </message>
        <message>
            <source>formal steps</source>
            <translation>formele stappen</translation>
        </message>
        <message>
            <source>gender</source>
            <translation>gender</translation>
        </message>
        <message>
            <source>ground for refusal</source>
            <translation>grond voor weigering</translation>
        </message>
        <message>
            <source>handover</source>
            <translation>overdracht</translation>
        </message>
        <message>
            <source>handover date</source>
            <translation>datum toestemming overdracht</translation>
        </message>
        <message>
            <source>how</source>
            <translation>hoe</translation>
        </message>
        <message>
            <source>informal intervention</source>
            <translation>informele psychosociale interventie</translation>
        </message>
        <message>
            <source>justification</source>
            <translation>rechtvaardiging</translation>
        </message>
        <message>
            <source>kind</source>
            <translation>soort</translation>
        </message>
        <message>
            <source>melder</source>
            <translation>melder</translation>
        </message>
        <message>
            <source>minutes</source>
            <translation>minuten</translation>
        </message>
        <message>
            <source>name</source>
            <translation>naam</translation>
        </message>
        <message>
            <source>no</source>
            <translation>nee</translation>
        </message>
        <message>
            <source>not withheld</source>
            <translation>niet achterhouden</translation>
        </message>
        <message>
            <source>notes</source>
            <translation>notities</translation>
        </message>
        <message>
            <source>opened</source>
            <translation>geopend</translation>
        </message>
        <message>
            <source>organisation</source>
            <translation>organisatie</translation>
        </message>
        <message>
            <source>outcomes</source>
            <translation>uitkomsten</translation>
        </message>
        <message>
            <source>phone</source>
            <translation>telefoon</translation>
        </message>
        <message>
            <source>position</source>
            <translation>positie</translation>
        </message>
        <message>
            <source>reason</source>
            <translation>reden</translation>
        </message>
        <message>
            <source>received</source>
            <translation>ontvangen</translation>
        </message>
        <message>
            <source>reference</source>
            <translation>kenmerk</translation>
        </message>
        <message>
            <source>referrals</source>
            <translation>verwijzingen</translation>
        </message>
        <message>
            <source>registration</source>
            <translation>vastleggen</translation>
        </message>
        <message>
            <source>registration date</source>
            <translation>datum toestemming vastleggen</translation>
        </message>
        <message>
            <source>relation</source>
            <translation>relatie</translation>
        </message>
        <message>
            <source>retention hold</source>
            <translation>langer bewaren</translation>
        </message>
        <message>
            <source>role</source>
            <translation>rol</translation>
        </message>
        <message>
            <source>sector</source>
            <translation>sector</translation>
        </message>
        <message>
            <source>sharing with</source>
            <translation>delen met</translation>
        </message>
        <message>
            <source>subject</source>
            <translation>onderwerp</translation>
        </message>
        <message>
            <source>summary</source>
            <translation>samenvatting</translation>
        </message>
        <message>
            <source>text</source>
            <translation>tekst</translation>
        </message>
        <message>
            <source>type</source>
            <translation>soort</translation>
        </message>
        <message>
            <source>with whom</source>
            <translation>met wie</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>ja</translation>
        </message>
    </context>
    <context>
        <name>AuditDialog</name>
        <message>
            <source>%1 to %2</source>
            <translation>%1 t/m %2</translation>
        </message>
        <message>
            <source>Detail</source>
            <translation>Details</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>Gebeurtenis</translation>
        </message>
        <message>
            <source>Event log</source>
            <translation>Logboek</translation>
        </message>
        <message>
            <source>Event log of this notebook</source>
            <translation>Logboek van dit notitieboek</translation>
        </message>
        <message>
            <source>Minimum cell size of %1</source>
            <translation>Kleinste aantal dat wordt getoond voor %1</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>Nr.</translation>
        </message>
        <message>
            <source>The chain is broken at entry %1: an entry was changed or removed outside vpnotes.</source>
            <translation>De keten is verbroken bij regel %1: buiten vpnotes om is een regel gewijzigd of verwijderd.</translation>
        </message>
        <message>
            <source>The chain is intact: %1 entries, each linked to the one before.</source>
            <translation>De keten is intact: %1 regels, elk gekoppeld aan de vorige.</translation>
        </message>
        <message>
            <source>This entry was changed, or an entry before it was removed.</source>
            <translation>Deze regel is gewijzigd, of een regel ervoor is verwijderd.</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Tijdstip</translation>
        </message>
        <message>
            <source>Word document</source>
            <translation>Word-document</translation>
        </message>
        <message>
            <source>activities: %1</source>
            <translation>activiteiten: %1</translation>
        </message>
        <message>
            <source>all organisations</source>
            <translation>alle organisaties</translation>
        </message>
        <message>
            <source>automatic</source>
            <translation>automatisch</translation>
        </message>
        <message>
            <source>betrokkenen: %1</source>
            <translation>betrokkenen: %1</translation>
        </message>
        <message>
            <source>cases as figures only: %1</source>
            <translation>zaken alleen als cijfers: %1</translation>
        </message>
        <message>
            <source>cases: %1</source>
            <translation>zaken: %1</translation>
        </message>
        <message>
            <source>descriptions erased: %1</source>
            <translation>omschrijvingen gewist: %1</translation>
        </message>
        <message>
            <source>ground: %1</source>
            <translation>grond: %1</translation>
        </message>
        <message>
            <source>grounds: %1</source>
            <translation>gronden: %1</translation>
        </message>
        <message>
            <source>items withheld: %1</source>
            <translation>onderdelen achtergehouden: %1</translation>
        </message>
        <message>
            <source>made by hand</source>
            <translation>handmatig gemaakt</translation>
        </message>
        <message>
            <source>mentions in notes: %1</source>
            <translation>vermeldingen in notities: %1</translation>
        </message>
        <message>
            <source>minimum cell size %1</source>
            <translation>kleinste getoonde aantal %1</translation>
        </message>
        <message>
            <source>no problems found</source>
            <translation>geen problemen gevonden</translation>
        </message>
        <message>
            <source>old backups removed: %1</source>
            <translation>oude reservekopieën verwijderd: %1</translation>
        </message>
        <message>
            <source>organisations: %1</source>
            <translation>organisaties: %1</translation>
        </message>
        <message>
            <source>problems: %1</source>
            <translation>problemen: %1</translation>
        </message>
        <message>
            <source>protected with a password</source>
            <translation>beveiligd met een wachtwoord</translation>
        </message>
        <message>
            <source>re-encrypted</source>
            <translation>opnieuw versleuteld</translation>
        </message>
        <message>
            <source>security profile %1</source>
            <translation>sleutelprofiel %1</translation>
        </message>
        <message>
            <source>warnings: %1</source>
            <translation>waarschuwingen: %1</translation>
        </message>
        <message>
            <source>with notes</source>
            <translation>met notities</translation>
        </message>
        <message>
            <source>year %1</source>
            <translation>jaar %1</translation>
        </message>
    </context>
    <context>
        <name>CasusDialog</name>
        <message>
            <source>&amp;Case</source>
            <translation>&amp;Zaak</translation>
        </message>
        <message>
            <source>&amp;File (.docx or .txt)</source>
            <translation>&amp;Bestand (.docx of .txt)</translation>
        </message>
        <message>
            <source>&amp;Timeline</source>
            <translation>&amp;Tijdlijn</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>Zaak</translation>
        </message>
        <message>
            <source>Case study for intervisie</source>
            <translation>Casus voor intervisie</translation>
        </message>
        <message>
            <source>I have checked these words: &amp;write the case study with them</source>
            <translation>Ik heb deze woorden gecontroleerd: casus &amp;toch schrijven</translation>
        </message>
        <message>
            <source>Include the &amp;notes (anonymised as well)</source>
            <translation>Ook de &amp;notities opnemen (eveneens geanonimiseerd)</translation>
        </message>
        <message>
            <source>Names, departments, the organisation, e-mail addresses, phone numbers, the reference and every calendar date are replaced or left out. Follow-ups and consents stay out.</source>
            <translation>Namen, afdelingen, de organisatie, e-mailadressen, telefoonnummers, het kenmerk en elke kalenderdatum worden vervangen of weggelaten. Vervolgacties en toestemmingen blijven erbuiten.</translation>
        </message>
        <message>
            <source>Read the case study in full before you share it: names the notebook does not know, and descriptions that make someone recognisable, may still be in the text.</source>
            <translation>Lees de casus helemaal door voordat u hem deelt: namen die het notitieboek niet kent, en omschrijvingen die iemand herkenbaar maken, kunnen nog in de tekst staan.</translation>
        </message>
        <message>
            <source>The case study has been written to:
%1</source>
            <translation>De casus is geschreven naar:
%1</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>Tijdlijn</translation>
        </message>
        <message>
            <source>Word document (*.docx);;Text (*.txt)</source>
            <translation>Word-document (*.docx);;Tekst (*.txt)</translation>
        </message>
        <message>
            <source>Words to change</source>
            <translation>Aan te passen woorden</translation>
        </message>
        <message>
            <source>in days since the case was opened</source>
            <translation>in dagen sinds de opening van de zaak</translation>
        </message>
        <message>
            <source>in months since the case was opened</source>
            <translation>in maanden sinds de opening van de zaak</translation>
        </message>
    </context>
    <context>
        <name>ChangePassphraseDialog</name>
        <message>
            <source>&amp;Change passphrase</source>
            <translation>Wachtzin &amp;wijzigen</translation>
        </message>
        <message>
            <source>&amp;Current passphrase:</source>
            <translation>&amp;Huidige wachtzin:</translation>
        </message>
        <message>
            <source>&amp;Handover passphrase:</source>
            <translation>&amp;Overdrachtswachtzin:</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuleren</translation>
        </message>
        <message>
            <source>Change passphrase</source>
            <translation>Wachtzin wijzigen</translation>
        </message>
        <message>
            <source>Changing the passphrase</source>
            <translation>Wachtzin wordt gewijzigd</translation>
        </message>
        <message>
            <source>Choose your own passphrase</source>
            <translation>Kies uw eigen wachtzin</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Sluiten</translation>
        </message>
        <message>
            <source>Close the notebook</source>
            <translation>Notitieboek sluiten</translation>
        </message>
        <message>
            <source>Current passphrase</source>
            <translation>Huidige wachtzin</translation>
        </message>
        <message>
            <source>Enter the current passphrase.</source>
            <translation>Vul de huidige wachtzin in.</translation>
        </message>
        <message>
            <source>New passphrase</source>
            <translation>Nieuwe wachtzin</translation>
        </message>
        <message>
            <source>The notebook is written anew under the new passphrase; the old one stops working for this file. Backups made earlier keep their old passphrase.</source>
            <translation>Het notitieboek wordt opnieuw geschreven onder de nieuwe wachtzin; de oude werkt dan niet meer voor dit bestand. Eerder gemaakte reservekopieën houden hun oude wachtzin.</translation>
        </message>
        <message>
            <source>The passphrase has been changed. From now on this notebook opens only with the new passphrase.</source>
            <translation>De wachtzin is gewijzigd. Dit notitieboek opent voortaan alleen nog met de nieuwe wachtzin.</translation>
        </message>
        <message>
            <source>This notebook was handed over to you. Its handover passphrase travelled to you from someone else, so choose a passphrase of your own before you work in it. Enter the handover passphrase once more, then your new passphrase twice.</source>
            <translation>Dit notitieboek is aan u overgedragen. De overdrachtswachtzin kreeg u van een ander; kies daarom eerst een eigen wachtzin voordat u erin werkt. Vul de overdrachtswachtzin nog één keer in en daarna tweemaal uw nieuwe wachtzin.</translation>
        </message>
        <message>
            <source>Write the passphrase down and keep it in a safe place. If it is lost, nobody can open the notebook again: not you, not IT, not the makers of vpnotes. There is no recovery.</source>
            <translation>Schrijf de wachtzin op en bewaar hem op een veilige plek. Raakt hij kwijt, dan kan niemand het notitieboek nog openen: u niet, de ICT-afdeling niet en de makers van vpnotes niet. Er is geen herstel mogelijk.</translation>
        </message>
    </context>
    <context>
        <name>CheckPage</name>
        <message>
            <source>&amp;Change this text…</source>
            <translation>Deze tekst &amp;aanpassen…</translation>
        </message>
        <message>
            <source>&amp;Screening of the texts</source>
            <translation>&amp;Controle van de teksten</translation>
        </message>
        <message>
            <source>Blocks export – %1: “%2” (%3)</source>
            <translation>Blokkeert export – %1: “%2” (%3)</translation>
        </message>
        <message>
            <source>Check &amp;again</source>
            <translation>&amp;Opnieuw controleren</translation>
        </message>
        <message>
            <source>Check and export</source>
            <translation>Controleren en exporteren</translation>
        </message>
        <message>
            <source>Check – %1: “%2” (%3)</source>
            <translation>Controleer – %1: “%2” (%3)</translation>
        </message>
        <message>
            <source>Every warning is acknowledged. The report can be exported.</source>
            <translation>Elke waarschuwing is bevestigd. Het verslag kan worden geëxporteerd.</translation>
        </message>
        <message>
            <source>No names or other traceable details found. The report can be exported.</source>
            <translation>Geen namen of andere herleidbare gegevens gevonden. Het verslag kan worden geëxporteerd.</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Voortgang</translation>
        </message>
        <message>
            <source>Read each warning and tick it when the text may stay as it is, or change the text and check again.</source>
            <translation>Lees elke waarschuwing en vink haar aan als de tekst zo mag blijven, of pas de tekst aan en controleer opnieuw.</translation>
        </message>
        <message>
            <source>Screening results</source>
            <translation>Resultaten van de controle</translation>
        </message>
        <message>
            <source>This is exactly what the report will contain. Changes to a text must be checked again before you can export.</source>
            <translation>Dit is precies wat het verslag zal bevatten. Na een wijziging in een tekst moet u opnieuw controleren voordat u kunt exporteren.</translation>
        </message>
        <message>
            <source>Tick when you have read it and the text may stay as it is</source>
            <translation>Vink aan als u het hebt gelezen en de tekst zo mag blijven</translation>
        </message>
        <message>
            <source>Words that could lead to a person: %1. Change the text, then check again: until then the report cannot be exported.</source>
            <translation>Woorden die naar een persoon kunnen leiden: %1. Pas de tekst aan en controleer opnieuw: tot dan kan het verslag niet worden geëxporteerd.</translation>
        </message>
    </context>
    <context>
        <name>ColumnsPage</name>
        <message>
            <source>'%1' and '%2' both go to %3; choose one.</source>
            <translation>'%1' en '%2' gaan allebei naar %3; kies er één.</translation>
        </message>
        <message>
            <source>Category: %1</source>
            <translation>Categorie: %1</translation>
        </message>
        <message>
            <source>Column</source>
            <translation>Kolom</translation>
        </message>
        <message>
            <source>Columns</source>
            <translation>Kolommen</translation>
        </message>
        <message>
            <source>Columns and the fields they fill</source>
            <translation>Kolommen en de velden die ze vullen</translation>
        </message>
        <message>
            <source>Examples</source>
            <translation>Voorbeelden</translation>
        </message>
        <message>
            <source>Field for column %1</source>
            <translation>Veld voor kolom %1</translation>
        </message>
        <message>
            <source>Goes to</source>
            <translation>Gaat naar</translation>
        </message>
        <message>
            <source>Not placed by the proposal: %1.</source>
            <translation>Niet geplaatst door het voorstel: %1.</translation>
        </message>
        <message>
            <source>What each column holds. The proposal is filled in; check it and change what is wrong. A column with crosses can stand for one category.</source>
            <translation>Wat elke kolom bevat. Het voorstel is ingevuld; controleer het en verander wat niet klopt. Een kolom met kruisjes kan voor één categorie staan.</translation>
        </message>
    </context>
    <context>
        <name>ConsentPage</name>
        <message>
            <source>&amp;No, or not known: take over statistics only</source>
            <translation>&amp;Nee, of niet bekend: alleen statistische gegevens overnemen</translation>
        </message>
        <message>
            <source>&amp;Organisation:</source>
            <translation>&amp;Organisatie:</translation>
        </message>
        <message>
            <source>&amp;Yes: take over the cases with names, departments and notes</source>
            <translation>&amp;Ja: de zaken overnemen met namen, afdelingen en opmerkingen</translation>
        </message>
        <message>
            <source>Choose yes only when these melders agreed to registration, as you ask at intake. With statistics only, every row becomes a case reduced to figures (months instead of dates, no free text), as retention leaves it.</source>
            <translation>Kies ja alleen als deze melders toestemming gaven voor registratie, zoals u bij de intake vraagt. Bij alleen statistiek wordt elke rij een zaak met alleen cijfers (maanden in plaats van datums, geen vrije tekst), zoals de bewaartermijn die achterlaat.</translation>
        </message>
        <message>
            <source>Consent</source>
            <translation>Toestemming</translation>
        </message>
        <message>
            <source>Did these melders consent to registration of their details?</source>
            <translation>Gaven deze melders toestemming voor het vastleggen van hun gegevens?</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Every open case of the chosen organisations has the melder's consent to handover.</source>
            <translation>Bij elke open zaak van de gekozen organisaties heeft de melder ingestemd met overdracht.</translation>
        </message>
        <message>
            <source>Melder</source>
            <translation>Melder</translation>
        </message>
        <message>
            <source>Open cases without consent to handover</source>
            <translation>Open zaken zonder toestemming voor overdracht</translation>
        </message>
        <message>
            <source>Opened</source>
            <translation>Geopend</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisatie</translation>
        </message>
        <message>
            <source>Organisation of these cases</source>
            <translation>Organisatie van deze zaken</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefoon</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>Kenmerk</translation>
        </message>
        <message>
            <source>The melders of these open cases did not agree to a handover. The successor receives these cases only as figures. Tell these melders that you are leaving and who takes over, so they can choose to go on with your successor; if one agrees after all, record the consent in the case first and come back to this wizard.</source>
            <translation>De melders van deze open zaken hebben niet ingestemd met overdracht. De opvolger krijgt deze zaken alleen als cijfers. Laat deze melders weten dat u vertrekt en wie het overneemt, zodat zij kunnen kiezen of zij met uw opvolger verdergaan. Stemt iemand alsnog in, leg de toestemming dan eerst vast in de zaak en start deze wizard opnieuw.</translation>
        </message>
        <message>
            <source>The successor receives an open case complete only when its melder agreed.</source>
            <translation>De opvolger krijgt een open zaak alleen volledig als de melder daarmee heeft ingestemd.</translation>
        </message>
        <message>
            <source>These columns are then not taken over: %1.</source>
            <translation>Deze kolommen worden dan niet overgenomen: %1.</translation>
        </message>
        <message>
            <source>— choose —</source>
            <translation>— kiezen —</translation>
        </message>
    </context>
    <context>
        <name>ContributionDialog</name>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Bestand</translation>
        </message>
        <message>
            <source>&amp;Write contribution</source>
            <translation>Bijdrage &amp;schrijven</translation>
        </message>
        <message>
            <source>A file with this name exists already; choose another name.</source>
            <translation>Er bestaat al een bestand met deze naam; kies een andere naam.</translation>
        </message>
        <message>
            <source>A signal contains words that could lead to a person. Change it on the Signals page, then open this dialog again.</source>
            <translation>Een signaal bevat woorden die naar een persoon kunnen leiden. Pas het aan op de pagina Signalen en open dit venster daarna opnieuw.</translation>
        </message>
        <message>
            <source>Blocks – %1: “%2” (%3)</source>
            <translation>Blokkeert – %1: ‘%2’ (%3)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuleren</translation>
        </message>
        <message>
            <source>Check of the signals</source>
            <translation>Controle van de signalen</translation>
        </message>
        <message>
            <source>Check – %1: “%2” (%3)</source>
            <translation>Controleer – %1: “%2” (%3)</translation>
        </message>
        <message>
            <source>Choose where the contribution goes.</source>
            <translation>Kies waar de bijdrage komt.</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Kiezen…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Sluiten</translation>
        </message>
        <message>
            <source>Contribution</source>
            <translation>Bijdrage</translation>
        </message>
        <message>
            <source>Contribution &amp;passphrase:</source>
            <translation>&amp;Wachtzin van de bijdrage:</translation>
        </message>
        <message>
            <source>Contribution passphrase</source>
            <translation>Wachtzin van de bijdrage</translation>
        </message>
        <message>
            <source>Contribution to a joint annual report</source>
            <translation>Bijdrage voor een gezamenlijk jaarverslag</translation>
        </message>
        <message>
            <source>I have read the warnings; the signals may stay as they are</source>
            <translation>Ik heb de waarschuwingen gelezen; de signalen mogen zo blijven</translation>
        </message>
        <message>
            <source>Location of the contribution</source>
            <translation>Plaats van de bijdrage</translation>
        </message>
        <message>
            <source>Pass the file and the passphrase to the coordinator separately: the file by e-mail or on a USB stick, the passphrase in person or by phone. Never send both in the same message.</source>
            <translation>Geef het bestand en de wachtzin apart aan de coördinator: het bestand per e-mail of op een USB-stick, de wachtzin persoonlijk of telefonisch. Stuur ze nooit samen in één bericht.</translation>
        </message>
        <message>
            <source>The contribution for %1 holds – cases: %2 (of %1 and the year before); activities: %3; signals: %4.</source>
            <translation>De bijdrage voor %1 bevat – zaken: %2 (van %1 en het jaar ervoor); activiteiten: %3; signalen: %4.</translation>
        </message>
        <message>
            <source>The contribution has been written to %1 (cases: %2; activities: %3; signals: %4) and recorded in your notebook's event log. Now pass the file and, separately, the passphrase to the coordinator.</source>
            <translation>De bijdrage is geschreven naar %1 (zaken: %2; activiteiten: %3; signalen: %4) en vastgelegd in het logboek van uw notitieboek. Geef nu het bestand en, apart daarvan, de wachtzin aan de coördinator.</translation>
        </message>
        <message>
            <source>This folder does not exist.</source>
            <translation>Deze map bestaat niet.</translation>
        </message>
        <message>
            <source>When several confidential counsellors of one organisation publish one annual report, each of them makes a contribution and one of them, the coordinator, adds them up. A contribution holds figures only: the cases of this year and the year before without names, references, departments, genders, exact dates or notes; your activities without descriptions; and your signals for this year, checked for names first.</source>
            <translation>Als meer vertrouwenspersonen van één organisatie samen één jaarverslag uitbrengen, maakt elk van hen een bijdrage en telt één van hen, de coördinator, ze op. Een bijdrage bevat alleen cijfers: de zaken van dit jaar en het jaar ervoor zonder namen, kenmerken, afdelingen, gender, precieze data of notities; uw activiteiten zonder omschrijving; en uw signalen voor dit jaar, eerst gecontroleerd op namen.</translation>
        </message>
        <message>
            <source>Working on the contribution</source>
            <translation>Bezig met de bijdrage</translation>
        </message>
    </context>
    <context>
        <name>ContributionPassphraseDialog</name>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Openen</translation>
        </message>
        <message>
            <source>&amp;Passphrase:</source>
            <translation>&amp;Wachtzin:</translation>
        </message>
        <message>
            <source>Passphrase of the contribution</source>
            <translation>Wachtzin van de bijdrage</translation>
        </message>
        <message>
            <source>The passphrase of %1, as the other VP passed it on to you.</source>
            <translation>De wachtzin van %1, zoals de andere vertrouwenspersoon die aan u heeft doorgegeven.</translation>
        </message>
    </context>
    <context>
        <name>ContributionsPage</name>
        <message>
            <source>&amp;Add contribution…</source>
            <translation>Bijdrage &amp;toevoegen…</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Verwijderen</translation>
        </message>
        <message>
            <source>A contribution holds figures only: no names, no case files, no departments. Its file and its passphrase reach you separately. The figures are counted in memory: nothing of a contribution is stored in your notebook. The report says it is a joint report, never which VP counted what.</source>
            <translation>Een bijdrage bevat alleen cijfers: geen namen, geen dossiers, geen afdelingen. Het bestand en de wachtzin krijgt u apart. De cijfers worden in het geheugen opgeteld: niets van een bijdrage wordt in uw notitieboek opgeslagen. Het verslag zegt dat het een gezamenlijk verslag is, nooit welke vertrouwenspersoon wat heeft geteld.</translation>
        </message>
        <message>
            <source>A joint annual report counts the figures of several confidential counsellors together. Add the contribution each of them made for this organisation and year.</source>
            <translation>Een gezamenlijk jaarverslag telt de cijfers van meer vertrouwenspersonen bij elkaar op. Voeg de bijdrage toe die elk van hen voor deze organisatie en dit jaar heeft gemaakt.</translation>
        </message>
        <message>
            <source>Contribution</source>
            <translation>Bijdrage</translation>
        </message>
        <message>
            <source>Contribution %1: %2 (%3, %4)</source>
            <translation>Bijdrage %1: %2 (%3, %4)</translation>
        </message>
        <message>
            <source>Contributions added</source>
            <translation>Toegevoegde bijdragen</translation>
        </message>
        <message>
            <source>Contributions of other VPs</source>
            <translation>Bijdragen van andere vertrouwenspersonen</translation>
        </message>
        <message>
            <source>Opening the contribution</source>
            <translation>De bijdrage wordt geopend</translation>
        </message>
    </context>
    <context>
        <name>CrashDialog</name>
        <message>
            <source>&amp;Copy report</source>
            <translation>Rapport &amp;kopiëren</translation>
        </message>
        <message>
            <source>&amp;Quit vpnotes</source>
            <translation>vpnotes &amp;afsluiten</translation>
        </message>
        <message>
            <source>C&amp;ontinue</source>
            <translation>&amp;Doorgaan</translation>
        </message>
        <message>
            <source>Error report</source>
            <translation>Foutrapport</translation>
        </message>
        <message>
            <source>Something went wrong inside vpnotes. This is a bug, not something you did. Your notebook has not been changed by it: every change you made before was already saved.

The report below shows only where in the program it happened; it holds none of your notes. You may send it to whoever supports vpnotes for you.</source>
            <translation>Er ging iets mis in vpnotes. Dit is een fout in het programma, niet iets wat u deed. Uw notitieboek is er niet door gewijzigd: alles wat u eerder invoerde, was al bewaard.

Het rapport hieronder laat alleen zien waar in het programma het gebeurde; er staan geen notities in. U kunt het sturen aan wie vpnotes voor u ondersteunt.</translation>
        </message>
        <message>
            <source>vpnotes: internal error</source>
            <translation>vpnotes: interne fout</translation>
        </message>
    </context>
    <context>
        <name>CreateNotebookDialog</name>
        <message>
            <source>&amp;Choose…</source>
            <translation>&amp;Kiezen…</translation>
        </message>
        <message>
            <source>&amp;Create notebook</source>
            <translation>Notitieboek &amp;maken</translation>
        </message>
        <message>
            <source>&amp;Location:</source>
            <translation>&amp;Locatie:</translation>
        </message>
        <message>
            <source>&amp;Organisation:</source>
            <translation>&amp;Organisatie:</translation>
        </message>
        <message>
            <source>&amp;Passphrase:</source>
            <translation>&amp;Wachtzin:</translation>
        </message>
        <message>
            <source>A file with this name exists already; choose another name.</source>
            <translation>Er bestaat al een bestand met deze naam; kies een andere naam.</translation>
        </message>
        <message>
            <source>Choose location</source>
            <translation>Locatie kiezen</translation>
        </message>
        <message>
            <source>Choose where to keep the notebook.</source>
            <translation>Kies waar het notitieboek wordt bewaard.</translation>
        </message>
        <message>
            <source>Creating the notebook</source>
            <translation>Notitieboek wordt gemaakt</translation>
        </message>
        <message>
            <source>Creating the notebook…</source>
            <translation>Notitieboek wordt gemaakt…</translation>
        </message>
        <message>
            <source>Location of the notebook file</source>
            <translation>Locatie van het notitieboekbestand</translation>
        </message>
        <message>
            <source>New notebook</source>
            <translation>Nieuw notitieboek</translation>
        </message>
        <message>
            <source>New passphrase</source>
            <translation>Nieuwe wachtzin</translation>
        </message>
        <message>
            <source>Organisation you work for as counsellor</source>
            <translation>Organisatie waarvoor u vertrouwenspersoon bent</translation>
        </message>
        <message>
            <source>This folder does not exist.</source>
            <translation>Deze map bestaat niet.</translation>
        </message>
        <message>
            <source>Write the passphrase down and keep it in a safe place. If it is lost, nobody can open the notebook again: not you, not IT, not the makers of vpnotes. There is no recovery.</source>
            <translation>Schrijf de wachtzin op en bewaar hem op een veilige plek. Raakt hij kwijt, dan kan niemand het notitieboek nog openen: u niet, de ICT-afdeling niet en de makers van vpnotes niet. Er is geen herstel mogelijk.</translation>
        </message>
        <message>
            <source>for example: Gemeente Utrecht</source>
            <translation>bijvoorbeeld: Gemeente Utrecht</translation>
        </message>
    </context>
    <context>
        <name>DestinationPage</name>
        <message>
            <source>A file with this name exists already; choose another name.</source>
            <translation>Er bestaat al een bestand met deze naam; kies een andere naam.</translation>
        </message>
        <message>
            <source>Choose where the copy goes.</source>
            <translation>Kies waar de kopie komt.</translation>
        </message>
        <message>
            <source>Choose where the handover copy goes</source>
            <translation>Kies waar de overdrachtskopie komt</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Kiezen…</translation>
        </message>
        <message>
            <source>For example a USB stick you give to your successor. An existing file is never overwritten.</source>
            <translation>Bijvoorbeeld een USB-stick die u aan uw opvolger geeft. Een bestaand bestand wordt nooit overschreven.</translation>
        </message>
        <message>
            <source>Handover copy</source>
            <translation>Overdrachtskopie</translation>
        </message>
        <message>
            <source>Location of the handover copy</source>
            <translation>Locatie van de overdrachtskopie</translation>
        </message>
        <message>
            <source>This folder does not exist.</source>
            <translation>Deze map bestaat niet.</translation>
        </message>
        <message>
            <source>Where the copy goes</source>
            <translation>Waar de kopie komt</translation>
        </message>
    </context>
    <context>
        <name>DonePage</name>
        <message>
            <source>%1 cases taken over.</source>
            <translation>%1 zaken overgenomen.</translation>
        </message>
        <message>
            <source>&amp;Save mapping…</source>
            <translation>Koppeling &amp;bewaren…</translation>
        </message>
        <message>
            <source>Save the mapping to take over next year's sheet in one click. The spreadsheet itself still holds every name: keep it safe, or delete it now that the cases are in your encrypted notebook.</source>
            <translation>Bewaar de koppeling om de spreadsheet van volgend jaar in één keer over te nemen. De spreadsheet zelf bevat nog alle namen: bewaar hem veilig, of verwijder hem nu de zaken in uw versleutelde notitieboek staan.</translation>
        </message>
        <message>
            <source>Taken over</source>
            <translation>Overgenomen</translation>
        </message>
        <message>
            <source>The cases are in your notebook.</source>
            <translation>De zaken staan in uw notitieboek.</translation>
        </message>
    </context>
    <context>
        <name>ErasureDialog</name>
        <message>
            <source>&amp;Erase this person's data…</source>
            <translation>Gegevens van deze persoon &amp;wissen…</translation>
        </message>
        <message>
            <source>&amp;Record refusal</source>
            <translation>Weigering &amp;vastleggen</translation>
        </message>
        <message>
            <source>A person may ask for their data to be erased. Erasing reduces the cases in which they are the melder to figures only (as after the retention period) and removes them as betrokkene from other cases: name, department, and their name in the notes. It cannot be undone. Where erasure must be refused, record the refusal and its ground instead.</source>
            <translation>Iemand kan vragen zijn of haar gegevens te wissen. Wissen brengt de zaken waarin deze persoon melder is terug tot alleen cijfers (zoals na de bewaartermijn) en verwijdert de persoon als betrokkene uit andere zaken: naam, afdeling en de naam in de notities. Dit kan niet ongedaan worden gemaakt. Moet het verzoek worden geweigerd, leg dan de weigering en de grond vast.</translation>
        </message>
        <message>
            <source>Cases of this person</source>
            <translation>Zaken van deze persoon</translation>
        </message>
        <message>
            <source>Enter the name of the person.</source>
            <translation>Vul de naam van de persoon in.</translation>
        </message>
        <message>
            <source>Erase the data of %1 from %2 case(s) for good? This cannot be undone.</source>
            <translation>De gegevens van %1 definitief wissen uit de gevonden zaken (%2)? Dit kan niet ongedaan worden gemaakt.</translation>
        </message>
        <message>
            <source>Erase this person's data?</source>
            <translation>Gegevens van deze persoon wissen?</translation>
        </message>
        <message>
            <source>Erased: %1 case(s) as melder reduced to figures, %2 mention(s) as betrokkene removed.</source>
            <translation>Gewist. Zaken als melder teruggebracht tot cijfers: %1; vermeldingen als betrokkene verwijderd: %2.</translation>
        </message>
        <message>
            <source>Erasure request (AVG)</source>
            <translation>Verzoek om verwijdering (AVG)</translation>
        </message>
        <message>
            <source>Erasure request to answer</source>
            <translation>Te beantwoorden verzoek om verwijdering</translation>
        </message>
        <message>
            <source>Explanation of the refusal</source>
            <translation>Toelichting bij de weigering</translation>
        </message>
        <message>
            <source>Explanation:</source>
            <translation>Toelichting:</translation>
        </message>
        <message>
            <source>Ground for the refusal</source>
            <translation>Grond voor de weigering</translation>
        </message>
        <message>
            <source>Ground:</source>
            <translation>Grond:</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisatie</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>Kenmerk</translation>
        </message>
        <message>
            <source>Refuse the request (AVG art. 17(3))</source>
            <translation>Verzoek weigeren (art. 17 lid 3 AVG)</translation>
        </message>
        <message>
            <source>Request:</source>
            <translation>Verzoek:</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rol</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>The refusal has been recorded with its ground: %1.</source>
            <translation>De weigering is vastgelegd met als grond: %1.</translation>
        </message>
        <message>
            <source>To record a refusal, first record the erasure request in the case (section AVG requests).</source>
            <translation>Leg om te weigeren eerst het verzoek om verwijdering vast in de zaak (onderdeel AVG-verzoeken).</translation>
        </message>
        <message>
            <source>betrokkene</source>
            <translation>betrokkene</translation>
        </message>
        <message>
            <source>closed</source>
            <translation>gesloten</translation>
        </message>
        <message>
            <source>melder</source>
            <translation>melder</translation>
        </message>
        <message>
            <source>on hold</source>
            <translation>langer bewaren</translation>
        </message>
        <message>
            <source>open</source>
            <translation>open</translation>
        </message>
        <message>
            <source>optional: why this ground applies</source>
            <translation>optioneel: waarom deze grond geldt</translation>
        </message>
        <message>
            <source>received %1, case %2</source>
            <translation>ontvangen %1, zaak %2</translation>
        </message>
    </context>
    <context>
        <name>FilePage</name>
        <message>
            <source>&amp;File:</source>
            <translation>&amp;Bestand:</translation>
        </message>
        <message>
            <source>&amp;Sheet:</source>
            <translation>&amp;Werkblad:</translation>
        </message>
        <message>
            <source>&amp;Use a saved mapping…</source>
            <translation>Een bewaarde &amp;koppeling gebruiken…</translation>
        </message>
        <message>
            <source>Choose your registration: an Excel or LibreOffice workbook, or a csv file.</source>
            <translation>Kies uw registratie: een werkmap van Excel of LibreOffice, of een csv-bestand.</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Kiezen…</translation>
        </message>
        <message>
            <source>Every row of the sheet becomes a case. Nothing is written to your notebook before the last step, and then only when every row can be taken over.</source>
            <translation>Elke rij van het werkblad wordt een zaak. Er komt pas bij de laatste stap iets in uw notitieboek, en alleen als elke rij kan worden overgenomen.</translation>
        </message>
        <message>
            <source>Mapping:</source>
            <translation>Koppeling:</translation>
        </message>
        <message>
            <source>None: the wizard proposes one.</source>
            <translation>Geen: de wizard stelt er een voor.</translation>
        </message>
        <message>
            <source>Reading the spreadsheet</source>
            <translation>De spreadsheet wordt gelezen</translation>
        </message>
        <message>
            <source>Sheet</source>
            <translation>Werkblad</translation>
        </message>
        <message>
            <source>Spreadsheet</source>
            <translation>Spreadsheet</translation>
        </message>
        <message>
            <source>Spreadsheet file</source>
            <translation>Spreadsheetbestand</translation>
        </message>
        <message>
            <source>The mapping you saved last time: the wizard then goes straight to the preview.</source>
            <translation>De koppeling die u de vorige keer bewaarde: de wizard gaat dan meteen naar het voorbeeld.</translation>
        </message>
    </context>
    <context>
        <name>FirstSteps</name>
        <message>
            <source>&amp;First steps</source>
            <translation>&amp;Eerste stappen</translation>
        </message>
        <message>
            <source>A short checklist for a new notebook</source>
            <translation>Een korte lijst om een nieuw notitieboek goed te beginnen</translation>
        </message>
    </context>
    <context>
        <name>FirstStepsDialog</name>
        <message>
            <source>&amp;Organisations…</source>
            <translation>Or&amp;ganisaties…</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>&amp;Instellingen…</translation>
        </message>
        <message>
            <source>1. Passphrase</source>
            <translation>1. Wachtzin</translation>
        </message>
        <message>
            <source>2. Organisation</source>
            <translation>2. Organisatie</translation>
        </message>
        <message>
            <source>3. Backups</source>
            <translation>3. Reservekopieën</translation>
        </message>
        <message>
            <source>A backup has been made.</source>
            <translation>Er is een reservekopie gemaakt.</translation>
        </message>
        <message>
            <source>Backups go to the standard folder of this computer: %1. Choose a folder of your own in the settings, best not one that is synchronised.</source>
            <translation>Reservekopieën komen in de standaardmap van deze computer: %1. Kies bij Instellingen een eigen map, liefst een die niet wordt gesynchroniseerd.</translation>
        </message>
        <message>
            <source>Backups go to: %1</source>
            <translation>Reservekopieën komen in: %1</translation>
        </message>
        <message>
            <source>First steps</source>
            <translation>Eerste stappen</translation>
        </message>
        <message>
            <source>I have written my passphrase down and keep it in a safe place, not on this computer.</source>
            <translation>Ik heb mijn wachtzin opgeschreven en bewaar hem op een veilige plek, niet op deze computer.</translation>
        </message>
        <message>
            <source>Make a &amp;backup now…</source>
            <translation>Nu een &amp;reservekopie maken…</translation>
        </message>
        <message>
            <source>No backup yet: make the first one now.</source>
            <translation>Nog geen reservekopie: maak nu de eerste.</translation>
        </message>
        <message>
            <source>No organisation yet: add the organisation you are the counsellor for.</source>
            <translation>Nog geen organisatie: voeg de organisatie toe waarvoor u vertrouwenspersoon bent.</translation>
        </message>
        <message>
            <source>Nobody can open the notebook without it: not IT, not the makers of vpnotes. There is no recovery.</source>
            <translation>Zonder de wachtzin kan niemand het notitieboek openen: de ICT-afdeling niet en de makers van vpnotes niet. Er is geen herstel mogelijk.</translation>
        </message>
        <message>
            <source>Open or create a notebook first.</source>
            <translation>Open of maak eerst een notitieboek.</translation>
        </message>
        <message>
            <source>Open the &amp;guide</source>
            <translation>&amp;Handleiding openen</translation>
        </message>
        <message>
            <source>Three things to settle before you record your first conversation.</source>
            <translation>Drie dingen om te regelen voordat u het eerste gesprek vastlegt.</translation>
        </message>
        <message>
            <source>You work for: %1. Check its number of employees and the month its report year starts.</source>
            <translation>U werkt voor: %1. Controleer het aantal medewerkers en de maand waarin het verslagjaar begint.</translation>
        </message>
    </context>
    <context>
        <name>HandoverWizard</name>
        <message numerus="yes">
            <source>%n case(s)</source>
            <translation>
                <numerusform>%n zaak</numerusform>
                <numerusform>%n zaken</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n case(s) went to the successor as figures only: their notes stay only here.</source>
            <translation>
                <numerusform>%n zaak ging alleen als cijfers naar de opvolger: de notities staan alleen hier.</numerusform>
                <numerusform>%n zaken gingen alleen als cijfers naar de opvolger: de notities staan alleen hier.</numerusform>
            </translation>
        </message>
        <message>
            <source>Destroy this notebook and every backup of it that vpnotes knows? Do this only when your successor has opened the handover copy with the handover passphrase.</source>
            <translation>Dit notitieboek en alle reservekopieën die vpnotes ervan kent vernietigen? Doe dit pas als uw opvolger de overdrachtskopie met de overdrachtswachtzin heeft geopend.</translation>
        </message>
        <message>
            <source>Destroy your notebook?</source>
            <translation>Uw notitieboek vernietigen?</translation>
        </message>
        <message>
            <source>Destroying your notebook destroys this too. Choose No to keep your notebook (you can close it and keep it safe); Yes only if none of it needs keeping.</source>
            <translation>Als u uw notitieboek vernietigt, gaat dit ook verloren. Kies Nee om uw notitieboek te houden (u kunt het sluiten en veilig bewaren); Ja alleen als niets hiervan bewaard hoeft te worden.</translation>
        </message>
        <message>
            <source>Handover to a successor</source>
            <translation>Overdracht aan een opvolger</translation>
        </message>
        <message>
            <source>Not handed over: %1.</source>
            <translation>Niet overgedragen: %1.</translation>
        </message>
        <message>
            <source>Really destroy?</source>
            <translation>Echt vernietigen?</translation>
        </message>
        <message>
            <source>This is final: the notebook file and its backups are deleted and nobody can open them again. Destroy them now?</source>
            <translation>Dit is definitief: het notitieboek en de reservekopieën worden verwijderd en niemand kan ze nog openen. Nu vernietigen?</translation>
        </message>
        <message>
            <source>This would be lost</source>
            <translation>Dit gaat verloren</translation>
        </message>
    </context>
    <context>
        <name>HeaderPage</name>
        <message>
            <source>Column names are in &amp;row:</source>
            <translation>Kolomnamen staan in &amp;rij:</translation>
        </message>
        <message>
            <source>Header row</source>
            <translation>Kopregel</translation>
        </message>
        <message>
            <source>The first rows of the sheet</source>
            <translation>De eerste rijen van het werkblad</translation>
        </message>
        <message>
            <source>The row with the column names. Title rows above it are skipped.</source>
            <translation>De rij met de kolomnamen. Titelrijen erboven worden overgeslagen.</translation>
        </message>
    </context>
    <context>
        <name>HelpActions</name>
        <message>
            <source>&amp;Guide</source>
            <translation>&amp;Handleiding</translation>
        </message>
        <message>
            <source>The user guide, at the chapter of this screen</source>
            <translation>De handleiding, bij het hoofdstuk van dit scherm</translation>
        </message>
    </context>
    <context>
        <name>HelpWindow</name>
        <message>
            <source>Chapter of the guide</source>
            <translation>Hoofdstuk van de handleiding</translation>
        </message>
        <message>
            <source>Chapters</source>
            <translation>Hoofdstukken</translation>
        </message>
        <message>
            <source>Chapters with the words searched for</source>
            <translation>Hoofdstukken met de gezochte woorden</translation>
        </message>
        <message>
            <source>Found in:</source>
            <translation>Gevonden in:</translation>
        </message>
        <message>
            <source>Guide – vpnotes</source>
            <translation>Handleiding – vpnotes</translation>
        </message>
        <message>
            <source>In this chapter: %1</source>
            <translation>In dit hoofdstuk: %1 (Enter: volgende)</translation>
        </message>
        <message>
            <source>Not found in the guide.</source>
            <translation>Niet gevonden in de handleiding.</translation>
        </message>
        <message>
            <source>Not in this chapter.</source>
            <translation>Niet in dit hoofdstuk.</translation>
        </message>
        <message>
            <source>Search the guide</source>
            <translation>Zoeken in de handleiding</translation>
        </message>
        <message>
            <source>Search the guide (Ctrl+F)</source>
            <translation>Zoeken in de handleiding (Ctrl+F)</translation>
        </message>
        <message>
            <source>The guide is missing from this installation of vpnotes. Install vpnotes again, or ask whoever supports vpnotes for you.</source>
            <translation>De handleiding ontbreekt in deze installatie van vpnotes. Installeer vpnotes opnieuw, of vraag het aan wie vpnotes voor u ondersteunt.</translation>
        </message>
    </context>
    <context>
        <name>IntroPage</name>
        <message>
            <source>Hand over to a successor</source>
            <translation>Overdragen aan een opvolger</translation>
        </message>
        <message>
            <source>The copy is protected by a handover passphrase that you pass on separately. The successor must replace it the first time the notebook is opened.</source>
            <translation>De kopie is beveiligd met een overdrachtswachtzin die u apart doorgeeft. De opvolger moet die vervangen zodra het notitieboek voor het eerst wordt geopend.</translation>
        </message>
        <message>
            <source>The successor receives, for the organisations you choose: the open cases whose melder agreed to the handover, complete; every other case only as figures for the annual reports (no names, no notes, no reference); the organisations with their settings; all activities and signals. Your expenses stay with you.</source>
            <translation>De opvolger krijgt, voor de organisaties die u kiest: de open zaken waarvan de melder instemde met overdracht, volledig; alle andere zaken alleen als cijfers voor de jaarverslagen (geen namen, geen notities, geen kenmerk); de organisaties met hun instellingen; alle activiteiten en signalen. Uw onkosten blijven bij u.</translation>
        </message>
        <message>
            <source>This wizard writes a new notebook file for the vertrouwenspersoon who takes over from you. Your own notebook is not changed by it.</source>
            <translation>Deze wizard schrijft een nieuw notitieboek voor de vertrouwenspersoon die uw werk overneemt. Uw eigen notitieboek verandert er niet door.</translation>
        </message>
        <message>
            <source>What the successor receives and how the copy is protected.</source>
            <translation>Wat de opvolger krijgt en hoe de kopie beveiligd is.</translation>
        </message>
    </context>
    <context>
        <name>JointSwitch</name>
        <message>
            <source>&amp;Joint report with contributions of other VPs</source>
            <translation>&amp;Gezamenlijk verslag met bijdragen van andere vertrouwenspersonen</translation>
        </message>
        <message>
            <source>Add the contributions the other confidential counsellors of this organisation made for this year; their figures are counted together with yours</source>
            <translation>Voeg de bijdragen toe die de andere vertrouwenspersonen van deze organisatie voor dit jaar maakten; hun cijfers worden met de uwe opgeteld</translation>
        </message>
    </context>
    <context>
        <name>LifecycleActions</name>
        <message>
            <source>&amp;Hand over to a successor…</source>
            <translation>&amp;Overdragen aan een opvolger…</translation>
        </message>
        <message>
            <source>&amp;Restore from backup…</source>
            <translation>Reservekopie &amp;terugzetten…</translation>
        </message>
        <message>
            <source>AVG &amp;access extract…</source>
            <translation>AVG-&amp;inzage…</translation>
        </message>
        <message>
            <source>AVG &amp;erasure request…</source>
            <translation>AVG-verzoek om &amp;verwijdering…</translation>
        </message>
        <message>
            <source>Apply &amp;retention period…</source>
            <translation>&amp;Bewaartermijn toepassen…</translation>
        </message>
        <message>
            <source>Backup written to %1. It opens with the passphrase this notebook has now.</source>
            <translation>Reservekopie geschreven naar %1. Die opent met de wachtzin die dit notitieboek nu heeft.</translation>
        </message>
        <message>
            <source>Change &amp;passphrase…</source>
            <translation>&amp;Wachtzin wijzigen…</translation>
        </message>
        <message>
            <source>Erase cases whose retention period has ended</source>
            <translation>Wis zaken waarvan de bewaartermijn voorbij is</translation>
        </message>
        <message>
            <source>Erase one person's data, or record a refusal</source>
            <translation>Wis de gegevens van één persoon, of leg een weigering vast</translation>
        </message>
        <message>
            <source>Event &amp;log</source>
            <translation>&amp;Logboek</translation>
        </message>
        <message>
            <source>Everything stored about one person, for an access request</source>
            <translation>Alles wat over één persoon is vastgelegd, voor een inzageverzoek</translation>
        </message>
        <message>
            <source>Folder is synchronised</source>
            <translation>Map wordt gesynchroniseerd</translation>
        </message>
        <message>
            <source>Give this notebook a new passphrase</source>
            <translation>Geef dit notitieboek een nieuwe wachtzin</translation>
        </message>
        <message>
            <source>Make a &amp;backup now…</source>
            <translation>Nu een &amp;reservekopie maken…</translation>
        </message>
        <message>
            <source>Make a backup</source>
            <translation>Reservekopie maken</translation>
        </message>
        <message>
            <source>Make a notebook from a backup and open it</source>
            <translation>Maak een notitieboek van een reservekopie en open het</translation>
        </message>
        <message>
            <source>Make the backup there anyway?</source>
            <translation>Toch daar de reservekopie maken?</translation>
        </message>
        <message>
            <source>Making a backup…</source>
            <translation>Reservekopie wordt gemaakt…</translation>
        </message>
        <message>
            <source>Making the daily backup before closing…</source>
            <translation>De dagelijkse reservekopie wordt gemaakt voordat vpnotes sluit…</translation>
        </message>
        <message>
            <source>Restored from a backup. Enter the passphrase this notebook had when the backup was made.</source>
            <translation>Teruggezet uit een reservekopie. Vul de wachtzin in die dit notitieboek had toen de reservekopie werd gemaakt.</translation>
        </message>
        <message>
            <source>Retention period ended</source>
            <translation>Bewaartermijn verstreken</translation>
        </message>
        <message>
            <source>The automatic backup could not be made: %1</source>
            <translation>De automatische reservekopie kon niet worden gemaakt: %1</translation>
        </message>
        <message>
            <source>The notebook and its backups have been destroyed (%1 files).</source>
            <translation>Het notitieboek en de reservekopieën zijn vernietigd (%1 bestanden).</translation>
        </message>
        <message>
            <source>The passphrase has been changed.</source>
            <translation>De wachtzin is gewijzigd.</translation>
        </message>
        <message>
            <source>The retention period of %1 closed case(s) has ended. Their personal data should now be erased; the figures for the annual reports stay. Review them now?</source>
            <translation>De bewaartermijn van afgesloten zaken is verstreken (%1). Hun persoonsgegevens horen nu gewist te worden; de cijfers voor de jaarverslagen blijven. Nu bekijken?</translation>
        </message>
        <message>
            <source>This handover copy opens only after you have chosen your own passphrase.</source>
            <translation>Deze overdrachtskopie gaat pas open als u een eigen wachtzin hebt gekozen.</translation>
        </message>
        <message>
            <source>What happened in this notebook, and whether the log is intact</source>
            <translation>Wat er in dit notitieboek gebeurde, en of het logboek intact is</translation>
        </message>
        <message>
            <source>Write a copy for the vertrouwenspersoon who takes over</source>
            <translation>Schrijf een kopie voor de vertrouwenspersoon die het overneemt</translation>
        </message>
        <message>
            <source>Write an encrypted copy of this notebook</source>
            <translation>Schrijf een versleutelde kopie van dit notitieboek</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message numerus="yes">
            <source>%n activity(ies)</source>
            <translation>
                <numerusform>%n activiteit</numerusform>
                <numerusform>%n activiteiten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n case(s)</source>
            <translation>
                <numerusform>%n zaak</numerusform>
                <numerusform>%n zaken</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n signal(s)</source>
            <translation>
                <numerusform>%n signaal</numerusform>
                <numerusform>%n signalen</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;About vpnotes</source>
            <translation>&amp;Over vpnotes</translation>
        </message>
        <message>
            <source>&amp;Cases</source>
            <translation>&amp;Zaken</translation>
        </message>
        <message>
            <source>&amp;Close notebook</source>
            <translation>Notitieboek &amp;sluiten</translation>
        </message>
        <message>
            <source>&amp;Discreet view</source>
            <translation>&amp;Discrete weergave</translation>
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation>&amp;Exporteren…</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Bestand</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <source>&amp;Import…</source>
            <translation>&amp;Importeren…</translation>
        </message>
        <message>
            <source>&amp;Lock</source>
            <translation>&amp;Vergrendelen</translation>
        </message>
        <message>
            <source>&amp;New notebook…</source>
            <translation>&amp;Nieuw notitieboek…</translation>
        </message>
        <message>
            <source>&amp;Notebook</source>
            <translation>&amp;Notitieboek</translation>
        </message>
        <message>
            <source>&amp;Open notebook…</source>
            <translation>Notitieboek &amp;openen…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>A&amp;fsluiten</translation>
        </message>
        <message>
            <source>&amp;Recent notebooks</source>
            <translation>&amp;Recente notitieboeken</translation>
        </message>
        <message>
            <source>&amp;Report</source>
            <translation>&amp;Verslag</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>&amp;Instellingen…</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>Bee&amp;ld</translation>
        </message>
        <message>
            <source>(none yet)</source>
            <translation>(nog geen)</translation>
        </message>
        <message>
            <source>&lt;h3&gt;vpnotes %1&lt;/h3&gt;&lt;p&gt;An encrypted case notebook for the confidential counsellor (vertrouwenspersoon).&lt;/p&gt;&lt;p&gt;Everything stays in one encrypted file on this computer. vpnotes makes no network connections and never checks for updates.&lt;/p&gt;&lt;p&gt;Releases are published on the GitHub Releases page of the vpnotes project, each with a SHA256SUMS file listing the SHA-256 checksum of every download: compare it with your download before you install (the manual, chapter Aan de slag, says how).&lt;/p&gt;</source>
            <translation>&lt;h3&gt;vpnotes %1&lt;/h3&gt;&lt;p&gt;Een versleuteld notitieboek voor de vertrouwenspersoon.&lt;/p&gt;&lt;p&gt;Alles blijft in één versleuteld bestand op deze computer. vpnotes maakt geen netwerkverbindingen en zoekt nooit naar updates.&lt;/p&gt;&lt;p&gt;Nieuwe versies verschijnen op de GitHub Releases-pagina van het project vpnotes, elk met een bestand SHA256SUMS met het SHA-256-controlegetal van elk downloadbestand: vergelijk uw download daarmee voordat u installeert (de handleiding, hoofdstuk Aan de slag, legt uit hoe).&lt;/p&gt;</translation>
        </message>
        <message>
            <source>About vpnotes</source>
            <translation>Over vpnotes</translation>
        </message>
        <message>
            <source>Activities</source>
            <translation>Activiteiten</translation>
        </message>
        <message>
            <source>Add cases from an interchange file</source>
            <translation>Zaken toevoegen uit een uitwisselbestand</translation>
        </message>
        <message>
            <source>Agenda</source>
            <translation>Agenda</translation>
        </message>
        <message>
            <source>Cases</source>
            <translation>Zaken</translation>
        </message>
        <message>
            <source>Close this notebook</source>
            <translation>Dit notitieboek sluiten</translation>
        </message>
        <message>
            <source>Contribution to a joint annual report: it holds figures only and can be read, not changed.</source>
            <translation>Bijdrage voor een gezamenlijk jaarverslag: die bevat alleen cijfers en kan worden gelezen, niet gewijzigd.</translation>
        </message>
        <message>
            <source>Create a new, empty notebook</source>
            <translation>Een nieuw, leeg notitieboek maken</translation>
        </message>
        <message>
            <source>Demo</source>
            <translation>Demo</translation>
        </message>
        <message>
            <source>Demo notebook with fictional data. Its passphrase is: %1</source>
            <translation>Demonotitieboek met fictieve gegevens. De wachtzin is: %1</translation>
        </message>
        <message>
            <source>Demo notebook: every person and case in it is fictional. It is deleted when you quit vpnotes.</source>
            <translation>Demonotitieboek: alle personen en zaken hierin zijn verzonnen. Het wordt verwijderd wanneer u vpnotes afsluit.</translation>
        </message>
        <message>
            <source>Discreet view: names and subjects hidden (F8 shows them)</source>
            <translation>Discrete weergave: namen en onderwerpen verborgen (F8 toont ze)</translation>
        </message>
        <message>
            <source>Every change is saved at once</source>
            <translation>Elke wijziging wordt direct bewaard</translation>
        </message>
        <message>
            <source>Expenses</source>
            <translation>Onkosten</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Exporteren</translation>
        </message>
        <message>
            <source>Export anyway?</source>
            <translation>Toch exporteren?</translation>
        </message>
        <message>
            <source>Export unencrypted?</source>
            <translation>Onversleuteld exporteren?</translation>
        </message>
        <message>
            <source>Export written to %1. Store or destroy it with care.</source>
            <translation>Export geschreven naar %1. Bewaar of vernietig het bestand zorgvuldig.</translation>
        </message>
        <message>
            <source>Folder is synchronised</source>
            <translation>Map wordt gesynchroniseerd</translation>
        </message>
        <message>
            <source>Hide names and subjects in every list</source>
            <translation>Namen en onderwerpen in elke lijst verbergen</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Importeren</translation>
        </message>
        <message>
            <source>Imported: %1.</source>
            <translation>Ingelezen: %1.</translation>
        </message>
        <message>
            <source>Interchange files (*.json)</source>
            <translation>Uitwisselbestanden (*.json)</translation>
        </message>
        <message>
            <source>Lock the notebook now</source>
            <translation>Het notitieboek nu vergrendelen</translation>
        </message>
        <message>
            <source>Locked automatically after a period without use.</source>
            <translation>Automatisch vergrendeld na een periode zonder gebruik.</translation>
        </message>
        <message>
            <source>Locked together with the computer.</source>
            <translation>Vergrendeld samen met de computer.</translation>
        </message>
        <message>
            <source>Main tool bar</source>
            <translation>Hoofdwerkbalk</translation>
        </message>
        <message>
            <source>Names and subjects shown (F8 hides them)</source>
            <translation>Namen en onderwerpen zichtbaar (F8 verbergt ze)</translation>
        </message>
        <message>
            <source>Notebook policies and preferences</source>
            <translation>Instellingen van het notitieboek en voorkeuren</translation>
        </message>
        <message>
            <source>Open a notebook file</source>
            <translation>Een notitieboekbestand openen</translation>
        </message>
        <message>
            <source>Open notebook</source>
            <translation>Notitieboek openen</translation>
        </message>
        <message>
            <source>Please wait until the current task has finished.</source>
            <translation>Wacht even tot de huidige taak klaar is.</translation>
        </message>
        <message>
            <source>Preparing the demo notebook…</source>
            <translation>Demonotitieboek wordt klaargezet…</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Voortgang</translation>
        </message>
        <message>
            <source>Read only: this notebook is on a location where vpnotes cannot write. You can read, not change.</source>
            <translation>Alleen lezen: dit notitieboek staat op een plek waar vpnotes niet kan schrijven. U kunt lezen, niet wijzigen.</translation>
        </message>
        <message>
            <source>Signals</source>
            <translation>Signalen</translation>
        </message>
        <message>
            <source>Test profile: this notebook's key is derived with the quick profile meant for tests only. Do not keep real cases in it.</source>
            <translation>Testprofiel: de sleutel van dit notitieboek is afgeleid met het snelle profiel dat alleen voor tests bedoeld is. Bewaar er geen echte zaken in.</translation>
        </message>
        <message>
            <source>The export is NOT encrypted: it holds every name and note in this notebook, readable by anyone who gets the file. Keep it on this computer and delete it when you are done. Continue?</source>
            <translation>De export is NIET versleuteld: alle namen en notities uit dit notitieboek staan erin, leesbaar voor iedereen die het bestand krijgt. Houd het op deze computer en verwijder het als u klaar bent. Doorgaan?</translation>
        </message>
        <message>
            <source>The new language applies the next time vpnotes starts.</source>
            <translation>De nieuwe taal gaat in wanneer vpnotes opnieuw start.</translation>
        </message>
        <message>
            <source>Write everything to an unencrypted file</source>
            <translation>Alles naar een onversleuteld bestand schrijven</translation>
        </message>
    </context>
    <context>
        <name>MinCellDialog</name>
        <message>
            <source>&amp;New value (%1 to %2)</source>
            <translation>&amp;Nieuwe waarde (%1 tot en met %2)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuleren</translation>
        </message>
        <message>
            <source>Change and record in the log</source>
            <translation>Wijzigen en vastleggen in het logboek</translation>
        </message>
        <message>
            <source>Change the minimum cell size</source>
            <translation>Kleinste getoonde aantal wijzigen</translation>
        </message>
        <message>
            <source>New minimum cell size</source>
            <translation>Nieuw kleinste aantal dat wordt getoond</translation>
        </message>
        <message>
            <source>The minimum cell size k is the smallest number the annual reports of %1 show: smaller numbers appear as “&lt; k” or “x”. It is the same for every year and for the overview, so two versions of a report cannot be compared to find a small group. A lower value shows smaller groups and makes people easier to recognise. The change is recorded in the notebook's event log.</source>
            <translation>Dit is het kleinste aantal dat de jaarverslagen van %1 tonen. Een kleiner aantal verschijnt als “x” (met een uitleg onder de tabel); kleine groepen worden samengevoegd onder “Overig”. De waarde geldt voor elk jaar en voor het overzicht, zodat twee versies van een verslag niet te vergelijken zijn om een kleine groep te vinden. Een lagere waarde toont kleinere groepen en maakt mensen makkelijker herkenbaar. De wijziging wordt vastgelegd in het logboek van het notitieboek.</translation>
        </message>
    </context>
    <context>
        <name>NewPassphraseFields</name>
        <message>
            <source>&amp;New passphrase:</source>
            <translation>&amp;Nieuwe wachtzin:</translation>
        </message>
        <message>
            <source>&amp;Repeat:</source>
            <translation>&amp;Herhaal:</translation>
        </message>
        <message>
            <source>&amp;Suggest a passphrase</source>
            <translation>Wachtzin &amp;voorstellen</translation>
        </message>
        <message>
            <source>At least 12 characters; five or more unusual words work well.</source>
            <translation>Minstens 12 tekens; vijf of meer ongebruikelijke woorden werken goed.</translation>
        </message>
        <message>
            <source>Five or more random Dutch words: at least 64 bits, easy to type</source>
            <translation>Vijf of meer willekeurige Nederlandse woorden: minstens 64 bits, makkelijk te typen</translation>
        </message>
        <message>
            <source>Passphrase strength</source>
            <translation>Sterkte van de wachtzin</translation>
        </message>
        <message>
            <source>Repeat the passphrase</source>
            <translation>Herhaal de wachtzin</translation>
        </message>
        <message>
            <source>Suggested: %1 random words, %2 bits. Write it down now.</source>
            <translation>Voorgesteld: %1 willekeurige woorden, %2 bits. Schrijf de wachtzin nu op.</translation>
        </message>
        <message>
            <source>The passphrases are not the same yet.</source>
            <translation>De wachtzinnen zijn nog niet gelijk.</translation>
        </message>
        <message>
            <source>The passphrases match.</source>
            <translation>De wachtzinnen zijn gelijk.</translation>
        </message>
        <message>
            <source>The two passphrases are not the same yet.</source>
            <translation>De twee wachtzinnen zijn nog niet gelijk.</translation>
        </message>
    </context>
    <context>
        <name>OrganisationActions</name>
        <message>
            <source>&amp;Organisations…</source>
            <translation>Or&amp;ganisaties…</translation>
        </message>
        <message>
            <source>Add an organisation, or change its name, size or report year</source>
            <translation>Een organisatie toevoegen, of de naam, omvang of het verslagjaar ervan wijzigen</translation>
        </message>
    </context>
    <context>
        <name>OrganisationEditDialog</name>
        <message>
            <source>&amp;Add</source>
            <translation>&amp;Toevoegen</translation>
        </message>
        <message>
            <source>&amp;Employees:</source>
            <translation>&amp;Medewerkers:</translation>
        </message>
        <message>
            <source>&amp;Key:</source>
            <translation>&amp;Sleutel:</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Naam:</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Opslaan</translation>
        </message>
        <message>
            <source>&amp;Sector:</source>
            <translation>&amp;Sector:</translation>
        </message>
        <message>
            <source>A school reports per school year: choose August. The smallest number shown in annual reports (k) is changed in Settings.</source>
            <translation>Een school rapporteert per schooljaar: kies dan augustus. Het kleinste aantal dat jaarverslagen tonen, wijzigt u bij Instellingen.</translation>
        </message>
        <message>
            <source>Edit organisation</source>
            <translation>Organisatie wijzigen</translation>
        </message>
        <message>
            <source>First month of the report year</source>
            <translation>Eerste maand van het verslagjaar</translation>
        </message>
        <message>
            <source>Key of the organisation</source>
            <translation>Sleutel van de organisatie</translation>
        </message>
        <message>
            <source>Lower-case letters, digits, - or _. Used on the command line; it cannot be changed later.</source>
            <translation>Kleine letters, cijfers, - of _. Wordt gebruikt op de opdrachtregel; later niet meer te wijzigen.</translation>
        </message>
        <message>
            <source>Name of the organisation</source>
            <translation>Naam van de organisatie</translation>
        </message>
        <message>
            <source>New organisation</source>
            <translation>Nieuwe organisatie</translation>
        </message>
        <message>
            <source>Number of employees</source>
            <translation>Aantal medewerkers</translation>
        </message>
        <message>
            <source>Report &amp;year starts in:</source>
            <translation>&amp;Verslagjaar begint in:</translation>
        </message>
        <message>
            <source>Sector of the organisation</source>
            <translation>Sector van de organisatie</translation>
        </message>
        <message>
            <source>The key cannot be changed: cases refer to it.</source>
            <translation>De sleutel kan niet worden gewijzigd: zaken verwijzen ernaar.</translation>
        </message>
        <message>
            <source>This organisation has %1 cases. A different first month changes which cases count in which report year, also for years already reported.</source>
            <translation>Deze organisatie heeft %1 zaken. Een andere eerste maand verandert welke zaken in welk verslagjaar meetellen, ook voor jaren waarover al verslag is gedaan.</translation>
        </message>
        <message>
            <source>Work: a Dutch employer. Education: a Dutch school. Flanders: a Belgian employer under the Welzijnswet (informal intervention, register of third-party acts).</source>
            <translation>Werk: een Nederlandse werkgever. Onderwijs: een Nederlandse school. Vlaanderen: een Belgische werkgever onder de Welzijnswet (informele psychosociale interventie, register van feiten door derden).</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>onbekend</translation>
        </message>
    </context>
    <context>
        <name>OrganisationsDialog</name>
        <message>
            <source>%1 has %2 cases. If its report year starts in %3 instead of %4, cases move to another report year: an annual report made again for an earlier year can give other numbers.

The change is recorded in the notebook's log. Continue?</source>
            <translation>%1 heeft %2 zaken. Als het verslagjaar in %3 begint in plaats van in %4, vallen zaken in een ander verslagjaar: een jaarverslag dat u opnieuw maakt voor een eerder jaar kan andere aantallen geven.

De wijziging wordt vastgelegd in het logboek van het notitieboek. Doorgaan?</translation>
        </message>
        <message>
            <source>&amp;Add…</source>
            <translation>&amp;Toevoegen…</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Verwijderen</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Wijzigen…</translation>
        </message>
        <message>
            <source>Add an organisation</source>
            <translation>Een organisatie toevoegen</translation>
        </message>
        <message>
            <source>April</source>
            <translation>april</translation>
        </message>
        <message>
            <source>August</source>
            <translation>augustus</translation>
        </message>
        <message>
            <source>Change the start of the report year?</source>
            <translation>Begin van het verslagjaar wijzigen?</translation>
        </message>
        <message>
            <source>Changed in Settings</source>
            <translation>Te wijzigen bij Instellingen</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Sluiten</translation>
        </message>
        <message>
            <source>December</source>
            <translation>december</translation>
        </message>
        <message>
            <source>Delete (not possible)</source>
            <translation>Verwijderen (niet mogelijk)</translation>
        </message>
        <message>
            <source>Edit the chosen organisation</source>
            <translation>De gekozen organisatie wijzigen</translation>
        </message>
        <message>
            <source>Employees</source>
            <translation>Medewerkers</translation>
        </message>
        <message>
            <source>February</source>
            <translation>februari</translation>
        </message>
        <message>
            <source>January</source>
            <translation>januari</translation>
        </message>
        <message>
            <source>July</source>
            <translation>juli</translation>
        </message>
        <message>
            <source>June</source>
            <translation>juni</translation>
        </message>
        <message>
            <source>Key</source>
            <translation>Sleutel</translation>
        </message>
        <message>
            <source>March</source>
            <translation>maart</translation>
        </message>
        <message>
            <source>May</source>
            <translation>mei</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Naam</translation>
        </message>
        <message>
            <source>November</source>
            <translation>november</translation>
        </message>
        <message>
            <source>October</source>
            <translation>oktober</translation>
        </message>
        <message>
            <source>Organisations</source>
            <translation>Organisaties</translation>
        </message>
        <message>
            <source>Organisations cannot be deleted: cases, activities and expenses refer to them.</source>
            <translation>Organisaties kunnen niet worden verwijderd: zaken, activiteiten en uitgaven verwijzen ernaar.</translation>
        </message>
        <message>
            <source>Report year starts in</source>
            <translation>Verslagjaar begint in</translation>
        </message>
        <message>
            <source>Sector</source>
            <translation>Sector</translation>
        </message>
        <message>
            <source>September</source>
            <translation>september</translation>
        </message>
        <message>
            <source>The organisations you work for. Each case, activity and expense belongs to one. Every change is recorded in the notebook's log.</source>
            <translation>De organisaties waarvoor u werkt. Elke zaak, activiteit en uitgave hoort bij één ervan. Elke wijziging wordt vastgelegd in het logboek van het notitieboek.</translation>
        </message>
        <message>
            <source>The smallest number shown in annual reports; it is changed in Settings.</source>
            <translation>Het kleinste getal dat jaarverslagen tonen; u wijzigt het bij Instellingen.</translation>
        </message>
        <message>
            <source>This notebook is read only: organisations cannot be added or changed.</source>
            <translation>Dit notitieboek is alleen-lezen: organisaties kunnen niet worden toegevoegd of gewijzigd.</translation>
        </message>
        <message>
            <source>k</source>
            <translation>Kleinste aantal</translation>
        </message>
        <message>
            <source>k, the smallest number shown in annual reports, is changed in Settings (Notebook menu).</source>
            <translation>Het kleinste aantal dat jaarverslagen tonen, wijzigt u bij Instellingen (menu Notitieboek).</translation>
        </message>
    </context>
    <context>
        <name>OrganisationsPage</name>
        <message>
            <source>Choose at least one organisation.</source>
            <translation>Kies minstens één organisatie.</translation>
        </message>
        <message>
            <source>Choose the organisations the successor takes over. Organisations you leave out are not in the copy at all.</source>
            <translation>Kies de organisaties die de opvolger overneemt. Organisaties die u niet kiest, komen helemaal niet in de kopie.</translation>
        </message>
        <message>
            <source>Organisations</source>
            <translation>Organisaties</translation>
        </message>
        <message>
            <source>Organisations to hand over</source>
            <translation>Over te dragen organisaties</translation>
        </message>
    </context>
    <context>
        <name>PassphraseEdit</name>
        <message>
            <source>Caps Lock is on</source>
            <translation>Caps Lock staat aan</translation>
        </message>
        <message>
            <source>Hide passphrase</source>
            <translation>Wachtzin verbergen</translation>
        </message>
        <message>
            <source>Show passphrase</source>
            <translation>Wachtzin tonen</translation>
        </message>
    </context>
    <context>
        <name>PassphrasePage</name>
        <message>
            <source>&amp;Handover passphrase:</source>
            <translation>&amp;Overdrachtswachtzin:</translation>
        </message>
        <message>
            <source>Choose a strong passphrase for the copy, different from your own. Pass it on by another channel than the file: the file by hand or on a USB stick, the passphrase by phone or in person. Never put both in the same e-mail.</source>
            <translation>Kies een sterke wachtzin voor de kopie, een andere dan uw eigen. Geef hem via een ander kanaal door dan het bestand: het bestand persoonlijk of op een USB-stick, de wachtzin telefonisch of mondeling. Zet ze nooit samen in één e-mail.</translation>
        </message>
        <message>
            <source>Handover passphrase</source>
            <translation>Overdrachtswachtzin</translation>
        </message>
        <message>
            <source>The successor opens the copy with this passphrase; pass it on separately.</source>
            <translation>De opvolger opent de kopie met deze wachtzin; geef die apart door.</translation>
        </message>
    </context>
    <context>
        <name>PatternsDialog</name>
        <message>
            <source>%1 the year before, +%2%</source>
            <translation>vorig jaar %1, +%2%</translation>
        </message>
        <message>
            <source>%1 to %2</source>
            <translation>%1 t/m %2</translation>
        </message>
        <message>
            <source>&amp;Organisation</source>
            <translation>&amp;Organisatie</translation>
        </message>
        <message>
            <source>&amp;Period</source>
            <translation>&amp;Periode</translation>
        </message>
        <message>
            <source>(so far)</source>
            <translation>(tot nu)</translation>
        </message>
        <message>
            <source>All organisations</source>
            <translation>Alle organisaties</translation>
        </message>
        <message>
            <source>Cases</source>
            <translation>Zaken</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Sluiten</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Toelichting</translation>
        </message>
        <message>
            <source>For your eyes only: this view names departments, people and cases. It is not saved, exported or part of any report.</source>
            <translation>Alleen voor uw ogen: dit overzicht noemt afdelingen, personen en zaken. Het wordt niet bewaard, niet geëxporteerd en komt in geen enkel verslag.</translation>
        </message>
        <message>
            <source>Last 12 months</source>
            <translation>Laatste 12 maanden</translation>
        </message>
        <message>
            <source>Looking for patterns…</source>
            <translation>Patronen worden gezocht…</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisatie</translation>
        </message>
        <message>
            <source>Pattern</source>
            <translation>Patroon</translation>
        </message>
        <message>
            <source>Patterns</source>
            <translation>Patronen</translation>
        </message>
        <message>
            <source>Patterns across cases</source>
            <translation>Patronen in zaken</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Periode</translation>
        </message>
        <message>
            <source>Recurring departments</source>
            <translation>Terugkerende afdelingen</translation>
        </message>
        <message>
            <source>Recurring persons concerned</source>
            <translation>Terugkerende betrokkenen</translation>
        </message>
        <message>
            <source>Rising categories, %1%2 against %3</source>
            <translation>Stijgende categorieën, %1%2 tegen %3</translation>
        </message>
        <message>
            <source>Thresholds (notebook policy, changed in Settings): a department with %1 or more cases, a person concerned in %2 or more cases, a category rising by %3% or more with at least %1 cases.</source>
            <translation>Drempels (beleid van het notitieboek, te wijzigen bij Instellingen): een afdeling met %1 of meer zaken, een betrokkene in %2 of meer zaken, een categorie die %3% of meer stijgt met minstens %1 zaken.</translation>
        </message>
        <message>
            <source>none</source>
            <translation>geen</translation>
        </message>
        <message>
            <source>none the year before</source>
            <translation>vorig jaar geen</translation>
        </message>
        <message>
            <source>reporter there: %1, person concerned there: %2 · %3</source>
            <translation>melder daar: %1, betrokkene daar: %2 · %3</translation>
        </message>
        <message>
            <source>written as: %1</source>
            <translation>geschreven als: %1</translation>
        </message>
    </context>
    <context>
        <name>PreviewPage</name>
        <message>
            <source>%1 problems: nothing can be taken over until every one is solved (go back, or correct the sheet and start again).</source>
            <translation>%1 problemen: er kan niets worden overgenomen tot ze allemaal zijn opgelost (ga terug, of verbeter de spreadsheet en begin opnieuw).</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Overnemen</translation>
        </message>
        <message>
            <source>&amp;Save mapping…</source>
            <translation>Koppeling &amp;bewaren…</translation>
        </message>
        <message>
            <source>Checking every row…</source>
            <translation>Elke rij wordt gecontroleerd…</translation>
        </message>
        <message>
            <source>Checking the rows</source>
            <translation>De rijen worden gecontroleerd</translation>
        </message>
        <message>
            <source>Column</source>
            <translation>Kolom</translation>
        </message>
        <message>
            <source>Keep these choices for next year's sheet.</source>
            <translation>Bewaar deze keuzes voor de spreadsheet van volgend jaar.</translation>
        </message>
        <message>
            <source>No problems found: press Import to take over every case.</source>
            <translation>Geen problemen gevonden: kies Overnemen om alle zaken over te nemen.</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Voorbeeld</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Probleem</translation>
        </message>
        <message>
            <source>Problems by row and column</source>
            <translation>Problemen per rij en kolom</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>Rij</translation>
        </message>
        <message>
            <source>What will be taken over, and every problem to solve first.</source>
            <translation>Wat wordt overgenomen, en elk probleem dat eerst moet worden opgelost.</translation>
        </message>
    </context>
    <context>
        <name>RegisterActions</name>
        <message>
            <source>&amp;Register of acts by third parties…</source>
            <translation>&amp;Register van feiten door derden…</translation>
        </message>
        <message>
            <source>Flanders: the register of declarations about acts by third parties</source>
            <translation>Vlaanderen: het register van verklaringen over feiten door derden</translation>
        </message>
    </context>
    <context>
        <name>RegisterDialog</name>
        <message>
            <source>&amp;Add…</source>
            <translation>&amp;Toevoegen…</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Wijzigen…</translation>
        </message>
        <message>
            <source>&amp;Organisation:</source>
            <translation>&amp;Organisatie:</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>Af&amp;drukken…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Sluiten</translation>
        </message>
        <message>
            <source>Declarant</source>
            <translation>Verklaarder</translation>
        </message>
        <message>
            <source>Declarations by workers about violence, bullying or unwanted sexual behaviour by third parties (customers, suppliers, patients, pupils). Each gets the next number; a number is never given again. Entries are erased five years after they were recorded (Retention in the Notebook menu).</source>
            <translation>Verklaringen van werknemers over geweld, pesterijen of ongewenst seksueel gedrag door derden (klanten, leveranciers, patiënten, leerlingen). Elke verklaring krijgt het volgende nummer; een nummer wordt nooit opnieuw gegeven. Verklaringen worden vijf jaar na de registratie gewist (Bewaartermijn in het menu Notitieboek).</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Beschrijving</translation>
        </message>
        <message>
            <source>E&amp;rase…</source>
            <translation>&amp;Wissen…</translation>
        </message>
        <message>
            <source>Erase declaration</source>
            <translation>Verklaring wissen</translation>
        </message>
        <message>
            <source>Erase declaration %1? Its description and declarant are removed for good; its number and the month it was recorded stay, so the number is never given again.</source>
            <translation>Verklaring %1 wissen? De beschrijving en de verklaarder verdwijnen definitief; het nummer en de maand van registratie blijven, zodat het nummer nooit opnieuw wordt gegeven.</translation>
        </message>
        <message>
            <source>Erase the chosen declaration</source>
            <translation>De gekozen verklaring wissen</translation>
        </message>
        <message>
            <source>Facts</source>
            <translation>Feiten</translation>
        </message>
        <message>
            <source>No organisation in Flanders: set an organisation's sector to Flanders (Notebook menu, Organisations).</source>
            <translation>Geen organisatie in Vlaanderen: zet de sector van een organisatie op Vlaanderen (menu Notitieboek, Organisaties).</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>Nr.</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisatie</translation>
        </message>
        <message>
            <source>Print the register</source>
            <translation>Register afdrukken</translation>
        </message>
        <message>
            <source>Print the register as a Word document</source>
            <translation>Het register afdrukken als Word-document</translation>
        </message>
        <message>
            <source>Recorded</source>
            <translation>Geregistreerd</translation>
        </message>
        <message>
            <source>Register entries</source>
            <translation>Verklaringen in het register</translation>
        </message>
        <message>
            <source>Register of acts by third parties</source>
            <translation>Register van feiten door derden</translation>
        </message>
        <message>
            <source>Register printed: %1 declarations in %2.</source>
            <translation>Register afgedrukt: %1 verklaringen in %2.</translation>
        </message>
        <message>
            <source>Word document (*.docx)</source>
            <translation>Word-document (*.docx)</translation>
        </message>
        <message>
            <source>erased</source>
            <translation>gewist</translation>
        </message>
        <message>
            <source>not named</source>
            <translation>niet genoemd</translation>
        </message>
    </context>
    <context>
        <name>RegisterEntryDialog</name>
        <message>
            <source>&amp;Add</source>
            <translation>&amp;Toevoegen</translation>
        </message>
        <message>
            <source>&amp;Description:</source>
            <translation>&amp;Beschrijving:</translation>
        </message>
        <message>
            <source>&amp;Recorded on:</source>
            <translation>&amp;Geregistreerd op:</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Opslaan</translation>
        </message>
        <message>
            <source>D&amp;eclarant:</source>
            <translation>&amp;Verklaarder:</translation>
        </message>
        <message>
            <source>Date of the &amp;facts:</source>
            <translation>Datum van de &amp;feiten:</translation>
        </message>
        <message>
            <source>Date of the facts</source>
            <translation>Datum van de feiten</translation>
        </message>
        <message>
            <source>Date recorded</source>
            <translation>Datum van registratie</translation>
        </message>
        <message>
            <source>Declaration %1</source>
            <translation>Verklaring %1</translation>
        </message>
        <message>
            <source>Description of the facts</source>
            <translation>Beschrijving van de feiten</translation>
        </message>
        <message>
            <source>Name of the declarant</source>
            <translation>Naam van de verklaarder</translation>
        </message>
        <message>
            <source>New declaration</source>
            <translation>Nieuwe verklaring</translation>
        </message>
        <message>
            <source>Only when the declarant agreed to be named</source>
            <translation>Alleen als de verklaarder ermee instemt genoemd te worden</translation>
        </message>
        <message>
            <source>What happened, by whom (customer, supplier, patient, pupil …), where</source>
            <translation>Wat er gebeurde, door wie (klant, leverancier, patiënt, leerling …), waar</translation>
        </message>
        <message>
            <source>known</source>
            <translation>bekend</translation>
        </message>
    </context>
    <context>
        <name>ReportActions</name>
        <message>
            <source>&amp;Annual report…</source>
            <translation>&amp;Jaarverslag…</translation>
        </message>
        <message>
            <source>&amp;Case study for intervisie…</source>
            <translation>&amp;Casus voor intervisie…</translation>
        </message>
        <message>
            <source>&amp;Contribution to a joint annual report…</source>
            <translation>&amp;Bijdrage voor een gezamenlijk jaarverslag…</translation>
        </message>
        <message>
            <source>&amp;Patterns across cases…</source>
            <translation>&amp;Patronen in zaken…</translation>
        </message>
        <message>
            <source>An anonymised case study of one case</source>
            <translation>Een geanonimiseerde casus van één zaak</translation>
        </message>
        <message>
            <source>Annual report written to %1</source>
            <translation>Jaarverslag geschreven naar %1</translation>
        </message>
        <message>
            <source>Figures only, for the VP who writes the joint report</source>
            <translation>Alleen cijfers, voor de vertrouwenspersoon die het gezamenlijke verslag maakt</translation>
        </message>
        <message>
            <source>Hours and expenses &amp;statement…</source>
            <translation>&amp;Urenoverzicht en kosten…</translation>
        </message>
        <message>
            <source>Hours and expenses per month for one client organisation</source>
            <translation>Uren en kosten per maand voor één opdrachtgever</translation>
        </message>
        <message>
            <source>Recurring departments and persons, rising categories: for your eyes only</source>
            <translation>Terugkerende afdelingen en personen, stijgende categorieën: alleen voor u</translation>
        </message>
        <message>
            <source>Write the de-identified annual report for an organisation</source>
            <translation>Het niet-herleidbare jaarverslag voor een organisatie maken</translation>
        </message>
    </context>
    <context>
        <name>ReportPreview</name>
        <message>
            <source>Report preview</source>
            <translation>Voorbeeld van het verslag</translation>
        </message>
    </context>
    <context>
        <name>ReportWizard</name>
        <message>
            <source>&amp;Export…</source>
            <translation>&amp;Exporteren…</translation>
        </message>
        <message>
            <source>&amp;Next &gt;</source>
            <translation>&amp;Volgende &gt;</translation>
        </message>
        <message>
            <source>&lt; &amp;Back</source>
            <translation>&lt; V&amp;orige</translation>
        </message>
        <message>
            <source>A signal needs a text.</source>
            <translation>Een signaal heeft een tekst nodig.</translation>
        </message>
        <message>
            <source>Activity descriptions are changed on the Activities page. You can also leave the descriptions out of this report (previous step).</source>
            <translation>Omschrijvingen van activiteiten past u aan op de pagina Activiteiten. U kunt de omschrijvingen ook weglaten uit dit verslag (vorige stap).</translation>
        </message>
        <message>
            <source>Annual report</source>
            <translation>Jaarverslag</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuleren</translation>
        </message>
        <message>
            <source>Export anyway?</source>
            <translation>Toch exporteren?</translation>
        </message>
        <message>
            <source>Export the annual report</source>
            <translation>Jaarverslag exporteren</translation>
        </message>
        <message>
            <source>Folder is synchronised</source>
            <translation>Map wordt gesynchroniseerd</translation>
        </message>
        <message>
            <source>Preparing the report…</source>
            <translation>Het verslag wordt voorbereid…</translation>
        </message>
        <message>
            <source>The annual report has been written to:
%1</source>
            <translation>Het jaarverslag is geschreven naar:
%1</translation>
        </message>
        <message>
            <source>Word document (*.docx);;Figures as JSON (*.json)</source>
            <translation>Word-document (*.docx);;Cijfers als JSON (*.json)</translation>
        </message>
        <message>
            <source>Writing the report…</source>
            <translation>Het verslag wordt geschreven…</translation>
        </message>
    </context>
    <context>
        <name>RestoreBackupDialog</name>
        <message>
            <source>&amp;Backup:</source>
            <translation>&amp;Reservekopie:</translation>
        </message>
        <message>
            <source>&amp;Restore</source>
            <translation>&amp;Terugzetten</translation>
        </message>
        <message>
            <source>&amp;Restore to:</source>
            <translation>&amp;Terugzetten naar:</translation>
        </message>
        <message>
            <source>A backup opens with the passphrase this notebook had at the moment the backup was made, not necessarily with today's. The backup itself stays as it is: the restored notebook is a new file. vpnotes then asks for its passphrase.</source>
            <translation>Een reservekopie opent met de wachtzin die het notitieboek had op het moment dat de kopie werd gemaakt, niet per se met de wachtzin van nu. De reservekopie zelf blijft zoals hij is: het teruggezette notitieboek is een nieuw bestand. Daarna vraagt vpnotes om de wachtzin.</translation>
        </message>
        <message>
            <source>A file with this name exists already; choose another name.</source>
            <translation>Er bestaat al een bestand met deze naam; kies een andere naam.</translation>
        </message>
        <message>
            <source>Backup file to restore</source>
            <translation>Terug te zetten reservekopie</translation>
        </message>
        <message>
            <source>Choose the backup file</source>
            <translation>Kies de reservekopie</translation>
        </message>
        <message>
            <source>Choose the backup to restore.</source>
            <translation>Kies de reservekopie die u wilt terugzetten.</translation>
        </message>
        <message>
            <source>Choose where the restored notebook goes</source>
            <translation>Kies waar het teruggezette notitieboek komt</translation>
        </message>
        <message>
            <source>Choose where the restored notebook goes.</source>
            <translation>Kies waar het teruggezette notitieboek komt.</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Kiezen…</translation>
        </message>
        <message>
            <source>Location of the restored notebook</source>
            <translation>Locatie van het teruggezette notitieboek</translation>
        </message>
        <message>
            <source>Restore from backup</source>
            <translation>Reservekopie terugzetten</translation>
        </message>
        <message>
            <source>Restore to</source>
            <translation>Terugzetten naar</translation>
        </message>
        <message>
            <source>Restoring</source>
            <translation>Bezig met terugzetten</translation>
        </message>
        <message>
            <source>The backup file does not exist.</source>
            <translation>De reservekopie bestaat niet.</translation>
        </message>
        <message>
            <source>This folder does not exist.</source>
            <translation>Deze map bestaat niet.</translation>
        </message>
    </context>
    <context>
        <name>ResultPage</name>
        <message>
            <source>&amp;Destroy my notebook and its backups…</source>
            <translation>Mijn notitieboek en reservekopieën &amp;vernietigen…</translation>
        </message>
        <message>
            <source>Handover copy written</source>
            <translation>Overdrachtskopie geschreven</translation>
        </message>
        <message>
            <source>Pass on the passphrase, then decide about your own notebook.</source>
            <translation>Geef de wachtzin door en beslis daarna over uw eigen notitieboek.</translation>
        </message>
        <message>
            <source>Pass the handover passphrase on separately from the file. Your backups and this notebook still hold every case: once the successor has opened the copy, you may destroy them.</source>
            <translation>Geef de overdrachtswachtzin los van het bestand door. Uw reservekopieën en dit notitieboek bevatten nog alle zaken: zodra de opvolger de kopie heeft geopend, kunt u ze vernietigen.</translation>
        </message>
        <message>
            <source>The handover copy has been written to %1.
Cases complete: %2; cases as figures only: %3.
Both notebooks record the handover in their event log.</source>
            <translation>De overdrachtskopie is geschreven naar %1.
Volledige zaken: %2; zaken alleen als cijfers: %3.
Beide notitieboeken leggen de overdracht vast in hun logboek.</translation>
        </message>
    </context>
    <context>
        <name>RetentionDialog</name>
        <message>
            <source>&amp;Erase (%1)…</source>
            <translation>&amp;Wissen (%1)…</translation>
        </message>
        <message>
            <source>&amp;Erase…</source>
            <translation>&amp;Wissen…</translation>
        </message>
        <message>
            <source>Cases due for erasure</source>
            <translation>Zaken die gewist moeten worden</translation>
        </message>
        <message>
            <source>Cases erased: %1. Only their figures remain.</source>
            <translation>Zaken gewist: %1. Alleen hun cijfers blijven.</translation>
        </message>
        <message>
            <source>Closed on</source>
            <translation>Gesloten op</translation>
        </message>
        <message>
            <source>Erase cases?</source>
            <translation>Zaken wissen?</translation>
        </message>
        <message>
            <source>Erase the personal data of the cases listed (%1) for good? This cannot be undone; the figures for the annual reports stay.</source>
            <translation>De persoonsgegevens van de getoonde zaken (%1) definitief wissen? Dit kan niet ongedaan worden gemaakt; de cijfers voor de jaarverslagen blijven.</translation>
        </message>
        <message>
            <source>Erasing</source>
            <translation>Bezig met wissen</translation>
        </message>
        <message>
            <source>No case has passed the retention period of %1 years. Cases on hold are kept.</source>
            <translation>Voor geen enkele zaak is de bewaartermijn van %1 jaar verstreken. Zaken die langer bewaard worden, blijven.</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisatie</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>Kenmerk</translation>
        </message>
        <message>
            <source>Register %1</source>
            <translation>Register %1</translation>
        </message>
        <message>
            <source>Retention period</source>
            <translation>Bewaartermijn</translation>
        </message>
        <message>
            <source>These closed cases have passed the retention period of %1 years. Erasing keeps only what the annual reports count (kind, categories, months, codes) and removes names, contact details, notes and the reference for good. Cases on hold are kept.</source>
            <translation>De bewaartermijn van %1 jaar is voor deze afgesloten zaken verstreken. Wissen bewaart alleen wat de jaarverslagen tellen (soort, categorieën, maanden, codes) en verwijdert namen, contactgegevens, notities en het kenmerk definitief. Zaken die langer bewaard worden, blijven.</translation>
        </message>
        <message>
            <source>What happens</source>
            <translation>Wat er gebeurt</translation>
        </message>
        <message>
            <source>erase declaration (five years)</source>
            <translation>verklaring wissen (vijf jaar)</translation>
        </message>
        <message>
            <source>erase personal data</source>
            <translation>persoonsgegevens wissen</translation>
        </message>
        <message>
            <source>kept: on hold</source>
            <translation>blijft: langer bewaren</translation>
        </message>
    </context>
    <context>
        <name>ScopePage</name>
        <message>
            <source>&amp;Organisation</source>
            <translation>&amp;Organisatie</translation>
        </message>
        <message>
            <source>&amp;Year</source>
            <translation>&amp;Jaar</translation>
        </message>
        <message>
            <source>A deliberate change of the notebook's policy, recorded in the log</source>
            <translation>Een bewuste wijziging van het beleid van het notitieboek, vastgelegd in het logboek</translation>
        </message>
        <message>
            <source>All organisations: overview</source>
            <translation>Alle organisaties: overzicht</translation>
        </message>
        <message>
            <source>Change the stored &amp;value…</source>
            <translation>Vastgelegde &amp;waarde wijzigen…</translation>
        </message>
        <message>
            <source>Choose one organisation to change its stored value</source>
            <translation>Kies één organisatie om de vastgelegde waarde te wijzigen</translation>
        </message>
        <message>
            <source>Choose the organisation and the year. The figures are counted by vpnotes; small numbers are hidden so that nobody can be recognised.</source>
            <translation>Kies de organisatie en het jaar. vpnotes telt de cijfers; kleine aantallen worden verborgen, zodat niemand herkenbaar is.</translation>
        </message>
        <message>
            <source>For this report only; it can only be stricter than the stored value.</source>
            <translation>Alleen voor dit verslag; de waarde kan alleen strenger zijn dan de vastgelegde.</translation>
        </message>
        <message>
            <source>Minimum &amp;cell size</source>
            <translation>&amp;Kleinste aantal dat wordt getoond</translation>
        </message>
        <message>
            <source>Minimum cell size for this report</source>
            <translation>Kleinste aantal dat dit verslag toont</translation>
        </message>
        <message>
            <source>Next: the texts (your introduction and the signals for this year), then a preview of exactly what will be exported, beside the check of every text for names and other traceable details. You choose where the file goes: a Word document for the board, or the figures as JSON.</source>
            <translation>Daarna: de teksten (uw inleiding en de signalen voor dit jaar), en dan een voorbeeld van precies wat wordt geëxporteerd, naast de controle van elke tekst op namen en andere herleidbare gegevens. U kiest waar het bestand komt: een Word-document voor het bestuur, of de cijfers als JSON.</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisatie</translation>
        </message>
        <message>
            <source>Report year</source>
            <translation>Verslagjaar</translation>
        </message>
        <message>
            <source>Show smaller numbers?</source>
            <translation>Kleinere aantallen tonen?</translation>
        </message>
        <message>
            <source>Stored for this organisation: %1. Numbers below it are not shown. For this report you can only choose a stricter value.</source>
            <translation>Vastgelegd voor deze organisatie: %1. Kleinere aantallen worden niet getoond. Voor dit verslag kunt u alleen een strengere waarde kiezen.</translation>
        </message>
        <message>
            <source>The overview uses the largest stored value of the organisations: %1. Numbers below it are not shown.</source>
            <translation>Het overzicht gebruikt de grootste vastgelegde waarde van de organisaties: %1. Kleinere aantallen worden niet getoond.</translation>
        </message>
        <message>
            <source>Which report</source>
            <translation>Welk verslag</translation>
        </message>
        <message>
            <source>You are lowering the minimum cell size of %1 from %2 to %3. Smaller groups will be visible in its annual reports, which makes people easier to recognise. The change is recorded in the notebook's event log. Continue?</source>
            <translation>U verlaagt het kleinste aantal dat de jaarverslagen van %1 tonen van %2 naar %3. Kleinere groepen worden zichtbaar, waardoor mensen makkelijker herkenbaar zijn. De wijziging wordt vastgelegd in het logboek van het notitieboek. Doorgaan?</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source> years</source>
            <translation> jaar</translation>
        </message>
        <message>
            <source>&amp;Allow screenshots and screen sharing of vpnotes windows</source>
            <translation>&amp;Schermafbeeldingen en scherm delen van vpnotes-vensters toestaan</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Taal:</translation>
        </message>
        <message>
            <source>&amp;Notebook</source>
            <translation>&amp;Notitieboek</translation>
        </message>
        <message>
            <source>&amp;This computer</source>
            <translation>&amp;Deze computer</translation>
        </message>
        <message>
            <source>A new language applies the next time vpnotes starts.</source>
            <translation>Een andere taal gaat in wanneer vpnotes opnieuw start.</translation>
        </message>
        <message>
            <source>Allow screenshots and screen sharing</source>
            <translation>Schermafbeeldingen en scherm delen toestaan</translation>
        </message>
        <message>
            <source>Annual report: smallest number shown</source>
            <translation>Jaarverslag: kleinste getal dat wordt getoond</translation>
        </message>
        <message>
            <source>Backup folder</source>
            <translation>Map voor reservekopieën</translation>
        </message>
        <message>
            <source>Backup folder:</source>
            <translation>Map voor reservekopieën:</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>Reservekopieën</translation>
        </message>
        <message>
            <source>Backups to keep</source>
            <translation>Aantal reservekopieën bewaren</translation>
        </message>
        <message>
            <source>Backups to keep:</source>
            <translation>Aantal bewaren:</translation>
        </message>
        <message>
            <source>C&amp;hoose…</source>
            <translation>K&amp;iezen…</translation>
        </message>
        <message>
            <source>Cases about the same person:</source>
            <translation>Zaken over dezelfde betrokkene:</translation>
        </message>
        <message>
            <source>Cases from one department:</source>
            <translation>Zaken uit één afdeling:</translation>
        </message>
        <message>
            <source>Change the smallest number shown?</source>
            <translation>Kleinste getoonde getal wijzigen?</translation>
        </message>
        <message>
            <source>Keep case content after closing:</source>
            <translation>Inhoud bewaren na afsluiten van een zaak:</translation>
        </message>
        <message>
            <source>La&amp;yout:</source>
            <translation>&amp;Indeling:</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Taal</translation>
        </message>
        <message>
            <source>Layout</source>
            <translation>Indeling</translation>
        </message>
        <message>
            <source>Lock automatically after (minutes)</source>
            <translation>Automatisch vergrendelen na (minuten)</translation>
        </message>
        <message>
            <source>Lock automatically after:</source>
            <translation>Automatisch vergrendelen na:</translation>
        </message>
        <message>
            <source>Make a backup automatically</source>
            <translation>Automatisch een reservekopie maken</translation>
        </message>
        <message>
            <source>Minimum cell size for %1</source>
            <translation>Kleinste getoonde getal voor %1</translation>
        </message>
        <message>
            <source>Numbers below this value are shown as "&lt; k" so that no one can be recognised. Change it only deliberately.</source>
            <translation>Aantallen onder deze waarde verschijnen in het verslag als “x”, zodat niemand herkenbaar is. Wijzig dit alleen bewust.</translation>
        </message>
        <message>
            <source>Off: vpnotes stays invisible when you share your screen (in Teams, for example) or take a screenshot.</source>
            <translation>Uit: vpnotes blijft onzichtbaar als u uw scherm deelt (bijvoorbeeld in Teams) of een schermafbeelding maakt.</translation>
        </message>
        <message>
            <source>On this system vpnotes cannot keep its windows out of screenshots or screen sharing: close or lock the notebook before you share your screen.</source>
            <translation>Op dit systeem kan vpnotes zijn vensters niet buiten schermafbeeldingen en scherm delen houden: sluit of vergrendel het notitieboek voordat u uw scherm deelt.</translation>
        </message>
        <message>
            <source>Patterns (only for you)</source>
            <translation>Patronen (alleen voor uzelf)</translation>
        </message>
        <message>
            <source>Retention after closing (years)</source>
            <translation>Bewaartermijn na afsluiten (jaren)</translation>
        </message>
        <message>
            <source>Rise of a category (%):</source>
            <translation>Stijging van een categorie (%):</translation>
        </message>
        <message>
            <source>Screen sharing</source>
            <translation>Scherm delen</translation>
        </message>
        <message>
            <source>Security and retention</source>
            <translation>Beveiliging en bewaartermijn</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Instellingen</translation>
        </message>
        <message>
            <source>Sidebar on the left</source>
            <translation>Zijbalk links</translation>
        </message>
        <message>
            <source>Tabs along the top</source>
            <translation>Tabbladen bovenaan</translation>
        </message>
        <message>
            <source>These preferences belong to this computer only; they hold no case data.</source>
            <translation>Deze voorkeuren horen alleen bij deze computer; er staan geen zaakgegevens in.</translation>
        </message>
        <message>
            <source>These settings are stored in the notebook itself: they travel with a handover and apply to the command line too. Every change is recorded in the notebook's log.</source>
            <translation>Deze instellingen staan in het notitieboek zelf: ze gaan mee bij een overdracht en gelden ook voor de opdrachtregel. Elke wijziging wordt vastgelegd in het logboek van het notitieboek.</translation>
        </message>
        <message>
            <source>You are changing the smallest number shown in annual reports for: %1.

A lower value shows smaller groups and makes people easier to recognise. The change is recorded in the notebook's log. Continue?</source>
            <translation>U wijzigt het kleinste getal dat in jaarverslagen wordt getoond voor: %1.

Een lagere waarde toont kleinere groepen en maakt mensen makkelijker herkenbaar. De wijziging wordt vastgelegd in het logboek van het notitieboek. Doorgaan?</translation>
        </message>
        <message>
            <source>the standard folder for this computer</source>
            <translation>de standaardmap op deze computer</translation>
        </message>
    </context>
    <context>
        <name>SheetActions</name>
        <message>
            <source>Bring in the cases of an Excel, LibreOffice or csv registration</source>
            <translation>De zaken uit een registratie in Excel, LibreOffice of csv overnemen</translation>
        </message>
        <message>
            <source>Take over registration from a &amp;spreadsheet…</source>
            <translation>Registratie uit &amp;spreadsheet overnemen…</translation>
        </message>
        <message>
            <source>Taken over from the spreadsheet: %1 cases.</source>
            <translation>Overgenomen uit de spreadsheet: %1 zaken.</translation>
        </message>
    </context>
    <context>
        <name>SheetWizard</name>
        <message>
            <source>Mapping saved: %1</source>
            <translation>Koppeling bewaard: %1</translation>
        </message>
        <message>
            <source>Mappings (*.json)</source>
            <translation>Koppelingen (*.json)</translation>
        </message>
        <message>
            <source>Save mapping</source>
            <translation>Koppeling bewaren</translation>
        </message>
        <message>
            <source>Saved mapping</source>
            <translation>Bewaarde koppeling</translation>
        </message>
        <message>
            <source>Spreadsheet</source>
            <translation>Spreadsheet</translation>
        </message>
        <message>
            <source>Spreadsheets (%1)</source>
            <translation>Spreadsheets (%1)</translation>
        </message>
        <message>
            <source>Take over a registration from a spreadsheet</source>
            <translation>Registratie uit een spreadsheet overnemen</translation>
        </message>
        <message>
            <source>The mapping could not be saved there.</source>
            <translation>De koppeling kan daar niet worden bewaard.</translation>
        </message>
    </context>
    <context>
        <name>StaleBackupsWidget</name>
        <message>
            <source>&amp;Delete…</source>
            <translation>&amp;Verwijderen…</translation>
        </message>
        <message>
            <source>&amp;Re-encrypt with the new passphrase</source>
            <translation>&amp;Opnieuw versleutelen met de nieuwe wachtzin</translation>
        </message>
        <message>
            <source>Backups and handover copies made before this change still open with the OLD passphrase. The backups below are known to this notebook. Re-encrypt them so that they open with the new passphrase, or delete them. Handover copies you gave away cannot be changed from here.</source>
            <translation>Reservekopieën en overdrachtskopieën van vóór deze wijziging openen nog steeds met de OUDE wachtzin. De reservekopieën hieronder kent dit notitieboek. Versleutel ze opnieuw zodat ze met de nieuwe wachtzin opengaan, of verwijder ze. Overdrachtskopieën die u hebt weggegeven, kunnen hier niet worden gewijzigd.</translation>
        </message>
        <message>
            <source>Backups deleted: %1.</source>
            <translation>Reservekopieën verwijderd: %1.</translation>
        </message>
        <message>
            <source>Backups that open with the old passphrase</source>
            <translation>Reservekopieën die met de oude wachtzin opengaan</translation>
        </message>
        <message>
            <source>Delete backups?</source>
            <translation>Reservekopieën verwijderen?</translation>
        </message>
        <message>
            <source>Delete the chosen backups (%1) for good? They cannot be brought back.</source>
            <translation>De gekozen reservekopieën (%1) definitief verwijderen? Ze zijn niet terug te halen.</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Bestand</translation>
        </message>
        <message>
            <source>Handover copies made before this change still open with the OLD passphrase; they cannot be changed from here. No backup of this notebook still opens with the old passphrase.</source>
            <translation>Overdrachtskopieën van vóór deze wijziging openen nog steeds met de OUDE wachtzin; die kunnen hier niet worden gewijzigd. Geen enkele reservekopie van dit notitieboek opent nog met de oude wachtzin.</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Soort</translation>
        </message>
        <message>
            <source>Made on</source>
            <translation>Gemaakt op</translation>
        </message>
        <message>
            <source>Passphrase of the backup</source>
            <translation>Wachtzin van de reservekopie</translation>
        </message>
        <message>
            <source>Re-encrypted: %1. They now open with the new passphrase.</source>
            <translation>Opnieuw versleuteld: %1. Die openen nu met de nieuwe wachtzin.</translation>
        </message>
        <message>
            <source>The backup of %1 was made with an even older passphrase. Enter that passphrase:</source>
            <translation>De reservekopie van %1 is gemaakt met een nog oudere wachtzin. Vul die wachtzin in:</translation>
        </message>
        <message>
            <source>automatic</source>
            <translation>automatisch</translation>
        </message>
        <message>
            <source>made by you</source>
            <translation>door u gemaakt</translation>
        </message>
    </context>
    <context>
        <name>StatementDialog</name>
        <message>
            <source>&amp;File (.docx or .csv)</source>
            <translation>&amp;Bestand (.docx of .csv)</translation>
        </message>
        <message>
            <source>&amp;From</source>
            <translation>&amp;Van</translation>
        </message>
        <message>
            <source>&amp;Organisation</source>
            <translation>&amp;Organisatie</translation>
        </message>
        <message>
            <source>&amp;To</source>
            <translation>&amp;Tot en met</translation>
        </message>
        <message>
            <source>Each kind of work per month shows in which month there were conversations in cases and how long they took (0,75 hours in June is one conversation of 45 minutes in June). In a small organisation that can point to a person.</source>
            <translation>Elke soort werk per maand laat zien in welke maand er gesprekken in zaken waren en hoe lang ze duurden (0,75 uur in juni is één gesprek van 45 minuten in juni). Bij een kleine organisatie kan dat naar een persoon wijzen.</translation>
        </message>
        <message>
            <source>First month</source>
            <translation>Eerste maand</translation>
        </message>
        <message>
            <source>For invoicing: hours of each kind of work over the period, hours of all work together and expenses per month. The statement holds no names, references, descriptions or numbers of cases.</source>
            <translation>Voor de facturering: uren per soort werk over de periode, uren van alle werk samen en kosten per maand. Het overzicht bevat geen namen, kenmerken, omschrijvingen of aantallen zaken.</translation>
        </message>
        <message>
            <source>Hours and expenses statement</source>
            <translation>Urenoverzicht en kosten</translation>
        </message>
        <message>
            <source>Last month</source>
            <translation>Laatste maand</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisatie</translation>
        </message>
        <message>
            <source>Show each kind of work &amp;per month</source>
            <translation>Elke soort werk &amp;per maand tonen</translation>
        </message>
        <message>
            <source>Shows in which month there were conversations in cases and how long they took: in a small organisation that can point to a person.</source>
            <translation>Laat zien in welke maand er gesprekken in zaken waren en hoe lang ze duurden: bij een kleine organisatie kan dat naar een persoon wijzen.</translation>
        </message>
        <message>
            <source>The statement has been written to:
%1

It holds no names, references or descriptions.</source>
            <translation>Het urenoverzicht is geschreven naar:
%1

Het bevat geen namen, kenmerken of omschrijvingen.</translation>
        </message>
        <message>
            <source>Word document (*.docx);;Spreadsheet (*.csv)</source>
            <translation>Word-document (*.docx);;Spreadsheet (*.csv)</translation>
        </message>
    </context>
    <context>
        <name>SummaryPage</name>
        <message>
            <source>&amp;Write handover copy</source>
            <translation>Overdrachtskopie &amp;schrijven</translation>
        </message>
        <message>
            <source>Check your choices before the copy is written.</source>
            <translation>Controleer uw keuzes voordat de kopie wordt geschreven.</translation>
        </message>
        <message>
            <source>Organisations: %1
Cases handed over complete: %2
Cases handed over as figures only: %3
Copy: %4

Writing may take a moment; your notebook is read-only meanwhile.</source>
            <translation>Organisaties: %1
Zaken die volledig overgaan: %2
Zaken die alleen als cijfers overgaan: %3
Kopie: %4

Schrijven kan even duren; uw notitieboek is intussen alleen te lezen.</translation>
        </message>
        <message>
            <source>Ready to write</source>
            <translation>Klaar om te schrijven</translation>
        </message>
        <message>
            <source>Writing the handover copy</source>
            <translation>Overdrachtskopie wordt geschreven</translation>
        </message>
    </context>
    <context>
        <name>TextsPage</name>
        <message>
            <source>&amp;Edit signal…</source>
            <translation>Signaal &amp;bewerken…</translation>
        </message>
        <message>
            <source>&amp;Introduction</source>
            <translation>&amp;Inleiding</translation>
        </message>
        <message>
            <source>&amp;New signal…</source>
            <translation>&amp;Nieuw signaal…</translation>
        </message>
        <message>
            <source>An overview across organisations holds no signals: they are written for one organisation's board.</source>
            <translation>Een overzicht over organisaties heen bevat geen signalen: die zijn geschreven voor het bestuur van één organisatie.</translation>
        </message>
        <message>
            <source>Each signal appears in the report as one bullet.</source>
            <translation>Elk signaal komt als één opsommingspunt in het verslag.</translation>
        </message>
        <message>
            <source>Everything you write here is checked for names and other details that could lead to a person before the report can be exported.</source>
            <translation>Alles wat u hier schrijft, wordt gecontroleerd op namen en andere gegevens die naar een persoon kunnen leiden, voordat het verslag kan worden geëxporteerd.</translation>
        </message>
        <message>
            <source>Include the &amp;descriptions of preventive activities</source>
            <translation>De &amp;omschrijvingen van preventieve activiteiten opnemen</translation>
        </message>
        <message>
            <source>Introduction</source>
            <translation>Inleiding</translation>
        </message>
        <message>
            <source>No signals for this year yet.</source>
            <translation>Nog geen signalen voor dit jaar.</translation>
        </message>
        <message>
            <source>Si&amp;gnals and advice to the organisation</source>
            <translation>Si&amp;gnalen en adviezen aan de organisatie</translation>
        </message>
        <message>
            <source>Signals for this report</source>
            <translation>Signalen voor dit verslag</translation>
        </message>
        <message>
            <source>Texts in the report</source>
            <translation>Teksten in het verslag</translation>
        </message>
        <message>
            <source>Use the &amp;standard text</source>
            <translation>&amp;Standaardtekst gebruiken</translation>
        </message>
    </context>
    <context>
        <name>UnlockWidget</name>
        <message>
            <source>&amp;New notebook…</source>
            <translation>&amp;Nieuw notitieboek…</translation>
        </message>
        <message>
            <source>&amp;Passphrase:</source>
            <translation>&amp;Wachtzin:</translation>
        </message>
        <message>
            <source>&amp;Unlock</source>
            <translation>&amp;Ontgrendelen</translation>
        </message>
        <message>
            <source>Caps Lock is on.</source>
            <translation>Caps Lock staat aan.</translation>
        </message>
        <message>
            <source>Enter the passphrase of this notebook.</source>
            <translation>Vul de wachtzin van dit notitieboek in.</translation>
        </message>
        <message>
            <source>Notebook locked</source>
            <translation>Notitieboek vergrendeld</translation>
        </message>
        <message>
            <source>Notebook: %1
Folder: %2</source>
            <translation>Notitieboek: %1
Map: %2</translation>
        </message>
        <message>
            <source>Open &amp;another notebook…</source>
            <translation>&amp;Ander notitieboek openen…</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Wachtzin</translation>
        </message>
        <message>
            <source>Sure it is the right one? Then the start of the file may be damaged: open a backup instead.</source>
            <translation>Weet u zeker dat deze klopt? Dan is misschien het begin van het bestand beschadigd: open dan een reservekopie.</translation>
        </message>
        <message>
            <source>Unlocking</source>
            <translation>Bezig met ontgrendelen</translation>
        </message>
        <message>
            <source>Wrong passphrase.</source>
            <translation>Verkeerde wachtzin.</translation>
        </message>
    </context>
    <context>
        <name>ValuesPage</name>
        <message>
            <source>%1 values still need a meaning.</source>
            <translation>%1 waarden hebben nog een betekenis nodig.</translation>
        </message>
        <message>
            <source>(empty cell)</source>
            <translation>(lege cel)</translation>
        </message>
        <message>
            <source>(every row)</source>
            <translation>(elke rij)</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Veld</translation>
        </message>
        <message>
            <source>Meaning of %1</source>
            <translation>Betekenis van %1</translation>
        </message>
        <message>
            <source>Means</source>
            <translation>Betekent</translation>
        </message>
        <message>
            <source>Value in the sheet</source>
            <translation>Waarde in de spreadsheet</translation>
        </message>
        <message>
            <source>Values</source>
            <translation>Waarden</translation>
        </message>
        <message>
            <source>Values and their meaning</source>
            <translation>Waarden en hun betekenis</translation>
        </message>
        <message>
            <source>What each word in the sheet means. Values the proposal could not place are at the top: choose a meaning for each.</source>
            <translation>Wat elk woord in de spreadsheet betekent. Waarden die het voorstel niet kon plaatsen staan bovenaan: kies voor elk een betekenis.</translation>
        </message>
        <message>
            <source>— choose —</source>
            <translation>— kiezen —</translation>
        </message>
    </context>
    <context>
        <name>WelcomeWidget</name>
        <message>
            <source>&amp;New notebook</source>
            <translation>&amp;Nieuw notitieboek</translation>
        </message>
        <message>
            <source>&amp;Open notebook</source>
            <translation>Notitieboek &amp;openen</translation>
        </message>
        <message>
            <source>&amp;Try the demo</source>
            <translation>&amp;Demo proberen</translation>
        </message>
        <message>
            <source>Look around in a notebook filled with fictional cases.</source>
            <translation>Kijk rond in een notitieboek vol verzonnen zaken.</translation>
        </message>
        <message>
            <source>Open a notebook file you already have, or one handed over to you.</source>
            <translation>Open een notitieboek dat u al hebt, of dat aan u is overgedragen.</translation>
        </message>
        <message>
            <source>Start with an empty notebook protected by a passphrase.</source>
            <translation>Begin met een leeg notitieboek, beveiligd met een wachtzin.</translation>
        </message>
        <message>
            <source>Welcome to vpnotes</source>
            <translation>Welkom bij vpnotes</translation>
        </message>
        <message>
            <source>Your case notebook as a confidential counsellor. Everything is kept in one encrypted file on this computer; nothing is sent anywhere.</source>
            <translation>Uw notitieboek als vertrouwenspersoon. Alles staat in één versleuteld bestand op deze computer; er wordt niets verstuurd.</translation>
        </message>
    </context>
    <context>
        <name>_ExportDialog</name>
        <message>
            <source> or </source>
            <translation> of </translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>&amp;Bladeren…</translation>
        </message>
        <message>
            <source>&amp;Export</source>
            <translation>&amp;Exporteren</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuleren</translation>
        </message>
        <message>
            <source>Choose a file name ending in %1.</source>
            <translation>Kies een bestandsnaam op %1.</translation>
        </message>
        <message>
            <source>Choose a file to write to.</source>
            <translation>Kies een bestand om naar te schrijven.</translation>
        </message>
        <message>
            <source>Export anyway?</source>
            <translation>Toch exporteren?</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Bestand</translation>
        </message>
        <message>
            <source>Folder is synchronised</source>
            <translation>Map wordt gesynchroniseerd</translation>
        </message>
    </context>
    <context>
        <name>_PersonDialog</name>
        <message>
            <source>&amp;Find</source>
            <translation>&amp;Zoeken</translation>
        </message>
        <message>
            <source>&amp;Person:</source>
            <translation>&amp;Persoon:</translation>
        </message>
        <message>
            <source>Find this person's cases</source>
            <translation>Zaken van deze persoon zoeken</translation>
        </message>
        <message>
            <source>Found in %1 case(s): as melder in %2, as betrokkene in %3.</source>
            <translation>Gevonden in zaken: %1 (als melder: %2, als betrokkene: %3).</translation>
        </message>
        <message>
            <source>Name of the person, as stored</source>
            <translation>Naam van de persoon, zoals vastgelegd</translation>
        </message>
        <message>
            <source>Nobody is stored under this name. Matching is on the name exactly as stored (capitals and accents do not matter): search the case list for other spellings.</source>
            <translation>Onder deze naam is niemand vastgelegd. Er wordt gezocht op de naam precies zoals vastgelegd (hoofdletters en accenten tellen niet): zoek in de zakenlijst naar andere schrijfwijzen.</translation>
        </message>
        <message>
            <source>Working</source>
            <translation>Bezig</translation>
        </message>
        <message>
            <source>full name as stored in the case</source>
            <translation>volledige naam zoals vastgelegd in de zaak</translation>
        </message>
    </context>
    <context>
        <name>cases</name>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>%1 min</source>
            <translation>%1 min</translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n case(s) shown</source>
            <translation>
                <numerusform>%1 van %n zaak getoond</numerusform>
                <numerusform>%1 van %n zaken getoond</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n case(s)</source>
            <translation>
                <numerusform>%n zaak</numerusform>
                <numerusform>%n zaken</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n contact(s), %1 hours in total</source>
            <translation>
                <numerusform>%n contact, %1 uur in totaal</numerusform>
                <numerusform>%n contacten, %1 uur in totaal</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n follow-up(s) due today</source>
            <translation>
                <numerusform>%n vervolgactie voor vandaag</numerusform>
                <numerusform>%n vervolgacties voor vandaag</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n follow-up(s) overdue</source>
            <translation>
                <numerusform>%n vervolgactie te laat</numerusform>
                <numerusform>%n vervolgacties te laat</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Amount</source>
            <translation>Bedr&amp;ag</translation>
        </message>
        <message>
            <source>&amp;Case</source>
            <translation>&amp;Zaak</translation>
        </message>
        <message>
            <source>&amp;Date</source>
            <translation>&amp;Datum</translation>
        </message>
        <message>
            <source>&amp;Document for signature…</source>
            <translation>&amp;Document voor ondertekening…</translation>
        </message>
        <message>
            <source>&amp;Due</source>
            <translation>&amp;Uiterlijk</translation>
        </message>
        <message>
            <source>&amp;Follow-ups and steps</source>
            <translation>&amp;Vervolg en stappen</translation>
        </message>
        <message>
            <source>&amp;Hours</source>
            <translation>&amp;Uren</translation>
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation>&amp;Soort</translation>
        </message>
        <message>
            <source>&amp;Mode</source>
            <translation>&amp;Vorm</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>&amp;Naam</translation>
        </message>
        <message>
            <source>&amp;No follow-up</source>
            <translation>&amp;Geen vervolg</translation>
        </message>
        <message>
            <source>&amp;Notes</source>
            <translation>&amp;Notities</translation>
        </message>
        <message>
            <source>&amp;Organisation</source>
            <translation>&amp;Organisatie</translation>
        </message>
        <message>
            <source>&amp;Role</source>
            <translation>&amp;Rol</translation>
        </message>
        <message>
            <source>&amp;Summary</source>
            <translation>&amp;Samenvatting</translation>
        </message>
        <message>
            <source>&amp;Text</source>
            <translation>&amp;Tekst</translation>
        </message>
        <message>
            <source>&amp;What</source>
            <translation>&amp;Wat</translation>
        </message>
        <message>
            <source>&amp;With whom</source>
            <translation>&amp;Met wie</translation>
        </message>
        <message>
            <source>&amp;Year</source>
            <translation>&amp;Jaar</translation>
        </message>
        <message>
            <source>(Agenda: Ctrl+2)</source>
            <translation>(Agenda: Ctrl+2)</translation>
        </message>
        <message>
            <source>(ignore this column)</source>
            <translation>(kolom negeren)</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(geen)</translation>
        </message>
        <message>
            <source>(not recorded)</source>
            <translation>(niet vastgelegd)</translation>
        </message>
        <message>
            <source>(purged)</source>
            <translation>(geschoond)</translation>
        </message>
        <message>
            <source>A signal needs a text.</source>
            <translation>Een signaal heeft een tekst nodig.</translation>
        </message>
        <message>
            <source>AVG requests</source>
            <translation>AVG-verzoeken</translation>
        </message>
        <message>
            <source>Activities</source>
            <translation>Activiteiten</translation>
        </message>
        <message>
            <source>Add an organisation first (in the settings).</source>
            <translation>Voeg eerst een organisatie toe (in de instellingen).</translation>
        </message>
        <message>
            <source>Add consent to share</source>
            <translation>Toestemming om te delen toevoegen</translation>
        </message>
        <message>
            <source>Add follow-up</source>
            <translation>Actie toevoegen</translation>
        </message>
        <message>
            <source>Add follow-up…</source>
            <translation>Actie toevoegen…</translation>
        </message>
        <message>
            <source>Add formal step</source>
            <translation>Formele stap toevoegen</translation>
        </message>
        <message>
            <source>Add person</source>
            <translation>Betrokkene toevoegen</translation>
        </message>
        <message>
            <source>Add step</source>
            <translation>Stap toevoegen</translation>
        </message>
        <message>
            <source>Agenda</source>
            <translation>Agenda</translation>
        </message>
        <message>
            <source>All cases</source>
            <translation>Alle zaken</translation>
        </message>
        <message>
            <source>All categories</source>
            <translation>Alle categorieën</translation>
        </message>
        <message>
            <source>All organisations</source>
            <translation>Alle organisaties</translation>
        </message>
        <message>
            <source>All years</source>
            <translation>Alle jaren</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Bedrag</translation>
        </message>
        <message>
            <source>Amount in euros</source>
            <translation>Bedrag in euro</translation>
        </message>
        <message>
            <source>Answered</source>
            <translation>Beantwoord</translation>
        </message>
        <message>
            <source>Answered today</source>
            <translation>Vandaag beantwoord</translation>
        </message>
        <message>
            <source>C&amp;ategories</source>
            <translation>&amp;Categorieën</translation>
        </message>
        <message>
            <source>C&amp;ontacts</source>
            <translation>C&amp;ontacten</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuleren</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>Zaak</translation>
        </message>
        <message>
            <source>Case %1 deleted.</source>
            <translation>Zaak %1 is verwijderd.</translation>
        </message>
        <message>
            <source>Case (optional)</source>
            <translation>Zaak (optioneel)</translation>
        </message>
        <message>
            <source>Case reference</source>
            <translation>Kenmerk van de zaak</translation>
        </message>
        <message>
            <source>Case summary</source>
            <translation>Samenvatting van de zaak</translation>
        </message>
        <message>
            <source>Cases</source>
            <translation>Zaken</translation>
        </message>
        <message>
            <source>Categories</source>
            <translation>Categorieën</translation>
        </message>
        <message>
            <source>Choose a case in the list, or create one with Ctrl+Shift+N.</source>
            <translation>Kies een zaak in de lijst, of maak een nieuwe met Ctrl+Shift+N.</translation>
        </message>
        <message>
            <source>Choose at least one category.</source>
            <translation>Kies minstens één categorie.</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Gesloten</translation>
        </message>
        <message>
            <source>Closed on</source>
            <translation>Gesloten op</translation>
        </message>
        <message>
            <source>Confidentiality and retention</source>
            <translation>Geheimhouding en bewaren</translation>
        </message>
        <message>
            <source>Confidentiality was broken</source>
            <translation>Geheimhouding doorbroken</translation>
        </message>
        <message>
            <source>Confidentiality was broken (legal duty or conflict of duties)</source>
            <translation>Geheimhouding doorbroken (wettelijke plicht of conflict van plichten)</translation>
        </message>
        <message>
            <source>Consent</source>
            <translation>Toestemming</translation>
        </message>
        <message>
            <source>Consent to handover</source>
            <translation>Toestemming voor overdracht</translation>
        </message>
        <message>
            <source>Consent to handover to a successor</source>
            <translation>Toestemming voor overdracht aan een opvolger</translation>
        </message>
        <message>
            <source>Consent to registration</source>
            <translation>Toestemming voor registratie</translation>
        </message>
        <message>
            <source>Consent to registration of personal details</source>
            <translation>Toestemming voor registratie van persoonsgegevens</translation>
        </message>
        <message>
            <source>Consents to share</source>
            <translation>Toestemmingen om te delen</translation>
        </message>
        <message>
            <source>Contact mode</source>
            <translation>Contactvorm</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Contacten</translation>
        </message>
        <message>
            <source>Contacts timeline</source>
            <translation>Tijdlijn van contacten</translation>
        </message>
        <message>
            <source>Copy notes (Ctrl+C)</source>
            <translation>Notities kopiëren (Ctrl+C)</translation>
        </message>
        <message>
            <source>Copy notes of the contact</source>
            <translation>Notities van het contact kopiëren</translation>
        </message>
        <message>
            <source>Create (Ctrl+Enter)</source>
            <translation>Aanmaken (Ctrl+Enter)</translation>
        </message>
        <message>
            <source>Create a case first (Ctrl+Shift+N).</source>
            <translation>Maak eerst een zaak aan (Ctrl+Shift+N).</translation>
        </message>
        <message>
            <source>D&amp;escription</source>
            <translation>&amp;Beschrijving</translation>
        </message>
        <message>
            <source>D&amp;uration</source>
            <translation>D&amp;uur</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Date closed</source>
            <translation>Datum afgesloten</translation>
        </message>
        <message>
            <source>Date confidentiality was broken</source>
            <translation>Datum waarop de geheimhouding is doorbroken</translation>
        </message>
        <message>
            <source>Date of consent to handover</source>
            <translation>Datum van toestemming voor overdracht</translation>
        </message>
        <message>
            <source>Date of consent to registration</source>
            <translation>Datum van toestemming voor registratie</translation>
        </message>
        <message>
            <source>Date of consent to share</source>
            <translation>Datum van toestemming om te delen</translation>
        </message>
        <message>
            <source>Date of the conversation</source>
            <translation>Datum van het gesprek</translation>
        </message>
        <message>
            <source>Date of the formal step</source>
            <translation>Datum van de formele stap</translation>
        </message>
        <message>
            <source>Date of the intervention document</source>
            <translation>Datum van het document over de interventie</translation>
        </message>
        <message>
            <source>Date opened</source>
            <translation>Datum geopend</translation>
        </message>
        <message>
            <source>Date the AVG request was received</source>
            <translation>Datum waarop het AVG-verzoek binnenkwam</translation>
        </message>
        <message>
            <source>De&amp;partment</source>
            <translation>Af&amp;deling</translation>
        </message>
        <message>
            <source>Delete (Del)</source>
            <translation>Verwijderen (Del)</translation>
        </message>
        <message>
            <source>Delete activity</source>
            <translation>Activiteit verwijderen</translation>
        </message>
        <message>
            <source>Delete activity…</source>
            <translation>Activiteit verwijderen…</translation>
        </message>
        <message>
            <source>Delete case</source>
            <translation>Zaak verwijderen</translation>
        </message>
        <message>
            <source>Delete case %1 with all its contacts, follow-ups and notes?
You can undo this until the notebook is locked or closed.</source>
            <translation>Zaak %1 verwijderen, met alle contacten, acties en notities?
U kunt dit ongedaan maken tot het notitieboek wordt vergrendeld of gesloten.</translation>
        </message>
        <message>
            <source>Delete case…</source>
            <translation>Zaak verwijderen…</translation>
        </message>
        <message>
            <source>Delete contact</source>
            <translation>Contact verwijderen</translation>
        </message>
        <message>
            <source>Delete expense</source>
            <translation>Onkosten verwijderen</translation>
        </message>
        <message>
            <source>Delete expense…</source>
            <translation>Onkosten verwijderen…</translation>
        </message>
        <message>
            <source>Delete follow-up</source>
            <translation>Actie verwijderen</translation>
        </message>
        <message>
            <source>Delete signal</source>
            <translation>Signaal verwijderen</translation>
        </message>
        <message>
            <source>Delete signal…</source>
            <translation>Signaal verwijderen…</translation>
        </message>
        <message>
            <source>Delete the contact of %1?</source>
            <translation>Het contact van %1 verwijderen?</translation>
        </message>
        <message>
            <source>Delete this activity?</source>
            <translation>Deze activiteit verwijderen?</translation>
        </message>
        <message>
            <source>Delete this expense of %1?</source>
            <translation>Deze onkosten van %1 verwijderen?</translation>
        </message>
        <message>
            <source>Delete this follow-up?</source>
            <translation>Deze actie verwijderen?</translation>
        </message>
        <message>
            <source>Delete this signal?</source>
            <translation>Dit signaal verwijderen?</translation>
        </message>
        <message>
            <source>Department</source>
            <translation>Afdeling</translation>
        </message>
        <message>
            <source>Department of the melder</source>
            <translation>Afdeling van de melder</translation>
        </message>
        <message>
            <source>Department of the person concerned</source>
            <translation>Afdeling van de betrokkene</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Beschrijving</translation>
        </message>
        <message>
            <source>Descriptions of expenses are erased with the retention policy and never appear in the statement of hours and expenses (Report &gt; Hours and expenses statement).</source>
            <translation>Beschrijvingen van onkosten worden gewist volgens de bewaartermijn en staan nooit op de urenverantwoording (Verslag &gt; Urenoverzicht en kosten).</translation>
        </message>
        <message>
            <source>Discard what you typed?</source>
            <translation>Wat u typte weggooien?</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Gedaan</translation>
        </message>
        <message>
            <source>Done on %1</source>
            <translation>Gedaan op %1</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Uiterlijk</translation>
        </message>
        <message>
            <source>Due date</source>
            <translation>Uiterste datum</translation>
        </message>
        <message>
            <source>Duration in minutes</source>
            <translation>Duur in minuten</translation>
        </message>
        <message>
            <source>Duties that can override confidentiality</source>
            <translation>Plichten die de geheimhouding kunnen doorbreken</translation>
        </message>
        <message>
            <source>Duties that can override your confidentiality may apply to this case: the meldcode huiselijk geweld en kindermishandeling, and the school board's duty to report and to file charges when a staff member is suspected of a sexual offence against a minor pupil (after consulting the vertrouwensinspecteur). This is information, not legal advice. See the guide, chapter "%1".</source>
            <translation>Bij deze zaak kunnen plichten gelden die uw geheimhouding doorbreken: de meldcode huiselijk geweld en kindermishandeling, en de meld- en aangifteplicht van het schoolbestuur als een personeelslid wordt verdacht van een zedendelict tegen een minderjarige leerling (na overleg met de vertrouwensinspecteur). Dit is informatie, geen juridisch advies. Zie de handleiding, hoofdstuk "%1".</translation>
        </message>
        <message>
            <source>Edit activity</source>
            <translation>Activiteit wijzigen</translation>
        </message>
        <message>
            <source>Edit activity…</source>
            <translation>Activiteit wijzigen…</translation>
        </message>
        <message>
            <source>Edit contact</source>
            <translation>Contact wijzigen</translation>
        </message>
        <message>
            <source>Edit expense</source>
            <translation>Onkosten wijzigen</translation>
        </message>
        <message>
            <source>Edit expense…</source>
            <translation>Onkosten wijzigen…</translation>
        </message>
        <message>
            <source>Edit follow-up</source>
            <translation>Actie wijzigen</translation>
        </message>
        <message>
            <source>Edit signal</source>
            <translation>Signaal wijzigen</translation>
        </message>
        <message>
            <source>Edit signal…</source>
            <translation>Signaal wijzigen…</translation>
        </message>
        <message>
            <source>Edit… (Enter)</source>
            <translation>Wijzigen… (Enter)</translation>
        </message>
        <message>
            <source>Edit… (F2)</source>
            <translation>Wijzigen… (F2)</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Erased with the retention policy; never on the statement</source>
            <translation>Wordt gewist volgens de bewaartermijn; staat nooit op de urenverantwoording</translation>
        </message>
        <message>
            <source>Expenses</source>
            <translation>Onkosten</translation>
        </message>
        <message>
            <source>Filter by category</source>
            <translation>Filter op categorie</translation>
        </message>
        <message>
            <source>Filter by organisation</source>
            <translation>Filter op organisatie</translation>
        </message>
        <message>
            <source>Filter by status</source>
            <translation>Filter op status</translation>
        </message>
        <message>
            <source>Filter by year</source>
            <translation>Filter op jaar</translation>
        </message>
        <message>
            <source>First conversation</source>
            <translation>Eerste gesprek</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Vervolg</translation>
        </message>
        <message>
            <source>Follow-up on %1</source>
            <translation>Vervolg op %1</translation>
        </message>
        <message>
            <source>Follow-up on date</source>
            <translation>Vervolg op datum</translation>
        </message>
        <message>
            <source>Follow-up: what to do</source>
            <translation>Vervolg: wat te doen</translation>
        </message>
        <message>
            <source>Follow-ups</source>
            <translation>Acties</translation>
        </message>
        <message>
            <source>Follow-ups added for the Wbk deadlines:</source>
            <translation>Acties toegevoegd voor de Wbk-termijnen:</translation>
        </message>
        <message>
            <source>Follow-ups created</source>
            <translation>Aangemaakte acties</translation>
        </message>
        <message>
            <source>Follow-ups of all cases</source>
            <translation>Acties van alle zaken</translation>
        </message>
        <message>
            <source>For example: pending complaint, court case</source>
            <translation>Bijvoorbeeld: lopende klacht, rechtszaak</translation>
        </message>
        <message>
            <source>Formal step</source>
            <translation>Formele stap</translation>
        </message>
        <message>
            <source>Formal steps</source>
            <translation>Formele stappen</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>Gender</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>Uren</translation>
        </message>
        <message>
            <source>In &amp;1 week</source>
            <translation>Over &amp;1 week</translation>
        </message>
        <message>
            <source>In &amp;2 weeks</source>
            <translation>Over &amp;2 weken</translation>
        </message>
        <message>
            <source>In 1 &amp;month</source>
            <translation>Over 1 &amp;maand</translation>
        </message>
        <message>
            <source>Informal psychosocial intervention</source>
            <translation>Informele psychosociale interventie</translation>
        </message>
        <message>
            <source>Justification</source>
            <translation>Verantwoording</translation>
        </message>
        <message>
            <source>Keep this case beyond the retention period</source>
            <translation>Deze zaak langer bewaren dan de bewaartermijn</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Soort</translation>
        </message>
        <message>
            <source>Kind (advice, report, signal)</source>
            <translation>Soort (advies, melding, signaal)</translation>
        </message>
        <message>
            <source>Kind of AVG request</source>
            <translation>Soort AVG-verzoek</translation>
        </message>
        <message>
            <source>Kind of activity</source>
            <translation>Soort activiteit</translation>
        </message>
        <message>
            <source>Kind of expense</source>
            <translation>Soort onkosten</translation>
        </message>
        <message>
            <source>Last change</source>
            <translation>Laatste wijziging</translation>
        </message>
        <message>
            <source>Last contact</source>
            <translation>Laatste contact</translation>
        </message>
        <message>
            <source>Later</source>
            <translation>Later</translation>
        </message>
        <message>
            <source>Legal deadline (Wet bescherming klokkenluiders)</source>
            <translation>Wettelijke termijn (Wet bescherming klokkenluiders)</translation>
        </message>
        <message>
            <source>Loading cases…</source>
            <translation>Zaken laden…</translation>
        </message>
        <message>
            <source>Mark AVG request answered</source>
            <translation>AVG-verzoek als beantwoord markeren</translation>
        </message>
        <message>
            <source>Mark done (Space)</source>
            <translation>Gedaan (Spatie)</translation>
        </message>
        <message>
            <source>Mark follow-up done</source>
            <translation>Actie als gedaan markeren</translation>
        </message>
        <message>
            <source>Marked done.</source>
            <translation>Als gedaan gemarkeerd.</translation>
        </message>
        <message>
            <source>Marked done: %1</source>
            <translation>Als gedaan gemarkeerd: %1</translation>
        </message>
        <message>
            <source>Melder</source>
            <translation>Melder</translation>
        </message>
        <message>
            <source>Melder: department</source>
            <translation>Melder: afdeling</translation>
        </message>
        <message>
            <source>Melder: e-mail</source>
            <translation>Melder: e-mail</translation>
        </message>
        <message>
            <source>Melder: gender</source>
            <translation>Melder: gender</translation>
        </message>
        <message>
            <source>Melder: name</source>
            <translation>Melder: naam</translation>
        </message>
        <message>
            <source>Melder: phone</source>
            <translation>Melder: telefoon</translation>
        </message>
        <message>
            <source>Melder: position</source>
            <translation>Melder: positie</translation>
        </message>
        <message>
            <source>Melder: role</source>
            <translation>Melder: functie of rol</translation>
        </message>
        <message>
            <source>Mode</source>
            <translation>Vorm</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Naam</translation>
        </message>
        <message>
            <source>Name of the melder</source>
            <translation>Naam van de melder</translation>
        </message>
        <message>
            <source>Name of the person concerned</source>
            <translation>Naam van de betrokkene</translation>
        </message>
        <message>
            <source>New activity</source>
            <translation>Nieuwe activiteit</translation>
        </message>
        <message>
            <source>New activity…</source>
            <translation>Nieuwe activiteit…</translation>
        </message>
        <message>
            <source>New case</source>
            <translation>Nieuwe zaak</translation>
        </message>
        <message>
            <source>New case…</source>
            <translation>Nieuwe zaak…</translation>
        </message>
        <message>
            <source>New contact</source>
            <translation>Nieuw contact</translation>
        </message>
        <message>
            <source>New contact (Ctrl+N)</source>
            <translation>Nieuw contact (Ctrl+N)</translation>
        </message>
        <message>
            <source>New contact…</source>
            <translation>Nieuw contact…</translation>
        </message>
        <message>
            <source>New expense</source>
            <translation>Nieuwe onkosten</translation>
        </message>
        <message>
            <source>New expense…</source>
            <translation>Nieuwe onkosten…</translation>
        </message>
        <message>
            <source>New follow-up</source>
            <translation>Nieuwe actie</translation>
        </message>
        <message>
            <source>New signal</source>
            <translation>Nieuw signaal</translation>
        </message>
        <message>
            <source>New signal…</source>
            <translation>Nieuw signaal…</translation>
        </message>
        <message>
            <source>New… (Ctrl+Shift+A)</source>
            <translation>Nieuw… (Ctrl+Shift+A)</translation>
        </message>
        <message>
            <source>New… (Ctrl+Shift+K)</source>
            <translation>Nieuw… (Ctrl+Shift+K)</translation>
        </message>
        <message>
            <source>New… (Ctrl+Shift+S)</source>
            <translation>Nieuw… (Ctrl+Shift+S)</translation>
        </message>
        <message>
            <source>Next follow-up</source>
            <translation>Volgende actie</translation>
        </message>
        <message>
            <source>No case</source>
            <translation>Geen zaak</translation>
        </message>
        <message>
            <source>No consent to registration</source>
            <translation>Geen toestemming voor registratie</translation>
        </message>
        <message>
            <source>No consent to registration: only statistics are kept; identifying fields are locked.</source>
            <translation>Geen toestemming voor registratie: alleen statistische gegevens worden bewaard; herleidbare velden zijn vergrendeld.</translation>
        </message>
        <message>
            <source>No&amp;tes</source>
            <translation>No&amp;tities</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>Niet opgeslagen</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notities</translation>
        </message>
        <message>
            <source>Number of cases shown</source>
            <translation>Aantal getoonde zaken</translation>
        </message>
        <message>
            <source>Number of contacts</source>
            <translation>Aantal gesprekken</translation>
        </message>
        <message>
            <source>O&amp;utcome and records</source>
            <translation>&amp;Afronding en vastleggingen</translation>
        </message>
        <message>
            <source>On &amp;date:</source>
            <translation>Op d&amp;atum:</translation>
        </message>
        <message>
            <source>On hold</source>
            <translation>Langer bewaren</translation>
        </message>
        <message>
            <source>One line: what was it about?</source>
            <translation>Eén regel: waar ging het over?</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>Open case</source>
            <translation>Zaak openen</translation>
        </message>
        <message>
            <source>Open case (Enter)</source>
            <translation>Zaak openen (Enter)</translation>
        </message>
        <message>
            <source>Opened</source>
            <translation>Geopend</translation>
        </message>
        <message>
            <source>Optional; otherwise the summary</source>
            <translation>Optioneel; anders de samenvatting</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisatie</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Uitkomst</translation>
        </message>
        <message>
            <source>Outcomes</source>
            <translation>Uitkomsten</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Te laat</translation>
        </message>
        <message>
            <source>Parts of the case</source>
            <translation>Onderdelen van de zaak</translation>
        </message>
        <message>
            <source>Person concerned: department</source>
            <translation>Betrokkene: afdeling</translation>
        </message>
        <message>
            <source>Person concerned: name</source>
            <translation>Betrokkene: naam</translation>
        </message>
        <message>
            <source>Person concerned: relation</source>
            <translation>Betrokkene: relatie tot melder</translation>
        </message>
        <message>
            <source>Persons concerned</source>
            <translation>Betrokkenen</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefoon</translation>
        </message>
        <message>
            <source>Pos&amp;ition</source>
            <translation>Pos&amp;itie</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Positie</translation>
        </message>
        <message>
            <source>Position of the melder</source>
            <translation>Positie van de melder</translation>
        </message>
        <message>
            <source>Preventive activities</source>
            <translation>Preventieve activiteiten</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Reden</translation>
        </message>
        <message>
            <source>Reason for the retention hold</source>
            <translation>Reden om langer te bewaren</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Ontvangen</translation>
        </message>
        <message>
            <source>Record AVG request</source>
            <translation>AVG-verzoek vastleggen</translation>
        </message>
        <message>
            <source>Record a &amp;breach of confidentiality…</source>
            <translation>&amp;Doorbreking van geheimhouding vastleggen…</translation>
        </message>
        <message>
            <source>Record a breach of confidentiality</source>
            <translation>Doorbreking van geheimhouding vastleggen</translation>
        </message>
        <message>
            <source>Record request</source>
            <translation>Verzoek vastleggen</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>Kenmerk</translation>
        </message>
        <message>
            <source>Referrals</source>
            <translation>Verwijzingen</translation>
        </message>
        <message>
            <source>Referrals and outcome</source>
            <translation>Verwijzingen en uitkomst</translation>
        </message>
        <message>
            <source>Referred to</source>
            <translation>Verwezen naar</translation>
        </message>
        <message>
            <source>Relation</source>
            <translation>Relatie</translation>
        </message>
        <message>
            <source>Relation to the melder</source>
            <translation>Relatie tot de melder</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Verwijderen</translation>
        </message>
        <message>
            <source>Remove consent to share</source>
            <translation>Toestemming om te delen verwijderen</translation>
        </message>
        <message>
            <source>Remove formal step</source>
            <translation>Formele stap verwijderen</translation>
        </message>
        <message>
            <source>Remove person concerned</source>
            <translation>Betrokkene verwijderen</translation>
        </message>
        <message>
            <source>Remove this formal step? Its follow-ups stay; delete them separately if needed.</source>
            <translation>Deze formele stap verwijderen? De bijbehorende acties blijven staan; verwijder die zo nodig apart.</translation>
        </message>
        <message>
            <source>Request</source>
            <translation>Verzoek</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Resultaat</translation>
        </message>
        <message>
            <source>Retention hold</source>
            <translation>Langer bewaren</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rol</translation>
        </message>
        <message>
            <source>Role of the melder</source>
            <translation>Rol van de melder</translation>
        </message>
        <message>
            <source>Save (Ctrl+Enter)</source>
            <translation>Opslaan (Ctrl+Enter)</translation>
        </message>
        <message>
            <source>Save the intervention document</source>
            <translation>Document over de interventie opslaan</translation>
        </message>
        <message>
            <source>Search cases</source>
            <translation>Zaken zoeken</translation>
        </message>
        <message>
            <source>Search names, notes, references… (Ctrl+F)</source>
            <translation>Zoek in namen, notities, kenmerken… (Ctrl+F)</translation>
        </message>
        <message>
            <source>Share with</source>
            <translation>Delen met</translation>
        </message>
        <message>
            <source>Shared with</source>
            <translation>Gedeeld met</translation>
        </message>
        <message>
            <source>Signal text</source>
            <translation>Tekst van het signaal</translation>
        </message>
        <message>
            <source>Signals</source>
            <translation>Signalen</translation>
        </message>
        <message>
            <source>Signals for the annual report</source>
            <translation>Signalen voor het jaarverslag</translation>
        </message>
        <message>
            <source>Space ticks the selected follow-up done.</source>
            <translation>Spatie vinkt de gekozen actie af als gedaan.</translation>
        </message>
        <message>
            <source>Space: mark done · Enter: open the case</source>
            <translation>Spatie: gedaan · Enter: zaak openen</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>Stap</translation>
        </message>
        <message>
            <source>Su&amp;bject</source>
            <translation>Onder&amp;werp</translation>
        </message>
        <message>
            <source>Subject</source>
            <translation>Onderwerp</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Samenvatting</translation>
        </message>
        <message>
            <source>The melder consents to registration of personal details</source>
            <translation>De melder geeft toestemming voor registratie van persoonsgegevens</translation>
        </message>
        <message>
            <source>The type the verzoeker chose and the date of the dated and signed document that records it. The verzoeker receives a copy.</source>
            <translation>Het soort interventie dat de verzoeker koos en de datum van het gedateerde en ondertekende document dat haar vastlegt. De verzoeker ontvangt een kopie.</translation>
        </message>
        <message>
            <source>These texts go into the annual report as you write them, after a screening for names and other details that could identify a person.</source>
            <translation>Deze teksten komen zoals u ze schrijft in het jaarverslag, na een screening op namen en andere gegevens die naar een persoon herleidbaar kunnen zijn.</translation>
        </message>
        <message>
            <source>This case has no consent to registration: summary and notes are not kept.</source>
            <translation>Voor deze zaak is er geen toestemming voor registratie: samenvatting en notities worden niet bewaard.</translation>
        </message>
        <message>
            <source>This week</source>
            <translation>Deze week</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Vandaag</translation>
        </message>
        <message>
            <source>Total amount</source>
            <translation>Totaalbedrag</translation>
        </message>
        <message>
            <source>Total hours</source>
            <translation>Totaal aantal uren</translation>
        </message>
        <message>
            <source>Total time (minutes)</source>
            <translation>Totale tijd (minuten)</translation>
        </message>
        <message>
            <source>Total: %1 (number of expenses: %2)</source>
            <translation>Totaal: %1 (aantal posten: %2)</translation>
        </message>
        <message numerus="yes">
            <source>Total: %1 hours in %n activity(ies)</source>
            <translation>
                <numerusform>Totaal: %1 uur in %n activiteit</numerusform>
                <numerusform>Totaal: %1 uur in %n activiteiten</numerusform>
            </translation>
        </message>
        <message>
            <source>Type of informal intervention</source>
            <translation>Soort informele interventie</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Ongedaan maken</translation>
        </message>
        <message>
            <source>Undo (Ctrl+Z)</source>
            <translation>Ongedaan maken (Ctrl+Z)</translation>
        </message>
        <message>
            <source>Undo delete</source>
            <translation>Verwijderen ongedaan maken</translation>
        </message>
        <message>
            <source>Undo mark done</source>
            <translation>Gedaan ongedaan maken</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Wat</translation>
        </message>
        <message>
            <source>What to do</source>
            <translation>Wat te doen</translation>
        </message>
        <message>
            <source>What to do (for example: call back)</source>
            <translation>Wat te doen (bijvoorbeeld: terugbellen)</translation>
        </message>
        <message>
            <source>Why was confidentiality broken, and towards whom?</source>
            <translation>Waarom is de geheimhouding doorbroken, en tegenover wie?</translation>
        </message>
        <message>
            <source>With whom</source>
            <translation>Met wie</translation>
        </message>
        <message>
            <source>Without consent to registration only statistics may be kept.

Erase the names, contact details, department, gender, contact summaries and notes, follow-up texts and records of this case now? This cannot be undone.</source>
            <translation>Zonder toestemming voor registratie mogen alleen statistische gegevens worden bewaard.

Nu de namen, contactgegevens, afdeling, gender, samenvattingen en notities van contacten, actieteksten en vastleggingen van deze zaak wissen? Dit kan niet ongedaan worden gemaakt.</translation>
        </message>
        <message>
            <source>Word document (*.docx)</source>
            <translation>Word-document (*.docx)</translation>
        </message>
        <message>
            <source>Write the intervention document for signature</source>
            <translation>Het document over de interventie maken om te ondertekenen</translation>
        </message>
        <message>
            <source>Write without names, departments below the minimum size, or dates with a day: the text is screened before it goes into the annual report.</source>
            <translation>Schrijf zonder namen, kleine afdelingen of datums met een dag: de tekst wordt gescreend voordat hij in het jaarverslag komt.</translation>
        </message>
        <message>
            <source>Written. Have it dated and signed; the verzoeker receives a copy.</source>
            <translation>Geschreven. Laat het dateren en ondertekenen; de verzoeker ontvangt een kopie.</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Jaar</translation>
        </message>
        <message>
            <source>You have typed in this window. Close it and throw that away?</source>
            <translation>U hebt in dit venster getypt. Sluiten en dat weggooien?</translation>
        </message>
        <message>
            <source>closed</source>
            <translation>gesloten</translation>
        </message>
        <message>
            <source>done on %1</source>
            <translation>gedaan op %1</translation>
        </message>
        <message>
            <source>on hold</source>
            <translation>langer bewaren</translation>
        </message>
        <message>
            <source>open</source>
            <translation>open</translation>
        </message>
        <message>
            <source>purged</source>
            <translation>geschoond</translation>
        </message>
    </context>
    <context>
        <name>vocabulary</name>
        <message>
            <source>Access</source>
            <translation>Inzage</translation>
        </message>
        <message>
            <source>Accompanied conversation</source>
            <translation>Begeleid gesprek</translation>
        </message>
        <message>
            <source>Accused</source>
            <translation>Beschuldigde</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Actie</translation>
        </message>
        <message>
            <source>Advice</source>
            <translation>Advies</translation>
        </message>
        <message>
            <source>Advice to employer</source>
            <translation>Advies aan werkgever</translation>
        </message>
        <message>
            <source>Affected person</source>
            <translation>Zelf betrokken</translation>
        </message>
        <message>
            <source>Aggression and violence</source>
            <translation>Agressie en geweld</translation>
        </message>
        <message>
            <source>Applicant</source>
            <translation>Sollicitant</translation>
        </message>
        <message>
            <source>Bullying</source>
            <translation>Pesten</translation>
        </message>
        <message>
            <source>Bullying at work</source>
            <translation>Pesterijen</translation>
        </message>
        <message>
            <source>Colleague</source>
            <translation>Collega</translation>
        </message>
        <message>
            <source>Company doctor</source>
            <translation>Bedrijfsarts</translation>
        </message>
        <message>
            <source>Complaints committee</source>
            <translation>Klachtencommissie</translation>
        </message>
        <message>
            <source>Conciliation</source>
            <translation>Verzoening</translation>
        </message>
        <message>
            <source>Confidential inspector</source>
            <translation>Vertrouwensinspecteur</translation>
        </message>
        <message>
            <source>Conflict</source>
            <translation>Conflict</translation>
        </message>
        <message>
            <source>Conversation (reception, listening, advice)</source>
            <translation>Gesprek (onthaal, luisteren, advies)</translation>
        </message>
        <message>
            <source>Customer or client</source>
            <translation>Klant of cliënt</translation>
        </message>
        <message>
            <source>Discrimination</source>
            <translation>Discriminatie</translation>
        </message>
        <message>
            <source>Education</source>
            <translation>Scholing</translation>
        </message>
        <message>
            <source>Education (school)</source>
            <translation>Onderwijs</translation>
        </message>
        <message>
            <source>Education Inspectorate</source>
            <translation>Inspectie van het Onderwijs</translation>
        </message>
        <message>
            <source>Educational matters</source>
            <translation>Onderwijskundige zaken</translation>
        </message>
        <message>
            <source>Employee</source>
            <translation>Medewerker</translation>
        </message>
        <message>
            <source>Erasure</source>
            <translation>Verwijdering</translation>
        </message>
        <message>
            <source>External</source>
            <translation>Extern</translation>
        </message>
        <message>
            <source>External report</source>
            <translation>Externe melding</translation>
        </message>
        <message>
            <source>Federal Ombudsman (whistleblowers)</source>
            <translation>Federale Ombudsman (klokkenluiders)</translation>
        </message>
        <message>
            <source>Fellow pupil or student</source>
            <translation>Medeleerling of medestudent</translation>
        </message>
        <message>
            <source>Female</source>
            <translation>Vrouw</translation>
        </message>
        <message>
            <source>Flanders (Well-being at Work Act)</source>
            <translation>Vlaanderen (Welzijnswet)</translation>
        </message>
        <message>
            <source>Formal complaint</source>
            <translation>Formele klacht</translation>
        </message>
        <message>
            <source>Formal step taken</source>
            <translation>Formele stap gezet</translation>
        </message>
        <message>
            <source>Former employee</source>
            <translation>Oud-medewerker</translation>
        </message>
        <message>
            <source>GDPR request</source>
            <translation>AVG-verzoek</translation>
        </message>
        <message>
            <source>GP or psychologist</source>
            <translation>Huisarts of psycholoog</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>Groep</translation>
        </message>
        <message>
            <source>HR</source>
            <translation>HR</translation>
        </message>
        <message>
            <source>Harassment</source>
            <translation>Intimidatie</translation>
        </message>
        <message>
            <source>Heard and advised</source>
            <translation>Gehoord en geadviseerd</translation>
        </message>
        <message>
            <source>Home situation, domestic violence, child abuse</source>
            <translation>Thuissituatie, huiselijk geweld, kindermishandeling</translation>
        </message>
        <message>
            <source>Human Rights Institute</source>
            <translation>College voor de Rechten van de Mens</translation>
        </message>
        <message>
            <source>In person</source>
            <translation>Persoonlijk</translation>
        </message>
        <message>
            <source>In writing</source>
            <translation>Schriftelijk</translation>
        </message>
        <message>
            <source>Information session</source>
            <translation>Voorlichting</translation>
        </message>
        <message>
            <source>Integrity</source>
            <translation>Integriteit</translation>
        </message>
        <message>
            <source>Integrity officer</source>
            <translation>Integriteitsfunctionaris</translation>
        </message>
        <message>
            <source>Intern</source>
            <translation>Stagiair</translation>
        </message>
        <message>
            <source>Intervention with another person</source>
            <translation>Interventie bij een andere persoon</translation>
        </message>
        <message>
            <source>Labour Inspectorate</source>
            <translation>Nederlandse Arbeidsinspectie</translation>
        </message>
        <message>
            <source>Left the organisation</source>
            <translation>Vertrokken</translation>
        </message>
        <message>
            <source>Legal advice</source>
            <translation>Juridisch advies</translation>
        </message>
        <message>
            <source>Male</source>
            <translation>Man</translation>
        </message>
        <message>
            <source>Manager</source>
            <translation>Leidinggevende</translation>
        </message>
        <message>
            <source>Mediation started</source>
            <translation>Mediation ingezet</translation>
        </message>
        <message>
            <source>Mediator</source>
            <translation>Mediator</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Overleg</translation>
        </message>
        <message>
            <source>Member of the hierarchical line</source>
            <translation>Lid van de hiërarchische lijn</translation>
        </message>
        <message>
            <source>Network</source>
            <translation>Netwerk</translation>
        </message>
        <message>
            <source>On behalf of another</source>
            <translation>Namens een ander</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Overig</translation>
        </message>
        <message>
            <source>Other psychosocial risks</source>
            <translation>Andere psychosociale risico's</translation>
        </message>
        <message>
            <source>Parent or carer</source>
            <translation>Ouder of verzorger</translation>
        </message>
        <message>
            <source>Parents and carers</source>
            <translation>Ouders en verzorgers</translation>
        </message>
        <message>
            <source>Peer review</source>
            <translation>Intervisie</translation>
        </message>
        <message>
            <source>Person concerned</source>
            <translation>Betrokkene</translation>
        </message>
        <message>
            <source>Police</source>
            <translation>Politie</translation>
        </message>
        <message>
            <source>Police report</source>
            <translation>Aangifte</translation>
        </message>
        <message>
            <source>Prevention adviser for psychosocial aspects</source>
            <translation>Preventieadviseur psychosociale aspecten</translation>
        </message>
        <message>
            <source>Pupil</source>
            <translation>Leerling</translation>
        </message>
        <message>
            <source>Pupils and students</source>
            <translation>Leerlingen en studenten</translation>
        </message>
        <message>
            <source>Referred</source>
            <translation>Doorverwezen</translation>
        </message>
        <message>
            <source>Report</source>
            <translation>Melding</translation>
        </message>
        <message>
            <source>Report of wrongdoing</source>
            <translation>Melding misstand</translation>
        </message>
        <message>
            <source>Reporter</source>
            <translation>Melder</translation>
        </message>
        <message>
            <source>Request for a formal psychosocial intervention</source>
            <translation>Verzoek tot formele psychosociale interventie</translation>
        </message>
        <message>
            <source>Resolved informally</source>
            <translation>Informeel opgelost</translation>
        </message>
        <message>
            <source>Room hire</source>
            <translation>Zaalhuur</translation>
        </message>
        <message>
            <source>School organisation</source>
            <translation>Schoolorganisatie</translation>
        </message>
        <message>
            <source>Sexual harassment</source>
            <translation>Seksuele intimidatie</translation>
        </message>
        <message>
            <source>Signal</source>
            <translation>Signaal</translation>
        </message>
        <message>
            <source>Social work</source>
            <translation>Maatschappelijk werk</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation>Personeel</translation>
        </message>
        <message>
            <source>Staff member</source>
            <translation>Personeelslid</translation>
        </message>
        <message>
            <source>Stopped</source>
            <translation>Gestopt</translation>
        </message>
        <message>
            <source>Stress and burn-out</source>
            <translation>Stress en burn-out</translation>
        </message>
        <message>
            <source>Student</source>
            <translation>Student</translation>
        </message>
        <message>
            <source>Subordinate</source>
            <translation>Ondergeschikte</translation>
        </message>
        <message>
            <source>Supervision</source>
            <translation>Supervisie</translation>
        </message>
        <message>
            <source>Supervision of Well-being at Work</source>
            <translation>Toezicht Welzijn op het Werk</translation>
        </message>
        <message>
            <source>Teacher or tutor</source>
            <translation>Leraar, docent of begeleider</translation>
        </message>
        <message>
            <source>Telephone</source>
            <translation>Telefoon</translation>
        </message>
        <message>
            <source>Temporary worker</source>
            <translation>Flexwerker</translation>
        </message>
        <message>
            <source>Threats</source>
            <translation>Bedreiging</translation>
        </message>
        <message>
            <source>Trade union</source>
            <translation>Vakbond</translation>
        </message>
        <message>
            <source>Training</source>
            <translation>Training</translation>
        </message>
        <message>
            <source>Travel</source>
            <translation>Reiskosten</translation>
        </message>
        <message>
            <source>Unia or Institute for the Equality of Women and Men</source>
            <translation>Unia of Instituut voor de gelijkheid van vrouwen en mannen</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>Onbekend</translation>
        </message>
        <message>
            <source>Unwanted sexual behaviour at work</source>
            <translation>Ongewenst seksueel gedrag op het werk</translation>
        </message>
        <message>
            <source>Veilig Thuis (domestic violence advice)</source>
            <translation>Veilig Thuis</translation>
        </message>
        <message>
            <source>Video</source>
            <translation>Video</translation>
        </message>
        <message>
            <source>Violence</source>
            <translation>Geweld</translation>
        </message>
        <message>
            <source>Volunteer</source>
            <translation>Vrijwilliger</translation>
        </message>
        <message>
            <source>Wbk: acknowledgement</source>
            <translation>Wbk: ontvangstbevestiging</translation>
        </message>
        <message>
            <source>Wbk: feedback</source>
            <translation>Wbk: terugkoppeling</translation>
        </message>
        <message>
            <source>Whistleblowers Authority</source>
            <translation>Huis voor Klokkenluiders</translation>
        </message>
        <message>
            <source>Witness</source>
            <translation>Getuige</translation>
        </message>
        <message>
            <source>Work (Dutch employer)</source>
            <translation>Werk (Nederlandse werkgever)</translation>
        </message>
        <message>
            <source>Work conflict</source>
            <translation>Arbeidsconflict</translation>
        </message>
        <message>
            <source>Worker</source>
            <translation>Werknemer</translation>
        </message>
        <message>
            <source>Workload</source>
            <translation>Werkdruk</translation>
        </message>
        <message>
            <source>X</source>
            <translation>X</translation>
        </message>
    </context>
</TS>
