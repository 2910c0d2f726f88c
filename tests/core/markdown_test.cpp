#include <gtest/gtest.h>

#include "kansli/document_xml.hpp"
#include "kansli/render.hpp"
#include "kansli/template_package.hpp"
#include "test_data.hpp"
#include "test_support.hpp"

using namespace kansli;
namespace test = kansli::test;

namespace {

// Markdown reaches templates through the markdown helpers; render a one-line package.
std::string render_markdown(const std::string& helper, const std::string& markdown) {
    test::TempDir dir;
    test::write_file(dir / "k/p/template.xml.mustache", "{{#" + helper + "}}{{text}}{{/" + helper + "}}");
    test::write_file(dir / "k/p/input.schema.json", "{}");
    const auto package = TemplatePackage::open(dir / "k/p", "k/p");
    return render_template(package, test::data_of({{"text", markdown}}));
}

}  // namespace

TEST(Markdown, ParagraphsListsAndEmphasis) {
    EXPECT_EQ(render_markdown("markdown", "Ett *två* **tre**\n\n- a\n- b\n"),
              "<p>Ett <em>två</em> <strong>tre</strong></p><list "
              "marker=\"dash\"><item><p>a</p></item><item><p>b</p></item></list>");
    EXPECT_EQ(render_markdown("markdown", "3. tre\n4. fyra\n"),
              "<list ordered=\"true\" start=\"3\"><item><p>tre</p></item><item><p>fyra</p></item></list>");
}

TEST(Markdown, HeadingsSitBelowTheTemplatesSections) {
    EXPECT_EQ(render_markdown("markdown", "# Bakgrund"), "<heading level=\"3\">Bakgrund</heading>");
}

TEST(Markdown, RawHtmlAndImagesStayText) {
    const auto xml = render_markdown("markdown", "<script>alert(1)</script>\n\nText ![bild](/etc/passwd) & <b>fet</b>");
    EXPECT_EQ(xml.find("<script"), std::string::npos) << xml;
    EXPECT_NE(xml.find("&lt;script&gt;"), std::string::npos) << xml;
    EXPECT_EQ(xml.find("passwd"), std::string::npos) << xml;
    EXPECT_NE(xml.find("&amp;"), std::string::npos) << xml;
}

TEST(Markdown, TablesBecomeDocumentTables) {
    const auto xml = render_markdown("markdown", "| Post | Belopp |\n|---|--:|\n| Drift | 1 291 |\n");
    EXPECT_EQ(xml,
              "<table><columns><column/><column "
              "align=\"right\"/></columns><head><row><cell>Post</cell><cell>Belopp</cell></row>"
              "</head><body><row><cell>Drift</cell><cell>1 291</cell></row></body></table>");
    const std::string doc =
        "<document version=\"1\"><meta><title>T</title><kind>k</kind></meta><content>" + xml + "</content></document>";
    EXPECT_NO_THROW(read_document_xml(doc, {"md", {}}));
}

TEST(Markdown, InlineVariantJoinsParagraphsWithLineBreaks) {
    EXPECT_EQ(render_markdown("markdown_inline", "Ett\n\nTvå [länk](https://katrineholm.se)"),
              "Ett<br/>Två <link href=\"https://katrineholm.se\">länk</link>");
}
