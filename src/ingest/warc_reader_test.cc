#include "ingest/warc_reader.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>


#include "ingest/testing_sink.h"

namespace vigie::ingest {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::IsEmpty;
using testing::CollectingSink;

const std::string kPage =
    "<!DOCTYPE html><html><head><title>Inondations dans le Var</title></head>"
    "<body><article><p>Les pompiers sont intervenus toute la nuit.</p></article></body></html>";

std::string Http(int status, std::string_view content_type, std::string_view body,
                 std::string_view extra = "") {
  std::string h = "HTTP/1.1 " + std::to_string(status) + " X\r\n";
  if (!content_type.empty()) h += "Content-Type: " + std::string(content_type) + "\r\n";
  h += std::string(extra);
  h += "Content-Length: " + std::to_string(body.size()) + "\r\n\r\n";
  return h + std::string(body);
}

std::string Record(std::string_view type, std::string_view block,
                   std::string_view content_type = "application/http; msgtype=response",
                   std::string_view uri = "<https://www.exemple-info.fr/region/inondations>",
                   std::string_view extra = "") {
  std::string r = "WARC/1.0\r\nWARC-Type: " + std::string(type) + "\r\n";
  if (!uri.empty()) r += "WARC-Target-URI: " + std::string(uri) + "\r\n";
  r += "WARC-Date: 2024-03-05T08:30:00Z\r\n";
  r += "WARC-Record-ID: <urn:uuid:3f0c7a2e-0000-4000-8000-000000000001>\r\n";
  r += "Content-Type: " + std::string(content_type) + "\r\n";
  r += std::string(extra);
  r += "Content-Length: " + std::to_string(block.size()) + "\r\n\r\n";
  return r + std::string(block) + "\r\n\r\n";
}

CollectingSink Read(std::string_view bytes, bool truncated_input = false) {
  CollectingSink sink;
  ReadWarc("crawl.warc", bytes, &sink, truncated_input);
  return sink;
}

TEST(WarcReaderTest, ArticlesAndSkippedRecords) {
  std::string warc =
      Record("warcinfo", "software: test\r\n", "application/warc-fields", "") +
      Record("request", "GET /region/inondations HTTP/1.1\r\nHost: x\r\n\r\n",
             "application/http; msgtype=request") +
      Record("response", Http(200, "text/html; charset=utf-8", kPage)) +
      Record("response", Http(200, "image/png", "\x89PNG")) +
      Record("response", Http(404, "text/html", "<html>introuvable</html>")) +
      Record("metadata", "via: x\r\n", "application/warc-fields") +
      Record("resource", kPage, "text/html", "https://autre.exemple.fr/page") +
      Record("revisit", Http(200, "text/html", ""));
  CollectingSink sink = Read(warc);
  EXPECT_THAT(sink.rejections, IsEmpty());
  ASSERT_EQ(sink.records.size(), 2u);
  const ingest::Record& r = sink.records[0];
  EXPECT_EQ(r.input, "crawl.warc#3");
  EXPECT_EQ(r.format, Format::kWarc);
  EXPECT_EQ(r.body_format, Format::kHtml);
  EXPECT_EQ(r.body, kPage);
  EXPECT_EQ(r.url, "https://www.exemple-info.fr/region/inondations");
  EXPECT_EQ(r.fetched, "2024-03-05T08:30:00Z");
  EXPECT_THAT(r.warnings, IsEmpty());
  EXPECT_EQ(sink.records[1].input, "crawl.warc#7");
  EXPECT_EQ(sink.records[1].url, "https://autre.exemple.fr/page");
  EXPECT_EQ(sink.skips.size(), 6u);
  EXPECT_EQ(sink.order, "SSASSSAS");
  EXPECT_THAT(sink.skips[0], HasSubstr("warcinfo"));
  EXPECT_THAT(sink.skips[2], HasSubstr("image/png"));
  EXPECT_THAT(sink.skips[3], HasSubstr("404"));
}

TEST(WarcReaderTest, CharsetFromHttpHeader) {
  std::string latin1 = "<html><body><p>Un \xE9t\xE9 br\xFBlant \xE0 Marseille.</p></body></html>";
  CollectingSink sink = Read(Record("response", Http(200, "text/html; charset=ISO-8859-1", latin1)));
  ASSERT_EQ(sink.records.size(), 1u);
  EXPECT_EQ(sink.records[0].body, "<html><body><p>Un été brûlant à Marseille.</p></body></html>");
  EXPECT_THAT(sink.records[0].warnings, IsEmpty());
}

TEST(WarcReaderTest, ChunkedGzipPayload) {
  std::string gz = testing::Gzip(kPage);
  char size[16];
  std::snprintf(size, sizeof size, "%zX", gz.size());
  std::string block = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n"
                      "Content-Encoding: gzip\r\n\r\n" +
                      std::string(size) + "\r\n" + gz + "\r\n0\r\n\r\n";
  CollectingSink sink = Read(Record("response", block));
  ASSERT_EQ(sink.records.size(), 1u);
  EXPECT_EQ(sink.records[0].body, kPage);
}

TEST(WarcReaderTest, BrotliPayloadIsRejected) {
  std::string warc = Record("response", Http(200, "text/html", "\x1b\x2a\x00\xf8\x8b",
                                             "Content-Encoding: br\r\n")) +
                     Record("response", Http(200, "text/html", kPage));
  CollectingSink sink = Read(warc);
  ASSERT_EQ(sink.rejections.size(), 1u);
  EXPECT_EQ(sink.rejections[0].input, "crawl.warc#1");
  EXPECT_THAT(sink.rejections[0].error, HasSubstr("'br'"));
  ASSERT_EQ(sink.records.size(), 1u);
  EXPECT_EQ(sink.records[0].input, "crawl.warc#2");
}

TEST(WarcReaderTest, MissingContentTypeIsSniffed) {
  std::string warc = Record("response", Http(200, "", kPage)) +
                     Record("response", Http(200, "", "%PDF-1.4 binary")) +
                     Record("resource", kPage, "application/octet-stream");
  CollectingSink sink = Read(warc);
  EXPECT_EQ(sink.order, "ASA");
}

TEST(WarcReaderTest, Warc11AndBareLineFeeds) {
  std::string warc =
      "WARC/1.1\nWARC-Type: response\nWARC-Target-URI: https://exemple.fr/a\n"
      "Content-Length: " +
      std::to_string(Http(200, "text/html", kPage).size()) + "\n\n" +
      Http(200, "text/html", kPage) + "\n\n";
  CollectingSink sink = Read(warc);
  ASSERT_EQ(sink.records.size(), 1u);
  EXPECT_EQ(sink.records[0].url, "https://exemple.fr/a");
  EXPECT_FALSE(sink.records[0].fetched.has_value());
}

TEST(WarcReaderTest, TruncatedLastRecord) {
  std::string full = Record("response", Http(200, "text/html", kPage));
  std::string warc = full + full.substr(0, full.size() - 40);
  CollectingSink sink = Read(warc);
  ASSERT_EQ(sink.records.size(), 1u);
  ASSERT_EQ(sink.rejections.size(), 1u);
  EXPECT_EQ(sink.rejections[0].input, "crawl.warc#2");
  EXPECT_THAT(sink.rejections[0].error, HasSubstr("truncated WARC record"));
  // The caller reports a truncated stream itself: no second error.
  CollectingSink quiet = Read(warc, /*truncated_input=*/true);
  EXPECT_EQ(quiet.records.size(), 1u);
  EXPECT_THAT(quiet.rejections, IsEmpty());
}

TEST(WarcReaderTest, ResyncAfterBadContentLength) {
  std::string good = Record("response", Http(200, "text/html", kPage));
  std::string bad = good;
  size_t at = bad.find("Content-Length: ") + 16;
  bad.replace(at, bad.find("\r\n", at) - at, "999999");  // longer than the file
  CollectingSink sink = Read(good + bad + good);
  EXPECT_EQ(sink.order, "ARA");
  EXPECT_EQ(sink.rejections[0].input, "crawl.warc#2");
  EXPECT_EQ(sink.records[1].input, "crawl.warc#3");

  std::string shorter = good;
  at = shorter.find("Content-Length: ") + 16;
  shorter.replace(at, shorter.find("\r\n", at) - at, "20");  // ends inside the block
  sink = Read(good + shorter + good);
  EXPECT_EQ(sink.order, "ARA");
  EXPECT_THAT(sink.rejections[0].error, HasSubstr("Content-Length"));
}

TEST(WarcReaderTest, MissingLengthAndBadHeaders) {
  std::string good = Record("response", Http(200, "text/html", kPage));
  std::string no_length = "WARC/1.0\r\nWARC-Type: response\r\n\r\nblock\r\n\r\n";
  std::string bad_header = "WARC/1.0\r\nthis is not a header\r\n\r\n";
  CollectingSink sink = Read(no_length + good + bad_header + good);
  EXPECT_EQ(sink.order, "RARA");
  EXPECT_THAT(sink.rejections[0].error, HasSubstr("Content-Length"));
  EXPECT_THAT(sink.rejections[1].error, HasSubstr("header"));
  EXPECT_EQ(sink.records[1].input, "crawl.warc#4");
}

TEST(WarcReaderTest, GarbageBetweenRecords) {
  std::string good = Record("response", Http(200, "text/html", kPage));
  CollectingSink sink = Read("junk at the start\n" + good + "more junk\r\n" + good);
  EXPECT_EQ(sink.order, "RARA");
  EXPECT_EQ(sink.rejections[0].input, "crawl.warc#1");
}

TEST(WarcReaderTest, NotAWarcAtAll) {
  CollectingSink sink = Read("Ceci n'est pas une archive.\nDu tout.\n");
  EXPECT_EQ(sink.order, "R");
  EXPECT_THAT(sink.rejections[0].error, HasSubstr("version line"));
  EXPECT_EQ(Read("").order, "");
  EXPECT_EQ(Read("\r\n\r\n").order, "");
}

TEST(WarcReaderTest, CrawlerTruncationIsAWarning) {
  CollectingSink sink = Read(Record("response", Http(200, "text/html", kPage), "application/http",
                                    "<https://exemple.fr/>", "WARC-Truncated: length\r\n"));
  ASSERT_EQ(sink.records.size(), 1u);
  EXPECT_THAT(sink.records[0].warnings, ElementsAre("warc_truncated_length"));
}

// Found by fuzzing: header values with broken UTF-8 around white space.
TEST(WarcReaderTest, InvalidUtf8InHeaders) {
  std::string warc =
      "WARC/1.0\r\nWARC-Type: response\xE3\r\nWARC-Target-URI: \xE3\x80 <http://x.fr/\xE9>\r\n"
      "WARC-Date: \xC2\r\nX: \xE3\nContent-Length: " +
      std::to_string(Http(200, "text/html", kPage).size()) + "\r\n\r\n" +
      Http(200, "text/html", kPage) + "\r\n\r\n" + Record("response", Http(200, "", kPage));
  CollectingSink sink = Read(warc);
  EXPECT_EQ(sink.order, "SA");  // "response\xE3" is not a known type
}

TEST(WarcReaderTest, EmptyPayloadIsSkipped) {
  CollectingSink sink = Read(Record("response", Http(200, "text/html", "")));
  EXPECT_EQ(sink.order, "S");
}

// Any prefix of an archive reads without crashing: complete records first,
// then at most one rejection.
TEST(WarcReaderTest, EveryPrefixIsSafe) {
  std::string warc = Record("warcinfo", "software: test\r\n", "application/warc-fields", "") +
                     Record("response", Http(200, "text/html", kPage)) +
                     Record("resource", kPage, "text/html");
  for (size_t n = 0; n <= warc.size(); ++n) {
    CollectingSink sink = Read(std::string_view(warc).substr(0, n));
    EXPECT_LE(sink.rejections.size(), 1u) << n;
    EXPECT_LE(sink.records.size(), 2u) << n;
    for (const ingest::Record& r : sink.records) EXPECT_EQ(r.body, kPage) << n;
  }
}

TEST(WarcReaderTest, PathologicalInputIsRejectedRecordByRecord) {
  std::string lines;
  for (int i = 0; i < 300000; ++i) lines += "WARC/1.0\nWARC-Type: x\nbroken\n";
  CollectingSink sink = Read(lines);
  EXPECT_EQ(sink.rejections.size(), 300000u);
}

}  // namespace
}  // namespace vigie::ingest
