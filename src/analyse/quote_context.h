// Internal to the quotation finder (quotes.cc and the files it is split
// into): the per-document state its passes share. Not part of the API.
#ifndef VIGIE_ANALYSE_QUOTE_CONTEXT_H_
#define VIGIE_ANALYSE_QUOTE_CONTEXT_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "analyse/analysis_text.h"
#include "analyse/quote_marks.h"
#include "analyse/quote_words.h"
#include "analyse/speaker_nouns.h"
#include "analyse/speech_cues.h"
#include "vigie/document.h"

namespace vigie::analyse::internal {

// A name in the text that may speak: an entity of the NER layer, or a run of
// capitalised words found by the fallback (fallback == true).
struct Mention {
  size_t begin = 0, end = 0;  // tokens
  int64_t start = 0, stop = 0;  // code points
  std::string canonical;
  char type = '?';  // 'P' PER, 'O' ORG, 'L' LOC, '?' fallback of unknown type
  Gender gender = Gender::kUnknown;
  bool fallback = false;
  bool in_quote = false;  // inside an accepted quotation (set before resolution)
};

// How a quotation names its speaker, before resolution.
enum class RefType : uint8_t {
  kNone,          // nothing found: the quote is dropped unless continued
  kMention,       // a name: mention
  kPronoun,       // il, elle, -t-il, lui: the last compatible speaker
  kDescription,   // le diplomate, l'ONG: the last speaker of that kind
  kUnnamed,       // une source, un habitant, les rebelles: speaker null
  kContinuation,  // a quote that goes on from the previous one
  kInterviewee,   // an interview answer, or "vous" in a question
  kThing,         // une banderole, une pancarte: what it bears is no quote
};

struct SpeakerRef {
  RefType type = RefType::kNone;
  int mention = -1;
  Gender gender = Gender::kUnknown;
  bool organisation = false;  // kDescription of a body, not a person
  bool plural = false;
  // The phrase has a speaker noun, a name or a pronoun (not just "toute
  // frappe"), and reads as a noun phrase (no que, no infinitive, no quote
  // mark): what an inverted subject must be.
  bool head_known = false;
  bool clean = true;
  size_t stop = 0;  // where the phrase ended (exclusive)
  size_t anchor = 0;  // token from which to look back when resolving
};

// A quotation found by one of the passes, before overlaps are settled.
struct Candidate {
  int64_t start = 0, end = 0;  // code points of the quoted text
  bool direct = true;
  int tier = 1;  // 0 interview answers, 1 cued, 2 reported, 3 uncued: lower wins
  SpeakerRef ref;
  int64_t cue_start = -1, cue_end = -1;  // code points of the cue; -1: cue_text
  std::string cue_text;                  // when the cue is not in the text
};

struct Interview {
  bool active = false;
  size_t first_question = 0;   // paragraph
  int interviewee = -1;        // mention
  std::string interviewee_canonical;
};

struct Context {
  Context(const AnalysisText& t, const SpeechCueLexicon& c, const SpeakerNouns& n)
      : text(t), cues(c), nouns(n), english(t.english()) {}

  const AnalysisText& text;
  const SpeechCueLexicon& cues;
  const SpeakerNouns& nouns;
  bool english;
  int title_paragraph = -1;  // index of the title's paragraph, -1 if none
  // The title folded for matching, when it is not in the text (text inputs
  // and pages keep it in Document::title only); empty otherwise.
  std::string title_folded;
  std::vector<Mention> mentions;
  std::vector<int> mention_at;  // per token: the mention covering it, or -1
  std::vector<QuotedSpan> spans;
  std::vector<int> span_at;  // per token: the quoted span covering it (marks included)
  std::vector<Candidate> candidates;
  std::vector<int> cue_owner;  // per token: the candidate whose cue starts there, or -1
  Interview interview;

 private:
  WordClass ComputeClass(size_t i) const;
  std::vector<WordClass> classes_;
  std::vector<const SpeechCue*> cue_at_;
  std::vector<uint8_t> cue_length_;

 public:
  void AddCandidate(Candidate c) {
    if (c.cue_start >= 0) {
      size_t t = text.TokenAtOrAfter(c.cue_start);
      if (t < cue_owner.size()) cue_owner[t] = static_cast<int>(candidates.size());
    }
    candidates.push_back(std::move(c));
  }

  std::string_view Folded(size_t i) const { return text.Folded(i); }
  // The word class of token i, with what the folded form cannot tell: "à"
  // from "a", and a noun in -ment ("le gouvernement") from an adverb.
  WordClass Class(size_t i) const { return classes_[i]; }
  bool IsPunct(size_t i, std::string_view p) const {
    return text.tokens()[i].kind == text::TokenKind::kPunct && text.TokenText(i) == p;
  }
  bool IsWord(size_t i) const { return text.tokens()[i].kind == text::TokenKind::kWord; }
  bool Capitalised(size_t i) const;
  const text::Sentence& SentenceOf(size_t i) const {
    return text.sentences()[text.SentenceOfToken(i)];
  }
  size_t ParagraphOf(size_t i) const {
    return text.ParagraphOfSentence(text.SentenceOfToken(i));
  }
  // The speech cue at token i and its length, or nullptr.
  const SpeechCue* CueAt(size_t i, size_t* length) const {
    *length = cue_length_[i];
    return cue_at_[i];
  }

  // Classifies every token and matches the cues once: the passes ask about
  // the same tokens many times. REQUIRES: called before any pass.
  void Prepare();
};

// mentions.cc
void BuildMentions(const std::vector<Entity>& entities, Context* ctx);

// speaker_phrase.cc
// What the phrase in tokens [b, e) says of a speaker ("le porte-parole du
// Kremlin, Dmitri Peskov", "une source militaire", "il", "Moscou").
SpeakerRef ParseSpeakerPhrase(const Context& ctx, size_t b, size_t e);
// The subject of the verb (or verb group) starting at token `verb`, read
// back to the start of its clause.
SpeakerRef FindSubject(const Context& ctx, size_t verb);
// A verb cue at token i (its verb group from vgs) that reports nothing:
// negated ("ne dit pas que"), passive ("est accusé de"), an infinitive ("on
// peut dire que", but "avant d'annoncer" goes on with its subject), or a
// participle used as an adjective ("un travail exigeant", "dit « ... »").
bool ReportsNothing(const Context& ctx, size_t vgs, size_t i, const SpeechCue& cue);
// The first token after a dateline ("DAMAS (AFP) -", "KIEV -") when `b`
// opens a paragraph with one; else `b`.
size_t SkipDateline(const Context& ctx, size_t b, size_t e);
// Skips time words, adverbs, and short prepositional phrases such as "à
// l'AFP", "sur Twitter", "pour sa part" from token `i`, not past `limit`.
size_t SkipAdjuncts(const Context& ctx, size_t i, size_t limit);
// The verb group that ends at cue token `cue_begin` read backwards
// (auxiliary, clitics, adverbs: "s'est", "a ainsi"): its first token.
size_t VerbGroupStart(const Context& ctx, size_t cue_begin, size_t limit);

// direct_quotes.cc, reported_speech.cc, interview.cc
void FindDirectQuotes(Context* ctx);
void FindReportedSpeech(Context* ctx);
void FindInterview(Context* ctx);

}  // namespace vigie::analyse::internal

#endif  // VIGIE_ANALYSE_QUOTE_CONTEXT_H_
