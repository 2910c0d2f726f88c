#include <gtest/gtest.h>

#include "kansli/locale.hpp"
#include "locale_strings.hpp"

namespace sv = kansli::sv;
using namespace kansli::testing;

namespace {
const sv::NumberStyle hyphen_style{.minus = sv::NumberStyle::Minus::Hyphen};
}

TEST(Numbers, GroupThousandsWithNoBreakSpaceAndUseTheRealMinus) {
    EXPECT_EQ(sv::format_number("-27660"), minus + "27" + nbsp + "660");
    EXPECT_EQ(sv::format_number("218690"), "218" + nbsp + "690");
    EXPECT_EQ(sv::format_number("1291"), "1" + nbsp + "291");  // tables group four digits too
    EXPECT_EQ(sv::format_number("0"), "0");
    EXPECT_EQ(sv::format_number("111"), "111");
    EXPECT_EQ(sv::format_number("-4"), minus + "4");
}

TEST(Numbers, VeryLargeNumbersKeepEveryDigit) {
    EXPECT_EQ(sv::format_number("123456789012345678"),
              "123" + nbsp + "456" + nbsp + "789" + nbsp + "012" + nbsp + "345" + nbsp + "678");
    EXPECT_EQ(sv::format_number("-9999999999.99"), minus + "9" + nbsp + "999" + nbsp + "999" + nbsp + "999,99");
}

TEST(Numbers, ThemeChoosesTheHyphenMinus) {
    EXPECT_EQ(sv::format_number("-27660", {}, hyphen_style), "-27" + nbsp + "660");
    EXPECT_EQ(sv::format_percent("-8", {}, hyphen_style), "-8" + nbsp + "%");
}

TEST(Numbers, ThemeMayLeaveFourDigitNumbersUngrouped) {
    const sv::NumberStyle style{.group_four_digits = false};
    EXPECT_EQ(sv::format_number("5587", {}, style), "5587");
    EXPECT_EQ(sv::format_number("-1291", {}, style), minus + "1291");
    EXPECT_EQ(sv::format_number("10500", {}, style), "10" + nbsp + "500");
}

TEST(Numbers, YearsAndIdentifiersAreNeverGrouped) {
    EXPECT_EQ(sv::format_number("2020", {.precision = {}, .grouping = false}), "2020");
    EXPECT_EQ(sv::format_number("946019", {.precision = {}, .grouping = false}), "946019");
    EXPECT_EQ(sv::format_year("2020"), "2020");
    EXPECT_THROW(sv::format_year("20201"), std::invalid_argument);
    EXPECT_THROW(sv::format_year("2 020"), std::invalid_argument);
}

TEST(Numbers, ExplicitPlusOnDemandButNeverOnZero) {
    EXPECT_EQ(sv::format_number("57.7", {.precision = {}, .explicit_plus = true}), "+57,7");
    EXPECT_EQ(sv::format_number("-3.2", {.precision = {}, .explicit_plus = true}), minus + "3,2");
    EXPECT_EQ(sv::format_number("0", {.precision = {}, .explicit_plus = true}), "0");
    EXPECT_EQ(sv::format_number("0.04", {.precision = 1, .explicit_plus = true}), "0,0");
    EXPECT_EQ(sv::format_number("57.7"), "57,7");  // not by default
}

TEST(Numbers, ZeroAndNegativeZeroCarryNoSign) {
    EXPECT_EQ(sv::format_number("-0"), "0");
    EXPECT_EQ(sv::format_number("-0.0"), "0,0");
    EXPECT_EQ(sv::format_number("-0.04", {.precision = 1}), "0,0");  // no "−0,0"
    EXPECT_EQ(sv::format_number("-0.04", {.precision = 1}, hyphen_style), "0,0");
}

TEST(Numbers, KeepTheDecimalsOfTheDataUnlessAPrecisionIsGiven) {
    EXPECT_EQ(sv::format_number("57.7"), "57,7");
    EXPECT_EQ(sv::format_number("4.50"), "4,50");
    EXPECT_EQ(sv::format_number("4", {.precision = 1}), "4,0");
    EXPECT_EQ(sv::format_number("1234567.891", {.precision = 2}), "1" + nbsp + "234" + nbsp + "567,89");
    EXPECT_THROW(sv::format_number("4", {.precision = 7}), std::invalid_argument);
}

