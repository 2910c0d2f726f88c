// manifest.json: a package includes a sibling package's partials, and nothing beyond them.
#include <gtest/gtest.h>

#include "kansli/error.hpp"
#include "kansli/render.hpp"
#include "kansli/template_package.hpp"
#include "test_data.hpp"
#include "test_support.hpp"

using namespace kansli;
namespace test = kansli::test;
namespace fs = std::filesystem;

namespace {

// Two packages of one municipality in a temporary templates folder: minkommun/bas has partials
// (one including another of its own), minkommun/samlad includes them.
struct Siblings {
    test::TempDir dir;
    Siblings() {
        test::write_file(dir / "minkommun/bas/template.xml.mustache", "{{> rubrik}}");
        test::write_file(dir / "minkommun/bas/input.schema.json", "{}");
        test::write_file(dir / "minkommun/bas/partials/rubrik.xml.mustache", "<h>{{title}}</h>{{> fot}}");
        test::write_file(dir / "minkommun/bas/partials/fot.xml.mustache", "<fot/>");
        test::write_file(dir / "minkommun/samlad/input.schema.json", "{}");
        // The including package has a partial of its own named like the sibling's inner one.
        test::write_file(dir / "minkommun/samlad/partials/fot.xml.mustache", "<egen-fot/>");
    }
    void main_template(const std::string& text) const {
        test::write_file(dir / "minkommun/samlad/template.xml.mustache", text);
    }
    void manifest(const std::string& text) const { test::write_file(dir / "minkommun/samlad/manifest.json", text); }
    TemplatePackage open() const { return TemplateSearchPath({dir.path()}).find("minkommun/samlad"); }
};

}  // namespace

TEST(SharedPartials, ASiblingsPartialsAreIncludedByQualifiedName) {
    Siblings s;
    s.main_template("{{> minkommun/bas/rubrik}}{{> fot}}");
    s.manifest(R"({"partials_from": ["minkommun/bas"]})");
    const auto package = s.open();
    // The sibling's {{> fot}} still means its own fot, the package's {{> fot}} its own.
    EXPECT_EQ(render_template(package, test::data_of({{"title", "T"}})), "<h>T</h><fot/><egen-fot/>");
    ASSERT_EQ(package.manifest().partials_from.size(), 1u);
}

TEST(SharedPartials, ASiblingsPartialsFindTheirOwnWhateverTheTagLooksLike) {
    Siblings s;
    // Changed delimiters and no space after '>': the names are qualified in the parsed template,
    // not by rewriting its text.
    test::write_file(s.dir / "minkommun/bas/partials/rubrik.xml.mustache", "<h>{{title}}</h>{{=<% %>=}}<%>fot%>");
    s.main_template("{{> minkommun/bas/rubrik}}");
    s.manifest(R"({"partials_from": ["minkommun/bas"]})");
    const auto package = s.open();
    EXPECT_EQ(render_template(package, test::data_of({{"title", "T"}})), "<h>T</h><fot/>");
}

TEST(SharedPartials, WithoutTheManifestASiblingsPartialIsMissing) {
    Siblings s;
    s.main_template("{{> minkommun/bas/rubrik}}");
    const Error e = test::error_from([&] { s.open(); });
    EXPECT_EQ(e.kind(), Error::Kind::Template);
    EXPECT_NE(e.message().find("manifest.json must name in partials_from"), std::string::npos) << e.message();
    EXPECT_EQ(e.where().line, 1);
}

TEST(SharedPartials, AnUnknownSiblingIsAnError) {
    Siblings s;
    s.main_template("<p/>");
    s.manifest(R"({"partials_from": ["minkommun/saknas"]})");
    const Error e = test::error_from([&] { s.open(); });
    EXPECT_EQ(e.where().json_path, "/partials_from/0");
    EXPECT_NE(e.message().find("no package 'minkommun/saknas'"), std::string::npos) << e.message();
}

