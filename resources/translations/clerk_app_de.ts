<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>CheckRegisterView</name>
    <message>
        <source>Registering…</source>
        <extracomment>The identity rows in display order, named like the fields reasons point at. The document&apos;s own fields come first, right under the photo: a fraud warning above takes room, and the validity dates (what a forger changes) must stay in view without scrolling, from 1024×768 up.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National register or BIS number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person cannot be registered:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person can be registered with this document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check and register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo on the chip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The citizen lives &amp;abroad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CitizenInputs</name>
    <message>
        <source>Type the e-mail address a second time, to be sure it is right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You changed the address: type it a second time, to be sure it is right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two e-mail addresses are not the same. Check both with the citizen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The citizen is &amp;present in person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not by mail, by phone or through a proxy: such requests cannot be registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not by mail, by phone or through a proxy: such requests cannot be re-issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail address &amp;once more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only when you changed the address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citizen&apos;s lan&amp;guage</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfirmationController</name>
    <message>
        <source>Looking for the activation e-mail in the training mailbox…</source>
        <extracomment>Finds a registration&apos;s activation link (None: its e-mail has not arrived yet); runs off the GUI thread.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The activation e-mail is not in the training mailbox yet: the registration is still on its way to the training central service. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The citizen&apos;s activation page opens in the browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No browser could be started. The link is in the training panel&apos;s mailbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The training mailbox could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfirmationView</name>
    <message>
        <source>Activation code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{date} at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slip language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the slip and give it to the citizen. An e-mail with the activation link is on its way to them. The code cannot be shown again once you go to the next citizen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print slip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as P&amp;DF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next citizen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-issued</source>
        <translation>Neu ausgestellt</translation>
    </message>
    <message>
        <source>&amp;Open the citizen&apos;s activation page</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CountTableModel</name>
    <message>
        <source>Day</source>
        <translation type="unfinished">Tag</translation>
    </message>
    <message>
        <source>Service centre</source>
        <translation type="unfinished">Dienstleistungszentrum</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation type="unfinished">Sachbearbeiter</translation>
    </message>
    <message>
        <source>Registrations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CountsView</name>
    <message>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total for the period: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many registrations each clerk made per day and service centre, re-issues included, on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unt&amp;il</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Registrations per day, service centre and clerk:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as CS&amp;V…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back to the registrations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentChoiceView</name>
    <message>
        <source>Other document</source>
        <extracomment>The manual document types in the order the clerk sees them; Alt+1 … Alt+6 pick them.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back to the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which document does the citizen show? A person with a Belgian eID or an electronic residence card registers with the card in the reader; only when its chip does not answer, type it from its zone.</source>
        <translation>Welches Dokument zeigt die Person? Wer einen belgischen eID oder eine elektronische Aufenthaltskarte hat, registriert sich mit der Karte im Lesegerät; nur wenn der Chip nicht antwortet, tippen Sie die Karte aus ihrer Zone ab.</translation>
    </message>
</context>
<context>
    <name>EidView</name>
    <message>
        <source>Insert the eID or electronic residence card in the card reader, chip first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the card… leave it in the reader.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eID or electronic residence card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <source>New citizen</source>
        <extracomment>How long the card read, the registration or the PDF may take before its step fails. A made-up address: sync stays off in the self-test, so nothing is ever sent to it.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the citizen is here in person. Insert their eID or electronic residence card in the reader, or choose Other document for a passport, orange card or annex 35.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;eID or electronic residence card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Other document</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindowView</name>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digital keys counter – {centre} – {clerk} – {mode}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Centre: {centre}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clerk: {clerk}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode: {mode}</source>
        <translation>Modus: {mode}</translation>
    </message>
    <message>
        <source>&amp;Citizen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hilfe</translation>
    </message>
    <message>
        <source>&amp;About this program…</source>
        <translation>Ü&amp;ber dieses Programm…</translation>
    </message>
    <message>
        <source>Registration &amp;history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Registrations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Counts per day…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New citizen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print slip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ManualFormView</name>
    <message>
        <source>Check digits that do not match: {fields}</source>
        <extracomment>Documents that carry a machine-readable zone the form can be filled from (the orange card and annex 35 have none; see clerk_app.domain.mrz_form.values_from_mrz). Long enough for any name or number the domain accepts, short enough that a stuck key is noticed.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filled from the zone. Check every field against the document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the fields as they are on the document. Every problem is shown under its field when you continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Machine-readable zone (the lines with &lt; at the bottom)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the zone with the document scanner or type it line by line; the form is filled as soon as the zone is complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the &amp;zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This document has no machine-readable zone: type the fields from the document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The zone no longer checks, so the fields it had filled were emptied. Correct the zone, or type the fields from the document.</source>
        <translation>Die Zone stimmt nicht mehr, deshalb wurden die von ihr ausgefüllten Felder geleert. Korrigieren Sie die Zone oder tippen Sie die Felder vom Dokument ab.</translation>
    </message>
