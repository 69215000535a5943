// Metadata from the markup.
//
// One iterative pass over the tree collects every source (meta tags,
// JSON-LD scripts, <title>, the first <h1>, canonical link, microdata,
// by-line elements, <time> elements with their context); then each field
// takes the first source that gives a valid value, in this order:
//   title     og:title, twitter:title, JSON-LD headline, <title>, <h1>; the
//             " | Site" / " - Site" part is cut when it names the outlet or
//             the domain (og:title carries it too on some sites).
//   authors   JSON-LD article author(s) (Person or untyped; @graph and @id
//             references followed), meta author, article:author when not a
//             URL, dc.creator, itemprop=author, rel=author and by-line
//             elements (class/id author, byline, auteur, signature) of the
//             page outside comment sections. A name is kept only if it looks
//             like a person: not the outlet, not an organisation named by
//             the JSON-LD, not the domain, no digits or URL, at most 6 words,
//             not "La rédaction"/"Staff"/an agency.
//   published JSON-LD datePublished, article:published_time and its og:/
//             dc./dcterms. kin, meta date/pubdate/publishdate, microdata
//             datePublished, then a <time datetime> in the by-line or the
//             article's header. Scripts and comments are not elements here,
//             and <time> in comment sections is skipped. dateModified,
//             article:modified_time and og:updated_time go to `modified`.
//   outlet    og:site_name, JSON-LD publisher.name, application-name,
//             JSON-LD WebSite name.
//   url       link rel=canonical, og:url, JSON-LD url; resolved against the
//             page's address.
//   language  html lang, content-language, og:locale, JSON-LD inLanguage;
//             primary subtag, lower case.
//   tags      article:tag, keywords, news_keywords, JSON-LD keywords.
// Dates are normalised by NormalizeDate (dates.h); values that are not
// dates are skipped, so a bad first source does not hide a good second.
#include "clean/html_metadata.h"

#include <utf8proc.h>

#include <algorithm>
#include <cstdlib>
#include <utility>
#include <vector>

#include "clean/dates.h"
#include "clean/html_dom.h"
#include "clean/html_jsonld.h"
#include "common/strings.h"
#include "common/utf8.h"

