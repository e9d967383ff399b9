<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="nl_NL">
<context>
    <name>AddPersonDialog</name>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/person.py" line="61"/>
        <source>Naam wijzigen</source>
        <translation>Change name</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/person.py" line="61"/>
        <source>Iemand toevoegen</source>
        <translation>Add someone</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/person.py" line="63"/>
        <location filename="../../praktijkdesk/ui/dialogs/person.py" line="64"/>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/person.py" line="65"/>
        <source>Voornaam en achternaam</source>
        <translation>First and last name</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/person.py" line="66"/>
        <source>Wat doet deze persoon?</source>
        <translation>What does this person do?</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/person.py" line="67"/>
        <location filename="../../praktijkdesk/ui/dialogs/person.py" line="68"/>
        <source>Praktijkopleider</source>
        <translation>Practice trainer</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/person.py" line="69"/>
        <location filename="../../praktijkdesk/ui/dialogs/person.py" line="70"/>
        <source>Jobcoach</source>
        <translation>Job coach</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/person.py" line="71"/>
        <source>Leerbedrijf (mag leeg blijven)</source>
        <translation>Employer (may stay empty)</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/person.py" line="72"/>
        <source>Leerbedrijf</source>
        <translation>Employer</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/person.py" line="73"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/person.py" line="74"/>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/person.py" line="74"/>
        <source>Toevoegen</source>
        <translation>Add</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/backups.py" line="66"/>
        <location filename="../../praktijkdesk/ui/dialogs/backups.py" line="67"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/backups.py" line="137"/>
        <location filename="../../praktijkdesk/ui/dialogs/backups.py" line="138"/>
        <source>Reservekopieën</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/backups.py" line="139"/>
        <source>praktijkdesk maakt elke dag vanzelf een reservekopie, en ook vóór elke update en elk inlezen. Oude reservekopieën worden na een tijd opgeruimd. Terugzetten maakt eerst een reservekopie van de huidige stand, dus u verliest niets.</source>
        <translation>praktijkdesk makes a backup by itself every day, and also before every update and every import. Old backups are cleared away after a while. Restoring first backs up the current state, so you lose nothing.</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/backups.py" line="144"/>
        <source>Nu een reservekopie maken</source>
        <translation>Make a backup now</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/backups.py" line="145"/>
        <location filename="../../praktijkdesk/ui/dialogs/backups.py" line="205"/>
        <source>Terugzetten</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/backups.py" line="146"/>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/backups.py" line="149"/>
        <source>Lijst van reservekopieën</source>
        <translation>List of backups</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/backups.py" line="150"/>
        <source>Melding</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/backups.py" line="170"/>
        <source>Er zijn nog geen reservekopieën.</source>
        <translation>There are no backups yet.</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/backups.py" line="189"/>
        <source>Geen reservekopie gemaakt</source>
        <translation>No backup made</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/backups.py" line="193"/>
        <source>Reservekopie gemaakt en gecontroleerd: {holds}.</source>
        <translation>Backup made and checked: {holds}.</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/backups.py" line="200"/>
        <source>Wilt u de reservekopie van {when} terugzetten?

Daarin: {holds}.

Wat daarna is gedaan, staat er niet in. De huidige stand wordt eerst bewaard in een nieuwe reservekopie, zodat u altijd terug kunt.</source>
        <translation>Do you want to restore the backup of {when}?

It holds: {holds}.

What was done after that is not in it. The current state is first kept in a new backup, so you can always go back.</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/backups.py" line="205"/>
        <source>Reservekopie terugzetten?</source>
        <translation>Restore backup?</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/backups.py" line="206"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/backups.py" line="212"/>
        <source>Niet teruggezet</source>
        <translation>Not restored</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/backups.py" line="215"/>
        <source>Teruggezet: de reservekopie van {when}.</source>
        <translation>Restored: the backup of {when}.</translation>
    </message>
</context>
<context>
    <name>BehaviourRow</name>
    <message>
        <location filename="../../praktijkdesk/ui/screens/checklist.py" line="65"/>
        <source>{status} · {when} · {who}</source>
        <translation>{status} · {when} · {who}</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/checklist.py" line="72"/>
        <source>Notitie</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/checklist.py" line="73"/>
        <source>Notitie bij: {text}</source>
        <translation>Note on: {text}</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/checklist.py" line="75"/>
        <source>Kies eerst Nog niet, Oefent of Beheerst.</source>
        <translation>First choose Not yet, Practising or Mastered.</translation>
    </message>
</context>
<context>
    <name>CandidateTile</name>
    <message>
        <location filename="../../praktijkdesk/ui/widgets/tile.py" line="107"/>
        <source>{done} van {total} beheerst</source>
        <translation>{done} of {total} mastered</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/widgets/tile.py" line="109"/>
        <source>Klaar voor verklaring</source>
        <translation>Ready for declaration</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/widgets/tile.py" line="110"/>
        <source>Afgesloten</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/widgets/tile.py" line="111"/>
        <source>{name}, {employer}</source>
        <translation>{name}, {employer}</translation>
    </message>
