// The package around the content: parts, content types, relationships, properties, the same
// bytes every time; and the pictures (size from pixels and resolution, alt text required).
#include <gtest/gtest.h>

#include <algorithm>
#include <regex>

#include "docx_test_support.hpp"

using namespace kansli;
namespace test = kansli::test;
using test::docx::count;
using test::docx::Examples;
using test::docx::unzip;

namespace {

class DocxPackage : public ::testing::Test {
protected:
    Examples examples;
    void SetUp() override {
        ASSERT_NE(examples.writer(), nullptr) << "kansli-docx was not found in " KANSLI_PLUGIN_BUILD_DIR;
    }
};

// A document with one figure, built by hand (the reader would refuse some of these).
Document figure_document(const std::string& alt, std::optional<double> width_mm) {
    Document document;
    document.meta.title = "Bildprov";
    document.meta.kind = "prov";
    Figure figure;
    figure.alt = alt;
    figure.width_mm = width_mm;
    figure.image.path = "tiny-300dpi.png";
    figure.image.media_type = "image/png";
    figure.image.bytes = test::read_file(test::source_dir() / "tests/fixtures/images/tiny-300dpi.png");
    figure.image.pixel_width = 300;
    figure.image.pixel_height = 150;
    figure.image.dpi_x = 300.0;
    figure.image.dpi_y = 300.0;
    document.content.push_back(Block{figure, 7});
    return document;
}

}  // namespace

