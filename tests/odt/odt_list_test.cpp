// Tables inside list items (tests/odt/lists-with-tables.xml). ODF allows only paragraphs,
// headings and lists in a text:list-item, and LibreOffice does not show a table put in a text
// box there, so the writer closes the lists before the table, writes it between them and
// resumes them after it: numbering continued (text:continue-list), nesting kept, the rest of
// the interrupted item in a text:list-header (indented, no number).
#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

#include "odt_test_support.hpp"

namespace test = kansli::test;
namespace odt = kansli::test::odt;
using odt::XmlEvent;

namespace {

struct OdtListsWithTables : ::testing::Test {
    std::string bytes;
    std::string content;

    void SetUp() override {
        bytes = odt::write_document(odt::lists_with_tables_xml(), "odt");
        ASSERT_FALSE(bytes.empty()) << "the ODT plugin was not found";
        content = odt::unzip(bytes).part("content.xml");
        ASSERT_FALSE(content.empty());
    }
};

// Where a paragraph stands: how many text:list elements enclose it, and whether its innermost
// list entry is a text:list-item (numbered) or a text:list-header (not numbered).
struct Place {
    int depth = 0;
    std::string entry;
};

struct Walk {
    std::map<std::string, Place> paragraphs;  // by their text
    std::vector<int> table_depths;            // lists around each table:table
};

Walk walk(const std::string& content) {
    Walk result;
    std::vector<std::string> open;
    std::string text;
    const auto depth = [&open] { return static_cast<int>(std::count(open.begin(), open.end(), "text:list")); };
    for (const XmlEvent& e : odt::xml_events(content)) {
        switch (e.kind) {
            case XmlEvent::Kind::Open:
                if (e.name == "table:table") result.table_depths.push_back(depth());
                if (e.name == "text:p" || e.name == "text:h") text.clear();
                open.push_back(e.name);
                break;
            case XmlEvent::Kind::Close:
                if (!open.empty()) open.pop_back();
                if ((e.name == "text:p" || e.name == "text:h") &&
                    std::find(open.begin(), open.end(), "table:table") == open.end()) {
                    std::string entry;
                    for (auto it = open.rbegin(); it != open.rend() && entry.empty(); ++it)
                        if (*it == "text:list-item" || *it == "text:list-header") entry = *it;
                    result.paragraphs[odt::normalise_space(text)] = {depth(), entry};
                }
                break;
            case XmlEvent::Kind::Empty:
                break;
            case XmlEvent::Kind::Text:
                text += e.text;
                break;
        }
    }
    return result;
}

void expect_place(const Walk& walk, const std::string& paragraph, int depth, const std::string& entry) {
    const auto found = walk.paragraphs.find(paragraph);
    ASSERT_NE(found, walk.paragraphs.end()) << paragraph;
    EXPECT_EQ(found->second.depth, depth) << paragraph;
    EXPECT_EQ(found->second.entry, entry) << paragraph;
}

}  // namespace

TEST_F(OdtListsWithTables, TablesStandBetweenTheListsNotInTextBoxes) {
    EXPECT_EQ(content.find("draw:text-box"), std::string::npos);
    const Walk w = walk(content);
    ASSERT_EQ(w.table_depths.size(), 3u);
    for (const int depth : w.table_depths) EXPECT_EQ(depth, 0);
    // The first list: the table after item 2's first paragraph, the rest of item 2 without a
    // number, then item 3.
    EXPECT_NE(content.find(">Andra punkten före tabellen.</text:p></text:list-item></text:list>"
                           "<text:p text:style-name=\"Table\">Tabell i punkt två</text:p><table:table "),
              std::string::npos);
    expect_place(w, "Första punkten.", 1, "text:list-item");
    expect_place(w, "Andra punkten efter tabellen.", 1, "text:list-header");
    expect_place(w, "Tredje punkten.", 1, "text:list-item");
    expect_place(w, "Mellan listorna.", 0, "");
}

TEST_F(OdtListsWithTables, NestedListsAreResumedToTheSameDepth) {
    const Walk w = walk(content);
    expect_place(w, "Yttre ett.", 1, "text:list-item");
    expect_place(w, "Inre b före tabellen.", 2, "text:list-item");
    // After the table: the outer item goes on (a header holding the inner list), the inner
    // list goes on with its next item, then the outer item's last paragraph and item 2.
    expect_place(w, "Inre c.", 2, "text:list-item");
    expect_place(w, "Yttre ett fortsätter.", 1, "text:list-header");
    expect_place(w, "Yttre två.", 1, "text:list-item");
    EXPECT_TRUE(std::regex_search(
        content, std::regex("<text:list text:style-name=\"Kansli_20_Decimal\" text:continue-list=\"[^\"]+\">"
                            "<text:list-header><text:list text:style-name=\"Kansli_20_Lower_20_Alpha\">"
                            "<text:list-item><text:p [^>]*>Inre c\\.</text:p>")));
}

