#include "kansli/data.hpp"

#include <gtest/gtest.h>

#include "kansli/error.hpp"
#include "test_data.hpp"
#include "test_support.hpp"

using namespace kansli;

namespace {

Error parse_error(const std::string& text) {
    return kansli::test::error_from([&] { parse_data(text, "data.json"); });
}

// The problems check_data finds in `data` against a package with this input description.
std::vector<DataProblem> problems(const std::string& schema, const nlohmann::json& data) {
    const test::PackageWith with(schema);
    return check_data(test::data_of(data), with.package());
}

}  // namespace

TEST(Data, MalformedJsonNamesFileLineAndColumn) {
    const Error e = parse_error("{\n  \"a\": 1,\n  \"b\": }\n");
    EXPECT_EQ(e.kind(), Error::Kind::Data);
    EXPECT_EQ(e.where().file, "data.json");
    EXPECT_EQ(e.where().line, 3);
    EXPECT_EQ(e.where().column, 8);
    EXPECT_NE(e.message().find("malformed JSON"), std::string::npos);
    EXPECT_EQ(e.message().find("json.exception"), std::string::npos) << e.message();
}

TEST(Data, InvalidUtf8IsReportedWithItsPlace) {
    const Error e = parse_error("{\"title\": \"Socialn\xE4mnden\"}");
    EXPECT_EQ(e.kind(), Error::Kind::Data);
    EXPECT_EQ(e.where().line, 1);
    EXPECT_NE(e.message().find("UTF-8"), std::string::npos) << e.message();
}

TEST(Data, ControlCharactersAreRejectedWithTheirJsonPath) {
    const Error e = parse_error(R"({"items": [{"title": "ok"}, {"title": "bell\u0007"}]})");
    EXPECT_EQ(e.where().json_path, "/items/1/title");
    EXPECT_NE(e.message().find("U+0007"), std::string::npos) << e.message();
}

TEST(Data, TabsAndNewlinesAreFine) { EXPECT_NO_THROW(parse_data(R"({"text": "rad ett\nrad\ttvå"})", "d.json")); }

TEST(Data, TheTopLevelMustBeAnObject) { EXPECT_EQ(parse_error("[1, 2]").kind(), Error::Kind::Data); }

TEST(Data, ADuplicateKeyIsRefusedWithItsPathAndLine) {
    const Error e = parse_error("{\n  \"items\": [\n    {\"a\": 1},\n    {\"a\": 1, \"b\": 2, \"a\": 3}\n  ]\n}\n");
    EXPECT_EQ(std::string(e.what()), "data.json:4:22: at /items/1/a: the key 'a' is given twice in the same object");
}

TEST(Data, TheSameKeyInDifferentObjectsIsFine) {
    EXPECT_NO_THROW(parse_data(R"({"a": {"a": 1}, "b": [{"a": 1}, {"a": 2}]})", "d.json"));
}

TEST(Data, NestingDeeperThanTheLimitNamesItsPlace) {
    std::string deep = "{\"a\": ";
    for (int i = 0; i < 70; ++i) deep += "[";
    const Error e = parse_error(deep);
    EXPECT_EQ(e.where().line, 1);
    EXPECT_EQ(e.where().column, 7 + 63);  // the 64th array is the 65th level
    EXPECT_NE(e.message().find("nests deeper than 64 levels"), std::string::npos) << e.message();
}

TEST(Data, ANumberTooLargeForADoubleNamesItsPlace) {
    const Error e = parse_error("{\n  \"a\": \"1e999\",\n  \"b\": 1e999\n}");
    EXPECT_EQ(std::string(e.what()), "data.json:3:8: the number 1e999 is too large");
}

TEST(Data, Utf16IsRefusedWithAdvice) {
    const Error e = parse_error(std::string("\xFF\xFE{\0}\0", 6));
    EXPECT_NE(e.message().find("save it as UTF-8"), std::string::npos) << e.message();
}

