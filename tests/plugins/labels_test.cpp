// Every word a writer adds comes from the theme's labels (kansli/labels.hpp): with each label
// changed, no writer's output holds a Swedish default, and each changed word is used; and no
// string in a writer's source holds a Swedish default or a Swedish letter.
#include <gtest/gtest.h>

#include <filesystem>
#include <map>
#include <regex>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "kansli/document_xml.hpp"
#include "kansli/plugin_registry.hpp"
#include "kansli/template_package.hpp"
#include "package_reading.hpp"
#include "test_support.hpp"

using namespace kansli;

namespace {

// The labels with a name, so a failure says which.
std::vector<std::pair<std::string, std::string*>> fields(Labels& l) {
    return {{"page", &l.page},
            {"page_of", &l.page_of},
            {"dnr", &l.dnr},
            {"table", &l.table},
            {"figure", &l.figure},
            {"logo", &l.logo},
            {"contents", &l.contents},
            {"contents_index", &l.contents_index},
            {"heading", &l.heading},
            {"contents_update", &l.contents_update},
            {"property_organisation", &l.property_organisation},
            {"property_body", &l.property_body},
            {"property_kind", &l.property_kind},
            {"property_dnr", &l.property_dnr},
            {"agenda", &l.agenda},
            {"agenda_number", &l.agenda_number},
            {"agenda_title", &l.agenda_title},
            {"agenda_dnr", &l.agenda_dnr},
            {"agenda_page", &l.agenda_page},
            {"skip_link", &l.skip_link},
            {"untitled", &l.untitled},
            {"footnotes", &l.footnotes},
            {"back", &l.back},
            {"back_to_reference", &l.back_to_reference},
            {"papers", &l.papers},
            {"to_papers", &l.to_papers},
            {"for_item", &l.for_item},
            {"sum", &l.sum},
            {"subtotal", &l.subtotal}};
}

// English text only, and every place a writer adds words: a numbered table with an empty sum
// label, a figure, a footnote, an agenda with neither caption nor column headings, and a table
// of contents with no title and (in the second document, which has no title either) no
// headings to list.
const char* const kDocument = R"(<document version="1"><meta><title>Annual report</title><kind>report</kind>
<organisation>Town</organisation><body>Board</body>
<dnr>KS/2021:1</dnr></meta><content>
<toc/>
<heading level="1" id="start">Start</heading>
<p>Text<note-ref to="n"/>.</p><footnote id="n">Note.</footnote>
<table numbered="true" row-headers="true"><columns><column/><column kind="number"/></columns>
<head><row><cell>Unit</cell><cell>Result</cell></row></head>
<body><row><cell>North</cell><cell value="1"/></row><row kind="subtotal"><cell/><cell value="2"/></row>
<row kind="sum"><cell/><cell value="3"/></row></body></table>
<figure src="logo.png" alt="Logo of the town"/>
<section id="item"><p>Papers</p></section>
<agenda><agenda-item number="1" dnr="KS/2021:2" ref="item">Opening</agenda-item></agenda>
</content></document>)";

const char* const kNoHeadings = R"(<document version="1"><meta><title>T</title><kind>report</kind></meta>
<content><toc/><p>Nothing to list.</p></content></document>)";

bool have_poppler() { return test::have_command("pdftotext") && test::have_command("pdfinfo"); }

// The text of every part a reader meets: the file itself, each XML part of a package, or a
// PDF's text and document information as poppler reads them (its streams are compressed).
std::string readable(const std::string& format, const std::string& bytes) {
    if (format == "pdf") {
        const test::TempDir dir;
        const std::string file = test::shell_quote((dir / "labels.pdf").string());
        test::write_file(dir / "labels.pdf", bytes);
        return test::run("pdftotext " + file + " -").out + test::run("pdfinfo " + file).out;
    }
    const test::Package package = test::unzip(bytes);
    if (package.names.empty()) return bytes;
    std::string all;
    for (const std::string& name : package.names)
        if (name.ends_with(".xml") || name.ends_with(".rels")) all += package.part(name);
    return all;
}

