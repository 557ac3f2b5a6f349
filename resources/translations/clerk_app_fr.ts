<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>CheckRegisterView</name>
    <message>
        <source>Registering…</source>
        <extracomment>The identity rows in display order, named like the fields reasons point at. The document&apos;s own fields come first, right under the photo: a fraud warning above takes room, and the validity dates (what a forger changes) must stay in view without scrolling, from 1024×768 up.</extracomment>
        <translation>Enregistrement en cours…</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>Prénoms</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nationalité</translation>
    </message>
    <message>
        <source>National register or BIS number</source>
        <translation>Numéro de registre national ou BIS</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>Numéro du document</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Valable à partir du</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valable jusqu&apos;au</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Délivré par</translation>
    </message>
    <message>
        <source>This person cannot be registered:</source>
        <translation>Cette personne ne peut pas être enregistrée&#xa0;:</translation>
    </message>
    <message>
        <source>This person can be registered with this document.</source>
        <translation>Cette personne peut être enregistrée avec ce document.</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Attention&#xa0;: {note}</translation>
    </message>
    <message>
        <source>Check and register</source>
        <translation>Vérifier et enregistrer</translation>
    </message>
    <message>
        <source>Photo on the chip</source>
        <translation>Photo sur la puce</translation>
    </message>
    <message>
        <source>The citizen lives &amp;abroad</source>
        <translation>Le citoyen habite à l&apos;étr&amp;anger</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>Re&amp;tour</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>En&amp;registrer</translation>
    </message>
</context>
<context>
    <name>CitizenInputs</name>
    <message>
        <source>Type the e-mail address a second time, to be sure it is right.</source>
        <translation>Tapez l&apos;adresse e-mail une deuxième fois, pour être sûr qu&apos;elle est correcte.</translation>
    </message>
    <message>
        <source>You changed the address: type it a second time, to be sure it is right.</source>
        <translation>Vous avez modifié l&apos;adresse&#xa0;: tapez-la une deuxième fois, pour être sûr qu&apos;elle est correcte.</translation>
    </message>
    <message>
        <source>The two e-mail addresses are not the same. Check both with the citizen.</source>
        <translation>Les deux adresses e-mail ne sont pas identiques. Vérifiez-les avec le citoyen.</translation>
    </message>
    <message>
        <source>The citizen is &amp;present in person</source>
        <translation>Le citoyen est &amp;présent en personne</translation>
    </message>
    <message>
        <source>Not by mail, by phone or through a proxy: such requests cannot be registered.</source>
        <translation>Pas par courrier, par téléphone ni par procuration&#xa0;: ces demandes ne peuvent pas être enregistrées.</translation>
    </message>
    <message>
        <source>Not by mail, by phone or through a proxy: such requests cannot be re-issued.</source>
        <translation>Pas par courrier, par téléphone ni par procuration&#xa0;: de telles demandes ne peuvent pas être réémises.</translation>
    </message>
    <message>
        <source>&amp;E-mail address</source>
        <translation>Adresse &amp;e-mail</translation>
    </message>
    <message>
        <source>E-mail address &amp;once more</source>
        <translation>Adresse e-mail une &amp;nouvelle fois</translation>
    </message>
    <message>
        <source>only when you changed the address</source>
        <translation>seulement si vous avez modifié l&apos;adresse</translation>
    </message>
    <message>
        <source>Citizen&apos;s lan&amp;guage</source>
        <translation>Lan&amp;gue du citoyen</translation>
    </message>
</context>
<context>
    <name>ConfirmationController</name>
    <message>
        <source>Looking for the activation e-mail in the training mailbox…</source>
        <extracomment>Finds a registration&apos;s activation link (None: its e-mail has not arrived yet); runs off the GUI thread.</extracomment>
        <translation>Recherche de l&apos;e-mail d&apos;activation dans la boîte aux lettres de formation…</translation>
    </message>
    <message>
        <source>The activation e-mail is not in the training mailbox yet: the registration is still on its way to the training central service. Try again in a moment.</source>
        <translation>L&apos;e-mail d&apos;activation n&apos;est pas encore dans la boîte aux lettres de formation&#xa0;: l&apos;enregistrement est encore en route vers le service central de formation. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The citizen&apos;s activation page opens in the browser.</source>
        <translation>La page d&apos;activation du citoyen s&apos;ouvre dans le navigateur.</translation>
    </message>
    <message>
        <source>No browser could be started. The link is in the training panel&apos;s mailbox.</source>
        <translation>Aucun navigateur n&apos;a pu être lancé. Le lien se trouve dans la boîte aux lettres du panneau de formation.</translation>
    </message>
    <message>
        <source>The training mailbox could not be read.</source>
        <translation>La boîte aux lettres de formation n&apos;a pas pu être lue.</translation>
    </message>
</context>
<context>
    <name>ConfirmationView</name>
    <message>
        <source>Activation code</source>
        <translation>Code d&apos;activation</translation>
    </message>
    <message>
        <source>{date} at {time}</source>
        <translation>{date} à {time}</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>Citoyen</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valable jusqu&apos;au</translation>
    </message>
    <message>
        <source>Slip language</source>
        <translation>Langue du ticket</translation>
    </message>
    <message>
        <source>Print the slip and give it to the citizen. An e-mail with the activation link is on its way to them. The code cannot be shown again once you go to the next citizen.</source>
        <translation>Imprimez le ticket et remettez-le au citoyen. Un e-mail contenant le lien d&apos;activation est en route vers lui. Le code ne peut plus être affiché une fois que vous passez au citoyen suivant.</translation>
    </message>
    <message>
        <source>&amp;Print slip</source>
        <translation>&amp;Imprimer le ticket</translation>
    </message>
    <message>
        <source>Save as P&amp;DF</source>
        <translation>Enregistrer en P&amp;DF</translation>
    </message>
    <message>
        <source>&amp;Open the citizen&apos;s activation page</source>
        <translation>Ouvrir la &amp;page d&apos;activation du citoyen</translation>
    </message>
    <message>
        <source>&amp;Next citizen</source>
        <translation>Citoyen &amp;suivant</translation>
    </message>
    <message>
        <source>Re-issued</source>
        <translation>Réémis</translation>
    </message>
</context>
<context>
    <name>CountTableModel</name>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Service centre</source>
        <translation>Centre de services</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Registrations</source>
        <translation>Enregistrements</translation>
    </message>
</context>
<context>
    <name>CountsView</name>
    <message>
        <source>Counting…</source>
        <translation>Comptage…</translation>
    </message>
    <message>
        <source>Total for the period: {count}</source>
        <translation>Total pour la période&#xa0;: {count}</translation>
    </message>
    <message>
        <source>Counts per day</source>
        <translation>Nombres par jour</translation>
    </message>
    <message>
        <source>How many registrations each clerk made per day and service centre, re-issues included, on this computer.</source>
        <translation>Combien d&apos;enregistrements chaque agent a faits par jour et par centre de services sur cet ordinateur, réémissions comprises.</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Du</translation>
    </message>
    <message>
        <source>Unt&amp;il</source>
        <translation>&amp;Au</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>A&amp;fficher</translation>
    </message>
    <message>
        <source>&amp;Registrations per day, service centre and clerk:</source>
        <translation>&amp;Nombre d&apos;enregistrements par jour, centre et agent&#xa0;:</translation>
    </message>
    <message>
        <source>Save as CS&amp;V…</source>
        <translation>Enregistrer en C&amp;SV…</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Enregistrer en &amp;PDF…</translation>
    </message>
    <message>
        <source>&amp;Back to the registrations</source>
        <translation>Re&amp;tour aux enregistrements</translation>
    </message>
</context>
<context>
    <name>DocumentChoiceView</name>
    <message>
        <source>Other document</source>
        <extracomment>The manual document types in the order the clerk sees them; Alt+1 … Alt+6 pick them.</extracomment>
        <translation>Autre document</translation>
    </message>
    <message>
        <source>Which document does the citizen show? A person with a Belgian eID or an electronic residence card registers with the card in the reader; only when its chip does not answer, type it from its zone.</source>
        <translation>Quel document le citoyen présente-t-il&#xa0;? Une personne qui a une eID belge ou une carte de séjour électronique s&apos;enregistre avec la carte dans le lecteur&#xa0;; seulement si la puce ne répond pas, tapez la carte depuis sa zone.</translation>
    </message>
    <message>
        <source>&amp;Back to the start</source>
        <translation>&amp;Retour au début</translation>
    </message>
</context>
<context>
    <name>EidView</name>
    <message>
        <source>Insert the eID or electronic residence card in the card reader, chip first.</source>
        <translation>Insérez l&apos;eID ou la carte de séjour électronique dans le lecteur, puce en premier.</translation>
    </message>
    <message>
        <source>Reading the card… leave it in the reader.</source>
        <translation>Lecture de la carte… laissez-la dans le lecteur.</translation>
    </message>
    <message>
        <source>eID or electronic residence card</source>
        <translation>eID ou carte de séjour électronique</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>A&amp;nnuler</translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <source>New citizen</source>
        <extracomment>How long the card read, the registration or the PDF may take before its step fails. A made-up address: sync stays off in the self-test, so nothing is ever sent to it.</extracomment>
        <translation>Nouveau citoyen</translation>
    </message>
    <message>
        <source>Card reader</source>
        <translation>Lecteur de cartes</translation>
    </message>
    <message>
        <source>Check that the citizen is here in person. Insert their eID or electronic residence card in the reader, or choose Other document for a passport, orange card or annex 35.</source>
        <translation>Vérifiez que le citoyen est présent en personne. Insérez son eID ou sa carte de séjour électronique dans le lecteur, ou choisissez Autre document pour un passeport, une carte orange ou une annexe 35.</translation>
    </message>
    <message>
        <source>&amp;eID or electronic residence card</source>
        <translation>&amp;eID ou carte de séjour électronique</translation>
    </message>
    <message>
        <source>&amp;Other document</source>
        <translation>&amp;Autre document</translation>
    </message>
</context>
<context>
    <name>MainWindowView</name>
    <message>
        <source>Training</source>
        <translation>Formation</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Production</translation>
    </message>
    <message>
        <source>Digital keys counter – {centre} – {clerk} – {mode}</source>
        <translation>Guichet clés numériques – {centre} – {clerk} – {mode}</translation>
    </message>
    <message>
        <source>Centre: {centre}</source>
        <translation>Centre&#xa0;: {centre}</translation>
    </message>
    <message>
        <source>Clerk: {clerk}</source>
        <translation>Agent&#xa0;: {clerk}</translation>
    </message>
    <message>
        <source>Mode: {mode}</source>
        <translation>Mode&#xa0;: {mode}</translation>
    </message>
    <message>
        <source>&amp;Citizen</source>
        <translation>&amp;Citoyen</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Aide</translation>
    </message>
    <message>
        <source>&amp;About this program…</source>
        <translation>À &amp;propos de ce programme…</translation>
    </message>
    <message>
        <source>Registration &amp;history</source>
        <translation>&amp;Historique des enregistrements</translation>
    </message>
    <message>
        <source>&amp;Registrations…</source>
        <translation>&amp;Enregistrements…</translation>
    </message>
    <message>
        <source>&amp;Counts per day…</source>
        <translation>&amp;Nombres par jour…</translation>
    </message>
    <message>
        <source>&amp;New citizen</source>
        <translation>&amp;Nouveau citoyen</translation>
    </message>
    <message>
        <source>&amp;Print slip</source>
        <translation>&amp;Imprimer le ticket</translation>
    </message>
    <message>
        <source>C&amp;ancel</source>
        <translation>Ann&amp;uler</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
