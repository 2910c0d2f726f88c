// The locale in finished documents: every format shows what the document reader formatted with
// the theme's choices, and alphabetical lists in Swedish order.
#include <gtest/gtest.h>

#include "kansli/data.hpp"
#include "kansli/document_xml.hpp"
#include "kansli/plugin_registry.hpp"
#include "kansli/render.hpp"
#include "kansli/template_package.hpp"
#include "locale_strings.hpp"
#include "test_support.hpp"

using namespace kansli;
namespace test = kansli::test;
namespace fs = std::filesystem;
using kansli::testing::minus;
using kansli::testing::nbsp;

namespace {

const char* const kNamesAndFigures = R"(<document version="1">
  <meta><title>Närvaro</title><kind>test</kind></meta>
  <content>
    <list sort="alphabetical">
      <item>Öberg, Lena</item><item>Zetterberg, Per</item><item>Ödman, Kim</item>
      <item>Åberg, Sara</item><item>Andersson, Ali</item><item>Ärlig, Bo</item>
    </list>
    <table>
      <caption>Avvikelser</caption>
      <columns><column/><column kind="number"/><column kind="percent" precision="1"/><column kind="number" sign="always"/><column kind="identifier"/></columns>
      <head><row><cell>Enhet</cell><cell>Utfall</cell><cell>Andel</cell><cell>Förändring</cell><cell>Projekt</cell></row></head>
      <body><row><cell>Stab</cell><cell value="-27660"/><cell value="8"/><cell value="57,7"/><cell value="946019"/></row></body>
    </table>
  </content>
</document>)";

struct LocaleInDocuments : ::testing::TestWithParam<std::string> {
    // The written file's main text: the HTML itself, or the XML inside the package.
    static std::string body_text(const std::string& format, const Theme& theme, const sv::NumberStyle& numbers) {
        PluginRegistry registry;
        registry.load_directory(KANSLI_PLUGIN_BUILD_DIR);
        const Writer* writer = registry.find(format);
        if (writer == nullptr) return {};
        const Document document = read_document_xml(kNamesAndFigures, {"names.xml", {}, numbers});
        return test::main_text(format, writer->write(document, theme));
    }
};

}  // namespace

TEST_P(LocaleInDocuments, NamesSortÅÄÖAfterZ) {
    KANSLI_REQUIRE_TOOL(test::have_command("unzip"), "unzip");
    const std::string text = body_text(GetParam(), Theme{}, {});
    ASSERT_FALSE(text.empty()) << "the " << GetParam() << " plugin is not built";
    const std::vector<std::string> order = {"Andersson, Ali", "Zetterberg, Per", "Åberg, Sara",
                                            "Ärlig, Bo",      "Öberg, Lena",     "Ödman, Kim"};
    std::size_t previous = 0;
    for (const auto& name : order) {
        const auto at = text.find(name);
        ASSERT_NE(at, std::string::npos) << name;
        EXPECT_GT(at, previous) << name << " is out of order in " << GetParam();
        previous = at;
    }
}

TEST_P(LocaleInDocuments, FiguresFollowTheDefaultRules) {
    KANSLI_REQUIRE_TOOL(test::have_command("unzip"), "unzip");
    const std::string text = body_text(GetParam(), Theme{}, {});
    ASSERT_FALSE(text.empty()) << "the " << GetParam() << " plugin is not built";
    EXPECT_NE(text.find(">" + minus + "27" + nbsp + "660<"), std::string::npos);
    EXPECT_NE(text.find(">8,0" + nbsp + "%<"), std::string::npos);
    EXPECT_NE(text.find(">+57,7<"), std::string::npos);
    EXPECT_NE(text.find(">946019<"), std::string::npos);  // identifiers are not grouped
}

TEST_P(LocaleInDocuments, FiguresFollowTheThemesChoices) {
    KANSLI_REQUIRE_TOOL(test::have_command("unzip"), "unzip");
    const sv::NumberStyle katrineholm{.minus = sv::NumberStyle::Minus::Hyphen, .percent_space = false};
    const std::string text = body_text(GetParam(), Theme{}, katrineholm);
    ASSERT_FALSE(text.empty()) << "the " << GetParam() << " plugin is not built";
    EXPECT_NE(text.find(">-27" + nbsp + "660<"), std::string::npos);
    EXPECT_NE(text.find(">8,0%<"), std::string::npos);
    EXPECT_EQ(text.find(minus), std::string::npos);
}

INSTANTIATE_TEST_SUITE_P(Formats, LocaleInDocuments, ::testing::Values("html", "docx", "odt"));

// Issue #6: the Katrineholm årsredovisning's drift table shows every figure as the source
// prints it (hyphen-minus, grouped thousands) and the stated Summa, not a recomputed one.
TEST(KatrineholmDriftTable, EveryFigureIsAsTheSourcePrintsIt) {
    const fs::path seed_file = test::source_dir() / "../shared/seeds/katrineholm-socialnamnden-2021-02-09.txt";
    KANSLI_REQUIRE_TOOL(fs::exists(seed_file), "../shared/seeds");
    const TemplatePackage package =
        TemplateSearchPath({test::source_dir() / "templates"}).find("katrineholm/arsredovisning");
    const auto data = load_data(package.directory() / "example.json");
    const Document document = build_document(package, data, "example.json");

    // The seed: a caption line, then one line per row with tab-separated cells.
    std::vector<std::vector<std::string>> seed_rows;
    {
        const std::string seed = test::read_file(seed_file);
        auto at = seed.find("Driftsredovisning, nettoresultat (tkr)\t");
        ASSERT_NE(at, std::string::npos);
        at = seed.find('\n', at) + 1;
        while (true) {
            const auto end = seed.find('\n', at);
            const std::string line = seed.substr(at, end - at);
            if (line.empty()) break;
            std::vector<std::string> cells;
            std::size_t start = 0;
            for (auto tab = line.find('\t'); tab != std::string::npos; tab = line.find('\t', start)) {
                cells.push_back(line.substr(start, tab - start));
                start = tab + 1;
            }
            cells.push_back(line.substr(start));
            seed_rows.push_back(cells);
            at = end + 1;
        }
    }
    ASSERT_EQ(seed_rows.size(), 15u);  // header, 13 units, Summa

    const Table* drift = nullptr;
    walk(document,
         [&](const Block& b) {
             if (const auto* t = std::get_if<Table>(&b.value))
                 if (plain_text(t->caption).find("Driftsredovisning") != std::string::npos) drift = t;
         },
         {});
    ASSERT_NE(drift, nullptr) << "no table captioned Driftsredovisning in the example";
    std::vector<const Row*> rows;
    for (const auto& r : drift->head) rows.push_back(&r);
    for (const auto& r : drift->body) rows.push_back(&r);
    ASSERT_EQ(rows.size(), seed_rows.size());
    for (std::size_t r = 0; r < rows.size(); ++r) {
        ASSERT_EQ(rows[r]->cells.size(), seed_rows[r].size()) << "row " << r;
        // The print leaves the label column's header blank; the example names it ("Verksamhet")
        // so a screen reader can announce it.
        for (std::size_t c = r == 0 ? 1 : 0; c < seed_rows[r].size(); ++c) {
            std::string shown = plain_text(rows[r]->cells[c].content);
            for (auto p = shown.find(nbsp); p != std::string::npos; p = shown.find(nbsp))
                shown.replace(p, nbsp.size(), " ");
            EXPECT_EQ(shown, seed_rows[r][c]) << "row " << r << ", column " << c;
        }
    }
    EXPECT_EQ(rows.back()->kind, RowKind::Sum);
}