</context>
<context>
    <name>RegistrationTableModel</name>
    <message>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service centre</source>
        <translation type="unfinished">Dienstleistungszentrum</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation type="unfinished">Sachbearbeiter</translation>
    </message>
</context>
<context>
    <name>RegistrationView</name>
    <message>
        <source>Re-issuing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National register or BIS number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citizen&apos;s language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service centre</source>
        <translation type="unfinished">Dienstleistungszentrum</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation type="unfinished">Sachbearbeiter</translation>
    </message>
    <message>
        <source>The citizen&apos;s personal data was erased after the retention period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-issue: a new code for a citizen who lost theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only with the citizen at the counter. The old code stops working; the new code is shown once and printed on a new slip. Correct the e-mail address or the language if needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-&amp;issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back to the list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegistrationsView</name>
    <message>
        <source>Searching…</source>
        <extracomment>The widest any column of the registrations list gets, in pixels (the rest is elided). The columns whose words wrap when the list is narrow. A cell&apos;s margins and the grid line around its text, in pixels. The least the citizen&apos;s name keeps when the other columns take their room.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No registrations found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest {count} found; there are more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s registrations are listed first. Search by name or by national register or BIS number; choose a period for earlier days. Enter opens the selected registration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>surname or given names, accents optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National register or BIS n&amp;umber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 85.07.30-033.28</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 14 days (codes still valid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unt&amp;il</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Results:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts per &amp;day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back to the start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message numerus="yes">
        <source>No activity: the citizen&apos;s data is cleared from the screen in %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SignInView</name>
    <message>
        <source>Sign in – digital keys counter</source>
        <extracomment>Each UI language named in itself, so a clerk finds their own language whatever is showing.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in before you register citizens. Your name and staff number go into the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Staff number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service &amp;centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your name and staff number to sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ign in</source>
        <translation>A&amp;nmelden</translation>
    </message>
</context>
<context>
    <name>SyncStatusController</name>
    <message>
        <source>Enrol this workstation</source>
        <extracomment>Asks for a one-time enrolment code (None: cancelled); replaced in tests.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-time enrolment code from the IT helpdesk:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Central service: starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Central service: not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Central service: off (not configured) · {waiting} waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Central service: connecting · {waiting} waiting · last sync {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online · {waiting} waiting · last sync {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline · {waiting} waiting · last sync {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enrolled: sending paused · {waiting} waiting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncStatusView</name>
    <message>
        <source>&amp;Send now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enrol this workstation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cen&amp;tral service</source>
        <translation>Zen&amp;trale Dienst</translation>
    </message>
</context>
<context>
    <name>TrainingBanner</name>
    <message>
        <source>Practice mode: simulated cards, nothing reaches real citizens&apos; data.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainingMessagesController</name>
    <message>
        <source>The training mailbox could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{mails} e-mail(s) and {texts} text message(s).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainingMessagesView</name>
    <message>
        <source>Mailbox and SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the training central service sent: open the link and use the code as the citizen would. Nothing leaves this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training mail&amp;box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link or code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS o&amp;utbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainingPanelView</name>
    <message>
        <source>This program (training card reader)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Virtual PCD through pcscd (real PC/SC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No training card in this reader.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the reader: {card}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulated cards for practice. They exist only in training mode and are never real.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applet {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National register or BIS number to type: {number}</source>
        <extracomment>The keys of Insert card and Remove card, the same in every language. Item data role of a card&apos;s catalogue name in the list.</extracomment>
        <translation>Nationalregister- oder BIS-Nummer zum Eintippen: {number}</translation>
    </message>
    <message>
        <source>Machine-readable zone of the practice document</source>
        <translation>Maschinenlesbare Zone des Übungsdokuments</translation>
    </message>
    <message>
        <source>Training card</source>
        <translation>Übungskarte</translation>
    </message>
    <message>
        <source>Card version</source>
        <translation>Kartenversion</translation>
    </message>
    <message>
        <source>Inserted through</source>
        <translation>Eingesteckt über</translation>
    </message>
    <message>
        <source>Insert card</source>
        <translation>Karte einstecken</translation>
    </message>
    <message>
        <source>Remove card</source>
        <translation>Karte entnehmen</translation>
    </message>
    <message>
        <source>Practice document without a chip (for Other document)</source>
        <translation>Übungsdokument ohne Chip (für Anderes Dokument)</translation>
    </message>
    <message>
        <source>Copy the zone</source>
        <translation>Zone kopieren</translation>
    </message>
</context>
<context>
    <name>authenticity</name>
    <message>
        <source>The chip data is signed by the National Register and the photo matches.</source>
        <extracomment>One sentence per reason for the clerk (translation context &quot;authenticity&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity data on the chip does not match the National Register&apos;s signature: it was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo on the chip is not the photo the National Register signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The National Register certificate on the chip is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The root certificate on the chip is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card was not issued under a trusted Belgian root certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The National Register certificate on the chip was not issued by the card&apos;s root certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chip holds no signature of the identity data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chip holds no National Register certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no photo to compare with the signed photo hash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity data holds no photo hash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card uses a signature or hash algorithm this app does not know.</source>
        <translation type="unfinished"></translation>
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
        <translation>Europäische Union</translation>
    </message>
    <message>
        <source>United Nations</source>
        <translation>Vereinte Nationen</translation>
    </message>
    <message>
        <source>Stateless</source>
        <translation>Staatenlos</translation>
    </message>
    <message>
        <source>Refugee</source>
        <translation>Flüchtling</translation>
    </message>
    <message>
        <source>Unspecified</source>
        <translation>Nicht angegeben</translation>
    </message>
</context>
<context>
    <name>crash</name>
    <message>
        <source>Unexpected error</source>
        <extracomment>Patterns of personal data that could still reach a report through a ClerkError ``detail``.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something unexpected went wrong in the application. A report without personal data was saved as {path}. Finish or cancel the current citizen, restart the application, and give the report to the IT helpdesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something unexpected went wrong in the application, and the report could not be saved. Restart the application and tell the IT helpdesk.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>documents</name>
    <message>
        <source>eID or electronic residence card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belgian passport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foreign passport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orange card (attest van immatriculatie)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annex 35 (bijlage 35)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other foreign identity document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown card type</source>
        <extracomment>Chip types that no longer identify a citizen (staff and roll-out cards). The kinds whose identity is a Belgian card, and so has a chip document type.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belgian identity card (eID)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EC citizen card (2004 specification)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non-EC citizen card (2004 specification)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kids-ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bootstrap card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Habilitation card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card A (temporary residence)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card B (registration in the aliens register)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card C (identity card for aliens)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card D (long-term resident EC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card E (registration certificate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card E+ (permanent residence)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card F (family member of an EU citizen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card F+ (permanent residence, family member)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card H (EU Blue Card)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card I (intra-corporate transferee)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card J (mobile intra-corporate transferee)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card M (Withdrawal Agreement)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card N (Withdrawal Agreement, frontier worker)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card K (establishment)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card L (EU long-term resident)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EU card (registration)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EU+ card (permanent residence)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card A (temporary residence, 2021 layout)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card B (unlimited residence, 2021 layout)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card F (family member, 2021 layout)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card F+ (permanent, family member, 2021 layout)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kids card for foreigners: EU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kids card for foreigners: EU+</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kids card for foreigners: A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kids card for foreigners: B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kids card for foreigners: K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kids card for foreigners: L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kids card for foreigners: F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kids card for foreigners: F+</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kids card for foreigners: M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belgian card, chip unreadable</source>
        <translation>Belgische Karte, Chip unlesbar</translation>
    </message>
</context>
<context>
    <name>eid</name>
    <message>
        <source>Checking that the card is authentic… Registering waits for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentic card. {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WARNING – THIS CARD IS NOT AUTHENTIC (possible fraud). {reason} Do not register with this card. Follow the procedure for suspected document fraud and inform your team leader; the citizen can only be registered with another valid document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card is not authentic (see the warning above).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authenticity of this card could not be checked. {reason} A card that cannot be checked cannot be registered. Take the card out and insert it again, or try another card reader; if that does not help, register with another valid document (Other document).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authenticity of the card could not be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card was taken out, so the citizen&apos;s data was cleared from the screen. Insert the card again to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card is still being checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chip unreadable: &amp;type the card from its zone</source>
        <extracomment>On the message of a card that does not answer: register with the card all the same, typed from its zone.</extracomment>
        <translation>Chip unlesbar: Karte aus ihrer Zone &amp;abtippen</translation>
    </message>
</context>
<context>
    <name>eligibility</name>
    <message>
        <source>The birth year in the national number does not match the document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth month in the national number does not match the document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth day in the national number does not match the document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sex encoded in the national number does not match the document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person is under 12. Digital keys can be requested from the 12th birthday ({first_day}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person lives abroad and has no identity document that is valid today, so they cannot be registered at the counter. They can ask for digital keys through the contact form of &apos;Mijn digitale sleutels&apos; (FPS BOSA).</source>
        <extracomment>ICAO code of Belgium, as manual documents record nationality and issuing state.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm that the person is here in person. Requests by mail, phone or proxy are not accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the surname as it is on the document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the service centre first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with your name and staff number first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only part of the birth date is known ({birth_date}); the person may still be under 12 today. Registration is possible from {first_day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card type is unknown. Read the card again in the card reader.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A kids card is only issued to children under 12 and cannot be used for digital keys. Ask for an identity card, residence card or passport.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Belgian passport is only issued to Belgians, but the nationality is not Belgian. Check the nationality or the document type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belgians register with their eID or their Belgian passport, not with this document type. Read the eID or choose &apos;Belgian passport&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the document number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the document&apos;s expiry date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document is only valid from {date}. Ask for a document valid today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A national register or BIS number has 11 digits (dots, dashes and spaces are allowed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The national register or BIS number is not valid (its check digits do not match).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The national register or BIS number contains an impossible birth month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the citizen&apos;s e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a valid e-mail address. Check it with the citizen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This card type ({card_type}) does not identify a citizen. Ask for another document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth year is unknown, so the minimum age of 12 cannot be confirmed. If another valid document shows the birth date, register with that document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document expired on {date}. Ask for a valid document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required: the digital keys are linked to it. Without one, the person cannot register until a Belgian institution (e.g. the employer) requests a BIS number.</source>
        <translation>Pflichtangabe: Die digitalen Schlüssel hängen daran. Ohne Nummer kann sich die Person erst registrieren, wenn eine belgische Einrichtung (z. B. der Arbeitgeber) eine BIS-Nummer beantragt.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operation could not be completed. Try again; if it keeps failing, call the IT helpdesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings could not be used: {problem}. Ask the IT helpdesk to check the configuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secure key store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system key store (keyring) is not available or refused access ({backend}). Nothing was stored. Log in to the desktop session again or ask the IT helpdesk; secrets are never kept in a plain file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card could not be read. Take it out and insert it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No card service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The smart-card service of this computer is not running. The app keeps trying; if this stays, restart the computer or call the IT helpdesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No card reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No card reader is connected. Plug in the card reader, or use another document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no card in the reader. Insert the card with the chip first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card was taken out before reading finished. Nothing was kept. Insert the card again and leave it in the reader until the data appears.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another program is using the card. Close the other eID program, then insert the card again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card does not answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card did not answer correctly ({problem}). Clean the chip, insert the card again, or try another reader. If it keeps failing, the card may be damaged: use another document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not an identity card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This card is not a Belgian eID or electronic residence card. Ask the citizen for their identity card, or use &apos;Other document&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreadable card data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data on the card is damaged or in an unknown format ({problem}). The card cannot be used; use another document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some fields are not valid. Correct the marked fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slip not printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The slip could not be printed or saved ({problem}). The code stays on screen: check the printer or the folder, or choose another one, and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be saved ({problem}). Choose another folder or file name and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local registration store could not be used. Nothing was half-saved. Call the IT helpdesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database key problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key of the local registration store is {problem}. The store was not opened and not changed. Call the IT helpdesk; do not delete the data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading the local registration store failed. A backup was kept at {backup}. Call the IT helpdesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The integrity check of the local registration store failed ({problem}). Call the IT helpdesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That registration does not exist (any more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Central service problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central service could not be reached. Registrations wait safely and are sent later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central service cannot be reached ({problem}). You can keep registering: registrations wait on this computer and are sent automatically.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central service refused a registration ({reason}). Check the citizen&apos;s data and register again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central service no longer accepts this workstation. Sending is paused; registrations wait safely. Ask the IT helpdesk for a new enrolment code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing from the keyring</source>
        <extracomment>Execution option that makes a transaction start with BEGIN IMMEDIATE (take the write lock up front, so a read-then-write transaction never fails on a lock upgrade).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not the key this store was encrypted with, or the file is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>damaged in the keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none: the store was new and empty)</source>
        <extracomment>Where the revisions ship: inside the package, so installers and frozen builds carry them. The newest revision in ``migrations/versions``. Start-up compares against it so that a current store opens without importing Alembic; a test checks it is Alembic&apos;s head.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer in time</source>
        <extracomment>Status codes that mean &quot;the same request may work later&quot;. What a network problem is called in the outbox (a code) and in a message to the clerk (a phrase).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its certificate could not be verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no connection: network down or service stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection was lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer did not come from the central service: check its address and any proxy</source>
        <translation>die Antwort kam nicht vom zentralen Dienst: prüfen Sie seine Adresse und einen etwaigen Proxy</translation>
    </message>
    <message>
        <source>endless GET RESPONSE chain</source>
        <extracomment>Largest short-APDU response: READ BINARY with Le=00 asks for 256 bytes. READ BINARY offsets are 15 bits (eid-card.md §2.4). SELECT answers that mean &quot;try the FID-by-FID chain instead&quot; (eid-card.md §2.3).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SELECT answered {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file {file} is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file {file} is too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading file {file} answered {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no four-digit year at the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the day is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the birth date cannot be read ({why})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} is not a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field {tag} is not text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document type is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the start of validity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the end of validity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the protection date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the EU card date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another program reset the card</source>
        <extracomment>pcsc-lite&apos;s pseudo reader that changes state when a reader is plugged in or out. How long a failed transmit waits for PC/SC to notice a pulled card (pcscd polls some drivers at 400 ms).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the card does not respond</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PC/SC error {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an incomplete answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the card stopped answering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection was closed</source>
        <extracomment>How long a second connection waits for another&apos;s transaction before reporting the card busy.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a field length is cut short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field {tag} is cut short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field {tag} appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is not valid TOML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown setting(s) {settings}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{setting} must be one of {languages}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the training profile may only use a central service on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{setting} must be a positive whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{setting} must be a non-empty list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each centre needs an {id} and a {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>centre ids must be unique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{setting} must be a table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{setting} must be an http(s) URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{setting} must use https (plain http only on this computer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{setting} must be positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{setting} and {other} go together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the {language} translations are missing ({file}); run scripts/setup</source>
        <extracomment>Belgian locales for dates and numbers, per language code.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>languages</name>
    <message>
        <source>Dutch</source>
        <translation>Niederländisch</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Französisch</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
</context>
<context>
    <name>manual</name>
    <message>
        <source>Male (M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Female (F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unspecified (X)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DD/MM/YYYY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Three-letter code as on the document, e.g. NLD; XXA for stateless</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty if the document shows none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DD/MM/YYYY; 00 for an unknown day or month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuing country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuing municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National register or BIS number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>11 digits, e.g. 85.07.30-033.28</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid from (date of issue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the surname as it is on the document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date of birth; write 00 for an unknown day or month and 0000 for an unknown year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of birth is not a date. Write it as DD/MM/YYYY, with 00 for an unknown day or month (a known day needs a known month).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of birth is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the sex as it is on the document (X if the document shows none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sex must be M, F or X.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the nationality.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a known nationality code. Use the three-letter code on the document (for example NLD, or XXA for a stateless person).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the country that issued the document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a known country code. Use the three-letter code on the document (for example NLD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the document number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date until which the document is valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The expiry date is not a date. Write it as DD/MM/YYYY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of issue is not a date. Write it as DD/MM/YYYY, or leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document cannot expire before it was issued. Check both dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A passport number has 5 to 9 letters and digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A document number has 3 to 20 letters, digits, dashes or slashes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card type</source>
        <translation>Kartentyp</translation>
    </message>
    <message>
        <source>As printed on the card, e.g. identity card or card K</source>
        <translation>Wie auf der Karte gedruckt, z. B. Personalausweis oder Karte K</translation>
    </message>
    <message>
        <source>Checked by eye</source>
        <translation>Mit dem Auge geprüft</translation>
    </message>
    <message>
        <source>The face matches the card&apos;s photo, and the card itself looks genuine (print, hologram)</source>
        <translation>Das Gesicht stimmt mit dem Foto der Karte überein, und die Karte selbst wirkt echt (Druck, Hologramm)</translation>
    </message>
    <message>
        <source>A surname holds only letters, spaces, hyphens, apostrophes and dots.</source>
        <translation>Ein Familienname enthält nur Buchstaben, Leerzeichen, Bindestriche, Apostrophe und Punkte.</translation>
    </message>
    <message>
        <source>The surname is too long (at most {maximum} characters).</source>
        <translation>Der Familienname ist zu lang (höchstens {maximum} Zeichen).</translation>
    </message>
    <message>
        <source>Given names hold only letters, spaces, hyphens, apostrophes and dots.</source>
        <translation>Vornamen enthalten nur Buchstaben, Leerzeichen, Bindestriche, Apostrophe und Punkte.</translation>
    </message>
    <message>
        <source>The given names are too long (at most {maximum} characters).</source>
        <translation>Die Vornamen sind zu lang (höchstens {maximum} Zeichen).</translation>
    </message>
    <message>
        <source>The date of birth is not plausible: the year must lie between {earliest} and {latest}. Check the year.</source>
        <translation>Das Geburtsdatum ist nicht plausibel: Das Jahr muss zwischen {earliest} und {latest} liegen. Prüfen Sie das Jahr.</translation>
    </message>
    <message>
        <source>The expiry date is not plausible: the year must lie between {earliest} and {latest}. Check the year.</source>
        <translation>Das Ablaufdatum ist nicht plausibel: Das Jahr muss zwischen {earliest} und {latest} liegen. Prüfen Sie das Jahr.</translation>
    </message>
    <message>
        <source>The date of issue is not plausible: the year must lie between {earliest} and {latest}. Check the year, or leave it empty.</source>
        <translation>Das Ausstellungsdatum ist nicht plausibel: Das Jahr muss zwischen {earliest} und {latest} liegen. Prüfen Sie das Jahr oder lassen Sie das Feld leer.</translation>
    </message>
    <message>
        <source>The issuing municipality is too long (at most {maximum} characters).</source>
        <translation>Die ausstellende Gemeinde ist zu lang (höchstens {maximum} Zeichen).</translation>
    </message>
    <message>
        <source>The issuing municipality holds digits or symbols.</source>
        <translation>Die ausstellende Gemeinde enthält Ziffern oder Symbole.</translation>
    </message>
    <message>
        <source>Choose the card type printed on the card (identity card, card K, EU card, …).</source>
        <translation>Wählen Sie den auf der Karte gedruckten Kartentyp (Personalausweis, Karte K, EU-Karte, …).</translation>
    </message>
    <message>
        <source>Choose a card type from the list.</source>
        <translation>Wählen Sie einen Kartentyp aus der Liste.</translation>
    </message>
    <message>
        <source>The chip cannot prove this card: compare the face with the card&apos;s photo, check the card itself, then tick the box.</source>
        <translation>Der Chip kann diese Karte nicht belegen: Vergleichen Sie das Gesicht mit dem Foto der Karte, prüfen Sie die Karte selbst und setzen Sie dann das Häkchen.</translation>
    </message>
    <message>
        <source>Three-letter code of the state that issued the document, as on it, e.g. SWE</source>
        <extracomment>Only a person is stateless: the issuing country&apos;s hint names the state that issued the document.</extracomment>
        <translation>Dreibuchstabiger Code des Staates, der das Dokument ausgestellt hat, wie darauf angegeben, z. B. SWE</translation>
    </message>
</context>
<context>
    <name>manual_path</name>
    <message>
        <source>Personal number (optional data)</source>
        <extracomment>How long the zone field waits after the last keystroke before reading (a scanner types much faster). The form field each checked zone field is typed into (no form field for the overall check).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall check digit (the whole zone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The zone&apos;s check digit for this field does not match. Compare it with the document and type it here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mrz</name>
    <message>
        <source>Scan or type the machine-readable zone (the lines with &lt; at the bottom).</source>
        <extracomment>Expiry dates are read within this many years either side of today. The issuing-state code whose older cards compute the long-number check digit with the filler. One message per problem (context ``mrz``); ``InputError.params`` fill the placeholders (``fields`` of a failed check lists the failed :class:`CheckedField` values for the UI to mark).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a complete machine-readable zone: it has {lines} line(s) of {lengths} characters. A passport has 2 lines of 44, an identity card 3 lines of 30 or 2 lines of 36.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {line}, position {column} holds a character that cannot be in a machine-readable zone (only A-Z, 0-9 and &lt;). Check what was typed or scanned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This machine-readable zone is not that of a passport or identity card (document code {code}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date in the machine-readable zone is not a date. Check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The expiry date in the machine-readable zone is not a date. Check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sex in the machine-readable zone must be M, F, X or &lt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A check digit of the machine-readable zone does not match: a character was misread or mistyped. Check the marked fields against the document, or type the fields by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This machine-readable zone does not belong to the chosen document type. Choose the right document type, or type the fields by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a travel-document zone (for example an old French identity card or a driving licence): it cannot fill the form. Type the fields from the document.</source>
        <translation>Dies ist keine Zone eines Reisedokuments (zum Beispiel ein alter französischer Personalausweis oder ein Führerschein): Sie kann das Formular nicht ausfüllen. Tippen Sie die Felder vom Dokument ab.</translation>
    </message>
</context>
<context>
    <name>output</name>
    <message>
        <source>Save the slip as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The slip was sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The slip was saved as {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>activation-slip-{when}-{registration}.pdf</source>
        <translation>aktivierungsbeleg-{when}-{registration}.pdf</translation>
    </message>
</context>
<context>
    <name>practice_documents</name>
    <message>
        <source>Dutch passport of an adult (NLD, a real country code). Choose &apos;Foreign passport&apos;, scan or paste the zone, then type the BIS number below: a passport does not hold it.</source>
        <translation>Niederländischer Reisepass eines Erwachsenen (NLD, ein echter Ländercode). Wählen Sie „Ausländischer Reisepass“, scannen oder fügen Sie die Zone ein und tippen Sie dann die BIS-Nummer unten: Ein Reisepass enthält sie nicht.</translation>
    </message>
    <message>
        <source>Older Belgian eID whose chip does not answer. Choose &apos;Belgian card, chip unreadable&apos; and scan or paste the zone: it fills everything but the check by eye.</source>
        <translation>Älterer belgischer eID, dessen Chip nicht antwortet. Wählen Sie „Belgische Karte, Chip unlesbar“ und scannen oder fügen Sie die Zone ein: Sie füllt alles außer der Prüfung mit dem Auge aus.</translation>
    </message>
</context>
<context>
    <name>reader</name>
    <message>
        <source>No card service: the smart-card service of this computer is not running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No card reader: plug in the card reader.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No card: insert the identity card with the chip first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A card is in the reader: choose &apos;eID or electronic residence card&apos; to read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the card… leave it in the reader.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card read: the data is ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card in the reader is not an identity card: take it out and insert the eID.</source>
        <translation>Die Karte im Lesegerät ist kein Ausweis: Nehmen Sie sie heraus und stecken Sie die eID ein.</translation>
    </message>
</context>
<context>
    <name>registrations</name>
    <message>
        <source>CSV files (*.csv)</source>
        <extracomment>Asks where to save a report: (parent, suggested path, format) → the path, or None when cancelled.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first day is after the last day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counts-{start}-{end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The counts were saved as {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the whole number: 11 digits, with or without dots, dash and spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal data erased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code works. The registration waits on this computer and is sent to the central service automatically.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central service has it and e-mailed the activation link to the citizen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The citizen activated their digital keys. Nothing more to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code was not used within 14 days and no longer works. Register the citizen anew.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This code no longer works: a newer registration replaced it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central service refused it; its code does not work. Register the citizen anew.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the data was incomplete or not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was sent twice with different data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the service centre does not belong to this workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another registration already has the same identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it reached the central service after its code had expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an answer that could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This registration can no longer be re-issued: its code was already replaced, refused, used or has expired. Register the citizen anew with their document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The citizen&apos;s data of this registration was erased after the retention period, so it cannot be re-issued. Register the citizen anew with their document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Ausgestellt</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Activated</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Locked (too many wrong codes: register again)</source>
        <translation>Gesperrt (zu viele falsche Codes: neu registrieren)</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>A wrong activation code was entered five times, so the link no longer works. Register the citizen anew with their document.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <source>Day</source>
        <extracomment>Excel reads ``;``-separated UTF-8 correctly only with the byte order mark (&quot;utf-8-sig&quot; writes it). The status columns, in the order of a registration&apos;s life.</extracomment>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Service centre</source>
        <translation>Dienstleistungszentrum</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>Sachbearbeiter</translation>
    </message>
    <message>
        <source>Staff number</source>
        <translation>Personalnummer</translation>
    </message>
    <message>
        <source>New registrations</source>
        <translation>Neue Registrierungen</translation>
    </message>
    <message>
        <source>Re-issues</source>
        <translation>Neuausstellungen</translation>
    </message>
    <message>
        <source>Not yet sent</source>
        <translation>Noch nicht gesendet</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Activated</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>Registrations per day, service centre and clerk</source>
        <translation>Registrierungen pro Tag, Dienstleistungszentrum und Sachbearbeiter</translation>
    </message>
    <message>
        <source>Period: {start} to {end}</source>
        <translation>Zeitraum: {start} bis {end}</translation>
    </message>
    <message>
        <source>All service centres</source>
        <translation>Alle Dienstleistungszentren</translation>
    </message>
    <message>
        <source>Service centre: {centre}</source>
        <translation>Dienstleistungszentrum: {centre}</translation>
    </message>
    <message>
        <source>Made on {moment}. Statuses as they stood then.</source>
        <translation>Erstellt am {moment}. Status zu diesem Zeitpunkt.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>No registrations in this period.</source>
        <translation>Keine Registrierungen in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>Page {page}</source>
        <translation>Seite {page}</translation>
    </message>
</context>
<context>
    <name>shell</name>
    <message>
        <source>Digital keys counter (clerk_app)</source>
        <translation>Schalter digitale Schlüssel (clerk_app)</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>Version {version}</translation>
    </message>
    <message>
        <source>Mode: {mode}</source>
        <translation>Modus: {mode}</translation>
    </message>
    <message>
        <source>About this program</source>
        <translation>Über dieses Programm</translation>
    </message>
    <message>
        <source>The screen was cleared because nobody used it for a while.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available on this screen: the activation code cannot be shown again once you leave it. Print or save the slip, then press Next citizen (Ctrl+N).</source>
        <translation>Auf diesem Bildschirm nicht verfügbar: Der Aktivierungscode kann nicht mehr angezeigt werden, sobald Sie ihn verlassen. Drucken oder speichern Sie den Beleg und wählen Sie dann Nächste Person (Strg+N).</translation>
    </message>
</context>
<context>
    <name>slip</name>
    <message>
        <source>Your digital keys for the government: activation code</source>
        <translation>Ihre digitalen Schlüssel für die Behörden: Aktivierungscode</translation>
    </message>
    <message>
        <source>Your activation code</source>
        <translation>Ihr Aktivierungscode</translation>
    </message>
    <message>
        <source>Valid until {date}, {time}.</source>
        <translation>Gültig bis {date}, {time} Uhr.</translation>
    </message>
    <message>
        <source>What to do next</source>
        <translation>Wie geht es weiter?</translation>
    </message>
    <message>
        <source>1. Watch for the e-mail with the activation link. It can take a few minutes; check your spam too.</source>
        <translation>1. Warten Sie auf die E-Mail mit dem Aktivierungslink. Das kann einige Minuten dauern; sehen Sie auch im Spam-Ordner nach.</translation>
    </message>
    <message>
        <source>2. Open the link within {days} days.</source>
        <translation>2. Öffnen Sie den Link innerhalb von {days} Tagen.</translation>
    </message>
    <message>
        <source>3. Enter the activation code from this slip.</source>
        <translation>3. Geben Sie den Aktivierungscode von diesem Beleg ein.</translation>
    </message>
    <message>
        <source>4. Create a username and a password.</source>
        <translation>4. Legen Sie einen Benutzernamen und ein Passwort fest.</translation>
    </message>
    <message>
        <source>5. Choose a digital key: the mobile app, a security code by SMS or a security code by e-mail.</source>
        <translation>5. Wählen Sie einen digitalen Schlüssel: die mobile App, einen Sicherheitscode per SMS oder einen Sicherheitscode per E-Mail.</translation>
    </message>
    <message>
        <source>Keep this code to yourself. Government staff will never ask you for it by phone or e-mail.</source>
        <translation>Behalten Sie diesen Code für sich. Behördenmitarbeiter fragen Sie nie per Telefon oder E-Mail danach.</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hilfe</translation>
    </message>
    <message>
        <source>Lost this slip, or did the code expire? Come back to a service centre of the City of Ghent with your identity document; you get a new code. More information: stad.gent</source>
        <translation>Beleg verloren oder Code abgelaufen? Kommen Sie mit Ihrem Ausweisdokument in ein Dienstleistungszentrum der Stadt Gent; Sie erhalten einen neuen Code. Weitere Informationen: stad.gent</translation>
    </message>
    <message>
        <source>Issued at {centre} on {date}.</source>
        <translation>Ausgestellt in {centre} am {date}.</translation>
    </message>
    <message>
        <source>Practice slip: this code does not work.</source>
        <translation>Übungsbeleg: Dieser Code funktioniert nicht.</translation>
    </message>
</context>
<context>
    <name>training_cards</name>
    <message>
        <source>Belgian adult, valid eID: registers normally.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child of 11 with a Kids-ID: refused, too young.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belgian eID that expired yesterday: refused, expired document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EU+ residence card (permanent residence), in German.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residence card F for a family member of an EU citizen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residence card K (establishment), in French.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forged card: the validity date was changed after signing. Not authentic: refuse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forged card: the photo is not the signed one. Not authentic: refuse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bank or loyalty card, not an identity card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adult, valid eID</source>
        <extracomment>Zero padding behind a certificate in its card file (eid-card.md §1). ECDSA signature files have a fixed size: DER signature plus zero padding (as in the EC specimen).</extracomment>
        <translation>Erwachsene Person, gültige eID</translation>
    </message>
    <message>
        <source>Child of 11 (Kids-ID)</source>
        <translation>Kind von 11 Jahren (Kids-ID)</translation>
    </message>
    <message>
        <source>Expired eID</source>
        <translation>Abgelaufene eID</translation>
    </message>
    <message>
        <source>Residence card EU+</source>
        <translation>Aufenthaltskarte EU+</translation>
    </message>
    <message>
        <source>Residence card F</source>
        <translation>Aufenthaltskarte F</translation>
    </message>
    <message>
        <source>Residence card K</source>
        <translation>Aufenthaltskarte K</translation>
    </message>
    <message>
        <source>Forged: validity changed</source>
        <translation>Gefälscht: Gültigkeit geändert</translation>
    </message>
    <message>
        <source>Forged: another photo</source>
        <translation>Gefälscht: anderes Foto</translation>
    </message>
    <message>
        <source>Bank card (not an eID)</source>
        <translation>Bankkarte (keine eID)</translation>
    </message>
    <message>
        <source>Pulled out while reading</source>
        <translation>Beim Lesen herausgezogen</translation>
    </message>
    <message>
        <source>Adult eID pulled out while it is read, after its identity file and before its photo: the counter says the card was removed and keeps nothing of it.</source>
        <translation>eID einer erwachsenen Person, die beim Lesen nach der Identitätsdatei und vor dem Foto herausgezogen wird: Der Schalter meldet, dass die Karte entfernt wurde, und behält nichts davon.</translation>
    </message>
</context>
</TS>