</context>
<context>
    <name>ManualFormView</name>
    <message>
        <source>Check digits that do not match: {fields}</source>
        <extracomment>Documents that carry a machine-readable zone the form can be filled from (the orange card and annex 35 have none; see clerk_app.domain.mrz_form.values_from_mrz). Long enough for any name or number the domain accepts, short enough that a stuck key is noticed.</extracomment>
        <translation>Chiffres de contrôle qui ne correspondent pas&#xa0;: {fields}</translation>
    </message>
    <message>
        <source>Filled from the zone. Check every field against the document.</source>
        <translation>Rempli à partir de la zone. Vérifiez chaque champ sur le document.</translation>
    </message>
    <message>
        <source>The zone no longer checks, so the fields it had filled were emptied. Correct the zone, or type the fields from the document.</source>
        <translation>La zone ne se vérifie plus&#xa0;: les champs qu&apos;elle avait remplis ont été vidés. Corrigez la zone ou tapez les champs depuis le document.</translation>
    </message>
    <message>
        <source>Type the fields as they are on the document. Every problem is shown under its field when you continue.</source>
        <translation>Tapez les champs tels qu&apos;ils figurent sur le document. Chaque problème s&apos;affiche sous son champ quand vous continuez.</translation>
    </message>
    <message>
        <source>&amp;Machine-readable zone (the lines with &lt; at the bottom)</source>
        <translation>Zone de lecture auto&amp;matique (les lignes avec &lt; en bas)</translation>
    </message>
    <message>
        <source>Scan the zone with the document scanner or type it line by line; the form is filled as soon as the zone is complete.</source>
        <translation>Scannez la zone avec le scanner de documents ou tapez-la ligne par ligne&#xa0;; le formulaire est rempli dès que la zone est complète.</translation>
    </message>
    <message>
        <source>Read the &amp;zone</source>
        <translation>Lire la &amp;zone</translation>
    </message>
    <message>
        <source>This document has no machine-readable zone: type the fields from the document.</source>
        <translation>Ce document n&apos;a pas de zone de lecture automatique&#xa0;: recopiez les champs du document.</translation>
    </message>
    <message>
        <source>(optional)</source>
        <translation>(facultatif)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisissez…</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Retour</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Suivant</translation>
    </message>
</context>
<context>
    <name>RegistrationTableModel</name>
    <message>
        <source>Registered</source>
        <translation>Enregistré le</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>Citoyen</translation>
    </message>
    <message>
        <source>National number</source>
        <translation>Numéro national</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Service centre</source>
        <translation>Centre de services</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>Agent</translation>
    </message>
</context>
<context>
    <name>RegistrationView</name>
    <message>
        <source>Re-issuing…</source>
        <translation>Réémission en cours…</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Enregistré le</translation>
    </message>
    <message>
        <source>Code valid until</source>
        <translation>Code valable jusqu&apos;au</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>Citoyen</translation>
    </message>
    <message>
        <source>National register or BIS number</source>
        <translation>Numéro de registre national ou BIS</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>Adresse e-mail</translation>
    </message>
    <message>
        <source>Citizen&apos;s language</source>
        <translation>Langue du citoyen</translation>
    </message>
    <message>
        <source>Service centre</source>
        <translation>Centre de services</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>The citizen&apos;s personal data was erased after the retention period.</source>
        <translation>Les données personnelles du citoyen ont été effacées après le délai de conservation.</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Re-issue: a new code for a citizen who lost theirs</source>
        <translation>Réémettre&#xa0;: un nouveau code pour un citoyen qui a perdu le sien</translation>
    </message>
    <message>
        <source>Only with the citizen at the counter. The old code stops working; the new code is shown once and printed on a new slip. Correct the e-mail address or the language if needed.</source>
        <translation>Uniquement avec le citoyen au guichet. L&apos;ancien code ne fonctionne plus&#xa0;; le nouveau code est affiché une seule fois et imprimé sur un nouveau ticket. Corrigez l&apos;adresse e-mail ou la langue si nécessaire.</translation>
    </message>
    <message>
        <source>Re-&amp;issue</source>
        <translation>&amp;Réémettre</translation>
    </message>
    <message>
        <source>&amp;Back to the list</source>
        <translation>Re&amp;tour à la liste</translation>
    </message>
</context>
<context>
    <name>RegistrationsView</name>
    <message>
        <source>Searching…</source>
        <extracomment>The widest any column of the registrations list gets, in pixels (the rest is elided). The columns whose words wrap when the list is narrow. A cell&apos;s margins and the grid line around its text, in pixels. The least the citizen&apos;s name keeps when the other columns take their room.</extracomment>
        <translation>Recherche en cours…</translation>
    </message>
    <message>
        <source>No registrations found.</source>
        <translation>Aucun enregistrement trouvé.</translation>
    </message>
    <message>
        <source>The newest {count} found; there are more.</source>
        <translation>Les {count} plus récents trouvés&#xa0;; il y en a d&apos;autres.</translation>
    </message>
    <message>
        <source>{count} found.</source>
        <translation>{count} trouvé(s).</translation>
    </message>
    <message>
        <source>Registrations</source>
        <translation>Enregistrements</translation>
    </message>
    <message>
        <source>Today&apos;s registrations are listed first. Search by name or by national register or BIS number; choose a period for earlier days. Enter opens the selected registration.</source>
        <translation>Les enregistrements du jour sont listés d&apos;abord. Cherchez par nom ou par numéro de registre national ou BIS&#xa0;; choisissez une période pour les jours précédents. Entrée ouvre l&apos;enregistrement choisi.</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>surname or given names, accents optional</source>
        <translation>nom ou prénoms, accents facultatifs</translation>
    </message>
    <message>
        <source>National register or BIS n&amp;umber</source>
        <translation>Numéro de registre national ou B&amp;IS</translation>
    </message>
    <message>
        <source>e.g. 85.07.30-033.28</source>
        <translation>p. ex. 85.07.30-033.28</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>&amp;Période</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Last 14 days (codes still valid)</source>
        <translation>14 derniers jours (codes encore valables)</translation>
    </message>
    <message>
        <source>Chosen days</source>
        <translation>Jours choisis</translation>
    </message>
    <message>
        <source>Any day</source>
        <translation>Tous les jours</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Du</translation>
    </message>
    <message>
        <source>Unt&amp;il</source>
        <translation>&amp;Au</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>&amp;Results:</source>
        <translation>Résul&amp;tats&#xa0;:</translation>
    </message>
    <message>
        <source>Show &amp;more</source>
        <translation>A&amp;fficher davantage</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Counts per &amp;day</source>
        <translation>No&amp;mbres par jour</translation>
    </message>
    <message>
        <source>&amp;Back to the start</source>
        <translation>Retour au déb&amp;ut</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message numerus="yes">
        <source>No activity: the citizen&apos;s data is cleared from the screen in %n second(s).</source>
        <translation>
            <numerusform>Aucune activité&#xa0;: les données du citoyen seront effacées de l&apos;écran dans %n seconde.</numerusform>
            <numerusform>Aucune activité&#xa0;: les données du citoyen seront effacées de l&apos;écran dans %n secondes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SignInView</name>
    <message>
        <source>Sign in – digital keys counter</source>
        <extracomment>Each UI language named in itself, so a clerk finds their own language whatever is showing.</extracomment>
        <translation>Connexion – guichet clés numériques</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Sign in before you register citizens. Your name and staff number go into the audit log.</source>
        <translation>Connectez-vous avant d&apos;enregistrer des citoyens. Votre nom et votre matricule sont consignés dans le journal d&apos;audit.</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;Staff number</source>
        <translation>&amp;Matricule</translation>
    </message>
    <message>
        <source>Service &amp;centre</source>
        <translation>&amp;Centre de services</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>Enter your name and staff number to sign in.</source>
        <translation>Indiquez votre nom et votre matricule pour vous connecter.</translation>
    </message>
    <message>
        <source>S&amp;ign in</source>
        <translation>Se c&amp;onnecter</translation>
    </message>
</context>
<context>
    <name>SyncStatusController</name>
    <message>
        <source>Enrol this workstation</source>
        <extracomment>Asks for a one-time enrolment code (None: cancelled); replaced in tests.</extracomment>
        <translation>Enregistrer ce poste de travail</translation>
    </message>
    <message>
        <source>One-time enrolment code from the IT helpdesk:</source>
        <translation>Code d&apos;enregistrement à usage unique du helpdesk IT&#xa0;:</translation>
    </message>
    <message>
        <source>Central service: starting…</source>
        <translation>Service central&#xa0;: démarrage…</translation>
    </message>
    <message>
        <source>Central service: not available</source>
        <translation>Service central&#xa0;: indisponible</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Central service: off (not configured) · {waiting} waiting</source>
        <translation>Service central&#xa0;: désactivé (non configuré) · {waiting} en attente</translation>
    </message>
    <message>
        <source>Central service: connecting · {waiting} waiting · last sync {last}</source>
        <translation>Service central&#xa0;: connexion · {waiting} en attente · dernière synchronisation {last}</translation>
    </message>
    <message>
        <source>Online · {waiting} waiting · last sync {last}</source>
        <translation>En ligne · {waiting} en attente · dernière synchronisation {last}</translation>
    </message>
    <message>
        <source>Offline · {waiting} waiting · last sync {last}</source>
        <translation>Hors ligne · {waiting} en attente · dernière synchronisation {last}</translation>
    </message>
    <message>
        <source>Not enrolled: sending paused · {waiting} waiting</source>
        <translation>Non enregistré&#xa0;: envoi suspendu · {waiting} en attente</translation>
    </message>
</context>
<context>
    <name>SyncStatusView</name>
    <message>
        <source>&amp;Send now</source>
        <translation>En&amp;voyer maintenant</translation>
    </message>
    <message>
        <source>&amp;Enrol this workstation…</source>
        <translation>En&amp;registrer ce poste de travail…</translation>
    </message>
    <message>
        <source>Cen&amp;tral service</source>
        <translation>Ser&amp;vice central</translation>
    </message>
</context>
<context>
    <name>TrainingBanner</name>
    <message>
        <source>Practice mode: simulated cards, nothing reaches real citizens&apos; data.</source>
        <translation>Mode formation&#xa0;: cartes simulées, aucune donnée de vrais citoyens n&apos;est touchée.</translation>
    </message>
</context>
<context>
    <name>TrainingMessagesController</name>
    <message>
        <source>The training mailbox could not be read.</source>
        <translation>La boîte aux lettres de formation n&apos;a pas pu être lue.</translation>
    </message>
    <message>
        <source>{mails} e-mail(s) and {texts} text message(s).</source>
        <translation>{mails} e-mail(s) et {texts} SMS.</translation>
    </message>
</context>
<context>
    <name>TrainingMessagesView</name>
    <message>
        <source>Mailbox and SMS</source>
        <translation>Boîte aux lettres et SMS</translation>
    </message>
    <message>
        <source>What the training central service sent: open the link and use the code as the citizen would. Nothing leaves this computer.</source>
        <translation>Ce que le service central de formation a envoyé&#xa0;: ouvrez le lien et utilisez le code comme le ferait le citoyen. Rien ne quitte cet ordinateur.</translation>
    </message>
    <message>
        <source>Training mail&amp;box</source>
        <translation>&amp;Boîte aux lettres de formation</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Link or code</source>
        <translation>Lien ou code</translation>
    </message>
    <message>
        <source>SMS o&amp;utbox</source>
        <translation>&amp;Textos envoyés</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