namespace vigie::clean {
namespace {

constexpr size_t kMaxTags = 30;
constexpr int kMaxNameWords = 6;
constexpr size_t kMaxNameBytes = 80;

struct TimeCandidate {
  std::string datetime;
  bool near_byline;   // in a by-line, header or article meta element
  bool modified;      // class says "updated"/"modified"
};

struct Collected {
  std::string lang, title, h1, canonical;
  std::vector<std::pair<std::string, std::string>> metas;  // lower-case key, content
  std::vector<std::string> jsonld;
  std::vector<std::string> item_published, item_modified, item_authors, byline_authors;
  std::vector<TimeCandidate> times;
};

struct Context {
  bool comments = false;     // inside a comment section
  bool byline = false;       // inside a by-line or article header
  bool item_author = false;  // inside itemprop=author
};

std::string Lower(std::string_view s) { return AsciiLower(s); }

bool IsCommentSection(const std::string& cls) {
  return cls.find("comment") != std::string::npos || cls.find("disqus") != std::string::npos ||
         cls.find("reaction") != std::string::npos;
}

bool IsBylineClass(const std::string& cls) {
  for (std::string_view w : {"byline", "author", "auteur", "signature", "dateline", "posted-on",
                             "article-meta", "entry-meta", "post-meta", "article__meta",
                             "published", "timestamp", "article-date", "post-date"})
    if (cls.find(w) != std::string::npos) return true;
  return false;
}

// Item values: the content or datetime attribute, else the text.
std::string ItemValue(const GumboNode* n) {
  std::string_view v = Attr(n, "content");
  if (v.empty()) v = Attr(n, "datetime");
  if (!v.empty()) return CollapseWhitespace(v);
  return NodeText(n);
}

void CollectElement(const GumboNode* n, const Context& ctx, Collected* c) {
  GumboTag tag = TagOf(n);
  switch (tag) {
    case GUMBO_TAG_HTML:
      if (c->lang.empty()) c->lang = std::string(Attr(n, "lang"));
      if (c->lang.empty()) c->lang = std::string(Attr(n, "xml:lang"));
      break;
    case GUMBO_TAG_TITLE:
      if (c->title.empty()) c->title = NodeText(n);
      break;
    case GUMBO_TAG_H1:
      if (c->h1.empty() && !ctx.comments) c->h1 = NodeText(n);
      break;
    case GUMBO_TAG_META: {
      std::string_view key = Attr(n, "property");
      if (key.empty()) key = Attr(n, "name");
      if (key.empty()) key = Attr(n, "itemprop");
      if (key.empty()) key = Attr(n, "http-equiv");
      std::string_view content = Attr(n, "content");
      if (!key.empty() && !Trim(content).empty())
        c->metas.emplace_back(Lower(Trim(key)), CollapseWhitespace(content));
      break;
    }
    case GUMBO_TAG_LINK: {
      std::string rel = Lower(Attr(n, "rel"));
      if (rel == "canonical" && c->canonical.empty()) c->canonical = std::string(Attr(n, "href"));
      break;
    }
    case GUMBO_TAG_SCRIPT:
      if (Lower(Trim(Attr(n, "type"))) == "application/ld+json" && ChildrenOf(n).length > 0) {
        auto* text = static_cast<const GumboNode*>(ChildrenOf(n).data[0]);
        if (text->type == GUMBO_NODE_TEXT || text->type == GUMBO_NODE_CDATA)
          c->jsonld.emplace_back(text->v.text.text);
      }
      break;
    case GUMBO_TAG_TIME:
      if (!ctx.comments && !Attr(n, "datetime").empty()) {
        std::string cls = ClassAndId(n);
        bool pub = Lower(Attr(n, "itemprop")) == "datepublished" || HasAttr(n, "pubdate");
        c->times.push_back({std::string(Attr(n, "datetime")), ctx.byline || pub,
                            cls.find("updated") != std::string::npos ||
                                cls.find("modified") != std::string::npos});
      }
      break;
    default:
      break;
  }
  if (ctx.comments || tag == GUMBO_TAG_META) return;
  std::string itemprop = Lower(Attr(n, "itemprop"));
  if (itemprop == "datepublished") c->item_published.push_back(ItemValue(n));
  if (itemprop == "datemodified") c->item_modified.push_back(ItemValue(n));
  if (ctx.item_author && itemprop == "name") c->item_authors.push_back(ItemValue(n));
  if (Lower(Attr(n, "rel")) == "author" && tag == GUMBO_TAG_A) {
    c->byline_authors.push_back(NodeText(n));
  } else if (tag != GUMBO_TAG_BODY && tag != GUMBO_TAG_ARTICLE) {
    std::string cls = ClassAndId(n);
    if ((cls.find("author") != std::string::npos || cls.find("byline") != std::string::npos ||
         cls.find("auteur") != std::string::npos || cls.find("signature") != std::string::npos) &&
        cls.find("avatar") == std::string::npos && cls.find("bio") == std::string::npos) {
      std::string text = NodeText(n);
      if (!text.empty() && text.size() <= 2 * kMaxNameBytes) c->byline_authors.push_back(text);
    }
  }
}

Collected Collect(const GumboNode* root) {
  Collected c;
  std::vector<std::pair<const GumboNode*, Context>> stack = {{root, Context()}};
  while (!stack.empty()) {
    auto [n, ctx] = stack.back();
    stack.pop_back();
    if (!IsElement(n)) continue;
    GumboTag tag = TagOf(n);
    if (tag == GUMBO_TAG_SVG || tag == GUMBO_TAG_MATH || tag == GUMBO_TAG_TEMPLATE) continue;
    std::string cls = ClassAndId(n);
    if (IsCommentSection(cls) && tag != GUMBO_TAG_BODY && tag != GUMBO_TAG_HTML)
      ctx.comments = true;
    if (IsBylineClass(cls) || tag == GUMBO_TAG_HEADER) ctx.byline = true;
    CollectElement(n, ctx, &c);
    if (Lower(Attr(n, "itemprop")) == "author") {
      ctx.item_author = true;
      if (ChildrenOf(n).length == 0 || tag == GUMBO_TAG_META)
        c.item_authors.push_back(ItemValue(n));
    }
    if (tag == GUMBO_TAG_SCRIPT || tag == GUMBO_TAG_STYLE) continue;
    const GumboVector& kids = ChildrenOf(n);
    for (unsigned i = kids.length; i > 0; --i)
      stack.emplace_back(static_cast<const GumboNode*>(kids.data[i - 1]), ctx);
  }
  return c;
}

const std::string* Meta(const Collected& c, std::string_view key) {
  for (const auto& [k, v] : c.metas)
    if (k == key) return &v;
  return nullptr;
}

std::optional<std::string> FirstMeta(const Collected& c,
                                     std::initializer_list<std::string_view> keys) {
  for (std::string_view k : keys)
    if (const std::string* v = Meta(c, k)) return *v;
  return std::nullopt;
}

std::optional<std::string> FirstDate(const Collected& c,
                                     std::initializer_list<std::string_view> keys) {
  for (std::string_view k : keys)
    for (const auto& [key, value] : c.metas)
      if (key == k)
        if (auto d = NormalizeDate(value)) return d;
  return std::nullopt;
}

std::optional<std::string> FirstDate(const std::vector<std::string>& values) {
  for (const std::string& v : values)
    if (auto d = NormalizeDate(v)) return d;
  return std::nullopt;
}

// Letters and digits only, case and accents folded, so that names compare
// with domains: "Regards Croisés" -> "regardscroises", "Le Monde.fr" ->
// "lemondefr".
std::string Comparable(std::string_view s) {
  utf8proc_uint8_t* folded = nullptr;
  utf8proc_ssize_t n = utf8proc_map(
      reinterpret_cast<const utf8proc_uint8_t*>(s.data()), static_cast<utf8proc_ssize_t>(s.size()),
      &folded,
      static_cast<utf8proc_option_t>(UTF8PROC_DECOMPOSE | UTF8PROC_STRIPMARK |
                                     UTF8PROC_CASEFOLD));
  std::string lowered = n >= 0 ? std::string() : AsciiLower(s);
  std::string_view view =
      n >= 0 ? std::string_view(reinterpret_cast<char*>(folded), n) : std::string_view(lowered);
  std::string out;
  for (char c : view)
    if (std::isalnum(static_cast<unsigned char>(c)) || (c & 0x80)) out.push_back(c);
  std::free(folded);
  return out;
}

// "www.lemonde.fr" -> "lemonde".
std::string DomainLabel(std::string_view url) {
  std::string domain = DomainOfUrl(url);
  size_t dot = domain.rfind('.');
  std::string label = dot == std::string::npos ? domain : domain.substr(0, dot);
  size_t inner = label.rfind('.');
  if (inner != std::string::npos) label = label.substr(inner + 1);
  return Comparable(label);
}

bool NamesSite(std::string_view part, std::string_view site, std::string_view url) {
  std::string p = Comparable(part);
  if (p.size() < 2) return false;
  std::string s = Comparable(site);
  if (!s.empty() && (p == s || (s.size() >= 4 && p.find(s) != std::string::npos) ||
                     (p.size() >= 4 && s.find(p) != std::string::npos)))
    return true;
  std::string d = DomainLabel(url);
  return d.size() >= 3 && (p.find(d) != std::string::npos || d.find(p) != std::string::npos);
}

std::vector<std::string> SplitNames(std::string_view s) {
  std::vector<std::string> out;
  // Each separator becomes \x1f. Rebuilt rather than replaced in place:
  // GCC 12 at -O3 reports a false -Wrestrict on std::string::replace here
  // (GCC bug 105651).
  std::string text(s);
  for (std::string_view sep : {" et ", " and ", " & ", ";", "|", " / ", ","}) {
    std::string next;
    next.reserve(text.size());
    size_t from = 0;
    for (size_t pos; (pos = text.find(sep, from)) != std::string::npos; from = pos + sep.size()) {
      next.append(text, from, pos - from);
      next.push_back('\x1f');
    }
    next.append(text, from, std::string::npos);
    text = std::move(next);
  }
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = text.find('\x1f', start);
    if (end == std::string::npos) end = text.size();
    std::string name = CollapseWhitespace(text.substr(start, end - start));
    if (!name.empty()) out.push_back(name);
    start = end + 1;
  }
  return out;
}

std::string StripByPrefix(std::string_view name) {
  name = Trim(name);
  for (std::string_view p : {"by ", "par ", "von ", "por ", "written by ", "écrit par "})
    if (AsciiStartsWithIgnoreCase(name, p)) name.remove_prefix(p.size());
  return CollapseWhitespace(name);
}

class AuthorFilter {
 public:
  AuthorFilter(const ingest::PageMetadata& m, const JsonLdFacts& ld, std::string_view url)
      : url_(url) {
    if (m.outlet) not_people_.push_back(Comparable(*m.outlet));
    for (const std::string& o : ld.organisations) not_people_.push_back(Comparable(o));
    if (ld.publisher) not_people_.push_back(Comparable(*ld.publisher));
    if (ld.site_name) not_people_.push_back(Comparable(*ld.site_name));
  }

