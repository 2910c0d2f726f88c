// Kansli's Mustache engine (core/src/mustache), through render_template as a template author
// meets it: names, sections, position keys, helpers, partials, line rules and syntax errors.
#include <gtest/gtest.h>

#include "kansli/error.hpp"
#include "kansli/render.hpp"
#include "kansli/template_package.hpp"
#include "test_data.hpp"
#include "test_support.hpp"

using namespace kansli;
namespace test = kansli::test;

namespace {

struct Package {
    test::TempDir dir;
    explicit Package(const std::string& main_template, const std::map<std::string, std::string>& partials = {}) {
        test::write_file(dir / "k/p/template.xml.mustache", main_template);
        test::write_file(dir / "k/p/input.schema.json", "{}");
        for (const auto& [name, text] : partials)
            test::write_file(dir / "k/p/partials" / (name + ".xml.mustache"), text);
    }
    TemplatePackage open() const { return TemplatePackage::open(dir / "k/p", "k/p"); }
};

std::string render(const std::string& tmpl, const nlohmann::json& data,
                   const std::map<std::string, std::string>& partials = {}) {
    const Package package(tmpl, partials);
    return render_template(package.open(), test::data_of(data));
}

Error error_of(const std::function<void()>& action) {
    try {
        action();
    } catch (const Error& e) {
        return e;
    }
    ADD_FAILURE() << "no error";
    return Error(Error::Kind::Usage, {}, "no error");
}

}  // namespace

TEST(Mustache, ValuesAreEscapedAndNumbersWrittenPlainly) {
    const nlohmann::json data = {
        {"s", "a <b> & \"c\" 'd'"}, {"i", -27660}, {"f", 57.7}, {"e", 1e5}, {"t", true}, {"n", nullptr},
        {"o", {{"x", 1}}},          {"l", {1, 2}}};
    EXPECT_EQ(render("{{s}}|{{{s}}}|{{&s}}", data),
              "a &lt;b&gt; &amp; &quot;c&quot; &apos;d&apos;|a &lt;b&gt; &amp; &quot;c&quot; &apos;d&apos;|"
              "a &lt;b&gt; &amp; &quot;c&quot; &apos;d&apos;");
    EXPECT_EQ(render("{{i}} {{f}} {{e}}", data), "-27660 57.7 100000");
    EXPECT_EQ(render("[{{t}}{{n}}{{o}}{{l}}{{missing}}]", data), "[]");  // nothing to write
}

TEST(Mustache, SectionsFollowTheDataKinds) {
    const nlohmann::json data = {{"yes", true}, {"no", false}, {"nothing", nullptr}, {"empty", nlohmann::json::array()},
                                 {"zero", 0},   {"blank", ""}, {"list", {"a", "b"}}, {"object", {{"x", "X"}}}};
    EXPECT_EQ(render("{{#yes}}1{{/yes}}{{#no}}2{{/no}}{{#nothing}}3{{/nothing}}{{#empty}}4{{/empty}}"
                     "{{#zero}}5{{/zero}}{{#blank}}6{{/blank}}{{#missing}}7{{/missing}}",
                     data),
              "156");
    EXPECT_EQ(render("{{^yes}}1{{/yes}}{{^no}}2{{/no}}{{^nothing}}3{{/nothing}}{{^empty}}4{{/empty}}"
                     "{{^zero}}5{{/zero}}{{^missing}}7{{/missing}}",
                     data),
              "2347");
    EXPECT_EQ(render("{{#list}}<{{.}}>{{/list}}{{#object}}{{x}}{{/object}}{{#blank}}[{{.}}]{{/blank}}", data),
              "<a><b>X[]");
}

