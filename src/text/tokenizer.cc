// Tokenizer: design notes.
//
// Why rules. French and English news text is tokenized by a small number of
// orthographic conventions (elision apostrophes, clitic hyphens, digit
// groups, abbreviation periods), and every later stage needs exact offsets
// and predictable behaviour on hostile input more than it needs the last
// tenth of a point. Statistical tokenizers (UDPipe, Stanza) reach 0.99+ token
// F1 on the UD French treebanks, as do these rules (numbers below), without a
// model to load, in one linear pass, and with every decision readable here.
//
// The method. The input is decoded once into code points (with the byte
// offset of each, kept in reused buffers). One left-to-right scan then cuts:
//   * white space, controls and format characters separate tokens and belong
//     to none;
//   * a URL (`http://`, `https://`, `ftp://`, `www.`) runs to the next space,
//     minus trailing punctuation (a `)` only when unbalanced);
//   * a word is a run of letters, marks and digits joined by connectors that
//     have a word character on both sides: hyphens and apostrophes (then cut
//     again below), periods (`4.2`, `10.000`, `VIDATI.fr`, `R.E.M`),
//     `@` and `_` (e-mail addresses), and, between digits only, `,`, `:` and
//     `/` (`3,5`, `2:00`, `1/10`; `mg/kg` is three tokens in the treebanks),
//     inflection marks `(s)`, `(e)` glued to a word (`AUTRE(S)`). `J.-C.`-style initials join across
//     `.-`. A group of 1-3 digits followed by a space (also NBSP, U+202F,
//     U+2009) and exactly three digits is one number (`4 000`, `50 000`), as
//     in the treebanks; a 4-digit first group is not (`en 2006 300 morts`);
//   * a word followed by a period takes it when it is an abbreviation: a
//     table entry (`M`, `Mme`, `etc`, `av`, `cf`... see kAbbreviations), a
//     single capital (an initial: `V. Tchurkin`), or a dotted acronym whose
//     letter runs are at most two long (`R.E.M.`, `J.-C.`). Sentence-final
//     `etc.` therefore keeps its period, as the treebanks write it;
//   * the word is then cut: elided articles and conjunctions at its start
//     (`l'`, `d'`, `qu'`, `jusqu'`, `lorsqu'`...), repeatedly (`qu'aujourd'hui`
//     -> `qu'` `aujourd'hui`); lexicalised forms have no elision prefix in the
//     table (`aujourd'hui`, `quelqu'un`, `presqu'île`, `prud'hommes`) or are
//     listed (`l'on`, `c'est-à-dire`, which the treebanks keep whole); then a
//     clitic inversion at its end (`a-t-il` -> `a` `-t-il`, `est-ce`,
//     `dit-elle`, `puis-je`), as Sequoia and GSD split them (counted there:
//     -il 24, -t-il 11, -ce 10, -nous 8, -ils 7, -vous 5, -je 5...). Names
//     and compounds keep their hyphens (`Alep-Est`, `Es-Zor`, `celui-ci`:
//     the treebanks split `-ci` and `-là` once each in 46 occurrences, so they
//     stay whole). In English mode `n't`, `'s`, `'re`, `'ve`, `'ll`, `'d`,
//     `'m` are split as in UD English;
//   * runs of periods (`...`, `....`) and of hyphens (`--`) are one token,
//     `…` is one, `+/-` is one; any other character is its own token.
//
// What it measured (bench/eval_ud.cc; doc/benchmarks.md), on the test sets
// after development on Sequoia train/dev and GSD dev: see doc/design.md.
#include "text/tokenizer.h"

#include <utf8proc.h>

#include <algorithm>
#include <string_view>

#include "common/strings.h"
#include "common/utf8.h"

