<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="nl_NL">
<context>
    <name>AddPersonDialog</name>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/person.py" line="69"/>
        <source>Naam wijzigen</source>
        <translation>Change name</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/person.py" line="69"/>
        <source>Iemand toevoegen</source>
        <translation>Add someone</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/person.py" line="71"/>
        <location filename="../../praktijkdesk/ui/dialogs/person.py" line="72"/>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/person.py" line="73"/>
        <source>Voornaam en achternaam</source>
        <translation>First and last name</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/person.py" line="74"/>
        <source>Wat doet deze persoon?</source>
        <translation>What does this person do?</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/person.py" line="75"/>
        <location filename="../../praktijkdesk/ui/dialogs/person.py" line="76"/>
        <source>Praktijkopleider</source>
        <translation>Practice trainer</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/person.py" line="77"/>
        <location filename="../../praktijkdesk/ui/dialogs/person.py" line="78"/>
        <source>Jobcoach</source>
        <translation>Job coach</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/person.py" line="79"/>
        <source>Leerbedrijf (mag leeg blijven)</source>
        <translation>Employer (may stay empty)</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/person.py" line="80"/>
        <source>Leerbedrijf</source>
        <translation>Employer</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/person.py" line="81"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/person.py" line="82"/>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/person.py" line="82"/>
        <source>Toevoegen</source>
        <translation>Add</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/backups.py" line="65"/>
        <location filename="../../praktijkdesk/ui/dialogs/backups.py" line="66"/>
        <source>Reservekopieën</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/backups.py" line="67"/>
        <source>praktijkdesk maakt elke dag vanzelf een reservekopie, en ook vóór elke update en elk inlezen. Oude reservekopieën worden na een tijd opgeruimd. Terugzetten maakt eerst een reservekopie van de huidige stand, dus u verliest niets.</source>
        <translation>praktijkdesk makes a backup by itself every day, and also before every update and every import. Old backups are cleared away after a while. Restoring first backs up the current state, so you lose nothing.</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/backups.py" line="72"/>
        <source>Nu een reservekopie maken</source>
        <translation>Make a backup now</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/backups.py" line="73"/>
        <location filename="../../praktijkdesk/ui/dialogs/backups.py" line="128"/>
        <source>Terugzetten</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/backups.py" line="74"/>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/backups.py" line="77"/>
        <source>Lijst van reservekopieën</source>
        <translation>List of backups</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/backups.py" line="78"/>
        <source>Melding</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/backups.py" line="93"/>
        <source>Er zijn nog geen reservekopieën.</source>
        <translation>There are no backups yet.</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/backups.py" line="112"/>
        <source>Geen reservekopie gemaakt</source>
        <translation>No backup made</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/backups.py" line="116"/>
        <source>Reservekopie gemaakt en gecontroleerd: {holds}.</source>
        <translation>Backup made and checked: {holds}.</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/backups.py" line="123"/>
        <source>Wilt u de reservekopie van {when} terugzetten?

Daarin: {holds}.

Wat daarna is gedaan, staat er niet in. De huidige stand wordt eerst bewaard in een nieuwe reservekopie, zodat u altijd terug kunt.</source>
        <translation>Do you want to restore the backup of {when}?

It holds: {holds}.

What was done after that is not in it. The current state is first kept in a new backup, so you can always go back.</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/backups.py" line="128"/>
        <source>Reservekopie terugzetten?</source>
        <translation>Restore backup?</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/backups.py" line="129"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/backups.py" line="135"/>
        <source>Niet teruggezet</source>
        <translation>Not restored</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/backups.py" line="138"/>
        <source>Teruggezet: de reservekopie van {when}.</source>
        <translation>Restored: the backup of {when}.</translation>
    </message>
</context>
<context>
    <name>BehaviourRow</name>
    <message>
        <location filename="../../praktijkdesk/ui/screens/checklist.py" line="92"/>
        <source>Nog geen beoordeling: de notitie komt bij Nog niet.</source>
        <translation>No mark yet: the note goes with Not yet.</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/checklist.py" line="82"/>
        <source>{status} · {when} · {who}</source>
        <translation>{status} · {when} · {who}</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/checklist.py" line="89"/>
        <source>Notitie</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/checklist.py" line="90"/>
        <source>Notitie bij: {text}</source>
        <translation>Note on: {text}</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/checklist.py" line="95"/>
        <source>{name} denkt: dit kan ik</source>
        <translation>{name} thinks: I can do this</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/checklist.py" line="107"/>
        <source>{name} zette dit op {status}</source>
        <translation>{name} set this to {status}</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/checklist.py" line="109"/>
        <source>{name} op {status}</source>
        <translation>{name} to {status}</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/checklist.py" line="111"/>
        <source>Let op, verschil: {sides}. Kies opnieuw wat nu klopt.</source>
        <translation>Note, a difference: {sides}. Choose again what is right now.</translation>
    </message>
</context>
<context>
    <name>BehaviourRowView</name>
    <message>
        <location filename="../../praktijkdesk/ui/screens/candidate_view.py" line="355"/>
        <location filename="../../praktijkdesk/ui/screens/candidate_view.py" line="356"/>
        <source>Dit kan je al</source>
        <translation>You can already do this</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/candidate_view.py" line="359"/>
        <source>Dit kan ik</source>
        <translation>I can do this</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/candidate_view.py" line="364"/>
        <source>Dit kan ik: {text}</source>
        <translation>I can do this: {text}</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/candidate_view.py" line="380"/>
        <source>Aangezet. Tik nog eens om het terug te nemen.</source>
        <translation>Turned on. Tap again to take it back.</translation>
    </message>
</context>
<context>
    <name>CandidateTile</name>
    <message>
        <location filename="../../praktijkdesk/ui/widgets/tile.py" line="110"/>
        <source>{done} van {total} afgerond</source>
        <translation>{done} of {total} concluded</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/widgets/tile.py" line="117"/>
        <source>Verklaring gemaakt op {date}</source>
        <translation>Declaration made on {date}</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/widgets/tile.py" line="113"/>
        <source>Klaar voor verklaring</source>
        <translation>Ready for declaration</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/widgets/tile.py" line="115"/>
        <source>Voorbeeld-leerlijst: geen echte verklaring</source>
        <translation>Example guide: no real declaration</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/widgets/tile.py" line="121"/>
        <source>Afgesloten</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/widgets/tile.py" line="128"/>
        <source>laatst: {when}</source>
        <translation>last: {when}</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/widgets/tile.py" line="129"/>
        <source>nog niets afgevinkt</source>
        <translation>nothing ticked yet</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/widgets/tile.py" line="132"/>
        <source>{name}, {employer}</source>
        <translation>{name}, {employer}</translation>
    </message>
</context>
<context>
    <name>CandidateViewScreen</name>
    <message>
        <location filename="../../praktijkdesk/ui/screens/candidate_view.py" line="481"/>
        <location filename="../../praktijkdesk/ui/screens/candidate_view.py" line="589"/>
        <source>Wat ik al kan</source>
        <translation>What I can already do</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/candidate_view.py" line="482"/>
        <source>Wat ik al kan: afdrukken of opslaan</source>
        <translation>What I can already do: print or save</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/candidate_view.py" line="483"/>
        <source>Terug</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/candidate_view.py" line="484"/>
        <source>Terug naar alle werkprocessen</source>
        <translation>Back to all work processes</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/candidate_view.py" line="485"/>
        <source>Begeleider</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/candidate_view.py" line="487"/>
        <source>Terug naar de begeleider: twee seconden vasthouden</source>
        <translation>Back to the supervisor: hold for two seconds</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/candidate_view.py" line="488"/>
        <source>Voor de begeleider: twee seconden vasthouden</source>
        <translation>For the supervisor: hold for two seconds</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/candidate_view.py" line="503"/>
        <source>Hallo {name}!</source>
        <translation>Hello {name}!</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/candidate_view.py" line="504"/>
        <source>Kandidaatscherm</source>
        <translation>Candidate screen</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/candidate_view.py" line="594"/>
        <source>Er is geen printer. Sla je kaart op als PDF.</source>
        <translation>There is no printer. Save your card as a PDF.</translation>
    </message>
</context>
<context>
    <name>CandidatesScreen</name>
    <message>
        <location filename="../../praktijkdesk/ui/screens/candidates.py" line="152"/>
        <source>Kandidaten</source>
        <translation>Candidates</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/candidates.py" line="153"/>
        <location filename="../../praktijkdesk/ui/screens/candidates.py" line="167"/>
        <source>+ Nieuwe kandidaat</source>
        <translation>+ New candidate</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/candidates.py" line="154"/>
        <source>Gegevens uitwisselen</source>
        <translation>Exchange data</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/candidates.py" line="155"/>
        <source>Zoek op naam</source>
        <translation>Search by name</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/candidates.py" line="156"/>
        <source>Zoek een kandidaat op naam</source>
        <translation>Search a candidate by name</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/candidates.py" line="157"/>
        <source>Zoekveld leegmaken</source>
        <translation>Clear the search field</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/candidates.py" line="158"/>
        <source>Leerbedrijf kiezen</source>
        <translation>Choose employer</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/candidates.py" line="160"/>
        <location filename="../../praktijkdesk/ui/screens/candidates.py" line="239"/>
        <source>Alle leerbedrijven</source>
        <translation>All employers</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/candidates.py" line="161"/>
        <source>Klaar voor verklaring</source>
        <translation>Ready for declaration</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/candidates.py" line="162"/>
        <source>Ook afgesloten</source>
        <translation>Closed ones too</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/candidates.py" line="163"/>
        <source>Aandacht nodig</source>
        <translation>Needs attention</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/candidates.py" line="164"/>
        <source>Ook van andere jobcoaches</source>
        <translation>Other job coaches too</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/candidates.py" line="165"/>
        <source>Meer tonen</source>
        <translation>Show more</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/candidates.py" line="166"/>
        <source>Voorbeeldgegevens laden</source>
        <translation>Load example data</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/candidates.py" line="195"/>
        <source>{n} van {total} vragen aandacht</source>
        <translation>{n} of {total} need attention</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/candidates.py" line="218"/>
        <source>{count} gevonden</source>
        <translation>{count} found</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/candidates.py" line="220"/>
        <source>{count} actief</source>
        <translation>{count} active</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/candidates.py" line="227"/>
        <source>Nog geen kandidaten</source>
        <translation>No candidates yet</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/candidates.py" line="229"/>
        <source>Voeg uw eerste kandidaat toe. Of laad voorbeeldgegevens om eerst rustig rond te kijken; u kunt ze later gewoon laten staan of een nieuwe map beginnen.</source>
        <translation>Add your first candidate. Or load example data to look around first; you can simply keep it later or start a new folder.</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/candidates.py" line="232"/>
        <source>Niemand gevonden</source>
        <translation>Nobody found</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/candidates.py" line="233"/>
        <source>Probeer een ander deel van de naam, of zet een filter uit.</source>
        <translation>Try another part of the name, or switch a filter off.</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/candidates.py" line="274"/>
        <source>Voortgangsoverzicht</source>
        <translation>Progress report</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/candidates.py" line="275"/>
        <source>Voortgangsoverzicht van {employer}</source>
        <translation>Progress report of {employer}</translation>
    </message>
