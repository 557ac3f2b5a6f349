<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>CheckRegisterView</name>
    <message>
        <source>Registering…</source>
        <extracomment>The identity rows in display order, named like the fields reasons point at. The document&apos;s own fields come first, right under the photo: a fraud warning above takes room, and the validity dates (what a forger changes) must stay in view without scrolling, from 1024×768 up.</extracomment>
        <translation>Bezig met registreren…</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Familienaam</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>Voornamen</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geboortedatum</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Geslacht</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nationaliteit</translation>
    </message>
    <message>
        <source>National register or BIS number</source>
        <translation>Rijksregister- of BIS-nummer</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>Documentnummer</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Geldig vanaf</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Geldig tot</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Afgegeven door</translation>
    </message>
    <message>
        <source>This person cannot be registered:</source>
        <translation>Deze persoon kan niet geregistreerd worden:</translation>
    </message>
    <message>
        <source>This person can be registered with this document.</source>
        <translation>Deze persoon kan met dit document geregistreerd worden.</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Let op: {note}</translation>
    </message>
    <message>
        <source>Check and register</source>
        <translation>Controleren en registreren</translation>
    </message>
    <message>
        <source>Photo on the chip</source>
        <translation>Foto op de chip</translation>
    </message>
    <message>
        <source>The citizen lives &amp;abroad</source>
        <translation>De burger woont in het b&amp;uitenland</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>Terug naar het &amp;formulier</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Registreren</translation>
    </message>
</context>
<context>
    <name>CitizenInputs</name>
    <message>
        <source>Type the e-mail address a second time, to be sure it is right.</source>
        <translation>Typ het e-mailadres een tweede keer, om zeker te zijn dat het juist is.</translation>
    </message>
    <message>
        <source>You changed the address: type it a second time, to be sure it is right.</source>
        <translation>U hebt het adres gewijzigd: typ het een tweede keer, om zeker te zijn dat het klopt.</translation>
    </message>
    <message>
        <source>The two e-mail addresses are not the same. Check both with the citizen.</source>
        <translation>De twee e-mailadressen zijn niet gelijk. Controleer ze allebei met de burger.</translation>
    </message>
    <message>
        <source>The citizen is &amp;present in person</source>
        <translation>De burger is &amp;persoonlijk aanwezig</translation>
    </message>
    <message>
        <source>Not by mail, by phone or through a proxy: such requests cannot be registered.</source>
        <translation>Niet per post, telefoon of volmacht: zulke aanvragen kunnen niet geregistreerd worden.</translation>
    </message>
    <message>
        <source>Not by mail, by phone or through a proxy: such requests cannot be re-issued.</source>
        <translation>Niet per post, telefonisch of via een volmacht: zulke aanvragen kunnen niet opnieuw uitgereikt worden.</translation>
    </message>
    <message>
        <source>&amp;E-mail address</source>
        <translation>&amp;E-mailadres</translation>
    </message>
    <message>
        <source>E-mail address &amp;once more</source>
        <translation>E-mailadres &amp;nogmaals</translation>
    </message>
    <message>
        <source>only when you changed the address</source>
        <translation>alleen als u het adres gewijzigd hebt</translation>
    </message>
    <message>
        <source>Citizen&apos;s lan&amp;guage</source>
        <translation>Taal &amp;van de burger</translation>
    </message>
</context>
<context>
    <name>ConfirmationController</name>
    <message>
        <source>Looking for the activation e-mail in the training mailbox…</source>
        <extracomment>Finds a registration&apos;s activation link (None: its e-mail has not arrived yet); runs off the GUI thread.</extracomment>
        <translation>De activeringsmail wordt in de oefenmailbox gezocht…</translation>
    </message>
    <message>
        <source>The activation e-mail is not in the training mailbox yet: the registration is still on its way to the training central service. Try again in a moment.</source>
        <translation>De activeringsmail staat nog niet in de oefenmailbox: de registratie is nog onderweg naar de centrale oefendienst. Probeer het zo meteen opnieuw.</translation>
    </message>
    <message>
        <source>The citizen&apos;s activation page opens in the browser.</source>
        <translation>De activeringspagina van de burger opent in de browser.</translation>
    </message>
    <message>
        <source>No browser could be started. The link is in the training panel&apos;s mailbox.</source>
        <translation>Er kon geen browser gestart worden. De link staat in de mailbox van het oefenpaneel.</translation>
    </message>
    <message>
        <source>The training mailbox could not be read.</source>
        <translation>De oefenmailbox kon niet gelezen worden.</translation>
    </message>
</context>
<context>
    <name>ConfirmationView</name>
    <message>
        <source>Activation code</source>
        <translation>Activeringscode</translation>
    </message>
    <message>
        <source>{date} at {time}</source>
        <translation>{date} om {time}</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Geregistreerd</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>Burger</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Geldig tot</translation>
    </message>
    <message>
        <source>Slip language</source>
        <translation>Taal van het strookje</translation>
    </message>
    <message>
        <source>Print the slip and give it to the citizen. An e-mail with the activation link is on its way to them. The code cannot be shown again once you go to the next citizen.</source>
        <translation>Druk het strookje af en geef het aan de burger. Er is een e-mail met de activeringslink naar de burger onderweg. Zodra u naar de volgende burger gaat, kan de code niet meer getoond worden.</translation>
    </message>
    <message>
        <source>&amp;Print slip</source>
        <translation>Strookje &amp;afdrukken</translation>
    </message>
    <message>
        <source>Save as P&amp;DF</source>
        <translation>Opslaan als P&amp;DF</translation>
    </message>
    <message>
        <source>&amp;Open the citizen&apos;s activation page</source>
        <translation>Activeringspagina van de burger o&amp;penen</translation>
    </message>
    <message>
        <source>&amp;Next citizen</source>
        <translation>&amp;Volgende burger</translation>
    </message>
    <message>
        <source>Re-issued</source>
        <translation>Opnieuw uitgereikt</translation>
    </message>
</context>
<context>
    <name>CountTableModel</name>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>Service centre</source>
        <translation>Dienstencentrum</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>Medewerker</translation>
    </message>
    <message>
        <source>Registrations</source>
        <translation>Registraties</translation>
    </message>
</context>
<context>
    <name>CountsView</name>
    <message>
        <source>Counting…</source>
        <translation>Bezig met tellen…</translation>
    </message>
    <message>
        <source>Total for the period: {count}</source>
        <translation>Totaal voor de periode: {count}</translation>
    </message>
    <message>
        <source>Counts per day</source>
        <translation>Aantallen per dag</translation>
    </message>
    <message>
        <source>How many registrations each clerk made per day and service centre, re-issues included, on this computer.</source>
        <translation>Hoeveel registraties elke medewerker per dag en per dienstencentrum deed op deze computer, opnieuw uitgereikte codes inbegrepen.</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Van</translation>
    </message>
    <message>
        <source>Unt&amp;il</source>
        <translation>Tot &amp;en met</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>T&amp;onen</translation>
    </message>
    <message>
        <source>&amp;Registrations per day, service centre and clerk:</source>
        <translation>&amp;Aantal registraties per dag, dienstencentrum en medewerker:</translation>
    </message>
    <message>
        <source>Save as CS&amp;V…</source>
        <translation>Opslaan als C&amp;SV…</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Opslaan als &amp;PDF…</translation>
    </message>
    <message>
        <source>&amp;Back to the registrations</source>
        <translation>Te&amp;rug naar de registraties</translation>
    </message>
</context>
<context>
    <name>DocumentChoiceView</name>
    <message>
        <source>Other document</source>
        <extracomment>The manual document types in the order the clerk sees them; Alt+1 … Alt+6 pick them.</extracomment>
        <translation>Ander document</translation>
    </message>
    <message>
        <source>Which document does the citizen show? A person with a Belgian eID or an electronic residence card registers with the card in the reader; only when its chip does not answer, type it from its zone.</source>
        <translation>Welk document toont de burger? Wie een Belgische eID of een elektronische verblijfskaart heeft, registreert met de kaart in de kaartlezer; alleen als de chip niet antwoordt, typt u de kaart over uit haar zone.</translation>
    </message>
    <message>
        <source>&amp;Back to the start</source>
        <translation>Te&amp;rug naar het begin</translation>
    </message>
</context>
<context>
    <name>EidView</name>
    <message>
        <source>Insert the eID or electronic residence card in the card reader, chip first.</source>
        <translation>Steek de eID of elektronische verblijfskaart in de kaartlezer, met de chip eerst.</translation>
    </message>
    <message>
        <source>Reading the card… leave it in the reader.</source>
        <translation>De kaart wordt gelezen… laat ze in de lezer.</translation>
    </message>
    <message>
        <source>eID or electronic residence card</source>
        <translation>eID of elektronische verblijfskaart</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>A&amp;nnuleren</translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <source>New citizen</source>
        <extracomment>How long the card read, the registration or the PDF may take before its step fails. A made-up address: sync stays off in the self-test, so nothing is ever sent to it.</extracomment>
        <translation>Nieuwe burger</translation>
    </message>
    <message>
        <source>Card reader</source>
        <translation>Kaartlezer</translation>
    </message>
    <message>
        <source>Check that the citizen is here in person. Insert their eID or electronic residence card in the reader, or choose Other document for a passport, orange card or annex 35.</source>
        <translation>Controleer of de burger zelf aanwezig is. Steek de eID of elektronische verblijfskaart in de lezer, of kies Ander document voor een paspoort, oranje kaart of bijlage 35.</translation>
    </message>
    <message>
        <source>&amp;eID or electronic residence card</source>
        <translation>&amp;eID of elektronische verblijfskaart</translation>
    </message>
    <message>
        <source>&amp;Other document</source>
        <translation>&amp;Ander document</translation>
    </message>
</context>
<context>
    <name>MainWindowView</name>
    <message>
        <source>Training</source>
        <translation>Oefening</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Productie</translation>
    </message>
    <message>
        <source>Digital keys counter – {centre} – {clerk} – {mode}</source>
        <translation>Loket digitale sleutels – {centre} – {clerk} – {mode}</translation>
    </message>
    <message>
        <source>Centre: {centre}</source>
        <translation>Dienstencentrum: {centre}</translation>
    </message>
    <message>
        <source>Clerk: {clerk}</source>
        <translation>Medewerker: {clerk}</translation>
    </message>
    <message>
        <source>Mode: {mode}</source>
        <translation>Modus: {mode}</translation>
    </message>
    <message>
        <source>&amp;Citizen</source>
        <translation>&amp;Burger</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <source>&amp;About this program…</source>
        <translation>&amp;Over dit programma…</translation>
    </message>
    <message>
        <source>Registration &amp;history</source>
        <translation>&amp;Historiek</translation>
    </message>
    <message>
        <source>&amp;Registrations…</source>
        <translation>&amp;Registraties…</translation>
    </message>
    <message>
        <source>&amp;Counts per day…</source>
        <translation>&amp;Aantallen per dag…</translation>
    </message>
    <message>
        <source>&amp;New citizen</source>
        <translation>&amp;Nieuwe burger</translation>
    </message>
    <message>
        <source>&amp;Print slip</source>
        <translation>Strookje &amp;afdrukken</translation>
    </message>
    <message>
        <source>C&amp;ancel</source>
        <translation>Annu&amp;leren</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Af&amp;sluiten</translation>
    </message>
