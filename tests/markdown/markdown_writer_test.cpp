// The Markdown writer's exact output for each construct, and the golden file of the fixture
// with every block kind. After an intended change run
//   KANSLI_UPDATE_GOLDEN=1 ctest -R MarkdownWriter
// and review the diff of tests/fixtures/golden/every-block.md.
#include <cstdlib>

#include "markdown_test_support.hpp"

using namespace kansli;
namespace test = kansli::test;
using MarkdownWriter = test::MarkdownFixture;

TEST_F(MarkdownWriter, NamesItselfAndAnswersToMd) {
    EXPECT_EQ(writer->name(), "markdown");
    EXPECT_EQ(writer->extension(), "md");
    EXPECT_EQ(writer->media_type(), "text/markdown");
    EXPECT_EQ(registry.find("md"), writer);
}

TEST_F(MarkdownWriter, TitleIsTheOnlyLevelOneHeading) {
    EXPECT_EQ(markdown("<heading level=\"1\" number=\"2.1\">Drift</heading><p>Text</p>", "Årsredovisning"),
              "# Årsredovisning\n\n## 2.1 Drift\n\nText\n");
    EXPECT_EQ(markdown("<heading level=\"6\">Sex</heading>"), "###### Sex\n");  // never deeper than 6
}

TEST_F(MarkdownWriter, InlinesAndBreaks) {
    EXPECT_EQ(markdown("<p>Ett <em>två</em> <strong>tre</strong><br/>"
                       "<link href=\"https://example.se/a b(c)\">länk</link></p>"),
              "Ett *två* **tre**\\\n[länk](https://example.se/a%20b%28c%29)\n");
}

TEST_F(MarkdownWriter, EscapesWhatWouldBeMarkup) {
    EXPECT_EQ(markdown("<p>a*b_c [d] `e` &lt;f&gt; ~g &amp;amp; | h &amp; i</p>"),
              "a\\*b\\_c \\[d\\] \\`e\\` \\<f> \\~g \\&amp; | h & i\n");
    // What would start a block at the start of a line.
    EXPECT_EQ(markdown("<p># ett</p><p>- två</p><p>2021. tre</p><p>+ fyra<br/>= fem</p>"),
              "\\# ett\n\n\\- två\n\n2021\\. tre\n\n\\+ fyra\\\n\\= fem\n");
    // Numbers inside a line are left alone.
    EXPECT_EQ(markdown("<p>år 2021. Summa - 5</p>"), "år 2021. Summa - 5\n");
}

TEST_F(MarkdownWriter, ListsNestAndKeepTheirStart) {
    EXPECT_EQ(markdown("<list ordered=\"true\" start=\"9\"><item>nio</item><item><p>tio</p>"
                       "<list marker=\"dash\"><item>a</item><item>b</item></list></item></list>"),
              "9. nio\n10. tio\n    - a\n    - b\n");
    EXPECT_EQ(markdown("<list><item><p>ett</p><p>två</p></item><item>tre</item></list>"), "- ett\n\n  två\n\n- tre\n");
}

TEST_F(MarkdownWriter, PipeTableWithAlignmentSumsAndNumbering) {
    EXPECT_EQ(markdown("<table numbered=\"true\"><caption>Drift | tkr</caption>"
                       "<columns><column/><column kind=\"money\"/></columns>"
                       "<head><row><cell>Verksamhet</cell><cell>Utfall</cell></row></head>"
                       "<body><row><cell>Vård</cell><cell value=\"-1500\"/></row>"
                       "<row kind=\"sum\"><cell>Summa</cell><cell value=\"-1500\"/></row></body></table>"),
              "**Tabell 1.** Drift | tkr\n\n"
              "| Verksamhet | Utfall |\n"
              "| :--- | ---: |\n"
              "| Vård | −1\u00a0500 |\n"
              "| **Summa** | **−1\u00a0500** |\n");
}