</context>
<context>
    <name>CandidatesScreen</name>
    <message>
        <location filename="../../praktijkdesk/ui/screens/candidates.py" line="114"/>
        <source>Kandidaten</source>
        <translation>Candidates</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/candidates.py" line="115"/>
        <location filename="../../praktijkdesk/ui/screens/candidates.py" line="126"/>
        <source>+ Nieuwe kandidaat</source>
        <translation>+ New candidate</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/candidates.py" line="116"/>
        <source>Zoek op naam</source>
        <translation>Search by name</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/candidates.py" line="117"/>
        <source>Zoek een kandidaat op naam</source>
        <translation>Search a candidate by name</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/candidates.py" line="118"/>
        <source>Zoekveld leegmaken</source>
        <translation>Clear the search field</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/candidates.py" line="119"/>
        <source>Leerbedrijf kiezen</source>
        <translation>Choose employer</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/candidates.py" line="121"/>
        <location filename="../../praktijkdesk/ui/screens/candidates.py" line="176"/>
        <source>Alle leerbedrijven</source>
        <translation>All employers</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/candidates.py" line="122"/>
        <source>Klaar voor verklaring</source>
        <translation>Ready for declaration</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/candidates.py" line="123"/>
        <source>Ook afgesloten</source>
        <translation>Closed ones too</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/candidates.py" line="124"/>
        <source>Meer tonen</source>
        <translation>Show more</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/candidates.py" line="125"/>
        <source>Voorbeeldgegevens laden</source>
        <translation>Load example data</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/candidates.py" line="155"/>
        <source>{count} gevonden</source>
        <translation>{count} found</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/candidates.py" line="157"/>
        <source>{count} actief</source>
        <translation>{count} active</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/candidates.py" line="164"/>
        <source>Nog geen kandidaten</source>
        <translation>No candidates yet</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/candidates.py" line="166"/>
        <source>Voeg uw eerste kandidaat toe. Of laad voorbeeldgegevens om eerst rustig rond te kijken; u kunt ze later gewoon laten staan of een nieuwe map beginnen.</source>
        <translation>Add your first candidate. Or load example data to look around first; you can simply keep it later or start a new folder.</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/candidates.py" line="169"/>
        <source>Niemand gevonden</source>
        <translation>Nobody found</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/candidates.py" line="170"/>
        <source>Probeer een ander deel van de naam, of zet een filter uit.</source>
        <translation>Try another part of the name, or switch a filter off.</translation>
    </message>
</context>
<context>
    <name>ChecklistScreen</name>
    <message>
        <location filename="../../praktijkdesk/ui/screens/checklist.py" line="169"/>
        <source>‹ Vorige werkproces</source>
        <translation>‹ Previous work process</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/checklist.py" line="170"/>
        <source>↶ Ongedaan maken</source>
        <translation>↶ Undo</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/checklist.py" line="171"/>
        <source>Ongedaan maken</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/checklist.py" line="172"/>
        <source>Dit werkproces beheerst</source>
        <translation>Work process mastered</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/checklist.py" line="218"/>
        <source>Werkproces {n} van {count}</source>
        <translation>Work process {n} of {count}</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/checklist.py" line="223"/>
        <source>{done} van {total} beheerst</source>
        <translation>{done} of {total} mastered</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/checklist.py" line="231"/>
        <source>Naar het overzicht ›</source>
        <translation>To the overview ›</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/checklist.py" line="232"/>
        <source>Volgende werkproces ›</source>
        <translation>Next work process ›</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/checklist.py" line="234"/>
        <source>Vorige werkproces</source>
        <translation>Previous work process</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/checklist.py" line="268"/>
        <source>✓ Afgerond: dit werkproces is beheerst (vastgelegd op {date} door {who}).</source>
        <translation>✓ Done: this work process is mastered (recorded on {date} by {who}).</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/checklist.py" line="276"/>
        <source>Mooi! Alle gedragsvoorbeelden staan op Beheerst. Kan de kandidaat dit werkproces zelfstandig?</source>
        <translation>Well done! Every behaviour is Mastered. Can the candidate do this work process on their own?</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/checklist.py" line="281"/>
        <source>Mooi! Alle gedragsvoorbeelden staan op Beheerst. De praktijkopleider kan dit werkproces nu afronden.</source>
        <translation>Well done! Every behaviour is Mastered. The practice trainer can now conclude this work process.</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/checklist.py" line="302"/>
        <source>Wie is er aan het werk?</source>
        <translation>Who is working?</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/checklist.py" line="303"/>
        <source>Kies eerst uw naam, dan komt elke beoordeling op uw naam.</source>
        <translation>Choose your name first, so every mark is recorded in your name.</translation>
    </message>
