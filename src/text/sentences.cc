// Sentence splitter: design notes.
//
// The splitter reads the tokens and the white space between them; it never
// looks inside a word, because the tokenizer has already decided which
// periods belong to words (`M.`, `etc.`, `J.-C.`, `10.000`) and which are
// punctuation. A boundary falls after token k when:
//   1. the gap after k holds a blank line (two line breaks): a paragraph
//      always ends a sentence;
//   2. k is a semicolon: the UD French treebanks end a sentence at nearly
//      every one (GSD dev: 16 at a sentence end, none inside; Sequoia train
//      27 and 3), and for quotes and claims a clause joined by `;` is a
//      statement of its own;
//   3. k is a terminal (`.`, `!`, `?`, `...`, `…`), followed by any closers
//      (`»`, `”`, `)`, `]`, further terminals; a straight `"` or `'` when
//      glued to the terminal, or a `"` that closes an open quotation, by
//      parity within the paragraph), and the next token can start a sentence: it
//      does not begin with a lower-case letter or with punctuation that
//      continues one (`,` `;` `:` `)` `»` `%`...). So `« Je pars. », a-t-il
//      dit` stays one sentence and the closing `»` stays with its period;
//   4. k is an abbreviation that can end a sentence (`etc.`, dotted acronyms
//      of three letters or more such as `R.E.M.`, and `J.-C.`) and the next token begins
//      with a capital or a digit; titles (`M.`, `Mme.`, `Dr.`) and
//      initials (`V.`, `J.A.`) never end one, so `M. de Mistura` and `V. Tchurkin`
//      hold together;
//   5. (an exception to 3) a period glued to a month's abbreviation and
//      followed by a digit is the abbreviation's: "since Nov. 15",
//      "le 3 janv. 2017";
//   6. the gap holds one line break, k does not leave the sentence open (a
//      comma, semicolon, opening bracket or quote, hyphen) and the next line
//      starts a new block: a capital, a digit, a bullet, a dash or an opening
//      quote. Headings and list items without final punctuation are
//      sentences; a hard-wrapped line continued in lower case is not cut.
// What it cannot know: a sentence that starts in lower case (Europarl
// transcripts in Sequoia do), or an abbreviation that ends a sentence and is
// followed by a name. Measured figures are in doc/design.md.
#include "text/sentences.h"

#include <algorithm>
#include <cstdint>
#include <string_view>

#include "common/utf8.h"

