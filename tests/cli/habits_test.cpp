// The command's GNU habits (docs/cli.md): -o FILE, - for standard input and output, --opt=value,
// --, options given twice, -q, per-command help, --keep-going; and messages in Swedish.
#include <gtest/gtest.h>

#include "test_support.hpp"

namespace test = kansli::test;
namespace fs = std::filesystem;

namespace {

const std::string kCli = KANSLI_CLI;

struct Habits : ::testing::Test {
    test::TempDir work;

    test::CommandResult kansli(const std::string& args, const std::string& env = "") const {
        return test::run("cd " + test::shell_quote(work.path().string()) + " && " + env + " " +
                         test::shell_quote(kCli) + " " + args);
    }
    static std::string memo() { return " --template testkommun/memo --templates " + test::shell_quote(packages()); }
    static std::string packages() { return (test::fixtures_dir() / "packages").string(); }
    static std::string example() {
        return test::read_file(test::fixtures_dir() / "packages/testkommun/memo/example.json");
    }
    void data(const std::string& name, const std::string& bytes) const { test::write_file(work / name, bytes); }
};

TEST_F(Habits, DashOWritesThatOneFileInTheFormatOfItsExtension) {
    data("memo.json", example());
    const auto r = kansli("render memo.json" + memo() + " -o svar.docx");
    ASSERT_EQ(r.exit_code, 0) << r.out;
    ASSERT_TRUE(fs::is_regular_file(work / "svar.docx")) << "-o made a folder, not a file";
    EXPECT_EQ(test::read_file(work / "svar.docx").substr(0, 2), "PK");  // a DOCX is a ZIP package
    // --format wins over the extension.
    ASSERT_EQ(kansli("render memo.json" + memo() + " -o svar.txt --format html").exit_code, 0);
    EXPECT_NE(test::read_file(work / "svar.txt").find("<html"), std::string::npos);
    // An extension no writer has, without --format: a usage error naming the file.
    const auto unknown = kansli("render memo.json" + memo() + " -o svar.xyz");
    EXPECT_EQ(unknown.exit_code, 2);
    EXPECT_NE(unknown.out.find("svar.xyz"), std::string::npos) << unknown.out;
}

TEST_F(Habits, DashReadsStandardInputAndDashOWritesStandardOutput) {
    data("memo.json", example());
    const auto piped = kansli("render -" + memo() + " -o - --format html < memo.json");
    ASSERT_EQ(piped.exit_code, 0) << piped.out;
    ASSERT_EQ(kansli("render memo.json" + memo() + " -o file.html").exit_code, 0);
    EXPECT_EQ(piped.out, test::read_file(work / "file.html"));  // the document alone on standard output
    // check and xml read standard input too; its errors name it.
    EXPECT_EQ(kansli("check -" + memo() + " < memo.json").exit_code, 0);
    data("bad.json", R"({"title": 5})");
    const auto bad = kansli("check -" + memo() + " < bad.json");
    EXPECT_EQ(bad.exit_code, 1);
    EXPECT_NE(bad.out.find("<standard input>: at /title"), std::string::npos) << bad.out;
    // Standard output needs a format; standard input needs a name for the output.
    EXPECT_EQ(kansli("render memo.json" + memo() + " -o -").exit_code, 2);
    EXPECT_EQ(kansli("render -" + memo() + " --out ut < memo.json").exit_code, 2);
}

TEST_F(Habits, OptionsTakeEqualsAndFollowFilesAndDashDashEndsThem) {
    data("-konstig.json", example());
    const auto r = kansli("render --template=testkommun/memo --templates=" + test::shell_quote(packages()) +
                          " --format=html --out=ut -- -konstig.json");
    ASSERT_EQ(r.exit_code, 0) << r.out;
    EXPECT_TRUE(fs::exists(work / "ut/-konstig.html"));
    // Without --, a file name starting with - is an (unknown) option.
    EXPECT_EQ(kansli("render -konstig.json" + memo() + " --out ut2").exit_code, 2);
}

TEST_F(Habits, AnOptionGivenTwiceIsRefused) {
    data("memo.json", example());
    const auto r = kansli("render memo.json" + memo() + " --template testkommun/memo --out ut");
    EXPECT_EQ(r.exit_code, 2);
    EXPECT_NE(r.out.find("--template is given twice"), std::string::npos) << r.out;
    EXPECT_EQ(kansli("render memo.json" + memo() + " -f html --format docx --out ut").exit_code, 2);
    EXPECT_FALSE(fs::exists(work / "ut"));
    // Search folders are meant to be repeated.
    EXPECT_EQ(kansli("render memo.json" + memo() + " --templates . --format html --out ut").exit_code, 0);
}

TEST_F(Habits, EveryCommandHasItsOwnHelp) {
    for (const char* command : {"render", "check", "lint", "xml", "fields", "schema", "new", "publish", "unpublish",
                                "templates", "formats"}) {
        const auto r = kansli(std::string(command) + " --help");
        EXPECT_EQ(r.exit_code, 0) << command;
        EXPECT_NE(r.out.find(std::string("kansli ") + command), std::string::npos) << r.out;
    }
    // Only the options a command takes are listed.
    EXPECT_EQ(kansli("formats --help").out.find("--keep-going"), std::string::npos);
    const auto wrong = kansli("templates --keep-going");
    EXPECT_EQ(wrong.exit_code, 2);
    EXPECT_NE(wrong.out.find("templates takes no --keep-going"), std::string::npos) << wrong.out;
}

TEST_F(Habits, QuietSaysNothingAndVerboseSaysMore) {
    data("memo.json", example());
    const auto quiet = kansli("render memo.json" + memo() + " --format html --out ut -q");
    EXPECT_EQ(quiet.exit_code, 0);
    EXPECT_EQ(quiet.out, "");
    const auto verbose = kansli("render memo.json" + memo() + " --format html --out ut2 -v");
    EXPECT_NE(verbose.out.find("template package testkommun/memo"), std::string::npos) << verbose.out;
    EXPECT_EQ(kansli("render memo.json" + memo() + " -q -v --out ut3").exit_code, 2);
}

TEST_F(Habits, KeepGoingWritesTheFourGoodDocumentsOfFiveAndFails) {
    std::string files;
    for (int i = 1; i <= 5; ++i) {
        const std::string name = "d" + std::to_string(i) + ".json";
        data(name, i == 3 ? std::string(R"({"title": )") : example());
        files += " " + name;
    }
    const auto all_or_nothing = kansli("render" + files + memo() + " --format html --out ut");
    EXPECT_EQ(all_or_nothing.exit_code, 1);
    EXPECT_FALSE(fs::exists(work / "ut/d1.html"));
    const auto r = kansli("render" + files + memo() + " --format html --out ut --keep-going");
    EXPECT_EQ(r.exit_code, 1) << r.out;
    for (int i = 1; i <= 5; ++i) EXPECT_EQ(fs::exists(work / ("ut/d" + std::to_string(i) + ".html")), i != 3) << i;
    EXPECT_NE(r.out.find("kansli: error: d3.json:1:"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("1 of 5 data files failed"), std::string::npos) << r.out;
}

TEST_F(Habits, CheckAndLintReportEachFileAndSpeakJson) {
    data("good.json", example());
    data("bad.json", R"({"title": 5})");
    const auto text = kansli("check good.json bad.json missing.json" + memo());
    EXPECT_EQ(text.exit_code, 1);
    EXPECT_NE(text.out.find("good.json: ok"), std::string::npos) << text.out;
    EXPECT_NE(text.out.find("bad.json: at /title"), std::string::npos) << text.out;
    EXPECT_NE(text.out.find("missing.json: cannot read the data file: there is no file of that name"),
              std::string::npos)
        << text.out;
    const auto json = kansli("check good.json bad.json --format json" + memo());
    EXPECT_EQ(json.exit_code, 1);
    EXPECT_NE(json.out.find(R"("file": "good.json",)"), std::string::npos) << json.out;
    EXPECT_NE(json.out.find(R"("path": "/title")"), std::string::npos) << json.out;
    const auto lint = kansli("lint good.json --format=json" + memo());
    EXPECT_EQ(lint.exit_code, 0) << lint.out;
    EXPECT_NE(lint.out.find(R"("ok": true)"), std::string::npos) << lint.out;
}

TEST_F(Habits, MessagesInSwedishCountAsPeopleCount) {
    const std::string sv = "env -u LC_ALL -u LANGUAGE LANG=sv_SE.UTF-8";
    const auto missing = kansli("render saknas.json" + memo() + " --out ut", sv);
    EXPECT_EQ(missing.exit_code, 1);
    EXPECT_NE(missing.out.find("kansli: fel: saknas.json: kan inte läsa datafilen: det finns ingen fil med det namnet"),
              std::string::npos)
        << missing.out;
    data("latin1.json", "{\"title\": \"G\xF6teborg\"}");
    const auto latin1 = kansli("check latin1.json" + memo(), sv);
    EXPECT_NE(latin1.out.find("spara filen som UTF-8"), std::string::npos) << latin1.out;
    data("decisions.json", R"({"title": "T", "decisions": [{"text": "a"}, {"text": 7}]})");
    const auto counted = kansli("check decisions.json" + memo(), sv);
    EXPECT_NE(counted.out.find("vid beslutspunkt 2 (/decisions/1/text): väntade string, fann a number"),
              std::string::npos)
        << counted.out;
    // English keeps the path itself.
    EXPECT_NE(kansli("check decisions.json" + memo(), "LANG=C").out.find("at /decisions/1/text: expected string"),
              std::string::npos);
}

}  // namespace