</context>
<context>
    <name>DamagedDatabaseDialog</name>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/damaged_database.py" line="72"/>
        <source>Gegevens niet geopend</source>
        <translation>Data not opened</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/damaged_database.py" line="73"/>
        <source>Uw gegevens konden niet worden geopend</source>
        <translation>Your data could not be opened</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/damaged_database.py" line="74"/>
        <source>Het bestand met de gegevens van praktijkdesk is beschadigd. Dat kan gebeuren na een stroomstoring of als een USB-stick te vroeg wordt uitgetrokken.</source>
        <translation>The file with praktijkdesk’s data is damaged. That can happen after a power cut or when a USB stick is pulled out too early.</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/damaged_database.py" line="77"/>
        <source>Er is niets weggegooid: het beschadigde bestand is bewaard als {name}.</source>
        <translation>Nothing was thrown away: the damaged file was kept as {name}.</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/damaged_database.py" line="81"/>
        <source>De nieuwste goede reservekopie is van {when}. Daarin staan {holds}. Wat na dat moment is gedaan, zit er niet in.</source>
        <translation>The newest good backup is from {when}. It holds {holds}. What was done after that moment is not in it.</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/damaged_database.py" line="85"/>
        <source>Reservekopie van {when} terugzetten</source>
        <translation>Restore the backup of {when}</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/damaged_database.py" line="86"/>
        <source>Reservekopie terugzetten</source>
        <translation>Restore backup</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/damaged_database.py" line="88"/>
        <source>Nu niet, sluiten</source>
        <translation>Not now, close</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/damaged_database.py" line="90"/>
        <source>Er is geen goede reservekopie gevonden. Bewaar het beschadigde bestand en vraag hulp. Start u praktijkdesk opnieuw, dan begint het met lege gegevens.</source>
        <translation>No good backup was found. Keep the damaged file and ask for help. If you start praktijkdesk again, it begins with empty data.</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/damaged_database.py" line="94"/>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/damaged_database.py" line="101"/>
        <source>Niet teruggezet</source>
        <translation>Not restored</translation>
    </message>
</context>
<context>
    <name>EditTrajectoryDialog</name>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/edit_trajectory.py" line="82"/>
        <source>Traject wijzigen</source>
        <translation>Change trajectory</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/edit_trajectory.py" line="83"/>
        <source>Traject van {name} wijzigen</source>
        <translation>Change {name}&apos;s trajectory</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/edit_trajectory.py" line="86"/>
        <source>Naam van de kandidaat</source>
        <translation>Candidate&apos;s name</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/edit_trajectory.py" line="86"/>
        <source>Geboortedatum (mag leeg blijven)</source>
        <translation>Date of birth (may stay empty)</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/edit_trajectory.py" line="87"/>
        <source>Praktijkopleider</source>
        <translation>Practice trainer</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/edit_trajectory.py" line="87"/>
        <source>Jobcoach</source>
        <translation>Job coach</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/edit_trajectory.py" line="88"/>
        <source>Startdatum</source>
        <translation>Start date</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/edit_trajectory.py" line="88"/>
        <source>Werkprocessen die de kandidaat leert</source>
        <translation>Work processes the candidate learns</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/edit_trajectory.py" line="93"/>
        <source>Geboortedatum</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/edit_trajectory.py" line="94"/>
        <source>dag-maand-jaar, bijvoorbeeld 17-04-1991</source>
        <translation>day-month-year, for example 17-04-1991</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/edit_trajectory.py" line="98"/>
        <location filename="../../praktijkdesk/ui/dialogs/edit_trajectory.py" line="99"/>
        <source>Er is een einddatum</source>
        <translation>There is an end date</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/edit_trajectory.py" line="100"/>
        <source>Einddatum</source>
        <translation>End date</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/edit_trajectory.py" line="101"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/edit_trajectory.py" line="102"/>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/edit_trajectory.py" line="108"/>
        <source>Nog even aanvullen</source>
        <translation>Almost there</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/edit_trajectory.py" line="109"/>
        <source>Schrijf de geboortedatum als dag-maand-jaar, bijvoorbeeld 17-04-1991.</source>
        <translation>Write the date of birth as day-month-year, for example 17-04-1991.</translation>
    </message>
