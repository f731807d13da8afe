// SPDX-License-Identifier: GPL-3.0-or-later
#include "Vocabulary.h"

#include <QCoreApplication>

namespace vigie {

QString displayName(VictimKind value)
{
    switch (value) {
    case VictimKind::UniversityHospital:
        return QCoreApplication::translate("Vocabulary", "University hospital");
    case VictimKind::Hospital:
        return QCoreApplication::translate("Vocabulary", "Hospital");
    case VictimKind::PrivateClinic:
        return QCoreApplication::translate("Vocabulary", "Private clinic");
    case VictimKind::HospitalGroup:
        return QCoreApplication::translate("Vocabulary", "Hospital group");
    case VictimKind::HealthAgency:
        return QCoreApplication::translate("Vocabulary", "Health agency");
    case VictimKind::NursingHome:
        return QCoreApplication::translate("Vocabulary", "Nursing home");
    case VictimKind::Laboratory:
        return QCoreApplication::translate("Vocabulary", "Laboratory");
    case VictimKind::SoftwareVendor:
        return QCoreApplication::translate("Vocabulary", "Software vendor");
    case VictimKind::Other:
        return QCoreApplication::translate("Vocabulary", "Other");
    }
    return {};
}

QString displayName(AttackType value)
{
    switch (value) {
    case AttackType::Ransomware:
        return QCoreApplication::translate("Vocabulary", "Ransomware");
    case AttackType::DataTheft:
        return QCoreApplication::translate("Vocabulary", "Data theft");
    case AttackType::Ddos:
        return QCoreApplication::translate("Vocabulary", "DDoS");
    case AttackType::Phishing:
        return QCoreApplication::translate("Vocabulary", "Phishing");
    case AttackType::CredentialAbuse:
        return QCoreApplication::translate("Vocabulary", "Credential abuse");
    case AttackType::Intrusion:
        return QCoreApplication::translate("Vocabulary", "Intrusion");
    case AttackType::Malware:
        return QCoreApplication::translate("Vocabulary", "Malware");
    case AttackType::Insider:
        return QCoreApplication::translate("Vocabulary", "Insider");
    case AttackType::Unknown:
        return QCoreApplication::translate("Vocabulary", "Unknown");
    }
    return {};
}

QString displayName(DataCategory value)
{
    switch (value) {
    case DataCategory::Identity:
        return QCoreApplication::translate("Vocabulary", "Identity");
    case DataCategory::Contact:
        return QCoreApplication::translate("Vocabulary", "Contact details");
    case DataCategory::Medical:
        return QCoreApplication::translate("Vocabulary", "Medical");
    case DataCategory::Financial:
        return QCoreApplication::translate("Vocabulary", "Financial");
    case DataCategory::SocialSecurityNumber:
        return QCoreApplication::translate("Vocabulary", "Social security number");
    case DataCategory::Credentials:
        return QCoreApplication::translate("Vocabulary", "Credentials");
    case DataCategory::Employee:
        return QCoreApplication::translate("Vocabulary", "Employee data");
    }
    return {};
}

QString displayName(Impact value)
{
    switch (value) {
    case Impact::CareDisrupted:
        return QCoreApplication::translate("Vocabulary", "Care disrupted");
    case Impact::PatientsDiverted:
        return QCoreApplication::translate("Vocabulary", "Patients diverted");
    case Impact::SurgeryPostponed:
        return QCoreApplication::translate("Vocabulary", "Surgery postponed");
    case Impact::CrisisPlan:
        return QCoreApplication::translate("Vocabulary", "Crisis plan");
    case Impact::PaperMode:
        return QCoreApplication::translate("Vocabulary", "Paper mode");
    case Impact::SystemsShutDown:
        return QCoreApplication::translate("Vocabulary", "Systems shut down");
    case Impact::NoneReported:
        return QCoreApplication::translate("Vocabulary", "None reported");
    }
    return {};
}

} // namespace vigie
