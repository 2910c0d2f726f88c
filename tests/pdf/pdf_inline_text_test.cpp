// A paragraph's inline text as the PDF writer lays it out: the links it looks up by position
// (a binary search, sound only while links never overlap), and the painting attributes it
// applies to Pango's runs itself (pdf_paint_runs.hpp), which must split and mark the runs exactly
// as Pango's own pass did. Internal: linked with the layout library.
#include "pdf_inline_text.hpp"

#include <gtest/gtest.h>

#include <sstream>

#include "kansli/kansli.hpp"
#include "pdf_font_maps.hpp"
#include "pdf_fonts.hpp"
#include "pdf_text_block.hpp"

using namespace kansli;
using namespace kansli::pdf;

namespace {

class InlineTextTest : public ::testing::Test {
protected:
    // The inline text of the document's first paragraph.
    InlineText text_of(const std::string& content) {
        document_ =
            read_document_xml(R"(<document version="1"><meta><title>T</title><kind>test</kind></meta><content>)" +
                                  content + "</content></document>",
                              {"test.xml"});
        footnotes_ = std::make_unique<Footnotes>(document_);
        InlineContext context{tree_, styles_, document_, pages_, *footnotes_};
        InlineBuilder builder(context, tree_.add_element(tree_.root(), "P"));
        builder.inlines(std::get<Paragraph>(document_.content.front().value).content);
        return builder.finish();
    }

    Theme theme_;
    Styles styles_{theme_, resolve_fonts(theme_)};
    Document document_;
    StructureTree tree_;
    std::map<std::string, int> page_numbers_;
    std::set<std::string> printed_;
    PageNumbers pages_{page_numbers_, printed_};
    std::unique_ptr<Footnotes> footnotes_;
    FontMaps font_maps_;
    FontMaps::Lease font_map_ = font_maps_.borrow();
    TextShaper shaper_{font_map_.get(), "sv-SE"};
};

// Each run of each line: where it is, its glyphs, and the attributes it carries.
std::string runs_of(const std::vector<PangoLayoutLine*>& lines) {
    std::ostringstream out;
    for (const PangoLayoutLine* line : lines) {
        out << "line " << line->start_index << "\n";
        for (const GSList* r = line->runs; r != nullptr; r = r->next) {
            const auto* run = static_cast<const PangoGlyphItem*>(r->data);
            out << "  run " << run->item->offset << "+" << run->item->length << " glyphs " << run->glyphs->num_glyphs
                << " y " << run->y_offset << ":";
            for (const GSList* a = run->item->analysis.extra_attrs; a != nullptr; a = a->next) {
                const auto* attribute = static_cast<const PangoAttribute*>(a->data);
                out << " " << attribute->klass->type << "[" << attribute->start_index << "," << attribute->end_index
                    << ")";
            }
            out << "\n";
        }
    }
    return out.str();
}

TEST_F(InlineTextTest, AFootnoteReferenceInALinkIsPartOfTheLinkSoLinksNeverOverlap) {
    const InlineText text =
        text_of(R"(<p>Se <link href="https://example.se">regeln<note-ref to="f"/> här</link> och<note-ref to="f"/> )"
                R"(<link href="https://a.se">a</link><link href="https://b.se">b</link>.</p>)"
                R"(<footnote id="f"><p>Not.</p></footnote>)");
    // The reference inside the link adds no link of its own; the one outside does.
    ASSERT_EQ(text.links.size(), 4u);
    EXPECT_EQ(text.links[0].uri, "https://example.se");
    EXPECT_EQ(text.text.substr(text.links[0].start, text.links[0].end - text.links[0].start), "regeln1 här");
    EXPECT_EQ(text.links[1].anchor, note_anchor(0));
    EXPECT_EQ(text.text.substr(text.links[1].start, text.links[1].end - text.links[1].start), "1");
    for (std::size_t i = 1; i < text.links.size(); ++i)
        EXPECT_LE(text.links[i - 1].end, text.links[i].start) << "link " << i;
    // The search finds what a look at every link finds, at every byte and just past the end.
    for (unsigned byte = 0; byte <= text.text.size(); ++byte) {
        const InlineText::LinkRange* expected = nullptr;
        for (const auto& link : text.links)
            if (byte >= link.start && byte < link.end) expected = &link;
        EXPECT_EQ(text.link_at(byte), expected) << "byte " << byte;
    }
}

TEST_F(InlineTextTest, PaintedRunsAreThoseOfPangosOwnPass) {
    std::string words;
    for (int i = 0; i < 40; ++i)
        words += "ord <em>kursiv <link href=\"https://example.se/" + std::to_string(i) + "\">länk " +
                 std::to_string(i) + "</link></em><note-ref to=\"f\"/> <strong>fet<note-ref to=\"g\"/></strong> ";
    InlineText text = text_of("<p>" + words + "</p><footnote id=\"f\"><p>F.</p></footnote>" +
                              "<footnote id=\"g\"><p>G.</p></footnote>");

    // Pango's own pass: the painting attributes in the one list it is given.
    AttrList everything(pango_attr_list_copy(text.attributes.get()));
    GSList* paint = pango_attr_list_get_attributes(text.paint.get());
    ASSERT_NE(paint, nullptr);
    for (GSList* a = paint; a != nullptr; a = a->next)
        pango_attr_list_insert(everything.get(), static_cast<PangoAttribute*>(a->data));
    g_slist_free(paint);
    GObjectHandle<PangoLayout> layout(pango_layout_new(shaper_.context()));
    const FontDescription font = shaper_.font(styles_.body.text);
    pango_layout_set_font_description(layout.get(), font.get());
    pango_layout_set_width(layout.get(), 300 * PANGO_SCALE);
    pango_layout_set_wrap(layout.get(), PANGO_WRAP_WORD_CHAR);
    pango_layout_set_attributes(layout.get(), everything.get());
    pango_layout_set_text(layout.get(), text.text.data(), static_cast<int>(text.text.size()));
    std::vector<PangoLayoutLine*> pango_lines;
    for (GSList* l = pango_layout_get_lines_readonly(layout.get()); l != nullptr; l = l->next)
        pango_lines.push_back(static_cast<PangoLayoutLine*>(l->data));

    const TextBlock block(shaper_, std::move(text), styles_.body, 300, Align::Default);
    std::vector<PangoLayoutLine*> block_lines;
    for (std::size_t i = 0; i < block.lines().size(); ++i) block_lines.push_back(block.pango_line(i));

    const std::string expected = runs_of(pango_lines);
    ASSERT_GT(pango_lines.size(), 5u) << "a paragraph of several lines";
    ASSERT_NE(expected.find(" " + std::to_string(PANGO_ATTR_UNDERLINE) + "["), std::string::npos) << expected;
    EXPECT_EQ(runs_of(block_lines), expected);
}

}  // namespace
