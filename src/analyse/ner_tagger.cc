// The named-entity tagger.
//
// DESIGN ESSAY
//
// The idea. A name is a run of tokens; which run, and of what type, is read
// from the words themselves (capitals, shape, affixes), their neighbours
// ("selon", "M.", "le ministère de", "à"), where they stand (sentence start,
// a headline in Title Case, a dateline "DAMAS (AFP) -") and what the
// curated gazetteers know. A linear model over these features, with tag
// transitions, decoded by Viterbi, is the classic recipe (Collins 2002's
// structured perceptron; Ratinov and Roth 2009 for the features): it trains
// in seconds on one core, runs at tens of MB/s, and every decision is a sum
// of weights one can print. A neural tagger would gain a few points of F1
// on news at a hundred times the cost, a model file of hundreds of MB and no
// way to say why.
//
// Tags. BIO over PER, ORG, LOC, MISC (9 tags); the decoder forbids I-X
// after anything but B-X or I-X, so every span is well formed.
//
// Features (ner_features.cc). For token i: the word as written and folded
// (lower case, no accents), short and long shapes (Xx, Xxxx-Xxx, dd),
// folded prefixes and suffixes of 1-4 bytes, flags (title case, all caps,
// digit, hyphen, apostrophe, initial, final period, sentence start, long
// word) crossed with the sentence's kind (ordinary, Title Case headline,
// all caps), the position in the sentence, the folded words and shapes at
// -2..+2, the word bigrams around i, the shape trigram, and the gazetteer:
// for every table kind (person, organisation, place, country, demonym,
// title, role, organisation head), whether i begins, continues, ends or is
// a match, crossed with i's case, and the matches at -2, -1, +1 (a title
// or role just before, "le ministère de" opening an organisation). Datelines
// are a feature of their own. Features are 64-bit hashes of their template
// and values (no collisions to speak of at a few hundred thousand
// features), so no string is built at run time.
//
// Training (tools/train_ner): the structured averaged perceptron, Viterbi
// decoding inside training as at run time, a fixed number of epochs over the
// sentences in an order shuffled by a fixed seed, so that the same data give
// the same model byte for byte. The sources: fr_news (modern news written
// for the purpose, 1,901 paragraphs) and the Europeana BnF newspapers
// (1870-1939, OCR-noisy, 206k tokens, no MISC), whose last 10% is held out.
// English is taught by data/ner/en_news (240 paragraphs written for the
// purpose), in the same model.
//
// MEASURED (2026-12-02; micro F1 over PER, ORG, LOC, exact span and type;
// "dev" is the odd-numbered half of the quotes_fr gold set, on which every
// choice below was made; the even half is the test set, read once at the
// end; vigie_train_ner prints these, bench/eval_entities.cc the final ones):
//   - gazetteer features: dev 0.890 without, 0.923 with (fr_news alone);
//   - Europeana (OCR-noisy, 1870-1939): dev 0.923 without; 0.933, 0.935,
//     0.933 with its updates weighted 1, 0.5, 0.25: old newspapers still
//     teach names, at half the weight of modern text;
//   - decoding: Viterbi 0.938, greedy left-to-right 0.933 (Europeana
//     held-out 0.696 against 0.669): Viterbi, whose cost is 81 additions
//     per token, under 5% of the tagger's time;
//   - epochs: 0.937, 0.938, 0.937 after 5, 8, 12: 8;
//   - gazetteer dropout (sentences featurized without the gazetteer, so
//     that names are also learnt from context): 0, 0.3, 0.5 of them give dev
//     0.938, 0.936, 0.930, and recall of names absent from the gazetteer
//     0.720, 0.727, 0.727 on dev and 0.613, 0.619, 0.625 on Europeana. The
//     articles Vigie reads name people the tables do not know: 0.3, which
//     costs nothing measurable on dev and gains on unknown names;
//   - one bilingual model: French dev 0.937 (0.936 French-only); English
//     held-out 0.837, against 0.826 for an English-only model and 0.697 for
//     the French model on English. One model, one file;
//   - pruning features whose averaged weights all stay under 0, 0.5, 1, 2:
//     113k, 74k, 41k features; dev 0.937 throughout; English 0.837, 0.837,
//     0.837, 0.814; Europeana 0.695, 0.692, 0.690, 0.688: 1, which divides
//     the file by 2.7 (1.1 MB) and speeds the tagger by a third (fewer
//     cache misses).
// Final: dev 0.937, Europeana held-out 0.690 (OCR; its ORG spans follow
// other conventions), English held-out 0.837; with the document rules
// (ner_document_rules.cc) the entity layer gives dev 0.940, test 0.962. The model
// loads in about 1 ms; the tagger runs at 7-8 MB/s of text on one core
// (bench/entities_bench.cc), half of it in weight look-ups: a feature and
// its 9 weights share one 32-byte slot, and a 256 KB bit filter answers
// for the features a model does not have (most of a text's rare words and
// bigrams) without touching the table.
//
// Weights are quantised to 16 bits with one scale, and features whose every
// weight rounds to zero are dropped; the file is a sorted array of hashes
// and their weights, checked by a checksum, loaded into an open-addressing
// table.
#include "analyse/ner_tagger.h"

