// Noun phrases and clauses for the claims layer: the name after "selon" or
// an attack noun, the subject before a verb (across an aside between
// commas, and a coordination of nouns), the antecedent of a relative, an
// acronym in brackets. Read from the lexicon's grammar words
// (claim_context.tsv), without a parser: a name ends at a preposition
// (except "de"/"of" before another name), a verb, a date, a number or
// punctuation.
#include <algorithm>
#include <optional>

#include "analyse/claims_internal.h"
#include "analyse/gazetteer.h"
#include "analyse/quote_marks.h"

namespace vigie::analyse::internal {

constexpr size_t kMaxSubject = 20;    // tokens between a clause's start and its verb
constexpr size_t kMaxAcronymGap = 6;  // "le Haut-Commissariat ... (HCR)"
constexpr size_t kMaxAdverbWords = 4;  // "encore une fois"

namespace {
bool Is(const ClaimScope& scope, size_t i, std::string_view f) { return scope.Folded(i) == f; }
}  // namespace

bool ClockTime(std::string_view t) {
  size_t i = 0;
  while (i < t.size() && i < 2 && t[i] >= '0' && t[i] <= '9') ++i;
  if (i == 0 || i == t.size() || (t[i] != ':' && t[i] != 'h' && t[i] != 'H' && t[i] != '.')) return false;
  const std::string_view m = t.substr(i + 1);
  if (m.empty()) return t[i] == 'h' || t[i] == 'H';
  return m.size() == 2 && m[0] >= '0' && m[0] <= '5' && m[1] >= '0' && m[1] <= '9';
}

bool SplitHyphen(const ClaimScope& scope, size_t k) {
  return k > 0 && k + 1 < scope.text.tokens().size() && Is(scope, k, "-") &&
         scope.Token(k - 1).end == scope.Token(k).start && scope.Token(k).end == scope.Token(k + 1).start;
}

bool IsCasualtyWord(const ClaimScope& scope, size_t i) {
  return scope.Has(i, ClaimRole::kKilled) || scope.Has(i, ClaimRole::kInjured) ||
         scope.Has(i, ClaimRole::kMissing) || scope.Has(i, ClaimRole::kDisplaced);
}

// A word that ends a name: grammar, verbs, dates, numbers; not a
// capitalised one inside a name ("Allied Democratic Forces", not "allied
// to").
bool EndsName(const ClaimScope& scope, size_t i) {
  // "'s" inside a name goes on ("the People's Defence Force").
  if (Is(scope, i, "'s")) {
    return !(i > 0 && i + 1 < scope.text.tokens().size() && scope.IsCapitalised(i - 1) && scope.IsWord(i + 1) &&
             scope.IsCapitalised(i + 1) && scope.date_at[i + 1] < 0);
  }
  if (!scope.IsWord(i) || scope.date_at[i] >= 0) return true;
  const bool in_name = scope.IsCapitalised(i) && i + 1 < scope.text.tokens().size() && scope.IsWord(i + 1) &&
                       scope.IsCapitalised(i + 1);
  for (ClaimRole r : {ClaimRole::kPreposition, ClaimRole::kClauseStop, ClaimRole::kAuxBe,
                      ClaimRole::kAuxHave, ClaimRole::kSpeech, ClaimRole::kReportVerb,
                      ClaimRole::kNounPhraseStop, ClaimRole::kAdverb, ClaimRole::kNegation,
                      ClaimRole::kSourcePrefix, ClaimRole::kAttackVerb, ClaimRole::kBlame,
                      ClaimRole::kClaimResponsibility, ClaimRole::kCauseVerb, ClaimRole::kPronoun,
                      ClaimRole::kNumber, ClaimRole::kApprox}) {
    if (scope.Has(i, r) && !scope.Has(i, ClaimRole::kConnector) && !(in_name && r == ClaimRole::kNounPhraseStop)) {
      return true;
    }
  }
  return IsCasualtyWord(scope, i);
}

size_t PlaceNameEnd(const ClaimScope& scope, size_t i, size_t limit) {
  if (const EntityTokens* e = scope.EntityAt(i)) return e->type == 'L' ? e->end : i;
  if (scope.gazetteer == nullptr || !scope.IsCapitalised(i)) return i;
  size_t end = i;
  scope.gazetteer->ForEachMatch(scope.text, i, limit, [&](size_t length, uint32_t id) {
    GazetteerKind k = scope.gazetteer->entry(id).kind;
    if (k == GazetteerKind::kPlace || k == GazetteerKind::kCountry) end = std::max(end, i + length);
  });
  return end;
}

bool IsPlaceName(const ClaimScope& scope, size_t i, size_t limit) { return PlaceNameEnd(scope, i, limit) > i; }

size_t SkipArticles(const ClaimScope& scope, size_t i, size_t limit) {
  while (i < limit && (scope.Has(i, ClaimRole::kDeterminer) || scope.Has(i, ClaimRole::kDemonstrative) ||
                       Is(scope, i, "\""))) {
    i += std::max<size_t>(1, scope.Length(i, ClaimRole::kDeterminer));
  }
  return i;
}

namespace {

// The end of the longest organisation of the gazetteer that starts at
// token i, capitalised, and ends by `limit` ("Groupe de soutien à l'islam
// et aux musulmans", whose grammar words would end a name), or i.
size_t OrganisationEnd(const ClaimScope& scope, size_t i, size_t limit) {
  size_t end = i;
  if (scope.gazetteer == nullptr || !scope.IsCapitalised(i)) return end;
  scope.gazetteer->ForEachMatch(scope.text, i, limit, [&](size_t length, uint32_t id) {
    if (length > 1 && scope.gazetteer->entry(id).kind == GazetteerKind::kOrganisation) end = i + length;
  });
  return end;
}

// "et", "and" inside an institution's name: "Forces de défense et de
// sécurité" (a complement after "de" and one after "et de"), "Defence and
// Security Forces" (capitalised words on both sides, up to a force's noun).
// Not between two parties: "Israël et le Hamas", "Russian and Syrian
// forces".
bool CoordinatedName(const ClaimScope& scope, size_t start, size_t k, size_t limit) {
  if (!scope.IsCapitalised(start) && !scope.Has(start, ClaimRole::kActorNoun)) return false;
  if (Is(scope, k, "et")) {
    return k >= start + 2 && scope.Has(k - 2, ClaimRole::kConnector) && scope.Has(k + 1, ClaimRole::kConnector) &&
           scope.IsWord(k - 1) && !scope.IsCapitalised(k - 1);
  }
  if (!Is(scope, k, "and") || !scope.IsCapitalised(k - 1) || !scope.IsCapitalised(k + 1)) return false;
  size_t e = k + 1;
  while (e < limit && scope.IsWord(e) && scope.IsCapitalised(e)) ++e;
  return scope.Has(e - 1, ClaimRole::kActorNoun) && !IsPlaceName(scope, k - 1, k) && DemonymCountry(scope, k - 1).empty();
}

}  // namespace

// French: "l'armée russe opérant dans la région", "des hommes armés
// circulant à moto": a present participle after a noun or an adjective
// starts what the party does, not its name. Nouns in "-ant" the lexicon
// knows ("combattants", "assaillants") and words after "de" ("du
// commandant") are no participles.
bool PresentParticiple(const ClaimScope& scope, size_t k, size_t start) {
  if (scope.text.english() || k <= start || !scope.IsWord(k) || scope.IsCapitalised(k)) return false;
  const std::string_view f = scope.Folded(k);
  if (!(f.ends_with("ant") || f.ends_with("ants")) || f.size() < 6) return false;
  if (scope.Has(k - 1, ClaimRole::kConnector) || scope.Has(k - 1, ClaimRole::kDeterminer) ||
      scope.Has(k - 1, ClaimRole::kPreposition)) {
    return false;
  }
  for (ClaimRole r : {ClaimRole::kMember, ClaimRole::kActorNoun, ClaimRole::kGenericParty, ClaimRole::kPronoun,
                      ClaimRole::kUnnamedAttacker, ClaimRole::kGroupNoun, ClaimRole::kArmedDescription}) {
    if (scope.Has(k, r)) return false;
  }
  return true;
}

namespace {
TokenSpan BracketDefinition(const ClaimScope& scope, size_t j);
}  // namespace

namespace {

// Tokens [b, e) open on the noun of a state's force ("forces", "armée") and
// name no nation.
bool StateForceWithoutNation(const ClaimScope& scope, size_t b, size_t e) {
  const ClaimLexiconEntry* head = b < e ? scope.marks.Longest(b, ClaimRole::kActorNoun) : nullptr;
  if (head == nullptr || head->value != 1) return false;
  for (size_t k = b; k < e; ++k) {
    if (!DemonymCountry(scope, k).empty() || scope.IsCapitalised(k)) return false;
  }
  return true;
}

}  // namespace

// A noun phrase; with `stop_at_place`, a complement naming a place ends it
// ("groupes terroristes de la Ghouta" -> "groupes terroristes").
TokenSpan NounPhrase(const ClaimScope& scope, size_t i, size_t limit, size_t max, bool stop_at_place) {
  size_t start = SkipArticles(scope, i, limit);
  // Praise or blame before the name is not the name's: "nos vaillantes
  // Forces de défense", "the murderous Assad regime".
  while (start + 1 < limit && scope.Has(start, ClaimRole::kEvaluative) && scope.IsWord(start + 1) &&
         (scope.IsCapitalised(start + 1) || scope.Has(start + 1, ClaimRole::kActorNoun) ||
          scope.Has(start + 1, ClaimRole::kGenericParty) || scope.Has(start + 1, ClaimRole::kMember) ||
          scope.Has(start + 1, ClaimRole::kEvaluative))) {
    ++start;
  }
  // "ces deux groupes jihadistes", "the two militias": a number after the
  // article counts the party, it is not its name.
  if (start > i && start + 1 < limit && !Ordinal(scope, start) &&
      (scope.Token(start).kind == text::TokenKind::kNumber || scope.Has(start, ClaimRole::kNumber)) &&
      (scope.Has(start + 1, ClaimRole::kActorNoun) || scope.Has(start + 1, ClaimRole::kGenericParty) ||
       scope.Has(start + 1, ClaimRole::kGroupNoun) || scope.Has(start + 1, ClaimRole::kMember))) {
    ++start;
  }
  // A name of capitalised words and grammar words before its acronym in
  // brackets is whole: "The Group to Support Islam and Muslims (JNIM)".
  if (start < limit && scope.IsCapitalised(start)) {
    if (std::optional<size_t> a = Acronym(scope, start, limit); a && *a >= start + 4) {
      bool name = true;
      for (size_t k = start; k + 1 < *a && name; ++k) {
        name = scope.IsWord(k) && (scope.IsCapitalised(k) || scope.Has(k, ClaimRole::kConnector) ||
                                   scope.Has(k, ClaimRole::kPreposition) || Is(scope, k, "to") ||
                                   Is(scope, k, "and") || Is(scope, k, "et"));
      }
      if (name) return {start, *a + 2};
      // A French name keeps its lower-case words ("Front uni pour le
      // changement (FUC)"): whole when the acronym spells it.
      if (const TokenSpan d = BracketDefinition(scope, *a - 1); d.begin == start && d.end == *a + 2) return d;
    }
  }
  // "les soi-disant « rebelles modérés »", "the so-called "Islamic State"":
  // past the doubt and its quotation mark, the name.
  start = SoCalled(scope, start, limit, nullptr);  // the closing mark is after the name
  bool quoted = false;  // a quotation mark opened inside the phrase
  size_t k = start, last = start;
  // "la 5e brigade", "the 93rd Brigade": an ordinal opens a unit's name.
  if (k + 1 < limit && Ordinal(scope, k) && scope.IsWord(k + 1)) last = ++k;
  for (size_t n = 0; k < limit && n < max;) {
    if (const EntityTokens* e = scope.EntityAt(k); e && e->begin == k && e->type != 'L' && e->end <= limit) {
      k = last = e->end;  // a name from the entity layer, whole
      n += e->end - e->begin;
      continue;
    }
    if (const size_t o = OrganisationEnd(scope, k, limit); o > k) {
      n += o - k;  // a known organisation, whole
      k = last = o;
      continue;
    }
    if (size_t c = scope.Length(k, ClaimRole::kConnector); c && k > start) {
      size_t j = k + c;
      if (j < limit && scope.Has(j, ClaimRole::kDeterminer)) j += scope.Length(j, ClaimRole::kDeterminer);
      // "les terroristes de la soi-disant « Armée de libération du
      // Baloutchistan »": the name in quotes is the phrase's.
      if (const size_t q = SoCalled(scope, j, limit, &quoted); q > j && q < limit && !EndsName(scope, q)) {
        k = last = q;
        continue;
      }
      if (j >= limit || EndsName(scope, j) || scope.Has(j, ClaimRole::kConnector)) break;
      // "le régime de Damas", "la junte de Kiev": a country or a capital
      // after a ruler's noun is the seat of its power, not a place.
      // So is a country after a state's force that has no nation yet ("les
      // forces impérialistes des Etats-Unis", "l'armée du Mali"); and any
      // place after "de" inside a name ("l'Émirat du Caucase", "le Clan du
      // Golfe", "l'État islamique d'Irak"; not after an acronym, a name
      // whole: "le M23 du Nord-Kivu"; nor in an office's name: "le ministère
      // de la Santé de Gaza").
      const bool in_name = !scope.Has(start, ClaimRole::kOffice) && scope.IsCapitalised(k - 1) &&
                           !InCapitals(scope.text.TokenText(k - 1)) &&
                           !IsPlaceName(scope, k - 1, k) && DemonymCountry(scope, k - 1).empty() &&
                           (Is(scope, k, "de") || Is(scope, k, "du") || Is(scope, k, "d'") || Is(scope, k, "des"));
      if (stop_at_place && IsPlaceName(scope, j, limit) && !in_name &&
          !((scope.Has(k - 1, ClaimRole::kRuler) || StateForceWithoutNation(scope, start, k)) &&
            IsCountry(scope, j, limit))) {
        break;
      }
      k = j;
      continue;
    }
    // "U.S.-led": a hyphen the tokenizer split off inside a word.
    if (k > start && k + 1 < limit && SplitHyphen(scope, k) && scope.IsWord(k + 1)) {
      k = last = k + 2;  // "led" after it is the word's, not a stop
      continue;
    }
    if (k > start && k + 1 < limit && CoordinatedName(scope, start, k, limit)) {
      ++k;
      continue;
    }
    // "des « terroristes » du Sentier lumineux", "les « combattants de la
    // liberté » des LTTE": a quoted noun and the name it is given for.
    if (k > start && start > i && QuoteMarkType(scope.text, k) != 0 && QuoteMarkType(scope.text, start - 1) != 0 &&
        k + 2 < limit && (Is(scope, k + 1, "de") || Is(scope, k + 1, "du") || Is(scope, k + 1, "des") ||
                          Is(scope, k + 1, "d'") || Is(scope, k + 1, "of")) &&
        scope.IsCapitalised(SkipArticles(scope, k + 2, limit))) {
      --start;  // with its opening mark
      last = ++k;
      continue;
    }
    if (EndsName(scope, k) || scope.Has(k, ClaimRole::kDeterminer) || PresentParticiple(scope, k, start)) {
      if (quoted && k > start && QuoteMarkType(scope.text, k) != 0) last = k + 1;  // the closing mark
      break;
    }
    last = ++k;
    ++n;
  }
  return {start, last};
}

size_t SoCalled(const ClaimScope& scope, size_t k, size_t limit, bool* quoted) {
  const size_t doubt = scope.Length(k, ClaimRole::kSoCalled);
  if (doubt == 0 || k + doubt >= limit) return k;
  k += doubt;
  if (QuoteMarkType(scope.text, k) != 0 && k + 1 < limit) {
    if (quoted != nullptr) *quoted = true;
    ++k;
  }
  return k;
}

// "(OSDH)" within a few tokens after a name, before any comma.
std::optional<size_t> Acronym(const ClaimScope& scope, size_t k, size_t limit) {
  for (size_t j = k; j + 2 < limit && j - k <= kMaxAcronymGap; ++j) {
    if (Is(scope, j, "(") && Is(scope, j + 2, ")") && scope.IsWord(j + 1) && scope.IsCapitalised(j + 1)) {
      return j + 1;
    }
    if (scope.IsPunct(j)) break;
  }
  return std::nullopt;
}

size_t PastQualifiers(const ClaimScope& scope, size_t j, size_t end) {
  // "les roquettes Grad de Kadhafi": a weapon's model first.
  if (j < end && scope.Has(j, ClaimRole::kWeaponModel)) j += scope.Length(j, ClaimRole::kWeaponModel);
  // "un obus de 155 mm tiré par": a calibre.
  auto calibre = [&](size_t k) {
    const std::string_view size = k + 1 < end ? scope.Folded(k + 1) : std::string_view();
    return k + 2 < end && Is(scope, k, "de") && !size.empty() &&
           std::all_of(size.begin(), size.end(), [](char c) { return c >= '0' && c <= '9'; }) &&
           (Is(scope, k + 2, "mm") || Is(scope, k + 2, "millimetres"));
  };
  if (calibre(j)) j += 3;
  auto qualifier = [&](size_t k) {
    return k < end && scope.IsWord(k) && !scope.IsCapitalised(k) && !EndsName(scope, k) &&
           !scope.Has(k, ClaimRole::kConnector) && !scope.Has(k, ClaimRole::kDeterminer);
  };
  for (size_t n = 0; n < 2 && qualifier(j); ++n) {
    ++j;
    // "l'agression lâche et non provoquée de l'Inde": two qualifiers
    // joined, before the complement.
    const size_t next = j + 1 < end && (Is(scope, j + 1, "non") || Is(scope, j + 1, "not")) ? j + 2 : j + 1;
    if (n == 0 && j < end && (Is(scope, j, "et") || Is(scope, j, "and")) && qualifier(next) && next + 1 < end &&
        scope.Has(next + 1, ClaimRole::kConnector)) {
      j = next;
    }
  }
  if (calibre(j)) j += 3;
  return j;
}

bool InCapitals(std::string_view token) {
  bool letter = false;
  for (char ch : token) {
    letter = letter || (ch >= 'A' && ch <= 'Z');
    if (!(ch >= 'A' && ch <= 'Z') && ch != '.' && ch != '-' && static_cast<unsigned char>(ch) < 0x80) return false;
  }
  return letter;
}

bool IsAcronym(std::string_view token) { return token.size() >= 2 && token.size() <= 8 && InCapitals(token); }

// "Farc", "Otan": an acronym as the French press writes it, a capital then
// lower-case ASCII letters (trusted only where its letters spell the words
// before its brackets).
bool IsPressAcronym(std::string_view token) {
  if (token.size() < 3 || token.size() > 6 || !(token[0] >= 'A' && token[0] <= 'Z')) return false;
  for (size_t i = 1; i < token.size(); ++i) {
    if (!(token[i] >= 'a' && token[i] <= 'z')) return false;
  }
  return true;
}

bool IsRelative(const ClaimScope& scope, size_t i) {
  return Is(scope, i, "qui") || Is(scope, i, "who") || Is(scope, i, "which");
}

bool IsParticle(const ClaimScope& scope, size_t i) {
  std::string_view f = scope.Folded(i);
  for (std::string_view p : {"al-", "el-", "ad-", "ar-", "as-", "ash-", "at-", "az-", "ez-", "es-",
                             "an-", "ech-", "ed-", "en-"}) {
    if (f.size() > p.size() && f.substr(0, p.size()) == p) return true;
  }
  return scope.IsWordOf(f, ClaimRole::kNameParticle);
}

namespace {

// The name an acronym in brackets at j ("( GSIM )", "( EI-K )") spells,
// back from the bracket over the name's words, one initial each (function
// words skipped, accents folded), with the brackets; empty when the words
// do not spell it.
TokenSpan BracketDefinition(const ClaimScope& scope, size_t j) {
  // "EI-K", "U.S.": the capitals only (callers pass IsAcronym's tokens);
  // "Farc": every letter.
  std::string acronym;
  const std::string_view token = scope.text.TokenText(j + 1);
  const bool press = IsPressAcronym(token);
  for (char c : token) {
    if (c >= 'A' && c <= 'Z') acronym.push_back(c);
    if (press && c >= 'a' && c <= 'z') acronym.push_back(static_cast<char>(c - 32));
  }
  std::string letters;
  for (size_t i = j; i-- > 0 && j - i <= 12 && letters.size() < acronym.size();) {
    if (!scope.IsWord(i)) break;
    const std::string_view f = scope.Folded(i);
    if (scope.Has(i, ClaimRole::kDeterminer) || scope.Has(i, ClaimRole::kConnector) || f == "et" || f == "and" ||
        f == "pour" || f == "for" || f == "a" || f == "au" || f == "aux" || f == "en") {
      continue;
    }
    const char first = f.empty() ? ' ' : f[0];  // folded: "État" spells E
    letters.insert(letters.begin(), static_cast<char>(first >= 'a' && first <= 'z' ? first - 32 : first));
    if (letters == acronym && scope.IsCapitalised(i)) return {i, j + 3};
    if (acronym.size() < letters.size() || acronym.compare(acronym.size() - letters.size(), letters.size(), letters) != 0) {
      break;
    }
  }
  return {j, j};
}

}  // namespace

TokenSpan AcronymDefinition(const ClaimScope& scope, TokenSpan actor) {
  // "RSF fighters", "les combattants FSR" are the party's members: the
  // acronym's definition names the party.
  if (actor.end == actor.begin + 2 && scope.Has(actor.end - 1, ClaimRole::kMember)) {
    if (TokenSpan d = AcronymDefinition(scope, {actor.begin, actor.begin + 1}); d.end != actor.begin + 1) return d;
  }
  if (actor.end != actor.begin + 1 || !scope.IsWord(actor.begin)) return actor;
  const std::string_view acronym = scope.text.TokenText(actor.begin);
  if (!IsAcronym(acronym)) return actor;
  for (size_t j = 1; j + 2 < actor.begin; ++j) {
    if (!Is(scope, j, "(") || !Is(scope, j + 2, ")") || scope.text.TokenText(j + 1) != acronym) continue;
    if (const TokenSpan d = BracketDefinition(scope, j); !d.empty()) return d;
  }
  return actor;
}

TokenSpan CompletedByAcronym(const ClaimScope& scope, TokenSpan actor) {
  // "... des Libériens unis" -> "pour la réconciliation et la démocratie (LURD)"
  constexpr size_t kMaxGap = 8;
  if (actor.empty()) return actor;
  const size_t n = scope.text.tokens().size();
  for (size_t j = actor.end; j + 2 < n && j <= actor.end + kMaxGap; ++j) {
    if (Is(scope, j, "(")) {
      if (!Is(scope, j + 2, ")") || !scope.IsWord(j + 1)) return actor;
      const bool press = IsPressAcronym(scope.text.TokenText(j + 1));
      if (!IsAcronym(scope.text.TokenText(j + 1)) && !press) return actor;
      const TokenSpan defined = BracketDefinition(scope, j);
      // The acronym defines a name that begins inside the actor's naming
      // (with its group noun: "groupe État islamique (EI)").
      if (defined.begin >= actor.begin && defined.begin < actor.end && defined.end == j + 3) {
        const bool group = defined.begin > actor.begin && scope.Has(defined.begin - 1, ClaimRole::kGroupNoun);
        return {group ? defined.begin - 1 : defined.begin, defined.end};
      }
      // An acronym of another language right after a proper name: "rebelles
      // de la Nouvelle Armée du peuple (NPA)", "du Parti des travailleurs du
      // Kurdistan (PKK)": the naming with its acronym.
      if (j == actor.end && scope.IsWord(j - 1) && !press) {
        for (size_t k = actor.begin; k < j; ++k) {
          if (scope.IsCapitalised(k)) return {actor.begin, j + 3};
        }
      }
      return actor;
    }
    if (!scope.IsWord(j) && !Is(scope, j, "'")) return actor;
  }
  return actor;
}

size_t EntryEndingAt(const ClaimScope& scope, ClaimRole role, size_t e, size_t begin, size_t max_words) {
  for (size_t j = e; j-- > begin && e - j <= max_words;) {
    if (scope.Length(j, role) == e - j) return j;
  }
  return e;
}

namespace {

// "it", "they", "il": a pronoun that stands for a party named elsewhere.
bool PersonalPronoun(const ClaimScope& scope, size_t i) {
  const ClaimLexiconEntry* p = scope.marks.Longest(i, ClaimRole::kPronoun);
  return p != nullptr && p->value == 1;
}

// The first word of an aside set between commas after a noun: a relative
// ("qui", "dont", "which") or a participle ("composée", "including").
bool AsideOpener(const ClaimScope& scope, size_t i) {
  const std::string_view f = scope.Folded(i), t = scope.text.TokenText(i);
  return f == "qui" || f == "dont" || f == "who" || f == "which" || f == "including" || f == "notamment" ||
         t.ends_with("\u00e9") || t.ends_with("\u00e9e") || t.ends_with("\u00e9s") || t.ends_with("\u00e9es") ||
         (scope.text.english() && (f.ends_with("ed") || f.ends_with("ing")));
}

// The first token of an adverb (of one word or more: "une nouvelle fois",
// "de leur côté") that ends just before token e, or e when there is none.
size_t AdverbEndingAt(const ClaimScope& scope, size_t e, size_t begin) {
  return EntryEndingAt(scope, ClaimRole::kAdverb, e, begin, kMaxAdverbWords);
}

// The first token of the auxiliaries, negations and adverbs (of one word or
// more: "d'abord", "de nouveau") that end at `e`, going back no further
// than `begin`: "avait d'abord annoncé", "n'a pas".
size_t PastAuxiliaries(const ClaimScope& scope, size_t e, size_t begin) {
  while (e > begin) {
    if (scope.Has(e - 1, ClaimRole::kAuxBe) || scope.Has(e - 1, ClaimRole::kAuxHave) ||
        scope.Has(e - 1, ClaimRole::kNegation)) {
      --e;
      continue;
    }
    // "Ils ... et en ont abattu 37", "ils les ont tués": a French object
    // pronoun before the verb.
    if (!scope.text.english()) {
      const std::string_view f = scope.Folded(e - 1);
      if (f == "en" || f == "y" || f == "les" || f == "l'" || f == "leur" || f == "lui") {
        --e;
        continue;
      }
    }
    const size_t adverb = AdverbEndingAt(scope, e, begin);
    if (adverb == e) break;
    e = adverb;
  }
  return e;
}

}  // namespace

// The clause before a verb at k: from the last comma, colon or clause word
// to the verb, its auxiliaries and adverbs left out.
TokenSpan SubjectBefore(const ClaimScope& scope, size_t k, size_t sentence_begin) {
  size_t e = k;
  e = PastAuxiliaries(scope, e, sentence_begin);
  // "a annoncé jeudi avoir mené", "affirment de leur côté avoir tué": an
  // infinitive after a verb of speech, its date and its adverbs, has that
  // verb's subject.
  size_t infinitive = e;
  while (infinitive < k && !Is(scope, infinitive, "avoir") && !Is(scope, infinitive, "etre")) ++infinitive;
  if (infinitive < k) {
    size_t v = e;
    for (size_t last = v + 1; v != last && v > sentence_begin;) {
      last = v;
      if (scope.date_at[v - 1] >= 0) --v;
      v = AdverbEndingAt(scope, v, sentence_begin);
    }
    if (v > sentence_begin + 1 && (scope.Has(v - 1, ClaimRole::kSpeech) || scope.Has(v - 1, ClaimRole::kReportVerb) ||
                                   scope.Has(v - 1, ClaimRole::kSelfClaim))) {
      // "L'armée a annoncé la fin de l'opération, affirmant avoir tué": a
      // verb of speech in a gerund has the subject of the clause before it,
      // the one before its first auxiliary.
      if (v > sentence_begin + 2 && Is(scope, v - 2, ",") && scope.Folded(v - 1).ends_with("ant")) {
        for (size_t a = sentence_begin + 1; a + 2 < v; ++a) {
          if (scope.IsPunct(a) && !Is(scope, a, ",")) break;
          if (scope.Has(a, ClaimRole::kAuxHave) || scope.Has(a, ClaimRole::kAuxBe)) {
            return SubjectBefore(scope, a, sentence_begin);
          }
        }
      }
      e = v - 1;  // the verb of speech, then its auxiliary: "L'Africom, ..., a annoncé avoir mené"
      e = PastAuxiliaries(scope, e, sentence_begin);
    }
  }
  // A comma just before the verb closes an aside between it and its
  // subject: "Les rebelles, qui tiennent la ville, ont tiré".
  // An aside that lists ("la coalition, composée des FARDC, des FDLR, des
  // Wazalendo et de mercenaires, a bombardé"): back past each item that
  // opens on an article, to the comma before the aside's first.
  const size_t before_aside = e;
  if (e > sentence_begin + 1 && Is(scope, e - 1, ",")) {
    const size_t verb = e;
    // The comma that opens the segment ending at `close`, or none.
    auto opening = [&](size_t close) -> std::optional<size_t> {
      size_t c = close;
      while (c > sentence_begin && verb - c < 2 * kMaxSubject && !Is(scope, c - 1, ",")) --c;  // a long aside
      if (c <= sentence_begin + 1 || !Is(scope, c - 1, ",")) return std::nullopt;
      return c - 1;
    };
    if (std::optional<size_t> comma = opening(e - 1)) {
      e = *comma;
      // Items of a list, to an aside's opening participle or relative.
      for (size_t item = *comma; scope.Has(item + 1, ClaimRole::kDeterminer);) {
        const std::optional<size_t> before = opening(item);
        if (!before) break;
        if (AsideOpener(scope, *before + 1)) {
          e = *before;
          break;
        }
        item = *before;
      }
    }
  }
  size_t b = e;
  while (b > sentence_begin && e - b < kMaxSubject) {
    // "said in a statement it had killed": a personal pronoun right before
    // the verb is its subject (English drops "that").
    if (b + 1 == e && scope.text.english() && PersonalPronoun(scope, b)) break;
    // An acronym in brackets belongs to the subject: "Les Forces de soutien
    // rapide (FSR) et des milices".
    if (b >= sentence_begin + 3 && Is(scope, b - 1, ")") && Is(scope, b - 3, "(")) {
      b -= 3;
      continue;
    }
    // "The U.S.-led coalition": a hyphen the tokenizer split off inside a
    // word.
    if (b >= sentence_begin + 2 && SplitHyphen(scope, b - 1) && scope.IsWord(b - 2)) {
      b -= 2;
      continue;
    }
    // "For seven years the Assad regime has bombed": a date before the
    // subject opens the clause.
    // Quotation marks are inside a subject: "leurs « canons de l'enfer » ont tué".
    if ((scope.IsPunct(b - 1) && !Is(scope, b - 1, "\"")) || scope.date_at[b - 1] >= 0) break;
    // A live page's time stamp opens the entry: "08:12 GMT Russia struck",
    // "7h45 La Russie a visé".
    if (ClockTime(scope.text.TokenText(b - 1))) break;
    // "the office said the paramilitaries had killed", "said soldiers
    // killed", "said they had killed": a verb of speech before the reported
    // clause's subject ends it; a pronoun or a possessive there stands for
    // the speaker (AddNamed). In French, before an article or a name; not
    // before an infinitive, whose subject the speaker is ("Ankara affirme
    // n'avoir visé").
    if (scope.Has(b - 1, ClaimRole::kSpeech) &&
        (scope.text.english() || ((scope.Has(b, ClaimRole::kDeterminer) || scope.IsCapitalised(b)) &&
                                  !scope.Has(b, ClaimRole::kPronoun) && !scope.Has(b, ClaimRole::kPossessive)))) {
      break;
    }
    if (scope.Has(b - 1, ClaimRole::kClauseStop)) {
      // "l'armée n'a pas donné de bilan, mais a affirmé avoir": a verb right
      // after "mais" shares the subject of the verb before it.
      if (b == e && (Is(scope, b - 1, "mais") || Is(scope, b - 1, "but"))) {
        size_t c = b - 1;
        if (c > sentence_begin && Is(scope, c - 1, ",")) --c;
        size_t start = c;
        for (; start > sentence_begin && c - start < kMaxSubject; --start) {
          const size_t a = start - 1;
          if (scope.IsPunct(a) || scope.Has(a, ClaimRole::kClauseStop)) break;
          if (scope.Has(a, ClaimRole::kAuxBe) || scope.Has(a, ClaimRole::kAuxHave)) {
            return SubjectBefore(scope, a + 1, sentence_begin);
          }
        }
        // "The army acknowledged the attack but said": the clause before,
        // whose noun phrase is the subject.
        if (start < c && c - start < kMaxSubject) return {start, c};
        break;
      }
      // "Le régime et son allié russe ont": past "et" only when no verb
      // precedes it in the clause (a coordination of nouns).
      if (!(Is(scope, b - 1, "et") || Is(scope, b - 1, "and"))) break;
      // "..., et le PKK a tué": after a comma, "et" before a noun phrase
      // joins two clauses; the subject starts after it. (Right before the
      // verb it shares a subject: ", et affirme avoir", below.)
      if (b < e && b >= sentence_begin + 2 && Is(scope, b - 2, ",")) break;
      size_t c = b - 1;
      bool verb = false;
      // English: a verb in the past tense ("Security forces ended the siege
      // and killed all four attackers"), not an adjective after an article,
      // nor a participle before its preposition ("militants linked to al
      // Qaeda and Islamic State have killed").
      auto past = [&](size_t i) {
        return scope.text.english() && i > sentence_begin && scope.IsWord(i) && !scope.IsCapitalised(i) &&
               scope.Folded(i).size() > 4 && scope.Folded(i).ends_with("ed") &&
               !scope.Has(i - 1, ClaimRole::kDeterminer) && !scope.Has(i, ClaimRole::kArmed) &&
               !scope.Has(i - 1, ClaimRole::kAuxBe) && !scope.Has(i - 1, ClaimRole::kAuxHave) &&
               !(Is(scope, i + 1, "to") || Is(scope, i + 1, "by") || Is(scope, i + 1, "with"));
      };
      while (c > sentence_begin && !scope.IsPunct(c - 1) && !verb) {
        --c;
        verb = scope.Has(c, ClaimRole::kAuxBe) || scope.Has(c, ClaimRole::kAuxHave) || past(c);
        // "lorsque policiers et militaires ont ouvert le feu", "when police
        // and troops opened fire": the clause opens before any verb.
        if (scope.Has(c, ClaimRole::kClauseStop)) break;
      }
      // "L'armée a confirmé l'attaque et affirme avoir abattu": a second
      // verb right after "et" shares the first one's subject.
      if (verb && b == e && (scope.Has(c, ClaimRole::kAuxBe) || scope.Has(c, ClaimRole::kAuxHave) || past(c))) {
        return SubjectBefore(scope, c, sentence_begin);
      }
      if (verb) break;
    }
    --b;
  }
  // A clause longer than that has a start we did not find: no subject.
  if (e - b >= kMaxSubject) return {e, e};
  // "Une faction dissidente du TTP, le Jamaat-ul-Ahrar, a revendiqué", "la
  // branche régionale de l'EI, l'EI au Khorasan (EI-K),": a branch's own
  // name, in the aside, is the subject.
  if (const size_t head = SkipArticles(scope, b, e);
      head < e && scope.Has(head, ClaimRole::kBranch) && e + 2 < before_aside && Is(scope, e, ",")) {
    const size_t name = SkipArticles(scope, e + 1, before_aside - 1);
    if (name < before_aside - 1 && scope.IsCapitalised(name)) return {e + 1, before_aside - 1};
  }
  if (b < e && b > sentence_begin && ClockTime(scope.text.TokenText(b - 1)) && scope.IsWordOf(b, ClaimRole::kTimeZone)) {
    ++b;
  }
  return {b, e};
}

size_t LossVerb(const ClaimScope& scope, size_t sentence, size_t figures) {
  const size_t sentence_begin = scope.SentenceBegin(sentence);
  size_t v = figures;
  while (v > sentence_begin && (scope.Has(v - 1, ClaimRole::kAdverb) || scope.date_at[v - 1] >= 0)) --v;
  for (size_t h = v; h-- > sentence_begin && v - h <= 4;) {
    if (scope.Length(h, ClaimRole::kLossVerb) != v - h) continue;
    // With its auxiliary: "ont eu", "ont eu à déplorer", "a déploré".
    while (h > sentence_begin && (scope.Has(h - 1, ClaimRole::kAuxHave) || scope.Has(h - 1, ClaimRole::kLossVerb) ||
                                  (scope.Folded(h - 1) == "a" && h - 1 > sentence_begin &&
                                   scope.Has(h - 2, ClaimRole::kLossVerb)))) {
      --h;
    }
    // "il y a eu 30 blessés": no one's losses.
    if (h > sentence_begin && scope.Folded(h - 1) == "y") return figures;
    return h;
  }
  return figures;
}

// The noun a relative "qui" stands for: the phrase before it, across a
// participle's complement ("bandits armés par l'étranger, qui").
TokenSpan Antecedent(const ClaimScope& scope, size_t rel, size_t sentence_begin) {
  size_t end = rel;
  if (end > sentence_begin && Is(scope, end - 1, ",")) --end;
  // "le Groupe de soutien à l'islam et aux musulmans (GSIM), qui": the name
  // before its acronym.
  if (end > sentence_begin + 4 && Is(scope, end - 1, ")") && Is(scope, end - 3, "(")) end -= 3;
  // "c'est l'« armée nationale » qui": a name in quotation marks, whole.
  const bool quoted = end > sentence_begin + 2 && QuoteMarkType(scope.text, end - 1) != 0;
  size_t b = end;
  while (b > sentence_begin && end - b < 8) {
    size_t p = b - 1;
    if (quoted && QuoteMarkType(scope.text, p) != 0) {
      b = p;
      continue;
    }
    // "..., a annoncé le ministère turc de la Défense, qui": not past the
    // verb of speech the name is the inverted subject of.
    if (scope.IsPunct(p) || scope.Has(p, ClaimRole::kClauseStop) || scope.Has(p, ClaimRole::kAuxHave) ||
        scope.Has(p, ClaimRole::kAuxBe) || scope.Has(p, ClaimRole::kSpeech)) {
      break;
    }
    if (scope.Has(p, ClaimRole::kPreposition) && !scope.Has(p, ClaimRole::kConnector)) {
      // The agent of a participle belongs to the phrase: "bandits armés
      // par l'étranger, qui", "la coalition menée par Riyad, qui".
      // Not the agent of a claim or an attack, past its date: "revendiquée
      // mercredi par le JNIM, qui"; nor of a passive verb ("le poste a été
      // pris par les rebelles, qui").
      size_t q = p > sentence_begin ? p - 1 : p;
      while (q > sentence_begin && (scope.date_at[q] >= 0 || scope.Has(q, ClaimRole::kAdverb))) --q;
      // Nor past a name ("pris à Myawaddy par les rebelles, qui"): only a
      // participle's agent.
      const bool passive =
          q > sentence_begin && (scope.Has(q - 1, ClaimRole::kAuxBe) || scope.Has(q - 1, ClaimRole::kAuxHave));
      if (p > sentence_begin && (Is(scope, p, "par") || Is(scope, p, "by")) && !passive && !scope.IsCapitalised(q) &&
          !scope.Has(q, ClaimRole::kClaimResponsibility) && !scope.Has(q, ClaimRole::kAttackVerb) &&
          !scope.Has(q, ClaimRole::kBlame) && !IsCasualtyWord(scope, q)) {
        b = p;
        continue;
      }
      break;
    }
    b = p;
  }
  // "a couvert un escadron de la mort qui": the phrase opens on its
  // determiner, not on the verb before it.
  for (size_t t = end; t-- > b + 1;) {
    if (scope.Has(t, ClaimRole::kDeterminer) && scope.IsWord(t - 1) && !scope.IsCapitalised(t - 1) &&
        !scope.Has(t - 1, ClaimRole::kDeterminer) && !scope.Has(t - 1, ClaimRole::kConnector) &&
        !scope.Has(t - 1, ClaimRole::kPreposition)) {
      b = t;
      break;
    }
  }
  // "le JNIM, la branche sahélienne d'Al-Qaïda, qui", "les shebab, liés à
  // Al-Qaïda, qui", "les NPC, un groupuscule armé qui": past an apposition
  // that describes the name before it.
  // "lié à Al-Qaïda": the affiliation before its preposition.
  if (b > sentence_begin + 2 && b < end && scope.Has(b - 1, ClaimRole::kPreposition) &&
      scope.Has(b - 2, ClaimRole::kAffiliation)) {
    b -= 2;
  }
  if (b > sentence_begin + 1 && b < end && Is(scope, b - 1, ",") && (rel == end + 1 || rel == end)) {
    const bool described = (scope.Has(b, ClaimRole::kDeterminer) && b + 1 < end && scope.IsWord(b + 1) &&
                            !scope.IsCapitalised(b + 1)) ||
                           scope.Has(b, ClaimRole::kAffiliation) || scope.Has(b, ClaimRole::kNounPhraseStop);
    if (described) {
      const TokenSpan named = Antecedent(scope, b - 1, sentence_begin);
      // Not a place the sentence opens on: "À Bagdad, des gardes qui", "à
      // Senkata, les militaires qui" (a name after a locative that names
      // no armed group is where).
      const size_t l = named.begin - 1;  // the locative, opening the sentence or after a comma
      const bool opener = named.begin > sentence_begin && (l == sentence_begin || Is(scope, l - 1, ","));
      const bool place =
          named.begin > sentence_begin &&
          ((scope.Has(l, ClaimRole::kPreposition) && IsPlaceName(scope, named.begin, named.end)) ||
           (opener && scope.Has(l, ClaimRole::kLocative) && !KnownArmedGroup(scope, named)));
      for (size_t k = named.begin; k < named.end && !place; ++k) {
        if (HasCapital(scope, k)) return named;
      }
    }
  }
  return {b, end};
}

// "ont tué", "n'ont pas seulement attaqué", "ont une nouvelle fois
// pilonné": "avoir" before the verb at k.
bool HaveBefore(const ClaimScope& scope, size_t k, size_t begin) {
  while (k > begin) {
    if (size_t a = AdverbEndingAt(scope, k, begin); a < k) {
      k = a;
      continue;
    }
    --k;
    if (scope.Has(k, ClaimRole::kAuxHave)) return true;
    if (!scope.Has(k, ClaimRole::kNegation)) return false;
  }
  return false;
}

size_t TokenDistance(TokenSpan a, TokenSpan claim) {
  if (a.end <= claim.begin) return claim.begin - a.end;
  if (a.begin >= claim.end) return a.begin - claim.end;
  return 0;
}

bool StartsNewTopic(const ClaimScope& scope, size_t s) {
  return scope.Has(scope.SentenceBegin(s), ClaimRole::kTopicShift);
}

}  // namespace vigie::analyse::internal
