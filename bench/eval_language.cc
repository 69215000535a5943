// Paragraph-level language identification (LanguageIdentifier::
// IdentifyParagraphs) on documents whose paragraphs' languages are known.
//
// The paragraphs. French: the `# text =` sentences of the UD French test
// sets (Sequoia: news, Wikipedia, medical leaflets, Europarl; GSD: web
// pages), cut into paragraphs of 1 to 4 consecutive sentences (cycling
// 1, 3, 2, 4 so that short paragraphs are frequent). English: the
// paragraphs of the article-extraction-benchmark's gold bodies, of the
// pages whose whole body the model calls English with a score of 0.9 or
// more (a few pages of the set are in other languages).
//
// The documents. Monolingual French documents of 6 paragraphs, monolingual
// English documents (one per page), mixed documents (a French document
// followed by an English page, and an English page followed by a French
// document, as on a blog that pastes an English article under a French
// one), and French documents with one English paragraph of any length in
// the middle (a quotation left in its language).
//
// Scores. Paragraph accuracy: the share of paragraphs whose run has their
// language, by paragraph length in letters (short ones are told by their
// neighbours). Document exactness: the share of documents whose runs are
// exactly the true runs (one run for a monolingual document, two with the
// switch at the right paragraph for a mixed one).
//
// Usage: vigie_eval_language [--data DIR] [--model FILE]
//                            [--min-paragraph-accuracy X] [--min-exact X]
// DIR is shared/data. Exit status 1 below a threshold, 2 on bad usage or
// missing data or model.
#include <nlohmann/json.hpp>

#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "common/strings.h"
#include "common/utf8.h"
#include "eval_common.h"
#include "text/language.h"

