#include "analyse/gazetteer.h"

#include <xxhash.h>

#include <algorithm>
#include <charconv>
#include <filesystem>
#include <system_error>

#include "analyse/geo_index.h"
#include "analyse/tsv.h"
#include "common/strings.h"
#include "common/utf8.h"

namespace vigie::analyse {
namespace {

// The hash of an edge: the token's hash mixed with its parent's (a
// splitmix64 finaliser). Seeding the token's hash with the parent instead
// collides often for tokens of 1 to 3 bytes ("de", "l'"), where XXH3 only
// adds the seed to the key; collisions still happen, so Step compares.
uint64_t EdgeKey(uint32_t parent, std::string_view token) {
  uint64_t p = parent + 0x9E3779B97F4A7C15ull;
  p = (p ^ (p >> 30)) * 0xBF58476D1CE4E5B9ull;
  p = (p ^ (p >> 27)) * 0x94D049BB133111EBull;
  p ^= p >> 31;
  return XXH3_64bits(token.data(), token.size()) ^ p;
}

bool ParseDouble(std::string_view s, double lo, double hi, double* out) {
  if (s.empty()) return false;
  const char* end = s.data() + s.size();
  auto [ptr, ec] = std::from_chars(s.data(), end, *out);
  return ec == std::errc() && ptr == end && *out >= lo && *out <= hi;
}

bool HasLower(std::string_view s) {
  for (size_t pos = 0; pos < s.size();) {
    if (text::IsLowerChar(DecodeUtf8(s, &pos))) return true;
  }
  return false;
}

// Abbreviated titles and acronyms: "M." "Me" "Dr" "EI" "AP" must be written
// so ("me" and "ap" are ordinary words).
bool CaseSensitive(std::string_view name, GazetteerKind kind) {
  if (name.find(' ') != std::string_view::npos) return false;
  size_t letters = CodePointCount(name);
  if (kind == GazetteerKind::kTitle) return letters <= 3 || name.back() == '.';
  return letters <= 4 && !HasLower(name);
}

// "le général" -> "général", "l'imam" -> "imam": titles are cued with or
// without their article.
std::string_view WithoutArticle(std::string_view cue) {
  for (std::string_view a : {"le ", "la ", "les ", "l'", "l\u2019"}) {
    if (StartsWith(cue, a) && cue.size() > a.size()) return cue.substr(a.size());
  }
  return {};
}

// Letters of the basic Latin alphabet, spaces, hyphens and apostrophes
// only: "Aleppo", "Ar Raqqah", not a transliteration with marks ("Az
// Zabadānī", "‘Ayn al ‘Arab") no article writes.
bool PlainName(std::string_view s) {
  return std::all_of(s.begin(), s.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == ' ' || c == '-' || c == '\'';
  });
}

bool ValidCountry(std::string_view c) {
  return c.empty() || (c.size() == 2 && c[0] >= 'A' && c[0] <= 'Z' && c[1] >= 'A' && c[1] <= 'Z');
}

}  // namespace

Result<std::unique_ptr<Gazetteer>> Gazetteer::Load(const std::string& dir, const std::vector<std::string>& more) {
  std::vector<std::string> paths;
  std::vector<std::string> dirs = {dir};
  dirs.insert(dirs.end(), more.begin(), more.end());
  for (const std::string& d : dirs) {
    std::error_code ec;
    if (!std::filesystem::is_directory(d, ec)) {
      return Status::NotFound("no gazetteer directory at " + d);
    }
    std::vector<std::string> here;
    for (const auto& e : std::filesystem::directory_iterator(d, ec)) {
      if (e.path().extension() == ".tsv") here.push_back(e.path().string());
    }
    if (ec) return Status::IoError(d + ": " + ec.message());
    std::sort(here.begin(), here.end());
    paths.insert(paths.end(), here.begin(), here.end());
  }
  std::unique_ptr<Gazetteer> g(new Gazetteer());
  g->nodes_.emplace_back();
  g->pending_.emplace_back();
  for (const std::string& path : paths) {
    Result<TsvTable> table = TsvTable::ReadFile(path);
    if (!table.ok()) return table.status();
    VIGIE_RETURN_IF_ERROR(g->AddTable(*table));
  }
  g->Finish();
  return g;
}

std::string GeoGazetteerDir(const std::string& geo_dir) {
  return (geo_dir.empty() ? DefaultGeoDir() : geo_dir) + "/gazetteer";
}

