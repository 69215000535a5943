// The source of a casualty figure, as the text names it, without article.
//
// Sources are read in the claim's sentence only: after "selon", "d'après",
// "according to" (past "un bilan publié jeudi par"), or around a reporting
// verb, after it when inverted ("a indiqué l'OSDH", "said the ministry")
// and otherwise its subject ("l'OSDH a fait état de", "medical sources
// said", "al-Shabab, which said"). A name followed by its acronym in
// brackets is given as the acronym ("OSDH"). A source named again ("l'ONG",
// "the monitor") is the nearest source before it whose gazetteer type fits
// (an "ONG" is an NGO), else the nearest. Among several sources of one
// sentence, the nearest to the claim.
#include <algorithm>
#include <optional>

#include "analyse/claims_internal.h"
#include "analyse/gazetteer.h"

namespace vigie::analyse::internal {
namespace {

bool Is(const ClaimScope& scope, size_t i, std::string_view f) { return scope.Folded(i) == f; }

constexpr size_t kMaxSource = 10;  // "Bureau de coordination des affaires humanitaires de l'ONU"


struct SourceMention {
  TokenSpan name;      // the phrase
  TokenSpan reported;  // what to report: the name or its acronym
  bool anaphor = false;
  const ClaimLexiconEntry* anaphor_entry = nullptr;
  size_t cue = 0;  // the verb of speech, "selon" or the verb of blame
};

void MakeSource(const ClaimScope& scope, TokenSpan name, size_t limit, std::vector<SourceMention>* out) {
  if (name.empty()) return;
  SourceMention m{name, name};
  if (std::optional<size_t> a = Acronym(scope, name.end, limit)) {
    m.reported = {*a, *a + 1};
    m.name.end = *a + 2;
  }
  if (const ClaimLexiconEntry* e = scope.marks.Longest(name.begin, ClaimRole::kSourceAnaphor);
      e && name.begin + e->tokens.size() == name.end) {
    m.anaphor = true;
    m.anaphor_entry = e;
  } else if (const size_t s = SkipArticles(scope, name.begin, name.end);
             s + 2 == name.end && scope.Has(s, ClaimRole::kSame)) {
    // "le même ministère", "the same office": the source named before.
    m.anaphor = true;
  } else if (const size_t r = name.begin + (scope.Has(name.begin, ClaimRole::kReportAdjective) ? 1 : 0);
             r + scope.Length(r, ClaimRole::kReportNoun) == name.end) {
    // "selon le communiqué", "précise le communiqué", "an earlier count":
    // the source named before, if any; never the document itself.
    m.anaphor = true;
  }
  out->push_back(m);
}

// The report noun at j ("bilan", "count") and its owner: where the owner's
// name starts, past "publié jeudi par", "de", "of", "by"; j when no owner
// follows before `end` or punctuation ("un bilan provisoire").
size_t ReportOwner(const ClaimScope& scope, size_t j, size_t end) {
  size_t c = j + std::max<size_t>(1, scope.Length(j, ClaimRole::kReportNoun)) - 1;  // "base de données"
  while (c < end && c - j < 6 && !Is(scope, c, "par") && !Is(scope, c, "by") && !Is(scope, c, "from") &&
         !scope.Has(c, ClaimRole::kConnector) && !scope.IsPunct(c)) {
    ++c;
  }
  if (c >= end || scope.IsPunct(c)) return j;
  c += std::max<size_t>(1, scope.Length(c, ClaimRole::kConnector));
  return c < end ? c : j;
}

// After "selon" at k: the name, past "un bilan publié jeudi par".
void PrefixSource(const ClaimScope& scope, size_t k, size_t end, std::vector<SourceMention>* out) {
  size_t j = SkipArticles(scope, k + scope.Length(k, ClaimRole::kSourcePrefix), end);
  // "selon les derniers chiffres publiés par": past an adjective of time.
  if (j + 1 < end && scope.Has(j, ClaimRole::kReportAdjective) && scope.Has(j + 1, ClaimRole::kReportNoun)) ++j;
  // "selon deux sources sécuritaires", "according to two security sources":
  // past the number of the sources.
  if (j + 1 < end && (scope.Has(j, ClaimRole::kNumber) || scope.Token(j).kind == text::TokenKind::kNumber) &&
      scope.IsWord(j + 1) && !scope.Has(j + 1, ClaimRole::kNumber)) {
    ++j;
  }
  if (j < end && scope.Has(j, ClaimRole::kReportNoun)) {
    const size_t owner = ReportOwner(scope, j, end);
    if (owner == j) {
      // "selon un bilan provisoire": no one named; "selon le communiqué":
      // the one named before.
      const std::string_view a = j > 0 ? scope.Folded(j - 1) : std::string_view();
      if (a == "le" || a == "la" || a == "l'" || a == "the") {
        MakeSource(scope, {j, j + std::max<size_t>(1, scope.Length(j, ClaimRole::kReportNoun))}, end, out);
      }
      return;
    }
    j = owner;
  }
  MakeSource(scope, NounPhrase(scope, j, end, kMaxSource, false), end, out);
}

// Around a reporting verb at k: the name after it when inverted ("a
// indiqué l'OSDH"), else its subject ("l'OSDH a fait état de", "medical
// sources said", "al-Shabab, which said").
void SpeechSource(const ClaimScope& scope, size_t k, size_t begin, size_t end, TokenSpan claim,
                  std::vector<SourceMention>* out) {
  size_t j = k + scope.Length(k, ClaimRole::kSpeech);
  while (j < end && (scope.date_at[j] >= 0 || scope.Has(j, ClaimRole::kAdverb))) ++j;
  // "a indiqué à l'AFP un responsable local": past the one it was told to.
  if (j + 2 < end && (Is(scope, j, "a") || Is(scope, j, "au") || Is(scope, j, "aux"))) {
    size_t t = j + 1;
    if (scope.Has(t, ClaimRole::kDeterminer)) t += scope.Length(t, ClaimRole::kDeterminer);
    if (t < end && scope.IsCapitalised(t)) {
      while (t < end && scope.IsCapitalised(t)) ++t;
      if (t < end && scope.Has(t, ClaimRole::kDeterminer)) j = t;
    }
  }
  // "officials told SANA": who was told is not the source.
  const bool addressee = Is(scope, k, "told");
  // "ont rapporté des sources médicales": "des" is an article there, not
  // "de" + "les" ("a fait état des combats").
  const bool article = j < end && j > 0 && Is(scope, j, "des") && !Is(scope, j - 1, "etat");
  // The subject comes after the verb in an aside (", a indiqué l'OSDH",
  // "précise le communiqué", ", said the ministry"), not after its own
  // subject: "L'armée a annoncé mercredi la fin de l'opération", "MSF said
  // its team had received" have their object there.
  size_t v = k;
  while (v > begin && (scope.Has(v - 1, ClaimRole::kAuxHave) || scope.Has(v - 1, ClaimRole::kAuxBe) ||
                       scope.Has(v - 1, ClaimRole::kAdverb))) {
    --v;
  }
  const bool after_subject = v > begin && scope.IsWord(v - 1) &&
                             !scope.Has(v - 1, ClaimRole::kClauseStop) && !scope.Has(v - 1, ClaimRole::kConnector) &&
                             !scope.Has(v - 1, ClaimRole::kPronoun) && scope.date_at[v - 1] < 0;
  // "l'ONG Acled, qui recense les violences politiques": after a relative
  // pronoun, the object follows the verb.
  const bool relative = v > begin && IsRelative(scope, v - 1);
  const bool inverted = !addressee && !after_subject && !relative && j < end &&
                        (scope.Has(j, ClaimRole::kDeterminer) || scope.IsCapitalised(j)) &&
                        !scope.Has(j, ClaimRole::kClauseStop) && (!scope.Has(j, ClaimRole::kConnector) || article) &&
                        (j >= claim.end || j < claim.begin) && !scope.Has(j, ClaimRole::kApprox);
  if (inverted) {
    TokenSpan name = NounPhrase(scope, j, end, kMaxSource, false);
    // "said its fighters had killed": the subject of what is reported.
    const size_t n = name.end;
    bool reported_subject = n < end && (scope.Has(n, ClaimRole::kAuxBe) || scope.Has(n, ClaimRole::kAuxHave) ||
                                        IsCasualtyWord(scope, n) || scope.Has(n, ClaimRole::kAttackVerb));
    if (!name.empty() && !reported_subject && (name.end <= claim.begin || name.begin >= claim.end)) {
      return MakeSource(scope, name, end, out);
    }
    // "..., précise le communiqué": a report noun (also a verb of speech,
    // which ends a noun phrase) is the inverted subject; not the phrase
    // that opens the sentence.
    if (const size_t r = SkipArticles(scope, j, end); name.empty() && r < end && scope.Has(r, ClaimRole::kReportNoun)) {
      return MakeSource(scope, {r, r + scope.Length(r, ClaimRole::kReportNoun)}, end, out);
    }
  }
  // "a-t-il précisé", "a-t-elle ajouté": the pronoun, right before the verb
  // and its auxiliary, stands for the source named before.
  if (v > begin && v + 1 >= k) {
    const std::string_view w = scope.Folded(v - 1);
    if (w.ends_with("-il") || w.ends_with("-elle") || w.ends_with("-ils") || w.ends_with("-elles")) {
      SourceMention m{{v - 1, v}, {v - 1, v}};
      m.anaphor = true;
      out->push_back(m);
      return;
    }
  }
  TokenSpan subject = SubjectBefore(scope, k, begin);
  if (subject.empty() && subject.begin > begin && scope.Has(subject.begin - 1, ClaimRole::kClauseStop) &&
      !scope.Has(subject.begin - 1, ClaimRole::kConnector)) {
    subject = Antecedent(scope, subject.begin - 1, begin);
  }
  if (subject.empty() || (subject.begin < claim.end && subject.end > claim.begin)) return;
  // "selon un bilan officiel communiqué lundi par": a "selon" phrase is no
  // subject; PrefixSource reads it.
  if (scope.Has(subject.begin, ClaimRole::kSourcePrefix)) return;
  // "By the UN's count", "by the government's own count": the count's
  // owner, without the preposition, the "'s" and the adjectives after it.
  if (scope.Has(subject.begin, ClaimRole::kPreposition)) {
    size_t owner = subject.end;
    while (owner > subject.begin + 2 && scope.IsWord(owner - 1) && !scope.IsCapitalised(owner - 1) &&
           !Is(scope, owner - 1, "'s")) {
      --owner;
    }
    if (owner > subject.begin + 2 && Is(scope, owner - 1, "'s")) subject = {subject.begin + 1, owner - 1};
  }
  TokenSpan name{SkipArticles(scope, subject.begin, subject.end), subject.end};
  // "le premier bilan de l'OSDH fait état de": the report's owner (not one
  // who commissioned it: "the report commissioned by the EU found").
  if (size_t r = name.begin + (scope.Has(name.begin, ClaimRole::kReportAdjective) ? 1 : 0);
      r + 1 < name.end && scope.Has(r, ClaimRole::kReportNoun) &&
      scope.Has(r + scope.Length(r, ClaimRole::kReportNoun), ClaimRole::kConnector)) {
    if (const size_t owner = ReportOwner(scope, r, name.end); owner > r) {
      subject.begin = owner;
      name = {SkipArticles(scope, owner, name.end), name.end};
    }
  }
  for (size_t t = name.begin; t < name.end; ++t) {
    // "Bamako dément et affirme", "Moscow denied the report and said": a
    // first predicate before the reporting one; the subject is its noun.
    const bool predicate = scope.Has(t, ClaimRole::kNounPhraseStop) ||
                           (t + 1 == name.end && (Is(scope, t, "et") || Is(scope, t, "and")));
    if (scope.Token(t).kind == text::TokenKind::kNumber || IsCasualtyWord(scope, t) || scope.IsPunct(t) || predicate ||
        (t > name.begin && (scope.Has(t, ClaimRole::kAuxHave) || scope.Has(t, ClaimRole::kAuxBe) ||
                            scope.Has(t, ClaimRole::kNegation) || scope.Has(t, ClaimRole::kSpeech) ||
                            scope.Has(t, ClaimRole::kClaimResponsibility)))) {
      name = NounPhrase(scope, subject.begin, subject.end, kMaxSource, false);
      break;
    }
  }
  MakeSource(scope, name, end, out);
}

// "The conflict has claimed at least 5,000 lives": a verb that is also a
// cause verb, with the claim's figure as its object (a noun phrase, no verb
// group), caused the casualties; nobody speaks.
bool CausesClaim(const ClaimScope& scope, size_t k, TokenSpan claim) {
  if (!scope.Has(k, ClaimRole::kCauseVerb) || claim.begin != k + scope.Length(k, ClaimRole::kSpeech)) return false;
  for (size_t t = claim.begin; t < claim.end; ++t) {
    if (scope.Has(t, ClaimRole::kAuxBe) || scope.Has(t, ClaimRole::kAuxHave)) return false;
  }
  return true;
}

// A verb of speech negated within its clause ("a figure that could not be
// independently verified", "n'a pas précisé"): no one gives the figure.
// "ne ... que" restricts, it does not negate ("ne confirme que 16 morts").
bool NegatedSpeech(const ClaimScope& scope, size_t k, size_t begin) {
  for (size_t n = 0; n < 4 && k > begin; ++n) {
    --k;
    if (scope.IsPunct(k) || scope.Has(k, ClaimRole::kClauseStop)) return false;
    if (scope.Has(k, ClaimRole::kNegation) && !Is(scope, k, "ne") && !Is(scope, k, "n'")) return true;
  }
  return false;
}

void SourceMentions(const ClaimScope& scope, size_t s, TokenSpan claim, std::vector<SourceMention>* out) {
  const size_t begin = scope.SentenceBegin(s), end = scope.SentenceEnd(s);
  for (size_t k = begin; k < end; ++k) {
    const size_t before = out->size();
    if (scope.Has(k, ClaimRole::kSourcePrefix)) PrefixSource(scope, k, end, out);
    else if (scope.Has(k, ClaimRole::kSpeech) && !scope.in_quote[k] &&
             !(k > begin && scope.Has(k - 1, ClaimRole::kDeterminer)) &&  // "un communiqué": a noun
             !(k > begin + 1 && scope.Has(k - 1, ClaimRole::kReportAdjective) &&
               scope.Has(k - 2, ClaimRole::kDeterminer)) &&  // "an earlier count"
             !IsCasualtyWord(scope, k) &&  // "has claimed the lives of": no one speaks
             !CausesClaim(scope, k, claim) && !NegatedSpeech(scope, k, begin)) {  // "could not be independently verified"
      SpeechSource(scope, k, begin, end, claim, out);
    } else if (scope.Has(k, ClaimRole::kBlame) && !scope.in_quote[k] &&
               !(k > begin && scope.Has(k - 1, ClaimRole::kAuxBe))) {
      // "des habitants accusent des hommes en uniforme d'avoir tué": who
      // accuses tells the figure.
      TokenSpan subject = SubjectBefore(scope, k, begin);
      if (!subject.empty() && (subject.end <= claim.begin || subject.begin >= claim.end)) {
        MakeSource(scope, NounPhrase(scope, subject.begin, subject.end, kMaxSource, false), end, out);
      }
    }
    for (size_t m = before; m < out->size(); ++m) (*out)[m].cue = k;
  }
}

// How far a source's phrase, with its verb or "selon", is from the claim:
// "X évoque 400 morts, tandis que Y avance 600 morts" gives each figure the
// source of its own verb.
size_t SourceDistance(const SourceMention& m, TokenSpan claim) {
  return TokenDistance({std::min(m.name.begin, m.cue), std::max(m.name.end, m.cue + 1)}, claim);
}

// Whether the source phrase names an organisation of one of `types`.
bool OfType(const ClaimScope& scope, TokenSpan name, std::string_view types) {
  if (types.empty()) return true;
  if (scope.gazetteer == nullptr) return false;
  bool fits = false;
  for (size_t i = name.begin; i < name.end && !fits; ++i) {
    scope.gazetteer->ForEachMatch(scope.text, i, name.end, [&](size_t, uint32_t id) {
      const GazetteerEntry& e = scope.gazetteer->entry(id);
      if (e.kind != GazetteerKind::kOrganisation) return;
      for (size_t p = 0; p <= types.size();) {
        size_t bar = std::min(types.find('|', p), types.size());
        if (types.substr(p, bar - p) == e.detail) fits = true;
        p = bar + 1;
      }
    });
  }
  return fits;
}

// The last organisation of one of `types` named in tokens [begin, end) (as
// its acronym when brackets give one), for an anaphor without a source
// before it ("L'OSDH a publié un bilan. ..., selon l'ONG").
std::optional<TokenSpan> NamedBefore(const ClaimScope& scope, size_t begin, size_t end, std::string_view types) {
  if (scope.gazetteer == nullptr || types.empty()) return std::nullopt;
  for (size_t i = end; i-- > begin;) {
    if (!scope.IsCapitalised(i)) continue;
    size_t longest = 0;
    scope.gazetteer->ForEachMatch(scope.text, i, end, [&](size_t length, uint32_t) { longest = length; });
    if (longest == 0 || !OfType(scope, {i, i + longest}, types)) continue;
    if (std::optional<size_t> a = Acronym(scope, i + longest, end)) return TokenSpan{*a, *a + 1};
    return TokenSpan{i, i + longest};
  }
  return std::nullopt;
}

// "le porte-parole de la police de la capitale, Nasrullah Hamdard": a
// person's name of two or more capitalised words set after a description
// by a comma, and closed by a comma or the sentence's end, is the source's
// proper name.
TokenSpan ApposedName(const ClaimScope& scope, TokenSpan source) {
  constexpr size_t kMaxNameWords = 4;
  constexpr size_t kMaxComplement = 5;  // "le ministre délégué à la Défense, Amadou Koné"
  constexpr size_t kMaxTitle = 2;       // ", le général Igor Konachenkov"
  if (source.empty()) return source;
  // A name is no description ("Human Rights Watch, ..."); a capitalised
  // description has a lower-case word ("Pakistan's military spokesman").
  bool description = !scope.IsCapitalised(source.begin);
  for (size_t t = source.begin; t < source.end && !description; ++t) {
    description = scope.IsWord(t) && !scope.IsCapitalised(t) && !IsParticle(scope, t);
  }
  if (!description) return source;
  const size_t limit = scope.SentenceEnd(scope.text.SentenceOfToken(source.begin));
  // "Sohaib al-Raoui": capitalised words and name particles.
  auto name_word = [&](size_t t) { return scope.IsCapitalised(t) || IsParticle(scope, t); };
  size_t comma = source.end;
  while (comma < limit && comma - source.end < kMaxComplement && scope.IsWord(comma)) ++comma;
  if (comma + 3 > limit || !Is(scope, comma, ",")) return source;
  size_t from = comma + 1;
  // Past an article and a title: ", le général Igor Konachenkov".
  if (from < limit && scope.Has(from, ClaimRole::kDeterminer)) {
    size_t t = from + scope.Length(from, ClaimRole::kDeterminer);
    const size_t title = t;
    while (t < limit && t - title < kMaxTitle && scope.IsWord(t) && !scope.IsCapitalised(t)) ++t;
    if (t > title && t < limit && scope.IsCapitalised(t)) from = t;
  }
  size_t e = from;
  while (e < limit && e - from < kMaxNameWords && scope.IsWord(e) && name_word(e)) {
    ++e;
  }
  if (e - from < 2 || !name_word(e - 1)) return source;
  if (e < limit && !scope.IsPunct(e)) return source;
  return {from, e};
}

// "M. Lyssak", "Mr Kiper": the person named in full before ("Serhiy
// Lyssak"), in the text up to the source; the source itself otherwise.
TokenSpan FullName(const ClaimScope& scope, TokenSpan source) {
  // The full name is looked for this far back, in tokens: the article's,
  // not a whole corpus read as one text.
  constexpr size_t kMaxBack = 400;
  const size_t from = source.begin > kMaxBack ? source.begin - kMaxBack : 0;
  // "Syniehubov said": a surname alone, after the full name; not an
  // acronym ("OSDH").
  const std::string_view word = scope.text.TokenText(source.begin);
  const bool lower = std::any_of(word.begin(), word.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || static_cast<unsigned char>(c) >= 0x80;
  });
  // A first name: a capitalised word that is no grammar word ("À Moscou",
  // "Selon Kiev").
  auto name_word = [&](size_t t) {
    if (!scope.IsWord(t) || !scope.IsCapitalised(t)) return false;
    for (ClaimRole r : {ClaimRole::kDeterminer, ClaimRole::kPreposition, ClaimRole::kLocative, ClaimRole::kConnector,
                        ClaimRole::kDatePrep, ClaimRole::kSourcePrefix, ClaimRole::kAgentPrep, ClaimRole::kPronoun,
                        ClaimRole::kDemonstrative, ClaimRole::kPossessive, ClaimRole::kClauseStop}) {
      if (scope.Has(t, r)) return false;
    }
    return true;
  };
  if (source.end == source.begin + 1 && scope.IsCapitalised(source.begin) && lower) {
    const std::string_view surname = scope.Folded(source.begin);
    for (size_t k = source.begin; k-- > std::max<size_t>(from, 1);) {
      if (scope.Folded(k) == surname && name_word(k - 1)) {
        size_t b = k - 1;
        while (b > 0 && k - b < 3 && (name_word(b - 1) || IsParticle(scope, b - 1))) --b;
        return {b, k + 1};
      }
    }
    return source;
  }
  if (source.end == source.begin + 1) return source;
  // "M. Lyssak", "Mrs Mahmoud": a title and a surname.
  const size_t title = scope.Length(source.begin, ClaimRole::kTitle);
  if (title == 0 || source.begin + title + 1 != source.end) return source;
  const size_t surname = source.end - 1;
  if (!scope.IsCapitalised(surname)) return source;
  for (size_t k = source.begin; k-- > from;) {
    if (scope.Folded(k) != scope.Folded(surname) || k == 0) continue;
    size_t b = k;
    while (b > 0 && k - b < 3 && (name_word(b - 1) || IsParticle(scope, b - 1)) &&
           !scope.IsWordOf(scope.Folded(b - 1), ClaimRole::kTitle)) {
      --b;
    }
    if (b < k && name_word(b)) return {b, k + 1};
  }
  return source;
}

}  // namespace

