#include "manifest.hpp"

#include "data_reader.hpp"
#include "json_path.hpp"
#include "kansli/error.hpp"

namespace kansli {

namespace {

using nlohmann::json;

[[noreturn]] void fail(const std::filesystem::path& file, const std::string& path, const std::string& message) {
    throw Error(Error::Kind::Template, {file.string(), 0, 0, path}, message);
}

void expect_object(const json& value, const std::filesystem::path& file, const std::string& path,
                   std::initializer_list<const char*> known) {
    if (!value.is_object()) fail(file, path, "expected an object");
    for (const auto& [key, unused] : value.items()) {
        bool ok = false;
        std::string list;
        for (const char* k : known) {
            ok = ok || key == k;
            list += (list.empty() ? "" : ", ") + std::string(k);
        }
        if (!ok)
            fail(file, json_path_append(path, key), "unknown manifest key '" + key + "' (known here: " + list + ")");
    }
}

// A JSON Pointer into the data ("/meeting_date"); "" (the whole data) makes no sense here.
std::string data_pointer(const json& value, const std::filesystem::path& file, const std::string& path) {
    if (!value.is_string() || value.get<std::string>().empty() || value.get<std::string>().front() != '/')
        fail(file, path, "expected a JSON Pointer into the data, such as \"/meeting_date\"");
    try {
        (void)json::json_pointer(value.get<std::string>());
    } catch (const json::exception& e) {
        fail(file, path, std::string("not a valid JSON Pointer: ") + e.what());
    }
    return value.get<std::string>();
}

}  // namespace

PackageManifest load_manifest(const std::filesystem::path& file, const std::string& package_name) {
    PackageManifest manifest;
    if (!std::filesystem::exists(file)) return manifest;
    json root;
    try {
        root = detail::load_data(file);
    } catch (const Error& e) {
        throw Error(Error::Kind::Template, e.where(), e.message());
    }
    expect_object(root, file, "", {"extends", "partials_from", "lint"});
    if (const auto parent = root.find("extends"); parent != root.end()) {
        if (!parent->is_string())
            fail(file, "/extends", "expected a package name such as \"botkyrka/tjansteskrivelse\"");
        manifest.extends = parent->get<std::string>();
    }
    if (const auto from = root.find("partials_from"); from != root.end()) {
        if (!from->is_array()) fail(file, "/partials_from", "expected a list of package names");
        for (std::size_t i = 0; i < from->size(); ++i) {
            const auto& name = (*from)[i];
            const std::string path = json_path_append("/partials_from", i);
            if (!name.is_string()) fail(file, path, "expected a package name such as \"katrineholm/kallelse\"");
            if (name.get<std::string>() == package_name) fail(file, path, "a package cannot include itself");
            manifest.partials_from.push_back(name.get<std::string>());
        }
    }
    if (const auto lint = root.find("lint"); lint != root.end()) {
        expect_object(*lint, file, "/lint", {"meeting_date", "any_year"});
        if (const auto date = lint->find("meeting_date"); date != lint->end())
            manifest.lint.meeting_date = data_pointer(*date, file, "/lint/meeting_date");
        if (const auto any_year = lint->find("any_year"); any_year != lint->end()) {
            if (!any_year->is_array()) fail(file, "/lint/any_year", "expected a list of data field names");
            for (std::size_t i = 0; i < any_year->size(); ++i) {
                const auto& name = (*any_year)[i];
                if (!name.is_string() || name.get<std::string>().empty())
                    fail(file, json_path_append("/lint/any_year", i),
                         "expected a data field name such as \"attachments\"");
                manifest.lint.any_year.push_back(name.get<std::string>());
            }
        }
    }
    return manifest;
}

}  // namespace kansli
