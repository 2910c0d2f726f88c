// Tables inside list items (tests/odt/lists-with-tables.xml). ODF allows only paragraphs,
// headings and lists in a text:list-item, and LibreOffice does not show a table put in a text
// box there, so the writer closes the lists before the table, writes it between them and
// resumes them after it: numbering continued (text:continue-list), nesting kept, the rest of
// the interrupted item in a text:list-header (indented, no number). The count of resumes made
// before a list opens is checked against what is written on tests/odt/list-resumes.xml.
#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <regex>
#include <sstream>
#include <string>
#include <utility>
#include <variant>
#include <vector>

#include "odt_test_support.hpp"

namespace test = kansli::test;
namespace odt = kansli::test::odt;
using kansli::Block;
using kansli::Blocks;
using kansli::Document;
using kansli::Fields;
using kansli::List;
using kansli::ListItem;
using kansli::Signatures;
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

bool have_validate_odt() {
    return test::fs::exists(test::validators_dir() / "validate-odt") && test::have_command("xmllint");
}

// validate-odt with warnings fatal on the package, written as `name`.
test::CommandResult validate_odt(const std::string& bytes, const std::string& name) {
    test::TempDir dir;
    test::write_file(dir / name, bytes);
    return test::run(test::shell_quote((test::validators_dir() / "validate-odt").string()) + " -W " +
                     test::shell_quote((dir / name).string()));
}

// LibreOffice's plain-text export of the package, written as `name`: where it shows the
// numbers it computed for the list items.
std::string libreoffice_text(const std::string& bytes, const std::string& name) {
    test::TempDir dir;
    test::write_file(dir / name, bytes);
    // A throw-away profile: no clash with a LibreOffice that is running.
    const auto result = test::run(
        "timeout 180 soffice -env:UserInstallation=" + test::shell_quote("file://" + (dir / "profile").string()) +
        " --headless --convert-to txt:Text --outdir " + test::shell_quote(dir.path().string()) + " " +
        test::shell_quote((dir / name).string()));
    EXPECT_EQ(result.exit_code, 0) << result.out;
    return test::read_file(dir / test::fs::path(name).replace_extension(".txt"));
}

// `expected` in this order among the text's lines, each a whole line (spaces normalised).
void expect_lines_in_order(const std::string& text, const std::vector<std::string>& expected) {
    ASSERT_FALSE(text.empty());
    std::vector<std::string> lines;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) lines.push_back(odt::normalise_space(line));
    auto at = lines.begin();
    for (const std::string& line : expected) {
        at = std::find(at, lines.end(), line);
        ASSERT_NE(at, lines.end()) << "\"" << line << "\" (in order) in LibreOffice's text:\n" << text;
        ++at;
    }
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
    KANSLI_REQUIRE_TOOL(have_validate_odt(), "validate-odt");
    const test::CommandResult result = validate_odt(bytes, "lists-with-tables.odt");
    EXPECT_EQ(result.exit_code, 0) << result.out;
}

// LibreOffice computes the numbers: its text export shows them. (pandoc cannot judge this: its
// ODT reader ignores text:continue-list and numbers a text:list-header like an item.)
TEST_F(OdtListsWithTables, LibreOfficeNumbersTheResumedItems) {
    KANSLI_REQUIRE_TOOL(test::have_command("soffice"), "LibreOffice (soffice)");
    // In this order, each a whole line (table cells come in between).
    expect_lines_in_order(
        libreoffice_text(bytes, "lists-with-tables.odt"),
        {"1. Första punkten.", "2. Andra punkten före tabellen.", "Andra punkten efter tabellen.", "3. Tredje punkten.",
         "Mellan listorna.", "1. Yttre ett.", "a. Inre a.", "b. Inre b före tabellen.", "c. Inre c.",
         "Yttre ett fortsätter.", "2. Yttre två.", "1. Punkt ett.", "2.", "Punkt två efter tabellen.",
         "3. Punkt tre med bild:", "4. Punkt fyra."});
}

