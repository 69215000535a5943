// Normalisation for matching: design notes.
//
// What folds. Matching lexicons, names and search terms against news text
// must not depend on how a page typed them: capitals ("ÉTATS-UNIS"),
// accents written or omitted on capitals ("Etats-Unis"), precomposed or
// combining accents (NFC or NFD, both seen in scraped pages), typographic
// apostrophes ("l’ONU"), guillemets or straight quotes, the dash a CMS put
// in a compound ("Alep–Est"), no-break and narrow no-break spaces inside
// numbers ("4 000"), ligatures ("ﬁ"). Each option of normalize.h folds one
// family; kNormalizeForMatching folds all of them, which is what lexicon
// matching, canonical names and full-text keys use. The result is what
// Unicode calls NFKC_Casefold (kFoldCase), followed by the removal of
// non-spacing marks after decomposition (kFoldAccents) and an ASCII
// rendering of typographic punctuation (kFoldPunctuation).
//
// The map. Every byte of the folded text records the code point of the
// original that produced it (32 bits a byte). A folded character may come
// from several original ones ("e" + U+0301 -> "e": the mark adds no byte)
// and an original character may give several folded ones ("œ" -> "oe",
// "…" -> "..."), so a match [b, e) in folded bytes maps back to
// [source[b], source[e]) with the rule of NormalizedText::SourceEnd for an
// end that falls inside an expansion. The map is by byte rather than by
// folded code point because the matchers (Hyperscan, Aho-Corasick over
// bytes) report byte offsets.
//
// The cost. One pass over the input. ASCII bytes go through a 128-entry
// table. Other code points below U+3000 (Latin, Greek, Cyrillic, Arabic,
// Hebrew, the general punctuation block) take their folded form from a
// table of 8-byte entries built once per option set from utf8proc; the
// rest (CJK, emoji) ask utf8proc each time, as do the rare characters whose
// folded form is longer than six bytes. Combining marks kept under NFC
// (kFoldAccents off) recompose with the character before them through
// utf8proc_map. Measured in bench/text_bench.cc: see doc/benchmarks.md.
//
// Limits. Stripping non-spacing marks is right for Latin, Greek, Cyrillic
// and Arabic diacritics; in Indic scripts some dependent vowels are
// non-spacing marks too, so kFoldAccents conflates words there.
#include "text/normalize.h"

#include <utf8proc.h>

#include <array>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <mutex>

#include "common/utf8.h"

