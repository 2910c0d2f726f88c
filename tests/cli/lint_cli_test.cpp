// kansli lint from the command line: the seeded fixture, the bundled examples, accept files.
#include <gtest/gtest.h>

#include <map>
#include <nlohmann/json.hpp>
#include <set>

#include "test_support.hpp"

namespace test = kansli::test;
namespace fs = std::filesystem;

namespace {

const std::string kCli = KANSLI_CLI;
constexpr int kExitWarnings = 6;

test::CommandResult run_kansli(const std::string& args) { return test::run(test::shell_quote(kCli) + " " + args); }

std::string fixture_packages() { return test::shell_quote((test::fixtures_dir() / "packages").string()); }
std::string bundled_packages() { return test::shell_quote((test::source_dir() / "templates").string()); }

// The output's lines with "FILE: " taken off the front.
std::vector<std::string> warnings_of(const std::string& output, const std::string& file) {
    std::vector<std::string> out;
    std::istringstream in(output);
    for (std::string line; std::getline(in, line);)
        out.push_back(line.starts_with(file + ": ") ? line.substr(file.size() + 2) : "UNEXPECTED: " + line);
    return out;
}

std::map<std::string, std::vector<std::string>> known_warnings() {
    std::map<std::string, std::vector<std::string>> known;
    std::istringstream in(test::read_file(test::fixtures_dir() / "lint/bundled-known-warnings.txt"));
    for (std::string line; std::getline(in, line);) {
        if (line.empty() || line[0] == '#') continue;
        const auto tab = line.find('\t');
        known[line.substr(0, tab)].push_back(line.substr(tab + 1));
    }
    return known;
}

}  // namespace

TEST(LintCommand, ReportsEachSeededInconsistencyWithBothValues) {
    const fs::path data = test::fixtures_dir() / "lint/inconsistent.json";
    const auto r = run_kansli("lint " + test::shell_quote(data.string()) +
                              " --template testkommun/handlingar --templates " + fixture_packages());
    EXPECT_EQ(r.exit_code, kExitWarnings) << r.out;
    const std::vector<std::string> expected = {
        R"(agenda item 1 (refers to a1): dnr differs: agenda "KS/2021:10", document "KS/2021:1")",
        R"(agenda item 2 (refers to a2): title differs: agenda "Taxor 2021", document "Taxor")",
        R"(table "drift" (Drift (tkr)), row 4 "Delsumma", column 2 "Utfall": subtotal stated -260, computed -250 from the data rows of its group)",
        R"(table "drift" (Drift (tkr)), row 5 "Summa", column 2 "Utfall": sum stated -249, computed -250 from the data rows above)",
        R"(/documents/1/date: 2020-01-21 is outside the meeting's year 2021 (/meeting_date is 2021-02-09))",
        R"(heading "Ärendet" in section a2 (document XML line 39): nothing under this heading before the next heading of its level)",
    };
    EXPECT_EQ(warnings_of(r.out, data.string()), expected);
}

TEST(LintCommand, TheSameDataWithoutTheSeededFaultsIsClean) {
    const auto r = run_kansli("lint --example --template testkommun/handlingar --templates " + fixture_packages());
    EXPECT_EQ(r.exit_code, 0) << r.out;
    EXPECT_NE(r.out.find("example.json: ok"), std::string::npos) << r.out;
}

TEST(LintCommand, EveryBundledExampleIsCleanButForTheKnownWarnings) {
    const auto names = test::bundled_packages();
    ASSERT_GE(names.size(), 6u);
    const auto known = known_warnings();
    for (const auto& name : names) {
        const auto r = run_kansli("lint --example --template " + name + " --templates " + bundled_packages());
        const std::string file = (test::source_dir() / "templates" / name / "example.json").string();
        const auto expected = known.count(name) ? known.at(name) : std::vector<std::string>{};
        if (expected.empty()) {
            EXPECT_EQ(r.exit_code, 0) << name << ":\n" << r.out;
            EXPECT_NE(r.out.find(file + ": ok"), std::string::npos) << r.out;
        } else {
            EXPECT_EQ(r.exit_code, kExitWarnings) << name << ":\n" << r.out;
            EXPECT_EQ(warnings_of(r.out, file), expected) << name;
        }
    }
}