// Swedish accounts round half up (away from zero); ICU's default is half-even, which would give
// 0,12 and 2 below.
TEST(Numbers, HalfwayValuesRoundAwayFromZero) {
    EXPECT_EQ(sv::format_number("0.125", {.precision = 2}), "0,13");
    EXPECT_EQ(sv::format_number("2.5", {.precision = 0}), "3");
    EXPECT_EQ(sv::format_number("3.5", {.precision = 0}), "4");
    EXPECT_EQ(sv::format_number("-2.5", {.precision = 0}), minus + "3");
    EXPECT_EQ(sv::format_number("0.05", {.precision = 1}), "0,1");
    EXPECT_EQ(sv::format_number("1.005", {.precision = 2}), "1,01");  // exact decimal, no binary drift
}

TEST(Numbers, ReadSwedishNotationInData) {
    EXPECT_EQ(sv::format_number("57,7"), "57,7");
    EXPECT_EQ(sv::format_number(minus + "711"), minus + "711");
    EXPECT_EQ(sv::format_number("-27 660"), minus + "27" + nbsp + "660");
    EXPECT_EQ(sv::format_number("1" + nbsp + "291"), "1" + nbsp + "291");
    EXPECT_EQ(sv::format_number("1" + narrow_nbsp + "291,5"), "1" + nbsp + "291,5");
    EXPECT_EQ(sv::format_number("+3"), "3");
    EXPECT_EQ(sv::parse_decimal("-27 660,50").literal, "-27660.50");
    EXPECT_EQ(sv::parse_decimal("-27 660,50").decimals, 2);
}

TEST(Numbers, RejectWhatIsNotANumber) {
    for (const std::string bad : {"12 tkr", "", "1e3", "5.", ",5", "1 2345", "12 34", "1  234", "- 4", "--4", "1.234,5",
                                  "1,234.5", "0x10", "∞", " 4", "4 "})
        EXPECT_THROW(sv::format_number(bad), std::invalid_argument) << "'" << bad << "'";
}

TEST(Numbers, AnEnDashIsNotAMinus) {
    try {
        sv::parse_decimal(en_dash + "27");
        FAIL() << "an en dash was taken for a minus";
    } catch (const std::invalid_argument& e) {
        EXPECT_NE(std::string(e.what()).find("en dash"), std::string::npos) << e.what();
    }
}

TEST(Numbers, TypedTextThatReadsTwoWaysIsRefused) {
    EXPECT_EQ(sv::parse_typed_number("57,7").literal, "57.7");
    EXPECT_EQ(sv::parse_typed_number("-27 660").literal, "-27660");
    EXPECT_EQ(sv::parse_typed_number("0.125").literal, "0.125");  // a leading 0 is no thousands group
    EXPECT_EQ(sv::parse_typed_number("12.5").literal, "12.5");
    EXPECT_EQ(sv::parse_typed_number("1234.567").literal, "1234.567");
    try {
        sv::parse_typed_number("1.234");
        FAIL() << "'1.234' was read one of two ways";
    } catch (const std::invalid_argument& e) {
        EXPECT_NE(std::string(e.what()).find("ambiguous"), std::string::npos) << e.what();
        EXPECT_NE(std::string(e.what()).find("1,234"), std::string::npos) << e.what();
    }
    EXPECT_THROW(sv::parse_typed_number("-12.500"), std::invalid_argument);
    EXPECT_THROW(sv::parse_typed_number("1.234,5"), std::invalid_argument);
}