bool SelfClaim(const ClaimScope& scope, const ClaimDraft& claim) {
  const size_t b = claim.span.begin;
  const size_t begin = scope.SentenceBegin(claim.sentence);
  // "avoir tué", "have killed"; not "accusés d'avoir tué", "pour avoir tué".
  if (b < begin + 2 || !(Is(scope, b, "avoir") || Is(scope, b, "have") || Is(scope, b, "having"))) return false;
  if (Is(scope, b, "have") && !Is(scope, b - 1, "to")) return false;  // "claimed to have killed"
  for (std::string_view w : {"d'", "de", "pour", "sans", "apres", "of", "for", "after", "without"}) {
    if (Is(scope, b - 1, w)) return false;
  }
  size_t k = Is(scope, b, "have") ? b - 1 : b;
  // Back to the verb, past adverbs and phrases ("sur ses canaux de
  // propagande", "dans un communiqué"), not past punctuation.
  for (size_t n = 0; n < 8 && k > begin; ++n) {
    --k;
    if (scope.IsPunct(k)) return false;
    if (scope.Has(k, ClaimRole::kSpeech) || scope.Has(k, ClaimRole::kClaimResponsibility) ||
        scope.Has(k, ClaimRole::kSelfClaim)) {
      return true;
    }
  }
  return false;
}

