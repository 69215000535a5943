// The place of a casualty claim: the toponym as written, without article,
// preposition, generic head or direction ("dans la province d'Idleb" ->
// "Idleb", "le quartier de Boustane al-Qasr" -> "Boustane al-Qasr", "in
// eastern Aleppo" -> "Aleppo").
//
// Candidates come from three sources, so that the layer works with and
// without the entity layer: the LOC entities given to Find; the gazetteer's
// places and countries (data/gazetteers); and names that the text itself
// marks as places, after a head noun ("quartier de", "village of") or a
// locative preposition ("à Jobar", "in Aleppo") with capitalised words and
// Arabic particles ("Orum al-Koubra", "al-Zahra").
//
// Each candidate has a level: 3 a locality named by its head (quartier,
// village), 2 a town (a gazetteer city, or an unknown name), 1 a region, 0
// a country or a container ("Yemen's Saada province"). The claim takes the
// most specific place of its own sentence, the nearest to the claim among
// equals; else the most specific of the nearest sentence before that has
// one ("y", "la ville" and war-wide totals fall back this way), unless the
// sentence opens a new topic.
//
// Capitals are the metonymy of governments ("Washington a accusé", "la
// coalition conduite par Riyad"): a capital counts only after a locative
// preposition or a head, and no place counts after an agent preposition
// ("par", "by"). A place inside the source's name ("le ministère de la Santé
// à Gaza") is the source's, not the event's.
#include <optional>

#include "analyse/claims_internal.h"
#include "analyse/gazetteer.h"

