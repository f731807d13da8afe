// SPDX-License-Identifier: GPL-3.0-or-later
#include "Stix.h"

namespace vigie::stix {

QString objectId(const QString &type, const QString &name)
{
    return type + QStringLiteral("--") +
           QUuid::createUuidV5(vigieNamespace(), type + u':' + name).toString(QUuid::WithoutBraces);
}

QString vigieRecordExtension()
{
    return objectId(QStringLiteral("extension-definition"), QStringLiteral("vigie-record"));
}

QString vigieIdentity()
{
    // Not a victim name: "vigie:" cannot collide with an organisation's name key.
    return objectId(QStringLiteral("identity"), QStringLiteral("vigie:system"));
}

QString informationType(DataCategory category)
{
    switch (category) {
    case DataCategory::Medical:
        return QStringLiteral("phi");
    case DataCategory::Credentials:
        return QStringLiteral("credentials");
    case DataCategory::Financial:
        return QStringLiteral("financial");
    case DataCategory::Identity:
    case DataCategory::Contact:
    case DataCategory::SocialSecurityNumber:
    case DataCategory::Employee:
        break;
    }
    return QStringLiteral("pii");
}

QString incidentType(AttackType type)
{
    switch (type) {
    case AttackType::Ransomware:
    case AttackType::Malware:
        return QStringLiteral("compromised-system");
    case AttackType::DataTheft:
        return QStringLiteral("unauthorized-release");
    case AttackType::Ddos:
        return QStringLiteral("denial-of-service");
    case AttackType::CredentialAbuse:
    case AttackType::Intrusion:
        return QStringLiteral("unauthorized-access");
    case AttackType::Insider:
        return QStringLiteral("unauthorized-use");
    case AttackType::Phishing:
    case AttackType::Unknown:
        break;
    }
    return {};
}

QStringList sectors(VictimKind kind)
{
    switch (kind) {
    case VictimKind::SoftwareVendor:
        return {QStringLiteral("technology")};
    case VictimKind::HealthAgency:
        return {QStringLiteral("government-regional"), QStringLiteral("healthcare")};
    case VictimKind::Other:
        return {};
    default:
        return {QStringLiteral("healthcare")};
    }
}

} // namespace vigie::stix