</context>
<context>
    <name>ManualFormView</name>
    <message>
        <source>Check digits that do not match: {fields}</source>
        <extracomment>Documents that carry a machine-readable zone the form can be filled from (the orange card and annex 35 have none; see clerk_app.domain.mrz_form.values_from_mrz). Long enough for any name or number the domain accepts, short enough that a stuck key is noticed.</extracomment>
        <translation>Controlecijfers die niet kloppen: {fields}</translation>
    </message>
    <message>
        <source>Filled from the zone. Check every field against the document.</source>
        <translation>Ingevuld uit de zone. Controleer elk veld met het document.</translation>
    </message>
    <message>
        <source>The zone no longer checks, so the fields it had filled were emptied. Correct the zone, or type the fields from the document.</source>
        <translation>De zone klopt niet meer, dus werden de velden die ze had ingevuld leeggemaakt. Verbeter de zone of typ de velden over van het document.</translation>
    </message>
    <message>
        <source>Type the fields as they are on the document. Every problem is shown under its field when you continue.</source>
        <translation>Typ de velden zoals ze op het document staan. Elk probleem verschijnt onder zijn veld wanneer u verdergaat.</translation>
    </message>
    <message>
        <source>&amp;Machine-readable zone (the lines with &lt; at the bottom)</source>
        <translation>&amp;Machineleesbare zone (de regels met &lt; onderaan)</translation>
    </message>
    <message>
        <source>Scan the zone with the document scanner or type it line by line; the form is filled as soon as the zone is complete.</source>
        <translation>Scan de zone met de documentscanner of typ ze regel per regel; het formulier wordt ingevuld zodra de zone volledig is.</translation>
    </message>
    <message>
        <source>Read the &amp;zone</source>
        <translation>&amp;Zone lezen</translation>
    </message>
    <message>
        <source>This document has no machine-readable zone: type the fields from the document.</source>
        <translation>Dit document heeft geen machineleesbare zone: typ de velden over van het document.</translation>
    </message>
    <message>
        <source>(optional)</source>
        <translation>(niet verplicht)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Kies…</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>Terug naar de &amp;documentkeuze</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Volgende</translation>
    </message>
</context>
<context>
    <name>RegistrationTableModel</name>
    <message>
        <source>Registered</source>
        <translation>Geregistreerd</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>Burger</translation>
    </message>
    <message>
        <source>National number</source>
        <translation>Rijksregisternummer</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Service centre</source>
        <translation>Dienstencentrum</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>Medewerker</translation>
    </message>
</context>
<context>
    <name>RegistrationView</name>
    <message>
        <source>Re-issuing…</source>
        <translation>Bezig met opnieuw uitreiken…</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Geregistreerd op</translation>
    </message>
    <message>
        <source>Code valid until</source>
        <translation>Code geldig tot</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>Burger</translation>
    </message>
    <message>
        <source>National register or BIS number</source>
        <translation>Rijksregister- of BIS-nummer</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geboortedatum</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>E-mailadres</translation>
    </message>
    <message>
        <source>Citizen&apos;s language</source>
        <translation>Taal van de burger</translation>
    </message>
    <message>
        <source>Service centre</source>
        <translation>Dienstencentrum</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>Medewerker</translation>
    </message>
    <message>
        <source>The citizen&apos;s personal data was erased after the retention period.</source>
        <translation>De persoonsgegevens van de burger werden na de bewaartermijn gewist.</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Registratie</translation>
    </message>
    <message>
        <source>Re-issue: a new code for a citizen who lost theirs</source>
        <translation>Opnieuw uitreiken: een nieuwe code voor een burger die de zijne kwijt is</translation>
    </message>
    <message>
        <source>Only with the citizen at the counter. The old code stops working; the new code is shown once and printed on a new slip. Correct the e-mail address or the language if needed.</source>
        <translation>Alleen met de burger aan het loket. De oude code werkt niet meer; de nieuwe code wordt één keer getoond en op een nieuw strookje afgedrukt. Verbeter zo nodig het e-mailadres of de taal.</translation>
    </message>
    <message>
        <source>Re-&amp;issue</source>
        <translation>Opnieuw &amp;uitreiken</translation>
    </message>
    <message>
        <source>&amp;Back to the list</source>
        <translation>Te&amp;rug naar de lijst</translation>
    </message>
</context>
<context>
    <name>RegistrationsView</name>
    <message>
        <source>Searching…</source>
        <extracomment>The widest any column of the registrations list gets, in pixels (the rest is elided). The columns whose words wrap when the list is narrow. A cell&apos;s margins and the grid line around its text, in pixels. The least the citizen&apos;s name keeps when the other columns take their room.</extracomment>
        <translation>Bezig met zoeken…</translation>
    </message>
    <message>
        <source>No registrations found.</source>
        <translation>Geen registraties gevonden.</translation>
    </message>
    <message>
        <source>The newest {count} found; there are more.</source>
        <translation>De {count} recentste gevonden; er zijn er meer.</translation>
    </message>
    <message>
        <source>{count} found.</source>
        <translation>{count} gevonden.</translation>
    </message>
    <message>
        <source>Registrations</source>
        <translation>Registraties</translation>
    </message>
    <message>
        <source>Today&apos;s registrations are listed first. Search by name or by national register or BIS number; choose a period for earlier days. Enter opens the selected registration.</source>
        <translation>Eerst staan de registraties van vandaag in de lijst. Zoek op naam of op rijksregister- of BIS-nummer; kies een periode voor eerdere dagen. Enter opent de gekozen registratie.</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Naam</translation>
    </message>
    <message>
        <source>surname or given names, accents optional</source>
        <translation>naam of voornamen, accenten mogen weg</translation>
    </message>
    <message>
        <source>National register or BIS n&amp;umber</source>
        <translation>Rijksregister- of BIS-n&amp;ummer</translation>
    </message>
    <message>
        <source>e.g. 85.07.30-033.28</source>
        <translation>bv. 85.07.30-033.28</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>&amp;Periode</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <source>Last 14 days (codes still valid)</source>
        <translation>Laatste 14 dagen (codes nog geldig)</translation>
    </message>
    <message>
        <source>Chosen days</source>
        <translation>Gekozen dagen</translation>
    </message>
    <message>
        <source>Any day</source>
        <translation>Alle dagen</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Van</translation>
    </message>
    <message>
        <source>Unt&amp;il</source>
        <translation>Tot &amp;en met</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Zoeken</translation>
    </message>
    <message>
        <source>&amp;Results:</source>
        <translation>&amp;Resultaten:</translation>
    </message>
    <message>
        <source>Show &amp;more</source>
        <translation>&amp;Meer tonen</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Openen</translation>
    </message>
    <message>
        <source>Counts per &amp;day</source>
        <translation>Aantallen per &amp;dag</translation>
    </message>
    <message>
        <source>&amp;Back to the start</source>
        <translation>Terug naar het beg&amp;in</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message numerus="yes">
        <source>No activity: the citizen&apos;s data is cleared from the screen in %n second(s).</source>
        <translation>
            <numerusform>Geen activiteit: de gegevens van de burger worden over %n seconde van het scherm gewist.</numerusform>
            <numerusform>Geen activiteit: de gegevens van de burger worden over %n seconden van het scherm gewist.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SignInView</name>
    <message>
        <source>Sign in – digital keys counter</source>
        <extracomment>Each UI language named in itself, so a clerk finds their own language whatever is showing.</extracomment>
        <translation>Aanmelden – loket digitale sleutels</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Aanmelden</translation>
    </message>
    <message>
        <source>Sign in before you register citizens. Your name and staff number go into the audit log.</source>
        <translation>Meld u aan voor u burgers registreert. Uw naam en personeelsnummer komen in het auditlogboek.</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Naam</translation>
    </message>
    <message>
        <source>&amp;Staff number</source>
        <translation>&amp;Personeelsnummer</translation>
    </message>
    <message>
        <source>Service &amp;centre</source>
        <translation>&amp;Dienstencentrum</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <source>Enter your name and staff number to sign in.</source>
        <translation>Vul uw naam en personeelsnummer in om u aan te melden.</translation>
    </message>
    <message>
        <source>S&amp;ign in</source>
        <translation>Aan&amp;melden</translation>
    </message>
</context>
<context>
    <name>SyncStatusController</name>
    <message>
        <source>Enrol this workstation</source>
        <extracomment>Asks for a one-time enrolment code (None: cancelled); replaced in tests.</extracomment>
        <translation>Deze werkpost aanmelden</translation>
    </message>
    <message>
        <source>One-time enrolment code from the IT helpdesk:</source>
        <translation>Eenmalige aanmeldcode van de IT-helpdesk:</translation>
    </message>
    <message>
        <source>Central service: starting…</source>
        <translation>Centrale dienst: wordt gestart…</translation>
    </message>
    <message>
        <source>Central service: not available</source>
        <translation>Centrale dienst: niet beschikbaar</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nooit</translation>
    </message>
    <message>
        <source>Central service: off (not configured) · {waiting} waiting</source>
        <translation>Centrale dienst: uit (niet ingesteld) · {waiting} wachtend</translation>
    </message>
    <message>
        <source>Central service: connecting · {waiting} waiting · last sync {last}</source>
        <translation>Centrale dienst: verbinding maken · {waiting} wachtend · laatste synchronisatie {last}</translation>
    </message>
    <message>
        <source>Online · {waiting} waiting · last sync {last}</source>
        <translation>Online · {waiting} wachtend · laatste synchronisatie {last}</translation>
    </message>
    <message>
        <source>Offline · {waiting} waiting · last sync {last}</source>
        <translation>Offline · {waiting} wachtend · laatste synchronisatie {last}</translation>
    </message>
    <message>
        <source>Not enrolled: sending paused · {waiting} waiting</source>
        <translation>Niet aangemeld: verzenden gepauzeerd · {waiting} wachtend</translation>
    </message>
</context>
<context>
    <name>SyncStatusView</name>
    <message>
        <source>&amp;Send now</source>
        <translation>Nu &amp;verzenden</translation>
    </message>
    <message>
        <source>&amp;Enrol this workstation…</source>
        <translation>Deze werkpost &amp;aanmelden…</translation>
    </message>
    <message>
        <source>Cen&amp;tral service</source>
        <translation>&amp;Centrale dienst</translation>
    </message>
</context>
<context>
    <name>TrainingBanner</name>
    <message>
        <source>Practice mode: simulated cards, nothing reaches real citizens&apos; data.</source>
        <translation>Oefenmodus: gesimuleerde kaarten, niets raakt aan gegevens van echte burgers.</translation>
    </message>
</context>
<context>
    <name>TrainingMessagesController</name>
    <message>
        <source>The training mailbox could not be read.</source>
        <translation>De oefenmailbox kon niet gelezen worden.</translation>
    </message>
    <message>
        <source>{mails} e-mail(s) and {texts} text message(s).</source>
        <translation>{mails} e-mail(s) en {texts} sms-bericht(en).</translation>
    </message>
