// The PDF writer through the plugin interface, as the command uses it: fonts and their
// substitution, pictures, page furniture, the page numbers it prints, long tables, footnotes,
// headings kept with their text, the same bytes from two threads. The PDF is read back with
// poppler (pdftotext, pdffonts, pdfimages) and QPDF (qpdf --qdf): tools that share nothing with
// the writer. The bundled examples go through validate-pdf and check-pages in the conformance
// suite; here the fixture with every block kind does too.
#include <gtest/gtest.h>

#include <future>
#include <string>
#include <vector>

#include "kansli/kansli.hpp"
#include "test_support.hpp"

namespace test = kansli::test;
using namespace kansli;

namespace {

constexpr const char* kHead = R"(<?xml version="1.0" encoding="UTF-8"?>
<document version="1"><meta><title>Prov</title><kind>test</kind><organisation>Testkommun</organisation>
<dnr>KS/2021:1</dnr><language>sv-SE</language></meta><content>)";
constexpr const char* kTail = "</content></document>";

std::string filler(int paragraphs, const std::string& word = "Text") {
    std::string out;
    for (int i = 0; i < paragraphs; ++i)
        out += "<p>" + word + " " + std::to_string(i + 1) +
               ": en mening som fyller ut sidan med vanlig löptext av det slag en tjänsteskrivelse har, "
               "så att sidorna blir fulla och nästa rubrik hamnar där den ska prövas.</p>";
    return out;
}

class PdfWriter : public ::testing::Test {
protected:
    PdfWriter() {
        registry_.load_directory(KANSLI_PLUGIN_BUILD_DIR);
        writer_ = registry_.find("pdf");
    }

    Document document(const std::string& content) const {
        return read_document_xml(kHead + content + kTail, {"test.xml", test::fixtures_dir() / "images"});
    }
    std::string render(const Document& document, const Theme& theme = Theme{}) const {
        return writer_->write(document, theme);
    }
    // The text of page `page` (1-based), or of every page with 0, as pdftotext lays it out.
    std::string page_text(const std::string& pdf, int page = 0) const {
        test::write_file(dir_ / "in.pdf", pdf);
        const std::string pages = page > 0 ? " -f " + std::to_string(page) + " -l " + std::to_string(page) : "";
        return test::run("pdftotext -layout" + pages + " " + test::shell_quote((dir_ / "in.pdf").string()) + " -").out;
    }
    int page_count(const std::string& pdf) const {
        test::write_file(dir_ / "count.pdf", pdf);
        const std::string info = test::run("pdfinfo " + test::shell_quote((dir_ / "count.pdf").string())).out;
        const auto at = info.find("Pages:");
        return at == std::string::npos ? 0 : std::stoi(info.substr(at + 6));
    }
    // The file with every object and stream uncompressed, to look at its structure.
    std::string uncompressed(const std::string& pdf) const {
        test::write_file(dir_ / "packed.pdf", pdf);
        test::run("qpdf --qdf --object-streams=disable " + test::shell_quote((dir_ / "packed.pdf").string()) + " " +
                  test::shell_quote((dir_ / "qdf.pdf").string()));
        return test::read_file(dir_ / "qdf.pdf");
    }

    PluginRegistry registry_;
    const Writer* writer_ = nullptr;
    test::TempDir dir_;
};

std::size_t occurrences(const std::string& text, const std::string& what) {
    std::size_t n = 0;
    for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
    return n;
}

bool have_poppler() { return test::have_command("pdftotext") && test::have_command("pdfinfo"); }

TEST_F(PdfWriter, IsLoadedAsAPlugin) {
    ASSERT_NE(writer_, nullptr);
    EXPECT_EQ(writer_->extension(), "pdf");
    EXPECT_EQ(writer_->media_type(), "application/pdf");
}

