#include "store/query_parser.h"

#include <memory>
#include <optional>
#include <utility>

#include "common/utf8.h"

namespace vigie::store {
namespace {

enum class Lex { kWord, kPhrase, kOpen, kClose, kAnd, kOr, kNot, kMinus, kEnd };

struct Lexeme {
  Lex kind = Lex::kEnd;
  std::string text;    // word or phrase, without quotes, '*' or column
  std::string column;  // "title" or "text" when given
  bool prefix = false;
  size_t offset = 0;   // byte offset in the query, for messages
};

bool IsSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\0' ||
         c == kRawKeysMarker;
}

bool EndsWord(char c) { return IsSpace(c) || c == '"' || c == '(' || c == ')'; }

class Lexer {
 public:
  explicit Lexer(std::string_view s) : s_(s) {}

  Lexeme Next() {
    while (pos_ < s_.size() && IsSpace(s_[pos_])) ++pos_;
    Lexeme lx;
    lx.offset = pos_;
    if (pos_ >= s_.size()) return lx;
    char c = s_[pos_];
    if (c == '(' || c == ')') {
      ++pos_;
      lx.kind = c == '(' ? Lex::kOpen : Lex::kClose;
      return lx;
    }
    if (c == '-' && pos_ + 1 < s_.size() && !EndsWord(s_[pos_ + 1]) && s_[pos_ + 1] != '-') {
      ++pos_;
      lx.kind = Lex::kMinus;
      return lx;
    }
    if (c == '"') return Phrase(std::move(lx));
    size_t start = pos_;
    while (pos_ < s_.size() && !EndsWord(s_[pos_])) ++pos_;
    std::string_view word = s_.substr(start, pos_ - start);
    if (word == "AND") lx.kind = Lex::kAnd;
    else if (word == "OR") lx.kind = Lex::kOr;
    else if (word == "NOT") lx.kind = Lex::kNot;
    if (lx.kind != Lex::kEnd) return lx;
    lx.kind = Lex::kWord;
    for (std::string_view column : {"title:", "text:"}) {
      if (word.size() >= column.size() && word.substr(0, column.size()) == column) {
        lx.column = std::string(column.substr(0, column.size() - 1));
        word.remove_prefix(column.size());
        if (word.empty() && pos_ < s_.size() && s_[pos_] == '"') {
          Lexeme phrase = Phrase(std::move(lx));
          return phrase;
        }
        break;
      }
    }
    while (!word.empty() && word.back() == '*') {
      lx.prefix = true;
      word.remove_suffix(1);
    }
    lx.text = std::string(word);
    return lx;
  }

 private:
  Lexeme Phrase(Lexeme lx) {
    size_t close = s_.find('"', pos_ + 1);
    size_t end = close == std::string_view::npos ? s_.size() : close;
    lx.kind = Lex::kPhrase;
    lx.text = std::string(s_.substr(pos_ + 1, end - pos_ - 1));
    pos_ = close == std::string_view::npos ? s_.size() : close + 1;
    if (pos_ < s_.size() && s_[pos_] == '*') {
      lx.prefix = true;
      while (pos_ < s_.size() && s_[pos_] == '*') ++pos_;
    }
    return lx;
  }

  std::string_view s_;
  size_t pos_ = 0;
};

// An expression already written in FTS5 syntax; empty when it holds no term
// (every word was punctuation).
struct Expr {
  std::string fts;
  bool negated = false;
};

std::string Quoted(std::string_view text) {
  std::string out = "\"";
  for (char c : text) {
    if (c == '\0' || c == kRawKeysMarker) continue;  // not the user's to write
    if (c == '"') out.push_back('"');
    out.push_back(c);
  }
  out.push_back('"');
  return out;
}

class Parser {
 public:
  Parser(std::string_view query, SearchKeys* keys, const PrefixExpander& expand)
      : lexer_(query), keys_(keys), expand_(expand) {
    Advance();
  }

  Result<ParsedQuery> Run() {
    Result<Expr> e = Or(0);
    if (!e.ok()) return e.status();
    if (cur_.kind == Lex::kClose) return Error("unbalanced ')'");
    if (cur_.kind != Lex::kEnd) return Error("unexpected text");
    if (e->negated) return Error("NOT needs a term to subtract from");
    return ParsedQuery{std::move(e->fts), std::move(terms_)};
  }

 private:
  void Advance() { cur_ = lexer_.Next(); }

  Status Error(std::string_view what) const {
    return Status::InvalidArgument("search query: " + std::string(what) + " at byte " +
                                   std::to_string(cur_.offset));
  }

  Result<Expr> Or(int depth) {
    Result<Expr> first = And(depth);
    if (!first.ok()) return first;
    std::vector<Expr> parts{std::move(*first)};
    while (cur_.kind == Lex::kOr) {
      Advance();
      Result<Expr> next = And(depth);
      if (!next.ok()) return next;
      parts.push_back(std::move(*next));
    }
    if (parts.size() == 1) return std::move(parts[0]);
    std::string fts;
    for (const Expr& p : parts) {
      if (p.negated) return Error("OR of a negation (NOT a OR b): put NOT inside a group");
      if (p.fts.empty()) continue;
      fts += fts.empty() ? "(" : " OR ";
      fts += p.fts;
    }
    if (!fts.empty()) fts += ")";
    return Expr{std::move(fts), false};
  }