</context>
<context>
    <name>ChecklistScreen</name>
    <message>
        <location filename="../../praktijkdesk/ui/screens/checklist.py" line="263"/>
        <source>Verklaring maken</source>
        <translation>Make declaration</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/checklist.py" line="257"/>
        <source>‹ Vorige werkproces</source>
        <translation>‹ Previous work process</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/checklist.py" line="255"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/checklist.py" line="256"/>
        <source>Details van dit werkproces</source>
        <translation>Details of this work process</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/checklist.py" line="258"/>
        <source>↶ Ongedaan maken</source>
        <translation>↶ Undo</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/checklist.py" line="259"/>
        <source>Ongedaan maken</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/checklist.py" line="260"/>
        <source>Dit werkproces beheerst</source>
        <translation>Work process mastered</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/checklist.py" line="261"/>
        <source>Werkproces afronden</source>
        <translation>Conclude work process</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/checklist.py" line="262"/>
        <source>Afronding terugdraaien</source>
        <translation>Undo conclusion</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/checklist.py" line="264"/>
        <source>Afgerond ✓</source>
        <translation>Concluded ✓</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/checklist.py" line="326"/>
        <source>Werkproces {n} van {count}</source>
        <translation>Work process {n} of {count}</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/checklist.py" line="334"/>
        <source>{done} van {total} beheerst</source>
        <translation>{done} of {total} mastered</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/checklist.py" line="344"/>
        <source>Naar het overzicht ›</source>
        <translation>To the overview ›</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/checklist.py" line="345"/>
        <source>Volgende werkproces ›</source>
        <translation>Next work process ›</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/checklist.py" line="347"/>
        <source>Vorige werkproces</source>
        <translation>Previous work process</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/checklist.py" line="384"/>
        <source>✓ Afgerond: dit werkproces is beheerst (vastgelegd op {date} door {who}).</source>
        <translation>✓ Done: this work process is mastered (recorded on {date} by {who}).</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/checklist.py" line="388"/>
        <source>Reden: “{reason}”</source>
        <translation>Reason: “{reason}”</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/checklist.py" line="395"/>
        <source>Mooi! Alle gedragsvoorbeelden staan op Beheerst. Kan de kandidaat dit werkproces zelfstandig?</source>
        <translation>Well done! Every behaviour is Mastered. Can the candidate do this work process on their own?</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/checklist.py" line="400"/>
        <source>Mooi! Alle gedragsvoorbeelden staan op Beheerst. De praktijkopleider kan dit werkproces nu afronden.</source>
        <translation>Well done! Every behaviour is Mastered. The practice trainer can now conclude this work process.</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/checklist.py" line="419"/>
        <source>Kan de kandidaat dit werkproces al, ook al staat nog niet alles op Beheerst? Dat beslist de praktijkopleider. Bespreek het samen; de praktijkopleider kan het dan hier afronden.</source>
        <translation>Can the candidate already do this work process, even though not everything is Mastered yet? The workplace trainer decides that. Talk about it together; the trainer can then conclude it here.</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/checklist.py" line="414"/>
        <source>Kan de kandidaat dit werkproces al, ook al staat nog niet alles op Beheerst? Dan kunt u het nu afronden, met een korte reden.</source>
        <translation>Can the candidate already do this work process, even though not everything is Mastered yet? Then you can conclude it now, with a short reason.</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/checklist.py" line="432"/>
        <source>Wie is er aan het werk?</source>
        <translation>Who is working?</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/checklist.py" line="433"/>
        <source>Kies eerst uw naam, dan komt elke beoordeling op uw naam.</source>
        <translation>Choose your name first, so every mark is recorded in your name.</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/checklist.py" line="476"/>
        <source>{done} van de {total} gedragsvoorbeelden staan op Beheerst. U rondt het werkproces toch af: het telt dan als beheerst, ook op de praktijkverklaring.</source>
        <translation>{done} of the {total} behaviours are Mastered. You conclude the work process anyway: it then counts as mastered, also on the practical declaration.</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/checklist.py" line="494"/>
        <source>Code: {code}</source>
        <translation>Code: {code}</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/checklist.py" line="495"/>
        <source>Titel van de school: {title}</source>
        <translation>The school&apos;s title: {title}</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/checklist.py" line="497"/>
        <source>Kerntaak: {code} {title}</source>
        <translation>Core task: {code} {title}</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/checklist.py" line="499"/>
        <source>Begeleidingsdocument: {title}, versie {version}</source>
        <translation>Guide: {title}, version {version}</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/checklist.py" line="509"/>
        <source>Het werkproces telt dan niet meer als beheerst. U kunt het later opnieuw afronden.</source>
        <translation>The work process then no longer counts as mastered. You can conclude it again later.</translation>
    </message>
</context>
<context>
    <name>DamagedDatabaseDialog</name>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/damaged_database.py" line="58"/>
        <source>Gegevens niet geopend</source>
        <translation>Data not opened</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/damaged_database.py" line="59"/>
        <source>Uw gegevens konden niet worden geopend</source>
        <translation>Your data could not be opened</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/damaged_database.py" line="60"/>
        <source>Het bestand met de gegevens van praktijkdesk is beschadigd. Dat kan gebeuren na een stroomstoring of als een USB-stick te vroeg wordt uitgetrokken.</source>
        <translation>The file with praktijkdesk’s data is damaged. That can happen after a power cut or when a USB stick is pulled out too early.</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/damaged_database.py" line="63"/>
        <source>Er is niets weggegooid: het beschadigde bestand is bewaard als {name}.</source>
        <translation>Nothing was thrown away: the damaged file was kept as {name}.</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/damaged_database.py" line="67"/>
        <source>De nieuwste goede reservekopie is van {when}. Daarin staan {holds}. Wat na dat moment is gedaan, zit er niet in.</source>
        <translation>The newest good backup is from {when}. It holds {holds}. What was done after that moment is not in it.</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/damaged_database.py" line="71"/>
        <source>Reservekopie van {when} terugzetten</source>
        <translation>Restore the backup of {when}</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/damaged_database.py" line="72"/>
        <source>Reservekopie terugzetten</source>
        <translation>Restore backup</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/damaged_database.py" line="74"/>
        <source>Nu niet, sluiten</source>
        <translation>Not now, close</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/damaged_database.py" line="76"/>
        <source>Er is geen goede reservekopie gevonden. Bewaar het beschadigde bestand en vraag hulp. Start u praktijkdesk opnieuw, dan begint het met lege gegevens.</source>
        <translation>No good backup was found. Keep the damaged file and ask for help. If you start praktijkdesk again, it begins with empty data.</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/damaged_database.py" line="80"/>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/damaged_database.py" line="87"/>
        <source>Niet teruggezet</source>
        <translation>Not restored</translation>
    </message>
</context>
<context>
    <name>DeviceTrustBanner</name>
    <message>
        <location filename="../../praktijkdesk/ui/screens/devices_section.py" line="165"/>
        <source>Vertrouwen</source>
        <translation>Trust</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/devices_section.py" line="166"/>
        <source>Niet vertrouwen</source>
        <translation>Do not trust</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/devices_section.py" line="170"/>
        <source>Apparaat {device} vertrouwen</source>
        <translation>Trust device {device}</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/devices_section.py" line="172"/>
        <source>Apparaat {device} niet vertrouwen</source>
        <translation>Do not trust device {device}</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/devices_section.py" line="174"/>
        <source>Nieuw apparaat in de gedeelde map: apparaat {device}, controlecode {code}. Kijk op dat apparaat in Instellingen › Apparaten koppelen: staat daar dezelfde code? Dan kunt u het vertrouwen. Tot dan wordt er niets van ingelezen. Deze computer: controlecode {own}.</source>
        <translation>New device in the shared folder: device {device}, check code {code}. On that device, look in Settings › Pair devices: does it show the same code? Then you can trust it. Until then, nothing from it is read in. This computer: check code {own}.</translation>
    </message>
</context>
<context>
    <name>DevicesSection</name>
    <message>
        <location filename="../../praktijkdesk/ui/screens/devices_section.py" line="58"/>
        <source>Apparaten koppelen</source>
        <translation>Pair devices</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/devices_section.py" line="60"/>
        <source>Leest een andere computer voor het eerst iets van deze computer in, dan toont die een controlecode. Is dat dezelfde code als hierboven? Dan komt het echt van deze computer.</source>
        <translation>When another computer reads in something from this computer for the first time, it shows a check code. Is it the same code as above? Then it really comes from this computer.</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/devices_section.py" line="63"/>
        <source>Gekoppelde apparaten</source>
        <translation>Paired devices</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/devices_section.py" line="64"/>
        <source>Nog geen andere apparaten.</source>
        <translation>No other devices yet.</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/devices_section.py" line="88"/>
        <source>Deze computer: controlecode {code} · apparaat {device}</source>
        <translation>This computer: check code {code} · device {device}</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/devices_section.py" line="108"/>
        <source>gekoppeld</source>
        <translation>paired</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/devices_section.py" line="109"/>
        <source>wacht op uw keuze</source>
        <translation>waiting for your choice</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/devices_section.py" line="110"/>
        <source>niet vertrouwd: wordt niet ingelezen</source>
        <translation>not trusted: not read in</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/devices_section.py" line="113"/>
        <source>Apparaat {device} · controlecode {code}
Eerst gezien {date} · {state}</source>
        <translation>Device {device} · check code {code}
First seen {date} · {state}</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/devices_section.py" line="117"/>
        <source>Vertrouwen</source>
        <translation>Trust</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/devices_section.py" line="118"/>
        <source>Apparaat {device} vertrouwen</source>
        <translation>Trust device {device}</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/devices_section.py" line="121"/>
        <location filename="../../praktijkdesk/ui/screens/devices_section.py" line="135"/>
        <source>Vergeten</source>
        <translation>Forget</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/devices_section.py" line="122"/>
        <source>Apparaat {device} vergeten</source>
        <translation>Forget device {device}</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/devices_section.py" line="131"/>
        <source>Apparaat vergeten?</source>
        <translation>Forget device?</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/devices_section.py" line="132"/>
        <source>Apparaat {device} vergeten? Wat er al van is ingelezen, blijft staan. Het volgende bestand van dat apparaat vraagt weer om de controlecode.</source>
        <translation>Forget device {device}? What was already read in from it stays. The next file from that device asks for the check code again.</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/devices_section.py" line="135"/>
        <source>Niet vergeten</source>
        <translation>Keep device</translation>
    </message>
</context>
<context>
    <name>EditTrajectoryDialog</name>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/edit_trajectory.py" line="88"/>
        <source>Traject wijzigen</source>
        <translation>Change trajectory</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/edit_trajectory.py" line="89"/>
        <source>Traject van {name} wijzigen</source>
        <translation>Change {name}&apos;s trajectory</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/edit_trajectory.py" line="92"/>
        <source>Naam van de kandidaat</source>
        <translation>Candidate&apos;s name</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/edit_trajectory.py" line="92"/>
        <source>Geboortedatum (mag leeg blijven)</source>
        <translation>Date of birth (may stay empty)</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/edit_trajectory.py" line="93"/>
        <source>Praktijkopleider</source>
        <translation>Practice trainer</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/edit_trajectory.py" line="93"/>
        <source>Jobcoach</source>
        <translation>Job coach</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/edit_trajectory.py" line="94"/>
        <source>Startdatum</source>
        <translation>Start date</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/edit_trajectory.py" line="94"/>
        <source>Werkprocessen die de kandidaat leert</source>
        <translation>Work processes the candidate learns</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/edit_trajectory.py" line="99"/>
        <source>Geboortedatum</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/edit_trajectory.py" line="100"/>
        <source>dag-maand-jaar, bijvoorbeeld 17-04-1991</source>
        <translation>day-month-year, for example 17-04-1991</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/edit_trajectory.py" line="104"/>
        <location filename="../../praktijkdesk/ui/dialogs/edit_trajectory.py" line="105"/>
        <source>Er is een einddatum</source>
        <translation>There is an end date</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/edit_trajectory.py" line="106"/>
        <source>Einddatum</source>
        <translation>End date</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/edit_trajectory.py" line="107"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/edit_trajectory.py" line="108"/>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/edit_trajectory.py" line="114"/>
        <source>Nog even aanvullen</source>
        <translation>Almost there</translation>
    </message>
</context>
<context>
    <name>EmployerChoiceDialog</name>
    <message>
        <location filename="../../praktijkdesk/ui/screens/guides_section.py" line="92"/>
        <source>Eigen versie voor welk leerbedrijf?</source>
        <translation>Own version for which employer?</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/guides_section.py" line="94"/>
        <source>Elk leerbedrijf heeft zijn eigen versie. Tik op het leerbedrijf.</source>
        <translation>Each employer has its own version. Tap the employer.</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/guides_section.py" line="99"/>
        <source>eigen versie aanpassen</source>
        <translation>change own version</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/guides_section.py" line="100"/>
        <source>eigen versie maken</source>
        <translation>make own version</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/guides_section.py" line="116"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>EmployerDialog</name>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/school.py" line="151"/>
        <source>Gegevens van het leerbedrijf</source>
        <translation>Employer&apos;s details</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/school.py" line="154"/>
        <source>Naam van het leerbedrijf</source>
        <translation>Name of the employer</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/school.py" line="155"/>
        <source>Plaats</source>
        <translation>Town</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/school.py" line="156"/>
        <source>Erkenningsnummer van SBB</source>
        <translation>SBB recognition number</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/school.py" line="158"/>
        <source>Leidinggevende (voor de handtekening, mag leeg blijven)</source>
        <translation>Manager (for the signature, may stay empty)</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/school.py" line="162"/>
        <source>bijvoorbeeld 100234567</source>
        <translation>for example 100234567</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/school.py" line="163"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/school.py" line="164"/>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>EraseCandidateDialog</name>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/privacy.py" line="111"/>
        <source>Kandidaat wissen</source>
        <translation>Erase candidate</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/privacy.py" line="112"/>
        <source>{name} en alle gegevens wissen?</source>
        <translation>Erase {name} and all their data?</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/privacy.py" line="114"/>
        <source>Dit wist {name} uit praktijkdesk, met alles wat bij deze kandidaat hoort. Dat kan niet ongedaan worden gemaakt. Vroeg de kandidaat om de gegevens? Sla ze dan eerst op.</source>
        <translation>This erases {name} from praktijkdesk, with everything that belongs to this candidate. It cannot be undone. Did the candidate ask for their data? Then save it first.</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/privacy.py" line="118"/>
        <source>Dit wordt gewist:</source>
        <translation>This will be erased:</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/privacy.py" line="119"/>
        <source>trajecten: {n}</source>
        <translation>trajectories: {n}</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/privacy.py" line="120"/>
        <source>beoordelingen: {n}</source>
        <translation>assessments: {n}</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/privacy.py" line="121"/>
        <source>conclusies per werkproces: {n}</source>
        <translation>conclusions per work process: {n}</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/privacy.py" line="122"/>
        <source>praktijkverklaringen: {n}</source>
        <translation>practice declarations: {n}</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/privacy.py" line="123"/>
        <source>handtekeningen: {n}</source>
        <translation>signatures: {n}</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/privacy.py" line="127"/>
        <source>Geen reservekopie bevat deze kandidaat.</source>
        <translation>No backup holds this candidate.</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/privacy.py" line="130"/>
        <source>Ook wissen uit de reservekopie die deze gegevens nog bevat</source>
        <translation>Also erase from the backup that still holds this data</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/privacy.py" line="133"/>
        <source>Ook wissen uit de {n} reservekopieën die deze gegevens nog bevatten</source>
        <translation>Also erase from the {n} backups that still hold this data</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/privacy.py" line="136"/>
        <source>Ja, ik wil {name} en al deze gegevens wissen</source>
        <translation>Yes, I want to erase {name} and all this data</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/privacy.py" line="138"/>
        <source>Niet wissen</source>
        <translation>Do not erase</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/privacy.py" line="139"/>
        <source>Wissen</source>
        <translation>Erase</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/privacy.py" line="140"/>
        <source>{name} wissen</source>
        <translation>Erase {name}</translation>
    </message>