// The plugin loads its engine (Pango, Cairo, QPDF) only to write: a copy without it still lists
// the format, and writing then says what is missing.
TEST_F(PdfWriter, WithoutItsEngineThePluginLoadsAndRefusesToWriteByName) {
    std::filesystem::copy_file(std::filesystem::path(KANSLI_PLUGIN_BUILD_DIR) / "kansli-pdf.so",
                               dir_ / "kansli-pdf.so");
    PluginRegistry alone;
    alone.load(dir_ / "kansli-pdf.so");
    const Writer* pdf = alone.find("pdf");
    ASSERT_NE(pdf, nullptr);
    const Error e = test::error_from([&] { pdf->write(document(filler(1)), Theme{}); });
    EXPECT_EQ(e.kind(), Error::Kind::Plugin);
    EXPECT_NE(e.message().find("cannot load its engine " + (dir_ / "pdf" / "kansli-pdf-engine.so").string()),
              std::string::npos)
        << e.message();
}

TEST_F(PdfWriter, EveryBlockKindPassesPdfUaAndItsPages) {
    const std::filesystem::path validators = test::validators_dir();
    KANSLI_REQUIRE_TOOL(std::filesystem::exists(validators / "validate-pdf"), "validate-pdf");
    const TemplatePackage package =
        TemplateSearchPath({test::source_dir() / "tests/fixtures/packages"}).find("testkommun/memo");
    const Document every =
        read_document_xml(test::read_file(test::source_dir() / "tests/fixtures/documents/every-block.xml"),
                          {"every-block.xml", package.directory()});
    test::write_file(dir_ / "every-block.pdf", render(every, package.theme()));
    const auto checked = test::run(test::shell_quote((validators / "validate-pdf").string()) + " -W " +
                                   test::shell_quote((dir_ / "every-block.pdf").string()));
    EXPECT_EQ(checked.exit_code, 0) << checked.out;
    // Header cells spanning rows and columns, an empty corner cell, row headers: /Scope on all.
    EXPECT_NE(checked.out.find("with Scope"), std::string::npos) << checked.out;
    const auto pages = test::run(test::shell_quote((validators / "check-pages").string()) + " -W " +
                                 test::shell_quote((dir_ / "every-block.pdf").string()));
    EXPECT_EQ(pages.exit_code, 0) << pages.out;
}

TEST_F(PdfWriter, SameBytesFromTwoThreadsAtOnce) {
    const Document doc = document("<heading level=\"1\">Rubrik</heading><toc/>" + filler(60));
    const std::string first = render(doc);
    auto a = std::async(std::launch::async, [&] { return render(doc); });
    auto b = std::async(std::launch::async, [&] { return render(doc); });
    EXPECT_TRUE(a.get() == first);
    EXPECT_TRUE(b.get() == first);
}

// The writer keeps its Pango font maps from one document to the next (pdf_font_maps.hpp): a
// document written after others, in other fonts and with other characters, has the bytes it has
// when it is the first a process writes.
TEST_F(PdfWriter, FontsKeptFromEarlierDocumentsChangeNoByte) {
    const Document doc = document("<heading level=\"1\">Rubrik</heading><toc/>" + filler(30));
    PluginRegistry fresh;
    fresh.load_directory(KANSLI_PLUGIN_BUILD_DIR);
    const std::string first_of_its_process = fresh.find("pdf")->write(doc, Theme{});
    Theme other;
    other.body_font = "Calibri";
    other.heading_font = "Arial";
    render(document(filler(20, "Åäö ✓ → ﬁ")), other);
    render(document(filler(5, "Text")), Theme{});
    EXPECT_TRUE(render(doc) == first_of_its_process);
}

// Calibri and Arial are what Swedish municipalities' own templates name; Debian has their
// metric-compatible stand-ins.
TEST_F(PdfWriter, ThemeFontsWithoutTheFontUseTheirMetricCompatibleStandIns) {
    KANSLI_REQUIRE_TOOL(test::have_command("pdffonts"), "pdffonts");
    Theme theme;
    theme.body_font = "Calibri";
    theme.heading_font = "Arial";
    test::write_file(dir_ / "fonts.pdf", render(document("<heading level=\"1\">Rubrik</heading>" + filler(1)), theme));
    const std::string fonts = test::run("pdffonts " + test::shell_quote((dir_ / "fonts.pdf").string())).out;
    EXPECT_NE(fonts.find("+Carlito"), std::string::npos) << fonts;
    EXPECT_NE(fonts.find("+LiberationSans-Bold"), std::string::npos) << fonts;
    EXPECT_EQ(fonts.find("DejaVu"), std::string::npos) << "no silent fallback:\n" << fonts;
}

