// manifest.json "extends": a package made of only what it changes in another — blocks of its
// template, keys of its theme and input description, partials — opened at run time from a
// folder of the user's own.
#include <gtest/gtest.h>

#include "kansli/data.hpp"
#include "kansli/error.hpp"
#include "kansli/render.hpp"
#include "kansli/template_package.hpp"
#include "test_data.hpp"
#include "test_support.hpp"

using namespace kansli;
namespace test = kansli::test;
namespace fs = std::filesystem;

namespace {

const std::string kParent = "botkyrka/tjansteskrivelse";

// A folder of the user's own in front of the bundled packages, as --templates DIR puts it.
struct UserFolder {
    test::TempDir dir;
    TemplatePackage open(const std::string& name) const {
        return TemplateSearchPath({dir.path(), test::source_dir() / "templates"}).find(name);
    }
    void file(const std::string& path, const std::string& text) const { test::write_file(dir / path, text); }
};

nlohmann::json parent_example() {
    return nlohmann::json::parse(test::read_file(test::source_dir() / "templates" / kParent / "example.json"));
}

std::string render(const TemplatePackage& package, const nlohmann::json& data) {
    return render_template(package, test::data_of(data));
}

// What check_data says of `data` with the package's (merged) input description, one line each.
std::string problems(const TemplatePackage& package, const nlohmann::json& data) {
    std::string out;
    for (const DataProblem& p : check_data(test::data_of(data), package)) out += p.json_path + ": " + p.message + "\n";
    return out;
}

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

}  // namespace

TEST(PackageExtension, OverridesOneBlockOneThemeKeyAndOneLabelAndKeepsTheRest) {
    UserFolder user;
    user.file("minkommun/beslut/manifest.json", R"({"extends": "botkyrka/tjansteskrivelse"})");
    user.file(
        "minkommun/beslut/template.xml.mustache",
        "{{<botkyrka/tjansteskrivelse}}{{$proposal_heading}}Beslut{{/proposal_heading}}{{/botkyrka/tjansteskrivelse}}");
    user.file("minkommun/beslut/theme.json",
              R"({"colours": {"heading": "#123456"}, "labels": {"skip_link": "Gå till innehållet"}})");
    const TemplatePackage package = user.open("minkommun/beslut");
    const TemplatePackage parent = user.open(kParent);

    const std::string xml = render(package, parent_example());
    EXPECT_TRUE(contains(xml, "<heading level=\"2\">Beslut</heading>")) << xml;
    EXPECT_FALSE(contains(xml, "Förslag till beslut")) << xml;
    // The rest of the parent's template, partials and input description, unchanged.
    EXPECT_TRUE(contains(xml, "<heading level=\"2\">Barnkonsekvensanalys</heading>")) << xml;
    EXPECT_EQ(problems(package, parent_example()), "");
    EXPECT_EQ(package.template_file(), user.dir / "minkommun/beslut/template.xml.mustache");
    // One theme key and one label changed; every other key is the parent's, the logo too (read
    // from the parent's folder).
    EXPECT_EQ(package.theme().heading_colour, "#123456");
    EXPECT_EQ(package.theme().accent_colour, parent.theme().accent_colour);
    EXPECT_EQ(package.theme().footer_text, parent.theme().footer_text);
    EXPECT_EQ(package.theme().dnr->format, parent.theme().dnr->format);
    EXPECT_EQ(package.theme().labels.skip_link, "Gå till innehållet");
    EXPECT_EQ(package.theme().labels.footnotes, parent.theme().labels.footnotes);
    ASSERT_TRUE(package.theme().logo.has_value());
    EXPECT_EQ(package.theme().logo->bytes, parent.theme().logo->bytes);
    // The whole way to a document: the parent's partial (table-block) and the child's block.
    const Document document = build_document(package, test::data_of(parent_example()), "example.json");
    EXPECT_EQ(document.meta.title, parent_example()["title"].get<std::string>());
}

TEST(PackageExtension, WithoutATemplateOfItsOwnThePackageRendersItsParents) {
    UserFolder user;
    user.file("minkommun/ny/manifest.json", R"({"extends": "botkyrka/tjansteskrivelse"})");
    user.file("minkommun/ny/theme.json", R"({"locale": {"dnr": {"format": "{series}/{year}:{number}"}}})");
    const TemplatePackage package = user.open("minkommun/ny");
    EXPECT_EQ(package.template_file(), test::source_dir() / "templates" / kParent / "template.xml.mustache");
    // The diarienummer's form, the one key the theme changes: SN/2023:00130 written unpadded.
    nlohmann::json data = parent_example();
    data["dnr"] = "SN 2023:130";
    EXPECT_TRUE(contains(render(package, data), "<dnr>SN/2023:130</dnr>"));
    EXPECT_TRUE(contains(render(user.open(kParent), data), "<dnr>SN/2023:00130</dnr>"));
}

TEST(PackageExtension, PartialsAndInputFieldsAreReplacedAddedOrRemovedByName) {
    UserFolder user;
    user.file("minkommun/ny/manifest.json", R"({"extends": "botkyrka/tjansteskrivelse"})");
    user.file("minkommun/ny/partials/table-block.xml.mustache", "<p>egen tabell: {{caption}}</p>");
    // null removes a field, an object replaces one key by key, a new key adds a field.
    user.file("minkommun/ny/input.schema.json", R"({
        "properties": {"classification": null, "dnr": {"description": "Diarienummer."},
                       "note": {"type": "string"}},
        "required": ["organisation", "committee", "memo_date", "administration", "officer", "dnr", "title",
                     "proposal", "summary", "case", "child_impact", "economic_impact", "documents",
                     "approved_by", "send_to"]})");
    // The parent's head shows the removed field: the package must replace it (strict names).
    const Error e = test::error_from([&] { user.open("minkommun/ny"); });
    EXPECT_EQ(e.where().file, (test::source_dir() / "templates" / kParent / "template.xml.mustache").string());
    EXPECT_TRUE(contains(e.message(), "unknown variable {{classification}}")) << e.message();
    user.file("minkommun/ny/template.xml.mustache",
              "{{<botkyrka/tjansteskrivelse}}{{$head}}<p>{{note}}</p>{{/head}}{{/botkyrka/tjansteskrivelse}}");

    const TemplatePackage package = user.open("minkommun/ny");
    nlohmann::json data = parent_example();
    data["tables"] = {{{"caption", "T"},
                       {"row_heading", "R"},
                       {"columns", {"A"}},
                       {"decimals", 0},
                       {"rows", {{{"label", "x"}, {"values", {1}}}}}}};
    data["note"] = "Anteckning";
    const std::string xml = render(package, data);
    EXPECT_TRUE(contains(xml, "<p>egen tabell: T</p>")) << xml;
    EXPECT_TRUE(contains(xml, "<p>Anteckning</p>")) << xml;
    // The data check follows the merged description: classification is now unknown, note is a
    // string, dnr keeps the parent's format.
    EXPECT_TRUE(contains(problems(package, data), "/classification: unknown field")) << problems(package, data);
    data.erase("classification");
    EXPECT_EQ(problems(package, data), "");
    data["note"] = 12;
    data["dnr"] = "inte ett diarienummer";
    const std::string found = problems(package, data);
    EXPECT_TRUE(contains(found, "/note: expected string")) << found;
    EXPECT_TRUE(contains(found, "/dnr:")) << found;
}

