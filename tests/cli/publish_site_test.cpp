// A site that grows: meetings added, replaced and removed one at a time, with what a person put
// in the site left alone; the navigation between its pages; protokoll; feeds and sitemap.
#include <gtest/gtest.h>
#include <libxml/parser.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>
#include <sys/stat.h>

#include <memory>
#include <regex>

#include "publish_support.hpp"

namespace test = kansli::test;
namespace fs = std::filesystem;

namespace {

using PublishedSite = test::PublishTest;

ino_t inode(const fs::path& file) {
    struct stat info {};
    EXPECT_EQ(::stat(file.c_str(), &info), 0) << file;
    return info.st_ino;
}

// The files of one meeting's folder in the site.
std::map<std::string, std::string> meeting_files(const fs::path& site, const std::string& folder) {
    return test::files_below(site / folder);
}

TEST_F(PublishedSite, MeetingsAddedOneAtATimeMakeOneSite) {
    const fs::path a = meeting("a");
    const fs::path b = meeting("b", "2021-03-16");
    ASSERT_EQ(publish({a}).exit_code, 0);
    ASSERT_EQ(publish({b}).exit_code, 0);
    EXPECT_TRUE(fs::is_regular_file(site() / "socialnamnden/2021-02-09/kallelse.html"));
    EXPECT_TRUE(fs::is_regular_file(site() / "socialnamnden/2021-03-16/kallelse.html"));
    const std::string body = test::read_file(site() / "socialnamnden/index.html");
    EXPECT_NE(body.find("Socialnämnden 9 februari 2021"), std::string::npos) << body;
    EXPECT_NE(body.find("Socialnämnden 16 mars 2021"), std::string::npos) << body;
    // The same two meetings published together give the same site, byte for byte.
    const auto grown = test::files_below(site());
    fs::remove_all(site());
    ASSERT_EQ(publish({a, b}).exit_code, 0);
    EXPECT_TRUE(test::files_below(site()) == grown);
}

TEST_F(PublishedSite, PublishingAMeetingAgainReplacesOnlyThatMeeting) {
    const fs::path a = meeting("a");
    const fs::path b = meeting("b", "2021-03-16");
    ASSERT_EQ(publish({a, b}).exit_code, 0);
    const auto b_before = meeting_files(site(), "socialnamnden/2021-03-16");
    const ino_t b_docx = inode(site() / "socialnamnden/2021-03-16/kallelse.docx");
    // A's item 6 loses its attachment and gains nothing else.
    test::edit_manifest(a,
                        ",\n      \"attachments\": [\n        {\"file\": \"bilagor/exempelbilaga.pdf\", \"title\": "
                        "\"Exempelbilaga\"}\n      ]",
                        "");
    const auto r = publish({a});
    ASSERT_EQ(r.exit_code, 0) << r.out;
    EXPECT_FALSE(fs::exists(site() / "socialnamnden/2021-02-09/bilagor")) << "A's old attachment and its folder go";
    EXPECT_TRUE(fs::is_regular_file(site() / "socialnamnden/2021-02-09/kallelse.html"));
    // B's documents are the very same files; only its page changes where it links to its neighbours.
    auto b_after = meeting_files(site(), "socialnamnden/2021-03-16");
    EXPECT_EQ(inode(site() / "socialnamnden/2021-03-16/kallelse.docx"), b_docx);
    EXPECT_EQ(b_after.size(), b_before.size());
    for (const auto& [file, bytes] : b_before) EXPECT_EQ(b_after[file], bytes) << file;
    EXPECT_TRUE(leftovers().empty());
}

TEST_F(PublishedSite, APersonsFilesSurviveEveryPublishAndUnpublish) {
    ASSERT_EQ(publish({meeting("a")}).exit_code, 0);
    test::write_file(site() / "robots.txt", "User-agent: *\n");
    test::write_file(site() / "socialnamnden/2021-02-09/tillagg.pdf", "eget");
    test::write_file(site() / "bilder/logga.png", "png");
    fs::create_directories(site() / "tom");
    fs::create_symlink("robots.txt", site() / "robotar.txt");
    ASSERT_EQ(publish({meeting("b", "2021-03-16")}).exit_code, 0);
    ASSERT_EQ(publish({meeting("a2")}).exit_code, 0) << "A again";
    ASSERT_EQ(kansli("unpublish socialnamnden/2021-02-09 --out " + test::shell_quote(site().string())).exit_code, 0);
    EXPECT_EQ(test::read_file(site() / "robots.txt"), "User-agent: *\n");
    EXPECT_EQ(test::read_file(site() / "socialnamnden/2021-02-09/tillagg.pdf"), "eget") << "even in A's folder";
    EXPECT_FALSE(fs::exists(site() / "socialnamnden/2021-02-09/kallelse.html"));
    EXPECT_EQ(test::read_file(site() / "bilder/logga.png"), "png");
    EXPECT_TRUE(fs::is_directory(site() / "tom"));
    EXPECT_TRUE(fs::is_symlink(site() / "robotar.txt"));
    EXPECT_EQ(fs::read_symlink(site() / "robotar.txt"), "robots.txt");
    EXPECT_TRUE(leftovers().empty());
}

TEST_F(PublishedSite, AFileOfAPersonInTheWayStopsThePublishWithNothingChanged) {
    ASSERT_EQ(publish({meeting("a")}).exit_code, 0);
    test::write_file(site() / "socialnamnden/2021-03-16/kallelse.html", "en persons sida");
    const auto before = test::files_below(site());
    const auto r = publish({meeting("b", "2021-03-16")});
    EXPECT_EQ(r.exit_code, 5) << r.out;
    EXPECT_NE(r.out.find("socialnamnden/2021-03-16/kallelse.html: exists and was not made by kansli publish; "
                         "refusing to replace it"),
              std::string::npos)
        << r.out;
    EXPECT_TRUE(test::files_below(site()) == before);
    EXPECT_TRUE(leftovers().empty());
    // A link where Kansli needs a folder: it never writes through it.
    fs::remove_all(site() / "socialnamnden/2021-03-16");
    fs::create_symlink(work.path(), site() / "socialnamnden/2021-03-16");
    const auto through = publish({meeting("b2", "2021-03-16")});
    EXPECT_EQ(through.exit_code, 5) << through.out;
    EXPECT_NE(through.out.find("refusing to write through it"), std::string::npos) << through.out;
}

TEST_F(PublishedSite, UnpublishRemovesAMeetingAndUpdatesTheIndexes) {
    ASSERT_EQ(publish({meeting("a"), meeting("b", "2021-03-16"), meeting("c", "2021-02-09", "Kommunstyrelsen")},
                      "--site-url https://www.kommun.se/moten")
                  .exit_code,
              0);
    const std::string out = "--out " + test::shell_quote(site().string());
    const auto r = kansli("unpublish socialnamnden/2021-03-16 " + out);
    ASSERT_EQ(r.exit_code, 0) << r.out;
    EXPECT_FALSE(fs::exists(site() / "socialnamnden/2021-03-16"));
    for (const char* page : {"index.html", "socialnamnden/index.html", "socialnamnden/feed.atom", "feed.atom",
                             "sitemap.xml", "socialnamnden/2021-02-09/index.html"})
        EXPECT_EQ(test::read_file(site() / page).find("2021-03-16"), std::string::npos) << page;
    // The last meeting of a body takes the body's pages with it.
    ASSERT_EQ(kansli("unpublish kommunstyrelsen/2021-02-09/ " + out).exit_code, 0);
    EXPECT_FALSE(fs::exists(site() / "kommunstyrelsen"));
    const auto unknown = kansli("unpublish socialnamnden/1999-01-01 " + out);
    EXPECT_EQ(unknown.exit_code, 2) << unknown.out;
    EXPECT_NE(
        unknown.out.find("the site has no meeting socialnamnden/1999-01-01; it holds:\n  socialnamnden/2021-02-09"),
        std::string::npos)
        << unknown.out;
    const auto no_site = kansli("unpublish socialnamnden/2021-02-09 --out " + test::shell_quote((work / "x").string()));
    EXPECT_EQ(no_site.exit_code, 2) << no_site.out;
}

TEST_F(PublishedSite, EveryPageSaysWhereItIsAndLeadsOn) {
    ASSERT_EQ(publish({meeting("a"), meeting("b", "2021-03-16"), meeting("c", "2021-04-20")}).exit_code, 0);
    const std::string middle = test::read_file(site() / "socialnamnden/2021-03-16/index.html");
    for (const char* crumb :
         {"<li><a href=\"../../index.html\">Sammanträden</a></li>",
          "<li><a href=\"../index.html\">Socialnämnden</a></li>", "<li><a href=\"../index.html#ar-2021\">2021</a></li>",
          "<li><a aria-current=\"page\" href=\"#innehall\">Socialnämnden 16 mars 2021</a></li>"})
        EXPECT_NE(middle.find(crumb), std::string::npos) << crumb;
    EXPECT_NE(middle.find("<a href=\"../2021-02-09/index.html\" rel=\"prev\">Föregående sammanträde: Socialnämnden 9 "
                          "februari 2021</a>"),
              std::string::npos)
        << middle;
    EXPECT_NE(middle.find("<a href=\"../2021-04-20/index.html\" rel=\"next\">Nästa sammanträde: Socialnämnden 20 "
                          "april 2021</a>"),
              std::string::npos);
    EXPECT_EQ(test::read_file(site() / "socialnamnden/2021-02-09/index.html").find("rel=\"prev\""), std::string::npos)
        << "the first meeting has no previous";
    EXPECT_NE(middle.find("<li id=\"arende-6\">"), std::string::npos) << "an item can be linked to";

    // A document page: the way back up, back to its agenda item, and its downloads.
    const std::string memo =
        test::read_file(site() / "socialnamnden/2021-03-16/arende-6-tjansteskrivelse-bostad-forst.html");
    const auto breadcrumb = memo.find("<nav class=\"site-breadcrumbs\" aria-label=\"Du är här\">");
    ASSERT_NE(breadcrumb, std::string::npos);
    EXPECT_LT(breadcrumb, memo.find("<main ")) << "before the document";
    EXPECT_NE(memo.find("<li><a href=\"index.html\">Socialnämnden 16 mars 2021</a></li>"), std::string::npos);
    EXPECT_NE(memo.find("<li><a aria-current=\"page\" href=\"#innehall\">Yttrande över motion"), std::string::npos);
    EXPECT_NE(memo.find("<a href=\"index.html#arende-6\">Tillbaka till ärende 6: Yttrande över motion"),
              std::string::npos);
    const auto odt = fs::file_size(site() / "socialnamnden/2021-03-16/arende-6-tjansteskrivelse-bostad-forst.odt");
    EXPECT_NE(memo.find("<a href=\"arende-6-tjansteskrivelse-bostad-forst.odt\" download>Ladda ner Yttrande över "
                        "motion om bostad först - en evidensbaserad metod vid hemlöshet (OpenDocument, " +
                        std::to_string((odt + 500) / 1000) + "\u00a0kB)</a>"),
              std::string::npos);
    EXPECT_EQ(memo.find("<main "), memo.rfind("<main ")) << "one main";
    const std::string kallelse = test::read_file(site() / "socialnamnden/2021-03-16/kallelse.html");
    EXPECT_NE(kallelse.find("<a href=\"index.html\">Tillbaka till sammanträdet</a>"), std::string::npos);
    // Links are relative and lead to files that are there.
    for (const auto& [file, bytes] : test::files_below(site())) {
        if (!file.ends_with(".html")) continue;
        static const std::regex link("href=\"([^\"#]+)");
        for (auto it = std::sregex_iterator(bytes.begin(), bytes.end(), link); it != std::sregex_iterator(); ++it) {
            const std::string target = (*it)[1];
            if (target.starts_with("mailto:")) continue;  // the documents' own addresses
            EXPECT_TRUE(fs::exists(site() / fs::path(file).parent_path() / target)) << file << " → " << target;
        }
    }
}

TEST_F(PublishedSite, AProtokollIsShownWithTheDayItWasJusterat) {
    const fs::path m = meeting("m");
    fs::copy(m / "tjansteskrivelse-bostad-forst.json", m / "protokoll.json");
    test::write_file(m / "bilagor/utdrag-6.pdf", test::read_file(m / "bilagor/exempelbilaga.pdf"));
    test::edit_manifest(m, "\"date\": \"2021-02-09\",",
                        "\"date\": \"2021-02-09\", \"justerat\": \"2021-02-16\", \"protokoll\": "
                        "{\"data\": \"protokoll.json\", \"template\": \"katrineholm/tjansteskrivelse\"},");
    test::edit_manifest(m, "\"number\": \"6\",",
                        "\"number\": \"6\", \"protokollsutdrag\": {\"file\": \"bilagor/utdrag-6.pdf\", "
                        "\"title\": \"Protokollsutdrag § 6\"},");
    const auto r = publish({m});
    ASSERT_EQ(r.exit_code, 0) << r.out;
    const std::string page = test::read_file(site() / "socialnamnden/2021-02-09/index.html");
    EXPECT_NE(page.find("<h2 id=\"protokoll\">Protokoll</h2>\n<p>Protokollet justerades <time "
                        "datetime=\"2021-02-16\">16 februari 2021</time>.</p>"),
              std::string::npos)
        << page;
    EXPECT_NE(page.find("<a href=\"protokoll.html\">"), std::string::npos);
    EXPECT_NE(page.find("download>Ladda ner Protokollsutdrag § 6 (PDF, 1\u00a0kB)</a>"), std::string::npos);
    const std::string protokoll = test::read_file(site() / "socialnamnden/2021-02-09/protokoll.html");
    EXPECT_NE(protokoll.find("<a href=\"index.html#protokoll\">Tillbaka till sammanträdet</a>"), std::string::npos);
    EXPECT_NE(test::read_file(site() / "socialnamnden/index.html").find("Protokollet justerades 16 februari 2021"),
              std::string::npos);

    // Before the justering there is none to show, and a protokoll cannot come before it.
    const fs::path early = meeting("early");
    test::edit_manifest(early, "\"date\": \"2021-02-09\",",
                        "\"date\": \"2021-02-09\", \"protokoll\": {\"file\": \"bilagor/exempelbilaga.pdf\", "
                        "\"title\": \"Protokoll\"},");
    const auto not_yet = publish({early});
    EXPECT_EQ(not_yet.exit_code, 1) << not_yet.out;
    EXPECT_NE(not_yet.out.find("meeting.json: at /protokoll: a protokoll is published once justerat"),
              std::string::npos)
        << not_yet.out;
    const fs::path before = meeting("before");
    test::edit_manifest(before, "\"date\": \"2021-02-09\",", "\"date\": \"2021-02-09\", \"justerat\": \"2021-02-01\",");
    EXPECT_NE(publish({before}).out.find("at /justerat: the protokoll is justerat (2021-02-01) before the meeting"),
              std::string::npos);
}

struct XmlDocFree {
    void operator()(xmlDoc* doc) const { xmlFreeDoc(doc); }
};
struct XPathContextFree {
    void operator()(xmlXPathContext* context) const { xmlXPathFreeContext(context); }
};
struct XPathObjectFree {
    void operator()(xmlXPathObject* object) const { xmlXPathFreeObject(object); }
};

const xmlChar* xml_text(const char* text) { return reinterpret_cast<const xmlChar*>(text); }

// A parsed XML file, read with XPath (prefix a: Atom, s: sitemap).
class Xml {
public:
    explicit Xml(const std::string& text)
        : doc_(xmlReadMemory(text.data(), static_cast<int>(text.size()), "feed.xml", nullptr, XML_PARSE_NONET)) {
        if (doc_) {
            context_.reset(xmlXPathNewContext(doc_.get()));
            xmlXPathRegisterNs(context_.get(), xml_text("a"), xml_text("http://www.w3.org/2005/Atom"));
            xmlXPathRegisterNs(context_.get(), xml_text("s"), xml_text("http://www.sitemaps.org/schemas/sitemap/0.9"));
        }
    }
    bool well_formed() const { return doc_ != nullptr; }
    // The text of every node `path` selects (below `from`, or the document).
    std::vector<std::string> all(const std::string& path, xmlNode* from = nullptr) const {
        context_->node = from != nullptr ? from : xmlDocGetRootElement(doc_.get());
        std::unique_ptr<xmlXPathObject, XPathObjectFree> found(
            xmlXPathEvalExpression(xml_text(path.c_str()), context_.get()));
        std::vector<std::string> out;
        if (!found || found->nodesetval == nullptr) return out;
        for (int i = 0; i < found->nodesetval->nodeNr; ++i) {
            xmlChar* text = xmlNodeGetContent(found->nodesetval->nodeTab[i]);
            out.emplace_back(reinterpret_cast<const char*>(text));
            xmlFree(text);
        }
        return out;
    }
    std::vector<xmlNode*> nodes(const std::string& path) const {
        context_->node = xmlDocGetRootElement(doc_.get());
        std::unique_ptr<xmlXPathObject, XPathObjectFree> found(
            xmlXPathEvalExpression(xml_text(path.c_str()), context_.get()));
        std::vector<xmlNode*> out;
        if (found && found->nodesetval != nullptr)
            for (int i = 0; i < found->nodesetval->nodeNr; ++i) out.push_back(found->nodesetval->nodeTab[i]);
        return out;
    }

private:
    std::unique_ptr<xmlDoc, XmlDocFree> doc_;
    std::unique_ptr<xmlXPathContext, XPathContextFree> context_;
};

// RFC 4287's rules for a feed whose entries have no content: one id, title and updated in the
// feed and in each entry; an author for the feed; an alternate link for each entry; ids and
// links absolute IRIs; dates RFC 3339.
void expect_atom(const std::string& text, const std::string& url) {
    const Xml feed(text);
    ASSERT_TRUE(feed.well_formed()) << text;
    static const std::regex rfc3339(R"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d))");
    EXPECT_EQ(feed.all("/a:feed").size(), 1u) << "the root is atom:feed";
    for (const char* once : {"a:id", "a:title", "a:updated"})
        EXPECT_EQ(feed.all(std::string("/a:feed/") + once).size(), 1u) << once;
    EXPECT_TRUE(std::regex_match(feed.all("/a:feed/a:updated").at(0), rfc3339));
    EXPECT_EQ(feed.all("/a:feed/a:author/a:name").size(), 1u);
    EXPECT_FALSE(feed.all("/a:feed/a:author/a:name").at(0).empty());
    EXPECT_EQ(feed.all("/a:feed/a:link[@rel='self']/@href").at(0).rfind(url, 0), 0u);
    std::set<std::string> ids;
    for (xmlNode* entry : feed.nodes("/a:feed/a:entry")) {
        for (const char* once : {"a:id", "a:title", "a:updated"}) EXPECT_EQ(feed.all(once, entry).size(), 1u) << once;
        EXPECT_TRUE(std::regex_match(feed.all("a:updated", entry).at(0), rfc3339));
        EXPECT_EQ(feed.all("a:link[@rel='alternate']/@href", entry).size(), 1u);
        EXPECT_EQ(feed.all("a:link[@rel='alternate']/@href", entry).at(0).rfind(url, 0), 0u);
        EXPECT_TRUE(ids.insert(feed.all("a:id", entry).at(0)).second) << "ids are unique";
        EXPECT_EQ(feed.all("a:id", entry).at(0).rfind(url, 0), 0u);
    }
}

TEST_F(PublishedSite, FeedsForTheSiteAndEachBodyNewestFirstAndASitemap) {
    const std::string url = "https://www.kommun.se/moten/";
    ASSERT_EQ(publish({meeting("a"), meeting("c", "2021-04-20"), meeting("k", "2021-03-01", "Kommunstyrelsen")},
                      "--site-url https://www.kommun.se/moten")
                  .exit_code,
              0);
    const std::string site_feed = test::read_file(site() / "feed.atom");
    expect_atom(site_feed, url);
    const Xml feed(site_feed);
    EXPECT_EQ(feed.all("/a:feed/a:entry/a:id"),
              (std::vector<std::string>{url + "socialnamnden/2021-04-20/", url + "kommunstyrelsen/2021-03-01/",
                                        url + "socialnamnden/2021-02-09/"}))
        << "newest first";
    const std::string body_feed = test::read_file(site() / "socialnamnden/feed.atom");
    expect_atom(body_feed, url);
    EXPECT_EQ(Xml(body_feed).all("/a:feed/a:entry").size(), 2u);
    EXPECT_NE(test::read_file(site() / "socialnamnden/index.html")
                  .find("<link rel=\"alternate\" type=\"application/atom+xml\" href=\"feed.atom\""),
              std::string::npos);

    const Xml sitemap(test::read_file(site() / "sitemap.xml"));
    ASSERT_TRUE(sitemap.well_formed());
    const auto locations = sitemap.all("/s:urlset/s:url/s:loc");
    EXPECT_EQ(sitemap.all("/s:urlset/s:url/s:lastmod").size(), locations.size());
    for (const auto& [file, bytes] : test::files_below(site())) {
        if (!file.ends_with(".html")) continue;
        EXPECT_NE(std::find(locations.begin(), locations.end(), url + file), locations.end()) << file;
    }

    // The address is the site's: the next publish keeps it without being told again.
    ASSERT_EQ(publish({meeting("b", "2021-03-16")}).exit_code, 0);
    EXPECT_EQ(Xml(test::read_file(site() / "feed.atom")).all("/a:feed/a:entry").size(), 4u);
}

TEST_F(PublishedSite, WithoutTheSitesAddressThereAreNoFeeds) {
    const auto r = publish({meeting("a")});
    ASSERT_EQ(r.exit_code, 0);
    EXPECT_NE(r.out.find("no feeds or sitemap.xml: they need the site's address (--site-url)"), std::string::npos);
    EXPECT_FALSE(fs::exists(site() / "feed.atom"));
    EXPECT_FALSE(fs::exists(site() / "sitemap.xml"));
    EXPECT_EQ(test::read_file(site() / "index.html").find("atom"), std::string::npos);
}

TEST_F(PublishedSite, AnOutFolderThatIsALinkIsUpdatedWhereItPoints) {
    fs::create_directories(work / "www/v1");
    fs::create_symlink(work / "www/v1", work / "served");
    const auto r = kansli("publish " + test::shell_quote(meeting("a").string()) + " --out " +
                          test::shell_quote((work / "served").string()));
    ASSERT_EQ(r.exit_code, 0) << r.out;
    EXPECT_TRUE(fs::is_symlink(work / "served")) << "the link stays a link";
    EXPECT_EQ(fs::read_symlink(work / "served"), work / "www/v1");
    EXPECT_TRUE(fs::is_regular_file(work / "www/v1/index.html")) << "the folder it names holds the site";
    ASSERT_EQ(kansli("publish " + test::shell_quote(meeting("b", "2021-03-16").string()) + " --out " +
                     test::shell_quote((work / "served").string()))
                  .exit_code,
              0);
    EXPECT_TRUE(fs::is_regular_file(work / "served/socialnamnden/2021-03-16/index.html"));
    EXPECT_TRUE(fs::is_regular_file(work / "served/socialnamnden/2021-02-09/index.html"));
    EXPECT_TRUE(fs::is_symlink(work / "served"));
}

}  // namespace
