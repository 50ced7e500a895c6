<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AccountAddress</name>
    <message>
        <source>plain http:// is only allowed for this computer (localhost), not for %1; use https://</source>
        <translation>Unverschlüsseltes http:// ist nur für diesen Computer (localhost) erlaubt, nicht für %1; verwenden Sie https://</translation>
    </message>
    <message>
        <source>Enter your MOCO account name, e.g. &quot;acme&quot; for acme.mocoapp.com.</source>
        <translation>Geben Sie den Namen Ihres MOCO-Kontos ein, z. B. „acme“ für acme.mocoapp.com.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a MOCO account name or web address. Use letters, digits and hyphens, e.g. &quot;acme&quot; or &quot;acme.mocoapp.com&quot;.</source>
        <translation>„%1“ ist weder ein MOCO-Kontoname noch eine Webadresse. Verwenden Sie Buchstaben, Ziffern und Bindestriche, z. B. „acme“ oder „acme.mocoapp.com“.</translation>
    </message>
    <message>
        <source>&quot;%1://&quot; addresses are not supported; use https://.</source>
        <translation>Adressen mit „%1://“ werden nicht unterstützt; verwenden Sie https://.</translation>
    </message>
</context>
<context>
    <name>AccountDataLayer</name>
    <message>
        <source>Another MocoTrack is sending these changes. What you do here is kept on this computer and sent by that MocoTrack.</source>
        <translation>Ein anderes MocoTrack sendet diese Änderungen. Was Sie hier tun, bleibt auf diesem Computer gespeichert und wird von jenem MocoTrack gesendet.</translation>
    </message>
    <message>
        <source>MocoTrack cannot send your changes: it could not create %1. They are kept on this computer.</source>
        <translation>MocoTrack kann Ihre Änderungen nicht senden: %1 konnte nicht angelegt werden. Sie bleiben auf diesem Computer gespeichert.</translation>
    </message>
</context>
<context>
    <name>AccountMenu</name>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Konto</translation>
    </message>
    <message>
        <source>&amp;Act as…</source>
        <translation>&amp;Handeln als …</translation>
    </message>
    <message>
        <source>&amp;Back to myself</source>
        <translation>&amp;Zurück zu mir</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Abmelden</translation>
    </message>
</context>
<context>
    <name>AccountSession</name>
    <message>
        <source>Please sign in again.</source>
        <translation>Bitte melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Your MOCO session has ended (the API key was revoked or renewed). Sign in again to go on; nothing you did is lost.</source>
        <translation>Ihre MOCO-Sitzung ist beendet (der API-Schlüssel wurde widerrufen oder erneuert). Melden Sie sich erneut an, um weiterzumachen; nichts von Ihrer Arbeit geht verloren.</translation>
    </message>
    <message>
        <source>MocoTrack cannot keep your data on this computer: %1</source>
        <translation>MocoTrack kann Ihre Daten nicht auf diesem Computer speichern: %1</translation>
    </message>
</context>
<context>
    <name>ActAsDialog</name>
    <message>
        <source>Act as</source>
        <translation>Handeln als</translation>
    </message>
    <message>
        <source>Colleague</source>
        <translation>Kollegin oder Kollege</translation>
    </message>
    <message>
        <source>Show and record the hours of:</source>
        <translation>Stunden anzeigen und erfassen für:</translation>
    </message>
</context>
<context>
    <name>ActivitiesModel</name>
    <message>
        <source>Billable</source>
        <translation>Verrechenbar</translation>
    </message>
    <message>
        <source>Not billable</source>
        <translation>Nicht verrechenbar</translation>
    </message>
    <message>
        <source>%1, timer running</source>
        <translation>%1, Timer läuft</translation>
    </message>
    <message>
        <source>Billed</source>
        <translation>Abgerechnet</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>MOCO refused this change: %1</source>
        <translation>MOCO hat diese Änderung abgelehnt: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Timer running since %1</source>
        <translation>Timer läuft seit %1</translation>
    </message>
    <message>
        <source>Billed: this activity can no longer be changed.</source>
        <translation>Abgerechnet: Diese Leistung kann nicht mehr geändert werden.</translation>
    </message>
    <message>
        <source>Not sent to MOCO yet.</source>
        <translation>Noch nicht an MOCO gesendet.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Timer</source>
        <translation>Timer</translation>
    </message>
</context>
<context>
    <name>ActivityActions</name>
    <message>
        <source>The activity could not be deleted on this computer.</source>
        <translation>Die Leistung konnte auf diesem Computer nicht gelöscht werden.</translation>
    </message>
    <message>
        <source>The activity could not be stored on this computer.</source>
        <translation>Die Leistung konnte auf diesem Computer nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Change duration of “%1”</source>
        <extracomment>Undo/Redo text after an edit, e.g. Edit → &quot;Undo Change duration of “Wireframes”&quot;</extracomment>
        <translation>Dauer von „%1“ ändern</translation>
    </message>
    <message>
        <source>Change description of “%1”</source>
        <translation>Beschreibung von „%1“ ändern</translation>
    </message>
    <message>
        <source>Change project of “%1”</source>
        <translation>Projekt von „%1“ ändern</translation>
    </message>
    <message>
        <source>Move “%1” to another day</source>
        <translation>„%1“ auf einen anderen Tag verschieben</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>„%1“ bearbeiten</translation>
    </message>
    <message>
        <source>Enter a duration above 0:00, or start a timer to track time as you go.</source>
        <translation>Geben Sie eine Dauer über 0:00 ein oder starten Sie einen Timer, um die Zeit laufend zu erfassen.</translation>
    </message>
    <message>
        <source>Add “%1”</source>
        <extracomment>Undo/Redo text, e.g. &quot;Undo Add “Wireframes”&quot;</extracomment>
        <translation>„%1“ hinzufügen</translation>
    </message>
    <message>
        <source>This activity no longer exists.</source>
        <translation>Diese Leistung gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>A billed activity cannot be changed.</source>
        <translation>Eine verrechnete Leistung kann nicht geändert werden.</translation>
    </message>
    <message>
        <source>Duplicate “%1”</source>
        <extracomment>Undo/Redo text, e.g. &quot;Undo Duplicate “Wireframes”&quot;</extracomment>
        <translation>„%1“ duplizieren</translation>
    </message>
    <message>
        <source>A billed activity cannot be deleted.</source>
        <translation>Eine verrechnete Leistung kann nicht gelöscht werden.</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <extracomment>Undo/Redo text, e.g. &quot;Undo Delete “Wireframes”&quot;</extracomment>
        <translation>„%1“ löschen</translation>
    </message>
    <message>
        <source>Deleted “%1” (%2, %3)</source>
        <extracomment>Undo bar after deleting, e.g. &quot;Deleted “Wireframes” (Website · Design, 1:30)&quot;</extracomment>
        <translation>„%1“ gelöscht (%2, %3)</translation>
    </message>
    <message>
        <source>no description</source>
        <translation>ohne Beschreibung</translation>
    </message>
    <message>
        <source>The timer could not be started on this activity.</source>
        <translation>Der Timer konnte auf dieser Leistung nicht gestartet werden.</translation>
    </message>
    <message>
        <source>Start timer on “%1”</source>
        <extracomment>Undo/Redo text, e.g. &quot;Undo Start timer on “Wireframes”&quot;</extracomment>
        <translation>Timer starten bei „%1“</translation>
    </message>
    <message>
        <source>Stop timer on “%1”</source>
        <extracomment>Undo/Redo text, e.g. &quot;Undo Stop timer on “Wireframes”&quot;</extracomment>
        <translation>Timer stoppen bei „%1“</translation>
    </message>
    <message>
        <source>The timer could not be changed on this computer.</source>
        <translation>Der Timer konnte auf diesem Computer nicht geändert werden.</translation>
    </message>
</context>
<context>
    <name>ActivityEditor</name>
    <message>
        <source>New activity</source>
        <translation>Neue Leistung</translation>
    </message>
    <message>
        <source>Activity status</source>
        <translation>Status der Leistung</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Date error</source>
        <translation>Fehler beim Datum</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>&amp;Projekt:</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Project error</source>
        <translation>Fehler beim Projekt</translation>
    </message>
    <message>
        <source>&amp;Task:</source>
        <translation>&amp;Aufgabe:</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Choose a task</source>
        <translation>Aufgabe wählen</translation>
    </message>
    <message>
        <source>Task error</source>
        <translation>Fehler bei der Aufgabe</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>Da&amp;uer:</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>Besc&amp;hreibung:</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Description error</source>
        <translation>Fehler bei der Beschreibung</translation>
    </message>
    <message>
        <source>Billable</source>
        <translation>Abrechenbar</translation>
    </message>
    <message>
        <source>&amp;Billable</source>
        <translation>A&amp;brechenbar</translation>
    </message>
    <message>
        <source>Ta&amp;g:</source>
        <translation>Ta&amp;g:</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Tag error</source>
        <translation>Fehler beim Tag</translation>
    </message>
    <message>
        <source>Remote ID / URL</source>
        <translation>Remote-ID / URL</translation>
    </message>
    <message>
        <source>Remote &amp;ID:</source>
        <translation>Remote-&amp;ID:</translation>
    </message>
    <message>
        <source>Remote ID</source>
        <translation>Remote-ID</translation>
    </message>
    <message>
        <source>Remote U&amp;RL:</source>
        <translation>Remote-U&amp;RL:</translation>
    </message>
    <message>
        <source>Remote URL</source>
        <translation>Remote-URL</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>Remote ID / URL error</source>
        <translation>Fehler bei Remote-ID / URL</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Edit activity</source>
        <translation>Leistung bearbeiten</translation>
    </message>
    <message>
        <source>Billed: this activity can no longer be changed.</source>
        <translation>Abgerechnet: Diese Leistung kann nicht mehr geändert werden.</translation>
    </message>
    <message>
        <source>A timer is running on this activity. Stop it to change the date or the duration.</source>
        <translation>Auf dieser Leistung läuft ein Timer. Stoppen Sie ihn, um Datum oder Dauer zu ändern.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A server message about a field the editor does not show: &quot;field: message&quot;</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Choose a project from the list.</source>
        <translation>Wählen Sie ein Projekt aus der Liste.</translation>
    </message>
    <message>
        <source>Choose a task of this project.</source>
        <translation>Wählen Sie eine Aufgabe dieses Projekts.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>ApiErrorText</name>
    <message>
        <source>No MOCO account answers at this address. Check the account name (the part before .mocoapp.com) and your internet connection.</source>
        <translation>Unter dieser Adresse antwortet kein MOCO-Konto. Prüfen Sie den Kontonamen (den Teil vor .mocoapp.com) und Ihre Internetverbindung.</translation>
    </message>
    <message>
        <source>The server refused the connection. Check the address, or try again later.</source>
        <translation>Der Server hat die Verbindung abgelehnt. Prüfen Sie die Adresse oder versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>You appear to be offline. Check your network connection.</source>
        <translation>Sie scheinen offline zu sein. Prüfen Sie Ihre Netzwerkverbindung.</translation>
    </message>
    <message>
        <source>A secure connection to the server could not be established: %1. MocoTrack never sends data over a connection it cannot verify.</source>
        <translation>Es konnte keine sichere Verbindung zum Server aufgebaut werden: %1. MocoTrack sendet niemals Daten über eine Verbindung, die es nicht überprüfen kann.</translation>
    </message>
    <message>
        <source>The connection to MOCO broke off. Try again in a moment.</source>
        <translation>Die Verbindung zu MOCO ist abgebrochen. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>MOCO could not be reached.</source>
        <translation>MOCO ist nicht erreichbar.</translation>
    </message>
    <message>
        <source>MOCO could not be reached: %1</source>
        <translation>MOCO ist nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>MOCO did not accept the change.</source>
        <translation>MOCO hat die Änderung nicht angenommen.</translation>
    </message>
    <message>
        <source>MOCO did not accept the change: %1</source>
        <translation>MOCO hat die Änderung nicht angenommen: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>field name: server&apos;s messages</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>MOCO did not accept the change:
