// `kansli publish` on the example meeting folder and on broken copies of it.
#include <gtest/gtest.h>

#include <regex>

#include "test_support.hpp"

namespace test = kansli::test;
namespace fs = std::filesystem;

namespace {

const std::string kCli = KANSLI_CLI;
const fs::path kExample = fs::path(KANSLI_SOURCE_DIR) / "examples/mote-socialnamnden-2021-02-09";
const fs::path kMeetingDir = "socialnamnden/2021-02-09";

struct Publish : ::testing::Test {
    test::TempDir work;
    fs::path site() const { return work / "site"; }

    // A copy of the example meeting that a test may break.
    fs::path meeting(const std::string& name = "meeting") const {
        const fs::path copy = work / name;
        fs::copy(kExample, copy, fs::copy_options::recursive);
        return copy;
    }
    test::CommandResult publish(const std::vector<fs::path>& folders, const std::string& extra = "") const {
        std::string args;
        for (const auto& folder : folders) args += " " + test::shell_quote(folder.string());
        return test::run(test::shell_quote(kCli) + " publish" + args + " --out " + test::shell_quote(site().string()) +
                         " " + extra);
    }
    // Replaces `from` by `to` in the copy's meeting.json.
    static void edit_manifest(const fs::path& folder, const std::string& from, const std::string& to) {
        std::string text = test::read_file(folder / "meeting.json");
        const auto at = text.find(from);
        ASSERT_NE(at, std::string::npos) << from;
        text.replace(at, from.size(), to);
        test::write_file(folder / "meeting.json", text);
    }
    std::vector<fs::path> hidden_leftovers() const {
        std::vector<fs::path> found;
        for (const auto& entry : fs::directory_iterator(work.path()))
            if (entry.path().filename().string().find(".kansli-") != std::string::npos) found.push_back(entry.path());
        return found;
    }
};

}  // namespace

TEST_F(Publish, TheExampleBecomesASiteWithIndexMeetingPageAndDocuments) {
    const auto r = publish({kExample});
    ASSERT_EQ(r.exit_code, 0) << r.out;
    for (const char* file :
         {"kallelse.html", "kallelse.pdf", "kallelse.docx", "kallelse.odt",
          "arende-6-tjansteskrivelse-bostad-forst.html", "arende-6-tjansteskrivelse-bostad-forst.pdf",
          "arende-6-tjansteskrivelse-bostad-forst.docx", "arende-6-tjansteskrivelse-bostad-forst.odt",
          "bilagor/exempelbilaga.pdf", "index.html"})
        EXPECT_TRUE(fs::is_regular_file(site() / kMeetingDir / file)) << file;
    EXPECT_TRUE(fs::is_regular_file(site() / ".kansli-site"));

    const std::string index = test::read_file(site() / "index.html");
    EXPECT_NE(index.find("<h2>Socialnämnden</h2>\n<h3>2021</h3>"), std::string::npos) << index;
    EXPECT_NE(index.find("<a href=\"socialnamnden/2021-02-09/index.html\">Socialnämnden 9 februari 2021</a>"),
              std::string::npos);

    const std::string page = test::read_file(site() / kMeetingDir / "index.html");
    EXPECT_NE(page.find("<a href=\"../../index.html\">"), std::string::npos) << "relative links only";
    EXPECT_EQ(page.find("http"), std::string::npos) << "nothing loads from outside";
    // Every agenda item of the kallelse is listed, the one with papers links them.
    for (const char* title : {"1. Upprop", "6. Yttrande över motion om bostad först", "9. Internkontrollrapport 2020"})
        EXPECT_NE(page.find(title), std::string::npos) << title;
    EXPECT_NE(page.find("<a href=\"arende-6-tjansteskrivelse-bostad-forst.html\">Yttrande över motion"),
              std::string::npos);
    // Download links name the document, the format and the real size.
    const auto docx_size = fs::file_size(site() / kMeetingDir / "arende-6-tjansteskrivelse-bostad-forst.docx");
    const std::string kb = std::to_string((docx_size + 500) / 1000);
    EXPECT_NE(page.find("<a href=\"arende-6-tjansteskrivelse-bostad-forst.docx\" download>Ladda ner Yttrande över "
                        "motion om bostad först - en evidensbaserad metod vid hemlöshet (Word, " +
                        kb + "\u00a0kB)</a>"),
              std::string::npos)
        << page;
    EXPECT_NE(page.find("(OpenDocument, "), std::string::npos);
    // The PDF first: what is sent, published and filed.
    const auto pdf_size = fs::file_size(site() / kMeetingDir / "arende-6-tjansteskrivelse-bostad-forst.pdf");
    EXPECT_NE(page.find("<a href=\"arende-6-tjansteskrivelse-bostad-forst.pdf\" download>Ladda ner Yttrande över "
                        "motion om bostad först - en evidensbaserad metod vid hemlöshet (PDF, " +
                        std::to_string((pdf_size + 500) / 1000) + "\u00a0kB)</a>"),
              std::string::npos)
        << page;
    EXPECT_LT(page.find("bostad-forst.pdf\" download>"), page.find("bostad-forst.docx\" download>"));
    EXPECT_EQ(test::read_file(site() / kMeetingDir / "kallelse.pdf").substr(0, 5), "%PDF-");
    EXPECT_NE(page.find("download>Ladda ner Exempelbilaga (PDF, 1\u00a0kB)</a>"), std::string::npos);
    // The downloads are the documents, not placeholders.
    EXPECT_EQ(test::read_file(site() / kMeetingDir / "kallelse.docx").substr(0, 2), "PK");
    EXPECT_EQ(test::read_file(site() / kMeetingDir / "bilagor/exempelbilaga.pdf"),
              test::read_file(kExample / "bilagor/exempelbilaga.pdf"));
}

