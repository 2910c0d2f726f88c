// The DOCX and the ODT of the same document carry the same text in the same order.
//
// What is compared: the body text of each file, in document order, with white space
// collapsed. Taken from content.xml (office:body) and word/document.xml.
// What is left out, on both sides, and why:
// - page headers and footers: separate parts in both formats (styles.xml; header*.xml and
//   footer*.xml), with field-driven text ("Sida 3 av 12") rather than document text;
// - field results: page numbers, page references (the agenda's "Sidan" column, the table of
//   contents' numbers), caption sequence numbers, note references. Each consumer computes
//   them at layout time; the cached text is a placeholder in ODT and may be anything in DOCX;
// - the table of contents: generated from the headings, whose text is compared anyway; in
//   DOCX it is a field (or a content control holding one) or paragraphs in Word's contents
//   styles (TOC1 …, Kansli's own), in ODT a text:table-of-content.
//   Its title is dropped from both, since a DOCX may keep it outside the field;
// - footnote bodies: ODT has them inline (text:note), DOCX in footnotes.xml; the reference
//   mark is a number in ODT and an empty run in DOCX;
// - alternative texts and table titles/descriptions: attributes or metadata, not text flow.
#include <gtest/gtest.h>

#include <regex>
#include <set>

#include "odt_test_support.hpp"

namespace test = kansli::test;
namespace odt = kansli::test::odt;
using odt::XmlEvent;

