#include <gtest/gtest.h>

#include "kansli/locale.hpp"
#include "locale_strings.hpp"

namespace sv = kansli::sv;
using namespace kansli::testing;

TEST(Dates, SwedishDatesHaveLowerCaseMonthsAndWeekdays) {
    EXPECT_EQ(sv::format_date_iso("2023-09-19"), "2023-09-19");
    EXPECT_EQ(sv::format_date_long("2023-09-19"), "19 september 2023");
    EXPECT_EQ(sv::format_date_full("2023-09-19"), "tisdag 19 september 2023");
    EXPECT_EQ(sv::format_date_long("2021-02-09"), "9 februari 2021");
    EXPECT_EQ(sv::weekday("2021-02-09"), "tisdag");
    EXPECT_EQ(sv::format_date_long("2020-01-01"), "1 januari 2020");
    EXPECT_EQ(sv::format_date_full("2023-12-31"), "söndag 31 december 2023");
}

TEST(Dates, LeapDaysExistOnlyInLeapYears) {
    EXPECT_EQ(sv::format_date_full("2024-02-29"), "torsdag 29 februari 2024");
    EXPECT_EQ(sv::format_date_long("2000-02-29"), "29 februari 2000");
    EXPECT_THROW(sv::format_date_iso("2023-02-29"), std::invalid_argument);
    EXPECT_THROW(sv::format_date_iso("1900-02-29"), std::invalid_argument);
}

TEST(Dates, ImpossibleDatesAreRefused) {
    for (const char* bad : {"2023-13-01", "2023-00-10", "2023-04-31", "19 september 2023", "20xx-xx-xx", "",
                            "2023-9-19", "2023-09-19T10:00"})
        EXPECT_THROW(sv::format_date_long(bad), std::invalid_argument) << bad;
}

TEST(Dates, TimesUseAPeriodAsTheWritingRulesSayNotIcusColon) {
    EXPECT_EQ(sv::format_time("18:00"), "18.00");
    EXPECT_EQ(sv::format_time("09:30"), "9.30");
    EXPECT_EQ(sv::format_time("15.00"), "15.00");
    EXPECT_EQ(sv::format_clock("18:00"), "kl. 18.00");
    EXPECT_EQ(sv::format_clock("8:05"), "kl. 8.05");
}

TEST(Dates, MidnightStartsAtZeroAndEndsAtTwentyFour) {
    EXPECT_EQ(sv::format_time("00:00"), "0.00");
    EXPECT_EQ(sv::format_time("24:00"), "24.00");
    EXPECT_THROW(sv::format_time("24:01"), std::invalid_argument);
    EXPECT_THROW(sv::format_time("25:00"), std::invalid_argument);
    EXPECT_THROW(sv::format_time("12:60"), std::invalid_argument);
    EXPECT_THROW(sv::format_time("kvart över"), std::invalid_argument);
    EXPECT_THROW(sv::format_time(""), std::invalid_argument);
}

TEST(Dates, YearRangesTakeAnEnDash) {
    EXPECT_EQ(sv::format_range("2020", "2023"), "2020" + en_dash + "2023");
    EXPECT_EQ(sv::format_range("2020", "2020"), "2020");
    EXPECT_THROW(sv::format_range("2023", "2020"), std::invalid_argument);
}

TEST(Dates, DateRangesRepeatOnlyWhatDiffers) {
    EXPECT_EQ(sv::format_range("2023-09-19", "2023-09-20"), "19" + en_dash + "20 september 2023");
    EXPECT_EQ(sv::format_range("2023-09-30", "2023-10-02"), "30 september" + nbsp + en_dash + " 2 oktober 2023");
    EXPECT_EQ(sv::format_range("2022-12-30", "2023-01-02"), "30 december 2022" + nbsp + en_dash + " 2 januari 2023");
    EXPECT_EQ(sv::format_range("2023-09-19", "2023-09-19"), "19 september 2023");
    EXPECT_THROW(sv::format_range("2023-09-20", "2023-09-19"), std::invalid_argument);
    EXPECT_THROW(sv::format_range("2023-02-29", "2023-03-01"), std::invalid_argument);
}

TEST(Dates, MonthAndTimeRanges) {
    EXPECT_EQ(sv::format_range("2023-01", "2023-08"), "januari" + en_dash + "augusti 2023");
    EXPECT_EQ(sv::format_range("2022-12", "2023-01"), "december 2022" + nbsp + en_dash + " januari 2023");
    EXPECT_EQ(sv::format_range("09:00", "15:30"), "9.00" + en_dash + "15.30");
    EXPECT_EQ(sv::format_range("18:00", "24:00"), "18.00" + en_dash + "24.00");
    EXPECT_THROW(sv::format_range("2023", "2023-09-19"), std::invalid_argument);
    EXPECT_THROW(sv::format_range("15:00", "09:00"), std::invalid_argument);
    EXPECT_THROW(sv::format_range("2023-13", "2023-14"), std::invalid_argument);
}

TEST(Dates, ReportingPeriodsHaveSwedishNames) {
    EXPECT_EQ(sv::format_period("2020-T2"), "tertial 2 2020");
    EXPECT_EQ(sv::format_period("2020-D2"), "delår 2 2020");
    EXPECT_EQ(sv::format_period("2020-Q3"), "kvartal 3 2020");
    EXPECT_EQ(sv::format_period("2020-K3"), "kvartal 3 2020");
    EXPECT_EQ(sv::format_period("2020-H"), "helår 2020");
    EXPECT_EQ(sv::format_period("2020-09"), "september 2020");
    EXPECT_EQ(sv::format_period("2020"), "2020");
    EXPECT_EQ(sv::format_period("T2"), "tertial 2");
    EXPECT_EQ(sv::format_period("H"), "helår");
    for (const char* bad : {"2020-T4", "2020-Q5", "2020-13", "2020-X1", "T", "2020T2", ""})
        EXPECT_THROW(sv::format_period(bad), std::invalid_argument) << bad;
}
