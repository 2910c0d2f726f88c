#include <gtest/gtest.h>

#include "kansli/data.hpp"
#include "kansli/error.hpp"
#include "kansli/render.hpp"
#include "kansli/template_package.hpp"
#include "test_data.hpp"
#include "test_support.hpp"

using namespace kansli;
namespace test = kansli::test;

namespace {

const std::string nbsp = "\xC2\xA0";
const std::string minus = "\xE2\x88\x92";

TemplatePackage memo() { return TemplateSearchPath({test::fixtures_dir() / "packages"}).find("testkommun/memo"); }

Data memo_data() { return load_data(memo().example_file()); }

// A package written into a temporary folder, as a municipality would add one.
struct UserPackage {
    test::TempDir dir;
    explicit UserPackage(const std::string& main_template, const std::string& schema = R"({"type": "object"})") {
        test::write_file(dir / "minkommun/notis/template.xml.mustache", main_template);
        test::write_file(dir / "minkommun/notis/input.schema.json", schema);
    }
    TemplatePackage open() const { return TemplateSearchPath({dir.path()}).find("minkommun/notis"); }
};

const char* const kSmallDocument = R"(<document version="1">
  <meta><title>{{title}}</title><kind>notis</kind></meta>
  <content>
    <p>{{text}}</p>
  </content>
</document>
)";

}  // namespace

TEST(Template, PackageMetadataComesFromTheInputDescription) {
    const auto package = memo();
    EXPECT_EQ(package.name(), "testkommun/memo");
    EXPECT_EQ(package.title(), "Testmemo");
    EXPECT_EQ(package.theme().header_text, "Testkommun");
    ASSERT_TRUE(package.theme().logo.has_value());
    EXPECT_EQ(package.theme().logo->pixel_height, 3);
}

TEST(Template, HelpersFormatTheSwedishWay) {
    const std::string xml = render_template(memo(), memo_data());
    EXPECT_NE(xml.find("<p>Datum: 9 februari 2021, kl. 15.00.</p>"), std::string::npos) << xml;
    EXPECT_NE(xml.find("Belopp: " + minus + "27" + nbsp + "660" + nbsp + "tkr."), std::string::npos) << xml;
}

TEST(Template, EveryValueIsEscapedEvenInTripleMustaches) {
    const std::string xml = render_template(memo(), memo_data());
    EXPECT_NE(xml.find("<title>Yttrande &lt;över&gt; motion &amp; annat</title>"), std::string::npos);
    EXPECT_NE(xml.find("Rått: Yttrande &lt;över&gt; motion &amp; annat"), std::string::npos) << xml;
    EXPECT_EQ(xml.find("<över>"), std::string::npos);
}

TEST(Template, PartialsAndPositionHelpers) {
    const std::string xml = render_template(memo(), memo_data());
    EXPECT_NE(xml.find("<item>1/Ett</item>"), std::string::npos) << xml;
    EXPECT_NE(xml.find("<item>2/Två (sista)</item>"), std::string::npos) << xml;
}

TEST(Template, BuildsTheDocument) {
    const Document doc = build_document(memo(), memo_data(), "example.json");
    EXPECT_EQ(doc.meta.title, "Yttrande <över> motion & annat");
    EXPECT_EQ(doc.meta.date, "2021-02-09");
    EXPECT_EQ(doc.content.size(), 6u);
}

TEST(Template, AUserPackageInItsOwnFolderRendersWithoutRecompiling) {
    UserPackage user(kSmallDocument);
    const Document doc =
        build_document(user.open(), test::data_of({{"title", "Notis"}, {"text", "Hej & välkommen"}}), "d.json");
    EXPECT_EQ(doc.meta.title, "Notis");
    EXPECT_EQ(plain_text(std::get<Paragraph>(doc.content.at(0).value).content), "Hej & välkommen");
}

TEST(Template, SearchPathOrderDecidesAndNamesAreListedInSwedishOrder) {
    UserPackage user(kSmallDocument);
    test::write_file(user.dir / "örebro/notis/template.xml.mustache", kSmallDocument);
    test::write_file(user.dir / "örebro/notis/input.schema.json", "{}");
    test::write_file(user.dir / "ale/notis/template.xml.mustache", kSmallDocument);
    test::write_file(user.dir / "ale/notis/input.schema.json", "{}");
    const TemplateSearchPath path({user.dir.path(), test::fixtures_dir() / "packages"});
    const std::vector<std::string> expected = {"ale/notis", "minkommun/notis", "testkommun/handlingar",
                                               "testkommun/memo", "örebro/notis"};
    EXPECT_EQ(path.names(), expected);
}

TEST(Template, UnknownPackageSaysWhereItLooked) {
    const Error e = test::error_from([] { TemplateSearchPath({"/nonexistent/a"}).find("katrineholm/saknas"); });
    EXPECT_EQ(e.kind(), Error::Kind::Usage);
    EXPECT_NE(e.message().find("/nonexistent/a"), std::string::npos);
    EXPECT_EQ(test::error_from([] { TemplateSearchPath({"/tmp"}).find("../etc"); }).kind(), Error::Kind::Usage);
}

