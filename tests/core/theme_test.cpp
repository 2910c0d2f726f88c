#include "kansli/theme.hpp"

#include <gtest/gtest.h>

#include "kansli/error.hpp"
#include "test_support.hpp"

using namespace kansli;
namespace test = kansli::test;

namespace {

Theme theme_from(const std::string& json, const test::TempDir& dir) {
    test::write_file(dir / "theme.json", json);
    return load_theme(dir / "theme.json", dir.path());
}

Error theme_error(const std::string& json) {
    test::TempDir dir;
    return test::error_from([&] { theme_from(json, dir); });
}

}  // namespace

TEST(Theme, DefaultsAreA4AndSwedishLabels) {
    test::TempDir dir;
    const Theme t = theme_from("{}", dir);
    EXPECT_EQ(t.page.width_mm, 210.0);
    EXPECT_EQ(t.labels.page, "Sida");
    EXPECT_FALSE(t.logo.has_value());
}

TEST(Theme, ReadsEverySetting) {
    test::TempDir dir;
    std::filesystem::copy_file(test::fixtures_dir() / "images/tiny-300dpi.png", dir / "logo.png");
    const Theme t = theme_from(R"({"fonts": {"body": "Carlito", "heading": "Caladea"},
        "sizes": {"body": 12, "headings": [20, 16, 13, 12, 12, 12]},
        "colours": {"text": "#111111", "heading": "#1f3864", "accent": "#005A9C", "table_header_background": "#EEEEEE"},
        "page": {"size": "A4", "margins_mm": {"top": 20, "bottom": 20, "left": 30, "right": 20}},
        "header": {"text": "Katrineholms kommun", "logo": "logo.png", "logo_alt": "Katrineholms kommun", "first_page": false},
        "footer": {"text": "Socialförvaltningen", "dnr": false, "page_label": "Sida", "page_of_label": "av"},
        "table_caption_label": "Tabell"})",
                               dir);
    EXPECT_EQ(t.body_font, "Carlito");
    EXPECT_EQ(t.heading_sizes_pt[0], 20.0);
    EXPECT_EQ(t.heading_colour, "#1F3864");
    EXPECT_EQ(t.page.margin_left_mm, 30.0);
    EXPECT_FALSE(t.first_page_header);
    EXPECT_FALSE(t.footer_dnr);
    ASSERT_TRUE(t.logo.has_value());
    EXPECT_EQ(t.logo->media_type, "image/png");
}

TEST(Theme, MistakesAreNamedWithTheirPath) {
    EXPECT_EQ(theme_error(R"({"colours": {"text": "black"}})").where().json_path, "/colours/text");
    EXPECT_EQ(theme_error(R"({"fonts": {"bodyy": "X"}})").where().json_path, "/fonts/bodyy");
    EXPECT_EQ(theme_error(R"({"page": {"size": "Letter"}})").where().json_path, "/page/size");
    EXPECT_EQ(theme_error(R"({"header": {"logo": "saknas.png", "logo_alt": "x"}})").where().json_path, "/header/logo");
    EXPECT_EQ(theme_error(R"({"sizes": {"headings": [1, 2]}})").where().json_path, "/sizes/headings");
    EXPECT_EQ(theme_error(R"({"fonts": )").kind(), Error::Kind::Template);
}

TEST(Theme, ALogoNeedsAnAlternativeText) {
    test::TempDir dir;
    std::filesystem::copy_file(test::fixtures_dir() / "images/tiny-300dpi.png", dir / "logo.png");
    test::write_file(dir / "theme.json", R"({"header": {"logo": "logo.png"}})");
    EXPECT_THROW(load_theme(dir / "theme.json", dir.path()), Error);
}

TEST(Theme, LabelsTheWritersPrintMustNotBeEmpty) {
    EXPECT_EQ(theme_error(R"({"table_caption_label": " "})").where().json_path, "/table_caption_label");
    EXPECT_EQ(theme_error(R"({"footer": {"page_label": ""}})").where().json_path, "/footer/page_label");
}

TEST(Theme, TheDnrLabelIsTheTemplatesWord) {
    test::TempDir dir;
    EXPECT_EQ(theme_from("{}", dir).labels.dnr, "Dnr");
    EXPECT_EQ(theme_from(R"({"labels": {"dnr": "Diarienummer"}})", dir).labels.dnr, "Diarienummer");
}

// The labels that once had keys of their own are still read from them.
TEST(Theme, OlderLabelKeysStillSetTheLabels) {
    test::TempDir dir;
    const Theme t = theme_from(R"({"footer": {"dnr_label": "Diarienr", "page_label": "Page", "page_of_label": "of"},
        "table_caption_label": "Table"})",
                               dir);
    EXPECT_EQ(t.labels.dnr, "Diarienr");
    EXPECT_EQ(t.labels.page, "Page");
    EXPECT_EQ(t.labels.page_of, "of");
    EXPECT_EQ(t.labels.table, "Table");
}

TEST(Theme, LocaleChoicesAreRead) {
    test::TempDir dir;
    const Theme theme = theme_from(R"j({"locale": {"minus": "hyphen", "percent_space": false,
        "group_four_digits": false,
        "dnr": {"pattern": "(?<s>[A-Z]+)/(?<y>[0-9]{4}):(?<n>[0-9]+)", "format": "{s}/{y}:{n:3}"}}})j",
                                   dir);
    EXPECT_EQ(theme.numbers.minus, sv::NumberStyle::Minus::Hyphen);
    EXPECT_FALSE(theme.numbers.percent_space);
    EXPECT_FALSE(theme.numbers.group_four_digits);
    ASSERT_TRUE(theme.dnr.has_value());
    EXPECT_EQ(sv::format_dnr("SN/2020:4", *theme.dnr), "SN/2020:004");
}

