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
        <source>Signing in to a MOCO account is not available in this version of MocoTrack yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To try MocoTrack with a demo account on a local demo server, start it with --demo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MocoTrack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can try MocoTrack with a demo account on a local demo server instead. Nothing is sent to MOCO.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the &amp;Demo</source>
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
        <source>The activities could not be loaded.
%1
Press F5 to try again.</source>
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
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <source>Not synced yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing (page %1 of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Waiting for MOCO&apos;s rate limit (%n s)</source>
        <translation>
            <numerusform>Waiting for MOCO&apos;s rate limit (%n s)</numerusform>
            <numerusform>Waiting for MOCO&apos;s rate limit (%n s)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message>
        <source>Sync status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