  bool IsPerson(std::string_view name) const {
    if (name.empty() || name.size() > kMaxNameBytes) return false;
    int words = 1;
    for (char c : name) {
      if (c == ' ') ++words;
      if ((c >= '0' && c <= '9') || c == '@' || c == '/' || c == ':' || c == '<') return false;
    }
    if (words > kMaxNameWords) return false;
    std::string key = Comparable(name);
    if (key.size() < 2) return false;
    for (const std::string& n : not_people_)
      if (!n.empty() && (key == n || (n.size() >= 4 && key.find(n) != std::string::npos)))
        return false;
    std::string domain = DomainLabel(url_);
    if (domain.size() >= 3 && key.find(domain) != std::string::npos) return false;
    static const char* kNotPeople[] = {
        "redaction", "rédaction", "laredaction", "laredac", "staff", "admin", "administrator",
        "editor", "editors", "theeditors", "newsroom", "afp", "reuters", "ap",
        "associatedpress", "agencefrancepresse", "anonymous", "anonyme", "guest", "invité",
        "editorialboard", "webmaster", "contributor", "unknown", "author", "auteur"};
    std::string lower = AsciiLower(key);
    for (const char* n : kNotPeople)
      if (lower == n || lower == "la" + std::string(n)) return false;
    return true;
  }