namespace vigie::text {

namespace {

constexpr char32_t kTableLimit = 0x3000;
constexpr size_t kEntryBytes = 6;

// Characters dropped whatever the options: invisible format characters that
// pages scatter inside words.
bool IsDroppedFormat(char32_t c) {
  return c == 0x00AD || c == 0x034F || c == 0x180E || (c >= 0x200B && c <= 0x200F) ||
         (c >= 0x202A && c <= 0x202E) || (c >= 0x2060 && c <= 0x2064) ||
         (c >= 0x2066 && c <= 0x2069) || c == 0xFEFF;
}

// kFoldPunctuation: the ASCII form of typographic punctuation, or nullptr.
const char* PunctuationFold(char32_t c) {
  switch (c) {
    case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x02BC: case 0x02B9:
    case 0x2032: case 0x0060: case 0x00B4: case 0x02BB: case 0xFF07:
      return "'";
    case 0x00AB: case 0x00BB: case 0x201C: case 0x201D: case 0x201E: case 0x201F:
    case 0x2039: case 0x203A: case 0x2033: case 0x02BA: case 0x301D: case 0x301E:
    case 0xFF02:
      return "\"";
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015:
    case 0x2212: case 0x2E3A: case 0x2E3B: case 0xFE58: case 0xFE63: case 0xFF0D:
      return "-";
    case 0x2026:
      return "...";
    case 0x00A0: case 0x1680: case 0x2000: case 0x2001: case 0x2002: case 0x2003:
    case 0x2004: case 0x2005: case 0x2006: case 0x2007: case 0x2008: case 0x2009:
    case 0x200A: case 0x202F: case 0x205F: case 0x3000: case 0x2028: case 0x2029:
    case 0x0085:
      return " ";
    default:
      return nullptr;
  }
}

// kFoldAccents: letters without a canonical decomposition, spelled out.
const char* LetterFold(char32_t c, bool fold_case) {
  switch (c) {
    case 0x0153: return "oe";
    case 0x0152: return fold_case ? "oe" : "OE";
    case 0x00E6: return "ae";
    case 0x00C6: return fold_case ? "ae" : "AE";
    case 0x00F8: return "o";
    case 0x00D8: return fold_case ? "o" : "O";
    case 0x0142: return "l";
    case 0x0141: return fold_case ? "l" : "L";
    case 0x0111: return "d";
    case 0x0110: return fold_case ? "d" : "D";
    case 0x0131: return "i";
    case 0x00DF: return fold_case ? "ss" : nullptr;
    default: return nullptr;
  }
}

bool IsNonSpacingMark(char32_t c) {
  return utf8proc_category(static_cast<utf8proc_int32_t>(c)) == UTF8PROC_CATEGORY_MN;
}

// Runs utf8proc_map over `in` with `options` and appends the result to
// `*out`; appends `in` unchanged if utf8proc refuses it.
void AppendMapped(std::string_view in, int options, std::string* out) {
  utf8proc_uint8_t* mapped = nullptr;
  utf8proc_ssize_t n = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(in.data()),
                                    static_cast<utf8proc_ssize_t>(in.size()), &mapped,
                                    static_cast<utf8proc_option_t>(options));
  if (n >= 0) {
    out->append(reinterpret_cast<const char*>(mapped), static_cast<size_t>(n));
  } else {
    out->append(in);
  }
  std::free(mapped);
}

// The folded form of one code point (not a combining mark kept for
// composition): the definition every table entry caches.
void FoldOne(char32_t c, uint32_t options, std::string* out) {
  const bool fold_case = options & kFoldCase;
  const bool fold_accents = options & kFoldAccents;
  if (IsDroppedFormat(c)) return;
  if (options & kFoldPunctuation) {
    if (const char* p = PunctuationFold(c)) {
      out->append(p);
      return;
    }
  }
  if (fold_accents) {
    if (const char* p = LetterFold(c, fold_case)) {
      out->append(p);
      return;
    }
  }
  std::string one;
  AppendUtf8(c, &one);
  int map_options = UTF8PROC_STABLE;
  if (fold_case) map_options |= UTF8PROC_CASEFOLD | UTF8PROC_COMPAT;
  map_options |= fold_accents ? UTF8PROC_DECOMPOSE : UTF8PROC_COMPOSE;
  if (!fold_accents) {
    AppendMapped(one, map_options, out);
    return;
  }
  std::string decomposed;
  AppendMapped(one, map_options, &decomposed);
  for (size_t pos = 0; pos < decomposed.size();) {
    size_t start = pos;
    char32_t d = DecodeUtf8(decomposed, &pos);
    if (!IsNonSpacingMark(d)) out->append(decomposed, start, pos - start);
  }
}

enum EntryFlag : uint8_t {
  kLong = 1,       // folded form longer than kEntryBytes: ask FoldOne
  kCombining = 2,  // a combining mark to compose with the character before
};

struct FoldEntry {
  uint8_t len = 0;
  uint8_t flags = 0;
  char bytes[kEntryBytes] = {};
};

}  // namespace

struct FoldTable {
  uint32_t options = 0;
  char ascii[128] = {};
  std::array<FoldEntry, kTableLimit> entries;
};