</context>
<context>
    <name>TrainingPanelView</name>
    <message>
        <source>This program (training card reader)</source>
        <translation>Ce programme (lecteur de formation)</translation>
    </message>
    <message>
        <source>Virtual PCD through pcscd (real PC/SC)</source>
        <translation>Virtual PCD via pcscd (vrai PC/SC)</translation>
    </message>
    <message>
        <source>No training card in this reader.</source>
        <translation>Aucune carte de formation dans ce lecteur.</translation>
    </message>
    <message>
        <source>In the reader: {card}</source>
        <translation>Dans le lecteur&#xa0;: {card}</translation>
    </message>
    <message>
        <source>National register or BIS number to type: {number}</source>
        <extracomment>The keys of Insert card and Remove card, the same in every language. Item data role of a card&apos;s catalogue name in the list.</extracomment>
        <translation>Numéro de registre national ou BIS à taper&#xa0;: {number}</translation>
    </message>
    <message>
        <source>Training cards</source>
        <translation>Cartes de formation</translation>
    </message>
    <message>
        <source>Simulated cards for practice. They exist only in training mode and are never real.</source>
        <translation>Cartes simulées pour s&apos;exercer. Elles n&apos;existent qu&apos;en mode formation et ne sont jamais réelles.</translation>
    </message>
    <message>
        <source>Applet {version}</source>
        <translation>Applet {version}</translation>
    </message>
    <message>
        <source>Machine-readable zone of the practice document</source>
        <translation>Zone de lecture automatique du document d&apos;exercice</translation>
    </message>
    <message>
        <source>Training card</source>
        <translation>Carte de formation</translation>
    </message>
    <message>
        <source>Card version</source>
        <translation>Version de la carte</translation>
    </message>
    <message>
        <source>Inserted through</source>
        <translation>Mode d&apos;insertion</translation>
    </message>
    <message>
        <source>Insert card</source>
        <translation>Introduire la carte</translation>
    </message>
    <message>
        <source>Remove card</source>
        <translation>Sortir la carte</translation>
    </message>
    <message>
        <source>Practice document without a chip (for Other document)</source>
        <translation>Document d&apos;exercice sans puce (pour Autre document)</translation>
    </message>
    <message>
        <source>Copy the zone</source>
        <translation>Copier la zone</translation>
    </message>
</context>
<context>
    <name>authenticity</name>
    <message>
        <source>The chip data is signed by the National Register and the photo matches.</source>
        <extracomment>One sentence per reason for the clerk (translation context &quot;authenticity&quot;).</extracomment>
        <translation>Les données de la puce sont signées par le Registre national et la photo correspond.</translation>
    </message>
    <message>
        <source>The identity data on the chip does not match the National Register&apos;s signature: it was changed.</source>
        <translation>Les données d&apos;identité de la puce ne correspondent pas à la signature du Registre national&#xa0;: elles ont été modifiées.</translation>
    </message>
    <message>
        <source>The photo on the chip is not the photo the National Register signed.</source>
        <translation>La photo de la puce n&apos;est pas celle que le Registre national a signée.</translation>
    </message>
    <message>
        <source>The National Register certificate on the chip is damaged.</source>
        <translation>Le certificat du Registre national sur la puce est endommagé.</translation>
    </message>
    <message>
        <source>The root certificate on the chip is damaged.</source>
        <translation>Le certificat racine sur la puce est endommagé.</translation>
    </message>
    <message>
        <source>The card was not issued under a trusted Belgian root certificate.</source>
        <translation>La carte n&apos;a pas été émise sous un certificat racine belge de confiance.</translation>
    </message>
    <message>
        <source>The National Register certificate on the chip was not issued by the card&apos;s root certificate.</source>
        <translation>Le certificat du Registre national sur la puce n&apos;a pas été émis par le certificat racine de la carte.</translation>
    </message>
    <message>
        <source>The chip holds no signature of the identity data.</source>
        <translation>La puce ne contient aucune signature des données d&apos;identité.</translation>
    </message>
    <message>
        <source>The chip holds no National Register certificate.</source>
        <translation>La puce ne contient aucun certificat du Registre national.</translation>
    </message>
    <message>
        <source>There is no photo to compare with the signed photo hash.</source>
        <translation>Il n&apos;y a pas de photo à comparer avec l&apos;empreinte signée de la photo.</translation>
    </message>
    <message>
        <source>The identity data holds no photo hash.</source>
        <translation>Les données d&apos;identité ne contiennent pas d&apos;empreinte de la photo.</translation>
    </message>
    <message>
        <source>The card uses a signature or hash algorithm this app does not know.</source>
        <translation>La carte utilise un algorithme de signature ou d&apos;empreinte que cette application ne connaît pas.</translation>
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
        <translation>Union européenne</translation>
    </message>
    <message>
        <source>United Nations</source>
        <translation>Nations unies</translation>
    </message>
    <message>
        <source>Stateless</source>
        <translation>Apatride</translation>
    </message>
    <message>
        <source>Refugee</source>
        <translation>Réfugié</translation>
    </message>
    <message>
        <source>Unspecified</source>
        <translation>Non précisée</translation>
    </message>
</context>
<context>
    <name>crash</name>
    <message>
        <source>Unexpected error</source>
        <extracomment>Patterns of personal data that could still reach a report through a ClerkError ``detail``.</extracomment>
        <translation>Erreur inattendue</translation>
    </message>
    <message>
        <source>Something unexpected went wrong in the application. A report without personal data was saved as {path}. Finish or cancel the current citizen, restart the application, and give the report to the IT helpdesk.</source>
        <translation>Un problème inattendu s&apos;est produit dans l&apos;application. Un rapport sans données personnelles a été enregistré sous {path}. Terminez ou annulez le citoyen en cours, redémarrez l&apos;application et transmettez le rapport au helpdesk informatique.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong in the application, and the report could not be saved. Restart the application and tell the IT helpdesk.</source>
        <translation>Un problème inattendu s&apos;est produit dans l&apos;application et le rapport n&apos;a pas pu être enregistré. Redémarrez l&apos;application et prévenez le helpdesk informatique.</translation>
    </message>
</context>
<context>
    <name>documents</name>
    <message>
        <source>eID or electronic residence card</source>
        <translation>eID ou carte de séjour électronique</translation>
    </message>
    <message>
        <source>Belgian passport</source>
        <translation>Passeport belge</translation>
    </message>
    <message>
        <source>Foreign passport</source>
        <translation>Passeport étranger</translation>
    </message>
    <message>
        <source>Orange card (attest van immatriculatie)</source>
        <translation>Carte orange (attestation d&apos;immatriculation)</translation>
    </message>
    <message>
        <source>Annex 35 (bijlage 35)</source>
        <translation>Annexe 35</translation>
    </message>
    <message>
        <source>Other foreign identity document</source>
        <translation>Autre document d&apos;identité étranger</translation>
    </message>
    <message>
        <source>Unknown card type</source>
        <extracomment>Chip types that no longer identify a citizen (staff and roll-out cards). The kinds whose identity is a Belgian card, and so has a chip document type.</extracomment>
        <translation>Type de carte inconnu</translation>
    </message>
    <message>
        <source>Belgian identity card (eID)</source>
        <translation>Carte d&apos;identité belge (eID)</translation>
    </message>
    <message>
        <source>Belgian card, chip unreadable</source>
        <translation>Carte belge, puce illisible</translation>
    </message>
    <message>
        <source>EC citizen card (2004 specification)</source>
        <translation>Carte pour ressortissant CE (spécification 2004)</translation>
    </message>
    <message>
        <source>Non-EC citizen card (2004 specification)</source>
        <translation>Carte pour ressortissant non-CE (spécification 2004)</translation>
    </message>
    <message>
        <source>Kids-ID</source>
        <translation>Kids-ID</translation>
    </message>
    <message>
        <source>Bootstrap card</source>
        <translation>Carte bootstrap</translation>
    </message>
    <message>
        <source>Habilitation card</source>
        <translation>Carte d&apos;habilitation</translation>
    </message>
    <message>
        <source>Card A (temporary residence)</source>
        <translation>Carte A (séjour temporaire)</translation>
    </message>
    <message>
        <source>Card B (registration in the aliens register)</source>
        <translation>Carte B (inscription au registre des étrangers)</translation>
    </message>
    <message>
        <source>Card C (identity card for aliens)</source>
        <translation>Carte C (carte d&apos;identité d&apos;étranger)</translation>
    </message>
    <message>
        <source>Card D (long-term resident EC)</source>
        <translation>Carte D (résident de longue durée CE)</translation>
    </message>
    <message>
        <source>Card E (registration certificate)</source>
        <translation>Carte E (attestation d&apos;enregistrement)</translation>
    </message>
    <message>
        <source>Card E+ (permanent residence)</source>
        <translation>Carte E+ (séjour permanent)</translation>
    </message>
    <message>
        <source>Card F (family member of an EU citizen)</source>
        <translation>Carte F (membre de la famille d&apos;un citoyen de l&apos;Union)</translation>
    </message>
    <message>
        <source>Card F+ (permanent residence, family member)</source>
        <translation>Carte F+ (séjour permanent, membre de la famille)</translation>
    </message>
    <message>
        <source>Card H (EU Blue Card)</source>
        <translation>Carte H (carte bleue européenne)</translation>
    </message>
    <message>
        <source>Card I (intra-corporate transferee)</source>
        <translation>Carte I (transfert temporaire intragroupe)</translation>
    </message>
    <message>
        <source>Card J (mobile intra-corporate transferee)</source>
        <translation>Carte J (mobilité dans le cadre d&apos;un transfert temporaire intragroupe)</translation>
    </message>
    <message>
        <source>Card M (Withdrawal Agreement)</source>
        <translation>Carte M (accord de retrait)</translation>
    </message>
    <message>
        <source>Card N (Withdrawal Agreement, frontier worker)</source>
        <translation>Carte N (accord de retrait, travailleur frontalier)</translation>
    </message>
    <message>
        <source>Card K (establishment)</source>
        <translation>Carte K (établissement)</translation>
    </message>
    <message>
        <source>Card L (EU long-term resident)</source>
        <translation>Carte L (résident de longue durée UE)</translation>
    </message>
    <message>
        <source>EU card (registration)</source>
        <translation>Carte EU (enregistrement)</translation>
    </message>
    <message>
        <source>EU+ card (permanent residence)</source>
        <translation>Carte EU+ (séjour permanent)</translation>
    </message>
    <message>
        <source>Card A (temporary residence, 2021 layout)</source>
        <translation>Carte A (séjour temporaire, modèle 2021)</translation>
    </message>
    <message>
        <source>Card B (unlimited residence, 2021 layout)</source>
        <translation>Carte B (séjour illimité, modèle 2021)</translation>
    </message>
    <message>
        <source>Card F (family member, 2021 layout)</source>
        <translation>Carte F (membre de la famille, modèle 2021)</translation>
    </message>
    <message>
        <source>Card F+ (permanent, family member, 2021 layout)</source>
        <translation>Carte F+ (séjour permanent, membre de la famille, modèle 2021)</translation>
    </message>
    <message>
        <source>Kids card for foreigners: EU</source>
        <translation>Carte enfant pour étrangers&#xa0;: EU</translation>
    </message>
    <message>
        <source>Kids card for foreigners: EU+</source>
        <translation>Carte enfant pour étrangers&#xa0;: EU+</translation>
    </message>
    <message>
        <source>Kids card for foreigners: A</source>
        <translation>Carte enfant pour étrangers&#xa0;: A</translation>
    </message>
    <message>
        <source>Kids card for foreigners: B</source>
        <translation>Carte enfant pour étrangers&#xa0;: B</translation>
    </message>
    <message>
        <source>Kids card for foreigners: K</source>
        <translation>Carte enfant pour étrangers&#xa0;: K</translation>
    </message>
    <message>
        <source>Kids card for foreigners: L</source>
        <translation>Carte enfant pour étrangers&#xa0;: L</translation>
    </message>
    <message>
        <source>Kids card for foreigners: F</source>
        <translation>Carte enfant pour étrangers&#xa0;: F</translation>
    </message>
    <message>
        <source>Kids card for foreigners: F+</source>
        <translation>Carte enfant pour étrangers&#xa0;: F+</translation>
    </message>
    <message>
        <source>Kids card for foreigners: M</source>
        <translation>Carte enfant pour étrangers&#xa0;: M</translation>
    </message>
