// kansli::lint on documents written as document XML: each check, its edges, and accept files.
#include "kansli/lint.hpp"

#include <gtest/gtest.h>

#include "kansli/document_xml.hpp"
#include "kansli/error.hpp"
#include "test_data.hpp"
#include "test_support.hpp"

using namespace kansli;
namespace test = kansli::test;

namespace {

Document read(const std::string& content, const std::string& meta_extra = {}) {
    return read_document_xml("<document version=\"1\"><meta><title>T</title><kind>test</kind>" + meta_extra +
                                 "</meta><content>" + content + "</content></document>",
                             {"test", {}});
}

std::vector<std::string> lines(const std::vector<LintWarning>& warnings) {
    std::vector<std::string> out;
    for (const auto& w : warnings) out.push_back(w.text());
    return out;
}

std::vector<std::string> lint_content(const std::string& content) {
    static const test::PackageWith any_data("{}");
    return lines(lint(read(content), parse_data("{}", "d.json"), any_data.package()));
}

// The input description of the date tests: the meeting's date and the items' dates.
const char* const kDatedItems = R"({"type": "object", "properties": {
    "meeting": {"type": "string", "format": "date"},
    "items": {"type": "array", "items": {"type": "object", "properties": {
        "date": {"type": "string", "format": "date"}, "note": {"type": "string"},
        "attachments": {"type": "array", "items": {"type": "object", "properties": {
            "motion": {"type": "object", "properties": {"date": {"type": "string", "format": "date"}}}}}}}}}}})";

const char* const kColumns =
    R"(<columns><column/><column kind="money"/><column kind="percent"/><column kind="number"/></columns>
       <head><row><cell/><cell>Utfall</cell><cell>Andel</cell><cell>Antal</cell></row></head>)";

std::string table(const std::string& rows) {
    return std::string(R"(<table id="t"><caption>Drift</caption>)") + kColumns + "<body>" + rows + "</body></table>";
}

}  // namespace