namespace vigie::text {
namespace {

char32_t FirstCodePoint(std::string_view text, const Token& t) {
  size_t pos = t.byte_start;
  return DecodeUtf8(text, &pos);
}

char32_t LastCodePoint(std::string_view text, const Token& t) {
  size_t pos = t.byte_end - 1;
  while (pos > t.byte_start && (static_cast<unsigned char>(text[pos]) & 0xC0) == 0x80) --pos;
  return DecodeUtf8(text, &pos);
}

bool IsTerminalChar(char32_t c) {
  return c == U'.' || c == U'!' || c == U'?' || c == U'\u2026' || c == U'\u203C' ||
         c == U'\u2047' || c == U'\u2048' || c == U'\u2049';
}

bool IsTerminal(std::string_view text, const Token& t) {
  if (t.kind != TokenKind::kPunct) return false;
  return IsTerminalChar(FirstCodePoint(text, t));
}

bool IsSemicolon(std::string_view text, const Token& t) {
  return t.kind == TokenKind::kPunct && text[t.byte_start] == ';';
}

bool IsStraightQuote(std::string_view text, const Token& t) {
  return t.kind == TokenKind::kPunct && text[t.byte_start] == '"';
}

bool IsCloser(char32_t c) {
  return c == U'\u00BB' || c == U'\u201D' || c == U'\u2019' || c == U')' || c == U']' ||
         c == U'\u203A' || IsTerminalChar(c);
}

// Characters that continue a sentence when they begin the next token.
bool ContinuesSentence(char32_t c) {
  return c == U',' || c == U';' || c == U':' || c == U')' || c == U']' || c == U'}' ||
         c == U'\u00BB' || c == U'\u201D' || c == U'%' || c == U'\u203A' || IsTerminalChar(c);
}

bool CanStartSentence(char32_t c) { return !IsLowerChar(c) && !ContinuesSentence(c); }

// Opens a new block after a line break: capitals, digits, bullets, dashes,
// opening quotes and brackets.
bool StartsBlock(char32_t c) {
  if (IsUpperChar(c) || (c >= U'0' && c <= U'9')) return true;
  return c == U'-' || c == U'\u2013' || c == U'\u2014' || c == U'\u2022' || c == U'*' ||
         c == U'\u00AB' || c == U'\u201C' || c == U'"' || c == U'(' || c == U'[' ||
         c == U'\u25AA' || c == U'\u25CF' || c == U'>' || c == U'#';
}

bool LeavesSentenceOpen(char32_t c) {
  return c == U',' || c == U';' || c == U'(' || c == U'[' || c == U'\u00AB' ||
         c == U'\u201C' || c == U'-' || c == U'\u2010' || c == U'/' || c == U'&';
}

// Line breaks in the white space between two tokens (U+2029 counts as a
// paragraph, U+2028 and U+0085 as one line).
int LineBreaks(std::string_view text, size_t from, size_t to) {
  int breaks = 0;
  for (size_t pos = from; pos < to;) {
    unsigned char b = static_cast<unsigned char>(text[pos]);
    if (b < 0x80) {
      breaks += b == '\n' || (b == '\r' && (pos + 1 >= to || text[pos + 1] != '\n'));
      ++pos;
      continue;
    }
    char32_t c = DecodeUtf8(text, &pos);
    if (c == U'\u2029') breaks += 2;
    if (c == U'\u2028' || c == U'\u0085') ++breaks;
  }
  return breaks;
}

// An abbreviation token (its period inside) after which a sentence may end:
// `etc.` and dotted acronyms or compound initials, not titles or initials.
bool AbbreviationMayEnd(std::string_view text, const Token& t) {
  std::string_view s = TokenText(text, t);
  if (t.kind != TokenKind::kWord || s.size() < 3 || s.back() != '.') return false;
  if (s == "etc." || s == "Etc." || s == "J.-C.") return true;
  // Dotted acronyms of three letters or more (R.E.M., U.S.A.); two letters
  // are a person's initials as often (J.A. Howe, F.L. Copperman).
  int letters = 0;
  for (char c : s) letters += c != '.' && c != '-';
  return s.find('.') < s.size() - 1 && letters >= 3;
}

// "Nov" in "Nov. 15": a month's abbreviation, French or English, whose
// period does not end the sentence before a day or a year.
bool IsMonthAbbreviation(std::string_view text, const Token& t) {
  static constexpr std::string_view kMonths[] = {
      "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
      "janv", "févr", "fév", "avr", "juil", "déc"};
  if (t.kind != TokenKind::kWord) return false;
  std::string_view s = TokenText(text, t);
  if (s.size() < 3 || s.size() > 5) return false;
  for (std::string_view m : kMonths) {
    if (m.size() != s.size()) continue;
    bool same = true;
    for (size_t i = 0; i < m.size() && same; ++i) {
      char c = s[i];
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
      same = c == m[i];
    }
    if (same) return true;
  }
  return false;
}

class Splitter {
 public:
  Splitter(std::string_view text, const std::vector<Token>& tokens,
           std::vector<Sentence>* out)
      : text_(text), t_(tokens), out_(out) {}