namespace {

using vigie::text::LanguageIdentifier;
using vigie::text::LanguageSpan;

struct LabelledParagraph {
  std::string text;
  std::string language;
};
using Doc = std::vector<LabelledParagraph>;

size_t Letters(std::string_view s) {
  size_t n = 0;
  for (size_t pos = 0; pos < s.size();) {
    char32_t c = vigie::DecodeUtf8(s, &pos);
    n += (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0xC0;
  }
  return n;
}

std::vector<Doc> FrenchDocs(const std::string& data_dir) {
  std::vector<std::string> sentences;
  for (const char* f : {"/ud-french/sequoia/fr_sequoia-ud-test.conllu",
                        "/ud-french/gsd/fr_gsd-ud-test.conllu"}) {
    std::string data;
    if (!vigie::bench::ReadWholeFile(data_dir + f, &data)) continue;
    for (std::string_view line : vigie::SplitLines(data))
      if (vigie::StartsWith(line, "# text = ")) sentences.emplace_back(line.substr(9));
  }
  std::vector<Doc> docs;
  const int kSizes[] = {1, 3, 2, 4};
  size_t i = 0, k = 0;
  Doc doc;
  while (i < sentences.size()) {
    std::string para;
    for (int s = 0; s < kSizes[k % 4] && i < sentences.size(); ++s, ++i) {
      if (!para.empty()) para.push_back(' ');
      para += sentences[i];
    }
    ++k;
    doc.push_back({para, "fr"});
    if (doc.size() == 6) {
      docs.push_back(std::move(doc));
      doc.clear();
    }
  }
  return docs;
}

std::vector<Doc> EnglishDocs(const std::string& data_dir, const LanguageIdentifier& id) {
  std::string data;
  std::vector<Doc> docs;
  if (!vigie::bench::ReadWholeFile(data_dir + "/article-extraction-benchmark/ground-truth.json",
                                   &data)) {
    return docs;
  }
  nlohmann::json gold = nlohmann::json::parse(data, nullptr, false);
  if (!gold.is_object()) return docs;
  for (const auto& [key, value] : gold.items()) {
    std::string body = value.value("articleBody", std::string());
    vigie::text::LanguageGuess whole = id.Identify(body);
    if (whole.language != "en" || whole.confidence < 0.9) continue;
    Doc doc;
    size_t pos = 0;
    while (pos < body.size()) {
      size_t end = body.find("\n\n", pos);
      if (end == std::string::npos) end = body.size();
      std::string para(vigie::Trim(std::string_view(body).substr(pos, end - pos)));
      for (char& c : para)
        if (c == '\n') c = ' ';
      if (!para.empty()) doc.push_back({para, "en"});
      pos = end + 2;
    }
    if (!doc.empty()) docs.push_back(std::move(doc));
  }
  return docs;
}

struct Tally {
  long paragraphs[3] = {0, 0, 0};  // by length: < 40 letters, < 150, more
  long right[3] = {0, 0, 0};
  long docs = 0, exact = 0;
  double Accuracy() const {
    long p = paragraphs[0] + paragraphs[1] + paragraphs[2];
    long r = right[0] + right[1] + right[2];
    return p ? static_cast<double>(r) / p : 0;
  }
};

void Score(const LanguageIdentifier& id, const Doc& doc, Tally* t) {
  std::string text;
  std::vector<std::pair<int64_t, int64_t>> spans;
  for (const LabelledParagraph& p : doc) {
    if (!text.empty()) text += "\n\n";
    int64_t start = static_cast<int64_t>(vigie::CodePointCount(text));
    text += p.text;
    spans.emplace_back(start, static_cast<int64_t>(vigie::CodePointCount(text)));
  }
  std::vector<LanguageSpan> runs = id.IdentifyParagraphs(text);
  for (size_t i = 0; i < doc.size(); ++i) {
    size_t letters = Letters(doc[i].text);
    int bucket = letters < 40 ? 0 : letters < 150 ? 1 : 2;
    ++t->paragraphs[bucket];
    for (const LanguageSpan& r : runs) {
      if (r.start <= spans[i].first && spans[i].second <= r.end) {
        t->right[bucket] += r.language == doc[i].language;
        break;
      }
    }
  }
  // The true runs.
  std::vector<LanguageSpan> truth;
  for (size_t i = 0; i < doc.size(); ++i) {
    if (truth.empty() || truth.back().language != doc[i].language) {
      truth.push_back(LanguageSpan{spans[i].first, spans[i].second, doc[i].language, 0});
    }
    truth.back().end = spans[i].second;
  }
  bool exact = runs.size() == truth.size();
  for (size_t i = 0; exact && i < runs.size(); ++i) {
    exact = runs[i].start == truth[i].start && runs[i].end == truth[i].end &&
            runs[i].language == truth[i].language;
  }
  ++t->docs;
  t->exact += exact;
}

void Print(const char* name, const Tally& t) {
  auto ratio = [](long a, long b) { return b ? static_cast<double>(a) / b : 0.0; };
  std::printf("%-22s %6ld %8.4f %8.4f %8.4f %8.4f %6ld %8.4f\n", name,
              t.paragraphs[0] + t.paragraphs[1] + t.paragraphs[2],
              ratio(t.right[0], t.paragraphs[0]), ratio(t.right[1], t.paragraphs[1]),
              ratio(t.right[2], t.paragraphs[2]), t.Accuracy(), t.docs,
              ratio(t.exact, t.docs));
}

}  // namespace

int main(int argc, char** argv) {
  std::string data_dir = VIGIE_SHARED_DATA_DIR;
  std::string model = vigie::text::DefaultLanguageModelPath();
  double min_accuracy = 0, min_exact = 0;
  for (int i = 1; i < argc; ++i) {
    std::string_view a = argv[i];
    if (a == "--data" && i + 1 < argc) {
      data_dir = argv[++i];
    } else if (a == "--model" && i + 1 < argc) {
      model = argv[++i];
    } else if (a == "--min-paragraph-accuracy" && i + 1 < argc) {
      min_accuracy = std::atof(argv[++i]);
    } else if (a == "--min-exact" && i + 1 < argc) {
      min_exact = std::atof(argv[++i]);
    } else {
      std::fprintf(stderr,
                   "usage: %s [--data DIR] [--model FILE] [--min-paragraph-accuracy X] "
                   "[--min-exact X]\n",
                   argv[0]);
      return 2;
    }
  }
  auto loaded = LanguageIdentifier::Load(model);
  if (!loaded.ok()) {
    std::fprintf(stderr, "%s\n", loaded.status().message().c_str());
    return 2;
  }
  const LanguageIdentifier& id = **loaded;
  std::vector<Doc> fr = FrenchDocs(data_dir);
  std::vector<Doc> en = EnglishDocs(data_dir, id);
  if (fr.empty() || en.empty()) {
    std::fprintf(stderr, "no data under %s\n", data_dir.c_str());
    return 2;
  }
  Tally french, english, mixed, inserted;
  for (const Doc& d : fr) Score(id, d, &french);
  for (const Doc& d : en) Score(id, d, &english);
  for (size_t i = 0; i < fr.size() && i < en.size(); ++i) {
    Doc a = fr[i];
    a.insert(a.end(), en[i].begin(), en[i].end());
    Score(id, a, &mixed);
    Doc b = en[en.size() - 1 - i];
    const Doc& f = fr[fr.size() - 1 - i];
    b.insert(b.end(), f.begin(), f.end());
    Score(id, b, &mixed);
  }
  // One English paragraph (the k-th of a page, so of every length) in the
  // middle of a French document: a quotation left in its language.
  for (size_t i = 0; i < fr.size(); ++i) {
    const Doc& page = en[i % en.size()];
    Doc d = fr[i];
    d.insert(d.begin() + 3, page[i % page.size()]);
    Score(id, d, &inserted);
  }
  std::printf("%-22s %6s %8s %8s %8s %8s %6s %8s\n", "documents", "paras", "acc<40", "acc<150",
              "acc150+", "accuracy", "docs", "exact");
  Print("French", french);
  Print("English", english);
  Print("mixed fr+en, en+fr", mixed);
  Print("fr, one en paragraph", inserted);
  Tally all = french;
  for (const Tally* t : {&english, &mixed, &inserted}) {
    for (int b = 0; b < 3; ++b) {
      all.paragraphs[b] += t->paragraphs[b];
      all.right[b] += t->right[b];
    }
    all.docs += t->docs;
    all.exact += t->exact;
  }
  Print("all", all);
  double exact = all.docs ? static_cast<double>(all.exact) / all.docs : 0;
  if (all.Accuracy() < min_accuracy || exact < min_exact) {
    std::fprintf(stderr, "below threshold: paragraph accuracy %.4f (min %.4f), exact %.4f (min %.4f)\n",
                 all.Accuracy(), min_accuracy, exact, min_exact);
    return 1;
  }
  return 0;
}
