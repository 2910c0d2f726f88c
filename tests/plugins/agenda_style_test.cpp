// The agenda as the municipality's form prints it (theme.json "agenda"): the separator before
// an item's note and the order of the columns, in every format.
#include <gtest/gtest.h>

#include <regex>

#include "every_block.hpp"

using namespace kansli;
namespace test = kansli::test;

namespace {

struct AgendaStyleFixture : ::testing::TestWithParam<std::string>, test::EveryBlock {
    // The text the format writes, without markup, white space or table rules: the agenda of
    // every-block.xml reads "NrÄrendeBeteckning…1Upprop…".
    std::string text(const Theme& theme) {
        return std::regex_replace(written(GetParam(), theme), std::regex("<[^>]*>|[\\s|]"), "");
    }
};

}  // namespace

TEST_P(AgendaStyleFixture, TheThemeChoosesTheNotesSeparatorAndTheColumnOrder) {
    KANSLI_REQUIRE_TOOL(test::have_command("unzip"), "unzip");
    Theme theme = package.theme();
    const std::string standard = text(theme);
    ASSERT_FALSE(standard.empty()) << "the " << GetParam() << " plugin is not built";
    EXPECT_NE(standard.find("NrÄrendeBeteckning"), std::string::npos) << standard;
    EXPECT_NE(standard.find("Lokalbehovsplan\u2013UTGÅR"), std::string::npos);

    theme.agenda.note_separator = " - ";
    theme.agenda.columns = {AgendaStyle::Column::Dnr, AgendaStyle::Column::Number, AgendaStyle::Column::Title};
    const std::string chosen = text(theme);
    EXPECT_NE(chosen.find("BeteckningNrÄrende"), std::string::npos) << chosen;
    EXPECT_NE(chosen.find("SOCN/2020:386Yttrandeövermotion"), std::string::npos) << chosen;
    EXPECT_NE(chosen.find("Lokalbehovsplan-UTGÅR"), std::string::npos) << chosen;
    // Left out of the order: the page column, which every-block.xml's item 6 would have.
    EXPECT_EQ(chosen.find("Sidan"), std::string::npos);
    EXPECT_EQ(chosen.find("Handlingar"), std::string::npos);
}

INSTANTIATE_TEST_SUITE_P(Formats, AgendaStyleFixture, ::testing::Values("html", "docx", "odt", "markdown"));