TEST(Template, UnclosedSectionNamesFileAndLine) {
    UserPackage user("<document version=\"1\">\n  {{#items}}\n  <p>{{title}}</p>\n</document>\n");
    const Error e = test::error_from([&] { user.open(); });
    EXPECT_EQ(e.kind(), Error::Kind::Template);
    EXPECT_NE(e.where().file.find("template.xml.mustache"), std::string::npos);
    EXPECT_EQ(e.where().line, 2);
    EXPECT_NE(e.message().find("Unclosed section"), std::string::npos) << e.message();
}

TEST(Template, UnclosedTagNamesFileAndLine) {
    UserPackage user("<document version=\"1\">\n\n  <p>{{title</p>\n</document>\n");
    const Error e = test::error_from([&] { user.open(); });
    EXPECT_EQ(e.where().line, 3);
    EXPECT_NE(e.message().find("Unclosed tag"), std::string::npos) << e.message();
}

TEST(Template, MissingPartialIsAnErrorNotSilence) {
    UserPackage user("<document version=\"1\">\n{{> sidfot}}\n</document>\n");
    const Error e = test::error_from([&] { user.open(); });
    EXPECT_EQ(e.where().line, 2);
    EXPECT_NE(e.message().find("partials/sidfot.xml.mustache"), std::string::npos) << e.message();
}

TEST(Template, InvalidDocumentXmlPointsAtTheTemplateLine) {
    UserPackage user(
        "<document version=\"1\">\n  <meta><title>{{title}}</title><kind>notis</kind></meta>\n  <content>\n"
        "    <p>{{text}}</p>\n    <paragraf>{{text}}</paragraf>\n  </content>\n</document>\n");
    const Error e = test::error_from([&] {
        build_document(user.open(), test::data_of({{"title", "T"}, {"text", "x"}}), "d.json");
    });
    EXPECT_EQ(e.kind(), Error::Kind::Template);
    EXPECT_NE(e.where().file.find("template.xml.mustache"), std::string::npos);
    EXPECT_EQ(e.where().line, 5);
    EXPECT_NE(e.message().find("paragraf"), std::string::npos) << e.message();
}

TEST(Template, DataThatDoesNotFitListsEveryProblem) {
    const Error e = test::error_from(
        [] { build_document(memo(), parse_data(R"({"title": 5, "date": "2021-02-30"})", "d.json"), "d.json"); });
    EXPECT_EQ(e.kind(), Error::Kind::Data);
    EXPECT_EQ(e.where().file, "d.json");
    EXPECT_NE(e.message().find("missing required field 'decisions'"), std::string::npos) << e.message();
    EXPECT_NE(e.message().find("/title: expected string"), std::string::npos) << e.message();
    EXPECT_NE(e.message().find("/date:"), std::string::npos) << e.message();
}

TEST(Template, HelperErrorsNameTheValue) {
    UserPackage user(
        "<document "
        "version=\"1\"><meta><title>{{#sv_date_long}}{{d}}{{/sv_date_long}}</title><kind>k</kind></meta><content/></"
        "document>");
    const Error e = test::error_from([&] { render_template(user.open(), test::data_of({{"d", "2021-02-30"}})); });
    EXPECT_EQ(e.kind(), Error::Kind::Data);
    EXPECT_NE(e.message().find("sv_date_long"), std::string::npos) << e.message();
    EXPECT_NE(e.message().find("2021-02-30"), std::string::npos) << e.message();
}

TEST(Template, DataMayNotHideAHelper) {
    UserPackage user(kSmallDocument);
    const Error e = test::error_from([&] { render_template(user.open(), test::data_of({{"markdown", "x"}})); });
    EXPECT_EQ(e.where().json_path, "/markdown");
}

TEST(Template, BrokenInputDescriptionIsReported) {
    UserPackage user(kSmallDocument, R"({"type": "object", "properties": {"a": {"typ": "string"}}})");
    const Error e = test::error_from([&] { user.open(); });
    EXPECT_EQ(e.where().json_path, "/properties/a/typ");
    EXPECT_NE(e.where().file.find("input.schema.json"), std::string::npos);
}

TEST(Template, APartialLinkedFromOutsideThePackageIsRefused) {
    UserPackage user("<document version=\"1\">{{> leak}}</document>");
    test::write_file(user.dir / "secret.txt", "hemlig");
    std::filesystem::create_directories(user.dir / "minkommun/notis/partials");
    std::filesystem::create_symlink(user.dir / "secret.txt", user.dir / "minkommun/notis/partials/leak.xml.mustache");
    const Error e = test::error_from([&] { user.open(); });
    EXPECT_EQ(e.kind(), Error::Kind::Template);
    EXPECT_NE(e.message().find("leads out of the template package"), std::string::npos) << e.message();
}