</context>
<context>
    <name>TrainingMessagesView</name>
    <message>
        <source>Mailbox and SMS</source>
        <translation>Mailbox en sms</translation>
    </message>
    <message>
        <source>What the training central service sent: open the link and use the code as the citizen would. Nothing leaves this computer.</source>
        <translation>Wat de centrale oefendienst verstuurde: open de link en gebruik de code zoals de burger dat zou doen. Niets verlaat deze computer.</translation>
    </message>
    <message>
        <source>Training mail&amp;box</source>
        <translation>Oefenma&amp;ilbox</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ontvangen</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Aan</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <source>Link or code</source>
        <translation>Link of code</translation>
    </message>
    <message>
        <source>SMS o&amp;utbox</source>
        <translation>&amp;Uitgaande sms&apos;en</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Verstuurd</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Ver&amp;nieuwen</translation>
    </message>
</context>
<context>
    <name>TrainingPanelView</name>
    <message>
        <source>This program (training card reader)</source>
        <translation>Dit programma (oefenkaartlezer)</translation>
    </message>
    <message>
        <source>Virtual PCD through pcscd (real PC/SC)</source>
        <translation>Virtual PCD via pcscd (echte PC/SC)</translation>
    </message>
    <message>
        <source>No training card in this reader.</source>
        <translation>Geen oefenkaart in deze lezer.</translation>
    </message>
    <message>
        <source>In the reader: {card}</source>
        <translation>In de lezer: {card}</translation>
    </message>
    <message>
        <source>National register or BIS number to type: {number}</source>
        <extracomment>The keys of Insert card and Remove card, the same in every language. Item data role of a card&apos;s catalogue name in the list.</extracomment>
        <translation>Rijksregister- of BIS-nummer om te typen: {number}</translation>
    </message>
    <message>
        <source>Training cards</source>
        <translation>Oefenkaarten</translation>
    </message>
    <message>
        <source>Simulated cards for practice. They exist only in training mode and are never real.</source>
        <translation>Gesimuleerde kaarten om te oefenen. Ze bestaan alleen in de oefenmodus en zijn nooit echt.</translation>
    </message>
    <message>
        <source>Applet {version}</source>
        <translation>Applet {version}</translation>
    </message>
    <message>
        <source>Machine-readable zone of the practice document</source>
        <translation>Machineleesbare zone van het oefendocument</translation>
    </message>
    <message>
        <source>Training card</source>
        <translation>Oefenkaart</translation>
    </message>
    <message>
        <source>Card version</source>
        <translation>Kaartversie</translation>
    </message>
    <message>
        <source>Inserted through</source>
        <translation>Ingestoken via</translation>
    </message>
    <message>
        <source>Insert card</source>
        <translation>Kaart insteken</translation>
    </message>
    <message>
        <source>Remove card</source>
        <translation>Kaart uitnemen</translation>
    </message>
    <message>
        <source>Practice document without a chip (for Other document)</source>
        <translation>Oefendocument zonder chip (voor Ander document)</translation>
    </message>
    <message>
        <source>Copy the zone</source>
        <translation>Zone naar het klembord</translation>
    </message>
</context>
<context>
    <name>authenticity</name>
    <message>
        <source>The chip data is signed by the National Register and the photo matches.</source>
        <extracomment>One sentence per reason for the clerk (translation context &quot;authenticity&quot;).</extracomment>
        <translation>De gegevens op de chip zijn ondertekend door het Rijksregister en de foto klopt.</translation>
    </message>
    <message>
        <source>The identity data on the chip does not match the National Register&apos;s signature: it was changed.</source>
        <translation>De identiteitsgegevens op de chip kloppen niet met de handtekening van het Rijksregister: ze werden gewijzigd.</translation>
    </message>
    <message>
        <source>The photo on the chip is not the photo the National Register signed.</source>
        <translation>De foto op de chip is niet de foto die het Rijksregister ondertekende.</translation>
    </message>
    <message>
        <source>The National Register certificate on the chip is damaged.</source>
        <translation>Het certificaat van het Rijksregister op de chip is beschadigd.</translation>
    </message>
    <message>
        <source>The root certificate on the chip is damaged.</source>
        <translation>Het rootcertificaat op de chip is beschadigd.</translation>
    </message>
    <message>
        <source>The card was not issued under a trusted Belgian root certificate.</source>
        <translation>De kaart is niet uitgegeven onder een vertrouwd Belgisch rootcertificaat.</translation>
    </message>
    <message>
        <source>The National Register certificate on the chip was not issued by the card&apos;s root certificate.</source>
        <translation>Het certificaat van het Rijksregister op de chip is niet uitgegeven door het rootcertificaat van de kaart.</translation>
    </message>
    <message>
        <source>The chip holds no signature of the identity data.</source>
        <translation>De chip bevat geen handtekening van de identiteitsgegevens.</translation>
    </message>
    <message>
        <source>The chip holds no National Register certificate.</source>
        <translation>De chip bevat geen certificaat van het Rijksregister.</translation>
    </message>
    <message>
        <source>There is no photo to compare with the signed photo hash.</source>
        <translation>Er is geen foto om te vergelijken met de ondertekende fotohash.</translation>
    </message>
    <message>
        <source>The identity data holds no photo hash.</source>
        <translation>De identiteitsgegevens bevatten geen fotohash.</translation>
    </message>
    <message>
        <source>The card uses a signature or hash algorithm this app does not know.</source>
        <translation>De kaart gebruikt een handtekening- of hashalgoritme dat deze toepassing niet kent.</translation>
    </message>
</context>
<context>
    <name>countries</name>
    <message>
        <source>Kosovo</source>
        <extracomment>ICAO codes that are not ISO 3166-1 alpha-3: an ISO country, or words of their own.</extracomment>
        <translation>Kosovo</translation>
    </message>
    <message>
        <source>European Union</source>
        <translation>Europese Unie</translation>
    </message>
    <message>
        <source>United Nations</source>
        <translation>Verenigde Naties</translation>
    </message>
    <message>
        <source>Stateless</source>
        <translation>Staatloos</translation>
    </message>
    <message>
        <source>Refugee</source>
        <translation>Vluchteling</translation>
    </message>
    <message>
        <source>Unspecified</source>
        <translation>Niet vermeld</translation>
    </message>
</context>
<context>
    <name>crash</name>
    <message>
        <source>Unexpected error</source>
        <extracomment>Patterns of personal data that could still reach a report through a ClerkError ``detail``.</extracomment>
        <translation>Onverwachte fout</translation>
    </message>
    <message>
        <source>Something unexpected went wrong in the application. A report without personal data was saved as {path}. Finish or cancel the current citizen, restart the application, and give the report to the IT helpdesk.</source>
        <translation>Er ging onverwacht iets mis in de toepassing. Een verslag zonder persoonsgegevens werd bewaard als {path}. Rond de huidige burger af of annuleer, start de toepassing opnieuw en bezorg het verslag aan de IT-helpdesk.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong in the application, and the report could not be saved. Restart the application and tell the IT helpdesk.</source>
        <translation>Er ging onverwacht iets mis in de toepassing en het verslag kon niet bewaard worden. Start de toepassing opnieuw en verwittig de IT-helpdesk.</translation>
    </message>
</context>
<context>
    <name>documents</name>
    <message>
        <source>eID or electronic residence card</source>
        <translation>eID of elektronische verblijfskaart</translation>
    </message>
    <message>
        <source>Belgian passport</source>
        <translation>Belgisch paspoort</translation>
    </message>
    <message>
        <source>Foreign passport</source>
        <translation>Buitenlands paspoort</translation>
    </message>
    <message>
        <source>Orange card (attest van immatriculatie)</source>
        <translation>Oranje kaart (attest van immatriculatie)</translation>
    </message>
    <message>
        <source>Annex 35 (bijlage 35)</source>
        <translation>Bijlage 35</translation>
    </message>
    <message>
        <source>Other foreign identity document</source>
        <translation>Ander buitenlands identiteitsdocument</translation>
    </message>
    <message>
        <source>Unknown card type</source>
        <extracomment>Chip types that no longer identify a citizen (staff and roll-out cards). The kinds whose identity is a Belgian card, and so has a chip document type.</extracomment>
        <translation>Onbekend kaarttype</translation>
    </message>
    <message>
        <source>Belgian identity card (eID)</source>
        <translation>Belgische identiteitskaart (eID)</translation>
    </message>
    <message>
        <source>Belgian card, chip unreadable</source>
        <translation>Belgische kaart, chip onleesbaar</translation>
    </message>
    <message>
        <source>EC citizen card (2004 specification)</source>
        <translation>Kaart voor EG-onderdanen (specificatie 2004)</translation>
    </message>
    <message>
        <source>Non-EC citizen card (2004 specification)</source>
        <translation>Kaart voor niet-EG-onderdanen (specificatie 2004)</translation>
    </message>
    <message>
        <source>Kids-ID</source>
        <translation>Kids-ID</translation>
    </message>
    <message>
        <source>Bootstrap card</source>
        <translation>Bootstrapkaart</translation>
    </message>
    <message>
        <source>Habilitation card</source>
        <translation>Habilitatiekaart</translation>
    </message>
    <message>
        <source>Card A (temporary residence)</source>
        <translation>A-kaart (tijdelijk verblijf)</translation>
    </message>
    <message>
        <source>Card B (registration in the aliens register)</source>
        <translation>B-kaart (inschrijving in het vreemdelingenregister)</translation>
    </message>
    <message>
        <source>Card C (identity card for aliens)</source>
        <translation>C-kaart (identiteitskaart voor vreemdelingen)</translation>
    </message>
    <message>
        <source>Card D (long-term resident EC)</source>
        <translation>D-kaart (EG-langdurig ingezetene)</translation>
    </message>
    <message>
        <source>Card E (registration certificate)</source>
        <translation>E-kaart (verklaring van inschrijving)</translation>
    </message>
    <message>
        <source>Card E+ (permanent residence)</source>
        <translation>E+-kaart (duurzaam verblijf)</translation>
    </message>
    <message>
        <source>Card F (family member of an EU citizen)</source>
        <translation>F-kaart (familielid van een burger van de Unie)</translation>
    </message>
    <message>
        <source>Card F+ (permanent residence, family member)</source>
        <translation>F+-kaart (duurzaam verblijf, familielid)</translation>
    </message>
    <message>
        <source>Card H (EU Blue Card)</source>
        <translation>H-kaart (Europese blauwe kaart)</translation>
    </message>
    <message>
        <source>Card I (intra-corporate transferee)</source>
        <translation>I-kaart (binnen een onderneming overgeplaatst)</translation>
    </message>
    <message>
        <source>Card J (mobile intra-corporate transferee)</source>
        <translation>J-kaart (mobiel, binnen een onderneming overgeplaatst)</translation>
    </message>
    <message>
        <source>Card M (Withdrawal Agreement)</source>
        <translation>M-kaart (terugtrekkingsakkoord)</translation>
    </message>
    <message>
        <source>Card N (Withdrawal Agreement, frontier worker)</source>
        <translation>N-kaart (terugtrekkingsakkoord, grensarbeider)</translation>
    </message>
    <message>
        <source>Card K (establishment)</source>
        <translation>K-kaart (vestiging)</translation>
    </message>
    <message>
        <source>Card L (EU long-term resident)</source>
        <translation>L-kaart (EU-langdurig ingezetene)</translation>
    </message>
    <message>
        <source>EU card (registration)</source>
        <translation>EU-kaart (inschrijving)</translation>
    </message>
    <message>
        <source>EU+ card (permanent residence)</source>
        <translation>EU+-kaart (duurzaam verblijf)</translation>
    </message>
    <message>
        <source>Card A (temporary residence, 2021 layout)</source>
        <translation>A-kaart (tijdelijk verblijf, model 2021)</translation>
    </message>
    <message>
        <source>Card B (unlimited residence, 2021 layout)</source>
        <translation>B-kaart (onbeperkt verblijf, model 2021)</translation>
    </message>
    <message>
        <source>Card F (family member, 2021 layout)</source>
        <translation>F-kaart (familielid, model 2021)</translation>
    </message>
    <message>
        <source>Card F+ (permanent, family member, 2021 layout)</source>
        <translation>F+-kaart (duurzaam, familielid, model 2021)</translation>
    </message>
    <message>
        <source>Kids card for foreigners: EU</source>
        <translation>Kinderkaart voor vreemdelingen: EU</translation>
    </message>
    <message>
        <source>Kids card for foreigners: EU+</source>
        <translation>Kinderkaart voor vreemdelingen: EU+</translation>
    </message>
    <message>
        <source>Kids card for foreigners: A</source>
        <translation>Kinderkaart voor vreemdelingen: A</translation>
    </message>
    <message>
        <source>Kids card for foreigners: B</source>
        <translation>Kinderkaart voor vreemdelingen: B</translation>
    </message>
    <message>
        <source>Kids card for foreigners: K</source>
        <translation>Kinderkaart voor vreemdelingen: K</translation>
    </message>
    <message>
        <source>Kids card for foreigners: L</source>
        <translation>Kinderkaart voor vreemdelingen: L</translation>
    </message>
    <message>
        <source>Kids card for foreigners: F</source>
        <translation>Kinderkaart voor vreemdelingen: F</translation>
    </message>
    <message>
        <source>Kids card for foreigners: F+</source>
        <translation>Kinderkaart voor vreemdelingen: F+</translation>
    </message>
    <message>
        <source>Kids card for foreigners: M</source>
        <translation>Kinderkaart voor vreemdelingen: M</translation>
    </message>
