// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Project.h"
#include "core/sync/Delivery.h"

// Custom field values of a project. MOCO replaces the whole map, so the
// server's current values are read first and the user's fields set into
// them: fields changed elsewhere meanwhile survive, and repeating the PUT
// is harmless.
class ProjectFieldsDelivery : public Delivery
{
    Q_OBJECT
public:
    using Delivery::Delivery;

    void send(const OutboxItem &item, Done done) override;

private:
    bool recordProject(const OutboxItem &item, const Project &server);
};
