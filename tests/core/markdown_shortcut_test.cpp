// Plain text skips cmark-gfm (core/src/markdown_to_xml.cpp); the shortcut must give exactly what the
// parser gives, and must not take text that has Markdown in it.
#include <gtest/gtest.h>

#include "markdown_to_xml.hpp"

using kansli::Shortcut;

namespace {

const char* const kInputs[] = {
    // plain: the shortcut applies
    "Socialnämnden",
    "Nettokostnad som andel av skatt och generella statsbidrag kommun, (%)",
    "Budget 2020 (tkr) - avvikelse: \"utfall\" / 'prognos' = 57,7; ok?",
    "Första stycket.\n\nAndra stycket.",
    "Summa #3 $5 +1",
    "Ärende \xE2\x80\x93 UTGÅR",
    "10500",
    "95,7%",
    "2021-02-09",
    "2020 har varit ett annorlunda år",
    // Markdown, or cmark changes it: the parser must decide
    "1. första",
    "1) första",
    "12.",
    "2020. Året",
    "123456789) nio siffror",
    "1234567890. tio siffror",
    "- punkt",
    "# Rubrik",
    "> citat",
    "    kod",
    "Text med *betoning*",
    "Text med _understrykning_",
    "Se [länk](https://example.se)",
    "Besök www.katrineholm.se",
    "Besök WWW.KATRINEHOLM.SE",
    "Besök Www.katrineholm.se och w.w",
    "Kl: 18.00, se ftp:/x och a:/b",
    "Besök https://botkyrka.se",
    "Skriv till namn@example.se",
    "Barn & unga",
    "a < b",
    "Rad ett\nrad två",
    "Hård brytning  \nnästa",
    "Slutar med mellanslag ",
    " Börjar med mellanslag",
    "Tre\n\n\nstycken",
    "Tabell | kolumn",
    "~~struket~~",
    "`kod`",
    "Utrop!",
    "Backslash \\* stjärna",
    "",
};

}  // namespace

TEST(MarkdownShortcut, GivesWhatTheParserGives) {
    for (const char* input : kInputs) {
        EXPECT_EQ(kansli::markdown_to_blocks_xml(input), kansli::markdown_to_blocks_xml(input, Shortcut::never))
            << input;
        EXPECT_EQ(kansli::markdown_to_inlines_xml(input), kansli::markdown_to_inlines_xml(input, Shortcut::never))
            << input;
    }
}

TEST(MarkdownShortcut, PlainParagraphsAreEscapedText) {
    EXPECT_EQ(kansli::markdown_to_blocks_xml("A \"b\"\n\nC"), "<p>A &quot;b&quot;</p><p>C</p>");
    EXPECT_EQ(kansli::markdown_to_inlines_xml("A\n\nC"), "A<br/>C");
    EXPECT_EQ(kansli::markdown_to_inlines_xml("Se *detta*"), "Se <em>detta</em>");
}