TEST(Template, APartialThatIncludesItselfForeverIsAnError) {
    UserPackage user("<document version=\"1\">{{> loop}}</document>");
    test::write_file(user.dir / "minkommun/notis/partials/loop.xml.mustache", "<p/>{{> loop}}");
    const Error e = test::error_from([&] { render_template(user.open(), test::data_of({{"title", "T"}})); });
    EXPECT_EQ(e.kind(), Error::Kind::Template);
    EXPECT_NE(e.message().find("'loop' include itself"), std::string::npos) << e.message();
}

TEST(Template, RecursivePartialsOverFiniteDataWork) {
    UserPackage user("<document version=\"1\">{{#children}}{{> node}}{{/children}}</document>");
    test::write_file(user.dir / "minkommun/notis/partials/node.xml.mustache",
                     "[{{name}}{{#children}}{{> node}}{{/children}}]");
    const auto data =
        parse_data(R"({"children": [{"name": "a", "children": [{"name": "b", "children": []}]}]})", "d.json");
    EXPECT_EQ(render_template(user.open(), data), "<document version=\"1\">[a[b]]</document>");
}

// Partials that do not include themselves are written in place before rendering (they are
// parsed once, not at every inclusion); ones that do stay partials. Either way they render in
// the context where they are included.
TEST(Template, PartialsInsideRecursivePartialsAndRepeatedPartialsRenderInPlace) {
    UserPackage user("<document version=\"1\">{{> leaf}}{{#children}}{{> node}}{{/children}}{{> leaf}}</document>");
    test::write_file(user.dir / "minkommun/notis/partials/node.xml.mustache",
                     "[{{> leaf}}{{#children}}{{> node}}{{/children}}]");
    test::write_file(user.dir / "minkommun/notis/partials/leaf.xml.mustache", "<{{> name}}>");
    test::write_file(user.dir / "minkommun/notis/partials/name.xml.mustache", "{{name}}");
    const auto data = parse_data(
        R"({"name": "rot", "children": [{"name": "a", "children": [{"name": "b", "children": []}]}]})", "d.json");
    EXPECT_EQ(render_template(user.open(), data), "<document version=\"1\"><rot>[<a>[<b>]]<rot></document>");
}

TEST(Template, PartialsWorkWithChangedDelimiters) {
    UserPackage user("{{=<% %>=}}<%> p%>|<%={{ }}=%>{{> p}}");
    test::write_file(user.dir / "minkommun/notis/partials/p.xml.mustache", "{{title}}");
    EXPECT_EQ(render_template(user.open(), test::data_of({{"title", "T"}})), "T|T");
}

TEST(Template, FloatsReachTemplatesInPlainDecimalNotation) {
    UserPackage user("{{a}} {{b}} {{c}} {{#sv_number}}{{c}}{{/sv_number}}");
    const auto data = parse_data(R"({"a": 1e5, "b": 1.5e-7, "c": 1e21})", "d.json");
    EXPECT_EQ(render_template(user.open(), data), "100000 0.00000015 1000000000000000000000 1" + nbsp + "000" + nbsp +
                                                      "000" + nbsp + "000" + nbsp + "000" + nbsp + "000" + nbsp +
                                                      "000" + nbsp + "000");
}

TEST(Template, HelperErrorsNameTheDataFile) {
    UserPackage user("{{#sv_date}}{{d}}{{/sv_date}}");
    const Error e = test::error_from([&] {
        render_template(user.open(), test::data_of({{"d", "igår"}}), "kallelse.json");
    });
    EXPECT_EQ(e.where().file, "kallelse.json");
}

TEST(Template, DeeplyNestedMarkdownIsADataError) {
    UserPackage user("{{#markdown}}{{text}}{{/markdown}}");
    std::string markdown;
    for (int i = 0; i < 40; ++i) markdown += std::string(static_cast<std::size_t>(i) * 2, ' ') + "- nivå\n";
    const Error e = test::error_from([&] { render_template(user.open(), test::data_of({{"text", markdown}})); });
    EXPECT_EQ(e.kind(), Error::Kind::Data);
    EXPECT_NE(e.message().find("nested deeper"), std::string::npos) << e.message();
}

TEST(Template, HelperErrorsNameTheFieldTheValueCameFrom) {
    UserPackage user("{{#items}}{{#sv_date}}{{d}}{{/sv_date}}{{/items}}");
    const auto data = parse_data(R"({"items": [{"d": "2021-01-01"}, {"d": " igår "}]})", "d.json");
    const Error e = test::error_from([&] { render_template(user.open(), data, "k.json"); });
    EXPECT_EQ(e.where().json_path, "/items/1/d");
    EXPECT_EQ(std::string(e.what()).rfind("k.json: at /items/1/d: the helper 'sv_date' cannot format 'igår'", 0), 0u)
        << e.what();
}