TEST_F(Publish, TheSameMeetingGivesTheSameBytes) {
    ASSERT_EQ(publish({kExample}).exit_code, 0);
    const std::string page = test::read_file(site() / kMeetingDir / "index.html");
    const std::string docx = test::read_file(site() / kMeetingDir / "kallelse.docx");
    ASSERT_EQ(publish({kExample}).exit_code, 0) << "a site publish wrote is replaced";
    EXPECT_EQ(page, test::read_file(site() / kMeetingDir / "index.html"));
    EXPECT_EQ(docx, test::read_file(site() / kMeetingDir / "kallelse.docx"));
    EXPECT_TRUE(hidden_leftovers().empty());
}

TEST_F(Publish, TheSiteDoesNotDependOnTheNumberOfThreads) {
    const fs::path other = meeting("other");
    edit_manifest(other, "\"2021-02-09\"", "\"2022-03-15\"");
    std::map<std::string, std::string> first;
    for (const char* jobs : {"-j 1", "-j 2"}) {
        ASSERT_EQ(publish({kExample, other}, jobs).exit_code, 0) << jobs;
        std::map<std::string, std::string> files;
        for (const auto& entry : fs::recursive_directory_iterator(site()))
            if (entry.is_regular_file())
                files[fs::relative(entry.path(), site()).string()] = test::read_file(entry.path());
        EXPECT_GT(files.size(), 10u);
        if (first.empty())
            first = files;
        else
            EXPECT_TRUE(files == first) << "the sites of -j 1 and -j 2 differ";
    }
}

TEST_F(Publish, ErrorsAreReportedInTheMeetingsOrderOnAnyNumberOfThreads) {
    // The first meeting's memo is broken, the second meeting's manifest too: the first is reported,
    // as when the meetings were done one after the other, however many threads render.
    const fs::path first = meeting("first");
    test::write_file(first / "tjansteskrivelse-bostad-forst.json", "{ \"broken\": ");
    const fs::path second = meeting("second");
    test::write_file(second / "meeting.json", "not json");
    for (const char* jobs : {"-j 1", "-j 2"}) {
        const auto r = publish({first, second}, jobs);
        EXPECT_EQ(r.exit_code, 1) << jobs << r.out;
        EXPECT_NE(r.out.find("tjansteskrivelse-bostad-forst.json"), std::string::npos) << jobs << r.out;
        EXPECT_EQ(r.out.find("second"), std::string::npos) << jobs << r.out;
        EXPECT_FALSE(fs::exists(site())) << jobs;
    }
}

TEST_F(Publish, SeveralMeetingsAreIndexedByBodyAndYear) {
    const fs::path other = meeting("other");
    edit_manifest(other, "\"2021-02-09\"", "\"2022-03-15\"");
    const fs::path third = meeting("third");
    edit_manifest(third, "\"Socialnämnden\"", "\"Bildningsnämnden\"");
    const auto r = publish({kExample, other, third});
    ASSERT_EQ(r.exit_code, 0) << r.out;
    const std::string index = test::read_file(site() / "index.html");
    const auto bildning = index.find("<h2>Bildningsnämnden</h2>");
    const auto social = index.find("<h2>Socialnämnden</h2>");
    ASSERT_NE(bildning, std::string::npos);
    ASSERT_NE(social, std::string::npos);
    EXPECT_LT(bildning, social) << "bodies in Swedish order";
    EXPECT_LT(index.find("<h3>2022</h3>", social), index.find("<h3>2021</h3>", social)) << "newest year first";
    EXPECT_TRUE(fs::is_regular_file(site() / "socialnamnden/2022-03-15/index.html"));
    EXPECT_TRUE(fs::is_regular_file(site() / "bildningsnamnden/2021-02-09/index.html"));

    const auto twice = publish({kExample, meeting("again")});
    EXPECT_EQ(twice.exit_code, 2) << twice.out;
    EXPECT_NE(twice.out.find("at /date: another meeting folder is also Socialnämnden on 2021-02-09"), std::string::npos)
        << twice.out;
}