%1</source>
        <translation>MOCO hat die Änderung nicht angenommen:
%1</translation>
    </message>
    <message>
        <source>MOCO did not answer in time. Try again in a moment.</source>
        <translation>MOCO hat nicht rechtzeitig geantwortet. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>This MOCO account does not exist. Check the account name (the part before .mocoapp.com).</source>
        <translation>Dieses MOCO-Konto gibt es nicht. Prüfen Sie den Kontonamen (den Teil vor .mocoapp.com).</translation>
    </message>
    <message>
        <source>MOCO did not accept the sign-in. Check the e-mail address and password, or the API key.</source>
        <translation>MOCO hat die Anmeldung abgelehnt. Prüfen Sie E-Mail-Adresse und Passwort oder den API-Schlüssel.</translation>
    </message>
    <message>
        <source>Your MOCO user is not allowed to do this. Ask your MOCO administrator for the permission.</source>
        <translation>Ihr MOCO-Benutzer hat dafür keine Berechtigung. Bitten Sie die Verwaltung Ihres MOCO-Kontos darum.</translation>
    </message>
    <message>
        <source>MOCO could not find this item. It may have been deleted.</source>
        <translation>MOCO hat diesen Eintrag nicht gefunden. Vielleicht wurde er gelöscht.</translation>
    </message>
    <message>
        <source>MOCO&apos;s request limit is reached. Try again in a moment.</source>
        <translation>Das Anfragelimit von MOCO ist erreicht. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The server answered with a redirect (HTTP %1) instead of data. Check the MOCO address.</source>
        <translation>Der Server hat mit einer Weiterleitung (HTTP %1) statt mit Daten geantwortet. Prüfen Sie die MOCO-Adresse.</translation>
    </message>
    <message>
        <source>MOCO reported an internal error (HTTP %1). Try again later; if it keeps happening, check the values you entered.</source>
        <translation>MOCO hat einen internen Fehler gemeldet (HTTP %1). Versuchen Sie es später erneut; tritt er wieder auf, prüfen Sie Ihre Eingaben.</translation>
    </message>
    <message>
        <source>MOCO sent a far larger answer than expected. MocoTrack stopped reading it. Try again later; if it keeps happening, check the MOCO address.</source>
        <translation>MOCO hat eine viel größere Antwort als erwartet geschickt. MocoTrack hat aufgehört, sie zu lesen. Versuchen Sie es später noch einmal; wenn es immer wieder passiert, prüfen Sie die MOCO-Adresse.</translation>
    </message>
    <message>
        <source>MOCO sent an answer MocoTrack cannot read (%1).</source>
        <translation>MOCO hat eine Antwort geschickt, die MocoTrack nicht lesen kann (%1).</translation>
    </message>
    <message>
        <source>No valid MOCO address is set: %1</source>
        <translation>Es ist keine gültige MOCO-Adresse eingestellt: %1</translation>
    </message>
    <message>
        <source>MocoTrack will not send your API key over an unencrypted connection: %1</source>
        <translation>MocoTrack sendet Ihren API-Schlüssel nicht über eine unverschlüsselte Verbindung: %1</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Billable</source>
        <translation>Verrechenbar</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Schlagwort</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Ticket link</source>
        <translation>Ticket-Link</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Home office</source>
        <translation>Homeoffice</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>Zusatzfelder</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>MocoTrack (Demo)</source>
        <translation>MocoTrack (Demo)</translation>
    </message>
</context>
<context>
    <name>AttentionModel</name>
    <message>
        <source>Project %1</source>
        <translation>Projekt %1</translation>
    </message>
    <message>
        <source>Task %1</source>
        <translation>Aufgabe %1</translation>
    </message>
    <message>
        <source>(no description)</source>
        <translation>(keine Beschreibung)</translation>
    </message>
    <message>
        <source>%1, timer running</source>
        <translation>%1, Timer läuft</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <comment>presence from–to</comment>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>Home office</source>
        <translation>Homeoffice</translation>
    </message>
    <message>
        <source>MOCO did not accept the change.</source>
        <translation>MOCO hat die Änderung nicht angenommen.</translation>
    </message>
    <message>
        <source>Conflict: %1</source>
        <translation>Konflikt: %1</translation>
    </message>
    <message>
        <source>Not accepted: %1</source>
        <translation>Nicht angenommen: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n later change(s) of the same item are discarded too.</source>
        <translation>
            <numerusform>%n spätere Änderung desselben Eintrags wird ebenfalls verworfen.</numerusform>
            <numerusform>%n spätere Änderungen desselben Eintrags werden ebenfalls verworfen.</numerusform>
        </translation>
    </message>
    <message>
        <source>an activity</source>
        <translation>eine Leistung</translation>
    </message>
    <message>
        <source>New activity: %1</source>
        <translation>Neue Leistung: %1</translation>
    </message>
    <message>
        <source>The new activity “%1” will not be sent to MOCO and is removed.</source>
        <translation>Die neue Leistung „%1“ wird nicht an MOCO gesendet und entfernt.</translation>
    </message>
    <message>
        <source>Deleted activity: %1</source>
        <translation>Gelöschte Leistung: %1</translation>
    </message>
    <message>
        <source>The activity “%1” will not be deleted in MOCO and shows again.</source>
        <translation>Die Leistung „%1“ wird in MOCO nicht gelöscht und wieder angezeigt.</translation>
    </message>
    <message>
        <source>Timer started: %1</source>
        <translation>Timer gestartet: %1</translation>
    </message>
    <message>
        <source>The timer start of “%1” will not be sent to MOCO.</source>
        <translation>Der Timer-Start von „%1“ wird nicht an MOCO gesendet.</translation>
    </message>
    <message>
        <source>Timer stopped: %1</source>
        <translation>Timer gestoppt: %1</translation>
    </message>
    <message>
        <source>The timer stop of “%1” will not be sent to MOCO; the version in MOCO shows again.</source>
        <translation>Der Timer-Stopp von „%1“ wird nicht an MOCO gesendet; die Version in MOCO wird wieder angezeigt.</translation>
    </message>
    <message>
        <source>Changed activity: %1</source>
        <translation>Geänderte Leistung: %1</translation>
    </message>
    <message>
        <source>Your change to “%1” will be lost; the version in MOCO shows again.</source>
        <translation>Ihre Änderung an „%1“ geht verloren; die Version in MOCO wird wieder angezeigt.</translation>
    </message>
    <message>
        <source>You deleted this activity.</source>
        <translation>Sie haben diese Leistung gelöscht.</translation>
    </message>
    <message>
        <source>Deleted in MOCO</source>
        <translation>In MOCO gelöscht</translation>
    </message>
    <message>
        <source>This activity was deleted in MOCO too.</source>
        <translation>Diese Leistung wurde auch in MOCO gelöscht.</translation>
    </message>
    <message>
        <source>This activity was deleted in MOCO while your change was waiting to be sent.</source>
        <translation>Diese Leistung wurde in MOCO gelöscht, während Ihre Änderung auf das Senden wartete.</translation>
    </message>
    <message>
        <source>This activity was changed in MOCO while your deletion was waiting to be sent.</source>
        <translation>Diese Leistung wurde in MOCO geändert, während Ihr Löschen auf das Senden wartete.</translation>
    </message>
    <message>
        <source>This activity was changed in MOCO while your change was waiting to be sent.</source>
        <translation>Diese Leistung wurde in MOCO geändert, während Ihre Änderung auf das Senden wartete.</translation>
    </message>
    <message>
        <source>a presence</source>
        <translation>eine Arbeitszeit</translation>
    </message>
    <message>
        <source>New presence: %1</source>
        <translation>Neue Arbeitszeit: %1</translation>
    </message>
    <message>
        <source>The new presence %1 will not be sent to MOCO and is removed.</source>
        <translation>Die neue Arbeitszeit %1 wird nicht an MOCO gesendet und entfernt.</translation>
    </message>
    <message>
        <source>Deleted presence: %1</source>
        <translation>Gelöschte Arbeitszeit: %1</translation>
    </message>
    <message>
        <source>The presence %1 will not be deleted in MOCO.</source>
        <translation>Die Arbeitszeit %1 wird in MOCO nicht gelöscht.</translation>
    </message>
    <message>
        <source>Changed presence: %1</source>
        <translation>Geänderte Arbeitszeit: %1</translation>
    </message>
    <message>
        <source>Your change to the presence %1 will not be sent to MOCO.</source>
        <translation>Ihre Änderung der Arbeitszeit %1 wird nicht an MOCO gesendet.</translation>
    </message>
    <message>
        <source>Custom fields of %1</source>
        <translation>Zusatzfelder von %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>custom field: value</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Your changes to the custom fields of %1 will not be sent to MOCO.</source>
        <translation>Ihre Änderungen an den Zusatzfeldern von %1 werden nicht an MOCO gesendet.</translation>
    </message>
    <message>
        <source>Customer %1</source>
        <translation>Kunde %1</translation>
    </message>
</context>
<context>
    <name>ClockOutPrompt</name>
    <message>
        <source>Clock out</source>
        <translation>Ausstempeln</translation>
    </message>
    <message>
        <source>The timer is still running.</source>
        <translation>Der Timer läuft noch.</translation>
    </message>
    <message>
        <source>Clocking out ends your working time. Stop the timer on “%1” too?</source>
        <extracomment>%1 names what the timer runs on, e.g. &quot;Website relaunch – Design&quot;</extracomment>
        <translation>Ausstempeln beendet Ihre Arbeitszeit. Den Timer auf „%1“ auch anhalten?</translation>
    </message>
    <message>
        <source>Stop timer too</source>
        <translation>Timer auch anhalten</translation>
    </message>
    <message>
        <source>Keep timer running</source>
        <translation>Timer weiterlaufen lassen</translation>
    </message>
    <message>
        <source>Don&apos;t ask again</source>
        <translation>Nicht mehr fragen</translation>
    </message>
    <message>
        <source>You can change this in Settings.</source>
        <translation>Das können Sie in den Einstellungen ändern.</translation>
    </message>
