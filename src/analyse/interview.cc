// Interviews: answers are quotations without quotation marks. An article is
// read as an interview when at least two question paragraphs are each
// followed by an answer, and the questions are the interviewer's (they
// address the interviewee with "vous", or the title or introduction says
// "entretien", "interview", "propos recueillis", "questions"), or when
// paragraphs alternate between two "Name :" labels. A question is a
// paragraph that ends with "?" and either says "vous" or is short (at most
// 15 words); the paragraph after a question is always an answer, even when
// it ends with a rhetorical question of its own, and an answer runs over
// the next paragraphs up to the next question. The interviewee is the
// person the title names (outside its quotation), else the first person of
// the introduction, else the label that is not the interviewer's.
#include <algorithm>

#include "analyse/quote_context.h"
#include "common/strings.h"
#include "text/normalize.h"

namespace vigie::analyse::internal {
namespace {

struct ParagraphShape {
  bool question = false;
  bool ends_with_question = false;
  bool vous = false;
  int label = -1;         // mention labelling the paragraph ("Karim Haddad :")
  int role = 0;           // "Q :"/"Question :" 1, "R :"/"Réponse :" 2, else 0
  size_t label_end = 0;   // first token after the label's colon
  size_t content = 0;     // first token of the content (after a dash or label)
  bool stop = false;      // "Propos recueillis par", "Source :": not an answer
};

ParagraphShape Shape(const Context& ctx, const TextParagraph& p) {
  ParagraphShape s;
  s.content = p.token_begin;
  if (p.token_begin >= p.token_end) return s;
  size_t b = p.token_begin;
  if (ctx.IsPunct(b, "—") || ctx.IsPunct(b, "–") || ctx.IsPunct(b, "-")) s.content = b + 1;
  // "Name :" labels: a name of at most five tokens, then a colon; and the
  // generic "Q :" / "R :" / "Question :" / "Réponse :" (with or without a
  // period: "Q. :").
  for (size_t k = b; k < p.token_end && k < b + 6; ++k) {
    if (!ctx.IsPunct(k, ":") && !(k == b + 1 && ctx.IsPunct(k, "-"))) continue;
    std::string_view head = ctx.Folded(b);
    if (head == "q." || head == "r." || head == "question" || head == "reponse" ||
        head == "answer" || ((head == "q" || head == "r" || head == "a") && ctx.Capitalised(b))) {
      if (k <= b + 2) {
        s.role = head[0] == 'q' ? 1 : 2;
        s.content = k + 1;
      }
      break;
    }
    if (ctx.mention_at[b] >= 0 && static_cast<size_t>(ctx.mentions[ctx.mention_at[b]].end) == k) {
      s.label = ctx.mention_at[b];
      s.content = k + 1;
    }
    break;
  }
  std::string_view first = ctx.Folded(b);
  std::string_view second = b + 1 < p.token_end ? ctx.Folded(b + 1) : std::string_view();
  size_t length = p.token_end - p.token_begin;
  // "Propos recueillis par X", "Par X", "Source : X", "Lire aussi"
  s.stop = (first == "propos" && second == "recueillis") ||
           ((first == "par" || first == "source" || first == "lire") && length <= 8);
  // A by-line at the end: "Entretien réalisé par Claire Dumontet".
  for (size_t k = b; k + 1 < p.token_end && length <= 10 && !s.stop; ++k) {
    std::string_view w = ctx.Folded(k);
    s.stop = (w == "par" || w == "by") && ctx.Capitalised(k + 1) && ctx.IsWord(k + 1);
  }
  size_t last = p.token_end - 1;
  while (last > b && QuoteMarkType(ctx.text, last) != 0) --last;
  int words = 0;
  for (size_t k = s.content; k < p.token_end; ++k) {
    words += ctx.IsWord(k);
    std::string_view f = ctx.Folded(k);
    if (f == "vous" || f == "-vous" || f == "votre" || f == "vos" || f == "you" || f == "your")
      s.vous = true;
  }
  s.ends_with_question = ctx.IsPunct(last, "?");
  s.question = s.ends_with_question && (s.vous || words <= 15);
  // "Des médias russes vous accusent d'être ...": a short remark to "vous".
  s.question = s.question || (s.vous && words <= 25 && s.label < 0 && s.role == 0);
  if (s.role != 0) s.question = s.role == 1;
  return s;
}

constexpr std::string_view kMarkers[] = {"entretien", "interview", "recueillis",
                                         "questions", "interviewe", "interviewee"};

bool InterviewMarker(const Context& ctx, size_t paragraph_end) {
  for (std::string_view m : kMarkers) {
    if (ctx.title_folded.find(m) != std::string::npos) return true;
  }
  for (size_t p = 0; p < paragraph_end && p < ctx.text.paragraphs().size(); ++p) {
    const TextParagraph& para = ctx.text.paragraphs()[p];
    for (size_t k = para.token_begin; k < para.token_end; ++k) {
      if (std::find(std::begin(kMarkers), std::end(kMarkers), ctx.Folded(k)) != std::end(kMarkers))
        return true;
    }
  }
  return false;
}

// A person: PER, or a fallback name of two words or more.
bool PersonLike(const Mention& m) {
  return m.type == 'P' || (m.type == '?' && m.end - m.begin >= 2);
}

// The first person named in tokens [b, e). In an introduction (`intro`),
// by-lines are passed over and a lone name in apposition counts ("Nour, 24
// ans, étudiante, ...").
int FirstPerson(const Context& ctx, size_t b, size_t e, bool intro) {
  for (size_t k = b; k < e; ++k) {
    int m = ctx.mention_at[k];
    if (m < 0 || ctx.span_at[k] >= 0) continue;
    const TextParagraph& para = ctx.text.paragraphs()[ctx.ParagraphOf(k)];
    std::string_view first = ctx.Folded(para.token_begin);
    if (intro && (first == "propos" || first == "par")) continue;
    const Mention& mention = ctx.mentions[m];
    if (PersonLike(mention)) return m;
    if (intro && mention.type == '?' && mention.end < e && ctx.IsPunct(mention.end, ",") &&
        mention.begin == para.token_begin)
      return m;
    k = mention.end - 1;
  }
  return -1;
}

// The person of the text whose name the title (kept apart from the text)
// gives, preferring the one after "avec", "with" or "selon".
int PersonInTitle(const Context& ctx) {
  if (ctx.title_folded.empty()) return -1;
  size_t after = 0;
  for (std::string_view w : {"avec ", "with ", "selon "}) {
    size_t at = ctx.title_folded.find(w);
    if (at != std::string::npos) after = std::max(after, at);
  }
  int best = -1;
  size_t best_at = std::string::npos;
  for (size_t k = 0; k < ctx.mentions.size(); ++k) {
    const Mention& m = ctx.mentions[k];
    if (!PersonLike(m) || m.in_quote) continue;
    std::string name = text::FoldForMatching(ctx.text.Slice(m.start, m.stop));
    size_t at = ctx.title_folded.find(name, after);
    if (at == std::string::npos) at = ctx.title_folded.find(name);
    if (at == std::string::npos) continue;
    size_t rank = at >= after ? at - after : ctx.title_folded.size() + at;
    if (rank < best_at) best_at = rank, best = static_cast<int>(k);
  }
  return best;
}

}  // namespace

void FindInterview(Context* ctx) {
  const auto& paragraphs = ctx->text.paragraphs();
  std::vector<ParagraphShape> shapes;
  shapes.reserve(paragraphs.size());
  for (const TextParagraph& p : paragraphs) shapes.push_back(Shape(*ctx, p));
  size_t body = ctx->title_paragraph >= 0 ? ctx->title_paragraph + 1 : 0;
  // Said to be an interview (title or the first paragraphs): then any
  // paragraph that ends with "?" may be a question, however long.
  bool marker = InterviewMarker(*ctx, std::min(paragraphs.size(), body + 3));
  if (marker) {
    for (ParagraphShape& s : shapes) {
      if (s.label < 0 && s.role == 0) s.question = s.question || s.ends_with_question;
    }
  }
  bool titled = ctx->title_paragraph >= 0 || !ctx->title_folded.empty();
  // Question-answer pairs.
  int pairs = 0, labelled = 0;
  bool vous = false;
  size_t first_question = paragraphs.size();
  for (size_t p = body; p + 1 < paragraphs.size(); ++p) {
    labelled += shapes[p].label >= 0 || shapes[p].role != 0;
    if (!shapes[p].question || shapes[p + 1].question || shapes[p + 1].stop) continue;
    ++pairs;
    vous = vous || shapes[p].vous;
    first_question = std::min(first_question, p);
  }
  // Fiction and transcripts also alternate questions and answers, in dash
  // lines: without a word that says "interview", those are dialogue.
  int dashed = 0;
  for (size_t p = body; p < paragraphs.size(); ++p) dashed += shapes[p].content > paragraphs[p].token_begin && shapes[p].label < 0;
  marker = marker || InterviewMarker(*ctx, first_question);
  // A titled article laid out in questions to "vous" and answers is an
  // interview; untitled dash dialogue needs the word.
  if (pairs < 2 ||
      !(marker || labelled >= 4 || (vous && (titled || dashed < 3))))
    return;
  Interview& iv = ctx->interview;
  iv.active = true;
  iv.first_question = first_question;
  // The interviewee: named in the title, in the introduction, or by label.
  if (ctx->title_paragraph >= 0) {
    const TextParagraph& t = paragraphs[ctx->title_paragraph];
    // The person after the title's cue ("selon le docteur X", "prévient X",
    // "entretien avec X"), else its first person.
    for (size_t k = t.token_begin; k < t.token_end && iv.interviewee < 0; ++k) {
      size_t length = 0;
      std::string_view w = ctx->Folded(k);
      if (ctx->span_at[k] < 0 && (ctx->CueAt(k, &length) != nullptr || w == "avec" || w == "with"))
        iv.interviewee = FirstPerson(*ctx, k + 1, t.token_end, false);
    }
    if (iv.interviewee < 0) iv.interviewee = FirstPerson(*ctx, t.token_begin, t.token_end, false);
  }
  if (iv.interviewee < 0) iv.interviewee = PersonInTitle(*ctx);
  if (iv.interviewee < 0) {
    iv.interviewee = FirstPerson(*ctx, paragraphs[body].token_begin,
                                 paragraphs[first_question].token_begin, true);
  }
  if (iv.interviewee < 0) {
    for (size_t p = first_question; p < paragraphs.size() && iv.interviewee < 0; ++p) {
      if (shapes[p].label >= 0 && !shapes[p].question) iv.interviewee = shapes[p].label;
    }
  }
  if (iv.interviewee < 0) {
    iv.active = false;
    return;
  }
  iv.interviewee_canonical = ctx->mentions[iv.interviewee].canonical;
  // The answers, each over one or more paragraphs.
  const auto& tokens = ctx->text.tokens();
  bool previous_question = false;
  size_t open = kNoToken;  // index of the answer that may go on
  for (size_t p = first_question; p < paragraphs.size(); ++p) {
    const ParagraphShape& s = shapes[p];
    if (s.stop) break;
    bool label_question = (s.label >= 0 && ctx->mentions[s.label].canonical != iv.interviewee_canonical) ||
                          s.role == 1;
    bool label_answer = (s.label >= 0 && !label_question) || s.role == 2;
    bool question = label_question || (!label_answer && s.question && !previous_question);
    previous_question = question;
    if (question || s.content >= paragraphs[p].token_end) {
      open = kNoToken;
      continue;
    }
    if (open != kNoToken && !label_answer) {
      ctx->candidates[open].end = tokens[paragraphs[p].token_end - 1].end;
      continue;
    }
    Candidate c;
    c.direct = true;
    c.tier = 0;
    c.start = tokens[s.content].start;
    c.end = tokens[paragraphs[p].token_end - 1].end;
    c.ref.type = RefType::kInterviewee;
    c.ref.anchor = paragraphs[p].token_begin;
    c.cue_text = "interview";
    open = ctx->candidates.size();
    ctx->AddCandidate(std::move(c));
  }
}

}  // namespace vigie::analyse::internal