</context>
<context>
    <name>ExchangeHubDialog</name>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/exchange.py" line="502"/>
        <source>Alleen {name}</source>
        <translation>Only {name}</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/exchange.py" line="511"/>
        <source>Voor elk leerbedrijf een eigen bestand ({n})</source>
        <translation>A file for each employer ({n})</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/exchange.py" line="515"/>
        <source>Bestand voor {employer}</source>
        <translation>File for {employer}</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/exchange.py" line="524"/>
        <source>Voor jobcoach {name} ({n} kandidaat/kandidaten)</source>
        <translation>For job coach {name} ({n} candidate(s))</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/exchange.py" line="528"/>
        <source>Alle trajecten van {employer}</source>
        <translation>All trajectories of {employer}</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/exchange.py" line="547"/>
        <location filename="../../praktijkdesk/ui/dialogs/exchange.py" line="548"/>
        <source>Gegevens uitwisselen</source>
        <translation>Exchange data</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/exchange.py" line="551"/>
        <source>Dit is de laptop van een jobcoach: u wisselt per leerbedrijf uit. Elk leerbedrijf krijgt alleen de eigen kandidaten.</source>
        <translation>This is a job coach&apos;s laptop: you exchange per employer. Each employer gets only its own candidates.</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/exchange.py" line="554"/>
        <source>Deze computer hoort bij {employers}. Gegevens van andere leerbedrijven komen hier niet binnen.</source>
        <translation>This computer belongs to {employers}. Other employers&apos; data never comes in here.</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/exchange.py" line="557"/>
        <source>Deze computer hoort nog bij geen leerbedrijf. Het eerste bestand dat u inleest, bepaalt dat.</source>
        <translation>This computer does not belong to an employer yet. The first file you read in decides.</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/exchange.py" line="559"/>
        <source>Wijzigen kan in Instellingen › Uitwisselen.</source>
        <translation>You can change this in Settings › Exchange.</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/exchange.py" line="560"/>
        <source>Binnenhalen</source>
        <translation>Bring in</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/exchange.py" line="561"/>
        <source>Uitwisselbestand inlezen…</source>
        <translation>Read in an exchange file…</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/exchange.py" line="563"/>
        <source>Gedeelde map nu bijwerken</source>
        <translation>Update the shared folder now</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/exchange.py" line="564"/>
        <source>Meegeven</source>
        <translation>Hand over</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/exchange.py" line="568"/>
        <source>Er zijn nog geen trajecten om mee te geven.</source>
        <translation>There are no trajectories to hand over yet.</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/exchange.py" line="569"/>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/exchange.py" line="594"/>
        <source>Gedeelde map</source>
        <translation>Shared folder</translation>
    </message>
</context>
<context>
    <name>ExchangeSection</name>
    <message>
        <location filename="../../praktijkdesk/ui/screens/settings.py" line="413"/>
        <source>Uitwisselen</source>
        <translation>Exchange</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/settings.py" line="415"/>
        <source>Werkt u op meer dan één computer? Dan kunt u trajecten en beoordelingen uitwisselen. Er is geen internetdienst van praktijkdesk nodig.</source>
        <translation>Do you work on more than one computer? Then you can exchange trajectories and assessments. No internet service from praktijkdesk is needed.</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/settings.py" line="417"/>
        <source>Deze computer hoort bij:</source>
        <translation>This computer belongs to:</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/settings.py" line="418"/>
        <source>Deze computer hoort bij</source>
        <translation>This computer belongs to</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/settings.py" line="420"/>
        <source>Een computer van een leerbedrijf stuurt en ontvangt alleen de kandidaten van dat leerbedrijf. De laptop van een jobcoach maakt per leerbedrijf een eigen bestand.</source>
        <translation>An employer&apos;s computer sends and receives only that employer&apos;s candidates. A job coach&apos;s laptop makes a separate file for each employer.</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/settings.py" line="422"/>
        <source>Gedeelde map</source>
        <translation>Shared folder</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/settings.py" line="423"/>
        <source>Map kiezen…</source>
        <translation>Choose folder…</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/settings.py" line="424"/>
        <source>Gedeelde map kiezen</source>
        <translation>Choose shared folder</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/settings.py" line="425"/>
        <source>Nu uitwisselen</source>
        <translation>Exchange now</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/settings.py" line="426"/>
        <source>Map loskoppelen</source>
        <translation>Disconnect folder</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/settings.py" line="427"/>
        <source>Gedeelde map loskoppelen</source>
        <translation>Disconnect shared folder</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/settings.py" line="428"/>
        <source>Uitwisselbestand</source>
        <translation>Exchange file</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/settings.py" line="430"/>
        <source>Geen gedeelde map? Maak een uitwisselbestand en neem het mee op een USB-stick, of stuur het per mail. Lees het op de andere computer hier in.</source>
        <translation>No shared folder? Make an exchange file and take it along on a USB stick, or send it by mail. Read it in here on the other computer.</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/settings.py" line="432"/>
        <source>Uitwisselbestand maken…</source>
        <translation>Make exchange file…</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/settings.py" line="433"/>
        <source>Uitwisselbestand inlezen…</source>
        <translation>Read in exchange file…</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/settings.py" line="434"/>
        <source>Bekijken…</source>
        <translation>View…</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/settings.py" line="435"/>
        <source>Dubbele kandidaten bekijken</source>
        <translation>View duplicate candidates</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/settings.py" line="469"/>
        <source>Mogelijk staat dezelfde kandidaat of persoon er twee keer in: {names}.</source>
        <translation>Possibly the same candidate or person is in here twice: {names}.</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/settings.py" line="477"/>
        <source>Nog geen gedeelde map gekozen. Kies een map die elke computer ziet, bijvoorbeeld in OneDrive, SharePoint, Nextcloud of op een USB-stick. praktijkdesk wisselt dan vanzelf uit, elke paar seconden.</source>
        <translation>No shared folder chosen yet. Choose a folder that every computer can see, for example in OneDrive, SharePoint, Nextcloud or on a USB stick. praktijkdesk then exchanges by itself, every few seconds.</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/settings.py" line="490"/>
        <source>Nog niet uitgewisseld sinds praktijkdesk is gestart.</source>
        <translation>Not exchanged yet since praktijkdesk started.</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/settings.py" line="493"/>
        <source>Laatste poging om {time} lukte niet: {problem}</source>
        <translation>The last attempt at {time} did not work: {problem}</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/settings.py" line="496"/>
        <source>Laatst uitgewisseld om {time}.</source>
        <translation>Last exchanged at {time}.</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/settings.py" line="501"/>
        <source>{n} nieuwe beoordelingen binnengekomen.</source>
        <translation>{n} new assessments came in.</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/settings.py" line="503"/>
        <source>Nieuwe gegevens binnengekomen.</source>
        <translation>New data came in.</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/settings.py" line="505"/>
        <source>Wijzigingen van deze computer staan in de map.</source>
        <translation>Changes from this computer are in the folder.</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/settings.py" line="509"/>
        <source>Niets nieuws sinds {time}: {what}</source>
        <translation>Nothing new since {time}: {what}</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/settings.py" line="512"/>
        <source>Niets nieuws.</source>
        <translation>Nothing new.</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/settings.py" line="515"/>
        <source>{n} bestand(en) van een andere computer zijn nog niet compleet; praktijkdesk probeert het zo opnieuw.</source>
        <translation>{n} file(s) from another computer are not complete yet; praktijkdesk will try again soon.</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/settings.py" line="524"/>
        <source>Nog niet gekozen</source>
        <translation>Not chosen yet</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/settings.py" line="525"/>
        <source>De jobcoach: meerdere leerbedrijven</source>
        <translation>The job coach: several employers</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/settings.py" line="563"/>
        <source>Gedeelde map loskoppelen?</source>
        <translation>Disconnect the shared folder?</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/settings.py" line="564"/>
        <source>praktijkdesk wisselt dan niet meer vanzelf uit. De bestanden in de map en de gegevens op deze computer blijven staan.</source>
        <translation>praktijkdesk then no longer exchanges by itself. The files in the folder and the data on this computer stay.</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/settings.py" line="566"/>
        <source>Loskoppelen</source>
        <translation>Disconnect</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/settings.py" line="566"/>
        <source>Niet loskoppelen</source>
        <translation>Do not disconnect</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/exchange.py" line="326"/>
        <location filename="../../praktijkdesk/ui/dialogs/exchange.py" line="327"/>
        <source>Uitwisselbestand maken</source>
        <translation>Make exchange file</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/exchange.py" line="329"/>
        <source>Een uitwisselbestand neemt trajecten en beoordelingen mee naar een andere computer, bijvoorbeeld op een USB-stick of per mail. Wat moet erin?</source>
        <translation>An exchange file takes trajectories and assessments to another computer, for example on a USB stick or by mail. What should go in it?</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/exchange.py" line="332"/>
        <source>Alle leerbedrijven: één bestand per leerbedrijf</source>
        <translation>All employers: one file per employer</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/exchange.py" line="333"/>
        <source>Alle trajecten van dit leerbedrijf</source>
        <translation>All of this employer&apos;s trajectories</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/exchange.py" line="335"/>
        <source>De trajecten van één leerbedrijf:</source>
        <translation>The trajectories of one employer:</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/exchange.py" line="336"/>
        <source>De trajecten van één leerbedrijf</source>
        <translation>The trajectories of one employer</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/exchange.py" line="337"/>
        <source>Leerbedrijf</source>
        <translation>Employer</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/exchange.py" line="339"/>
        <source>Het bestand bevat namen en beoordelingen. Stuur het alleen naar mensen die ermee werken, en gooi het weg als het is ingelezen.</source>
        <translation>The file contains names and assessments. Only send it to people who work with it, and throw it away once it has been read in.</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/exchange.py" line="341"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/exchange.py" line="342"/>
        <source>Bestand maken…</source>
        <translation>Make file…</translation>
    </message>
</context>
<context>
    <name>FolderSync</name>
    <message>
        <location filename="../../praktijkdesk/ui/sync.py" line="184"/>
        <source>Uitwisselen via de gedeelde map lukte niet. De details staan in {path}.</source>
        <translation>Exchanging through the shared folder did not work. The details are in {path}.</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/sync.py" line="199"/>
        <source>Nieuwe gegevens van een andere computer zijn binnengekomen.</source>
        <translation>New data from another computer came in.</translation>
    </message>
</context>
<context>
    <name>GuidePreviewDialog</name>
    <message>
        <location filename="../../praktijkdesk/ui/screens/guides_section.py" line="50"/>
        <source>Deze {word} inlezen?</source>
        <translation>Read in this {word}?</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/guides_section.py" line="51"/>
        <source> (voorbeeld)</source>
        <translation> (example)</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/guides_section.py" line="54"/>
        <source>Versie {version}  ·  uit {file}</source>
        <translation>Version {version}  ·  from {file}</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/guides_section.py" line="56"/>
        <source>geen bron genoemd</source>
        <translation>no source given</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/guides_section.py" line="57"/>
        <source>Bron: {source}</source>
        <translation>Source: {source}</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/guides_section.py" line="60"/>
        <source>kerntaken</source>
        <translation>core tasks</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/guides_section.py" line="60"/>
        <source>hoofdtaken</source>
        <translation>main tasks</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/guides_section.py" line="62"/>
        <source>{groups_n} {groups}, {wp} werkprocessen, {b} gedragsvoorbeelden</source>
        <translation>{groups_n} {groups}, {wp} work processes, {b} behaviours</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/guides_section.py" line="67"/>
        <source>Eenvoudige taal (B1): in orde.</source>
        <translation>Plain language (B1): fine.</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/guides_section.py" line="68"/>
        <source>Eenvoudige taal (B1): {n} punt(en) om eenvoudiger te schrijven. U kunt hem toch inlezen.</source>
        <translation>Plain language (B1): {n} point(s) to write more simply. You can read it in anyway.</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/guides_section.py" line="75"/>
        <source>Deze versie staat er al. Inlezen verandert niets.</source>
        <translation>This version is already here. Reading it in changes nothing.</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/guides_section.py" line="78"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/guides_section.py" line="79"/>
        <source>Inlezen</source>
        <translation>Read in</translation>
    </message>