#include <vector>

namespace vigie::analyse {

void TagsToSpans(const uint8_t* tags, size_t n, size_t offset, std::vector<NerSpan>* spans) {
  size_t k = 0;
  while (k < n) {
    int type = TagType(tags[k]);
    if (type < 0) {
      ++k;
      continue;
    }
    size_t end = k + 1;
    while (end < n && tags[end] == InsideTag(type)) ++end;
    spans->push_back(NerSpan{offset + k, offset + end, type});
    k = end;
  }
}

namespace {

bool IsPunct(const AnalysisText& text, size_t i) {
  text::TokenKind kind = text.tokens()[i].kind;
  return kind == text::TokenKind::kPunct || kind == text::TokenKind::kSymbol;
}

// Words a name does not end with: the tagger sometimes runs on into the
// next name ("Conseil de sécurité de l'" before "ONU").
bool IsTrailingFunctionWord(std::string_view folded) {
  static constexpr std::string_view kWords[] = {"de", "du", "des", "d'", "l'", "la", "le",
                                                "les", "et", "au", "aux", "of", "the",
                                                "and"};
  for (std::string_view w : kWords)
    if (folded == w) return true;
  return false;
}

}  // namespace

bool TrimSpan(const AnalysisText& text, NerSpan* span) {
  while (span->token_begin < span->token_end && IsPunct(text, span->token_begin))
    ++span->token_begin;
  while (span->token_end > span->token_begin &&
         (IsPunct(text, span->token_end - 1) ||
          IsTrailingFunctionWord(text.Folded(span->token_end - 1)))) {
    --span->token_end;
  }
  return span->token_end > span->token_begin;
}

void NerTagger::Tag(const AnalysisText& text, std::vector<NerSpan>* spans) const {
  spans->clear();
  if (model_ == nullptr) return;
  struct Scratch {
    NerFeatures features;
    std::vector<float> emissions;
    ViterbiScratch viterbi;
    std::vector<uint8_t> tags;
  };
  thread_local Scratch scratch;
  NerFeaturizer featurizer(gazetteer_);
  for (const text::Sentence& s : text.sentences()) {
    const size_t n = s.token_end - s.token_begin;
    if (n == 0) continue;
    featurizer.Featurize(text, s.token_begin, s.token_end, &scratch.features);
    model_->Emissions(scratch.features, &scratch.emissions);
    scratch.tags.resize(n);
    if (decoder_ == Decoder::kViterbi) {
      ViterbiDecode(scratch.emissions.data(), n, model_->transitions(), &scratch.viterbi,
                    scratch.tags.data());
    } else {
      GreedyDecode(scratch.emissions.data(), n, model_->transitions(), scratch.tags.data());
    }
    const size_t first = spans->size();
    TagsToSpans(scratch.tags.data(), n, s.token_begin, spans);
    size_t kept = first;
    for (size_t i = first; i < spans->size(); ++i)
      if (TrimSpan(text, &(*spans)[i])) (*spans)[kept++] = (*spans)[i];
    spans->resize(kept);
  }
}

}  // namespace vigie::analyse
