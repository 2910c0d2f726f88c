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

// Real statements chain their subtotals and close with a balance. Figures in mnkr, two years.
namespace {

std::string statement(const std::string& id, const std::string& rows) {
    return R"(<table id=")" + id +
           R"("><columns><column width="60"/><column kind="money" precision="1"/><column kind="money" precision="1"/></columns>
           <head><row><cell/><cell>2020</cell><cell>2019</cell></row></head><body>)" +
           rows + "</body></table>";
}

// Each subtotal after the first continues the one before it: "running".
const std::string kResultatrakning = statement("resultatrakning", R"(
    <row><cell>Verksamhetens intäkter</cell><cell value="412.6"/><cell value="398.1"/></row>
    <row><cell>Verksamhetens kostnader</cell><cell value="-2310.4"/><cell value="-2251.7"/></row>
    <row><cell>Avskrivningar</cell><cell value="-88.3"/><cell value="-84.9"/></row>
    <row kind="subtotal"><cell>Verksamhetens nettokostnader</cell><cell value="-1986.1"/><cell value="-1938.5"/></row>
    <row><cell>Skatteintäkter</cell><cell value="1602.7"/><cell value="1561.2"/></row>
    <row><cell>Generella statsbidrag och utjämning</cell><cell value="447.9"/><cell value="436.8"/></row>
    <row kind="subtotal" sums="running"><cell>Verksamhetens resultat</cell><cell value="64.5"/><cell value="59.5"/></row>
    <row><cell>Finansiella intäkter</cell><cell value="12.4"/><cell value="10.9"/></row>
    <row><cell>Finansiella kostnader</cell><cell value="-9.8"/><cell value="-11.3"/></row>
    <row kind="subtotal" sums="running"><cell>Resultat efter finansiella poster</cell><cell value="67.1"/><cell value="59.1"/></row>
    <row><cell>Extraordinära poster</cell><cell value="0.0"/><cell value="-2.5"/></row>
    <row kind="sum" sums="running"><cell>Årets resultat</cell><cell value="67.1"/><cell value="56.6"/></row>)");

// The two totals add named subtotals.
const std::string kBalansrakning = statement("balansrakning", R"(
    <row kind="section"><cell colspan="3">Anläggningstillgångar</cell></row>
    <row><cell>Immateriella anläggningstillgångar</cell><cell value="4.2"/><cell value="5.0"/></row>
    <row><cell>Materiella anläggningstillgångar</cell><cell value="2915.6"/><cell value="2804.3"/></row>
    <row><cell>Finansiella anläggningstillgångar</cell><cell value="181.7"/><cell value="179.9"/></row>
    <row kind="subtotal" key="anl"><cell>Summa anläggningstillgångar</cell><cell value="3101.5"/><cell value="2989.2"/></row>
    <row kind="section"><cell colspan="3">Omsättningstillgångar</cell></row>
    <row><cell>Förråd</cell><cell value="3.1"/><cell value="2.8"/></row>
    <row><cell>Fordringar</cell><cell value="263.4"/><cell value="241.7"/></row>
    <row><cell>Kassa och bank</cell><cell value="148.9"/><cell value="120.6"/></row>
    <row kind="subtotal" key="oms"><cell>Summa omsättningstillgångar</cell><cell value="415.4"/><cell value="365.1"/></row>
    <row kind="sum" sums="anl + oms"><cell>Summa tillgångar</cell><cell value="3516.9"/><cell value="3354.3"/></row>
    <row kind="section"><cell colspan="3">Eget kapital</cell></row>
    <row><cell>Årets resultat</cell><cell value="67.1"/><cell value="56.6"/></row>
    <row><cell>Övrigt eget kapital</cell><cell value="1204.3"/><cell value="1147.7"/></row>
    <row kind="subtotal" key="ek"><cell>Summa eget kapital</cell><cell value="1271.4"/><cell value="1204.3"/></row>
    <row kind="section"><cell colspan="3">Avsättningar</cell></row>
    <row><cell>Avsättningar för pensioner</cell><cell value="96.2"/><cell value="92.4"/></row>
    <row><cell>Andra avsättningar</cell><cell value="12.0"/><cell value="14.1"/></row>
    <row kind="subtotal" key="avs"><cell>Summa avsättningar</cell><cell value="108.2"/><cell value="106.5"/></row>
    <row kind="section"><cell colspan="3">Skulder</cell></row>
    <row><cell>Långfristiga skulder</cell><cell value="1412.8"/><cell value="1398.0"/></row>
    <row><cell>Kortfristiga skulder</cell><cell value="724.5"/><cell value="645.5"/></row>
    <row kind="subtotal" key="skulder"><cell>Summa skulder</cell><cell value="2137.3"/><cell value="2043.5"/></row>
    <row kind="sum" sums="ek + avs + skulder"><cell>Summa eget kapital, avsättningar och skulder</cell><cell value="3516.9"/><cell value="3354.3"/></row>)");