namespace {

std::string odt_body_text(const std::string& content) {
    static const std::set<std::string> skipped{"text:table-of-content",
                                               "text:note",
                                               "text:bookmark-ref",
                                               "text:sequence",
                                               "text:note-ref",
                                               "text:page-number",
                                               "text:page-count",
                                               "table:title",
                                               "table:desc",
                                               "svg:title",
                                               "svg:desc",
                                               "text:sequence-decls",
                                               "office:automatic-styles",
                                               "text:reference-ref"};
    static const std::set<std::string> spaces{"text:tab", "text:line-break", "text:s", "text:p", "text:h"};
    std::string out;
    int skip = 0;
    bool in_body = false;
    for (const XmlEvent& e : odt::xml_events(content)) {
        if (e.name == "office:body") in_body = e.kind == XmlEvent::Kind::Open;
        if (!in_body) continue;
        switch (e.kind) {
            case XmlEvent::Kind::Open:
                if (skip > 0 || skipped.count(e.name)) ++skip;
                break;
            case XmlEvent::Kind::Close:
                if (skip > 0)
                    --skip;
                else if (spaces.count(e.name))
                    out += ' ';
                break;
            case XmlEvent::Kind::Empty:
                if (skip == 0 && spaces.count(e.name)) out += ' ';
                break;
            case XmlEvent::Kind::Text:
                if (skip == 0) out += e.text;
                break;
        }
    }
    return odt::normalise_space(out);
}

// Whether the w:p opening at events[at] has a contents style (TOC1 … TOC9) in its w:pPr.
bool is_contents_paragraph(const std::vector<XmlEvent>& events, std::size_t at) {
    static const std::regex contents_style("w:val=\"TOC[1-9]\"");
    for (std::size_t j = at + 1; j < events.size(); ++j) {
        const XmlEvent& e = events[j];
        if (e.name == "w:pStyle") return std::regex_search(e.tag, contents_style);
        if ((e.name == "w:pPr" && e.kind == XmlEvent::Kind::Close) || e.name == "w:r" || e.name == "w:hyperlink" ||
            e.name == "w:p")
            return false;
    }
    return false;
}

// Runs inside a complex field's result (between "separate" and "end") are the field's cached
// value; w:fldSimple holds only a result; a content control marked as a table of contents, and
// a paragraph in a contents style (TOC1 … TOC9), are the table of contents.
std::string docx_body_text(const std::string& document) {
    static const std::set<std::string> skipped{"w:instrText", "w:delText",           "w:fldSimple",
                                               "mc:Fallback", "w:footnoteReference", "w:endnoteReference",
                                               "w:sdtPr"};
    std::string out;
    int skip = 0;
    int toc_depth = 0;  // > 0 inside a table-of-contents content control
    int sdt_nesting = 0;
    std::vector<bool> field_in_result;  // per open complex field: past its "separate"
    const auto in_field_result = [&] {
        return std::find(field_in_result.begin(), field_in_result.end(), true) != field_in_result.end();
    };
    const std::vector<XmlEvent> events = odt::xml_events(document);
    for (std::size_t i = 0; i < events.size(); ++i) {
        const XmlEvent& e = events[i];
        if (e.name == "w:sdt" && e.kind == XmlEvent::Kind::Open) {
            ++sdt_nesting;
            // Look ahead into its properties for the gallery that marks a table of contents.
            bool toc = false;
            for (std::size_t j = i + 1; j < events.size() && events[j].name != "w:sdtContent"; ++j)
                if (events[j].name == "w:docPartGallery" &&
                    events[j].tag.find("Table of Contents") != std::string::npos)
                    toc = true;
            if (toc || toc_depth > 0) ++toc_depth;
            continue;
        }
        if (e.name == "w:sdt" && e.kind == XmlEvent::Kind::Close) {
            --sdt_nesting;
            if (toc_depth > 0) --toc_depth;
            continue;
        }
        if (e.name == "w:p" && e.kind == XmlEvent::Kind::Open && skip == 0 && is_contents_paragraph(events, i)) {
            ++skip;  // its close ends the skip
            continue;
        }
        if (e.name == "w:fldChar") {
            if (e.tag.find("\"begin\"") != std::string::npos)
                field_in_result.push_back(false);
            else if (e.tag.find("\"separate\"") != std::string::npos && !field_in_result.empty())
                field_in_result.back() = true;
            else if (e.tag.find("\"end\"") != std::string::npos && !field_in_result.empty())
                field_in_result.pop_back();
            continue;
        }
        switch (e.kind) {
            case XmlEvent::Kind::Open:
                if (skip > 0 || skipped.count(e.name)) ++skip;
                break;
            case XmlEvent::Kind::Close:
                if (skip > 0)
                    --skip;
                else if (e.name == "w:p")
                    out += ' ';
                break;
            case XmlEvent::Kind::Empty:
                if (skip == 0 && toc_depth == 0 && !in_field_result() &&
                    (e.name == "w:tab" || e.name == "w:br" || e.name == "w:cr"))
                    out += ' ';
                break;
            case XmlEvent::Kind::Text:
                if (skip == 0 && toc_depth == 0 && !in_field_result() && i > 0 && events[i - 1].name == "w:t" &&
                    events[i - 1].kind == XmlEvent::Kind::Open)
                    out += e.text;
                break;
        }
    }
    (void)sdt_nesting;
    return odt::normalise_space(out);
}

std::string without_first(std::string text, const std::string& part) {
    if (const auto at = text.find(part); at != std::string::npos) text.erase(at, part.size());
    return odt::normalise_space(text);
}

// Where two texts part, with some context, for a readable failure.
std::string first_difference(const std::string& a, const std::string& b) {
    std::size_t i = 0;
    while (i < a.size() && i < b.size() && a[i] == b[i]) ++i;
    const std::size_t from = i > 60 ? i - 60 : 0;
    return "at byte " + std::to_string(i) + "\n  docx: …" + a.substr(from, 160) + "\n  odt:  …" + b.substr(from, 160);
}

}  // namespace

