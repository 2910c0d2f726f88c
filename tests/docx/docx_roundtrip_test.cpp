// The semantic round trip: pandoc, an independent reader, gets the same headings (number and
// levels), the same tables (cell by cell) and the lists back out of the DOCX.
#include <gtest/gtest.h>

#include <cstdlib>
#include <nlohmann/json.hpp>
#include <type_traits>

#include "docx_test_support.hpp"

using namespace kansli;
namespace test = kansli::test;
using nlohmann::json;
using test::docx::Examples;

namespace {

// ---- the model's side

struct Expected {
    std::vector<int> heading_levels;
    std::vector<std::vector<std::string>> tables;  // non-empty cell texts, row by row
    std::vector<bool> is_agenda;
    int lists = 0;
};

std::string squeeze(const std::string& text) {
    std::string out;
    for (char c : text) {
        if (c == ' ' || c == '\n' || c == '\t') {
            if (!out.empty() && out.back() != ' ') out += ' ';
        } else {
            out += c;
        }
    }
    while (!out.empty() && out.back() == ' ') out.pop_back();
    return out;
}

void expect_blocks(const Blocks& blocks, Expected& e) {
    for (const Block& block : blocks) {
        std::visit(
            [&e](const auto& n) {
                using T = std::decay_t<decltype(n)>;
                if constexpr (std::is_same_v<T, Heading>) {
                    e.heading_levels.push_back(n.level);
                } else if constexpr (std::is_same_v<T, Section>) {
                    expect_blocks(n.content, e);
                } else if constexpr (std::is_same_v<T, List>) {
                    ++e.lists;
                    for (const ListItem& item : n.items) expect_blocks(item.content, e);
                } else if constexpr (std::is_same_v<T, Table>) {
                    std::vector<std::string> cells;
                    for (const auto* rows : {&n.head, &n.body})
                        for (const Row& row : *rows)
                            for (const Cell& cell : row.cells)
                                if (auto text = squeeze(plain_text(cell.content)); !text.empty()) cells.push_back(text);
                    e.tables.push_back(cells);
                    e.is_agenda.push_back(false);
                } else if constexpr (std::is_same_v<T, Agenda>) {
                    // Number, title (with its note) and dnr; the page column holds field results.
                    std::vector<std::string> cells{n.number_label, n.title_label};
                    if (n.has_dnr()) cells.push_back(n.dnr_label);
                    for (const AgendaItem& item : n.items) {
                        cells.push_back(item.number);
                        std::string title = squeeze(plain_text(item.title));
                        if (!item.note.empty()) title += " \xE2\x80\x93 " + item.note;
                        cells.push_back(title);
                        if (!item.dnr.empty()) cells.push_back(item.dnr);
                    }
                    e.tables.push_back(cells);
                    e.is_agenda.push_back(true);
                }
            },
            block.value);
    }
}

// ---- pandoc's side (pandoc-types 1.22 JSON)

struct Found {
    std::vector<int> heading_levels;
    std::vector<std::vector<std::string>> tables;
    int lists = 0;
};

std::string stringify(const json& node) {
    std::string out;
    if (node.is_array()) {
        for (const json& child : node) out += stringify(child);
        return out;
    }
    if (!node.is_object() || !node.contains("t")) return out;
    const std::string type = node["t"];
    if (type == "Str") return node["c"].get<std::string>();
    if (type == "Space" || type == "SoftBreak" || type == "LineBreak") return " ";
    if (type == "Note") return "";
    if (!node.contains("c")) return out;
    const json& c = node["c"];
    if (type == "Link" || type == "Span") return stringify(c[1]);
    if (type == "Quoted") return stringify(c[1]);
    if (type == "Plain" || type == "Para" || type == "Emph" || type == "Strong" || type == "Underline" ||
        type == "Superscript" || type == "Subscript" || type == "SmallCaps" || type == "Strikeout")
        return stringify(c);
    return out;
}

void table_cells(const json& rows, std::vector<std::string>& cells) {
    for (const json& row : rows)
        for (const json& cell : row[1])
            if (auto text = squeeze(stringify(cell[4])); !text.empty()) cells.push_back(text);
}

void find_blocks(const json& node, Found& f) {
    if (node.is_array()) {
        for (const json& child : node) find_blocks(child, f);
        return;
    }
    if (!node.is_object()) return;
    if (node.contains("t")) {
        const std::string type = node["t"];
        if (type == "Header") f.heading_levels.push_back(node["c"][0].get<int>());
        if (type == "OrderedList" || type == "BulletList") ++f.lists;
        if (type == "Table") {
            const json& c = node["c"];
            std::vector<std::string> cells;
            table_cells(c[3][1], cells);  // TableHead
            for (const json& body : c[4]) {
                table_cells(body[2], cells);
                table_cells(body[3], cells);
            }
            table_cells(c[5][1], cells);  // TableFoot
            f.tables.push_back(cells);
            return;  // tables hold no headings or lists here
        }
    }
    for (const auto& [key, value] : node.items()) find_blocks(value, f);
}

class DocxRoundTrip : public ::testing::TestWithParam<std::string> {
protected:
    Examples examples;
};

}  // namespace

TEST_P(DocxRoundTrip, PandocReadsBackHeadingsTablesAndLists) {
    KANSLI_REQUIRE_TOOL(test::have_command("pandoc"), "pandoc");
    ASSERT_NE(examples.writer(), nullptr);
    const auto example = examples.load(GetParam());
    test::TempDir dir;
    const auto file = dir / "example.docx";
    test::write_file(file, examples.render(example));
    const auto result = test::run("pandoc -f docx -t json " + test::shell_quote(file.string()));
    ASSERT_EQ(result.exit_code, 0) << result.out;

    Expected expected;
    expect_blocks(example.document.content, expected);
    Found found;
    find_blocks(json::parse(result.out)["blocks"], found);

    EXPECT_EQ(found.heading_levels, expected.heading_levels);
    EXPECT_EQ(found.lists, expected.lists);
    ASSERT_EQ(found.tables.size(), expected.tables.size());
    for (std::size_t t = 0; t < expected.tables.size(); ++t) {
        if (!expected.is_agenda[t]) {
            EXPECT_EQ(found.tables[t], expected.tables[t]) << "table " << t + 1;
            continue;
        }
        // The agenda: every expected text, in order, among the cells (page numbers between).
        std::size_t at = 0;
        for (const std::string& text : expected.tables[t]) {
            while (at < found.tables[t].size() && found.tables[t][at] != text) ++at;
            EXPECT_LT(at, found.tables[t].size()) << "agenda cell '" << text << "' missing or out of order";
        }
    }
}

INSTANTIATE_TEST_SUITE_P(Examples, DocxRoundTrip, ::testing::ValuesIn(test::docx::example_names()),
                         [](const ::testing::TestParamInfo<std::string>& example) {
                             std::string name = example.param;
                             for (char& c : name)
                                 if (c == '/' || c == '-') c = '_';
                             return name;
                         });