Result<std::unique_ptr<Gazetteer>> Gazetteer::FromTables(
    const std::vector<std::pair<std::string, std::string>>& files) {
  std::unique_ptr<Gazetteer> g(new Gazetteer());
  g->nodes_.emplace_back();
  g->pending_.emplace_back();
  for (const auto& [name, contents] : files) {
    Result<TsvTable> table = TsvTable::Parse(contents, name);
    if (!table.ok()) return table.status();
    VIGIE_RETURN_IF_ERROR(g->AddTable(*table));
  }
  g->Finish();
  return g;
}

Status Gazetteer::AddTable(const TsvTable& t) {
  auto has = [&t](std::string_view c) { return t.Column(c) >= 0; };
  const int name = t.Column("name"), canonical = t.Column("canonical");
  const int country = t.Column("country");
  for (size_t r = 0; r < t.rows(); ++r) {
    GazetteerEntry e;
    auto required = [&](int column, std::string_view what) -> Status {
      if (!t.Field(r, column).empty()) return Status::Ok();
      return Status::InvalidArgument(t.Where(r) + ": empty " + std::string(what));
    };
    if (country >= 0) {
      e.country = std::string(t.Field(r, country));
      if (!ValidCountry(e.country)) {
        return Status::InvalidArgument(t.Where(r) + ": bad country code \"" + e.country + "\"");
      }
    }
    if (has("cue") && has("kind")) {  // titles and roles
      VIGIE_RETURN_IF_ERROR(required(t.Column("cue"), "cue"));
      std::string_view kind = t.Field(r, t.Column("kind"));
      e.kind = kind == "role" ? GazetteerKind::kRole : GazetteerKind::kTitle;
      e.name = e.canonical = std::string(t.Field(r, t.Column("cue")));
      std::string_view bare = WithoutArticle(e.name);
      if (!bare.empty()) {
        GazetteerEntry b = e;
        b.name = b.canonical = std::string(bare);
        Add(std::move(b));
      }
      Add(std::move(e));
      continue;
    }
    if (has("head") && has("type")) {  // organisation heads
      VIGIE_RETURN_IF_ERROR(required(t.Column("head"), "head"));
      e.kind = GazetteerKind::kOrgHead;
      e.name = e.canonical = std::string(t.Field(r, t.Column("head")));
      e.detail = std::string(t.Field(r, t.Column("type")));
      Add(std::move(e));
      continue;
    }
    if (name < 0 || canonical < 0) {
      return Status::InvalidArgument(t.name() +
                                     ": unknown table (no name/canonical, cue/kind or "
                                     "head/type columns)");
    }
    VIGIE_RETURN_IF_ERROR(required(name, "name"));
    VIGIE_RETURN_IF_ERROR(required(canonical, "canonical"));
    e.name = std::string(t.Field(r, name));
    e.canonical = std::string(t.Field(r, canonical));
    if (has("lat") && has("lon")) {
      e.kind = GazetteerKind::kPlace;
      e.detail = std::string(t.Field(r, t.Column("kind")));
      std::string_view lat = t.Field(r, t.Column("lat")), lon = t.Field(r, t.Column("lon"));
      if (!lat.empty() || !lon.empty()) {
        if (!ParseDouble(lat, -90, 90, &e.lat) || !ParseDouble(lon, -180, 180, &e.lon)) {
          return Status::InvalidArgument(t.Where(r) + ": bad coordinates \"" +
                                         std::string(lat) + "\", \"" + std::string(lon) + "\"");
        }
        e.has_coordinates = true;
      }
      // The GeoNames name is the place's international (mostly English)
      // name ("Alep" -> "Aleppo", "Minbej" -> "Manbij"): written in plain
      // letters, it is one more way to write the place.
      if (has("geonames_name")) {
        const std::string_view g = t.Field(r, t.Column("geonames_name"));
        if (!g.empty() && g != e.name && PlainName(g)) {
          GazetteerEntry international = e;
          international.name = std::string(g);
          Add(std::move(international));
        }
      }
    } else if (has("demonym_adjectives")) {
      e.kind = GazetteerKind::kCountry;
      std::string_view demonyms = t.Field(r, t.Column("demonym_adjectives"));
      for (size_t pos = 0; pos < demonyms.size();) {
        size_t comma = std::min(demonyms.find(',', pos), demonyms.size());
        std::string_view d = Trim(demonyms.substr(pos, comma - pos));
        std::pair<std::string, std::string> key(d, e.country);
        if (!d.empty() && demonyms_seen_.insert(std::move(key)).second) {  // once per country, from any row
          GazetteerEntry de;
          de.kind = GazetteerKind::kDemonym;
          de.name = std::string(d);
          de.canonical = e.canonical;
          de.country = e.country;
          Add(std::move(de));
        }
        pos = comma + 1;
      }
    } else if (has("type")) {
      e.kind = GazetteerKind::kOrganisation;
      e.detail = std::string(t.Field(r, t.Column("type")));
    } else {
      e.kind = GazetteerKind::kPerson;
    }
    Add(std::move(e));
  }
  return Status::Ok();
}