TEST(Mustache, NamesAreLookedUpOutwardAndThroughDots) {
    const nlohmann::json data = {{"title", "Ärende"},
                                 {"a", {{"b", {{"c", "abc"}}}}},
                                 {"items", {{{"name", "ett"}}, {{"name", "två"}, {"title", "eget"}}}}};
    EXPECT_EQ(render("{{a.b.c}}|{{#a}}{{b.c}}{{/a}}|{{a.x.c}}", data), "abc|abc|");
    EXPECT_EQ(render("{{#items}}{{name}}:{{title}};{{/items}}", data), "ett:Ärende;två:eget;");
    // Only a dotted name's first part is looked up outward; the rest only inside what it found.
    const nlohmann::json nested = {{"a", {{"b", {{"c", "ute"}}}}}, {"items", {{{"a", {{"x", "inne"}}}}}}};
    EXPECT_EQ(render("{{#items}}[{{a.x}}|{{a.b.c}}]{{/items}}", nested), "[inne|]");
}

TEST(Mustache, ListItemsKnowTheirPosition) {
    const nlohmann::json data = {{"items", {{{"n", "a"}}, {{"n", "b"}}, {{"n", "c"}, {"_number", "III"}}}},
                                 {"words", {"x", "y"}}};
    EXPECT_EQ(render("{{#items}}{{_number}}{{n}}{{#_first}}F{{/_first}}{{#_last}}L{{/_last}}{{^_last}},{{/_last}}"
                     "{{/items}}",
                     data),
              "1aF,2b,IIIcL");                                              // data keys of the same name win
    EXPECT_EQ(render("{{#words}}{{.}}{{_number}}{{/words}}", data), "xy");  // only objects have them
}

TEST(Mustache, HelpersRewriteWhatTheirSectionRendered) {
    const nlohmann::json data = {{"date", "2021-02-09"}, {"amount", "-27660"}, {"text", "*viktigt*"}};
    EXPECT_EQ(render("{{#sv_date_long}} {{date}} {{/sv_date_long}}", data), "9 februari 2021");
    EXPECT_EQ(render("{{#sv_tkr}}{{amount}}{{/sv_tkr}}", data),
              "\xE2\x88\x92"
              "27\xC2\xA0"
              "660\xC2\xA0tkr");
    EXPECT_EQ(render("{{#markdown_inline}}{{text}}{{/markdown_inline}}", data), "<em>viktigt</em>");
    // A data key of a helper's name, inside the data, hides the helper there.
    EXPECT_EQ(render("{{#o}}{{#sv_date}}x{{/sv_date}}{{/o}}", {{"o", {{"sv_date", true}}}}), "x");
}

TEST(Mustache, HelperNamesAreReservedAtTheDatasTopLevel) {
    const auto e = error_of([] { render("{{sv_kl}}", {{"sv_kl", "15:00"}}); });
    EXPECT_EQ(e.kind(), Error::Kind::Data);
    EXPECT_EQ(e.where().json_path, "/sv_kl");
    EXPECT_NE(e.message().find("reserved for the template helper"), std::string::npos) << e.message();
}

TEST(Mustache, AHelperWrittenAsAVariableIsATemplateError) {
    const auto e = error_of([] { render("{{sv_date}}", nlohmann::json::object()); });
    EXPECT_EQ(e.kind(), Error::Kind::Template);
    EXPECT_NE(e.message().find("{{#sv_date}}"), std::string::npos) << e.message();
}

TEST(Mustache, LinesHoldingOnlyATagDisappear) {
    const nlohmann::json data = {{"items", {{{"n", "a"}}, {{"n", "b"}}}}, {"yes", true}};
    EXPECT_EQ(render("<list>\n  {{#items}}\n  <item>{{n}}</item>\n  {{/items}}\n</list>\n", data),
              "<list>\n  <item>a</item>\n  <item>b</item>\n</list>\n");
    EXPECT_EQ(render("a\n  {{#yes}}  \n b\n{{/yes}}\nc", data), "a\n b\nc");
    // Whether the section renders or not (the spec's rule; kainjow's left this line's spaces).
    EXPECT_EQ(render("a\n  {{#no}}\nx\n{{/no}}\nc", data), "a\nc");
    EXPECT_EQ(render("a\r\n{{#yes}}\r\nb\r\n{{/yes}}\r\n", data), "a\r\nb\r\n");
    // Comments and delimiter changes alone on a line go too; a variable's line stays.
    EXPECT_EQ(render("a\n  {{! note }}\n{{=<% %>=}}\n<%n%>\n", {{"n", ""}}), "a\n\n");
    // Two tags on a line are not standalone (but a parent's or block's pair is, below).
    EXPECT_EQ(render("a\n{{#yes}}{{/yes}}\nb", data), "a\n\nb");
}

