#include "pipeline/article_processor.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace vigie::pipeline {
namespace {

using ::testing::HasSubstr;
using ::testing::StartsWith;

ingest::Record TextRecord(std::string body) {
  ingest::Record r;
  r.input = "export.jsonl#1";
  r.format = Format::kJsonl;
  r.body_format = Format::kText;
  r.body = std::move(body);
  return r;
}

constexpr char kBody[] =
    "Le convoi est arrivé jeudi.\n\n"
    "Les camions transportaient des vivres et des médicaments pour les quartiers ouest.\n";

TEST(ArticleProcessorTest, FirstLineThatIsNotTheStatedTitleStaysInText) {
  ExtractOptions options;
  ArticleProcessor processor(options, nullptr);
  ingest::Record r = TextRecord(kBody);
  r.title = "Aide humanitaire : un convoi atteint Alep";
  Result<Document> doc = processor.Process(std::move(r));
  ASSERT_TRUE(doc.ok());
  EXPECT_EQ(doc->title, "Aide humanitaire : un convoi atteint Alep");
  EXPECT_THAT(doc->text, StartsWith("Le convoi est arrivé jeudi."));
}

TEST(ArticleProcessorTest, FirstLineRepeatingTheStatedTitleIsNotText) {
  ExtractOptions options;
  ArticleProcessor processor(options, nullptr);
  ingest::Record r = TextRecord(std::string("Un convoi atteint Alep\n\n") + kBody);
  r.title = "Un convoi atteint  Alep";
  Result<Document> doc = processor.Process(std::move(r));
  ASSERT_TRUE(doc.ok());
  EXPECT_THAT(doc->text, StartsWith("Le convoi est arrivé jeudi."));
  EXPECT_THAT(doc->text, ::testing::Not(HasSubstr("atteint")));
}

TEST(ArticleProcessorTest, PlainTextTitleIsItsFirstLine) {
  ExtractOptions options;
  ArticleProcessor processor(options, nullptr);
  ingest::Record r = TextRecord(std::string("Un convoi atteint Alep\n\n") + kBody);
  r.format = Format::kText;
  Result<Document> doc = processor.Process(std::move(r));
  ASSERT_TRUE(doc.ok());
  EXPECT_EQ(doc->title, "Un convoi atteint Alep");
  EXPECT_THAT(doc->text, StartsWith("Le convoi est arrivé jeudi."));
}

}  // namespace
}  // namespace vigie::pipeline
