<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_GB" sourcelanguage="nl_NL">
<context>
    <name>AddPersonDialog</name>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/person.py" line="61" />
        <source>Naam wijzigen</source>
        <translation>Change name</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/person.py" line="61" />
        <source>Iemand toevoegen</source>
        <translation>Add someone</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/person.py" line="63" />
        <location filename="../../praktijkdesk/ui/dialogs/person.py" line="64" />
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/person.py" line="65" />
        <source>Voornaam en achternaam</source>
        <translation>First and last name</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/person.py" line="66" />
        <source>Wat doet deze persoon?</source>
        <translation>What does this person do?</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/person.py" line="67" />
        <location filename="../../praktijkdesk/ui/dialogs/person.py" line="68" />
        <source>Praktijkopleider</source>
        <translation>Practice trainer</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/person.py" line="69" />
        <location filename="../../praktijkdesk/ui/dialogs/person.py" line="70" />
        <source>Jobcoach</source>
        <translation>Job coach</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/person.py" line="71" />
        <source>Leerbedrijf (mag leeg blijven)</source>
        <translation>Employer (may stay empty)</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/person.py" line="72" />
        <source>Leerbedrijf</source>
        <translation>Employer</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/person.py" line="73" />
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/person.py" line="74" />
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/person.py" line="74" />
        <source>Toevoegen</source>
        <translation>Add</translation>
    </message>
</context>
<context>
    <name>BehaviourRow</name>
    <message>
        <location filename="../../praktijkdesk/ui/screens/checklist.py" line="65" />
        <source>{status} · {when} · {who}</source>
        <translation>{status} · {when} · {who}</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/checklist.py" line="72" />
        <source>Notitie</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/checklist.py" line="73" />
        <source>Notitie bij: {text}</source>
        <translation>Note on: {text}</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/checklist.py" line="75" />
        <source>Kies eerst Nog niet, Oefent of Beheerst.</source>
        <translation>First choose Not yet, Practising or Mastered.</translation>
    </message>
</context>
<context>
    <name>CandidateTile</name>
    <message>
        <location filename="../../praktijkdesk/ui/widgets/tile.py" line="107" />
        <source>{done} van {total} beheerst</source>
        <translation>{done} of {total} mastered</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/widgets/tile.py" line="109" />
        <source>Klaar voor verklaring</source>
        <translation>Ready for declaration</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/widgets/tile.py" line="110" />
        <source>Afgesloten</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/widgets/tile.py" line="111" />
        <source>{name}, {employer}</source>
        <translation>{name}, {employer}</translation>
    </message>
</context>
<context>
    <name>CandidatesScreen</name>
    <message>
        <location filename="../../praktijkdesk/ui/screens/candidates.py" line="114" />
        <source>Kandidaten</source>
        <translation>Candidates</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/candidates.py" line="115" />
        <location filename="../../praktijkdesk/ui/screens/candidates.py" line="126" />
        <source>+ Nieuwe kandidaat</source>
        <translation>+ New candidate</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/candidates.py" line="116" />
        <source>Zoek op naam</source>
        <translation>Search by name</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/candidates.py" line="117" />
        <source>Zoek een kandidaat op naam</source>
        <translation>Search a candidate by name</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/candidates.py" line="118" />
        <source>Zoekveld leegmaken</source>
        <translation>Clear the search field</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/candidates.py" line="119" />
        <source>Leerbedrijf kiezen</source>
        <translation>Choose employer</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/candidates.py" line="121" />
        <location filename="../../praktijkdesk/ui/screens/candidates.py" line="176" />
        <source>Alle leerbedrijven</source>
        <translation>All employers</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/candidates.py" line="122" />
        <source>Klaar voor verklaring</source>
        <translation>Ready for declaration</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/candidates.py" line="123" />
        <source>Ook afgesloten</source>
        <translation>Closed ones too</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/candidates.py" line="124" />
        <source>Meer tonen</source>
        <translation>Show more</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/candidates.py" line="125" />
        <source>Voorbeeldgegevens laden</source>
        <translation>Load example data</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/candidates.py" line="155" />
        <source>{count} gevonden</source>
        <translation>{count} found</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/candidates.py" line="157" />
        <source>{count} actief</source>
        <translation>{count} active</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/candidates.py" line="164" />
        <source>Nog geen kandidaten</source>
        <translation>No candidates yet</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/candidates.py" line="166" />
        <source>Voeg uw eerste kandidaat toe. Of laad voorbeeldgegevens om eerst rustig rond te kijken; u kunt ze later gewoon laten staan of een nieuwe map beginnen.</source>
        <translation>Add your first candidate. Or load example data to look around first; you can simply keep it later or start a new folder.</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/candidates.py" line="169" />
        <source>Niemand gevonden</source>
        <translation>Nobody found</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/candidates.py" line="170" />
        <source>Probeer een ander deel van de naam, of zet een filter uit.</source>
        <translation>Try another part of the name, or switch a filter off.</translation>
    </message>