</context>
<context>
    <name>eid</name>
    <message>
        <source>Checking that the card is authentic… Registering waits for it.</source>
        <translation>Er wordt nagegaan of de kaart echt is… Registreren wacht daarop.</translation>
    </message>
    <message>
        <source>Authentic card. {reason}</source>
        <translation>Echte kaart. {reason}</translation>
    </message>
    <message>
        <source>WARNING – THIS CARD IS NOT AUTHENTIC (possible fraud). {reason} Do not register with this card. Follow the procedure for suspected document fraud and inform your team leader; the citizen can only be registered with another valid document.</source>
        <translation>OPGELET – DEZE KAART IS NIET ECHT (mogelijke fraude). {reason} Registreer niet met deze kaart. Volg de procedure bij vermoeden van documentfraude en verwittig uw teamleider; de burger kan alleen met een ander geldig document geregistreerd worden.</translation>
    </message>
    <message>
        <source>The card is not authentic (see the warning above).</source>
        <translation>De kaart is niet echt (zie de waarschuwing hierboven).</translation>
    </message>
    <message>
        <source>The authenticity of this card could not be checked. {reason} A card that cannot be checked cannot be registered. Take the card out and insert it again, or try another card reader; if that does not help, register with another valid document (Other document).</source>
        <translation>De echtheid van deze kaart kon niet worden nagegaan. {reason} Met een kaart die niet gecontroleerd kan worden, kan niet geregistreerd worden. Neem de kaart uit en steek ze opnieuw in, of probeer een andere kaartlezer; helpt dat niet, registreer dan met een ander geldig document (Ander document).</translation>
    </message>
    <message>
        <source>The authenticity of the card could not be checked.</source>
        <translation>De echtheid van de kaart kon niet worden nagegaan.</translation>
    </message>
    <message>
        <source>Chip unreadable: &amp;type the card from its zone</source>
        <extracomment>On the message of a card that does not answer: register with the card all the same, typed from its zone.</extracomment>
        <translation>Chip onleesbaar: &amp;typ de kaart over uit haar zone</translation>
    </message>
    <message>
        <source>The card was taken out, so the citizen&apos;s data was cleared from the screen. Insert the card again to continue.</source>
        <translation>De kaart werd uitgenomen, dus de gegevens van de burger zijn van het scherm gewist. Steek de kaart opnieuw in om verder te gaan.</translation>
    </message>
    <message>
        <source>The card is still being checked.</source>
        <translation>De kaart wordt nog gecontroleerd.</translation>
    </message>
