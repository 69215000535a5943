// Reported (indirect) speech: the content a speech cue governs, without
// quotation marks. Four shapes, read on each sentence:
//   X a affirmé [à l'AFP] que CONTENT.          (que-clause)
//   X a annoncé CONTENT. / X accuse CONTENT.    (noun-phrase, infinitive or
//                                                addressee complement)
//   CONTENT, a indiqué X.                       (inversion)
//   Selon X, CONTENT. / CONTENT, selon X.       (source)
// CONTENT runs to the end of the sentence less its final punctuation, and
// stops before a participle that opens another report (", soulignant que
// ...", ", avant d'annoncer ..."), which is a report of its own by the same
// speaker. A content that is all inside quotation marks is a direct
// quotation ("a reconnu que « ... »"), left to direct_quotes.cc.
#include <algorithm>

#include "analyse/quote_context.h"
#include "common/strings.h"

namespace vigie::analyse::internal {
namespace {

// Reported content longer than this is cut there: news sentences are far
// shorter, and the bound keeps a text without periods linear.
constexpr size_t kMaxContentTokens = 400;

bool FinalPunct(const Context& ctx, size_t i) {
  return ctx.IsPunct(i, ".") || ctx.IsPunct(i, "!") || ctx.IsPunct(i, "?") ||
         ctx.IsPunct(i, ";") || ctx.IsPunct(i, "…") || ctx.IsPunct(i, ":");
}

bool IsParticiple(const Context& ctx, size_t i) {
  std::string_view f = ctx.Folded(i);
  return ctx.english ? EndsWith(f, "ing") : (EndsWith(f, "ant") && f.size() > 4);
}

// Where the content of a sentence starts: after a dateline ("DAMAS (AFP)
// -"), a headline's topic ("Syrie :"), and discourse connectives.
size_t ContentStart(const Context& ctx, size_t b, size_t e) {
  const TextParagraph& para = ctx.text.paragraphs()[ctx.ParagraphOf(b)];
  if (b == para.token_begin) {
    b = SkipDateline(ctx, b, e);
    if (static_cast<int>(ctx.ParagraphOf(b)) == ctx.title_paragraph) {
      for (size_t k = b; k < e && k < b + 5; ++k) {
        if (ctx.IsPunct(k, ":")) {
          b = k + 1;
          break;
        }
      }
    }
  }
  while (b < e && (ctx.Class(b) == WordClass::kConnective ||
                   (ctx.Folded(b) == "et" || ctx.Folded(b) == "mais")))
    ++b;
  if (b < e && ctx.IsPunct(b, ",")) ++b;
  return b;
}

// The end of the content from `b`: the sentence end less its final
// punctuation, or a comma before a participle cue, "avant de", or a
// relative "ce que"/"une version que".
size_t ContentEnd(const Context& ctx, size_t b, size_t e) {
  e = std::min(e, b + kMaxContentTokens);  // a run-on "sentence" of a bad page
  for (size_t k = b; k + 1 < e; ++k) {
    if (!ctx.IsPunct(k, ",") || ctx.span_at[k] >= 0) continue;
    size_t length = 0;
    size_t next = k + 1;
    if (ctx.Folded(next) == "avant" || ctx.Folded(next) == "ce" ||
        (IsParticiple(ctx, next) && ctx.CueAt(next, &length) != nullptr) ||
        (next + 1 < e && ctx.CueAt(next + 1, &length) != nullptr &&
         ctx.Class(next) == WordClass::kAuxiliary) ||
        ctx.CueAt(next, &length) != nullptr)
      return k;
  }
  size_t end = e;
  while (end > b && FinalPunct(ctx, end - 1)) --end;
  return end;
}

// The end of a source phrase ("selon l'ambassadeur français, François
// Delattre,") before the content: its first segment and any apposition
// segment that is a name or a role without article.
size_t SourcePhraseEnd(const Context& ctx, size_t b, size_t e) {
  size_t k = b;
  while (k < e && !ctx.IsPunct(k, ",")) ++k;
  while (k < e && ctx.IsPunct(k, ",") && k + 1 < e) {
    size_t next = k + 1;
    bool name = ctx.mention_at[next] >= 0;
    const SpeakerNoun* noun = ctx.nouns.Find(ctx.Folded(next));
    bool role = noun != nullptr && (noun->noun_class == NounClass::kPerson ||
                                    noun->noun_class == NounClass::kTitle);
    if (!name && !role) break;
    size_t j = next;
    while (j < e && !ctx.IsPunct(j, ",")) ++j;
    if (j >= e) break;
    k = j;
  }
  return k;
}

void Emit(Context* ctx, size_t b, size_t e, const SpeakerRef& ref, size_t cue_b, size_t cue_e) {
  if (e <= b) return;
  int words = 0;
  for (size_t k = b; k < e; ++k) words += ctx->IsWord(k);
  if (words < 2) return;
  const auto& tokens = ctx->text.tokens();
  Candidate c;
  // A content that is one quoted span is a direct quotation.
  int span = ctx->span_at[b];
  if (span >= 0 && ctx->spans[span].open == b && ctx->spans[span].close + 1 == e) {
    c.direct = true;
    b = ctx->spans[span].begin;
    e = ctx->spans[span].end;
    c.tier = 1;
  } else {
    c.direct = false;
    c.tier = 2;
  }
  c.start = tokens[b].start;
  c.end = tokens[e - 1].end;
  c.ref = ref;
  if (c.ref.type == RefType::kNone) c.ref.type = RefType::kUnnamed;
  c.cue_start = tokens[cue_b].start;
  c.cue_end = tokens[cue_e - 1].end;
  ctx->AddCandidate(std::move(c));
}

bool InfinitiveStart(const Context& ctx, size_t j, size_t e) {
  if (j >= e) return false;
  std::string_view f = ctx.Folded(j);
  return f == "de" || f == "d'" || f == "ne" || f == "n'" || f == "to";
}

// "accuser Y de", "appeler Y à": an addressee then de/à + infinitive.
bool AddresseeContent(const Context& ctx, size_t j, size_t e) {
  if (j >= e) return false;
  std::string_view first = ctx.Folded(j);
  if (first == "de" || first == "d'") return true;  // "vous accusent d'être"
  WordClass c = ctx.Class(j);
  if (c != WordClass::kDefinite && c != WordClass::kIndefinite && c != WordClass::kContraction &&
      ctx.mention_at[j] < 0 && !(ctx.english && ctx.Capitalised(j)) &&
      !(c == WordClass::kPreposition && (first == "a" || first == "to")))
    return false;
  for (size_t k = j + 1; k + 1 < e; ++k) {
    std::string_view f = ctx.Folded(k);
    if (f == "de" || f == "d'" || f == "a" || f == "to") {
      std::string_view v = ctx.Folded(k + 1);
      if (EndsWith(v, "er") || EndsWith(v, "ir") || EndsWith(v, "re") || v == "avoir" ||
          v == "etre" || v == "ne" || v == "n'" || QuoteMarkType(ctx.text, k + 1) == 1 ||
          ctx.english)
        return true;
    }
  }
  return false;
}

// The speaker of a participle that goes on with the report before it in
// its sentence (", accusant Moscou de ...", "ce que Moscou dément,
// évoquant ..."): the subject of the nearest cue before it.
bool PreviousInSentence(const Context& ctx, size_t i, size_t sb, SpeakerRef* ref) {
  for (size_t k = i; k > sb; --k) {
    size_t cue = k - 1, length = 0;
    if (ctx.span_at[cue] >= 0 && ctx.spans[ctx.span_at[cue]].closed()) {
      k = ctx.spans[ctx.span_at[cue]].open + 1;
      continue;
    }
    const SpeechCue* sc = ctx.CueAt(cue, &length);
    if (sc == nullptr || (sc->kinds & (kCueSource | kCueSourceBefore))) continue;
    // The candidate this cue made, if any (a direct quotation's inversion).
    for (size_t t = VerbGroupStart(ctx, cue, sb); t <= cue; ++t) {
      if (ctx.cue_owner[t] >= 0) {
        *ref = ctx.candidates[ctx.cue_owner[t]].ref;
        return true;
      }
    }
    *ref = FindSubject(ctx, cue);
    return ref->type != RefType::kNone;
  }
  return false;
}

// "une tâche que Washington promettait d'accomplir": the verb's object is
// the antecedent, so its complement is not what was said.
bool InRelativeClause(const Context& ctx, size_t vgs, size_t sb) {
  for (size_t k = vgs; k > sb; --k) {
    size_t i = k - 1;
    if (ctx.text.tokens()[i].kind == text::TokenKind::kPunct) return false;
    if (ctx.Class(i) == WordClass::kComplementizer) {
      size_t length = 0;
      return i == sb || ctx.CueAt(i - 1, &length) == nullptr;
    }
  }
  return false;
}

// The "que" of a que-clause within a few tokens after the cue, over
// adjuncts and commas ("a reconnu, lors d'un discours à Gao, que").
size_t QueAfter(const Context& ctx, size_t j, size_t se) {
  for (size_t k = j; k < se && k < j + 12; ++k) {
    if (ctx.Class(k) == WordClass::kComplementizer) {
      // "se demandent ce que", "plutôt que", "parce que": no reported clause.
      static constexpr std::string_view kNotCompletive[] = {
          "ce", "plutot", "plus", "moins", "autant", "ainsi", "alors", "bien", "tant", "parce",
          "des", "avant", "apres", "sans", "pour", "afin", "tandis", "lors", "sinon", "aussi",
          "meme", "rather", "so", "such", "now"};
      std::string_view before = k > 0 ? ctx.Folded(k - 1) : std::string_view();
      for (std::string_view w : kNotCompletive)
        if (before == w) return kNoToken;
      return k;
    }
    size_t length = 0;
    if (ctx.span_at[k] >= 0 || ctx.CueAt(k, &length) != nullptr) return kNoToken;
    if (ctx.text.tokens()[k].kind == text::TokenKind::kPunct && !ctx.IsPunct(k, ",")) return kNoToken;
  }
  return kNoToken;
}

// A verb cue in its sentence [sb, se): its verb group [vgs, end), and the
// inverted pronoun in or after it ("a-t-il", "estime-t-elle").
struct VerbGroup {
  size_t vgs = 0, cue = 0, end = 0;
  size_t pronoun = kNoToken;
  size_t sb = 0, se = 0;
};

VerbGroup ReadVerbGroup(const Context& ctx, size_t i, size_t length, size_t sb, size_t se) {
  VerbGroup g;
  g.vgs = VerbGroupStart(ctx, i, sb);
  g.cue = i, g.end = i + length, g.sb = sb, g.se = se;
  Gender gender;
  bool plural;
  if (g.end < se) {
    std::string_view f = ctx.Folded(g.end);
    if (!f.empty() && f.front() == '-' && PronounInfo(f, ctx.english, &gender, &plural))
      g.pronoun = g.end++;
  }
  for (size_t k = g.vgs; k < i && g.pronoun == kNoToken; ++k) {
    std::string_view f = ctx.Folded(k);
    if (!f.empty() && f.front() == '-') g.pronoun = k;
  }
  return g;
}

// "CONTENT, a indiqué X." The verb follows a comma (not a closing mark:
// that attributes a direct quotation) and the phrase after it is a clean
// noun phrase that ends the sentence, or stops at a comma or an adjunct; it
// must not stop at "et", "que" or a colon (then it was an object, not a
// subject). True when the verb was read so.
bool Inversion(Context* ctx, const VerbGroup& g) {
  size_t vgs = g.vgs, sb = g.sb, se = g.se;
  if (!(vgs >= sb + 2 && ctx->IsPunct(vgs - 1, ",") && ctx->span_at[vgs - 2] < 0)) return false;
  if (IsParticiple(*ctx, g.cue) && vgs == g.cue) return false;
  SpeakerRef ref;
  size_t subject = SkipAdjuncts(*ctx, g.end, se);
  if (g.pronoun != kNoToken) {
    ref = ParseSpeakerPhrase(*ctx, g.pronoun, g.pronoun + 1);
  } else if (subject < se && ctx->Class(subject) != WordClass::kComplementizer &&
             !(ctx->Folded(subject) == "de" || ctx->Folded(subject) == "d'")) {
    ref = ParseSpeakerPhrase(*ctx, subject, se);
  }
  bool ends = g.pronoun != kNoToken || ref.stop >= se || ctx->IsPunct(ref.stop, ",") ||
              (FinalPunct(*ctx, ref.stop) && !ctx->IsPunct(ref.stop, ":")) ||
              (EndsSpeakerPhrase(ctx->Folded(ref.stop), ctx->english) &&
               ctx->Class(ref.stop) != WordClass::kCoordinator &&
               ctx->Class(ref.stop) != WordClass::kComplementizer);
  if (ref.type == RefType::kNone || ref.type == RefType::kThing || !ref.head_known ||
      !ref.clean || !ends)
    return false;
  size_t b = ContentStart(*ctx, sb, vgs - 1);
  if (b + 2 < vgs - 1) Emit(ctx, b, vgs - 1, ref, vgs, g.end);
  return true;
}

// Who speaks through a verb in normal order: an inverted pronoun, the
// report a participle goes on with, or the subject before the verb.
SpeakerRef VerbSubject(const Context& ctx, const VerbGroup& g) {
  if (g.pronoun != kNoToken) return ParseSpeakerPhrase(ctx, g.pronoun, g.pronoun + 1);
  size_t i = g.cue;
  SpeakerRef ref;
  if (IsParticiple(ctx, i) && g.vgs == i && i > g.sb &&
      (ctx.IsPunct(i - 1, ",") || ctx.Folded(i - 1) == "en") &&
      PreviousInSentence(ctx, i - 1, g.sb, &ref))
    return ref;
  return FindSubject(ctx, i);
}

// Where the reported content starts after the verb, by the cue's kinds:
// after "que", after a colon, at the addressee, the infinitive or the
// object; kNoToken when there is none.
size_t ContentAfterVerb(const Context& ctx, const VerbGroup& g, const SpeechCue& cue) {
  size_t se = g.se;
  // The addressee comes right after the verb (over time words):
  // "reprochant aux pays occidentaux de ...", "a accusé lundi les médias".
  size_t a = g.end;
  while (a < se && (IsTimeWord(ctx.Folded(a), ctx.english) || ctx.Class(a) == WordClass::kAdverb))
    ++a;
  if ((cue.kinds & kCueAddressee) && AddresseeContent(ctx, a, se)) return a;
  size_t j = SkipAdjuncts(ctx, g.end, se);
  if (j >= se) return kNoToken;
  size_t que = (cue.kinds & kCueQue) ? QueAfter(ctx, j, se) : kNoToken;
  if (que != kNoToken) return que + 1;
  WordClass c = ctx.Class(j);
  // English drops "that": "The minister said the talks would resume."
  if (ctx.english && (cue.kinds & kCueQue) && ctx.span_at[j] < 0 &&
      (c == WordClass::kDefinite || c == WordClass::kPronoun ||
       c == WordClass::kGenericPronoun || ctx.mention_at[j] >= 0))
    return j;
  if ((cue.kinds & kCueQue) && ctx.IsPunct(j, ":") && j + 1 < se && ctx.span_at[j + 1] < 0)
    return j + 1;  // "l'a rappelé dans une interview : les Syriens savent ..."
  if ((cue.kinds & kCueAddressee) && AddresseeContent(ctx, j, se)) return j;
  if ((cue.kinds & kCueInfinitive) && InfinitiveStart(ctx, j, se)) return j;
  bool ce_que = ctx.Folded(j) == "ce" && j + 1 < se &&
                (ctx.Folded(j + 1) == "que" || ctx.Folded(j + 1) == "qui" ||
                 ctx.Folded(j + 1) == "qu'");
  if ((cue.kinds & kCueObject) && (c == WordClass::kDefinite || c == WordClass::kIndefinite) &&
      ctx.span_at[j] < 0 && !ce_que)
    return j;
  return kNoToken;
}

void VerbCue(Context* ctx, size_t i, size_t length, const SpeechCue& cue, size_t sb, size_t se) {
  VerbGroup g = ReadVerbGroup(*ctx, i, length, sb, se);
  if (ReportsNothing(*ctx, g.vgs, i, cue)) return;
  // After a closing mark (and a comma) the cue attributes a direct quotation.
  auto closes = [&](size_t k) {
    return ctx->span_at[k] >= 0 && ctx->spans[ctx->span_at[k]].close == k;
  };
  if ((g.vgs >= sb + 2 && ctx->IsPunct(g.vgs - 1, ",") && closes(g.vgs - 2)) ||
      (g.vgs >= sb + 1 && closes(g.vgs - 1)))  // “...,” said X
    return;
  if (Inversion(ctx, g)) return;
  // A verb that only attributes a quotation after it ("poursuit-il") reports
  // nothing of its own, and a verb in a relative clause ("des choses que
  // l'on regrettera") has the antecedent for object.
  if (!(cue.kinds & (kCueQue | kCueObject | kCueInfinitive | kCueAddressee))) return;
  if (InRelativeClause(*ctx, g.vgs, sb)) return;
  SpeakerRef ref = VerbSubject(*ctx, g);
  if (ref.type == RefType::kThing) return;
  size_t b = ContentAfterVerb(*ctx, g, cue);
  if (b != kNoToken) Emit(ctx, b, ContentEnd(*ctx, b, se), ref, g.vgs, g.end);
}

void SourceCue(Context* ctx, size_t i, size_t length, const SpeechCue& cue, size_t sb,
               size_t se) {
  size_t start = ContentStart(*ctx, sb, se);
  size_t np = i + length;
  if (i == start) {  // "Selon X, CONTENT."
    size_t np_end = SourcePhraseEnd(*ctx, np, se);
    if (np_end >= se || !ctx->IsPunct(np_end, ",")) return;
    SpeakerRef ref = ParseSpeakerPhrase(*ctx, np, np_end);
    if (cue.kinds & kCueSourceBefore) {
      // "Pour X, ..." only with a named or described speaker.
      if (ref.type != RefType::kMention && ref.type != RefType::kPronoun &&
          !(ref.type == RefType::kDescription && !ref.organisation))
        return;
    }
    if (ref.type == RefType::kNone || ref.type == RefType::kThing) return;
    Emit(ctx, np_end + 1, ContentEnd(*ctx, np_end + 1, se), ref, i, np);
    return;
  }
  if (!(cue.kinds & kCueSource) || i == sb || !ctx->IsPunct(i - 1, ",")) return;
  // "CONTENT, selon X." The phrase runs to the end of the sentence.
  SpeakerRef ref = ParseSpeakerPhrase(*ctx, np, se);
  if (ref.type == RefType::kNone || ref.type == RefType::kThing) return;
  if (ctx->span_at[i - 2] >= 0 && ctx->spans[ctx->span_at[i - 2]].close == i - 2) return;
  Emit(ctx, start, i - 1, ref, i, np);
}

// A headline "Le président al-Assad : la libération d'Alep est ...".
void HeadlineColon(Context* ctx) {
  if (ctx->title_paragraph < 0) return;
  const TextParagraph& p = ctx->text.paragraphs()[ctx->title_paragraph];
  for (size_t k = p.token_begin; k + 1 < p.token_end && k < p.token_begin + 8; ++k) {
    if (!ctx->IsPunct(k, ":")) continue;
    if (ctx->span_at[k + 1] >= 0) return;
    SpeakerRef ref = ParseSpeakerPhrase(*ctx, p.token_begin, k);
    if (ref.type != RefType::kMention || ctx->mentions[ref.mention].type == 'L') return;
    if (ctx->mentions[ref.mention].type == '?' && ctx->mentions[ref.mention].end - ctx->mentions[ref.mention].begin < 2) return;
    size_t se = ctx->SentenceOf(k + 1).token_end;
    Emit(ctx, k + 1, ContentEnd(*ctx, k + 1, se), ref, k, k + 1);
    return;
  }
}

}  // namespace

void FindReportedSpeech(Context* ctx) {
  HeadlineColon(ctx);
  for (const text::Sentence& s : ctx->text.sentences()) {
    for (size_t i = s.token_begin; i < s.token_end; ++i) {
      if (ctx->span_at[i] >= 0) continue;
      size_t length = 0;
      const SpeechCue* cue = ctx->CueAt(i, &length);
      if (cue == nullptr) continue;
      if (cue->kinds & (kCueSource | kCueSourceBefore)) {
        SourceCue(ctx, i, length, *cue, s.token_begin, s.token_end);
      } else {
        VerbCue(ctx, i, length, *cue, s.token_begin, s.token_end);
      }
      i += length - 1;
    }
  }
}

}  // namespace vigie::analyse::internal
