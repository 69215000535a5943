// LabelScorer: design notes.
//
// Why a model. The issue asks label precision 0.95. The rules reach 0.94 on
// the development paragraphs they were written from, but about 0.91 on the
// held-out halves and 0.90 on a set when it arrives: what is left is the
// target a generic word designates ("terroristes", "combattants",
// "mercenaires") in a war the rules have not seen. No one rule is wrong
// often enough to drop, but the evidence against a label adds up: a word
// that is often another group's, a paragraph that names that group, another
// label of the same word with another target, a quotation. A logistic model
// weighs that evidence, and a label it doubts is held back rather than given
// as a finding a reader would have to check. Precision first, as for the
// techniques; every label stays available with its confidence
// (`--all-labels`).
//
// The features (LabelFeatures), all named so that the weights table reads
// as an explanation:
//   row:TERM|TARGET|STANCE|CONDITION  the lexicon entry and the condition
//                       that chose its row ("-" for a default row): how
//                       often that decision is right;
//   term:TERM, label:TARGET|STANCE, condition:KIND, lang:LANG|TARGET;
//   targets:N           distinct targets among the paragraph's labels (3 = 3+);
//   sentence_targets:N  the same in the label's sentence;
//   first               the paragraph's first label;
//   same:TARGET|N       labels of the paragraph with this target, itself included;
//   split               the same term has another target in the paragraph;
//   named:CLASS|TARGET, term_named:TERM|CLASS|TARGET  the paragraph names a
//                       jihadist group (jihadist_name), a rebel group
//                       (rebel_name), a jihadist theatre (jihadist_theatre)
//                       or a party out of scope (out_of_scope);
//   country:CC|TARGET   the country of a place of the paragraph (the entity
//                       layer's);
//   quoted|TARGET, reported, doubted, evaluative, noun: FoundLabel's flags;
//   capitalised         capitalised after the sentence's first word;
//   left:W, right:W     the two words before and after, in the sentence;
//                       left1:W the one right before.
// A term the model never saw (a user's own lexicon) has no row or term
// weight: its labels are scored on the rest, and never held back
// (LabelScorer::KnowsTerm). Features were kept when they lowered the
// held-out log loss (data/models/README.md has the measurements and what
// was left out).
//
// Training (tools/train_label_confidence.py, data/models/README.md): the
// development labels only (odd paragraphs of the gold set and of the
// held-out sets, and the development sets), each right when its span,
// target and stance match the gold; L2-regularised logistic regression.
// The threshold is chosen by cross-validation over whole sets (a set's
// labels are all held out together, as a new story would be), where the
// held-out precision reaches the `--precision` asked (0.975: the issue's
// 0.95 plus the margin by which development labels run ahead of text
// nobody tuned on; 0.97 until the thirty-first session, when two batches of
// sets scored on arrival gave 0.958 and 0.934 with it). Measured
// 2026-12-06, at 0.97: test split P 0.911 R 0.883 for every label, 0.962
// and 0.704 for those emitted; four sets written after the model, on
// arrival, 0.934 R 0.913 and 0.975 R 0.774.
#include "analyse/label_confidence.h"

#include <algorithm>
#include <cmath>
#include <iterator>
#include <map>
#include <set>

#include "analyse/analysis_text.h"

namespace vigie::analyse {
namespace {

// The condition that chose a label's row, "-" for a default row.
std::string_view ConditionOf(std::string_view cue) {
  const std::string_view condition = CueCondition(cue);
  return condition.empty() ? "-" : condition;
}

bool WordToken(std::string_view folded) {
  return std::any_of(folded.begin(), folded.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || static_cast<unsigned char>(c) >= 0x80;
  });
}

std::string Capped(size_t n) { return std::to_string(std::min<size_t>(n, 3)); }

// The context classes whose presence in the paragraph is a feature.
constexpr const char* kNamedClasses[] = {"jihadist_name", "rebel_name", "jihadist_theatre", "out_of_scope"};

}  // namespace