</context>
<context>
    <name>IssueDeclarationDialog</name>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/issue_declaration.py" line="213"/>
        <source>Praktijkverklaring voor {name}</source>
        <translation>Practice declaration for {name}</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/issue_declaration.py" line="215"/>
        <source>Eerder gemaakte verklaringen</source>
        <translation>Declarations made earlier</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/issue_declaration.py" line="216"/>
        <source>Welke werkprocessen komen op de verklaring?</source>
        <translation>Which work processes go on the declaration?</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/issue_declaration.py" line="218"/>
        <source>Alleen werkprocessen die als beheerst zijn afgerond, kunnen op de verklaring.</source>
        <translation>Only work processes concluded as mastered can go on the declaration.</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/issue_declaration.py" line="219"/>
        <source>Hoe wordt er getekend?</source>
        <translation>How will it be signed?</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/issue_declaration.py" line="221"/>
        <source>Tekenen op het scherm</source>
        <translation>Sign on the screen</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/issue_declaration.py" line="222"/>
        <source>Afdrukken met lege lijnen (tekenen met pen)</source>
        <translation>Print with empty lines (sign with a pen)</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/issue_declaration.py" line="223"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/issue_declaration.py" line="224"/>
        <source>Terug</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/issue_declaration.py" line="225"/>
        <source>Voorbeeld bekijken</source>
        <translation>View preview</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/issue_declaration.py" line="226"/>
        <source>Verklaring maken</source>
        <translation>Make declaration</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/issue_declaration.py" line="227"/>
        <source>Opnieuw</source>
        <translation>Again</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/issue_declaration.py" line="228"/>
        <source>Klaar</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/issue_declaration.py" line="229"/>
        <source>Afdrukken</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/issue_declaration.py" line="230"/>
        <source>Opslaan als PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/issue_declaration.py" line="231"/>
        <source>Openen in PDF-lezer</source>
        <translation>Open in PDF reader</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/issue_declaration.py" line="232"/>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/issue_declaration.py" line="237"/>
        <source>Dit is een concept. Kijk of alles klopt en druk dan op Verklaring maken.</source>
        <translation>This is a draft. Check that everything is right, then press Make declaration.</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/issue_declaration.py" line="266"/>
        <source>ingetrokken: {reason}</source>
        <translation>withdrawn: {reason}</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/issue_declaration.py" line="269"/>
        <source>getekend</source>
        <translation>signed</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/issue_declaration.py" line="271"/>
        <source>Bekijken</source>
        <translation>View</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/issue_declaration.py" line="272"/>
        <source>Verklaring {number} bekijken</source>
        <translation>View declaration {number}</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/issue_declaration.py" line="278"/>
        <source>Tekenen</source>
        <translation>Sign</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/issue_declaration.py" line="279"/>
        <source>Verklaring {number} tekenen</source>
        <translation>Sign declaration {number}</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/issue_declaration.py" line="283"/>
        <location filename="../../praktijkdesk/ui/dialogs/issue_declaration.py" line="487"/>
        <source>Intrekken</source>
        <translation>Withdraw</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/issue_declaration.py" line="285"/>
        <source>Verklaring {number} intrekken</source>
        <translation>Withdraw declaration {number}</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/issue_declaration.py" line="310"/>
        <source>Er is nog geen werkproces afgerond als beheerst. Een praktijkverklaring kan pas als minstens één werkproces beheerst is.</source>
        <translation>No work process has been concluded as mastered yet. A practice declaration is possible once at least one work process is mastered.</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/issue_declaration.py" line="360"/>
        <source>Vorige verklaring intrekken</source>
        <translation>Withdraw the previous declaration</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/issue_declaration.py" line="361"/>
        <source>Verklaring {number} wordt ingetrokken en blijft in de geschiedenis. Waarom komt er een nieuwe?</source>
        <translation>Declaration {number} will be withdrawn and stays in the history. Why is a new one needed?</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/issue_declaration.py" line="363"/>
        <source>Intrekken en nieuwe maken</source>
        <translation>Withdraw and make a new one</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/issue_declaration.py" line="401"/>
        <source>Tekenvlak voor {who}</source>
        <translation>Signing area for {who}</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/issue_declaration.py" line="446"/>
        <source>Verklaring {number} is gemaakt en getekend.</source>
        <translation>Declaration {number} has been made and signed.</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/issue_declaration.py" line="447"/>
        <source>Verklaring {number} is gemaakt. Druk hem af en teken met pen.</source>
        <translation>Declaration {number} has been made. Print it and sign with a pen.</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/issue_declaration.py" line="475"/>
        <source>Verklaring {number}</source>
        <translation>Declaration {number}</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/issue_declaration.py" line="484"/>
        <source>Verklaring intrekken</source>
        <translation>Withdraw declaration</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/issue_declaration.py" line="485"/>
        <source>Verklaring {number} wordt gemarkeerd als ingetrokken en blijft in de geschiedenis. Waarom wordt hij ingetrokken?</source>
        <translation>Declaration {number} will be marked as withdrawn and stays in the history. Why is it withdrawn?</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../praktijkdesk/ui/main_window.py" line="156"/>
        <source>praktijkdesk</source>
        <translation>praktijkdesk</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/main_window.py" line="157"/>
        <source>‹ Terug</source>
        <translation>‹ Back</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/main_window.py" line="158"/>
        <source>Terug</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/main_window.py" line="159"/>
        <source>Instellingen</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/main_window.py" line="161"/>
        <source>Wie is er aan het werk?</source>
        <translation>Who is working?</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/main_window.py" line="162"/>
        <source>Een ogenblik, praktijkdesk wordt geopend…</source>
        <translation>One moment, praktijkdesk is opening…</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/main_window.py" line="177"/>
        <source>Wie werkt er?</source>
        <translation>Who&apos;s working?</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/main_window.py" line="178"/>
        <source>Kies wie er werkt</source>
        <translation>Choose who is working</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/main_window.py" line="180"/>
        <source>{name} · Wisselen</source>
        <translation>{name} · Switch</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/main_window.py" line="182"/>
        <source>Ingelogd als {name}. Tik om te wisselen</source>
        <translation>Working as {name}. Tap to switch</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/main_window.py" line="260"/>
        <source>Er is niets meer om ongedaan te maken.</source>
        <translation>There is nothing left to undo.</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/main_window.py" line="262"/>
        <source>Ongedaan gemaakt.</source>
        <translation>Undone.</translation>
    </message>