TEST_F(PdfWriter, AFontThatIsNotInstalledIsRefusedByName) {
    Theme theme;
    theme.heading_font = "Nonexistent Grotesk";
    const Error e = test::error_from([&] { render(document(filler(1)), theme); });
    EXPECT_EQ(e.kind(), Error::Kind::Plugin);
    EXPECT_NE(e.message().find("'Nonexistent Grotesk' (theme.json fonts.heading)"), std::string::npos) << e.message();
}

TEST_F(PdfWriter, AJpegIsEmbeddedAsItIsAtItsSize) {
    KANSLI_REQUIRE_TOOL(test::have_command("pdfimages"), "pdfimages");
    test::write_file(dir_ / "jpeg.pdf", render(document(R"(<figure src="small-72dpi.jpg" alt="Två former"/>)")));
    const std::string images = test::run("pdfimages -list " + test::shell_quote((dir_ / "jpeg.pdf").string())).out;
    // 120 × 60 pixels at 72 dpi: 120 × 60 points, so 72 ppi in the file; DCT, the JPEG's own bytes.
    EXPECT_NE(images.find("image     120    60  rgb     3   8  jpeg"), std::string::npos) << images;
    EXPECT_NE(images.find("   72    72 "), std::string::npos) << images;
}

TEST_F(PdfWriter, FooterSaysPageXOfYOnEveryPage) {
    KANSLI_REQUIRE_TOOL(have_poppler(), "pdftotext and pdfinfo");
    const std::string pdf = render(document(filler(70)));
    const int pages = page_count(pdf);
    ASSERT_GE(pages, 3);
    for (int page = 1; page <= pages; ++page) {
        const std::string words = "Sida " + std::to_string(page) + " av " + std::to_string(pages);
        EXPECT_NE(page_text(pdf, page).find(words), std::string::npos) << words;
        EXPECT_NE(page_text(pdf, page).find("Dnr KS/2021:1"), std::string::npos) << "page " << page;
    }
}

// 150 rows do not fit on a page: every page the table goes on to starts with its header rows
// again (drawn as artifacts); the structure has them once, in THead.
TEST_F(PdfWriter, ALongTableRepeatsItsHeaderRowsOnEveryPage) {
    KANSLI_REQUIRE_TOOL(have_poppler() && test::have_command("qpdf"), "pdftotext, pdfinfo and qpdf");
    std::string rows;
    for (int i = 1; i <= 150; ++i)
        rows += "<row><cell>Verksamhet nummer " + std::to_string(i) + "</cell><cell value=\"" +
                std::to_string(i * 1000) + "\"/></row>";
    const std::string pdf = render(document(
        R"(<table><description>Utfall per verksamhet.</description><columns><column/><column kind="money"/></columns><head><row><cell>Verksamhetsområde</cell><cell>Utfall tkr</cell></row></head><body>)" +
        rows + "</body></table>"));
    const int pages = page_count(pdf);
    ASSERT_GE(pages, 3);
    for (int page = 1; page <= pages; ++page)
        EXPECT_NE(page_text(pdf, page).find("Verksamhetsområde"), std::string::npos) << "no header on page " << page;
    const std::string file = uncompressed(pdf);
    EXPECT_EQ(occurrences(file, "/S /THead"), 1u);
    EXPECT_NE(file.find("/Summary (Utfall per verksamhet.)"), std::string::npos) << "the description";
    EXPECT_EQ(occurrences(file, "/S /TR"), 151u) << "one structure row per row of the table";
    // Every row whole on one page: each row's words on one line.
    const std::string text = page_text(pdf);
    for (int i : {1, 57, 150})
        EXPECT_NE(text.find("Verksamhet nummer " + std::to_string(i) + " "), std::string::npos) << i;
}