</context>
<context>
    <name>ClockToggle</name>
    <message>
        <source>%1 · %2</source>
        <extracomment>The running timer in the clock-out question: &quot;Project · Task&quot;</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>You are clocked out, but the timer still runs: %1</source>
        <translation>Sie sind ausgestempelt, aber der Timer läuft noch: %1</translation>
    </message>
</context>
<context>
    <name>ColleagueOutbox</name>
    <message>
        <source>user %1</source>
        <translation>Benutzer %1</translation>
    </message>
</context>
<context>
    <name>CommandLineLaunch</name>
    <message>
        <source>MocoTrack: a native desktop time tracker for MOCO.</source>
        <translation>MocoTrack: eine native Desktop-Zeiterfassung für MOCO.</translation>
    </message>
    <message>
        <source>Try MocoTrack with a demo account on a local demo server. Nothing is sent to MOCO.</source>
        <translation>MocoTrack mit einem Demokonto auf einem lokalen Demoserver ausprobieren. Dabei wird nichts an MOCO gesendet.</translation>
    </message>
    <message>
        <source>Sign out: forget the stored API key and account, then exit.</source>
        <translation>Abmelden: den gespeicherten API-Schlüssel und das Konto vergessen, dann beenden.</translation>
    </message>
    <message>
        <source>MocoTrack is running. Sign out in its window (Account menu), or quit it and run this again.</source>
        <translation>MocoTrack läuft bereits. Melden Sie sich in seinem Fenster ab (Menü „Konto“) oder beenden Sie es und führen Sie diesen Befehl erneut aus.</translation>
    </message>
    <message>
        <source>MocoTrack is already running but cannot be reached: %1</source>
        <translation>MocoTrack läuft bereits, ist aber nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>No MOCO account is signed in.</source>
        <translation>Es ist kein MOCO-Konto angemeldet.</translation>
    </message>
    <message>
        <source>The API key could not be removed from the keychain: %1</source>
        <translation>Der API-Schlüssel konnte nicht aus dem Schlüsselbund entfernt werden: %1</translation>
    </message>
    <message>
        <source>Signed out %1 (%2).</source>
        <extracomment>%1 is the user&apos;s name, %2 the MOCO address</extracomment>
        <translation>%1 (%2) wurde abgemeldet.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) had not reached MOCO yet. They stay on this computer and are sent when you sign in to this account again.</source>
        <translation>
            <numerusform>%n Änderung war noch nicht bei MOCO angekommen. Sie bleibt auf diesem Computer und wird gesendet, wenn du dich wieder bei diesem Konto anmeldest.</numerusform>
            <numerusform>%n Änderungen waren noch nicht bei MOCO angekommen. Sie bleiben auf diesem Computer und werden gesendet, wenn du dich wieder bei diesem Konto anmeldest.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <source>No keychain service is running, so MocoTrack cannot keep your API key safely. Install and unlock GNOME Keyring or KWallet, then sign in again.</source>
        <translation>Es läuft kein Schlüsselbund-Dienst, daher kann MocoTrack Ihren API-Schlüssel nicht sicher aufbewahren. Installieren und entsperren Sie GNOME Keyring oder KWallet und melden Sie sich dann erneut an.</translation>
    </message>
    <message>
        <source>The system keychain cannot be reached, so MocoTrack cannot keep your API key safely.</source>
        <translation>Der Schlüsselbund des Systems ist nicht erreichbar, daher kann MocoTrack Ihren API-Schlüssel nicht sicher aufbewahren.</translation>
    </message>
    <message>
        <source>Access to the keychain was denied, so MocoTrack cannot keep your API key. Unlock the keychain and allow MocoTrack to use it.</source>
        <translation>Der Zugriff auf den Schlüsselbund wurde verweigert, daher kann MocoTrack Ihren API-Schlüssel nicht aufbewahren. Entsperren Sie den Schlüsselbund und erlauben Sie MocoTrack den Zugriff.</translation>
    </message>
    <message>
        <source>The keychain could not store or read your API key (%1).</source>
        <translation>Der Schlüsselbund konnte Ihren API-Schlüssel nicht speichern oder lesen (%1).</translation>
    </message>
    <message>
        <source>The keychain does not answer. If it asks for a password, unlock it and try again.</source>
        <translation>Der Schlüsselbund antwortet nicht. Falls er nach einem Passwort fragt, entsperren Sie ihn und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>CustomFieldCheck</name>
    <message>
        <source>Enter a date such as 2026-12-31, or leave it empty.</source>
        <extracomment>A custom field of kind Date</extracomment>
        <translation>Geben Sie ein Datum wie 2026-12-31 ein, oder lassen Sie das Feld leer.</translation>
    </message>
    <message>
        <source>Enter a link that starts with https://, http://, mailto: or tel:.</source>
        <translation>Geben Sie einen Link ein, der mit https://, http://, mailto: oder tel: beginnt.</translation>
    </message>
    <message>
        <source>Choose yes or no.</source>
        <translation>Wählen Sie Ja oder Nein.</translation>
    </message>
    <message>
        <source>Choose one of the options; “%1” is not one of them.</source>
        <translation>Wählen Sie eine der Optionen; „%1“ gehört nicht dazu.</translation>
    </message>
    <message>
        <source>Choose among the options; “%1” is not one of them.</source>
        <translation>Wählen Sie unter den Optionen; „%1“ gehört nicht dazu.</translation>
    </message>
    <message>
        <source>All fields together are %1 kB; MOCO keeps at most %2 kB per record. Shorten a long text.</source>
        <extracomment>%1 and %2 are sizes in kilobytes, e.g. &quot;12.4&quot; and &quot;12&quot;</extracomment>
        <translation>Alle Felder zusammen sind %1 kB groß; MOCO speichert höchstens %2 kB pro Datensatz. Kürzen Sie einen langen Text.</translation>
    </message>
</context>
<context>
    <name>CustomFieldEditor</name>
    <message>
        <source>(none)</source>
        <extracomment>The empty option of a choice field: no value</extracomment>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>No date</source>
        <extracomment>Shown in an empty date field</extracomment>
        <translation>Kein Datum</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Clear %1</source>
        <extracomment>%1 is the field&apos;s label</extracomment>
        <translation>%1 leeren</translation>
    </message>
    <message>
        <source>Open link</source>
        <translation>Link öffnen</translation>
    </message>
    <message>
        <source>Open %1</source>
        <extracomment>%1 is the field&apos;s label</extracomment>
        <translation>%1 öffnen</translation>
    </message>
</context>
<context>
    <name>CustomFieldsActions</name>
    <message>
        <source>Your MOCO role may not read the custom fields.</source>
        <translation>Ihre Rolle in MOCO darf die Zusatzfelder nicht lesen.</translation>
    </message>
    <message>
        <source>The custom fields arrive with the next sync.</source>
        <translation>Die Zusatzfelder kommen mit der nächsten Synchronisierung.</translation>
    </message>
    <message>
        <source>This account has no custom fields for customers.</source>
        <translation>Dieses Konto hat keine Zusatzfelder für Kunden.</translation>
    </message>
    <message>
        <source>This account has no custom fields for projects.</source>
        <translation>Dieses Konto hat keine Zusatzfelder für Projekte.</translation>
    </message>
    <message>
        <source>You may not see this record&apos;s custom fields in MOCO.</source>
        <translation>Sie dürfen die Zusatzfelder dieses Datensatzes in MOCO nicht sehen.</translation>
    </message>
    <message>
        <source>Correct the marked fields first.</source>
        <translation>Korrigieren Sie zuerst die markierten Felder.</translation>
    </message>
    <message>
        <source>Choose which value to keep for each field first.</source>
        <translation>Wählen Sie zuerst für jedes Feld, welcher Wert bleiben soll.</translation>
    </message>
    <message>
        <source>Saved here; sent to MOCO when it can be reached.</source>
        <translation>Hier gespeichert; wird an MOCO gesendet, sobald MOCO erreichbar ist.</translation>
    </message>
    <message>
        <source>Someone changed these fields in MOCO meanwhile. Choose which value to keep.</source>
        <translation>Jemand hat diese Felder inzwischen in MOCO geändert. Wählen Sie, welcher Wert bleiben soll.</translation>
    </message>
    <message>
        <source>The change could not be stored on this computer. Nothing was sent.</source>
        <translation>Die Änderung konnte auf diesem Computer nicht gespeichert werden. Nichts wurde gesendet.</translation>
    </message>
</context>
<context>
    <name>CustomFieldsDelivery</name>
    <message>
        <source>%1 is “%2” in MOCO, yours is “%3”</source>
        <extracomment>A custom field changed in MOCO and here: %1 field name, %2 MOCO&apos;s value, %3 the user&apos;s</extracomment>
        <translation>%1 ist in MOCO „%2“, Ihr Wert ist „%3“</translation>
    </message>
    <message>
        <source>Changed in MOCO meanwhile: %1. “Try again” sends yours; “Discard” keeps MOCO&apos;s.</source>
        <translation>Inzwischen in MOCO geändert: %1. „Erneut versuchen“ sendet Ihren Wert; „Verwerfen“ behält den von MOCO.</translation>
    </message>
</context>
<context>
    <name>CustomFieldsForm</name>
    <message>
        <source>%1 (API only)</source>
        <extracomment>A custom field MOCO&apos;s own screens do not show; %1 is its label</extracomment>
        <translation>%1 (nur API)</translation>
    </message>
    <message>
        <source>MOCO&apos;s own screens do not show this field.</source>
        <translation>Die Oberfläche von MOCO zeigt dieses Feld nicht.</translation>
    </message>
    <message>
        <source>In MOCO now: “%1” · Yours: “%2”</source>
        <extracomment>A field changed in MOCO and here; %1 MOCO&apos;s value, %2 the user&apos;s</extracomment>
        <translation>Jetzt in MOCO: „%1“ · Ihrer: „%2“</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Meine behalten</translation>
    </message>
    <message>
        <source>Take MOCO&apos;s</source>
        <translation>Den von MOCO übernehmen</translation>
    </message>
</context>
<context>
    <name>CustomerDetailsDialog</name>
    <message>
        <source>Customer Details – %1</source>
        <extracomment>Window title; %1 is the customer&apos;s name</extracomment>
        <translation>Kundendetails – %1</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>Kunde:</translation>
    </message>
