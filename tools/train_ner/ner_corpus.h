// Training and evaluation material of the NER tagger, read into one shape:
// a text with its gold name spans (code points), tokenized by our own
// Tokenizer and cut into sentences, each token given its gold BIO tag.
// Header-only helpers of vigie_train_ner.
#ifndef VIGIE_TOOLS_TRAIN_NER_NER_CORPUS_H_
#define VIGIE_TOOLS_TRAIN_NER_NER_CORPUS_H_

#include <nlohmann/json.hpp>

#include <cstdint>
#include <cstdio>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "analyse/analysis_text.h"
#include "analyse/ner_model.h"
#include "common/strings.h"
#include "common/utf8.h"

namespace vigie::train {

struct GoldSpan {
  int64_t start = 0, end = 0;  // code points
  int type = 0;                // index into analyse::kNerTypeNames
};

struct Example {
  std::string id;
  std::string text;
  std::vector<GoldSpan> spans;
  int source = 0;  // 0 modern, 1 europeana
  std::string language = "fr";  // tokenizer rules
};

inline int TypeIndex(std::string_view name) {
  for (int t = 0; t < analyse::kNerTypes; ++t)
    if (name == analyse::kNerTypeNames[t]) return t;
  return -1;
}

inline bool ReadAll(const std::string& path, std::string* out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream ss;
  ss << in.rdbuf();
  *out = ss.str();
  return true;
}

// JSONL records {id?, text, entities: [{start, end, type}]}. `parity`: 0
// all, 1 odd-numbered ids only (q001, q003...), 2 even-numbered only.
inline bool ReadJsonl(const std::string& path, int parity, std::vector<Example>* out) {
  std::string data;
  if (!ReadAll(path, &data)) return false;
  for (std::string_view line : SplitLines(data)) {
    if (Trim(line).empty()) continue;
    nlohmann::json j = nlohmann::json::parse(line, nullptr, false);
    if (!j.is_object() || !j.contains("text")) continue;
    Example e;
    e.id = j.value("id", std::string());
    if (parity != 0) {
      long number = 0;
      for (char c : e.id)
        if (c >= '0' && c <= '9') number = number * 10 + (c - '0');
      if ((number % 2 == 1) != (parity == 1)) continue;
    }
    e.text = j["text"].get<std::string>();
    for (const auto& s : j.value("entities", nlohmann::json::array())) {
      int type = TypeIndex(s.value("type", std::string()));
      if (type < 0) continue;
      e.spans.push_back(GoldSpan{s.value("start", int64_t{0}), s.value("end", int64_t{0}), type});
    }
    out->push_back(std::move(e));
  }
  return true;
}

// The Europeana BnF file: `token TAG` lines (I-PER, I-LOC, I-ORG, O), no
// sentence marks. Tokens are joined with spaces into chunks that end after
// a sentence-final token (or at 80 tokens); runs of one type are one span.
// The last `holdout` share of the lines (cut at a chunk end) goes to
// `*test`, the rest to `*train`.
inline bool ReadEuropeana(const std::string& path, double holdout, std::vector<Example>* train,
                          std::vector<Example>* test) {
  std::string data;
  if (!ReadAll(path, &data)) return false;
  std::vector<std::string_view> lines = SplitLines(data);
  const size_t cut = static_cast<size_t>(static_cast<double>(lines.size()) * (1 - holdout));
  Example e;
  e.source = 1;
  int previous = -1;
  size_t tokens = 0;
  for (size_t i = 0; i < lines.size(); ++i) {
    std::string_view line = Trim(lines[i]);
    size_t space = line.rfind(' ');
    if (space == std::string_view::npos || space == 0) continue;
    std::string token(Trim(line.substr(0, space)));
    std::string_view tag = line.substr(space + 1);
    RepairUtf8(&token);
    if (token.empty()) continue;
    int type = StartsWith(tag, "I-") || StartsWith(tag, "B-") ? TypeIndex(tag.substr(2)) : -1;
    if (!e.text.empty()) e.text.push_back(' ');
    int64_t start = static_cast<int64_t>(CodePointCount(e.text));
    e.text += token;
    int64_t end = static_cast<int64_t>(CodePointCount(e.text));
    if (type >= 0 && type == previous && !StartsWith(tag, "B-")) {
      e.spans.back().end = end;
    } else if (type >= 0) {
      e.spans.push_back(GoldSpan{start, end, type});
    }
    previous = type;
    ++tokens;
    bool final = token == "." || token == "!" || token == "?";
    if ((final && tokens >= 5) || tokens >= 80 || i + 1 == lines.size()) {
      e.id = "europeana:" + std::to_string(i + 1);
      (i < cut ? train : test)->push_back(std::move(e));
      e = Example();
      e.source = 1;
      previous = -1;
      tokens = 0;
    }
  }
  return true;
}

// One sentence of an example, ready for training: its features and gold
// tags. `misaligned` counts gold spans whose ends fall inside a token.
struct TaggedSentence {
  analyse::NerFeatures features;
  std::vector<uint8_t> gold;
  int source = 0;
};

inline void GoldTags(const analyse::AnalysisText& text, const std::vector<GoldSpan>& spans,
                     std::vector<uint8_t>* tags, size_t* misaligned) {
  tags->assign(text.tokens().size(), 0);
  for (const GoldSpan& s : spans) {
    size_t first = text.TokenAtOrAfter(s.start);
    size_t k = first;
    bool aligned = k < text.tokens().size() && text.tokens()[k].start == s.start;
    for (; k < text.tokens().size() && text.tokens()[k].end <= s.end; ++k) {
      (*tags)[k] = static_cast<uint8_t>(k == first ? analyse::BeginTag(s.type)
                                                   : analyse::InsideTag(s.type));
    }
    aligned = aligned && k > first && text.tokens()[k - 1].end == s.end;
    if (!aligned) ++*misaligned;
  }
}

}  // namespace vigie::train

#endif  // VIGIE_TOOLS_TRAIN_NER_NER_CORPUS_H_