// The year's flow adds the three activities' subtotals; the closing balance is the opening
// balance plus the flow.
const std::string kKassaflodesanalys = statement("kassaflodesanalys", R"(
    <row kind="section"><cell colspan="3">Den löpande verksamheten</cell></row>
    <row><cell>Årets resultat</cell><cell value="67.1"/><cell value="56.6"/></row>
    <row><cell>Justering för av- och nedskrivningar</cell><cell value="88.3"/><cell value="84.9"/></row>
    <row><cell>Justering för gjorda avsättningar</cell><cell value="1.7"/><cell value="3.2"/></row>
    <row kind="subtotal"><cell>Medel från verksamheten före förändring av rörelsekapital</cell><cell value="157.1"/><cell value="144.7"/></row>
    <row><cell>Ökning (−)/minskning (+) av förråd</cell><cell value="-0.3"/><cell value="0.4"/></row>
    <row><cell>Ökning (−)/minskning (+) av fordringar</cell><cell value="-21.7"/><cell value="9.8"/></row>
    <row><cell>Ökning (+)/minskning (−) av kortfristiga skulder</cell><cell value="79.0"/><cell value="-12.6"/></row>
    <row kind="subtotal" sums="running" key="lopande"><cell>Kassaflöde från den löpande verksamheten</cell><cell value="214.1"/><cell value="142.3"/></row>
    <row kind="section"><cell colspan="3">Investeringsverksamheten</cell></row>
    <row><cell>Investering i materiella anläggningstillgångar</cell><cell value="-203.1"/><cell value="-188.4"/></row>
    <row><cell>Försäljning av materiella anläggningstillgångar</cell><cell value="3.5"/><cell value="1.2"/></row>
    <row><cell>Investering i finansiella anläggningstillgångar</cell><cell value="-1.8"/><cell value="-0.6"/></row>
    <row kind="subtotal" key="investering"><cell>Kassaflöde från investeringsverksamheten</cell><cell value="-201.4"/><cell value="-187.8"/></row>
    <row kind="section"><cell colspan="3">Finansieringsverksamheten</cell></row>
    <row><cell>Nyupptagna lån</cell><cell value="30.0"/><cell value="60.0"/></row>
    <row><cell>Amortering av skuld</cell><cell value="-14.4"/><cell value="-12.1"/></row>
    <row kind="subtotal" key="finansiering"><cell>Kassaflöde från finansieringsverksamheten</cell><cell value="15.6"/><cell value="47.9"/></row>
    <row kind="sum" key="flode" sums="lopande + investering + finansiering"><cell>Årets kassaflöde</cell><cell value="28.3"/><cell value="2.4"/></row>
    <row key="borjan"><cell>Likvida medel vid årets början</cell><cell value="120.6"/><cell value="118.2"/></row>
    <row kind="sum" sums="flode + borjan"><cell>Likvida medel vid årets slut</cell><cell value="148.9"/><cell value="120.6"/></row>)");

// Every figure of a statement, one at a time, changed by 0.1 (in tenths, exactly).
std::vector<std::string> each_figure_changed(const std::string& xml) {
    std::vector<std::string> changed;
    const std::string marker = "value=\"";
    for (std::size_t at = xml.find(marker); at != std::string::npos; at = xml.find(marker, at + 1)) {
        const std::size_t from = at + marker.size();
        const std::size_t to = xml.find('"', from);
        std::string digits = xml.substr(from, to - from);
        digits.erase(digits.find('.'), 1);
        const long tenths = std::stol(digits) + 1;
        const std::string sign = tenths < 0 ? "-" : "";
        const long magnitude = tenths < 0 ? -tenths : tenths;
        const std::string figure = sign + std::to_string(magnitude / 10) + "." + std::to_string(magnitude % 10);
        changed.push_back(xml.substr(0, from) + figure + xml.substr(to));
    }
    return changed;
}

}  // namespace