</context>
<context>
    <name>DateNavigator</name>
    <message>
        <source>Week %1 · %2–%3</source>
        <extracomment>The week view&apos;s date label: ISO week number, first and last day, e.g. &quot;Week 48 · 23–29 November 2026&quot; (the day parts follow the locale).</extracomment>
        <translation>KW %1 · %2–%3</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Previous week (%1)</source>
        <translation>Vorherige Woche (%1)</translation>
    </message>
    <message>
        <source>Previous day (%1)</source>
        <translation>Vorheriger Tag (%1)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Next week (%1)</source>
        <translation>Nächste Woche (%1)</translation>
    </message>
    <message>
        <source>Next day (%1)</source>
        <translation>Nächster Tag (%1)</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Go to today (%1)</source>
        <translation>Zu heute springen (%1)</translation>
    </message>
    <message>
        <source>Choose date</source>
        <translation>Datum wählen</translation>
    </message>
    <message>
        <source>Choose a date from a calendar</source>
        <translation>Ein Datum im Kalender wählen</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Day view</source>
        <translation>Tagesansicht</translation>
    </message>
    <message>
        <source>Day view (%1)</source>
        <translation>Tagesansicht (%1)</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>Week view</source>
        <translation>Wochenansicht</translation>
    </message>
    <message>
        <source>Week view (%1)</source>
        <translation>Wochenansicht (%1)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Refresh from MOCO (%1)</source>
        <translation>Von MOCO aktualisieren (%1)</translation>
    </message>
    <message>
        <source>Shown date</source>
        <translation>Angezeigtes Datum</translation>
    </message>
</context>
<context>
    <name>DayFooter</name>
    <message>
        <source>Presence total</source>
        <translation>Arbeitszeit gesamt</translation>
    </message>
    <message>
        <source>Booked total</source>
        <translation>Gebucht gesamt</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Differenz</translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <source>Working time %1</source>
        <extracomment>Tooltip of the footer&apos;s working time, e.g. &quot;Working time 08:05–16:15&quot;</extracomment>
        <translation>Arbeitszeit %1</translation>
    </message>
</context>
<context>
    <name>DaySummary</name>
    <message>
        <source>Logged %1</source>
        <extracomment>Time logged on the day shown, e.g. &quot;Logged 3:22&quot;</extracomment>
        <translation>Erfasst %1</translation>
    </message>
    <message>
        <source>%1 not logged yet</source>
        <extracomment>Present longer than logged, e.g. &quot;0:48 not logged yet&quot;</extracomment>
        <translation>%1 noch nicht erfasst</translation>
    </message>
    <message>
        <source>%1 more than present</source>
        <extracomment>Logged longer than present, e.g. &quot;0:10 more than present&quot;</extracomment>
        <translation>%1 mehr als Arbeitszeit</translation>
    </message>
    <message>
        <source> · </source>
        <extracomment>Separator between the parts of the day footer</extracomment>
        <translation> · </translation>
    </message>
    <message>
        <source>Present %1</source>
        <extracomment>Working time of the day, e.g. &quot;Present 4:10&quot;</extracomment>
        <translation>Anwesend %1</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <extracomment>The day&apos;s working time from first start to last end, e.g. &quot;08:05–16:15&quot;; still clocked in: &quot;08:05–&quot;</extracomment>
        <translation>%1–%2</translation>
    </message>
</context>
<context>
    <name>DayTreeModel</name>
    <message>
        <source>No customer</source>
        <extracomment>Day view group of the activities whose project has no customer</extracomment>
        <translation>Kein Kunde</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>Project and task of an activity, e.g. &quot;Website · Design&quot;</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Project · Task</source>
        <translation>Projekt · Aufgabe</translation>
    </message>
    <message>
        <source>Timer</source>
        <translation>Timer</translation>
    </message>
</context>
<context>
    <name>DayView</name>
    <message>
        <source>Activities</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>Empty day</source>
        <translation>Leerer Tag</translation>
    </message>
    <message>
        <source>No activities on this day yet. Add one above, press Ctrl+N for the full editor, or start a timer.</source>
        <translation>Für diesen Tag gibt es noch keine Leistungen. Fügen Sie oben eine hinzu, drücken Sie Strg+N für den vollständigen Editor oder starten Sie einen Timer.</translation>
    </message>
    <message>
        <source>No activities on this day. Add one above, or press Ctrl+N for the full editor.</source>
        <translation>An diesem Tag gibt es keine Leistungen. Fügen Sie oben eine hinzu oder drücken Sie Strg+N für den vollständigen Editor.</translation>
    </message>
    <message>
        <source>Nothing planned for this day yet. Add an activity above, or press Ctrl+N for the full editor. Timers run on today only.</source>
        <translation>Für diesen Tag ist noch nichts geplant. Fügen Sie oben eine Leistung hinzu oder drücken Sie Strg+N für den vollständigen Editor. Timer laufen nur am heutigen Tag.</translation>
    </message>
    <message>
        <source>Stop timer</source>
        <translation>Timer stoppen</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Start timer</source>
        <translation>Timer starten</translation>
    </message>
    <message>
        <source>Continue: a new activity today with the same project, task and description, timer running</source>
        <translation>Fortsetzen: eine neue Leistung für heute mit demselben Projekt, derselben Aufgabe und Beschreibung, der Timer läuft</translation>
    </message>
    <message>
        <source>More actions</source>
        <translation>Weitere Aktionen</translation>
    </message>
    <message>
        <source>Show details…</source>
        <translation>Details anzeigen…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Copy description</source>
        <translation>Beschreibung kopieren</translation>
    </message>
    <message>
        <source>Project Details…</source>
        <translation>Projektdetails…</translation>
    </message>
</context>
<context>
    <name>DemoLaunch</name>
    <message>
        <source>Could not sign in to the demo account. %1</source>
        <translation>Die Anmeldung beim Demokonto ist fehlgeschlagen. %1</translation>
    </message>
    <message>
        <source>Starting the demo server…</source>
        <translation>Der Demoserver wird gestartet …</translation>
    </message>
    <message>
        <source>Signing in to the demo account…</source>
        <translation>Anmeldung beim Demokonto …</translation>
    </message>
</context>
<context>
    <name>DemoServer</name>
    <message>
        <source>The demo server (%1) is missing: it should be installed next to MocoTrack.</source>
        <translation>Der Demoserver (%1) fehlt: Er sollte neben MocoTrack installiert sein.</translation>
    </message>
    <message>
        <source>The demo server did not report the port it listens on.</source>
        <translation>Der Demoserver hat nicht gemeldet, auf welchem Port er erreichbar ist.</translation>
    </message>
    <message>
        <source>The demo server could not be started (%1).</source>
        <translation>Der Demoserver konnte nicht gestartet werden (%1).</translation>
    </message>
    <message>
        <source>The demo server stopped before it was ready.</source>
        <translation>Der Demoserver hat sich beendet, bevor er bereit war.</translation>
    </message>
    <message>
        <source>The demo server stopped before it was ready: %1</source>
        <translation>Der Demoserver hat sich beendet, bevor er bereit war: %1</translation>
    </message>
    <message>
        <source>The demo server stopped unexpectedly.</source>
        <translation>Der Demoserver hat sich unerwartet beendet.</translation>
    </message>
    <message>
        <source>The demo server did not get ready in time.</source>
        <translation>Der Demoserver ist nicht rechtzeitig bereit geworden.</translation>
    </message>
</context>
<context>
    <name>DetailsDialog</name>
    <message>
        <source>Custom fields</source>
        <translation>Zusatzfelder</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Your changes to the custom fields are not saved.</source>
        <translation>Ihre Änderungen an den Zusatzfeldern sind nicht gespeichert.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Änderungen verwerfen</translation>
    </message>
</context>
<context>
    <name>DetailsWindows</name>
    <message>
        <source>This activity has no project to show.</source>
        <translation>Diese Aktivität hat kein Projekt, das sich zeigen ließe.</translation>
    </message>
    <message>
        <source>This project is not among your assigned projects.</source>
        <translation>Dieses Projekt gehört nicht zu Ihren zugewiesenen Projekten.</translation>
    </message>
</context>
<context>
    <name>DurationEdit</name>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>e.g. 1:30</source>
        <extracomment>Placeholder of a duration field</extracomment>
        <translation>z. B. 1:30</translation>
    </message>
    <message>
        <source>Parsed duration</source>
        <translation>Erkannte Dauer</translation>
    </message>
    <message>
        <source>Duration error</source>
        <translation>Fehler bei der Dauer</translation>
    </message>
</context>
<context>
    <name>DurationParser</name>
    <message>
        <source>Enter a duration, for example 1:30, 1.5 or 90m.</source>
        <translation>Geben Sie eine Dauer ein, zum Beispiel 1:30, 1,5 oder 90m.</translation>
    </message>
    <message>
        <source>A duration cannot be negative.</source>
        <translation>Eine Dauer kann nicht negativ sein.</translation>
    </message>
    <message>
        <source>After the colon, enter minutes below 60 (for example 1:45).</source>
        <translation>Geben Sie nach dem Doppelpunkt Minuten unter 60 ein (zum Beispiel 1:45).</translation>
    </message>
    <message>
        <source>“%1” is not a duration. Try 1:30, 1.5 or 90m.</source>
        <translation>„%1“ ist keine Dauer. Versuchen Sie 1:30, 1,5 oder 90m.</translation>
    </message>
    <message>
        <source>A duration cannot be longer than 24 hours.</source>
        <translation>Eine Dauer kann nicht länger als 24 Stunden sein.</translation>
    </message>
    <message>
        <source>= %1</source>
        <extracomment>The parsed duration shown beside the field, e.g. &quot;= 1 h 30 min&quot;
----------
The parsed duration next to the field, e.g. &quot;= 1 h 30 min&quot;</extracomment>
        <translation>= %1</translation>
    </message>
    <message>
        <source>%1 h</source>
        <extracomment>Hours of a duration, e.g. &quot;1 h&quot;</extracomment>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 min</source>
        <extracomment>Minutes of a duration, e.g. &quot;30 min&quot;</extracomment>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 s</source>
        <extracomment>Seconds of a duration, e.g. &quot;36 s&quot;</extracomment>
        <translation>%1 s</translation>
    </message>