</context>
<context>
    <name>MarkToggle</name>
    <message>
        <location filename="../../praktijkdesk/ui/widgets/mark_toggle.py" line="23"/>
        <source>Nog niet</source>
        <translation>Not yet</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/widgets/mark_toggle.py" line="24"/>
        <source>Oefent</source>
        <translation>Practising</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/widgets/mark_toggle.py" line="25"/>
        <source>Beheerst</source>
        <translation>Mastered</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/widgets/mark_toggle.py" line="26"/>
        <source>Nog niet bekeken</source>
        <translation>Not looked at yet</translation>
    </message>
</context>
<context>
    <name>NewCandidateWizard</name>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/new_candidate_wizard.py" line="167"/>
        <source>Nieuwe kandidaat</source>
        <translation>New candidate</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/new_candidate_wizard.py" line="168"/>
        <location filename="../../praktijkdesk/ui/dialogs/new_candidate_wizard.py" line="169"/>
        <source>Naam van de kandidaat</source>
        <translation>Candidate&apos;s name</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/new_candidate_wizard.py" line="170"/>
        <source>Voornaam en achternaam</source>
        <translation>First and last name</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/new_candidate_wizard.py" line="171"/>
        <source>Geboortedatum (mag leeg blijven)</source>
        <translation>Date of birth (may stay empty)</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/new_candidate_wizard.py" line="172"/>
        <source>Geboortedatum</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/new_candidate_wizard.py" line="173"/>
        <source>dag-maand-jaar, bijvoorbeeld 17-04-1991</source>
        <translation>day-month-year, for example 17-04-1991</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/new_candidate_wizard.py" line="175"/>
        <source>Vul de geboortedatum alleen in als de school die op de verklaring wil hebben.</source>
        <translation>Only fill in the date of birth if the school wants it on the declaration.</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/new_candidate_wizard.py" line="176"/>
        <location filename="../../praktijkdesk/ui/dialogs/new_candidate_wizard.py" line="177"/>
        <source>Leerbedrijf</source>
        <translation>Employer</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/new_candidate_wizard.py" line="178"/>
        <source>Kies of typ een nieuw leerbedrijf</source>
        <translation>Choose, or type a new employer</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/new_candidate_wizard.py" line="179"/>
        <location filename="../../praktijkdesk/ui/dialogs/new_candidate_wizard.py" line="180"/>
        <source>Praktijkopleider</source>
        <translation>Practice trainer</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/new_candidate_wizard.py" line="181"/>
        <source>Kies of typ een nieuwe naam</source>
        <translation>Choose, or type a new name</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/new_candidate_wizard.py" line="182"/>
        <source>Jobcoach (mag leeg blijven)</source>
        <translation>Job coach (may stay empty)</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/new_candidate_wizard.py" line="183"/>
        <source>Jobcoach</source>
        <translation>Job coach</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/new_candidate_wizard.py" line="184"/>
        <source>Welk begeleidingsdocument past bij het werk?</source>
        <translation>Which guide fits the work?</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/new_candidate_wizard.py" line="186"/>
        <source> (voorbeeld)</source>
        <translation> (example)</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/new_candidate_wizard.py" line="189"/>
        <location filename="../../praktijkdesk/ui/dialogs/new_candidate_wizard.py" line="190"/>
        <source>Startdatum</source>
        <translation>Start date</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/new_candidate_wizard.py" line="192"/>
        <source>Welke werkprocessen gaat de kandidaat leren? Alles staat aan; zet uit wat niet past.</source>
        <translation>Which work processes will the candidate learn? All are on; switch off what does not fit.</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/new_candidate_wizard.py" line="193"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/new_candidate_wizard.py" line="194"/>
        <source>Vorige</source>
        <translation>Previous</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/new_candidate_wizard.py" line="199"/>
        <source>Wie is de nieuwe kandidaat?</source>
        <translation>Who is the new candidate?</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/new_candidate_wizard.py" line="199"/>
        <source>Waar leert de kandidaat?</source>
        <translation>Where does the candidate learn?</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/new_candidate_wizard.py" line="200"/>
        <source>Wat gaat de kandidaat leren?</source>
        <translation>What will the candidate learn?</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/new_candidate_wizard.py" line="200"/>
        <source>Welke werkprocessen?</source>
        <translation>Which work processes?</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/new_candidate_wizard.py" line="218"/>
        <source>Stap {step} van {count}</source>
        <translation>Step {step} of {count}</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/new_candidate_wizard.py" line="222"/>
        <source>Kandidaat opslaan</source>
        <translation>Save candidate</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/new_candidate_wizard.py" line="222"/>
        <source>Volgende</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/new_candidate_wizard.py" line="255"/>
        <source>Vul de naam van de kandidaat in.</source>
        <translation>Fill in the candidate&apos;s name.</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/new_candidate_wizard.py" line="257"/>
        <source>Schrijf de geboortedatum als dag-maand-jaar, bijvoorbeeld 17-04-1991.</source>
        <translation>Write the date of birth as day-month-year, for example 17-04-1991.</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/new_candidate_wizard.py" line="259"/>
        <source>Kies het leerbedrijf, of typ de naam van een nieuw leerbedrijf.</source>
        <translation>Choose the employer, or type a new employer&apos;s name.</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/new_candidate_wizard.py" line="261"/>
        <source>Kies de praktijkopleider, of typ een nieuwe naam.</source>
        <translation>Choose the practice trainer, or type a new name.</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/new_candidate_wizard.py" line="263"/>
        <source>Kies minstens één werkproces.</source>
        <translation>Choose at least one work process.</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/new_candidate_wizard.py" line="265"/>
        <source>Nog even aanvullen</source>
        <translation>Almost there</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/note.py" line="36"/>
        <location filename="../../praktijkdesk/ui/dialogs/note.py" line="37"/>
        <source>Notitie</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/note.py" line="38"/>
        <source>Notitie bij: {text}</source>
        <translation>Note on: {text}</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/note.py" line="39"/>
        <source>Bijvoorbeeld: gaat goed als het rustig is.</source>
        <translation>For example: goes well when it&apos;s quiet.</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/note.py" line="41"/>
        <source>Kort en zakelijk. Schrijf geen medische of uitkeringsgegevens op. Een notitie mag ook leeg blijven.</source>
        <translation>Short and factual. Do not write down medical or benefit details. A note may also stay empty.</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/note.py" line="43"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/note.py" line="44"/>
        <source>Notitie opslaan</source>
        <translation>Save note</translation>
    </message>