</context>
<context>
    <name>ChecklistScreen</name>
    <message>
        <location filename="../../praktijkdesk/ui/screens/checklist.py" line="169" />
        <source>‹ Vorige werkproces</source>
        <translation>‹ Previous work process</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/checklist.py" line="170" />
        <source>↶ Ongedaan maken</source>
        <translation>↶ Undo</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/checklist.py" line="171" />
        <source>Ongedaan maken</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/checklist.py" line="172" />
        <source>Dit werkproces beheerst</source>
        <translation>Work process mastered</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/checklist.py" line="218" />
        <source>Werkproces {n} van {count}</source>
        <translation>Work process {n} of {count}</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/checklist.py" line="223" />
        <source>{done} van {total} beheerst</source>
        <translation>{done} of {total} mastered</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/checklist.py" line="231" />
        <source>Naar het overzicht ›</source>
        <translation>To the overview ›</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/checklist.py" line="232" />
        <source>Volgende werkproces ›</source>
        <translation>Next work process ›</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/checklist.py" line="234" />
        <source>Vorige werkproces</source>
        <translation>Previous work process</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/checklist.py" line="268" />
        <source>✓ Afgerond: dit werkproces is beheerst (vastgelegd op {date} door {who}).</source>
        <translation>✓ Done: this work process is mastered (recorded on {date} by {who}).</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/checklist.py" line="276" />
        <source>Mooi! Alle gedragsvoorbeelden staan op Beheerst. Kan de kandidaat dit werkproces zelfstandig?</source>
        <translation>Well done! Every behaviour is Mastered. Can the candidate do this work process on their own?</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/checklist.py" line="281" />
        <source>Mooi! Alle gedragsvoorbeelden staan op Beheerst. De praktijkopleider kan dit werkproces nu afronden.</source>
        <translation>Well done! Every behaviour is Mastered. The practice trainer can now conclude this work process.</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/checklist.py" line="302" />
        <source>Wie is er aan het werk?</source>
        <translation>Who is working?</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/checklist.py" line="303" />
        <source>Kies eerst uw naam, dan komt elke beoordeling op uw naam.</source>
        <translation>Choose your name first, so every mark is recorded in your name.</translation>
    </message>
