// Pathological but valid input finishes in bounded time: these tests run under a CTest
// TIMEOUT (tests/CMakeLists.txt), far above what linear work needs, so a hang or a quadratic
// blow-up fails them. And the configurable limits refuse what is over them, naming the limit.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "kansli/kansli.hpp"
#include "reliability_support.hpp"

namespace test = kansli::test;
namespace fs = std::filesystem;

namespace {

std::string repeat(const std::string& piece, int times) {
    std::string out;
    out.reserve(piece.size() * static_cast<std::size_t>(times));
    for (int i = 0; i < times; ++i) out += piece;
    return out;
}

struct Pathological : ::testing::Test {
    test::TempDir work;
    // Renders `data` in every format; returns the HTML.
    std::string render_all(const std::string& data) const {
        test::write_file(work / "data.json", data);
        const auto r = test::run(test::render_command(work / "data.json", work / "out", "html,docx,odt"));
        EXPECT_EQ(r.exit_code, 0) << r.out.substr(0, 2000);
        return test::read_file(work / "out" / "data.html");
    }
};

TEST_F(Pathological, AHugeListOfTwentyThousandItems) {
    const std::string html = render_all(test::memo_data("\"Lista\"", "\"Text.\"", 20000));
    EXPECT_NE(html.find("Beslut 19999"), std::string::npos);
}

TEST_F(Pathological, AFourMegabyteString) {
    const std::string html = render_all(test::memo_data("\"" + repeat("Långt ord ", 400000) + "\""));
    EXPECT_NE(html.find("Långt ord Långt ord"), std::string::npos);
}

TEST_F(Pathological, MarkdownThatIsSlowForNaiveParsers) {
    // Openers without closers, brackets and emphasis runs: the known quadratic cases of
    // Markdown parsers, each 20 000 times, and lists nested ten deep, 2 000 times.
    std::string lists;
    for (int block = 0; block < 2000; ++block) {
        for (int level = 0; level < 10; ++level)
            lists += std::string(static_cast<std::size_t>(level) * 2, ' ') + "- a\n";
        lists += "\n";
    }
    const nlohmann::json summary = repeat("[", 20000) + repeat("*a", 20000) + repeat("_", 20000) +
                                   repeat("<a ", 20000) + repeat("`", 20000) + "\n\n" + lists;
    const std::string html = render_all(test::memo_data(summary.dump()));
    EXPECT_NE(html.find("[[[["), std::string::npos);
}

TEST_F(Pathological, DataNestedToTheDepthLimitWithManySections) {
    // A package whose template opens a section per level of data nested 64 deep, repeated.
    const fs::path package = work / "tpl/k/deep";
    std::string open, close;
    for (int i = 0; i < 63; ++i) {
        open += "{{#n}}";
        close = "{{/n}}" + close;
    }
    test::write_file(package / "template.xml.mustache",
                     "<document version=\"1\"><meta><title>Djup</title><kind>tjansteskrivelse</kind>"
                     "<organisation>K</organisation><date>2024-01-01</date></meta><content>" +
                         repeat("<p>" + open + "{{v}}" + close + "</p>", 200) + "</content></document>");
    test::write_file(package / "input.schema.json", "{}");
    std::string data = "\"v\": \"botten\"";
    for (int i = 0; i < 63; ++i) data = "\"n\": {" + data + "}";
    test::write_file(work / "deep.json", "{" + data + "}");
    const auto r =
        test::run(test::shell_quote(KANSLI_CLI) + " render " + test::shell_quote((work / "deep.json").string()) +
                  " --template k/deep --templates " + test::shell_quote((work / "tpl").string()) +
                  " --format html --out " + test::shell_quote((work / "out").string()));
    ASSERT_EQ(r.exit_code, 0) << r.out;
    EXPECT_NE(test::read_file(work / "out/deep.html").find("botten"), std::string::npos);
}

// The limits, as the library reads them.
struct LimitsFromEnvironment : ::testing::Test {
    void TearDown() override {
        for (const char* name :
             {"KANSLI_MAX_INPUT_BYTES", "KANSLI_MAX_DEPTH", "KANSLI_MAX_IMAGE_BYTES", "KANSLI_MAX_IMAGE_PIXELS"})
            unsetenv(name);
    }
};

TEST_F(LimitsFromEnvironment, SafeDefaults) {
    const auto limits = kansli::Limits::from_environment();
    EXPECT_EQ(limits.max_input_bytes, std::size_t{64} << 20);
    EXPECT_EQ(limits.max_depth, 64);
    EXPECT_EQ(limits.max_image_bytes, std::size_t{32} << 20);
    EXPECT_EQ(limits.max_image_pixels, 100'000'000u);
}

TEST_F(LimitsFromEnvironment, EachVariableSetsItsLimit) {
    setenv("KANSLI_MAX_INPUT_BYTES", "1000", 1);
    setenv("KANSLI_MAX_DEPTH", "8", 1);
    setenv("KANSLI_MAX_IMAGE_BYTES", "2000", 1);
    setenv("KANSLI_MAX_IMAGE_PIXELS", "3000", 1);
    const auto limits = kansli::Limits::from_environment();
    EXPECT_EQ(limits.max_input_bytes, 1000u);
    EXPECT_EQ(limits.max_depth, 8);
    EXPECT_EQ(limits.max_image_bytes, 2000u);
    EXPECT_EQ(limits.max_image_pixels, 3000u);
    // The depth limit applies to the data at once.
    EXPECT_NO_THROW(kansli::parse_data(R"({"a": {"b": {"c": 1}}})", "d.json"));
    const auto error = test::error_from([] { kansli::parse_data(R"({"a":[[[[[[[[[1]]]]]]]]]})", "d.json"); });
    EXPECT_EQ(std::string(error.what()),
              "d.json:1:13: at /a/0/0/0/0/0/0/0: the data nests deeper than 8 levels (KANSLI_MAX_DEPTH)");
}

TEST_F(LimitsFromEnvironment, AValueThatIsNotANumberInRangeIsAUsageError) {
    for (const char* bad : {"many", "-1", "0", "12abc", "257"}) {
        setenv("KANSLI_MAX_DEPTH", bad, 1);
        const auto error = test::error_from([] { kansli::Limits::from_environment(); });
        EXPECT_EQ(error.kind(), kansli::Error::Kind::Usage) << bad;
        EXPECT_EQ(std::string(error.what()),
                  std::string("KANSLI_MAX_DEPTH: '") + bad + "' is not a whole number from 1 to 256");
    }
}

TEST(LimitsCommand, AnInvalidLimitStopsTheCommandWithExitTwo) {
    test::TempDir work;
    test::write_file(work / "data.json", test::memo_data("\"x\""));
    const auto r =
        test::run("KANSLI_MAX_INPUT_BYTES=lots " + test::render_command(work / "data.json", work / "out", "html"));
    EXPECT_EQ(r.exit_code, 2) << r.out;
    EXPECT_NE(r.out.find("kansli: error: KANSLI_MAX_INPUT_BYTES: 'lots' is not a whole number"), std::string::npos)
        << r.out;
    EXPECT_FALSE(fs::exists(work / "out"));
}

}  // namespace