// A pipe table has one header row and no spans: header rows are joined per column, a spanning
// header repeated over its columns; a spanning body cell is written once.
TEST_F(MarkdownWriter, SpansAndHeaderRowsAreFlattened) {
    EXPECT_EQ(markdown("<table><columns><column/><column/><column/></columns>"
                       "<head><row><cell rowspan=\"2\">Nämnd</cell><cell colspan=\"2\">Budget</cell></row>"
                       "<row><cell>2020</cell><cell>2021</cell></row></head>"
                       "<body><row kind=\"section\"><cell colspan=\"3\">Drift</cell></row>"
                       "<row><cell rowspan=\"2\">KS</cell><cell>1 | 2</cell><cell>3</cell></row>"
                       "<row><cell>4</cell><cell>5</cell></row></body></table>"),
              "| Nämnd | Budget 2020 | Budget 2021 |\n"
              "| :--- | :--- | :--- |\n"
              "| **Drift** |  |  |\n"
              "| KS | 1 \\| 2 | 3 |\n"
              "|  | 4 | 5 |\n");
    EXPECT_EQ(markdown("<table><columns><column/></columns><body><row><cell>x</cell></row></body></table>"),
              "|  |\n| :--- |\n| x |\n");
}

TEST_F(MarkdownWriter, FieldsAgendaAndSignatures) {
    EXPECT_EQ(markdown("<fields><field label=\"Datum\">2021-02-02</field><field label=\"Dnr\">KS 1</field></fields>"),
              "**Datum:** 2021-02-02\\\n**Dnr:** KS 1\n");
    EXPECT_EQ(markdown("<agenda caption=\"Ärenden\"><agenda-item number=\"1\">Upprop</agenda-item>"
                       "<agenda-item number=\"2\" dnr=\"KS 2021/1\" note=\"UTGÅR\">Motion</agenda-item></agenda>"),
              "Ärenden\n\n| Nr | Ärende | Beteckning |\n| --- | --- | --- |\n| 1 | Upprop |  |\n"
              "| 2 | Motion – UTGÅR | KS 2021/1 |\n");
    EXPECT_EQ(markdown("<signatures place=\"Katrineholm\" date=\"2021-02-03\">"
                       "<signature name=\"Anna A\" role=\"Ordförande\"/><signature name=\"Bo B\"/></signatures>"),
              "Katrineholm den 3 februari 2021\n\nAnna A\\\nOrdförande\n\nBo B\n");
}

TEST_F(MarkdownWriter, FootnotesAreNumberedInReadingOrder) {
    EXPECT_EQ(markdown("<p>a<note-ref to=\"y\"/> b<note-ref to=\"x\"/> c<note-ref to=\"y\"/></p>"
                       "<footnote id=\"x\"><p>X-not.</p><p>Mer.</p></footnote><footnote id=\"y\">Y-not.</footnote>"),
              "a[^1] b[^2] c[^1]\n\n[^1]: Y-not.\n\n[^2]: X-not.\n\n    Mer.\n");
}

TEST_F(MarkdownWriter, CrossReferencesTocAndMediaOnly) {
    EXPECT_EQ(markdown("<toc depth=\"2\" title=\"Innehåll\"/><heading level=\"1\" id=\"a\">Ett</heading>"
                       "<heading level=\"2\">Två</heading><heading level=\"3\">Tre</heading>"
                       "<p>Se <ref to=\"a\" show=\"text\"/><only media=\"print\"> på sidan <ref to=\"a\"/></only>"
                       "<only media=\"web\"> ovan</only>.</p><page-break/>"),
              "**Innehåll**\n\n- Ett\n  - Två\n\n## Ett\n\n### Två\n\n#### Tre\n\nSe Ett ovan.\n");
}

TEST_F(MarkdownWriter, MatchesTheGoldenFile) {
    const auto golden = test::fixtures_dir() / "golden/every-block.md";
    const std::string out = every_block();
    if (std::getenv("KANSLI_UPDATE_GOLDEN") != nullptr) {
        if (test::under_ci()) FAIL() << "golden files are updated by a developer, never under CI";
        test::write_file(golden, out);
    }
    EXPECT_EQ(out, test::read_file(golden)) << "run with KANSLI_UPDATE_GOLDEN=1 to update, then review the diff";
}

TEST_F(MarkdownWriter, IsByteIdenticalAcrossRuns) { EXPECT_EQ(every_block(), every_block()); }