void Gazetteer::Add(GazetteerEntry entry) {
  std::vector<text::Token> tokens;
  tokenizer_.Tokenize(entry.name, &tokens);
  if (tokens.empty()) return;
  entry.case_sensitive = tokens.size() == 1 && CaseSensitive(entry.name, entry.kind);
  uint32_t node = kRoot;
  std::string folded;
  for (const text::Token& t : tokens) {
    folded.clear();
    normalizer_.AppendFolded(text::TokenText(entry.name, t), &folded);
    uint32_t next = Step(node, folded);
    if (next == kNoNode) {
      next = static_cast<uint32_t>(nodes_.size());
      Node n;
      n.parent = node;
      n.token_offset = static_cast<uint32_t>(token_pool_.size());
      n.token_size = static_cast<uint32_t>(folded.size());
      token_pool_ += folded;
      nodes_.push_back(n);
      pending_.emplace_back();
      edges_.emplace(EdgeKey(node, folded), next);
    }
    node = next;
  }
  // The same written form twice with the same meaning (a country's name and
  // its alias row) is one entry.
  for (uint32_t id : pending_[node]) {
    const GazetteerEntry& o = entries_[id];
    if (o.kind == entry.kind && o.canonical == entry.canonical && o.country == entry.country &&
        o.name == entry.name) {
      return;
    }
  }
  pending_[node].push_back(static_cast<uint32_t>(entries_.size()));
  entries_.push_back(std::move(entry));
}

void Gazetteer::Finish() {
  ids_.clear();
  for (size_t n = 0; n < nodes_.size(); ++n) {
    nodes_[n].entries_begin = static_cast<uint32_t>(ids_.size());
    ids_.insert(ids_.end(), pending_[n].begin(), pending_[n].end());
    nodes_[n].entries_end = static_cast<uint32_t>(ids_.size());
  }
  pending_.clear();
  demonyms_seen_.clear();
  pending_.shrink_to_fit();
}

uint32_t Gazetteer::Step(uint32_t node, std::string_view folded_token) const {
  auto [it, last] = edges_.equal_range(EdgeKey(node, folded_token));
  for (; it != last; ++it) {
    const Node& n = nodes_[it->second];
    if (n.parent == node && std::string_view(token_pool_).substr(n.token_offset, n.token_size) == folded_token) {
      return it->second;
    }
  }
  return kNoNode;
}

bool Gazetteer::Accepts(const GazetteerEntry& e, const AnalysisText& text, size_t begin,
                        size_t end) const {
  if (!e.case_sensitive) return true;
  return end == begin + 1 && text.TokenText(begin) == e.name;
}

std::span<const uint32_t> Gazetteer::Exact(const AnalysisText& text, size_t begin,
                                           size_t end) const {
  uint32_t node = kRoot;
  for (size_t i = begin; i < end && node != kNoNode; ++i) node = Step(node, text.Folded(i));
  if (node == kNoNode || begin == end) return {};
  return EntriesAt(node);
}

std::vector<uint32_t> Gazetteer::Lookup(std::string_view phrase) const {
  text::Tokenizer tokenizer;
  std::vector<text::Token> tokens;
  tokenizer.Tokenize(phrase, &tokens);
  uint32_t node = tokens.empty() ? kNoNode : kRoot;
  std::string folded;
  for (size_t i = 0; i < tokens.size() && node != kNoNode; ++i) {
    folded.clear();
    normalizer_.AppendFolded(text::TokenText(phrase, tokens[i]), &folded);
    node = Step(node, folded);
  }
  std::vector<uint32_t> out;
  if (node == kNoNode) return out;
  for (uint32_t id : EntriesAt(node)) {
    const GazetteerEntry& e = entries_[id];
    if (!e.case_sensitive || phrase == e.name) out.push_back(id);
  }
  return out;
}

}  // namespace vigie::analyse
