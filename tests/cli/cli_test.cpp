// End-to-end runs of the kansli command, as a clerk or a script would make them.
#include <gtest/gtest.h>

#include <cinttypes>
#include <cstdio>

#include "kansli/version.hpp"
#include "test_support.hpp"

namespace test = kansli::test;
namespace fs = std::filesystem;

namespace {

const std::string kCli = KANSLI_CLI;

std::string fixture_packages() { return (test::fixtures_dir() / "packages").string(); }

struct Cli : ::testing::Test {
    test::TempDir work;
    fs::path out_dir() const { return work / "out"; }

    test::CommandResult kansli(const std::string& args) const {
        return test::run(test::shell_quote(kCli) + " " + args);
    }
    // Renders DATA with the test package into out/.
    test::CommandResult render(const fs::path& data, const std::string& extra = "") const {
        return kansli("render " + test::shell_quote(data.string()) + " --template testkommun/memo --templates " +
                      test::shell_quote(fixture_packages()) + " --format html --out " +
                      test::shell_quote(out_dir().string()) + " " + extra);
    }
    fs::path data_file(const std::string& name, const std::string& bytes) const {
        test::write_file(work / name, bytes);
        return work / name;
    }
    // Renders {"title": "x"} with a one-off package whose main template is `text`.
    test::CommandResult render_with_template(const std::string& text) const {
        test::write_file(work / "tpl/k/t/template.xml.mustache", text);
        test::write_file(work / "tpl/k/t/input.schema.json", "{}");
        return kansli("render " + test::shell_quote(data_file("d.json", R"({"title": "x"})").string()) +
                      " --template k/t --templates " + test::shell_quote((work / "tpl").string()) + " --out " +
                      test::shell_quote(out_dir().string()));
    }
    static std::string example() {
        return test::read_file(test::fixtures_dir() / "packages/testkommun/memo/example.json");
    }
    bool out_is_empty() const { return !fs::exists(out_dir()) || fs::is_empty(out_dir()); }
};

int error_lines(const std::string& output) {
    int n = 0;
    for (auto at = output.find("kansli: error:"); at != std::string::npos; at = output.find("kansli: error:", at + 1))
        ++n;
    return n;
}

}  // namespace

TEST_F(Cli, RendersTheExampleToHtml) {
    const auto r = render(data_file("memo.json", example()));
    ASSERT_EQ(r.exit_code, 0) << r.out;
    const std::string html = test::read_file(out_dir() / "memo.html");
    EXPECT_NE(html.find("<html lang=\"sv\""), std::string::npos);
    EXPECT_NE(html.find("Yttrande &lt;över&gt; motion &amp; annat"), std::string::npos);
    EXPECT_NE(r.out.find("wrote "), std::string::npos);
}

TEST_F(Cli, OutputIsByteIdenticalAcrossRuns) {
    const auto data = data_file("memo.json", example());
    ASSERT_EQ(render(data).exit_code, 0);
    const std::string first = test::read_file(out_dir() / "memo.html");
    fs::remove_all(out_dir());
    ASSERT_EQ(render(data).exit_code, 0);
    EXPECT_EQ(first, test::read_file(out_dir() / "memo.html"));
}

TEST_F(Cli, EveryBundledExampleRendersInEveryFormatTheSameTwice) {
    const auto listing = kansli("templates");
    ASSERT_EQ(listing.exit_code, 0) << listing.out;
    std::vector<std::string> names;  // package names start a line; details are indented
    std::istringstream lines(listing.out);
    for (std::string line; std::getline(lines, line);)
        if (!line.empty() && line[0] != ' ') names.push_back(line.substr(0, line.find(' ')));
    ASSERT_GE(names.size(), 3u) << listing.out;
    for (const auto& name : names) {
        const auto out = work / name;
        const auto a =
            kansli("render --example --template " + name + " --out " + test::shell_quote((out / "a").string()));
        ASSERT_EQ(a.exit_code, 0) << a.out;
        const auto b =
            kansli("render --example --template " + name + " --out " + test::shell_quote((out / "b").string()));
        ASSERT_EQ(b.exit_code, 0) << b.out;
        std::size_t files = 0;
        for (const auto& entry : fs::directory_iterator(out / "a")) {
            EXPECT_EQ(test::read_file(entry.path()), test::read_file(out / "b" / entry.path().filename()))
                << entry.path();
            ++files;
        }
        EXPECT_GE(files, 1u) << name;
    }
}