TEST(Lint, ASumThatMatchesItsColumnIsClean) {
    EXPECT_TRUE(lint_content(table(R"(
        <row><cell>A</cell><cell value="-100"/><cell value="40"/><cell value="2"/></row>
        <row><cell>B</cell><cell value="-50.5"/><cell value="60"/><cell/></row>
        <row kind="sum"><cell>Summa</cell><cell value="-150.5"/><cell value="7"/><cell value="2"/></row>)"))
                    .empty());
}

TEST(Lint, ASumThatDiffersGivesBothFiguresAndThePlace) {
    const auto found = lint_content(table(R"(
        <row><cell>A</cell><cell value="-100"/><cell value="1"/><cell value="2"/></row>
        <row><cell>B</cell><cell value="-51"/><cell value="1"/><cell value="3"/></row>
        <row kind="sum"><cell>Summa</cell><cell value="-150"/><cell value="99"/><cell value="5"/></row>)"));
    ASSERT_EQ(found.size(), 1u);  // the percent column is never added up
    EXPECT_EQ(found[0],
              "table \"t\" (Drift), row 3 \"Summa\", column 2 \"Utfall\": sum stated -150, computed -151 from the "
              "data rows above");
}

TEST(Lint, SubtotalsSumTheirGroupAndTheSumAllDataRows) {
    const auto found = lint_content(table(R"(
        <row kind="section"><cell colspan="4">Grupp 1</cell></row>
        <row><cell>A</cell><cell value="1"/><cell/><cell value="1"/></row>
        <row><cell>B</cell><cell value="2"/><cell/><cell value="1"/></row>
        <row kind="subtotal"><cell>Delsumma</cell><cell value="3"/><cell/><cell value="2"/></row>
        <row kind="section"><cell colspan="4">Grupp 2</cell></row>
        <row><cell>C</cell><cell value="0.25"/><cell/><cell value="1"/></row>
        <row kind="note"><cell colspan="4">Not: ej med</cell></row>
        <row kind="subtotal"><cell>Delsumma</cell><cell value="0.3"/><cell/><cell value="1"/></row>
        <row kind="sum"><cell>Summa</cell><cell value="3.25"/><cell/><cell value="4"/></row>)"));
    ASSERT_EQ(found.size(), 2u);
    EXPECT_NE(found[0].find("row 8 \"Delsumma\", column 2 \"Utfall\": subtotal stated 0.3, computed 0.25"),
              std::string::npos)
        << found[0];
    EXPECT_NE(found[1].find("row 9 \"Summa\", column 4 \"Antal\": sum stated 4, computed 3"), std::string::npos)
        << found[1];
}

TEST(Lint, RowsThatSpanAreReadColumnByColumn) {
    const auto found = lint_content(table(R"(
        <row><cell rowspan="2">A</cell><cell value="1"/><cell/><cell value="1"/></row>
        <row><cell colspan="2">ingen siffra</cell><cell value="5"/></row>
        <row kind="sum"><cell>Summa</cell><cell value="1"/><cell/><cell value="6"/></row>)"));
    EXPECT_TRUE(found.empty()) << found.front();
}

TEST(Lint, AnAgendaRowMustNameWhatItsDocumentNames) {
    const auto found = lint_content(R"(
        <agenda>
          <agenda-item number="1" dnr="KS/2021:1" ref="a1">Budget 2022</agenda-item>
          <agenda-item number="2" dnr="KS/2021:2" ref="a2">Taxor</agenda-item>
          <agenda-item number="3" dnr="KS/2021:3" ref="a3">Motion</agenda-item>
        </agenda>
        <section id="a1"><heading level="1">Budget 2022</heading>
          <fields><field label="Dnr">KS/2021:1</field></fields><p>Text.</p></section>
        <section id="a2"><heading level="1">Taxor  2022</heading>
          <fields><field label="Dnr">KS/2021:20 - 759</field></fields><p>Se KS/2021:2.</p></section>
        <section id="a3"><heading level="1">Motion</heading><p>Ingen beteckning.</p></section>)");
    ASSERT_EQ(found.size(), 2u);
    EXPECT_EQ(found[0], "agenda item 2 (refers to a2): title differs: agenda \"Taxor\", document \"Taxor 2022\"");
    EXPECT_EQ(found[1], "agenda item 2 (refers to a2): dnr differs: agenda \"KS/2021:2\", document \"KS/2021:20\"");
}

TEST(Lint, HeadingsAndSectionsWithNothingUnderThemAreReported) {
    const auto found = lint_content(R"(
        <heading level="1">Kapitel</heading>
        <heading level="2">Med text</heading><p>Text.</p>
        <heading level="2">Tom</heading>
        <heading level="1">Nästa</heading>
        <section id="s" role="proposal"><heading level="2">Förslag</heading><p> </p></section>
        <section role="summary"></section>
        <heading level="1">Sist</heading><page-break/>)");
    ASSERT_EQ(found.size(), 5u) << testing::PrintToString(found);
    EXPECT_NE(found[0].find("heading \"Tom\" (document XML line"), std::string::npos) << found[0];
    EXPECT_NE(found[1].find("heading \"Nästa\""), std::string::npos) << found[1];
    EXPECT_NE(found[2].find("section role=proposal in section s"), std::string::npos) << found[2];
    EXPECT_NE(found[3].find("section role=summary"), std::string::npos) << found[3];
    EXPECT_NE(found[4].find("heading \"Sist\""), std::string::npos) << found[4];
}

// 155 such paragraphs were in the bundled examples ("Analys", "Bilagor", "Beslutet skickas till:").
TEST(Lint, ParagraphsOfBoldTextOnlyAreHeadingsInDisguise) {
    const auto found = lint_content(R"(
        <heading level="1">Kapitel</heading>
        <p><strong>Analys</strong></p>
        <p>Text med <strong>fetstil</strong> i.</p>
        <p><strong>Fet</strong> och inte fet.</p>
        <p><strong>Ett</strong><strong>Två</strong></p>
        <section role="x"><p> <strong>Beslutet skickas till:</strong> </p></section>
        <list><item><p><strong>handläggning enligt skuldsaneringslagen.</strong></p></item></list>)");
    ASSERT_EQ(found.size(), 2u) << testing::PrintToString(found);
    EXPECT_EQ(found[0].rfind("paragraph \"Analys\" (document XML line ", 0), 0u) << found[0];
    EXPECT_NE(found[0].find("looks like a heading but is not one"), std::string::npos) << found[0];
    EXPECT_EQ(found[1].rfind("paragraph \"Beslutet skickas till:\"", 0), 0u) << found[1];
}

TEST(Lint, DateFieldsOutsideTheMeetingsYearAreReportedWithTheirPath) {
    const auto data = parse_data(R"({"meeting": "2021-02-09",
        "items": [{"date": "2021-01-02", "note": "1999-01-01"}, {"date": "2020-12-30"}]})",
                                 "d.json");
    const Document document =
        read("<p>x</p><signatures date=\"2019-05-05\"><signature name=\"N\"/></signatures>", "<date>2021-02-03</date>");
    const test::PackageWith undated(kDatedItems);
    EXPECT_TRUE(lint(document, data, undated.package()).empty()) << "no meeting date declared: no date check";
    const test::PackageWith dated(kDatedItems, "{}", R"({"lint": {"meeting_date": "/meeting"}})");
    const auto found = lines(lint(document, data, dated.package()));
    ASSERT_EQ(found.size(), 2u) << testing::PrintToString(found);
    EXPECT_EQ(found[0], "/items/1/date: 2020-12-30 is outside the meeting's year 2021 (/meeting is 2021-02-09)");
    EXPECT_NE(found[1].find("the date of the signatures (document XML line 1): 2019-05-05 is outside"),
              std::string::npos)
        << found[1];
}

// A meeting packet's attachments (a motion, an earlier decision) are dated when they were written:
// the fields the manifest lists in lint.any_year are passed over, with everything below them.
TEST(Lint, DatesInAnyYearFieldsAreNotCompared) {
    const auto data = parse_data(R"({"meeting": "2021-02-09",
        "items": [{"date": "2020-12-30", "attachments": [{"motion": {"date": "2020-03-02"}}]}]})",
                                 "d.json");
    const Document document = read("<p>x</p>", "<date>2021-02-03</date>");
    const test::PackageWith every_year(kDatedItems, "{}", R"({"lint": {"meeting_date": "/meeting"}})");
    const auto all = lines(lint(document, data, every_year.package()));
    ASSERT_EQ(all.size(), 2u) << testing::PrintToString(all);
    EXPECT_EQ(
        all[0],
        "/items/0/attachments/0/motion/date: 2020-03-02 is outside the meeting's year 2021 (/meeting is 2021-02-09)");
    const test::PackageWith any_year(kDatedItems, "{}",
                                     R"({"lint": {"meeting_date": "/meeting", "any_year": ["attachments"]}})");
    const auto found = lines(lint(document, data, any_year.package()));
    ASSERT_EQ(found.size(), 1u) << testing::PrintToString(found) << ": a memo's date is still compared";
    EXPECT_EQ(found[0], "/items/0/date: 2020-12-30 is outside the meeting's year 2021 (/meeting is 2021-02-09)");
}

