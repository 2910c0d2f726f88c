#include "kansli/locale.hpp"

#include <gtest/gtest.h>

namespace sv = kansli::sv;

namespace {
const std::string nbsp = "\xC2\xA0";
const std::string minus = "\xE2\x88\x92";
}  // namespace

TEST(Locale, GroupsThousandsWithNoBreakSpaceAndUsesRealMinus) {
    EXPECT_EQ(sv::format_number("-27660"), minus + "27" + nbsp + "660");
    EXPECT_EQ(sv::format_number("218690"), "218" + nbsp + "690");
    EXPECT_EQ(sv::format_number("1291"), "1" + nbsp + "291");  // tables group four digits too
    EXPECT_EQ(sv::format_number("0"), "0");
    EXPECT_EQ(sv::format_number("111"), "111");
}

TEST(Locale, KeepsTheDecimalsOfTheDataUnlessAPrecisionIsGiven) {
    EXPECT_EQ(sv::format_number("57.7"), "57,7");
    EXPECT_EQ(sv::format_number("4"), "4");
    EXPECT_EQ(sv::format_number("4", 1), "4,0");
    EXPECT_EQ(sv::format_number("0.125", 2), "0,13");  // half away from zero, not ICU's half-even
    EXPECT_EQ(sv::format_number("-0.04", 1), "0,0");   // no "−0,0"
    EXPECT_EQ(sv::format_number("1234567.891", 2), "1" + nbsp + "234" + nbsp + "567,89");
}

TEST(Locale, AcceptsDecimalCommaAndUnicodeMinusInData) {
    EXPECT_EQ(sv::format_number("57,7"), "57,7");
    EXPECT_EQ(sv::format_number(minus + "711"), minus + "711");
}

TEST(Locale, RejectsWhatIsNotANumber) {
    EXPECT_THROW(sv::format_number("12 tkr"), std::invalid_argument);
    EXPECT_THROW(sv::format_number(""), std::invalid_argument);
    EXPECT_THROW(sv::format_number("1e3"), std::invalid_argument);
    EXPECT_THROW(sv::format_number("5."), std::invalid_argument);
}

TEST(Locale, PercentAndAmountsTakeANoBreakSpaceBeforeTheUnit) {
    EXPECT_EQ(sv::format_percent("8", 1), "8,0" + nbsp + "%");
    EXPECT_EQ(sv::format_percent("-3.2"), minus + "3,2" + nbsp + "%");
    EXPECT_EQ(sv::format_amount("231", "tkr"), "231" + nbsp + "tkr");
    EXPECT_EQ(sv::format_amount("8470", "kr"), "8" + nbsp + "470" + nbsp + "kr");
}

TEST(Locale, FormatsDatesTheSwedishWay) {
    EXPECT_EQ(sv::format_date_iso("2023-09-19"), "2023-09-19");
    EXPECT_EQ(sv::format_date_long("2023-09-19"), "19 september 2023");
    EXPECT_EQ(sv::format_date_full("2023-09-19"), "tisdag 19 september 2023");
    EXPECT_EQ(sv::format_date_long("2021-02-09"), "9 februari 2021");
    EXPECT_EQ(sv::weekday("2021-02-09"), "tisdag");
    EXPECT_EQ(sv::format_date_long("2024-02-29"), "29 februari 2024");
}

TEST(Locale, RejectsImpossibleDates) {
    EXPECT_THROW(sv::format_date_iso("2023-02-29"), std::invalid_argument);
    EXPECT_THROW(sv::format_date_iso("2023-13-01"), std::invalid_argument);
    EXPECT_THROW(sv::format_date_long("19 september 2023"), std::invalid_argument);
    EXPECT_THROW(sv::format_date_iso("20xx-xx-xx"), std::invalid_argument);
}

TEST(Locale, TimesUseAPeriodAsTheWritingRulesSayNotIcusColon) {
    EXPECT_EQ(sv::format_time("18:00"), "18.00");
    EXPECT_EQ(sv::format_time("09:30"), "9.30");
    EXPECT_EQ(sv::format_time("15.00"), "15.00");
    EXPECT_THROW(sv::format_time("25:00"), std::invalid_argument);
    EXPECT_THROW(sv::format_time("kvart över"), std::invalid_argument);
}

TEST(Locale, CollatesÅÄÖAfterZAndKeepsVAndWApart) {
    EXPECT_TRUE(sv::collate_less("Zinkgruvan", "Åre"));
    EXPECT_TRUE(sv::collate_less("Åre", "Ängelholm"));
    EXPECT_TRUE(sv::collate_less("Ängelholm", "Östra"));
    EXPECT_TRUE(sv::collate_less("Vallin", "Wallin"));
    EXPECT_FALSE(sv::collate_less("Östra", "Åre"));
}