namespace vigie::text {
namespace {

using std::u32string_view;

// Abbreviations that take their period, lower case. Sources: the
// abbreviations written with a period in Sequoia train and GSD dev (M, MM,
// Dr, St, av, cf, etc, ex, pp, Vol, No, p), the usual French typographic ones
// (Lexique des règles typographiques en usage à l'Imprimerie nationale:
// Mme, Mlle, Me, Mgr, Pr, art, chap, coll, éd, env, fig, hab, réf, tél, vol)
// and English titles and corporate suffixes. Words that also end sentences
// as plain words (`sept`, `min`, `fin`) are left out.
constexpr u32string_view kAbbreviations[] = {
    U"m",     U"mm",    U"mme",   U"mmes",  U"mlle", U"mlles", U"me",   U"mgr",   U"dr",
    U"pr",    U"prof",  U"st",    U"ste",   U"av",   U"apr",   U"cf",   U"etc",   U"ex",
    U"p",     U"pp",    U"vol",   U"art",   U"al",   U"chap",  U"coll", U"éd",    U"ed",
    U"env",   U"fig",   U"hab",   U"réf",   U"tél",  U"vs",    U"mr",   U"mrs",   U"ms",
    U"jr",    U"sr",    U"gén",   U"gen",   U"col",  U"lt",    U"sgt",  U"inc",   U"ltd",
    U"corp",  U"dept",  U"approx", U"janv", U"févr", U"fév",   U"avr",  U"juil",  U"déc",
    U"c-à-d", U"resp",  U"cie",   U"no"};

// Elided words that are split off the start of a word, lower case, without
// their apostrophe.
constexpr u32string_view kElisions[] = {
    U"l", U"d", U"j", U"m", U"n", U"s", U"t", U"c", U"qu", U"jusqu", U"lorsqu", U"puisqu",
    U"quoiqu"};

// Whole words with an elision prefix that the treebanks keep as one token.
constexpr u32string_view kElisionExceptions[] = {U"l'on", U"c'est-à-dire"};

// Clitic pronouns split off the end of a verb in an inversion, longest first
// where one is a suffix of another.
constexpr u32string_view kClitics[] = {
    U"-t-ils", U"-t-elles", U"-t-il", U"-t-elle", U"-t-on", U"-ils", U"-elles",
    U"-il",    U"-elle",    U"-on",   U"-je",     U"-tu",   U"-nous", U"-vous",
    U"-ce",    U"-moi",     U"-toi",  U"-en",     U"-y",    U"-lui",  U"-leur"};

// Whole words ending like a clitic inversion that are nouns or names.
constexpr u32string_view kCliticExceptions[] = {U"rendez-vous", U"chez-moi",
                                                             U"chez-vous"};

constexpr u32string_view kEnglishClitics[] = {U"n't", U"'s", U"'re", U"'ve",
                                                           U"'ll", U"'d",  U"'m"};

bool IsApostrophe(char32_t c) { return c == U'\'' || c == U'\u2019' || c == U'\u02BC'; }
bool IsHyphen(char32_t c) { return c == U'-' || c == U'\u2010' || c == U'\u2011'; }
bool IsDigit(char32_t c) { return c >= U'0' && c <= U'9'; }
bool IsGroupSpace(char32_t c) {
  return c == U' ' || c == U'\u00A0' || c == U'\u202F' || c == U'\u2009';
}

// Lower case for comparisons, with every apostrophe read as '\''.
char32_t Fold(char32_t c) {
  if (IsApostrophe(c)) return U'\'';
  if (c < 0x80) return (c >= U'A' && c <= U'Z') ? c + 32 : c;
  if (IsHyphen(c)) return U'-';
  return static_cast<char32_t>(utf8proc_tolower(static_cast<utf8proc_int32_t>(c)));
}

bool FoldedEquals(const char32_t* p, size_t n, u32string_view lit) {
  if (n != lit.size()) return false;
  for (size_t k = 0; k < n; ++k)
    if (Fold(p[k]) != lit[k]) return false;
  return true;
}

template <size_t N>
bool InTable(const char32_t* p, size_t n, const u32string_view (&table)[N]) {
  for (u32string_view w : table)
    if (FoldedEquals(p, n, w)) return true;
  return false;
}

bool IsSkipped(char32_t c) {
  if (c < 0x80) return c <= 0x20 || c == 0x7F;
  if (IsUnicodeSpace(c)) return true;
  utf8proc_category_t cat = utf8proc_category(static_cast<utf8proc_int32_t>(c));
  return cat == UTF8PROC_CATEGORY_CC || cat == UTF8PROC_CATEGORY_CF ||
         cat == UTF8PROC_CATEGORY_ZS || cat == UTF8PROC_CATEGORY_ZL ||
         cat == UTF8PROC_CATEGORY_ZP;
}

bool IsPunctChar(char32_t c) {
  if (c < 0x80) {
    return c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == '"' ||
           c == '\'' || c == '(' || c == ')' || c == '[' || c == ']' || c == '{' || c == '}' ||
           c == '-' || c == '/' || c == '*';
  }
  utf8proc_category_t cat = utf8proc_category(static_cast<utf8proc_int32_t>(c));
  return cat >= UTF8PROC_CATEGORY_PC && cat <= UTF8PROC_CATEGORY_PO;
}

// The scanner over one text's code points.
class Scanner {
 public:
  Scanner(const std::vector<char32_t>& cps, const std::vector<size_t>& bytes,
          TokenizerLanguage language, std::vector<Token>* out)
      : c_(cps), bytes_(bytes), n_(cps.size()), language_(language), out_(out) {}