TEST(Theme, LocaleDefaultsAreTheWritingRules) {
    test::TempDir dir;
    const Theme theme = theme_from("{}", dir);
    EXPECT_EQ(theme.numbers.minus, sv::NumberStyle::Minus::Unicode);
    EXPECT_TRUE(theme.numbers.percent_space);
    EXPECT_TRUE(theme.numbers.group_four_digits);
    EXPECT_FALSE(theme.dnr.has_value());
}

TEST(Theme, LocaleMistakesAreNamedWithTheirPath) {
    EXPECT_EQ(theme_error(R"j({"locale": {"minus": "dash"}})j").where().json_path, "/locale/minus");
    EXPECT_EQ(theme_error(R"j({"locale": {"percent_space": "yes"}})j").where().json_path, "/locale/percent_space");
    EXPECT_EQ(theme_error(R"j({"locale": {"dnr": {"pattern": "(?<a>[A-Z"}}})j").where().json_path, "/locale/dnr");
    const Error unknown_group =
        theme_error(R"j({"locale": {"dnr": {"pattern": "(?<a>[A-Z]+)", "format": "{a}/{year}"}}})j");
    EXPECT_EQ(unknown_group.where().json_path, "/locale/dnr");
    EXPECT_NE(unknown_group.message().find("year"), std::string::npos) << unknown_group.message();
}

TEST(Theme, LabelsDefaultToSwedishAndCanBeChanged) {
    test::TempDir dir;
    EXPECT_EQ(theme_from("{}", dir).labels.skip_link, "Hoppa till innehållet");
    EXPECT_EQ(theme_from("{}", dir).labels.sum, "Summa");
    EXPECT_EQ(theme_from("{}", dir).labels.agenda_page, "Sidan");
    const Theme t = theme_from(R"({"labels": {"skip_link": "Skip to content", "footnotes": "Notes", "back": "Back",
        "back_to_reference": "to reference", "papers": "Papers", "to_papers": "To the papers", "for_item": "for item",
        "sum": "Total", "subtotal": "Subtotal", "untitled": "Document", "page": "Page", "page_of": "of", "dnr": "Ref",
        "table": "Table", "figure": "Picture", "logo": "Logo", "contents": "Contents", "contents_index":
        "Table of Contents", "heading": "Heading", "contents_update": "Update the table of contents (F9).",
        "agenda": "Agenda", "agenda_number": "No", "agenda_title": "Item", "agenda_dnr": "Reference",
        "agenda_page": "Page", "property_organisation": "Organisation", "property_body": "Body",
        "property_kind": "Kind", "property_dnr": "Reference number"}})",
                               dir);
    EXPECT_EQ(t.labels.skip_link, "Skip to content");
    EXPECT_EQ(t.labels.to_papers, "To the papers");
    EXPECT_EQ(t.labels.subtotal, "Subtotal");
    EXPECT_EQ(t.labels.contents_update, "Update the table of contents (F9).");
    EXPECT_EQ(t.labels.agenda_page, "Page");
    EXPECT_EQ(theme_error(R"({"labels": {"sum": ""}})").where().json_path, "/labels/sum");
    EXPECT_EQ(theme_error(R"({"labels": {"skiplink": "x"}})").where().json_path, "/labels/skiplink");
}

TEST(Theme, TheAgendaIsLaidOutAsTheFormPrintsIt) {
    test::TempDir dir;
    const Theme standard = theme_from("{}", dir);
    EXPECT_EQ(standard.agenda.note_separator, " \u2013 ");
    const Theme t = theme_from(R"({"agenda": {"note_separator": " - ", "columns": ["dnr", "title", "number"]}})", dir);
    EXPECT_EQ(t.agenda.note_separator, " - ");
    EXPECT_EQ(t.agenda.columns,
              (std::vector{AgendaStyle::Column::Dnr, AgendaStyle::Column::Title, AgendaStyle::Column::Number}));
    // Dnr and page columns show only where items have them.
    Agenda agenda;
    agenda.items.push_back({"1", "", "", "", {}});
    EXPECT_EQ(shown_agenda_columns(agenda, t.agenda),
              (std::vector{AgendaStyle::Column::Title, AgendaStyle::Column::Number}));
    agenda.items.push_back({"2", "SN/2020:41", "", "ärende-2", {}});
    EXPECT_EQ(shown_agenda_columns(agenda, standard.agenda).size(), 4u);

    for (const auto& [json, path] : std::vector<std::pair<std::string, std::string>>{
             {R"({"agenda": {"columns": ["nr", "title"]}})", "/agenda/columns/0"},
             {R"({"agenda": {"columns": ["title", "title"]}})", "/agenda/columns/1"},
             {R"({"agenda": {"columns": ["number", "dnr"]}})", "/agenda/columns"},
             {R"({"agenda": {"note_separator": ""}})", "/agenda/note_separator"},
             {R"({"agenda": {"separator": " - "}})", "/agenda/separator"}}) {
        const Error e = theme_error(json);
        EXPECT_EQ(e.kind(), Error::Kind::Template) << json;
        EXPECT_EQ(e.where().json_path, path) << json << ": " << e.message();
    }
}