</context>
<context>
    <name>eid</name>
    <message>
        <source>Checking that the card is authentic… Registering waits for it.</source>
        <translation>Vérification de l&apos;authenticité de la carte… L&apos;enregistrement attend ce résultat.</translation>
    </message>
    <message>
        <source>Authentic card. {reason}</source>
        <translation>Carte authentique. {reason}</translation>
    </message>
    <message>
        <source>WARNING – THIS CARD IS NOT AUTHENTIC (possible fraud). {reason} Do not register with this card. Follow the procedure for suspected document fraud and inform your team leader; the citizen can only be registered with another valid document.</source>
        <translation>ATTENTION – CETTE CARTE N&apos;EST PAS AUTHENTIQUE (fraude possible). {reason} N&apos;enregistrez pas avec cette carte. Suivez la procédure en cas de suspicion de fraude documentaire et prévenez votre responsable d&apos;équipe&#xa0;; le citoyen ne peut être enregistré qu&apos;avec un autre document valable.</translation>
    </message>
    <message>
        <source>The card is not authentic (see the warning above).</source>
        <translation>La carte n&apos;est pas authentique (voir l&apos;avertissement ci-dessus).</translation>
    </message>
    <message>
        <source>The authenticity of this card could not be checked. {reason} A card that cannot be checked cannot be registered. Take the card out and insert it again, or try another card reader; if that does not help, register with another valid document (Other document).</source>
        <translation>L&apos;authenticité de cette carte n&apos;a pas pu être vérifiée. {reason} Une carte qui ne peut pas être vérifiée ne permet pas d&apos;enregistrer. Retirez la carte et réinsérez-la, ou essayez un autre lecteur&#xa0;; si cela n&apos;aide pas, enregistrez avec un autre document valable (Autre document).</translation>
    </message>
    <message>
        <source>The authenticity of the card could not be checked.</source>
        <translation>L&apos;authenticité de la carte n&apos;a pas pu être vérifiée.</translation>
    </message>
    <message>
        <source>Chip unreadable: &amp;type the card from its zone</source>
        <extracomment>On the message of a card that does not answer: register with the card all the same, typed from its zone.</extracomment>
        <translation>Puce illisible&#xa0;: &amp;taper la carte depuis sa zone</translation>
    </message>
    <message>
        <source>The card was taken out, so the citizen&apos;s data was cleared from the screen. Insert the card again to continue.</source>
        <translation>La carte a été retirée&#xa0;: les données du citoyen ont été effacées de l&apos;écran. Réinsérez la carte pour continuer.</translation>
    </message>
    <message>
        <source>The card is still being checked.</source>
        <translation>La carte est encore en cours de vérification.</translation>
    </message>
