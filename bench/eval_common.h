// Helpers shared by the evaluation programs in bench/: reading a file whole,
// and running one saved page through the same path as `vigie extract`
// (ReadInput with the format forced to HTML, then ArticleProcessor without
// the analysis layers). Header-only because each bench/*.cc is its own
// executable and the CMake glob builds only .cc files.
#ifndef VIGIE_BENCH_EVAL_COMMON_H_
#define VIGIE_BENCH_EVAL_COMMON_H_

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "ingest/reader.h"
#include "ingest/record.h"
#include "pipeline/article_processor.h"
#include "vigie/document.h"
#include "vigie/extract.h"

namespace vigie::bench {

inline bool ReadWholeFile(const std::filesystem::path& path, std::string* out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream ss;
  ss << in.rdbuf();
  *out = ss.str();
  return true;
}

// Keeps the records a reader accepts; reports rejections on stderr.
class CollectSink : public ingest::RecordSink {
 public:
  void Accept(ingest::Record record) override { records.push_back(std::move(record)); }
  void Reject(std::string input, std::string error) override {
    std::fprintf(stderr, "%s: %s\n", input.c_str(), error.c_str());
  }
  void Skip(std::string_view) override {}
  std::vector<ingest::Record> records;
};

// The processor `vigie extract --no-analysis` would use: no language model,
// no analysis layers (neither changes the extracted text).
inline pipeline::ArticleProcessor MakeExtractionProcessor() {
  ExtractOptions options;
  options.analyse = false;
  return pipeline::ArticleProcessor(options, nullptr);
}

// The main text of the first article in the HTML file at `path` (possibly
// compressed); nullopt when the file cannot be read or yields no document.
inline std::optional<std::string> ExtractHtmlFile(const pipeline::ArticleProcessor& processor,
                                                  const std::filesystem::path& path) {
  std::string bytes;
  if (!ReadWholeFile(path, &bytes)) {
    std::fprintf(stderr, "cannot read %s\n", path.c_str());
    return std::nullopt;
  }
  CollectSink sink;
  ingest::ReadInput(path.string(), bytes, Format::kHtml, &sink);
  if (sink.records.empty()) return std::nullopt;
  Result<Document> doc = processor.Process(std::move(sink.records.front()));
  if (!doc.ok()) return std::nullopt;
  return std::move(doc->text);
}

// French news-like text for the throughput benchmarks: the `# text =`
// sentences of the Sequoia train set joined by spaces into one paragraph,
// repeated (paragraphs separated by a blank line) to at least 1 MiB. Empty
// when the shared data cannot be read. Built once.
inline const std::string& SequoiaTrainText() {
  static const std::string* text = [] {
    auto* out = new std::string;
    std::string data;
    if (!ReadWholeFile(VIGIE_SHARED_DATA_DIR "/ud-french/sequoia/fr_sequoia-ud-train.conllu",
                       &data)) {
      return out;
    }
    std::string one;
    size_t pos = 0;
    while (pos < data.size()) {
      size_t nl = data.find('\n', pos);
      if (nl == std::string::npos) nl = data.size();
      std::string_view line(data.data() + pos, nl - pos);
      if (line.substr(0, 9) == "# text = ") {
        if (!one.empty()) one.push_back(' ');
        one.append(line.substr(9));
      }
      pos = nl + 1;
    }
    while (!one.empty() && out->size() < (1u << 20)) {
      out->append(one);
      out->append("\n\n");
    }
    return out;
  }();
  return *text;
}

// Calls f on each non-empty line of a file (JSONL records); false when it
// cannot be read.
template <typename F>
bool ForEachLine(const std::filesystem::path& path, F f) {
  std::string content;
  if (!ReadWholeFile(path, &content)) return false;
  for (size_t begin = 0; begin < content.size();) {
    size_t end = content.find('\n', begin);
    if (end == std::string::npos) end = content.size();
    if (end > begin) f(std::string_view(content.data() + begin, end - begin));
    begin = end + 1;
  }
  return true;
}

// The held-out sets of tests/testdata/gold/claims_fr annotated for all three
// kinds (claims, labels, techniques): both evaluations read them by default.
inline constexpr std::string_view kLabelSets[] = {
    "fresh_labels_a",  "fresh_labels_b",  "fresh_labels_c",  "fresh_labels_d",  "fresh_labels_e",
    "fresh_labels_f",  "fresh_labels_g",  "fresh_labels_h",  "fresh_labels_i",  "fresh_labels_j",
    "fresh_labels_k",  "fresh_labels_l",  "fresh_labels_m",  "fresh_labels_n",  "fresh_labels_o",
    "fresh_labels_p",  "fresh_labels_q",  "fresh_labels_r",  "fresh_labels_s",  "fresh_labels_t",
    "fresh_labels_u",  "fresh_labels_v",  "fresh_labels_w",  "fresh_labels_x",  "fresh_labels_y",
    "fresh_labels_z",  "fresh_labels_aa", "fresh_labels_ab", "fresh_labels_ac", "fresh_labels_ad",
    "fresh_labels_ae", "fresh_labels_af", "fresh_labels_ag", "fresh_labels_ah", "fresh_labels_ai",
    "fresh_labels_aj", "fresh_labels_ak", "fresh_labels_al", "fresh_labels_am", "fresh_labels_an",
    "fresh_labels_ao", "fresh_labels_ap", "fresh_labels_aq", "fresh_labels_ar", "fresh_labels_as",
    "fresh_labels_at", "fresh_labels_au", "fresh_labels_av", "fresh_labels_aw", "fresh_labels_ax",
    "fresh_labels_ay", "fresh_labels_az", "fresh_labels_ba", "fresh_labels_bb",
    "fresh_labels_bc", "fresh_labels_bd", "fresh_labels_be", "fresh_labels_bf",
    "fresh_labels_bg", "fresh_labels_bh", "fresh_labels_bi", "fresh_labels_bj",
    "fresh_labels_bk", "fresh_labels_bl", "fresh_labels_bm", "fresh_labels_bn",
    "fresh_labels_bo", "fresh_labels_bp", "fresh_labels_bq", "fresh_labels_br",
    "fresh_labels_bs", "fresh_labels_bt", "fresh_labels_bu", "fresh_labels_bv",
    "fresh_labels_bw", "fresh_labels_bx", "fresh_labels_by", "fresh_labels_bz",
    "fresh_labels_ca", "fresh_labels_cb", "fresh_labels_cc", "fresh_labels_cd", "fresh_labels_ce", "fresh_labels_cf",
    "fresh_labels_cg", "fresh_labels_ch", "fresh_labels_ci", "fresh_labels_cj", "fresh_labels_ck", "fresh_labels_cl",
    "fresh_labels_cm", "fresh_labels_cn", "fresh_labels_co", "fresh_labels_cp", "fresh_labels_cq", "fresh_labels_cr",
    "fresh_labels_cs", "fresh_labels_ct", "fresh_labels_cu", "fresh_labels_cv", "fresh_labels_cw",
    "fresh_labels_cx", "fresh_labels_cy", "fresh_labels_cz", "fresh_labels_da", "fresh_labels_db",
    "fresh_labels_dc", "fresh_labels_dd", "fresh_labels_de", "fresh_labels_df",
    "fresh_labels_dg", "fresh_labels_dh", "fresh_labels_di", "fresh_labels_dj",
    "fresh_labels_dk", "fresh_labels_dl", "fresh_labels_dm", "fresh_labels_dn",
    "fresh_labels_do", "fresh_labels_dp", "fresh_labels_dq", "fresh_labels_dr",
    "fresh_labels_ds", "fresh_labels_dt", "fresh_labels_du", "fresh_labels_dv",
    "fresh_labels_dw", "fresh_labels_dx", "fresh_labels_dy", "fresh_labels_dz",
    "fresh_labels_ea", "fresh_labels_eb", "fresh_labels_ec", "fresh_labels_ed",
    "fresh_labels_ee", "fresh_labels_ef", "fresh_labels_eg", "fresh_labels_eh",
    "fresh_labels_ei", "fresh_labels_ej", "fresh_labels_ek", "fresh_labels_el",
    "fresh_labels_em", "fresh_labels_en", "fresh_labels_eo", "fresh_labels_ep",
    "fresh_labels_eq", "fresh_labels_er", "fresh_labels_es", "fresh_labels_et",
    "fresh_labels_eu", "fresh_labels_ev", "fresh_labels_ew", "fresh_labels_ex",
    "fresh_labels_ey", "fresh_labels_ez", "fresh_labels_fa", "fresh_labels_fb",
    "fresh_labels_fc", "fresh_labels_fd", "fresh_labels_fe", "fresh_labels_ff",
    "fresh_labels_fg", "fresh_labels_fh", "fresh_labels_fi", "fresh_labels_fj"};

// A set's file beside the main gold set: ".../claims_fr/SET/gold.jsonl".
inline std::string GoldSetPath(std::string_view set) {
  return std::string(VIGIE_DATA_DIR_DEFAULT) + "/../tests/testdata/gold/claims_fr/" + std::string(set) +
         "/gold.jsonl";
}

// Gold-set ids of tests/testdata/gold/claims_fr: extra development sets
// ("cx301", "ex201") are development data as a whole; the main set
// ("c001") and the later held-out sets ("cy401") are split by parity, odd
// numbers the development half.
inline bool IsExtra(const std::string& id) { return id.size() > 1 && id[1] == 'x'; }

inline bool InSplit(const std::string& id, const std::string& split) {
  if (split == "all") return true;
  if (IsExtra(id)) return split == "dev";
  const size_t digits = id.find_first_of("0123456789");
  const int n = digits == std::string::npos ? 0 : std::atoi(id.c_str() + digits);
  return (split == "dev") == (n % 2 == 1);
}

// The set's directory: "fresh_labels_a" for ".../fresh_labels_a/gold.jsonl".
inline std::string PartName(const std::string& path) {
  const size_t slash = path.rfind('/');
  if (slash == std::string::npos || slash == 0) return path;
  const size_t before = path.rfind('/', slash - 1);
  const size_t from = before == std::string::npos ? 0 : before + 1;
  return path.substr(from, slash - from);
}

}  // namespace vigie::bench

#endif  // VIGIE_BENCH_EVAL_COMMON_H_
