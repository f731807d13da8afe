// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/HtmlDocument.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QUrl>

#include <gumbo.h>

#include <cstdlib>
#include <cstring>
#include <vector>

namespace vigie::import {

namespace {

// Every gumbo allocation is linked into a list, so the whole tree can be
// freed by walking the list instead of gumbo_destroy_output(), which
// recurses once per nesting level (10,000 nested divs would be 10,000 frames
// on a worker thread's stack).
struct alignas(std::max_align_t) Block {
    Block *prev;
    Block *next;
};

struct Allocations {
    Block head{&head, &head};

    static void *allocate(void *userdata, size_t size)
    {
        auto *self = static_cast<Allocations *>(userdata);
        auto *b = static_cast<Block *>(std::malloc(sizeof(Block) + size));
        if (!b)
            std::abort(); // as gumbo's default allocator would crash on NULL
        b->next = self->head.next;
        b->prev = &self->head;
        self->head.next->prev = b;
        self->head.next = b;
        return b + 1;
    }
    static void deallocate(void *, void *ptr)
    {
        if (!ptr)
            return;
        Block *b = static_cast<Block *>(ptr) - 1;
        b->prev->next = b->next;
        b->next->prev = b->prev;
        std::free(b);
    }
    void freeAll()
    {
        Block *b = head.next;
        while (b != &head) {
            Block *next = b->next;
            std::free(b);
            b = next;
        }
        head.next = head.prev = &head;
    }
    ~Allocations() { freeAll(); }
};

QString attr(const GumboNode *node, const char *name)
{
    if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_TEMPLATE)
        return {};
    const GumboAttribute *a = gumbo_get_attribute(&node->v.element.attributes, name);
    return a ? QString::fromUtf8(a->value).trimmed() : QString();
}

bool isElement(const GumboNode *node)
{
    return node->type == GUMBO_NODE_ELEMENT || node->type == GUMBO_NODE_TEMPLATE;
}

const GumboVector &childrenOf(const GumboNode *node)
{
    static const GumboVector empty{nullptr, 0, 0};
    if (node->type == GUMBO_NODE_DOCUMENT)
        return node->v.document.children;
    if (isElement(node))
        return node->v.element.children;
    return empty;
}

GumboTag tagOf(const GumboNode *node)
{
    return isElement(node) ? node->v.element.tag : GUMBO_TAG_UNKNOWN;
}

// Elements that never hold article text.
bool isDroppedTag(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_MATH:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_INPUT:
    case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_EMBED:
    case GUMBO_TAG_CANVAS:
    case GUMBO_TAG_AUDIO:
    case GUMBO_TAG_VIDEO:
    case GUMBO_TAG_MAP:
    case GUMBO_TAG_MENU:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_TITLE:
    case GUMBO_TAG_FOOTER:
        return true;
    default:
        return false;
    }
}

bool isBlockTag(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_P:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_TD:
    case GUMBO_TAG_TH:
    case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_HR:
    case GUMBO_TAG_BODY:
    case GUMBO_TAG_CENTER:
    case GUMBO_TAG_DETAILS:
    case GUMBO_TAG_SUMMARY:
    case GUMBO_TAG_FIELDSET:
        return true;
    default:
        return false;
    }
}

// class/id words of containers that hold furniture ("related-articles",
// "share_buttons", "comments"...). Matched word by word.
bool hasFurnitureName(const GumboNode *node)
{
    static const QSet<QString> words{
        QStringLiteral("comment"),
        QStringLiteral("comments"),
        QStringLiteral("commentaires"),
        QStringLiteral("related"),
        QStringLiteral("share"),
        QStringLiteral("sharing"),
        QStringLiteral("social"),
        QStringLiteral("newsletter"),
        QStringLiteral("advert"),
        QStringLiteral("advertisement"),
        QStringLiteral("ad"),
        QStringLiteral("ads"),
        QStringLiteral("adsbygoogle"),
        QStringLiteral("publicite"),
        QStringLiteral("promo"),
        QStringLiteral("sidebar"),
        QStringLiteral("breadcrumb"),
        QStringLiteral("breadcrumbs"),
        QStringLiteral("tags"),
        QStringLiteral("cookie"),
        QStringLiteral("cookies"),
        QStringLiteral("popup"),
        QStringLiteral("modal"),
        QStringLiteral("subscribe"),
        QStringLiteral("subscription"),
        QStringLiteral("outbrain"),
        QStringLiteral("taboola"),
        QStringLiteral("recommended"),
        QStringLiteral("recommendations"),
        QStringLiteral("navbar"),
        QStringLiteral("menu"),
        QStringLiteral("masthead"),
        QStringLiteral("paywall"),
        QStringLiteral("disqus"),
        QStringLiteral("sharebar"),
        QStringLiteral("toolbar"),
    };
    const QString names = (attr(node, "class") + QLatin1Char(' ') + attr(node, "id")).toLower();
    if (names.trimmed().isEmpty())
        return false;
    QString word;
    for (qsizetype i = 0; i <= names.size(); ++i) {
        const QChar c = i < names.size() ? names.at(i) : QChar(u' ');
        if (c.isLetterOrNumber()) {
            word += c;
            continue;
        }
        if (!word.isEmpty() && words.contains(word))
            return true;
        word.clear();
    }
    const QString role = attr(node, "role").toLower();
    return role == u"navigation" || role == u"banner" || role == u"contentinfo" ||
           role == u"complementary" || role == u"search" || role == u"dialog";
}

