// Format detection: what the bytes say first, the file name second.
//
// Names lie in both directions: scrapers save Markdown as ".txt", crawlers
// save pages without an extension, exports name JSON arrays ".jsonl". So
// content signals that are nearly never wrong decide first (the WARC version
// line, binary signatures, an HTML document opening), then the name settles
// what content cannot (".jsonl" whose first line is broken, ".warc" that is
// damaged, ".md" without Markdown signals), and the Markdown-versus-text
// decision is made on the text itself. Every check reads a bounded prefix
// (4 KB to 64 KB), so detection costs the same on a 50 MB input as on a
// page.
#include "ingest/format_detect.h"

#include <cctype>
#include <optional>
#include <string>

#include "common/strings.h"
#include "ingest/bytes.h"

namespace vigie::ingest {
namespace {

constexpr size_t kHtmlHead = 4096;
constexpr size_t kBinaryHead = 8192;

// The name without compression suffixes, lower case.
std::string BaseName(std::string_view path) {
  std::string p = AsciiLower(path);
  for (std::string_view suffix : {".gz", ".zst", ".zstd", ".gzip"}) {
    if (EndsWith(p, suffix)) {
      p.resize(p.size() - suffix.size());
      break;
    }
  }
  return p;
}

// The extension of `path` (lower case, compression suffix removed), or "".
std::string Extension(std::string_view path) {
  std::string p = BaseName(path);
  size_t dot = p.rfind('.');
  size_t slash = p.rfind('/');
  if (dot == std::string::npos || (slash != std::string::npos && dot < slash)) return {};
  return p.substr(dot + 1);
}

std::optional<Format> FormatFromExtension(std::string_view ext) {
  if (ext == "html" || ext == "htm" || ext == "xhtml" || ext == "shtml") return Format::kHtml;
  if (ext == "jsonl" || ext == "ndjson" || ext == "json") return Format::kJsonl;
  if (ext == "warc") return Format::kWarc;
  if (ext == "md" || ext == "markdown") return Format::kMarkdown;
  if (ext == "txt" || ext == "text") return Format::kText;
  return std::nullopt;
}

std::string_view SkipBomAndSpace(std::string_view s) {
  if (StartsWith(s, "\xEF\xBB\xBF")) s.remove_prefix(3);
  size_t i = 0;
  while (i < s.size() && IsAsciiSpace(s[i])) ++i;
  return s.substr(i);
}

// The kind of binary file `bytes` is, from its signature, or "". Only
// signatures no text starts with (plain text cannot begin "%PDF-" by
// accident often enough to matter, and would be useless as an article).
std::string_view BinarySignature(std::string_view b) {
  using namespace std::string_view_literals;
  struct Magic {
    std::string_view prefix, kind;
  };
  static constexpr Magic kMagics[] = {
      {"\x89PNG\r\n\x1a\n"sv, "PNG image"}, {"\xFF\xD8\xFF"sv, "JPEG image"},
      {"GIF87a"sv, "GIF image"},             {"GIF89a"sv, "GIF image"},
      {"%PDF-"sv, "PDF document"},           {"PK\x03\x04"sv, "ZIP archive"},
      {"\x7F" "ELF"sv, "executable"},         {"\xFD" "7zXZ"sv, "xz data"},
      {"7z\xBC\xAF"sv, "7-Zip archive"},      {"OggS\x00"sv, "Ogg media"},
      {"SQLite format 3\x00"sv, "SQLite database"},
      {"\xD0\xCF\x11\xE0"sv, "Office document"}, {"wOFF"sv, "web font"},
      {"wOF2"sv, "web font"},
  };
  for (const Magic& m : kMagics) {
    if (StartsWith(b, m.prefix)) return m.kind;
  }
  if (b.size() >= 4 && StartsWith(b, "ID3") && static_cast<unsigned char>(b[3]) < 0x10) {
    return "MP3 audio";
  }
  if (b.size() >= 12 && StartsWith(b, "RIFF") && (b.substr(8, 4) == "WEBP" ||
                                                   b.substr(8, 4) == "WAVE" ||
                                                   b.substr(8, 4) == "AVI ")) {
    return "RIFF media";
  }
  return {};
}

bool IsVersionLine(std::string_view s) {
  return StartsWith(s, "WARC/") && s.size() > 5 &&
         std::isdigit(static_cast<unsigned char>(s[5])) != 0;
}

// Skips leading comments and a doctype-less XML declaration.
std::string_view SkipComments(std::string_view s) {
  for (int i = 0; i < 16 && StartsWith(s, "<!--"); ++i) {
    size_t end = s.find("-->");
    if (end == std::string_view::npos) return {};
    s = SkipBomAndSpace(s.substr(end + 3));
  }
  return s;
}

bool LooksJsonl(std::string_view s) {
  if (s.empty()) return false;
  if (s[0] == '[') {  // a JSON array of objects
    std::string_view rest = SkipBomAndSpace(s.substr(1));
    return !rest.empty() && rest[0] == '{';
  }
  if (s[0] != '{') return false;
  // The first line must close its object: '}' as its last non-space byte.
  // The line may be long (a whole article): only its end is looked at.
  size_t nl = s.find('\n');
  std::string_view line = s.substr(0, nl);
  while (!line.empty() && IsAsciiSpace(line.back())) line.remove_suffix(1);
  return !line.empty() && line.back() == '}';
}

bool HasTagNear(std::string_view s) {
  std::string head = AsciiLower(s.substr(0, 1024));
  for (size_t i = head.find('<'); i != std::string::npos; i = head.find('<', i + 1)) {
    if (i + 1 < head.size() && (std::isalpha(static_cast<unsigned char>(head[i + 1])) ||
                                head[i + 1] == '!' || head[i + 1] == '/')) {
      return true;
    }
  }
  return false;
}

bool IsBlank(std::string_view bytes) {
  return SkipBomAndSpace(bytes).empty();
}

}  // namespace

bool LooksLikeHtml(std::string_view bytes) {
  std::string lower = AsciiLower(SkipBomAndSpace(bytes).substr(0, kHtmlHead));
  std::string_view s = SkipComments(lower);
  if (StartsWith(s, "<?xml")) {
    return s.find("<html") != std::string_view::npos ||
           s.find("<!doctype html") != std::string_view::npos;
  }
  for (std::string_view opening : {"<!doctype html", "<html", "<head", "<body", "<meta ",
                                   "<meta>", "<title>", "<link ", "<script", "<style"}) {
    if (StartsWith(s, opening)) return true;
  }
  // A line of text before the page (a PHP warning, a saved-page banner):
  // the page must open a line of its own.
  std::string_view near = s.substr(0, 512);
  if (near.find("\n<!doctype html") != std::string_view::npos ||
      near.find("\n<html") != std::string_view::npos) {
    return true;
  }
  // A fragment: starts with a tag and has several block or inline tags.
  if (!StartsWith(s, "<")) return false;
  int tags = 0;
  for (std::string_view t : {"<p>", "<p ", "<div", "<article", "<section", "<br", "<h1", "<h2",
                             "<h3", "<span", "<a ", "<ul", "<li", "<table", "<img"}) {
    for (size_t pos = s.find(t); pos != std::string_view::npos && tags < 2;
         pos = s.find(t, pos + 1)) {
      ++tags;
    }
  }
  return tags >= 2;
}

bool LooksBinary(std::string_view bytes) {
  std::string_view head = bytes.substr(0, kBinaryHead);
  size_t control = 0;
  for (char ch : head) {
    unsigned char c = static_cast<unsigned char>(ch);
    if (c == 0) return true;
    if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0x1b) ++control;
  }
  return control * 20 > head.size();  // more than 5% control characters
}

