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

// Printable ASCII is skipped eight bytes at a time: what stands anywhere around it is still found,
// at the right character.
TEST(XmlText, FindsWhatXmlCannotCarryAnywhereInTheText) {
    EXPECT_EQ(kansli::find_xml_illegal_character("Årsredovisning 2020, −27 660 tkr\ttab och\nrad"), std::nullopt);
    for (std::size_t before = 0; before < 20; ++before) {
        const std::string text = std::string(before, 'a') + "\x01" + "abcdefghij";
        EXPECT_EQ(
            kansli::find_xml_illegal_character(text),
            "control character U+0001 at character " + std::to_string(before + 1) + " cannot appear in a document");
    }
    // Characters, not bytes: "åäö" are six bytes, three characters.
    EXPECT_EQ(kansli::find_xml_illegal_character("åäö" + std::string(9, 'x') + "\x1f"),
              "control character U+001F at character 13 cannot appear in a document");
    EXPECT_EQ(kansli::find_xml_illegal_character(std::string(11, 'x') + "\xc3"), "invalid UTF-8 at character 12");
    EXPECT_EQ(kansli::find_xml_illegal_character("abcdefgh\xef\xbf\xbe"),
              "control character U+FFFE at character 9 cannot appear in a document");
    EXPECT_EQ(kansli::find_xml_illegal_character(std::string(16, 'x') + "\x7f"), std::nullopt);  // DEL is allowed
}