bool isHidden(const GumboNode *node)
{
    if (gumbo_get_attribute(&node->v.element.attributes, "hidden"))
        return true;
    if (attr(node, "aria-hidden").compare(u"true", Qt::CaseInsensitive) == 0)
        return true;
    QString style = attr(node, "style").toLower();
    style.remove(QLatin1Char(' '));
    return style.contains(u"display:none") || style.contains(u"visibility:hidden");
}

// Text of a subtree, whitespace collapsed, iteratively.
QString plainText(const GumboNode *root)
{
    QString out;
    std::vector<const GumboNode *> stack{root};
    while (!stack.empty()) {
        const GumboNode *n = stack.back();
        stack.pop_back();
        if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_CDATA ||
            n->type == GUMBO_NODE_WHITESPACE) {
            out += QString::fromUtf8(n->v.text.text);
            continue;
        }
        if (isElement(n) && (tagOf(n) == GUMBO_TAG_SCRIPT || tagOf(n) == GUMBO_TAG_STYLE))
            continue;
        const GumboVector &children = childrenOf(n);
        for (unsigned i = children.length; i-- > 0;)
            stack.push_back(static_cast<const GumboNode *>(children.data[i]));
        if (isElement(n) && isBlockTag(tagOf(n)))
            out += QLatin1Char(' ');
    }
    return out.simplified();
}

bool hasAncestor(const GumboNode *node, const GumboNode *ancestor)
{
    for (const GumboNode *p = node; p; p = p->parent)
        if (p == ancestor)
            return true;
    return false;
}

QString canonicalizeSpaces(const QString &s)
{
    return s.simplified();
}

} // namespace

struct HtmlDocument::Impl {
    Allocations allocations;
    GumboOptions options = kGumboDefaultOptions;
    GumboOutput *output = nullptr;
    QByteArray utf8;
    Metadata metadata;

    // Found while indexing.
    std::vector<const GumboNode *> articles, mains, articleBodies, times, h1s, jsonLd;

    ~Impl()
    {
        // Not gumbo_destroy_output(): see Allocations.
        output = nullptr;
        allocations.freeAll();
    }
};

HtmlDocument::HtmlDocument()
    : d(std::make_unique<Impl>())
{
}
HtmlDocument::~HtmlDocument() = default;

const HtmlDocument::Metadata &HtmlDocument::metadata() const
{
    return d->metadata;
}