// A table that allows it breaks a row across pages between two lines; one that does not moves
// the row to the next page whole, and refuses a row taller than a page.
TEST_F(PdfWriter, ARowBreaksAcrossPagesOnlyWhenTheTableAllowsIt) {
    KANSLI_REQUIRE_TOOL(have_poppler(), "pdftotext and pdfinfo");
    std::string long_text;
    for (int i = 1; i <= 150; ++i) long_text += "kommentar" + std::to_string(i) + " ";
    const auto table = [&](bool split) {
        return std::string("<table") + (split ? " split-rows=\"true\"" : "") +
               "><columns><column/><column/></columns><head><row><cell>Uppdrag</cell><cell>Kommentar</cell></row></"
               "head><body>"
               "<row><cell>Första</cell><cell>" +
               long_text + "</cell></row></body></table>";
    };
    const std::string split = render(document(filler(15) + table(true)));
    const std::string one = page_text(split, 1);
    const std::string two = page_text(split, 2);
    EXPECT_NE(one.find("kommentar1 "), std::string::npos) << "the row starts on page 1:\n" << one;
    EXPECT_NE(two.find("kommentar150"), std::string::npos) << "and ends on page 2:\n" << two;
    EXPECT_NE(two.find("Uppdrag"), std::string::npos) << "under the repeated header row";
    const std::string whole = render(document(filler(15) + table(false)));
    EXPECT_EQ(page_text(whole, 1).find("kommentar1 "), std::string::npos) << "the whole row moved";
    EXPECT_NE(page_text(whole, 2).find("kommentar1 "), std::string::npos);
    std::string huge;
    for (int i = 0; i < 12; ++i) huge += long_text;
    const Error e = test::error_from([&] {
        render(
            document("<table><columns><column/><column/></columns><head><row><cell>A</cell><cell>B</cell></row></"
                     "head><body><row><cell>x</cell><cell>" +
                     huge + "</cell></row></body></table>"));
    });
    EXPECT_NE(e.message().find("taller than a page"), std::string::npos) << e.message();
    EXPECT_NO_THROW(
        render(document("<table "
                        "split-rows=\"true\"><columns><column/><column/></columns><head><row><cell>A</cell><cell>B</"
                        "cell></row></head><body>"
                        "<row><cell>x</cell><cell>" +
                        huge + "</cell></row></body></table>")));
}

// The model's grid says which header cells apply to each cell: a cell under a column group and
// beside a row header names all of them in /Headers, by the header cells' /ID.
TEST_F(PdfWriter, ADataCellWithSeveralHeadersNamesThemInHeaders) {
    KANSLI_REQUIRE_TOOL(test::have_command("qpdf"), "qpdf");
    const std::string file = uncompressed(render(
        document(R"(<table row-headers="true"><columns><column/><column kind="money"/><column kind="money"/></columns>)"
                 R"(<head><row><cell rowspan="2">Verksamhet</cell><cell colspan="2">År 2020</cell></row>)"
                 R"(<row><cell>Budget</cell><cell>Utfall</cell></row></head>)"
                 R"(<body><row><cell>Ledning</cell><cell value="100"/><cell value="90"/></row></body></table>)")));
    // Each data cell: its column's two headers and its row header.
    EXPECT_EQ(occurrences(file, "/Headers ["), 2u);
    EXPECT_GE(occurrences(file, "/ID (kansli-t"), 4u);
    EXPECT_EQ(occurrences(file, "/Scope /Row"), 1u);
    EXPECT_EQ(occurrences(file, "/Scope /Column"), 4u);
}

