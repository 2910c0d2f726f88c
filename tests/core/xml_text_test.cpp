// Escaping for XML (core/src/xml_text.cpp): the one function every writer and Mustache use.
#include "kansli/xml_text.hpp"

#include <gtest/gtest.h>

#include <string>

TEST(XmlText, EscapesTheFiveSpecialCharacters) {
    EXPECT_EQ(kansli::escape_xml("a & b < c > d \"e\" 'f'"), "a &amp; b &lt; c &gt; d &quot;e&quot; &apos;f&apos;");
    EXPECT_EQ(kansli::escape_xml("&&"), "&amp;&amp;");
    EXPECT_EQ(kansli::escape_xml(""), "");
    EXPECT_EQ(kansli::escape_xml("Årsredovisning – 57,7 %"), "Årsredovisning – 57,7 %");
}

TEST(XmlText, AppendsToWhatIsThere) {
    std::string out = "<p>";
    kansli::append_escaped_xml(out, "Barn & unga");
    EXPECT_EQ(out, "<p>Barn &amp; unga");
}

TEST(XmlText, UnescapesTheFiveEntitiesAndLeavesOtherAmpersands) {
    EXPECT_EQ(kansli::unescape_xml("a &amp; b &lt; c &gt; d &quot;e&quot; &apos;f&apos;"), "a & b < c > d \"e\" 'f'");
    EXPECT_EQ(kansli::unescape_xml("&amp;lt;"), "&lt;");
    EXPECT_EQ(kansli::unescape_xml("a & b"), "a & b");
    EXPECT_EQ(kansli::unescape_xml("&"), "&");
    EXPECT_EQ(kansli::unescape_xml("x&amp"), "x&amp");
    EXPECT_EQ(kansli::unescape_xml("&#38;"), "&#38;");
    EXPECT_EQ(kansli::unescape_xml(""), "");
}

TEST(XmlText, UnescapeUndoesEscape) {
    for (const char* text : {"", "plain", "&", "<&>\"'", "&amp;", "ÅÄÖ & åäö", "a&&b;c"})
        EXPECT_EQ(kansli::unescape_xml(kansli::escape_xml(text)), text) << text;
}