namespace {

struct JsonLdFacts {
    QString published, headline, publisher;
};

// Looks through JSON-LD objects (with @graph and nested arrays) for the
// article's date, headline and publisher, preferring *Article types.
void readJsonLd(const QString &json, JsonLdFacts &facts)
{
    QJsonParseError error;
    QJsonDocument doc = QJsonDocument::fromJson(json.trimmed().toUtf8(), &error);
    if (doc.isNull())
        return;
    std::vector<QJsonValue> stack;
    stack.push_back(doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object()));
    int visited = 0;
    JsonLdFacts best, any;
    while (!stack.empty() && ++visited < 10000) {
        const QJsonValue v = stack.back();
        stack.pop_back();
        if (v.isArray()) {
            for (const QJsonValue &e : v.toArray())
                stack.push_back(e);
            continue;
        }
        if (!v.isObject())
            continue;
        const QJsonObject o = v.toObject();
        const QJsonValue typeValue = o.value(QStringLiteral("@type"));
        QString type =
            typeValue.isArray() ? typeValue.toArray().first().toString() : typeValue.toString();
        const bool isArticle = type.contains(QStringLiteral("Article")) || type == u"Report" ||
                               type == u"BlogPosting" || type == u"LiveBlogPosting";
        JsonLdFacts &target = isArticle ? best : any;
        if (target.published.isEmpty())
            target.published = o.value(QStringLiteral("datePublished")).toString();
        if (target.headline.isEmpty())
            target.headline = o.value(QStringLiteral("headline")).toString();
        if (target.publisher.isEmpty()) {
            const QJsonValue pub = o.value(QStringLiteral("publisher"));
            target.publisher = pub.isObject()
                                   ? pub.toObject().value(QStringLiteral("name")).toString()
                                   : pub.toString();
        }
        for (auto it = o.begin(); it != o.end(); ++it)
            if (it.value().isObject() || it.value().isArray())
                stack.push_back(it.value());
    }
    for (auto [mine, found, fallback] :
         {std::tuple{&facts.published, &best.published, &any.published},
          std::tuple{&facts.headline, &best.headline, &any.headline},
          std::tuple{&facts.publisher, &best.publisher, &any.publisher}}) {
        if (mine->isEmpty())
            *mine = !found->isEmpty() ? *found : *fallback;
    }
}

// "Headline | Site", "Headline - Site" -> "Headline".
QString titleWithoutSite(const QString &title, const QString &siteName)
{
    for (const QString &sep :
         {QStringLiteral(" | "), QStringLiteral(" - "), QStringLiteral(" – "),
          QStringLiteral(" — "), QStringLiteral(" :: "), QStringLiteral(" · ")}) {
        const qsizetype at = title.lastIndexOf(sep);
        if (at <= 0)
            continue;
        const QString head = title.left(at).trimmed();
        const QString tail = title.mid(at + sep.size()).trimmed();
        if ((!siteName.isEmpty() && tail.compare(siteName, Qt::CaseInsensitive) == 0) ||
            (tail.size() <= 30 && head.size() >= 20))
            return head;
    }
    return title;
}

} // namespace

