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
// one ("y" and war-wide totals fall back this way; "dans le pays", "la
// ville" take the nearest place of their level), unless the
// sentence opens a new topic. On the development half of the gold set, the
// look-back took the right places from 39 to 54 of 59 for 4 wrong ones;
// nearest rather than first among equals (the gold set's own rule) won
// "Manbij" in "des leçons sur Alep, que Washington s'explique sur Manbij,
// où les frappes ont tué" and lost nothing.
//
// The rules' choice is one feature of a learned chooser (PlaceCandidates,
// data/models/claim_place.tsv, thirty-second session): the chooser weighs
// every place the rules weigh in the sentences it reaches, and "loose"
// names that nothing above says are places ("Kampala découvre ce que Beni
// vit", "le terminal pétrolier de Ras Issa"). doc/design.md says why.
//
// Capitals are the metonymy of governments ("Washington a accusé", "la
// coalition conduite par Riyad"): a capital counts only after a locative
// preposition or a head, and no place counts after an agent preposition
// ("par", "by"). A place inside the source's name ("le ministère de la Santé
// à Gaza") is the source's, not the event's, unless the text names no other
// (ClaimPlace).
#include <algorithm>
#include <optional>
#include <set>

#include "analyse/claims_internal.h"
#include "analyse/gazetteer.h"