</context>
<context>
    <name>eligibility</name>
    <message>
        <source>The birth year in the national number does not match the document.</source>
        <translation>Het geboortejaar in het rijksregisternummer komt niet overeen met het document.</translation>
    </message>
    <message>
        <source>The birth month in the national number does not match the document.</source>
        <translation>De geboortemaand in het rijksregisternummer komt niet overeen met het document.</translation>
    </message>
    <message>
        <source>The birth day in the national number does not match the document.</source>
        <translation>De geboortedag in het rijksregisternummer komt niet overeen met het document.</translation>
    </message>
    <message>
        <source>The sex encoded in the national number does not match the document.</source>
        <translation>Het geslacht in het rijksregisternummer komt niet overeen met het document.</translation>
    </message>
    <message>
        <source>The person is under 12. Digital keys can be requested from the 12th birthday ({first_day}).</source>
        <translation>De persoon is jonger dan 12 jaar. Digitale sleutels kunnen aangevraagd worden vanaf de 12de verjaardag ({first_day}).</translation>
    </message>
    <message>
        <source>This person lives abroad and has no identity document that is valid today, so they cannot be registered at the counter. They can ask for digital keys through the contact form of &apos;Mijn digitale sleutels&apos; (FPS BOSA).</source>
        <extracomment>ICAO code of Belgium, as manual documents record nationality and issuing state.</extracomment>
        <translation>Deze persoon woont in het buitenland en heeft vandaag geen geldig identiteitsdocument, dus hij of zij kan niet aan het loket geregistreerd worden. Digitale sleutels aanvragen kan via het contactformulier van &apos;Mijn digitale sleutels&apos; (FOD BOSA).</translation>
    </message>
    <message>
        <source>Confirm that the person is here in person. Requests by mail, phone or proxy are not accepted.</source>
        <translation>Bevestig dat de persoon zelf aanwezig is. Aanvragen per post, telefoon of volmacht worden niet aanvaard.</translation>
    </message>
    <message>
        <source>Enter the surname as it is on the document.</source>
        <translation>Vul de familienaam in zoals op het document.</translation>
    </message>
    <message>
        <source>Choose the service centre first.</source>
        <translation>Kies eerst het dienstencentrum.</translation>
    </message>
    <message>
        <source>Sign in with your name and staff number first.</source>
        <translation>Meld u eerst aan met uw naam en personeelsnummer.</translation>
    </message>
    <message>
        <source>Only part of the birth date is known ({birth_date}); the person may still be under 12 today. Registration is possible from {first_day}.</source>
        <translation>Slechts een deel van de geboortedatum is bekend ({birth_date}); de persoon kan vandaag nog jonger dan 12 zijn. Registreren kan vanaf {first_day}.</translation>
    </message>
    <message>
        <source>The card type is unknown. Read the card again in the card reader.</source>
        <translation>Het kaarttype is onbekend. Lees de kaart opnieuw in de kaartlezer.</translation>
    </message>
    <message>
        <source>A kids card is only issued to children under 12 and cannot be used for digital keys. Ask for an identity card, residence card or passport.</source>
        <translation>Een Kids-ID wordt alleen aan kinderen jonger dan 12 uitgereikt en kan niet gebruikt worden voor digitale sleutels. Vraag naar een identiteitskaart, verblijfskaart of paspoort.</translation>
    </message>
    <message>
        <source>A Belgian passport is only issued to Belgians, but the nationality is not Belgian. Check the nationality or the document type.</source>
        <translation>Een Belgisch paspoort wordt alleen aan Belgen uitgereikt, maar de nationaliteit is niet Belgisch. Controleer de nationaliteit of het documenttype.</translation>
    </message>
    <message>
        <source>Belgians register with their eID or their Belgian passport, not with this document type. Read the eID or choose &apos;Belgian passport&apos;.</source>
        <translation>Belgen registreren zich met hun eID of hun Belgisch paspoort, niet met dit documenttype. Lees de eID in of kies &apos;Belgisch paspoort&apos;.</translation>
    </message>
    <message>
        <source>Enter the document number.</source>
        <translation>Vul het documentnummer in.</translation>
    </message>
    <message>
        <source>Enter the document&apos;s expiry date.</source>
        <translation>Vul de vervaldatum van het document in.</translation>
    </message>
    <message>
        <source>The document is only valid from {date}. Ask for a document valid today.</source>
        <translation>Het document is pas geldig vanaf {date}. Vraag naar een document dat vandaag geldig is.</translation>
    </message>
    <message>
        <source>Required: the digital keys are linked to it. Without one, the person cannot register until a Belgian institution (e.g. the employer) requests a BIS number.</source>
        <translation>Verplicht: de digitale sleutels hangen eraan vast. Zonder nummer kan de persoon zich pas registreren als een Belgische instelling (bv. de werkgever) een BIS-nummer aanvraagt.</translation>
    </message>
    <message>
        <source>A national register or BIS number has 11 digits (dots, dashes and spaces are allowed).</source>
        <translation>Een rijksregister- of BIS-nummer heeft 11 cijfers (punten, streepjes en spaties mogen).</translation>
    </message>
    <message>
        <source>The national register or BIS number is not valid (its check digits do not match).</source>
        <translation>Het rijksregister- of BIS-nummer is niet geldig (de controlecijfers kloppen niet).</translation>
    </message>
    <message>
        <source>The national register or BIS number contains an impossible birth month.</source>
        <translation>Het rijksregister- of BIS-nummer bevat een onmogelijke geboortemaand.</translation>
    </message>
    <message>
        <source>Enter the citizen&apos;s e-mail address.</source>
        <translation>Vul het e-mailadres van de burger in.</translation>
    </message>
    <message>
        <source>This is not a valid e-mail address. Check it with the citizen.</source>
        <translation>Dit is geen geldig e-mailadres. Controleer het samen met de burger.</translation>
    </message>
    <message>
        <source>This card type ({card_type}) does not identify a citizen. Ask for another document.</source>
        <translation>Dit kaarttype ({card_type}) identificeert geen burger. Vraag een ander document.</translation>
    </message>
    <message>
        <source>The birth year is unknown, so the minimum age of 12 cannot be confirmed. If another valid document shows the birth date, register with that document.</source>
        <translation>Het geboortejaar is onbekend, dus de minimumleeftijd van 12 jaar kan niet bevestigd worden. Staat de geboortedatum op een ander geldig document, registreer dan met dat document.</translation>
    </message>
    <message>
        <source>The document expired on {date}. Ask for a valid document.</source>
        <translation>Het document is vervallen op {date}. Vraag een geldig document.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Something went wrong</source>
        <translation>Er ging iets mis</translation>
    </message>
    <message>
        <source>The operation could not be completed. Try again; if it keeps failing, call the IT helpdesk.</source>
        <translation>De bewerking kon niet voltooid worden. Probeer het opnieuw; lukt het blijvend niet, bel dan de IT-helpdesk.</translation>
    </message>
    <message>
        <source>Configuration problem</source>
        <translation>Probleem met de instellingen</translation>
    </message>
    <message>
        <source>The settings could not be used: {problem}. Ask the IT helpdesk to check the configuration.</source>
        <translation>De instellingen konden niet gebruikt worden: {problem}. Vraag de IT-helpdesk om de configuratie na te kijken.</translation>
    </message>
    <message>
        <source>No secure key store</source>
        <translation>Geen beveiligde sleutelopslag</translation>
    </message>
    <message>
        <source>The system key store (keyring) is not available or refused access ({backend}). Nothing was stored. Log in to the desktop session again or ask the IT helpdesk; secrets are never kept in a plain file.</source>
        <translation>De sleutelopslag van het systeem (keyring) is niet beschikbaar of weigert de toegang ({backend}). Er werd niets opgeslagen. Meld u opnieuw aan op de computer of vraag het aan de IT-helpdesk; geheimen worden nooit in een gewoon bestand bewaard.</translation>
    </message>
    <message>
        <source>Card problem</source>
        <translation>Probleem met de kaart</translation>
    </message>
    <message>
        <source>The card could not be read. Take it out and insert it again.</source>
        <translation>De kaart kon niet gelezen worden. Haal ze uit de lezer en steek ze er opnieuw in.</translation>
    </message>
    <message>
        <source>No card service</source>
        <translation>Geen kaartdienst</translation>
    </message>
    <message>
        <source>The smart-card service of this computer is not running. The app keeps trying; if this stays, restart the computer or call the IT helpdesk.</source>
        <translation>De smartcarddienst van deze computer draait niet. De toepassing blijft het proberen; blijft dit zo, herstart dan de computer of bel de IT-helpdesk.</translation>
    </message>
    <message>
        <source>No card reader</source>
        <translation>Geen kaartlezer</translation>
    </message>
    <message>
        <source>No card reader is connected. Plug in the card reader, or use another document.</source>
        <translation>Er is geen kaartlezer aangesloten. Sluit de kaartlezer aan of gebruik een ander document.</translation>
    </message>
    <message>
        <source>No card</source>
        <translation>Geen kaart</translation>
    </message>
    <message>
        <source>There is no card in the reader. Insert the card with the chip first.</source>
        <translation>Er zit geen kaart in de lezer. Steek eerst de kaart met de chip in de lezer.</translation>
    </message>
    <message>
        <source>Card removed</source>
        <translation>Kaart verwijderd</translation>
    </message>
    <message>
        <source>The card was taken out before reading finished. Nothing was kept. Insert the card again and leave it in the reader until the data appears.</source>
        <translation>De kaart werd uit de lezer gehaald voor het lezen klaar was. Er werd niets bewaard. Steek de kaart opnieuw in de lezer en laat ze zitten tot de gegevens verschijnen.</translation>
    </message>
    <message>
        <source>Card in use</source>
        <translation>Kaart in gebruik</translation>
    </message>
    <message>
        <source>Another program is using the card. Close the other eID program, then insert the card again.</source>
        <translation>Een ander programma gebruikt de kaart. Sluit het andere eID-programma en steek de kaart daarna opnieuw in de lezer.</translation>
    </message>
    <message>
        <source>Card does not answer</source>
        <translation>De kaart antwoordt niet</translation>
    </message>
    <message>
        <source>The card did not answer correctly ({problem}). Clean the chip, insert the card again, or try another reader. If it keeps failing, the card may be damaged: use another document.</source>
        <translation>De kaart antwoordde niet correct ({problem}). Maak de chip schoon, steek de kaart opnieuw in de lezer of probeer een andere lezer. Lukt het blijvend niet, dan is de kaart misschien beschadigd: gebruik een ander document.</translation>
    </message>
    <message>
        <source>Not an identity card</source>
        <translation>Geen identiteitskaart</translation>
    </message>
    <message>
        <source>This card is not a Belgian eID or electronic residence card. Ask the citizen for their identity card, or use &apos;Other document&apos;.</source>
        <translation>Deze kaart is geen Belgische eID of elektronische verblijfskaart. Vraag de burger om de identiteitskaart, of kies &apos;Ander document&apos;.</translation>
    </message>
    <message>
        <source>Unreadable card data</source>
        <translation>Onleesbare kaartgegevens</translation>
    </message>
    <message>
        <source>The data on the card is damaged or in an unknown format ({problem}). The card cannot be used; use another document.</source>
        <translation>De gegevens op de kaart zijn beschadigd of hebben een onbekend formaat ({problem}). De kaart kan niet gebruikt worden; gebruik een ander document.</translation>
    </message>
    <message>
        <source>Check the input</source>
        <translation>Controleer de invoer</translation>
    </message>
    <message>
        <source>Some fields are not valid. Correct the marked fields.</source>
        <translation>Sommige velden zijn niet geldig. Verbeter de gemarkeerde velden.</translation>
    </message>
    <message>
        <source>Slip not printed</source>
        <translation>Strookje niet afgedrukt</translation>
    </message>
    <message>
        <source>The slip could not be printed or saved ({problem}). The code stays on screen: check the printer or the folder, or choose another one, and try again.</source>
        <translation>Het strookje kon niet afgedrukt of opgeslagen worden ({problem}). De code blijft op het scherm: controleer de printer of de map, of kies een andere, en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Report not saved</source>
        <translation>Rapport niet opgeslagen</translation>
    </message>
    <message>
        <source>The report could not be saved ({problem}). Choose another folder or file name and try again.</source>
        <translation>Het rapport kon niet worden opgeslagen ({problem}). Kies een andere map of bestandsnaam en probeer opnieuw.</translation>
    </message>
    <message>
        <source>Storage problem</source>
        <translation>Probleem met de opslag</translation>
    </message>
    <message>
        <source>The local registration store could not be used. Nothing was half-saved. Call the IT helpdesk.</source>
        <translation>De lokale registratieopslag kon niet gebruikt worden. Er werd niets half opgeslagen. Bel de IT-helpdesk.</translation>
    </message>
    <message>
        <source>Database key problem</source>
        <translation>Probleem met de databanksleutel</translation>
    </message>
    <message>
        <source>The key of the local registration store is {problem}. The store was not opened and not changed. Call the IT helpdesk; do not delete the data folder.</source>
        <translation>De sleutel van de lokale registratieopslag is {problem}. De opslag werd niet geopend en niet gewijzigd. Bel de IT-helpdesk; verwijder de gegevensmap niet.</translation>
    </message>
    <message>
        <source>Upgrade failed</source>
        <translation>Bijwerken mislukt</translation>
    </message>
    <message>
        <source>Upgrading the local registration store failed. A backup was kept at {backup}. Call the IT helpdesk.</source>
        <translation>Het bijwerken van de lokale registratieopslag is mislukt. Er werd een reservekopie bewaard in {backup}. Bel de IT-helpdesk.</translation>
    </message>
    <message>
        <source>Store damaged</source>
        <translation>Opslag beschadigd</translation>
    </message>
    <message>
        <source>The integrity check of the local registration store failed ({problem}). Call the IT helpdesk.</source>
        <translation>De integriteitscontrole van de lokale registratieopslag is mislukt ({problem}). Bel de IT-helpdesk.</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Niet gevonden</translation>
    </message>
    <message>
        <source>That registration does not exist (any more).</source>
        <translation>Die registratie bestaat niet (meer).</translation>
    </message>
    <message>
        <source>Central service problem</source>
        <translation>Probleem met de centrale dienst</translation>
    </message>
    <message>
        <source>The central service could not be reached. Registrations wait safely and are sent later.</source>
        <translation>De centrale dienst kon niet bereikt worden. De registraties wachten veilig en worden later verstuurd.</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>The central service cannot be reached ({problem}). You can keep registering: registrations wait on this computer and are sent automatically.</source>
        <translation>De centrale dienst is niet bereikbaar ({problem}). U kunt verder registreren: de registraties wachten op deze computer en worden automatisch verstuurd.</translation>
    </message>
    <message>
        <source>Registration refused</source>
        <translation>Registratie geweigerd</translation>
    </message>
    <message>
        <source>The central service refused a registration ({reason}). Check the citizen&apos;s data and register again.</source>
        <translation>De centrale dienst heeft een registratie geweigerd ({reason}). Controleer de gegevens van de burger en registreer opnieuw.</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>Opnieuw aanmelden</translation>
    </message>
    <message>
        <source>The central service no longer accepts this workstation. Sending is paused; registrations wait safely. Ask the IT helpdesk for a new enrolment code.</source>
        <translation>De centrale dienst aanvaardt deze werkpost niet meer. Het versturen is gepauzeerd; de registraties wachten veilig. Vraag de IT-helpdesk om een nieuwe inschrijvingscode.</translation>
    </message>
    <message>
        <source>missing from the keyring</source>
        <extracomment>Execution option that makes a transaction start with BEGIN IMMEDIATE (take the write lock up front, so a read-then-write transaction never fails on a lock upgrade).</extracomment>
        <translation>niet te vinden in de sleutelopslag</translation>
    </message>
    <message>
        <source>not the key this store was encrypted with, or the file is damaged</source>
        <translation>niet de sleutel waarmee deze opslag versleuteld werd, of het bestand is beschadigd</translation>
    </message>
    <message>
        <source>damaged in the keyring</source>
        <translation>beschadigd in de sleutelopslag</translation>
    </message>
    <message>
        <source>(none: the store was new and empty)</source>
        <extracomment>Where the revisions ship: inside the package, so installers and frozen builds carry them. The newest revision in ``migrations/versions``. Start-up compares against it so that a current store opens without importing Alembic; a test checks it is Alembic&apos;s head.</extracomment>
        <translation>(geen: de opslag was nieuw en leeg)</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <extracomment>Status codes that mean &quot;the same request may work later&quot;. What a network problem is called in the outbox (a code) and in a message to the clerk (a phrase).</extracomment>
        <translation>geen antwoord binnen de tijd</translation>
    </message>
    <message>
        <source>its certificate could not be verified</source>
        <translation>het certificaat kon niet worden gecontroleerd</translation>
    </message>
    <message>
        <source>no connection: network down or service stopped</source>
        <translation>geen verbinding: netwerk weg of dienst gestopt</translation>
    </message>
    <message>
        <source>the connection was lost</source>
        <translation>de verbinding werd verbroken</translation>
    </message>
    <message>
        <source>the answer did not come from the central service: check its address and any proxy</source>
        <translation>het antwoord kwam niet van de centrale dienst: controleer het adres en een eventuele proxy</translation>
    </message>
    <message>
        <source>endless GET RESPONSE chain</source>
        <extracomment>Largest short-APDU response: READ BINARY with Le=00 asks for 256 bytes. READ BINARY offsets are 15 bits (eid-card.md §2.4). SELECT answers that mean &quot;try the FID-by-FID chain instead&quot; (eid-card.md §2.3).</extracomment>
        <translation>eindeloze reeks GET RESPONSE-antwoorden</translation>
    </message>
    <message>
        <source>SELECT answered {status}</source>
        <translation>SELECT gaf {status} terug</translation>
    </message>
    <message>
        <source>file {file} is missing</source>
        <translation>bestand {file} ontbreekt</translation>
    </message>
    <message>
        <source>file {file} is too long</source>
        <translation>bestand {file} is te lang</translation>
    </message>
    <message>
        <source>reading file {file} answered {status}</source>
        <translation>het lezen van bestand {file} gaf {status} terug</translation>
    </message>
    <message>
        <source>no four-digit year at the end</source>
        <translation>geen jaartal van vier cijfers op het einde</translation>
    </message>
    <message>
        <source>too many parts</source>
        <translation>te veel delen</translation>
    </message>
    <message>
        <source>no such day</source>
        <translation>die dag bestaat niet</translation>
    </message>
    <message>
        <source>the day is not a number</source>
        <translation>de dag is geen getal</translation>
    </message>
    <message>
        <source>unknown month</source>
        <translation>onbekende maand</translation>
    </message>
    <message>
        <source>the birth date cannot be read ({why})</source>
        <translation>de geboortedatum is onleesbaar ({why})</translation>
    </message>
    <message>
        <source>{field} is not a date</source>
        <translation>{field} is geen datum</translation>
    </message>
    <message>
        <source>field {tag} is not text</source>
        <translation>veld {tag} is geen tekst</translation>
    </message>
    <message>
        <source>the document type is missing</source>
        <translation>het documenttype ontbreekt</translation>
    </message>
    <message>
        <source>the start of validity</source>
        <translation>het begin van de geldigheid</translation>
    </message>
    <message>
        <source>the end of validity</source>
        <translation>het einde van de geldigheid</translation>
    </message>
    <message>
        <source>the protection date</source>
        <translation>de beschermingsdatum</translation>
    </message>
    <message>
        <source>the EU card date</source>
        <translation>de datum van de EU-kaart</translation>
    </message>
    <message>
        <source>another program reset the card</source>
        <extracomment>pcsc-lite&apos;s pseudo reader that changes state when a reader is plugged in or out. How long a failed transmit waits for PC/SC to notice a pulled card (pcscd polls some drivers at 400 ms).</extracomment>
        <translation>een ander programma heeft de kaart opnieuw opgestart</translation>
    </message>
    <message>
        <source>the card does not respond</source>
        <translation>de kaart reageert niet</translation>
    </message>
    <message>
        <source>PC/SC error {code}</source>
        <translation>PC/SC-fout {code}</translation>
    </message>
    <message>
        <source>an incomplete answer</source>
        <translation>een onvolledig antwoord</translation>
    </message>
    <message>
        <source>the card stopped answering</source>
        <translation>de kaart antwoordt niet meer</translation>
    </message>
    <message>
        <source>the connection was closed</source>
        <extracomment>How long a second connection waits for another&apos;s transaction before reporting the card busy.</extracomment>
        <translation>de verbinding werd gesloten</translation>
    </message>
    <message>
        <source>a field length is cut short</source>
        <translation>een veldlengte is afgebroken</translation>
    </message>
    <message>
        <source>field {tag} is cut short</source>
        <translation>veld {tag} is afgebroken</translation>
    </message>
    <message>
        <source>field {tag} appears twice</source>
        <translation>veld {tag} komt twee keer voor</translation>
    </message>
    <message>
        <source>{file} is not valid TOML</source>
        <translation>{file} is geen geldige TOML</translation>
    </message>
    <message>
        <source>unknown setting(s) {settings}</source>
        <translation>onbekende instelling(en) {settings}</translation>
    </message>
    <message>
        <source>{setting} must be one of {languages}</source>
        <translation>{setting} moet een van deze zijn: {languages}</translation>
    </message>
    <message>
        <source>the training profile may only use a central service on this computer</source>
        <translation>het oefenprofiel mag alleen een centrale dienst op deze computer gebruiken</translation>
    </message>
    <message>
        <source>{setting} must be a positive whole number</source>
        <translation>{setting} moet een positief geheel getal zijn</translation>
    </message>
    <message>
        <source>{setting} must be a non-empty list</source>
        <translation>{setting} moet een niet-lege lijst zijn</translation>
    </message>
    <message>
        <source>each centre needs an {id} and a {name}</source>
        <translation>elk centrum heeft een {id} en een {name} nodig</translation>
    </message>
    <message>
        <source>centre ids must be unique</source>
        <translation>de id&apos;s van de centra moeten uniek zijn</translation>
    </message>
    <message>
        <source>{setting} must be a table</source>
        <translation>{setting} moet een tabel zijn</translation>
    </message>
    <message>
        <source>{setting} must be an http(s) URL</source>
        <translation>{setting} moet een http(s)-URL zijn</translation>
    </message>
    <message>
        <source>{setting} must use https (plain http only on this computer)</source>
        <translation>{setting} moet https gebruiken (gewone http alleen op deze computer)</translation>
    </message>
    <message>
        <source>{setting} must be positive</source>
        <translation>{setting} moet positief zijn</translation>
    </message>
    <message>
        <source>{setting} and {other} go together</source>
        <translation>{setting} en {other} horen samen: geef ze allebei of geen van beide</translation>
    </message>
    <message>
        <source>the {language} translations are missing ({file}); run scripts/setup</source>
        <extracomment>Belgian locales for dates and numbers, per language code.</extracomment>
        <translation>de vertalingen voor {language} ontbreken ({file}); voer scripts/setup uit</translation>
    </message>
