#include "ingest/http_response.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "ingest/testing_sink.h"

namespace vigie::ingest {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

const std::string kPage = "<html><body><p>Bonjour à tous.</p></body></html>";

TEST(HttpResponseTest, ParsesStatusAndHeaders) {
  Result<HttpResponse> r = ParseHttpResponse(
      "HTTP/1.1 200 OK\r\nContent-Type: text/html;\r\n charset=UTF-8\r\n"
      "TRANSFER-ENCODING: Chunked\r\ncontent-encoding: GZIP\r\nX-Other: y\r\n\r\nbody");
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->status, 200);
  EXPECT_EQ(r->content_type, "text/html; charset=UTF-8");  // folded line joined
  EXPECT_EQ(r->transfer_encoding, "chunked");
  EXPECT_EQ(r->content_encoding, "gzip");
  EXPECT_EQ(r->body, "body");
}

TEST(HttpResponseTest, StatusLines) {
  struct Case {
    std::string_view block;
    int status;  // 0: not a response
  } cases[] = {
      {"HTTP/1.0 404 Not Found\n\n", 404},
      {"HTTP/2 301\r\nLocation: /x\r\n\r\n", 301},
      {"HTTP/1.1 200", 200},
      {"HTTP/1.1 20 OK\r\n\r\n", 0},
      {"HTTP/1.1 abc OK\r\n\r\n", 0},
      {"GET / HTTP/1.1\r\n\r\n", 0},
      {"", 0},
  };
  for (const Case& c : cases) {
    Result<HttpResponse> r = ParseHttpResponse(c.block);
    EXPECT_EQ(r.ok() ? r->status : 0, c.status) << c.block;
  }
}

TEST(HttpResponseTest, HeadersWithoutBlankLineMeanNoBody) {
  Result<HttpResponse> r = ParseHttpResponse("HTTP/1.1 304 Not Modified\r\nETag: x\r\n");
  ASSERT_TRUE(r.ok());
  EXPECT_TRUE(r->body.empty());
}

TEST(HttpResponseTest, MediaType) {
  EXPECT_EQ(MediaType("Text/HTML; charset=utf-8"), "text/html");
  EXPECT_EQ(MediaType("  application/xhtml+xml "), "application/xhtml+xml");
  EXPECT_EQ(MediaType(""), "");
}

HttpResponse Response(std::string_view body, std::string te, std::string ce) {
  HttpResponse r;
  r.status = 200;
  r.body = body;
  r.transfer_encoding = std::move(te);
  r.content_encoding = std::move(ce);
  return r;
}

TEST(HttpResponseTest, Dechunks) {
  std::string chunked = "5\r\n<html\r\n19;ext=1\r\n><body>Bonjour</body></ht\r\n3\r\nml>\r\n0\r\n\r\n";
  Result<HttpPayload> p = DecodeHttpPayload(Response(chunked, "chunked", ""));
  ASSERT_TRUE(p.ok()) << p.status().ToString();
  EXPECT_EQ(p->bytes, "<html><body>Bonjour</body></html>");
  EXPECT_THAT(p->warnings, IsEmpty());
}

TEST(HttpResponseTest, ChunkedHeaderOverDecodedBodyKeepsTheBody) {
  Result<HttpPayload> p = DecodeHttpPayload(Response(kPage, "chunked", ""));
  ASSERT_TRUE(p.ok());
  EXPECT_EQ(p->bytes, kPage);
  // A first line that is hexadecimal but whose "chunk" is not followed by a
  // line end.
  std::string odd = "3\nabcdef\n";
  p = DecodeHttpPayload(Response(odd, "chunked", ""));
  ASSERT_TRUE(p.ok());
  EXPECT_EQ(p->bytes, odd);
}