 private:
  std::string_view url_;
  std::vector<std::string> not_people_;
};

std::vector<std::string> People(const std::vector<std::string>& raw, const AuthorFilter& filter) {
  std::vector<std::string> out;
  for (const std::string& r : raw) {
    for (const std::string& piece : SplitNames(r)) {
      std::string name = StripByPrefix(piece);
      if (!filter.IsPerson(name)) continue;
      if (std::find(out.begin(), out.end(), name) == out.end()) out.push_back(name);
    }
  }
  return out;
}

std::vector<std::string> ChooseAuthors(const Collected& c, const JsonLdFacts& ld,
                                       const AuthorFilter& filter) {
  std::vector<std::vector<std::string>> sources;
  sources.push_back(ld.authors);
  for (std::string_view key : {"author", "article:author", "og:article:author", "dc.creator",
                               "dcterms.creator", "sailthru.author", "parsely-author"}) {
    std::vector<std::string> values;
    for (const auto& [k, v] : c.metas)
      if (k == key) values.push_back(v);
    sources.push_back(std::move(values));
  }
  sources.push_back(c.item_authors);
  std::vector<std::string> byline(c.byline_authors.begin(),
                                  c.byline_authors.begin() +
                                      std::min<size_t>(3, c.byline_authors.size()));
  sources.push_back(std::move(byline));
  for (const auto& s : sources) {
    std::vector<std::string> people = People(s, filter);
    if (!people.empty()) return people;
  }
  return {};
}

std::optional<std::string> NormalizeLanguage(std::string_view tag) {
  std::string t = AsciiLower(Trim(tag));
  size_t cut = t.find_first_of("-_");
  if (cut != std::string::npos) t.resize(cut);
  if (t.size() < 2 || t.size() > 3) return std::nullopt;
  for (char c : t)
    if (c < 'a' || c > 'z') return std::nullopt;
  return t;
}

void AddTags(std::string_view list, std::vector<std::string>* tags) {
  size_t start = 0;
  while (start <= list.size() && tags->size() < kMaxTags) {
    size_t comma = list.find(',', start);
    if (comma == std::string_view::npos) comma = list.size();
    std::string tag = CollapseWhitespace(list.substr(start, comma - start));
    if (!tag.empty() && std::find(tags->begin(), tags->end(), tag) == tags->end())
      tags->push_back(tag);
    start = comma + 1;
  }
}

std::optional<std::string> AbsoluteHttp(std::string_view base, std::string_view ref) {
  if (Trim(ref).empty()) return std::nullopt;
  std::string url = ResolveUrl(base, Trim(ref));
  if (!StartsWith(url, "http://") && !StartsWith(url, "https://")) return std::nullopt;
  return url;
}

std::optional<std::string> ChooseTitle(const Collected& c, const JsonLdFacts& ld,
                                       const ingest::PageMetadata& m, std::string_view url) {
  std::string site = m.outlet.value_or("");
  std::vector<std::optional<std::string>> candidates = {
      FirstMeta(c, {"og:title"}), FirstMeta(c, {"twitter:title"}), ld.headline,
      c.title.empty() ? std::nullopt : std::optional<std::string>(c.title),
      c.h1.empty() ? std::nullopt : std::optional<std::string>(c.h1)};
  for (const auto& t : candidates) {
    if (!t) continue;
    std::string title = StripSiteFromTitle(*t, site, url);
    // A title that is only the site's name is not the article's.
    if (title.empty() || (!site.empty() && Comparable(title) == Comparable(site))) continue;
    return title;
  }
  return std::nullopt;
}

// Without a declared site name, the part of <title> after the last
// separator names the site when the page also gives it as its author
// (blogs that sign every post with the blog's name).
std::optional<std::string> SiteFromTitle(const Collected& c) {
  if (c.title.empty()) return std::nullopt;
  for (std::string_view sep : {" | ", " - ", " \xE2\x80\x93 ", " \xE2\x80\x94 "}) {
    size_t pos = c.title.rfind(sep);
    if (pos == std::string::npos) continue;
    std::string site = CollapseWhitespace(std::string_view(c.title).substr(pos + sep.size()));
    std::string key = Comparable(site);
    if (key.size() < 3) continue;
    for (const auto& [k, v] : c.metas)
      if ((k == "author" || k == "application-name") && Comparable(v) == key) return site;
  }
  return std::nullopt;
}

}  // namespace

