// The locale as templates reach it: Mustache helpers, with the package theme's choices.
#include <gtest/gtest.h>

#include "kansli/error.hpp"
#include "kansli/render.hpp"
#include "kansli/template_package.hpp"
#include "locale_strings.hpp"
#include "test_data.hpp"
#include "test_support.hpp"

using namespace kansli;
namespace test = kansli::test;
using namespace kansli::testing;

namespace {

// A package in a temporary folder whose template is `text` and whose theme is `theme`.
std::string render(const std::string& text, const nlohmann::json& data, const std::string& theme = "{}") {
    test::TempDir dir;
    test::write_file(dir / "k/notis/template.xml.mustache", text);
    test::write_file(dir / "k/notis/input.schema.json", R"({"type": "object"})");
    test::write_file(dir / "k/notis/theme.json", theme);
    return render_template(TemplateSearchPath({dir.path()}).find("k/notis"), test::data_of(data));
}

const char* const kKatrineholmTheme = R"j({"locale": {"minus": "hyphen", "percent_space": false,
  "dnr": {"pattern": "(?<s>[A-Z]+)[ /](?<y>[0-9]{4}):(?<n>[0-9]+)", "format": "{s}/{y}:{n:5}"}}})j";

}  // namespace

TEST(LocaleHelpers, DatesTimesRangesAndPeriods) {
    const nlohmann::json data = {{"d", "2023-09-19"}, {"t", "09:00"}, {"from", "2023-09-19"}, {"to", "2023-09-20"}};
    EXPECT_EQ(render("{{#sv_kl}}{{t}}{{/sv_kl}}", data), "kl. 9.00");
    EXPECT_EQ(render("{{#sv_range}}{{from}}/{{to}}{{/sv_range}}", data), "19" + en_dash + "20 september 2023");
    EXPECT_EQ(render("{{#sv_range}}2020/2023{{/sv_range}}", data), "2020" + en_dash + "2023");
    EXPECT_EQ(render("{{#sv_range}}09:00/15:30{{/sv_range}}", data), "9.00" + en_dash + "15.30");
    EXPECT_EQ(render("{{#sv_period}}2020-T2{{/sv_period}}", data), "tertial 2 2020");
    EXPECT_EQ(render("{{#sv_year}}2020{{/sv_year}}", data), "2020");
}

TEST(LocaleHelpers, NumbersTakePrecisionAfterABar) {
    const nlohmann::json data = {{"v", 57.66}, {"typed", "-27 660"}};
    EXPECT_EQ(render("{{#sv_number}}{{v}}|1{{/sv_number}}", data), "57,7");
    EXPECT_EQ(render("{{#sv_signed}}{{v}}|1{{/sv_signed}}", data), "+57,7");
    EXPECT_EQ(render("{{#sv_number}}{{typed}}{{/sv_number}}", data), minus + "27" + nbsp + "660");
    EXPECT_EQ(render("{{#sv_tkr_words}}57700{{/sv_tkr_words}}", data), "57,7" + nbsp + "miljoner kronor");
    EXPECT_EQ(render("{{#sv_ordinal}}3{{/sv_ordinal}}", data), "3:e");
    EXPECT_THROW(render("{{#sv_number}}{{v}}|9{{/sv_number}}", data), Error);
}

TEST(LocaleHelpers, FollowTheThemesChoices) {
    const nlohmann::json data = {{"v", -8}, {"dnr", "SN 2023:130"}};
    EXPECT_EQ(render("{{#sv_percent}}{{v}}{{/sv_percent}}", data, kKatrineholmTheme), "-8%");
    EXPECT_EQ(render("{{#sv_percent}}{{v}}{{/sv_percent}}", data), minus + "8" + nbsp + "%");
    EXPECT_EQ(render("{{#sv_dnr}}{{dnr}}{{/sv_dnr}}", data, kKatrineholmTheme), "SN/2023:00130");
    EXPECT_EQ(render("{{#sv_dnr}}{{dnr}}{{/sv_dnr}}", data), "SN 2023:130");  // no rule: as given
}

TEST(LocaleHelpers, AnInvalidDiarienummerIsADataErrorNamingTheValue) {
    const Error e = test::error_from([&] {
        render("{{#sv_dnr}}{{dnr}}{{/sv_dnr}}", {{"dnr", "SN-2023-130"}}, kKatrineholmTheme);
    });
    EXPECT_EQ(e.kind(), Error::Kind::Data);
    EXPECT_NE(e.message().find("SN-2023-130"), std::string::npos) << e.message();
}

// Swedish-typed numbers reach a table cell's value and are formatted by the theme.
TEST(LocaleHelpers, TypedNumbersInCellValues) {
    const std::string xml = render(R"(<document version="1"><meta><title>T</title><kind>k</kind></meta><content>
<table><columns><column/><column kind="number"/></columns>
<body><row><cell>Summa</cell><cell value="{{sum}}"/></row></body></table></content></document>)",
                                   {{"sum", "-218 690"}}, kKatrineholmTheme);
    EXPECT_NE(xml.find("value=\"-218 690\""), std::string::npos) << xml;
}