  void Run() {
    size_t i = 0;
    while (i < n_) {
      char32_t c = c_[i];
      if (IsSkipped(c)) {
        ++i;
      } else if (size_t e = UrlEnd(i); e > i) {
        Emit(i, e, TokenKind::kUrl);
        i = e;
      } else if (IsWordChar(c) || StartsSignedNumber(i)) {
        i = Word(i);
      } else {
        i = Other(i);
      }
    }
  }

 private:
  char32_t At(size_t i) const { return i < n_ ? c_[i] : 0; }

  void Emit(size_t s, size_t e, TokenKind kind) {
    out_->push_back(Token{static_cast<int64_t>(s), static_cast<int64_t>(e), bytes_[s], bytes_[e],
                          kind});
  }

  bool StartsSignedNumber(size_t i) const {
    char32_t c = c_[i];
    if (c != U'-' && c != U'\u2212') return false;
    if (!IsDigit(At(i + 1))) return false;
    return i == 0 || IsSkipped(c_[i - 1]) || c_[i - 1] == U'(';
  }

  bool AsciiPrefixAt(size_t i, std::string_view p) const {
    for (size_t k = 0; k < p.size(); ++k) {
      char32_t c = At(i + k);
      if (c >= U'A' && c <= U'Z') c += 32;
      if (c != static_cast<unsigned char>(p[k])) return false;
    }
    return true;
  }

  size_t UrlEnd(size_t i) const {
    if (i > 0 && IsWordChar(c_[i - 1])) return i;
    char32_t c = c_[i];
    if (c != U'h' && c != U'H' && c != U'f' && c != U'F' && c != U'w' && c != U'W') return i;
    if (!AsciiPrefixAt(i, "http://") && !AsciiPrefixAt(i, "https://") &&
        !AsciiPrefixAt(i, "ftp://") && !AsciiPrefixAt(i, "www.")) {
      return i;
    }
    size_t e = i;
    int open = 0, close = 0;
    while (e < n_ && !IsSkipped(c_[e]) && c_[e] != U'<' && c_[e] != U'>' && c_[e] != U'"' &&
           c_[e] != U'\u00AB' && c_[e] != U'\u00BB') {
      open += c_[e] == U'(';
      close += c_[e] == U')';
      ++e;
    }
    while (e > i) {
      char32_t t = c_[e - 1];
      if (t == U')' && close > open) {
        --close;
      } else if (!(t == U'.' || t == U',' || t == U';' || t == U':' || t == U'!' ||
                   t == U'?' || IsApostrophe(t) || t == U']')) {
        break;
      }
      --e;
    }
    // "www." alone, or a scheme with nothing after it, is not a URL.
    return e >= i + 8 ? e : i;
  }

  // A connector at `j` joins the word characters on both sides.
  bool Joins(size_t j) const {
    char32_t c = c_[j], prev = c_[j - 1], next = At(j + 1);
    if (!IsWordChar(next)) return false;
    if (IsHyphen(c) || IsApostrophe(c) || c == U'.' || c == U'@' || c == U'_') {
      return IsWordChar(prev);
    }
    if (c == U',' || c == U':' || c == U'/') return IsDigit(prev) && IsDigit(next);
    return false;
  }