  bool StartsUnary() const {
    return cur_.kind == Lex::kWord || cur_.kind == Lex::kPhrase || cur_.kind == Lex::kOpen ||
           cur_.kind == Lex::kNot || cur_.kind == Lex::kMinus;
  }

  Result<Expr> And(int depth) {
    std::vector<std::string> positive, negative;
    bool any = false;
    while (true) {
      if (!StartsUnary()) {
        if (!any) return Error(cur_.kind == Lex::kEnd ? "a term is missing at the end"
                                                      : "a term is missing");
        break;
      }
      Result<Expr> e = Unary(depth);
      if (!e.ok()) return e;
      any = true;
      if (!e->fts.empty()) (e->negated ? negative : positive).push_back(std::move(e->fts));
      if (cur_.kind == Lex::kAnd) {
        Advance();
        if (!StartsUnary()) return Error("AND needs a term after it");
      }
    }
    if (positive.empty()) {
      if (negative.empty()) return Expr{};
      if (negative.size() == 1) return Expr{std::move(negative[0]), true};
      return Error("NOT needs a term to subtract from");
    }
    std::string fts = positive.size() > 1 ? "(" : "";
    for (size_t i = 0; i < positive.size(); ++i) fts += (i ? " AND " : "") + positive[i];
    if (positive.size() > 1) fts += ")";
    for (const std::string& n : negative) fts += " NOT " + n;
    if (!negative.empty()) fts = "(" + fts + ")";
    return Expr{std::move(fts), false};
  }

  Result<Expr> Unary(int depth) {
    if (cur_.kind == Lex::kNot || cur_.kind == Lex::kMinus) {
      bool minus = cur_.kind == Lex::kMinus;
      Advance();
      if (!(minus ? (cur_.kind == Lex::kWord || cur_.kind == Lex::kPhrase ||
                     cur_.kind == Lex::kOpen)
                  : StartsUnary())) {
        return Error(minus ? "'-' needs a term" : "NOT needs a term after it");
      }
      Result<Expr> e = minus ? Primary(depth) : Unary(depth);
      if (!e.ok()) return e;
      if (e->negated) return Error("double negation");
      e->negated = !e->fts.empty();
      return e;
    }
    return Primary(depth);
  }

  Result<Expr> Primary(int depth) {
    if (cur_.kind == Lex::kOpen) {
      if (depth + 1 > kMaxQueryDepth) return Error("too many nested groups");
      Advance();
      Result<Expr> e = Or(depth + 1);
      if (!e.ok()) return e;
      if (cur_.kind != Lex::kClose) return Error("unbalanced '('");
      Advance();
      return e;
    }
    Lexeme lx = std::move(cur_);
    Advance();
    return Term(lx);
  }

  Result<Expr> Term(const Lexeme& lx) {
    std::vector<std::string> keys = keys_->Keys(lx.text, KeyMode::kQuery);
    if (keys.empty()) return Expr{};
    if (++term_count_ > kMaxQueryTerms) return Error("too many terms");
    if (lx.prefix) {
      std::vector<std::string> last = keys_->Keys(lx.text, KeyMode::kQueryPrefix);
      if (last.empty() ||
          CodePointCount(last.back()) < static_cast<size_t>(kMinPrefixChars)) {
        return Error("a prefix needs " + std::to_string(kMinPrefixChars) + " letters at least");
      }
    }
    const std::string column = lx.column.empty() ? "" : lx.column + " : ";
    std::string fts = column + Quoted(lx.text);
    if (lx.prefix) fts = PrefixAlternatives(lx.text, column, fts + " *");
    terms_.push_back(lx.kind == Lex::kPhrase ? "\"" + lx.text + "\"" : lx.text);
    return Expr{std::move(fts), false};
  }

  // `native` OR the raw keys of the vocabulary's words that start with the
  // prefix, after the keys of the words before it (a phrase).
  std::string PrefixAlternatives(const std::string& text, const std::string& column,
                                 std::string native) {
    if (!expand_) return native;
    std::vector<std::string> keys = keys_->Keys(text, KeyMode::kQueryPrefix);
    const std::string prefix = keys.back();
    keys.pop_back();
    std::string head(1, kRawKeysMarker);
    for (const std::string& k : keys) head += k + " ";
    std::string out;
    int n = 0;
    for (const std::string& key : expand_(prefix)) {
      if (key.empty() || key.starts_with(prefix) || key.find(' ') != std::string::npos) continue;
      if (++n > kMaxPrefixKeys) break;
      out += " OR " + column + "\"" + head + key + "\"";
    }
    return out.empty() ? native : "(" + native + out + ")";
  }

  Lexer lexer_;
  SearchKeys* keys_;
  const PrefixExpander& expand_;
  Lexeme cur_;
  std::vector<std::string> terms_;
  int term_count_ = 0;
};

}  // namespace

Result<ParsedQuery> ParseQuery(std::string_view query, SearchKeys* keys,
                               const PrefixExpander& expand) {
  if (query.size() > kMaxQueryBytes) {
    return Status::InvalidArgument("search query: longer than " + std::to_string(kMaxQueryBytes) +
                                   " bytes");
  }
  bool blank = true;
  for (char c : query) blank = blank && IsSpace(c);
  if (blank) return ParsedQuery{};
  return Parser(query, keys, expand).Run();
}

}  // namespace vigie::store