</context>
<context>
    <name>HelpBoxes</name>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;Edit the selected activity&lt;/td&gt;&lt;td&gt;&amp;nbsp;&amp;nbsp;&lt;b&gt;Enter&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Delete the selected activity&lt;/td&gt;&lt;td&gt;&amp;nbsp;&amp;nbsp;&lt;b&gt;Del&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Change the duration in place&lt;/td&gt;&lt;td&gt;&amp;nbsp;&amp;nbsp;&lt;b&gt;F2&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;</source>
        <extracomment>Rows of the keyboard shortcuts table that are not window actions</extracomment>
        <translation>&lt;tr&gt;&lt;td&gt;Ausgewählte Leistung bearbeiten&lt;/td&gt;&lt;td&gt;&amp;nbsp;&amp;nbsp;&lt;b&gt;Eingabe&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ausgewählte Leistung löschen&lt;/td&gt;&lt;td&gt;&amp;nbsp;&amp;nbsp;&lt;b&gt;Entf&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Dauer direkt in der Liste ändern&lt;/td&gt;&lt;td&gt;&amp;nbsp;&amp;nbsp;&lt;b&gt;F2&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>About MocoTrack</source>
        <translation>Über MocoTrack</translation>
    </message>
    <message>
        <source>&lt;h3&gt;MocoTrack %1&lt;/h3&gt;&lt;p&gt;A native desktop time tracker for MOCO.&lt;/p&gt;&lt;p&gt;MocoTrack is free software under the GNU General Public License, version 3 or later. It is not made by the makers of MOCO.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;MocoTrack %1&lt;/h3&gt;&lt;p&gt;Eine native Desktop-Zeiterfassung für MOCO.&lt;/p&gt;&lt;p&gt;MocoTrack ist freie Software unter der GNU General Public License, Version 3 oder später. Es stammt nicht von den Machern von MOCO.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>LocalStore</name>
    <message>
        <source>This data was written by a newer MocoTrack; install it again or sign out to start fresh.</source>
        <translation>Diese Daten hat eine neuere MocoTrack-Version geschrieben; installiere sie wieder oder melde dich ab, um neu zu beginnen.</translation>
    </message>
    <message numerus="yes">
        <source>The local copy of your MOCO data was damaged and has been set aside as %1. MocoTrack is loading your data from MOCO again; %n change(s) not sent yet were kept and will be sent.</source>
        <translation>
            <numerusform>Die lokale Kopie deiner MOCO-Daten war beschädigt und wurde als %1 beiseitegelegt. MocoTrack lädt deine Daten neu aus MOCO; %n noch nicht gesendete Änderung wurde übernommen und wird gesendet.</numerusform>
            <numerusform>Die lokale Kopie deiner MOCO-Daten war beschädigt und wurde als %1 beiseitegelegt. MocoTrack lädt deine Daten neu aus MOCO; %n noch nicht gesendete Änderungen wurden übernommen und werden gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>The local copy of your MOCO data was damaged and has been set aside as %1. MocoTrack is loading your data from MOCO again; changes that had not been sent yet could not be read from it.</source>
        <translation>Die lokale Kopie deiner MOCO-Daten war beschädigt und wurde als %1 beiseitegelegt. MocoTrack lädt deine Daten neu aus MOCO; noch nicht gesendete Änderungen konnten daraus nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;About MocoTrack</source>
        <translation>&amp;Über MocoTrack</translation>
    </message>
    <message>
        <source>Loading the activities…</source>
        <translation>Die Leistungen werden geladen …</translation>
    </message>
    <message>
        <source>%1
Press F5 to try again.</source>
        <translation>%1
Drücken Sie F5, um es erneut zu versuchen.</translation>
    </message>
    <message>
        <source>MocoTrack</source>
        <translation>MocoTrack</translation>
    </message>
    <message>
        <source>MOCO cannot be reached right now, and nothing is stored on this computer yet.
Press F5 to try again.</source>
        <translation>MOCO ist gerade nicht erreichbar, und auf diesem Computer ist noch nichts gespeichert.
Drücken Sie F5, um es erneut zu versuchen.</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Timer</source>
        <translation>&amp;Timer</translation>
    </message>
    <message>
        <source>&amp;New Activity…</source>
        <translation>&amp;Neue Leistung…</translation>
    </message>
    <message>
        <source>Open the activity editor for the day shown</source>
        <translation>Den Editor für eine neue Leistung am angezeigten Tag öffnen</translation>
    </message>
    <message>
        <source>&amp;Quick Add</source>
        <translation>&amp;Schnell erfassen</translation>
    </message>
    <message>
        <source>Type a new activity into the quick-add row</source>
        <translation>Eine neue Leistung in der Schnellerfassung eingeben</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Start or Stop Timer</source>
        <translation>Timer &amp;starten oder stoppen</translation>
    </message>
    <message>
        <source>Stop the running timer, or start one on the selected activity</source>
        <translation>Den laufenden Timer stoppen oder einen Timer auf der ausgewählten Leistung starten</translation>
    </message>
    <message>
        <source>Changes That &amp;Need Attention…</source>
        <translation>Änderungen, die &amp;Aufmerksamkeit brauchen…</translation>
    </message>
    <message>
        <source>Changes MOCO refused or that conflict with changes in MOCO</source>
        <translation>Änderungen, die MOCO abgelehnt hat oder die mit Änderungen in MOCO kollidieren</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>&amp;Tag</translation>
    </message>
    <message>
        <source>Show one day</source>
        <translation>Einen Tag anzeigen</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>&amp;Woche</translation>
    </message>
    <message>
        <source>Show the week</source>
        <translation>Die Woche anzeigen</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>Previous day or week</source>
        <translation>Vorheriger Tag oder vorherige Woche</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <source>Next day or week</source>
        <translation>Nächster Tag oder nächste Woche</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Heute</translation>
    </message>
    <message>
        <source>Go to today</source>
        <translation>Zu heute springen</translation>
    </message>
    <message>
        <source>Load the activities from MOCO again and send waiting changes</source>
        <translation>Die Leistungen erneut von MOCO laden und wartende Änderungen senden</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Why no activities are shown</source>
        <translation>Warum keine Leistungen angezeigt werden</translation>
    </message>
    <message>
        <source>New activity…</source>
        <translation>Neue Leistung…</translation>
    </message>
    <message>
        <source>New activity</source>
        <translation>Neue Leistung</translation>
    </message>
    <message>
        <source>New activity (%1)</source>
        <translation>Neue Leistung (%1)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>Take back the last change of an activity</source>
        <translation>Die letzte Änderung an einer Leistung zurücknehmen</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Make the change taken back last again</source>
        <translation>Die zuletzt zurückgenommene Änderung wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <extracomment>Edit menu, e.g. &quot;Undo Change duration of “Wireframes”&quot;</extracomment>
        <translation>&amp;Rückgängig: %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <extracomment>Edit menu, e.g. &quot;Redo Delete “Wireframes”&quot;</extracomment>
        <translation>&amp;Wiederholen: %1</translation>
    </message>
    <message>
        <source>MocoTrack — %1 (Demo)</source>
        <extracomment>Window title in demo mode; %1 is the demo user&apos;s full name.</extracomment>
        <translation>MocoTrack — %1 (Demo)</translation>
    </message>
    <message>
        <source>MocoTrack — Acting as %1</source>
        <extracomment>Window title while a staff user acts as a colleague; %1 is the colleague&apos;s name.</extracomment>
        <translation>MocoTrack — Handeln als %1</translation>
    </message>
    <message>
        <source>MocoTrack — %1</source>
        <extracomment>Window title; %1 is the signed-in user&apos;s full name.</extracomment>
        <translation>MocoTrack — %1</translation>
    </message>
    <message>
        <source>&amp;Project Details…</source>
        <translation>&amp;Projektdetails…</translation>
    </message>
    <message>
        <source>The selected activity&apos;s project and its custom fields</source>
        <translation>Das Projekt der gewählten Aktivität und seine Zusatzfelder</translation>
    </message>
    <message>
        <source>Select an activity in the day view to see its project.</source>
        <translation>Wählen Sie in der Tagesansicht eine Aktivität, um ihr Projekt zu sehen.</translation>
    </message>
</context>
<context>
    <name>NeedsAttentionDialog</name>
    <message>
        <source>Nothing needs your attention.</source>
        <translation>Nichts braucht Ihre Aufmerksamkeit.</translation>
    </message>
    <message>
        <source>Version in MOCO</source>
        <translation>Version in MOCO</translation>
    </message>
    <message>
        <source>&amp;Fix…</source>
        <translation>&amp;Korrigieren…</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Korrigieren</translation>
    </message>
    <message>
        <source>T&amp;ry again</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation>&amp;Verwerfen…</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation>&amp;Meine behalten</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Meine behalten</translation>
    </message>
    <message>
        <source>Take &amp;theirs</source>
        <translation>&amp;Version aus MOCO übernehmen</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Version aus MOCO übernehmen</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Braucht Aufmerksamkeit</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Betrifft</translation>
    </message>
    <message>
        <source>Message from MOCO</source>
        <translation>Meldung von MOCO</translation>
    </message>
    <message>
        <source>Your version</source>
        <translation>Ihre Version</translation>
    </message>
    <message>
        <source>Your change</source>
        <translation>Ihre Änderung</translation>
    </message>
    <message>
        <source>Needs attention (%1)</source>
        <translation>Braucht Aufmerksamkeit (%1)</translation>
    </message>
    <message>
        <source>Discard change?</source>
        <translation>Änderung verwerfen?</translation>
    </message>
    <message>
        <source>Discard this change?</source>
        <translation>Diese Änderung verwerfen?</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Behalten</translation>
    </message>
</context>
<context>
    <name>OutboxSender</name>
    <message>
        <source>MocoTrack could not read this stored change.</source>
        <translation>MocoTrack konnte diese gespeicherte Änderung nicht lesen.</translation>
    </message>
    <message>
        <source>MocoTrack cannot write to its local data (is the disk full?). Sending has stopped so that nothing reaches MOCO twice; your changes are kept. Restart MocoTrack once the problem is solved.</source>
        <translation>MocoTrack kann seine lokalen Daten nicht schreiben (ist der Datenträger voll?). Das Senden wurde angehalten, damit nichts doppelt bei MOCO ankommt; Ihre Änderungen bleiben erhalten. Starten Sie MocoTrack neu, sobald das Problem behoben ist.</translation>
    </message>
</context>
<context>
    <name>PresenceActions</name>
    <message>
        <source>You are clocked in since %1 already.</source>
        <translation>Sie sind bereits seit %1 eingestempelt.</translation>
    </message>
    <message>
        <source>The working time could not be stored on this computer.</source>
        <translation>Die Arbeitszeit konnte auf diesem Computer nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>You were present from %1 to %2 already. Correct that interval instead.</source>
        <translation>Sie waren bereits von %1 bis %2 anwesend. Korrigieren Sie stattdessen diesen Zeitraum.</translation>
    </message>
    <message>
        <source>You are not clocked in.</source>
        <translation>Sie sind nicht eingestempelt.</translation>
    </message>
    <message>
        <source>You clocked in at %1, less than a minute ago: MOCO keeps minutes, so there is nothing to close yet. You stay clocked in; clock out again from the next minute on.</source>
        <extracomment>%1 is the time of the clock-in, e.g. &quot;09:14&quot;</extracomment>
        <translation>Sie haben sich um %1 eingestempelt, vor weniger als einer Minute: MOCO speichert Minuten, es gibt also noch nichts abzuschließen. Sie bleiben eingestempelt; stempeln Sie ab der nächsten Minute erneut aus.</translation>
    </message>
    <message>
        <source>MOCO keeps home office with the working time: clock in first, then mark the day.</source>
        <translation>MOCO speichert Homeoffice mit der Arbeitszeit: Stempeln Sie zuerst ein und markieren Sie dann den Tag.</translation>
    </message>
    <message>
        <source>You clocked out at %1, less than a minute ago. Clock in again from the next minute on.</source>
        <extracomment>%1 is the time of the clock-out, e.g. &quot;12:14&quot;</extracomment>
        <translation>Sie haben sich um %1 ausgestempelt, vor weniger als einer Minute. Stempeln Sie sich ab der nächsten Minute wieder ein.</translation>
    </message>
    <message>
        <source>You are clocked in since %1: enter when this interval ended.</source>
        <translation>Sie sind seit %1 eingestempelt: Geben Sie ein, wann dieser Abschnitt endete.</translation>
    </message>
    <message>
        <source>This working time is gone: a sync removed it.</source>
        <translation>Diese Arbeitszeit gibt es nicht mehr: Ein Abgleich hat sie entfernt.</translation>
    </message>