namespace {

// ---------------------------------------------------------------- the count of resumes
// The writer counts before a list opens how often it will be resumed (ResumeCount in
// plugins/odt/odt_blocks.cpp), so that each list element a later one continues has its xml:id
// from the start. The count must agree with what the writer writes: tests/odt/list-resumes.xml
// interrupts lists in the ways it could get wrong (a list ending with a table, a page break
// between two tables, fields and signatures between tables, a list in a footnote that is
// referenced from an interrupted list), and the same document with the fields and signatures
// emptied through the API (they then write nothing, so they resume nothing).

struct ListElement {
    std::string id;         // xml:id; empty when none
    std::string continues;  // text:continue-list; empty when none
    bool in_note = false;   // inside a text:note-body
};

std::vector<ListElement> list_elements(const std::string& content) {
    std::vector<ListElement> lists;
    int note_depth = 0;
    const std::regex id(" xml:id=\"([^\"]*)\"");
    const std::regex continues(" text:continue-list=\"([^\"]*)\"");
    for (const XmlEvent& e : odt::xml_events(content)) {
        if (e.name == "text:note-body" && e.kind == XmlEvent::Kind::Open) ++note_depth;
        if (e.name == "text:note-body" && e.kind == XmlEvent::Kind::Close) --note_depth;
        if (e.name != "text:list" || e.kind != XmlEvent::Kind::Open) continue;
        ListElement list;
        if (std::smatch m; std::regex_search(e.tag, m, id)) list.id = m[1];
        if (std::smatch m; std::regex_search(e.tag, m, continues)) list.continues = m[1];
        list.in_note = note_depth > 0;
        lists.push_back(std::move(list));
    }
    return lists;
}

// Every text:continue-list names the xml:id of an earlier text:list in the same flow (the body
// or the same footnote), and every xml:id is continued exactly once. Returns how many list
// elements continue another.
std::size_t expect_resumes_resolve(const std::string& content) {
    const std::vector<ListElement> lists = list_elements(content);
    std::map<std::string, std::size_t> continued;  // xml:id → how often continued
    std::size_t resumed = 0;
    for (std::size_t i = 0; i < lists.size(); ++i) {
        if (!lists[i].id.empty()) {
            EXPECT_TRUE(continued.emplace(lists[i].id, 0).second) << "xml:id twice: " << lists[i].id;
        }
        if (lists[i].continues.empty()) continue;
        ++resumed;
        const auto target = std::find_if(lists.begin(), lists.begin() + static_cast<std::ptrdiff_t>(i),
                                         [&](const ListElement& list) { return list.id == lists[i].continues; });
        if (target == lists.begin() + static_cast<std::ptrdiff_t>(i)) {
            ADD_FAILURE() << "text:continue-list=\"" << lists[i].continues << "\" names no earlier list's xml:id";
            continue;
        }
        EXPECT_EQ(target->in_note, lists[i].in_note) << lists[i].continues << ": a list continues one in another flow";
        ++continued[lists[i].continues];
    }
    for (const auto& [id, times] : continued)
        EXPECT_EQ(times, 1u) << "xml:id=\"" << id << "\" continued " << times << " times";
    EXPECT_EQ(content.find("text:continue-numbering"), std::string::npos);
    return resumed;
}

// The fields and signatures of the document's lists emptied: a Document the API allows
// (check_document accepts them) that the XML schema does not.
void empty_fields_and_signatures(Blocks& blocks) {
    for (Block& block : blocks) {
        if (auto* fields = std::get_if<Fields>(&block.value)) fields->fields.clear();
        if (auto* signatures = std::get_if<Signatures>(&block.value)) {
            signatures->signatures.clear();
            signatures->dateline.clear();
        }
        if (auto* list = std::get_if<List>(&block.value))
            for (ListItem& item : list->items) empty_fields_and_signatures(item.content);
    }
}

struct OdtListResumes : ::testing::Test {
    std::string bytes;
    std::string content;
    std::string emptied_bytes;
    std::string emptied_content;

    void SetUp() override {
        bytes = odt::write_document(odt::list_resumes_xml(), "odt");
        ASSERT_FALSE(bytes.empty()) << "the ODT plugin was not found";
        content = odt::unzip(bytes).part("content.xml");
        Document emptied = odt::read_test_document(odt::list_resumes_xml());
        empty_fields_and_signatures(emptied.content);
        emptied_bytes = odt::write_document(emptied, "odt");
        emptied_content = odt::unzip(emptied_bytes).part("content.xml");
        ASSERT_FALSE(content.empty());
        ASSERT_FALSE(emptied_content.empty());
    }
};

TEST_F(OdtListResumes, EveryContinuedListNamesAnEarlierListsId) {
    // A page break between two tables resumes nothing (1); fields, then signatures, then the
    // next item each resume the list after a table (3); the list in the footnote (1) and the
    // list around its reference (1). The lists ending with a table are never resumed.
    EXPECT_EQ(expect_resumes_resolve(content), 6u);
    EXPECT_EQ(odt::count(content, " xml:id=\""), 6u);
}

TEST_F(OdtListResumes, EmptyFieldsAndSignaturesResumeNothing) {
    // With nothing written by the fields and signatures, the three tables stand together and
    // only the next item resumes that list.
    EXPECT_EQ(expect_resumes_resolve(emptied_content), 4u);
    EXPECT_EQ(odt::count(emptied_content, " xml:id=\""), 4u);
    EXPECT_EQ(emptied_content.find(">Dnr</text:span>"), std::string::npos);
    EXPECT_NE(content.find(">Dnr</text:span>"), std::string::npos);
}

TEST_F(OdtListResumes, ThePageBreakGoesToTheSecondTable) {
    EXPECT_TRUE(std::regex_search(content, std::regex("<style:style style:name=\"(Tbl[0-9]+)\" style:family=\"table\">"
                                                      "<style:table-properties [^>]*fo:break-before=\"page\"")));
}

TEST_F(OdtListResumes, PassesTheValidatorWithWarningsFatal) {
    KANSLI_REQUIRE_TOOL(have_validate_odt(), "validate-odt");
    for (const auto& [name, package] :
         {std::pair{"list-resumes.odt", &bytes}, {"list-resumes-emptied.odt", &emptied_bytes}}) {
        const test::CommandResult result = validate_odt(*package, name);
        EXPECT_EQ(result.exit_code, 0) << name << "\n" << result.out;
    }
}

TEST_F(OdtListResumes, LibreOfficeNumbersTheResumedItems) {
    KANSLI_REQUIRE_TOOL(test::have_command("soffice"), "LibreOffice (soffice)");
    expect_lines_in_order(
        libreoffice_text(bytes, "list-resumes.odt"),
        {"1. Slutar med tabell, punkt ett.", "2. Slutar med tabell, punkt två.", "1. Inre lista slutar med tabell.",
         "a. Inre a.", "1. Två tabeller med sidbrytning emellan.", "2. Efter sidbrytningen.",
         "1. Uppgifter och underskrifter mellan tabeller.", "2. Efter uppgifterna.", "1. Yttre punkt med fotnot.1",
         "Yttre punkt efter tabellen.", "2. Yttre punkt två."});
}

}  // namespace