// `word` in `text` as a whole word: neither letter (nor a byte of a non-ASCII letter) beside it.
bool has_word(const std::string& text, const std::string& word) {
    const auto is_letter = [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || static_cast<unsigned char>(c) >= 0x80;
    };
    for (auto at = text.find(word); at != std::string::npos; at = text.find(word, at + 1)) {
        const std::size_t end = at + word.size();
        if ((at == 0 || !is_letter(text[at - 1])) && (end == text.size() || !is_letter(text[end]))) return true;
    }
    return false;
}

// The string literals of C++ source, comments left out (enough for this project's sources:
// no trigraphs or digit separators, raw strings only with the empty delimiter). Text that
// ends inside a comment or a literal ends it.
std::vector<std::pair<int, std::string>> string_literals(const std::string& source) {
    std::vector<std::pair<int, std::string>> found;
    int line = 1;
    const auto until = [&source](std::string_view end, std::size_t from) {
        const std::size_t at = source.find(end, from);
        return at == std::string::npos ? source.size() : at;
    };
    const auto count_lines = [&](std::size_t from, std::size_t to) {
        for (std::size_t j = from; j < to; ++j) line += source[j] == '\n' ? 1 : 0;
    };
    for (std::size_t i = 0; i < source.size(); ++i) {
        const char c = source[i];
        if (c == '\n') {
            ++line;
        } else if (source.compare(i, 2, "//") == 0) {
            i = until("\n", i) - 1;
        } else if (source.compare(i, 2, "/*") == 0) {
            const std::size_t end = until("*/", i + 2);
            count_lines(i, end);
            i = end + 1;
        } else if (source.compare(i, 3, "R\"(") == 0) {
            const std::size_t end = until(")\"", i + 3);
            found.emplace_back(line, source.substr(i + 3, end - i - 3));
            count_lines(i, end);
            i = end + 1;
        } else if (c == '"' || c == '\'') {
            std::string literal;
            for (++i; i < source.size() && source[i] != c; ++i) {
                if (source[i] == '\\' && i + 1 < source.size()) literal += source[i++];
                literal += source[i];
            }
            if (c == '"') found.emplace_back(line, literal);
        }
    }
    return found;
}

}  // namespace

TEST(Labels, EveryWordAWriterAddsIsTheThemes) {
    const TemplatePackage memo = TemplateSearchPath({test::fixtures_dir() / "packages"}).find("testkommun/memo");
    Theme theme = memo.theme();  // it has a logo
    Labels swedish;
    const auto defaults = fields(swedish);
    const auto changed = fields(theme.labels);
    // Words no writer could make up, none inside another: Q1Q, Q2Q, …
    for (std::size_t i = 0; i < changed.size(); ++i) *changed[i].second = "Q" + std::to_string(i + 1) + "Q";
    const XmlSource source{"labels.xml", memo.directory(), {}, theme.labels};
    const Document document = read_document_xml(kDocument, source);
    Document empty_contents = read_document_xml(kNoHeadings, source);
    empty_contents.meta.title.clear();  // the document XML requires one; a Document built in code need not

    PluginRegistry registry;
    registry.load_directory(KANSLI_PLUGIN_BUILD_DIR);
    std::map<std::string, bool> used;
    std::vector<std::string> formats{"html", "docx", "odt", "markdown"};
    if (have_poppler()) formats.emplace_back("pdf");
    for (const std::string& format : formats) {
        const Writer* writer = registry.find(format);
        ASSERT_NE(writer, nullptr) << format;
        const std::string out =
            readable(format, writer->write(document, theme)) + readable(format, writer->write(empty_contents, theme));
        for (std::size_t i = 0; i < defaults.size(); ++i) {
            const std::string& swedish_word = *defaults[i].second;
            // Two-letter words ("Nr", "av") would be found inside others; their labels are
            // checked by being used below.
            if (swedish_word.size() > 2) {
                EXPECT_EQ(out.find(swedish_word), std::string::npos)
                    << format << " writes the Swedish default of " << defaults[i].first << ": " << swedish_word;
            }
            if (out.find(*changed[i].second) != std::string::npos) used[changed[i].first] = true;
        }
    }
    // Each label is some format's word.
    for (const auto& [name, word] : changed) EXPECT_TRUE(used[name]) << "no writer used the label " << name;
    KANSLI_REQUIRE_TOOL(formats.back() == "pdf", "pdftotext and pdfinfo (the PDF writer's words)");
}