</context>
<context>
    <name>GuideVariantEditor</name>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/guide_variant_editor.py" line="96"/>
        <source>Eigen versie</source>
        <translation>Own version</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/guide_variant_editor.py" line="97"/>
        <source>Eigen versie: {title}</source>
        <translation>Own version: {title}</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/guide_variant_editor.py" line="98"/>
        <source>Leerbedrijf: {employer}</source>
        <translation>Employer: {employer}</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/guide_variant_editor.py" line="100"/>
        <location filename="../../praktijkdesk/ui/dialogs/guide_variant_editor.py" line="101"/>
        <source>Werkproces</source>
        <translation>Work process</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/guide_variant_editor.py" line="102"/>
        <source>Gedragsvoorbeeld toevoegen</source>
        <translation>Add behaviour</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/guide_variant_editor.py" line="103"/>
        <source>Verborgen (de beoordelingen blijven bewaard)</source>
        <translation>Hidden (the assessments are kept)</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/guide_variant_editor.py" line="104"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/guide_variant_editor.py" line="105"/>
        <source>Opslaan als nieuwe versie</source>
        <translation>Save as new version</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/guide_variant_editor.py" line="144"/>
        <source>Gedragsvoorbeeld {n}</source>
        <translation>Behaviour {n}</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/guide_variant_editor.py" line="157"/>
        <source>Omhoog</source>
        <translation>Move up</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/guide_variant_editor.py" line="158"/>
        <source>Omlaag</source>
        <translation>Move down</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/guide_variant_editor.py" line="166"/>
        <source>Verbergen</source>
        <translation>Hide</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/guide_variant_editor.py" line="168"/>
        <source>Verbergen: {n}</source>
        <translation>Hide: {n}</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/guide_variant_editor.py" line="180"/>
        <source>Tonen</source>
        <translation>Show</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/guide_variant_editor.py" line="182"/>
        <source>Weer tonen: {text}</source>
        <translation>Show again: {text}</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/guide_variant_editor.py" line="206"/>
        <source>Gelijk aan de tekst van de school.</source>
        <translation>Same as the school&apos;s text.</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/guide_variant_editor.py" line="207"/>
        <source>{n} verschil(len) met de tekst van de school in dit werkproces.</source>
        <translation>{n} difference(s) from the school&apos;s text in this work process.</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/guide_variant_editor.py" line="230"/>
        <source>Eenvoudige taal (B1), gedragsvoorbeeld {n}:</source>
        <translation>Plain language (B1), behaviour {n}:</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/guide_variant_editor.py" line="233"/>
        <source>en nog {n} punt(en).</source>
        <translation>and {n} more point(s).</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/guide_variant_editor.py" line="291"/>
        <source>Nog niet opgeslagen</source>
        <translation>Not saved yet</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/guide_variant_editor.py" line="292"/>
        <source>Gedragsvoorbeeld {n} bij werkproces {code} is leeg. Vul het in of verberg het.</source>
        <translation>Behaviour {n} of work process {code} is empty. Fill it in or hide it.</translation>
    </message>
</context>
<context>
    <name>GuidesSection</name>
    <message>
        <location filename="../../praktijkdesk/ui/screens/guides_section.py" line="173"/>
        <source>Een leerlijst zegt wat de kandidaat in het werk leert. De school geeft hem; u kunt er een inlezen uit een bestand (.json of .csv) of er een opslaan als bestand.</source>
        <translation>A guide says what the candidate learns at work. The school provides it; you can read one in from a file (.json or .csv) or save one as a file.</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/guides_section.py" line="175"/>
        <location filename="../../praktijkdesk/ui/screens/guides_section.py" line="176"/>
        <source>Codes tonen</source>
        <translation>Show codes</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/guides_section.py" line="178"/>
        <source>Voor jobcoaches en scholen: toont bij elk werkproces de code en de titel van de school, en de woorden van de school. Op de praktijkverklaring en het voortgangsoverzicht staan de codes altijd.</source>
        <translation>For job coaches and schools: shows each work process&apos;s code and the school&apos;s title, and the school&apos;s words. The practice declaration and the progress overview always show the codes.</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/guides_section.py" line="181"/>
        <source>{word} inlezen…</source>
        <translation>Read in {word}…</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/guides_section.py" line="217"/>
        <source> (voorbeeld)</source>
        <translation> (example)</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/guides_section.py" line="219"/>
        <source>Versie {version}  ·  {wp} werkprocessen  ·  {n} traject(en)</source>
        <translation>Version {version}  ·  {wp} work processes  ·  {n} trajectory(ies)</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/guides_section.py" line="223"/>
        <source>Bron: {source}</source>
        <translation>Source: {source}</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/guides_section.py" line="230"/>
        <source>Opslaan als bestand…</source>
        <translation>Save as file…</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/guides_section.py" line="231"/>
        <source>{title} opslaan als bestand</source>
        <translation>Save {title} as a file</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/guides_section.py" line="249"/>
        <source>Eigen versie…</source>
        <translation>Own version…</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/guides_section.py" line="251"/>
        <source>Eigen versie aanpassen</source>
        <translation>Change own version</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/guides_section.py" line="253"/>
        <source>Eigen versie maken</source>
        <translation>Make own version</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/guides_section.py" line="256"/>
        <source>{what}: {title}</source>
        <translation>{what}: {title}</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/guides_section.py" line="312"/>
        <source>{word} inlezen</source>
        <translation>Read in {word}</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/guides_section.py" line="313"/>
        <source>Leerlijsten (*.json *.csv)</source>
        <translation>Guides (*.json *.csv)</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/guides_section.py" line="328"/>
        <source>Ingelezen</source>
        <translation>Read in</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/guides_section.py" line="329"/>
        <source>{title}, versie {version}, staat nu in de lijst.</source>
        <translation>{title}, version {version}, is now in the list.</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/guides_section.py" line="343"/>
        <source>Opslaan als bestand</source>
        <translation>Save as file</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/guides_section.py" line="344"/>
        <source>JSON (*.json);;CSV voor Excel (*.csv)</source>
        <translation>JSON (*.json);;CSV for Excel (*.csv)</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/guides_section.py" line="354"/>
        <source>Opgeslagen</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/guides_section.py" line="355"/>
        <source>{title} staat in {path}.</source>
        <translation>{title} is in {path}.</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/exchange.py" line="213"/>
        <source>Uitwisselbestand inlezen</source>
        <translation>Read in exchange file</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/exchange.py" line="215"/>
        <source>{file} · van {employers} · apparaat {device} · gemaakt op {when} · met {scope}</source>
        <translation>{file} · from {employers} · device {device} · made on {when} · with {scope}</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/exchange.py" line="217"/>
        <source>geen leerbedrijf</source>
        <translation>no employer</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/exchange.py" line="219"/>
        <source>Kandidaten: {names}</source>
        <translation>Candidates: {names}</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/exchange.py" line="222"/>
        <source>Niet ingelezen, want ze horen bij een ander leerbedrijf: {names}. Hun gegevens komen niet op deze computer.</source>
        <translation>Not read in, because they belong to another employer: {names}. Their data does not come onto this computer.</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/exchange.py" line="226"/>
        <source>Niets nieuws</source>
        <translation>Nothing new</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/exchange.py" line="228"/>
        <source>Alles uit dit bestand staat hier al. Er hoeft niets ingelezen te worden.</source>
        <translation>Everything in this file is here already. Nothing needs to be read in.</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/exchange.py" line="229"/>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/exchange.py" line="231"/>
        <source>Uitwisselbestand inlezen?</source>
        <translation>Read in exchange file?</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/exchange.py" line="233"/>
        <source>Dit komt erbij als u het bestand inleest. Er is nog niets veranderd.</source>
        <translation>This is added when you read in the file. Nothing has changed yet.</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/exchange.py" line="234"/>
        <source>Niet inlezen</source>
        <translation>Do not read in</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/exchange.py" line="235"/>
        <source>Inlezen</source>
        <translation>Read in</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/exchange.py" line="241"/>
        <source>praktijkopleider</source>
        <translation>practice trainer</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/exchange.py" line="241"/>
        <source>jobcoach</source>
        <translation>job coach</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/exchange.py" line="243"/>
        <source>Mogelijk twee keer dezelfde persoon: {name} ({role}) staat hier al. Na het inlezen kunt u ze samenvoegen. Er gaat niets verloren.</source>
        <translation>Possibly the same person twice: {name} ({role}) is here already. After reading in you can merge them. Nothing is lost.</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/exchange.py" line="250"/>
        <source>Mogelijk twee keer dezelfde kandidaat: {who} staat hier al. Na het inlezen kunt u ze samenvoegen. Er gaat niets verloren.</source>
        <translation>Possibly the same candidate twice: {who} is here already. After reading in you can merge them. Nothing is lost.</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/exchange.py" line="253"/>
        <source>Let op: {warning}</source>
        <translation>Note: {warning}</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/exchange.py" line="255"/>
        <source>Wat hier al staat, blijft staan: beoordelingen worden alleen toegevoegd, nooit gewist. Voor het inlezen maakt praktijkdesk eerst een reservekopie.</source>
        <translation>What is here already stays: assessments are only added, never deleted. Before reading in, praktijkdesk makes a backup first.</translation>
    </message>
