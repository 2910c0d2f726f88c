// Data marks a passage in another language with the one piece of raw HTML Markdown keeps:
// <span lang="en">…</span> becomes <foreign lang="en"> (core/src/markdown.cpp).
#include <gtest/gtest.h>

#include <stdexcept>
#include <string>

#include "markdown_to_xml.hpp"

using kansli::markdown_to_blocks_xml;
using kansli::markdown_to_inlines_xml;

TEST(MarkdownLanguage, ASpanWithLangBecomesAForeignPassage) {
    EXPECT_EQ(markdown_to_blocks_xml(R"(Metoden <span lang="en-GB">Signs of *Safety*</span> används.)"),
              R"(<p>Metoden <foreign lang="en-GB">Signs of <em>Safety</em></foreign> används.</p>)");
    EXPECT_EQ(markdown_to_inlines_xml("<span lang='en'>Signs of Safety</span>"),
              R"(<foreign lang="en">Signs of Safety</foreign>)");
    // A span inside the passage stays text, and its closing tag does not end the passage.
    EXPECT_EQ(markdown_to_inlines_xml(R"(<span lang="en">a <span>b</span> c</span> d)"),
              R"(<foreign lang="en">a &lt;span&gt;b&lt;/span&gt; c</foreign> d)");
}

TEST(MarkdownLanguage, OtherRawHtmlAndUnclosedSpansStayText) {
    EXPECT_EQ(markdown_to_inlines_xml(R"(<span class="x">a</span>)"), "&lt;span class=&quot;x&quot;&gt;a&lt;/span&gt;");
    EXPECT_EQ(markdown_to_inlines_xml(R"(<span lang="en">never closed)"),
              "&lt;span lang=&quot;en&quot;&gt;never closed");
    EXPECT_EQ(markdown_to_inlines_xml(R"md(<span lang="en" onclick="x()">a</span>)md"),
              "&lt;span lang=&quot;en&quot; onclick=&quot;x()&quot;&gt;a&lt;/span&gt;");
}

TEST(MarkdownLanguage, ALanguageThatIsNotATagIsRefused) {
    for (const char* tag : {"en_GB", "english", "", "e"}) {
        const std::string input = std::string("<span lang=\"") + tag + "\">x</span>";
        try {
            markdown_to_inlines_xml(input);
            ADD_FAILURE() << input << " was accepted";
        } catch (const std::invalid_argument& e) {
            EXPECT_EQ(std::string(e.what()),
                      "<span lang=\"" + std::string(tag) +
                          "\">: not a language tag; use a BCP 47 tag such as \"en\" or \"en-GB\"");
        }
    }
}