</context>
<context>
    <name>EditTrajectoryDialog</name>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/edit_trajectory.py" line="82" />
        <source>Traject wijzigen</source>
        <translation>Change trajectory</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/edit_trajectory.py" line="83" />
        <source>Traject van {name} wijzigen</source>
        <translation>Change {name}'s trajectory</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/edit_trajectory.py" line="86" />
        <source>Naam van de kandidaat</source>
        <translation>Candidate's name</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/edit_trajectory.py" line="86" />
        <source>Geboortedatum (mag leeg blijven)</source>
        <translation>Date of birth (may stay empty)</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/edit_trajectory.py" line="87" />
        <source>Praktijkopleider</source>
        <translation>Practice trainer</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/edit_trajectory.py" line="87" />
        <source>Jobcoach</source>
        <translation>Job coach</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/edit_trajectory.py" line="88" />
        <source>Startdatum</source>
        <translation>Start date</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/edit_trajectory.py" line="88" />
        <source>Werkprocessen die de kandidaat leert</source>
        <translation>Work processes the candidate learns</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/edit_trajectory.py" line="93" />
        <source>Geboortedatum</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/edit_trajectory.py" line="94" />
        <source>dag-maand-jaar, bijvoorbeeld 17-04-1991</source>
        <translation>day-month-year, for example 17-04-1991</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/edit_trajectory.py" line="98" />
        <location filename="../../praktijkdesk/ui/dialogs/edit_trajectory.py" line="99" />
        <source>Er is een einddatum</source>
        <translation>There is an end date</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/edit_trajectory.py" line="100" />
        <source>Einddatum</source>
        <translation>End date</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/edit_trajectory.py" line="101" />
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/edit_trajectory.py" line="102" />
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/edit_trajectory.py" line="108" />
        <source>Nog even aanvullen</source>
        <translation>Almost there</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/edit_trajectory.py" line="109" />
        <source>Schrijf de geboortedatum als dag-maand-jaar, bijvoorbeeld 17-04-1991.</source>
        <translation>Write the date of birth as day-month-year, for example 17-04-1991.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../praktijkdesk/ui/main_window.py" line="115" />
        <source>praktijkdesk</source>
        <translation>praktijkdesk</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/main_window.py" line="116" />
        <source>‹ Terug</source>
        <translation>‹ Back</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/main_window.py" line="117" />
        <source>Terug</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/main_window.py" line="118" />
        <source>Instellingen</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/main_window.py" line="131" />
        <source>Wie werkt er?</source>
        <translation>Who's working?</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/main_window.py" line="132" />
        <source>Kies wie er werkt</source>
        <translation>Choose who is working</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/main_window.py" line="134" />
        <source>{name} · Wisselen</source>
        <translation>{name} · Switch</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/main_window.py" line="136" />
        <source>Ingelogd als {name}. Tik om te wisselen</source>
        <translation>Working as {name}. Tap to switch</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/main_window.py" line="212" />
        <source>Er is niets meer om ongedaan te maken.</source>
        <translation>There is nothing left to undo.</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/main_window.py" line="214" />
        <source>Ongedaan gemaakt.</source>
        <translation>Undone.</translation>
    </message>
</context>
<context>
    <name>MarkToggle</name>
    <message>
        <location filename="../../praktijkdesk/ui/widgets/mark_toggle.py" line="23" />
        <source>Nog niet</source>
        <translation>Not yet</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/widgets/mark_toggle.py" line="24" />
        <source>Oefent</source>
        <translation>Practising</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/widgets/mark_toggle.py" line="25" />
        <source>Beheerst</source>
        <translation>Mastered</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/widgets/mark_toggle.py" line="26" />
        <source>Nog niet bekeken</source>
        <translation>Not looked at yet</translation>
    </message>
