// A site package a municipality makes in a folder of its own changes the published site's
// colours, words and page templates without recompiling; a broken one is refused, named.
#include <gtest/gtest.h>

#include "publish_support.hpp"

namespace test = kansli::test;
namespace fs = std::filesystem;

namespace {

struct SitePackage : test::PublishTest {
    fs::path templates() const { return work / "mallar"; }
    fs::path package() const { return templates() / "minkommun/webbplats"; }
    std::string with_package(const std::string& name = "minkommun/webbplats") const {
        return "--templates " + test::shell_quote(templates().string()) + " --site-package " + name;
    }
    // Colours, two words and the meeting page's template of its own; the rest is the default's.
    void make_package() const {
        test::write_file(package() / "site.json", R"({
  "labels": {"site_title": "Möten i Minkommun", "download": "Hämta"},
  "colours": {"link": "#7a1f5c", "accent": "#7a1f5c", "dark": {"link": "#f0a8d8"}}
})");
        std::string meeting =
            test::read_file(test::source_dir() / "templates/kansli/webbplats/pages/meeting.html.mustache");
        const auto main = meeting.find("<main id=\"innehall\" tabindex=\"-1\">\n");
        meeting.insert(main + 34, "<p class=\"minkommun\">Direktsänds på minkommun.se/play.</p>\n");
        test::write_file(package() / "pages/meeting.html.mustache", meeting);
        // A partial of its own replaces the default's of that name, whatever its file's middle part.
        test::write_file(
            package() / "partials/page-end.minkommun.mustache",
            "<footer class=\"site-footer\">\n<p>Minkommun, Storgatan 1</p>\n</footer>\n</body>\n</html>\n");
    }
};

TEST_F(SitePackage, ChangesColoursWordsAndAPageWithoutRecompiling) {
    make_package();
    const auto r = publish({meeting("a")}, with_package());
    ASSERT_EQ(r.exit_code, 0) << r.out;
    const std::string index = test::read_file(site() / "index.html");
    EXPECT_NE(index.find("<h1>Möten i Minkommun</h1>"), std::string::npos) << index;
    EXPECT_NE(index.find("a { color: #7a1f5c; }"), std::string::npos);
    EXPECT_NE(index.find("a, .skip-link { color: #f0a8d8; }"), std::string::npos);
    EXPECT_NE(index.find("html, .skip-link { color: #e8e8e8; background: #121212; }"), std::string::npos)
        << "what the package does not set comes from the default";
    const std::string page = test::read_file(site() / "socialnamnden/2021-02-09/index.html");
    EXPECT_NE(page.find("<p class=\"minkommun\">Direktsänds på minkommun.se/play.</p>"), std::string::npos) << page;
    EXPECT_NE(page.find("download>Hämta Kallelse"), std::string::npos);
    EXPECT_NE(index.find("<p>Minkommun, Storgatan 1</p>"), std::string::npos) << "the footer partial";
    EXPECT_NE(test::read_file(site() / "socialnamnden/2021-02-09/kallelse.html").find("download>Hämta Kallelse"),
              std::string::npos)
        << "document pages too";
    // The default package gives the default look.
    EXPECT_EQ(test::read_file(site() / "socialnamnden/index.html").find("#005a9c"), std::string::npos);
}