TEST_F(Publish, ManifestMistakesNameTheFileAndJsonPath) {
    struct Case {
        std::string from, to, expected;
        int exit_code;
    };
    const std::vector<Case> cases = {
        {"tjansteskrivelse-bostad-forst.json", "saknas.json", "at /items/0/documents/0/data: no such file", 1},
        {"\"number\": \"6\"", "\"number\": \"60\"", "at /items/0/number: the kallelse's agenda has no item 60", 1},
        {"\"title\": \"Exempelbilaga\"", "\"titel\": \"x\"", "at /items/0/attachments/0/titel: unknown key", 1},
        {"bilagor/exempelbilaga.pdf", "../../etc/passwd",
         "at /items/0/attachments/0/file: '../../etc/passwd' must be "
         "a path inside the meeting folder",
         1},
        {"\"2021-02-09\"", "\"2021-02-30\"", "at /date: '2021-02-30' is not a date", 1},
        {"katrineholm/tjansteskrivelse", "katrineholm/saknas", "at /items/0/documents/0/template:", 2},
    };
    for (const Case& c : cases) {
        SCOPED_TRACE(c.to);
        test::TempDir dir;
        const fs::path copy = dir / "m";
        fs::copy(kExample, copy, fs::copy_options::recursive);
        edit_manifest(copy, c.from, c.to);
        const auto r = publish({copy});
        EXPECT_EQ(r.exit_code, c.exit_code) << r.out;
        EXPECT_NE(r.out.find("meeting.json: " + c.expected), std::string::npos) << r.out;
        EXPECT_FALSE(fs::exists(site())) << "nothing is written";
    }
    const fs::path bad_data = meeting("bad-data");
    test::write_file(bad_data / "kallelse.json", "{\"items\": 3}");
    const auto r = publish({bad_data});
    EXPECT_EQ(r.exit_code, 1) << r.out;
    EXPECT_NE(r.out.find("kallelse.json"), std::string::npos) << r.out;
}

TEST_F(Publish, AFailureLeavesThePreviousSiteAsItWas) {
    ASSERT_EQ(publish({kExample}).exit_code, 0);
    const std::string before = test::read_file(site() / "index.html");
    const fs::path broken = meeting();
    edit_manifest(broken, "\"2021-02-09\"", "\"2022-01-18\"");
    edit_manifest(broken, "\"number\": \"6\"", "\"number\": \"60\"");
    EXPECT_EQ(publish({kExample, broken}).exit_code, 1);
    EXPECT_EQ(test::read_file(site() / "index.html"), before);
    EXPECT_TRUE(fs::is_regular_file(site() / kMeetingDir / "kallelse.docx"));
    EXPECT_TRUE(hidden_leftovers().empty());
}

TEST_F(Publish, AFolderItDidNotWriteIsNeverReplaced) {
    test::write_file(site() / "viktigt.txt", "mitt");
    const auto r = publish({kExample});
    EXPECT_EQ(r.exit_code, 5) << r.out;
    EXPECT_NE(r.out.find("refusing to replace it"), std::string::npos) << r.out;
    EXPECT_EQ(test::read_file(site() / "viktigt.txt"), "mitt");
    EXPECT_FALSE(fs::exists(site() / "index.html"));
}

TEST_F(Publish, UsageMistakes) {
    EXPECT_EQ(test::run(test::shell_quote(kCli) + " publish --out x").exit_code, 2);
    EXPECT_EQ(publish({kExample}, "--format html").exit_code, 2);
    const auto r = publish({work / "saknas"});
    EXPECT_EQ(r.exit_code, 2) << r.out;
    EXPECT_NE(r.out.find("saknas: not a meeting folder"), std::string::npos) << r.out;
    fs::create_directories(work / "tom");
    const auto empty = publish({work / "tom"});
    EXPECT_EQ(empty.exit_code, 1) << empty.out;
    EXPECT_NE(empty.out.find("has no meeting.json"), std::string::npos) << empty.out;
}