namespace {

// ClaimSource before its last corrections.
std::optional<TokenSpan> SourceOfClaim(const ClaimScope& scope, const ClaimDraft& claim,
                                     size_t first_sentence, TokenSpan* source_span) {
  std::vector<SourceMention> before, here;
  for (size_t s = first_sentence; s < claim.sentence; ++s) SourceMentions(scope, s, {}, &before);
  SourceMentions(scope, claim.sentence, claim.span, &here);
  if (here.empty()) return std::nullopt;
  // "selon la mission de surveillance des droits de l'homme de l'ONU, qui a
  // recensé": a relative's antecedent cut short is the whole name given
  // before it.
  for (SourceMention& m : here) {
    for (const SourceMention& n : here) {
      if (n.name.end == m.name.end && n.name.begin < m.name.begin && !n.anaphor) {
        if (m.reported.begin == m.name.begin && m.reported.end == m.name.end) m.reported = n.reported;
        m.name = n.name;
      }
    }
  }
  const SourceMention* best = &here.front();
  for (const SourceMention& m : here)
    if (SourceDistance(m, claim.span) < SourceDistance(*best, claim.span)) best = &m;
  *source_span = best->name;
  if (!best->anaphor) {
    // "le ministre délégué à la Défense, Amadou Koné": the whole phrase is
    // the source's, its places too.
    const TokenSpan named = ApposedName(scope, best->reported);
    if (named.begin >= best->name.end) source_span->end = named.end;
    return named;
  }
  // "l'ONG": the source named before it, of its type if the gazetteer knows.
  for (const SourceMention& m : here)
    if (m.name.end <= best->name.begin && !m.anaphor) before.push_back(m);
  const SourceMention* fallback = nullptr;
  // (Both branches views: a std::string one would make the view dangle.)
  const std::string_view types = best->anaphor_entry != nullptr
                                     ? std::string_view(best->anaphor_entry->detail)
                                     : std::string_view();
  for (size_t k = before.size(); k-- > 0;) {
    if (before[k].anaphor) continue;
    if (OfType(scope, before[k].name, types)) return ApposedName(scope, before[k].reported);
    if (fallback == nullptr) fallback = &before[k];
  }
  // "le chef de la ville, Ivan Prikhodko ... a-t-il précisé": by the name.
  if (fallback != nullptr) return ApposedName(scope, fallback->reported);
  if (best->anaphor_entry == nullptr) return std::nullopt;  // "le communiqué" of no one named
  // No source before: the last organisation of its type the text names.
  if (std::optional<TokenSpan> named = NamedBefore(scope, scope.SentenceBegin(first_sentence), best->name.begin,
                                                   best->anaphor_entry->detail)) {
    return named;
  }
  return best->reported;
}

}  // namespace

