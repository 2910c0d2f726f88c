// Inlines that each medium writes its own way. Text for one medium: print formats keep
// <only media="print">, the web keeps media="web". Abbreviations and status symbols: the web
// marks up the expansion and reads a symbol as its words; print shows the short form, and the
// words after the symbol.
#include <gtest/gtest.h>

#include "every_block.hpp"

using namespace kansli;
namespace test = kansli::test;

namespace {

struct MediaOnlyFixture : ::testing::TestWithParam<std::string>, test::EveryBlock {
    std::string body_text(const std::string& format) { return written(format, package.theme()); }
};

}  // namespace

TEST_P(MediaOnlyFixture, EachFormatKeepsItsOwnMedium) {
    KANSLI_REQUIRE_TOOL(test::have_command("unzip"), "unzip");
    const std::string text = body_text(GetParam());
    ASSERT_FALSE(text.empty()) << "the " << GetParam() << " plugin is not built";
    const bool web = GetParam() == "html";
    EXPECT_EQ(text.find("Endast på webben.") != std::string::npos, web);
    EXPECT_EQ(text.find("Endast i tryck.") != std::string::npos, !web);
}

TEST_P(MediaOnlyFixture, AbbreviationsAndSymbolsCarryTheirWords) {
    KANSLI_REQUIRE_TOOL(test::have_command("unzip"), "unzip");
    const std::string text = body_text(GetParam());
    ASSERT_FALSE(text.empty()) << "the " << GetParam() << " plugin is not built";
    if (GetParam() == "html") {
        EXPECT_NE(text.find("<abbr title=\"kommunfullmäktige\">KF</abbr>"), std::string::npos);
        EXPECT_EQ(text.find("<abbr>SN</abbr>"), std::string::npos) << "an <abbr> without expansion says nothing";
        EXPECT_NE(text.find(" och SN följer"), std::string::npos);
        EXPECT_NE(text.find("<span class=\"symbol\" role=\"img\" aria-label=\"Målet är uppfyllt\" title=\"Målet är "
                            "uppfyllt\">✓</span>"),
                  std::string::npos);
    } else {
        EXPECT_NE(text.find("KF"), std::string::npos);
        EXPECT_EQ(text.find("kommunfullmäktige"), std::string::npos) << "print shows the short form as written";
        EXPECT_NE(text.find("✓\u00a0Målet är uppfyllt"), std::string::npos);
    }
}

INSTANTIATE_TEST_SUITE_P(Formats, MediaOnlyFixture, ::testing::Values("html", "docx", "odt"));
