#include "ingest/html_scan.h"

#include <string>
#include <string_view>

#include "gtest/gtest.h"

namespace vigie::ingest {
namespace {

// Each case: the content after the start tag, and what gumbo keeps as the
// element's text (checked with gumbo 0.10.1 when the cases were written).
struct EndCase {
  std::string_view content;
  std::string_view body;
};

TEST(HtmlScanTest, ScriptDataEndsWhereTheTokenizerEndsIt) {
  const EndCase cases[] = {
      {"var a = 1;</script>x", "var a = 1;"},
      {"a</SCRIPT >x", "a"},
      {"a</script/x>b", "a"},
      {"a</script\n>b", "a"},
      {"a</scrip>b</script>c", "a</scrip>b"},
      {"a</scriptx>b</script>c", "a</scriptx>b"},
      {"s = \"</script>\";</script>", "s = \""},  // a string does not protect it
      {"if (a<b && c</d) f();</script>", "if (a<b && c</d) f();"},
      // Escape states.
      {"<!--<script>a</script>b--></script>c", "<!--<script>a</script>b-->"},
      {"<!-- a</script>b", "<!-- a"},
      {"a<!-->b</script>c", "a<!-->b"},
      {"<!--<SCRIPT>c</script>d--></script>e", "<!--<SCRIPT>c</script>d-->"},
      {"<!--<script>a</script>b--!></script>c</script>d", "<!--<script>a</script>b--!>"},
      {"<!--<script>a<!-- --></script>z", "<!--<script>a<!-- -->"},
      {"<!--<script </script>x</script>y", "<!--<script </script>x"},
      {"<!--<scripts>a</script>b", "<!--<scripts>a"},
      {"<!--<script>a--->b</script>c", "<!--<script>a--->b"},
      // Unterminated: to the end of the input.
      {"var s = '<p>';", "var s = '<p>';"},
      {"a</script", "a</script"},
      {"<!--<script>a</script>", "<!--<script>a</script>"},
      {"", ""},
  };
  for (const EndCase& c : cases) {
    size_t end = ScriptDataEnd(c.content, 0);
    EXPECT_EQ(c.content.substr(0, end), c.body) << c.content;
  }
}

TEST(HtmlScanTest, RawTextEndsAtTheFirstMatchingEndTag) {
  const EndCase cases[] = {
      {"p{color:red}</style>x", "p{color:red}"},
      {"a</sty>b</STYLE\t>c", "a</sty>b"},
      {"a<!--</style>-->b", "a<!--"},  // no escape states outside scripts
      {"a</styles>b</style/>", "a</styles>b"},
      {"a</style", "a</style"},
      {"</</style>", "</"},
  };
  for (const EndCase& c : cases) {
    size_t end = RawTextEnd(c.content, 0, "style");
    EXPECT_EQ(c.content.substr(0, end), c.body) << c.content;
  }
  std::string_view page = "<style>a</style><style>b</style>";
  EXPECT_EQ(RawTextEnd(page, 7, "style"), 8u);
  EXPECT_EQ(RawTextEnd(page, 23, "style"), 24u);
  EXPECT_EQ(RawTextEnd(page, page.size(), "style"), page.size());
}

TEST(HtmlScanTest, NameThenDelimiter) {
  EXPECT_TRUE(NameThenDelimiterAt("</Script>", 2, "script"));
  EXPECT_TRUE(NameThenDelimiterAt("</script ", 2, "script"));
  EXPECT_FALSE(NameThenDelimiterAt("</script", 2, "script"));  // end of input
  EXPECT_FALSE(NameThenDelimiterAt("</scripta>", 2, "script"));
  EXPECT_FALSE(NameThenDelimiterAt("</scr", 2, "script"));
  EXPECT_FALSE(NameThenDelimiterAt("ab", 5, "script"));  // past the end
}

}  // namespace
}  // namespace vigie::ingest
