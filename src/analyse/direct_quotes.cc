// Direct quotations: which quoted spans are someone's words, and the phrase
// that names who. A span is a quotation when a speech cue attaches to it
// and nothing else: an inverted cue after it ("« ... », a déclaré X",
// "», selon X", "», he said"), a cue or a colon before it ("X a lancé :
// « ... »", "a dénoncé « ... »", "a reconnu que « ... »" when the marks close
// the sentence), or, for a sentence-shaped span that opens its sentence,
// the quotation before it in the paragraph (a continuation). Scare quotes
// ("les « rebelles modérés »") and names ("l'opération « Bouclier de
// l'Euphrate »") have none of these and are left alone; so are fragments
// inside reported speech ("a assuré que l'opération se déroulait « dans le
// calme » et que ..."), which reported_speech.cc covers whole.
#include <algorithm>

#include "analyse/quote_context.h"
#include "common/strings.h"

namespace vigie::analyse::internal {
namespace {

// The kinds of cue that may introduce a quotation that follows them.
constexpr uint32_t kCuesBefore = kCueQuote | kCueQue | kCueObject | kCueInfinitive | kCueAddressee;

bool IsDash(const Context& ctx, size_t i) {
  return ctx.IsPunct(i, "–") || ctx.IsPunct(i, "—") || ctx.IsPunct(i, "-");
}

bool SentenceEnd(const Context& ctx, size_t i) {
  return ctx.IsPunct(i, ".") || ctx.IsPunct(i, "!") || ctx.IsPunct(i, "?") ||
         ctx.IsPunct(i, "…") || ctx.IsPunct(i, ";");
}

// The verb cue that starts within a few tokens of `j` (over an auxiliary,
// clitics and adverbs: "a ainsi affirmé", "s'est félicité"), or nullptr.
const SpeechCue* CueForward(const Context& ctx, size_t j, size_t limit, size_t* cue,
                            size_t* length) {
  for (size_t k = j; k < limit && k < j + 5; ++k) {
    if (const SpeechCue* c = ctx.CueAt(k, length)) {
      *cue = k;
      return c;
    }
    WordClass w = ctx.Class(k);
    std::string_view f = ctx.Folded(k);
    bool inverted = !f.empty() && f.front() == '-';
    bool clitic = f == "l'" || f == "nous" || f == "vous" || f == "lui" || f == "leur" ||
                  f == "m'" || f == "me";
    if (w != WordClass::kAuxiliary && w != WordClass::kClitic && w != WordClass::kAdverb &&
        w != WordClass::kConnective && !inverted && !clitic)
      return nullptr;
  }
  return nullptr;
}

// The inverted pronoun glued after a cue ("raconte-t-il"), or kNoToken.
size_t InvertedPronounAfter(const Context& ctx, size_t i, size_t limit) {
  if (i >= limit) return kNoToken;
  std::string_view f = ctx.Folded(i);
  Gender g;
  bool plural;
  if (!f.empty() && f.front() == '-' && PronounInfo(f, ctx.english, &g, &plural)) return i;
  return kNoToken;
}

void SetCue(const Context& ctx, size_t from, size_t to, Candidate* c) {
  c->cue_start = ctx.text.tokens()[from].start;
  c->cue_end = ctx.text.tokens()[to - 1].end;
}

// "« ... », a déclaré X", "« ... », selon X", "“...,” he said".
bool AttributionAfter(const Context& ctx, size_t i, Candidate* c) {
  const size_t n = ctx.text.tokens().size();
  if (i + 1 < n && IsDash(ctx, i) && ctx.IsPunct(i + 1, ",")) ++i;  // « ... » –, avait lancé
  if (i >= n) return false;
  size_t j;
  if (ctx.IsPunct(i, ",")) {
    j = i + 1;
  } else if (i >= 2 && ctx.IsPunct(i - 2, ",") && QuoteMarkType(ctx.text, i - 1) != 0) {
    j = i;  // “We will not give up,” said John Smith.
  } else {
    return false;
  }
  if (j >= n) return false;  // the text ends on the comma
  size_t sentence_end = ctx.SentenceOf(j).token_end;
  if (j >= sentence_end) return false;
  size_t cue = 0, length = 0;
  const SpeechCue* sc = CueForward(ctx, j, sentence_end, &cue, &length);
  if (sc != nullptr && (sc->kinds & kCueSource)) {
    c->ref = ParseSpeakerPhrase(ctx, cue + length, sentence_end);
    SetCue(ctx, cue, cue + length, c);
    return c->ref.type != RefType::kNone;
  }
  if (sc == nullptr && ctx.english) {
    // ", he said", ", the minister said"
    for (size_t k = j; k < sentence_end && k < j + 7; ++k) {
      if ((sc = ctx.CueAt(k, &length)) != nullptr) {
        if (k == j) {  // "said John Smith": inverted, read below
          cue = k;
          break;
        }
        c->ref = ParseSpeakerPhrase(ctx, j, VerbGroupStart(ctx, k, j));
        SetCue(ctx, k, k + length, c);
        return c->ref.type != RefType::kNone;
      }
    }
    if (sc == nullptr) return false;
  }
  if (sc == nullptr || (sc->kinds & (kCueQuote | kCueQue | kCueIncise)) == 0) return false;
  // "« ... », exigeant": a participle does not attribute what precedes it.
  std::string_view form = ctx.Folded(cue);
  if (cue == j && form.size() > 4 && (EndsWith(form, "ant") || EndsWith(form, "ing"))) return false;
  size_t end = cue + length;
  size_t pronoun = InvertedPronounAfter(ctx, end, sentence_end);
  for (size_t k = j; k < cue && pronoun == kNoToken; ++k) pronoun = InvertedPronounAfter(ctx, k, cue);
  if (pronoun != kNoToken) {
    c->ref = ParseSpeakerPhrase(ctx, pronoun, pronoun + 1);
    SetCue(ctx, j, std::max(end, pronoun + 1), c);
    return true;
  }
  size_t subject = SkipAdjuncts(ctx, end, sentence_end);
  c->ref = ParseSpeakerPhrase(ctx, subject, sentence_end);
  SetCue(ctx, j, end, c);
  if (c->ref.type == RefType::kNone) c->ref.type = RefType::kUnnamed;
  return true;
}

// "X a lancé : « ... »", "Bachar al-Assad : « ... »", "Il s'en explique :"
// at the end of the paragraph before: the cue in the clause before the
// colon, else a name or a pronoun heading it (not a place: "Syrie : « ...
// »" names a topic).
bool ColonAttribution(const Context& ctx, size_t colon, Candidate* c) {
  size_t clause = std::max(ctx.SentenceOf(colon).token_begin, colon > 60 ? colon - 60 : size_t{0});
  for (size_t k = colon; k > clause; --k) {
    if (ctx.span_at[k - 1] >= 0) {
      clause = k;
      break;
    }
  }
  for (size_t k = clause; k < colon; ++k) {
    size_t length = 0;
    const SpeechCue* sc = ctx.CueAt(k, &length);
    if (sc == nullptr || !(sc->kinds & kCuesBefore) ||
        ReportsNothing(ctx, VerbGroupStart(ctx, k, clause), k, *sc))
      continue;
    c->ref = FindSubject(ctx, k);
    SetCue(ctx, VerbGroupStart(ctx, k, clause), k + length, c);
    if (c->ref.type == RefType::kNone) c->ref.type = RefType::kUnnamed;
    return true;
  }
  c->ref = ParseSpeakerPhrase(ctx, clause, colon);
  if (c->ref.type == RefType::kMention) {
    const Mention& m = ctx.mentions[c->ref.mention];
    if (m.type == 'L' || (m.type == '?' && m.end - m.begin < 2)) c->ref = SpeakerRef();
  }
  if (c->ref.type != RefType::kMention && c->ref.type != RefType::kPronoun &&
      c->ref.type != RefType::kInterviewee)
    return false;
  SetCue(ctx, colon, colon + 1, c);
  return true;
}

// "un diplomate selon lequel « ... »": the antecedent speaks.
bool SelonLequel(const Context& ctx, size_t relative, size_t sentence_begin, Candidate* c) {
  size_t e = relative - 1, b = e, skipped = 0;
  while (b > sentence_begin && !ctx.IsPunct(b - 1, ",") && ctx.span_at[b - 1] < 0 &&
         ctx.CueAt(b - 1, &skipped) == nullptr)
    --b;
  c->ref = ParseSpeakerPhrase(ctx, b, e);
  if (c->ref.type == RefType::kNone) c->ref.type = RefType::kUnnamed;
  SetCue(ctx, relative - 1, relative + 1, c);
  return true;
}

// Between a cue and the opening mark, only adjuncts, or "que" right before
// the mark; after "que", commas and adjuncts over a longer reach ("a
// reconnu, lors d'un discours à Gao, que « ... »", "juge, lui, que").
bool NothingBetween(const Context& ctx, const SpeechCue& sc, size_t after, size_t open,
                    bool after_que, bool* que) {
  size_t next = SkipAdjuncts(ctx, after, open);
  *que = next < open && ctx.Class(next) == WordClass::kComplementizer && next + 1 == open;
  if (after_que && !*que) {
    bool plain = true;
    for (size_t t = after; t + 1 < open && plain; ++t) {
      size_t other = 0;
      plain = (ctx.text.tokens()[t].kind != text::TokenKind::kPunct || ctx.IsPunct(t, ",")) &&
              ctx.CueAt(t, &other) == nullptr && ctx.span_at[t] < 0;
    }
    *que = plain && (sc.kinds & kCueQue);
  }
  return next == open || *que;
}

// The marks must close the clause: "a dénoncé « ... »." but not "juge que
// « une fenêtre s'ouvre » pour un rapprochement"; an adjunct may follow a
// quoted complement ("scandaient « ... » devant le siège"), not the rest
// of a que-clause.
bool ClosesClause(const Context& ctx, const QuotedSpan& q, bool que) {
  if (!q.closed()) return true;
  size_t t = q.close + 1;
  if (t >= ctx.text.tokens().size() || ctx.ParagraphOf(t) != ctx.ParagraphOf(q.close)) return true;
  bool adjunct = !que && ctx.Class(t) == WordClass::kPreposition && ctx.Folded(t) != "de" &&
                 ctx.Folded(t) != "d'";
  return SentenceEnd(ctx, t) || ctx.IsPunct(t, ",") || IsDash(ctx, t) || adjunct;
}

// The cue or colon before the opening mark of `q`.
bool AttributionBefore(const Context& ctx, const QuotedSpan& q, Candidate* c) {
  const text::Sentence& s = ctx.SentenceOf(q.open);
  size_t open = q.open;
  // "Il s'en explique :" may end the sentence or the paragraph before.
  if (open == s.token_begin && (open == 0 || !ctx.IsPunct(open - 1, ":"))) return false;
  size_t p = open - 1;
  if (ctx.IsPunct(p, ":")) return ColonAttribution(ctx, p, c);
  if (p >= s.token_begin + 2 && ctx.Class(p) == WordClass::kRelative &&
      ctx.Folded(p - 1) == "selon")
    return SelonLequel(ctx, p, s.token_begin, c);
  // A verb cue a few tokens back.
  bool after_que = ctx.Class(p) == WordClass::kComplementizer;
  size_t reach = after_que ? 14 : 7;
  size_t limit = s.token_begin + reach < open ? open - reach : s.token_begin;
  for (size_t k = open; k > limit; --k) {
    size_t cue = k - 1, length = 0;
    if (ctx.span_at[cue] >= 0) return false;
    const SpeechCue* sc = ctx.CueAt(cue, &length);
    if (sc == nullptr || !(sc->kinds & kCuesBefore)) continue;
    if (ReportsNothing(ctx, VerbGroupStart(ctx, cue, s.token_begin), cue, *sc)) return false;
    size_t after = cue + length;
    if (after < open && InvertedPronounAfter(ctx, after, open) != kNoToken) ++after;
    bool que = false;
    if (!NothingBetween(ctx, *sc, after, open, after_que, &que) || !ClosesClause(ctx, q, que))
      return false;
    c->ref = FindSubject(ctx, cue);
    if (c->ref.type == RefType::kNone) c->ref.type = RefType::kUnnamed;
    SetCue(ctx, VerbGroupStart(ctx, cue, s.token_begin), cue + length, c);
    return true;
  }
  return false;
}

// A span shaped like a sentence: it opens its sentence, starts with a
// capital and has at least four words.
bool SentenceShaped(const Context& ctx, const QuotedSpan& q) {
  const text::Sentence& s = ctx.SentenceOf(q.open);
  size_t first = s.token_begin;
  while (first < q.open && IsDash(ctx, first)) ++first;
  bool opens = first == q.open;
  if (!opens && q.open > 0 && ctx.IsPunct(q.open - 1, ":")) opens = true;
  if (!opens || !ctx.Capitalised(q.begin)) return false;
  int words = 0;
  for (size_t k = q.begin; k < q.end; ++k) words += ctx.IsWord(k);
  return words >= 4;
}

// An incise inside the quoted words: « Ce soir, la gauche relève la tête, a
// lancé Benoît Hamon. Elle se tourne vers l'avenir. » Finds the comma that
// opens it and the first token after it; fills the speaker and the cue.
struct Incise {
  size_t comma = 0, resume = 0;
};

bool FindIncise(const Context& ctx, size_t b, size_t e, Incise* incise, Candidate* c) {
  int depth = 0;
  for (size_t k = b; k + 2 < e; ++k) {
    int mark = QuoteMarkType(ctx.text, k);
    if (mark == 1) ++depth;
    if (mark == 2 && depth > 0) --depth;
    if (depth > 0 || !ctx.IsPunct(k, ",") || k < b + 2) continue;
    size_t cue = 0, length = 0;
    const SpeechCue* sc = CueForward(ctx, k + 1, e, &cue, &length);
    if (sc == nullptr || !(sc->kinds & (kCueQuote | kCueIncise)) || cue > k + 3) continue;
    size_t end = cue + length;
    size_t pronoun = InvertedPronounAfter(ctx, end, e);
    for (size_t t = k + 1; t < cue && pronoun == kNoToken; ++t) pronoun = InvertedPronounAfter(ctx, t, cue);
    SpeakerRef ref;
    size_t stop;
    if (pronoun != kNoToken) {
      ref = ParseSpeakerPhrase(ctx, pronoun, pronoun + 1);
      // "glisse-t-il lorsqu'on le croise devant la bibliothèque. J'avais ..."
      stop = std::max(end, pronoun + 1);
      for (size_t t = stop; t < e && t < stop + 12; ++t) {
        if (ctx.IsPunct(t, ",") || ctx.IsPunct(t, ".")) {
          stop = t;
          break;
        }
        if (QuoteMarkType(ctx.text, t) != 0) break;
      }
    } else {
      ref = ParseSpeakerPhrase(ctx, SkipAdjuncts(ctx, end, e), e);
      if (!ref.head_known || !ref.clean) continue;
      stop = ref.stop;
      if (stop > 0 && ctx.IsPunct(stop - 1, ",")) --stop;  // "dit Bouvard, et sans enfants"
    }
    if (stop + 1 >= e || !(ctx.IsPunct(stop, ",") || ctx.IsPunct(stop, "."))) continue;
    incise->comma = k;
    incise->resume = stop + 1;
    c->ref = ref;
    SetCue(ctx, k + 1, std::max(end, pronoun == kNoToken ? end : pronoun + 1), c);
    return true;
  }
  return false;
}

// Dialogue lines of fiction and transcripts: a paragraph that opens with a
// dash ("— Oui, répondit-il."). Taken when an incise names the speaker, or
// when lines in a row speak in the first or second person.
bool SpeaksInPerson(const Context& ctx, const TextParagraph& p) {
  for (size_t k = p.token_begin; k < p.token_end; ++k) {
    std::string_view f = ctx.Folded(k);
    if (f == "je" || f == "j'" || f == "me" || f == "m'" || f == "moi" || f == "nous" ||
        f == "vous" || f == "tu" || f == "te" || f == "t'" || f == "toi" || f == "-vous" ||
        f == "-nous" || f == "-tu" || f == "-je")
      return true;
  }
  return false;
}

void FindDialogueLines(Context* ctx) {
  const auto& paragraphs = ctx->text.paragraphs();
  const auto& tokens = ctx->text.tokens();
  auto dashed = [&](size_t p) {
    return p < paragraphs.size() && paragraphs[p].token_end > paragraphs[p].token_begin + 1 &&
           (ctx->IsPunct(paragraphs[p].token_begin, "—") || ctx->IsPunct(paragraphs[p].token_begin, "–"));
  };
  for (size_t p = 0; p < paragraphs.size(); ++p) {
    if (!dashed(p)) continue;
    size_t b = paragraphs[p].token_begin + 1, e = paragraphs[p].token_end;
    if (ctx->span_at[b] >= 0) continue;
    Candidate c;
    c.direct = true;
    c.tier = 3;
    Incise incise;
    if (FindIncise(*ctx, b, e, &incise, &c)) {
      Candidate second = c;
      c.start = tokens[b].start;
      c.end = tokens[incise.comma - 1].end;
      second.start = tokens[incise.resume].start;
      second.end = tokens[e - 1].end;
      ctx->AddCandidate(c);
      ctx->AddCandidate(second);
      continue;
    }
    // Dash lines in a row that end like sentences or speak in the first or
    // second person are dialogue, and so is a line after a colon.
    bool run = dashed(p + 1) || (p > 0 && dashed(p - 1));
    bool introduced = p > 0 && paragraphs[p - 1].token_end > paragraphs[p - 1].token_begin &&
                      ctx->IsPunct(paragraphs[p - 1].token_end - 1, ":");
    size_t last = e - 1;
    while (last > b && QuoteMarkType(ctx->text, last) != 0) --last;
    bool sentence = ctx->IsPunct(last, ".") || ctx->IsPunct(last, "!") ||
                    ctx->IsPunct(last, "?") || ctx->IsPunct(last, "…");
    if (!introduced && !(run && (SpeaksInPerson(*ctx, paragraphs[p]) || sentence))) continue;
    // "— Deux noms ? dit-il": the line ends before an inverted cue.
    size_t end = e;
    for (size_t k = b + 1; k < e; ++k) {
      size_t length = 0;
      if ((ctx->IsPunct(k - 1, "?") || ctx->IsPunct(k - 1, "!") || ctx->IsPunct(k - 1, ",")) &&
          ctx->CueAt(k, &length) != nullptr && InvertedPronounAfter(*ctx, k + length, e) != kNoToken) {
        end = ctx->IsPunct(k - 1, ",") ? k - 1 : k;
        break;
      }
    }
    c.start = tokens[b].start;
    c.end = tokens[end - 1].end;
    c.ref.type = RefType::kUnnamed;
    c.cue_text = "dialogue";
    ctx->AddCandidate(c);
  }
}

}  // namespace

void FindDirectQuotes(Context* ctx) {
  const auto& tokens = ctx->text.tokens();
  for (size_t n = 0; n < ctx->spans.size(); ++n) {
    const QuotedSpan& q = ctx->spans[n];
    Candidate c;
    c.direct = true;
    c.start = tokens[q.begin].start;
    c.end = tokens[q.end - 1].end;
    Incise incise;
    if (FindIncise(*ctx, q.begin, q.end, &incise, &c)) {
      Candidate second = c;
      c.end = tokens[incise.comma - 1].end;
      second.start = tokens[incise.resume].start;
      ctx->AddCandidate(c);
      ctx->AddCandidate(second);
      continue;
    }
    size_t after = q.closed() ? q.close + 1 : kNoToken;
    // A translation gloss between dashes takes the attribution after it:
    // « Wir schaffen das » – « nous y arriverons » –, avait lancé X.
    if (after != kNoToken && after + 1 < tokens.size() && IsDash(*ctx, after) &&
        n + 1 < ctx->spans.size() && ctx->spans[n + 1].open == after + 1 &&
        ctx->spans[n + 1].closed()) {
      size_t k = ctx->spans[n + 1].close + 1;
      if (k < tokens.size() && IsDash(*ctx, k)) after = k + 1;
    }
    bool found = after != kNoToken && AttributionAfter(*ctx, after, &c);
    if (!found) found = AttributionBefore(*ctx, q, &c);
    if (found && c.ref.type == RefType::kThing) continue;
    bool title = static_cast<int>(q.first_paragraph) == ctx->title_paragraph;
    if (title && ctx->interview.active &&
        (!found || c.ref.type == RefType::kUnnamed || c.ref.type == RefType::kNone)) {
      c.ref.type = RefType::kInterviewee;
      if (!found) c.cue_text = "interview";
      found = true;
    }
    if (!found && SentenceShaped(*ctx, q)) {
      c.tier = 3;
      c.ref.type = title ? RefType::kUnnamed : RefType::kContinuation;
      c.ref.anchor = q.open;
      c.cue_text = title ? "headline" : "continuation";
      found = true;
    }
    if (!found) continue;
    c.ref.anchor = c.ref.type == RefType::kPronoun || c.ref.type == RefType::kDescription
                       ? std::min(c.ref.anchor, q.open)
                       : c.ref.anchor;
    ctx->AddCandidate(std::move(c));
  }
  if (!ctx->interview.active) FindDialogueLines(ctx);
}

}  // namespace vigie::analyse::internal