namespace {

std::unique_ptr<FoldTable> BuildTable(uint32_t options) {
  auto table = std::make_unique<FoldTable>();
  table->options = options;
  for (int b = 0; b < 128; ++b) {
    char c = static_cast<char>(b);
    if ((options & kFoldCase) && c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    if ((options & kFoldPunctuation) && c == '`') c = '\'';
    table->ascii[b] = c;
  }
  std::string folded;
  for (char32_t c = 0x80; c < kTableLimit; ++c) {
    FoldEntry& e = table->entries[c];
    if (!(options & kFoldAccents) && IsNonSpacingMark(c) && !IsDroppedFormat(c)) {
      e.flags = kCombining;
      continue;
    }
    folded.clear();
    FoldOne(c, options, &folded);
    if (folded.size() > kEntryBytes) {
      e.flags = kLong;
      continue;
    }
    e.len = static_cast<uint8_t>(folded.size());
    std::memcpy(e.bytes, folded.data(), folded.size());
  }
  return table;
}

const FoldTable* TableFor(uint32_t options) {
  constexpr uint32_t kAll = kFoldCase | kFoldAccents | kFoldPunctuation;
  static std::array<std::once_flag, kAll + 1> once;
  static std::array<std::unique_ptr<FoldTable>, kAll + 1> tables;
  uint32_t key = options & kAll;
  std::call_once(once[key], [key] { tables[key] = BuildTable(key); });
  return tables[key].get();
}

// An output buffer written through a raw pointer, grown geometrically; the
// map grows with it when there is one.
template <bool kWithMap>
class Writer {
 public:
  // Writes after the first `base` bytes of `*out` (which are kept).
  Writer(std::string* out, std::vector<uint32_t>* source, size_t base, size_t expected)
      : out_(out), source_(source), o_(base) {
    out_->resize(base + expected);
    if constexpr (kWithMap) source_->resize(base + expected);
  }

  void Reserve(size_t k) {
    if (o_ + k <= out_->size()) return;
    size_t size = std::max(out_->size() * 2, o_ + k + 64);
    out_->resize(size);
    if constexpr (kWithMap) source_->resize(size);
  }
  // REQUIRES: Reserve(1) since the last write.
  void Byte(char b, uint32_t from) {
    (*out_)[o_] = b;
    if constexpr (kWithMap) (*source_)[o_] = from;
    ++o_;
  }
  void Bytes(const char* p, size_t k, uint32_t from) {
    Reserve(k);
    for (size_t j = 0; j < k; ++j) Byte(p[j], from);
  }
  // Replaces the last character written with the NFC composition of it and
  // the mark `mark`, mapped to the last character's source.
  void ComposeWithLast(char32_t mark, int map_options, uint32_t from) {
    size_t start = o_;
    while (start > 0 && (static_cast<unsigned char>((*out_)[start - 1]) & 0xC0) == 0x80) --start;
    if (start > 0) --start;
    uint32_t base_from = start < o_ ? SourceAt(start, from) : from;
    std::string cluster = out_->substr(start, o_ - start);
    AppendUtf8(mark, &cluster);
    std::string composed;
    AppendMapped(cluster, map_options, &composed);
    o_ = start;
    Bytes(composed.data(), composed.size(), base_from);
  }
  void Finish() {
    out_->resize(o_);
    if constexpr (kWithMap) source_->resize(o_);
  }
  size_t size() const { return o_; }

 private:
  uint32_t SourceAt(size_t byte, uint32_t fallback) const {
    if constexpr (kWithMap) return (*source_)[byte];
    return fallback;
  }

  std::string* out_;
  std::vector<uint32_t>* source_;
  size_t o_;
};

}  // namespace

int64_t NormalizedText::SourceEnd(size_t byte_end) const {
  if (byte_end >= text_.size()) return source_size_;
  int64_t next = source_[byte_end];
  int64_t last = source_[byte_end - 1];
  return next > last ? next : last + 1;
}

Normalizer::Normalizer(uint32_t options) : options_(options), table_(TableFor(options)) {}

template <bool kWithMap>
int64_t Normalizer::Run(std::string_view text, std::string* out,
                        std::vector<uint32_t>* source) const {
  const FoldTable& table = *table_;
  const int compose_options =
      UTF8PROC_STABLE | UTF8PROC_COMPOSE |
      ((options_ & kFoldCase) ? (UTF8PROC_CASEFOLD | UTF8PROC_COMPAT) : 0);
  Writer<kWithMap> w(out, source, kWithMap ? 0 : out->size(), text.size() + 16);
  std::string scratch;
  uint32_t cp = 0;  // code points of the original read so far
  const size_t n = text.size();
  size_t i = 0;
  while (i < n) {
    unsigned char b = static_cast<unsigned char>(text[i]);
    if (b < 0x80) {
      w.Reserve(1);
      w.Byte(table.ascii[b], cp);
      ++i;
      ++cp;
      continue;
    }
    char32_t c = DecodeUtf8(text, &i);
    if (c < kTableLimit) {
      const FoldEntry& e = table.entries[c];
      if (e.flags == 0) {
        w.Bytes(e.bytes, e.len, cp);
      } else if (e.flags & kCombining) {
        w.ComposeWithLast(c, compose_options, cp);
      } else {
        scratch.clear();
        FoldOne(c, options_, &scratch);
        w.Bytes(scratch.data(), scratch.size(), cp);
      }
    } else if (!(options_ & kFoldAccents) && IsNonSpacingMark(c)) {
      w.ComposeWithLast(c, compose_options, cp);
    } else {
      scratch.clear();
      FoldOne(c, options_, &scratch);
      w.Bytes(scratch.data(), scratch.size(), cp);
    }
    ++cp;
  }
  w.Finish();
  return cp;
}

void Normalizer::Normalize(std::string_view text, NormalizedText* out) const {
  out->source_size_ = Run<true>(text, &out->text_, &out->source_);
}

void Normalizer::AppendFolded(std::string_view text, std::string* out) const {
  Run<false>(text, out, nullptr);
}

std::string Normalizer::Fold(std::string_view text) const {
  std::string folded;
  Run<false>(text, &folded, nullptr);
  return folded;
}

std::string FoldForMatching(std::string_view text) { return Normalizer().Fold(text); }

}  // namespace vigie::text
