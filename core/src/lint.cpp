#include "kansli/lint.hpp"

#include <algorithm>

#include "compiled_package.hpp"
#include "data_reader.hpp"
#include "data_value.hpp"
#include "json_path.hpp"
#include "kansli/error.hpp"
#include "lint_checks.hpp"

namespace kansli {

std::vector<LintWarning> lint(const Document& document, const Data& data, const TemplatePackage& package) {
    std::vector<LintWarning> warnings;
    lint_checks::agenda_against_documents(document, warnings);
    lint_checks::sums(document, warnings);
    lint_checks::dates(document, DataAccess::json(data), CompiledPackage::of(package).input_schema,
                       package.manifest().lint, warnings);
    lint_checks::empty_sections(document, warnings);
    lint_checks::bold_headings(document, warnings);
    return warnings;
}

std::filesystem::path accept_file_for(const std::filesystem::path& data_file) {
    std::filesystem::path file = data_file;
    return file.replace_extension(".lint-accepted.json");
}

std::vector<AcceptedWarning> load_accepted(const std::filesystem::path& accept_file) {
    if (!std::filesystem::exists(accept_file)) return {};
    const nlohmann::json root = detail::load_data(accept_file);
    const auto fail = [&](const std::string& path, const std::string& message) {
        return Error(Error::Kind::Data, {accept_file.string(), 0, 0, path}, message);
    };
    if (!root.is_object() || !root.contains("accepted") || root.size() != 1 || !root["accepted"].is_array())
        throw fail("", "expected {\"accepted\": [{\"warning\": \"…\", \"reason\": \"…\"}, …]}");
    std::vector<AcceptedWarning> out;
    const auto& list = root["accepted"];
    for (std::size_t i = 0; i < list.size(); ++i) {
        const std::string path = json_path_append("/accepted", i);
        const auto& entry = list[i];
        if (!entry.is_object() || entry.size() != 2 || !entry.contains("warning") || !entry.contains("reason"))
            throw fail(path, "expected an object with exactly \"warning\" and \"reason\"");
        for (const char* key : {"warning", "reason"})
            if (!entry[key].is_string() || entry[key].get<std::string>().empty())
                throw fail(json_path_append(path, key), "expected a non-empty string");
        out.push_back({entry["warning"].get<std::string>(), entry["reason"].get<std::string>()});
    }
    return out;
}

std::vector<LintWarning> without_accepted(std::vector<LintWarning> warnings,
                                          const std::vector<AcceptedWarning>& accepted,
                                          const std::filesystem::path& accept_file) {
    std::vector<LintWarning> stale;
    for (std::size_t i = 0; i < accepted.size(); ++i) {
        const auto match = std::find_if(warnings.begin(), warnings.end(),
                                        [&](const LintWarning& w) { return w.text() == accepted[i].warning; });
        if (match != warnings.end()) {
            warnings.erase(match);
            continue;
        }
        stale.push_back({"accepted", accept_file.filename().string() + " " + json_path_append("/accepted", i),
                         "this accepted warning no longer occurs (the data changed?): " + accepted[i].warning});
    }
    warnings.insert(warnings.end(), stale.begin(), stale.end());
    return warnings;
}

}  // namespace kansli