// The note is printed at the foot of the page that refers to it, below a rule, not at the end.
TEST_F(PdfWriter, AFootnoteIsAtTheFootOfThePageThatRefersToIt) {
    KANSLI_REQUIRE_TOOL(have_poppler(), "pdftotext and pdfinfo");
    const std::string pdf = render(document(filler(12) + R"(<p>Här hänvisas till en not<note-ref to="n1"/>.</p>)" +
                                            R"(<footnote id="n1">Fotnotens egen text.</footnote>)" + filler(30)));
    int note_page = 0;
    int reference_page = 0;
    for (int page = 1; page <= page_count(pdf); ++page) {
        const std::string text = page_text(pdf, page);
        if (text.find("Fotnotens egen text.") != std::string::npos) note_page = page;
        if (text.find("Här hänvisas till en not1") != std::string::npos) reference_page = page;
    }
    EXPECT_GT(reference_page, 0);
    EXPECT_EQ(note_page, reference_page);
    // The note, led by its number, below the text that refers to it and above the footer.
    const std::string page = test::normalise_space(page_text(pdf, note_page));
    const auto note = page.find("1 Fotnotens egen text.");
    ASSERT_NE(note, std::string::npos) << page;
    EXPECT_LT(page.find("Här hänvisas"), note) << page;
    EXPECT_LT(note, page.find("Sida ")) << page;
}

// A note referred to from a memo head's value is printed too, and its reference links to it.
TEST_F(PdfWriter, AFootnoteInAFieldValueIsPrinted) {
    KANSLI_REQUIRE_TOOL(have_poppler(), "pdftotext and pdfinfo");
    const std::string pdf = render(document(R"(<fields><field label="Datum">2021-02-09<note-ref to="d"/></field>)"
                                            R"(</fields><footnote id="d">Datum för beslut.</footnote>)"));
    EXPECT_NE(test::normalise_space(page_text(pdf, 1)).find("1 Datum för beslut."), std::string::npos);
    const std::string file = uncompressed(pdf);
    EXPECT_EQ(occurrences(file, "/S /Link"), occurrences(file, "/Subtype /Link"))
        << "every Link element has its annotation";
}

// However the filler falls, a heading never ends a page: its first lines are on its page.
TEST_F(PdfWriter, AHeadingIsKeptWithTheTextThatFollowsIt) {
    KANSLI_REQUIRE_TOOL(have_poppler(), "pdftotext and pdfinfo");
    for (int before = 8; before <= 14; ++before) {
        const std::string pdf = render(
            document(filler(before) + R"(<heading level="2">Den prövade rubriken</heading>)" + filler(3, "Efter")));
        for (int page = 1; page <= page_count(pdf); ++page) {
            const std::string text = page_text(pdf, page);
            if (text.find("Den prövade rubriken") == std::string::npos) continue;
            EXPECT_NE(text.find("Efter 1:"), std::string::npos) << before << " paragraphs before: " << text;
        }
    }
}

// The contents and a cross-reference print the page the heading is really on.
TEST_F(PdfWriter, ContentsAndReferencesPrintTheTargetsPage) {
    KANSLI_REQUIRE_TOOL(have_poppler(), "pdftotext and pdfinfo");
    const std::string pdf =
        render(document(R"(<toc depth="1" title="Innehåll"/><p>Se sidan <ref to="tredje"/>.</p>)" + filler(20) +
                        R"(<heading level="1" id="andra">Andra kapitlet</heading>)" + filler(25) +
                        R"(<heading level="1" id="tredje">Tredje kapitlet</heading>)" + filler(2)));
    int page_of_third = 0;
    for (int page = 2; page <= page_count(pdf); ++page)
        if (page_text(pdf, page).find("Tredje kapitlet") != std::string::npos) page_of_third = page;
    ASSERT_GT(page_of_third, 2);
    const std::string first = page_text(pdf, 1);
    EXPECT_NE(test::normalise_space(first).find("Tredje kapitlet " + std::to_string(page_of_third)), std::string::npos)
        << first;
    EXPECT_NE(first.find("Se sidan " + std::to_string(page_of_third) + "."), std::string::npos) << first;
}

}  // namespace