TEST(Lint, AcceptedWarningsAreDroppedAndStaleOnesReported) {
    test::TempDir dir;
    const auto data_file = dir / "arsredovisning.json";
    EXPECT_EQ(accept_file_for(data_file), dir / "arsredovisning.lint-accepted.json");
    EXPECT_TRUE(load_accepted(accept_file_for(data_file)).empty());
    test::write_file(accept_file_for(data_file), R"({"accepted": [
        {"warning": "table \"t\": sum stated 1, computed 2", "reason": "Tryckt så i källan."},
        {"warning": "table \"t\": sum stated 5, computed 6", "reason": "Gammal."}]})");
    const auto accepted = load_accepted(accept_file_for(data_file));
    ASSERT_EQ(accepted.size(), 2u);
    const auto left = without_accepted(
        {{"sum", "table \"t\"", "sum stated 1, computed 2"}, {"sum", "table \"u\"", "sum stated 3, computed 4"}},
        accepted, accept_file_for(data_file));
    ASSERT_EQ(left.size(), 2u);
    EXPECT_EQ(left[0].where, "table \"u\"");
    EXPECT_EQ(left[1].check, "accepted");
    EXPECT_EQ(left[1].where, "arsredovisning.lint-accepted.json /accepted/1");
    EXPECT_NE(left[1].message.find("no longer occurs"), std::string::npos);
}

TEST(Lint, AMalformedAcceptFileIsADataError) {
    test::TempDir dir;
    test::write_file(dir / "a.lint-accepted.json", R"({"accepted": [{"warning": "x"}]})");
    const Error e = test::error_from([&] { load_accepted(dir / "a.lint-accepted.json"); });
    EXPECT_EQ(e.kind(), Error::Kind::Data);
    EXPECT_EQ(e.where().json_path, "/accepted/0");
}