TEST(DocxOdtText, ExtractionSkipsFieldResultsAndNotes) {
    const std::string content =
        "<office:document-content><office:body><office:text><text:h>6 Rubrik</text:h>"
        "<text:p>Se sidan <text:bookmark-ref text:ref-name=\"a\">?</text:bookmark-ref>.<text:note><text:note-citation>1"
        "</text:note-citation><text:note-body><text:p>Not</text:p></text:note-body></text:note> Mer&amp;mer</text:p>"
        "</office:text></office:body></office:document-content>";
    EXPECT_EQ(odt_body_text(content), "6 Rubrik Se sidan . Mer&mer");
    const std::string document =
        "<w:document><w:body><w:p><w:pPr><w:pStyle w:val=\"TOC1\"/></w:pPr><w:hyperlink w:anchor=\"a\"><w:r><w:t>6 "
        "Rubrik</w:t></w:r><w:r><w:tab/></w:r></w:hyperlink></w:p>"
        "<w:p><w:r><w:t>6 Rubrik</w:t></w:r></w:p><w:p><w:r><w:t xml:space=\"preserve\">Se sidan "
        "</w:t></w:r><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText> PAGEREF a </w:instrText></w:r>"
        "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>3</w:t></w:r><w:r><w:fldChar "
        "w:fldCharType=\"end\"/>"
        "</w:r><w:r><w:t>.</w:t></w:r><w:r><w:footnoteReference w:id=\"1\"/></w:r><w:r><w:t> Mer&amp;mer</w:t></w:r>"
        "</w:p></w:body></w:document>";
    EXPECT_EQ(docx_body_text(document), "6 Rubrik Se sidan . Mer&mer");
}

TEST(DocxOdtText, SameTextInTheSameOrder) {
    KANSLI_REQUIRE_TOOL(test::fs::exists(std::string(KANSLI_PLUGIN_BUILD_DIR) + "/kansli-docx.so"),
                        "the DOCX plugin (kansli-docx)");
    for (const std::string& package : odt::example_packages()) {
        SCOPED_TRACE(package);
        const auto odt_entries = odt::unzip(test::read_file(odt::rendered_example(package, "odt")));
        const auto docx_entries = odt::unzip(test::read_file(odt::rendered_example(package, "docx")));
        std::string odt_text = odt_body_text(odt_entries.part("content.xml"));
        std::string docx_text = docx_body_text(docx_entries.part("word/document.xml"));
        ASSERT_FALSE(odt_text.empty());
        ASSERT_FALSE(docx_text.empty());
        // The table of contents' title, as the ODT's index declares it.
        for (const std::string& title : odt::elements(odt_entries.part("content.xml"), "text:index-title-template")) {
            const std::string words =
                odt::decode_entities(title.substr(title.find('>') + 1, title.rfind('<') - title.find('>') - 1));
            odt_text = without_first(odt_text, words);
            docx_text = without_first(docx_text, words);
        }
        EXPECT_EQ(docx_text, odt_text) << first_difference(docx_text, odt_text);
    }
}

// Tables inside list items: the ODT closes its lists around each table and resumes them after
// it, the DOCX writes the table between numbered paragraphs. The same text either way, and an
// item that starts with a table has its (empty) numbered paragraph in both.
TEST(DocxOdtText, SameTextAroundTablesInListItems) {
    const std::string docx = odt::write_document(odt::lists_with_tables_xml(), "docx");
    KANSLI_REQUIRE_TOOL(!docx.empty(), "the DOCX plugin (kansli-docx)");
    const std::string odt_bytes = odt::write_document(odt::lists_with_tables_xml(), "odt");
    ASSERT_FALSE(odt_bytes.empty());
    const std::string odt_text = odt_body_text(odt::unzip(odt_bytes).part("content.xml"));
    const std::string docx_text = docx_body_text(odt::unzip(docx).part("word/document.xml"));
    EXPECT_NE(odt_text.find("Andra punkten före tabellen. Tabell i punkt två Verksamhet Belopp Ledning 100 Andra "
                            "punkten efter tabellen. Tredje punkten."),
              std::string::npos)
        << odt_text;
    EXPECT_EQ(docx_text, odt_text) << first_difference(docx_text, odt_text);
}
