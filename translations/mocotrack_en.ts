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
    <name>AccountDataLayer</name>
    <message>
        <source>Another MocoTrack is sending these changes. What you do here is kept on this computer and sent by that MocoTrack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MocoTrack cannot send your changes: it could not create %1. They are kept on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountMenu</name>
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
</context>
<context>
    <name>AccountSession</name>
    <message>
        <source>Please sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your MOCO session has ended (the API key was revoked or renewed). Sign in again to go on; nothing you did is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MocoTrack cannot keep your data on this computer: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActAsDialog</name>
    <message>
        <source>Act as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colleague</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show and record the hours of:</source>
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
    <name>ActivityActions</name>
    <message>
        <source>The activity could not be deleted on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The activity could not be stored on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change duration of “%1”</source>
        <extracomment>Undo/Redo text after an edit, e.g. Edit → &quot;Undo Change duration of “Wireframes”&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change description of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change project of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move “%1” to another day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a duration above 0:00, or start a timer to track time as you go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add “%1”</source>
        <extracomment>Undo/Redo text, e.g. &quot;Undo Add “Wireframes”&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This activity no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A billed activity cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate “%1”</source>
        <extracomment>Undo/Redo text, e.g. &quot;Undo Duplicate “Wireframes”&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A billed activity cannot be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <extracomment>Undo/Redo text, e.g. &quot;Undo Delete “Wireframes”&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted “%1” (%2, %3)</source>
        <extracomment>Undo bar after deleting, e.g. &quot;Deleted “Wireframes” (Website · Design, 1:30)&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The timer could not be started on this activity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start timer on “%1”</source>
        <extracomment>Undo/Redo text, e.g. &quot;Undo Start timer on “Wireframes”&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop timer on “%1”</source>
        <extracomment>Undo/Redo text, e.g. &quot;Undo Stop timer on “Wireframes”&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The timer could not be changed on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivityEditor</name>
    <message>
        <source>New activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Task:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Billable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta&amp;g:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote ID / URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote &amp;ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote U&amp;RL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote ID / URL error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billed: this activity can no longer be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A timer is running on this activity. Stop it to change the date or the duration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A server message about a field the editor does not show: &quot;field: message&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a project from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a task of this project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
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
        <source>MOCO sent a far larger answer than expected. MocoTrack stopped reading it. Try again later; if it keeps happening, check the MOCO address.</source>
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
        <source>MocoTrack (Demo)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttentionModel</name>
    <message>
        <source>Project %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no description)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, timer running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2</source>
        <comment>presence from–to</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MOCO did not accept the change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not accepted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n later change(s) of the same item are discarded too.</source>
        <translation>
            <numerusform>%n later change of the same item is discarded too.</numerusform>
            <numerusform>%n later changes of the same item are discarded too.</numerusform>
        </translation>
    </message>
    <message>
        <source>an activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New activity: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new activity “%1” will not be sent to MOCO and is removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted activity: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The activity “%1” will not be deleted in MOCO and shows again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timer started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The timer start of “%1” will not be sent to MOCO.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timer stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The timer stop of “%1” will not be sent to MOCO; the version in MOCO shows again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed activity: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your change to “%1” will be lost; the version in MOCO shows again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You deleted this activity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted in MOCO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This activity was deleted in MOCO too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This activity was deleted in MOCO while your change was waiting to be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This activity was changed in MOCO while your deletion was waiting to be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This activity was changed in MOCO while your change was waiting to be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a presence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New presence: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new presence %1 will not be sent to MOCO and is removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted presence: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The presence %1 will not be deleted in MOCO.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed presence: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your change to the presence %1 will not be sent to MOCO.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom fields of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>custom field: value</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your changes to the custom fields of %1 will not be sent to MOCO.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClockOutPrompt</name>
    <message>
        <source>Clock out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The timer is still running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clocking out ends your working time. Stop the timer on “%1” too?</source>
        <extracomment>%1 names what the timer runs on, e.g. &quot;Website relaunch – Design&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop timer too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep timer running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Don&apos;t ask again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can change this in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClockToggle</name>
    <message>
        <source>%1 · %2</source>
        <extracomment>The running timer in the clock-out question: &quot;Project · Task&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are clocked out, but the timer still runs: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ColleagueOutbox</name>
    <message>
        <source>user %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLineLaunch</name>
    <message>
        <source>MocoTrack: a native desktop time tracker for MOCO.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try MocoTrack with a demo account on a local demo server. Nothing is sent to MOCO.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out: forget the stored API key and account, then exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MocoTrack is running. Sign out in its window (Account menu), or quit it and run this again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MocoTrack is already running but cannot be reached: %1</source>
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
    <message numerus="yes">
        <source>%n change(s) had not reached MOCO yet. They stay on this computer and are sent when you sign in to this account again.</source>
        <translation>
            <numerusform>%n change had not reached MOCO yet. It stays on this computer and is sent when you sign in to this account again.</numerusform>
            <numerusform>%n changes had not reached MOCO yet. They stay on this computer and are sent when you sign in to this account again.</numerusform>
        </translation>
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
    <name>CustomFieldCheck</name>
    <message>
        <source>Enter a date such as 2026-12-31, or leave it empty.</source>
        <extracomment>A custom field of kind Date</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a link that starts with https://, http://, mailto: or tel:.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose yes or no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one of the options; “%1” is not one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose among the options; “%1” is not one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All fields together are %1 kB; MOCO keeps at most %2 kB per record. Shorten a long text.</source>
        <extracomment>%1 and %2 are sizes in kilobytes, e.g. &quot;12.4&quot; and &quot;12&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomFieldEditor</name>
    <message>
        <source>(none)</source>
        <extracomment>The empty option of a choice field: no value</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No date</source>
        <extracomment>Shown in an empty date field</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear %1</source>
        <extracomment>%1 is the field&apos;s label</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open %1</source>
        <extracomment>%1 is the field&apos;s label</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomFieldsActions</name>
    <message>
        <source>Your MOCO role may not read the custom fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The custom fields arrive with the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account has no custom fields for customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account has no custom fields for projects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may not see this record&apos;s custom fields in MOCO.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the marked fields first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose which value to keep for each field first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved here; sent to MOCO when it can be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone changed these fields in MOCO meanwhile. Choose which value to keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change could not be stored on this computer. Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomFieldsDelivery</name>
    <message>
        <source>%1 is “%2” in MOCO, yours is “%3”</source>
        <extracomment>A custom field changed in MOCO and here: %1 field name, %2 MOCO&apos;s value, %3 the user&apos;s</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed in MOCO meanwhile: %1. “Try again” sends yours; “Discard” keeps MOCO&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomFieldsForm</name>
    <message>
        <source>%1 (API only)</source>
        <extracomment>A custom field MOCO&apos;s own screens do not show; %1 is its label</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MOCO&apos;s own screens do not show this field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In MOCO now: “%1” · Yours: “%2”</source>
        <extracomment>A field changed in MOCO and here; %1 MOCO&apos;s value, %2 the user&apos;s</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take MOCO&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerDetailsDialog</name>
    <message>
        <source>Customer Details – %1</source>
        <extracomment>Window title; %1 is the customer&apos;s name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateNavigator</name>
    <message>
        <source>Week %1 · %2–%3</source>
        <extracomment>The week view&apos;s date label: ISO week number, first and last day, e.g. &quot;Week 48 · 23–29 November 2026&quot; (the day parts follow the locale).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous week (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous day (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next week (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next day (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to today (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a date from a calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day view (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week view (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh from MOCO (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DayFooter</name>
    <message>
        <source>Presence total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booked total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working time %1</source>
        <extracomment>Tooltip of the footer&apos;s working time, e.g. &quot;Working time 08:05–16:15&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DaySummary</name>
    <message>
        <source>Logged %1</source>
        <extracomment>Time logged on the day shown, e.g. &quot;Logged 3:22&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 not logged yet</source>
        <extracomment>Present longer than logged, e.g. &quot;0:48 not logged yet&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 more than present</source>
        <extracomment>Logged longer than present, e.g. &quot;0:10 more than present&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · </source>
        <extracomment>Separator between the parts of the day footer</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present %1</source>
        <extracomment>Working time of the day, e.g. &quot;Present 4:10&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2</source>
        <extracomment>The day&apos;s working time from first start to last end, e.g. &quot;08:05–16:15&quot;; still clocked in: &quot;08:05–&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DayTreeModel</name>
    <message>
        <source>No customer</source>
        <extracomment>Day view group of the activities whose project has no customer</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>Project and task of an activity, e.g. &quot;Website · Design&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project · Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DayView</name>
    <message>
        <source>Activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No activities on this day yet. Add one above, press Ctrl+N for the full editor, or start a timer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No activities on this day. Add one above, or press Ctrl+N for the full editor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing planned for this day yet. Add an activity above, or press Ctrl+N for the full editor. Timers run on today only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue: a new activity today with the same project, task and description, timer running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project Details…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoLaunch</name>
    <message>
        <source>Could not sign in to the demo account. %1</source>
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
    <name>DetailsDialog</name>
    <message>
        <source>Custom fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your changes to the custom fields are not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailsWindows</name>
    <message>
        <source>This activity has no project to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This project is not among your assigned projects.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DurationEdit</name>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 1:30</source>
        <extracomment>Placeholder of a duration field</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parsed duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration error</source>
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
        <extracomment>The parsed duration shown beside the field, e.g. &quot;= 1 h 30 min&quot;
----------
The parsed duration next to the field, e.g. &quot;= 1 h 30 min&quot;</extracomment>
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
    <name>HelpBoxes</name>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;Edit the selected activity&lt;/td&gt;&lt;td&gt;&amp;nbsp;&amp;nbsp;&lt;b&gt;Enter&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Delete the selected activity&lt;/td&gt;&lt;td&gt;&amp;nbsp;&amp;nbsp;&lt;b&gt;Del&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Change the duration in place&lt;/td&gt;&lt;td&gt;&amp;nbsp;&amp;nbsp;&lt;b&gt;F2&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;</source>
        <extracomment>Rows of the keyboard shortcuts table that are not window actions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
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
</context>
<context>
    <name>LocalStore</name>
    <message>
        <source>This data was written by a newer MocoTrack; install it again or sign out to start fresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The local copy of your MOCO data was damaged and has been set aside as %1. MocoTrack is loading your data from MOCO again; %n change(s) not sent yet were kept and will be sent.</source>
        <translation>
            <numerusform>The local copy of your MOCO data was damaged and has been set aside as %1. MocoTrack is loading your data from MOCO again; %n change not sent yet was kept and will be sent.</numerusform>
            <numerusform>The local copy of your MOCO data was damaged and has been set aside as %1. MocoTrack is loading your data from MOCO again; %n changes not sent yet were kept and will be sent.</numerusform>
        </translation>
    </message>
    <message>
        <source>The local copy of your MOCO data was damaged and has been set aside as %1. MocoTrack is loading your data from MOCO again; changes that had not been sent yet could not be read from it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
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
        <source>&amp;About MocoTrack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the activities…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Press F5 to try again.</source>
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
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Activity…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the activity editor for the day shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quick Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a new activity into the quick-add row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start or Stop Timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the running timer, or start one on the selected activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes That &amp;Need Attention…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes MOCO refused or that conflict with changes in MOCO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show one day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous day or week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next day or week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the activities from MOCO again and send waiting changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why no activities are shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New activity…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New activity (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take back the last change of an activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the change taken back last again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <extracomment>Edit menu, e.g. &quot;Undo Change duration of “Wireframes”&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <extracomment>Edit menu, e.g. &quot;Redo Delete “Wireframes”&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MocoTrack — %1 (Demo)</source>
        <extracomment>Window title in demo mode; %1 is the demo user&apos;s full name.</extracomment>
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
        <source>&amp;Project Details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected activity&apos;s project and its custom fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an activity in the day view to see its project.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NeedsAttentionDialog</name>
    <message>
        <source>Nothing needs your attention.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version in MOCO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fix…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ry again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take &amp;theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message from MOCO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs attention (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard change?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard this change?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutboxSender</name>
    <message>
        <source>MocoTrack could not read this stored change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MocoTrack cannot write to its local data (is the disk full?). Sending has stopped so that nothing reaches MOCO twice; your changes are kept. Restart MocoTrack once the problem is solved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PresenceActions</name>
    <message>
        <source>You are clocked in since %1 already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The working time could not be stored on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You were present from %1 to %2 already. Correct that interval instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are not clocked in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You clocked in at %1, less than a minute ago: MOCO keeps minutes, so there is nothing to close yet. You stay clocked in; clock out again from the next minute on.</source>
        <extracomment>%1 is the time of the clock-in, e.g. &quot;09:14&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MOCO keeps home office with the working time: clock in first, then mark the day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You clocked out at %1, less than a minute ago. Clock in again from the next minute on.</source>
        <extracomment>%1 is the time of the clock-out, e.g. &quot;12:14&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are clocked in since %1: enter when this interval ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This working time is gone: a sync removed it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PresenceControls</name>
    <message>
        <source>Home office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present since %1</source>
        <extracomment>Tray tooltip line while clocked in, e.g. &quot;Present since 08:05&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clock out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clock in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clock out — you are clocked in since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clock in: your working time starts now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home office applies to the whole day (that is how MOCO stores it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home office applies to the whole day: clock in first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PresenceTimeDelegate</name>
    <message>
        <source>HH:MM</source>
        <extracomment>Placeholder of a time field; keep the letters for hours and minutes of your language</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PresenceTimeInput</name>
    <message>
        <source>“%1” is not a time of day. Enter it as HH:MM, for example 08:30.</source>
        <extracomment>%1 is what the user typed, e.g. &quot;8&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter when you started, as HH:MM (for example 08:30).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter when you stopped, as HH:MM. Only today&apos;s working time can stay open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“To” is the same minute as “From”: MOCO keeps minutes, so the interval would be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MOCO keeps a presence on the day it began, so it cannot run past midnight. Enter it as two: until 23:59 on this day, and from 00:00 on the next.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PresencesModel</name>
    <message>
        <source>Home office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open, clocked in</source>
        <extracomment>Screen reader text of the empty end of a presence that is still running</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
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
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved in MOCO: %1</source>
        <extracomment>%1 is MOCO&apos;s reason, e.g. &quot;From: range overlaps&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MOCO refused it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent to MOCO yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clocked in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never clocked out: enter when it ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PresencesPanel</name>
    <message>
        <source>HH:MM</source>
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
        <source>Add presence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete presence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your working time on this day (clocking in and out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No working time on this day. Clock in, or add it below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add this interval to the shown day. Leave “To” empty to stay clocked in (today only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected interval (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the working time was not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectDetailsDialog</name>
    <message>
        <source>Project Details – %1</source>
        <extracomment>Window title; %1 is the project&apos;s name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identifier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer Details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billable:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <extracomment>A task that can no longer be booked; %1 is its name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectTaskListModel</name>
    <message>
        <source>%1 · %2</source>
        <extracomment>A project and task picked in the picker&apos;s line, e.g. &quot;Website Relaunch · Design&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectTaskPicker</name>
    <message>
        <source>Project / task…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project / task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching projects and tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>identifier and customer</comment>
        <extracomment>In the picker&apos;s list, after &quot;Project · Task&quot;: the project&apos;s identifier and the customer</extracomment>
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
    <name>QuickAddBar</name>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project / task…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick add project and task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick add description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick add duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick add message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a project and task first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter how long you worked, for example 1:30.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuickStartPopup</name>
    <message>
        <source>Start timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project / task…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project / task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What are you working on?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timer description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a project and task first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The timer could not be started. Try again from the main window.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordFieldsPanel</name>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the fields from MOCO…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start MocoTrack when I log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind me when a timer runs longer than:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long-timer reminder (hours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 switches the reminder off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the elapsed time in the tray tooltip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show elapsed time in the tray tooltip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MocoTrack could not add itself to the programs started at login (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MocoTrack could not remove itself from the programs started at login (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When I clock out while a timer runs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timer on clock-out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the timer too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the timer running</source>
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
    <name>SingleInstance</name>
    <message>
        <source>the running MocoTrack closed the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncState</name>
    <message>
        <source>Needs attention (%1)</source>
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
        <translation>
            <numerusform>Sending %n change</numerusform>
            <numerusform>Sending %n changes</numerusform>
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
    <message>
        <source>MOCO answers with an error (HTTP %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MOCO does not answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — next try in %2</source>
        <extracomment>%1 says what MOCO did, %2 is minutes:seconds until the next try</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Can&apos;t reach MOCO — %n change(s) waiting</source>
        <translation>
            <numerusform>Can&apos;t reach MOCO — %n change waiting</numerusform>
            <numerusform>Can&apos;t reach MOCO — %n changes waiting</numerusform>
        </translation>
    </message>
    <message>
        <source>Can&apos;t reach MOCO</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message>
        <source>Sync status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show changes that need attention</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimerBar</name>
    <message>
        <source>Choose a project and task to start a timer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The timer could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>The running timer: project and task, e.g. &quot;Website relaunch · Design&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timer running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timer description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elapsed time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop timer (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What are you working on?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start timer (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MocoTrack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start timer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open MocoTrack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out of MOCO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your session has expired. Sign in again to keep syncing; your changes are kept on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) need attention</source>
        <translation>
            <numerusform>%n change needs attention</numerusform>
            <numerusform>%n changes need attention</numerusform>
        </translation>
    </message>
    <message>
        <source>MOCO did not accept some changes. Open MocoTrack to review them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MocoTrack is still running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It keeps running in the system tray, and so does your timer. To end it, choose Quit in the tray menu or press Ctrl+Q.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timer stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still working on %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The timer has been running for %1. If you forgot it, stop it from the tray menu and correct the time in MocoTrack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timer not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MocoTrack could not start this timer. Try again from the main window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop timer (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today: %1 logged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnsentChangesDialog</name>
    <message>
        <source>Unsent changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send them first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out and discard them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep sending them in the background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit and send them next time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) haven&apos;t reached MOCO yet.</source>
        <translation>
            <numerusform>%n change hasn&apos;t reached MOCO yet.</numerusform>
            <numerusform>%n changes haven&apos;t reached MOCO yet.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (as %2)</source>
        <extracomment>An unsent change made while acting as a colleague; %1 the change, %2 the name.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — not accepted by MOCO</source>
        <extracomment>An unsent change MOCO refused; %1 the change.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnsentChangesGate</name>
    <message numerus="yes">
        <source>MOCO did not accept %n change(s). Discard them, or cancel and fix them.</source>
        <translation>
            <numerusform>MOCO did not accept %n change. Discard it, or cancel and fix it.</numerusform>
            <numerusform>MOCO did not accept %n changes. Discard them, or cancel and fix them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sending %n change(s) to MOCO…</source>
        <translation>
            <numerusform>Sending %n change to MOCO…</numerusform>
            <numerusform>Sending %n changes to MOCO…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WeekBalance</name>
    <message>
        <source>+%1</source>
        <extracomment>A difference of present minus logged time, e.g. &quot;+0:35&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>−%1</source>
        <extracomment>A negative difference with a real minus sign (U+2212), e.g. &quot;−0:20&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 not logged yet</source>
        <extracomment>Present longer than logged, e.g. &quot;0:35 not logged yet&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 more than present</source>
        <extracomment>Logged longer than present, e.g. &quot;0:20 more than present&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All logged</source>
        <extracomment>Logged time and presence are the same</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No presence on this day: nothing to compare the logged time with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clocked in since %1; so far %2</source>
        <extracomment>While clocked in, e.g. &quot;Clocked in since 08:05; so far 0:35 not logged yet&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never clocked out: the presence since %1 has no end, so the difference is unknown. Correct it in the day view.</source>
        <extracomment>A past day whose presence was never closed, e.g. &quot;… since 10:00 …&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, so far</source>
        <extracomment>The week&apos;s difference while clocked in, e.g. &quot;0:35 not logged yet, so far&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not counted: %1 (no presence, or never clocked out)</source>
        <extracomment>The week&apos;s difference leaves out days that cannot be compared, e.g. &quot;Not counted: Tuesday and Saturday (no presence, or never clocked out)&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WeekCellDelegate</name>
    <message>
        <source>● %1</source>
        <extracomment>A week-grid cell with a running timer, e.g. &quot;● 1:07&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration on %1</source>
        <extracomment>Accessible name of a week-grid cell editor, e.g. &quot;Duration on Monday, 23 November 2026&quot;</extracomment>
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
        <extracomment>A week-grid column: short day name and day of the month, e.g. &quot;Mon 23&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project · Task · Description</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WeekPresenceBand</name>
    <message>
        <source>Presence and logged time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working time from your presences (clocking in and out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time of your activities, as in the totals row above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present minus logged. A day more than 15 minutes off is marked with %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presence total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booked total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present on %1</source>
        <extracomment>Accessible description of a day&apos;s present time, e.g. &quot;Present on Monday&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged on %1</source>
        <extracomment>Accessible description of a day&apos;s logged time, e.g. &quot;Logged on Monday&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <extracomment>Screen reader text of a day without presence in the difference row</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <extracomment>Screen reader text of a difference that cannot be told (never clocked out)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference on %1</source>
        <extracomment>Accessible description of a day&apos;s difference, e.g. &quot;Difference on Monday: 0:35 not logged yet&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged this week</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WeekView</name>
    <message>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a day to open it in the day view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week hint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No activities this week. Add one in the day view; then you can type the time of other days into this grid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the last entry was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>Under the week grid: the day and why its entry was not saved</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
