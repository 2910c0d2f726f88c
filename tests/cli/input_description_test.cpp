// Every bundled package's input description makes `kansli check` catch a missing field, a
// wrong type and an unknown key, with the JSON path: three mutations of its example.json, at
// the top and in the most deeply nested object, and a look at the description as a whole.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "test_support.hpp"

namespace test = kansli::test;
namespace fs = std::filesystem;
using nlohmann::json;

namespace {

bool is_object_schema(const json& schema) {
    const auto type = schema.find("type");
    if (type == schema.end()) return false;
    return type->is_string() ? *type == "object" : std::find(type->begin(), type->end(), "object") != type->end();
}

// An object in the example whose description requires a field the example has, and a string
// field it could spoil: where the mutations go.
struct Place {
    std::string path;  // JSON Pointer of the object; "" is the top
    std::string required_key;
    std::string string_key;
    int depth = -1;
};

void find_places(const json& value, const json& schema, const std::string& path, int depth, Place& top,
                 Place& deepest) {
    if (value.is_object() && is_object_schema(schema)) {
        Place here{path, {}, {}, depth};
        for (const auto& key : schema.value("required", json::array()))
            if (value.contains(key.get<std::string>()) && here.required_key.empty()) here.required_key = key;
        const json properties = schema.value("properties", json::object());
        for (const auto& [key, sub] : properties.items())
            if (value.contains(key) && value[key].is_string() && sub.value("type", json()) == "string" &&
                here.string_key.empty())
                here.string_key = key;
        const bool usable = !here.required_key.empty() && !here.string_key.empty();
        if (usable && depth == 0) top = here;
        if (usable && depth > deepest.depth) deepest = here;
        for (const auto& [key, child] : value.items())
            if (schema.contains("properties") && schema["properties"].contains(key))
                find_places(child, schema["properties"][key], path + "/" + key, depth + 1, top, deepest);
    } else if (value.is_array() && schema.contains("items")) {
        for (std::size_t i = 0; i < value.size(); ++i)
            find_places(value[i], schema["items"], path + "/" + std::to_string(i), depth + 1, top, deepest);
    }
}

class InputDescription : public ::testing::TestWithParam<std::string> {
protected:
    fs::path package_dir() const { return fs::path(KANSLI_SOURCE_DIR) / "templates" / GetParam(); }
    json example() const { return json::parse(test::read_file(package_dir() / "example.json")); }
    json schema() const { return schema_of(GetParam()); }

    // As the package reads it: a package that extends another (manifest.json "extends") has its
    // parent's with its own merged in (JSON Merge Patch, docs/template-packages.md).
    static json schema_of(const std::string& package) {
        const fs::path dir = fs::path(KANSLI_SOURCE_DIR) / "templates" / package;
        const json manifest =
            fs::exists(dir / "manifest.json") ? json::parse(test::read_file(dir / "manifest.json")) : json::object();
        json schema = manifest.contains("extends") ? schema_of(manifest["extends"].get<std::string>()) : json::object();
        if (fs::exists(dir / "input.schema.json"))
            schema.merge_patch(json::parse(test::read_file(dir / "input.schema.json")));
        return schema;
    }

    // Writes the data, runs kansli check, and expects exit 1 and `problem` at `path`.
    void expect_problem(const json& data, const std::string& path, const std::string& problem) const {
        test::TempDir work;
        test::write_file(work / "data.json", data.dump(2));
        const auto r =
            test::run(test::shell_quote(KANSLI_CLI) + " check " + test::shell_quote((work / "data.json").string()) +
                      " --template " + GetParam() + " --templates " +
                      test::shell_quote((fs::path(KANSLI_SOURCE_DIR) / "templates").string()));
        EXPECT_EQ(r.exit_code, 1) << r.out;
        const std::string expected = "data.json: at " + (path.empty() ? "/" : path) + ": " + problem;
        EXPECT_NE(r.out.find(expected), std::string::npos) << "expected: " << expected << "\nfound:\n" << r.out;
    }

    void mutate_at(const Place& place) const {
        SCOPED_TRACE("object at " + (place.path.empty() ? std::string("/") : place.path));
        const json::json_pointer at(place.path);
        json missing = example();
        missing[at].erase(place.required_key);
        expect_problem(missing, place.path, "missing required field '" + place.required_key + "'");

        json wrong_type = example();
        wrong_type[at][place.string_key] = 42;
        expect_problem(wrong_type, place.path + "/" + place.string_key, "expected string, found a number");

        json unknown = example();
        unknown[at]["okänt_fält"] = "x";
        expect_problem(unknown, place.path + "/okänt_fält", "unknown field 'okänt_fält'");
    }
};

}  // namespace

