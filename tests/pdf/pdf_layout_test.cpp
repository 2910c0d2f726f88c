// The typesetter's rules, on its own: which slices must stay together (widows and orphans,
// headings with their text), and how the paginator places them (keeps, page breaks, the larger
// of two spacings, footnotes on their reference's page, header rows repeated, a block taller
// than a page refused). Internal: linked with the layout library, not through the plugin.
#include <gtest/gtest.h>

#include "kansli/kansli.hpp"
#include "pdf_font_maps.hpp"
#include "pdf_fonts.hpp"
#include "pdf_paginate.hpp"
#include "pdf_typesetter.hpp"
#include "test_support.hpp"

namespace test = kansli::test;
using namespace kansli;
using namespace kansli::pdf;

namespace {

Slice slice(double height, bool keep = false, double before = 0, double after = 0) {
    Slice s;
    s.height = height;
    s.keep_with_next = keep;
    s.space_before = before;
    s.space_after = after;
    return s;
}

constexpr BodyArea kArea{100, 100, 500};  // 400 points of body on every page

// The page (0-based) each body slice went on, in order; repeated header copies left out.
std::vector<int> pages_of(const Flow& flow, const Pagination& pagination) {
    std::vector<int> pages(flow.body.size(), -1);
    for (std::size_t p = 0; p < pagination.pages.size(); ++p)
        for (const PlacedSlice& placed : pagination.pages[p].body)
            for (std::size_t i = 0; i < flow.body.size(); ++i)
                if (placed.slice == &flow.body[i]) pages[i] = static_cast<int>(p);
    return pages;
}

TEST(Paginate, SlicesFillAPageThenGoOnTheNext) {
    Flow flow;
    for (int i = 0; i < 5; ++i) flow.body.push_back(slice(150));
    EXPECT_EQ(pages_of(flow, paginate(flow, kArea)), (std::vector<int>{0, 0, 1, 1, 2}));
}

TEST(Paginate, SlicesThatMustStayTogetherGoOnTogether) {
    Flow flow;
    flow.body = {slice(300), slice(50, true), slice(50, true), slice(50)};
    // 300 + 150 does not fit in 400: the three kept slices start the next page together.
    EXPECT_EQ(pages_of(flow, paginate(flow, kArea)), (std::vector<int>{0, 1, 1, 1}));
    // A run too long for any page is not kept: it is split where the page ends.
    Flow long_run;
    for (int i = 0; i < 12; ++i) long_run.body.push_back(slice(50, true));
    EXPECT_EQ(pages_of(long_run, paginate(long_run, kArea)).back(), 1);
}

TEST(Paginate, APageBreakStartsAPage) {
    Flow flow;
    flow.body = {slice(10), slice(10), slice(10)};
    flow.body[1].page_break_before = true;
    EXPECT_EQ(pages_of(flow, paginate(flow, kArea)), (std::vector<int>{0, 1, 1}));
}

// As Word and LibreOffice do it: 12 points after one and 18 before the next make 18, not 30.
TEST(Paginate, TheSpaceBetweenTwoSlicesIsTheLargerOfTheirSpacings) {
    Flow flow;
    flow.body = {slice(20, false, 0, 12), slice(20, false, 18, 6)};
    const Pagination pagination = paginate(flow, kArea);
    ASSERT_EQ(pagination.pages.size(), 1u);
    EXPECT_DOUBLE_EQ(pagination.pages[0].body[1].y - pagination.pages[0].body[0].y, 20 + 18);
}

TEST(Paginate, AFootnoteIsPlacedOnThePageOfItsReferenceWhichMakesRoomForIt) {
    Flow flow;
    flow.footnotes.push_back({slice(60)});
    flow.body = {slice(300), slice(50), slice(50)};
    flow.body[1].footnotes = {0};
    flow.body[1].anchors = {{"ref", 0}};
    flow.footnotes[0][0].anchors = {{"kansli-footnote-1", 0}};
    const Pagination pagination = paginate(flow, kArea);
    // 300 + 50 + the note (60 and its separator) is more than 400: the line and its note move.
    EXPECT_EQ(pages_of(flow, pagination), (std::vector<int>{0, 1, 1}));
    ASSERT_EQ(pagination.pages[1].notes.size(), 1u);
    EXPECT_EQ(pagination.anchors.at("kansli-footnote-1").page, 1);
    // The note sits at the foot of the body, under its separator.
    EXPECT_DOUBLE_EQ(pagination.pages[1].notes[0].y, kArea.bottom - 60);
    EXPECT_DOUBLE_EQ(pagination.pages[1].notes_top, kArea.bottom - 60 - kNoteSeparator);
}

TEST(Paginate, ATableGoingOnToAPageStartsItWithItsHeaderRows) {
    Flow flow;
    flow.headers.push_back({slice(20, true)});
    for (int i = 0; i < 30; ++i) {
        flow.body.push_back(slice(30));
        flow.body.back().repeat_header = 0;
    }
    const Pagination pagination = paginate(flow, kArea);
    ASSERT_GE(pagination.pages.size(), 3u);
    for (std::size_t p = 1; p < pagination.pages.size(); ++p)
        EXPECT_EQ(pagination.pages[p].body.front().slice, &flow.headers[0][0]) << "page " << p;
    for (const PlacedSlice& placed : pagination.pages[0].body)
        EXPECT_NE(placed.slice, &flow.headers[0][0]) << "the first page has the real ones";
}

TEST(Paginate, ABlockTallerThanAPageIsRefusedWithItsLine) {
    Flow flow;
    flow.body = {slice(10), slice(450)};
    flow.body[1].source_line = 42;
    const Error e = test::error_from([&] { paginate(flow, kArea); });
    EXPECT_EQ(e.kind(), Error::Kind::Plugin);
    EXPECT_EQ(e.where().line, 42);
    EXPECT_NE(e.message().find("taller than a page"), std::string::npos);
}

// The typesetter's keeps for a paragraph of several lines and a heading: what the paginator
// then honours.
class Typesetting : public ::testing::Test {
protected:
    Flow flow_of(const std::string& content) {
        document_ =
            read_document_xml(R"(<document version="1"><meta><title>T</title><kind>test</kind></meta><content>)" +
                                  content + "</content></document>",
                              {"test.xml"});
        styles_ = std::make_unique<Styles>(theme_, resolve_fonts(theme_));
        return typeset({document_, theme_, *styles_, shaper_, layouts_, images_, pages_, 600}).flow;
    }
    Theme theme_;
    Document document_;
    std::unique_ptr<Styles> styles_;
    FontMaps font_maps_;
    FontMaps::Lease font_map_ = font_maps_.borrow();
    TextShaper shaper_{font_map_.get(), "sv-SE"};
    LayoutCache layouts_;
    ImageCache images_;
    std::map<std::string, int> pages_;
};

TEST_F(Typesetting, NoLineOfAParagraphIsLeftAloneAtTheFootOrTheTopOfAPage) {
    std::string words;
    for (int i = 0; i < 120; ++i) words += "ord" + std::to_string(i) + " ";
    const Flow flow = flow_of("<p>" + words + "</p>");
    ASSERT_GE(flow.body.size(), 5u) << "a paragraph of several lines";
    const std::size_t n = flow.body.size();
    EXPECT_TRUE(flow.body[0].keep_with_next) << "the first line stays with the second (no orphan)";
    EXPECT_TRUE(flow.body[n - 2].keep_with_next) << "the second last stays with the last (no widow)";
    for (std::size_t i = 1; i + 2 < n; ++i) EXPECT_FALSE(flow.body[i].keep_with_next) << "line " << i;
    EXPECT_FALSE(flow.body[n - 1].keep_with_next);
}

TEST_F(Typesetting, AHeadingStaysWithWhatFollowsIt) {
    const Flow flow = flow_of(R"(<heading level="2" id="h">Rubrik</heading><p>Text.</p>)");
    ASSERT_EQ(flow.body.size(), 2u);
    EXPECT_TRUE(flow.body[0].keep_with_next);
    ASSERT_EQ(flow.body[0].anchors.size(), 1u);
    EXPECT_EQ(flow.body[0].anchors[0].id, "h");
    ASSERT_EQ(flow.body[0].outline.size(), 1u);
    EXPECT_EQ(flow.body[0].outline[0].title, "Rubrik");
}

}  // namespace