</context>
<context>
    <name>PresenceControls</name>
    <message>
        <source>Home office</source>
        <translation>Homeoffice</translation>
    </message>
    <message>
        <source>Present since %1</source>
        <extracomment>Tray tooltip line while clocked in, e.g. &quot;Present since 08:05&quot;</extracomment>
        <translation>Anwesend seit %1</translation>
    </message>
    <message>
        <source>Clock out</source>
        <translation>Ausstempeln</translation>
    </message>
    <message>
        <source>Clock in</source>
        <translation>Einstempeln</translation>
    </message>
    <message>
        <source>Clock out — you are clocked in since %1</source>
        <translation>Ausstempeln – Sie sind seit %1 eingestempelt</translation>
    </message>
    <message>
        <source>Clock in: your working time starts now</source>
        <translation>Einstempeln: Ihre Arbeitszeit beginnt jetzt</translation>
    </message>
    <message>
        <source>Home office applies to the whole day (that is how MOCO stores it).</source>
        <translation>Homeoffice gilt für den ganzen Tag (so speichert es MOCO).</translation>
    </message>
    <message>
        <source>Home office applies to the whole day: clock in first.</source>
        <translation>Homeoffice gilt für den ganzen Tag: zuerst einstempeln.</translation>
    </message>
</context>
<context>
    <name>PresenceTimeDelegate</name>
    <message>
        <source>HH:MM</source>
        <extracomment>Placeholder of a time field; keep the letters for hours and minutes of your language</extracomment>
        <translation>HH:MM</translation>
    </message>
</context>
<context>
    <name>PresenceTimeInput</name>
    <message>
        <source>“%1” is not a time of day. Enter it as HH:MM, for example 08:30.</source>
        <extracomment>%1 is what the user typed, e.g. &quot;8&quot;</extracomment>
        <translation>„%1“ ist keine Uhrzeit. Geben Sie sie als HH:MM ein, zum Beispiel 08:30.</translation>
    </message>
    <message>
        <source>Enter when you started, as HH:MM (for example 08:30).</source>
        <translation>Geben Sie ein, wann Sie begonnen haben, als HH:MM (zum Beispiel 08:30).</translation>
    </message>
    <message>
        <source>Enter when you stopped, as HH:MM. Only today&apos;s working time can stay open.</source>
        <translation>Geben Sie ein, wann Sie aufgehört haben, als HH:MM. Nur die heutige Arbeitszeit kann offen bleiben.</translation>
    </message>
    <message>
        <source>“To” is the same minute as “From”: MOCO keeps minutes, so the interval would be empty.</source>
        <translation>„Bis“ ist dieselbe Minute wie „Von“: MOCO speichert Minuten, der Abschnitt wäre also leer.</translation>
    </message>
    <message>
        <source>MOCO keeps a presence on the day it began, so it cannot run past midnight. Enter it as two: until 23:59 on this day, and from 00:00 on the next.</source>
        <translation>MOCO speichert eine Arbeitszeit an dem Tag, an dem sie begann; sie kann nicht über Mitternacht gehen. Geben Sie sie als zwei ein: bis 23:59 an diesem Tag und ab 00:00 am nächsten.</translation>
    </message>
</context>
<context>
    <name>PresencesModel</name>
    <message>
        <source>Home office</source>
        <translation>Homeoffice</translation>
    </message>
    <message>
        <source>open, clocked in</source>
        <extracomment>Screen reader text of the empty end of a presence that is still running</extracomment>
        <translation>offen, eingestempelt</translation>
    </message>
    <message>
        <source>At the office</source>
        <translation>Im Büro</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Not saved in MOCO: %1</source>
        <extracomment>%1 is MOCO&apos;s reason, e.g. &quot;From: range overlaps&quot;</extracomment>
        <translation>Nicht in MOCO gespeichert: %1</translation>
    </message>
    <message>
        <source>MOCO refused it.</source>
        <translation>MOCO hat sie abgelehnt.</translation>
    </message>
    <message>
        <source>Not sent to MOCO yet</source>
        <translation>Noch nicht an MOCO gesendet</translation>
    </message>
    <message>
        <source>Clocked in</source>
        <translation>Eingestempelt</translation>
    </message>
    <message>
        <source>Never clocked out: enter when it ended</source>
        <translation>Nie ausgestempelt: Geben Sie ein, wann sie endete</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
</context>
<context>
    <name>PresencesPanel</name>
    <message>
        <source>HH:MM</source>
        <translation>HH:MM</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Add presence</source>
        <translation>Arbeitszeit hinzufügen</translation>
    </message>
    <message>
        <source>Delete presence</source>
        <translation>Arbeitszeit löschen</translation>
    </message>
    <message>
        <source>Presences</source>
        <translation>Arbeitszeiten</translation>
    </message>
    <message>
        <source>Your working time on this day (clocking in and out)</source>
        <translation>Ihre Arbeitszeit an diesem Tag (Ein- und Ausstempeln)</translation>
    </message>
    <message>
        <source>No working time on this day. Clock in, or add it below.</source>
        <translation>Keine Arbeitszeit an diesem Tag. Stempeln Sie sich ein oder tragen Sie sie unten ein.</translation>
    </message>
    <message>
        <source>Add this interval to the shown day. Leave “To” empty to stay clocked in (today only).</source>
        <translation>Diesen Abschnitt zum angezeigten Tag hinzufügen. Lassen Sie „Bis“ leer, um eingestempelt zu bleiben (nur heute).</translation>
    </message>
    <message>
        <source>Delete the selected interval (Del)</source>
        <translation>Den ausgewählten Abschnitt löschen (Entf)</translation>
    </message>
    <message>
        <source>Why the working time was not saved</source>
        <translation>Warum die Arbeitszeit nicht gespeichert wurde</translation>
    </message>
</context>
<context>
    <name>ProjectDetailsDialog</name>
    <message>
        <source>Project Details – %1</source>
        <extracomment>Window title; %1 is the project&apos;s name</extracomment>
        <translation>Projektdetails – %1</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Identifier:</source>
        <translation>Kennung:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Customer Details…</source>
        <translation>Kundendetails…</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>Kunde:</translation>
    </message>
    <message>
        <source>Billable:</source>
        <translation>Verrechenbar:</translation>
    </message>
    <message>
        <source>Active:</source>
        <translation>Aktiv:</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <extracomment>A task that can no longer be booked; %1 is its name</extracomment>
        <translation>%1 (inaktiv)</translation>
    </message>
    <message>
        <source>Tasks:</source>
        <translation>Aufgaben:</translation>
    </message>
</context>
<context>
    <name>ProjectTaskListModel</name>
    <message>
        <source>%1 · %2</source>
        <extracomment>A project and task picked in the picker&apos;s line, e.g. &quot;Website Relaunch · Design&quot;</extracomment>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>ProjectTaskPicker</name>
    <message>
        <source>Project / task…</source>
        <translation>Projekt / Aufgabe…</translation>
    </message>
    <message>
        <source>Project / task</source>
        <translation>Projekt / Aufgabe</translation>
    </message>
    <message>
        <source>Matching projects and tasks</source>
        <translation>Passende Projekte und Aufgaben</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>identifier and customer</comment>
        <extracomment>In the picker&apos;s list, after &quot;Project · Task&quot;: the project&apos;s identifier and the customer</extracomment>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>ProjectsModel</name>
    <message>
        <source>%1 – %2</source>
        <extracomment>A project in the picker: identifier and name, e.g. &quot;P-1042 – Website relaunch&quot;</extracomment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source> › </source>
        <extracomment>Separates customer, project and task in a tooltip</extracomment>
        <translation> › </translation>
    </message>
</context>
<context>
    <name>QuickAddBar</name>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Project / task…</source>
        <translation>Projekt / Aufgabe…</translation>
    </message>
    <message>
        <source>Quick add project and task</source>
        <translation>Schnellerfassung: Projekt und Aufgabe</translation>
    </message>
    <message>
        <source>Description…</source>
        <translation>Beschreibung…</translation>
    </message>
    <message>
        <source>Quick add description</source>
        <translation>Schnellerfassung: Beschreibung</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Quick add duration</source>
        <translation>Schnellerfassung: Dauer</translation>
    </message>
    <message>
        <source>Quick add message</source>
        <translation>Schnellerfassung: Hinweis</translation>
    </message>
    <message>
        <source>Pick a project and task first.</source>
        <translation>Wählen Sie zuerst ein Projekt und eine Aufgabe.</translation>
    </message>
    <message>
        <source>Enter how long you worked, for example 1:30.</source>
        <translation>Geben Sie ein, wie lange Sie gearbeitet haben, zum Beispiel 1:30.</translation>
    </message>
</context>
<context>
    <name>QuickStartPopup</name>
    <message>
        <source>Start timer</source>
        <translation>Timer starten</translation>
    </message>
    <message>
        <source>Project / task…</source>
        <translation>Projekt / Aufgabe…</translation>
    </message>
    <message>
        <source>Project / task</source>
        <translation>Projekt / Aufgabe</translation>
    </message>
    <message>
        <source>What are you working on?</source>
        <translation>Woran arbeiten Sie?</translation>
    </message>
    <message>
        <source>Timer description</source>
        <translation>Timer-Beschreibung</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Choose a project and task first.</source>
        <translation>Wählen Sie zuerst ein Projekt und eine Aufgabe.</translation>
    </message>
    <message>
        <source>The timer could not be started. Try again from the main window.</source>
        <translation>Der Timer konnte nicht gestartet werden. Versuchen Sie es im Hauptfenster erneut.</translation>
    </message>