TEST_F(SitePackage, TheSiteKeepsItsLookUntilToldOtherwise) {
    make_package();
    ASSERT_EQ(publish({meeting("a")}, with_package()).exit_code, 0);
    // Found again on the same path, without being named.
    ASSERT_EQ(publish({meeting("b", "2021-03-16")}, "--templates " + test::shell_quote(templates().string())).exit_code,
              0);
    EXPECT_NE(test::read_file(site() / "socialnamnden/2021-03-16/index.html").find("minkommun.se/play"),
              std::string::npos);
    // Not on the path any more: the site's package is missing, and nothing is written.
    const auto before = test::files_below(site());
    const auto lost = publish({meeting("c", "2021-04-20")});
    EXPECT_EQ(lost.exit_code, 2) << lost.out;
    EXPECT_NE(lost.out.find("the site was published with the site package minkommun/webbplats, which is not on the "
                            "template path now"),
              std::string::npos)
        << lost.out;
    EXPECT_TRUE(test::files_below(site()) == before);
    // Back to the default: the meetings it keeps get the new look on their document pages too,
    // and their downloads stay the very same files.
    ASSERT_EQ(publish({}, "--site-package kansli/webbplats").exit_code, 0);
    const std::string memo = test::read_file(site() / "socialnamnden/2021-02-09/kallelse.html");
    EXPECT_NE(memo.find("download>Ladda ner Kallelse"), std::string::npos);
    EXPECT_EQ(memo.find("Hämta"), std::string::npos);
    EXPECT_EQ(memo.find("<nav class=\"site-breadcrumbs\""), memo.rfind("<nav class=\"site-breadcrumbs\""))
        << "the old navigation is replaced, not added to";
    EXPECT_EQ(test::read_file(site() / "socialnamnden/2021-02-09/kallelse.docx"),
              before.at("socialnamnden/2021-02-09/kallelse.docx"));
}

TEST_F(SitePackage, ABrokenPackageIsNamedWithTheFileAndPlace) {
    struct Case {
        std::string file, text, expected;
    };
    const std::vector<Case> cases = {
        {"site.json", R"({"labels": {"dowload": "Hämta"}})",
         "site.json: at /labels/dowload: unknown key 'dowload' (known here: about_document, agenda"},
        {"site.json", R"({"colours": {"link": "#9999ff"}})",
         "site.json: at /colours/link: #9999ff on #ffffff has a contrast of 2.51:1; WCAG 2.1 AA needs 4.50:1"},
        {"site.json", R"({"colours": {"dark": {"background": "navy"}}})",
         "site.json: at /colours/dark/background: 'navy' is not a colour of the form #rrggbb"},
        {"pages/index.html.mustache", "<h1>\n{{#bodies}}\n", "pages/index.html.mustache:2:1: Mustache syntax"},
        {"pages/body.html.mustache", "{{> sidhuvud}}",
         "pages/body.html.mustache:1:1: the partial 'sidhuvud' does not exist"},
        {"pages/body.html.mustache", "<main>\n  {{<ram}}{{$innehall}}x{{/innehall}}{{/ram}}",
         "pages/body.html.mustache:2:3: the partial 'ram' does not exist"},
    };
    for (const Case& c : cases) {
        SCOPED_TRACE(c.file + ": " + c.text);
        fs::remove_all(package());
        test::write_file(package() / "site.json", "{}");
        test::write_file(package() / c.file, c.text);
        const auto r = publish({test::example_meeting()}, with_package());
        EXPECT_EQ(r.exit_code, 3) << r.out;
        EXPECT_NE(r.out.find(c.expected), std::string::npos) << r.out;
        EXPECT_FALSE(fs::exists(site()));
    }
    // A template that is a link out of the package is not read.
    fs::remove_all(package());
    test::write_file(package() / "site.json", "{}");
    test::write_file(work / "elsewhere.mustache", "{{labels.site_title}}");
    fs::create_directories(package() / "partials");
    fs::create_symlink(work / "elsewhere.mustache", package() / "partials/style.css.mustache");
    const auto link = publish({test::example_meeting()}, with_package());
    EXPECT_EQ(link.exit_code, 3) << link.out;
    EXPECT_NE(link.out.find("partials/style.css.mustache: 'partials/style.css.mustache' leads out of the site package"),
              std::string::npos)
        << link.out;
    for (const char* name : {"../../etc", "minkommun", "a/b/c", "../webbplats"}) {
        const auto bad = publish({test::example_meeting()}, with_package(name));
        EXPECT_EQ(bad.exit_code, 2) << bad.out;
        EXPECT_NE(bad.out.find("is not a site package name"), std::string::npos) << bad.out;
    }
    const auto unknown = publish({test::example_meeting()}, with_package("minkommun/saknas"));
    EXPECT_EQ(unknown.exit_code, 2) << unknown.out;
    EXPECT_NE(unknown.out.find("no site package 'minkommun/saknas'"), std::string::npos) << unknown.out;
}

}  // namespace
