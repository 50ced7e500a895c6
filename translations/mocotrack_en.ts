<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AccountAddress</name>
    <message>
        <source>plain http:// is only allowed for this computer (localhost), not for %1; use https://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your MOCO account name, e.g. &quot;acme&quot; for acme.mocoapp.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a MOCO account name or web address. Use letters, digits and hyphens, e.g. &quot;acme&quot; or &quot;acme.mocoapp.com&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1://&quot; addresses are not supported; use https://.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivitiesModel</name>
    <message>
        <source>Billable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not billable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, timer running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MOCO refused this change: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timer running since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billed: this activity can no longer be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent to MOCO yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivityListModel</name>
    <message>
        <source>%1 · %2</source>
        <extracomment>Project and task of an activity, e.g. &quot;Website relaunch · Design&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timer running since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billed: this activity can no longer be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, timer running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project · Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiErrorText</name>
    <message>
        <source>No MOCO account answers at this address. Check the account name (the part before .mocoapp.com) and your internet connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the connection. Check the address, or try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You appear to be offline. Check your network connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A secure connection to the server could not be established: %1. MocoTrack never sends data over a connection it cannot verify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to MOCO broke off. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MOCO could not be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MOCO could not be reached: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MOCO did not accept the change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MOCO did not accept the change: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>field name: server&apos;s messages</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MOCO did not accept the change:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MOCO did not answer in time. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This MOCO account does not exist. Check the account name (the part before .mocoapp.com).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MOCO did not accept the sign-in. Check the e-mail address and password, or the API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your MOCO user is not allowed to do this. Ask your MOCO administrator for the permission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MOCO could not find this item. It may have been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MOCO&apos;s request limit is reached. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered with a redirect (HTTP %1) instead of data. Check the MOCO address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MOCO reported an internal error (HTTP %1). Try again later; if it keeps happening, check the values you entered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MOCO sent an answer MocoTrack cannot read (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No valid MOCO address is set: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MocoTrack will not send your API key over an unencrypted connection: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>MocoTrack: a native desktop time tracker for MOCO.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try MocoTrack with a demo account on a local demo server. Nothing is sent to MOCO.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MocoTrack (Demo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the demo server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in to the demo account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MocoTrack — %1 (Demo)</source>
        <extracomment>Window title in demo mode; %1 is the demo user&apos;s full name.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not sign in to the demo account. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out: forget the stored API key and account, then exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MocoTrack — Acting as %1</source>
        <extracomment>Window title while a staff user acts as a colleague; %1 is the colleague&apos;s name.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MocoTrack — %1</source>
        <extracomment>Window title; %1 is the signed-in user&apos;s full name.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Act as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show and record the hours of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your MOCO session has ended (the API key was revoked or renewed). Sign in again to go on; nothing you did is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No MOCO account is signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key could not be removed from the keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out %1 (%2).</source>
        <extracomment>%1 is the user&apos;s name, %2 the MOCO address</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MocoTrack cannot keep your data on this computer: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <source>No keychain service is running, so MocoTrack cannot keep your API key safely. Install and unlock GNOME Keyring or KWallet, then sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain cannot be reached, so MocoTrack cannot keep your API key safely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access to the keychain was denied, so MocoTrack cannot keep your API key. Unlock the keychain and allow MocoTrack to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain could not store or read your API key (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain does not answer. If it asks for a password, unlock it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoServer</name>
    <message>
        <source>The demo server (%1) is missing: it should be installed next to MocoTrack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo server did not report the port it listens on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo server could not be started (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo server stopped before it was ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo server stopped before it was ready: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo server stopped unexpectedly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo server did not get ready in time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DurationParser</name>
    <message>
        <source>Enter a duration, for example 1:30, 1.5 or 90m.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A duration cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the colon, enter minutes below 60 (for example 1:45).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a duration. Try 1:30, 1.5 or 90m.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A duration cannot be longer than 24 hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>= %1</source>
        <extracomment>The parsed duration shown beside the field, e.g. &quot;= 1 h 30 min&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <extracomment>Hours of a duration, e.g. &quot;1 h&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <extracomment>Minutes of a duration, e.g. &quot;30 min&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <extracomment>Seconds of a duration, e.g. &quot;36 s&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LocalStore</name>
    <message>
        <source>The local copy of your MOCO data was damaged and has been set aside as %1. MocoTrack is loading your data from MOCO again; changes that had not been sent yet could not be recovered.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Day shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time logged on this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the list of activities is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the day&apos;s activities from MOCO again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About MocoTrack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the activities…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing logged today yet.
Activities recorded in MOCO for today appear here. Press F5 to refresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing logged on this day.
Activities recorded in MOCO for this day appear here. Press F5 to refresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged %1</source>
        <extracomment>Time logged on the day shown, e.g. &quot;Logged 3:22&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About MocoTrack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;MocoTrack %1&lt;/h3&gt;&lt;p&gt;A native desktop time tracker for MOCO.&lt;/p&gt;&lt;p&gt;MocoTrack is free software under the GNU General Public License, version 3 or later. It is not made by the makers of MOCO.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Press F5 to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Act as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back to myself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MocoTrack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MOCO cannot be reached right now, and nothing is stored on this computer yet.
Press F5 to try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectsModel</name>
    <message>
        <source>%1 – %2</source>
        <extracomment>A project in the picker: identifier and name, e.g. &quot;P-1042 – Website relaunch&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> › </source>
        <extracomment>Separates customer, project and task in a tooltip</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to MOCO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why signing in is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MOCO &amp;domain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MOCO domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your-company.mocoapp.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From your MOCO profile, tab Integrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use an API key instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stay signed in for this session only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use email and password instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example acme, acme.mocoapp.com or a full address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API address: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your email address and your MOCO password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the API key from your MOCO profile (tab Integrations).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in. Storing the API key in the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for MOCO&apos;s rate limit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong email or password. Check both and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MOCO did not accept this API key. Copy it again from your MOCO profile (tab Integrations).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a usable MOCO address yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storing the API key in the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncState</name>
    <message>
        <source>Needs attention (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Offline — %n change(s) waiting</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for MOCO&apos;s rate limit (%1 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing (%1 of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sending %n change(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Syncing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synced at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message>
        <source>Sync status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WeekGridModel</name>
    <message>
        <source>Totals are calculated; change the time of a day instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This day includes billed time, which cannot be reduced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A timer is running on this day; stop it before reducing the time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several activities make up this time; change them in the day view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>A week-grid row: project and task, e.g. &quot;Website relaunch · Design&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>A week-grid column: short day name and date, e.g. &quot;Mon 23.03.26&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project · Task · Description</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