TEST(DataCheck, ListsEveryProblemWithItsPath) {
    const std::string schema = R"({
      "type": "object", "required": ["title", "meeting"], "additionalProperties": false,
      "properties": {
        "title": {"type": "string", "minLength": 1},
        "meeting": {"type": "object", "required": ["date"], "properties": {
            "date": {"type": "string", "format": "date"}, "time": {"type": "string", "format": "time"}}},
        "items": {"type": "array", "minItems": 1, "items": {"type": "object", "properties": {
            "dnr": {"type": "string", "pattern": "^[A-Z]+/[0-9]{4}:[0-9]+$"},
            "kind": {"enum": ["beslut", "information"]}}}},
        "amount": {"type": ["number", "null"]}
      }})";
    const auto data = nlohmann::json::parse(R"({
      "title": "",
      "meeting": {"date": "2021-02-30", "time": "15:00"},
      "items": [{"dnr": "SOCN/2020:38"}, {"dnr": "SOCN 2020:38", "kind": "annat"}],
      "amount": "många",
      "extra": 1})");
    const auto found = problems(schema, data);
    std::vector<std::string> paths;
    for (const auto& p : found) paths.push_back(p.json_path);
    const std::vector<std::string> expected = {"/amount",       "/extra",        "/items/1/dnr",
                                               "/items/1/kind", "/meeting/date", "/title"};
    EXPECT_EQ(paths, expected);
    for (const auto& p : found) EXPECT_FALSE(p.message.empty());
}

TEST(DataCheck, MissingRequiredFieldAndWrongType) {
    const auto found = problems(R"({"type": "object", "required": ["title"],
        "properties": {"title": {"type": "string"}, "items": {"type": "array"}}})",
                                {{"items", nlohmann::json::object()}});
    ASSERT_EQ(found.size(), 2u);
    EXPECT_EQ(found[0].json_path, "");
    EXPECT_NE(found[0].message.find("missing required field 'title'"), std::string::npos);
    EXPECT_EQ(found[1].json_path, "/items");
    EXPECT_NE(found[1].message.find("expected array, found an object"), std::string::npos) << found[1].message;
}

TEST(DataCheck, ValidDataHasNoProblems) {
    const test::PackageWith with(R"({"type": "object", "properties": {"n": {"type": "integer"}}})");
    EXPECT_TRUE(check_data(parse_data(R"({"n": 3})", "d.json"), with.package()).empty());
    EXPECT_FALSE(check_data(parse_data(R"({"n": 3.5})", "d.json"), with.package()).empty());
}

TEST(DataCheck, LongValuesDoNotCrashPatternChecks) {
    const test::PackageWith with(
        R"({"type": "object", "properties": {"email": {"type": "string", "pattern": "^[^@\\s]+@[^@\\s]+$"}}})");
    nlohmann::json data = {{"email", std::string(200000, 'a') + "@katrineholm.se"}};
    EXPECT_TRUE(check_data(test::data_of(data), with.package()).empty());
    data["email"] = std::string(200000, 'a');
    ASSERT_EQ(check_data(test::data_of(data), with.package()).size(), 1u);
}

TEST(DataCheck, PatternsMatchLettersNotBytes) {
    const test::PackageWith with(
        R"({"type": "object", "properties": {"name": {"type": "string", "pattern": "^[A-ZÅÄÖ][a-zåäö]+$"}}})");
    EXPECT_TRUE(check_data(test::data_of({{"name", "Örebro"}}), with.package()).empty());
    EXPECT_FALSE(check_data(test::data_of({{"name", "örebro"}}), with.package()).empty());
}

TEST(Data, ComesBackAsCompactJsonWithKeysInOrder) {
    const Data data =
        parse_data("{\"b\": [1, 2.5, null],\n \"a\": \"Nämnd\", \"c\": {\"z\": true, \"y\": -0}}", "d.json");
    EXPECT_EQ(data.to_json(), R"({"a":"Nämnd","b":[1,2.5,null],"c":{"y":0,"z":true}})");
    const Data copy = data;  // copies share the value
    EXPECT_EQ(copy.to_json(), data.to_json());
}
