// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/CustomFieldValues.h"
#include "core/sync/Delivery.h"

#include <optional>

class CustomPropertiesUpdate;
struct CustomFieldsPayload;

// Custom field values of a project or a customer. Accounts under MOCO's
// older rule delete every field left out of an update, so the record is read
// first and the user's fields set into the whole map: fields changed
// elsewhere meanwhile survive, and repeating the PUT is harmless.
//
// A field the user changed that was changed in MOCO too since the user saw
// it (its value is no longer the payload's base) is not overwritten: the
// item is refused with both values, and its base moves to MOCO's value, so
// "Try again" in the attention list sends the user's value and "Discard" keeps
// MOCO's.
class CustomFieldsDelivery : public Delivery
{
    Q_OBJECT
public:
    using Delivery::Delivery;

    void send(const OutboxItem &item, Done done) override;

private:
    // The fields changed on both sides, as a sentence; empty when none. The
    // payload's base moves to the server's values.
    QString changedMeanwhile(CustomFieldsPayload *payload, const CustomFieldValues &server) const;
    void put(const OutboxItem &item, const CustomPropertiesUpdate &update, Done done);
    bool record(const OutboxItem &item, const CustomFieldValues &server);
};
