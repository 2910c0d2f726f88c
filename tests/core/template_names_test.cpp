// Strict names: a misspelt variable, section or helper in a package is an error when the
// package opens, naming file, line and column and the nearest known name.
#include <gtest/gtest.h>

#include "kansli/error.hpp"
#include "kansli/render.hpp"
#include "kansli/template_package.hpp"
#include "test_data.hpp"
#include "test_support.hpp"

using namespace kansli;
namespace test = kansli::test;

namespace {

const char* const kSchema = R"({
  "type": "object",
  "properties": {
    "committee": {"type": "string"},
    "meeting_date": {"type": "string", "format": "date"},
    "officer": {"type": "object", "properties": {"name": {"type": "string"}, "email": {"type": "string"}}},
    "items": {"type": "array", "items": {"type": "object", "properties": {"title": {"type": "string"},
                                                                            "dnr": {"type": "string"}}}},
    "extra": {"type": "object"}
  }
})";

struct Package {
    test::TempDir dir;
    explicit Package(const std::string& main_template, const std::map<std::string, std::string>& partials = {}) {
        test::write_file(dir / "minkommun/notis/template.xml.mustache", main_template);
        test::write_file(dir / "minkommun/notis/input.schema.json", kSchema);
        for (const auto& [name, text] : partials)
            test::write_file(dir / "minkommun/notis/partials" / (name + ".xml.mustache"), text);
    }
    TemplatePackage open() const { return TemplateSearchPath({dir.path()}).find("minkommun/notis"); }
    Error error() const {
        return test::error_from([this] { open(); });
    }
    std::string file(const std::string& name) const { return (dir / "minkommun/notis" / name).string(); }
};

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

}  // namespace

TEST(TemplateNames, AMisspeltVariableIsAnErrorWithPlaceAndNearestName) {
    const Package package("<p>\n  {{comitee}}</p>");
    const Error e = package.error();
    EXPECT_EQ(e.kind(), Error::Kind::Template);
    EXPECT_EQ(e.where().file, package.file("template.xml.mustache"));
    EXPECT_EQ(e.where().line, 2);
    EXPECT_EQ(e.where().column, 3);
    EXPECT_TRUE(contains(e.message(), "unknown variable {{comitee}}")) << e.message();
    EXPECT_TRUE(contains(e.message(), "did you mean 'committee'?")) << e.message();
}

TEST(TemplateNames, AMisspeltSectionIsAnError) {
    const Package package("{{#itmes}}{{title}}{{/itmes}}");
    const Error e = package.error();
    EXPECT_EQ(e.where().line, 1);
    EXPECT_EQ(e.where().column, 1);
    EXPECT_TRUE(contains(e.message(), "unknown section {{#itmes}}")) << e.message();
    EXPECT_TRUE(contains(e.message(), "did you mean 'items'?")) << e.message();
}

TEST(TemplateNames, AMisspeltHelperIsAnErrorThatNamesTheHelper) {
    const Package package("<date>{{#sv_dat}}{{meeting_date}}{{/sv_dat}}</date>");
    const Error e = package.error();
    EXPECT_EQ(e.where().column, 7);
    EXPECT_TRUE(contains(e.message(), "unknown section {{#sv_dat}}")) << e.message();
    EXPECT_TRUE(contains(e.message(), "did you mean the helper 'sv_date'?")) << e.message();
    // A helper written as a variable is caught when the package opens, not when it renders.
    EXPECT_TRUE(contains(Package("{{sv_date}}").error().message(), "helpers are sections"));
}

TEST(TemplateNames, ADottedNamesLaterPartsAreFieldsOfTheFirst) {
    const Error e = Package("{{officer.nmae}}").error();
    EXPECT_TRUE(contains(e.message(), "'officer' has no field 'nmae'")) << e.message();
    EXPECT_TRUE(contains(e.message(), "did you mean 'name'?")) << e.message();
}

TEST(TemplateNames, NamesAreLookedUpWhereTheTemplateReadsThem) {
    // An item's fields inside the list, the top level's around it, position keys in the list,
    // helpers, {{.}}, and anything under an object the description leaves open.
    EXPECT_NO_THROW(Package("{{#items}}{{_number}} {{title}} {{committee}}{{#dnr}}{{.}}{{/dnr}}{{/items}}"
                            "{{#officer}}{{name}}{{/officer}}{{#extra}}{{whatever.deep}}{{/extra}}"
                            "{{#sv_date}}{{meeting_date}}{{/sv_date}}")
                        .open());
    // An item's field is not a field outside its list, nor is a position key.
    EXPECT_TRUE(contains(Package("{{title}}").error().message(), "unknown variable {{title}}"));
    EXPECT_TRUE(contains(Package("{{#officer}}{{_first}}{{/officer}}").error().message(), "{{_first}}"));
}

TEST(TemplateNames, APartialIsCheckedWhereItIsIncludedAndNamedInTheMessage) {
    const Package package("{{#items}}\n{{> item}}\n{{/items}}", {{"item", "<item>{{title}}</item>\n<i>{{ttile}}</i>"}});
    const Error e = package.error();
    EXPECT_EQ(e.where().file, package.file("partials/item.xml.mustache"));
    EXPECT_EQ(e.where().line, 2);
    EXPECT_EQ(e.where().column, 4);
    EXPECT_TRUE(contains(e.message(), "did you mean 'title'?")) << e.message();
}

TEST(TemplateNames, AnOutwardLookupOnPurposeIsDeclaredInTheTemplate) {
    // The partial reads "level" from around wherever it is included; the description may lack it.
    const std::map<std::string, std::string> partials = {
        {"heading", "{{! outward: level }}\n<h>{{#level}}{{level}}{{/level}}{{^level}}1{{/level}}</h>"}};
    const Package package("{{> heading}}", partials);
    EXPECT_EQ(render_template(package.open(), test::data_of({{"level", "2"}})), "<h>2</h>");
    // Only in the template that declares it.
    const Error e = Package("{{> heading}}{{level}}", partials).error();
    EXPECT_TRUE(contains(e.message(), "unknown variable {{level}}")) << e.message();
    EXPECT_TRUE(contains(e.message(), "{{! outward: level }}")) << e.message();
}

TEST(TemplateNames, ABlockIsCheckedInThePlaceItIsRenderedAndNamedInItsOwnFile) {
    const Package package("{{<ram}}{{$body}}\n<p>{{ttile}}</p>\n{{/body}}{{/ram}}",
                          {{"ram", "{{#items}}{{$body}}{{title}}{{/body}}{{/items}}"}});
    const Error e = package.error();
    EXPECT_EQ(e.where().file, package.file("template.xml.mustache"));
    EXPECT_EQ(e.where().line, 2);
    EXPECT_TRUE(contains(e.message(), "did you mean 'title'?")) << e.message();
    // Inside the parent's {{#items}}, the replacement reads an item's title.
    EXPECT_NO_THROW(Package("{{<ram}}{{$body}}<p>{{title}}</p>{{/body}}{{/ram}}",
                            {{"ram", "{{#items}}{{$body}}{{title}}{{/body}}{{/items}}"}})
                        .open());
}