</context>
<context>
    <name>eligibility</name>
    <message>
        <source>The birth year in the national number does not match the document.</source>
        <translation>L&apos;année de naissance du numéro de registre national ne correspond pas au document.</translation>
    </message>
    <message>
        <source>The birth month in the national number does not match the document.</source>
        <translation>Le mois de naissance du numéro de registre national ne correspond pas au document.</translation>
    </message>
    <message>
        <source>The birth day in the national number does not match the document.</source>
        <translation>Le jour de naissance du numéro de registre national ne correspond pas au document.</translation>
    </message>
    <message>
        <source>The sex encoded in the national number does not match the document.</source>
        <translation>Le sexe encodé dans le numéro de registre national ne correspond pas au document.</translation>
    </message>
    <message>
        <source>The person is under 12. Digital keys can be requested from the 12th birthday ({first_day}).</source>
        <translation>La personne a moins de 12 ans. Les clés numériques peuvent être demandées à partir du 12e anniversaire ({first_day}).</translation>
    </message>
    <message>
        <source>This person lives abroad and has no identity document that is valid today, so they cannot be registered at the counter. They can ask for digital keys through the contact form of &apos;Mijn digitale sleutels&apos; (FPS BOSA).</source>
        <extracomment>ICAO code of Belgium, as manual documents record nationality and issuing state.</extracomment>
        <translation>Cette personne habite à l&apos;étranger et n&apos;a aucun document d&apos;identité valable aujourd&apos;hui&#xa0;: elle ne peut pas être enregistrée au guichet. Elle peut demander des clés numériques via le formulaire de contact de « Mes clés numériques » (SPF BOSA).</translation>
    </message>
    <message>
        <source>Confirm that the person is here in person. Requests by mail, phone or proxy are not accepted.</source>
        <translation>Confirmez que la personne est présente en personne. Les demandes par courrier, par téléphone ou par procuration ne sont pas acceptées.</translation>
    </message>
    <message>
        <source>Enter the surname as it is on the document.</source>
        <translation>Introduisez le nom tel qu&apos;il figure sur le document.</translation>
    </message>
    <message>
        <source>Choose the service centre first.</source>
        <translation>Choisissez d&apos;abord le centre de services.</translation>
    </message>
    <message>
        <source>Sign in with your name and staff number first.</source>
        <translation>Connectez-vous d&apos;abord avec votre nom et votre matricule.</translation>
    </message>
    <message>
        <source>Only part of the birth date is known ({birth_date}); the person may still be under 12 today. Registration is possible from {first_day}.</source>
        <translation>Seule une partie de la date de naissance est connue ({birth_date})&#xa0;; la personne pourrait encore avoir moins de 12 ans aujourd&apos;hui. L&apos;enregistrement est possible à partir du {first_day}.</translation>
    </message>
    <message>
        <source>The card type is unknown. Read the card again in the card reader.</source>
        <translation>Le type de carte est inconnu. Relisez la carte dans le lecteur.</translation>
    </message>
    <message>
        <source>A kids card is only issued to children under 12 and cannot be used for digital keys. Ask for an identity card, residence card or passport.</source>
        <translation>Une Kids-ID n&apos;est délivrée qu&apos;aux enfants de moins de 12 ans et ne peut pas servir pour des clés numériques. Demandez une carte d&apos;identité, une carte de séjour ou un passeport.</translation>
    </message>
    <message>
        <source>A Belgian passport is only issued to Belgians, but the nationality is not Belgian. Check the nationality or the document type.</source>
        <translation>Un passeport belge n&apos;est délivré qu&apos;aux Belges, mais la nationalité n&apos;est pas belge. Vérifiez la nationalité ou le type de document.</translation>
    </message>
    <message>
        <source>Belgians register with their eID or their Belgian passport, not with this document type. Read the eID or choose &apos;Belgian passport&apos;.</source>
        <translation>Les Belges s&apos;enregistrent avec leur eID ou leur passeport belge, pas avec ce type de document. Lisez l&apos;eID ou choisissez « Passeport belge ».</translation>
    </message>
    <message>
        <source>Enter the document number.</source>
        <translation>Saisissez le numéro du document.</translation>
    </message>
    <message>
        <source>Enter the document&apos;s expiry date.</source>
        <translation>Saisissez la date d&apos;expiration du document.</translation>
    </message>
    <message>
        <source>The document is only valid from {date}. Ask for a document valid today.</source>
        <translation>Le document n&apos;est valable qu&apos;à partir du {date}. Demandez un document valable aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>Required: the digital keys are linked to it. Without one, the person cannot register until a Belgian institution (e.g. the employer) requests a BIS number.</source>
        <translation>Obligatoire&#xa0;: les clés numériques y sont liées. Sans numéro, la personne ne peut s&apos;enregistrer qu&apos;après la demande d&apos;un numéro BIS par une institution belge (p. ex. l&apos;employeur).</translation>
    </message>
    <message>
        <source>A national register or BIS number has 11 digits (dots, dashes and spaces are allowed).</source>
        <translation>Un numéro de registre national ou BIS compte 11 chiffres (points, tirets et espaces autorisés).</translation>
    </message>
    <message>
        <source>The national register or BIS number is not valid (its check digits do not match).</source>
        <translation>Le numéro de registre national ou BIS n&apos;est pas valable (les chiffres de contrôle ne correspondent pas).</translation>
    </message>
    <message>
        <source>The national register or BIS number contains an impossible birth month.</source>
        <translation>Le numéro de registre national ou BIS contient un mois de naissance impossible.</translation>
    </message>
    <message>
        <source>Enter the citizen&apos;s e-mail address.</source>
        <translation>Saisissez l&apos;adresse e-mail du citoyen.</translation>
    </message>
    <message>
        <source>This is not a valid e-mail address. Check it with the citizen.</source>
        <translation>Cette adresse e-mail n&apos;est pas valable. Vérifiez-la avec le citoyen.</translation>
    </message>
    <message>
        <source>This card type ({card_type}) does not identify a citizen. Ask for another document.</source>
        <translation>Ce type de carte ({card_type}) n&apos;identifie pas un citoyen. Demandez un autre document.</translation>
    </message>
    <message>
        <source>The birth year is unknown, so the minimum age of 12 cannot be confirmed. If another valid document shows the birth date, register with that document.</source>
        <translation>L&apos;année de naissance est inconnue&#xa0;: l&apos;âge minimum de 12 ans ne peut pas être confirmé. Si un autre document valable indique la date de naissance, enregistrez avec ce document.</translation>
    </message>
    <message>
        <source>The document expired on {date}. Ask for a valid document.</source>
        <translation>Le document a expiré le {date}. Demandez un document valable.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Something went wrong</source>
        <translation>Une erreur s&apos;est produite</translation>
    </message>
    <message>
        <source>The operation could not be completed. Try again; if it keeps failing, call the IT helpdesk.</source>
        <translation>L&apos;opération n&apos;a pas pu être menée à bien. Réessayez&#xa0;; si le problème persiste, appelez le helpdesk informatique.</translation>
    </message>
    <message>
        <source>Configuration problem</source>
        <translation>Problème de configuration</translation>
    </message>
    <message>
        <source>The settings could not be used: {problem}. Ask the IT helpdesk to check the configuration.</source>
        <translation>Les paramètres n&apos;ont pas pu être utilisés&#xa0;: {problem}. Demandez au helpdesk informatique de vérifier la configuration.</translation>
    </message>
    <message>
        <source>No secure key store</source>
        <translation>Pas de coffre à clés sécurisé</translation>
    </message>
    <message>
        <source>The system key store (keyring) is not available or refused access ({backend}). Nothing was stored. Log in to the desktop session again or ask the IT helpdesk; secrets are never kept in a plain file.</source>
        <translation>Le coffre à clés du système (keyring) n&apos;est pas disponible ou a refusé l&apos;accès ({backend}). Rien n&apos;a été enregistré. Reconnectez-vous à la session de l&apos;ordinateur ou contactez le helpdesk informatique&#xa0;; les secrets ne sont jamais conservés dans un simple fichier.</translation>
    </message>
    <message>
        <source>Card problem</source>
        <translation>Problème de carte</translation>
    </message>
    <message>
        <source>The card could not be read. Take it out and insert it again.</source>
        <translation>La carte n&apos;a pas pu être lue. Retirez-la et insérez-la à nouveau.</translation>
    </message>
    <message>
        <source>No card service</source>
        <translation>Pas de service de cartes</translation>
    </message>
    <message>
        <source>The smart-card service of this computer is not running. The app keeps trying; if this stays, restart the computer or call the IT helpdesk.</source>
        <translation>Le service de cartes à puce de cet ordinateur ne fonctionne pas. L&apos;application continue d&apos;essayer&#xa0;; si cela persiste, redémarrez l&apos;ordinateur ou appelez le helpdesk informatique.</translation>
    </message>
    <message>
        <source>No card reader</source>
        <translation>Pas de lecteur de cartes</translation>
    </message>
    <message>
        <source>No card reader is connected. Plug in the card reader, or use another document.</source>
        <translation>Aucun lecteur de cartes n&apos;est branché. Branchez le lecteur de cartes ou utilisez un autre document.</translation>
    </message>
    <message>
        <source>No card</source>
        <translation>Pas de carte</translation>
    </message>
    <message>
        <source>There is no card in the reader. Insert the card with the chip first.</source>
        <translation>Il n&apos;y a pas de carte dans le lecteur. Insérez d&apos;abord la carte avec la puce.</translation>
    </message>
    <message>
        <source>Card removed</source>
        <translation>Carte retirée</translation>
    </message>
    <message>
        <source>The card was taken out before reading finished. Nothing was kept. Insert the card again and leave it in the reader until the data appears.</source>
        <translation>La carte a été retirée avant la fin de la lecture. Rien n&apos;a été conservé. Insérez à nouveau la carte et laissez-la dans le lecteur jusqu&apos;à ce que les données apparaissent.</translation>
    </message>
    <message>
        <source>Card in use</source>
        <translation>Carte occupée</translation>
    </message>
    <message>
        <source>Another program is using the card. Close the other eID program, then insert the card again.</source>
        <translation>Un autre programme utilise la carte. Fermez l&apos;autre programme eID, puis insérez à nouveau la carte.</translation>
    </message>
    <message>
        <source>Card does not answer</source>
        <translation>La carte ne répond pas</translation>
    </message>
    <message>
        <source>The card did not answer correctly ({problem}). Clean the chip, insert the card again, or try another reader. If it keeps failing, the card may be damaged: use another document.</source>
        <translation>La carte n&apos;a pas répondu correctement ({problem}). Nettoyez la puce, insérez à nouveau la carte ou essayez un autre lecteur. Si le problème persiste, la carte est peut-être endommagée&#xa0;: utilisez un autre document.</translation>
    </message>
    <message>
        <source>Not an identity card</source>
        <translation>Pas une carte d&apos;identité</translation>
    </message>
    <message>
        <source>This card is not a Belgian eID or electronic residence card. Ask the citizen for their identity card, or use &apos;Other document&apos;.</source>
        <translation>Cette carte n&apos;est ni une eID belge ni une carte de séjour électronique. Demandez au citoyen sa carte d&apos;identité ou utilisez «&#xa0;Autre document&#xa0;».</translation>
    </message>
    <message>
        <source>Unreadable card data</source>
        <translation>Données de carte illisibles</translation>
    </message>
    <message>
        <source>The data on the card is damaged or in an unknown format ({problem}). The card cannot be used; use another document.</source>
        <translation>Les données de la carte sont endommagées ou dans un format inconnu ({problem}). La carte ne peut pas être utilisée&#xa0;; utilisez un autre document.</translation>
    </message>
    <message>
        <source>Check the input</source>
        <translation>Vérifiez la saisie</translation>
    </message>
    <message>
        <source>Some fields are not valid. Correct the marked fields.</source>
        <translation>Certains champs ne sont pas valables. Corrigez les champs signalés.</translation>
    </message>
    <message>
        <source>Slip not printed</source>
        <translation>Ticket non imprimé</translation>
    </message>
    <message>
        <source>The slip could not be printed or saved ({problem}). The code stays on screen: check the printer or the folder, or choose another one, and try again.</source>
        <translation>Le ticket n&apos;a pas pu être imprimé ou enregistré ({problem}). Le code reste à l&apos;écran&#xa0;: vérifiez l&apos;imprimante ou le dossier, ou choisissez-en un autre, puis réessayez.</translation>
    </message>
    <message>
        <source>Report not saved</source>
        <translation>Rapport non enregistré</translation>
    </message>
    <message>
        <source>The report could not be saved ({problem}). Choose another folder or file name and try again.</source>
        <translation>Le rapport n&apos;a pas pu être enregistré ({problem}). Choisissez un autre dossier ou nom de fichier et réessayez.</translation>
    </message>
    <message>
        <source>Storage problem</source>
        <translation>Problème de stockage</translation>
    </message>
    <message>
        <source>The local registration store could not be used. Nothing was half-saved. Call the IT helpdesk.</source>
        <translation>Le stockage local des enregistrements n&apos;a pas pu être utilisé. Rien n&apos;a été enregistré à moitié. Appelez le helpdesk informatique.</translation>
    </message>
    <message>
        <source>Database key problem</source>
        <translation>Problème de clé de la base de données</translation>
    </message>
    <message>
        <source>The key of the local registration store is {problem}. The store was not opened and not changed. Call the IT helpdesk; do not delete the data folder.</source>
        <translation>La clé du stockage local des enregistrements est {problem}. Le stockage n&apos;a été ni ouvert ni modifié. Appelez le helpdesk informatique&#xa0;; ne supprimez pas le dossier des données.</translation>
    </message>
    <message>
        <source>Upgrade failed</source>
        <translation>Échec de la mise à jour</translation>
    </message>
    <message>
        <source>Upgrading the local registration store failed. A backup was kept at {backup}. Call the IT helpdesk.</source>
        <translation>La mise à jour du stockage local des enregistrements a échoué. Une copie de sauvegarde a été conservée dans {backup}. Appelez le helpdesk informatique.</translation>
    </message>
    <message>
        <source>Store damaged</source>
        <translation>Stockage endommagé</translation>
    </message>
    <message>
        <source>The integrity check of the local registration store failed ({problem}). Call the IT helpdesk.</source>
        <translation>Le contrôle d&apos;intégrité du stockage local des enregistrements a échoué ({problem}). Appelez le helpdesk informatique.</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
    <message>
        <source>That registration does not exist (any more).</source>
        <translation>Cet enregistrement n&apos;existe pas (ou plus).</translation>
    </message>
    <message>
        <source>Central service problem</source>
        <translation>Problème avec le service central</translation>
    </message>
    <message>
        <source>The central service could not be reached. Registrations wait safely and are sent later.</source>
        <translation>Le service central n&apos;a pas pu être joint. Les enregistrements attendent en sécurité et seront envoyés plus tard.</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>The central service cannot be reached ({problem}). You can keep registering: registrations wait on this computer and are sent automatically.</source>
        <translation>Le service central est injoignable ({problem}). Vous pouvez continuer à enregistrer&#xa0;: les enregistrements attendent sur cet ordinateur et sont envoyés automatiquement.</translation>
    </message>
    <message>
        <source>Registration refused</source>
        <translation>Enregistrement refusé</translation>
    </message>
    <message>
        <source>The central service refused a registration ({reason}). Check the citizen&apos;s data and register again.</source>
        <translation>Le service central a refusé un enregistrement ({reason}). Vérifiez les données du citoyen et enregistrez à nouveau.</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>Reconnectez-vous</translation>
    </message>
    <message>
        <source>The central service no longer accepts this workstation. Sending is paused; registrations wait safely. Ask the IT helpdesk for a new enrolment code.</source>
        <translation>Le service central n&apos;accepte plus ce poste de travail. L&apos;envoi est suspendu&#xa0;; les enregistrements attendent en sécurité. Demandez un nouveau code d&apos;inscription au helpdesk informatique.</translation>
    </message>
    <message>
        <source>missing from the keyring</source>
        <extracomment>Execution option that makes a transaction start with BEGIN IMMEDIATE (take the write lock up front, so a read-then-write transaction never fails on a lock upgrade).</extracomment>
        <translation>absente du trousseau de clés</translation>
    </message>
    <message>
        <source>not the key this store was encrypted with, or the file is damaged</source>
        <translation>pas celle avec laquelle ce stockage a été chiffré, ou le fichier est endommagé</translation>
    </message>
    <message>
        <source>damaged in the keyring</source>
        <translation>endommagée dans le trousseau de clés</translation>
    </message>
    <message>
        <source>(none: the store was new and empty)</source>
        <extracomment>Where the revisions ship: inside the package, so installers and frozen builds carry them. The newest revision in ``migrations/versions``. Start-up compares against it so that a current store opens without importing Alembic; a test checks it is Alembic&apos;s head.</extracomment>
        <translation>(aucune&#xa0;: le stockage était nouveau et vide)</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <extracomment>Status codes that mean &quot;the same request may work later&quot;. What a network problem is called in the outbox (a code) and in a message to the clerk (a phrase).</extracomment>
        <translation>pas de réponse à temps</translation>
    </message>
    <message>
        <source>its certificate could not be verified</source>
        <translation>son certificat n&apos;a pas pu être vérifié</translation>
    </message>
    <message>
        <source>no connection: network down or service stopped</source>
        <translation>pas de connexion&#xa0;: réseau coupé ou service arrêté</translation>
    </message>
    <message>
        <source>the connection was lost</source>
        <translation>la connexion a été interrompue</translation>
    </message>
    <message>
        <source>the answer did not come from the central service: check its address and any proxy</source>
        <translation>la réponse ne venait pas du service central&#xa0;: vérifiez son adresse et un éventuel proxy</translation>
    </message>
    <message>
        <source>endless GET RESPONSE chain</source>
        <extracomment>Largest short-APDU response: READ BINARY with Le=00 asks for 256 bytes. READ BINARY offsets are 15 bits (eid-card.md §2.4). SELECT answers that mean &quot;try the FID-by-FID chain instead&quot; (eid-card.md §2.3).</extracomment>
        <translation>chaîne sans fin de GET RESPONSE</translation>
    </message>
    <message>
        <source>SELECT answered {status}</source>
        <translation>SELECT a répondu {status}</translation>
    </message>
    <message>
        <source>file {file} is missing</source>
        <translation>le fichier {file} manque</translation>
    </message>
    <message>
        <source>file {file} is too long</source>
        <translation>le fichier {file} est trop long</translation>
    </message>
    <message>
        <source>reading file {file} answered {status}</source>
        <translation>la lecture du fichier {file} a répondu {status}</translation>
    </message>
    <message>
        <source>no four-digit year at the end</source>
        <translation>pas d&apos;année à quatre chiffres à la fin</translation>
    </message>
    <message>
        <source>too many parts</source>
        <translation>trop de parties</translation>
    </message>
    <message>
        <source>no such day</source>
        <translation>ce jour n&apos;existe pas</translation>
    </message>
    <message>
        <source>the day is not a number</source>
        <translation>le jour n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>unknown month</source>
        <translation>mois inconnu</translation>
    </message>
    <message>
        <source>the birth date cannot be read ({why})</source>
        <translation>la date de naissance est illisible ({why})</translation>
    </message>
    <message>
        <source>{field} is not a date</source>
        <translation>{field} n&apos;est pas une date</translation>
    </message>
    <message>
        <source>field {tag} is not text</source>
        <translation>le champ {tag} n&apos;est pas du texte</translation>
    </message>
    <message>
        <source>the document type is missing</source>
        <translation>le type de document manque</translation>
    </message>
    <message>
        <source>the start of validity</source>
        <translation>le début de validité</translation>
    </message>
    <message>
        <source>the end of validity</source>
        <translation>la fin de validité</translation>
    </message>
    <message>
        <source>the protection date</source>
        <translation>la date de protection</translation>
    </message>
    <message>
        <source>the EU card date</source>
        <translation>la date de la carte UE</translation>
    </message>
    <message>
        <source>another program reset the card</source>
        <extracomment>pcsc-lite&apos;s pseudo reader that changes state when a reader is plugged in or out. How long a failed transmit waits for PC/SC to notice a pulled card (pcscd polls some drivers at 400 ms).</extracomment>
        <translation>un autre programme a réinitialisé la carte</translation>
    </message>
    <message>
        <source>the card does not respond</source>
        <translation>la carte ne réagit pas</translation>
    </message>
    <message>
        <source>PC/SC error {code}</source>
        <translation>erreur PC/SC {code}</translation>
    </message>
    <message>
        <source>an incomplete answer</source>
        <translation>une réponse incomplète</translation>
    </message>
    <message>
        <source>the card stopped answering</source>
        <translation>la carte ne répond plus</translation>
    </message>
    <message>
        <source>the connection was closed</source>
        <extracomment>How long a second connection waits for another&apos;s transaction before reporting the card busy.</extracomment>
        <translation>la connexion a été fermée</translation>
    </message>
    <message>
        <source>a field length is cut short</source>
        <translation>une longueur de champ est tronquée</translation>
    </message>
    <message>
        <source>field {tag} is cut short</source>
        <translation>le champ {tag} est tronqué</translation>
    </message>
    <message>
        <source>field {tag} appears twice</source>
        <translation>le champ {tag} apparaît deux fois</translation>
    </message>
    <message>
        <source>{file} is not valid TOML</source>
        <translation>{file} n&apos;est pas du TOML valide</translation>
    </message>
    <message>
        <source>unknown setting(s) {settings}</source>
        <translation>paramètre(s) inconnu(s) {settings}</translation>
    </message>
    <message>
        <source>{setting} must be one of {languages}</source>
        <translation>{setting} doit être l&apos;une de ces valeurs&#xa0;: {languages}</translation>
    </message>
    <message>
        <source>the training profile may only use a central service on this computer</source>
        <translation>le profil de formation ne peut utiliser qu&apos;un service central sur cet ordinateur</translation>
    </message>
    <message>
        <source>{setting} must be a positive whole number</source>
        <translation>{setting} doit être un nombre entier positif</translation>
    </message>
    <message>
        <source>{setting} must be a non-empty list</source>
        <translation>{setting} doit être une liste non vide</translation>
    </message>
    <message>
        <source>each centre needs an {id} and a {name}</source>
        <translation>chaque centre doit avoir un {id} et un {name}</translation>
    </message>
    <message>
        <source>centre ids must be unique</source>
        <translation>les identifiants (id) des centres doivent être uniques</translation>
    </message>
    <message>
        <source>{setting} must be a table</source>
        <translation>{setting} doit être une table</translation>
    </message>
    <message>
        <source>{setting} must be an http(s) URL</source>
        <translation>{setting} doit être une URL http(s)</translation>
    </message>
    <message>
        <source>{setting} must use https (plain http only on this computer)</source>
        <translation>{setting} doit utiliser https (http simple uniquement sur cet ordinateur)</translation>
    </message>
    <message>
        <source>{setting} must be positive</source>
        <translation>{setting} doit être positif</translation>
    </message>
    <message>
        <source>{setting} and {other} go together</source>
        <translation>{setting} et {other} vont ensemble&#xa0;: indiquez les deux ou aucun</translation>
    </message>
    <message>
        <source>the {language} translations are missing ({file}); run scripts/setup</source>
        <extracomment>Belgian locales for dates and numbers, per language code.</extracomment>
        <translation>les traductions {language} manquent ({file})&#xa0;; lancez scripts/setup</translation>
    </message>
</context>
<context>
    <name>languages</name>
    <message>
        <source>Dutch</source>
        <translation>néerlandais</translation>
    </message>
    <message>
        <source>French</source>
        <translation>français</translation>
    </message>
    <message>
        <source>German</source>
        <translation>allemand</translation>
    </message>
    <message>
        <source>English</source>
        <translation>anglais</translation>
    </message>
</context>
<context>
    <name>manual</name>
    <message>
        <source>Male (M)</source>
        <translation>Masculin (M)</translation>
    </message>
    <message>
        <source>Female (F)</source>
        <translation>Féminin (F)</translation>
    </message>
    <message>
        <source>Unspecified (X)</source>
        <translation>Non précisé (X)</translation>
    </message>
    <message>
        <source>DD/MM/YYYY</source>
        <translation>JJ/MM/AAAA</translation>
    </message>
    <message>
        <source>Three-letter code as on the document, e.g. NLD; XXA for stateless</source>
        <translation>Code à trois lettres comme sur le document, p. ex. NLD&#xa0;; XXA pour un apatride</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>Prénoms</translation>
    </message>
    <message>
        <source>Leave empty if the document shows none</source>
        <translation>Laissez vide si le document n&apos;en mentionne pas</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>DD/MM/YYYY; 00 for an unknown day or month</source>
        <translation>JJ/MM/AAAA&#xa0;; 00 pour un jour ou un mois inconnu</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nationalité</translation>
    </message>
    <message>
        <source>Issuing country</source>
        <translation>Pays de délivrance</translation>
    </message>
    <message>
        <source>Issuing municipality</source>
        <translation>Commune de délivrance</translation>
    </message>
    <message>
        <source>National register or BIS number</source>
        <translation>Numéro de registre national ou BIS</translation>
    </message>
    <message>
        <source>11 digits, e.g. 85.07.30-033.28</source>
        <translation>11 chiffres, p. ex. 85.07.30-033.28</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>Numéro du document</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valable jusqu&apos;au</translation>
    </message>
    <message>
        <source>Valid from (date of issue)</source>
        <translation>Valable à partir du (date de délivrance)</translation>
    </message>
    <message>
        <source>Card type</source>
        <translation>Type de carte</translation>
    </message>
    <message>
        <source>As printed on the card, e.g. identity card or card K</source>
        <translation>Comme imprimé sur la carte, p. ex. carte d&apos;identité ou carte K</translation>
    </message>
    <message>
        <source>Checked by eye</source>
        <translation>Vérifiée à l&apos;œil</translation>
    </message>
    <message>
        <source>The face matches the card&apos;s photo, and the card itself looks genuine (print, hologram)</source>
        <translation>Le visage correspond à la photo de la carte, et la carte elle-même semble authentique (impression, hologramme)</translation>
    </message>
    <message>
        <source>Enter the surname as it is on the document.</source>
        <translation>Introduisez le nom tel qu&apos;il figure sur le document.</translation>
    </message>
    <message>
        <source>Enter the date of birth; write 00 for an unknown day or month and 0000 for an unknown year.</source>
        <translation>Introduisez la date de naissance&#xa0;; écrivez 00 pour un jour ou un mois inconnu et 0000 pour une année inconnue.</translation>
    </message>
    <message>
        <source>The date of birth is not a date. Write it as DD/MM/YYYY, with 00 for an unknown day or month (a known day needs a known month).</source>
        <translation>La date de naissance n&apos;est pas une date. Écrivez-la sous la forme JJ/MM/AAAA, avec 00 pour un jour ou un mois inconnu (un jour connu demande un mois connu).</translation>
    </message>
    <message>
        <source>The date of birth is in the future.</source>
        <translation>La date de naissance est dans le futur.</translation>
    </message>
    <message>
        <source>Choose the sex as it is on the document (X if the document shows none).</source>
        <translation>Choisissez le sexe tel qu&apos;il figure sur le document (X si le document n&apos;en mentionne pas).</translation>
    </message>
    <message>
        <source>The sex must be M, F or X.</source>
        <translation>Le sexe doit être M, F ou X.</translation>
    </message>
    <message>
        <source>Enter the nationality.</source>
        <translation>Introduisez la nationalité.</translation>
    </message>
    <message>
        <source>This is not a known nationality code. Use the three-letter code on the document (for example NLD, or XXA for a stateless person).</source>
        <translation>Ce n&apos;est pas un code de nationalité connu. Utilisez le code à trois lettres du document (par exemple NLD, ou XXA pour un apatride).</translation>
    </message>
    <message>
        <source>Enter the country that issued the document.</source>
        <translation>Introduisez le pays qui a délivré le document.</translation>
    </message>
    <message>
        <source>This is not a known country code. Use the three-letter code on the document (for example NLD).</source>
        <translation>Ce n&apos;est pas un code de pays connu. Utilisez le code à trois lettres du document (par exemple NLD).</translation>
    </message>
    <message>
        <source>A surname holds only letters, spaces, hyphens, apostrophes and dots.</source>
        <translation>Un nom ne contient que des lettres, des espaces, des traits d&apos;union, des apostrophes et des points.</translation>
    </message>
    <message>
        <source>The surname is too long (at most {maximum} characters).</source>
        <translation>Le nom est trop long ({maximum} caractères au plus).</translation>
    </message>
    <message>
        <source>Given names hold only letters, spaces, hyphens, apostrophes and dots.</source>
        <translation>Les prénoms ne contiennent que des lettres, des espaces, des traits d&apos;union, des apostrophes et des points.</translation>
    </message>
    <message>
        <source>The given names are too long (at most {maximum} characters).</source>
        <translation>Les prénoms sont trop longs ({maximum} caractères au plus).</translation>
    </message>
    <message>
        <source>The date of birth is not plausible: the year must lie between {earliest} and {latest}. Check the year.</source>
        <translation>La date de naissance n&apos;est pas plausible&#xa0;: l&apos;année doit se situer entre {earliest} et {latest}. Vérifiez l&apos;année.</translation>
    </message>
    <message>
        <source>The expiry date is not plausible: the year must lie between {earliest} and {latest}. Check the year.</source>
        <translation>La date d&apos;expiration n&apos;est pas plausible&#xa0;: l&apos;année doit se situer entre {earliest} et {latest}. Vérifiez l&apos;année.</translation>
    </message>
    <message>
        <source>The date of issue is not plausible: the year must lie between {earliest} and {latest}. Check the year, or leave it empty.</source>
        <translation>La date de délivrance n&apos;est pas plausible&#xa0;: l&apos;année doit se situer entre {earliest} et {latest}. Vérifiez l&apos;année ou laissez le champ vide.</translation>
    </message>
    <message>
        <source>The issuing municipality is too long (at most {maximum} characters).</source>
        <translation>La commune de délivrance est trop longue ({maximum} caractères au plus).</translation>
    </message>
    <message>
        <source>The issuing municipality holds digits or symbols.</source>
        <translation>La commune de délivrance contient des chiffres ou des symboles.</translation>
    </message>
    <message>
        <source>Enter the document number.</source>
        <translation>Introduisez le numéro du document.</translation>
    </message>
    <message>
        <source>Enter the date until which the document is valid.</source>
        <translation>Introduisez la date jusqu&apos;à laquelle le document est valable.</translation>
    </message>
    <message>
        <source>The expiry date is not a date. Write it as DD/MM/YYYY.</source>
        <translation>La date d&apos;expiration n&apos;est pas une date. Écrivez-la sous la forme JJ/MM/AAAA.</translation>
    </message>
    <message>
        <source>The date of issue is not a date. Write it as DD/MM/YYYY, or leave it empty.</source>
        <translation>La date de délivrance n&apos;est pas une date. Écrivez-la sous la forme JJ/MM/AAAA, ou laissez le champ vide.</translation>
    </message>
    <message>
        <source>The document cannot expire before it was issued. Check both dates.</source>
        <translation>Le document ne peut pas expirer avant d&apos;avoir été délivré. Vérifiez les deux dates.</translation>
    </message>
    <message>
        <source>Choose the card type printed on the card (identity card, card K, EU card, …).</source>
        <translation>Choisissez le type de carte imprimé sur la carte (carte d&apos;identité, carte K, carte EU, …).</translation>
    </message>
    <message>
        <source>Choose a card type from the list.</source>
        <translation>Choisissez un type de carte dans la liste.</translation>
    </message>
    <message>
        <source>The chip cannot prove this card: compare the face with the card&apos;s photo, check the card itself, then tick the box.</source>
        <translation>La puce ne peut pas prouver cette carte&#xa0;: comparez le visage avec la photo de la carte, vérifiez la carte elle-même, puis cochez la case.</translation>
    </message>
    <message>
        <source>A passport number has 5 to 9 letters and digits.</source>
        <translation>Un numéro de passeport compte 5 à 9 lettres et chiffres.</translation>
    </message>
    <message>
        <source>A document number has 3 to 20 letters, digits, dashes or slashes.</source>
        <translation>Un numéro de document compte 3 à 20 lettres, chiffres, tirets ou barres obliques.</translation>
    </message>
    <message>
        <source>Three-letter code of the state that issued the document, as on it, e.g. SWE</source>
        <extracomment>Only a person is stateless: the issuing country&apos;s hint names the state that issued the document.</extracomment>
        <translation>Code à trois lettres de l&apos;État qui a délivré le document, tel qu&apos;il y figure, p. ex. SWE</translation>
    </message>
</context>
<context>
    <name>manual_path</name>
    <message>
        <source>Personal number (optional data)</source>
        <extracomment>How long the zone field waits after the last keystroke before reading (a scanner types much faster). The form field each checked zone field is typed into (no form field for the overall check).</extracomment>
        <translation>Numéro personnel (données facultatives)</translation>
    </message>
    <message>
        <source>Overall check digit (the whole zone)</source>
        <translation>Chiffre de contrôle global (toute la zone)</translation>
    </message>
    <message>
        <source>The zone&apos;s check digit for this field does not match. Compare it with the document and type it here.</source>
        <translation>Le chiffre de contrôle de la zone pour ce champ ne correspond pas. Comparez avec le document et tapez-le ici.</translation>
    </message>
</context>
<context>
    <name>mrz</name>
    <message>
        <source>Scan or type the machine-readable zone (the lines with &lt; at the bottom).</source>
        <extracomment>Expiry dates are read within this many years either side of today. The issuing-state code whose older cards compute the long-number check digit with the filler. One message per problem (context ``mrz``); ``InputError.params`` fill the placeholders (``fields`` of a failed check lists the failed :class:`CheckedField` values for the UI to mark).</extracomment>
        <translation>Scannez ou tapez la zone de lecture automatique (les lignes avec des &lt; en bas).</translation>
    </message>
    <message>
        <source>This is not a complete machine-readable zone: it has {lines} line(s) of {lengths} characters. A passport has 2 lines of 44, an identity card 3 lines of 30 or 2 lines of 36.</source>
        <translation>Ce n&apos;est pas une zone de lecture automatique complète&#xa0;: elle a {lines} ligne(s) de {lengths} caractères. Un passeport a 2 lignes de 44, une carte d&apos;identité 3 lignes de 30 ou 2 lignes de 36.</translation>
    </message>
    <message>
        <source>Line {line}, position {column} holds a character that cannot be in a machine-readable zone (only A-Z, 0-9 and &lt;). Check what was typed or scanned.</source>
        <translation>La ligne {line}, position {column} contient un caractère impossible dans une zone de lecture automatique (seulement A-Z, 0-9 et &lt;). Vérifiez ce qui a été tapé ou scanné.</translation>
    </message>
    <message>
        <source>This machine-readable zone is not that of a passport or identity card (document code {code}).</source>
        <translation>Cette zone de lecture automatique n&apos;est pas celle d&apos;un passeport ou d&apos;une carte d&apos;identité (code de document {code}).</translation>
    </message>
    <message>
        <source>The birth date in the machine-readable zone is not a date. Check it.</source>
        <translation>La date de naissance de la zone de lecture automatique n&apos;est pas une date. Vérifiez-la.</translation>
    </message>
    <message>
        <source>The expiry date in the machine-readable zone is not a date. Check it.</source>
        <translation>La date d&apos;expiration de la zone de lecture automatique n&apos;est pas une date. Vérifiez-la.</translation>
    </message>
    <message>
        <source>The sex in the machine-readable zone must be M, F, X or &lt;.</source>
        <translation>Le sexe dans la zone de lecture automatique doit être M, F, X ou &lt;.</translation>
    </message>
    <message>
        <source>This is not a travel-document zone (for example an old French identity card or a driving licence): it cannot fill the form. Type the fields from the document.</source>
        <translation>Ce n&apos;est pas une zone de document de voyage (par exemple une ancienne carte d&apos;identité française ou un permis de conduire)&#xa0;: elle ne peut pas remplir le formulaire. Tapez les champs depuis le document.</translation>
    </message>
    <message>
        <source>A check digit of the machine-readable zone does not match: a character was misread or mistyped. Check the marked fields against the document, or type the fields by hand.</source>
        <translation>Un chiffre de contrôle de la zone de lecture automatique ne correspond pas&#xa0;: un caractère a été mal lu ou mal tapé. Comparez les champs marqués avec le document, ou tapez les champs à la main.</translation>
    </message>
    <message>
        <source>This machine-readable zone does not belong to the chosen document type. Choose the right document type, or type the fields by hand.</source>
        <translation>Cette zone de lecture automatique n&apos;appartient pas au type de document choisi. Choisissez le bon type de document, ou tapez les champs à la main.</translation>
    </message>
</context>
<context>
    <name>output</name>
    <message>
        <source>Save the slip as PDF</source>
        <translation>Enregistrer le ticket en PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The slip was sent to the printer.</source>
        <translation>Le ticket a été envoyé à l&apos;imprimante.</translation>
    </message>
    <message>
        <source>The slip was saved as {path}.</source>
        <translation>Le ticket a été enregistré sous {path}.</translation>
    </message>
    <message>
        <source>activation-slip-{when}-{registration}.pdf</source>
        <translation>fiche-d-activation-{when}-{registration}.pdf</translation>
    </message>
</context>
<context>
    <name>practice_documents</name>
    <message>
        <source>Dutch passport of an adult (NLD, a real country code). Choose &apos;Foreign passport&apos;, scan or paste the zone, then type the BIS number below: a passport does not hold it.</source>
        <translation>Passeport néerlandais d&apos;un adulte (NLD, un vrai code de pays). Choisissez « Passeport étranger », scannez ou collez la zone, puis tapez le numéro BIS ci-dessous&#xa0;: un passeport ne le contient pas.</translation>
    </message>
    <message>
        <source>Older Belgian eID whose chip does not answer. Choose &apos;Belgian card, chip unreadable&apos; and scan or paste the zone: it fills everything but the check by eye.</source>
        <translation>Ancienne eID belge dont la puce ne répond pas. Choisissez « Carte belge, puce illisible » et scannez ou collez la zone&#xa0;: elle remplit tout sauf la vérification à l&apos;œil.</translation>
    </message>
</context>
<context>
    <name>reader</name>
    <message>
        <source>No card service: the smart-card service of this computer is not running.</source>
        <translation>Pas de service de cartes&#xa0;: le service de cartes à puce de cet ordinateur ne fonctionne pas.</translation>
    </message>
    <message>
        <source>No card reader: plug in the card reader.</source>
        <translation>Pas de lecteur de cartes&#xa0;: branchez le lecteur de cartes.</translation>
    </message>
    <message>
        <source>No card: insert the identity card with the chip first.</source>
        <translation>Pas de carte&#xa0;: insérez d&apos;abord la carte d&apos;identité avec la puce.</translation>
    </message>
    <message>
        <source>A card is in the reader: choose &apos;eID or electronic residence card&apos; to read it.</source>
        <translation>Une carte est dans le lecteur&#xa0;: choisissez «&#xa0;eID ou carte de séjour électronique&#xa0;» pour la lire.</translation>
    </message>
    <message>
        <source>Reading the card… leave it in the reader.</source>
        <translation>Lecture de la carte… laissez-la dans le lecteur.</translation>
    </message>
    <message>
        <source>Card read: the data is ready.</source>
        <translation>Carte lue&#xa0;: les données sont prêtes.</translation>
    </message>
    <message>
        <source>The card in the reader is not an identity card: take it out and insert the eID.</source>
        <translation>La carte dans le lecteur n&apos;est pas une carte d&apos;identité&#xa0;: retirez-la et introduisez l&apos;eID.</translation>
    </message>
</context>
<context>
    <name>registrations</name>
    <message>
        <source>CSV files (*.csv)</source>
        <extracomment>Asks where to save a report: (parent, suggested path, format) → the path, or None when cancelled.</extracomment>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save the counts</source>
        <translation>Enregistrer les nombres</translation>
    </message>
    <message>
        <source>The first day is after the last day.</source>
        <translation>Le premier jour est après le dernier jour.</translation>
    </message>
    <message>
        <source>counts-{start}-{end}</source>
        <translation>nombres-{start}-{end}</translation>
    </message>
    <message>
        <source>The counts were saved as {path}.</source>
        <translation>Les nombres ont été enregistrés sous {path}.</translation>
    </message>
    <message>
        <source>Type the whole number: 11 digits, with or without dots, dash and spaces.</source>
        <translation>Tapez le numéro entier&#xa0;: 11 chiffres, avec ou sans points, tiret et espaces.</translation>
    </message>
    <message>
        <source>Personal data erased</source>
        <translation>Données personnelles effacées</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Émis</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepté</translation>
    </message>
    <message>
        <source>Activated</source>
        <translation>Activé</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expiré</translation>
    </message>
    <message>
        <source>Locked (too many wrong codes: register again)</source>
        <translation>Bloqué (trop de codes erronés&#xa0;: enregistrer à nouveau)</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Révoqué</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Rejected: {reason}</source>
        <translation>Refusé&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>The code works. The registration waits on this computer and is sent to the central service automatically.</source>
        <translation>Le code fonctionne. L&apos;enregistrement attend sur cet ordinateur et est envoyé automatiquement au service central.</translation>
    </message>
    <message>
        <source>The central service has it and e-mailed the activation link to the citizen.</source>
        <translation>Le service central l&apos;a reçu et a envoyé le lien d&apos;activation au citoyen par e-mail.</translation>
    </message>
    <message>
        <source>The citizen activated their digital keys. Nothing more to do.</source>
        <translation>Le citoyen a activé ses clés numériques. Plus rien à faire.</translation>
    </message>
    <message>
        <source>The code was not used within 14 days and no longer works. Register the citizen anew.</source>
        <translation>Le code n&apos;a pas été utilisé dans les 14 jours et ne fonctionne plus. Enregistrez le citoyen à nouveau.</translation>
    </message>
    <message>
        <source>A wrong activation code was entered five times, so the link no longer works. Register the citizen anew with their document.</source>
        <translation>Un code d&apos;activation erroné a été saisi cinq fois&#xa0;: le lien ne fonctionne plus. Enregistrez à nouveau le citoyen avec son document.</translation>
    </message>
    <message>
        <source>This code no longer works: a newer registration replaced it.</source>
        <translation>Ce code ne fonctionne plus&#xa0;: un enregistrement plus récent l&apos;a remplacé.</translation>
    </message>
    <message>
        <source>The central service refused it; its code does not work. Register the citizen anew.</source>
        <translation>Le service central l&apos;a refusé&#xa0;; son code ne fonctionne pas. Enregistrez le citoyen à nouveau.</translation>
    </message>
    <message>
        <source>the data was incomplete or not valid</source>
        <translation>les données étaient incomplètes ou non valables</translation>
    </message>
    <message>
        <source>it was sent twice with different data</source>
        <translation>il a été envoyé deux fois avec des données différentes</translation>
    </message>
    <message>
        <source>the service centre does not belong to this workstation</source>
        <translation>le centre de services ne correspond pas à ce poste de travail</translation>
    </message>
    <message>
        <source>another registration already has the same identifier</source>
        <translation>un autre enregistrement a déjà le même identifiant</translation>
    </message>
    <message>
        <source>it reached the central service after its code had expired</source>
        <translation>il est arrivé au service central après l&apos;expiration de son code</translation>
    </message>
    <message>
        <source>an answer that could not be read</source>
        <translation>une réponse illisible</translation>
    </message>
    <message>
        <source>code {code}</source>
        <translation>code {code}</translation>
    </message>
    <message>
        <source>This registration can no longer be re-issued: its code was already replaced, refused, used or has expired. Register the citizen anew with their document.</source>
        <translation>Cet enregistrement ne peut plus être réémis&#xa0;: son code a déjà été remplacé, refusé, utilisé ou a expiré. Enregistrez le citoyen à nouveau avec son document.</translation>
    </message>
    <message>
        <source>The citizen&apos;s data of this registration was erased after the retention period, so it cannot be re-issued. Register the citizen anew with their document.</source>
        <translation>Les données du citoyen de cet enregistrement ont été effacées après le délai de conservation, il ne peut donc pas être réémis. Enregistrez le citoyen à nouveau avec son document.</translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <source>Day</source>
        <extracomment>Excel reads ``;``-separated UTF-8 correctly only with the byte order mark (&quot;utf-8-sig&quot; writes it). The status columns, in the order of a registration&apos;s life.</extracomment>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Service centre</source>
        <translation>Centre de services</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Staff number</source>
        <translation>Matricule</translation>
    </message>
    <message>
        <source>New registrations</source>
        <translation>Nouveaux enregistrements</translation>
    </message>
    <message>
        <source>Re-issues</source>
        <translation>Réémissions</translation>
    </message>
    <message>
        <source>Not yet sent</source>
        <translation>Pas encore envoyés</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Acceptés</translation>
    </message>
    <message>
        <source>Activated</source>
        <translation>Activés</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expirés</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Refusés</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Révoqués</translation>
    </message>
    <message>
        <source>Registrations per day, service centre and clerk</source>
        <translation>Enregistrements par jour, centre de services et agent</translation>
    </message>
    <message>
        <source>Period: {start} to {end}</source>
        <translation>Période&#xa0;: du {start} au {end}</translation>
    </message>
    <message>
        <source>All service centres</source>
        <translation>Tous les centres de services</translation>
    </message>
    <message>
        <source>Service centre: {centre}</source>
        <translation>Centre de services&#xa0;: {centre}</translation>
    </message>
    <message>
        <source>Made on {moment}. Statuses as they stood then.</source>
        <translation>Établi le {moment}. Statuts tels qu&apos;ils étaient alors.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>No registrations in this period.</source>
        <translation>Aucun enregistrement pendant cette période.</translation>
    </message>
    <message>
        <source>Page {page}</source>
        <translation>Page {page}</translation>
    </message>
</context>
<context>
    <name>shell</name>
    <message>
        <source>Digital keys counter (clerk_app)</source>
        <translation>Guichet clés numériques (clerk_app)</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>Version {version}</translation>
    </message>
    <message>
        <source>Mode: {mode}</source>
        <translation>Mode&#xa0;: {mode}</translation>
    </message>
    <message>
        <source>About this program</source>
        <translation>À propos de ce programme</translation>
    </message>
    <message>
        <source>The screen was cleared because nobody used it for a while.</source>
        <translation>L&apos;écran a été vidé parce que personne ne l&apos;a utilisé pendant un moment.</translation>
    </message>
    <message>
        <source>Not available on this screen: the activation code cannot be shown again once you leave it. Print or save the slip, then press Next citizen (Ctrl+N).</source>
        <translation>Non disponible sur cet écran&#xa0;: le code d&apos;activation ne peut plus être affiché une fois que vous le quittez. Imprimez ou enregistrez le ticket, puis choisissez Citoyen suivant (Ctrl+N).</translation>
    </message>
</context>
<context>
    <name>slip</name>
    <message>
        <source>Your digital keys for the government: activation code</source>
        <translation>Vos clés numériques pour les services publics&#xa0;: code d&apos;activation</translation>
    </message>
    <message>
        <source>Your activation code</source>
        <translation>Votre code d&apos;activation</translation>
    </message>
    <message>
        <source>Valid until {date}, {time}.</source>
        <translation>Valable jusqu&apos;au {date}, {time}.</translation>
    </message>
    <message>
        <source>What to do next</source>
        <translation>Que faire maintenant&#xa0;?</translation>
    </message>
    <message>
        <source>1. Watch for the e-mail with the activation link. It can take a few minutes; check your spam too.</source>
        <translation>1. Surveillez l&apos;e-mail contenant le lien d&apos;activation. Il peut mettre quelques minutes à arriver&#xa0;; vérifiez aussi vos spams.</translation>
    </message>
    <message>
        <source>2. Open the link within {days} days.</source>
        <translation>2. Ouvrez le lien dans les {days} jours.</translation>
    </message>
    <message>
        <source>3. Enter the activation code from this slip.</source>
        <translation>3. Saisissez le code d&apos;activation figurant sur ce ticket.</translation>
    </message>
    <message>
        <source>4. Create a username and a password.</source>
        <translation>4. Créez un nom d&apos;utilisateur et un mot de passe.</translation>
    </message>
    <message>
        <source>5. Choose a digital key: the mobile app, a security code by SMS or a security code by e-mail.</source>
        <translation>5. Choisissez une clé numérique&#xa0;: l&apos;application mobile, un code de sécurité par SMS ou un code de sécurité par e-mail.</translation>
    </message>
    <message>
        <source>Keep this code to yourself. Government staff will never ask you for it by phone or e-mail.</source>
        <translation>Gardez ce code pour vous. Les services publics ne vous le demanderont jamais par téléphone ou par e-mail.</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Aide</translation>
    </message>
    <message>
        <source>Lost this slip, or did the code expire? Come back to a service centre of the City of Ghent with your identity document; you get a new code. More information: stad.gent</source>
        <translation>Ticket perdu ou code expiré&#xa0;? Revenez dans un centre de services de la Ville de Gand avec votre document d&apos;identité&#xa0;; vous recevrez un nouveau code. Plus d&apos;informations&#xa0;: stad.gent</translation>
    </message>
    <message>
        <source>Issued at {centre} on {date}.</source>
        <translation>Délivré à {centre} le {date}.</translation>
    </message>
    <message>
        <source>Practice slip: this code does not work.</source>
        <translation>Ticket d&apos;exercice&#xa0;: ce code ne fonctionne pas.</translation>
    </message>
</context>
<context>
    <name>training_cards</name>
    <message>
        <source>Belgian adult, valid eID: registers normally.</source>
        <translation>Adulte belge, eID valable&#xa0;: s&apos;enregistre normalement.</translation>
    </message>
    <message>
        <source>Child of 11 with a Kids-ID: refused, too young.</source>
        <translation>Enfant de 11 ans avec une Kids-ID&#xa0;: refusé, trop jeune.</translation>
    </message>
    <message>
        <source>Belgian eID that expired yesterday: refused, expired document.</source>
        <translation>eID belge expirée hier&#xa0;: refusée, document expiré.</translation>
    </message>
    <message>
        <source>EU+ residence card (permanent residence), in German.</source>
        <translation>Carte de séjour EU+ (séjour permanent), en allemand.</translation>
    </message>
    <message>
        <source>Residence card F for a family member of an EU citizen.</source>
        <translation>Carte de séjour F pour un membre de la famille d&apos;un citoyen de l&apos;UE.</translation>
    </message>
    <message>
        <source>Residence card K (establishment), in French.</source>
        <translation>Carte de séjour K (établissement), en français.</translation>
    </message>
    <message>
        <source>Forged card: the validity date was changed after signing. Not authentic: refuse.</source>
        <translation>Carte falsifiée&#xa0;: la date de validité a été modifiée après la signature. Pas authentique&#xa0;: refuser.</translation>
    </message>
    <message>
        <source>Forged card: the photo is not the signed one. Not authentic: refuse.</source>
        <translation>Carte falsifiée&#xa0;: la photo n&apos;est pas celle qui a été signée. Pas authentique&#xa0;: refuser.</translation>
    </message>
    <message>
        <source>A bank or loyalty card, not an identity card.</source>
        <translation>Une carte bancaire ou de fidélité, pas une carte d&apos;identité.</translation>
    </message>
    <message>
        <source>Adult, valid eID</source>
        <extracomment>Zero padding behind a certificate in its card file (eid-card.md §1). ECDSA signature files have a fixed size: DER signature plus zero padding (as in the EC specimen).</extracomment>
        <translation>Adulte, eID valable</translation>
    </message>
    <message>
        <source>Child of 11 (Kids-ID)</source>
        <translation>Enfant de 11 ans (Kids-ID)</translation>
    </message>
    <message>
        <source>Expired eID</source>
        <translation>eID expirée</translation>
    </message>
    <message>
        <source>Residence card EU+</source>
        <translation>Carte de séjour EU+</translation>
    </message>
    <message>
        <source>Residence card F</source>
        <translation>Carte de séjour F</translation>
    </message>
    <message>
        <source>Residence card K</source>
        <translation>Carte de séjour K</translation>
    </message>
    <message>
        <source>Forged: validity changed</source>
        <translation>Falsifiée&#xa0;: validité modifiée</translation>
    </message>
    <message>
        <source>Forged: another photo</source>
        <translation>Falsifiée&#xa0;: autre photo</translation>
    </message>
    <message>
        <source>Bank card (not an eID)</source>
        <translation>Carte bancaire (pas une eID)</translation>
    </message>
    <message>
        <source>Pulled out while reading</source>
        <translation>Retirée pendant la lecture</translation>
    </message>
    <message>
        <source>Adult eID pulled out while it is read, after its identity file and before its photo: the counter says the card was removed and keeps nothing of it.</source>
        <translation>eID d&apos;adulte retirée pendant la lecture, après son fichier d&apos;identité et avant sa photo&#xa0;: le guichet indique que la carte a été retirée et n&apos;en garde rien.</translation>
    </message>
</context>
</TS>