Status HtmlDocument::parse(const QString &html, const ReadOptions &options)
{
    d->utf8 = html.toUtf8();
    if (const int depth = estimatedDepth(d->utf8); depth > maxDepth)
        return Status::failure(QCoreApplication::translate(
                                   "vigie::import", "the HTML is nested too deeply (%1 levels; "
                                                    "the limit is %2): not a readable web page")
                                   .arg(depth)
                                   .arg(maxDepth));

    d->options.allocator = &Allocations::allocate;
    d->options.deallocator = &Allocations::deallocate;
    d->options.userdata = &d->allocations;
    d->options.max_errors = 0; // errors are of no use here and cost memory
    d->output = gumbo_parse_with_options(&d->options, d->utf8.constData(), size_t(d->utf8.size()));
    if (!d->output || !d->output->document)
        return Status::failure(
            QCoreApplication::translate("vigie::import", "the HTML could not be parsed"));

    // One walk collects the metadata and the candidate containers.
    QHash<QString, QString> metas; // lower-case name/property/itemprop -> content
    QString titleText, canonical, lang, timeDatetime, pubTime;
    std::vector<const GumboNode *> stack{d->output->document};
    qsizetype visited = 0;
    while (!stack.empty()) {
        const GumboNode *n = stack.back();
        stack.pop_back();
        if ((++visited & 4095) == 0 && options.isCancelled())
            return Status::failure(ReadOptions::cancelledMessage());
        if (!isElement(n)) {
            if (n->type == GUMBO_NODE_DOCUMENT)
                for (unsigned i = n->v.document.children.length; i-- > 0;)
                    stack.push_back(static_cast<const GumboNode *>(n->v.document.children.data[i]));
            continue;
        }
        const GumboTag tag = tagOf(n);
        switch (tag) {
        case GUMBO_TAG_HTML:
            lang = attr(n, "lang");
            if (lang.isEmpty())
                lang = attr(n, "xml:lang");
            break;
        case GUMBO_TAG_TITLE:
            if (titleText.isEmpty())
                titleText = plainText(n);
            break;
        case GUMBO_TAG_META: {
            QString key = attr(n, "property");
            if (key.isEmpty())
                key = attr(n, "name");
            if (key.isEmpty())
                key = attr(n, "itemprop");
            if (key.isEmpty())
                key = attr(n, "http-equiv");
            key = key.toLower();
            if (!key.isEmpty() && !metas.contains(key))
                metas.insert(key, canonicalizeSpaces(attr(n, "content")));
            break;
        }
        case GUMBO_TAG_LINK:
            if (canonical.isEmpty() &&
                attr(n, "rel")
                    .split(QLatin1Char(' '))
                    .contains(QStringLiteral("canonical"), Qt::CaseInsensitive))
                canonical = attr(n, "href");
            break;
        case GUMBO_TAG_SCRIPT:
            if (attr(n, "type").compare(u"application/ld+json", Qt::CaseInsensitive) == 0)
                d->jsonLd.push_back(n);
            continue; // nothing else inside a script
        case GUMBO_TAG_ARTICLE:
            d->articles.push_back(n);
            break;
        case GUMBO_TAG_MAIN:
            d->mains.push_back(n);
            break;
        case GUMBO_TAG_H1:
            d->h1s.push_back(n);
            break;
        case GUMBO_TAG_TIME:
            d->times.push_back(n);
            break;
        default:
            break;
        }
        if (tag != GUMBO_TAG_MAIN && attr(n, "role").compare(u"main", Qt::CaseInsensitive) == 0)
            d->mains.push_back(n);
        const QString itemprop = attr(n, "itemprop");
        if (itemprop == u"articleBody")
            d->articleBodies.push_back(n);
        else if (itemprop == u"datePublished" && pubTime.isEmpty()) {
            pubTime = attr(n, "datetime");
            if (pubTime.isEmpty())
                pubTime = attr(n, "content");
            if (pubTime.isEmpty())
                pubTime = plainText(n);
        }
        const GumboVector &children = n->v.element.children;
        for (unsigned i = children.length; i-- > 0;)
            stack.push_back(static_cast<const GumboNode *>(children.data[i]));
    }

    JsonLdFacts ld;
    for (const GumboNode *script : d->jsonLd) {
        QString json;
        const GumboVector &children = script->v.element.children;
        for (unsigned i = 0; i < children.length; ++i) {
            const auto *c = static_cast<const GumboNode *>(children.data[i]);
            if (c->type == GUMBO_NODE_TEXT || c->type == GUMBO_NODE_CDATA ||
                c->type == GUMBO_NODE_WHITESPACE)
                json += QString::fromUtf8(c->v.text.text);
        }
        readJsonLd(json, ld);
    }

    // <time> of the article: one marked as publication date, else the first
    // inside an <article>, else the first of the page (among the first 200,
    // which bounds the ancestor walks).
    {
        QString marked, inArticle, first;
        int checked = 0;
        for (const GumboNode *t : d->times) {
            if (++checked > 200)
                break;
            const QString dt = attr(t, "datetime");
            if (dt.isEmpty())
                continue;
            if (gumbo_get_attribute(&t->v.element.attributes, "pubdate") ||
                attr(t, "class").contains(u"publi", Qt::CaseInsensitive)) {
                marked = dt;
                break;
            }
            if (first.isEmpty())
                first = dt;
            if (inArticle.isEmpty() && !d->articles.empty() && hasAncestor(t, d->articles.front()))
                inArticle = dt;
        }
        timeDatetime = !marked.isEmpty() ? marked : !inArticle.isEmpty() ? inArticle : first;
    }

    Metadata &m = d->metadata;
    const auto firstOf = [&](std::initializer_list<QString> values) {
        for (const QString &v : values)
            if (!v.trimmed().isEmpty())
                return v.trimmed();
        return QString();
    };
    m.siteName = firstOf({metas.value(QStringLiteral("og:site_name")), ld.publisher,
                          metas.value(QStringLiteral("application-name")),
                          metas.value(QStringLiteral("twitter:site")).remove(QLatin1Char('@'))});
    const QString h1 = d->h1s.empty() ? QString() : plainText(d->h1s.front());
    m.title = firstOf({metas.value(QStringLiteral("og:title")), ld.headline, h1,
                       metas.value(QStringLiteral("twitter:title")),
                       titleWithoutSite(titleText.simplified(), m.siteName)});
    m.published = firstOf(
        {metas.value(QStringLiteral("article:published_time")), ld.published, pubTime,
         metas.value(QStringLiteral("datepublished")), timeDatetime,
         metas.value(QStringLiteral("og:published_time")), metas.value(QStringLiteral("date")),
         metas.value(QStringLiteral("dc.date.issued")), metas.value(QStringLiteral("dc.date")),
         metas.value(QStringLiteral("dcterms.created")),
         metas.value(QStringLiteral("parsely-pub-date")),
         metas.value(QStringLiteral("sailthru.date")), metas.value(QStringLiteral("pubdate"))});
    m.canonicalUrl = firstOf({canonical, metas.value(QStringLiteral("og:url"))});
    m.language = firstOf({lang, metas.value(QStringLiteral("content-language")),
                          metas.value(QStringLiteral("og:locale")),
                          metas.value(QStringLiteral("language"))});
    return {};
}