TEST_F(DocxPackage, WriterDescribesItself) {
    const Writer& writer = *examples.writer();
    EXPECT_EQ(writer.name(), "docx");
    EXPECT_EQ(writer.extension(), "docx");
    EXPECT_EQ(writer.media_type(), "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
}

TEST_F(DocxPackage, SameInputGivesTheSameBytes) {
    for (const std::string& name : test::docx::example_names()) {
        const auto example = examples.load(name);
        const std::string first = examples.render(example);
        EXPECT_EQ(first, examples.render(example)) << name;
        EXPECT_EQ(first, examples.render(examples.load(name))) << name << " (document built again)";
    }
}

TEST_F(DocxPackage, HasEveryPartWithItsContentType) {
    const auto package = unzip(examples.render(examples.load("katrineholm/arsredovisning")));
    ASSERT_FALSE(package.names.empty());
    EXPECT_EQ(package.names.front(), "[Content_Types].xml");
    for (const char* part :
         {"_rels/.rels", "docProps/core.xml", "docProps/app.xml", "word/document.xml", "word/_rels/document.xml.rels",
          "word/styles.xml", "word/numbering.xml", "word/settings.xml", "word/fontTable.xml", "word/footnotes.xml",
          "word/header1.xml", "word/footer1.xml", "word/header2.xml", "word/footer2.xml"})
        EXPECT_TRUE(package.has(part)) << part;

    const std::string& types = package.part("[Content_Types].xml");
    const std::string wml = "application/vnd.openxmlformats-officedocument.wordprocessingml.";
    const std::pair<const char*, std::string> overrides[] = {
        {"/word/document.xml", wml + "document.main+xml"},
        {"/word/styles.xml", wml + "styles+xml"},
        {"/word/numbering.xml", wml + "numbering+xml"},
        {"/word/settings.xml", wml + "settings+xml"},
        {"/word/footnotes.xml", wml + "footnotes+xml"},
        {"/word/header1.xml", wml + "header+xml"},
        {"/word/footer1.xml", wml + "footer+xml"},
        {"/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"},
        {"/docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml"},
    };
    for (const auto& [part, type] : overrides)
        EXPECT_NE(types.find("<Override PartName=\"" + std::string(part) + "\" ContentType=\"" + type + "\"/>"),
                  std::string::npos)
            << part;
    EXPECT_NE(types.find("Extension=\"rels\""), std::string::npos);
    EXPECT_NE(types.find("<Default Extension=\"png\" ContentType=\"image/png\"/>"), std::string::npos);

    // Every internal relationship target of the main document exists.
    const std::string& rels = package.part("word/_rels/document.xml.rels");
    const std::regex target("Target=\"([^\"]+)\"( TargetMode=\"External\")?");
    for (auto it = std::sregex_iterator(rels.begin(), rels.end(), target); it != std::sregex_iterator(); ++it) {
        if ((*it)[2].matched) continue;
        EXPECT_TRUE(package.has("word/" + (*it)[1].str())) << (*it)[1].str();
    }
    EXPECT_NE(package.part("_rels/.rels").find("Target=\"word/document.xml\""), std::string::npos);
}

TEST_F(DocxPackage, CorePropertiesComeFromTheDataNotTheClock) {
    const auto package = unzip(examples.render(examples.load("katrineholm/arsredovisning")));
    const std::string& core = package.part("docProps/core.xml");
    EXPECT_NE(core.find("<dc:title>Årsredovisning – Socialnämnden</dc:title>"), std::string::npos) << core;
    EXPECT_NE(core.find("<dc:creator>Lena Ludvigsson</dc:creator>"), std::string::npos);
    EXPECT_NE(core.find("<dc:subject>arsredovisning</dc:subject>"), std::string::npos);
    EXPECT_NE(core.find("<dc:language>sv-SE</dc:language>"), std::string::npos);
    EXPECT_NE(core.find("<dcterms:created xsi:type=\"dcterms:W3CDTF\">2021-02-09T00:00:00Z</dcterms:created>"),
              std::string::npos);
    EXPECT_NE(core.find("<dcterms:modified xsi:type=\"dcterms:W3CDTF\">2021-02-09T00:00:00Z</dcterms:modified>"),
              std::string::npos);
    EXPECT_NE(package.part("docProps/app.xml").find("<Company>Katrineholms kommun</Company>"), std::string::npos);
}

TEST_F(DocxPackage, WithoutDateOrAuthorsUsesFixedDateAndOrganisation) {
    Document document = figure_document("En bild", std::nullopt);
    document.meta.organisation = "Testkommun";
    const std::string core = unzip(examples.writer()->write(document, Theme{})).part("docProps/core.xml");
    EXPECT_NE(core.find("<dc:creator>Testkommun</dc:creator>"), std::string::npos) << core;
    EXPECT_NE(core.find(">1980-01-01T00:00:00Z</dcterms:created>"), std::string::npos) << core;
}

// The plugin host checks the document (check_document) before the writer sees it.
TEST_F(DocxPackage, FigureWithoutAltTextIsRefusedBeforeTheWriter) {
    const Document document = figure_document("", 40.0);
    try {
        examples.writer()->write(document, Theme{});
        FAIL() << "a figure without alt text was written";
    } catch (const Error& e) {
        EXPECT_EQ(e.kind(), Error::Kind::Usage);
        EXPECT_EQ(e.where().line, 7);
        EXPECT_NE(e.message().find("alternative text"), std::string::npos) << e.message();
    }
}

TEST_F(DocxPackage, PicturesHaveTheirRealSizeAndAltText) {
    // 300 × 150 px at 300 dpi: one inch by half an inch.
    std::string xml =
        unzip(examples.writer()->write(figure_document("En bild", std::nullopt), Theme{})).part("word/document.xml");
    EXPECT_NE(xml.find("<wp:extent cx=\"914400\" cy=\"457200\"/>"), std::string::npos) << xml;
    EXPECT_NE(xml.find("descr=\"En bild\""), std::string::npos);
    // A width in millimetres wins, keeping the aspect ratio.
    xml = unzip(examples.writer()->write(figure_document("En bild", 50.0), Theme{})).part("word/document.xml");
    EXPECT_NE(xml.find("<wp:extent cx=\"1800000\" cy=\"900000\"/>"), std::string::npos) << xml;
    // Never wider than the text column: A4 less 2 × 25 mm is 9 072 twips = 5 760 720 EMU.
    xml = unzip(examples.writer()->write(figure_document("En bild", 500.0), Theme{})).part("word/document.xml");
    EXPECT_NE(xml.find("<wp:extent cx=\"5760720\" cy=\"2880360\"/>"), std::string::npos) << xml;
}

TEST_F(DocxPackage, EveryDrawingHasAltText) {
    for (const std::string& name : test::docx::example_names()) {
        const auto package = unzip(examples.render(examples.load(name)));
        std::size_t drawings = 0;
        for (const auto& [part, xml] : package.parts) {
            if (part.rfind("word/", 0) != 0 || part.find(".rels") != std::string::npos) continue;
            for (const std::string& doc_pr : test::docx::elements(xml, "wp:docPr")) {
                ++drawings;
                EXPECT_TRUE(std::regex_search(doc_pr, std::regex("descr=\"[^\"]+\"")))
                    << name << " " << part << ": " << doc_pr;
            }
        }
        EXPECT_GT(drawings, 0u) << name << ": the logo at least";
    }
}
