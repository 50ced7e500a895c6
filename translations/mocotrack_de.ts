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
    <name>ActivityListModel</name>
    <message>
        <source>%1 · %2</source>
        <extracomment>Project and task of an activity, e.g. &quot;Website relaunch · Design&quot;</extracomment>
        <translation>%1 · %2</translation>
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
        <source>%1, timer running</source>
        <translation>%1, Timer läuft</translation>
    </message>
    <message>
        <source>Project · Task</source>
        <translation>Projekt · Aufgabe</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
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
        <source>MocoTrack: a native desktop time tracker for MOCO.</source>
        <translation>MocoTrack: eine native Desktop-Zeiterfassung für MOCO.</translation>
    </message>
    <message>
        <source>Try MocoTrack with a demo account on a local demo server. Nothing is sent to MOCO.</source>
        <translation>MocoTrack mit einem Demokonto auf einem lokalen Demoserver ausprobieren. Dabei wird nichts an MOCO gesendet.</translation>
    </message>
    <message>
        <source>MocoTrack (Demo)</source>
        <translation>MocoTrack (Demo)</translation>
    </message>
    <message>
        <source>Starting the demo server…</source>
        <translation>Der Demoserver wird gestartet …</translation>
    </message>
    <message>
        <source>Signing in to the demo account…</source>
        <translation>Anmeldung beim Demokonto …</translation>
    </message>
    <message>
        <source>MocoTrack — %1 (Demo)</source>
        <extracomment>Window title in demo mode; %1 is the demo user&apos;s full name.</extracomment>
        <translation>MocoTrack — %1 (Demo)</translation>
    </message>
    <message>
        <source>Could not sign in to the demo account. %1</source>
        <translation>Die Anmeldung beim Demokonto ist fehlgeschlagen. %1</translation>
    </message>
    <message>
        <source>Sign out: forget the stored API key and account, then exit.</source>
        <translation>Abmelden: den gespeicherten API-Schlüssel und das Konto vergessen, dann beenden.</translation>
    </message>
    <message>
        <source>Please sign in again.</source>
        <translation>Bitte melden Sie sich erneut an.</translation>
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
        <source>Act as</source>
        <translation>Handeln als</translation>
    </message>
    <message>
        <source>Show and record the hours of:</source>
        <translation>Stunden anzeigen und erfassen für:</translation>
    </message>
    <message>
        <source>Your MOCO session has ended (the API key was revoked or renewed). Sign in again to go on; nothing you did is lost.</source>
        <translation>Ihre MOCO-Sitzung ist beendet (der API-Schlüssel wurde widerrufen oder erneuert). Melden Sie sich erneut an, um weiterzumachen; nichts von Ihrer Arbeit geht verloren.</translation>
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
    <message>
        <source>MocoTrack cannot keep your data on this computer: %1</source>
        <translation>MocoTrack kann Ihre Daten nicht auf diesem Computer speichern: %1</translation>
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
        <extracomment>The parsed duration shown beside the field, e.g. &quot;= 1 h 30 min&quot;</extracomment>
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
    <name>LocalStore</name>
    <message>
        <source>The local copy of your MOCO data was damaged and has been set aside as %1. MocoTrack is loading your data from MOCO again; changes that had not been sent yet could not be recovered.</source>
        <translation>Die lokale Kopie Ihrer MOCO-Daten war beschädigt und wurde als %1 beiseitegelegt. MocoTrack lädt Ihre Daten erneut aus MOCO; noch nicht gesendete Änderungen konnten nicht wiederhergestellt werden.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Day shown</source>
        <translation>Angezeigter Tag</translation>
    </message>
    <message>
        <source>Time logged on this day</source>
        <translation>An diesem Tag erfasste Zeit</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Leistungen</translation>
    </message>
    <message>
        <source>Why the list of activities is empty</source>
        <translation>Warum die Liste der Leistungen leer ist</translation>
    </message>
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
        <source>Load the day&apos;s activities from MOCO again</source>
        <translation>Die Leistungen des Tages erneut aus MOCO laden</translation>
    </message>
    <message>
        <source>&amp;About MocoTrack</source>
        <translation>&amp;Über MocoTrack</translation>
    </message>
    <message>
        <source>Today · %1</source>
        <translation>Heute · %1</translation>
    </message>
    <message>
        <source>Loading the activities…</source>
        <translation>Die Leistungen werden geladen …</translation>
    </message>
    <message>
        <source>Nothing logged today yet.
Activities recorded in MOCO for today appear here. Press F5 to refresh.</source>
        <translation>Heute ist noch nichts erfasst.
Leistungen, die in MOCO für heute erfasst werden, erscheinen hier. Drücken Sie F5 zum Aktualisieren.</translation>
    </message>
    <message>
        <source>Nothing logged on this day.
Activities recorded in MOCO for this day appear here. Press F5 to refresh.</source>
        <translation>An diesem Tag ist nichts erfasst.
Leistungen, die in MOCO für diesen Tag erfasst werden, erscheinen hier. Drücken Sie F5 zum Aktualisieren.</translation>
    </message>
    <message>
        <source>Logged %1</source>
        <extracomment>Time logged on the day shown, e.g. &quot;Logged 3:22&quot;</extracomment>
        <translation>Erfasst: %1</translation>
    </message>
    <message>
        <source>About MocoTrack</source>
        <translation>Über MocoTrack</translation>
    </message>
    <message>
        <source>&lt;h3&gt;MocoTrack %1&lt;/h3&gt;&lt;p&gt;A native desktop time tracker for MOCO.&lt;/p&gt;&lt;p&gt;MocoTrack is free software under the GNU General Public License, version 3 or later. It is not made by the makers of MOCO.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;MocoTrack %1&lt;/h3&gt;&lt;p&gt;Eine native Desktop-Zeiterfassung für MOCO.&lt;/p&gt;&lt;p&gt;MocoTrack ist freie Software unter der GNU General Public License, Version 3 oder später. Es stammt nicht von den Machern von MOCO.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1
Press F5 to try again.</source>
        <translation>%1
Drücken Sie F5, um es erneut zu versuchen.</translation>
    </message>
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
    <name>SyncState</name>
    <message>
        <source>Needs attention (%1)</source>
        <translation>Braucht Aufmerksamkeit (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Offline — %n change(s) waiting</source>
        <translation>
            <numerusform>Offline — %n Änderung wartet</numerusform>
            <numerusform>Offline — %n Änderungen warten</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
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
</context>
<context>
    <name>SyncStatusWidget</name>
    <message>
        <source>Sync status</source>
        <translation>Abgleichstatus</translation>
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
        <extracomment>A week-grid column: short day name and date, e.g. &quot;Mon 23.03.26&quot;</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Project · Task · Description</source>
        <translation>Projekt · Aufgabe · Beschreibung</translation>
    </message>
</context>
</TS>