TEST(Numbers, PercentSpacingIsTheTemplatesChoice) {
    EXPECT_EQ(sv::format_percent("8", {.precision = 1}), "8,0" + nbsp + "%");
    EXPECT_EQ(sv::format_percent("-3.2"), minus + "3,2" + nbsp + "%");
    const sv::NumberStyle tight{.minus = sv::NumberStyle::Minus::Hyphen, .percent_space = false};
    EXPECT_EQ(sv::format_percent("52", {}, tight), "52%");
    EXPECT_EQ(sv::format_percent("-8", {}, tight), "-8%");
    EXPECT_EQ(sv::format_percent("0", {.precision = 1}, tight), "0,0%");
}

TEST(Numbers, AmountsTakeANoBreakSpaceBeforeTheUnit) {
    EXPECT_EQ(sv::format_amount("231", "tkr"), "231" + nbsp + "tkr");
    EXPECT_EQ(sv::format_amount("8470", "kr"), "8" + nbsp + "470" + nbsp + "kr");
    EXPECT_EQ(sv::format_amount("57.66", "mnkr", {.precision = 1}), "57,7" + nbsp + "mnkr");
    EXPECT_EQ(sv::format_amount("-1291", "tkr", {}, hyphen_style), "-1" + nbsp + "291" + nbsp + "tkr");
}

TEST(Numbers, MoneyWrittenOutForRunningText) {
    EXPECT_EQ(sv::format_amount_in_words("57700", "tkr"), "57,7" + nbsp + "miljoner kronor");
    EXPECT_EQ(sv::format_amount_in_words("57.7", "mnkr"), "57,7" + nbsp + "miljoner kronor");
    EXPECT_EQ(sv::format_amount_in_words("58000000", "kr"), "58" + nbsp + "miljoner kronor");
    EXPECT_EQ(sv::format_amount_in_words("1000000", "kr"), "1" + nbsp + "miljon kronor");
    EXPECT_EQ(sv::format_amount_in_words("1500", "tkr"), "1,5" + nbsp + "miljoner kronor");
    EXPECT_EQ(sv::format_amount_in_words("2500", "mnkr"), "2,5" + nbsp + "miljarder kronor");
    EXPECT_EQ(sv::format_amount_in_words("1000", "mnkr"), "1" + nbsp + "miljard kronor");
    EXPECT_EQ(sv::format_amount_in_words("999960000", "kr"), "1" + nbsp + "miljard kronor");  // not "1 000 miljoner"
    EXPECT_EQ(sv::format_amount_in_words("8470", "kr"), "8" + nbsp + "470" + nbsp + "kronor");
    EXPECT_EQ(sv::format_amount_in_words("231", "tkr"), "231" + nbsp + "000" + nbsp + "kronor");
    EXPECT_EQ(sv::format_amount_in_words("1", "kr"), "1" + nbsp + "krona");
    EXPECT_EQ(sv::format_amount_in_words("0", "tkr"), "0" + nbsp + "kronor");
    EXPECT_EQ(sv::format_amount_in_words("-218690", "tkr"), minus + "218,7" + nbsp + "miljoner kronor");
    EXPECT_EQ(sv::format_amount_in_words("-218690", "tkr", hyphen_style), "-218,7" + nbsp + "miljoner kronor");
    EXPECT_THROW(sv::format_amount_in_words("5", "euro"), std::invalid_argument);
}

TEST(Numbers, OrdinalsTakeTheSwedishEnding) {
    EXPECT_EQ(sv::format_ordinal("1"), "1:a");
    EXPECT_EQ(sv::format_ordinal("2"), "2:a");
    EXPECT_EQ(sv::format_ordinal("3"), "3:e");
    EXPECT_EQ(sv::format_ordinal("11"), "11:e");
    EXPECT_EQ(sv::format_ordinal("12"), "12:e");
    EXPECT_EQ(sv::format_ordinal("21"), "21:a");
    EXPECT_EQ(sv::format_ordinal("22"), "22:a");
    EXPECT_EQ(sv::format_ordinal("100"), "100:e");
    EXPECT_EQ(sv::format_ordinal("111"), "111:e");
    EXPECT_EQ(sv::format_ordinal("0"), "0:e");
    EXPECT_THROW(sv::format_ordinal("-1"), std::invalid_argument);
    EXPECT_THROW(sv::format_ordinal(""), std::invalid_argument);
}