</context>
<context>
    <name>IssueDeclarationDialog</name>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/issue_declaration.py" line="220"/>
        <source>Praktijkverklaring voor {name}</source>
        <translation>Practice declaration for {name}</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/issue_declaration.py" line="222"/>
        <source>Eerder gemaakte verklaringen</source>
        <translation>Declarations made earlier</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/issue_declaration.py" line="223"/>
        <source>Welke werkprocessen komen op de verklaring?</source>
        <translation>Which work processes go on the declaration?</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/issue_declaration.py" line="225"/>
        <source>Alleen werkprocessen die als beheerst zijn afgerond, kunnen op de verklaring.</source>
        <translation>Only work processes concluded as mastered can go on the declaration.</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/issue_declaration.py" line="226"/>
        <source>Hoe wordt er getekend?</source>
        <translation>How will it be signed?</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/issue_declaration.py" line="228"/>
        <source>Tekenen op het scherm</source>
        <translation>Sign on the screen</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/issue_declaration.py" line="229"/>
        <source>Afdrukken met lege lijnen (tekenen met pen)</source>
        <translation>Print with empty lines (sign with a pen)</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/issue_declaration.py" line="230"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/issue_declaration.py" line="231"/>
        <source>Terug</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/issue_declaration.py" line="232"/>
        <source>Voorbeeld bekijken</source>
        <translation>View preview</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/issue_declaration.py" line="233"/>
        <source>Verklaring maken</source>
        <translation>Make declaration</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/issue_declaration.py" line="234"/>
        <source>Opnieuw</source>
        <translation>Again</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/issue_declaration.py" line="235"/>
        <source>Klaar</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/issue_declaration.py" line="236"/>
        <source>Afdrukken</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/issue_declaration.py" line="237"/>
        <source>Opslaan als PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/issue_declaration.py" line="238"/>
        <source>Openen in PDF-lezer</source>
        <translation>Open in PDF reader</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/issue_declaration.py" line="239"/>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/issue_declaration.py" line="244"/>
        <location filename="../../praktijkdesk/ui/dialogs/issue_declaration.py" line="376"/>
        <source>Dit is een concept. Kijk of alles klopt en druk dan op Verklaring maken.</source>
        <translation>This is a draft. Check that everything is right, then press Make declaration.</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/issue_declaration.py" line="273"/>
        <source>ingetrokken: {reason}</source>
        <translation>withdrawn: {reason}</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/issue_declaration.py" line="276"/>
        <source>getekend</source>
        <translation>signed</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/issue_declaration.py" line="278"/>
        <source>Bekijken</source>
        <translation>View</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/issue_declaration.py" line="279"/>
        <source>Verklaring {number} bekijken</source>
        <translation>View declaration {number}</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/issue_declaration.py" line="285"/>
        <source>Tekenen</source>
        <translation>Sign</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/issue_declaration.py" line="286"/>
        <source>Verklaring {number} tekenen</source>
        <translation>Sign declaration {number}</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/issue_declaration.py" line="290"/>
        <location filename="../../praktijkdesk/ui/dialogs/issue_declaration.py" line="523"/>
        <source>Intrekken</source>
        <translation>Withdraw</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/issue_declaration.py" line="292"/>
        <source>Verklaring {number} intrekken</source>
        <translation>Withdraw declaration {number}</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/issue_declaration.py" line="324"/>
        <source>Er is nog geen werkproces afgerond als beheerst. Een praktijkverklaring kan pas als minstens één werkproces beheerst is.</source>
        <translation>No work process has been concluded as mastered yet. A practice declaration is possible once at least one work process is mastered.</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/issue_declaration.py" line="352"/>
        <source>Alleen de praktijkopleider maakt de verklaring. U heeft hem voorbereid.</source>
        <translation>Only the practical trainer makes the declaration. You have prepared it.</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/issue_declaration.py" line="381"/>
        <source>Vul het nummer in bij Instellingen → Leerbedrijven.</source>
        <translation>Fill in the number under Settings → Employers.</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/issue_declaration.py" line="396"/>
        <source>Vorige verklaring intrekken</source>
        <translation>Withdraw the previous declaration</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/issue_declaration.py" line="397"/>
        <source>Verklaring {number} wordt ingetrokken en blijft in de geschiedenis. Waarom komt er een nieuwe?</source>
        <translation>Declaration {number} will be withdrawn and stays in the history. Why is a new one needed?</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/issue_declaration.py" line="399"/>
        <source>Intrekken en nieuwe maken</source>
        <translation>Withdraw and make a new one</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/issue_declaration.py" line="437"/>
        <source>Tekenvlak voor {who}</source>
        <translation>Signing area for {who}</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/issue_declaration.py" line="482"/>
        <source>Verklaring {number} is gemaakt en getekend.</source>
        <translation>Declaration {number} has been made and signed.</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/issue_declaration.py" line="483"/>
        <source>Verklaring {number} is gemaakt. Druk hem af en teken met pen.</source>
        <translation>Declaration {number} has been made. Print it and sign with a pen.</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/issue_declaration.py" line="511"/>
        <source>Verklaring {number}</source>
        <translation>Declaration {number}</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/issue_declaration.py" line="520"/>
        <source>Verklaring intrekken</source>
        <translation>Withdraw declaration</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/issue_declaration.py" line="521"/>
        <source>Verklaring {number} wordt gemarkeerd als ingetrokken en blijft in de geschiedenis. Waarom wordt hij ingetrokken?</source>
        <translation>Declaration {number} will be marked as withdrawn and stays in the history. Why is it withdrawn?</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../praktijkdesk/ui/main_window.py" line="446"/>
        <source>{status} bij ‘{text}’ is teruggezet.</source>
        <translation>{status} on ‘{text}’ has been undone.</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/main_window.py" line="433"/>
        <source>Er is hier niets meer om ongedaan te maken.</source>
        <translation>There is nothing more to undo here.</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/main_window.py" line="440"/>
        <source>De afronding van {code} is teruggedraaid.</source>
        <translation>The conclusion of {code} has been taken back.</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/main_window.py" line="260"/>
        <source>praktijkdesk</source>
        <translation>praktijkdesk</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/main_window.py" line="261"/>
        <source>‹ Terug</source>
        <translation>‹ Back</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/main_window.py" line="262"/>
        <source>Terug</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/main_window.py" line="263"/>
        <source>Instellingen</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/main_window.py" line="266"/>
        <source>Wie is er aan het werk?</source>
        <translation>Who is working?</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/main_window.py" line="267"/>
        <source>Een ogenblik, praktijkdesk wordt geopend…</source>
        <translation>One moment, praktijkdesk is opening…</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/main_window.py" line="282"/>
        <source>Wie werkt er?</source>
        <translation>Who&apos;s working?</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/main_window.py" line="283"/>
        <source>Kies wie er werkt</source>
        <translation>Choose who is working</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/main_window.py" line="285"/>
        <source>{name} · Wisselen</source>
        <translation>{name} · Switch</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/main_window.py" line="287"/>
        <source>Ingelogd als {name}. Tik om te wisselen</source>
        <translation>Working as {name}. Tap to switch</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/main_window.py" line="442"/>
        <source>De overstap is teruggedraaid: weer {text}.</source>
        <translation>The switch has been undone: back to {text}.</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/main_window.py" line="482"/>
        <source>{name} is gewist.</source>
        <translation>{name} has been erased.</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/main_window.py" line="496"/>
        <source>Gewist: {names}.</source>
        <translation>Erased: {names}.</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/main_window.py" line="545"/>
        <source>De details staan in {path}.</source>
        <translation>The details are in {path}.</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/main_window.py" line="546"/>
        <source>De reservekopie is niet gelukt. Uw gegevens zelf zijn wel opgeslagen. {problem}</source>
        <translation>The backup did not work. Your data itself has been saved. {problem}</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/main_window.py" line="551"/>
        <source>Geen reservekopie gemaakt</source>
        <translation>No backup made</translation>
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
    <name>MergeDialog</name>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/exchange.py" line="658"/>
        <location filename="../../praktijkdesk/ui/dialogs/exchange.py" line="659"/>
        <source>Twee keer dezelfde kandidaat?</source>
        <translation>The same candidate twice?</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/exchange.py" line="662"/>
        <source>{name}, geboren {born}, staat er twee keer in.</source>
        <translation>{name}, born {born}, is in here twice.</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/exchange.py" line="663"/>
        <source>{name} staat er twee keer in.</source>
        <translation>{name} is in here twice.</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/exchange.py" line="664"/>
        <source>Waarschijnlijk is de kandidaat op twee computers ingevoerd. Kies wie blijft.</source>
        <translation>The candidate was probably entered on two computers. Choose which one stays.</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/exchange.py" line="666"/>
        <source>{name} houden</source>
        <translation>Keep {name}</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/exchange.py" line="667"/>
        <source>(eerst ingevoerd)</source>
        <translation>(entered first)</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/exchange.py" line="667"/>
        <source>(later ingevoerd)</source>
        <translation>(entered later)</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/exchange.py" line="673"/>
        <source>Traject bij {employer}: {guide}, gestart {date}</source>
        <translation>Trajectory at {employer}: {guide}, started {date}</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/exchange.py" line="677"/>
        <source>Geen trajecten</source>
        <translation>No trajectories</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/exchange.py" line="680"/>
        <source>Er gaat niets verloren: de trajecten en beoordelingen van de andere gaan mee naar de kandidaat die blijft. Andere computers doen hetzelfde na de volgende uitwisseling.</source>
        <translation>Nothing is lost: the trajectories and assessments of the other one move to the candidate who stays. Other computers do the same after the next exchange.</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/exchange.py" line="683"/>
        <source>Nu niet</source>
        <translation>Not now</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/exchange.py" line="684"/>
        <source>Samenvoegen</source>
        <translation>Merge</translation>
    </message>
</context>
<context>
    <name>MigrationAssistant</name>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/migration_assistant.py" line="37"/>
        <source> (eigen versie)</source>
        <translation> (own version)</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/migration_assistant.py" line="66"/>
        <source>Andere versie</source>
        <translation>Other version</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/migration_assistant.py" line="67"/>
        <source>Overstappen naar een andere versie</source>
        <translation>Switch to another version</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/migration_assistant.py" line="68"/>
        <source>Naar</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/migration_assistant.py" line="69"/>
        <source>Naar welke versie</source>
        <translation>To which version</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/migration_assistant.py" line="70"/>
        <source>Nu: {title} · versie {version}</source>
        <translation>Now: {title} · version {version}</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/migration_assistant.py" line="72"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/migration_assistant.py" line="73"/>
        <location filename="../../praktijkdesk/ui/dialogs/migration_assistant.py" line="129"/>
        <source>Overstappen</source>
        <translation>Switch</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/migration_assistant.py" line="80"/>
        <source>Er is geen andere versie van dit begeleidingsdocument. Maak eerst een eigen versie, of lees een nieuwe versie van de school in.</source>
        <translation>There is no other version of this guide. Make your own version first, or read in a new version from the school.</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/migration_assistant.py" line="93"/>
        <source>{kept} gedragsvoorbeelden blijven (met hun beoordelingen), {new} zijn nieuw, {gone} vallen weg. {conclusions} afrondingen blijven staan.</source>
        <translation>{kept} behaviours stay (with their assessments), {new} are new, {gone} drop out. {conclusions} conclusions stay.</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/migration_assistant.py" line="101"/>
        <source>Anders gezegd (de beoordeling blijft):</source>
        <translation>Said in other words (the assessment stays):</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/migration_assistant.py" line="104"/>
        <source>Nieuw (nog niet beoordeeld):</source>
        <translation>New (not assessed yet):</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/migration_assistant.py" line="107"/>
        <source>Vallen weg (de beoordeling blijft bewaard, als “uit een vorige versie”):</source>
        <translation>Drop out (the assessment is kept, as “from an earlier version”):</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/migration_assistant.py" line="112"/>
        <source>Afgerond, en de gedragsvoorbeelden zijn veranderd; de afronding blijft staan, kijk er nog eens naar: {codes}</source>
        <translation>Concluded, and the behaviours have changed; the conclusion stays, please look at it again: {codes}</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/migration_assistant.py" line="122"/>
        <source>Wie bent u?</source>
        <translation>Who are you?</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/migration_assistant.py" line="123"/>
        <source>Kies eerst wie u bent (bovenaan).</source>
        <translation>First choose who you are (at the top).</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/migration_assistant.py" line="126"/>
        <source>Overstappen?</source>
        <translation>Switch?</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/migration_assistant.py" line="127"/>
        <source>Het traject gaat naar de andere versie. Er gaat geen beoordeling verloren. U kunt dit ongedaan maken met Ctrl+Z.</source>
        <translation>The trajectory moves to the other version. No assessment is lost. You can undo this with Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/migration_assistant.py" line="129"/>
        <source>Niet overstappen</source>
        <translation>Do not switch</translation>
    </message>
</context>
<context>
    <name>NewCandidateWizard</name>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/new_candidate_wizard.py" line="172"/>
        <source>Nieuwe kandidaat</source>
        <translation>New candidate</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/new_candidate_wizard.py" line="173"/>
        <location filename="../../praktijkdesk/ui/dialogs/new_candidate_wizard.py" line="174"/>
        <source>Naam van de kandidaat</source>
        <translation>Candidate&apos;s name</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/new_candidate_wizard.py" line="175"/>
        <source>Voornaam en achternaam</source>
        <translation>First and last name</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/new_candidate_wizard.py" line="176"/>
        <source>Geboortedatum (mag leeg blijven)</source>
        <translation>Date of birth (may stay empty)</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/new_candidate_wizard.py" line="177"/>
        <source>Geboortedatum</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/new_candidate_wizard.py" line="178"/>
        <source>dag-maand-jaar, bijvoorbeeld 17-04-1991</source>
        <translation>day-month-year, for example 17-04-1991</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/new_candidate_wizard.py" line="180"/>
        <source>Vul de geboortedatum alleen in als de school die op de verklaring wil hebben.</source>
        <translation>Only fill in the date of birth if the school wants it on the declaration.</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/new_candidate_wizard.py" line="181"/>
        <location filename="../../praktijkdesk/ui/dialogs/new_candidate_wizard.py" line="182"/>
        <source>Leerbedrijf</source>
        <translation>Employer</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/new_candidate_wizard.py" line="183"/>
        <source>Kies of typ een nieuw leerbedrijf</source>
        <translation>Choose, or type a new employer</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/new_candidate_wizard.py" line="184"/>
        <location filename="../../praktijkdesk/ui/dialogs/new_candidate_wizard.py" line="185"/>
        <source>Praktijkopleider</source>
        <translation>Practice trainer</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/new_candidate_wizard.py" line="186"/>
        <source>Kies of typ een nieuwe naam</source>
        <translation>Choose, or type a new name</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/new_candidate_wizard.py" line="187"/>
        <source>Jobcoach (mag leeg blijven)</source>
        <translation>Job coach (may stay empty)</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/new_candidate_wizard.py" line="188"/>
        <source>Jobcoach</source>
        <translation>Job coach</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/new_candidate_wizard.py" line="189"/>
        <location filename="../../praktijkdesk/ui/dialogs/new_candidate_wizard.py" line="190"/>
        <source>School (mbo-instelling)</source>
        <translation>School (mbo institution)</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/new_candidate_wizard.py" line="191"/>
        <source>Kies of typ de naam van de school</source>
        <translation>Choose or type the name of the school</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/new_candidate_wizard.py" line="193"/>
        <source>Welke leerlijst (begeleidingsdocument) past bij het werk?</source>
        <translation>Which guide (begeleidingsdocument) fits the work?</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/new_candidate_wizard.py" line="194"/>
        <source>Welke leerlijst past bij het werk?</source>
        <translation>Which guide fits the work?</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/new_candidate_wizard.py" line="197"/>
        <source> (voorbeeld)</source>
        <translation> (example)</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/new_candidate_wizard.py" line="200"/>
        <location filename="../../praktijkdesk/ui/dialogs/new_candidate_wizard.py" line="201"/>
        <source>Startdatum</source>
        <translation>Start date</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/new_candidate_wizard.py" line="203"/>
        <source>Welke werkprocessen gaat de kandidaat leren? Alles staat aan; zet uit wat niet past.</source>
        <translation>Which work processes will the candidate learn? All are on; switch off what does not fit.</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/new_candidate_wizard.py" line="204"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/new_candidate_wizard.py" line="205"/>
        <source>Vorige</source>
        <translation>Previous</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/new_candidate_wizard.py" line="210"/>
        <source>Wie is de nieuwe kandidaat?</source>
        <translation>Who is the new candidate?</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/new_candidate_wizard.py" line="210"/>
        <source>Waar leert de kandidaat?</source>
        <translation>Where does the candidate learn?</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/new_candidate_wizard.py" line="211"/>
        <source>Wat gaat de kandidaat leren?</source>
        <translation>What will the candidate learn?</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/new_candidate_wizard.py" line="211"/>
        <source>Welke werkprocessen?</source>
        <translation>Which work processes?</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/new_candidate_wizard.py" line="229"/>
        <source>Stap {step} van {count}</source>
        <translation>Step {step} of {count}</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/new_candidate_wizard.py" line="233"/>
        <source>Kandidaat opslaan</source>
        <translation>Save candidate</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/new_candidate_wizard.py" line="233"/>
        <source>Volgende</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/new_candidate_wizard.py" line="244"/>
        <source>Versie {version}</source>
        <translation>Version {version}</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/new_candidate_wizard.py" line="283"/>
        <source>Vul de naam van de kandidaat in.</source>
        <translation>Fill in the candidate&apos;s name.</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/new_candidate_wizard.py" line="285"/>
        <source>Schrijf de geboortedatum als dag-maand-jaar, bijvoorbeeld 17-04-1991.</source>
        <translation>Write the date of birth as day-month-year, for example 17-04-1991.</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/new_candidate_wizard.py" line="287"/>
        <source>Kies het leerbedrijf, of typ de naam van een nieuw leerbedrijf.</source>
        <translation>Choose the employer, or type a new employer&apos;s name.</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/new_candidate_wizard.py" line="289"/>
        <source>Kies de praktijkopleider, of typ een nieuwe naam.</source>
        <translation>Choose the practice trainer, or type a new name.</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/new_candidate_wizard.py" line="291"/>
        <source>Kies minstens één werkproces.</source>
        <translation>Choose at least one work process.</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/new_candidate_wizard.py" line="293"/>
        <source>Nog even aanvullen</source>
        <translation>Almost there</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/note.py" line="65"/>
        <source>{n} van {max} tekens</source>
        <translation>{n} of {max} characters</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/note.py" line="64"/>
        <source>{n} tekens te veel (hooguit {max}).</source>
        <translation>{n} characters too many (at most {max}).</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/note.py" line="49"/>
        <source>Er is nog geen beoordeling: de notitie wordt bewaard bij Nog niet.</source>
        <translation>There is no mark yet: the note is saved with Not yet.</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/note.py" line="41"/>
        <location filename="../../praktijkdesk/ui/dialogs/note.py" line="42"/>
        <source>Notitie</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/note.py" line="43"/>
        <source>Notitie bij: {text}</source>
        <translation>Note on: {text}</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/note.py" line="44"/>
        <source>Bijvoorbeeld: gaat goed als het rustig is.</source>
        <translation>For example: goes well when it&apos;s quiet.</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/note.py" line="46"/>
        <source>Kort en zakelijk. Schrijf geen medische of uitkeringsgegevens op. Een notitie mag ook leeg blijven.</source>
        <translation>Short and factual. Do not write down medical or benefit details. A note may also stay empty.</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/note.py" line="52"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/note.py" line="53"/>
        <source>Notitie opslaan</source>
        <translation>Save note</translation>
    </message>
