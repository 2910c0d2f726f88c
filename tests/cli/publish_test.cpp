// `kansli publish` on the example meeting folder and on broken copies of it.
#include <gtest/gtest.h>

#include "publish_support.hpp"

namespace test = kansli::test;
namespace fs = std::filesystem;

namespace {

using Publish = test::PublishTest;
const fs::path& kMeetingDir = test::kExampleMeetingDir;

TEST_F(Publish, TheExampleBecomesASiteWithIndexMeetingPageAndDocuments) {
    const auto r = publish({test::example_meeting()});
    ASSERT_EQ(r.exit_code, 0) << r.out;
    for (const char* file :
         {"kallelse.html", "kallelse.pdf", "kallelse.docx", "kallelse.odt",
          "arende-6-tjansteskrivelse-bostad-forst.html", "arende-6-tjansteskrivelse-bostad-forst.pdf",
          "arende-6-tjansteskrivelse-bostad-forst.docx", "arende-6-tjansteskrivelse-bostad-forst.odt",
          "bilagor/exempelbilaga.pdf", "index.html"})
        EXPECT_TRUE(fs::is_regular_file(site() / kMeetingDir / file)) << file;
    EXPECT_TRUE(fs::is_regular_file(site() / ".kansli-site.json"));

    const std::string index = test::read_file(site() / "index.html");
    EXPECT_NE(index.find("<h2><a href=\"socialnamnden/index.html\">Socialnämnden</a></h2>"), std::string::npos)
        << index;
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
              test::read_file(test::example_meeting() / "bilagor/exempelbilaga.pdf"));
}

TEST_F(Publish, TheSameMeetingGivesTheSameBytes) {
    ASSERT_EQ(publish({test::example_meeting()}).exit_code, 0);
    const auto first = test::files_below(site());
    ASSERT_EQ(publish({test::example_meeting()}).exit_code, 0) << "a site publish wrote is published again";
    EXPECT_TRUE(test::files_below(site()) == first);
    EXPECT_TRUE(leftovers().empty());
}

TEST_F(Publish, TheSiteDoesNotDependOnTheNumberOfThreads) {
    const fs::path other = meeting("other", "2022-03-15");
    std::map<std::string, std::string> first;
    for (const char* jobs : {"-j 1", "-j 2"}) {
        fs::remove_all(site());
        ASSERT_EQ(publish({test::example_meeting(), other}, jobs).exit_code, 0) << jobs;
        const auto files = test::files_below(site());
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
    const fs::path other = meeting("other", "2022-03-15");
    const fs::path third = meeting("third", "2021-02-09", "Bildningsnämnden");
    const auto r = publish({test::example_meeting(), other, third});
    ASSERT_EQ(r.exit_code, 0) << r.out;
    const std::string index = test::read_file(site() / "index.html");
    const auto bildning = index.find(">Bildningsnämnden</a></h2>");
    const auto social = index.find(">Socialnämnden</a></h2>");
    ASSERT_NE(bildning, std::string::npos);
    ASSERT_NE(social, std::string::npos);
    EXPECT_LT(bildning, social) << "bodies in Swedish order";
    EXPECT_LT(index.find("15 mars 2022", social), index.find("9 februari 2021", social)) << "newest first";
    const std::string body = test::read_file(site() / "socialnamnden/index.html");
    EXPECT_LT(body.find("<h2 id=\"ar-2022\">2022</h2>"), body.find("<h2 id=\"ar-2021\">2021</h2>")) << body;
    EXPECT_TRUE(fs::is_regular_file(site() / "socialnamnden/2022-03-15/index.html"));
    EXPECT_TRUE(fs::is_regular_file(site() / "bildningsnamnden/2021-02-09/index.html"));

    const auto twice = publish({test::example_meeting(), meeting("again")});
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
         "at /items/0/attachments/0/file: '../../etc/passwd' leads out of the meeting folder", 1},
        {"bilagor/exempelbilaga.pdf", "/etc/passwd",
         "at /items/0/attachments/0/file: '/etc/passwd' must be a path inside the meeting folder", 1},
        {"bilagor/exempelbilaga.pdf", "bilagor", "at /items/0/attachments/0/file: 'bilagor' is not a regular file", 1},
        {"\"2021-02-09\"", "\"2021-02-30\"", "at /date: '2021-02-30' is not a date", 1},
        {"katrineholm/tjansteskrivelse", "katrineholm/saknas", "at /items/0/documents/0/template:", 2},
    };
    for (const Case& c : cases) {
        SCOPED_TRACE(c.to);
        test::TempDir dir;
        const fs::path copy = dir / "m";
        fs::copy(test::example_meeting(), copy, fs::copy_options::recursive);
        test::edit_manifest(copy, c.from, c.to);
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
    ASSERT_EQ(publish({test::example_meeting()}).exit_code, 0);
    const auto before = test::files_below(site());
    const fs::path broken = meeting("broken", "2022-01-18");
    test::edit_manifest(broken, "\"number\": \"6\"", "\"number\": \"60\"");
    EXPECT_EQ(publish({test::example_meeting(), broken}).exit_code, 1);
    EXPECT_TRUE(test::files_below(site()) == before);
    EXPECT_TRUE(leftovers().empty());
}

