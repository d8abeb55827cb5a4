<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL" sourcelanguage="en">
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
            <source>&amp;Repeat:</source>
            <translation>&amp;Herhaal:</translation>
        </message>
        <message>
            <source>A file with this name exists already; choose another name.</source>
            <translation>Er bestaat al een bestand met deze naam; kies een andere naam.</translation>
        </message>
        <message>
            <source>At least 12 characters; four or more unusual words work well.</source>
            <translation>Minstens 12 tekens; vier of meer ongebruikelijke woorden werken goed.</translation>
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
            <source>Passphrase strength</source>
            <translation>Sterkte van de wachtzin</translation>
        </message>
        <message>
            <source>Repeat the passphrase</source>
            <translation>Herhaal de wachtzin</translation>
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
        <name>MainWindow</name>
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
            <source>&lt;h3&gt;vpnotes %1&lt;/h3&gt;&lt;p&gt;An encrypted case notebook for the confidential counsellor (vertrouwenspersoon).&lt;/p&gt;&lt;p&gt;Everything stays in one encrypted file on this computer. vpnotes makes no network connections.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;vpnotes %1&lt;/h3&gt;&lt;p&gt;Een versleuteld notitieboek voor de vertrouwenspersoon.&lt;/p&gt;&lt;p&gt;Alles blijft in één versleuteld bestand op deze computer. vpnotes maakt geen netwerkverbindingen.&lt;/p&gt;</translation>
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
            <source>Every change is saved at once</source>
            <translation>Elke wijziging wordt direct bewaard</translation>
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
            <source>Import</source>
            <translation>Importeren</translation>
        </message>
        <message>
            <source>Imported: %1 cases, %2 activities, %3 signals.</source>
            <translation>Ingelezen: %1 zaken, %2 activiteiten, %3 signalen.</translation>
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
            <source>Main tool bar</source>
            <translation>Hoofdwerkbalk</translation>
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
        <name>PassphraseEdit</name>
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
            <translation>Getallen onder deze waarde worden getoond als "&lt; k", zodat niemand herkenbaar is. Wijzig dit alleen bewust.</translation>
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
            <source>Unlocking</source>
            <translation>Bezig met ontgrendelen</translation>
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
        <name>cases</name>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>%1 cases</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 contacts, %2 hours in total</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 of %2 cases shown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Case</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Due</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Follow-ups and steps</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Hours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Mode</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Organisation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Summary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;What</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;With whom</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(not recorded)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(purged)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A signal needs a text.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>AVG requests</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Activities</source>
            <translation>Activiteiten</translation>
        </message>
        <message>
            <source>Add an organisation first (in the settings).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add consent to share</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add follow-up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add follow-up…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add formal step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Agenda</source>
            <translation>Agenda</translation>
        </message>
        <message>
            <source>All cases</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All categories</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All organisations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All years</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Answered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Answered today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>C&amp;ategories</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>C&amp;ontacts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Case</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Case %1 deleted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Case reference</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Case summary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cases</source>
            <translation>Zaken</translation>
        </message>
        <message>
            <source>Categories</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a case in the list, or create one with Ctrl+Shift+N.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose at least one category.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Closed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Closed on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Confidentiality and retention</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Confidentiality was broken</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Confidentiality was broken (legal duty or conflict of duties)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Consent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Consent to handover</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Consent to handover to a successor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Consent to registration</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Consent to registration of personal details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Consents to share</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contacts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contacts timeline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy notes of the contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Create (Ctrl+Enter)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Create a case first (Ctrl+Shift+N).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>D&amp;escription</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>D&amp;uration</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Date confidentiality was broken</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Date of consent to handover</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Date of consent to registration</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Date of consent to share</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Date of the formal step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Date the AVG request was received</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete (Del)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete activity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete activity…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete case</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete case %1 with all its contacts, follow-ups and notes?
You can undo this until the notebook is locked or closed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete case…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete follow-up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete signal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete signal…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete the contact of %1?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete this activity?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete this follow-up?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete this signal?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Department</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Department of the person concerned</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Description</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Done on %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Due</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Due date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Duration in minutes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit activity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit activity…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit follow-up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit signal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit signal…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit… (F2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Email</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Filter by category</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Filter by organisation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Filter by status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Filter by year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Follow-ups</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Follow-ups added for the Wbk deadlines:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Follow-ups created</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Follow-ups of all cases</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>For example: pending complaint, court case</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Formal step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Formal steps</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Gender</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Justification</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep this case beyond the retention period</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kind of AVG request</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kind of activity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last change</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Later</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Legal deadline (Wet bescherming klokkenluiders)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mark AVG request answered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mark done (Space)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mark follow-up done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Marked done.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Marked done: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Melder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mode</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name of the melder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name of the person concerned</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New activity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New activity…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New case</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New case…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New contact (Ctrl+N)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New contact…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New follow-up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New signal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New signal…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New… (Ctrl+Shift+A)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New… (Ctrl+Shift+S)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next follow-up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No consent to registration</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No consent to registration: only statistics are kept; identifying fields are locked.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not saved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Number of cases shown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>O&amp;pened</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>O&amp;utcome and records</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>On hold</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>One line: what was it about?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open case</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open case (Enter)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Opened</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Organisation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Outcome</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Outcomes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Overdue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Parts of the case</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Persons concerned</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pos&amp;ition</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Position</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Position of the melder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Preventive activities</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reason</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reason for the retention hold</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Received</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Record AVG request</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Record request</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reference</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Referrals</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Referrals and outcome</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Referred to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Relation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Relation to the melder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove consent to share</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove formal step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove person concerned</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove this formal step? Its follow-ups stay; delete them separately if needed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Request</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Retention hold</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Role of the melder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save (Ctrl+Enter)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search cases</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search names, notes, references… (Ctrl+F)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Share with</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Shared with</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Signal text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Signals</source>
            <translation>Signalen</translation>
        </message>
        <message>
            <source>Signals for the annual report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Space: mark done · Enter: open the case</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Summary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The melder consents to registration of personal details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>These texts go into the annual report as you write them, after a screening for names and other details that could identify a person.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This case has no consent to registration: summary and notes are not kept.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This week</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Total hours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Total: %1 hours in %2 activities</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Undo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Undo (Ctrl+Z)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Undo delete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Undo mark done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What to do</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Why was confidentiality broken, and towards whom?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>With whom</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Without consent to registration only statistics may be kept.

Erase the names, contact details, department, gender, contact summaries and notes, follow-up texts and records of this case now? This cannot be undone.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Write without names, departments below the minimum size, or dates with a day: the text is screened before it goes into the annual report.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>closed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>done on %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>on hold</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>purged</source>
            <translation type="unfinished" />
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
            <source>Female</source>
            <translation>Vrouw</translation>
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
            <source>Resolved informally</source>
            <translation>Informeel opgelost</translation>
        </message>
        <message>
            <source>Room hire</source>
            <translation>Zaalhuur</translation>
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
            <source>Stopped</source>
            <translation>Gestopt</translation>
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
            <source>Telephone</source>
            <translation>Telefoon</translation>
        </message>
        <message>
            <source>Temporary worker</source>
            <translation>Flexwerker</translation>
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
            <source>Unknown</source>
            <translation>Onbekend</translation>
        </message>
        <message>
            <source>Video</source>
            <translation>Video</translation>
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
            <source>Work conflict</source>
            <translation>Arbeidsconflict</translation>
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