namespace vigie::analyse::internal {
namespace {

constexpr size_t kMaxNameTokens = 4;

struct Candidate {
  TokenSpan span;
  int level = 2;
  int own_level = 2;  // the level before a dateline's -1
  // A capital in a dateline ("Monrovia, 31 juillet 1990 (AFP) –"): where the
  // story was filed, a place only for the figures of its own sentence.
  bool dateline_capital = false;
  // What says it is a place, for the learned chooser: a locative before it
  // ("à", "in"), a head ("le village de", "district"), the gazetteer or
  // the entity layer.
  bool locative = false, headed = false, known = false;
};

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

// The level a head gives the name it introduces: a building's or an
// establishment's own name ("l'école Moustafa Hafez", "al-Thawra
// hospital") is less specific than the town it stands in, the town after
// it ("le marché de Sanaa") is a town.
int HeadLevel(const ClaimLexiconEntry& head, bool own_name) {
  if (head.value == kVenueHead) return own_name ? 1 : 2;
  return static_cast<int>(head.value);
}

// What the words before a name at i say about it: after a head (its level),
// a locative, an agent preposition.
struct Before {
  int head_level = -1;
  bool locative = false, agent = false;
  // "between", "entre": a locative that also joins parties ("fighting
  // between the army and the SDF", "clashes between Druze and Bedouin"),
  // so a name after it that says a party is no place (lexicon value
  // "joins").
  bool weak = false;
  bool venue = false;  // the own name of a building ("l'école Moustafa Hafez")
};

// The entry of `role` whose phrase ends just before token k, or null.
const ClaimLexiconEntry* EntryEndingBefore(const ClaimScope& scope, size_t k, size_t sentence_begin,
                                           ClaimRole role) {
  for (size_t h = k; h-- > sentence_begin && k - h <= 4;) {
    if (scope.Length(h, role) == k - h) return scope.marks.Longest(h, role);
  }
  return nullptr;
}

bool EndsBefore(const ClaimScope& scope, size_t k, size_t sentence_begin, ClaimRole role) {
  return EntryEndingBefore(scope, k, sentence_begin, role) != nullptr;
}

Before Introduce(const ClaimScope& scope, size_t i, size_t sentence_begin) {
  Before b;
  // Walk back over articles, directions and connectors to the preposition
  // or head before the name.
  for (size_t k = i; k > sentence_begin;) {
    // "venus d'Alep", "officials in Washington": where people come from or
    // are, not where the event was (before the locative inside it).
    if (EndsBefore(scope, k, sentence_begin, ClaimRole::kOrigin)) {
      b.agent = true;
      return b;
    }
    if (const ClaimLexiconEntry* l = EntryEndingBefore(scope, k, sentence_begin, ClaimRole::kLocative)) {
      b.locative = true;
      b.weak = l->value == 1;
      return b;
    }
    // The object of an attack: "ont attaqué El Fasher", "shelled Kharkiv",
    // "struck central Beirut" (not a light verb's: "ont lancé l'opération
    // Barkhane").
    bool adjacent = true;
    for (size_t d = k; d < i && adjacent; ++d) adjacent = scope.Has(d, ClaimRole::kDirection);
    // "ont attaqué samedi soir Beni": past the attack's date.
    size_t v = k;
    while (v > sentence_begin + 1 && scope.date_at[v - 1] >= 0) --v;
    if (adjacent && v > sentence_begin) {
      const ClaimLexiconEntry* a = scope.marks.Longest(v - 1, ClaimRole::kAttackVerb);
      if (a != nullptr && a->value == 0 && scope.Length(v - 1, ClaimRole::kAttackVerb) == 1) {
        b.locative = true;
        return b;
      }
    }
    if (EndsBefore(scope, k, sentence_begin, ClaimRole::kAgentPrep)) {
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
    // "le quartier Kouïbychevski", "la région Amhara": a head right before.
    if (const ClaimLexiconEntry* head = k == i ? EntryEndingBefore(scope, k, sentence_begin, ClaimRole::kPlaceHead)
                                               : nullptr) {
      b.head_level = HeadLevel(*head, /*own_name=*/true);
      b.venue = head->value == kVenueHead;
      return b;
    }
    // "struck the centre of Sumy", "le nord de la Syrie": a direction of a
    // place names it, whatever the verb before.
    if (scope.Has(p, ClaimRole::kDirection) && k < i && scope.Has(k, ClaimRole::kConnector) && p > sentence_begin &&
        scope.Has(p - 1, ClaimRole::kDeterminer)) {
      b.locative = true;
      return b;
    }
    if (scope.Has(p, ClaimRole::kConnector)) {
      // "le massacre de Moura", "l'attaque de Mirebalais", "l'invasion du
      // Koweït": an event named for its place (an attack noun's value),
      // which a known party's name after it is not (Candidate).
      if (const ClaimLexiconEntry* a = EntryEndingBefore(scope, p, sentence_begin, ClaimRole::kAttackNoun);
          a != nullptr && (a->value == kAttackOfPlace || a->value == kAttackOfTarget)) {
        b.head_level = 2;
        return b;
      }
      // "quartier de X", "localité voisine de X", "camp de déplacés de X"
      for (size_t h = p; h-- > sentence_begin && p - h <= 3;) {
        // "le quartier général des Marines": an office's own name, not a
        // neighbourhood's, whatever the entity layer says of it.
        if (scope.Length(h, ClaimRole::kOffice) == p - h) {
          b.agent = true;
          return b;
        }
        const ClaimLexiconEntry* e = scope.marks.Longest(h, ClaimRole::kPlaceHead);
        // Not a head inside a proper name: "the London School of Hygiene".
        if (e != nullptr && h > sentence_begin && scope.IsCapitalised(h) && scope.IsCapitalised(h - 1) &&
            scope.IsWord(h - 1)) {
          break;
        }
        // "camp de filtration de Tchernokozovo": the head's own complement
        // of one noun between.
        const bool complement = p - h == 3 && scope.Has(h + 1, ClaimRole::kConnector) && scope.IsWord(h + 2) &&
                                !scope.IsCapitalised(h + 2);
        if (e != nullptr && (p - h <= 2 || complement || scope.Length(h, ClaimRole::kPlaceHead) == p - h)) {
          b.head_level = HeadLevel(*e, /*own_name=*/false);
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

// A dateline ("MAIDUGURI –", "SULAIMANI, Kurdistan Region –", "DAMAS
// (AFP) -", "Hama, SANA –") says where the story was filed, and a heading
// ("Idleb :", "Nigeria :") the region of a story about somewhere in it:
// their names are places of last resort. They open the paragraph and end
// at a dash (in capitals, or in a few capitalised words and punctuation)
// or at a colon.
bool InDateline(const ClaimScope& scope, size_t i) {
  const TextParagraph& p = scope.text.paragraphs()[scope.text.ParagraphOfSentence(scope.text.SentenceOfToken(i))];
  const size_t b = p.token_begin;
  const std::string_view first = scope.text.TokenText(b);
  if (!scope.IsWord(b) || !scope.IsCapitalised(b)) return false;
  const bool capitals = first.size() >= 3 && InCapitals(first);
  bool names_only = true;
  size_t dated = 0;  // "San Salvador, 31 mars 1980 (AFP) –": the date's words count for nothing
  for (size_t k = b + 1; k < p.token_end && k < b + 12 + dated; ++k) {
    const std::string_view t = scope.text.TokenText(k);
    if (t == "-" || t == "\u2013" || t == "\u2014") {
      return i < k && (capitals || (names_only && k <= b + 6 + dated));
    }
    if (t == ":") return i < k && names_only && k <= b + 4 + dated;  // "Idleb :", "Jolo, 27 janvier 2019 :"
    // "Haditha, 19 novembre 2005.": a heading of a place and its date.
    if (t == ".") return i < k && names_only && dated > 0 && k <= b + 4 + dated;
    if (scope.date_at[k] >= 0) {
      ++dated;
      continue;
    }
    names_only = names_only && (scope.IsCapitalised(k) || t == "," || t == "(" || t == ")");
  }
  return false;
}

// The place the gazetteer or the entity layer knows at token i: its span,
// its level (-1 if none) and whether it is a capital.
struct Known {
  TokenSpan span;
  int level = -1;
  bool capital = false;
  bool organisation = false;  // a name the gazetteer knows as a person's or an organisation's
};

Known KnownPlace(const ClaimScope& scope, size_t i, size_t end, const EntityTokens* entity) {
  Known k;
  k.span = {i, i};
  if (entity != nullptr && entity->begin == i && entity->type == 'L') k.span = {i, entity->end};
  if (scope.gazetteer == nullptr || !scope.IsCapitalised(i)) return k;
  scope.gazetteer->ForEachMatch(scope.text, i, end, [&](size_t length, uint32_t id) {
    const GazetteerEntry& e = scope.gazetteer->entry(id);
    int level = GazetteerLevel(e);
    if (e.kind == GazetteerKind::kOrganisation || e.kind == GazetteerKind::kPerson) k.organisation = true;
    if (level < 0 || (!k.span.empty() && i + length < k.span.end)) return;
    if (i + length > k.span.end) k.span = {i, i + length};
    k.level = std::max(k.level, level);
    k.capital = k.capital || e.detail == "capital";
  });
  return k;
}

// English adjectives of faith and people by their form: "a Catholic
// church", "a Kurdish village", "a Sunni mosque".
bool EnglishAdjective(const ClaimScope& scope, TokenSpan name) {
  if (!scope.text.english() || name.end != name.begin + 1) return false;
  const std::string_view n = scope.Folded(name.begin);
  return n.size() > 4 && (n.ends_with("ic") || n.ends_with("ian") || n.ends_with("ish") || n.ends_with("ite") ||
                          n.ends_with("ese") || n == "sunni" || n == "muslim" || n == "jewish");
}

// "on a French draft": an unknown capitalised word before a lower-case
// word is an adjective, not a name ("a indiqué à l'AFP un responsable":
// not a place either); not before an English verb ("in Deir al-Balah
// killed"), an adverb or a time ("in Mogadishu late on Friday"), nor
// before a place's head ("Kabul airport").
bool AdjectiveBefore(const ClaimScope& scope, TokenSpan name, size_t end) {
  const size_t a = name.end;
  if (a >= end || !scope.IsWord(a) || scope.IsCapitalised(a)) return false;
  if (EnglishAdjective(scope, name)) return true;  // before any noun
  const std::string_view f = scope.Folded(a);
  if (f == "'s" || (scope.text.english() && (f.ends_with("ed") || f.ends_with("ing")))) return false;
  for (ClaimRole role : {ClaimRole::kPreposition, ClaimRole::kClauseStop, ClaimRole::kPlaceHeadAfter, ClaimRole::kPlaceHead,
                         ClaimRole::kConnector, ClaimRole::kAdverb, ClaimRole::kMonthEdge, ClaimRole::kRelativeDate,
                         ClaimRole::kDayPart, ClaimRole::kAuxBe, ClaimRole::kAuxHave}) {
    if (scope.Has(a, role)) return false;
  }
  return scope.date_at[a] < 0;
}

std::optional<Candidate> CandidateAt(const ClaimScope& scope, size_t i, size_t begin, size_t end, bool apposition);

// "Anadan, au nord d'Alep", "Tajoura, dans la banlieue est de Tripoli",
// "Plaine Savo, en Ituri", "Kafranbel, in Idlib province": a name set
// before a place by a comma and a locative lies inside that place, one
// level more specific. The locative must say so: a direction, a head
// ("banlieue"), a phrase ("près de", "near") or a region or country after
// it; a bare "à Paris" after a name is too often where a person is.
std::optional<int> ApposedLevel(const ClaimScope& scope, TokenSpan name, size_t begin, size_t end) {
  const size_t comma = name.end;
  if (name.empty() || comma + 2 >= end || scope.Folded(comma) != ",") return std::nullopt;
  if (!scope.Has(comma + 1, ClaimRole::kLocative)) {
    // "Abobo, quartier nord d'Abidjan", "Kobo, a town in Amhara": a head
    // after the comma says what the name is (not "Musa, a school teacher":
    // a preposition or a direction must follow the head).
    size_t h = comma + 1;
    while (h < end && scope.Has(h, ClaimRole::kDeterminer)) ++h;
    const ClaimLexiconEntry* head = h < end ? scope.marks.Longest(h, ClaimRole::kPlaceHead) : nullptr;
    if (head == nullptr) return std::nullopt;
    size_t k = h + scope.Length(h, ClaimRole::kPlaceHead);
    while (k < end && scope.Has(k, ClaimRole::kDirection)) ++k;
    if (k < end && (scope.Has(k, ClaimRole::kConnector) || scope.Has(k, ClaimRole::kLocative) || scope.Folded(k) == ",")) {
      return HeadLevel(*head, /*own_name=*/true);
    }
    return std::nullopt;
  }
  bool says_inside = scope.Length(comma + 1, ClaimRole::kLocative) > 1 || scope.Folded(comma + 1) == "near" ||
                     scope.Folded(comma + 1) == "outside";
  // "à Derry, dans le quartier de Creggan": a locality named by its head
  // lies inside the name before it, not around it; not a feature of the
  // land ("Sagay, sur l'île de Negros", "She'eb, au pied des collines du
  // Semhar").
  bool locality = false;
  for (size_t k = comma + 1; k < end && k <= comma + 7; ++k) {
    if (scope.Has(k, ClaimRole::kDirection) || scope.Has(k, ClaimRole::kPlaceHead)) says_inside = true;
    if (const ClaimLexiconEntry* head = scope.marks.Longest(k, ClaimRole::kPlaceHead)) {
      static const std::set<std::string_view> kLand = {"ile", "iles", "lac", "colline", "collines", "col", "plage",
                                                        "island", "lake", "hill", "beach"};
      locality = HeadLevel(*head, /*own_name=*/true) >= 3 && !kLand.count(scope.Folded(k));
    }
    if (!scope.IsCapitalised(k) && scope.EntityAt(k) == nullptr) continue;
    std::optional<Candidate> outer = CandidateAt(scope, k, begin, end, /*apposition=*/false);
    if (!outer || (!says_inside && outer->level > 1) || locality) return std::nullopt;
    return std::min(3, std::max(2, outer->level + 1));
  }
  return std::nullopt;
}

// The place starting at token i, if any.
std::optional<Candidate> CandidateAt(const ClaimScope& scope, size_t i, size_t begin, size_t end, bool apposition) {
  // "in March": a month or a day of a date is no place, whatever the
  // gazetteer holds (a date may hold a place: "depuis le début de la
  // guerre à Gaza").
  if (scope.date_at[i] >= 0 && (scope.Has(i, ClaimRole::kMonth) || scope.Has(i, ClaimRole::kDay))) return std::nullopt;
  const EntityTokens* entity = scope.EntityAt(i);
  if (entity == nullptr && !NameStart(scope, i)) return std::nullopt;
  // "cités par des ONG": a source's common name written in capitals.
  if (scope.Has(i, ClaimRole::kSourceAnaphor)) return std::nullopt;
  // "Mgr Carlos Belo", "Dr Mukwege": a name after a courtesy title is a
  // person's, each of its words.
  for (size_t k = i; k + 3 >= i && scope.IsWord(k) && scope.IsCapitalised(k); --k) {
    if (scope.Has(k, ClaimRole::kTitle)) return std::nullopt;
    if (k == begin) break;
  }
  Known known = KnownPlace(scope, i, end, entity);
  Before before = Introduce(scope, i, begin);
  Candidate c{known.span};
  // The entity layer's type is trusted, except where the gazetteer knows
  // a place ("Jabalia", which the model may call an organisation), and
  // where a locative or a head before or after the name says place ("à
  // Bahir Dar", "le district de Nad Ali", "the Abu Shouk camp"): the model
  // takes unknown foreign places for names of people. Not a name the
  // gazetteer knows as an organisation's.
  const bool gazetteer_place = known.level >= 0 && !known.organisation;
  const bool entity_headed = entity != nullptr && entity->end < end &&
                             (scope.Has(entity->end, ClaimRole::kPlaceHeadAfter) ||
                              (entity->end + 1 < end && !scope.IsCapitalised(entity->end) &&
                               scope.Has(entity->end + 1, ClaimRole::kPlaceHeadAfter)));
  const bool other_entity = entity != nullptr && entity->type != 'L' && !gazetteer_place &&
                            (known.organisation || (before.head_level < 0 && !before.locative && !entity_headed));
  TokenSpan name = other_entity ? TokenSpan{i, i} : ReadName(scope, i, end);
  if (before.weak && known.level < 0) {
    for (size_t t = name.begin; t < name.end; ++t) {
      if (scope.Has(t, ClaimRole::kActorNoun) || scope.Has(t, ClaimRole::kMember) ||
          !DemonymCountry(scope, t).empty()) {
        return std::nullopt;
      }
    }
  }
  // "the Mosul al-Jadida district": a known place that goes on with a
  // particle's name before a head is the longer name.
  if (!other_entity && known.level >= 0 && name.end > known.span.end && name.end < end &&
      scope.Has(name.end, ClaimRole::kPlaceHeadAfter)) {
    known.span = name;
    c.span = name;
  }
  // "le gouverneur de l'État", "la Province": a common noun capitalised by
  // custom names no place alone (not "Etat islamique", an actor's name).
  const std::string_view f = scope.Folded(i);
  if (name.end == i + 1 && known.level < 0 && (scope.Has(i, ClaimRole::kPlaceHead) || f == "etat" || f == "state")) {
    return std::nullopt;
  }
  // "the Tigrayan city of Axum": an adjective of a people the gazetteer
  // does not know (its ending says it: -an, -ese, -ish) right before a
  // head and its "of" qualifies the place the head introduces; not "the
  // Barmal district of Paktika".
  if (known.level < 0 && name.end == i + 1 && name.end + 1 < end && scope.Has(name.end, ClaimRole::kPlaceHead) &&
      (f.ends_with("an") || f.ends_with("ese") || f.ends_with("ish"))) {
    const size_t after = name.end + scope.Length(name.end, ClaimRole::kPlaceHead);
    if (after < end && scope.Folded(after) == "of") return std::nullopt;
  }
  // "a study in The Lancet": an article written capitalised inside a
  // sentence opens a title, not a place.
  if (known.level < 0 && ((i > begin && f == "the" && scope.IsCapitalised(i)) ||
                          (i > begin + 1 && scope.Folded(i - 1) == "the" && scope.IsCapitalised(i - 1)))) {
    return std::nullopt;
  }
  // "The border city is", "outside the Ministry of Urban Development": an
  // article or a ministry capitalised is no place's name.
  if (known.level < 0 && (scope.Has(i, ClaimRole::kDeterminer) || scope.Has(i, ClaimRole::kOffice))) {
    return std::nullopt;
  }
  // "On Palm Sunday", "Good Friday": a name right before a day's, after no
  // locative nor head (not "struck Kharkiv Monday"), names the day.
  if (!name.empty() && name.end < end && scope.Has(name.end, ClaimRole::kDay) &&
      ((!before.locative && before.head_level < 0) || (name.begin > begin && scope.Folded(name.begin - 1) == "on"))) {
    return std::nullopt;
  }
  // "lié à Al-Qaïda": an organisation after a locative is not a place.
  if (known.level < 0 && known.organisation) return std::nullopt;
  // "un camp de la ZANLA", "face à la LRA": an acronym the gazetteer does
  // not know as a place names a party.
  if (known.level < 0 && name.end == i + 1) {
    const std::string_view t = scope.text.TokenText(i);
    if (t.size() >= 2 && std::all_of(t.begin(), t.end(), [](char ch) { return ch >= 'A' && ch <= 'Z'; })) {
      return std::nullopt;
    }
  }
  // "the Paris attacks", "the Mumbai bombings": a town an attack is named
  // for is where it happened, a capital too.
  const bool named_for = scope.text.english() && !name.empty() && name.begin > begin && name.end < end &&
                         scope.Folded(name.begin - 1) == "the" && known.level > 0 &&
                         !IsNation(scope, name.begin, name.end) && scope.Has(name.end, ClaimRole::kAttackNoun);
  // "at the London School of Hygiene", "l'Hôpital Al-Shifa": a name that
  // goes on with a capitalised head names an institution; not a town's
  // own ("Gaza City", "Kuwait City").
  for (const TokenSpan n : {name, known.span}) {
    const ClaimLexiconEntry* head =
        scope.text.english() && !n.empty() && n.end < end && scope.IsCapitalised(n.end)
            ? scope.marks.Longest(n.end, ClaimRole::kPlaceHead)
            : nullptr;
    if (head != nullptr && head->value == kVenueHead) return std::nullopt;
    // "U.S.-led", "Iran-backed": a name joined to what follows by a hyphen
    // is an adjective's first half.
    if (!n.empty() && n.end < end && SplitHyphen(scope, n.end)) {
      return std::nullopt;
    }
    // "U.S. strikes on", "Russia fired": a country that attacks, where no
    // locative or head says it is where; not a town the attacks are named
    // for ("the Paris attacks").
    if (!n.empty() && n.end < end && before.head_level < 0 && !before.locative && !named_for &&
        (scope.Has(n.end, ClaimRole::kAttackNoun) || scope.Has(n.end, ClaimRole::kAttackVerb))) {
      return std::nullopt;
    }
  }
  // "riposter à l'Armée du salut des Rohingyas": a name that opens on a
  // party's noun is a party's, not a place the gazetteer knows.
  if (!name.empty() && known.level < 0 && scope.Has(name.begin, ClaimRole::kActorNoun)) return std::nullopt;
  // "Manbij, où les frappes...", "Iraq, where": a place by its relative.
  const bool where = !name.empty() && name.end + 1 < end && scope.Folded(name.end) == "," &&
                     (scope.Folded(name.end + 1) == "ou" || scope.Folded(name.end + 1) == "where");
  // A town the gazetteer knows that opens its sentence as the target of an
  // attack ("Alep a de nouveau été pilonnée", "Kharkiv was shelled") or as
  // a heading with its date ("Alep, 19 novembre 2016."): where, not who
  // (not a capital, which stands for a government).
  bool target = false;
  if (!name.empty() && i == begin && known.level >= 2 && !known.capital && known.span.end == name.end &&
      name.end + 1 < end) {
    if (scope.Folded(name.end) == "," && scope.date_at[name.end + 1] >= 0) {
      size_t d = name.end + 1;
      while (d < end && scope.date_at[d] >= 0) ++d;
      target = d == end || (d + 1 == end && scope.IsPunct(d));
    } else {
      size_t v = name.end;
      bool passive = false;
      while (v < end && (scope.Has(v, ClaimRole::kAuxHave) || scope.Has(v, ClaimRole::kAuxBe) ||
                         scope.Has(v, ClaimRole::kAdverb))) {
        passive = passive || scope.Has(v, ClaimRole::kAuxBe);
        v += std::max<size_t>(1, scope.Length(v, ClaimRole::kAdverb));
      }
      target = passive && v < end && (scope.Has(v, ClaimRole::kAttackVerb) || scope.Has(v, ClaimRole::kAttackNoun));
    }
  }
  // "Baghdad's Sadr City district": a place inside the one before "'s".
  // "Baghdad's Sadr City": the head inside the name.
  const bool inside = i > begin && scope.Folded(i - 1) == "'s" && !name.empty() &&
                      ((name.end < end && scope.Has(name.end, ClaimRole::kPlaceHeadAfter)) ||
                       (name.end > name.begin + 1 && scope.Has(name.end - 1, ClaimRole::kPlaceHeadAfter)));
  // "stormed the Zamzam displacement camp", "Kurram district": a short
  // name its head calls a place, whatever precedes it.
  size_t head_after = name.end;
  if (head_after + 1 < end && scope.IsWord(head_after) && !scope.IsCapitalised(head_after) &&
      !scope.Has(head_after, ClaimRole::kPlaceHeadAfter) && !EndsName(scope, head_after) &&
      !scope.Has(head_after, ClaimRole::kDeterminer)) {  // not "In the town of"
    ++head_after;  // "displacement", "refugee"
  }
  // Not a people's or a faith's adjective ("the Libyan city of"), nor a
  // party ("Gunmen").
  const bool headed = scope.text.english() && !name.empty() && name.end - name.begin <= 2 && head_after < end &&
                      scope.Has(head_after, ClaimRole::kPlaceHeadAfter) && !known.organisation &&
                      DemonymCountry(scope, name.begin).empty() && !EnglishAdjective(scope, name) &&
                      !scope.Has(name.begin, ClaimRole::kActorNoun) && !scope.Has(name.begin, ClaimRole::kMember);
  // "in the Rwandan town of Gisenyi": a nation's adjective alone is no
  // place.
  const bool demonym = name.end == name.begin + 1 && !DemonymCountry(scope, name.begin).empty();
  // "the southern Thai province of Narathiwat": a nation's adjective before
  // a head and the name it introduces, even one the gazetteer also lists as
  // a country's name.
  if (demonym && name.end + 1 < end && scope.Has(name.end, ClaimRole::kPlaceHeadAfter) &&
      (scope.Folded(name.end + 1) == "of" || scope.Folded(name.end + 1) == "de")) {
    return std::nullopt;
  }
  // "Jolo, 27 janvier 2019 : vingt fidèles massacrés": an unknown name that
  // opens its paragraph's dateline is where the story was filed.
  const TextParagraph& paragraph =
      scope.text.paragraphs()[scope.text.ParagraphOfSentence(scope.text.SentenceOfToken(i))];
  const bool dateline_name = i == paragraph.token_begin && !name.empty() && !known.organisation &&
                             scope.EntityAt(i) == nullptr && InDateline(scope, i);
  if (c.span.empty() && !demonym &&
      (before.head_level >= 0 || before.locative || where || inside || headed || named_for || target ||
       dateline_name)) {
    if (before.head_level >= 0 || headed || !AdjectiveBefore(scope, name, end)) c.span = name;
  }
  std::optional<int> apposed;
  // Nor an operation's name ("l'opération Speedy Express, dans les
  // provinces de Kien Hoa").
  size_t first = name.begin;  // "Express" of "Speedy Express" too
  while (first > begin && scope.IsWord(first - 1) && scope.IsCapitalised(first - 1)) --first;
  const bool operation = first > begin && scope.Has(first - 1, ClaimRole::kAttackNoun);
  if (apposition && !other_entity && !before.agent && (c.span.empty() || c.span.end == name.end) &&
      !scope.Has(name.begin, ClaimRole::kActorNoun) && !demonym && !operation) {  // not "ethnic Albanians, in Kosovo"
    apposed = ApposedLevel(scope, name, begin, end);
    if (apposed && c.span.empty()) c.span = name;
  }
  const bool capital = known.capital && !before.locative && before.head_level < 0 && !named_for;
  if (c.span.empty() || before.agent || (capital && !InDateline(scope, i))) return std::nullopt;
  c.dateline_capital = capital;
  // A place only the entity layer knows ("Là-bas", "personne en Europe ne
  // s'en émeut") needs the text to say it is one, as an unknown name does.
  if (known.level < 0 && before.head_level < 0 && !before.locative && !where && !inside && !apposed && !headed &&
      !dateline_name) {
    return std::nullopt;
  }
  c.level = before.head_level >= 0 ? before.head_level : known.level >= 0 ? known.level : 2;
  if (where && name.end == c.span.end) c.level = 3;
  // A building's own name is no more specific for lying in a town ("l'école
  // Moustafa Hafez, dans l'ouest de Gaza-ville").
  if (apposed && !before.venue) c.level = std::max(c.level, *apposed);
  size_t after = c.span.end;
  if (after < end && scope.Folded(after) == "'s") {
    c.level = 0;  // "Yemen's Saada province"
    // "Israel's air and ground campaign", "Russia's overnight barrage": the
    // owner of an attack is who, not where (a war's is where: "Syria's war").
    for (size_t t = after + 1; t < end && t <= after + 4 && scope.IsWord(t); ++t) {
      if (scope.Has(t, ClaimRole::kAttackNoun) && !scope.Has(t, ClaimRole::kWarNoun)) return std::nullopt;
    }
  }
  if (const ClaimLexiconEntry* h = after < end ? scope.marks.Longest(after, ClaimRole::kPlaceHeadAfter) : nullptr) {
    c.level = HeadLevel(*h, /*own_name=*/true);
    // "the Souq al-Juma district": after "the", a district of a city, more
    // specific than the city ("Kurram district", an administrative one, is
    // written bare).
    if (c.level == 2 && i > begin && scope.Folded(i - 1) == "the" && scope.Folded(after) == "district") c.level = 3;
  } else if (headed && c.span.end == name.end) {
    c.level = HeadLevel(*scope.marks.Longest(head_after, ClaimRole::kPlaceHeadAfter), /*own_name=*/true);
  } else if (const ClaimLexiconEntry* v = c.span.end > c.span.begin + 1
                                             ? scope.marks.Longest(c.span.end - 1, ClaimRole::kPlaceHeadAfter)
                                             : nullptr;
             v != nullptr && v->value == kVenueHead && known.level < 0) {
    c.level = HeadLevel(*v, /*own_name=*/true);  // "the Hayat Hotel in Mogadishu": a building's own name
  }
  c.own_level = c.level;
  c.locative = before.locative;
  c.headed = before.head_level >= 0 || headed || (after < end && scope.Has(after, ClaimRole::kPlaceHeadAfter));
  c.known = known.level >= 0;
  if (InDateline(scope, i)) c.level = -1;
  // "Haut-Karabakh : l'Arménie et l'Azerbaïdjan ont signé": a country that
  // nothing says is where (no locative, no head) is a party; below a
  // dateline, a place only when there is no other.
  if (c.level == 0 && known.level == 0 && !before.locative && before.head_level < 0 && !where && !inside &&
      !apposed && !headed && after < end && scope.Folded(after) != "'s") {
    c.level = -2;
  }
  return c;
}

// The end of an organisation's name the gazetteer knows at token i, or i
// ("l'État islamique au Khorassan": no place inside it).
size_t OrganisationEnd(const ClaimScope& scope, size_t i, size_t end) {
  size_t e = i;
  if (scope.gazetteer == nullptr || !scope.IsCapitalised(i)) return e;
  scope.gazetteer->ForEachMatch(scope.text, i, end, [&](size_t length, uint32_t id) {
    if (scope.gazetteer->entry(id).kind == GazetteerKind::kOrganisation) e = std::max(e, i + length);
  });
  return e;
}

void Candidates(const ClaimScope& scope, size_t s, TokenSpan exclude, std::vector<Candidate>* out) {
  const size_t begin = scope.SentenceBegin(s), end = scope.SentenceEnd(s);
  // "en attribuait la responsabilité aux Phalanges", "impute l'attaque à
  // Kiev": a party blamed after "à" is no place.
  const std::vector<ActorMention>& mentions = CachedActorMentions(scope, s);
  auto blamed = [&](TokenSpan span) {
    return std::any_of(mentions.begin(), mentions.end(), [&](const ActorMention& m) {
      return m.kind == ActorMention::kBlame && m.name.begin < span.end && span.begin < m.name.end;
    });
  };
  for (size_t i = begin; i < end;) {
    std::optional<Candidate> c =
        Inside(exclude, i) ? std::nullopt : CandidateAt(scope, i, begin, end, /*apposition=*/true);
    if (!c) {
      i = std::max(i + 1, OrganisationEnd(scope, i, end));
      continue;
    }
    if (!blamed(c->span)) out->push_back(*c);
    i = c->span.end;
  }
  // "à Jaramana et Sahnaya, près de Damas", "en Cisjordanie et à Gaza":
  // places joined by "et" are named together; the first keeps its rank
  // against the second, which an apposition or a head may have raised.
  for (size_t k = out->size(); k-- > 1;) {
    Candidate& a = (*out)[k - 1];
    const Candidate& b = (*out)[k];
    bool joined = false;
    size_t t = a.span.end;
    for (; t < b.span.begin && t < a.span.end + 4; ++t) {
      if (scope.Folded(t) == "et" || scope.Folded(t) == "and") {
        joined = true;
      } else if (!scope.Has(t, ClaimRole::kLocative) && !scope.Has(t, ClaimRole::kDeterminer)) {
        break;
      }
    }
    if (joined && t == b.span.begin && a.level >= 0 && b.level > a.level) a.level = b.level;
  }
}

// "dans le pays", "la partie ouest de la ville", "across the country": a
// noun after an article or a demonstrative in a locative phrase (not "le
// maire de la ville", "fled to the state capital"), no name after it,
// standing for a place named before; the level of that place, or -1.
int PlaceAnaphorLevel(const ClaimScope& scope, size_t s, TokenSpan exclude) {
  const size_t begin = scope.SentenceBegin(s), end = scope.SentenceEnd(s);
  for (size_t k = begin + 2; k < end; ++k) {
    const ClaimLexiconEntry* a = scope.marks.Longest(k, ClaimRole::kPlaceAnaphor);
    if (a == nullptr || a->value < 0 || Inside(exclude, k)) continue;
    const std::string_view d = scope.Folded(k - 1);
    const bool determined = scope.Has(k - 1, ClaimRole::kDemonstrative) || d == "le" || d == "la" || d == "l'" ||
                            d == "du" || d == "the" || d == "this";
    // "dans le pays", "in the city"; "l'est du pays", "la partie ouest de
    // la ville": a direction before "du" / "de la".
    const size_t det = d == "du" ? k - 1 : k - 2;  // the "de" of "de la", or "du"
    const bool locative = EndsBefore(scope, k - 1, begin, ClaimRole::kLocative) ||
                          ((scope.Folded(det) == "de" || scope.Folded(det) == "du" || scope.Folded(det) == "of") &&
                           det > begin && EndsBefore(scope, det, begin, ClaimRole::kDirection));
    const size_t after = k + a->tokens.size();
    // Not "la ville de Djibo", "the city of Goma", "la ville syrienne".
    const bool named_after = after < end && (scope.IsCapitalised(after) || scope.Has(after, ClaimRole::kConnector) ||
                                             scope.Folded(after) == "of" || !DemonymCountry(scope, after).empty());
    if (determined && locative && !named_after) return static_cast<int>(a->value);
  }
  return -1;
}

// People who fled: the place they left, the object of the verb ("ont fui
// le Darfour-Occidental", "fled Khartoum"), is the claim's; where they
// went ("vers l'est du Tchad", "ont fui au Niger", "fled to Chad") is not.
void Displacement(const ClaimScope& scope, const ClaimDraft& claim, std::vector<Candidate>* found) {
  if (!claim.counts[3] || claim.counts[0] || claim.counts[1] || claim.cues.empty()) return;
  const size_t cue_end = claim.cues.back().end;
  std::vector<Candidate> kept;
  // The object, or "from" and a name, even a name the gazetteer does not
  // know ("ont fui la Tchétchénie", "fled from El Geneina").
  size_t object = cue_end;
  const size_t end = scope.SentenceEnd(claim.sentence);
  if (object < end && (scope.Folded(object) == "from" || scope.Folded(object) == "de")) ++object;
  object = SkipArticles(scope, object, end);
  if (object < end && object > cue_end && NameStart(scope, object) && DemonymCountry(scope, object).empty()) {
    bool listed = false;
    for (const Candidate& c : *found) listed = listed || c.span.begin == object;
    const TokenSpan name = ReadName(scope, object, end);
    if (!listed && !name.empty() && OrganisationEnd(scope, object, end) == object) {
      Candidate c{name};
      c.level = c.own_level = 4;
      kept.push_back(c);
    }
  }
  for (Candidate c : *found) {
    // The cue the place follows ("ont trouvé refuge en Syrie depuis 2003,
    // fuyant les violences": "trouvé refuge", not the last cue).
    size_t after_cue = 0;
    for (const TokenSpan& cue : claim.cues) {
      if (cue.end <= c.span.begin) after_cue = std::max(after_cue, cue.end);
    }
    if (after_cue == 0) {
      kept.push_back(c);
      continue;
    }
    if (SkipArticles(scope, after_cue, c.span.begin) == c.span.begin) {
      c.level = 4;  // the object: the place left
      kept.push_back(c);
      continue;
    }
    bool destination = false;
    for (size_t t = c.span.begin; t-- > after_cue && t + 5 > c.span.begin;) {
      const std::string_view f = scope.Folded(t);
      if (f == "vers" || f == "to" || f == "into" || f == "towards" || f == "toward") destination = true;
    }
    // "ont fui au Niger", "ont fui en Ouganda": right after the verb; not
    // after "déplacées" ("3 millions de personnes déplacées en Birmanie"
    // are there).
    const std::string_view p = scope.Folded(after_cue);
    const std::string_view cue = scope.Folded(after_cue - 1);
    if (SkipArticles(scope, after_cue + 1, c.span.begin) == c.span.begin &&
        (p == "au" || p == "aux" || p == "en" || p == "a") && !cue.starts_with("deplac")) {
      destination = true;
    }
    if (!destination) kept.push_back(c);
  }
  *found = std::move(kept);
}

// Whether sentence s says "y", "là-bas" or "there", which stand for the
// place named last.
bool SaysThere(const ClaimScope& scope, size_t s) {
  for (size_t k = scope.SentenceBegin(s); k < scope.SentenceEnd(s); ++k) {
    const std::string_view f = scope.Folded(k);
    if (f == "y" || f == "la-bas" || f == "there") return true;
  }
  return false;
}

// The locative right after a source and the words of its place ("une
// source sécuritaire à Bamenda", "an official in Kyiv"): where the source
// speaks from; an empty span if none.
TokenSpan AfterSource(const ClaimScope& scope, TokenSpan source) {
  if (source.empty()) return {};
  const size_t k = source.end, end = scope.SentenceEnd(scope.text.SentenceOfToken(source.begin));
  if (k >= end || !scope.Has(k, ClaimRole::kLocative)) return {};
  return {k, std::min(end, k + scope.Length(k, ClaimRole::kLocative) + 4)};
}

// The place of a claim, the tokens of `exclude` left out.
std::optional<TokenSpan> PlaceExcluding(const ClaimScope& scope, const ClaimDraft& claim, size_t first_sentence,
                                        TokenSpan exclude) {
  const bool look_back = !StartsNewTopic(scope, claim.sentence);
  // "y", "là-bas", "there": the nearest among equals of the sentence
  // before ("qui parle de Mossoul ? Les frappes y ont tué").
  const bool there = SaysThere(scope, claim.sentence);
  std::vector<Candidate> found;
  // An anaphor in the claim's sentence, which names no place of its own,
  // takes the nearest place of its level before (a dateline's too: "RDC :
  // ... dans l'est du pays").
  if (const int wanted = PlaceAnaphorLevel(scope, claim.sentence, exclude); wanted >= 0 && look_back) {
    Candidates(scope, claim.sentence, exclude, &found);
    for (size_t s = claim.sentence; found.empty() && s-- > first_sentence;) {
      std::vector<Candidate> before;
      Candidates(scope, s, TokenSpan{}, &before);
      for (auto c = before.rbegin(); c != before.rend(); ++c) {
        if (c->own_level == wanted) return c->span;
      }
    }
    found.clear();
  }
  // A sentence whose only places are countries that nothing says are
  // where (parties: "le gouvernement a accusé les Émirats arabes unis")
  // gives its place only if no sentence before gives one.
  std::optional<TokenSpan> parties_only;
  for (size_t s = claim.sentence + 1; s-- > first_sentence;) {
    if (s != claim.sentence && !look_back) break;
    found.clear();
    Candidates(scope, s, s == claim.sentence ? exclude : TokenSpan{}, &found);
    if (s != claim.sentence) {
      found.erase(std::remove_if(found.begin(), found.end(), [](const Candidate& c) { return c.dateline_capital; }),
                  found.end());
    }
    if (s == claim.sentence) Displacement(scope, claim, &found);
    if (found.empty()) continue;
    if (std::all_of(found.begin(), found.end(), [](const Candidate& c) { return c.level == -2; })) {
      if (!parties_only) parties_only = found.front().span;
      continue;
    }
    // Among places of the same level the first is taken ("near Aru, in
    // Anantnag district": the text narrows down, then widens), except
    // countries in the claim's own sentence, where the nearest is ("Israeli
    // strikes on Lebanon killed": the first is often the attacker's).
    const Candidate* best = &found.front();
    for (const Candidate& c : found) {
      const bool nearest = there || (s == claim.sentence && c.level == 0);
      if (c.level > best->level ||
          (c.level == best->level && nearest &&
           TokenDistance(c.span, claim.span) < TokenDistance(best->span, claim.span))) {
        best = &c;
      }
    }
    return best->span;
  }
  return parties_only;
}

}  // namespace

bool LocatedPlace(const ClaimScope& scope, TokenSpan n, size_t sentence_begin) {
  size_t i = SkipArticles(scope, n.begin, n.end);
  while (i < n.end && scope.Has(i, ClaimRole::kDirection)) ++i;
  // The place is the whole naming: not "Hama Police Command", "US military".
  if (i >= n.end || PlaceNameEnd(scope, i, n.end) != n.end) return false;
  const Before b = Introduce(scope, n.begin, sentence_begin);
  return b.locative && !b.weak && !b.agent;
}

// Where a reporting verb after the figure was spoken ("a indiqué lundi
// l'organisation à Genève", "a déclaré à Genève le porte-parole", "told
// reporters in Geneva"): its locative and the name after it, or an empty
// span. Up to kSpeechGap tokens from the verb (an adverb, a date, the
// source's naming), within the clause.
TokenSpan SpokenFrom(const ClaimScope& scope, const ClaimDraft& claim) {
  constexpr size_t kSpeechGap = 5;
  const size_t end = scope.SentenceEnd(claim.sentence);
  // The locative within kSpeechGap tokens after the verb of speech at k, up
  // to `limit`, or an empty span.
  auto after = [&](size_t k, size_t limit) -> TokenSpan {
    for (size_t t = k + scope.Length(k, ClaimRole::kSpeech); t < limit && t <= k + kSpeechGap; ++t) {
      if (scope.IsPunct(t) || IsCasualtyWord(scope, t)) break;
      // Not a date's preposition: "said on Saturday that".
      const size_t after_locative = t + scope.Length(t, ClaimRole::kLocative);
      if (scope.Has(t, ClaimRole::kLocative) && !(after_locative < limit && scope.date_at[after_locative] >= 0)) {
        return {t, std::min(limit, after_locative + 4)};
      }
    }
    return {};
  };
  for (size_t k = claim.span.end; k < end; ++k) {
    if (!scope.Has(k, ClaimRole::kSpeech)) continue;
    if (const TokenSpan spoken = after(k, end); !spoken.empty()) return spoken;
  }
  // Before the figure, the verb's clause ending in "que": "a annoncé mardi
  // à Damas que 1 389 personnes avaient été tuées".
  const size_t begin = scope.SentenceBegin(claim.sentence);
  for (size_t k = begin; k < claim.span.begin; ++k) {
    if (!scope.Has(k, ClaimRole::kSpeech)) continue;
    const TokenSpan spoken = after(k, claim.span.begin);
    if (spoken.empty()) continue;
    for (size_t q = spoken.begin + 1; q < claim.span.begin && q <= spoken.end + 1; ++q) {
      const std::string_view f = scope.Folded(q);
      if (f == "que" || f == "qu'" || f == "that") return {spoken.begin, std::min(spoken.end, q)};
    }
  }
  return {};
}

std::optional<TokenSpan> ClaimPlace(const ClaimScope& scope, const ClaimDraft& claim,
                                    size_t first_sentence, TokenSpan exclude) {
  // Where a reporting verb after the figure was spoken is left out too,
  // unless it is the only place.
  if (const TokenSpan spoken = SpokenFrom(scope, claim); !spoken.empty()) {
    if (auto p = PlaceExcluding(scope, claim, first_sentence, spoken)) return p;
  }
  // Where the source speaks from is not where the figure is ("a indiqué une
  // source sécuritaire à Bamenda", "an official in Kyiv said"): the place
  // right after the source is left out too, unless it is the only one.
  if (const TokenSpan after = AfterSource(scope, exclude); !after.empty()) {
    if (auto p = PlaceExcluding(scope, claim, first_sentence, {exclude.begin, after.end})) return p;
  }
  if (auto p = PlaceExcluding(scope, claim, first_sentence, exclude)) return p;
  // "Le ministère de la Santé de Gaza a fait état de 61 158 morts", "Iran's
  // health ministry said 610 people were killed": the place the source
  // speaks for, when the text names no other; a place the gazetteer knows,
  // and not an army's ("Pakistan's military spokesman said the strikes
  // had killed": its strikes may be abroad).
  if (exclude.empty()) return std::nullopt;
  for (size_t k = exclude.begin; k < exclude.end; ++k) {
    if (scope.Has(k, ClaimRole::kActorNoun)) return std::nullopt;
  }
  const std::optional<TokenSpan> p = PlaceExcluding(scope, claim, first_sentence, TokenSpan{});
  if (!p || p->begin < exclude.begin || p->end > exclude.end) return std::nullopt;
  const size_t end = scope.SentenceEnd(scope.text.SentenceOfToken(p->begin));
  const Known known = KnownPlace(scope, p->begin, end, scope.EntityAt(p->begin));
  if (known.level < 0 || known.organisation) return std::nullopt;
  return p;
}

// Names nothing says are places ("Kampala découvre", "le terminal
// pétrolier de Ras Issa", "towards Jizan"), in sentence s beside its
// `regular` candidates: candidates of their own kind, which the chooser's
// weights mostly turn down. Not a party's naming, an organisation's or a
// person's name, a day or a month, a weapon; not a sentence's capitalised
// first word unless known as a place ("Le", "Selon"), the rest of a longer
// name ("the London School of Hygiene", "le ministère de l'Intérieur",
// "Observatory for Human Rights"), an acronym nothing knows as a place
// ("CGRI"), a capitalised common noun ("l'État"); nor a name after a
// locative or a head, which the rules weighed and turned down ("nobody in
// London cared").
static void LooseNames(const ClaimScope& scope, size_t s, const std::vector<Candidate>& regular,
                       std::vector<Candidate>* out) {
  const size_t begin = scope.SentenceBegin(s), end = scope.SentenceEnd(s);
  const std::vector<ActorMention>& mentions = CachedActorMentions(scope, s);
  for (size_t i = begin; i < end; ++i) {
    if (const size_t organisation = OrganisationEnd(scope, i, end); organisation > i) {
      i = organisation - 1;
      continue;
    }
    if (!scope.IsWord(i) || !scope.IsCapitalised(i) || scope.Has(i, ClaimRole::kDay) ||
        scope.Has(i, ClaimRole::kMonth)) {
      continue;
    }
    const EntityTokens* entity = scope.EntityAt(i);
    const TokenSpan name = ReadName(scope, i, end);
    auto overlaps = [&](TokenSpan a) { return a.begin < name.end && name.begin < a.end; };
    if (name.empty() || (entity != nullptr && entity->type != 'L') ||
        std::any_of(regular.begin(), regular.end(), [&](const Candidate& c) { return overlaps(c.span); }) ||
        std::any_of(mentions.begin(), mentions.end(), [&](const ActorMention& m) { return overlaps(m.name); }) ||
        scope.Has(i, ClaimRole::kActorNoun) || scope.Has(i, ClaimRole::kMember) || scope.Has(i, ClaimRole::kTitle) ||
        scope.Has(i, ClaimRole::kWeaponModel) || !DemonymCountry(scope, i).empty()) {
      i = std::max(i, name.end == 0 ? i : name.end - 1);
      continue;
    }
    const Known known = KnownPlace(scope, i, end, entity);
    const bool place_known = (known.level >= 0 && !known.organisation) || entity != nullptr;
    size_t before = i;
    while (before > begin && (scope.Has(before - 1, ClaimRole::kDeterminer) ||
                              scope.Has(before - 1, ClaimRole::kConnector) || scope.Folded(before - 1) == "of" ||
                              scope.Folded(before - 1) == "for" || scope.Folded(before - 1) == "pour")) {
      --before;
    }
    const bool continues = before < i && before > begin && scope.IsWord(before - 1) &&
                           (scope.IsCapitalised(before - 1) || scope.Has(before - 1, ClaimRole::kOffice));
    const std::string_view f = scope.Folded(i);
    const bool common = name.end == i + 1 && (scope.Has(i, ClaimRole::kPlaceHead) || f == "etat" || f == "state");
    const Before introduced = Introduce(scope, i, begin);
    i = name.end - 1;
    if (introduced.locative || introduced.head_level >= 0 || introduced.agent ||
        scope.Has(name.begin, ClaimRole::kDeterminer) || continues || common || (name.begin == begin && !place_known) ||
        (!place_known && IsAcronym(scope.text.TokenText(name.begin)))) {
      continue;
    }
    Candidate c{name};
    c.known = known.level >= 0 && !known.organisation;
    c.level = c.own_level = c.known ? known.level : 2;
    out->push_back(c);
  }
}

// Each sentence's places once found (Candidates, LooseNames): the windows
// of a paragraph's claims overlap.
struct PlaceSentences {
  std::vector<uint8_t> done;
  std::vector<std::vector<Candidate>> regular, loose;
};

static const PlaceSentences& SentencePlaces(const ClaimScope& scope, size_t s) {
  if (scope.place_sentences == nullptr) {
    auto cache = std::make_shared<PlaceSentences>();
    const size_t n = scope.text.sentences().size();
    cache->done.assign(n, 0);
    cache->regular.resize(n);
    cache->loose.resize(n);
    scope.place_sentences = std::move(cache);
  }
  PlaceSentences& cache = *scope.place_sentences;
  if (!cache.done[s]) {
    Candidates(scope, s, TokenSpan{}, &cache.regular[s]);
    LooseNames(scope, s, cache.regular[s], &cache.loose[s]);
    cache.done[s] = 1;
  }
  return cache;
}

std::vector<ChoiceCandidate> PlaceCandidates(const ClaimScope& scope, const ClaimDraft& claim, size_t first_sentence,
                                             TokenSpan source) {
  std::vector<ChoiceCandidate> out(1);
  const std::optional<TokenSpan> rule = ClaimPlace(scope, claim, first_sentence, source);
  const bool look_back = !StartsNewTopic(scope, claim.sentence);
  const TokenSpan spoken = SpokenFrom(scope, claim);
  const TokenSpan after_source = AfterSource(scope, source);
  const int anaphor = PlaceAnaphorLevel(scope, claim.sentence, TokenSpan{});
  const bool there = SaysThere(scope, claim.sentence);
  std::vector<std::pair<std::string, float>>& none = out[0].features;
  none.emplace_back("none", 1.0f);
  if (!rule) none.emplace_back("none:rule", 1.0f);
  if (!look_back) none.emplace_back("none:new_topic", 1.0f);
  if (IsWarTotal(scope, claim, source)) none.emplace_back("none:war_total", 1.0f);
  // The claim's sentence and those before it in its context (up to four,
  // claims.cc), as far as the rules look back for a place.
  for (size_t s = claim.sentence + 1; s-- > first_sentence;) {
    if (s != claim.sentence && !look_back) break;
    const PlaceSentences& places = SentencePlaces(scope, s);
    std::vector<Candidate> found = places.regular[s];
    // People who fled: the place left and where they went (Displacement).
    std::vector<bool> destination(found.size(), false), left(found.size(), false);
    if (s == claim.sentence) {
      std::vector<Candidate> kept = found;
      Displacement(scope, claim, &kept);
      for (size_t k = 0; k < found.size(); ++k) {
        auto same = [&](const Candidate& c) { return c.span.begin == found[k].span.begin; };
        const auto it = std::find_if(kept.begin(), kept.end(), same);
        destination[k] = it == kept.end();
        left[k] = it != kept.end() && it->level == 4 && found[k].level != 4;
      }
      for (const Candidate& c : kept) {
        auto listed = [&](const Candidate& f) { return f.span.begin == c.span.begin; };
        if (std::none_of(found.begin(), found.end(), listed)) {
          found.push_back(c);
          destination.push_back(false);
          left.push_back(true);
        }
      }
    }
    if (found.empty() && s == claim.sentence) none.emplace_back("none:no_place_in_sentence", 1.0f);
    // Loose names, not the figures' own words nor their source's, nor a
    // place the displacement's object already gives.
    const size_t regular = found.size();
    for (const Candidate& c : places.loose[s]) {
      auto overlaps = [&](TokenSpan a) { return a.begin < c.span.end && c.span.begin < a.end; };
      if (overlaps(source) || overlaps(claim.span) ||
          std::any_of(found.begin(), found.begin() + regular, [&](const Candidate& f) { return overlaps(f.span); })) {
        continue;
      }
      found.push_back(c);
      destination.push_back(false);
      left.push_back(false);
    }
    if (found.empty()) continue;
    int top = -3;
    size_t nearest = 0;
    for (size_t k = 0; k < found.size(); ++k) {
      if (k < regular) top = std::max(top, found[k].level);
      if (TokenDistance(found[k].span, claim.span) < TokenDistance(found[nearest].span, claim.span)) nearest = k;
    }
    const size_t back = std::min<size_t>(claim.sentence - s, 3);  // 3: three or more
    const size_t begin = scope.SentenceBegin(s);
    for (size_t k = 0; k < found.size(); ++k) {
      const Candidate& c = found[k];
      const bool chosen = rule && rule->begin == c.span.begin;
      // Where the source speaks from, or the place in its name, is the
      // claim's only as the rules' last resort (ClaimPlace).
      if (!chosen && (Inside(spoken, c.span.begin) || Inside(source, c.span.begin) ||
                      Inside(after_source, c.span.begin))) {
        continue;
      }
      ChoiceCandidate cand;
      cand.name = c.span;
      auto add = [&](std::string name) { cand.features.emplace_back(std::move(name), 1.0f); };
      const std::string level = "lvl:" + std::to_string(c.level), at = "back:" + std::to_string(back);
      add(level);
      add(at);
      add(level + "&" + at);
      if (c.own_level != c.level) add("own:" + std::to_string(c.own_level));
      if (s == claim.sentence) {
        add(c.span.end <= claim.span.begin ? "before" : c.span.begin >= claim.span.end ? "after" : "inside");
        const size_t d = TokenDistance(c.span, claim.span);
        add(d <= 3 ? "near:3" : d <= 8 ? "near:8" : d <= 15 ? "near:15" : "near:far");
      }
      if (c.level == top) add("top");
      if (c.level == top && s == claim.sentence) add("top&back:0");
      if (k == nearest) add("nearest");
      if (k == 0) add("first");
      if (c.dateline_capital) add("dateline_capital");
      if (c.locative) add("locative");
      if (c.headed) add("headed");
      if (c.known) add("known");
      if (Inside(spoken, c.span.begin)) add("spoken_from");
      if (Inside(source, c.span.begin)) add("in_source");
      if (Inside(after_source, c.span.begin)) add("after_source");
      if (anaphor >= 0 && c.own_level == anaphor && s < claim.sentence) add("anaphor");
      if (there && s + 1 == claim.sentence) add("there");
      if (destination[k]) add("destination");
      if (left[k]) add("fled_from");
      if (chosen) add("rule");
      if (k >= regular) {
        add("loose");
        if (c.known) add("loose&known");
        if (c.span.begin == begin) add("loose&initial");
        if (s == claim.sentence) add("loose&back:0");
      }
      // The words around it ("p1:vers", "p2:terminal", "n1:decouvre").
      auto word = [&](std::string_view prefix, size_t k) { add(std::string(prefix).append(scope.Folded(k))); };
      if (c.span.begin > begin && scope.IsWord(c.span.begin - 1)) word("p1:", c.span.begin - 1);
      if (c.span.begin > begin + 1 && scope.IsWord(c.span.begin - 2)) word("p2:", c.span.begin - 2);
      if (c.span.end < scope.SentenceEnd(s)) word("n1:", c.span.end);
      // Before or after the rules' choice, in its sentence.
      if (!chosen && rule && Inside({begin, scope.SentenceEnd(s)}, rule->begin)) {
        add(c.span.begin < rule->begin ? "before_rule" : "after_rule");
      }
      out.push_back(std::move(cand));
    }
  }
  return out;
}

}  // namespace vigie::analyse::internal