TEST(SharedPartials, NamesThatLeaveTheTemplatesFolderAreRefused) {
    Siblings s;
    s.main_template("<p/>");
    for (const char* name : {"../utanfor", "minkommun/..", "/etc/passwd", "a/b/c"}) {
        s.manifest(std::string(R"({"partials_from": [")") + name + "\"]}");
        const Error e = test::error_from([&] { s.open(); });
        EXPECT_EQ(e.kind(), Error::Kind::Template) << name;
        EXPECT_NE(e.message().find("is not a package name"), std::string::npos) << name << ": " << e.message();
    }
}

TEST(SharedPartials, ASiblingLinkedFromOutsideTheFolderIsRefused) {
    Siblings s;
    test::TempDir elsewhere;
    test::write_file(elsewhere / "template.xml.mustache", "x");
    test::write_file(elsewhere / "partials/hemlig.xml.mustache", "hemlig");
    fs::create_symlink(elsewhere.path(), s.dir / "minkommun/lank");
    s.main_template("{{> minkommun/lank/hemlig}}");
    s.manifest(R"({"partials_from": ["minkommun/lank"]})");
    const Error e = test::error_from([&] { s.open(); });
    EXPECT_NE(e.message().find("leads out of the template package"), std::string::npos) << e.message();
}

TEST(SharedPartials, TheManifestIsCheckedKeyByKey) {
    Siblings s;
    s.main_template("<p/>");
    s.manifest(R"({"partials_form": ["minkommun/bas"]})");
    Error e = test::error_from([&] { s.open(); });
    EXPECT_EQ(e.where().json_path, "/partials_form");
    EXPECT_NE(e.message().find("unknown manifest key"), std::string::npos) << e.message();
    s.manifest(R"({"partials_from": ["minkommun/samlad"]})");
    e = test::error_from([&] { s.open(); });
    EXPECT_NE(e.message().find("cannot include itself"), std::string::npos) << e.message();
    s.manifest(R"({"lint": {"meeting_date": "meeting_date"}})");
    e = test::error_from([&] { s.open(); });
    EXPECT_EQ(e.where().json_path, "/lint/meeting_date");
    s.manifest(R"({"lint": {"meeting_date": "/meeting_date"}})");
    EXPECT_EQ(s.open().manifest().lint.meeting_date, "/meeting_date");
    s.manifest(R"({"lint": {"any_year": "attachments"}})");
    e = test::error_from([&] { s.open(); });
    EXPECT_EQ(e.where().json_path, "/lint/any_year");
    EXPECT_NE(e.message().find("expected a list of data field names"), std::string::npos) << e.message();
    s.manifest(R"({"lint": {"any_year": ["attachments", 7]}})");
    e = test::error_from([&] { s.open(); });
    EXPECT_EQ(e.where().json_path, "/lint/any_year/1");
    s.manifest(R"({"lint": {"meeting_date": "/meeting_date", "any_year": ["attachments"]}})");
    EXPECT_EQ(s.open().manifest().lint.any_year, std::vector<std::string>{"attachments"});
}

TEST(SharedPartials, InvalidMarkupFromASiblingsPartialNamesThatFile) {
    Siblings s;
    test::write_file(s.dir / "minkommun/bas/partials/trasig.xml.mustache", "\n<paragraf>{{title}}</paragraf>\n");
    s.main_template(
        "<document version=\"1\"><meta><title>T</title><kind>k</kind></meta>\n<content>\n"
        "{{> minkommun/bas/trasig}}\n</content></document>\n");
    s.manifest(R"({"partials_from": ["minkommun/bas"]})");
    const Error e = test::error_from([&] {
        build_document(s.open(), test::data_of({{"title", "Rubrik"}}), "data.json");
    });
    EXPECT_EQ(e.kind(), Error::Kind::Template);
    EXPECT_NE(e.where().file.find("minkommun/bas/partials/trasig.xml.mustache"), std::string::npos) << e.what();
    EXPECT_EQ(e.where().line, 2) << e.what();
}