TEST_F(Publish, AFolderItDidNotWriteIsNeverWrittenInto) {
    test::write_file(site() / "viktigt.txt", "mitt");
    const auto r = publish({test::example_meeting()});
    EXPECT_EQ(r.exit_code, 5) << r.out;
    EXPECT_NE(r.out.find("site: is not empty and is not a site kansli publish made (it has no .kansli-site.json)"),
              std::string::npos)
        << r.out;
    EXPECT_EQ(test::read_file(site() / "viktigt.txt"), "mitt");
    EXPECT_FALSE(fs::exists(site() / "index.html"));
    // A site of the first publish (a marker, no record) is not taken for one this can grow.
    fs::remove(site() / "viktigt.txt");
    test::write_file(site() / ".kansli-site", "Written by kansli publish.\n");
    const auto old = publish({test::example_meeting()});
    EXPECT_EQ(old.exit_code, 5) << old.out;
    EXPECT_NE(old.out.find("was written by an earlier version of kansli publish"), std::string::npos) << old.out;
}

TEST_F(Publish, UsageMistakes) {
    EXPECT_EQ(kansli("publish --out x").exit_code, 2) << "no meeting folder and no site to build again";
    EXPECT_EQ(publish({test::example_meeting()}, "--format html").exit_code, 2);
    const auto r = publish({work / "saknas"});
    EXPECT_EQ(r.exit_code, 2) << r.out;
    EXPECT_NE(r.out.find("saknas: not a meeting folder"), std::string::npos) << r.out;
    const auto deep = kansli("publish " + test::shell_quote((work / "saknas").string()) + " --out " +
                             test::shell_quote((work / "ny/mapp/site").string()));
    EXPECT_EQ(deep.exit_code, 2) << deep.out;
    EXPECT_FALSE(fs::exists(work / "ny")) << "not even the folders above the site are made";
    fs::create_directories(work / "tom");
    const auto empty = publish({work / "tom"});
    EXPECT_EQ(empty.exit_code, 1) << empty.out;
    EXPECT_NE(empty.out.find("has no meeting.json"), std::string::npos) << empty.out;
    const auto no_out = kansli("publish " + test::shell_quote(test::example_meeting().string()) + " --out ''");
    EXPECT_EQ(no_out.exit_code, 2) << no_out.out;
    EXPECT_NE(no_out.out.find("--out needs a folder"), std::string::npos) << no_out.out;
    for (const char* url : {"www.kommun.se", "ftp://kommun.se/", "https:///x", "https://kommun.se/a b"}) {
        const auto bad_url = publish({test::example_meeting()}, std::string("--site-url '") + url + "'");
        EXPECT_EQ(bad_url.exit_code, 2) << url << bad_url.out;
        EXPECT_NE(bad_url.out.find("--site-url needs the site's address"), std::string::npos) << bad_url.out;
    }
    EXPECT_EQ(kansli("render x.json --template a/b --site-url https://kommun.se/").exit_code, 2);
    EXPECT_FALSE(fs::exists(site()));
}

}  // namespace