TEST(Lint, StatementsWithChainedSubtotalsAndAClosingBalanceAreCleanWhenRight) {
    for (const std::string* statement : {&kResultatrakning, &kBalansrakning, &kKassaflodesanalys})
        EXPECT_EQ(lint_content(*statement), std::vector<std::string>{}) << *statement;
}

TEST(Lint, EachFigureOfAStatementChangedByATenthGivesOneWarning) {
    for (const std::string* statement : {&kResultatrakning, &kBalansrakning, &kKassaflodesanalys}) {
        const auto variants = each_figure_changed(*statement);
        ASSERT_GT(variants.size(), 20u);
        for (const std::string& variant : variants) {
            const auto found = lint_content(variant);
            EXPECT_EQ(found.size(), 1u) << testing::PrintToString(found) << "\n" << variant;
        }
    }
}

TEST(Lint, AWarningSaysWhatTheRuleAddedUp) {
    std::string wrong = kKassaflodesanalys;
    wrong.replace(wrong.find("value=\"148.9\""), 13, "value=\"149.0\"");
    EXPECT_EQ(lint_content(wrong),
              std::vector<std::string>{"table \"kassaflodesanalys\", row 21 \"Likvida medel vid årets slut\", column 2 "
                                       "\"2020\": sum stated 149.0, computed 148.9 from the rows flode + borjan"});
    wrong = kResultatrakning;
    wrong.replace(wrong.find("value=\"67.1\"/><cell value=\"59.1\""), 12, "value=\"67.2\"");
    EXPECT_EQ(
        lint_content(wrong),
        std::vector<std::string>{"table \"resultatrakning\", row 10 \"Resultat efter finansiella poster\", column "
                                 "2 \"2020\": subtotal stated 67.2, computed 67.1 from row 7 \"Verksamhetens "
                                 "resultat\" and the data rows since"});
}

// Without the rules, the same correct statements look wrong: a chained subtotal counts only
// the rows since the one before it, a closing balance only the opening balance.
TEST(Lint, WithoutRulesChainedStatementsAreMisread) {
    std::string plain = kResultatrakning + kKassaflodesanalys;
    for (const std::string attribute :
         {" sums=\"running\"", " sums=\"lopande + investering + finansiering\"", " sums=\"flode + borjan\""})
        for (std::size_t at = plain.find(attribute); at != std::string::npos; at = plain.find(attribute))
            plain.erase(at, attribute.size());
    EXPECT_GE(lint_content(plain).size(), 6u);
}

TEST(Lint, ARowsRuleNamesRowsOfItsTable) {
    const auto e = test::error_from([] {
        lint_content(statement("x", R"(
        <row key="a"><cell>A</cell><cell value="1"/><cell value="1"/></row>
        <row kind="sum" sums="a + b"><cell>S</cell><cell value="1"/><cell value="1"/></row>)"));
    });
    EXPECT_NE(e.message().find("sums names the row 'b', but no row of this table has that key"), std::string::npos)
        << e.message();
    for (const std::string& bad : {std::string(R"(sums="a +")"), std::string(R"(sums="a * 2")")}) {
        const auto error = test::error_from([&] {
            lint_content(statement("x", R"(<row key="a"><cell>A</cell><cell value="1"/><cell value="1"/></row>
                <row kind="sum" )" + bad + R"(><cell>S</cell><cell value="1"/><cell value="1"/></row>)"));
        });
        EXPECT_EQ(error.kind(), Error::Kind::Template) << bad;
    }
    const auto data_row = test::error_from([] {
        lint_content(statement("x", R"(<row sums="running"><cell>A</cell><cell value="1"/><cell value="1"/></row>)"));
    });
    EXPECT_NE(data_row.message().find("only a sum or subtotal row says what it sums"), std::string::npos);
}