namespace vigie::analyse::internal {
namespace {

constexpr size_t kMaxNameTokens = 4;

struct Candidate {
  TokenSpan span;
  int level = 2;
};

// A lower-case Arabic particle that belongs to a name ("al-Qasr", "ez-Zor").
bool IsParticle(const ClaimScope& scope, size_t i) {
  std::string_view f = scope.Folded(i);
  for (std::string_view p : {"al-", "el-", "ad-", "ar-", "as-", "ash-", "at-", "az-", "ez-", "es-",
                             "an-", "ech-", "ed-", "en-"}) {
    if (f.size() > p.size() && f.substr(0, p.size()) == p) return true;
  }
  return f == "ben" || f == "bin" || f == "ibn" || f == "abou" || f == "abu";
}

// A name may lie inside a date ("depuis l'offensive sur Manbij"), not be
// one of its words.
bool NameStart(const ClaimScope& scope, size_t i) {
  if (!scope.IsWord(i) || scope.Has(i, ClaimRole::kDay) || scope.Has(i, ClaimRole::kMonth)) return false;
  return scope.IsCapitalised(i) || IsParticle(scope, i);
}

// A place name written at i: capitalised words and particles.
TokenSpan ReadName(const ClaimScope& scope, size_t i, size_t limit) {
  if (i >= limit || !NameStart(scope, i)) return {i, i};
  size_t k = i + 1;
  while (k < limit && k - i < kMaxNameTokens && NameStart(scope, k) &&
         scope.Token(k).start > scope.Token(k - 1).end) {
    ++k;
  }
  return {i, k};
}

// The level of a gazetteer entry, or -1 if it is not a place.
int GazetteerLevel(const GazetteerEntry& e) {
  if (e.kind == GazetteerKind::kCountry) return 0;
  if (e.kind != GazetteerKind::kPlace) return -1;
  if (e.detail == "region" || e.detail == "water") return 1;
  return 2;
}

// What the words before a name at i say about it: after a head (its level),
// a locative, an agent preposition.
struct Before {
  int head_level = -1;
  bool locative = false, agent = false;
};

// A phrase of `role` that ends just before token k.
bool EndsBefore(const ClaimScope& scope, size_t k, size_t sentence_begin, ClaimRole role) {
  for (size_t h = k; h-- > sentence_begin && k - h <= 4;) {
    if (scope.Length(h, role) == k - h) return true;
  }
  return false;
}

Before Introduce(const ClaimScope& scope, size_t i, size_t sentence_begin) {
  Before b;
  // Walk back over articles, directions and connectors to the preposition
  // or head before the name.
  for (size_t k = i; k > sentence_begin;) {
    if (EndsBefore(scope, k, sentence_begin, ClaimRole::kLocative)) {
      b.locative = true;
      return b;
    }
    if (EndsBefore(scope, k, sentence_begin, ClaimRole::kAgentPrep) ||
        EndsBefore(scope, k, sentence_begin, ClaimRole::kOrigin)) {
      b.agent = true;
      return b;
    }
    size_t p = k - 1;
    // "venus d'Alep, de Homs ou de la Ghouta": back over the names before.
    if (scope.Has(p, ClaimRole::kConnector) && p > sentence_begin + 1 &&
        (scope.Folded(p - 1) == "," || scope.Folded(p - 1) == "ou" || scope.Folded(p - 1) == "et" ||
         scope.Folded(p - 1) == "or" || scope.Folded(p - 1) == "and") &&
        scope.IsCapitalised(p - 2)) {
      size_t q = p - 2;
      while (q > sentence_begin && NameStart(scope, q - 1)) --q;
      k = q;
      continue;
    }
    if (scope.Has(p, ClaimRole::kConnector)) {
      // "quartier de X", "localité voisine de X"
      for (size_t h = p; h-- > sentence_begin && p - h <= 2;) {
        if (const ClaimLexiconEntry* e = scope.marks.Longest(h, ClaimRole::kPlaceHead)) {
          b.head_level = static_cast<int>(e->value);
          return b;
        }
        if (!scope.IsWord(h)) break;
      }
    } else if (!scope.Has(p, ClaimRole::kDeterminer) && !scope.Has(p, ClaimRole::kDirection)) {
      break;
    }
    k = p;
  }
  return b;
}

bool Inside(TokenSpan outer, size_t i) { return i >= outer.begin && i < outer.end; }

void Candidates(const ClaimScope& scope, size_t s, TokenSpan exclude, std::vector<Candidate>* out) {
  const size_t begin = scope.SentenceBegin(s), end = scope.SentenceEnd(s);
  for (size_t i = begin; i < end;) {
    if (Inside(exclude, i)) {
      ++i;
      continue;
    }
    const EntityTokens* entity = scope.EntityAt(i);
    if (entity == nullptr && !NameStart(scope, i)) {
      ++i;
      continue;
    }
    Candidate c;
    c.span = {i, i};
    if (entity != nullptr && entity->begin == i && entity->type == 'L') {
      c.span = {i, entity->end};
    }
    int gazetteer_level = -1;
    bool capital = false;
    if (scope.gazetteer != nullptr && scope.IsCapitalised(i)) {
      scope.gazetteer->ForEachMatch(scope.text, i, end, [&](size_t length, uint32_t id) {
        const GazetteerEntry& e = scope.gazetteer->entry(id);
        int level = GazetteerLevel(e);
        if (level < 0) return;
        if (c.span.empty() || i + length >= c.span.end) {
          if (i + length > c.span.end) c.span = {i, i + length};
          gazetteer_level = std::max(gazetteer_level, level);
          capital = capital || e.detail == "capital";
        }
      });
    }
    Before before = Introduce(scope, i, begin);
    const bool known = !c.span.empty();
    const bool known_other = entity != nullptr && entity->type != 'L';
    // "Manbij, où les frappes...", "Iraq, where": a place by its relative.
    TokenSpan name = known_other ? TokenSpan{i, i} : ReadName(scope, i, end);
    const bool where = !name.empty() && name.end + 1 < end && scope.Folded(name.end) == "," &&
                       (scope.Folded(name.end + 1) == "ou" || scope.Folded(name.end + 1) == "where");
    // "Baghdad's Sadr City district": a place inside the one before "'s".
    const bool inside = i > begin && scope.Folded(i - 1) == "'s" && !name.empty() && name.end < end &&
                        scope.Has(name.end, ClaimRole::kPlaceHeadAfter);
    if (!known && (before.head_level >= 0 || before.locative || where || inside)) {
      c.span = name;
      // "on a French draft": an unknown capitalised adjective, not a name.
      if (!c.span.empty() && before.head_level < 0 && c.span.end < end && scope.IsWord(c.span.end) &&
          !scope.IsCapitalised(c.span.end) && !scope.Has(c.span.end, ClaimRole::kPreposition) &&
          !scope.Has(c.span.end, ClaimRole::kClauseStop) && !scope.Has(c.span.end, ClaimRole::kPlaceHeadAfter) &&
          !scope.Has(c.span.end, ClaimRole::kConnector) && scope.Folded(c.span.end) != "'s") {
        c.span = {i, i};
      }
    }
    if (c.span.empty() || before.agent || (capital && !before.locative && before.head_level < 0)) {
      i = c.span.empty() ? i + 1 : c.span.end;
      continue;
    }
    c.level = before.head_level >= 0 ? before.head_level : gazetteer_level >= 0 ? gazetteer_level : 2;
    if (where && name.end == c.span.end) c.level = 3;
    size_t after = c.span.end;
    if (after < end && scope.Folded(after) == "'s") c.level = 0;  // "Yemen's Saada province"
    if (after < end && scope.Has(after, ClaimRole::kPlaceHeadAfter)) {
      c.level = static_cast<int>(scope.marks.Longest(after, ClaimRole::kPlaceHeadAfter)->value);
    }
    out->push_back(c);
    i = c.span.end;
  }
}

size_t Distance(TokenSpan a, TokenSpan claim) {
  if (a.end <= claim.begin) return claim.begin - a.end;
  if (a.begin >= claim.end) return a.begin - claim.end;
  return 0;
}

}  // namespace

std::optional<TokenSpan> ClaimPlace(const ClaimScope& scope, const ClaimDraft& claim,
                                    size_t first_sentence, TokenSpan exclude) {
  const bool look_back = !StartsNewTopic(scope, claim.sentence);
  std::vector<Candidate> found;
  for (size_t s = claim.sentence + 1; s-- > first_sentence;) {
    if (s != claim.sentence && !look_back) break;
    found.clear();
    Candidates(scope, s, s == claim.sentence ? exclude : TokenSpan{}, &found);
    if (found.empty()) continue;
    const Candidate* best = &found.front();
    for (const Candidate& c : found) {
      if (c.level > best->level ||
          (c.level == best->level && s == claim.sentence &&
           Distance(c.span, claim.span) < Distance(best->span, claim.span))) {
        best = &c;
      }
    }
    return best->span;
  }
  return std::nullopt;
}

}  // namespace vigie::analyse::internal
