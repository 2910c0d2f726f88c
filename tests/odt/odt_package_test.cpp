// The package: deterministic bytes, the mimetype rules, a complete manifest, metadata that
// comes from the document and never from the clock.
#include <gtest/gtest.h>

#include <regex>
#include <set>

#include "kansli/document_xml.hpp"
#include "kansli/plugin_registry.hpp"
#include "kansli/template_package.hpp"
#include "odt_test_support.hpp"

using namespace kansli;
namespace test = kansli::test;
namespace odt = kansli::test::odt;

namespace {

constexpr std::string_view kMediaType = "application/vnd.oasis.opendocument.text";

std::uint16_t le16(const std::string& bytes, std::size_t at) {
    return static_cast<std::uint16_t>(static_cast<unsigned char>(bytes[at]) |
                                      (static_cast<unsigned char>(bytes[at + 1]) << 8));
}

}  // namespace

TEST(OdtPackage, PluginIsRegisteredWithNameExtensionAndMediaType) {
    PluginRegistry registry;
    registry.load_directory(KANSLI_PLUGIN_BUILD_DIR);
    const Writer* writer = registry.find("odt");
    ASSERT_NE(writer, nullptr);
    EXPECT_EQ(writer->extension(), "odt");
    EXPECT_EQ(writer->media_type(), kMediaType);
}

TEST(OdtPackage, SameDocumentGivesSameBytes) {
    PluginRegistry registry;
    registry.load_directory(KANSLI_PLUGIN_BUILD_DIR);
    const Writer* writer = registry.find("odt");
    ASSERT_NE(writer, nullptr);
    const TemplatePackage package = TemplateSearchPath({test::fixtures_dir() / "packages"}).find("testkommun/memo");
    const Document document = read_document_xml(test::read_file(test::fixtures_dir() / "documents/every-block.xml"),
                                                {"every-block.xml", package.directory()});
    const std::string first = writer->write(document, package.theme());
    EXPECT_EQ(first, writer->write(document, package.theme()));
    // And through the command, which renders from the template: two runs, same file.
    test::TempDir dir;
    for (const char* run : {"a", "b"}) {
        const auto result = test::run(test::shell_quote(KANSLI_CLI) +
                                      " render --example --template katrineholm/arsredovisning --format odt --out " +
                                      test::shell_quote((dir / run).string()));
        ASSERT_EQ(result.exit_code, 0) << result.out;
    }
    EXPECT_EQ(test::read_file(dir / "a/example.odt"), test::read_file(dir / "b/example.odt"));
}

// Read from the zip bytes, not through a zip library that would hide what ODF forbids.
TEST(OdtPackage, MimetypeIsFirstStoredAndExact) {
    for (const std::string& package : odt::example_packages()) {
        SCOPED_TRACE(package);
        const std::string bytes = test::read_file(odt::rendered_example(package, "odt"));
        ASSERT_GT(bytes.size(), 30u + 8u + kMediaType.size());
        EXPECT_EQ(bytes.substr(0, 4), std::string("PK\x03\x04", 4));
        EXPECT_EQ(le16(bytes, 8), 0) << "compression method: mimetype must be stored";
        const std::uint16_t name_length = le16(bytes, 26);
        const std::uint16_t extra_length = le16(bytes, 28);
        EXPECT_EQ(bytes.substr(30, name_length), "mimetype");
        EXPECT_EQ(extra_length, 0) << "ODF forbids an extra field on mimetype";
        EXPECT_EQ(bytes.substr(30u + name_length + extra_length, kMediaType.size()), kMediaType);
        const auto entries = odt::unzip(bytes);
        ASSERT_FALSE(entries.names.empty());
        EXPECT_EQ(entries.names.front(), "mimetype");
        EXPECT_EQ(entries.part("mimetype"), kMediaType);
    }
}

