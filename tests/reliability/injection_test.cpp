// Data is text, never markup: characters that mean something to XML, HTML, Mustache or the
// bidirectional algorithm reach every format as the same characters a clerk typed.
#include <gtest/gtest.h>

#include "reliability_support.hpp"

namespace test = kansli::test;
namespace fs = std::filesystem;

namespace {

// <, &, a CDATA end, Mustache tags, both quotes, an entity lookalike, a right-to-left
// override (U+202E), zero-width space and joiner (U+200B, U+200D) and a zero-width no-break
// space (U+FEFF).
const std::string kHostile =
    "A<b>fet</b> & B ]]> {{title}} {{{title}}} \"citat\" 'apostrof' &amp; \xE2\x80\xAEtxt.exe "
    "noll\xE2\x80\x8B"
    "bredd\xE2\x80\x8D"
    "fog\xEF\xBB\xBF"
    "slut";
const std::string kHostileJson =
    R"("A<b>fet</b> & B ]]> {{title}} {{{title}}} \"citat\" 'apostrof' &amp; \u202Etxt.exe )"
    R"(noll\u200Bbredd\u200Dfog\uFEFFslut")";

class Injection : public ::testing::TestWithParam<std::string> {
protected:
    test::TempDir work;
};

TEST_P(Injection, HostileDataRendersAsItsOwnText) {
    const std::string format = GetParam();
    test::write_file(work / "data.json", test::memo_data(kHostileJson));
    const auto r = test::run(test::render_command(work / "data.json", work / "out", format));
    ASSERT_EQ(r.exit_code, 0) << r.out;
    const std::string markup = test::text_markup(work / "out" / ("data." + format));
    ASSERT_FALSE(markup.empty());
    // The title appears as the heading and, through {{{title}}}, inside a paragraph: each time
    // as exactly the typed text.
    const std::string text = test::visible_text(markup);
    std::size_t seen = 0;
    for (auto at = text.find(kHostile); at != std::string::npos; at = text.find(kHostile, at + 1)) ++seen;
    EXPECT_GE(seen, 2u) << text;
    // No element came from the data, and the Mustache tags were not rendered again.
    EXPECT_EQ(markup.find("<b>"), std::string::npos);
    EXPECT_EQ(markup.find("]]>"), std::string::npos) << "a CDATA end must be escaped in " << format;
    EXPECT_EQ(text.find("{{title}} Yttrande"), std::string::npos);
}

INSTANTIATE_TEST_SUITE_P(EveryFormat, Injection, ::testing::Values("html", "docx", "odt"),
                         [](const auto& param_info) { return param_info.param; });

}  // namespace