std::optional<TokenSpan> ClaimSource(const ClaimScope& scope, const ClaimDraft& claim,
                                     size_t first_sentence, TokenSpan* source_span) {
  std::optional<TokenSpan> s = SourceOfClaim(scope, claim, first_sentence, source_span);
  if (!s) return s;
  // "et le pouvoir affirme", "mais l'ONU": past the conjunction. A
  // relative pronoun alone ("selon lesquelles") is none.
  while (s->begin < s->end) {
    const size_t stop = scope.Length(s->begin, ClaimRole::kClauseStop);
    if (stop == 0) break;
    s->begin += std::min(stop, s->end - s->begin);
  }
  if (s->empty()) return std::nullopt;
  // A pronoun no source before stands for ("où elle affirme"): none.
  if (s->end == s->begin + 1 && scope.Has(s->begin, ClaimRole::kPronoun)) return std::nullopt;
  // Nor a pronoun never resolved (the impersonal "on": "On nous a parlé de
  // 30 morts"), nor a phrase that opens with a preposition ("in an attack").
  if (const ClaimLexiconEntry* p = scope.marks.Longest(s->begin, ClaimRole::kPronoun); p && p->value == 0) {
    return std::nullopt;
  }
  if (scope.Has(s->begin, ClaimRole::kPreposition)) return std::nullopt;
  return FullName(scope, *s);
}

}  // namespace vigie::analyse::internal
