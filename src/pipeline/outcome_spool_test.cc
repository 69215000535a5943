#include "pipeline/outcome_spool.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <cstdlib>
#include <string>
#include <vector>

namespace vigie::pipeline {
namespace {

Document Doc(int i) {
  Document d;
  d.id = "id" + std::to_string(i);
  d.input = "in#" + std::to_string(i);
  d.domain = "exemple.fr";
  d.text = "Paragraphe « " + std::to_string(i) + " ».\n\nSuite.";
  d.removed = {"Imprimer"};
  d.meta_json = R"({"k":)" + std::to_string(i) + "}";
  return d;
}

// Documents and, every third, a failure: their lines, in order.
std::vector<std::string> Fill(OutcomeSpool* spool, int n) {
  std::vector<std::string> lines;
  for (int i = 0; i < n; ++i) {
    if (i % 3 == 2) {
      spool->Append(Failure{"f#" + std::to_string(i), "bad record"});
      lines.push_back("error f#" + std::to_string(i) + ": bad record");
    } else {
      spool->Append(Doc(i));
      lines.push_back(ToJsonLine(Doc(i)));
    }
  }
  return lines;
}

std::vector<std::string> ReplayLines(OutcomeSpool* spool) {
  std::vector<std::string> lines;
  spool->Replay([&](Outcome o) {
    if (auto* d = std::get_if<Document>(&o)) {
      lines.push_back(ToJsonLine(*d));
    } else {
      const Failure& f = std::get<Failure>(o);
      lines.push_back("error " + f.input + ": " + f.error);
    }
  });
  return lines;
}

struct BudgetCase {
  size_t budget;
  bool all_spilled;
  bool none_spilled;
};

const BudgetCase kBudgets[] = {
    {0, true, false},                                  // everything through the file
    {3 * sizeof(Document), false, false},              // the first few in memory
    {OutcomeSpool::kDefaultMemoryBudget, false, true}, // all in memory
};

TEST(OutcomeSpoolTest, ReplaysInOrderWhateverTheBudget) {
  for (const BudgetCase& c : kBudgets) {
    OutcomeSpool spool(c.budget);
    std::vector<std::string> expected = Fill(&spool, 30);
    EXPECT_EQ(spool.size(), 30);
    if (c.all_spilled) {
      EXPECT_EQ(spool.spilled(), 30);
    } else if (c.none_spilled) {
      EXPECT_EQ(spool.spilled(), 0);
    } else {
      EXPECT_GT(spool.spilled(), 0);
      EXPECT_LT(spool.spilled(), 30);
    }
    EXPECT_TRUE(spool.spill_status().ok()) << spool.spill_status().message();
    EXPECT_EQ(ReplayLines(&spool), expected) << "budget " << c.budget;
  }
}

TEST(OutcomeSpoolTest, WithoutTemporaryFileEverythingStaysInMemory) {
  const char* old = std::getenv("TMPDIR");
  std::string saved = old != nullptr ? old : "";
  ::setenv("TMPDIR", "/nonexistent/vigie-no-such-dir", 1);
  OutcomeSpool spool(0);
  std::vector<std::string> expected = Fill(&spool, 7);
  if (old != nullptr) ::setenv("TMPDIR", saved.c_str(), 1);
  else ::unsetenv("TMPDIR");
  EXPECT_FALSE(spool.spill_status().ok());
  EXPECT_EQ(spool.spilled(), 0);
  EXPECT_EQ(ReplayLines(&spool), expected);
}

TEST(OutcomeSpoolTest, ApproximateSizeGrowsWithText) {
  Document small = Doc(1);
  Document big = Doc(1);
  big.text.append(10000, 'x');
  EXPECT_GE(ApproximateSize(big), ApproximateSize(small) + 10000);
  EXPECT_GT(ApproximateSize(Failure{"in", "error"}), 0u);
}

}  // namespace
}  // namespace vigie::pipeline
