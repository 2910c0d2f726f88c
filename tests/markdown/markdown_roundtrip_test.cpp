// cmark-gfm (the library GitHub uses) reads the writer's output back: what was text must come
// back as the same text, and every table, heading, list and footnote as what it was.
#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include <cstdlib>
#include <memory>

#include "markdown_test_support.hpp"

namespace {

struct ParserFree {
    void operator()(cmark_parser* p) const { cmark_parser_free(p); }
};
struct NodeFree {
    void operator()(cmark_node* n) const { cmark_node_free(n); }
};
struct CharFree {
    void operator()(char* s) const { std::free(s); }
};

// The HTML cmark-gfm makes of `markdown`, with GitHub's table, autolink and strikethrough
// extensions and footnotes on.
std::string commonmark_html(const std::string& markdown) {
    cmark_gfm_core_extensions_ensure_registered();
    const int options = CMARK_OPT_FOOTNOTES;
    const std::unique_ptr<cmark_parser, ParserFree> parser(cmark_parser_new(options));
    for (const char* name : {"table", "autolink", "strikethrough"})
        cmark_parser_attach_syntax_extension(parser.get(), cmark_find_syntax_extension(name));
    cmark_parser_feed(parser.get(), markdown.data(), markdown.size());
    const std::unique_ptr<cmark_node, NodeFree> root(cmark_parser_finish(parser.get()));
    const std::unique_ptr<char, CharFree> html(
        cmark_render_html(root.get(), options, cmark_parser_get_syntax_extensions(parser.get())));
    return html.get();
}

std::size_t count(const std::string& text, const std::string& needle) {
    std::size_t n = 0;
    for (auto at = text.find(needle); at != std::string::npos; at = text.find(needle, at + 1)) ++n;
    return n;
}

}  // namespace

using MarkdownRoundTrip = kansli::test::MarkdownFixture;

TEST_F(MarkdownRoundTrip, EscapedTextComesBackAsTheSameText) {
    EXPECT_EQ(commonmark_html(markdown("<p>a*b_c [d] `e` &lt;f&gt; ~g ~~h~~ &amp;amp; | h &amp; i</p>"
                                       "<p># ett</p><p>- två</p><p>2021. tre</p><p>+ fyra<br/>= fem</p>")),
              "<p>a*b_c [d] `e` &lt;f&gt; ~g ~~h~~ &amp;amp; | h &amp; i</p>\n<p># ett</p>\n<p>- två</p>\n"
              "<p>2021. tre</p>\n<p>+ fyra<br />\n= fem</p>\n");
}

TEST_F(MarkdownRoundTrip, TableCellsKeepPipesAndAlignment) {
    const std::string html = commonmark_html(
        markdown("<table><columns><column/><column kind=\"money\"/></columns>"
                 "<head><row><cell>A | B</cell><cell>Utfall</cell></row></head>"
                 "<body><row kind=\"sum\"><cell>Summa</cell><cell value=\"-1500\"/></row></body></table>"));
    EXPECT_EQ(html,
              "<table>\n<thead>\n<tr>\n<th align=\"left\">A | B</th>\n<th align=\"right\">Utfall</th>\n</tr>\n"
              "</thead>\n<tbody>\n<tr>\n<td align=\"left\"><strong>Summa</strong></td>\n"
              "<td align=\"right\"><strong>−1\u00a0500</strong></td>\n</tr>\n</tbody>\n</table>\n");
}

TEST_F(MarkdownRoundTrip, EveryBlockKeepsItsStructure) {
    const std::string html = commonmark_html(every_block());
    EXPECT_EQ(count(html, "<table>"), 2u) << html;  // the table and the agenda
    EXPECT_EQ(count(html, "<h1>"), 1u) << html;     // the title only
    EXPECT_EQ(count(html, "<h2>"), 1u) << html;
    EXPECT_EQ(count(html, "<h3>"), 2u) << html;
    EXPECT_NE(html.find("<th align=\"left\"></th>\n<th align=\"right\">Utfall och budget Utfall 2020</th>"),
              std::string::npos)
        << html;
    EXPECT_NE(html.find("<ol>\n<li>Socialnämnden godkänner <em>årsredovisningen</em>.</li>"), std::string::npos)
        << html;
    EXPECT_NE(html.find("<section class=\"footnotes\""), std::string::npos) << html;
    EXPECT_NE(html.find("<img src=\"data:image/png;base64,"), std::string::npos) << html;
    EXPECT_NE(html.find("<a href=\"https://www.katrineholm.se\">länk</a>"), std::string::npos) << html;
    // Every escape was read as one: no backslash is left in the text.
    EXPECT_EQ(html.find('\\'), std::string::npos) << html;
}