  // A space before exactly three digits continues a grouped number whose
  // groups so far are 1-3 digits then 3 digits each.
  bool GroupContinues(size_t s, size_t j) const {
    if (!IsGroupSpace(c_[j])) return false;
    for (size_t k = 1; k <= 3; ++k)
      if (!IsDigit(At(j + k))) return false;
    if (IsWordChar(At(j + 4))) return false;
    size_t run = 0;  // digits of the current group
    for (size_t k = s; k < j; ++k) {
      if (IsDigit(c_[k])) {
        ++run;
      } else if (IsGroupSpace(c_[k]) && (run == 3 || (run <= 3 && k - run == s))) {
        run = 0;
      } else if (!(k == s && (c_[k] == U'-' || c_[k] == U'\u2212'))) {
        return false;
      }
    }
    return run >= 1 && run <= 3;
  }

  // Single upper-case letter at [j-1] starting a word or after `.-`, then
  // ".-X": initials such as J.-C., J.-P.
  bool JoinsInitials(size_t s, size_t j) const {
    if (c_[j] != U'.' || !IsHyphen(At(j + 1)) || !IsUpperChar(At(j + 2))) return false;
    return IsUpperChar(c_[j - 1]) && (j - 1 == s || !IsWordChar(c_[j - 2]));
  }

  // `(s)`, `(e)`, `(es)` glued to a word: AUTRE(S), étudiant(e)s. Returns
  // the length of the mark, 0 if there is none at `j`.
  size_t InflectionMark(size_t j) const {
    if (c_[j] != U'(' || !IsWordChar(c_[j - 1]) || IsDigit(c_[j - 1])) return 0;
    size_t k = j + 1;
    while (k < n_ && k < j + 4 && IsWordChar(c_[k]) && !IsDigit(c_[k])) ++k;
    if (k == j + 1 || k == j + 4 || At(k) != U')') return 0;
    return k + 1 - j;
  }

  size_t Word(size_t s) {
    size_t j = s;
    if (!IsWordChar(c_[j])) ++j;  // the sign of a number
    // What joined the word's parts: the cuts below only look for elisions
    // and clitics in words that have an apostrophe or a hyphen, which most
    // words have not (the tables cost more than the scan).
    bool has_at = false, has_apostrophe = false, has_hyphen = false;
    while (true) {
      while (j < n_ && IsWordChar(c_[j])) ++j;
      if (j + 1 >= n_) break;
      if (Joins(j)) {
        char32_t c = c_[j];
        has_at |= c == U'@';
        has_apostrophe |= IsApostrophe(c);
        has_hyphen |= IsHyphen(c);
        ++j;
      } else if (JoinsInitials(s, j)) {
        j += 2;
      } else if (size_t m = InflectionMark(j); m > 0) {
        j += m;
      } else if (IsDigit(c_[j - 1]) && GroupContinues(s, j)) {
        ++j;
      } else {
        break;
      }
    }
    TokenKind kind = TokenKind::kWord;
    if (has_at) {
      kind = TokenKind::kEmail;
    } else if (!IsWordChar(c_[s]) || IsDigit(c_[s])) {
      kind = TokenKind::kNumber;
    }
    if (At(j) == U'.' && At(j + 1) != U'.' && kind == TokenKind::kWord && TakesPeriod(s, j)) ++j;
    if (kind != TokenKind::kWord) {
      Emit(s, j, kind);
    } else if (has_apostrophe || has_hyphen) {
      CutWord(s, j);
    } else {
      Emit(s, j, kind);
    }
    return j;
  }

  // REQUIRES: [s, e) is a word without its possible period.
  bool TakesPeriod(size_t s, size_t e) const {
    if (e - s == 1 && IsUpperChar(c_[s])) return true;
    if (InTable(&c_[s], e - s, kAbbreviations)) return true;
    bool dotted = false;
    size_t run = 0, longest = 0;
    for (size_t k = s; k < e; ++k) {
      if (IsWordChar(c_[k])) {
        if (IsDigit(c_[k])) return false;
        longest = std::max(longest, ++run);
      } else {
        dotted |= c_[k] == U'.';
        run = 0;
      }
    }
    return dotted && longest <= 2;
  }