TEST(Mustache, AStandalonePartialIndentsEachOfItsLines) {
    const std::map<std::string, std::string> partials = {
        {"rows", "<row>\n  {{#r}}\n  <cell>{{.}}</cell>\n  {{/r}}\n</row>\n"}};
    EXPECT_EQ(render("<table>\n    {{> rows}}\n</table>\n", {{"r", {"1\n2", "3"}}}, partials),
              "<table>\n    <row>\n      <cell>1\n2</cell>\n      <cell>3</cell>\n    </row>\n</table>\n");
    // Not alone on its line: not indented.
    EXPECT_EQ(render("x {{> rows}}", {{"r", {"1"}}}, partials), "x <row>\n  <cell>1</cell>\n</row>\n");
}

TEST(Mustache, ParentsTakeTheirCallersBlocks) {
    const std::map<std::string, std::string> partials = {
        {"memo", "<doc>\n  {{$head}}\n  <p>standard</p>\n  {{/head}}\n  <p>{{$body}}text{{/body}}</p>\n</doc>\n"}};
    EXPECT_EQ(render("{{<memo}}{{/memo}}\n", nlohmann::json::object(), partials),
              "<doc>\n  <p>standard</p>\n  <p>text</p>\n</doc>\n");
    // A block's lines are indented where the parent puts them, and see the parent's context.
    EXPECT_EQ(render("{{<memo}}\n{{$head}}\n<p>{{who}}</p>\n<p>och mer</p>\n{{/head}}\n{{/memo}}\n", {{"who", "Anna"}},
                     partials),
              "<doc>\n  <p>Anna</p>\n  <p>och mer</p>\n  <p>text</p>\n</doc>\n");
}

TEST(Mustache, ABlockThatHoldsItsOwnNameEnds) {
    const std::map<std::string, std::string> partials = {{"p", "[{{$a}}default{{/a}}]"}};
    EXPECT_EQ(render("{{<p}}{{$a}}<{{$a}}inner{{/a}}>{{/a}}{{/p}}", nlohmann::json::object(), partials), "[<inner>]");
}

TEST(Mustache, TemplatesNestAtMostAHundredLevels) {
    std::string deep;
    for (int i = 0; i < 100; ++i) deep += "{{#a}}";
    for (int i = 0; i < 100; ++i) deep += "{{/a}}";
    EXPECT_EQ(render(deep, nlohmann::json::object()), "");
    std::string deeper;
    for (int i = 0; i < 14000; ++i) deeper += "{{#a}}";
    const Package package("x\n" + deeper);
    const auto e = error_of([&] { package.open(); });
    EXPECT_EQ(e.kind(), Error::Kind::Template);
    EXPECT_NE(e.message().find("sections nest deeper than 100 levels"), std::string::npos) << e.message();
    EXPECT_EQ(e.where().line, 2);
    EXPECT_EQ(e.where().column, 601);  // the 101st {{#a}}
}

TEST(Mustache, PartialsRenderInTheSameContext) {
    const nlohmann::json data = {{"rows", {{{"v", "1"}}, {{"v", "2"}}}}};
    EXPECT_EQ(render("{{#rows}}{{> row}}{{/rows}}", data, {{"row", "<{{v}}/{{_number}}>"}}), "<1/1><2/2>");
    // A data key of a partial's name does not hide the partial.
    EXPECT_EQ(render("{{> row}}", {{"row", "{{v}}"}, {"v", "x"}}, {{"row", "[{{v}}]"}}), "[x]");
}