std::vector<std::vector<std::string>> LabelFeatures(const LexiconMatches& m, const std::vector<FoundLabel>& labels,
                                                    const std::vector<Entity>& entities) {
  const AnalysisText& text = m.text();
  const Lexicon& lexicon = m.lexicon();
  int class_ids[std::size(kNamedClasses)];
  for (size_t c = 0; c < std::size(kNamedClasses); ++c) class_ids[c] = lexicon.ClassId(kNamedClasses[c]);
  std::vector<std::vector<std::string>> out(labels.size());
  size_t next_entity = 0;
  // Labels come ordered by start: a paragraph's are consecutive. Each
  // paragraph's facts are gathered once, then each label's features.
  for (size_t begin = 0; begin < labels.size();) {
    const size_t paragraph = m.ParagraphOfToken(labels[begin].token_begin);
    size_t end = begin;
    while (end < labels.size() && m.ParagraphOfToken(labels[end].token_begin) == paragraph) ++end;
    const TextParagraph& p = text.paragraphs()[paragraph];
    std::set<std::string_view> targets, countries;
    std::map<std::string_view, size_t> by_target;
    std::map<std::string_view, std::set<std::string_view>> targets_of_term;
    std::map<size_t, std::set<std::string_view>> targets_of_sentence;
    for (size_t k = begin; k < end; ++k) {
      const Label& o = labels[k].label;
      if (labels[k].Untargeted()) continue;
      targets.insert(o.target);
      ++by_target[o.target];
      targets_of_term[o.term].insert(o.target);
      targets_of_sentence[text.SentenceOfToken(labels[k].token_begin)].insert(o.target);
    }
    while (next_entity < entities.size() && entities[next_entity].start < p.start) ++next_entity;
    for (size_t e = next_entity; e < entities.size() && entities[e].start < p.end; ++e) {
      const Entity& x = entities[e];
      if (x.geo && !x.geo->country.empty() && x.end <= p.end) countries.insert(x.geo->country);
    }
    std::vector<const char*> named;
    for (size_t c = 0; c < std::size(kNamedClasses); ++c) {
      if (m.ClassInTokens(class_ids[c], p.token_begin, p.token_end)) named.push_back(kNamedClasses[c]);
    }

    bool first = true;
    for (size_t k = begin; k < end; ++k) {
      const FoundLabel& f = labels[k];
      if (f.Untargeted()) continue;
      const Label& l = f.label;
      const std::string_view condition = ConditionOf(l.cue);
      const std::string target_stance = l.target + "|" + l.stance;
      std::vector<std::string>& v = out[k];
      v = {"bias",
           "row:" + l.term + "|" + target_stance + "|" + std::string(condition),
           "term:" + l.term,
           "label:" + target_stance,
           "condition:" + std::string(condition.substr(0, condition.find(':')))};
      if (f.row != nullptr) {
        v.push_back("lang:" + lexicon.languages()[lexicon.label_terms()[f.row->term].lang] + "|" + l.target);
      }

      // The paragraph's labels.
      const size_t sentence_index = text.SentenceOfToken(f.token_begin);
      v.push_back("targets:" + Capped(targets.size()));
      v.push_back("sentence_targets:" + Capped(targets_of_sentence[sentence_index].size()));
      if (first) v.push_back("first");
      first = false;
      v.push_back("same:" + l.target + "|" + Capped(by_target[l.target]));
      if (targets_of_term[l.term].size() > 1) v.push_back("split");
      for (const char* name : named) {
        v.push_back(std::string("named:") + name + "|" + l.target);
        v.push_back(std::string("term_named:") + l.term + "|" + name + "|" + l.target);
      }
      for (std::string_view c : countries) v.push_back("country:" + std::string(c) + "|" + l.target);

      if (f.quoted) v.push_back("quoted|" + l.target);
      if (f.reported) v.push_back("reported");
      if (f.doubted) v.push_back("doubted");
      if (f.evaluative) v.push_back("evaluative");
      if (f.noun) v.push_back("noun");

      // The words around it, in its sentence.
      const text::Sentence& sentence = text.sentences()[sentence_index];
      int left = 0;
      for (size_t t = f.token_begin; t-- > sentence.token_begin && left < 2;) {
        if (WordToken(text.Folded(t))) {
          v.push_back("left:" + std::string(text.Folded(t)));
          if (left == 0) v.push_back("left1:" + std::string(text.Folded(t)));
          ++left;
        }
      }
      if (left > 0 && text.IsCapitalisedWord(f.token_begin)) v.push_back("capitalised");
      int right = 0;
      for (size_t t = f.token_end; t < sentence.token_end && right < 2; ++t) {
        if (WordToken(text.Folded(t))) {
          v.push_back("right:" + std::string(text.Folded(t)));
          ++right;
        }
      }
    }
    begin = end;
  }
  return out;
}

Result<std::unique_ptr<LabelScorer>> LabelScorer::Load(const std::string& path) {
  return From(FeatureWeights::Load(path), path);
}

Result<std::unique_ptr<LabelScorer>> LabelScorer::Parse(std::string_view content, const std::string& name) {
  return From(FeatureWeights::Parse(content, name), name);
}

Result<std::unique_ptr<LabelScorer>> LabelScorer::From(Result<std::unique_ptr<FeatureWeights>> weights,
                                                       const std::string& name) {
  if (!weights.ok()) return weights.status();
  auto it = (*weights)->weights.find(kThresholdRow);
  if (it == (*weights)->weights.end() || it->second < 0 || it->second > 1) {
    return Status::InvalidArgument(name + ": expected a row " + std::string(kThresholdRow) +
                                   " with the confidence threshold, 0 to 1");
  }
  std::unique_ptr<LabelScorer> out(new LabelScorer());
  out->threshold_ = it->second;
  (*weights)->weights.erase(it);
  out->weights_ = std::move(*weights);
  return out;
}

bool LabelScorer::KnowsTerm(std::string_view term) const {
  std::string key = "term:";
  key += term;
  return weights_->weights.find(key) != weights_->weights.end();
}

double LabelScorer::Confidence(const std::vector<std::string>& features) const {
  double z = 0;
  for (const std::string& f : features) z += weights_->Get(f);
  return 1.0 / (1.0 + std::exp(-z));
}

}  // namespace vigie::analyse