</context>
<context>
    <name>RecordFieldsPanel</name>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Reading the fields from MOCO…</source>
        <translation>Die Felder werden aus MOCO gelesen…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Start MocoTrack when I log in</source>
        <translation>MocoTrack bei der Anmeldung starten</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Bei der Anmeldung starten</translation>
    </message>
    <message>
        <source>Remind me when a timer runs longer than:</source>
        <translation>Erinnern, wenn ein Timer länger läuft als:</translation>
    </message>
    <message>
        <source>Long-timer reminder (hours)</source>
        <translation>Erinnerung bei langem Timer (Stunden)</translation>
    </message>
    <message>
        <source>0 switches the reminder off</source>
        <translation>0 schaltet die Erinnerung aus</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source> h</source>
        <translation> Std.</translation>
    </message>
    <message>
        <source>Show the elapsed time in the tray tooltip</source>
        <translation>Laufzeit im Tooltip des Symbols anzeigen</translation>
    </message>
    <message>
        <source>Show elapsed time in the tray tooltip</source>
        <translation>Laufzeit im Tooltip des Symbols anzeigen</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>MocoTrack could not add itself to the programs started at login (%1).</source>
        <translation>MocoTrack konnte sich nicht zu den Programmen hinzufügen, die bei der Anmeldung starten (%1).</translation>
    </message>
    <message>
        <source>MocoTrack could not remove itself from the programs started at login (%1).</source>
        <translation>MocoTrack konnte sich nicht aus den Programmen entfernen, die bei der Anmeldung starten (%1).</translation>
    </message>
    <message>
        <source>When I clock out while a timer runs:</source>
        <translation>Wenn ich ausstempele, während ein Timer läuft:</translation>
    </message>
    <message>
        <source>Timer on clock-out</source>
        <translation>Timer beim Ausstempeln</translation>
    </message>
    <message>
        <source>Ask me</source>
        <translation>Mich fragen</translation>
    </message>
    <message>
        <source>Stop the timer too</source>
        <translation>Den Timer auch anhalten</translation>
    </message>
    <message>
        <source>Keep the timer running</source>
        <translation>Den Timer weiterlaufen lassen</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to MOCO</source>
        <translation>Bei MOCO anmelden</translation>
    </message>
    <message>
        <source>Why signing in is needed</source>
        <translation>Warum eine Anmeldung nötig ist</translation>
    </message>
    <message>
        <source>MOCO &amp;domain:</source>
        <translation>MOCO-&amp;Domain:</translation>
    </message>
    <message>
        <source>MOCO domain</source>
        <translation>MOCO-Domain</translation>
    </message>
    <message>
        <source>your-company.mocoapp.com</source>
        <translation>ihre-firma.mocoapp.com</translation>
    </message>
    <message>
        <source>API address</source>
        <translation>API-Adresse</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API-&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>From your MOCO profile, tab Integrations</source>
        <translation>Aus Ihrem MOCO-Profil, Reiter Integrationen</translation>
    </message>
    <message>
        <source>Use an API key instead</source>
        <translation>Stattdessen einen API-Schlüssel verwenden</translation>
    </message>
    <message>
        <source>Sign-in error</source>
        <translation>Anmeldefehler</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>Anmeldung läuft</translation>
    </message>
    <message>
        <source>Sign-in progress</source>
        <translation>Fortschritt der Anmeldung</translation>
    </message>
    <message>
        <source>Stay signed in for this session only</source>
        <translation>Nur für diese Sitzung angemeldet bleiben</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <source>Use email and password instead</source>
        <translation>Stattdessen E-Mail und Passwort verwenden</translation>
    </message>
    <message>
        <source>Try &amp;again</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>For example acme, acme.mocoapp.com or a full address</source>
        <translation>Zum Beispiel acme, acme.mocoapp.com oder eine vollständige Adresse</translation>
    </message>
    <message>
        <source>API address: %1</source>
        <translation>API-Adresse: %1</translation>
    </message>
    <message>
        <source>Enter your email address and your MOCO password.</source>
        <translation>Geben Sie Ihre E-Mail-Adresse und Ihr MOCO-Passwort ein.</translation>
    </message>
    <message>
        <source>Enter the API key from your MOCO profile (tab Integrations).</source>
        <translation>Geben Sie den API-Schlüssel aus Ihrem MOCO-Profil ein (Reiter Integrationen).</translation>
    </message>
    <message>
        <source>Signed in. Storing the API key in the keychain…</source>
        <translation>Angemeldet. Der API-Schlüssel wird im Schlüsselbund gespeichert …</translation>
    </message>
    <message>
        <source>Waiting for MOCO&apos;s rate limit…</source>
        <translation>Warten auf MOCOs Anfragelimit …</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Anmeldung läuft …</translation>
    </message>
    <message>
        <source>Signing in was cancelled.</source>
        <translation>Die Anmeldung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Wrong email or password. Check both and try again.</source>
        <translation>E-Mail-Adresse oder Passwort falsch. Prüfen Sie beides und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>MOCO did not accept this API key. Copy it again from your MOCO profile (tab Integrations).</source>
        <translation>MOCO hat diesen API-Schlüssel nicht akzeptiert. Kopieren Sie ihn erneut aus Ihrem MOCO-Profil (Reiter Integrationen).</translation>
    </message>
    <message>
        <source>Not a usable MOCO address yet</source>
        <translation>Noch keine gültige MOCO-Adresse</translation>
    </message>
    <message>
        <source>Storing the API key in the keychain…</source>
        <translation>Der API-Schlüssel wird im Schlüsselbund gespeichert …</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>the running MocoTrack closed the connection</source>
        <translation>das laufende MocoTrack hat die Verbindung geschlossen</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
</context>
<context>
    <name>SyncState</name>
    <message>
        <source>Needs attention (%1)</source>
        <translation>Braucht Aufmerksamkeit (%1)</translation>
    </message>
    <message>
        <source>Waiting for MOCO&apos;s rate limit (%1 s)</source>
        <translation>Warten auf MOCOs Anfragelimit (%1 s)</translation>
    </message>
    <message>
        <source>Syncing (%1 of %2)</source>
        <translation>Abgleich (%1 von %2)</translation>
    </message>
    <message numerus="yes">
        <source>Sending %n change(s)</source>
        <translation>
            <numerusform>%n Änderung wird gesendet</numerusform>
            <numerusform>%n Änderungen werden gesendet</numerusform>
        </translation>
    </message>
    <message>
        <source>Syncing</source>
        <translation>Abgleich läuft</translation>
    </message>
    <message>
        <source>Synced at %1</source>
        <translation>Abgeglichen um %1</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Noch nicht abgeglichen</translation>
    </message>
    <message>
        <source>MOCO answers with an error (HTTP %1)</source>
        <translation>MOCO antwortet mit einem Fehler (HTTP %1)</translation>
    </message>
    <message>
        <source>MOCO does not answer in time</source>
        <translation>MOCO antwortet nicht rechtzeitig</translation>
    </message>
    <message>
        <source>%1 — next try in %2</source>
        <extracomment>%1 says what MOCO did, %2 is minutes:seconds until the next try</extracomment>
        <translation>%1 — nächster Versuch in %2</translation>
    </message>
    <message numerus="yes">
        <source>Can&apos;t reach MOCO — %n change(s) waiting</source>
        <translation>
            <numerusform>MOCO ist nicht erreichbar — %n Änderung wartet</numerusform>
            <numerusform>MOCO ist nicht erreichbar — %n Änderungen warten</numerusform>
        </translation>
    </message>
    <message>
        <source>Can&apos;t reach MOCO</source>
        <translation>MOCO ist nicht erreichbar</translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message>
        <source>Sync status</source>
        <translation>Abgleichstatus</translation>
    </message>
    <message>
        <source>Show…</source>
        <translation>Anzeigen…</translation>
    </message>
    <message>
        <source>Show changes that need attention</source>
        <translation>Änderungen anzeigen, die Aufmerksamkeit brauchen</translation>
    </message>
</context>
<context>
    <name>TimerBar</name>
    <message>
        <source>Choose a project and task to start a timer.</source>
        <translation>Wählen Sie ein Projekt und eine Aufgabe, um einen Timer zu starten.</translation>
    </message>
    <message>
        <source>The timer could not be started.</source>
        <translation>Der Timer konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>The running timer: project and task, e.g. &quot;Website relaunch · Design&quot;</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Timer</source>
        <translation>Timer</translation>
    </message>
    <message>
        <source>Timer running</source>
        <translation>Timer läuft</translation>
    </message>
    <message>
        <source>Running timer</source>
        <translation>Laufender Timer</translation>
    </message>
    <message>
        <source>Timer description</source>
        <translation>Timer-Beschreibung</translation>
    </message>
    <message>
        <source>Elapsed time</source>
        <translation>Verstrichene Zeit</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Stop timer</source>
        <translation>Timer stoppen</translation>
    </message>
    <message>
        <source>Stop timer (%1)</source>
        <translation>Timer stoppen (%1)</translation>
    </message>
    <message>
        <source>What are you working on?</source>
        <translation>Woran arbeiten Sie?</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Start timer</source>
        <translation>Timer starten</translation>
    </message>
    <message>
        <source>Start timer (%1)</source>
        <translation>Timer starten (%1)</translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>MocoTrack</source>
        <translation>MocoTrack</translation>
    </message>
    <message>
        <source>Stop timer</source>
        <translation>Timer stoppen</translation>
    </message>
    <message>
        <source>Start timer…</source>
        <translation>Timer starten…</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Open MocoTrack</source>
        <translation>MocoTrack öffnen</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Einstellungen…</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Signed out of MOCO</source>
        <translation>Von MOCO abgemeldet</translation>
    </message>
    <message>
        <source>Your session has expired. Sign in again to keep syncing; your changes are kept on this computer.</source>
        <translation>Ihre Sitzung ist abgelaufen. Melden Sie sich erneut an, damit weiter synchronisiert wird; Ihre Änderungen bleiben auf diesem Computer erhalten.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) need attention</source>
        <translation>
            <numerusform>%n Änderung braucht Aufmerksamkeit</numerusform>
            <numerusform>%n Änderungen brauchen Aufmerksamkeit</numerusform>
        </translation>
    </message>
    <message>
        <source>MOCO did not accept some changes. Open MocoTrack to review them.</source>
        <translation>MOCO hat einige Änderungen nicht angenommen. Öffnen Sie MocoTrack, um sie zu prüfen.</translation>
    </message>
    <message>
        <source>MocoTrack is still running</source>
        <translation>MocoTrack läuft weiter</translation>
    </message>
    <message>
        <source>It keeps running in the system tray, and so does your timer. To end it, choose Quit in the tray menu or press Ctrl+Q.</source>
        <translation>MocoTrack läuft im Infobereich weiter, Ihr Timer ebenso. Zum Beenden wählen Sie „Beenden“ im Menü des Symbols oder drücken Strg+Q.</translation>
    </message>
    <message>
        <source>Timer stopped</source>
        <translation>Timer gestoppt</translation>
    </message>
    <message>
        <source>Logged %1 on %2</source>
        <translation>%1 auf %2 erfasst</translation>
    </message>
    <message>
        <source>Still working on %1?</source>
        <translation>Arbeiten Sie noch an %1?</translation>
    </message>
    <message>
        <source>The timer has been running for %1. If you forgot it, stop it from the tray menu and correct the time in MocoTrack.</source>
        <translation>Der Timer läuft seit %1. Falls Sie ihn vergessen haben, stoppen Sie ihn über das Menü des Symbols und korrigieren Sie die Zeit in MocoTrack.</translation>
    </message>
    <message>
        <source>Timer not started</source>
        <translation>Timer nicht gestartet</translation>
    </message>
    <message>
        <source>MocoTrack could not start this timer. Try again from the main window.</source>
        <translation>MocoTrack konnte diesen Timer nicht starten. Versuchen Sie es im Hauptfenster erneut.</translation>
    </message>
    <message>
        <source>● %1 — %2</source>
        <translation>● %1 — %2</translation>
    </message>
    <message>
        <source>Stop timer (%1)</source>
        <translation>Timer stoppen (%1)</translation>
    </message>
    <message>
        <source>Today: %1</source>
        <translation>Heute: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No recent activities</source>
        <translation>Keine kürzlichen Leistungen</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Today: %1 logged</source>
        <translation>Heute: %1 erfasst</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>Undo message</source>
        <translation>Meldung zum Rückgängigmachen</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation>Rückgängig (Strg+Z)</translation>
    </message>