TEST(OdtPackage, ManifestListsEveryEntryAndNothingElse) {
    for (const std::string& package : odt::example_packages()) {
        SCOPED_TRACE(package);
        const auto entries = odt::unzip(test::read_file(odt::rendered_example(package, "odt")));
        const std::string manifest = entries.part("META-INF/manifest.xml");
        ASSERT_FALSE(manifest.empty());
        std::set<std::string> listed;
        const std::regex path(R"re(manifest:full-path="([^"]*)")re");
        for (auto it = std::sregex_iterator(manifest.begin(), manifest.end(), path); it != std::sregex_iterator(); ++it)
            listed.insert((*it)[1]);
        std::set<std::string> stored;
        for (const auto& name : entries.names)
            if (name != "mimetype" && name.rfind("META-INF/", 0) != 0) stored.insert(name);
        EXPECT_TRUE(listed.erase("/"));
        EXPECT_EQ(listed, stored);
        for (const char* part : {"content.xml", "styles.xml", "meta.xml"}) EXPECT_EQ(stored.count(part), 1u) << part;
        EXPECT_NE(manifest.find("manifest:version=\"1.3\""), std::string::npos);
        // Every part declares the same ODF version as the manifest.
        for (const char* part : {"content.xml", "styles.xml", "meta.xml"})
            EXPECT_NE(entries.part(part).find("office:version=\"1.3\""), std::string::npos) << part;
        if (package == "katrineholm/arsredovisning") {
            // The logo (header and cover, stored once) and the diagram.
            EXPECT_EQ(std::count_if(stored.begin(), stored.end(),
                                    [](const std::string& s) { return s.rfind("Pictures/", 0) == 0; }),
                      2);
        }
    }
}

TEST(OdtPackage, MetadataComesFromTheDocument) {
    const auto entries = odt::unzip(test::read_file(odt::rendered_example("katrineholm/arsredovisning", "odt")));
    const std::string meta = entries.part("meta.xml");
    EXPECT_NE(meta.find("<dc:title>Årsredovisning – Socialnämnden</dc:title>"), std::string::npos);
    EXPECT_NE(meta.find("<dc:language>sv-SE</dc:language>"), std::string::npos);
    EXPECT_NE(meta.find("<meta:generator>Kansli</meta:generator>"), std::string::npos);
    EXPECT_NE(meta.find("<dc:subject>Årsredovisning</dc:subject>"), std::string::npos) << meta;
    EXPECT_NE(meta.find("<dc:creator>Lena Ludvigsson</dc:creator>"), std::string::npos);
    // The document's own date, never the clock.
    EXPECT_NE(meta.find("<dc:date>2021-02-09T00:00:00</dc:date>"), std::string::npos);
    EXPECT_NE(meta.find("<meta:creation-date>2021-02-09T00:00:00</meta:creation-date>"), std::string::npos);
    EXPECT_NE(meta.find("<meta:user-defined meta:name=\"Diarienummer\">SOCN/2020:60</meta:user-defined>"),
              std::string::npos);
    // Language on the default paragraph style, which is what consumers apply to the text.
    const std::string styles = entries.part("styles.xml");
    const auto defaults = odt::elements(styles, "style:default-style");
    ASSERT_FALSE(defaults.empty());
    EXPECT_NE(defaults.front().find("fo:language=\"sv\" fo:country=\"SE\""), std::string::npos);
}

// The subject is the kind as the document names itself ("Delårsrapport 2"), not the id of the
// package that wrote it.
TEST(OdtPackage, SubjectIsTheDocumentsOwnKindName) {
    const auto entries = odt::unzip(test::read_file(odt::rendered_example("botkyrka/arsredovisning", "odt")));
    const std::string meta = entries.part("meta.xml");
    EXPECT_NE(meta.find("<dc:subject>Delårsrapport 2</dc:subject>"), std::string::npos) << meta;
    EXPECT_EQ(meta.find("<dc:subject>arsredovisning"), std::string::npos) << meta;
}
