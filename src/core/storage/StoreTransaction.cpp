// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/StoreTransaction.h"

StoreTransaction::StoreTransaction(QSqlDatabase db)
    : m_db(std::move(db))
{
    m_active = m_db.transaction();
}

StoreTransaction::~StoreTransaction()
{
    if (m_active)
        m_db.rollback();
}

bool StoreTransaction::commit()
{
    if (!m_active)
        return false;
    m_active = false;
    if (m_db.commit())
        return true;
    // A failed COMMIT (disk full, locked) may leave the transaction open:
    // end it, or every later write of this connection joins a transaction
    // that is never committed.
    m_db.rollback();
    return false;
}