TEST(HttpResponseTest, TruncatedChunksKeepWhatArrived) {
  Result<HttpPayload> p = DecodeHttpPayload(Response("5\r\nhello\r\n20\r\nworld", "chunked", ""));
  ASSERT_TRUE(p.ok());
  EXPECT_EQ(p->bytes, "helloworld");
  EXPECT_THAT(p->warnings, ElementsAre("truncated_http_payload"));
}

TEST(HttpResponseTest, DecodesContentEncodings) {
  for (const auto& [coding, window_bits] :
       std::vector<std::pair<std::string, int>>{{"gzip", 31}, {"x-gzip", 31}, {"deflate", 15},
                                                {"deflate", -15}}) {
    std::string encoded = testing::Deflate(kPage, window_bits);
    Result<HttpPayload> p = DecodeHttpPayload(Response(encoded, "", coding));
    ASSERT_TRUE(p.ok()) << coding << ": " << p.status().ToString();
    EXPECT_EQ(p->bytes, kPage) << coding << " " << window_bits;
  }
  Result<HttpPayload> z = DecodeHttpPayload(Response(testing::Zstd(kPage), "", "zstd"));
  ASSERT_TRUE(z.ok());
  EXPECT_EQ(z->bytes, kPage);
}

TEST(HttpResponseTest, ChunkedAndGzip) {
  std::string gz = testing::Gzip(kPage);
  char size[16];
  std::snprintf(size, sizeof size, "%zx", gz.size());
  std::string chunked = std::string(size) + "\r\n" + gz + "\r\n0\r\n\r\n";
  Result<HttpPayload> p = DecodeHttpPayload(Response(chunked, "chunked", "gzip"));
  ASSERT_TRUE(p.ok()) << p.status().ToString();
  EXPECT_EQ(p->bytes, kPage);
}

TEST(HttpResponseTest, StoredDecodedPayloadIsKept) {
  for (std::string coding : {"gzip", "deflate", "br", "zstd"}) {
    Result<HttpPayload> p = DecodeHttpPayload(Response(kPage, "", coding));
    ASSERT_TRUE(p.ok()) << coding;
    EXPECT_EQ(p->bytes, kPage) << coding;
  }
}

TEST(HttpResponseTest, BrotliCannotBeDecoded) {
  Result<HttpPayload> p = DecodeHttpPayload(Response("\x1b\x2a\x00\xf8\x8b\x01", "", "br"));
  ASSERT_FALSE(p.ok());
  EXPECT_EQ(p.status().code(), Status::Code::kUnsupported);
  EXPECT_EQ(p.status().message(), "HTTP payload in 'br' content encoding cannot be decoded");
}

TEST(HttpResponseTest, TruncatedGzipPayloadKeepsPrefix) {
  std::string big;
  for (int i = 0; i < 5000; ++i) big += "<p>Paragraphe " + std::to_string(i) + "</p>";
  std::string gz = testing::Gzip(big);
  Result<HttpPayload> p =
      DecodeHttpPayload(Response(std::string_view(gz).substr(0, gz.size() / 2), "", "gzip"));
  ASSERT_TRUE(p.ok());
  EXPECT_EQ(big.compare(0, p->bytes.size(), p->bytes), 0);
  EXPECT_THAT(p->warnings, ElementsAre("truncated_http_payload"));
}

TEST(HttpResponseTest, CorruptDeflateIsAnError) {
  Result<HttpPayload> p = DecodeHttpPayload(Response("\x78\x9c\xff\xff\xff\xff", "", "deflate"));
  EXPECT_FALSE(p.ok());
}

TEST(HttpResponseTest, PayloadSizeLimit) {
  std::string gz = testing::Gzip(std::string(1 << 20, 'a'));
  Result<HttpPayload> p = DecodeHttpPayload(Response(gz, "", "gzip"), 1000);
  ASSERT_FALSE(p.ok());
  EXPECT_EQ(p.status().code(), Status::Code::kResourceExhausted);
}

}  // namespace
}  // namespace vigie::ingest