</context>
<context>
    <name>PersonPickerScreen</name>
    <message>
        <location filename="../../praktijkdesk/ui/screens/person_picker.py" line="78"/>
        <source>Wie is er aan het werk?</source>
        <translation>Who is working?</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/person_picker.py" line="79"/>
        <source>Tik op uw naam. Alles wat u aanvinkt, komt op uw naam te staan.</source>
        <translation>Tap your name. Everything you mark is recorded in your name.</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/person_picker.py" line="80"/>
        <source>Praktijkopleiders</source>
        <translation>Practice trainers</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/person_picker.py" line="81"/>
        <source>Jobcoaches</source>
        <translation>Job coaches</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/person_picker.py" line="83"/>
        <source>Er staat nog niemand in praktijkdesk. Voeg uzelf toe, of kijk eerst rond met voorbeeldgegevens.</source>
        <translation>There is nobody in praktijkdesk yet. Add yourself, or look around first with example data.</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/person_picker.py" line="85"/>
        <source>Voorbeeldgegevens laden</source>
        <translation>Load example data</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/person_picker.py" line="86"/>
        <source>+ Mijzelf toevoegen</source>
        <translation>+ Add myself</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/person_picker.py" line="118"/>
        <source>Praktijkopleider</source>
        <translation>Practice trainer</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/person_picker.py" line="120"/>
        <source>Jobcoach</source>
        <translation>Job coach</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/person_picker.py" line="122"/>
        <source>{n} kandidaat/kandidaten</source>
        <translation>{n} candidate(s)</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/person_picker.py" line="141"/>
        <source>+ Nieuwe praktijkopleider</source>
        <translation>+ New practice trainer</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/person_picker.py" line="141"/>
        <source>+ Nieuwe jobcoach</source>
        <translation>+ New job coach</translation>
    </message>
</context>
<context>
    <name>PrivacyDialogs</name>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/privacy.py" line="36"/>
        <source>Map kiezen voor de gegevens</source>
        <translation>Choose a folder for the data</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/privacy.py" line="51"/>
        <source>Gegevens opgeslagen</source>
        <translation>Data saved</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/privacy.py" line="52"/>
        <source>Alle gegevens van deze kandidaat staan nu in de map {path}: het bestand gegevens.json en de praktijkverklaringen als PDF. Geef ze alleen aan de kandidaat zelf, bijvoorbeeld op een USB-stick.</source>
        <translation>All data of this candidate is now in the folder {path}: the file gegevens.json and the practice declarations as PDF. Give them only to the candidate themselves, for example on a USB stick.</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/issue_declaration.py" line="65"/>
        <source>Reden</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/issue_declaration.py" line="66"/>
        <source>Bijvoorbeeld: verkeerd werkproces gekozen</source>
        <translation>For example: wrong work process chosen</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/conclude.py" line="58"/>
        <source>Afronding terugdraaien</source>
        <translation>Undo conclusion</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/conclude.py" line="59"/>
        <source>Afronding terugdraaien?</source>
        <translation>Undo the conclusion?</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/conclude.py" line="60"/>
        <source>Waarom? (mag leeg blijven)</source>
        <translation>Why? (may stay empty)</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/conclude.py" line="61"/>
        <source>Bijvoorbeeld: per ongeluk afgerond.</source>
        <translation>For example: concluded by mistake.</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/conclude.py" line="62"/>
        <source>Niet terugdraaien</source>
        <translation>Do not undo</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/conclude.py" line="63"/>
        <source>Terugdraaien</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/conclude.py" line="65"/>
        <source>Werkproces afronden</source>
        <translation>Conclude work process</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/conclude.py" line="66"/>
        <source>Werkproces nu al afronden?</source>
        <translation>Conclude the work process already?</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/conclude.py" line="67"/>
        <source>Waarom beheerst de kandidaat dit werkproces toch?</source>
        <translation>Why does the candidate master this work process anyway?</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/conclude.py" line="69"/>
        <source>Bijvoorbeeld: doet dit al maanden zelfstandig, alleen nog niet alles afgevinkt.</source>
        <translation>For example: has done this independently for months, just not everything ticked off yet.</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/conclude.py" line="70"/>
        <location filename="../../praktijkdesk/ui/dialogs/issue_declaration.py" line="69"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/conclude.py" line="71"/>
        <source>Afronden</source>
        <translation>Conclude</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/conclude.py" line="88"/>
        <source>Het werkproces staat daarna weer open. De beoordelingen blijven zoals ze zijn, en de geschiedenis blijft bewaard.</source>
        <translation>The work process is then open again. The assessments stay as they are, and the history is kept.</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/conclude.py" line="93"/>
        <source>Een paar woorden is genoeg (minstens {n} tekens). De reden wordt bewaard bij de afronding. Schrijf geen medische of uitkeringsgegevens op.</source>
        <translation>A few words are enough (at least {n} characters). The reason is kept with the conclusion. Do not write down medical or benefit details.</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/conclude.py" line="107"/>
        <source>Schrijf eerst een korte reden, minstens {n} tekens. Daarna kunt u afronden.</source>
        <translation>First write a short reason, at least {n} characters. Then you can conclude.</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/privacy.py" line="206"/>
        <location filename="../../praktijkdesk/ui/dialogs/privacy.py" line="207"/>
        <source>Oude gegevens wissen</source>
        <translation>Erase old data</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/privacy.py" line="210"/>
        <source>Van deze kandidaten zijn alle trajecten langer dan {years} jaar geleden afgesloten. Bewaar gegevens niet langer dan nodig (AVG). Vink aan wie gewist mag worden.</source>
        <translation>All trajectories of these candidates were closed more than {years} years ago. Keep data no longer than needed (GDPR). Tick who may be erased.</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/privacy.py" line="215"/>
        <source>Er zijn geen kandidaten waarvan alle trajecten langer dan {years} jaar geleden zijn afgesloten.</source>
        <translation>There are no candidates whose trajectories were all closed more than {years} years ago.</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/privacy.py" line="218"/>
        <source>{name}  ·  afgesloten {date}  ·  trajecten: {n}</source>
        <translation>{name}  ·  closed {date}  ·  trajectories: {n}</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/privacy.py" line="222"/>
        <source>Wissen kan niet ongedaan worden gemaakt. Oudere reservekopieën bevatten de gegevens nog, tot ze vanzelf vervallen (na hoogstens ruim een jaar).</source>
        <translation>Erasing cannot be undone. Older backups still hold the data until they expire by themselves (after a little over a year at most).</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/privacy.py" line="224"/>
        <source>Nu niet</source>
        <translation>Not now</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/privacy.py" line="224"/>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/privacy.py" line="225"/>
        <source>Aangevinkte wissen…</source>
        <translation>Erase ticked…</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/privacy.py" line="239"/>
        <source>{name} wissen?</source>
        <translation>Erase {name}?</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/privacy.py" line="240"/>
        <source>{n} kandidaten wissen?</source>
        <translation>Erase {n} candidates?</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/privacy.py" line="243"/>
        <source>Gewist worden: {names}. Met hun trajecten, beoordelingen, conclusies, praktijkverklaringen en handtekeningen. Dit kan niet ongedaan worden gemaakt. Oudere reservekopieën bevatten de gegevens nog, tot ze vanzelf vervallen.</source>
        <translation>To be erased: {names}. With their trajectories, assessments, conclusions, practice declarations and signatures. This cannot be undone. Older backups still hold the data until they expire by themselves.</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/privacy.py" line="247"/>
        <source>Ja, wissen</source>
        <translation>Yes, erase</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/privacy.py" line="247"/>
        <source>Niet wissen</source>
        <translation>Do not erase</translation>
    </message>
</context>
<context>
    <name>SchoolDialog</name>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/school.py" line="78"/>
        <source>School wijzigen</source>
        <translation>Edit school</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/school.py" line="78"/>
        <source>School toevoegen</source>
        <translation>Add school</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/school.py" line="81"/>
        <source>Naam van de school</source>
        <translation>Name of the school</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/school.py" line="82"/>
        <source>BRIN-code (2 cijfers en 2 letters, zoals 25LH)</source>
        <translation>BRIN code (2 digits and 2 letters, like 25LH)</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/school.py" line="83"/>
        <source>Plaats</source>
        <translation>Town</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/school.py" line="84"/>
        <source>Contactpersoon van het Praktijkloket</source>
        <translation>Contact person at the Praktijkloket</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/school.py" line="85"/>
        <source>Telefoon van het Praktijkloket</source>
        <translation>Phone of the Praktijkloket</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/school.py" line="86"/>
        <source>E-mail van het Praktijkloket</source>
        <translation>E-mail of the Praktijkloket</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/school.py" line="90"/>
        <location filename="../../praktijkdesk/ui/dialogs/school.py" line="91"/>
        <source>Tekst op de verklaring</source>
        <translation>Wording on the declaration</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/school.py" line="93"/>
        <source>Uitgereikt door de school, op basis van het oordeel van de praktijkopleider</source>
        <translation>Issued by the school, based on the practice trainer&apos;s judgement</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/school.py" line="94"/>
        <source>Namens de school afgegeven, op basis van het oordeel van de praktijkopleider</source>
        <translation>Given on behalf of the school, based on the practice trainer&apos;s judgement</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/school.py" line="95"/>
        <source>Opgesteld door de praktijkopleider, geregistreerd door de school</source>
        <translation>Drawn up by the practice trainer, registered by the school</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/school.py" line="99"/>
        <source>De school tekent de verklaring mee</source>
        <translation>The school also signs the declaration</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/school.py" line="101"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/school.py" line="102"/>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/school.py" line="102"/>
        <source>Toevoegen</source>
        <translation>Add</translation>
    </message>