TEST(Mustache, PartialsMayRecurseOverFiniteDataButNotForever) {
    // The leaf says it has no children: a missing key would be looked up in its parent.
    const nlohmann::json leaf = {{"name", "c"}, {"children", nlohmann::json::array()}};
    const nlohmann::json tree = {{"name", "a"}, {"children", {{{"name", "b"}, {"children", {leaf}}}}}};
    EXPECT_EQ(render("{{> node}}", tree, {{"node", "({{name}}{{#children}}{{> node}}{{/children}})"}}), "(a(b(c)))");
    const auto e = error_of([] { render("{{> loop}}", nlohmann::json::object(), {{"loop", "x{{> loop}}"}}); });
    EXPECT_EQ(e.kind(), Error::Kind::Template);
    EXPECT_NE(e.message().find("nest deeper than 32"), std::string::npos) << e.message();
    EXPECT_NE(e.where().file.find("loop.xml.mustache"), std::string::npos) << e.where().file;
}

TEST(Mustache, OnlyPartialsThatIncludeThemselvesCountTowardsTheDepth) {
    // node includes itself; w1 … w5 only wrap it. 32 levels of node are allowed, whatever wraps it.
    // (Objects in objects: the data itself stays within its own nesting limit of 64.)
    const auto nested = [](int levels) {
        nlohmann::json data = {{"c", nlohmann::json::array()}};
        for (int i = 1; i < levels; ++i) data = {{"c", data}};
        return data;
    };
    const std::map<std::string, std::string> partials = {{"w1", "{{> w2}}"},   {"w2", "{{> w3}}"},
                                                         {"w3", "{{> w4}}"},   {"w4", "{{> w5}}"},
                                                         {"w5", "{{> node}}"}, {"node", "x{{#c}}{{> node}}{{/c}}"}};
    EXPECT_EQ(render("{{> w1}}", nested(32), partials), std::string(32, 'x'));
    const auto e = error_of([&] { render("{{> w1}}", nested(33), partials); });
    EXPECT_NE(e.message().find("nest deeper than 32"), std::string::npos) << e.message();
    EXPECT_NE(e.where().file.find("node.xml.mustache"), std::string::npos) << e.where().file;
}

TEST(Mustache, DelimitersMayChange) {
    EXPECT_EQ(render("{{=<% %>=}}<%a%> {{a}} <%#l%><%.%><%/l%>", {{"a", "A"}, {"l", {1, 2}}}), "A {{a}} 12");
}

TEST(Mustache, CommentsLeaveNothing) { EXPECT_EQ(render("a{{! en kommentar }}b", nlohmann::json::object()), "ab"); }

TEST(Mustache, SyntaxErrorsNameTheFileLineAndColumn) {
    const std::pair<std::string, std::string> cases[] = {
        {"ok\n  {{#a}}\n", "Unclosed section \"a\""},      {"ok\n  {{#a}}{{/b}}", "Unclosed section \"a\""},
        {"ok\n  {{/a}}", "Unopened section \"a\""},        {"ok\n  {{a", "Unclosed tag"},
        {"ok\n  {{=<% %>}}", "Invalid set delimiter tag"},
    };
    for (const auto& [tmpl, message] : cases) {
        const Package package(tmpl);
        const auto e = error_of([&] { package.open(); });
        EXPECT_EQ(e.kind(), Error::Kind::Template) << tmpl;
        EXPECT_NE(e.message().find("Mustache syntax: " + message), std::string::npos) << e.message();
        EXPECT_EQ(e.where().line, 2) << tmpl;
        EXPECT_EQ(e.where().column, 3) << tmpl;
    }
}

TEST(Mustache, ThePackageParsesItsTemplatesOnceForEveryRender) {
    const Package package("{{#items}}{{.}}{{/items}}");
    const TemplatePackage opened = package.open();
    EXPECT_EQ(render_template(opened, test::data_of({{"items", {1, 2}}})), "12");
    EXPECT_EQ(render_template(opened, test::data_of({{"items", {"x"}}})), "x");
}