</context>
<context>
    <name>PersonPickerScreen</name>
    <message>
        <location filename="../../praktijkdesk/ui/screens/person_picker.py" line="70"/>
        <source>Wie is er aan het werk?</source>
        <translation>Who is working?</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/person_picker.py" line="71"/>
        <source>Tik op uw naam. Alles wat u aanvinkt, komt op uw naam te staan.</source>
        <translation>Tap your name. Everything you mark is recorded in your name.</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/person_picker.py" line="72"/>
        <source>Praktijkopleiders</source>
        <translation>Practice trainers</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/person_picker.py" line="73"/>
        <source>Jobcoaches</source>
        <translation>Job coaches</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/person_picker.py" line="75"/>
        <source>Er staat nog niemand in praktijkdesk. Voeg uzelf toe, of kijk eerst rond met voorbeeldgegevens.</source>
        <translation>There is nobody in praktijkdesk yet. Add yourself, or look around first with example data.</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/person_picker.py" line="77"/>
        <source>Voorbeeldgegevens laden</source>
        <translation>Load example data</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/person_picker.py" line="78"/>
        <source>+ Mijzelf toevoegen</source>
        <translation>+ Add myself</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/person_picker.py" line="91"/>
        <source>Praktijkopleider</source>
        <translation>Practice trainer</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/person_picker.py" line="94"/>
        <source>Jobcoach</source>
        <translation>Job coach</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/person_picker.py" line="110"/>
        <source>+ Nieuwe praktijkopleider</source>
        <translation>+ New practice trainer</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/person_picker.py" line="110"/>
        <source>+ Nieuwe jobcoach</source>
        <translation>+ New job coach</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/issue_declaration.py" line="59"/>
        <source>Reden</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/issue_declaration.py" line="60"/>
        <source>Bijvoorbeeld: verkeerd werkproces gekozen</source>
        <translation>For example: wrong work process chosen</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/issue_declaration.py" line="63"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <location filename="../../praktijkdesk/ui/screens/settings.py" line="162"/>
        <source>Instellingen</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/settings.py" line="163"/>
        <source>Organisatie</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/settings.py" line="164"/>
        <source>De naam en het logo staan op de verklaring en het voortgangsoverzicht.</source>
        <translation>The name and logo appear on the declaration and the progress overview.</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/settings.py" line="165"/>
        <location filename="../../praktijkdesk/ui/screens/settings.py" line="166"/>
        <source>Naam van de organisatie</source>
        <translation>Name of the organisation</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/settings.py" line="167"/>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/settings.py" line="168"/>
        <source>Naam van de organisatie opslaan</source>
        <translation>Save the name of the organisation</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/settings.py" line="169"/>
        <source>Logo kiezen…</source>
        <translation>Choose logo…</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/settings.py" line="170"/>
        <source>Logo weghalen</source>
        <translation>Remove logo</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/settings.py" line="171"/>
        <source>Taal en tekst</source>
        <translation>Language and text</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/settings.py" line="172"/>
        <source>Tekstgrootte</source>
        <translation>Text size</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/settings.py" line="173"/>
        <source>Mensen</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/settings.py" line="174"/>
        <source>Praktijkopleiders en jobcoaches die met praktijkdesk werken.</source>
        <translation>Practice trainers and job coaches who work with praktijkdesk.</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/settings.py" line="175"/>
        <source>Praktijkopleiders en jobcoaches</source>
        <translation>Practice trainers and job coaches</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/settings.py" line="176"/>
        <source>+ Praktijkopleider</source>
        <translation>+ Practice trainer</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/settings.py" line="177"/>
        <source>+ Jobcoach</source>
        <translation>+ Job coach</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/settings.py" line="178"/>
        <source>Naam wijzigen</source>
        <translation>Change name</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/settings.py" line="179"/>
        <source>Over praktijkdesk</source>
        <translation>About praktijkdesk</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/settings.py" line="197"/>
        <source>Praktijkopleider</source>
        <translation>Practice trainer</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/settings.py" line="197"/>
        <source>Jobcoach</source>
        <translation>Job coach</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/settings.py" line="210"/>
        <source>Geen logo</source>
        <translation>No logo</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/settings.py" line="226"/>
        <source>Logo kiezen</source>
        <translation>Choose logo</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/settings.py" line="226"/>
        <source>Afbeeldingen (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/settings.py" line="236"/>
        <source>Dit bestand lukt niet</source>
        <translation>This file does not work</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/settings.py" line="237"/>
        <source>Kies een PNG- of JPG-afbeelding.</source>
        <translation>Choose a PNG or JPG image.</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <location filename="../../praktijkdesk/ui/widgets/signature_pad.py" line="27"/>
        <source>Tekenvlak voor de handtekening</source>
        <translation>Signing area for the signature</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <location filename="../../praktijkdesk/ui/single_instance.py" line="134"/>
        <source>praktijkdesk is al geopend</source>
        <translation>praktijkdesk is already open</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/single_instance.py" line="135"/>
        <source>praktijkdesk draait al op deze computer. Het venster is naar voren gehaald; u kunt daar verder werken.</source>
        <translation>praktijkdesk is already running on this computer. Its window was brought to the front; you can carry on there.</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/single_instance.py" line="142"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/single_instance.py" line="144"/>
        <source>OK, sluiten</source>
        <translation>OK, close</translation>
    </message>
</context>
<context>
    <name>TrajectoryOverviewScreen</name>
    <message>
        <location filename="../../praktijkdesk/ui/screens/trajectory_overview.py" line="101"/>
        <source>Verklaring maken</source>
        <translation>Make declaration</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/trajectory_overview.py" line="102"/>
        <source>Voortgangsoverzicht</source>
        <translation>Progress overview</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/trajectory_overview.py" line="103"/>
        <source>Wijzigen</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/trajectory_overview.py" line="104"/>
        <source>Afgesloten</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/trajectory_overview.py" line="130"/>
        <source> (voorbeeld)</source>
        <translation> (example)</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/trajectory_overview.py" line="132"/>
        <source>Praktijkopleider: {trainer}</source>
        <translation>Practice trainer: {trainer}</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/trajectory_overview.py" line="134"/>
        <source>Jobcoach: {name}</source>
        <translation>Job coach: {name}</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/trajectory_overview.py" line="135"/>
        <source>Gestart {date}</source>
        <translation>Started {date}</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/trajectory_overview.py" line="137"/>
        <source>Tot {date}</source>
        <translation>Until {date}</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/trajectory_overview.py" line="142"/>
        <source>{done} van {total} beheerst</source>
        <translation>{done} of {total} mastered</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/trajectory_overview.py" line="147"/>
        <source>Kan pas als minstens één werkproces beheerst is.</source>
        <translation>Possible once at least one work process is mastered.</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/trajectory_overview.py" line="148"/>
        <source>Weer openen</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/trajectory_overview.py" line="148"/>
        <source>Traject afsluiten</source>
        <translation>Close trajectory</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/trajectory_overview.py" line="189"/>
        <source>Traject afsluiten?</source>
        <translation>Close trajectory?</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/trajectory_overview.py" line="190"/>
        <source>Het traject van {name} wordt afgesloten met vandaag als einddatum. Alles blijft bewaard en u kunt het later weer openen.</source>
        <translation>{name}&apos;s trajectory will be closed with today as its end date. Everything is kept and you can reopen it later.</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/trajectory_overview.py" line="192"/>
        <source>Afsluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/trajectory_overview.py" line="192"/>
        <source>Niet afsluiten</source>
        <translation>Don&apos;t close</translation>
    </message>
</context>
<context>
    <name>WorkProcessCard</name>
    <message>
        <location filename="../../praktijkdesk/ui/widgets/tile.py" line="201"/>
        <source>{done} van {total} gedragsvoorbeelden</source>
        <translation>{done} of {total} behaviours</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/widgets/tile.py" line="204"/>
        <source>Beheerst ✓</source>
        <translation>Mastered ✓</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/widgets/tile.py" line="206"/>
        <source>Klaar om af te ronden</source>
        <translation>Ready to conclude</translation>
    </message>
</context>
<context>
    <name>application</name>
    <message>
        <location filename="../../praktijkdesk/ui/application.py" line="90"/>
        <source>Er ging iets mis</source>
        <translation>Something went wrong</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/application.py" line="91"/>
        <source>Er ging iets mis dat niet had mogen gebeuren. Wat al was opgeslagen, is bewaard. U kunt gewoon verder werken. De details staan in {path}.</source>
        <translation>Something went wrong that should not have happened. What was already saved is kept. You can carry on working. The details are in {path}.</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/application.py" line="141"/>
        <source>praktijkdesk kan niet starten</source>
        <translation>praktijkdesk cannot start</translation>
    </message>
</context>
<context>
    <name>formatting</name>
    <message>
        <location filename="../../praktijkdesk/ui/formatting.py" line="27"/>
        <source>vandaag {time}</source>
        <translation>today {time}</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/formatting.py" line="29"/>
        <source>gisteren {time}</source>
        <translation>yesterday {time}</translation>
    </message>
</context>
<context>
    <name>message</name>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/message.py" line="38"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/message.py" line="47"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/message.py" line="57"/>
        <source>Dit onderdeel komt binnenkort.</source>
        <translation>This part is coming soon.</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/message.py" line="58"/>
        <source>Dit onderdeel is nog niet klaar. Het komt in een volgende versie.</source>
        <translation>This part is not ready yet. It comes in a next version.</translation>
    </message>
</context>
<context>
    <name>ops</name>
    <message>
        <location filename="../../praktijkdesk/ui/ops.py" line="36"/>
        <source>Dat lukte niet</source>
        <translation>That didn&apos;t work</translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <location filename="../../praktijkdesk/ui/printing.py" line="38"/>
        <source>Er is geen printer gevonden. Sla de verklaring op als PDF of open hem in de PDF-lezer.</source>
        <translation>No printer was found. Save the declaration as a PDF or open it in the PDF reader.</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/printing.py" line="56"/>
        <source>Het PDF-bestand kan niet worden gelezen.</source>
        <translation>The PDF file cannot be read.</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/printing.py" line="73"/>
        <source>Voorbeeld van het document</source>
        <translation>Preview of the document</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/printing.py" line="103"/>
        <source>De printer kan niet worden gestart.</source>
        <translation>The printer cannot be started.</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/printing.py" line="143"/>
        <location filename="../../praktijkdesk/ui/printing.py" line="149"/>
        <location filename="../../praktijkdesk/ui/printing.py" line="246"/>
        <source>Afdrukken</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/printing.py" line="188"/>
        <location filename="../../praktijkdesk/ui/printing.py" line="245"/>
        <source>Opslaan als PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/printing.py" line="188"/>
        <source>PDF-bestanden (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/printing.py" line="217"/>
        <source>Er is geen PDF-lezer gevonden. Het bestand staat in {path}.</source>
        <translation>No PDF reader was found. The file is in {path}.</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/printing.py" line="242"/>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/printing.py" line="243"/>
        <source>Openen in PDF-lezer</source>
        <translation>Open in PDF reader</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/printing.py" line="311"/>
        <source>Het overzicht wordt gemaakt…</source>
        <translation>Making the overview…</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/printing.py" line="321"/>
        <source>Het overzicht kon niet worden gemaakt.</source>
        <translation>The overview could not be made.</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/printing.py" line="344"/>
        <location filename="../../praktijkdesk/ui/printing.py" line="368"/>
        <source>Voortgangsoverzicht van {name}</source>
        <translation>Progress overview of {name}</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/printing.py" line="362"/>
        <source>Voortgangsoverzicht</source>
        <translation>Progress overview</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/printing.py" line="363"/>
        <source>{name} heeft geen lopende trajecten.</source>
        <translation>{name} has no running trajectories.</translation>
    </message>
</context>
</TS>
