#include "clean/dates.h"

#include <gtest/gtest.h>

#include <string>

namespace vigie::clean {
namespace {

struct DateCase {
  const char* input;
  const char* expected;  // nullptr: no date
  int context_year = 0;  // 0: none
};

std::optional<int> Context(const DateCase& c) {
  if (c.context_year == 0) return std::nullopt;
  return c.context_year;
}

std::string Show(const std::optional<std::string>& v) { return v ? *v : "<nullopt>"; }

const DateCase kParseCases[] = {
    // French textual dates.
    {"11 novembre 2016", "2016-11-11"},
    {"1er novembre 2016", "2016-11-01"},
    {"1ère fois le 3 mai 2016", "2016-05-03"},
    {"1\xE1\xB5\x89\xCA\xB3 novembre 2016", "2016-11-01"},  // 1ᵉʳ
    {"mardi 1 novembre 2016", "2016-11-01"},
    {"Mardi 1er novembre 2016 à 10h30", "2016-11-01"},
    {"11 NOVEMBRE 2016", "2016-11-11"},
    {"3 février 2016", "2016-02-03"},
    {"3 fevrier 2016", "2016-02-03"},
    {"3 FÉVRIER 2016", "2016-02-03"},
    {"3 fe\xCC\x81vrier 2016", "2016-02-03"},  // NFD: e + combining acute
    {"15 août 2016", "2016-08-15"},
    {"15 aout 2016", "2016-08-15"},
    {"24 décembre 2015", "2015-12-24"},
    {"24 decembre 2015", "2015-12-24"},
    {"31 oct. 2016", "2016-10-31"},
    {"2 janv. 2017", "2017-01-02"},
    {"2 juil 2017", "2017-07-02"},
    {"12 sept. 2001", "2001-09-12"},
    {"7\xC2\xA0" "avril\xC2\xA0" "2016", "2016-04-07"},    // no-break spaces
    {"7\xE2\x80\xAF" "avril 2016", "2016-04-07"},          // narrow no-break space
    {"Publié le 4 mars 2016 par la rédaction", "2016-03-04"},
    {"Mis à jour le 5 avril 2016", "2016-04-05"},
    {"Mondialisation.ca, 11 novembre 2016", "2016-11-11"},
    {"Jean Dupont | 1 novembre 2016", "2016-11-01"},
    {"29 février 2016", "2016-02-29"},
    {"1er janvier 2000", "2000-01-01"},
    // Yearless dates take the context year.
    {"le 31 octobre", "2016-10-31", 2016},
    {"Le 31 octobre, les forces...", "2016-10-31", 2016},
    {"le 31 octobre", nullptr},
    {"le 29 février", "2016-02-29", 2016},
    {"le 29 février", nullptr, 2017},
    {"le 3 mai 1789", nullptr, 2016},
    {"they 3 may come", nullptr, 2016},  // "may" needs a year
    {"le 3 nov. dernier", nullptr, 2016},  // abbreviations need a year
    // English.
    {"Nov. 1, 2016", "2016-11-01"},
    {"November 1st, 2016", "2016-11-01"},
    {"November 1 2016", "2016-11-01"},
    {"1 November 2016", "2016-11-01"},
    {"1st November, 2016", "2016-11-01"},
    {"Tuesday, November 22nd, 2016 at 10:30 am", "2016-11-22"},
    {"Published: 2016-11-01", "2016-11-01"},
    {"Sept. 11, 2001", "2001-09-11"},
    {"May 3, 2016", "2016-05-03"},
    {"Tue, 01 Nov 2016 08:30:00 +0100", "2016-11-01"},
    // ISO and year first.
    {"2016-11-01", "2016-11-01"},
    {"2016-11-01T08:30:00+01:00", "2016-11-01T08:30:00+01:00"},
    {"2016-11-01T08:30:00Z", "2016-11-01T08:30:00Z"},
    {"2016-11-01T08:30:00.123456Z", "2016-11-01T08:30:00Z"},
    {"2016-11-01T08:30:00,5+0100", "2016-11-01T08:30:00+01:00"},
    {"2016-11-01T08:30+01", "2016-11-01T08:30+01:00"},
    {"2016-11-01T08:30", "2016-11-01T08:30"},
    {"2016-11-01 08:30:00", "2016-11-01T08:30:00"},
    {"2016-11-01T25:00:00", "2016-11-01"},  // bad time: date only
    {"2016-11-01 10 morts", "2016-11-01"},
    {"2016/11/01", "2016-11-01"},
    {"2016.11.1", "2016-11-01"},
    {"https://www.site.fr/2016/11/01/titre-article", "2016-11-01"},
    // Numeric, day first.
    {"01/11/2016", "2016-11-01"},
    {"01.11.2016", "2016-11-01"},
    {"1/11/16", "2016-11-01"},
    {"01-11-2016", "2016-11-01"},
    {"01.11.16", "2016-11-01"},
    {"11/21/2016", "2016-11-21"},  // second number > 12: month first
    {"21/11/2016", "2016-11-21"},
    {"05/06/2016", "2016-06-05"},  // ambiguous: French day first
    {"Le 01/11/2016 à 10:30", "2016-11-01"},
    {"31/12/99", "1999-12-31"},
    // First plausible match wins.
    {"31 février 2016, puis le 1 mars 2016", "2016-03-01"},
    {"10.000 morts le 11 novembre 2016", "2016-11-11"},
    {"entre le 2 et le 5 mai 2016", "2016-05-05"},
    // Not dates.
    {"", nullptr},
    {"Appelez le 01 23 45 67 89", nullptr},
    {"Tél. : 01.23.45.67.89", nullptr},
    {"06-12-34-56-78", nullptr},
    {"+33 1 23 45 67 89", nullptr},
    {"10.000 morts", nullptr},
    {"2016 personnes", nullptr},
    {"score final 3-1", nullptr},
    {"un score de 3-1-0", nullptr},
    {"version 2.10.12", nullptr},
    {"v1.10.12", nullptr},
    {"1/2 de la population", nullptr},
    {"192.168.1.1", nullptr},
    {"31 février 2016", nullptr},
    {"31/02/2016", nullptr},
    {"13/13/2016", nullptr},
    {"1 novembre 1850", nullptr},
    {"1 novembre 2150", nullptr},
    {"11 novembre 20165", nullptr},
    {"novembre 2016", nullptr},
    {"en mai 2016 des manifestations", nullptr},
    {"10h30 mai 2016", nullptr},
    {"32 octobre 2016", nullptr},
    {"0 octobre 2016", nullptr},
    {"2016-13-01", nullptr},
    {"2016-02-30", nullptr},
    {"x2016-11-01", nullptr},
    {"3 km de Paris", nullptr},
    {"le 31 octobre 2016abc", "2016-10-31"},  // glued letters after the year are tolerated
};

TEST(ParseDateTest, Table) {
  for (const DateCase& c : kParseCases) {
    std::optional<std::string> got = ParseDate(c.input, Context(c));
    if (c.expected == nullptr) {
      EXPECT_FALSE(got.has_value()) << "input: " << c.input << " got " << Show(got);
    } else {
      EXPECT_EQ(Show(got), c.expected) << "input: " << c.input;
    }
  }
}

const DateCase kNormalizeCases[] = {
    {"2016-11-01", "2016-11-01"},
    {"  2016-11-01T08:30:00+01:00 ", "2016-11-01T08:30:00+01:00"},
    {"Publié le 11 novembre 2016", "2016-11-11"},
    {"Mis à jour le 2 novembre 2016 à 10h30", "2016-11-02"},
    {"Mis a jour le 2 novembre 2016, 10:30 (heure de Paris)", "2016-11-02"},
    {"Published: Nov. 1, 2016", "2016-11-01"},
    {"Updated on November 1st, 2016 10:30 am EST", "2016-11-01"},
    {"mardi 1er novembre 2016", "2016-11-01"},
    {"Tue, 01 Nov 2016 08:30:00 +0100", "2016-11-01"},
    {"(01/11/2016)", "2016-11-01"},
    {"01.11.2016 - 10h30", "2016-11-01"},
    {"Date : 1 nov. 2016", "2016-11-01"},
    {"", nullptr},
    {"le 31 octobre", nullptr},
    {"Il a neigé le 2 novembre 2016", nullptr},
    {"2016-11-01 et encore autre chose", nullptr},
    {"Publié le 2 novembre 2016 par Jean Dupont", nullptr},
    {"12 morts le 2 novembre 2016", nullptr},
    {"novembre 2016", nullptr},
    {"1478000000", nullptr},
};

TEST(NormalizeDateTest, Table) {
  for (const DateCase& c : kNormalizeCases) {
    std::optional<std::string> got = NormalizeDate(c.input);
    if (c.expected == nullptr) {
      EXPECT_FALSE(got.has_value()) << "input: " << c.input << " got " << Show(got);
    } else {
      EXPECT_EQ(Show(got), c.expected) << "input: " << c.input;
    }
  }
}

TEST(FindDateTest, ReportsSpan) {
  std::string s = "Par Jean Dupont | mardi 1er novembre 2016 à 10h30";
  std::optional<DateMatch> m = FindDate(s);
  ASSERT_TRUE(m.has_value());
  EXPECT_EQ(m->iso, "2016-11-01");
  EXPECT_EQ(s.substr(m->begin, m->end - m->begin), "1er novembre 2016");

  std::string iso = "le 2016-11-01T08:30:00.5Z.";
  m = FindDate(iso);
  ASSERT_TRUE(m.has_value());
  EXPECT_EQ(iso.substr(m->begin, m->end - m->begin), "2016-11-01T08:30:00.5Z");

  std::string yearless = "le 31 octobre dernier";
  m = FindDate(yearless, 2016);
  ASSERT_TRUE(m.has_value());
  EXPECT_EQ(yearless.substr(m->begin, m->end - m->begin), "31 octobre");
}

TEST(ParseDateTest, ImplausibleContextYearIsIgnored) {
  EXPECT_FALSE(ParseDate("le 31 octobre", 1789).has_value());
  EXPECT_EQ(Show(ParseDate("le 31 octobre", 2100)), "2100-10-31");
}

TEST(ParseDateTest, LongInputsAreLinear) {
  // 8 MB of digits, separators and month-like words without a date: must
  // finish quickly (the test would time out if the scan were quadratic).
  std::string s;
  while (s.size() < 8'000'000) s += "12 novembrex 1.2.3 2016-99 mai ";
  s += "1 mai 2016";
  EXPECT_EQ(Show(ParseDate(s)), "2016-05-01");
  std::string digits(8'000'000, '1');
  EXPECT_FALSE(ParseDate(digits).has_value());
  std::string spaces = "1" + std::string(8'000'000, ' ') + "novembre 2016";
  EXPECT_FALSE(ParseDate(spaces).has_value());
}

TEST(ParseDateTest, InvalidUtf8DoesNotCrash) {
  const std::string inputs[] = {"\xC3", "1 \xC3", "1 ao\xC3", "\xE1\xB5", "1\xE1\xB5 nov",
                                std::string("1\0nov 2016", 10), "\xFF\xFE 2016-11-01"};
  for (const std::string& s : inputs) {
    (void)ParseDate(s, 2016);
    (void)NormalizeDate(s);
  }
  EXPECT_EQ(Show(ParseDate("\xFF\xFE 2016-11-01")), "2016-11-01");
}

}  // namespace
}  // namespace vigie::clean