std::string StripSiteFromTitle(std::string_view title, std::string_view site,
                               std::string_view url) {
  std::string t = CollapseWhitespace(title);
  static const std::string_view kSeparators[] = {" | ", " - ", " \xE2\x80\x93 ", " \xE2\x80\x94 ",
                                                 " :: ", " \xC2\xB7 ", " \xE2\x80\xA2 ",
                                                 " \xC2\xBB ", " : "};
  size_t best_last = std::string::npos, best_first = std::string::npos;
  size_t last_len = 0, first_len = 0;
  for (std::string_view sep : kSeparators) {
    size_t l = t.rfind(sep);
    if (l != std::string::npos && (best_last == std::string::npos || l > best_last)) {
      best_last = l;
      last_len = sep.size();
    }
    size_t f = t.find(sep);
    if (f != std::string::npos && (best_first == std::string::npos || f < best_first)) {
      best_first = f;
      first_len = sep.size();
    }
  }
  if (best_last != std::string::npos &&
      NamesSite(std::string_view(t).substr(best_last + last_len), site, url))
    return std::string(Trim(std::string_view(t).substr(0, best_last)));
  if (best_first != std::string::npos &&
      NamesSite(std::string_view(t).substr(0, best_first), site, url))
    return std::string(Trim(std::string_view(t).substr(best_first + first_len)));
  return t;
}