</context>
<context>
    <name>languages</name>
    <message>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Frans</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Duits</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engels</translation>
    </message>
</context>
<context>
    <name>manual</name>
    <message>
        <source>Male (M)</source>
        <translation>Man (M)</translation>
    </message>
    <message>
        <source>Female (F)</source>
        <translation>Vrouw (F)</translation>
    </message>
    <message>
        <source>Unspecified (X)</source>
        <translation>Niet vermeld (X)</translation>
    </message>
    <message>
        <source>DD/MM/YYYY</source>
        <translation>DD/MM/JJJJ</translation>
    </message>
    <message>
        <source>Three-letter code as on the document, e.g. NLD; XXA for stateless</source>
        <translation>Drielettercode zoals op het document, bv. NLD; XXA voor staatloos</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Familienaam</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>Voornamen</translation>
    </message>
    <message>
        <source>Leave empty if the document shows none</source>
        <translation>Leeg laten als het document er geen vermeldt</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geboortedatum</translation>
    </message>
    <message>
        <source>DD/MM/YYYY; 00 for an unknown day or month</source>
        <translation>DD/MM/JJJJ; 00 voor een onbekende dag of maand</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Geslacht</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nationaliteit</translation>
    </message>
    <message>
        <source>Issuing country</source>
        <translation>Land van afgifte</translation>
    </message>
    <message>
        <source>Issuing municipality</source>
        <translation>Gemeente van afgifte</translation>
    </message>
    <message>
        <source>National register or BIS number</source>
        <translation>Rijksregister- of BIS-nummer</translation>
    </message>
    <message>
        <source>11 digits, e.g. 85.07.30-033.28</source>
        <translation>11 cijfers, bv. 85.07.30-033.28</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>Documentnummer</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Geldig tot</translation>
    </message>
    <message>
        <source>Valid from (date of issue)</source>
        <translation>Geldig vanaf (datum van afgifte)</translation>
    </message>
    <message>
        <source>Card type</source>
        <translation>Soort kaart</translation>
    </message>
    <message>
        <source>As printed on the card, e.g. identity card or card K</source>
        <translation>Zoals op de kaart gedrukt, bv. identiteitskaart of K-kaart</translation>
    </message>
    <message>
        <source>Checked by eye</source>
        <translation>Met het oog gecontroleerd</translation>
    </message>
    <message>
        <source>The face matches the card&apos;s photo, and the card itself looks genuine (print, hologram)</source>
        <translation>Het gezicht komt overeen met de foto op de kaart, en de kaart zelf ziet er echt uit (druk, hologram)</translation>
    </message>
    <message>
        <source>Enter the surname as it is on the document.</source>
        <translation>Vul de familienaam in zoals op het document.</translation>
    </message>
    <message>
        <source>Enter the date of birth; write 00 for an unknown day or month and 0000 for an unknown year.</source>
        <translation>Vul de geboortedatum in; schrijf 00 voor een onbekende dag of maand en 0000 voor een onbekend jaar.</translation>
    </message>
    <message>
        <source>The date of birth is not a date. Write it as DD/MM/YYYY, with 00 for an unknown day or month (a known day needs a known month).</source>
        <translation>De geboortedatum is geen datum. Schrijf ze als DD/MM/JJJJ, met 00 voor een onbekende dag of maand (een gekende dag vraagt een gekende maand).</translation>
    </message>
    <message>
        <source>The date of birth is in the future.</source>
        <translation>De geboortedatum ligt in de toekomst.</translation>
    </message>
    <message>
        <source>Choose the sex as it is on the document (X if the document shows none).</source>
        <translation>Kies het geslacht zoals op het document (X als het document er geen vermeldt).</translation>
    </message>
    <message>
        <source>The sex must be M, F or X.</source>
        <translation>Het geslacht moet M, F of X zijn.</translation>
    </message>
    <message>
        <source>Enter the nationality.</source>
        <translation>Vul de nationaliteit in.</translation>
    </message>
    <message>
        <source>This is not a known nationality code. Use the three-letter code on the document (for example NLD, or XXA for a stateless person).</source>
        <translation>Dit is geen gekende nationaliteitscode. Gebruik de drielettercode op het document (bijvoorbeeld NLD, of XXA voor een staatloze).</translation>
    </message>
    <message>
        <source>Enter the country that issued the document.</source>
        <translation>Vul het land in dat het document afgaf.</translation>
    </message>
    <message>
        <source>This is not a known country code. Use the three-letter code on the document (for example NLD).</source>
        <translation>Dit is geen gekende landcode. Gebruik de drielettercode op het document (bijvoorbeeld NLD).</translation>
    </message>
    <message>
        <source>A surname holds only letters, spaces, hyphens, apostrophes and dots.</source>
        <translation>Een familienaam bevat alleen letters, spaties, koppeltekens, apostrofs en punten.</translation>
    </message>
    <message>
        <source>The surname is too long (at most {maximum} characters).</source>
        <translation>De familienaam is te lang (hoogstens {maximum} tekens).</translation>
    </message>
    <message>
        <source>Given names hold only letters, spaces, hyphens, apostrophes and dots.</source>
        <translation>Voornamen bevatten alleen letters, spaties, koppeltekens, apostrofs en punten.</translation>
    </message>
    <message>
        <source>The given names are too long (at most {maximum} characters).</source>
        <translation>De voornamen zijn te lang (hoogstens {maximum} tekens).</translation>
    </message>
    <message>
        <source>The date of birth is not plausible: the year must lie between {earliest} and {latest}. Check the year.</source>
        <translation>De geboortedatum is niet aannemelijk: het jaar moet tussen {earliest} en {latest} liggen. Controleer het jaar.</translation>
    </message>
    <message>
        <source>The expiry date is not plausible: the year must lie between {earliest} and {latest}. Check the year.</source>
        <translation>De vervaldatum is niet aannemelijk: het jaar moet tussen {earliest} en {latest} liggen. Controleer het jaar.</translation>
    </message>
    <message>
        <source>The date of issue is not plausible: the year must lie between {earliest} and {latest}. Check the year, or leave it empty.</source>
        <translation>De datum van afgifte is niet aannemelijk: het jaar moet tussen {earliest} en {latest} liggen. Controleer het jaar of laat het veld leeg.</translation>
    </message>
    <message>
        <source>The issuing municipality is too long (at most {maximum} characters).</source>
        <translation>De gemeente van afgifte is te lang (hoogstens {maximum} tekens).</translation>
    </message>
    <message>
        <source>The issuing municipality holds digits or symbols.</source>
        <translation>De gemeente van afgifte bevat cijfers of symbolen.</translation>
    </message>
    <message>
        <source>Enter the document number.</source>
        <translation>Vul het documentnummer in.</translation>
    </message>
    <message>
        <source>Enter the date until which the document is valid.</source>
        <translation>Vul de datum in tot wanneer het document geldig is.</translation>
    </message>
    <message>
        <source>The expiry date is not a date. Write it as DD/MM/YYYY.</source>
        <translation>De vervaldatum is geen datum. Schrijf ze als DD/MM/JJJJ.</translation>
    </message>
    <message>
        <source>The date of issue is not a date. Write it as DD/MM/YYYY, or leave it empty.</source>
        <translation>De datum van afgifte is geen datum. Schrijf ze als DD/MM/JJJJ, of laat het veld leeg.</translation>
    </message>
    <message>
        <source>The document cannot expire before it was issued. Check both dates.</source>
        <translation>Het document kan niet vervallen voor het werd afgegeven. Controleer beide datums.</translation>
    </message>
    <message>
        <source>Choose the card type printed on the card (identity card, card K, EU card, …).</source>
        <translation>Kies de soort kaart die op de kaart gedrukt staat (identiteitskaart, K-kaart, EU-kaart, …).</translation>
    </message>
    <message>
        <source>Choose a card type from the list.</source>
        <translation>Kies een soort kaart uit de lijst.</translation>
    </message>
    <message>
        <source>The chip cannot prove this card: compare the face with the card&apos;s photo, check the card itself, then tick the box.</source>
        <translation>De chip kan deze kaart niet bewijzen: vergelijk het gezicht met de foto op de kaart, controleer de kaart zelf en vink dan het vakje aan.</translation>
    </message>
    <message>
        <source>A passport number has 5 to 9 letters and digits.</source>
        <translation>Een paspoortnummer heeft 5 tot 9 letters en cijfers.</translation>
    </message>
    <message>
        <source>A document number has 3 to 20 letters, digits, dashes or slashes.</source>
        <translation>Een documentnummer heeft 3 tot 20 letters, cijfers, streepjes of schuine strepen.</translation>
    </message>
    <message>
        <source>Three-letter code of the state that issued the document, as on it, e.g. SWE</source>
        <extracomment>Only a person is stateless: the issuing country&apos;s hint names the state that issued the document.</extracomment>
        <translation>Drieletterige code van het land dat het document afgaf, zoals erop vermeld, bv. SWE</translation>
    </message>