  size_t ElisionLength(size_t s, size_t e) const {
    if (InTable(&c_[s], e - s, kElisionExceptions)) return 0;
    size_t apos = s;
    while (apos < e && !IsApostrophe(c_[apos])) ++apos;
    if (apos + 1 >= e || apos == s) return 0;
    if (!InTable(&c_[s], apos - s, kElisions)) return 0;
    return apos + 1 - s;
  }

  size_t CliticStart(size_t s, size_t e) const {
    if (InTable(&c_[s], e - s, kCliticExceptions)) return e;
    for (u32string_view clitic : kClitics) {
      if (e - s <= clitic.size()) continue;
      size_t k = e - clitic.size();
      if (!IsWordChar(c_[k - 1])) continue;
      if (FoldedEquals(&c_[k], clitic.size(), clitic)) return k;
    }
    if (language_ == TokenizerLanguage::kEnglish) {
      for (u32string_view clitic : kEnglishClitics) {
        if (e - s <= clitic.size()) continue;
        size_t k = e - clitic.size();
        if (FoldedEquals(&c_[k], clitic.size(), clitic)) return k;
      }
    }
    return e;
  }

  void CutWord(size_t s, size_t e) {
    while (size_t len = ElisionLength(s, e)) {
      Emit(s, s + len, TokenKind::kWord);
      s += len;
    }
    size_t clitic = CliticStart(s, e);
    Emit(s, clitic, TokenKind::kWord);
    if (clitic < e) Emit(clitic, e, TokenKind::kWord);
  }

  size_t Other(size_t i) {
    char32_t c = c_[i];
    size_t e = i + 1;
    if (c == U'.' || IsHyphen(c)) {
      while (e < n_ && c_[e] == c) ++e;
    } else if (c == U'+' && At(i + 1) == U'/' && At(i + 2) == U'-') {
      e = i + 3;
    } else if (c == U'\u00B0' && (At(i + 1) == U'C' || At(i + 1) == U'F') &&
               !IsWordChar(At(i + 2))) {
      e = i + 2;  // °C, °F
    }
    Emit(i, e, IsPunctChar(c) ? TokenKind::kPunct : TokenKind::kSymbol);
    return e;
  }

  const std::vector<char32_t>& c_;
  const std::vector<size_t>& bytes_;
  const size_t n_;
  const TokenizerLanguage language_;
  std::vector<Token>* out_;
};

}  // namespace

bool IsWordChar(char32_t c) {
  if (c < 0x80) return (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z') || IsDigit(c);
  utf8proc_category_t cat = utf8proc_category(static_cast<utf8proc_int32_t>(c));
  return (cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_NO);
}

bool IsUpperChar(char32_t c) {
  if (c < 0x80) return c >= U'A' && c <= U'Z';
  utf8proc_category_t cat = utf8proc_category(static_cast<utf8proc_int32_t>(c));
  return cat == UTF8PROC_CATEGORY_LU || cat == UTF8PROC_CATEGORY_LT;
}

bool IsLowerChar(char32_t c) {
  if (c < 0x80) return c >= U'a' && c <= U'z';
  return utf8proc_category(static_cast<utf8proc_int32_t>(c)) == UTF8PROC_CATEGORY_LL;
}

void Tokenizer::Tokenize(std::string_view text, std::vector<Token>* tokens) {
  tokens->clear();
  // Decoded into buffers sized for the worst case (one code point a byte)
  // and written through raw pointers: this loop sees every byte.
  const size_t n = text.size();
  cps_.resize(n + 1);
  bytes_.resize(n + 1);
  char32_t* cp = cps_.data();
  size_t* byte = bytes_.data();
  size_t count = 0;
  size_t pos = 0;
  while (pos < n) {
    unsigned char b = static_cast<unsigned char>(text[pos]);
    byte[count] = pos;
    if (b < 0x80) {
      cp[count++] = b;
      ++pos;
    } else {
      cp[count++] = DecodeUtf8(text, &pos);
    }
  }
  byte[count] = n;
  cps_.resize(count);
  bytes_.resize(count + 1);
  tokens->reserve(n / 5);
  Scanner(cps_, bytes_, language_, tokens).Run();
}

std::vector<Token> Tokenize(std::string_view text, TokenizerLanguage language) {
  std::vector<Token> tokens;
  Tokenizer(language).Tokenize(text, &tokens);
  return tokens;
}

}  // namespace vigie::text