TEST_P(InputDescription, CheckCatchesAMissingFieldAWrongTypeAndAnUnknownKey) {
    Place top, deepest;
    find_places(example(), schema(), "", 0, top, deepest);
    ASSERT_EQ(top.depth, 0) << "no required string field at the top of " << GetParam();
    ASSERT_GT(deepest.depth, 0) << "no nested object with a required and a string field in " << GetParam();
    mutate_at(top);
    mutate_at(deepest);
}

// Every object in the description is closed (an unknown key anywhere is caught) and every
// value has a type or an enum (a wrong type anywhere is caught).
TEST_P(InputDescription, EveryObjectIsClosedAndEveryValueTyped) {
    std::vector<std::string> open;
    const std::function<void(const json&, const std::string&)> visit = [&](const json& s, const std::string& path) {
        if (!s.contains("type") && !s.contains("enum")) open.push_back(path + " has neither type nor enum");
        if (is_object_schema(s)) {
            if (s.value("additionalProperties", json(true)) != json(false))
                open.push_back(path + " allows unknown keys");
            const json properties = s.value("properties", json::object());
            for (const auto& [key, sub] : properties.items()) visit(sub, path + "/properties/" + key);
        }
        if (s.contains("items")) visit(s["items"], path + "/items");
    };
    visit(schema(), "");
    EXPECT_TRUE(open.empty()) << testing::PrintToString(open);
}

INSTANTIATE_TEST_SUITE_P(BundledPackages, InputDescription, ::testing::ValuesIn(test::bundled_packages()),
                         [](const ::testing::TestParamInfo<std::string>& param_info) {
                             std::string name = param_info.param;
                             for (char& c : name)
                                 if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
                             return name;
                         });

// The packet describes each item's memo with the tjänsteskrivelse's own field descriptions (the
// subset has no $ref); they must not drift apart.
TEST(PacketInputDescription, MemoFieldsAreTheTjansteskrivelsesFields) {
    const fs::path templates = fs::path(KANSLI_SOURCE_DIR) / "templates/katrineholm";
    const json packet = json::parse(test::read_file(templates / "sammantradeshandlingar/input.schema.json"));
    const json memo = json::parse(test::read_file(templates / "tjansteskrivelse/input.schema.json"));
    const json& papers = packet["properties"]["items"]["items"]["properties"]["papers"];
    ASSERT_TRUE(papers.contains("properties"));
    for (const auto& [key, description] : papers["properties"].items()) {
        ASSERT_TRUE(memo["properties"].contains(key)) << key;
        EXPECT_EQ(description, memo["properties"][key]) << key;
    }
    // Title and dnr belong to the item only: written once, shown in the agenda and the memo.
    for (const char* key : {"title", "dnr"}) EXPECT_FALSE(papers["properties"].contains(key)) << key;
}

// A report attached to an item (årsredovisning, reglemente, internkontrollrapport) is
// katrineholm/arsredovisning's report-body partial, so the packet describes it with the
// årsredovisning's own fields, copied (the subset has no $ref); they must not drift apart. The
// fields only the årsredovisning's <meta> and table of contents use are left out: in the packet
// the item has the dnr and date, the memo the signature, and a table of contents would list the
// whole packet.
TEST(PacketInputDescription, ReportFieldsAreTheArsredovisningsFields) {
    const fs::path templates = fs::path(KANSLI_SOURCE_DIR) / "templates/katrineholm";
    const json packet = json::parse(test::read_file(templates / "sammantradeshandlingar/input.schema.json"));
    const json report_package = json::parse(test::read_file(templates / "arsredovisning/input.schema.json"));
    const json& report =
        packet["properties"]["items"]["items"]["properties"]["attachments"]["items"]["properties"]["report"];
    ASSERT_TRUE(report.contains("properties"));
    for (const auto& [key, description] : report_package["properties"].items()) {
        const bool meta_only = key == "dnr" || key == "report_date" || key == "responsible" || key == "toc_depth";
        EXPECT_EQ(report["properties"].contains(key), !meta_only) << key;
        if (!meta_only) {
            EXPECT_EQ(report["properties"][key], description) << key;
        }
    }
    EXPECT_EQ(report["properties"].size(), report_package["properties"].size() - 4);
    EXPECT_EQ(report["required"], report_package["required"]);
    EXPECT_EQ(report["additionalProperties"], false);
}
