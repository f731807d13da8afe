// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>
#include <string_view>

namespace vigie {

// The closed vocabularies of the incident schema (shared/incident-schema.md).
// The numeric values are stored in the database and in bit sets: append new
// values at the end, never reorder.
enum class VictimKind : quint8 {
    UniversityHospital,
    Hospital,
    PrivateClinic,
    HospitalGroup,
    HealthAgency,
    NursingHome,
    Laboratory,
    SoftwareVendor,
    Other,
};

enum class AttackType : quint8 {
    Ransomware,
    DataTheft,
    Ddos,
    Phishing,
    CredentialAbuse,
    Intrusion,
    Malware,
    Insider,
    Unknown,
};

enum class DataCategory : quint8 {
    Identity,
    Contact,
    Medical,
    Financial,
    SocialSecurityNumber,
    Credentials,
    Employee,
};

enum class Impact : quint8 {
    CareDisrupted,
    PatientsDiverted,
    SurgeryPostponed,
    CrisisPlan,
    PaperMode,
    SystemsShutDown,
    NoneReported,
};

template<typename E>
struct VocabularyTraits;

template<>
struct VocabularyTraits<VictimKind> {
    static constexpr std::array<std::string_view, 9> names = {
        "university_hospital", "hospital",   "private_clinic",  "hospital_group", "health_agency",
        "nursing_home",        "laboratory", "software_vendor", "other"};
    static constexpr std::string_view field = "victim_kind";
};

template<>
struct VocabularyTraits<AttackType> {
    static constexpr std::array<std::string_view, 9> names = {
        "ransomware", "data_theft", "ddos",    "phishing", "credential_abuse",
        "intrusion",  "malware",    "insider", "unknown"};
    static constexpr std::string_view field = "attack_types";
};

template<>
struct VocabularyTraits<DataCategory> {
    static constexpr std::array<std::string_view, 7> names = {
        "identity",    "contact", "medical", "financial", "social_security_number",
        "credentials", "employee"};
    static constexpr std::string_view field = "data_compromised";
};

template<>
struct VocabularyTraits<Impact> {
    static constexpr std::array<std::string_view, 7> names = {
        "care_disrupted", "patients_diverted", "surgery_postponed", "crisis_plan",
        "paper_mode",     "systems_shut_down", "none_reported"};
    static constexpr std::string_view field = "impacts";
};

template<typename E>
constexpr int vocabularySize()
{
    return int(VocabularyTraits<E>::names.size());
}

template<typename E>
QList<E> vocabularyValues()
{
    QList<E> values;
    for (int i = 0; i < vocabularySize<E>(); ++i)
        values.append(E(i));
    return values;
}

// The schema's snake_case name, e.g. "credential_abuse".
template<typename E>
QString schemaName(E value)
{
    const auto name = VocabularyTraits<E>::names.at(std::size_t(value));
    return QString::fromLatin1(name.data(), qsizetype(name.size()));
}

template<typename E>
std::optional<E> fromSchemaName(QStringView name)
{
    for (int i = 0; i < vocabularySize<E>(); ++i) {
        const auto n = VocabularyTraits<E>::names.at(std::size_t(i));
        if (name == QLatin1StringView(n.data(), qsizetype(n.size())))
            return E(i);
    }
    return std::nullopt;
}

// Human-readable, translated names for the UI and reports.
QString displayName(VictimKind value);
QString displayName(AttackType value);
QString displayName(DataCategory value);
QString displayName(Impact value);

// A set of vocabulary values stored as a bit mask (bit i = value i).
template<typename E>
class FlagSet {
public:
    constexpr FlagSet() = default;
    constexpr explicit FlagSet(quint32 bits)
        : m_bits(bits & allBits())
    {
    }
    FlagSet(std::initializer_list<E> values)
    {
        for (E v : values)
            insert(v);
    }

    static constexpr quint32 allBits() { return (1u << vocabularySize<E>()) - 1; }

    void insert(E value) { m_bits |= 1u << unsigned(value); }
    void remove(E value) { m_bits &= ~(1u << unsigned(value)); }
    bool contains(E value) const { return m_bits & (1u << unsigned(value)); }
    bool isEmpty() const { return m_bits == 0; }
    int size() const { return __builtin_popcount(m_bits); }
    quint32 bits() const { return m_bits; }
    QList<E> values() const
    {
        QList<E> out;
        for (int i = 0; i < vocabularySize<E>(); ++i)
            if (m_bits & (1u << i))
                out.append(E(i));
        return out;
    }
    QStringList schemaNames() const
    {
        QStringList out;
        for (E v : values())
            out.append(schemaName(v));
        return out;
    }
    QStringList displayNames() const
    {
        QStringList out;
        for (E v : values())
            out.append(displayName(v));
        return out;
    }

    friend bool operator==(FlagSet, FlagSet) = default;

private:
    quint32 m_bits = 0;
};

using AttackTypes = FlagSet<AttackType>;
using DataCategories = FlagSet<DataCategory>;
using Impacts = FlagSet<Impact>;

} // namespace vigie
