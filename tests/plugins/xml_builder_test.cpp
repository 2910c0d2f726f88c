// plugin::XmlBuilder (plugins/support/xml_builder.hpp): the one way the package writers write
// XML. What the ODT writer needs of it besides open/close: attributes added to the element
// just opened, a checked close by name, and the declaration ODF uses.
#include "xml_builder.hpp"

#include <gtest/gtest.h>

#include <stdexcept>

using kansli::plugin::XmlBuilder;

TEST(XmlBuilder, AttributesAddedAfterOpenGoInTheStartTagInOrder) {
    XmlBuilder xml;
    xml.open("text:list-item", {{"a", "1"}}).attribute("text:start-value", "3").attribute("b", "<&\"");
    xml.text("x").close();
    EXPECT_EQ(xml.finish(), "<text:list-item a=\"1\" text:start-value=\"3\" b=\"&lt;&amp;&quot;\">x</text:list-item>");
}

TEST(XmlBuilder, AStartTagEndsWhenAnythingIsWrittenInIt) {
    XmlBuilder xml;
    xml.open("p").open("span").close().empty("tab").raw("<b/>").element("c", "t").close();
    EXPECT_EQ(xml.finish(), "<p><span></span><tab/><b/><c>t</c></p>");
}

TEST(XmlBuilder, AnAttributeAfterContentIsRefused) {
    XmlBuilder xml;
    xml.open("p").text("words");
    EXPECT_THROW(xml.attribute("late", "1"), std::logic_error);
    XmlBuilder closed;
    closed.open("p").close();
    EXPECT_THROW(closed.attribute("late", "1"), std::logic_error);
    XmlBuilder after_empty;
    after_empty.open("p").empty("tab");
    EXPECT_THROW(after_empty.attribute("late", "1"), std::logic_error);
}

TEST(XmlBuilder, CloseByNameChecksTheInnermostElement) {
    XmlBuilder xml;
    xml.open("text:list").open("text:list-item");
    EXPECT_THROW(xml.close("text:list"), std::logic_error);
    xml.close("text:list-item").close("text:list");
    EXPECT_EQ(xml.finish(), "<text:list><text:list-item></text:list-item></text:list>");
    XmlBuilder none;
    EXPECT_THROW(none.close("p"), std::logic_error);
}

TEST(XmlBuilder, CloseEmptyEndsTheElementJustOpenedAsAnEmptyTag) {
    XmlBuilder xml;
    xml.open("style:style").open("style:text-properties").attribute("fo:color", "#000000").close_empty();
    xml.close("style:style");
    EXPECT_EQ(xml.finish(), "<style:style><style:text-properties fo:color=\"#000000\"/></style:style>");
    XmlBuilder with_content;
    with_content.open("p").text("words");
    EXPECT_THROW(with_content.close_empty(), std::logic_error);
    XmlBuilder nothing_open;
    EXPECT_THROW(nothing_open.close_empty(), std::logic_error);
}

TEST(XmlBuilder, DeclarationWithOrWithoutStandalone) {
    XmlBuilder docx;
    EXPECT_EQ(docx.declaration().finish(), "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n");
    XmlBuilder odf;
    EXPECT_EQ(odf.declaration(XmlBuilder::Standalone::Unstated).finish(),
              "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
}

TEST(XmlBuilder, FinishRefusesOpenElements) {
    XmlBuilder xml;
    xml.open("p");
    EXPECT_THROW(static_cast<void>(xml.finish()), std::logic_error);
}
