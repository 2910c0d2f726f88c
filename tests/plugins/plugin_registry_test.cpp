#include "kansli/plugin_registry.hpp"

#include <gtest/gtest.h>

#include "kansli/error.hpp"
#include "kansli/version.hpp"
#include "test_support.hpp"

using namespace kansli;
namespace fs = std::filesystem;

namespace {
const fs::path kBuiltIn = KANSLI_PLUGIN_BUILD_DIR;
const fs::path kBroken = KANSLI_TEST_PLUGIN_DIR;

Error load_error(const fs::path& module) {
    PluginRegistry registry;
    return kansli::test::error_from([&] { registry.load(module); });
}
}  // namespace

TEST(PluginRegistry, LoadsTheBuiltInWritersFromTheirFolder) {
    PluginRegistry registry;
    registry.load_directory(kBuiltIn);
    const Writer* html = registry.find("html");
    ASSERT_NE(html, nullptr);
    EXPECT_EQ(html->extension(), "html");
    EXPECT_EQ(html->media_type(), "text/html");
    EXPECT_EQ(registry.find("rtf"), nullptr);
    ASSERT_FALSE(registry.plugins().empty());
    EXPECT_EQ(registry.plugins().front()->file.parent_path(), kBuiltIn);
}

TEST(PluginRegistry, RefusesAPluginBuiltForAnotherAbi) {
    // A plugin from before the stamp, whose entry starts with the number 3: read as a stamp, it
    // is the number and what the padding after it holds, and fits no set of headers.
    const Error e = load_error(kBroken / "kansli-test-bad-abi.so");
    EXPECT_EQ(e.kind(), Error::Kind::Plugin);
    EXPECT_NE(e.message().find("built against other Kansli headers (plugin ABI 0000000000000003;"), std::string::npos)
        << e.message();
    EXPECT_NE(e.message().find("rebuild it against this version's headers"), std::string::npos) << e.message();
    EXPECT_NE(e.where().file.find("kansli-test-bad-abi.so"), std::string::npos);
}

TEST(PluginRegistry, TheLibrarysStampIsThatOfTheHeadersItWasBuiltWith) {
    // What lets the plugins in the tree, compiled with these headers, load (tests/sdk builds one
    // against changed headers, which must not).
    EXPECT_EQ(plugin_abi(), KANSLI_PLUGIN_ABI);
}

TEST(PluginRegistry, RefusesAModuleThatIsNotAPlugin) {
    EXPECT_NE(load_error(kBroken / "kansli-test-not-a-plugin.so").message().find("not a Kansli plugin"),
              std::string::npos);
}

TEST(PluginRegistry, RefusesAFileThatIsNotAModule) {
    kansli::test::TempDir dir;
    kansli::test::write_file(dir / "fake.so", "not an ELF file");
    EXPECT_NE(load_error(dir / "fake.so").message().find("cannot load the plugin"), std::string::npos);
}

TEST(PluginRegistry, TheFirstFolderWinsAndExplicitDuplicatesAreErrors) {
    PluginRegistry registry;
    registry.load_directory(kBuiltIn);
    const auto count = registry.plugins().size();
    registry.load_directory(kBuiltIn);  // same formats again: skipped
    EXPECT_EQ(registry.plugins().size(), count);
    try {
        registry.load(kBuiltIn / "kansli-html.so");
        ADD_FAILURE() << "a second html plugin was accepted";
    } catch (const Error& e) {
        EXPECT_NE(e.message().find("already loaded"), std::string::npos);
    }
}

TEST(PluginRegistry, AMissingFolderIsSkipped) {
    PluginRegistry registry;
    EXPECT_NO_THROW(registry.load_directory("/nonexistent/plugins"));
    EXPECT_TRUE(registry.plugins().empty());
}

// The host checks a document (check_document) before any writer sees it: a Document built
// through the API that breaks a guarantee never reaches the plugin. The failing plugin throws
// a Plugin error whenever it is called, so a Usage error says it was not.
TEST(PluginRegistry, ChecksTheDocumentBeforeTheWriterSeesIt) {
    PluginRegistry registry;
    registry.load(KANSLI_FAILING_PLUGIN_DIR "/kansli-test-failing.so");
    const Writer* writer = registry.find("failing");
    ASSERT_NE(writer, nullptr);
    Document broken;
    broken.content.push_back({Heading{7, std::nullopt, "h", true, {{Text{"Rubrik"}}}}, 3});
    broken.anchors["h"] = {AnchorTarget::Kind::Heading, "Rubrik"};
    const Error refused = kansli::test::error_from([&] { writer->write(broken, Theme{}); });
    EXPECT_EQ(refused.kind(), Error::Kind::Usage);
    EXPECT_EQ(refused.where().line, 3);
    EXPECT_NE(refused.message().find("level is 7"), std::string::npos) << refused.message();
    // The same document with the guarantee kept reaches the writer (which then fails).
    std::get<Heading>(broken.content.front().value).level = 2;
    EXPECT_EQ(kansli::test::error_from([&] { writer->write(broken, Theme{}); }).kind(), Error::Kind::Plugin);
}