</context>
<context>
    <name>NewCandidateWizard</name>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/new_candidate_wizard.py" line="167" />
        <source>Nieuwe kandidaat</source>
        <translation>New candidate</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/new_candidate_wizard.py" line="168" />
        <location filename="../../praktijkdesk/ui/dialogs/new_candidate_wizard.py" line="169" />
        <source>Naam van de kandidaat</source>
        <translation>Candidate's name</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/new_candidate_wizard.py" line="170" />
        <source>Voornaam en achternaam</source>
        <translation>First and last name</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/new_candidate_wizard.py" line="171" />
        <source>Geboortedatum (mag leeg blijven)</source>
        <translation>Date of birth (may stay empty)</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/new_candidate_wizard.py" line="172" />
        <source>Geboortedatum</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/new_candidate_wizard.py" line="173" />
        <source>dag-maand-jaar, bijvoorbeeld 17-04-1991</source>
        <translation>day-month-year, for example 17-04-1991</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/new_candidate_wizard.py" line="175" />
        <source>Vul de geboortedatum alleen in als de school die op de verklaring wil hebben.</source>
        <translation>Only fill in the date of birth if the school wants it on the declaration.</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/new_candidate_wizard.py" line="176" />
        <location filename="../../praktijkdesk/ui/dialogs/new_candidate_wizard.py" line="177" />
        <source>Leerbedrijf</source>
        <translation>Employer</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/new_candidate_wizard.py" line="178" />
        <source>Kies of typ een nieuw leerbedrijf</source>
        <translation>Choose, or type a new employer</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/new_candidate_wizard.py" line="179" />
        <location filename="../../praktijkdesk/ui/dialogs/new_candidate_wizard.py" line="180" />
        <source>Praktijkopleider</source>
        <translation>Practice trainer</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/new_candidate_wizard.py" line="181" />
        <source>Kies of typ een nieuwe naam</source>
        <translation>Choose, or type a new name</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/new_candidate_wizard.py" line="182" />
        <source>Jobcoach (mag leeg blijven)</source>
        <translation>Job coach (may stay empty)</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/new_candidate_wizard.py" line="183" />
        <source>Jobcoach</source>
        <translation>Job coach</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/new_candidate_wizard.py" line="184" />
        <source>Welk begeleidingsdocument past bij het werk?</source>
        <translation>Which guide fits the work?</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/new_candidate_wizard.py" line="186" />
        <source> (voorbeeld)</source>
        <translation> (example)</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/new_candidate_wizard.py" line="189" />
        <location filename="../../praktijkdesk/ui/dialogs/new_candidate_wizard.py" line="190" />
        <source>Startdatum</source>
        <translation>Start date</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/new_candidate_wizard.py" line="192" />
        <source>Welke werkprocessen gaat de kandidaat leren? Alles staat aan; zet uit wat niet past.</source>
        <translation>Which work processes will the candidate learn? All are on; switch off what does not fit.</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/new_candidate_wizard.py" line="193" />
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/new_candidate_wizard.py" line="194" />
        <source>Vorige</source>
        <translation>Previous</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/new_candidate_wizard.py" line="199" />
        <source>Wie is de nieuwe kandidaat?</source>
        <translation>Who is the new candidate?</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/new_candidate_wizard.py" line="199" />
        <source>Waar leert de kandidaat?</source>
        <translation>Where does the candidate learn?</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/new_candidate_wizard.py" line="200" />
        <source>Wat gaat de kandidaat leren?</source>
        <translation>What will the candidate learn?</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/new_candidate_wizard.py" line="200" />
        <source>Welke werkprocessen?</source>
        <translation>Which work processes?</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/new_candidate_wizard.py" line="218" />
        <source>Stap {step} van {count}</source>
        <translation>Step {step} of {count}</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/new_candidate_wizard.py" line="222" />
        <source>Kandidaat opslaan</source>
        <translation>Save candidate</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/new_candidate_wizard.py" line="222" />
        <source>Volgende</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/new_candidate_wizard.py" line="255" />
        <source>Vul de naam van de kandidaat in.</source>
        <translation>Fill in the candidate's name.</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/new_candidate_wizard.py" line="257" />
        <source>Schrijf de geboortedatum als dag-maand-jaar, bijvoorbeeld 17-04-1991.</source>
        <translation>Write the date of birth as day-month-year, for example 17-04-1991.</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/new_candidate_wizard.py" line="259" />
        <source>Kies het leerbedrijf, of typ de naam van een nieuw leerbedrijf.</source>
        <translation>Choose the employer, or type a new employer's name.</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/new_candidate_wizard.py" line="261" />
        <source>Kies de praktijkopleider, of typ een nieuwe naam.</source>
        <translation>Choose the practice trainer, or type a new name.</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/new_candidate_wizard.py" line="263" />
        <source>Kies minstens één werkproces.</source>
        <translation>Choose at least one work process.</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/new_candidate_wizard.py" line="265" />
        <source>Nog even aanvullen</source>
        <translation>Almost there</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/note.py" line="36" />
        <location filename="../../praktijkdesk/ui/dialogs/note.py" line="37" />
        <source>Notitie</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/note.py" line="38" />
        <source>Notitie bij: {text}</source>
        <translation>Note on: {text}</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/note.py" line="39" />
        <source>Bijvoorbeeld: gaat goed als het rustig is.</source>
        <translation>For example: goes well when it's quiet.</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/note.py" line="41" />
        <source>Kort en zakelijk. Schrijf geen medische of uitkeringsgegevens op. Een notitie mag ook leeg blijven.</source>
        <translation>Short and factual. Do not write down medical or benefit details. A note may also stay empty.</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/note.py" line="43" />
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/note.py" line="44" />
        <source>Notitie opslaan</source>
        <translation>Save note</translation>
    </message>
