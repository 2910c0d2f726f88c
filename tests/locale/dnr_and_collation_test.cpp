#include <gtest/gtest.h>

#include <algorithm>
#include <vector>

#include "kansli/locale.hpp"

namespace sv = kansli::sv;

namespace {
// Botkyrka 2023 writes "SN/2023:00130"; the 2020 packet "SN 2020:42".
const sv::DnrRule botkyrka{"(?<series>[A-ZÅÄÖ]+)[ /](?<year>[0-9]{4}):(?<number>[0-9]+)", "{series}/{year}:{number:5}"};
// Katrineholm: "SOCN/2020:38 - 759" (a document number after the case number), or without it.
const sv::DnrRule katrineholm{"(?<series>[A-ZÅÄÖ]+)/(?<year>[0-9]{4}):(?<case>[0-9]+)(?<doc> - [0-9]+)?",
                              "{series}/{year}:{case}{doc}"};
}  // namespace

TEST(Diarienummer, AreReadWithTheThemesPatternAndWrittenWithItsFormat) {
    EXPECT_EQ(sv::format_dnr("SN/2023:00130", botkyrka), "SN/2023:00130");
    EXPECT_EQ(sv::format_dnr("SN 2023:130", botkyrka), "SN/2023:00130");
    EXPECT_EQ(sv::format_dnr("SN 2020:42", botkyrka), "SN/2020:00042");
    EXPECT_EQ(sv::format_dnr("SOCN/2020:38 - 759", katrineholm), "SOCN/2020:38 - 759");
    EXPECT_EQ(sv::format_dnr("SOCN/2020:38", katrineholm), "SOCN/2020:38");
}

TEST(Diarienummer, ThatDoNotFitAreAnErrorNamingTheValue) {
    for (const char* bad : {"SN-2023-130", "2023:130", "SN/23:130", "SN/2023:130 extra", ""}) {
        try {
            sv::format_dnr(bad, botkyrka);
            ADD_FAILURE() << bad << " was accepted";
        } catch (const std::invalid_argument& e) {
            EXPECT_NE(std::string(e.what()).find(std::string("'") + bad + "'"), std::string::npos) << e.what();
        }
    }
}

TEST(Diarienummer, RulesAreCheckedWhenTheThemeIsRead) {
    EXPECT_NO_THROW(sv::check_dnr_rule(botkyrka));
    EXPECT_THROW(sv::check_dnr_rule({"(?<series>[A-Z", "{series}"}), std::invalid_argument);
    EXPECT_THROW(sv::check_dnr_rule({"(?<series>[A-Z]+)", "{series}/{year}"}), std::invalid_argument);
    EXPECT_THROW(sv::check_dnr_rule({"(?<series>[A-Z]+)", "{series"}), std::invalid_argument);
    EXPECT_THROW(sv::check_dnr_rule({"(?<series>[A-Z]+)", "{series:x}"}), std::invalid_argument);
}

TEST(Collation, ÅÄÖComeAfterZAndVAndWStayApart) {
    EXPECT_TRUE(sv::collate_less("Zinkgruvan", "Åre"));
    EXPECT_TRUE(sv::collate_less("Åre", "Ängelholm"));
    EXPECT_TRUE(sv::collate_less("Ängelholm", "Östra"));
    EXPECT_TRUE(sv::collate_less("Vallin", "Wallin"));
    EXPECT_FALSE(sv::collate_less("Östra", "Åre"));
}

TEST(Collation, SortsNamesAsASwedishReaderExpects) {
    std::vector<std::string> names = {"Öberg", "Zetterberg", "Åberg", "Andersson", "Ödman", "Ahlström", "Ärlig"};
    std::sort(names.begin(), names.end(), [](const auto& a, const auto& b) { return sv::collate_less(a, b); });
    EXPECT_EQ(names,
              (std::vector<std::string>{"Ahlström", "Andersson", "Zetterberg", "Åberg", "Ärlig", "Öberg", "Ödman"}));
}
