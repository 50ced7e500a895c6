// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

// Which API requests a fault applies to: an optional method and an optional
// path. A path without '*' is a prefix ("/api/v1/activities" also matches
// ".../activities/5/stop_timer"); with '*' it must match the whole path, each
// '*' standing for one path segment ("/api/v1/activities/*/stop_timer").
struct RequestPattern
{
    QByteArray method; // upper case; empty: any
    QString path;      // empty: any

    bool isEmpty() const { return method.isEmpty() && path.isEmpty(); }
    bool matches(const QByteArray &requestMethod, const QString &requestPath) const;

    // The "method" and "path" keys of a control-API object.
    static RequestPattern fromJson(const QJsonObject &object);
    void addTo(QJsonObject *object) const;
    // "POST /api/v1/activities", "/api/v1/activities" or "*" (the command
    // line's form); nullopt for anything else.
    static std::optional<RequestPattern> fromText(const QString &text);
};