TEST_F(Cli, MalformedJson) {
    const auto r = render(data_file("bad.json", "{\n  \"title\": \"x\",\n  \"date\" \"2021-02-09\"\n}\n"));
    EXPECT_EQ(r.exit_code, 1) << r.out;
    EXPECT_EQ(error_lines(r.out), 1) << r.out;
    EXPECT_NE(r.out.find("bad.json:3:"), std::string::npos) << r.out;
    EXPECT_TRUE(out_is_empty());
}

TEST_F(Cli, MissingRequiredField) {
    const auto r = render(data_file("missing.json", R"({"title": "x", "date": "2021-02-09"})"));
    EXPECT_EQ(r.exit_code, 1) << r.out;
    EXPECT_EQ(error_lines(r.out), 1) << r.out;
    EXPECT_NE(r.out.find("missing required field 'decisions'"), std::string::npos) << r.out;
    EXPECT_TRUE(out_is_empty());
}

TEST_F(Cli, WrongType) {
    const auto r = render(data_file("type.json", R"({"title": "x", "date": "2021-02-09", "decisions": "ett"})"));
    EXPECT_EQ(r.exit_code, 1) << r.out;
    EXPECT_EQ(error_lines(r.out), 1) << r.out;
    EXPECT_NE(r.out.find("/decisions: expected array, found a string"), std::string::npos) << r.out;
    EXPECT_TRUE(out_is_empty());
}