ingest::PageMetadata ExtractHtmlMetadata(const GumboNode* root, std::string_view url) {
  Collected c = Collect(root);
  JsonLdFacts ld;
  for (const std::string& j : c.jsonld) ReadJsonLd(j, &ld);
  ingest::PageMetadata m;

  m.outlet = FirstMeta(c, {"og:site_name"});
  if (!m.outlet) m.outlet = ld.publisher;
  if (!m.outlet) m.outlet = FirstMeta(c, {"application-name"});
  if (!m.outlet) m.outlet = ld.site_name;
  if (!m.outlet) m.outlet = SiteFromTitle(c);

  for (const std::optional<std::string>& ref :
       {std::optional<std::string>(c.canonical), FirstMeta(c, {"og:url"}), ld.url}) {
    if (!ref) continue;
    if (auto abs = AbsoluteHttp(url, *ref)) {
      m.url = abs;
      break;
    }
  }
  std::string_view page_url = m.url ? std::string_view(*m.url) : url;
  m.title = ChooseTitle(c, ld, m, page_url);
  m.authors = ChooseAuthors(c, ld, AuthorFilter(m, ld, page_url));

  m.published = ld.date_published ? NormalizeDate(*ld.date_published) : std::nullopt;
  if (!m.published)
    m.published = FirstDate(
        c, {"article:published_time", "og:article:published_time", "og:published_time",
            "published_time", "dc.date.issued", "dcterms.issued", "dc.date", "dcterms.date",
            "dcterms.created", "dc.date.created", "date", "pubdate", "publishdate",
            "publish-date", "publish_date", "article.published", "sailthru.date",
            "parsely-pub-date", "datepublished"});
  if (!m.published) m.published = FirstDate(c.item_published);
  if (!m.published) {
    for (const TimeCandidate& t : c.times) {
      if (!t.near_byline || t.modified) continue;
      if ((m.published = NormalizeDate(t.datetime))) break;
    }
  }
  m.modified = ld.date_modified ? NormalizeDate(*ld.date_modified) : std::nullopt;
  if (!m.modified)
    m.modified = FirstDate(c, {"article:modified_time", "og:updated_time", "dcterms.modified",
                               "last-modified", "datemodified"});
  if (!m.modified) m.modified = FirstDate(c.item_modified);

  m.language = NormalizeLanguage(c.lang);
  if (!m.language) {
    if (auto v = FirstMeta(c, {"content-language", "og:locale", "language", "dc.language"}))
      m.language = NormalizeLanguage(*v);
  }
  if (!m.language && ld.language) m.language = NormalizeLanguage(*ld.language);

  m.description = FirstMeta(c, {"og:description", "description", "twitter:description"});
  if (!m.description) m.description = ld.description;
  m.structured_body = std::move(ld.article_body);

  for (const auto& [k, v] : c.metas)
    if (k == "article:tag" || k == "og:article:tag") AddTags(v, &m.tags);
  for (const auto& [k, v] : c.metas)
    if (k == "keywords" || k == "news_keywords") AddTags(v, &m.tags);
  for (const std::string& k : ld.keywords) AddTags(k, &m.tags);
  return m;
}

}  // namespace vigie::clean
