#include "clean/html_jsonld.h"

#include <nlohmann/json.hpp>

#include <unordered_map>
#include <utility>

#include "common/strings.h"

namespace vigie::clean {
namespace {

using nlohmann::json;

constexpr int kMaxDepth = 32;
constexpr size_t kMaxJsonBytes = size_t{4} << 20;

std::optional<std::string> String(const json& j, const char* key) {
  auto it = j.find(key);
  if (it == j.end()) return std::nullopt;
  if (it->is_string()) {
    std::string s = CollapseWhitespace(it->get_ref<const std::string&>());
    if (!s.empty()) return s;
  }
  if (it->is_array() && !it->empty() && it->front().is_string()) {
    std::string s = CollapseWhitespace(it->front().get_ref<const std::string&>());
    if (!s.empty()) return s;
  }
  return std::nullopt;
}

std::vector<std::string> Types(const json& j) {
  std::vector<std::string> out;
  auto it = j.find("@type");
  if (it == j.end()) return out;
  if (it->is_string()) out.push_back(it->get<std::string>());
  if (it->is_array())
    for (const json& t : *it)
      if (t.is_string()) out.push_back(t.get<std::string>());
  return out;
}

bool IsArticleType(std::string_view t) {
  // Article, NewsArticle, BlogPosting, ReportageNewsArticle, OpinionNewsArticle...
  if (StartsWith(t, "http://schema.org/")) t.remove_prefix(18);
  if (StartsWith(t, "https://schema.org/")) t.remove_prefix(19);
  return EndsWith(t, "Article") || t == "BlogPosting" || t == "LiveBlogPosting" ||
         t == "Report";
}

bool HasType(const json& j, bool (*pred)(std::string_view)) {
  for (const std::string& t : Types(j))
    if (pred(t)) return true;
  return false;
}

bool IsOrganisationType(std::string_view t) {
  return t == "Organization" || t == "NewsMediaOrganization" || t == "Corporation" ||
         t == "WebSite";
}

class Reader {
 public:
  explicit Reader(JsonLdFacts* facts) : facts_(facts) {}

  void Read(const json& root) {
    Index(root, 0);
    for (const json* node : nodes_) {
      if (HasType(*node, &IsOrganisationType)) {
        if (auto name = String(*node, "name")) {
          facts_->organisations.push_back(*name);
          if (!facts_->site_name && HasType(*node, [](std::string_view t) {
                return t == "WebSite";
              }))
            facts_->site_name = *name;
        }
      }
    }
    for (const json* node : nodes_)
      if (HasType(*node, &IsArticleType)) ReadArticle(*node);
  }

 private:
  // Every object, depth first, with @id for references.
  void Index(const json& j, int depth) {
    if (depth > kMaxDepth) return;
    if (j.is_array()) {
      for (const json& item : j) Index(item, depth + 1);
      return;
    }
    if (!j.is_object()) return;
    nodes_.push_back(&j);
    if (auto id = String(j, "@id"); id && j.size() > 1) by_id_.emplace(*id, &j);
    for (const auto& [key, value] : j.items())
      if (value.is_object() || value.is_array()) Index(value, depth + 1);
  }

  const json& Resolve(const json& j) const {
    if (j.is_object() && j.size() == 1) {
      if (auto id = String(j, "@id")) {
        auto it = by_id_.find(*id);
        if (it != by_id_.end()) return *it->second;
      }
    }
    return j;
  }

  void ReadAuthors(const json& value) {
    if (value.is_array()) {
      for (const json& a : value)
        if (!a.is_array()) ReadAuthors(a);
      return;
    }
    if (value.is_string()) {
      std::string s = CollapseWhitespace(value.get_ref<const std::string&>());
      if (!s.empty()) facts_->authors.push_back(s);
      return;
    }
    const json& node = Resolve(value);
    if (!node.is_object()) return;
    auto name = String(node, "name");
    if (!name) return;
    if (HasType(node, &IsOrganisationType)) {
      facts_->organisations.push_back(*name);
      return;
    }
    facts_->authors.push_back(*name);
  }

  void ReadArticle(const json& a) {
    if (!facts_->headline) facts_->headline = String(a, "headline");
    if (!facts_->description) facts_->description = String(a, "description");
    if (!facts_->article_body) {
      auto it = a.find("articleBody");
      if (it != a.end() && it->is_string() && !Trim(it->get_ref<const std::string&>()).empty())
        facts_->article_body = it->get<std::string>();
    }
    if (!facts_->date_published) facts_->date_published = String(a, "datePublished");
    if (!facts_->date_modified) facts_->date_modified = String(a, "dateModified");
    if (!facts_->language) facts_->language = String(a, "inLanguage");
    if (!facts_->url) facts_->url = String(a, "url");
    if (facts_->authors.empty()) {
      auto it = a.find("author");
      if (it != a.end()) ReadAuthors(*it);
    }
    if (!facts_->publisher) {
      auto it = a.find("publisher");
      if (it != a.end()) {
        const json& p = Resolve(it->is_array() && !it->empty() ? it->front() : *it);
        if (p.is_object()) facts_->publisher = String(p, "name");
        if (p.is_string()) facts_->publisher = CollapseWhitespace(p.get<std::string>());
      }
    }
    if (facts_->keywords.empty()) {
      auto it = a.find("keywords");
      if (it != a.end() && it->is_string()) {
        std::string_view s = it->get_ref<const std::string&>();
        size_t start = 0;
        while (start <= s.size()) {
          size_t comma = s.find(',', start);
          if (comma == std::string_view::npos) comma = s.size();
          std::string k = CollapseWhitespace(s.substr(start, comma - start));
          if (!k.empty()) facts_->keywords.push_back(k);
          start = comma + 1;
        }
      } else if (it != a.end() && it->is_array()) {
        for (const json& k : *it)
          if (k.is_string() && !Trim(k.get_ref<const std::string&>()).empty())
            facts_->keywords.push_back(CollapseWhitespace(k.get<std::string>()));
      }
    }
  }

  JsonLdFacts* facts_;
  std::vector<const json*> nodes_;
  std::unordered_map<std::string, const json*> by_id_;
};

}  // namespace

void ReadJsonLd(std::string_view text, JsonLdFacts* facts) {
  if (text.size() > kMaxJsonBytes) return;
  // nlohmann's parser is iterative and, without exceptions, returns a
  // "discarded" value on error; its destructor is iterative too (3.10+).
  json root = json::parse(text.begin(), text.end(), nullptr, /*allow_exceptions=*/false,
                          /*ignore_comments=*/true);
  if (root.is_discarded()) return;
  Reader reader(facts);
  reader.Read(root);
}

}  // namespace vigie::clean