TEST(LintCommand, ThePacketsDatesAndRequiredTextsAreChecked) {
    test::TempDir work;
    auto data = nlohmann::json::parse(
        test::read_file(test::source_dir() / "templates/katrineholm/sammantradeshandlingar/example.json"));
    data["items"][5]["papers"]["memo_date"] = "2020-12-02";
    data["items"][8]["papers"]["summary"] = "  \n ";
    test::write_file(work / "handlingar.json", data.dump());
    // The årsredovisning's stated sums, which the source prints so, are accepted beside the example.
    fs::copy_file(test::source_dir() / "templates/katrineholm/sammantradeshandlingar/example.lint-accepted.json",
                  work / "handlingar.lint-accepted.json");
    const auto r = run_kansli("lint " + test::shell_quote((work / "handlingar.json").string()) +
                              " --template katrineholm/sammantradeshandlingar --templates " + bundled_packages());
    EXPECT_EQ(r.exit_code, kExitWarnings) << r.out;
    const auto found = warnings_of(r.out, (work / "handlingar.json").string());
    ASSERT_EQ(found.size(), 2u) << r.out;
    EXPECT_EQ(found[0],
              "/items/5/papers/memo_date: 2020-12-02 is outside the meeting's year 2021 (/meeting_date is "
              "2021-02-09)");
    EXPECT_TRUE(found[1].starts_with("heading \"Sammanfattning av ärendet\" in section arende-9 (document XML line"))
        << found[1];
}

TEST(LintCommand, AnAcceptFileNextToTheDataSilencesExactlyItsWarnings) {
    test::TempDir work;
    fs::copy_file(test::fixtures_dir() / "lint/inconsistent.json", work / "data.json");
    const std::string args = "lint " + test::shell_quote((work / "data.json").string()) +
                             " --template testkommun/handlingar --templates " + fixture_packages();
    const auto before = run_kansli(args);
    ASSERT_EQ(before.exit_code, kExitWarnings);
    nlohmann::json accepted = {{"accepted", nlohmann::json::array()}};
    for (const auto& line : warnings_of(before.out, (work / "data.json").string()))
        accepted["accepted"].push_back({{"warning", line}, {"reason", "Avsiktligt fel i testdata."}});
    test::write_file(work / "data.lint-accepted.json", accepted.dump(2));
    const auto after = run_kansli(args);
    EXPECT_EQ(after.exit_code, 0) << after.out;
    EXPECT_NE(after.out.find("ok (6 accepted in data.lint-accepted.json)"), std::string::npos) << after.out;

    // A figure that changes brings its warning back, and the stale acceptance is reported.
    accepted["accepted"][3]["warning"] = "table \"drift\": sum stated 1, computed 2";
    test::write_file(work / "data.lint-accepted.json", accepted.dump(2));
    const auto stale = run_kansli(args);
    EXPECT_EQ(stale.exit_code, kExitWarnings);
    const auto lines = warnings_of(stale.out, (work / "data.json").string());
    ASSERT_EQ(lines.size(), 2u) << stale.out;
    EXPECT_TRUE(lines[0].starts_with("table \"drift\" (Drift (tkr)), row 5 \"Summa\"")) << lines[0];
    EXPECT_TRUE(lines[1].starts_with("data.lint-accepted.json /accepted/3: this accepted warning no longer occurs"))
        << lines[1];
}

TEST(LintCommand, DataThatDoesNotFitIsADataErrorNotAWarning) {
    test::TempDir work;
    test::write_file(work / "bad.json", R"({"notice_date": "2021-02-03"})");
    const auto r = run_kansli("lint " + test::shell_quote((work / "bad.json").string()) +
                              " --template testkommun/handlingar --templates " + fixture_packages());
    EXPECT_EQ(r.exit_code, 1) << r.out;
    EXPECT_NE(r.out.find("missing required field 'meeting_date'"), std::string::npos) << r.out;
}
