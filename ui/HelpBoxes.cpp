// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "HelpBoxes.h"

#include "core/Version.h"

#include <QAction>
#include <QMessageBox>

void HelpBoxes::showShortcuts(QWidget *parent, const QList<QAction *> &actions)
{
    QString rows;
    for (const QAction *action : actions) {
        rows += QStringLiteral("<tr><td>%1</td><td>&nbsp;&nbsp;<b>%2</b></td></tr>")
                    .arg(action->text().remove(QLatin1Char('&')).remove(QStringLiteral("…")),
                         action->shortcut().toString(QKeySequence::NativeText).toHtmlEscaped());
    }
    //: Rows of the keyboard shortcuts table that are not window actions
    rows += tr("<tr><td>Edit the selected activity</td><td>&nbsp;&nbsp;<b>Enter</b></td></tr>"
               "<tr><td>Delete the selected activity</td><td>&nbsp;&nbsp;<b>Del</b></td></tr>"
               "<tr><td>Change the duration in place</td><td>&nbsp;&nbsp;<b>F2</b></td></tr>");
    auto *box =
        new QMessageBox(QMessageBox::NoIcon, tr("Keyboard Shortcuts"),
                        QStringLiteral("<table>%1</table>").arg(rows), QMessageBox::Close, parent);
    box->setObjectName(QStringLiteral("shortcutsBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void HelpBoxes::showAbout(QWidget *parent)
{
    auto *box = new QMessageBox(
        QMessageBox::NoIcon, tr("About MocoTrack"),
        tr("<h3>MocoTrack %1</h3>"
           "<p>A native desktop time tracker for MOCO.</p>"
           "<p>MocoTrack is free software under the GNU General Public License, version 3 or "
           "later. It is not made by the makers of MOCO.</p>")
            .arg(QStringLiteral(MOCOTRACK_VERSION)),
        QMessageBox::Close, parent);
    box->setIconPixmap(parent->windowIcon().pixmap(64, 64));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}