Format DetectTextOrMarkdown(std::string_view text) {
  // Markdown signals, each counted once per line: ATX headings, links and
  // images, emphasis, escaped punctuation, footnote markers, rules. One link
  // or heading suffices (plain text has neither "](" nor "# Title"); other
  // signals need two kinds, or three lines, since "__" or "---" also occur
  // in plain text.
  int links = 0, headings = 0, emphasis = 0, escapes = 0, rules = 0, footnotes = 0;
  int lines_seen = 0;
  for (std::string_view line : SplitLines(text.substr(0, 65536))) {
    if (++lines_seen > 400) break;
    std::string_view t = TrimAscii(line);
    if (t.empty()) continue;
    if (t[0] == '#') {
      size_t n = t.find_first_not_of('#');
      if (n != std::string_view::npos && n <= 6 && t[n] == ' ') ++headings;
    }
    if (t.find("](") != std::string_view::npos) ++links;
    if (t.find("**") != std::string_view::npos || t.find("__") != std::string_view::npos) {
      ++emphasis;
    }
    if (t.find("\\[") != std::string_view::npos || t.find("\\]") != std::string_view::npos ||
        t.find("\\*") != std::string_view::npos || t.find("\\_") != std::string_view::npos) {
      ++escapes;
    }
    if (t.find("[^") != std::string_view::npos) ++footnotes;
    if (t == "---" || t == "***" || t == "___" || t == "* * *" || t == "- - -") ++rules;
  }
  int kinds = (links > 0) + (headings > 0) + (emphasis > 0) + (escapes > 0) + (rules > 0) +
              (footnotes > 0);
  int total = links + headings + emphasis + escapes + rules + footnotes;
  if (kinds >= 2 || total >= 3 || links >= 1 || headings >= 1) return Format::kMarkdown;
  return Format::kText;
}

Result<Format> DetectFormat(std::string_view path, std::string_view bytes) {
  if (IsBlank(bytes)) return Status::InvalidArgument("empty input");
  std::string_view kind = BinarySignature(bytes);
  if (!kind.empty()) {
    return Status::Unsupported(std::string(kind) + ", not a news page");
  }
  std::string_view s = SkipBomAndSpace(bytes);
  if (IsVersionLine(s)) return Format::kWarc;
  if (LooksBinary(bytes)) return Status::Unsupported("binary data, not a news page");

  std::string ext = Extension(path);
  std::optional<Format> by_name = FormatFromExtension(ext);
  if (LooksLikeHtml(s)) return Format::kHtml;
  if (LooksJsonl(s)) return Format::kJsonl;
  // Names settle what damaged content cannot: a .jsonl whose first line is
  // broken is still JSONL (its lines are rejected one by one), a damaged
  // .warc is still WARC.
  if (by_name == Format::kJsonl && (ext != "json" || s[0] == '{' || s[0] == '[')) {
    return Format::kJsonl;
  }
  if (by_name == Format::kWarc) return Format::kWarc;
  if (by_name == Format::kHtml && HasTagNear(s)) return Format::kHtml;
  if (by_name == Format::kMarkdown) return Format::kMarkdown;
  return DetectTextOrMarkdown(s);
}

}  // namespace vigie::ingest