</context>
<context>
    <name>UnsentChangesDialog</name>
    <message>
        <source>Unsent changes</source>
        <translation>Nicht gesendete Änderungen</translation>
    </message>
    <message>
        <source>Sending status</source>
        <translation>Sendestatus</translation>
    </message>
    <message>
        <source>Send them first</source>
        <translation>Zuerst senden</translation>
    </message>
    <message>
        <source>Sign out and discard them</source>
        <translation>Abmelden und verwerfen</translation>
    </message>
    <message>
        <source>Keep sending them in the background</source>
        <translation>Im Hintergrund weiter senden</translation>
    </message>
    <message>
        <source>Discard them</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Quit and send them next time</source>
        <translation>Beenden und beim nächsten Start senden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) haven&apos;t reached MOCO yet.</source>
        <translation>
            <numerusform>%n Änderung ist noch nicht bei MOCO angekommen.</numerusform>
            <numerusform>%n Änderungen sind noch nicht bei MOCO angekommen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (as %2)</source>
        <extracomment>An unsent change made while acting as a colleague; %1 the change, %2 the name.</extracomment>
        <translation>%1 (als %2)</translation>
    </message>
    <message>
        <source>%1 — not accepted by MOCO</source>
        <extracomment>An unsent change MOCO refused; %1 the change.</extracomment>
        <translation>%1 — von MOCO nicht angenommen</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
</context>
<context>
    <name>UnsentChangesGate</name>
    <message numerus="yes">
        <source>MOCO did not accept %n change(s). Discard them, or cancel and fix them.</source>
        <translation>
            <numerusform>MOCO hat %n Änderung nicht angenommen. Verwirf sie oder brich ab und korrigiere sie.</numerusform>
            <numerusform>MOCO hat %n Änderungen nicht angenommen. Verwirf sie oder brich ab und korrigiere sie.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sending %n change(s) to MOCO…</source>
        <translation>
            <numerusform>%n Änderung wird an MOCO gesendet…</numerusform>
            <numerusform>%n Änderungen werden an MOCO gesendet…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WeekBalance</name>
    <message>
        <source>+%1</source>
        <extracomment>A difference of present minus logged time, e.g. &quot;+0:35&quot;</extracomment>
        <translation>+%1</translation>
    </message>
    <message>
        <source>−%1</source>
        <extracomment>A negative difference with a real minus sign (U+2212), e.g. &quot;−0:20&quot;</extracomment>
        <translation>−%1</translation>
    </message>
    <message>
        <source>%1 not logged yet</source>
        <extracomment>Present longer than logged, e.g. &quot;0:35 not logged yet&quot;</extracomment>
        <translation>%1 noch nicht erfasst</translation>
    </message>
    <message>
        <source>%1 more than present</source>
        <extracomment>Logged longer than present, e.g. &quot;0:20 more than present&quot;</extracomment>
        <translation>%1 mehr als Arbeitszeit</translation>
    </message>
    <message>
        <source>All logged</source>
        <extracomment>Logged time and presence are the same</extracomment>
        <translation>Alles erfasst</translation>
    </message>
    <message>
        <source>No presence on this day: nothing to compare the logged time with.</source>
        <translation>Keine Anwesenheit an diesem Tag: nichts, womit die erfasste Zeit verglichen werden kann.</translation>
    </message>
    <message>
        <source>Clocked in since %1; so far %2</source>
        <extracomment>While clocked in, e.g. &quot;Clocked in since 08:05; so far 0:35 not logged yet&quot;</extracomment>
        <translation>Eingestempelt seit %1; bisher %2</translation>
    </message>
    <message>
        <source>Never clocked out: the presence since %1 has no end, so the difference is unknown. Correct it in the day view.</source>
        <extracomment>A past day whose presence was never closed, e.g. &quot;… since 10:00 …&quot;</extracomment>
        <translation>Nie ausgestempelt: Die Anwesenheit seit %1 hat kein Ende, daher ist die Differenz unbekannt. Korrigieren Sie sie in der Tagesansicht.</translation>
    </message>
    <message>
        <source>%1, so far</source>
        <extracomment>The week&apos;s difference while clocked in, e.g. &quot;0:35 not logged yet, so far&quot;</extracomment>
        <translation>%1, bisher</translation>
    </message>
    <message>
        <source>Not counted: %1 (no presence, or never clocked out)</source>
        <extracomment>The week&apos;s difference leaves out days that cannot be compared, e.g. &quot;Not counted: Tuesday and Saturday (no presence, or never clocked out)&quot;</extracomment>
        <translation>Nicht gezählt: %1 (keine Anwesenheit oder nie ausgestempelt)</translation>
    </message>
</context>
<context>
    <name>WeekCellDelegate</name>
    <message>
        <source>● %1</source>
        <extracomment>A week-grid cell with a running timer, e.g. &quot;● 1:07&quot;</extracomment>
        <translation>● %1</translation>
    </message>
    <message>
        <source>Duration on %1</source>
        <extracomment>Accessible name of a week-grid cell editor, e.g. &quot;Duration on Monday, 23 November 2026&quot;</extracomment>
        <translation>Dauer am %1</translation>
    </message>
</context>
<context>
    <name>WeekGridModel</name>
    <message>
        <source>Totals are calculated; change the time of a day instead.</source>
        <translation>Summen werden berechnet; ändern Sie stattdessen die Zeit eines Tages.</translation>
    </message>
    <message>
        <source>This day includes billed time, which cannot be reduced.</source>
        <translation>Dieser Tag enthält abgerechnete Zeit, die nicht verringert werden kann.</translation>
    </message>
    <message>
        <source>A timer is running on this day; stop it before reducing the time.</source>
        <translation>An diesem Tag läuft ein Timer; stoppen Sie ihn, bevor Sie die Zeit verringern.</translation>
    </message>
    <message>
        <source>Several activities make up this time; change them in the day view.</source>
        <translation>Diese Zeit besteht aus mehreren Leistungen; ändern Sie sie in der Tagesansicht.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>A week-grid row: project and task, e.g. &quot;Website relaunch · Design&quot;</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>A week-grid column: short day name and day of the month, e.g. &quot;Mon 23&quot;</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Project · Task · Description</source>
        <translation>Projekt · Aufgabe · Beschreibung</translation>
    </message>
</context>
<context>
    <name>WeekPresenceBand</name>
    <message>
        <source>Presence and logged time</source>
        <translation>Anwesenheit und erfasste Zeit</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Anwesend</translation>
    </message>
    <message>
        <source>Logged</source>
        <translation>Erfasst</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Differenz</translation>
    </message>
    <message>
        <source>Working time from your presences (clocking in and out)</source>
        <translation>Arbeitszeit aus Ihren Anwesenheiten (Ein- und Ausstempeln)</translation>
    </message>
    <message>
        <source>Time of your activities, as in the totals row above</source>
        <translation>Zeit Ihrer Aktivitäten, wie in der Summenzeile darüber</translation>
    </message>
    <message>
        <source>Present minus logged. A day more than 15 minutes off is marked with %1.</source>
        <translation>Anwesend minus erfasst. Ein Tag, der um mehr als 15 Minuten abweicht, ist mit %1 markiert.</translation>
    </message>
    <message>
        <source>Presence total</source>
        <translation>Anwesenheit gesamt</translation>
    </message>
    <message>
        <source>Booked total</source>
        <translation>Gebucht gesamt</translation>
    </message>
    <message>
        <source>Present on %1</source>
        <extracomment>Accessible description of a day&apos;s present time, e.g. &quot;Present on Monday&quot;</extracomment>
        <translation>Anwesend am %1</translation>
    </message>
    <message>
        <source>● %1</source>
        <translation>● %1</translation>
    </message>
    <message>
        <source>Logged on %1</source>
        <extracomment>Accessible description of a day&apos;s logged time, e.g. &quot;Logged on Monday&quot;</extracomment>
        <translation>Erfasst am %1</translation>
    </message>
    <message>
        <source>none</source>
        <extracomment>Screen reader text of a day without presence in the difference row</extracomment>
        <translation>keine</translation>
    </message>
    <message>
        <source>unknown</source>
        <extracomment>Screen reader text of a difference that cannot be told (never clocked out)</extracomment>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Difference on %1</source>
        <extracomment>Accessible description of a day&apos;s difference, e.g. &quot;Difference on Monday: 0:35 not logged yet&quot;</extracomment>
        <translation>Differenz am %1</translation>
    </message>
    <message>
        <source>Difference on %1: %2</source>
        <translation>Differenz am %1: %2</translation>
    </message>
    <message>
        <source>Present this week</source>
        <translation>Anwesend in dieser Woche</translation>
    </message>
    <message>
        <source>Logged this week</source>
        <translation>Erfasst in dieser Woche</translation>
    </message>
</context>
<context>
    <name>WeekView</name>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>Double-click a day to open it in the day view.</source>
        <translation>Doppelklicken Sie auf einen Tag, um ihn in der Tagesansicht zu öffnen.</translation>
    </message>
    <message>
        <source>Week hint</source>
        <translation>Hinweis zur Woche</translation>
    </message>
    <message>
        <source>No activities this week. Add one in the day view; then you can type the time of other days into this grid.</source>
        <translation>Keine Leistungen in dieser Woche. Erfassen Sie eine Leistung in der Tagesansicht; danach können Sie die Zeiten weiterer Tage hier im Raster eintragen.</translation>
    </message>
    <message>
        <source>Why the last entry was not saved</source>
        <translation>Warum die letzte Eingabe nicht gespeichert wurde</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>Under the week grid: the day and why its entry was not saved</extracomment>
        <translation>%1: %2</translation>
    </message>
</context>
</TS>