  void Run() {
    // quote_open_[k]: an odd number of straight quotes precede token k in
    // its paragraph, so a `"` at k closes a quotation.
    // gaps_[k]: line breaks between token k and k + 1, capped at 2; read
    // once, since every rule asks.
    gaps_.resize(t_.size());
    for (size_t k = 0; k + 1 < t_.size(); ++k) {
      size_t from = t_[k].byte_end, to = t_[k + 1].byte_start;
      gaps_[k] = to - from == 1 && text_[from] == ' '
                     ? 0
                     : static_cast<uint8_t>(std::min(LineBreaks(text_, from, to), 2));
    }
    quote_open_.assign(t_.size(), false);
    bool open = false;
    for (size_t k = 0; k < t_.size(); ++k) {
      if (k > 0 && Gap(k - 1) >= 2) open = false;
      quote_open_[k] = open;
      if (IsStraightQuote(text_, t_[k])) open = !open;
    }
    size_t begin = 0;
    for (size_t k = 0; k < t_.size();) {
      size_t last = EndsAt(k);
      if (last != kNoEnd) {
        Close(begin, last + 1);
        begin = last + 1;
        k = last + 1;
      } else {
        ++k;
      }
    }
    if (begin < t_.size()) Close(begin, t_.size());
  }

 private:
  static constexpr size_t kNoEnd = static_cast<size_t>(-1);

  // REQUIRES: k + 1 < t_.size().
  int Gap(size_t k) const { return gaps_[k]; }
  bool Glued(size_t k) const { return t_[k].byte_end == t_[k + 1].byte_start; }

  // The last token of a sentence that ends at or just after token k, or
  // kNoEnd. REQUIRES: k < t_.size().
  size_t EndsAt(size_t k) const {
    if (k + 1 >= t_.size()) return kNoEnd;
    int gap = Gap(k);
    if (gap >= 2 || IsSemicolon(text_, t_[k])) return k;
    if (IsTerminal(text_, t_[k])) {
      if (k > 0 && text_[t_[k].byte_start] == '.' && t_[k - 1].byte_end == t_[k].byte_start &&
          IsMonthAbbreviation(text_, t_[k - 1]) && Gap(k) == 0) {
        char32_t next = FirstCodePoint(text_, t_[k + 1]);
        if (next >= U'0' && next <= U'9') return kNoEnd;
      }
      size_t j = k;
      while (j + 1 < t_.size() && Gap(j) == 0) {
        char32_t c = FirstCodePoint(text_, t_[j + 1]);
        bool closer = t_[j + 1].kind == TokenKind::kPunct &&
                      (IsCloser(c) || ((c == U'"' || c == U'\'') && Glued(j)) ||
                       (c == U'"' && quote_open_[j + 1]));
        if (!closer) break;
        ++j;
      }
      if (j + 1 >= t_.size()) return kNoEnd;
      if (Gap(j) >= 1 || CanStartSentence(FirstCodePoint(text_, t_[j + 1]))) return j;
      return kNoEnd;
    }
    char32_t next = FirstCodePoint(text_, t_[k + 1]);
    if (AbbreviationMayEnd(text_, t_[k]) && (IsUpperChar(next) || (next >= U'0' && next <= U'9'))) {
      return k;
    }
    if (gap == 1 && !LeavesSentenceOpen(LastCodePoint(text_, t_[k])) && StartsBlock(next)) {
      return k;
    }
    return kNoEnd;
  }

  void Close(size_t begin, size_t end) {
    out_->push_back(Sentence{t_[begin].start, t_[end - 1].end, begin, end});
  }

  std::string_view text_;
  const std::vector<Token>& t_;
  std::vector<Sentence>* out_;
  std::vector<bool> quote_open_;
  std::vector<uint8_t> gaps_;
};

}  // namespace

void SplitSentences(std::string_view text, const std::vector<Token>& tokens,
                    std::vector<Sentence>* sentences) {
  sentences->clear();
  Splitter(text, tokens, sentences).Run();
}

std::vector<Sentence> SplitSentences(std::string_view text, const std::vector<Token>& tokens) {
  std::vector<Sentence> out;
  SplitSentences(text, tokens, &out);
  return out;
}

}  // namespace vigie::text