TEST(PackageExtension, AFolderOfOnesOwnMayExtendTheBundledPackageOfTheSameName) {
    UserFolder user;
    user.file("botkyrka/tjansteskrivelse/manifest.json", R"({"extends": "botkyrka/tjansteskrivelse"})");
    user.file("botkyrka/tjansteskrivelse/theme.json", R"({"colours": {"accent": "#224466"}})");
    const TemplatePackage package = user.open(kParent);
    EXPECT_EQ(package.directory(), user.dir / kParent);
    EXPECT_EQ(package.theme().accent_colour, "#224466");
    EXPECT_TRUE(contains(render(package, parent_example()), "Barnkonsekvensanalys"));
}

TEST(PackageExtension, AMissingOrCircularParentIsAnErrorInTheManifest) {
    UserFolder user;
    user.file("minkommun/a/manifest.json", R"({"extends": "minkommun/saknas"})");
    Error e = test::error_from([&] { user.open("minkommun/a"); });
    EXPECT_EQ(e.kind(), Error::Kind::Template);
    EXPECT_EQ(e.where().file, (user.dir / "minkommun/a/manifest.json").string());
    EXPECT_EQ(e.where().json_path, "/extends");
    EXPECT_TRUE(contains(e.message(), "no package 'minkommun/saknas' to extend")) << e.message();

    user.file("minkommun/a/manifest.json", R"({"extends": "minkommun/b"})");
    user.file("minkommun/b/manifest.json", R"({"extends": "minkommun/a"})");
    e = test::error_from([&] { user.open("minkommun/a"); });
    EXPECT_EQ(e.where().file, (user.dir / "minkommun/b/manifest.json").string());
    EXPECT_TRUE(contains(e.message(), "a circle")) << e.message();

    user.file("minkommun/a/manifest.json", R"({"extends": 12})");
    e = test::error_from([&] { user.open("minkommun/a"); });
    EXPECT_EQ(e.where().json_path, "/extends");
}

TEST(PackageExtension, AChildsThemeIsCheckedAndNamedInMessages) {
    UserFolder user;
    user.file("minkommun/ny/manifest.json", R"({"extends": "botkyrka/tjansteskrivelse"})");
    user.file("minkommun/ny/theme.json", R"({"colours": {"heading": "blå"}})");
    const Error e = test::error_from([&] { user.open("minkommun/ny"); });
    EXPECT_EQ(e.where().file, (user.dir / "minkommun/ny/theme.json").string());
    EXPECT_EQ(e.where().json_path, "/colours/heading");
}

TEST(PackageExtension, ImagesAreReadFromTheChildThenItsParents) {
    UserFolder user;
    user.file("minkommun/bas/template.xml.mustache",
              "<document version=\"1\"><meta><title>T</title><kind>k</kind></meta><content>"
              "{{$bild}}<figure src=\"logo.png\" alt=\"Logotyp\"/>{{/bild}}</content></document>");
    user.file("minkommun/bas/input.schema.json", "{}");
    fs::copy_file(test::source_dir() / "templates" / kParent / "logo.png", user.dir / "minkommun/bas/logo.png");
    user.file("minkommun/ny/manifest.json", R"({"extends": "minkommun/bas"})");
    const Document document =
        build_document(user.open("minkommun/ny"), test::data_of(nlohmann::json::object()), "data.json");
    ASSERT_EQ(document.content.size(), 1u);
    const auto* figure = std::get_if<Figure>(&document.content.front().value);
    ASSERT_NE(figure, nullptr);
    EXPECT_EQ(figure->image.bytes, test::read_file(user.dir / "minkommun/bas/logo.png"));
}
