// Pathological data and packages, each rendered in every format by `kansli render` in a child
// process whose processor time and largest resident set (wait4's rusage) must stay under the
// bounds docs/reliability.md states: 2 s and 512 MB. (Processor time, since the test machine is
// shared: its wall clock is printed, and must stay within five times the bound.) Each input once
// crashed Kansli, ran for minutes or took gigabytes; the refusals must name the data file and
// the field.
#include <gtest/gtest.h>
#include <unistd.h>

#include <iostream>
#include <nlohmann/json.hpp>

#include "kansli/kansli.hpp"
#include "reliability_support.hpp"

namespace test = kansli::test;
namespace fs = std::filesystem;

namespace {

std::string repeat(const std::string& piece, std::size_t times) {
    std::string out;
    out.reserve(piece.size() * times);
    for (std::size_t i = 0; i < times; ++i) out += piece;
    return out;
}

const char* const kAllFormats = "html,docx,odt,pdf";
// A PDF is typeset, and tagged for PDF/UA: its bound is this many times the other formats'.
constexpr double kPdfBoundFactor = 1.5;

struct HostileInput : ::testing::Test {
    test::TempDir work;
    std::string formats = kAllFormats;
    double bound_seconds = test::kBoundSeconds;

    // Renders `data` with the test package, or with the package in `work`/tpl/k/p when
    // `template_text` is given; measures the run, prints the figures, checks the bounds.
    test::Measured render(const std::string& label, const std::string& data, const std::string& template_text = {},
                          const std::string& schema = "{}", const std::map<std::string, std::string>& partials = {}) {
        test::write_file(work / "data.json", data);
        std::string command = test::render_command(work / "data.json", work / "out", formats);
        if (!template_text.empty()) {
            const fs::path package = work / "tpl/k/p";
            test::write_file(package / "template.xml.mustache", template_text);
            test::write_file(package / "input.schema.json", schema);
            for (const auto& [name, text] : partials)
                test::write_file(package / "partials" / (name + ".xml.mustache"), text);
            command = test::shell_quote(KANSLI_CLI) + " render " + test::shell_quote((work / "data.json").string()) +
                      " --template k/p --templates " + test::shell_quote((work / "tpl").string()) + " --format " +
                      formats + " --out " + test::shell_quote((work / "out").string());
        }
        const test::Measured run = test::measure(command);
        std::cout << label << ": exit " << run.exit_code << ", " << run.cpu_seconds << " s processor time ("
                  << run.seconds << " s wall clock), " << run.megabytes << " MB\n";
        EXPECT_LT(run.cpu_seconds, bound_seconds) << label;
        EXPECT_LT(run.seconds, 5 * bound_seconds) << label;
        EXPECT_LT(run.megabytes, test::kBoundMegabytes) << label;
        return run;
    }