// The PDF's words are the theme's: its footer ("Sida 1 av 1", "Dnr"), a numbered table's
// caption, the contents' and the agenda's words the reader takes from the labels, the title of
// a document without one.
TEST(Labels, ThePdfWriterPrintsTheThemesWords) {
    KANSLI_REQUIRE_TOOL(have_poppler(), "pdftotext and pdfinfo");
    const TemplatePackage memo = TemplateSearchPath({test::fixtures_dir() / "packages"}).find("testkommun/memo");
    Theme theme = memo.theme();
    theme.labels.page = "Page";
    theme.labels.page_of = "of";
    theme.labels.dnr = "Reference";
    theme.labels.table = "Table";
    theme.labels.contents = "Contents";
    theme.labels.agenda_number = "No";
    theme.labels.agenda_title = "Matter";
    theme.labels.untitled = "Nameless";
    const XmlSource source{"labels.xml", memo.directory(), {}, theme.labels};
    Document document = read_document_xml(kDocument, source);
    document.meta.title.clear();
    PluginRegistry registry;
    registry.load_directory(KANSLI_PLUGIN_BUILD_DIR);
    const std::string out = test::normalise_space(readable("pdf", registry.find("pdf")->write(document, theme)));
    for (const char* words :
         {"Page 1 of", "Reference KS/2021:1", "Table 1", "Contents", "No Matter", "Title: Nameless"})
        EXPECT_NE(out.find(words), std::string::npos) << words << " not in:\n" << out;
    for (const char* swedish : {"Sida", "Dnr", "Tabell", "Innehåll", "Ärende", "Dokument"})
        EXPECT_FALSE(has_word(out, swedish)) << swedish << " in:\n" << out;
}

// A writer's own words would be string literals in its source: none may hold a label's Swedish
// default or a Swedish letter (comments may: they explain the output to Swedish readers).
TEST(Labels, NoWriterSourceHasWordsOfItsOwn) {
    Labels swedish;
    std::vector<std::string> words;
    for (const auto& [name, word] : fields(swedish))
        if (word->size() > 2) words.push_back(*word);  // "Nr", "av": too short to tell from code
    int files = 0;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(test::source_dir() / "plugins")) {
        const std::string extension = entry.path().extension().string();
        if (extension != ".cpp" && extension != ".hpp") continue;
        ++files;
        for (const auto& [line, literal] : string_literals(test::read_file(entry.path()))) {
            const std::string where = entry.path().lexically_relative(test::source_dir()).string() + ":" +
                                      std::to_string(line) + ": \"" + literal + "\"";
            for (const char* letter : {"å", "ä", "ö", "Å", "Ä", "Ö"})
                EXPECT_EQ(literal.find(letter), std::string::npos) << where;
            for (const std::string& word : words) EXPECT_FALSE(has_word(literal, word)) << where << " says " << word;
        }
    }
    EXPECT_GT(files, 50);  // the walk found the writers
}

// The scanner itself: a Swedish word in a literal is found, in a comment it is not.
TEST(Labels, TheSourceScanReadsLiteralsNotComments) {
    const auto literals = string_literals(
        "// \"Sida\" in a comment\nx = \"Sida \" + n; /* \"Tabell\" */ c = '\"';\n"
        "y = R\"(<p>Bild</p>)\"; z = \"a \\\"quoted\\\" word\";");
    ASSERT_EQ(literals.size(), 3u);
    EXPECT_EQ(literals[0], (std::pair<int, std::string>{2, "Sida "}));
    EXPECT_EQ(literals[1], (std::pair<int, std::string>{3, "<p>Bild</p>"}));
    EXPECT_EQ(literals[2].second, "a \\\"quoted\\\" word");
    EXPECT_TRUE(has_word(literals[0].second, "Sida"));
    EXPECT_FALSE(has_word("Sidan", "Sida"));
    // Text that ends inside a comment or a literal is read to its end, not past it.
    EXPECT_TRUE(string_literals("/* open").empty());
    EXPECT_EQ(string_literals("x = \"open").at(0).second, "open");
}
