// SPDX-License-Identifier: GPL-3.0-or-later
#include "Gazetteer.h"

#include "GazetteerData.h"
#include "PlaceNormalizer.h"

#include <algorithm>

namespace vigie::geo {

namespace {

std::string normalizedKey(QStringView name)
{
    std::string key;
    detail::appendNormalized(name, key);
    return key;
}

GeoPoint point(std::string_view lat, std::string_view lon)
{
    GeoPoint p;
    bool okLat = false;
    bool okLon = false;
    p.latitude = toDouble(lat, &okLat);
    p.longitude = toDouble(lon, &okLon);
    p.valid = okLat && okLon;
    return p;
}

Commune communeFromRow(std::string_view row)
{
    const auto f = TsvTable::split(row);
    Commune c;
    c.code = toQString(f[col::CCode]);
    c.name = toQString(f[col::CName]);
    c.departmentCode = toQString(f[col::CDep]);
    c.regionCode = toQString(f[col::CReg]);
    c.population = toInt(f[col::CPop]);
    c.location = point(f[col::CLat], f[col::CLon]);
    const std::string_view kind = f[col::CKind];
    c.kind = kind == "A"   ? CommuneKind::MunicipalArrondissement
             : kind == "F" ? CommuneKind::FormerCommune
                           : CommuneKind::Commune;
    if (f[col::CParent] != "-")
        c.parentCode = toQString(f[col::CParent]);
    c.ambiguousWord = f[col::CFlags].find('a') != std::string_view::npos;
    c.lowercaseWord = f[col::CFlags].find('l') != std::string_view::npos;
    return c;
}

// "1" -> "01", "2a" -> "2A"; anything that cannot be a department code -> empty.
QString departmentCodeForm(QStringView s)
{
    const QString t = s.trimmed().toString().toUpper();
    if (t.isEmpty() || t.size() > 3)
        return {};
    if (t == u"2A" || t == u"2B")
        return t;
    for (QChar ch : t)
        if (!ch.isDigit())
            return {};
    return t.size() == 1 ? QStringLiteral("0") + t : t;
}

template<typename T>
const T *findByCode(const QList<T> &list, QStringView code)
{
    const auto it =
        std::find_if(list.cbegin(), list.cend(), [&](const T &item) { return item.code == code; });
    return it == list.cend() ? nullptr : &*it;
}

} // namespace

const Gazetteer &Gazetteer::shared()
{
    static const Gazetteer instance;
    return instance;
}

Gazetteer::Gazetteer()
    : d(std::make_unique<GazetteerData>())
{
    d->load();
}

Gazetteer::~Gazetteer() = default;

bool Gazetteer::isValid() const
{
    return d->error.isEmpty();
}

QString Gazetteer::errorString() const
{
    return d->error;
}

// --- communes

QList<Commune> Gazetteer::communesByName(QStringView name, QStringView departmentHint) const
{
    QList<Commune> result;
    if (!isValid())
        return result;
    // "Saint-Denis (93)" or "Saint-Denis (Seine-Saint-Denis)"
    QStringView bare = name.trimmed();
    QStringView hint = departmentHint.trimmed();
    if (bare.endsWith(u')')) {
        const qsizetype open = bare.lastIndexOf(u'(');
        if (open > 0) {
            if (hint.isEmpty())
                hint = bare.mid(open + 1, bare.size() - open - 2).trimmed();
            bare = bare.left(open).trimmed();
        }
    }
    QString departmentCode;
    if (!hint.isEmpty())
        if (const auto dep = department(hint))
            departmentCode = dep->code;

    const auto [first, last] = d->communes.equalRange(normalizedKey(bare));
    for (qsizetype i = first; i < last; i = d->communes.nextLine(i)) {
        Commune c = communeFromRow(d->communes.lineAt(i));
        if (!departmentCode.isEmpty() && c.departmentCode != departmentCode)
            continue;
        // An arrondissement has aliases ("Paris 12e", "12e arrondissement
        // de Paris"); each is one row.
        const bool duplicate = std::any_of(result.cbegin(), result.cend(), [&](const Commune &o) {
            return o.code == c.code && o.kind == c.kind;
        });
        if (!duplicate)
            result.append(std::move(c));
    }
    return result;
}

std::optional<Commune> Gazetteer::communeByCode(QStringView inseeCode) const
{
    const QByteArray code = inseeCode.trimmed().toString().toUpper().toUtf8();
    const quint32 *row =
        d->communeByCode.find(codeKey(std::string_view(code.constData(), size_t(code.size()))));
    if (!row || *row == 0)
        return std::nullopt;
    // Only the hash of the code was compared: check the code itself.
    Commune c = communeFromRow(d->communes.lineAt(qsizetype(*row) - 1));
    if (c.code != QLatin1String(code))
        return std::nullopt;
    return c;
}

GeoPoint Gazetteer::communeLocation(QStringView inseeCode) const
{
    const auto c = communeByCode(inseeCode);
    return c ? c->location : GeoPoint{};
}

qsizetype Gazetteer::communeCount() const
{
    return d->communes.lineCount();
}

// --- departments and regions

std::optional<DepartmentInfo> Gazetteer::department(QStringView codeOrName) const
{
    const QString code = departmentCodeForm(codeOrName);
    if (!code.isEmpty()) {
        const DepartmentInfo *dep = findByCode(d->departments, code);
        return dep ? std::optional<DepartmentInfo>(*dep) : std::nullopt;
    }
    const auto [first, last] = d->names.equalRange(normalizedKey(codeOrName));
    for (qsizetype i = first; i < last; i = d->names.nextLine(i)) {
        const auto f = TsvTable::split(d->names.lineAt(i));
        if (f[col::NKind] == "D")
            if (const DepartmentInfo *dep = findByCode(d->departments, toQString(f[col::NCode])))
                return *dep;
    }
    return std::nullopt;
}

QList<DepartmentInfo> Gazetteer::departments() const
{
    return d->departments;
}

std::optional<DepartmentInfo> Gazetteer::departmentOfCommune(QStringView inseeCode) const
{
    const auto c = communeByCode(inseeCode);
    return c ? department(c->departmentCode) : std::nullopt;
}

std::optional<RegionInfo> Gazetteer::region(QStringView code) const
{
    const RegionInfo *r = findByCode(d->regions, code.trimmed());
    return r ? std::optional<RegionInfo>(*r) : std::nullopt;
}

std::optional<RegionMatch> Gazetteer::regionByName(QStringView name) const
{
    if (const auto r = region(name))
        return RegionMatch{*r, r->name, false};
    const auto [first, last] = d->names.equalRange(normalizedKey(name));
    // Current names sort before former ones ('O' > 'R' is false, so look for R first).
    std::optional<RegionMatch> former;
    for (qsizetype i = first; i < last; i = d->names.nextLine(i)) {
        const auto f = TsvTable::split(d->names.lineAt(i));
        if (f[col::NKind] != "R" && f[col::NKind] != "O")
            continue;
        const RegionInfo *r = findByCode(d->regions, toQString(f[col::NCode]));
        if (!r)
            continue;
        RegionMatch m{*r, toQString(f[col::NDisplay]), f[col::NKind] == "O"};
        if (!m.former)
            return m;
        if (!former)
            former = m;
    }
    return former;
}

QList<RegionInfo> Gazetteer::regions() const
{
    return d->regions;
}

// --- abroad

std::optional<Country> Gazetteer::country(QStringView nameOrCode) const
{
    const QStringView t = nameOrCode.trimmed();
    if (t.size() == 2 && t[0].isUpper() && t[1].isUpper())
        if (const Country *c = findByCode(d->countries, t))
            return *c;
    return countryByName(t);
}

std::optional<Country> Gazetteer::countryByName(QStringView name) const
{
    const auto [first, last] = d->names.equalRange(normalizedKey(name));
    for (qsizetype i = first; i < last; i = d->names.nextLine(i)) {
        const auto f = TsvTable::split(d->names.lineAt(i));
        if (f[col::NKind] == "N")
            if (const Country *c = findByCode(d->countries, toQString(f[col::NCode])))
                return *c;
    }
    return std::nullopt;
}

std::optional<Country> Gazetteer::countryByAdjective(QStringView word) const
{
    const auto [first, last] = d->names.equalRange(normalizedKey(word));
    for (qsizetype i = first; i < last; i = d->names.nextLine(i)) {
        const auto f = TsvTable::split(d->names.lineAt(i));
        if (f[col::NKind] == "A")
            if (const Country *c = findByCode(d->countries, toQString(f[col::NCode])))
                return *c;
    }
    return std::nullopt;
}

QList<Country> Gazetteer::countries() const
{
    return d->countries;
}

QList<Town> Gazetteer::townsByName(QStringView name, QStringView countryCode) const
{
    QList<Town> result;
    d->ensureAdmin1();
    const QString country = countryCode.trimmed().toString().toUpper();
    const auto [first, last] = d->towns.equalRange(normalizedKey(name));
    for (qsizetype i = first; i < last; i = d->towns.nextLine(i)) {
        const auto f = TsvTable::split(d->towns.lineAt(i));
        Town t;
        t.countryCode = toQString(f[col::TCountry]);
        if (!country.isEmpty() && t.countryCode != country)
            continue;
        t.name = toQString(f[col::TName]);
        t.admin1Code = toQString(f[col::TAdmin1]);
        t.admin1Name = d->admin1Names.value(t.countryCode + u'.' + t.admin1Code);
        t.location = point(f[col::TLat], f[col::TLon]);
        t.population = toInt(f[col::TPop]);
        result.append(std::move(t));
    }
    return result;
}

qsizetype Gazetteer::townCount() const
{
    return d->towns.lineCount();
}

bool Gazetteer::isAmbiguousWord(QStringView name) const
{
    const std::string key = normalizedKey(name);
    const ScanEntry *e =
        d->index.find(detail::fnvAppend(detail::FnvOffset, key.data(), key.size()));
    return !e || e->kinds == 0 || e->ambiguous;
}

} // namespace vigie::geo
