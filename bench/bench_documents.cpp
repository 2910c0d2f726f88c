#include "bench_documents.hpp"

#include <set>
#include <sstream>

namespace kansli::bench {

namespace fs = std::filesystem;

namespace {

constexpr const char* kReport = "katrineholm/arsredovisning";

void collect_ids(const nlohmann::json& value, std::set<std::string>& ids) {
    if (value.is_object()) {
        for (const auto& [key, child] : value.items()) {
            if (key == "id" && child.is_string()) ids.insert(child.get<std::string>());
            collect_ids(child, ids);
        }
    } else if (value.is_array()) {
        for (const auto& child : value) collect_ids(child, ids);
    }
}

// Every string that is exactly an id (the id itself or a reference to it) gets the suffix.
void rename_ids(nlohmann::json& value, const std::set<std::string>& ids, const std::string& suffix) {
    if (value.is_string()) {
        if (ids.count(value.get<std::string>()) != 0) value = value.get<std::string>() + suffix;
    } else if (value.is_structured()) {
        for (auto& child : value) rename_ids(child, ids, suffix);
    }
}

}  // namespace

fs::path templates_dir() { return fs::path(KANSLI_SOURCE_DIR) / "templates"; }

Part example_part(const std::string& package) {
    TemplatePackage found = TemplateSearchPath({templates_dir()}).find(package);
    const fs::path file = found.example_file();
    return {std::move(found), load_data(file), file.string()};
}

std::vector<Part> packet_parts(const std::string& spec) {
    std::vector<Part> parts;
    if (spec.empty()) {
        if (fs::exists(templates_dir() / "katrineholm/sammantradeshandlingar/example.json"))
            parts.push_back(example_part("katrineholm/sammantradeshandlingar"));
        else
            for (const char* package : {"katrineholm/kallelse", "katrineholm/tjansteskrivelse"})
                parts.push_back(example_part(package));
        return parts;
    }
    std::stringstream in(spec);
    for (std::string item; std::getline(in, item, ',');) {
        if (item.empty()) continue;
        const auto equals = item.find('=');
        if (equals == std::string::npos) {
            parts.push_back(example_part(item));
        } else {
            const fs::path file = item.substr(equals + 1);
            parts.push_back(
                {TemplateSearchPath({templates_dir()}).find(item.substr(0, equals)), load_data(file), file.string()});
        }
    }
    return parts;
}

nlohmann::json repeat_chapters(const Data& report, int times) {
    nlohmann::json out = nlohmann::json::parse(report.to_json());
    std::set<std::string> ids;
    collect_ids(out, ids);
    nlohmann::json& chapters = out.at("chapters");
    const nlohmann::json original = chapters;
    for (int copy = 2; copy <= times; ++copy) {
        nlohmann::json renamed = original;
        rename_ids(renamed, ids, "-" + std::to_string(copy));
        for (auto& chapter : renamed) chapters.push_back(std::move(chapter));
    }
    return out;
}

std::vector<BenchDocument> bench_documents(const std::string& packet_spec) {
    Part report = example_part(kReport);
    const std::string large_name = report.name + " ×10";
    Part large{report.package, parse_data(repeat_chapters(report.data, 10).dump(), large_name), large_name};
    std::vector<BenchDocument> documents;
    documents.push_back({"arsredovisning", {}});
    documents.back().parts.push_back(std::move(report));
    documents.push_back({"packet", packet_parts(packet_spec)});
    documents.push_back({"arsredovisning-10x", {}});
    documents.back().parts.push_back(std::move(large));
    return documents;
}

}  // namespace kansli::bench