</context>
<context>
    <name>manual_path</name>
    <message>
        <source>Personal number (optional data)</source>
        <extracomment>How long the zone field waits after the last keystroke before reading (a scanner types much faster). The form field each checked zone field is typed into (no form field for the overall check).</extracomment>
        <translation>Persoonlijk nummer (optionele gegevens)</translation>
    </message>
    <message>
        <source>Overall check digit (the whole zone)</source>
        <translation>Algemeen controlecijfer (de hele zone)</translation>
    </message>
    <message>
        <source>The zone&apos;s check digit for this field does not match. Compare it with the document and type it here.</source>
        <translation>Het controlecijfer van de zone voor dit veld klopt niet. Vergelijk het met het document en typ het hier.</translation>
    </message>
</context>
<context>
    <name>mrz</name>
    <message>
        <source>Scan or type the machine-readable zone (the lines with &lt; at the bottom).</source>
        <extracomment>Expiry dates are read within this many years either side of today. The issuing-state code whose older cards compute the long-number check digit with the filler. One message per problem (context ``mrz``); ``InputError.params`` fill the placeholders (``fields`` of a failed check lists the failed :class:`CheckedField` values for the UI to mark).</extracomment>
        <translation>Scan of typ de machineleesbare zone (de regels met &lt; onderaan).</translation>
    </message>
    <message>
        <source>This is not a complete machine-readable zone: it has {lines} line(s) of {lengths} characters. A passport has 2 lines of 44, an identity card 3 lines of 30 or 2 lines of 36.</source>
        <translation>Dit is geen volledige machineleesbare zone: ze heeft {lines} regel(s) van {lengths} tekens. Een paspoort heeft 2 regels van 44, een identiteitskaart 3 regels van 30 of 2 regels van 36.</translation>
    </message>
    <message>
        <source>Line {line}, position {column} holds a character that cannot be in a machine-readable zone (only A-Z, 0-9 and &lt;). Check what was typed or scanned.</source>
        <translation>Regel {line}, positie {column} bevat een teken dat niet in een machineleesbare zone kan staan (alleen A-Z, 0-9 en &lt;). Controleer wat getypt of gescand werd.</translation>
    </message>
    <message>
        <source>This machine-readable zone is not that of a passport or identity card (document code {code}).</source>
        <translation>Deze machineleesbare zone is niet die van een paspoort of identiteitskaart (documentcode {code}).</translation>
    </message>
    <message>
        <source>The birth date in the machine-readable zone is not a date. Check it.</source>
        <translation>De geboortedatum in de machineleesbare zone is geen datum. Controleer ze.</translation>
    </message>
    <message>
        <source>The expiry date in the machine-readable zone is not a date. Check it.</source>
        <translation>De vervaldatum in de machineleesbare zone is geen datum. Controleer ze.</translation>
    </message>
    <message>
        <source>The sex in the machine-readable zone must be M, F, X or &lt;.</source>
        <translation>Het geslacht in de machineleesbare zone moet M, F, X of &lt; zijn.</translation>
    </message>
    <message>
        <source>This is not a travel-document zone (for example an old French identity card or a driving licence): it cannot fill the form. Type the fields from the document.</source>
        <translation>Dit is geen zone van een reisdocument (bijvoorbeeld een oude Franse identiteitskaart of een rijbewijs): ze kan het formulier niet invullen. Typ de velden over van het document.</translation>
    </message>
    <message>
        <source>A check digit of the machine-readable zone does not match: a character was misread or mistyped. Check the marked fields against the document, or type the fields by hand.</source>
        <translation>Een controlecijfer van de machineleesbare zone klopt niet: een teken werd verkeerd gelezen of getypt. Vergelijk de gemarkeerde velden met het document, of typ de velden met de hand.</translation>
    </message>
    <message>
        <source>This machine-readable zone does not belong to the chosen document type. Choose the right document type, or type the fields by hand.</source>
        <translation>Deze machineleesbare zone hoort niet bij het gekozen documenttype. Kies het juiste documenttype, of typ de velden met de hand.</translation>
    </message>
</context>
<context>
    <name>output</name>
    <message>
        <source>Save the slip as PDF</source>
        <translation>Het strookje opslaan als PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
    <message>
        <source>The slip was sent to the printer.</source>
        <translation>Het strookje is naar de printer gestuurd.</translation>
    </message>
    <message>
        <source>The slip was saved as {path}.</source>
        <translation>Het strookje werd opgeslagen als {path}.</translation>
    </message>
    <message>
        <source>activation-slip-{when}-{registration}.pdf</source>
        <translation>activeringsstrookje-{when}-{registration}.pdf</translation>
    </message>
</context>
<context>
    <name>practice_documents</name>
    <message>
        <source>Dutch passport of an adult (NLD, a real country code). Choose &apos;Foreign passport&apos;, scan or paste the zone, then type the BIS number below: a passport does not hold it.</source>
        <translation>Nederlands paspoort van een volwassene (NLD, een echte landcode). Kies &apos;Buitenlands paspoort&apos;, scan of plak de zone en typ dan het BIS-nummer hieronder: een paspoort bevat het niet.</translation>
    </message>
    <message>
        <source>Older Belgian eID whose chip does not answer. Choose &apos;Belgian card, chip unreadable&apos; and scan or paste the zone: it fills everything but the check by eye.</source>
        <translation>Oudere Belgische eID waarvan de chip niet antwoordt. Kies &apos;Belgische kaart, chip onleesbaar&apos; en scan of plak de zone: ze vult alles in behalve de controle met het oog.</translation>
    </message>
</context>
<context>
    <name>reader</name>
    <message>
        <source>No card service: the smart-card service of this computer is not running.</source>
        <translation>Geen kaartdienst: de smartcarddienst van deze computer draait niet.</translation>
    </message>
    <message>
        <source>No card reader: plug in the card reader.</source>
        <translation>Geen kaartlezer: sluit de kaartlezer aan.</translation>
    </message>
    <message>
        <source>No card: insert the identity card with the chip first.</source>
        <translation>Geen kaart: steek eerst de identiteitskaart met de chip in de lezer.</translation>
    </message>
    <message>
        <source>A card is in the reader: choose &apos;eID or electronic residence card&apos; to read it.</source>
        <translation>Er zit een kaart in de lezer: kies &apos;eID of elektronische verblijfskaart&apos; om ze te lezen.</translation>
    </message>
    <message>
        <source>Reading the card… leave it in the reader.</source>
        <translation>De kaart wordt gelezen… laat ze in de lezer zitten.</translation>
    </message>
    <message>
        <source>Card read: the data is ready.</source>
        <translation>Kaart gelezen: de gegevens zijn klaar.</translation>
    </message>
    <message>
        <source>The card in the reader is not an identity card: take it out and insert the eID.</source>
        <translation>De kaart in de lezer is geen identiteitskaart: neem ze uit en steek de eID in.</translation>
    </message>