TEST_F(Cli, InvalidUtf8) {
    const auto r = render(
        data_file("latin1.json", "{\"title\": \"Socialn\xE4mnden\", \"date\": \"2021-02-09\", \"decisions\": []}"));
    EXPECT_EQ(r.exit_code, 1) << r.out;
    EXPECT_EQ(error_lines(r.out), 1) << r.out;
    EXPECT_NE(r.out.find("latin1.json:1:"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("UTF-8"), std::string::npos) << r.out;
    EXPECT_TRUE(out_is_empty());
}

TEST_F(Cli, ControlCharacter) {
    const auto r =
        render(data_file("ctrl.json", R"({"title": "x\u000b", "date": "2021-02-09", "decisions": [{"text": "a"}]})"));
    EXPECT_EQ(r.exit_code, 1) << r.out;
    EXPECT_EQ(error_lines(r.out), 1) << r.out;
    EXPECT_NE(r.out.find("at /title"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("U+000B"), std::string::npos) << r.out;
    EXPECT_TRUE(out_is_empty());
}

TEST_F(Cli, TemplateWithAnUnclosedTag) {
    const auto r =
        render_with_template("<document version=\"1\">\n  <meta><title>{{title</title></meta>\n</document>\n");
    EXPECT_EQ(r.exit_code, 3) << r.out;
    EXPECT_EQ(error_lines(r.out), 1) << r.out;
    EXPECT_NE(r.out.find("template.xml.mustache:2:"), std::string::npos) << r.out;
    EXPECT_TRUE(out_is_empty());
}

TEST_F(Cli, TemplateThatEmitsInvalidDocumentXml) {
    const auto r = render_with_template(
        "<document version=\"1\">\n  <meta><title>{{title}}</title><kind>k</kind></meta>\n  <content>\n"
        "    <rubrik>{{title}}</rubrik>\n  </content>\n</document>\n");
    EXPECT_EQ(r.exit_code, 3) << r.out;
    EXPECT_EQ(error_lines(r.out), 1) << r.out;
    EXPECT_NE(r.out.find("template.xml.mustache:4:"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("rubrik"), std::string::npos) << r.out;
    EXPECT_TRUE(out_is_empty());
}

// Strict names: kansli check fails on a misspelt variable, not "ok" with a blank in the output.
TEST_F(Cli, CheckFailsOnAMisspeltNameInThePackage) {
    test::write_file(work / "tpl/k/t/template.xml.mustache",
                     "<document version=\"1\">\n  <meta><title>{{titel}}</title><kind>k</kind></meta>\n</document>\n");
    test::write_file(work / "tpl/k/t/input.schema.json",
                     R"({"type": "object", "properties": {"title": {"type": "string"}}})");
    const auto r = kansli("check " + test::shell_quote(data_file("d.json", R"({"title": "x"})").string()) +
                          " --template k/t --templates " + test::shell_quote((work / "tpl").string()));
    EXPECT_EQ(r.exit_code, 3) << r.out;
    EXPECT_NE(r.out.find("template.xml.mustache:2:16: unknown variable {{titel}}"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("did you mean 'title'?"), std::string::npos) << r.out;
}

TEST_F(Cli, OneBadInputMeansNoFilesAtAll) {
    const auto good = data_file("good.json", example());
    const auto bad = data_file("bad.json", "{");
    const auto r = kansli("render " + test::shell_quote(good.string()) + " " + test::shell_quote(bad.string()) +
                          " --template testkommun/memo --templates " + test::shell_quote(fixture_packages()) +
                          " --out " + test::shell_quote(out_dir().string()));
    EXPECT_EQ(r.exit_code, 1) << r.out;
    EXPECT_TRUE(out_is_empty());
}

TEST_F(Cli, CheckListsEveryProblemWithItsJsonPath) {
    const auto data =
        data_file("d.json", R"({"title": 3, "date": "2021-02-30", "decisions": [{"txt": "a"}], "extra": true})");
    const auto r = kansli("check " + test::shell_quote(data.string()) + " --template testkommun/memo --templates " +
                          test::shell_quote(fixture_packages()));
    EXPECT_EQ(r.exit_code, 1) << r.out;
    for (const char* path : {"at /title:", "at /date:", "at /decisions/0:", "at /extra:"})
        EXPECT_NE(r.out.find(path), std::string::npos) << path << "\n" << r.out;
    const auto ok =
        kansli("check --example --template testkommun/memo --templates " + test::shell_quote(fixture_packages()));
    EXPECT_EQ(ok.exit_code, 0) << ok.out;
    EXPECT_NE(ok.out.find(": ok"), std::string::npos);
}

TEST_F(Cli, ListsFormatsAndTemplates) {
    const auto formats = kansli("formats");
    EXPECT_EQ(formats.exit_code, 0) << formats.out;
    EXPECT_NE(formats.out.find("html  .html  text/html"), std::string::npos) << formats.out;
    const auto templates = kansli("templates --templates " + test::shell_quote(fixture_packages()));
    EXPECT_EQ(templates.exit_code, 0) << templates.out;
    EXPECT_NE(templates.out.find("testkommun/memo  Testmemo"), std::string::npos) << templates.out;
    EXPECT_NE(templates.out.find("katrineholm/kallelse"), std::string::npos) << templates.out;
}

TEST_F(Cli, XmlPrintsTheDocumentXml) {
    const auto r =
        kansli("xml --example --template testkommun/memo --templates " + test::shell_quote(fixture_packages()));
    EXPECT_EQ(r.exit_code, 0) << r.out;
    EXPECT_NE(r.out.find("<document version=\"1\">"), std::string::npos);
}

TEST_F(Cli, UsageErrors) {
    EXPECT_EQ(kansli("").exit_code, 2);
    EXPECT_EQ(kansli("publish x").exit_code, 2);
    EXPECT_EQ(kansli("render x.json").exit_code, 2);
    EXPECT_EQ(kansli("render --example --template testkommun/memo --templates " +
                     test::shell_quote(fixture_packages()) + " --format rtf")
                  .exit_code,
              2);
    EXPECT_EQ(kansli("render --example --template nowhere/none").exit_code, 2);
    EXPECT_EQ(kansli("templates --template katrineholm/kallelse").exit_code, 2);
    EXPECT_EQ(kansli("xml a.json b.json --template katrineholm/kallelse").exit_code, 2);
    const auto help = kansli("--help");
    EXPECT_EQ(help.exit_code, 0);
    EXPECT_NE(help.out.find("Exit codes"), std::string::npos);
    const auto version = kansli("--version");
    EXPECT_EQ(version.exit_code, 0);
    EXPECT_EQ(version.out.rfind("kansli ", 0), 0u);
    // What the loaded library says of itself, the stamp as plugins carry it.
    char stamp[17];
    std::snprintf(stamp, sizeof stamp, "%016" PRIx64, kansli::plugin_abi());
    EXPECT_EQ(version.out,
              std::string("kansli ") + kansli::version() + " (" + kansli::soname() + ", plugin ABI " + stamp + ")\n");
}

TEST_F(Cli, MissingDataFile) {
    const auto r = render(work / "finns-inte.json");
    EXPECT_EQ(r.exit_code, 1) << r.out;
    EXPECT_NE(r.out.find("finns-inte.json"), std::string::npos);
}

TEST_F(Cli, AWriterThatFailsIsReportedAndWritesNothing) {
    // One --format (render() gives its own): an option given twice is refused.
    const auto r = kansli("render " + test::shell_quote(data_file("memo.json", example()).string()) +
                          " --template testkommun/memo --templates " + test::shell_quote(fixture_packages()) +
                          " --format html,failing --out " + test::shell_quote(out_dir().string()) + " --plugins " +
                          test::shell_quote(KANSLI_FAILING_PLUGIN_DIR));
    EXPECT_EQ(r.exit_code, 4) << r.out;  // not a crash (139)
    EXPECT_EQ(error_lines(r.out), 1) << r.out;
    EXPECT_NE(r.out.find("this writer always fails"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("memo.json"), std::string::npos) << r.out;
    EXPECT_TRUE(out_is_empty());
}

TEST_F(Cli, AnOutputThatCannotBeWrittenLeavesNoOtherFiles) {
    const auto first = data_file("first.json", example());
    const auto second = data_file("second.json", example());
    fs::create_directories(out_dir() / "second.html");  // a folder where a file should go
    const auto r = kansli("render " + test::shell_quote(first.string()) + " " + test::shell_quote(second.string()) +
                          " --template testkommun/memo --templates " + test::shell_quote(fixture_packages()) +
                          " --format html --out " + test::shell_quote(out_dir().string()));
    EXPECT_EQ(r.exit_code, 5) << r.out;
    EXPECT_NE(r.out.find("second.html"), std::string::npos) << r.out;
    EXPECT_FALSE(fs::exists(out_dir() / "first.html"));
    std::size_t entries = 0;
    for ([[maybe_unused]] const auto& entry : fs::directory_iterator(out_dir())) ++entries;
    EXPECT_EQ(entries, 1u);  // only the folder that was in the way; no temporary files
}

TEST_F(Cli, DeeplyNestedDataIsADataError) {
    const auto r = render(data_file("deep.json", std::string(5000, '[') + std::string(5000, ']')));
    EXPECT_EQ(r.exit_code, 1) << r.out.substr(0, 300);
    EXPECT_NE(r.out.find("nests deeper"), std::string::npos) << r.out.substr(0, 300);
}

TEST_F(Cli, NumbersTooLargeForADoubleAreADataError) {
    const auto r = render(data_file(
        "huge.json", R"({"title": "x", "date": "2021-02-09", "amount": 1e400, "decisions": [{"text": "a"}]})"));
    EXPECT_EQ(r.exit_code, 1) << r.out;
    EXPECT_NE(r.out.find("huge.json"), std::string::npos) << r.out;
}

TEST_F(Cli, AFolderGivenAsDataIsNamed) {
    const auto r = render(work.path());
    EXPECT_EQ(r.exit_code, 1) << r.out;
    EXPECT_NE(r.out.find("is a folder"), std::string::npos) << r.out;
}

// ------------------------------------------------------------------ batch mode (-j)

namespace {

// Renders `files` with every loaded format into `out` on `jobs` threads.
test::CommandResult render_batch(const Cli& cli, const std::vector<fs::path>& files, const fs::path& out,
                                 const std::string& jobs) {
    std::string args = "render";
    for (const auto& f : files) args += " " + test::shell_quote(f.string());
    return cli.kansli(args + " --template testkommun/memo --templates " + test::shell_quote(fixture_packages()) +
                      " --out " + test::shell_quote(out.string()) + " -j " + jobs);
}

}  // namespace

TEST_F(Cli, BatchOutputIsTheSameBytesOnOneAndTwoThreads) {
    std::vector<fs::path> files;
    for (int i = 0; i < 6; ++i) {
        std::string data = example();
        const auto title = data.find("\"title\": \"");
        ASSERT_NE(title, std::string::npos);
        data.insert(title + 10, "Nr " + std::to_string(i) + " ");  // every document its own
        files.push_back(data_file("memo-" + std::to_string(i) + ".json", data));
    }
    const auto one = render_batch(*this, files, work / "j1", "1");
    ASSERT_EQ(one.exit_code, 0) << one.out;
    const auto two = render_batch(*this, files, work / "j2", "2");
    ASSERT_EQ(two.exit_code, 0) << two.out;
    std::size_t compared = 0;
    for (const auto& entry : fs::directory_iterator(work / "j1")) {
        const fs::path other = work / "j2" / entry.path().filename();
        ASSERT_TRUE(fs::exists(other)) << other;
        EXPECT_EQ(test::read_file(entry.path()), test::read_file(other)) << entry.path().filename();
        ++compared;
    }
    EXPECT_GE(compared, files.size() * 4) << "html, docx, odt and markdown for each file";
    EXPECT_NE(test::read_file(work / "j2" / "memo-5.md").find("Nr 5 "), std::string::npos);
}

TEST_F(Cli, BatchReportsEveryFailedFileAndWritesNothing) {
    const auto good = data_file("good.json", example());
    const auto broken = data_file("trasig.json", "{");
    const auto wrong = data_file("fel-typ.json", R"({"title": 3})");
    const auto r = render_batch(*this, {broken, good, wrong}, out_dir(), "2");
    EXPECT_EQ(r.exit_code, 1) << r.out;
    EXPECT_EQ(error_lines(r.out), 2) << r.out;
    EXPECT_NE(r.out.find("trasig.json"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("fel-typ.json"), std::string::npos) << r.out;
    EXPECT_LT(r.out.find("trasig.json"), r.out.find("fel-typ.json")) << "reported in the order given";
    EXPECT_TRUE(out_is_empty());
}

TEST_F(Cli, JobsMustBeAPositiveNumber) {
    const auto data = data_file("memo.json", example());
    for (const std::string jobs : {"-j 0", "-j x", "--jobs", "-j2x"}) {
        const auto r = render(data, jobs);
        EXPECT_EQ(r.exit_code, 2) << jobs << ": " << r.out;
    }
    EXPECT_EQ(render(data, "-j2").exit_code, 0);
    EXPECT_EQ(render(data, "--jobs 3").exit_code, 0);
    EXPECT_EQ(kansli("templates -j 2").exit_code, 2);
}