TEST_F(OdtListsWithTables, ResumedListsContinueTheNumbering) {
    // Each resumed list continues the list element just before it, by its xml:id.
    const std::regex continued("text:continue-list=\"([^\"]+)\"");
    std::size_t resumed = 0;
    for (auto it = std::sregex_iterator(content.begin(), content.end(), continued); it != std::sregex_iterator();
         ++it) {
        ++resumed;
        const std::string target = "<text:list text:style-name=\"Kansli_20_Decimal\"";
        const auto id = content.find(" xml:id=\"" + (*it)[1].str() + "\"");
        ASSERT_NE(id, std::string::npos) << (*it)[1].str();
        EXPECT_LT(id, static_cast<std::size_t>(it->position())) << "a list continues an earlier one";
        EXPECT_EQ(content.rfind("<text:list ", id), content.rfind(target, id)) << "the xml:id is on a text:list";
    }
    EXPECT_EQ(resumed, 3u);
    // Only the lists of the document state a start (3 outer lists, 1 inner): a resumed list
    // restarting at 1 would undo the continuation.
    EXPECT_EQ(odt::count(content, "text:start-value="), 4u);
    EXPECT_EQ(odt::count(content, "text:continue-numbering"), 0u);
}

TEST_F(OdtListsWithTables, AnItemStartingWithATableKeepsItsNumberAndFiguresStayInTheirItem) {
    // The number on an empty line above the table, as in the DOCX.
    EXPECT_NE(content.find("<text:list-item><text:p text:style-name=\"List_20_Paragraph\"></text:p></text:list-item>"
                           "</text:list><table:table "),
              std::string::npos);
    const Walk w = walk(content);
    expect_place(w, "Punkt två efter tabellen.", 1, "text:list-header");
    // A figure is a paragraph with a frame anchored as a character: ODF allows it in an item,
    // and LibreOffice shows it there.
    EXPECT_TRUE(std::regex_search(content,
                                  std::regex(">Punkt tre med bild:</text:p><text:p text:style-name=\"Figure_20_Image\">"
                                             "<draw:frame [^>]*text:anchor-type=\"as-char\"")));
    expect_place(w, "Punkt tre med bild:", 1, "text:list-item");
    expect_place(w, "Punkt fyra.", 1, "text:list-item");
}

TEST_F(OdtListsWithTables, PassesTheValidatorWithWarningsFatal) {
    const std::string validator = (test::validators_dir() / "validate-odt").string();
    KANSLI_REQUIRE_TOOL(test::fs::exists(validator) && test::have_command("xmllint"), "validate-odt");
    test::TempDir dir;
    test::write_file(dir / "lists-with-tables.odt", bytes);
    const auto result =
        test::run(test::shell_quote(validator) + " -W " + test::shell_quote((dir / "lists-with-tables.odt").string()));
    EXPECT_EQ(result.exit_code, 0) << result.out;
}

// LibreOffice computes the numbers: its text export shows them. (pandoc cannot judge this: its
// ODT reader ignores text:continue-list and numbers a text:list-header like an item.)
TEST_F(OdtListsWithTables, LibreOfficeNumbersTheResumedItems) {
    KANSLI_REQUIRE_TOOL(test::have_command("soffice"), "LibreOffice (soffice)");
    test::TempDir dir;
    test::write_file(dir / "lists-with-tables.odt", bytes);
    // A throw-away profile: no clash with a LibreOffice that is running.
    const auto result = test::run(
        "timeout 180 soffice -env:UserInstallation=" + test::shell_quote("file://" + (dir / "profile").string()) +
        " --headless --convert-to txt:Text --outdir " + test::shell_quote(dir.path().string()) + " " +
        test::shell_quote((dir / "lists-with-tables.odt").string()));
    ASSERT_EQ(result.exit_code, 0) << result.out;
    const std::string text = test::read_file(dir / "lists-with-tables.txt");
    ASSERT_FALSE(text.empty()) << result.out;
    std::vector<std::string> lines;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) lines.push_back(odt::normalise_space(line));
    // In this order, each a whole line (table cells come in between).
    const std::vector<std::string> expected{"1. Första punkten.",
                                            "2. Andra punkten före tabellen.",
                                            "Andra punkten efter tabellen.",
                                            "3. Tredje punkten.",
                                            "Mellan listorna.",
                                            "1. Yttre ett.",
                                            "a. Inre a.",
                                            "b. Inre b före tabellen.",
                                            "c. Inre c.",
                                            "Yttre ett fortsätter.",
                                            "2. Yttre två.",
                                            "1. Punkt ett.",
                                            "2.",
                                            "Punkt två efter tabellen.",
                                            "3. Punkt tre med bild:",
                                            "4. Punkt fyra."};
    auto at = lines.begin();
    for (const std::string& line : expected) {
        at = std::find(at, lines.end(), line);
        ASSERT_NE(at, lines.end()) << "\"" << line << "\" (in order) in LibreOffice's text:\n" << text;
        ++at;
    }
}