</context>
<context>
    <name>PersonPickerScreen</name>
    <message>
        <location filename="../../praktijkdesk/ui/screens/person_picker.py" line="70" />
        <source>Wie is er aan het werk?</source>
        <translation>Who is working?</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/person_picker.py" line="71" />
        <source>Tik op uw naam. Alles wat u aanvinkt, komt op uw naam te staan.</source>
        <translation>Tap your name. Everything you mark is recorded in your name.</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/person_picker.py" line="72" />
        <source>Praktijkopleiders</source>
        <translation>Practice trainers</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/person_picker.py" line="73" />
        <source>Jobcoaches</source>
        <translation>Job coaches</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/person_picker.py" line="75" />
        <source>Er staat nog niemand in praktijkdesk. Voeg uzelf toe, of kijk eerst rond met voorbeeldgegevens.</source>
        <translation>There is nobody in praktijkdesk yet. Add yourself, or look around first with example data.</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/person_picker.py" line="77" />
        <source>Voorbeeldgegevens laden</source>
        <translation>Load example data</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/person_picker.py" line="78" />
        <source>+ Mijzelf toevoegen</source>
        <translation>+ Add myself</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/person_picker.py" line="91" />
        <source>Praktijkopleider</source>
        <translation>Practice trainer</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/person_picker.py" line="94" />
        <source>Jobcoach</source>
        <translation>Job coach</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/person_picker.py" line="110" />
        <source>+ Nieuwe praktijkopleider</source>
        <translation>+ New practice trainer</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/person_picker.py" line="110" />
        <source>+ Nieuwe jobcoach</source>
        <translation>+ New job coach</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <location filename="../../praktijkdesk/ui/screens/settings.py" line="162" />
        <source>Instellingen</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/settings.py" line="163" />
        <source>Organisatie</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/settings.py" line="164" />
        <source>De naam en het logo staan op de verklaring en het voortgangsoverzicht.</source>
        <translation>The name and logo appear on the declaration and the progress overview.</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/settings.py" line="165" />
        <location filename="../../praktijkdesk/ui/screens/settings.py" line="166" />
        <source>Naam van de organisatie</source>
        <translation>Name of the organisation</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/settings.py" line="167" />
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/settings.py" line="168" />
        <source>Naam van de organisatie opslaan</source>
        <translation>Save the name of the organisation</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/settings.py" line="169" />
        <source>Logo kiezen…</source>
        <translation>Choose logo…</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/settings.py" line="170" />
        <source>Logo weghalen</source>
        <translation>Remove logo</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/settings.py" line="171" />
        <source>Taal en tekst</source>
        <translation>Language and text</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/settings.py" line="172" />
        <source>Tekstgrootte</source>
        <translation>Text size</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/settings.py" line="173" />
        <source>Mensen</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/settings.py" line="174" />
        <source>Praktijkopleiders en jobcoaches die met praktijkdesk werken.</source>
        <translation>Practice trainers and job coaches who work with praktijkdesk.</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/settings.py" line="175" />
        <source>Praktijkopleiders en jobcoaches</source>
        <translation>Practice trainers and job coaches</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/settings.py" line="176" />
        <source>+ Praktijkopleider</source>
        <translation>+ Practice trainer</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/settings.py" line="177" />
        <source>+ Jobcoach</source>
        <translation>+ Job coach</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/settings.py" line="178" />
        <source>Naam wijzigen</source>
        <translation>Change name</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/settings.py" line="179" />
        <source>Over praktijkdesk</source>
        <translation>About praktijkdesk</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/settings.py" line="197" />
        <source>Praktijkopleider</source>
        <translation>Practice trainer</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/settings.py" line="197" />
        <source>Jobcoach</source>
        <translation>Job coach</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/settings.py" line="210" />
        <source>Geen logo</source>
        <translation>No logo</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/settings.py" line="226" />
        <source>Logo kiezen</source>
        <translation>Choose logo</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/settings.py" line="226" />
        <source>Afbeeldingen (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/settings.py" line="236" />
        <source>Dit bestand lukt niet</source>
        <translation>This file does not work</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/settings.py" line="237" />
        <source>Kies een PNG- of JPG-afbeelding.</source>
        <translation>Choose a PNG or JPG image.</translation>
    </message>
</context>
<context>
    <name>TrajectoryOverviewScreen</name>
    <message>
        <location filename="../../praktijkdesk/ui/screens/trajectory_overview.py" line="101" />
        <source>Verklaring maken</source>
        <translation>Make declaration</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/trajectory_overview.py" line="102" />
        <source>Voortgangsoverzicht</source>
        <translation>Progress overview</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/trajectory_overview.py" line="103" />
        <source>Wijzigen</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/trajectory_overview.py" line="104" />
        <source>Afgesloten</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/trajectory_overview.py" line="130" />
        <source> (voorbeeld)</source>
        <translation> (example)</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/trajectory_overview.py" line="132" />
        <source>Praktijkopleider: {trainer}</source>
        <translation>Practice trainer: {trainer}</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/trajectory_overview.py" line="134" />
        <source>Jobcoach: {name}</source>
        <translation>Job coach: {name}</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/trajectory_overview.py" line="135" />
        <source>Gestart {date}</source>
        <translation>Started {date}</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/trajectory_overview.py" line="137" />
        <source>Tot {date}</source>
        <translation>Until {date}</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/trajectory_overview.py" line="142" />
        <source>{done} van {total} beheerst</source>
        <translation>{done} of {total} mastered</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/trajectory_overview.py" line="147" />
        <source>Kan pas als minstens één werkproces beheerst is.</source>
        <translation>Possible once at least one work process is mastered.</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/trajectory_overview.py" line="148" />
        <source>Weer openen</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/trajectory_overview.py" line="148" />
        <source>Traject afsluiten</source>
        <translation>Close trajectory</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/trajectory_overview.py" line="189" />
        <source>Traject afsluiten?</source>
        <translation>Close trajectory?</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/trajectory_overview.py" line="190" />
        <source>Het traject van {name} wordt afgesloten met vandaag als einddatum. Alles blijft bewaard en u kunt het later weer openen.</source>
        <translation>{name}'s trajectory will be closed with today as its end date. Everything is kept and you can reopen it later.</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/trajectory_overview.py" line="192" />
        <source>Afsluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/screens/trajectory_overview.py" line="192" />
        <source>Niet afsluiten</source>
        <translation>Don't close</translation>
    </message>
</context>
<context>
    <name>WorkProcessCard</name>
    <message>
        <location filename="../../praktijkdesk/ui/widgets/tile.py" line="201" />
        <source>{done} van {total} gedragsvoorbeelden</source>
        <translation>{done} of {total} behaviours</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/widgets/tile.py" line="204" />
        <source>Beheerst ✓</source>
        <translation>Mastered ✓</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/widgets/tile.py" line="206" />
        <source>Klaar om af te ronden</source>
        <translation>Ready to conclude</translation>
    </message>
</context>
<context>
    <name>application</name>
    <message>
        <location filename="../../praktijkdesk/ui/application.py" line="90" />
        <source>Er ging iets mis</source>
        <translation>Something went wrong</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/application.py" line="91" />
        <source>Er ging iets mis dat niet had mogen gebeuren. Wat al was opgeslagen, is bewaard. U kunt gewoon verder werken. De details staan in {path}.</source>
        <translation>Something went wrong that should not have happened. What was already saved is kept. You can carry on working. The details are in {path}.</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/application.py" line="126" />
        <source>praktijkdesk kan niet starten</source>
        <translation>praktijkdesk cannot start</translation>
    </message>
</context>
<context>
    <name>formatting</name>
    <message>
        <location filename="../../praktijkdesk/ui/formatting.py" line="27" />
        <source>vandaag {time}</source>
        <translation>today {time}</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/formatting.py" line="29" />
        <source>gisteren {time}</source>
        <translation>yesterday {time}</translation>
    </message>
</context>
<context>
    <name>message</name>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/message.py" line="38" />
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/message.py" line="47" />
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/message.py" line="57" />
        <source>Dit onderdeel komt binnenkort.</source>
        <translation>This part is coming soon.</translation>
    </message>
    <message>
        <location filename="../../praktijkdesk/ui/dialogs/message.py" line="58" />
        <source>Dit onderdeel is nog niet klaar. Het komt in een volgende versie.</source>
        <translation>This part is not ready yet. It comes in a next version.</translation>
    </message>
</context>
<context>
    <name>ops</name>
    <message>
        <location filename="../../praktijkdesk/ui/ops.py" line="36" />
        <source>Dat lukte niet</source>
        <translation>That didn't work</translation>
    </message>
</context>
</TS>