    // What the same command says (run again, for its message).
    std::string message() const {
        return test::run(test::render_command(work / "data.json", work / "out2", "html")).out;
    }
};

std::string memo_with_summary(const std::string& summary) {
    return test::memo_data("\"T\"", nlohmann::json(summary).dump());
}

// A document around `content`, for packages of the tests' own.
std::string document(const std::string& content) {
    return "<document version=\"1\"><meta><title>T</title><kind>tjansteskrivelse</kind>"
           "<organisation>K</organisation><date>2024-01-01</date></meta><content>" +
           content + "</content></document>";
}

// {"n": [1, 1, …]}: `count` items for a template to repeat something for.
std::string items(int count) {
    return "{\"n\": " + nlohmann::json(std::vector<int>(static_cast<std::size_t>(count), 1)).dump() + "}";
}

// A paragraph referring to one footnote once for each item.
std::string footnote_references() {
    return document("<p>Text{{#n}}<note-ref to=\"f\"/>{{/n}}</p><footnote id=\"f\">Not.</footnote>");
}

TEST_F(HostileInput, MarkdownNestedFiftyThousandDeepIsRefusedNotACrash) {
    // Emphasis and links in images 50 000 deep: the emitter recursed once a level (SIGSEGV).
    for (const auto& [label, summary] :
         {std::pair<std::string, std::string>{"nested emphasis", repeat("*a ", 50'000) + "b" + repeat("*", 50'000)},
          {"nested strong emphasis", repeat("**a ", 50'000) + "b" + repeat("**", 50'000)},
          {"links in images", repeat("![[a", 1'000) + "](u)" + repeat("](u)](u)", 1'000)}}) {
        const auto run = render(label, memo_with_summary(summary));
        EXPECT_EQ(run.exit_code, 1) << label;
        const std::string said = message();
        EXPECT_NE(said.find("data.json: at /summary: "), std::string::npos) << said;
        EXPECT_NE(said.find("nested deeper than 32 levels"), std::string::npos) << said;
    }
}

TEST_F(HostileInput, MarkdownShapesCmarkGfmBlowsUpOnAreRefused) {
    // N columns and N one-cell rows: cmark-gfm fills each row to N cells (60 kB, past 8 GB).
    const auto table =
        render("pipe table 5 000 × 5 000",
               memo_with_summary("|" + repeat("a|", 5000) + "\n|" + repeat("-|", 5000) + "\n" + repeat("|x\n", 5000)));
    EXPECT_EQ(table.exit_code, 1);
    EXPECT_NE(message().find("a table has 5000 columns, more than 64"), std::string::npos) << message();
    // "![[]()" 128 000 times (768 kB): 48 s in cmark-gfm 0.29.0.gfm.6.
    const auto images = render("![[]() 128 000 times", memo_with_summary(repeat("![[]()", 128'000)));
    EXPECT_EQ(images.exit_code, 1);
    EXPECT_NE(message().find("image openers"), std::string::npos) << message();
}

TEST_F(HostileInput, SixteenThousandReferencesToOneFootnote) {
    // HTML searched for a free id from 2 again at every reference: 115 s. PDF took 3.5 s: Pango
    // walked the paragraph's 16 000 link attributes again for each of its runs.
    formats = "html,docx,odt";
    const auto run = render("16 000 references to one footnote", items(16'000), footnote_references());
    EXPECT_EQ(run.exit_code, 0);
    const std::string html = test::read_file(work / "out/data.html");
    EXPECT_NE(html.find("id=\"fnref-f-16000\""), std::string::npos);
}

TEST_F(HostileInput, SixteenThousandReferencesToOneFootnoteInPdfGrowLinearly) {
    // The PDF writes each reference as a link annotation and two structure elements (PDF/UA):
    // 48 000 objects for 16 000 references, about 1.7 s, under the PDF's own bound of 1.5 times
    // the others' (docs/reliability.md). What it must never be again is quadratic: four times
    // the references took 6.9 times as long (0.52 → 3.59 s); linear work takes about 4.3 times.
    formats = "pdf";
    bound_seconds = kPdfBoundFactor * test::kBoundSeconds;
    const auto quarter = render("4 000 references to one footnote, PDF", items(4'000), footnote_references());
    const auto full = render("16 000 references to one footnote, PDF", items(16'000), footnote_references());
    EXPECT_EQ(full.exit_code, 0);
    EXPECT_GT(fs::file_size(work / "out/data.pdf"), 16'000u);
    EXPECT_LT(full.cpu_seconds / quarter.cpu_seconds, 5.5)
        << "more than linear: " << quarter.cpu_seconds << " s → " << full.cpu_seconds << " s";
}

TEST_F(HostileInput, ThousandsOfTablesWithDescriptions) {
    const auto run = render("5 000 tables with descriptions", items(5'000),
                            document("{{#n}}<table><description>Beskrivning.</description><columns><column/></columns>"
                                     "<body><row><cell>x</cell></row></body></table>{{/n}}"));
    EXPECT_EQ(run.exit_code, 0);
    // Ids and region names both searched for a free number from 2 again at every table (1 s
    // for the names alone): each search now resumes where the last for its base ended.
    const std::string html = test::read_file(work / "out/data.html");
    EXPECT_NE(html.find("id=\"tabellbeskrivning-5000\""), std::string::npos);
    EXPECT_NE(html.find("aria-label=\"Tabell (5000)\""), std::string::npos);
}

TEST_F(HostileInput, OneCellRowsSpanningAThousandColumns) {
    // ODT wrote a covered cell for every covered place: 973 kB of data, 2.5 GB.
    const auto run = render("2 000 rows of one cell spanning 1 000 columns", items(2'000),
                            document("<table><columns>" + repeat("<column/>", 1000) +
                                     "</columns><body>{{#n}}<row><cell colspan=\"1000\">x</cell></row>{{/n}}"
                                     "</body></table>"));
    EXPECT_EQ(run.exit_code, 0);
}

TEST_F(HostileInput, PartialsIncludingEachOtherTwiceAreStoppedByTheOutputLimit) {
    // Each level of the data doubles the output: 152 bytes of data made 4 GB.
    std::string data = "\"n\": null";  // (a missing "n" would find the enclosing one: no end)
    for (int i = 0; i < 30; ++i) data = "\"n\": {" + data + "}";
    const auto run = render("partials doubling 30 times", "{" + data + "}", document("<p>{{> p}}</p>"), "{}",
                            {{"p", "{{#n}}{{> p}}{{> p}}{{/n}}aaaaaaaaaaaaaaaaaaaa"}});
    EXPECT_EQ(run.exit_code, 3);
    const auto said =
        test::run(test::shell_quote(KANSLI_CLI) + " xml " + test::shell_quote((work / "data.json").string()) +
                  " --template k/p --templates " + test::shell_quote((work / "tpl").string()));
    EXPECT_NE(said.out.find("bytes of document XML (16 MiB and 16 bytes for each byte of the data)"), std::string::npos)
        << said.out;
}

TEST_F(HostileInput, ABacktrackingPatternIsLimitedPerRunNotPerValue) {
    // "^(a|aa)+$" on "aaa…!" backtracks exponentially; ICU stops one match after about 200 ms,
    // so 100 values took 20 s.
    nlohmann::json values = nlohmann::json::array();
    for (int i = 0; i < 100; ++i) values.push_back(std::string(40, 'a') + "!");
    const auto run =
        render("a backtracking pattern on 100 values", nlohmann::json{{"v", values}}.dump(), document("<p>x</p>"),
               R"({"type": "object", "properties": {"v": {"type": "array", "items": )"
               R"({"type": "string", "pattern": "^(a|aa)+$"}}}})");
    EXPECT_EQ(run.exit_code, 1);
}

TEST_F(HostileInput, UnreadableFoldersHaveTheirDocumentedExitCodes) {
    // Root reads everything: the runs drop to nobody. Each was an internal error (exit 70)
    // or is named here with the code docs/cli.md gives it.
    KANSLI_REQUIRE_TOOL(::geteuid() != 0 || test::have_command("setpriv"), "setpriv (util-linux)");
    const std::string as_user = ::geteuid() == 0 ? "setpriv --reuid=65534 --regid=65534 --clear-groups " : "";
    const fs::path closed = work / "closed";
    fs::create_directories(closed / "inside");
    test::write_file(work / "data.json", test::memo_data("\"T\""));
    fs::permissions(work.path(), fs::perms::others_read | fs::perms::others_exec, fs::perm_options::add);
    fs::permissions(closed, fs::perms::none);
    const std::string data = test::shell_quote((work / "data.json").string());
    const std::string packages = test::shell_quote((test::fixtures_dir() / "packages").string());
    const std::string inside = test::shell_quote((closed / "inside").string());
    const struct {
        std::string arguments;
        int exit_code;
        std::string message;
    } cases[] = {
        {"render " + data + " --template testkommun/memo --templates " + inside + " --templates " + packages +
             " --format html --out " + test::shell_quote((work / "out").string()),
         3, (closed / "inside/testkommun/memo").string() + ": cannot read the folder: Permission denied"},
        {"render " + data + " --template testkommun/memo --templates " + packages + " --plugins " + inside +
             " --format html --out " + test::shell_quote((work / "out").string()),
         2, (closed / "inside").string() + ": cannot read the folder: Permission denied"},
        {"render " + test::shell_quote((closed / "data.json").string()) + " --template testkommun/memo --templates " +
             packages + " --format html --out " + test::shell_quote((work / "out").string()),
         1, (closed / "data.json").string() + ": cannot read the data file: permission denied: you may not read it"},
        {"render " + data + " --template testkommun/memo --templates " + packages + " --format html --out " +
             test::shell_quote((closed / "inside/out").string()),
         5, (closed / "inside/out").string() + ": cannot create the folder: Permission denied"},
    };
    for (const auto& c : cases) {
        const auto r = test::run(as_user + test::shell_quote(KANSLI_CLI) + " " + c.arguments);
        EXPECT_EQ(r.exit_code, c.exit_code) << c.arguments << "\n" << r.out;
        EXPECT_NE(r.out.find(c.message), std::string::npos) << r.out;
    }
    fs::permissions(closed, fs::perms::owner_all);
}

}  // namespace