</context>
<context>
    <name>registrations</name>
    <message>
        <source>CSV files (*.csv)</source>
        <extracomment>Asks where to save a report: (parent, suggested path, format) → the path, or None when cancelled.</extracomment>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
    <message>
        <source>Save the counts</source>
        <translation>De aantallen opslaan</translation>
    </message>
    <message>
        <source>The first day is after the last day.</source>
        <translation>De eerste dag valt na de laatste dag.</translation>
    </message>
    <message>
        <source>counts-{start}-{end}</source>
        <translation>aantallen-{start}-{end}</translation>
    </message>
    <message>
        <source>The counts were saved as {path}.</source>
        <translation>De aantallen zijn opgeslagen als {path}.</translation>
    </message>
    <message>
        <source>Type the whole number: 11 digits, with or without dots, dash and spaces.</source>
        <translation>Typ het hele nummer: 11 cijfers, met of zonder punten, streepje en spaties.</translation>
    </message>
    <message>
        <source>Personal data erased</source>
        <translation>Persoonsgegevens gewist</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Uitgereikt</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aanvaard</translation>
    </message>
    <message>
        <source>Activated</source>
        <translation>Geactiveerd</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Verlopen</translation>
    </message>
    <message>
        <source>Locked (too many wrong codes: register again)</source>
        <translation>Geblokkeerd (te veel foute codes: opnieuw registreren)</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Ingetrokken</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Geweigerd</translation>
    </message>
    <message>
        <source>Rejected: {reason}</source>
        <translation>Geweigerd: {reason}</translation>
    </message>
    <message>
        <source>The code works. The registration waits on this computer and is sent to the central service automatically.</source>
        <translation>De code werkt. De registratie wacht op deze computer en wordt automatisch naar de centrale dienst verstuurd.</translation>
    </message>
    <message>
        <source>The central service has it and e-mailed the activation link to the citizen.</source>
        <translation>De centrale dienst heeft ze ontvangen en de activeringslink naar de burger gemaild.</translation>
    </message>
    <message>
        <source>The citizen activated their digital keys. Nothing more to do.</source>
        <translation>De burger heeft de digitale sleutels geactiveerd. Er hoeft niets meer te gebeuren.</translation>
    </message>
    <message>
        <source>The code was not used within 14 days and no longer works. Register the citizen anew.</source>
        <translation>De code werd niet binnen 14 dagen gebruikt en werkt niet meer. Registreer de burger opnieuw.</translation>
    </message>
    <message>
        <source>A wrong activation code was entered five times, so the link no longer works. Register the citizen anew with their document.</source>
        <translation>Er werd vijf keer een foute activeringscode ingevuld, dus de link werkt niet meer. Registreer de burger opnieuw met zijn of haar document.</translation>
    </message>
    <message>
        <source>This code no longer works: a newer registration replaced it.</source>
        <translation>Deze code werkt niet meer: een nieuwere registratie heeft ze vervangen.</translation>
    </message>
    <message>
        <source>The central service refused it; its code does not work. Register the citizen anew.</source>
        <translation>De centrale dienst heeft ze geweigerd; de code werkt niet. Registreer de burger opnieuw.</translation>
    </message>
    <message>
        <source>the data was incomplete or not valid</source>
        <translation>de gegevens waren onvolledig of ongeldig</translation>
    </message>
    <message>
        <source>it was sent twice with different data</source>
        <translation>ze werd twee keer verstuurd met verschillende gegevens</translation>
    </message>
    <message>
        <source>the service centre does not belong to this workstation</source>
        <translation>het dienstencentrum hoort niet bij deze werkpost</translation>
    </message>
    <message>
        <source>another registration already has the same identifier</source>
        <translation>een andere registratie heeft al dezelfde identificatie</translation>
    </message>
    <message>
        <source>it reached the central service after its code had expired</source>
        <translation>ze kwam bij de centrale dienst aan nadat de code verlopen was</translation>
    </message>
    <message>
        <source>an answer that could not be read</source>
        <translation>een antwoord dat niet te lezen was</translation>
    </message>
    <message>
        <source>code {code}</source>
        <translation>code {code}</translation>
    </message>
    <message>
        <source>This registration can no longer be re-issued: its code was already replaced, refused, used or has expired. Register the citizen anew with their document.</source>
        <translation>Deze registratie kan niet meer opnieuw uitgereikt worden: de code werd al vervangen, geweigerd, gebruikt of is verlopen. Registreer de burger opnieuw met zijn of haar document.</translation>
    </message>
    <message>
        <source>The citizen&apos;s data of this registration was erased after the retention period, so it cannot be re-issued. Register the citizen anew with their document.</source>
        <translation>De gegevens van de burger bij deze registratie werden na de bewaartermijn gewist, dus ze kan niet opnieuw uitgereikt worden. Registreer de burger opnieuw met zijn of haar document.</translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <source>Day</source>
        <extracomment>Excel reads ``;``-separated UTF-8 correctly only with the byte order mark (&quot;utf-8-sig&quot; writes it). The status columns, in the order of a registration&apos;s life.</extracomment>
        <translation>Dag</translation>
    </message>
    <message>
        <source>Service centre</source>
        <translation>Dienstencentrum</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>Medewerker</translation>
    </message>
    <message>
        <source>Staff number</source>
        <translation>Personeelsnummer</translation>
    </message>
    <message>
        <source>New registrations</source>
        <translation>Nieuwe registraties</translation>
    </message>
    <message>
        <source>Re-issues</source>
        <translation>Opnieuw uitgereikt</translation>
    </message>
    <message>
        <source>Not yet sent</source>
        <translation>Nog niet verstuurd</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aanvaard</translation>
    </message>
    <message>
        <source>Activated</source>
        <translation>Geactiveerd</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Verlopen</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Geweigerd</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Ingetrokken</translation>
    </message>
    <message>
        <source>Registrations per day, service centre and clerk</source>
        <translation>Registraties per dag, dienstencentrum en medewerker</translation>
    </message>
    <message>
        <source>Period: {start} to {end}</source>
        <translation>Periode: {start} tot {end}</translation>
    </message>
    <message>
        <source>All service centres</source>
        <translation>Alle dienstencentra</translation>
    </message>
    <message>
        <source>Service centre: {centre}</source>
        <translation>Dienstencentrum: {centre}</translation>
    </message>
    <message>
        <source>Made on {moment}. Statuses as they stood then.</source>
        <translation>Gemaakt op {moment}. Statussen zoals ze toen waren.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <source>No registrations in this period.</source>
        <translation>Geen registraties in deze periode.</translation>
    </message>
    <message>
        <source>Page {page}</source>
        <translation>Pagina {page}</translation>
    </message>
</context>
<context>
    <name>shell</name>
    <message>
        <source>Digital keys counter (clerk_app)</source>
        <translation>Loket digitale sleutels (clerk_app)</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>Versie {version}</translation>
    </message>
    <message>
        <source>Mode: {mode}</source>
        <translation>Modus: {mode}</translation>
    </message>
    <message>
        <source>About this program</source>
        <translation>Over dit programma</translation>
    </message>
    <message>
        <source>The screen was cleared because nobody used it for a while.</source>
        <translation>Het scherm werd leeggemaakt omdat het een tijd niet gebruikt werd.</translation>
    </message>
    <message>
        <source>Not available on this screen: the activation code cannot be shown again once you leave it. Print or save the slip, then press Next citizen (Ctrl+N).</source>
        <translation>Niet beschikbaar op dit scherm: de activeringscode kan niet opnieuw getoond worden zodra u het verlaat. Druk het strookje af of sla het op, en kies dan Volgende burger (Ctrl+N).</translation>
    </message>
</context>
<context>
    <name>slip</name>
    <message>
        <source>Your digital keys for the government: activation code</source>
        <translation>Uw digitale sleutels voor de overheid: activeringscode</translation>
    </message>
    <message>
        <source>Your activation code</source>
        <translation>Uw activeringscode</translation>
    </message>
    <message>
        <source>Valid until {date}, {time}.</source>
        <translation>Geldig tot {date}, {time}.</translation>
    </message>
    <message>
        <source>What to do next</source>
        <translation>Wat moet u nu doen?</translation>
    </message>
    <message>
        <source>1. Watch for the e-mail with the activation link. It can take a few minutes; check your spam too.</source>
        <translation>1. Wacht op de e-mail met de activeringslink. Dat kan enkele minuten duren; kijk ook bij uw spam.</translation>
    </message>
    <message>
        <source>2. Open the link within {days} days.</source>
        <translation>2. Open de link binnen {days} dagen.</translation>
    </message>
    <message>
        <source>3. Enter the activation code from this slip.</source>
        <translation>3. Vul de activeringscode van dit strookje in.</translation>
    </message>
    <message>
        <source>4. Create a username and a password.</source>
        <translation>4. Kies een gebruikersnaam en een wachtwoord.</translation>
    </message>
    <message>
        <source>5. Choose a digital key: the mobile app, a security code by SMS or a security code by e-mail.</source>
        <translation>5. Kies een digitale sleutel: de mobiele app, een beveiligingscode via sms of een beveiligingscode via e-mail.</translation>
    </message>
    <message>
        <source>Keep this code to yourself. Government staff will never ask you for it by phone or e-mail.</source>
        <translation>Houd deze code voor uzelf. Overheidspersoneel vraagt er nooit naar via telefoon of e-mail.</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hulp</translation>
    </message>
    <message>
        <source>Lost this slip, or did the code expire? Come back to a service centre of the City of Ghent with your identity document; you get a new code. More information: stad.gent</source>
        <translation>Strookje kwijt of code vervallen? Kom met uw identiteitsdocument terug naar een dienstencentrum van Stad Gent; u krijgt een nieuwe code. Meer informatie: stad.gent</translation>
    </message>
    <message>
        <source>Issued at {centre} on {date}.</source>
        <translation>Uitgereikt in {centre} op {date}.</translation>
    </message>
    <message>
        <source>Practice slip: this code does not work.</source>
        <translation>Oefenstrookje: deze code werkt niet.</translation>
    </message>
</context>
<context>
    <name>training_cards</name>
    <message>
        <source>Belgian adult, valid eID: registers normally.</source>
        <translation>Belgische volwassene, geldige eID: registreert gewoon.</translation>
    </message>
    <message>
        <source>Child of 11 with a Kids-ID: refused, too young.</source>
        <translation>Kind van 11 met een Kids-ID: geweigerd, te jong.</translation>
    </message>
    <message>
        <source>Belgian eID that expired yesterday: refused, expired document.</source>
        <translation>Belgische eID die gisteren verliep: geweigerd, vervallen document.</translation>
    </message>
    <message>
        <source>EU+ residence card (permanent residence), in German.</source>
        <translation>EU+-verblijfskaart (duurzaam verblijf), in het Duits.</translation>
    </message>
    <message>
        <source>Residence card F for a family member of an EU citizen.</source>
        <translation>Verblijfskaart F voor een familielid van een EU-burger.</translation>
    </message>
    <message>
        <source>Residence card K (establishment), in French.</source>
        <translation>Verblijfskaart K (vestiging), in het Frans.</translation>
    </message>
    <message>
        <source>Forged card: the validity date was changed after signing. Not authentic: refuse.</source>
        <translation>Vervalste kaart: de geldigheidsdatum werd na het ondertekenen gewijzigd. Niet echt: weigeren.</translation>
    </message>
    <message>
        <source>Forged card: the photo is not the signed one. Not authentic: refuse.</source>
        <translation>Vervalste kaart: de foto is niet de ondertekende. Niet echt: weigeren.</translation>
    </message>
    <message>
        <source>A bank or loyalty card, not an identity card.</source>
        <translation>Een bank- of klantenkaart, geen identiteitskaart.</translation>
    </message>
    <message>
        <source>Adult, valid eID</source>
        <extracomment>Zero padding behind a certificate in its card file (eid-card.md §1). ECDSA signature files have a fixed size: DER signature plus zero padding (as in the EC specimen).</extracomment>
        <translation>Volwassene, geldige eID</translation>
    </message>
    <message>
        <source>Child of 11 (Kids-ID)</source>
        <translation>Kind van 11 (Kids-ID)</translation>
    </message>
    <message>
        <source>Expired eID</source>
        <translation>Vervallen eID</translation>
    </message>
    <message>
        <source>Residence card EU+</source>
        <translation>Verblijfskaart EU+</translation>
    </message>
    <message>
        <source>Residence card F</source>
        <translation>Verblijfskaart F</translation>
    </message>
    <message>
        <source>Residence card K</source>
        <translation>Verblijfskaart K</translation>
    </message>
    <message>
        <source>Forged: validity changed</source>
        <translation>Vervalst: geldigheid gewijzigd</translation>
    </message>
    <message>
        <source>Forged: another photo</source>
        <translation>Vervalst: andere foto</translation>
    </message>
    <message>
        <source>Bank card (not an eID)</source>
        <translation>Bankkaart (geen eID)</translation>
    </message>
    <message>
        <source>Pulled out while reading</source>
        <translation>Uitgetrokken tijdens het lezen</translation>
    </message>
    <message>
        <source>Adult eID pulled out while it is read, after its identity file and before its photo: the counter says the card was removed and keeps nothing of it.</source>
        <translation>eID van een volwassene die tijdens het lezen uitgetrokken wordt, na het identiteitsbestand en vóór de foto: het loket meldt dat de kaart verwijderd is en houdt er niets van bij.</translation>
    </message>
</context>
</TS>