</context>
<context>
    <name>SchoolSection</name>
    <message>
        <location filename="../../praktijkdesk/ui/screens/school_section.py" line="115"/>
        <location filename="../../praktijkdesk/ui/screens/school_section.py" line="119"/>
        <source>Scholen</source>
        <translation>Schools</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/school_section.py" line="117"/>
        <source>De mbo-instelling staat op de praktijkverklaring en registreert die. Het Praktijkloket van de school geeft ook de echte leerlijst.</source>
        <translation>The mbo institution is named on the declaration and registers it. The school&apos;s Praktijkloket also provides the real guide.</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/school_section.py" line="120"/>
        <source>+ School</source>
        <translation>+ School</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/school_section.py" line="121"/>
        <source>School toevoegen</source>
        <translation>Add school</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/school_section.py" line="122"/>
        <source>School wijzigen</source>
        <translation>Edit school</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/school_section.py" line="123"/>
        <location filename="../../praktijkdesk/ui/screens/school_section.py" line="126"/>
        <source>Leerbedrijven</source>
        <translation>Employers</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/school_section.py" line="125"/>
        <source>Plaats en erkenningsnummer van SBB staan op de verklaring.</source>
        <translation>Town and SBB recognition number are printed on the declaration.</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/school_section.py" line="127"/>
        <source>Gegevens wijzigen</source>
        <translation>Edit details</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/school_section.py" line="128"/>
        <source>Gegevens van het leerbedrijf wijzigen</source>
        <translation>Edit the employer&apos;s details</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/school_section.py" line="129"/>
        <source>Registratie voor de school</source>
        <translation>Registration for the school</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/school_section.py" line="131"/>
        <source>Een lijst van alle uitgereikte en ingetrokken praktijkverklaringen, om naar de school te sturen. Het bestand opent in Excel of LibreOffice.</source>
        <translation>A list of all issued and withdrawn declarations, to send to the school. The file opens in Excel or LibreOffice.</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/school_section.py" line="133"/>
        <source>Voor welke school</source>
        <translation>For which school</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/school_section.py" line="134"/>
        <source>Lijst opslaan…</source>
        <translation>Save list…</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/school_section.py" line="135"/>
        <location filename="../../praktijkdesk/ui/screens/school_section.py" line="217"/>
        <source>Registratielijst opslaan</source>
        <translation>Save registration list</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/school_section.py" line="136"/>
        <source>Bekijken en afdrukken…</source>
        <translation>View and print…</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/school_section.py" line="137"/>
        <source>Registratielijst bekijken en afdrukken</source>
        <translation>View and print the registration list</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/school_section.py" line="147"/>
        <source>{n} traject(en)</source>
        <translation>{n} trajectory(ies)</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/school_section.py" line="150"/>
        <source>Nog geen school. Tik op + School.</source>
        <translation>No school yet. Tap + School.</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/school_section.py" line="165"/>
        <source>Alle scholen</source>
        <translation>All schools</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/school_section.py" line="188"/>
        <source>{n} praktijkverklaring(en) in de lijst.</source>
        <translation>{n} declaration(s) in the list.</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/school_section.py" line="218"/>
        <source>CSV voor Excel (*.csv)</source>
        <translation>CSV for Excel (*.csv)</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/school_section.py" line="229"/>
        <source>Opgeslagen</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/school_section.py" line="230"/>
        <source>De registratielijst met {n} praktijkverklaring(en) staat in {path}.</source>
        <translation>The registration list with {n} declaration(s) is in {path}.</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/school_section.py" line="242"/>
        <source>Registratielijst</source>
        <translation>Registration list</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <location filename="../../praktijkdesk/ui/screens/settings.py" line="204"/>
        <source>Instellingen</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/settings.py" line="205"/>
        <source>Organisatie</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/settings.py" line="206"/>
        <source>De naam en het logo staan op de verklaring en het voortgangsoverzicht.</source>
        <translation>The name and logo appear on the declaration and the progress overview.</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/settings.py" line="207"/>
        <location filename="../../praktijkdesk/ui/screens/settings.py" line="208"/>
        <source>Naam van de organisatie</source>
        <translation>Name of the organisation</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/settings.py" line="209"/>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/settings.py" line="210"/>
        <source>Naam van de organisatie opslaan</source>
        <translation>Save the name of the organisation</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/settings.py" line="211"/>
        <source>Logo kiezen…</source>
        <translation>Choose logo…</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/settings.py" line="212"/>
        <source>Logo weghalen</source>
        <translation>Remove logo</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/settings.py" line="213"/>
        <source>Taal en tekst</source>
        <translation>Language and text</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/settings.py" line="214"/>
        <source>Tekstgrootte</source>
        <translation>Text size</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/settings.py" line="215"/>
        <source>Mensen</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/settings.py" line="216"/>
        <source>Praktijkopleiders en jobcoaches die met praktijkdesk werken.</source>
        <translation>Practice trainers and job coaches who work with praktijkdesk.</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/settings.py" line="217"/>
        <source>Praktijkopleiders en jobcoaches</source>
        <translation>Practice trainers and job coaches</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/settings.py" line="218"/>
        <source>+ Praktijkopleider</source>
        <translation>+ Practice trainer</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/settings.py" line="219"/>
        <source>+ Jobcoach</source>
        <translation>+ Job coach</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/settings.py" line="220"/>
        <source>Naam wijzigen</source>
        <translation>Change name</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/settings.py" line="221"/>
        <source>Over praktijkdesk</source>
        <translation>About praktijkdesk</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/settings.py" line="222"/>
        <source>Reservekopieën</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/settings.py" line="224"/>
        <source>praktijkdesk maakt vanzelf reservekopieën: elke dag, elk half uur als er iets is veranderd, en bij het afsluiten. Hier kunt u er een maken of terugzetten.</source>
        <translation>praktijkdesk makes backups by itself: every day, every half hour when something changed, and when closing. Here you can make one or restore one.</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/settings.py" line="226"/>
        <source>Reservekopieën bekijken…</source>
        <translation>View backups…</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/settings.py" line="227"/>
        <source>Privacy</source>
        <translation>Privacy</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/settings.py" line="248"/>
        <source>Praktijkopleider</source>
        <translation>Practice trainer</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/settings.py" line="248"/>
        <source>Jobcoach</source>
        <translation>Job coach</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/settings.py" line="262"/>
        <source>Als alle trajecten van een kandidaat langer dan {years} jaar geleden zijn afgesloten, biedt praktijkdesk aan de gegevens te wissen.</source>
        <translation>When all trajectories of a candidate were closed more than {years} years ago, praktijkdesk offers to erase their data.</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/settings.py" line="265"/>
        <source>Nu komen er {n} kandidaten voor in aanmerking.</source>
        <translation>Candidates eligible now: {n}.</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/settings.py" line="267"/>
        <source>Oude gegevens bekijken ({n})…</source>
        <translation>View old data ({n})…</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/settings.py" line="274"/>
        <source>Geen logo</source>
        <translation>No logo</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/settings.py" line="290"/>
        <source>Logo kiezen</source>
        <translation>Choose logo</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/settings.py" line="292"/>
        <source>Afbeeldingen (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/settings.py" line="302"/>
        <location filename="../../praktijkdesk/ui/screens/settings.py" line="315"/>
        <source>Dit bestand lukt niet</source>
        <translation>This file does not work</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/settings.py" line="303"/>
        <source>Kies een PNG- of JPG-afbeelding.</source>
        <translation>Choose a PNG or JPG image.</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/settings.py" line="316"/>
        <source>Het logo kon niet worden opgeslagen ({reason}).</source>
        <translation>The logo could not be saved ({reason}).</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <location filename="../../praktijkdesk/ui/widgets/signature_pad.py" line="28"/>
        <source>Tekenvlak voor de handtekening</source>
        <translation>Signing area for the signature</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <location filename="../../praktijkdesk/ui/single_instance.py" line="165"/>
        <source>praktijkdesk is al geopend</source>
        <translation>praktijkdesk is already open</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/single_instance.py" line="167"/>
        <source>praktijkdesk draait al op deze computer. Het venster is naar voren gehaald; u kunt daar verder werken.</source>
        <translation>praktijkdesk is already running on this computer. Its window was brought to the front; you can carry on there.</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/single_instance.py" line="172"/>
        <source>praktijkdesk draait al op deze computer, met dezelfde gegevens. Zoek het venster op de taakbalk en werk daar verder. Ziet u het niet, wacht dan even en probeer het opnieuw.</source>
        <translation>praktijkdesk is already running on this computer, with the same data. Find its window on the taskbar and carry on there. If you do not see it, wait a moment and try again.</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/single_instance.py" line="180"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/single_instance.py" line="182"/>
        <source>OK, sluiten</source>
        <translation>OK, close</translation>
    </message>
</context>
<context>
    <name>SpeakerButton</name>
    <message>
        <location filename="../../praktijkdesk/ui/screens/candidate_view.py" line="141"/>
        <source>Lees voor: {subject}</source>
        <translation>Read aloud: {subject}</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/candidate_view.py" line="142"/>
        <source>Voorlezen</source>
        <translation>Read aloud</translation>
    </message>
</context>
<context>
    <name>Stars</name>
    <message>
        <location filename="../../praktijkdesk/ui/screens/candidate_view.py" line="99"/>
        <source>{lit} van de {all} sterren</source>
        <translation>{lit} of {all} stars</translation>
    </message>
</context>
<context>
    <name>TrajectoryOverviewScreen</name>
    <message>
        <location filename="../../praktijkdesk/ui/screens/trajectory_overview.py" line="261"/>
        <source>{done} van {total} gedragsvoorbeelden beheerst</source>
        <translation>{done} of {total} behaviours mastered</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/trajectory_overview.py" line="251"/>
        <source>{done} van {total} afgerond</source>
        <translation>{done} of {total} concluded</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/trajectory_overview.py" line="190"/>
        <source>Naar een andere computer of de jobcoach? Maak een uitwisselbestand van dit traject of van het leerbedrijf, of lees er een in.</source>
        <translation>To another computer or the job coach? Make an exchange file of this trajectory or of the employer, or read one in.</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/trajectory_overview.py" line="192"/>
        <source>Gegevens uitwisselen…</source>
        <translation>Exchange data…</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/trajectory_overview.py" line="254"/>
        <source>Verklaring gemaakt op {date}</source>
        <translation>Declaration made on {date}</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/trajectory_overview.py" line="257"/>
        <source>Klaar voor verklaring</source>
        <translation>Ready for declaration</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/trajectory_overview.py" line="185"/>
        <source>Verklaring maken</source>
        <translation>Make declaration</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/trajectory_overview.py" line="186"/>
        <source>Voortgangsoverzicht</source>
        <translation>Progress overview</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/trajectory_overview.py" line="187"/>
        <source>Wijzigen</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/trajectory_overview.py" line="188"/>
        <source>Laat zien aan kandidaat</source>
        <translation>Show to candidate</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/trajectory_overview.py" line="194"/>
        <source>Werkt het leerbedrijf anders? Zeg gedragsvoorbeelden in eigen woorden, voeg er een toe of verberg er een. Daarna kan dit traject overstappen; beoordelingen blijven.</source>
        <translation>Does the employer work differently? Put behaviours in your own words, add one or hide one. After that, this trajectory can switch; assessments stay.</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/trajectory_overview.py" line="196"/>
        <source>Eigen versie aanpassen…</source>
        <translation>Edit own version…</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/trajectory_overview.py" line="197"/>
        <source>Andere versie…</source>
        <translation>Other version…</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/trajectory_overview.py" line="198"/>
        <source>Gegevens uitwisselen</source>
        <translation>Exchange data</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/trajectory_overview.py" line="199"/>
        <source>Afgesloten</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/trajectory_overview.py" line="200"/>
        <source>Gegevens en privacy</source>
        <translation>Data and privacy</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/trajectory_overview.py" line="202"/>
        <source>Vraagt de kandidaat om zijn of haar gegevens, of om alles te wissen? Dat kan hier.</source>
        <translation>Does the candidate ask for their data, or to erase everything? You can do that here.</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/trajectory_overview.py" line="203"/>
        <source>Gegevens van deze kandidaat opslaan…</source>
        <translation>Save this candidate&apos;s data…</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/trajectory_overview.py" line="204"/>
        <source>Kandidaat en alle gegevens wissen…</source>
        <translation>Erase candidate and all data…</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/trajectory_overview.py" line="236"/>
        <source> (voorbeeld)</source>
        <translation> (example)</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/trajectory_overview.py" line="241"/>
        <source>Praktijkopleider: {trainer}</source>
        <translation>Practice trainer: {trainer}</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/trajectory_overview.py" line="243"/>
        <source>Jobcoach: {name}</source>
        <translation>Job coach: {name}</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/trajectory_overview.py" line="244"/>
        <source>Gestart {date}</source>
        <translation>Started {date}</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/trajectory_overview.py" line="246"/>
        <source>Tot {date}</source>
        <translation>Until {date}</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/trajectory_overview.py" line="259"/>
        <source>Voorbeeld-leerlijst: geen echte verklaring</source>
        <translation>Example guide: no real declaration</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/trajectory_overview.py" line="266"/>
        <source>Kan pas als minstens één werkproces beheerst is.</source>
        <translation>Possible once at least one work process is mastered.</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/trajectory_overview.py" line="267"/>
        <source>Weer openen</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/trajectory_overview.py" line="267"/>
        <source>Traject afsluiten</source>
        <translation>Close trajectory</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/trajectory_overview.py" line="273"/>
        <source>Uit een vorige versie (bewaard, telt niet mee):</source>
        <translation>From an earlier version (kept, does not count):</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/trajectory_overview.py" line="346"/>
        <source>Traject afsluiten?</source>
        <translation>Close trajectory?</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/trajectory_overview.py" line="347"/>
        <source>Het traject van {name} wordt afgesloten met vandaag als einddatum. Alles blijft bewaard en u kunt het later weer openen.</source>
        <translation>{name}&apos;s trajectory will be closed with today as its end date. Everything is kept and you can reopen it later.</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/trajectory_overview.py" line="349"/>
        <source>Afsluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/trajectory_overview.py" line="349"/>
        <source>Niet afsluiten</source>
        <translation>Don&apos;t close</translation>
    </message>
</context>
<context>
    <name>WorkProcessCard</name>
    <message>
        <location filename="../../praktijkdesk/ui/widgets/tile.py" line="250"/>
        <source>Let op: verschil ({count})</source>
        <translation>Note: difference ({count})</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/widgets/tile.py" line="252"/>
        <source>{done} van {total} gedragsvoorbeelden</source>
        <translation>{done} of {total} behaviours</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/widgets/tile.py" line="255"/>
        <source>Beheerst ✓</source>
        <translation>Mastered ✓</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/widgets/tile.py" line="257"/>
        <source>Klaar om af te ronden</source>
        <translation>Ready to conclude</translation>
    </message>
</context>
<context>
    <name>WorkProcessCardButton</name>
    <message>
        <location filename="../../praktijkdesk/ui/screens/candidate_view.py" line="272"/>
        <source>Dit kan je al!</source>
        <translation>You can already do this!</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/candidate_view.py" line="274"/>
        <source>{n} dingen kan je al</source>
        <translation>You can already do {n} things</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/candidate_view.py" line="276"/>
        <source>Hier werk je nog aan</source>
        <translation>You are still working on this</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/candidate_view.py" line="277"/>
        <source>{title}. {stars} van de {all} sterren. Tik om te openen</source>
        <translation>{title}. {stars} of {all} stars. Tap to open</translation>
    </message>
</context>
<context>
    <name>application</name>
    <message>
        <location filename="../../praktijkdesk/ui/application.py" line="142"/>
        <source>Er ging iets mis</source>
        <translation>Something went wrong</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/application.py" line="143"/>
        <source>Er ging iets mis dat niet had mogen gebeuren. Wat al was opgeslagen, is bewaard. U kunt gewoon verder werken. De details staan in {path}.</source>
        <translation>Something went wrong that should not have happened. What was already saved is kept. You can carry on working. The details are in {path}.</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/application.py" line="171"/>
        <source>praktijkdesk kan niet starten</source>
        <translation>praktijkdesk cannot start</translation>
    </message>
</context>
<context>
    <name>exchange</name>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/exchange.py" line="47"/>
        <source>Uitwisselbestand inlezen</source>
        <translation>Read in exchange file</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/exchange.py" line="49"/>
        <location filename="../../praktijkdesk/ui/dialogs/exchange.py" line="57"/>
        <source>Uitwisselbestanden (*.praktijk)</source>
        <translation>Exchange files (*.praktijk)</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/exchange.py" line="55"/>
        <source>Uitwisselbestand opslaan</source>
        <translation>Save exchange file</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/exchange.py" line="63"/>
        <source>Gedeelde map kiezen</source>
        <translation>Choose shared folder</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/exchange.py" line="92"/>
        <source>Leerlijsten</source>
        <translation>Guides</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/exchange.py" line="93"/>
        <source>Leerbedrijven</source>
        <translation>Employers</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/exchange.py" line="94"/>
        <source>Praktijkopleiders en jobcoaches</source>
        <translation>Workplace trainers and job coaches</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/exchange.py" line="95"/>
        <source>Kandidaten</source>
        <translation>Candidates</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/exchange.py" line="96"/>
        <source>Samengevoegde kandidaten</source>
        <translation>Merged candidates</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/exchange.py" line="97"/>
        <source>Trajecten</source>
        <translation>Trajectories</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/exchange.py" line="98"/>
        <source>Beoordelingen</source>
        <translation>Assessments</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/exchange.py" line="99"/>
        <source>Afgeronde werkprocessen</source>
        <translation>Concluded work processes</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/exchange.py" line="100"/>
        <source>Praktijkverklaringen</source>
        <translation>Practical declarations</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/exchange.py" line="101"/>
        <source>Handtekeningen</source>
        <translation>Signatures</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/exchange.py" line="108"/>
        <source>{n} nieuw</source>
        <translation>{n} new</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/exchange.py" line="110"/>
        <source>{n} bijgewerkt</source>
        <translation>{n} updated</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/exchange.py" line="116"/>
        <source>één traject</source>
        <translation>one trajectory</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/exchange.py" line="117"/>
        <source>de trajecten van één leerbedrijf</source>
        <translation>the trajectories of one employer</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/exchange.py" line="118"/>
        <source>alle trajecten</source>
        <translation>all trajectories</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/exchange.py" line="119"/>
        <source>de gedeelde map</source>
        <translation>the shared folder</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/exchange.py" line="262"/>
        <source>een andere computer</source>
        <translation>another computer</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/exchange.py" line="264"/>
        <source>Niets nieuws van {source}: alles stond er al in.</source>
        <translation>Nothing new from {source}: everything was here already.</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/exchange.py" line="269"/>
        <source>Nieuw van {source}: {marks} beoordeling(en) bij {n} kandidaat/kandidaten ({who})</source>
        <translation>New from {source}: {marks} mark(s) for {n} candidate(s) ({who})</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/exchange.py" line="272"/>
        <source>, {n} verschil(len) om te bekijken</source>
        <translation>, {n} difference(s) to look at</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/exchange.py" line="275"/>
        <source>Niet ingelezen (ander leerbedrijf): {names}.</source>
        <translation>Not read in (another employer): {names}.</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/exchange.py" line="393"/>
        <source>voor {name}</source>
        <translation>for {name}</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/exchange.py" line="414"/>
        <source>Uitwisselbestand gemaakt</source>
        <translation>Exchange file made</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/exchange.py" line="415"/>
        <source>Uitwisselbestand gemaakt: {name}, met {t} traject(en) en {m} beoordeling(en). Opgeslagen in {folder}.</source>
        <translation>Exchange file made: {name}, with {t} trajectory(ies) and {m} mark(s). Saved in {folder}.</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/exchange.py" line="434"/>
        <source>Uitwisselbestanden gemaakt</source>
        <translation>Exchange files made</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/exchange.py" line="435"/>
        <source>{n} bestand(en) gemaakt in {folder}: {names}</source>
        <translation>{n} file(s) made in {folder}: {names}</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/exchange.py" line="460"/>
        <source>Ingelezen</source>
        <translation>Read in</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/exchange.py" line="601"/>
        <source>De wijzigingen van deze computer staan in de map ({n} bestand(en)).</source>
        <translation>This computer&apos;s changes are in the folder ({n} file(s)).</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/exchange.py" line="604"/>
        <source>Bijgewerkt: er was niets nieuws.</source>
        <translation>Updated: there was nothing new.</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/exchange.py" line="706"/>
        <source>praktijkopleider</source>
        <translation>practice trainer</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/exchange.py" line="708"/>
        <source>jobcoach</source>
        <translation>job coach</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/exchange.py" line="710"/>
        <source>Twee keer dezelfde persoon?</source>
        <translation>The same person twice?</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/exchange.py" line="711"/>
        <source>{name} ({role}) staat er twee keer in, waarschijnlijk ingevoerd op twee computers. Samenvoegen? Er gaat niets verloren: alle beoordelingen blijven staan, op naam van {name}. Andere computers doen hetzelfde na de volgende uitwisseling.</source>
        <translation>{name} ({role}) is in here twice, probably entered on two computers. Merge? Nothing is lost: all assessments stay, in the name of {name}. Other computers do the same after the next exchange.</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/exchange.py" line="717"/>
        <source>Samenvoegen</source>
        <translation>Merge</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/exchange.py" line="718"/>
        <source>Nu niet</source>
        <translation>Not now</translation>
    </message>
</context>
<context>
    <name>formatting</name>
    <message>
        <location filename="../../praktijkdesk/ui/formatting.py" line="36"/>
        <source>vandaag {time}</source>
        <translation>today {time}</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/formatting.py" line="38"/>
        <source>gisteren {time}</source>
        <translation>yesterday {time}</translation>
    </message>
</context>
<context>
    <name>message</name>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/message.py" line="40"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/message.py" line="49"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/message.py" line="59"/>
        <source>Dit onderdeel komt binnenkort.</source>
        <translation>This part is coming soon.</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/message.py" line="60"/>
        <source>Dit onderdeel is nog niet klaar. Het komt in een volgende versie.</source>
        <translation>This part is not ready yet. It comes in a next version.</translation>
    </message>
</context>
<context>
    <name>ops</name>
    <message>
        <location filename="../../praktijkdesk/ui/ops.py" line="46"/>
        <source>Nog niet opgeslagen</source>
        <translation>Not saved yet</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/ops.py" line="48"/>
        <source>Opnieuw</source>
        <translation>Try again</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/ops.py" line="49"/>
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/ops.py" line="54"/>
        <source>Dat lukte niet</source>
        <translation>That didn&apos;t work</translation>
    </message>
</context>
<context>
    <name>plain_words</name>
    <message>
        <location filename="../../praktijkdesk/ui/plain_words.py" line="35"/>
        <source>Kerntaak {code}  {title}</source>
        <translation>Core task {code}  {title}</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/plain_words.py" line="43"/>
        <source>leerlijsten (begeleidingsdocumenten)</source>
        <translation>guides (begeleidingsdocumenten)</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/plain_words.py" line="46"/>
        <source>leerlijsten</source>
        <translation>guides</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/plain_words.py" line="48"/>
        <source>leerlijst (begeleidingsdocument)</source>
        <translation>guide (begeleidingsdocument)</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/plain_words.py" line="50"/>
        <source>leerlijst</source>
        <translation>guide</translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <location filename="../../praktijkdesk/ui/printing.py" line="258"/>
        <source>{name} staat in de map {folder}.</source>
        <translation>{name} is in the folder {folder}.</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/printing.py" line="256"/>
        <source>Opgeslagen</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/printing.py" line="262"/>
        <source>Openen</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/printing.py" line="263"/>
        <source>Map openen</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/printing.py" line="277"/>
        <source>Het openen lukte niet. Het bestand staat in {path}.</source>
        <translation>It could not be opened. The file is in {path}.</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/printing.py" line="257"/>
        <source>De PDF is opgeslagen.</source>
        <translation>The PDF has been saved.</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/printing.py" line="43"/>
        <source>Er is geen printer gevonden. Sla de verklaring op als PDF of open hem in de PDF-lezer.</source>
        <translation>No printer was found. Save the declaration as a PDF or open it in the PDF reader.</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/printing.py" line="72"/>
        <source>Het PDF-bestand kan niet worden gelezen.</source>
        <translation>The PDF file cannot be read.</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/printing.py" line="89"/>
        <source>Voorbeeld van het document</source>
        <translation>Preview of the document</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/printing.py" line="119"/>
        <source>De printer kan niet worden gestart.</source>
        <translation>The printer cannot be started.</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/printing.py" line="159"/>
        <location filename="../../praktijkdesk/ui/printing.py" line="165"/>
        <location filename="../../praktijkdesk/ui/printing.py" line="333"/>
        <source>Afdrukken</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/printing.py" line="214"/>
        <source>Bestand vervangen?</source>
        <translation>Replace file?</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/printing.py" line="215"/>
        <source>Er staat al een bestand {name} in {folder}. Wilt u het vervangen?</source>
        <translation>There already is a file {name} in {folder}. Do you want to replace it?</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/printing.py" line="218"/>
        <source>Vervangen</source>
        <translation>Replace</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/printing.py" line="227"/>
        <location filename="../../praktijkdesk/ui/printing.py" line="335"/>
        <source>Opslaan als PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/printing.py" line="227"/>
        <source>PDF-bestanden (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/printing.py" line="305"/>
        <source>Er is geen PDF-lezer gevonden. Het bestand staat in {path}.</source>
        <translation>No PDF reader was found. The file is in {path}.</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/printing.py" line="264"/>
        <location filename="../../praktijkdesk/ui/printing.py" line="330"/>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/printing.py" line="331"/>
        <source>Openen in PDF-lezer</source>
        <translation>Open in PDF reader</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/printing.py" line="401"/>
        <source>Het overzicht wordt gemaakt…</source>
        <translation>Making the overview…</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/printing.py" line="411"/>
        <source>Het overzicht kon niet worden gemaakt.</source>
        <translation>The overview could not be made.</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/printing.py" line="434"/>
        <location filename="../../praktijkdesk/ui/printing.py" line="458"/>
        <source>Voortgangsoverzicht van {name}</source>
        <translation>Progress overview of {name}</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/printing.py" line="452"/>
        <source>Voortgangsoverzicht</source>
        <translation>Progress overview</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/printing.py" line="453"/>
        <source>{name} heeft geen lopende trajecten.</source>
        <translation>{name} has no running trajectories.</translation>
    </message>
</context>
</TS>
