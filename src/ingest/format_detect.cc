#include "ingest/format_detect.h"

#include <algorithm>
#include <cctype>
#include <string>

#include "common/strings.h"

namespace vigie::ingest {
namespace {

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

std::optional<Format> FormatFromExtension(std::string_view path) {
  std::string p = BaseName(path);
  size_t dot = p.rfind('.');
  size_t slash = p.rfind('/');
  if (dot == std::string::npos || (slash != std::string::npos && dot < slash)) return std::nullopt;
  std::string ext = p.substr(dot + 1);
  if (ext == "html" || ext == "htm" || ext == "xhtml" || ext == "shtml") return Format::kHtml;
  if (ext == "jsonl" || ext == "ndjson") return Format::kJsonl;
  if (ext == "warc") return Format::kWarc;
  if (ext == "md" || ext == "markdown") return Format::kMarkdown;
  if (ext == "txt" || ext == "text") return Format::kText;
  return std::nullopt;
}

std::string_view SkipBomAndSpace(std::string_view s) {
  if (StartsWith(s, "\xEF\xBB\xBF")) s.remove_prefix(3);
  size_t i = 0;
  while (i < s.size() && std::isspace(static_cast<unsigned char>(s[i]))) ++i;
  return s.substr(i);
}

bool LooksHtml(std::string_view head) {
  std::string h = AsciiLower(head.substr(0, 4096));
  std::string_view s = SkipBomAndSpace(h);
  if (StartsWith(s, "<!doctype html") || StartsWith(s, "<html") || StartsWith(s, "<?xml") ||
      StartsWith(s, "<head") || StartsWith(s, "<body") || StartsWith(s, "<!--")) {
    return s.find("<html") != std::string_view::npos || s.find("<body") != std::string_view::npos ||
           s.find("<head") != std::string_view::npos || StartsWith(s, "<!doctype html");
  }
  // A fragment: starts with a tag and has several block tags.
  if (!StartsWith(s, "<")) return false;
  int tags = 0;
  for (std::string_view t : {"<p>", "<p ", "<div", "<article", "<section", "<br", "<h1", "<h2", "<span"}) {
    for (size_t pos = s.find(t); pos != std::string_view::npos; pos = s.find(t, pos + 1)) ++tags;
  }
  return tags >= 2;
}

bool LooksJsonl(std::string_view s) {
  s = SkipBomAndSpace(s);
  if (s.empty() || s[0] != '{') return false;
  // The first line must close its object: '}' as the last non-space byte.
  size_t nl = s.find('\n');
  std::string_view line = Trim(s.substr(0, nl));
  return !line.empty() && line.back() == '}';
}

}  // namespace

bool LooksBinary(std::string_view bytes) {
  std::string_view head = bytes.substr(0, 8192);
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
  // images, emphasis, escaped punctuation, footnote markers, rules, block
  // quotes. Two distinct signals, or three signal lines, make Markdown.
  int links = 0, headings = 0, emphasis = 0, escapes = 0, rules = 0, footnotes = 0;
  int lines_seen = 0;
  for (std::string_view line : SplitLines(text.substr(0, 65536))) {
    if (++lines_seen > 400) break;
    std::string_view t = Trim(line);
    if (t.empty()) continue;
    if (t[0] == '#') {
      size_t n = t.find_first_not_of('#');
      if (n != std::string_view::npos && n <= 6 && t[n] == ' ') ++headings;
    }
    if (t.find("](") != std::string_view::npos) ++links;
    if (t.find("**") != std::string_view::npos || t.find("__") != std::string_view::npos) ++emphasis;
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
  if (Trim(bytes.substr(0, 1 << 20)).empty() && Trim(bytes).empty()) {
    return Status::InvalidArgument("empty input");
  }
  std::string_view s = SkipBomAndSpace(bytes);
  if (StartsWith(s, "WARC/")) return Format::kWarc;
  if (LooksBinary(bytes)) return Status::Unsupported("binary data, not a news page");
  std::optional<Format> by_name = FormatFromExtension(path);
  if (LooksHtml(s)) return Format::kHtml;
  if (by_name == Format::kJsonl || LooksJsonl(s)) return Format::kJsonl;
  if (by_name == Format::kHtml && !s.empty() && s[0] == '<') return Format::kHtml;
  return DetectTextOrMarkdown(s);
}

}  // namespace vigie::ingest
