// What names an armed party, for the actor of casualty claims: the words
// of a name that stand for a party ("armée", "rebelles", an armed group of
// the gazetteer, a country), and how a noun phrase is trimmed to the party
// it names ("cellules dormantes du groupe Etat islamique" -> "groupe Etat
// islamique", "jihadistes affiliés à Boko Haram" -> "Boko Haram",
// "combattants de l'Etat islamique tiennent" -> "combattants de l'Etat
// islamique"). claim_actors.cc finds where a sentence names one.
#include <algorithm>
#include <optional>

#include "analyse/claims_internal.h"
#include "analyse/gazetteer.h"
#include "analyse/numbers.h"

namespace vigie::analyse::internal {
namespace {

bool Is(const ClaimScope& scope, size_t i, std::string_view f) { return scope.Folded(i) == f; }

// A gazetteer name that `pred` accepts starts at token i.
template <typename Pred>
bool GazetteerAny(const ClaimScope& scope, size_t i, size_t limit, Pred pred) {
  if (scope.gazetteer == nullptr) return false;
  bool found = false;
  scope.gazetteer->ForEachMatch(scope.text, i, limit,
                                [&](size_t, uint32_t id) { found = found || pred(scope.gazetteer->entry(id)); });
  return found;
}

bool IsArmedGroup(const GazetteerEntry& e) { return e.kind == GazetteerKind::kOrganisation && e.detail == "armed_group"; }

// An armed group of the gazetteer ("Boko Haram", "FDS").
bool ArmedGroup(const ClaimScope& scope, size_t i, size_t limit) { return GazetteerAny(scope, i, limit, IsArmedGroup); }

// The text names a place, a country or a nationality of `country`
// ("Darfur", "Sudan", "Sudanese").
bool NamesCountry(const ClaimScope& scope, std::string_view country) {
  const auto inserted = scope.names_country.emplace(std::string(country), false);
  bool& names = inserted.first->second;
  if (!inserted.second) return names;
  constexpr size_t kMaxName = 6;
  const size_t n = scope.text.tokens().size();
  for (size_t i = 0; i < n && !names; ++i) {
    if (!scope.IsCapitalised(i)) continue;
    scope.gazetteer->ForEachMatch(scope.text, i, std::min(n, i + kMaxName), [&](size_t, uint32_t id) {
      const GazetteerEntry& e = scope.gazetteer->entry(id);
      names = names || (e.country == country && e.kind != GazetteerKind::kOrganisation &&
                        e.kind != GazetteerKind::kPerson);
    });
  }
  return names;
}

// The whole of n is a news agency, a medium or an NGO of the gazetteer,
// unless the text defines it as an acronym of another name: "the Rapid
// Support Forces (RSF)" make "RSF" no longer Reporters sans frontières.
// In English, an acronym that is also an armed group's initials is the
// group in a text that names its country ("Sudanese", "Darfur": "blamed
// the RSF"); French news calls the Sudanese paramilitaries FSR.
bool Witness(const ClaimScope& scope, TokenSpan n) {
  if (scope.gazetteer == nullptr || !scope.IsCapitalised(n.begin)) return false;
  bool witness = false;
  scope.gazetteer->ForEachMatch(scope.text, n.begin, n.end, [&](size_t length, uint32_t id) {
    const GazetteerEntry& e = scope.gazetteer->entry(id);
    witness = witness || (n.begin + length == n.end && e.kind == GazetteerKind::kOrganisation &&
                          (e.detail == "agency" || e.detail == "media" || e.detail == "ngo"));
  });
  if (!witness) return false;
  const TokenSpan defined = AcronymDefinition(scope, n);
  if (defined.begin != n.begin || defined.end != n.end) return false;
  if (scope.text.english() && n.end == n.begin + 1 && scope.group_initials != nullptr &&
      IsAcronym(scope.text.TokenText(n.begin))) {
    const auto group = scope.group_initials->find(scope.Folded(n.begin));
    if (group != scope.group_initials->end() && NamesCountry(scope, group->second)) return false;
  }
  return true;
}

}  // namespace

std::map<std::string, std::string, std::less<>> GroupInitials(const Gazetteer& gazetteer) {
  static constexpr std::string_view kFunctionWords[] = {"of", "the", "for", "and", "de", "du", "des", "la",
                                                          "le", "les", "et", "pour", "au", "aux", "en"};
  std::map<std::string, std::string, std::less<>> out;
  for (const GazetteerEntry& e : gazetteer.entries()) {
    if (!IsArmedGroup(e) || e.country.empty()) continue;
    std::string initials;
    for (size_t i = 0; i < e.name.size();) {
      size_t j = e.name.find_first_of(" -", i);
      if (j == std::string::npos) j = e.name.size();
      std::string word = e.name.substr(i, j - i);
      std::transform(word.begin(), word.end(), word.begin(), [](unsigned char c) { return std::tolower(c); });
      if (!word.empty() &&
          std::find(std::begin(kFunctionWords), std::end(kFunctionWords), word) == std::end(kFunctionWords)) {
        initials.push_back(word[0]);
      }
      i = j + 1;
    }
    // Shorter than the name: not an acronym's own row ("FSR" -> "f").
    if (initials.size() >= 2 && initials.size() < e.name.size()) out.emplace(std::move(initials), e.country);
  }
  return out;
}

bool IsTo(const ClaimScope& scope, size_t i) {
  return Is(scope, i, "a") || Is(scope, i, "au") || Is(scope, i, "aux") || Is(scope, i, "to") || Is(scope, i, "on");
}

// An actor is not an attack ("frappes"), a thing ("école") nor its victims
// ("civils").
bool ValidActor(const ClaimScope& scope, TokenSpan n) {
  if (n.empty() || (scope.Has(n.begin, ClaimRole::kUnit) && !scope.Has(n.begin, ClaimRole::kActorNoun) &&
                    !scope.Has(n.begin, ClaimRole::kInstrument))) {
    return false;
  }
  // "armed" alone is what a party is, not who; "the other" is the party
  // named before it.
  if (n.end == n.begin + 1 && (scope.IsWordOf(n.begin, ClaimRole::kArmed) || scope.Has(n.begin, ClaimRole::kOther))) {
    return false;
  }
  // "le quartier général des opérations du Sud": a point of the compass
  // alone is where, not who.
  if (n.end == n.begin + 1 && scope.Has(n.begin, ClaimRole::kDirection)) return false;
  // "chaque camp accusant l'autre": the other with its article, too.
  if (const size_t bare = SkipArticles(scope, n.begin, n.end);
      n.end == bare + 1 && (scope.Has(bare, ClaimRole::kOther) || scope.Folded(bare) == "autre" ||
                            scope.Folded(bare) == "other")) {
    return false;
  }
  // A weapon's model without its owner ("HIMARS rockets"), not "Ukrainian
  // HIMARS".
  bool model = false, other = false;
  for (size_t k = n.begin; k < n.end; ++k) {
    if (scope.IsWordOf(k, ClaimRole::kWeaponModel)) {
      model = true;
    } else if (scope.IsCapitalised(k)) {
      other = true;
    }
  }
  if (model && !other) return false;
  // A grammar word alone ("de") or a relative ("whose fighters") names no one.
  const std::string_view first = scope.Folded(n.begin);
  if ((n.end == n.begin + 1 && (scope.Has(n.begin, ClaimRole::kConnector) || scope.Has(n.begin, ClaimRole::kDeterminer) ||
                                scope.Has(n.begin, ClaimRole::kPreposition))) ||
      first == "whose" || first == "dont" || first == "which" || first == "who") {
    return false;
  }
  // "celui de l'université de Garissa": a demonstrative pronoun stands for
  // a thing named before, here an attack.
  if (first == "celui" || first == "celle" || first == "ceux" || first == "celles") return false;
  // News agencies, media and NGOs report, treat and count; they do not kill
  // ("jointes par l'AFP", "clinics run by Médecins Sans Frontières").
  if (Witness(scope, n)) return false;
  // A unit named for its task: "Brigade d'intervention rapide", "forces
  // d'invasion", "Rapid Intervention Force"; the attack is in the name.
  const size_t head = Head(scope, n);
  // "un régime alimentaire", "the sanctions regime": a phrase that covers
  // the head names no party.
  for (size_t k = n.begin; k <= head && k < n.end; ++k) {
    if (scope.Length(k, ClaimRole::kNotParty) > head - k) return false;
  }
  const bool unit = scope.Has(head, ClaimRole::kActorNoun);
  // An organisation's name whole: "Gardiens de la révolution".
  size_t organisation_end = n.begin;
  if (const size_t bare = SkipArticles(scope, n.begin, n.end); scope.gazetteer != nullptr && bare < n.end) {
    scope.gazetteer->ForEachMatch(scope.text, bare, n.end, [&](size_t length, uint32_t id) {
      if (scope.gazetteer->entry(id).kind == GazetteerKind::kOrganisation) {
        organisation_end = std::max(organisation_end, bare + length);
      }
    });
  }
  for (size_t k = n.begin; k < n.end; ++k) {
    // "Cinquante-huit Palestiniens", "Nearly 4,500 American soldiers": victims;
    // not a unit's ordinal ("5e brigade").
    if (scope.Has(k, ClaimRole::kNumber) || scope.Has(k, ClaimRole::kApprox) ||
        (scope.Token(k).kind == text::TokenKind::kNumber && !(Ordinal(scope, k) && k + 1 < n.end))) {
      return false;
    }
    if ((scope.Has(k, ClaimRole::kAttackNoun) || scope.Has(k, ClaimRole::kWarNoun)) && k >= organisation_end &&
        !(unit && (k > head + 1 || (scope.IsCapitalised(k) && scope.IsCapitalised(head))))) {
      return false;
    }
    if (const ClaimLexiconEntry* c = scope.marks.Longest(k, ClaimRole::kCategory);
        c != nullptr && static_cast<VictimCategory>(c->value) != VictimCategory::kMilitary) {
      return false;
    }
  }
  return true;
}

// A country or a capital ("Israël", "Moscou"), which may act.
bool IsCountry(const ClaimScope& scope, size_t i, size_t limit) {
  return GazetteerAny(scope, i, limit, [](const GazetteerEntry& e) {
    return e.kind == GazetteerKind::kCountry || (e.kind == GazetteerKind::kPlace && e.detail == "capital");
  });
}

bool IsNation(const ClaimScope& scope, size_t i, size_t limit) {
  return GazetteerAny(scope, i, limit, [](const GazetteerEntry& e) { return e.kind == GazetteerKind::kCountry; });
}

namespace {

// A name of a party among the capitalised words of n: an entity that is
// not a place, a place where `party` allows one, an organisation, a
// capitalised word that is not a demonym (at a sentence's start, with a
// second one: "Plusieurs habitants" is no name).
bool NamesParty(const ClaimScope& scope, TokenSpan n, Party party) {
  for (size_t k = n.begin; k < n.end; ++k) {
    if (!scope.IsCapitalised(k) || !scope.IsWord(k)) continue;
    if (party == Party::kArmed) {
      if (ArmedGroup(scope, k, n.end)) return true;
      continue;
    }
    if (const EntityTokens* e = scope.EntityAt(k); e != nullptr && e->type != 'L') return true;
    if (IsPlaceName(scope, k, n.end)) {
      if (party == Party::kAnyPlace || (party == Party::kCountry && IsCountry(scope, k, n.end))) return true;
      continue;
    }
    if (!DemonymCountry(scope, k).empty()) continue;
    if (GazetteerAny(scope, k, n.end, [](const GazetteerEntry& e) { return e.kind == GazetteerKind::kOrganisation; })) {
      return true;
    }
    // After a comma a capital is a name's ("Depuis 1968, ETA a tué"); so
    // is an acronym's anywhere ("ETA a tué").
    const bool initial = k == 0 || scope.Folded(k - 1) == "\"" ||
                         (scope.IsPunct(k - 1) && !Is(scope, k - 1, ",")) ||
                         scope.text.SentenceOfToken(k - 1) != scope.text.SentenceOfToken(k);
    const std::string_view w = scope.text.TokenText(k);
    if (!initial || (k + 1 < n.end && scope.IsCapitalised(k + 1)) || (w.size() >= 2 && InCapitals(w))) return true;
  }
  return false;
}

}  // namespace

// "6e", "104e", "1er", "2nde", "93rd", "21st": an ordinal in digits.
bool Ordinal(const ClaimScope& scope, size_t k) {
  if (scope.Token(k).kind != text::TokenKind::kNumber) return false;
  const std::string_view f = scope.Folded(k);
  const size_t d = LeadingDigits(f);
  const std::string_view suffix = f.substr(d);
  return d > 0 && (suffix == "e" || suffix == "er" || suffix == "ere" || suffix == "eme" || suffix == "nde" ||
                   suffix == "st" || suffix == "nd" || suffix == "rd" || suffix == "th");
}

// French: the first word ("forces du régime", "pertes militaires"), past
// an ordinal ("5e brigade", "cinquième division").
// English, before "of": the last actor noun ("Syrian government forces",
// "Terrorists holed up", "fighters of the RSF", "a Nigerian army drone":
// the weapon's owner), else the last weapon ("Russian jets"), else the
// last word.
size_t Head(const ClaimScope& scope, TokenSpan n) {
  if (!scope.text.english()) {
    const std::string_view f = scope.Folded(n.begin);
    const bool ordinal = Ordinal(scope, n.begin) || (f.size() > 6 && f.ends_with("ieme")) || f == "premier" ||
                         f == "premiere";
    return ordinal && n.begin + 1 < n.end ? n.begin + 1 : n.begin;
  }
  size_t end = n.begin;
  while (end < n.end && scope.Folded(end) != "of") ++end;
  for (ClaimRole role : {ClaimRole::kActorNoun, ClaimRole::kInstrument}) {
    for (size_t k = end; k-- > n.begin;) {
      // "fighter jets": a weapon's name longer than the actor noun it opens on.
      if (role == ClaimRole::kActorNoun && scope.Length(k, ClaimRole::kInstrument) > scope.Length(k, role)) continue;
      if (scope.Has(k, role)) return k;
    }
  }
  return end > n.begin ? end - 1 : n.begin;
}

// A weapon or an attack with its nation ("avions israéliens", "une bombe
// guidée russe", "Russian jets"): the nation's side.
bool NationalWeapon(const ClaimScope& scope, TokenSpan n, size_t head) {
  if (!scope.Has(head, ClaimRole::kInstrument) && !scope.Has(head, ClaimRole::kAttackNoun)) return false;
  if (head + 1 < n.end && !DemonymCountry(scope, head + 1).empty()) return true;
  if (head + 2 < n.end && scope.IsWord(head + 1) && !scope.IsCapitalised(head + 1) &&
      !DemonymCountry(scope, head + 2).empty()) {
    return true;  // past one qualifier: "bombe guidée russe"
  }
  // Before the weapon's whole name: "Israeli fighter jets".
  size_t first = head;
  while (first > n.begin && scope.Length(first - 1, ClaimRole::kInstrument) > head - (first - 1)) --first;
  return first > n.begin && !DemonymCountry(scope, first - 1).empty();
}

size_t LoneAttackerArticle(const ClaimScope& scope, TokenSpan n, size_t head) {
  const bool english = scope.text.english();
  const size_t before = english ? n.begin : head;
  if (before == 0 || !(scope.Has(head, ClaimRole::kLoneAttacker) ||
                       (!english && scope.IsCapitalised(head) && !DemonymCountry(scope, head).empty()))) {
    return SIZE_MAX;
  }
  const std::string_view a = scope.Folded(before - 1), first = scope.Folded(n.begin);
  if (english) {
    if (a == "a" || a == "an") return before - 1;
    return first == "a" || first == "an" ? n.begin : SIZE_MAX;
  }
  return a == "un" || a == "une" ? before - 1 : SIZE_MAX;
}

bool CalledArmed(const ClaimScope& scope, TokenSpan n) {
  for (size_t k = n.begin; k < n.end; ++k) {
    if (scope.IsWordOf(k, ClaimRole::kArmed)) return true;
  }
  return false;
}

// A naming of an armed party (see the header and Party): its head is an
// actor noun ("armée", "rebelles"; not "pertes militaires", "sources
// militaires"), a weapon with its nation ("avions israéliens", "Russian
// jets"), or it is a name.
bool ActorLike(const ClaimScope& scope, TokenSpan n, Party party) {
  if (party == Party::kAny) return true;
  if (n.empty()) return false;
  const size_t head = Head(scope, n);
  // "village de Solhan"; not a name that opens on such a word ("Front
  // patriotique", "Front uni pour le changement (FUC)").
  if (scope.Has(head, ClaimRole::kPlaceHead) &&
      !(scope.IsCapitalised(head) && n.end > head + 1 && !IsPlaceName(scope, head, n.end))) {
    return false;
  }
  // "la bande de Gaza": a toponym of the gazetteer that starts with a
  // common noun.
  if (!scope.IsCapitalised(head) && GazetteerAny(scope, head, n.end, [](const GazetteerEntry& e) {
        return e.kind == GazetteerKind::kPlace || e.kind == GazetteerKind::kCountry;
      })) {
    return false;
  }
  if (scope.Has(head, ClaimRole::kActorNoun)) return true;
  if (LoneAttackerArticle(scope, n, head) != SIZE_MAX) return true;
  // "les Russes ont tiré", "the Russians shelled": a people in the plural
  // with its article stands for its state's side.
  if (n.end == head + 1 && head > 0 && scope.IsCapitalised(head) && scope.Folded(head).ends_with("s") &&
      (Is(scope, head - 1, "les") || Is(scope, head - 1, "the")) && !DemonymCountry(scope, head).empty()) {
    return true;
  }
  if (CalledArmed(scope, n)) return true;
  if (NationalWeapon(scope, n, head)) return true;
  // "des cavaliers janjawid", "combattants houthis": an armed group of the
  // gazetteer as the adjective after the head.
  for (size_t k = head + 1; k < n.end; ++k) {
    if (ArmedGroup(scope, k, n.end)) return true;
  }
  // "Kfir fighter jets", "Grad rockets": a weapon's capitalised model names
  // no party; an organisation the gazetteer or the entity layer knows does
  // ("Hamas rockets").
  if (scope.text.english() && scope.Has(head, ClaimRole::kInstrument)) {
    for (size_t k = n.begin; k < head; ++k) {
      if (const EntityTokens* e = scope.EntityAt(k); e != nullptr && (e->type == 'O' || e->type == 'P')) return true;
      if (GazetteerAny(scope, k, head, [](const GazetteerEntry& e) { return e.kind == GazetteerKind::kOrganisation; })) {
        return true;
      }
    }
    return false;
  }
  return NamesParty(scope, n, party);
}

namespace {

// Tokens [b, e) hold a determiner, a capitalised word or a noun of an
// armed party: a complement that names someone.
bool NamesSomeone(const ClaimScope& scope, size_t b, size_t e) {
  for (size_t j = b; j < e; ++j) {
    if (scope.Has(j, ClaimRole::kDeterminer) || scope.IsCapitalised(j) || scope.Has(j, ClaimRole::kActorNoun) ||
        scope.Has(j, ClaimRole::kGenericParty)) {
      return true;
    }
  }
  return false;
}

}  // namespace

// A name ends before "de" and an infinitive: "accusent l'armée
// d'utiliser", "accuse les Houthis de chercher".
TokenSpan BeforeInfinitive(const ClaimScope& scope, TokenSpan n) {
  for (size_t k = n.begin + 1; k + 1 < n.end; ++k) {
    std::string_view f = scope.Folded(k + 1);
    // English: "accused Hamas of spreading", "the group of hiding"; "of"
    // and common nouns naming no one are the charge too ("accuse Georgian
    // troops of atrocities"), not the name's complement ("the forces of the
    // regime", "of eastern commander Khalifa Haftar").
    if (Is(scope, k, "of") && !scope.IsCapitalised(k + 1) &&
        ((f.size() > 4 && f.ends_with("ing")) || (scope.IsWord(k + 1) && !NamesSomeone(scope, k + 1, n.end)))) {
      return {n.begin, k};
    }
    if ((Is(scope, k, "de") || Is(scope, k, "d'")) && !scope.IsCapitalised(k + 1) &&
        !scope.Has(k + 1, ClaimRole::kActorNoun) && f.size() > 4 &&
        (f.ends_with("er") || f.ends_with("ir") || f.ends_with("re"))) {
      return {n.begin, k};
    }
    // "accusé les rebelles d'une mise en scène": what they are accused of.
    if (Is(scope, k, "d'") && (f == "un" || f == "une")) return {n.begin, k};
    // "accused Kyiv of a drone strike": an attack is the charge, whatever
    // weapon it names.
    if (Is(scope, k, "of") || Is(scope, k, "de") || Is(scope, k, "d'")) {
      size_t a = SkipArticles(scope, k + 1, n.end);
      for (size_t t = a; t < n.end && t <= a + 2; ++t) {
        if (scope.Has(t, ClaimRole::kAttackNoun)) return {n.begin, k};
      }
    }
  }
  return n;
}

namespace {

// A participle at k (lower case, "-é", "-ée", "-és", "-ées") after a
// complement of a common noun that starts at `begin`: "milices du régime
// recrutées".
bool ParticipleAfterComplement(const ClaimScope& scope, size_t begin, size_t k) {
  const std::string_view t = scope.text.TokenText(k);
  if (scope.IsCapitalised(k) || !(t.ends_with("\u00e9") || t.ends_with("\u00e9e") || t.ends_with("\u00e9s") ||
                                   t.ends_with("\u00e9es"))) {
    return false;
  }
  if (scope.Has(k, ClaimRole::kArmed) || scope.Has(k, ClaimRole::kAffiliation) || scope.Has(k, ClaimRole::kActorNoun) ||
      scope.Has(k - 1, ClaimRole::kDeterminer) || scope.Has(k - 1, ClaimRole::kConnector)) {
    return false;
  }
  bool complement = false;
  for (size_t i = begin + 1; i < k; ++i) {
    if (scope.IsCapitalised(i)) return false;
    complement = complement || scope.Has(i, ClaimRole::kConnector);
  }
  return complement;
}

}  // namespace

// A name, once its last words are trimmed of a verb that the noun phrase
// ran into ("combattants de l'Etat islamique tiennent"): a lower-case word
// in "-ent" or "-ont" after a name is a verb of the third person plural,
// one in "-ait" or "-aient" a verb in the imperfect.
TokenSpan TrimVerb(const ClaimScope& scope, TokenSpan n) {
  // Short verbs a subject runs into, which no suffix tells ("l'armée
  // nationale poursuivra", "les défenseurs font", "la junte ment"), and
  // "via".
  static constexpr std::string_view kVerbs[] = {"font", "fait", "ment", "ait", "dit", "met", "promet", "prend",
                                                "reprend", "franchit", "poursuit", "poursuivra", "detruit", "via"};
  // "un autocar qui reliait Mandera": a relative clause's verb in the
  // imperfect, then its object, is no naming.
  if (const std::string_view f = n.empty() ? std::string_view() : scope.Folded(n.begin);
      !scope.text.english() && !n.empty() && !scope.IsCapitalised(n.begin) && f.size() > 4 &&
      (f.ends_with("ait") || f.ends_with("aient")) && !scope.Has(n.begin, ClaimRole::kActorNoun)) {
    return {n.begin, n.begin};
  }
  for (size_t k = n.begin + 1; k < n.end; ++k) {
    std::string_view f = scope.Folded(k);
    if (!scope.text.english() && !scope.IsCapitalised(k) &&
        std::find(std::begin(kVerbs), std::end(kVerbs), f) != std::end(kVerbs)) {
      return {n.begin, k};
    }
    // Not nouns in "-ment" ("gouvernement") nor in "-ident" ("président",
    // "incident"); "rôdent", "étendent" are verbs.
    if (!scope.IsCapitalised(k) && !scope.Has(k, ClaimRole::kActorNoun) && f.size() > 4 &&
        (((f.ends_with("ent") || f.ends_with("ont")) && !f.ends_with("ment") && !f.ends_with("ident")) ||
         f.ends_with("ait") || f.ends_with("aient"))) {  // "l'armée faisait état"
      return {n.begin, k};
    }
    // "la police boucle les rues": a verb between a party's noun and its
    // object's article (not "les forces armées des Philippines": "des" also
    // joins a complement).
    if (!scope.text.english() && scope.IsWord(k) && !scope.IsCapitalised(k) &&
        scope.Has(k - 1, ClaimRole::kActorNoun) && !scope.Has(k, ClaimRole::kActorNoun) &&
        !scope.Has(k, ClaimRole::kConnector) &&
        !scope.Has(k, ClaimRole::kDeterminer) && !scope.Has(k, ClaimRole::kPreposition) &&
        !scope.IsWordOf(k, ClaimRole::kArmed) &&
        !scope.Has(k, ClaimRole::kAffiliation) && !Participle(scope, k) && k + 1 < scope.text.tokens().size() &&
        scope.Has(k + 1, ClaimRole::kDeterminer) && !scope.Has(k + 1, ClaimRole::kConnector) &&
        DemonymCountry(scope, k).empty()) {
      return {n.begin, k};
    }
    // "le régime refuse de montrer": a verb before "de" and an infinitive
    // (not "l'armée de terre": "-er" and "-ir" only; not a participle:
    // "des hommes armés soupçonnés d'appartenir au groupe").
    if (!scope.text.english() && !scope.IsCapitalised(k) && !scope.Has(k, ClaimRole::kActorNoun) &&
        !scope.Has(k, ClaimRole::kConnector) && !Participle(scope, k) && k + 2 < scope.text.tokens().size() &&
        (Is(scope, k + 1, "de") || Is(scope, k + 1, "d'")) && scope.IsWord(k + 2) && !scope.IsCapitalised(k + 2) &&
        scope.Folded(k + 2).size() > 4 && !Is(scope, k + 2, "avoir") &&
        (scope.Folded(k + 2).ends_with("er") || scope.Folded(k + 2).ends_with("ir"))) {
      return {n.begin, k};
    }
    // "avoir vu des soldats achever des blessés": an infinitive after a
    // plural, which an adjective would agree with ("soldats étrangers").
    if (!scope.text.english() && !scope.IsCapitalised(k) && f.size() > 4 && (f.ends_with("er") || f.ends_with("ir")) &&
        !scope.Has(k, ClaimRole::kActorNoun) && scope.IsWord(k - 1) &&
        (scope.Folded(k - 1).ends_with("s") || scope.Folded(k - 1).ends_with("x"))) {
      return {n.begin, k};
    }
    // "Le M23 dément toute exaction", "la coalition dément les": a verb in
    // "-ment" between a name and its object's determiner, not a noun ("le
    // gouvernement de").
    if (!scope.text.english() && f.ends_with("ment") && k + 1 < scope.text.tokens().size() &&
        (scope.IsCapitalised(k - 1) || scope.Has(k - 1, ClaimRole::kActorNoun)) &&
        !scope.IsCapitalised(k) && (scope.Has(k + 1, ClaimRole::kDeterminer) || Is(scope, k + 1, "toute") ||
                                    Is(scope, k + 1, "tout"))) {
      return {n.begin, k};
    }
    // "les milices du régime recrutées parmi": a participle (in "-é", "-ée",
    // "-és", "-ées") after a common noun's complement starts a clause of
    // its own; not "hommes armés", "affiliés à", "de l'armée", nor a word of
    // a name ("rebelles des Forces démocratiques alliées").
    if (!scope.text.english() && k >= n.begin + 3 && ParticipleAfterComplement(scope, n.begin, k)) return {n.begin, k};
    // English: a past tense after a name ("RSF denied"), not "armed".
    if (scope.text.english() && !scope.IsCapitalised(k) && scope.IsCapitalised(k - 1) && f.size() > 4 &&
        f.ends_with("ed") && f != "armed" && f.find('-') == std::string_view::npos) {
      return {n.begin, k};
    }
  }
  return n;
}

// A name from its first naming of a party, past a head that names none:
// "cellules dormantes du groupe Etat islamique" -> "groupe Etat
// islamique", "explosifs du régime" -> "régime".
TokenSpan FromParty(const ClaimScope& scope, TokenSpan n, Party party) {
  if (party == Party::kArmed) return n;  // a subject: "le porte-parole de l'armée" is no army
  if (party == Party::kAny) party = Party::kAnyPlace;
  // "le ministère de la Santé de Gaza": a ministry's name is its own, not
  // "Santé".
  if (scope.IsWordOf(SkipArticles(scope, n.begin, n.end), ClaimRole::kOffice)) return n;
  bool connector = false;
  for (size_t k = n.begin; k < n.end; ++k) {
    if (ActorLike(scope, {k, k + 1}, party)) return connector ? TokenSpan{k, n.end} : n;
    if (scope.Has(k, ClaimRole::kPlaceHead)) return n;  // "village de Solhan": a place
    // "les défenseurs de Pokrovsk", "habitants de": a town after a locative
    // of people.
    if (scope.Length(k, ClaimRole::kLocative) >= 2 && scope.IsWord(k)) return n;
    connector = connector || scope.Has(k, ClaimRole::kConnector);
  }
  return n;
}

// A word with a capital letter: "Houthis", "al-Shabaab".
bool HasCapital(const ClaimScope& scope, size_t i) {
  const std::string_view t = scope.text.TokenText(i);
  return scope.IsWord(i) && std::any_of(t.begin(), t.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

// The end of the longest name of the gazetteer's armed groups that starts
// at token i and ends by `limit`, or i.
size_t ArmedGroupEnd(const ClaimScope& scope, size_t i, size_t limit) {
  size_t end = i;
  if (scope.gazetteer == nullptr || !scope.IsWord(i)) return end;
  scope.gazetteer->ForEachMatch(scope.text, i, limit, [&](size_t length, uint32_t id) {
    if (IsArmedGroup(scope.gazetteer->entry(id))) end = std::max(end, i + length);
  });
  return end;
}

bool ArmedHead(const ClaimScope& scope, size_t i) {
  return scope.IsCapitalised(i) && GazetteerAny(scope, i, i + 1, [](const GazetteerEntry& e) {
           return e.kind == GazetteerKind::kOrgHead && e.detail == "armed_group";
         });
}

std::string ArmedGroupCanonical(const ClaimScope& scope, TokenSpan n) {
  std::string canonical;
  size_t longest = 0;
  for (size_t k = n.begin; scope.gazetteer != nullptr && k < n.end; ++k) {
    scope.gazetteer->ForEachMatch(scope.text, k, n.end, [&](size_t length, uint32_t id) {
      if (IsArmedGroup(scope.gazetteer->entry(id)) && length > longest) {
        longest = length;
        canonical = scope.gazetteer->entry(id).canonical;
      }
    });
  }
  return canonical;
}

// A person the gazetteer knows, the whole of n ("Poutine", "Vladimir Putin").
bool KnownPerson(const ClaimScope& scope, TokenSpan n) {
  if (scope.gazetteer == nullptr || n.empty() || !scope.IsCapitalised(n.begin)) return false;
  bool person = false;
  scope.gazetteer->ForEachMatch(scope.text, n.begin, n.end, [&](size_t length, uint32_t id) {
    person = person || (n.begin + length == n.end && scope.gazetteer->entry(id).kind == GazetteerKind::kPerson);
  });
  return person;
}

TokenSpan InsurgencyOwner(const ClaimScope& scope, size_t k, size_t begin, size_t end) {
  const ClaimLexiconEntry* war = scope.marks.Longest(k, ClaimRole::kWarNoun);
  if (war == nullptr || scope.date_at[k] >= 0) return {};
  // Any war a leader is said to own: "Putin's war", "la guerre de Poutine";
  // or its party launched: "la guerre lancée en 2003 par Washington".
  if (war->value != 1) {
    const size_t after = k + scope.Length(k, ClaimRole::kWarNoun);
    // "la guerre imposée au peuple angolais par Jonas Savimbi", "the war
    // waged since 1999 by Moscow": past a participle's complement.
    if (after < end && (scope.Has(after, ClaimRole::kAttackVerb) || Participle(scope, after))) {
      size_t m = after + std::max<size_t>(1, scope.Length(after, ClaimRole::kAttackVerb));
      while (m < end && (scope.date_at[m] >= 0 || scope.Has(m, ClaimRole::kAdverb))) ++m;
      constexpr size_t kMaxComplement = 5;
      for (size_t c = m; c < end && c < m + kMaxComplement && scope.IsWord(c) && !scope.IsCapitalised(c); ++c) {
        if (Is(scope, c, "par") || Is(scope, c, "by")) {
          m = c;
          break;
        }
      }
      if (m + 1 < end && (Is(scope, m, "par") || Is(scope, m, "by"))) {
        const TokenSpan name = NounPhrase(scope, m + 1, end, kMaxActor, true);
        if (!name.empty() && ActorLike(scope, name, Party::kCountry)) return name;
      }
    }
    if (after + 1 < end && (Is(scope, after, "de") || Is(scope, after, "d'"))) {
      const TokenSpan name = NounPhrase(scope, after + 1, end, kMaxActor, true);
      if (KnownPerson(scope, name)) return name;
    }
    if (k >= begin + 2 && Is(scope, k - 1, "'s")) {
      for (size_t b = k - 1; b-- > begin && b + 3 >= k - 1;) {
        if (KnownPerson(scope, {b, k - 1})) return {b, k - 1};
      }
      // "Moscow's war", "the Kremlin's war": a capital's or a seat of
      // power's; not a country's ("Syria's war" is fought there).
      if (const size_t b = k - 2; scope.IsCapitalised(b) && scope.IsWord(b) && !IsNation(scope, b, k - 1) &&
                                   (IsCountry(scope, b, k - 1) || !IsPlaceName(scope, b, k - 1)) &&
                                   (b == begin || !scope.IsCapitalised(b - 1) || scope.Has(b - 1, ClaimRole::kDeterminer))) {
        return {b, k - 1};
      }
      // "the Kiev regime's war": a regime's or an army's, not a country's.
      if (scope.Has(k - 2, ClaimRole::kActorNoun)) {
        size_t b = k - 2;
        while (b > begin && b + 3 >= k - 1 && scope.IsWord(b - 1) && !scope.Has(b - 1, ClaimRole::kDeterminer)) --b;
        return {b, k - 1};
      }
    }
    return {};
  }
  // Not a date's: "depuis le début de l'insurrection de Boko Haram".
  // After it: "l'insurrection de Boko Haram", "the insurgency of the ADF".
  const size_t after = k + scope.Length(k, ClaimRole::kWarNoun);
  if (after < end && scope.Has(after, ClaimRole::kConnector)) {
    const size_t from = after + scope.Length(after, ClaimRole::kConnector);
    const TokenSpan name = NounPhrase(scope, from, end, kMaxActor, true);
    // One side only: not "l'insurrection des islamistes de Boko Haram et de
    // leurs rivaux".
    const bool more = name.end < end && (Is(scope, name.end, "et") || Is(scope, name.end, "and"));
    if (!name.empty() && !more && !ArmedGroupCanonical(scope, name).empty()) return name;
  }
  // Before it: "Boko Haram's insurgency", "the ADF insurgency", "Boko
  // Haram, dont l'insurrection".
  size_t e = k;
  if (e > begin && Is(scope, e - 1, "'s")) {
    --e;
  } else if (e >= begin + 3 && (Is(scope, e - 1, "l'") || Is(scope, e - 1, "la")) && Is(scope, e - 2, "dont") &&
             Is(scope, e - 3, ",")) {
    e -= 3;
  }
  for (size_t b = e; b-- > begin && b + kMaxActor >= e;) {
    if (ArmedGroupEnd(scope, b, e) == e) return {b, e};
  }
  return {};
}

// A name of the gazetteer's armed groups ("shebab", "Boko Haram").
bool KnownArmedGroup(const ClaimScope& scope, TokenSpan n) {
  return !n.empty() && ArmedGroup(scope, n.begin, n.end);
}

// "Iran-backed Houthis", "Islamic State-linked ADF rebels": the name past
// its sponsor, when a proper name follows ("IS-linked militants" stays).
TokenSpan PastSponsor(const ClaimScope& scope, TokenSpan n) {
  if (n.empty() || !scope.text.english()) return n;
  for (size_t k = n.end; k-- > n.begin;) {
    const bool dash = scope.Folded(k).find('-') != std::string_view::npos;
    if (!scope.LastPartIsWordOf(k, ClaimRole::kSponsor) || (!dash && (k == n.begin || !Is(scope, k - 1, "-")))) continue;
    for (size_t j = k + 1; j < n.end; ++j) {
      if (HasCapital(scope, j)) return {k + 1, n.end};
    }
    return n;
  }
  return n;
}

// "combattants d'Al-Chabab", "jihadistes de l'Etat islamique": the proper
// name of the group a member noun (its head) belongs to, or an empty span.
// Not "hommes du général X" (no proper name right after the article).
TokenSpan MemberOf(const ClaimScope& scope, TokenSpan n, size_t limit) {
  size_t k = n.begin + std::max<size_t>(1, scope.Length(n.begin, ClaimRole::kMember));  // "hommes armés du JNIM"
  // English: one word before the members ("Gang members from the Viv
  // Ansanm coalition").
  if (scope.text.english() && !scope.Has(n.begin, ClaimRole::kMember) && k < n.end &&
      scope.Has(k, ClaimRole::kMember) && scope.IsWord(n.begin)) {
    n.begin = k++;
  }
  if (scope.Has(n.begin, ClaimRole::kGroupNoun) && !scope.text.english()) {
    // "la milice terroriste des Forces de soutien rapide", "le mouvement
    // rebelle du M23": a group noun and its adjectives, then the name.
    while (k < limit && k < n.begin + 3 && scope.IsWord(k) && !scope.IsCapitalised(k) &&
           scope.Length(k, ClaimRole::kConnector) == 0) {
      ++k;
    }
  } else if (!scope.Has(n.begin, ClaimRole::kMember)) {
    return {};
  }
  // "combattants d'Al-Chabab", "Gunmen from the al Qaeda-linked group al-Shabaab".
  const size_t c = scope.text.english() && k < limit && Is(scope, k, "from") ? 1 : scope.Length(k, ClaimRole::kConnector);
  if (c == 0) return {};
  // "les défenseurs de Pokrovsk": a town's, not a group's name (a locative
  // of the lexicon).
  if (scope.Length(n.begin, ClaimRole::kLocative) == k + c - n.begin) return {};
  k += c;
  if (k < limit && scope.Has(k, ClaimRole::kDeterminer)) k += scope.Length(k, ClaimRole::kDeterminer);
  // English: "Fighters from the paramilitary Rapid Support Forces": past
  // the name's description.
  if (scope.text.english()) {
    size_t a = k;
    while (a < limit && a < k + 2 && scope.IsWord(a) && !scope.IsCapitalised(a) &&
           !scope.Has(a, ClaimRole::kGroupNoun) && scope.Length(a, ClaimRole::kConnector) == 0) {
      ++a;
    }
    if (a > k && a < limit && scope.IsCapitalised(a)) k = a;
  }
  if (k >= limit) return {};
  const TokenSpan phrase = NounPhrase(scope, k, limit, kMaxActor, false);
  TokenSpan group = PastSponsor(scope, phrase);
  if (group.empty()) return {};
  // English: a verb after the name is not the name's ("Gunmen from the
  // Islamic State Sahel Province surrounded the mosque").
  while (scope.text.english() && group.end > group.begin + 1 && scope.IsWord(group.end - 1) &&
         !scope.IsCapitalised(group.end - 1) && scope.IsCapitalised(group.end - 2) &&
         !scope.Has(group.end - 1, ClaimRole::kActorNoun) && !scope.Has(group.end - 1, ClaimRole::kMember) &&
         !scope.Has(group.end - 1, ClaimRole::kGroupNoun)) {
    --group.end;
  }
  // A gazetteer's armed group runs past a preposition: "Group for the
  // Support of Islam and Muslims".
  group.end = std::max(group.end, ArmedGroupEnd(scope, group.begin, limit));
  const bool named = phrase.begin == k && scope.IsCapitalised(group.begin) && ValidActor(scope, group);
  // "group al-Shabaab": a group noun before the name.
  const bool group_named = group.begin != k && scope.Has(group.begin, ClaimRole::kGroupNoun);
  return named || group_named ? group : TokenSpan{};
}

// "jihadistes affiliés à l'Etat islamique au Grand Sahara": the group's
// proper name, when one follows the affiliation.
TokenSpan Affiliated(const ClaimScope& scope, TokenSpan n) {
  if (n.empty()) return n;
  // "les terroristes ADF affiliés à Daech": a party with a name of its own
  // is not the group it is affiliated to, and the affiliation's word is no
  // part of its name ("les terroristes des ADF affiliés").
  if (scope.Has(n.end - 1, ClaimRole::kAffiliation)) {
    for (size_t c = SkipArticles(scope, n.begin, n.end) + 1; c + 1 < n.end; ++c) {
      if (scope.IsCapitalised(c)) return {n.begin, n.end - 1};
    }
  }
  const size_t limit = scope.SentenceEnd(scope.text.SentenceOfToken(n.begin));
  // The noun phrase took the affiliation, or its first words: "hommes
  // armés identifiés comme", "soupçonnés d'appartenir".
  // Without a group after it, the naming is the one before it.
  size_t k = n.end;
  TokenSpan naming = n;
  for (size_t i = n.begin + 1; i < n.end; ++i) {
    if (const size_t length = scope.Length(i, ClaimRole::kAffiliation); length > 0 && i + length >= n.end) {
      naming = {n.begin, i}, n.end = i + 1, k = i + length;
      break;
    }
  }
  if (n.end - n.begin > 3) return naming;
  // "Forces loyal to Muammar Gaddafi": loyalty right after the noun names
  // whose forces they are (not "militants linked to", a description); so
  // does an identification in a relative clause ("des hommes armés, que
  // les autorités présentent comme des rebelles du PKK").
  if (!scope.Has(n.end - 1, ClaimRole::kAffiliation)) {
    const ClaimLexiconEntry* a = n.end < limit ? scope.marks.Longest(n.end, ClaimRole::kAffiliation) : nullptr;
    size_t at = n.end;
    if (a == nullptr) {
      size_t r = n.end;
      if (r < limit && Is(scope, r, ",")) ++r;
      constexpr size_t kMaxSubject = 5;  // "les autorités locales"
      if (r < limit && (Is(scope, r, "que") || Is(scope, r, "qu'"))) {
        for (size_t m = r + 2; m < limit && m <= r + 1 + kMaxSubject && scope.IsWord(m) && a == nullptr; ++m) {
          a = scope.marks.Longest(m, ClaimRole::kAffiliation), at = m;
        }
      }
    }
    if (a == nullptr || a->value != 1) return n;  // value `loyal`
    k = at + a->tokens.size();
  }
  // "fidèles à", "se réclamant du groupe".
  if (k < limit && (IsTo(scope, k) || scope.Has(k, ClaimRole::kConnector))) ++k;
  TokenSpan group = NounPhrase(scope, k, limit, kMaxActor, false);
  // "loyal to the bandit kingpin Dogo Saleh", "gang leader Jeff Larose",
  // "fidèles au chef de gang X": the name past its description; not past a
  // group's noun ("du groupe Etat islamique") or a party's noun and its
  // complement ("fidèles au régime de Bachar al-Assad").
  constexpr size_t kMaxDescription = 3;
  bool party_of = false;
  for (size_t c = group.begin; c < group.end && c <= group.begin + kMaxDescription; ++c) {
    if (!scope.IsWord(c)) break;
    if (c > group.begin && scope.IsCapitalised(c)) {
      party_of = scope.Has(group.begin, ClaimRole::kGroupNoun) ||  // "du groupe Etat islamique"
                 (scope.Has(group.begin, ClaimRole::kActorNoun) && scope.Has(c - 1, ClaimRole::kConnector));
      if (!scope.IsCapitalised(group.begin) && !party_of) group.begin = c;
      break;
    }
  }
  // A proper name, or one after its group noun ("du groupe Etat islamique").
  if (group.empty() || !(scope.IsCapitalised(group.begin) || party_of || (scope.Has(group.begin, ClaimRole::kGroupNoun) &&
                                                              group.end > group.begin + 1 &&
                                                              scope.IsCapitalised(group.begin + 1)))) {
    return naming;
  }
  return group;  // "(EIGS)" after it stays out
}

// A lower-case past participle ("tenus", "assiégée", "contrôlé").
bool Participle(const ClaimScope& scope, size_t i) {
  if (!scope.IsWord(i) || scope.IsCapitalised(i)) return false;
  std::string_view t = scope.text.TokenText(i);
  for (std::string_view e : {"é", "ée", "és", "ées", "u", "ue", "us", "ues", "is", "ise", "ises"}) {
    if (t.ends_with(e)) return true;
  }
  return false;
}


// The country of a demonym at token i ("américaines" -> US), or "".
std::string_view DemonymCountry(const ClaimScope& scope, size_t i) {
  std::string_view country;
  if (scope.gazetteer == nullptr) return country;
  scope.gazetteer->ForEachMatch(scope.text, i, i + 1, [&](size_t, uint32_t id) {
    const GazetteerEntry& e = scope.gazetteer->entry(id);
    if (e.kind == GazetteerKind::kDemonym && !e.country.empty()) country = e.country;
  });
  // "saoudo-américaine", "américano-britannique": a compound of nations,
  // named for its last.
  if (const std::string_view f = scope.Folded(i); country.empty() && scope.IsWord(i) && f.find('-') != f.npos) {
    for (uint32_t id : scope.gazetteer->Lookup(f.substr(f.rfind('-') + 1))) {
      const GazetteerEntry& e = scope.gazetteer->entry(id);
      if (e.kind == GazetteerKind::kDemonym && !e.country.empty()) country = e.country;
    }
  }
  return country;
}

}  // namespace vigie::analyse::internal
