// Casualty claims: design notes.
//
// What. The figures an article gives for the dead, the wounded, the missing
// and the displaced ("40 morts, dont 16 enfants, et 250 blessés"), each as
// a claim with its span, its counts, whether they are approximate, the
// casualty word that fired (`cue`), and, when the text says them, the place,
// the date, the actor blamed and the source. Researchers compare these
// across outlets, so every field must be the text's own words and every
// claim must say why it is one.
//
// The idea. Numbers are everywhere in news (dates, ages, money, troops,
// buses, tonnes of aid); a number is a casualty figure only when a casualty
// word governs it. French and English do that in four ways, which the
// lexicon records as the word's form (data/lexicons/README.md): a noun
// after the figure ("27 morts", "une trentaine de blessés"), a verb whose
// subject the figure is ("27 civils, dont neuf enfants, ont été tués", "104
// civils ont péri"), a verb whose object it is ("ont tué au moins 56
// civils", "killing three children"), or a noun whose complement it is
// ("les corps de 21 civils", "le nombre de déplacés atteint 2,5 millions").
// A participle is passive after "être" and active after "avoir": "ont été
// tués" looks back for its figure, "ont tué" forward. What a figure counts
// is the noun after it: civils, enfants, soldats give the categories; a
// thing (cartouches, camions, dollars) rejects it. On top come breakdowns
// ("dont", "including"), coordinated subjects ("Onze militaires et trois
// civils ont été tués": 14), shared categories ("quatre civils tués et 19
// autres blessés": civilians 23), and the joining of the killed and injured
// of one statement into one claim (AssembleClaims below).
//
// Why rules over a lexicon, not a model. The gold set has 125 claims, half
// of them held out: too few to train on, enough to measure. Rules give the
// explanation the product needs (the cue), users extend them without code
// (a row in a TSV file), the gold set's conventions (des dizaines = 20, a
// range's lower bound, which nouns are "military") are stated exactly, and
// they run at tens of MB/s. The price is recall on phrasings outside the
// four patterns: an elided figure ("et 73 côté israélien"), a figure far
// from its verb, tables.
//
// A document's way through: (1) one pass of the cue matcher (Hyperscan,
// PhraseMatcher) over the folded text finds the sentences holding a
// casualty word; the others cost nothing more (Sequoia's news-like text:
// 165 MB/s; war reporting with a figure every 430 bytes: 22 MB/s; figures
// in doc/benchmarks.md). (2) For each such sentence and up to
// kContextSentences before it, the lexicon's phrases at every token (one
// hash look-up per token gives a word id; phrases compare ids) and the
// dates. (3) Numbers (numbers.cc), figures (casualty_figures.cc), claims.
// (4) Context: source (claim_sources.cc), place (claim_places.cc, the
// source's own name left out), date (claim_dates.cc), actor
// (claim_actors.cc), each from the claim's sentence first.
//
// The context window. Place, date and actor may come from the sentences
// before the claim's, within its paragraph. On the development half of the
// gold set (place / date / actor accuracy): 1 sentence back 0.814 / 0.907 /
// 0.806, 2 back 0.898 / 0.981 / 0.839, 4 or 8 back 0.915 / 1.000 / 0.839:
// kContextSentences = 4, which keeps a claim's cost bounded in a long
// paragraph.
//
// Entities. The NER layer's LOC entities are place candidates and its ORG
// and PER entities keep names whole; without them (today) the gazetteer and
// capitalised names after a locative preposition or a head noun stand in.
// Simulating a perfect entity layer (vigie_eval_claims --entities oracle)
// moves place accuracy from 0.915 to 0.932 on the development half and
// from 0.825 to 0.895 on the test half; nothing else moves.
//
// Languages. Every lexicon row belongs to its file's language; a document
// in French or English uses that language's rows, any other (or none) both.
//
// Measured (tests/testdata/gold/claims_fr, vigie_eval_claims, no entities,
// learned actor weights; 2026-12-03): test split (the even halves of the
// main set and of the ten sets split by parity, 452 claims) / development
// data (2,357 claims): claims F1 0.947 / 0.959; counts F1 0.916 / 0.925;
// place 0.852 / 0.809; date 0.903 / 0.895; actor 0.777 (F1 0.797) / 0.837;
// source 0.805 / 0.781. The actor is the weak field (claim_actor_choice.cc;
// doc/benchmarks.md#casualty-claims has the history and what is left out).
#include "analyse/claims.h"