namespace {

// Per-element facts for choosing the main content, in document order.
struct NodeStats {
    const GumboNode *node;
    int parent;   // index in the vector, -1 for the root
    bool dropped; // furniture, with its whole subtree
    qsizetype text = 0;
    qsizetype linkText = 0;
    qsizetype commas = 0;
    double score = 0;
    bool hasBlockChild = false; // a div with only inline content is a paragraph
};

} // namespace

Result<QString> HtmlDocument::mainText(const ReadOptions &options) const
{
    if (!d->output)
        return Result<QString>::failure(
            QCoreApplication::translate("vigie::import", "no HTML parsed"));
    const GumboNode *htmlRoot = d->output->root;

    // 1. Statistics of every element (iterative pre-order, then bottom-up).
    std::vector<NodeStats> stats;
    QHash<const GumboNode *, int> indexOf;
    struct Frame {
        const GumboNode *node;
        int parent;
        bool dropped;
        bool inLink;
        bool inArticle;
    };
    std::vector<Frame> stack{{htmlRoot, -1, false, false, false}};
    qsizetype visited = 0;
    while (!stack.empty()) {
        const Frame f = stack.back();
        stack.pop_back();
        if ((++visited & 4095) == 0 && options.isCancelled())
            return Result<QString>::failure(ReadOptions::cancelledMessage());
        const GumboNode *n = f.node;
        if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_CDATA) {
            if (f.parent >= 0 && !f.dropped) {
                NodeStats &p = stats[size_t(f.parent)];
                const qsizetype len = qsizetype(std::strlen(n->v.text.text));
                p.text += len;
                if (f.inLink)
                    p.linkText += len;
                for (const char *c = n->v.text.text; *c; ++c)
                    p.commas += *c == ',';
            }
            continue;
        }
        if (!isElement(n))
            continue;
        const GumboTag tag = tagOf(n);
        const bool structural = tag == GUMBO_TAG_HTML || tag == GUMBO_TAG_BODY ||
                                tag == GUMBO_TAG_ARTICLE || tag == GUMBO_TAG_MAIN ||
                                attr(n, "itemprop") == u"articleBody";
        // A <header> outside any article is the site's banner; inside one it
        // holds the headline and the date.
        const bool dropped = f.dropped || isDroppedTag(tag) ||
                             (tag == GUMBO_TAG_HEADER && !f.inArticle) || isHidden(n) ||
                             (!structural && hasFurnitureName(n));
        const int index = int(stats.size());
        stats.push_back({n, f.parent, dropped});
        indexOf.insert(n, index);
        if (f.parent >= 0 && isBlockTag(tag))
            stats[size_t(f.parent)].hasBlockChild = true;
        const bool inLink = f.inLink || tag == GUMBO_TAG_A;
        const bool inArticle = f.inArticle || tag == GUMBO_TAG_ARTICLE || tag == GUMBO_TAG_MAIN ||
                               attr(n, "itemprop") == u"articleBody";
        const GumboVector &children = n->v.element.children;
        for (unsigned i = children.length; i-- > 0;)
            stack.push_back({static_cast<const GumboNode *>(children.data[i]), index, dropped,
                             inLink, inArticle});
    }
    for (size_t i = stats.size(); i-- > 0;) {
        const NodeStats &s = stats[i];
        if (s.parent < 0 || s.dropped)
            continue;
        NodeStats &p = stats[size_t(s.parent)];
        p.text += s.text;
        p.linkText += s.linkText;
        p.commas += s.commas;
    }

    // 2. The main content: the marked article body, the largest <article>,
    // <main>, else the container whose paragraphs score best.
    const auto textOf = [&](const GumboNode *n) -> qsizetype {
        const auto it = indexOf.constFind(n);
        return it == indexOf.cend() || stats[size_t(*it)].dropped ? 0 : stats[size_t(*it)].text;
    };
    const GumboNode *root = nullptr;
    const auto largest = [&](const std::vector<const GumboNode *> &nodes) {
        const GumboNode *best = nullptr;
        for (const GumboNode *n : nodes)
            if (textOf(n) >= 200 && (!best || textOf(n) > textOf(best)))
                best = n;
        return best;
    };
    const auto densest = [&]() -> const GumboNode * {
        for (const NodeStats &s : stats) {
            if (s.dropped || s.parent < 0)
                continue;
            const GumboTag tag = tagOf(s.node);
            if (tag != GUMBO_TAG_P && tag != GUMBO_TAG_PRE && tag != GUMBO_TAG_BLOCKQUOTE &&
                !(tag == GUMBO_TAG_DIV && !s.hasBlockChild && s.text >= 100))
                continue;
            if (s.text < 25)
                continue;
            const double score = 1.0 + double(s.commas) + std::min(double(s.text) / 100.0, 3.0);
            NodeStats &parent = stats[size_t(s.parent)];
            parent.score += score;
            if (parent.parent >= 0)
                stats[size_t(parent.parent)].score += score / 2;
        }
        const GumboNode *best = nullptr;
        double bestScore = 0;
        for (const NodeStats &s : stats) {
            if (s.dropped || s.score <= 0 || s.text == 0)
                continue;
            const double linkDensity = double(s.linkText) / double(s.text);
            const double score = s.score * (1.0 - linkDensity);
            if (score > bestScore) {
                bestScore = score;
                best = s.node;
            }
        }
        return best;
    };
    root = largest(d->articleBodies);
    if (!root) {
        root = largest(d->articles);
        // Several <article>s are often teaser cards around a story held in a
        // plain <div>: keep the largest card only if it is not dwarfed by the
        // densest block of the page.
        if (root && d->articles.size() > 1) {
            const GumboNode *dense = densest();
            if (dense && !hasAncestor(dense, root) && textOf(dense) > 2 * textOf(root))
                root = dense;
        }
    }
    if (!root)
        root = largest(d->mains);
    if (!root)
        root = densest();
    if (!root) {
        for (const NodeStats &s : stats)
            if (tagOf(s.node) == GUMBO_TAG_BODY)
                root = s.node;
    }
    if (!root)
        root = htmlRoot;

    // 3. Text of the content, one paragraph per block. The page's headline
    // goes first when the content root does not hold it.
    QString out;
    out.reserve(qsizetype(textOf(root)) + 256);
    if (!d->h1s.empty() && !hasAncestor(d->h1s.front(), root)) {
        const QString h1 = plainText(d->h1s.front());
        if (!h1.isEmpty())
            out += h1 + QStringLiteral("\n\n");
    }
    struct Emit {
        const GumboNode *node;
        bool closing;
        bool inPre;
    };
    std::vector<Emit> pending{{root, false, false}};
    visited = 0;
    while (!pending.empty()) {
        const Emit e = pending.back();
        pending.pop_back();
        if ((++visited & 4095) == 0 && options.isCancelled())
            return Result<QString>::failure(ReadOptions::cancelledMessage());
        const GumboNode *n = e.node;
        if (e.closing) {
            out += QStringLiteral("\n\n");
            continue;
        }
        switch (n->type) {
        case GUMBO_NODE_TEXT:
        case GUMBO_NODE_CDATA:
        case GUMBO_NODE_WHITESPACE: {
            QString t = QString::fromUtf8(n->v.text.text);
            if (!e.inPre) {
                for (QChar &c : t)
                    if (c == u'\n' || c == u'\r' || c == u'\t' || c == u'\f')
                        c = u' ';
            }
            out += t;
            continue;
        }
        case GUMBO_NODE_ELEMENT:
        case GUMBO_NODE_TEMPLATE:
            break;
        default:
            continue;
        }
        const auto it = indexOf.constFind(n);
        if (it == indexOf.cend() || stats[size_t(*it)].dropped)
            continue;
        const GumboTag tag = tagOf(n);
        if (tag == GUMBO_TAG_BR) {
            out += QLatin1Char('\n');
            continue;
        }
        const bool block = isBlockTag(tag);
        if (block) {
            out += QStringLiteral("\n\n");
            pending.push_back({n, true, e.inPre});
        } else if (tag == GUMBO_TAG_IMG) {
            continue;
        }
        const bool inPre = e.inPre || tag == GUMBO_TAG_PRE;
        const GumboVector &children = n->v.element.children;
        for (unsigned i = children.length; i-- > 0;)
            pending.push_back({static_cast<const GumboNode *>(children.data[i]), false, inPre});
    }
    return out;
}

} // namespace vigie::import
