#include "ingest/decompress.h"

#include <gtest/gtest.h>

#include "ingest/testing_sink.h"

namespace vigie::ingest {
namespace {

using testing::Gzip;
using testing::Zstd;

const std::string kText =
    "{\"title\": \"Premier\", \"text\": \"Un texte.\"}\n"
    "{\"title\": \"Second\", \"text\": \"Un autre texte.\"}\n";

TEST(DecompressTest, DetectsByMagic) {
  EXPECT_EQ(DetectCompression(Gzip("x")), Compression::kGzip);
  EXPECT_EQ(DetectCompression(Zstd("x")), Compression::kZstd);
  EXPECT_EQ(DetectCompression("plain"), Compression::kNone);
  EXPECT_EQ(DetectCompression(""), Compression::kNone);
  EXPECT_EQ(DetectCompression("\x1f"), Compression::kNone);
}

TEST(DecompressTest, PlainBytesPassThrough) {
  Decompressed d = Decompress(kText);
  EXPECT_TRUE(d.status.ok());
  EXPECT_EQ(d.compression, Compression::kNone);
  EXPECT_EQ(d.bytes, kText);
}

TEST(DecompressTest, Gzip) {
  Decompressed d = Decompress(Gzip(kText));
  EXPECT_TRUE(d.status.ok()) << d.status.ToString();
  EXPECT_EQ(d.bytes, kText);
}

TEST(DecompressTest, MultiMemberGzipAsWarcWritersMakeIt) {
  std::string members = Gzip("WARC/1.0\r\none\r\n\r\n") + Gzip("WARC/1.0\r\ntwo\r\n\r\n") +
                        Gzip("") + Gzip("three");
  Decompressed d = Decompress(members);
  EXPECT_TRUE(d.status.ok()) << d.status.ToString();
  EXPECT_EQ(d.bytes, "WARC/1.0\r\none\r\n\r\nWARC/1.0\r\ntwo\r\n\r\nthree");
}

TEST(DecompressTest, ZeroPaddingAfterGzipIsIgnored) {
  Decompressed d = Decompress(Gzip(kText) + std::string(512, '\0'));
  EXPECT_TRUE(d.status.ok()) << d.status.ToString();
  EXPECT_EQ(d.bytes, kText);
}

TEST(DecompressTest, TrailingGarbageKeepsCompleteDataAndFlagsIt) {
  Decompressed d = Decompress(Gzip(kText) + "garbage after the end");
  EXPECT_FALSE(d.status.ok());
  EXPECT_TRUE(d.trailing_garbage);
  EXPECT_EQ(d.bytes, kText);
}

TEST(DecompressTest, TruncatedGzipKeepsThePrefix) {
  std::string big;
  for (int i = 0; i < 20000; ++i) big += "{\"text\": \"ligne " + std::to_string(i) + "\"}\n";
  std::string gz = Gzip(big);
  Decompressed d = Decompress(std::string_view(gz).substr(0, gz.size() / 2));
  EXPECT_EQ(d.status.code(), Status::Code::kCorruption);
  EXPECT_EQ(d.status.message(), "truncated gzip stream");
  EXPECT_FALSE(d.trailing_garbage);
  EXPECT_GT(d.bytes.size(), big.size() / 4);
  EXPECT_EQ(big.compare(0, d.bytes.size(), d.bytes), 0);  // a true prefix
}

TEST(DecompressTest, TruncatedSecondMember) {
  std::string second = Gzip("second member, long enough to be cut in its middle");
  Decompressed d = Decompress(Gzip("first") + second.substr(0, second.size() - 10));
  EXPECT_FALSE(d.status.ok());
  EXPECT_FALSE(d.trailing_garbage);
  EXPECT_EQ(d.bytes.substr(0, 5), "first");
}

TEST(DecompressTest, HeaderOnlyAndCorruptGzip) {
  EXPECT_FALSE(Decompress("\x1f\x8b").status.ok());
  Decompressed d = Decompress("\x1f\x8b\x08\x00garbage-not-deflate-data-at-all");
  EXPECT_FALSE(d.status.ok());
  std::string gz = Gzip(kText);
  gz[gz.size() / 2] ^= 0x55;  // flips bits in the deflate data or the CRC
  gz[gz.size() - 6] ^= 0x55;
  EXPECT_FALSE(Decompress(gz).status.ok());
}

TEST(DecompressTest, OutputLimit) {
  std::string zeros(1 << 20, 'a');
  Decompressed d = Decompress(Gzip(zeros), 1000);
  EXPECT_EQ(d.status.code(), Status::Code::kResourceExhausted);
  Decompressed z = Decompress(Zstd(zeros), 1000);
  EXPECT_EQ(z.status.code(), Status::Code::kResourceExhausted);
}

TEST(DecompressTest, Zstd) {
  Decompressed d = Decompress(Zstd(kText));
  EXPECT_TRUE(d.status.ok()) << d.status.ToString();
  EXPECT_EQ(d.bytes, kText);
  // Two frames one after the other.
  Decompressed two = Decompress(Zstd("un ") + Zstd("deux"));
  EXPECT_TRUE(two.status.ok()) << two.status.ToString();
  EXPECT_EQ(two.bytes, "un deux");
}

TEST(DecompressTest, TruncatedAndTrailingZstd) {
  std::string big;
  for (int i = 0; i < 20000; ++i) big += "ligne " + std::to_string(i * 7919) + "\n";
  std::string z = Zstd(big);
  Decompressed d = Decompress(std::string_view(z).substr(0, z.size() / 2));
  EXPECT_FALSE(d.status.ok());
  EXPECT_FALSE(d.trailing_garbage);
  EXPECT_EQ(big.compare(0, d.bytes.size(), d.bytes), 0);
  EXPECT_FALSE(Decompress("\x28\xb5\x2f\xfd").status.ok());
  Decompressed t = Decompress(Zstd(kText) + "junk");
  EXPECT_TRUE(t.trailing_garbage);
  EXPECT_EQ(t.bytes, kText);
}

// Every prefix of a small multi-member stream decodes to a prefix of the
// data, without crashing.
TEST(DecompressTest, EveryPrefixIsSafe) {
  const std::string first = Gzip("alpha beta gamma ");
  std::string data = first + Gzip("delta epsilon");
  const std::string full = "alpha beta gamma delta epsilon";
  for (size_t n = 2; n < data.size(); ++n) {
    Decompressed d = Decompress(std::string_view(data).substr(0, n));
    EXPECT_EQ(full.compare(0, d.bytes.size(), d.bytes), 0) << n;
    // Complete members only at the boundary between them.
    EXPECT_EQ(d.status.ok(), n == first.size()) << n;
  }
}

}  // namespace
}  // namespace vigie::ingest