#include <algorithm>

#include "analyse/claim_lexicon.h"
#include "analyse/claims_internal.h"
#include "analyse/gazetteer.h"
#include "common/utf8.h"

namespace vigie::analyse {
namespace internal {

bool ClaimScope::IsPunct(size_t i) const {
  text::TokenKind k = Token(i).kind;
  return k == text::TokenKind::kPunct || k == text::TokenKind::kSymbol;
}

bool ClaimScope::IsCapitalised(size_t i) const {
  std::string_view t = text.TokenText(i);
  size_t pos = 0;
  if (t.empty()) return false;
  // An Arabic name after its article written in lower case: "al-Shabaab",
  // "el-Fasher", "ash-Shabaab".
  if (const size_t dash = t.find('-'); dash >= 2 && dash <= 3 && dash + 1 < t.size() && (t[0] == 'a' || t[0] == 'e')) {
    pos = dash + 1;
  }
  return text::IsUpperChar(DecodeUtf8(t, &pos));
}

const EntityTokens* ClaimScope::EntityAt(size_t i) const {
  auto it = std::upper_bound(entities.begin(), entities.end(), i,
                             [](size_t t, const EntityTokens& e) { return t < e.begin; });
  if (it == entities.begin()) return nullptr;
  --it;
  return i < it->end ? &*it : nullptr;
}

}  // namespace internal

namespace {

using internal::ClaimDraft;
using internal::ClaimScope;
using internal::TokenSpan;

constexpr size_t kContextSentences = 4;
constexpr size_t kSentencesAhead = internal::kActorSentencesAhead;

uint8_t Languages(std::string_view language) {
  if (language == "fr") return ClaimLexicon::kFrench;
  if (language == "en") return ClaimLexicon::kEnglish;
  return ClaimLexicon::kFrench | ClaimLexicon::kEnglish;
}

// The sentences holding a casualty cue, found in one pass over the folded
// text: the others cost nothing more.
std::vector<size_t> SentencesWithCues(const ClaimLexicon& lexicon, const AnalysisText& text,
                                      uint8_t languages) {
  std::vector<PhraseMatch> matches;
  lexicon.cue_matcher().Scan(text.normalized().text(), &matches);
  std::vector<size_t> out;
  for (const PhraseMatch& m : matches) {
    if ((lexicon.cue_languages(m.phrase) & languages) == 0) continue;
    size_t token = text.TokenAtOrAfter(text.normalized().SourceStart(m.begin));
    if (token < text.tokens().size()) out.push_back(text.SentenceOfToken(token));
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

std::vector<internal::EntityTokens> ToTokens(const AnalysisText& text,
                                                 const std::vector<Entity>& entities) {
  std::vector<internal::EntityTokens> out;
  const std::vector<text::Token>& tokens = text.tokens();
  for (const Entity& e : entities) {
    size_t b = text.TokenAtOrAfter(e.start), k = b;
    while (k < tokens.size() && tokens[k].start < e.end) ++k;
    if (k == b || tokens[b].start != e.start) continue;  // not on token boundaries
    char type = e.type == "LOC" ? 'L' : e.type == "ORG" ? 'O' : e.type == "PER" ? 'P' : 'M';
    out.push_back({b, k, type});
  }
  std::sort(out.begin(), out.end(),
            [](const internal::EntityTokens& a, const internal::EntityTokens& b) { return a.begin < b.begin; });
  return out;
}

// Quotation marks (« », “ ” and " all fold to '"') open and close in turn
// within a paragraph.
void MarkQuotes(ClaimScope* scope, const TextParagraph& p) {
  bool open = false;
  for (size_t i = p.token_begin; i < p.token_end; ++i) {
    if (scope->Folded(i) == "\"") {
      scope->in_quote[i] = 1;
      open = !open;
    } else {
      scope->in_quote[i] = open;
    }
  }
}

// "et", "and", a comma; "en" of a gerund ("tuant quatre civils et en
// blessant neuf").
bool IsAnd(const ClaimScope& scope, size_t k) {
  std::string_view f = scope.Folded(k);
  return f == "et" || f == "and" || f == "," || (f == "en" && k > 0 && scope.Folded(k - 1) == "et");
}

// "des centaines de civils libanais. 106 d'entre eux ont été tués": the
// category of the last victim noun before a partitive figure, in its
// sentence or the one before.
VictimCategory CategoryBefore(const ClaimScope& scope, size_t i) {
  const size_t s = scope.text.SentenceOfToken(i);
  const size_t begin = scope.SentenceBegin(s > 0 && scope.text.ParagraphOfSentence(s - 1) ==
                                                        scope.text.ParagraphOfSentence(s)
                                               ? s - 1
                                               : s);
  for (size_t k = i; k-- > begin;) {
    if (const ClaimLexiconEntry* c = scope.marks.Longest(k, ClaimRole::kCategory)) {
      return static_cast<VictimCategory>(c->value);
    }
  }
  return VictimCategory::kNone;
}

// Joins the figures of one sentence into claims: a killed figure and an
// injured one joined by "et", "and" or a comma (dates and adverbs aside) are
// one statement ("40 morts, dont 16 enfants, et 250 blessés"); two figures
// of one kind are two statements. A figure without a noun of its own
// ("19 autres blessés", "une centaine de blessés") shares the first one's
// category, and "parmi les civils" after the statement covers all. A verb
// of loss before the figures opens the claim ("déplore quatre morts").
void AssembleClaims(const ClaimScope& scope, size_t s, const std::vector<internal::Figure>& figures,
                    std::vector<ClaimDraft>* out) {
  auto joins = [&](const internal::Figure& a, const internal::Figure& b) {
    if (b.span.begin < a.span.end || a.kind == b.kind) return false;
    bool conjunction = false;
    size_t words = 0;  // "tué par balle et un autre blessé": a short complement of manner or place
    // "sont tombés les armes à la main et 14 autres ont été blessés": the
    // others continue the victims before, past a longer one.
    const size_t max_words = b.other ? 6 : 3;
    // "a fait 6.000 morts et contraint 600.000 personnes à fuir", "killed 120
    // civilians and forced 30,000 people to flee": one verb after "et"
    // before the displaced.
    size_t after_and = 0;
    const bool pushed = b.kind == CountKind::kDisplaced && a.kind != CountKind::kDisplaced;
    for (size_t k = a.span.end; k < b.span.begin; ++k) {
      // "The death toll has risen to 16, with 94 wounded".
      const bool with = k > a.span.end && scope.Folded(k - 1) == "," &&
                        (scope.Folded(k) == "with" || scope.Folded(k) == "avec");
      if (IsAnd(scope, k) || with) conjunction = true;
      // "fait état de 610 morts et de plus de 4 700 blessés": the "de" the
      // verb governs, again.
      else if (conjunction && k + 1 == b.span.begin && scope.Has(k, ClaimRole::kConnector)) continue;
      else if (scope.date_at[k] >= 0 || scope.Has(k, ClaimRole::kAdverb)) continue;
      // "sont morts au Sri Lanka et près de 3.000 ont été blessés": the
      // first figure's place before the conjunction (not before people who
      // fled: "tuées au Liban, et 1,2 million ont fui" are two statements).
      else if (!conjunction && a.kind != CountKind::kDisplaced && b.kind != CountKind::kDisplaced &&
               scope.Has(k, ClaimRole::kLocative) && k + 1 < b.span.begin && scope.IsCapitalised(k + 1)) {
        while (k + 1 < b.span.begin && (scope.IsCapitalised(k + 1) || scope.Has(k + 1, ClaimRole::kDeterminer))) ++k;
      }
      else if (conjunction && pushed && scope.IsWord(k) && !scope.IsCapitalised(k) && ++after_and <= 1) continue;
      else if (conjunction || !scope.IsWord(k) || scope.IsCapitalised(k) || ++words > max_words) return false;
    }
    return conjunction;
  };
  size_t first = 0;
  for (size_t i = 0; i < figures.size(); ++i) {
    if (i + 1 < figures.size() && joins(figures[i], figures[i + 1])) continue;
    ClaimDraft d;
    d.sentence = s;
    d.span = {figures[first].span.begin, figures[i].span.end};
    d.shown_end = figures[i].shown_end;
    VictimCategory among = VictimCategory::kNone, shared = figures[first].category;
    for (size_t k = first; k <= i; ++k)
      if (figures[k].among != VictimCategory::kNone) among = figures[k].among;
    for (size_t k = first; k <= i; ++k) {
      const internal::Figure& f = figures[k];
      int kind = static_cast<int>(f.kind);
      d.counts[kind] = d.counts[kind].value_or(0) + f.value;
      d.approximate = d.approximate || f.approximate;
      d.cues.push_back(f.cue);
      for (int c = 0; c < 4; ++c) d.by_category[c] += f.by_category[c];
      VictimCategory inherited = VictimCategory::kNone;
      if (f.category == VictimCategory::kNone) {
        if (among != VictimCategory::kNone) inherited = among;
        else if (f.inherits && k > first) inherited = shared;
        else if (f.partitive && k > 0) inherited = figures[k - 1].category;
        else if (f.partitive) inherited = CategoryBefore(scope, f.span.begin);
      }
      if (inherited != VictimCategory::kNone) d.by_category[static_cast<int>(inherited)] += f.value;
      // "tuant un enfant et blessant cinq autres civils", "Two women were
      // killed and four other civilians wounded": the victims before are
      // civilians too.
      if (f.other && f.category == VictimCategory::kCivilians && k > first) {
        for (size_t b = first; b < k; ++b) {
          if (figures[b].category != VictimCategory::kCivilians && figures[b].category != VictimCategory::kMilitary) {
            d.by_category[static_cast<int>(VictimCategory::kCivilians)] += figures[b].value;
          }
        }
      }
    }
    // "L'armée déplore quatre morts", "Nos combattants ont eu 14 morts et 22
    // blessés": the verb of loss states the figures (it opens the span), and
    // an armed side's losses are its fighters.
    if (const size_t verb = internal::LossVerb(scope, s, d.span.begin); verb != d.span.begin) {
      d.loser = internal::SubjectBefore(scope, verb, scope.SentenceBegin(s));
      d.span.begin = verb;
    }
    if (d.by_category == std::array<int64_t, 4>{}) {
      bool armed = false;
      for (size_t k = d.loser.begin; k < d.loser.end && !armed; ++k) {
        armed = scope.Has(k, ClaimRole::kActorNoun) || scope.Has(k, ClaimRole::kMember) ||
                scope.Has(k, ClaimRole::kGenericParty) || scope.Has(k, ClaimRole::kArmedDescription);
      }
      if (armed) {
        for (const std::optional<int64_t>& n : d.counts) {
          d.by_category[static_cast<int>(VictimCategory::kMilitary)] += n.value_or(0);
        }
      }
    }
    out->push_back(std::move(d));
    first = i + 1;
  }
}

std::string SpanText(const AnalysisText& text, TokenSpan span) {
  return std::string(text.Slice(text.tokens()[span.begin].start, text.tokens()[span.end - 1].end));
}

// An actor as the claim gives it: its naming completed by the acronym in
// brackets after it, an acronym by the name it stands for (ActorSpan), and
// without the "-led" of "the Hamas-led attack" (ActorName).
TokenSpan ActorSpan(const ClaimScope& scope, TokenSpan naming) {
  return internal::AcronymDefinition(scope, internal::CompletedByAcronym(scope, naming));
}

std::string ActorName(const AnalysisText& text, TokenSpan completed) {
  std::string name = SpanText(text, completed);
  if (name.size() > 4 && name.ends_with("-led")) name.resize(name.size() - 4);
  return name;
}

// Appends a record of claim c's candidates to `dump` (vigie_eval_claims
// --dump-actor, --dump-place), each named by `name_of`.
void DumpCandidates(const Claim& c, const std::vector<internal::ChoiceCandidate>& cands,
                    const std::function<std::string(TokenSpan)>& name_of,
                    std::vector<internal::ChoiceDumpRecord>* dump) {
  internal::ChoiceDumpRecord rec;
  rec.start = c.start;
  rec.end = c.end;
  for (const internal::ChoiceCandidate& k : cands) {
    rec.candidates.emplace_back(k.name.empty() ? std::string() : name_of(k.name), k.features);
  }
  dump->push_back(std::move(rec));
}

Claim MakeClaim(const ClaimScope& scope, const ClaimDraft& d, size_t first_sentence, const ActorWeights* weights,
                const FeatureWeights* place_weights) {
  const AnalysisText& text = scope.text;
  Claim c;
  c.start = text.tokens()[d.span.begin].start;
  c.end = text.tokens()[(d.shown_end > d.span.begin ? d.shown_end : d.span.end) - 1].end;
  c.text = std::string(text.Slice(c.start, c.end));
  c.kind = "casualties";
  c.killed = d.counts[0];
  c.injured = d.counts[1];
  c.missing = d.counts[2];
  c.displaced = d.counts[3];
  auto category = [&](VictimCategory k) -> std::optional<int64_t> {
    int64_t v = d.by_category[static_cast<int>(k)];
    return v > 0 ? std::optional<int64_t>(v) : std::nullopt;
  };
  c.civilians = category(VictimCategory::kCivilians);
  c.children = category(VictimCategory::kChildren);
  c.military = category(VictimCategory::kMilitary);
  c.approximate = d.approximate;
  std::string cue;
  for (TokenSpan s : d.cues) {
    std::string t = SpanText(text, s);
    if (cue.find(t) != std::string::npos) continue;
    if (!cue.empty()) cue += ", ";
    cue += t;
  }
  c.cue = cue;
  TokenSpan source_span;
  if (auto s = internal::ClaimSource(scope, d, first_sentence, &source_span)) {
    c.attribution = SpanText(text, *s);
  }
  // The place: chosen among its candidates by the learned weights, or
  // the rules' (ClaimPlace).
  if (place_weights != nullptr || internal::g_place_dump != nullptr) {
    const std::vector<internal::ChoiceCandidate> cands =
        internal::PlaceCandidates(scope, d, first_sentence, source_span);
    if (internal::g_place_dump != nullptr) {
      DumpCandidates(c, cands, [&](TokenSpan n) { return SpanText(text, n); }, internal::g_place_dump);
    }
    if (place_weights != nullptr) {
      const size_t best = internal::ChooseCandidate(*place_weights, cands);
      if (!cands[best].name.empty()) c.place = SpanText(text, cands[best].name);
    }
  }
  if (place_weights == nullptr) {
    if (auto p = internal::ClaimPlace(scope, d, first_sentence, source_span)) c.place = SpanText(text, *p);
  }
  if (auto t = internal::ClaimDate(scope, d, first_sentence)) c.date = SpanText(text, *t);
  // The learned weights choose among the candidates, except for a war's
  // total, which stays the rules' (no actor unless its own sentence names
  // one): the dates and war nouns that say so are too rare to learn.
  const bool learned = weights != nullptr && !internal::IsWarTotal(scope, d, source_span);
  // Deaths from a disease have no actor, whichever way it would be chosen.
  const bool disease = internal::DiseaseDeath(scope, d);
  std::optional<TokenSpan> actor;
  if (!disease && (learned || internal::g_actor_dump != nullptr)) {
    std::vector<internal::ChoiceCandidate> cands = internal::ActorCandidates(scope, d, first_sentence, source_span);
    if (internal::g_actor_dump != nullptr) {
      DumpCandidates(c, cands, [&](TokenSpan n) { return ActorName(text, ActorSpan(scope, n)); },
                     internal::g_actor_dump);
    }
    if (learned) {
      const size_t best = internal::ChooseCandidate(*weights, cands);
      if (!cands[best].name.empty()) actor = cands[best].name;
    }
  }
  if (!learned && !disease) actor = internal::ClaimActor(scope, d, first_sentence, source_span);
  if (actor) {
    const TokenSpan named = ActorSpan(scope, *actor);
    c.actor = ActorName(text, named);
    // "..., qui affirme avoir tué 40 militaires": who killed says so, by
    // its acronym when brackets give one, as sources are.
    if (!c.attribution && internal::SelfClaim(scope, d)) {
      const std::optional<size_t> acronym =
          named.end >= named.begin + 4 ? internal::Acronym(scope, named.end - 3, named.end) : std::nullopt;
      c.attribution = acronym ? SpanText(text, {*acronym, *acronym + 1}) : *c.actor;
    }
  }
  return c;
}

}  // namespace

namespace internal {
thread_local std::vector<ChoiceDumpRecord>* g_actor_dump = nullptr;
thread_local std::vector<ChoiceDumpRecord>* g_place_dump = nullptr;
}  // namespace internal

ClaimFinder::~ClaimFinder() = default;

Result<std::unique_ptr<ClaimFinder>> ClaimFinder::Load(const std::vector<std::string>& lexicon_dirs,
                                                       const Gazetteer* gazetteer, const std::string& actor_model,
                                                       const std::string& place_model) {
  Result<std::unique_ptr<ClaimLexicon>> lexicon = ClaimLexicon::Load(lexicon_dirs);
  if (!lexicon.ok()) return lexicon.status();
  std::unique_ptr<ClaimFinder> finder = Create(std::move(*lexicon), gazetteer);
  // A model's weights: `model`, or the shipped file beside the first
  // lexicon directory; none for "rules".
  auto load = [&](const std::string& model, const char* shipped,
                  std::unique_ptr<const FeatureWeights>* out) -> Status {
    if (model == "rules") return Status::Ok();
    std::string path = model;
    if (path.empty() && !lexicon_dirs.empty()) path = lexicon_dirs.front() + "/../models/" + shipped;
    Result<std::unique_ptr<FeatureWeights>> weights = FeatureWeights::Load(path);
    if (!weights.ok()) return weights.status();
    *out = std::move(*weights);
    return Status::Ok();
  };
  if (Status s = load(actor_model, "claim_actor.tsv", &finder->actor_weights_); !s.ok()) return s;
  if (Status s = load(place_model, "claim_place.tsv", &finder->place_weights_); !s.ok()) return s;
  return finder;
}

std::unique_ptr<ClaimFinder> ClaimFinder::Create(std::unique_ptr<ClaimLexicon> lexicon,
                                                 const Gazetteer* gazetteer) {
  std::unique_ptr<ClaimFinder> finder(new ClaimFinder());
  finder->lexicon_ = std::move(lexicon);
  finder->gazetteer_ = gazetteer;
  if (gazetteer != nullptr) finder->group_initials_ = internal::GroupInitials(*gazetteer);
  return finder;
}

void ClaimFinder::Find(const AnalysisText& text, const std::vector<Entity>& entities,
                       std::vector<Claim>* out) const {
  if (text.tokens().empty()) return;
  const uint8_t languages = Languages(text.language());
  const std::vector<size_t> cue_sentences = SentencesWithCues(*lexicon_, text, languages);
  if (cue_sentences.empty()) return;
  ClaimMarks marks(*lexicon_, text, languages);
  ClaimScope scope(text, marks, gazetteer_);
  scope.group_initials = &group_initials_;
  scope.entities = ToTokens(text, entities);
  scope.in_quote.assign(text.tokens().size(), 0);
  scope.date_at.assign(text.tokens().size(), -1);
  std::vector<bool> quoted(text.paragraphs().size(), false), prepared(text.sentences().size(), false);
  std::vector<internal::Figure> figures;
  std::vector<ClaimDraft> drafts;
  for (size_t s : cue_sentences) {
    const size_t p = text.ParagraphOfSentence(s);
    const TextParagraph& para = text.paragraphs()[p];
    if (!quoted[p]) MarkQuotes(&scope, para), quoted[p] = true;
    // Context comes from the claim's paragraph, at most kContextSentences
    // back and kSentencesAhead ahead: the cost of a claim stays bounded in a long
    // paragraph. Windows move forward, so dates stay in text order.
    const size_t first = std::max(para.sentence_begin, s > kContextSentences ? s - kContextSentences : 0);
    const size_t last = std::min(para.sentence_end, s + 1 + kSentencesAhead);
    for (size_t t = first; t < last; ++t) {
      if (prepared[t]) continue;
      prepared[t] = true;
      marks.MarkSentence(t);
      internal::FindDates(&scope, scope.SentenceBegin(t), scope.SentenceEnd(t));
    }
    figures.clear();
    drafts.clear();
    internal::FindFigures(scope, s, &figures);
    AssembleClaims(scope, s, figures, &drafts);
    for (const ClaimDraft& d : drafts) {
      out->push_back(MakeClaim(scope, d, first, actor_weights_.get(), place_weights_.get()));
    }
  }
}

}  // namespace vigie::analyse
