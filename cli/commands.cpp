#include "commands.hpp"

#include <nlohmann/json.hpp>
#include <optional>
#include <ostream>
#include <set>
#include <utility>
#include <vector>

#include "i18n.hpp"
#include "kansli/kansli.hpp"
#include "kansli/messages.hpp"

namespace kansli::cli {

namespace fs = std::filesystem;

std::vector<fs::path> template_dirs(const Options& o) {
    auto dirs = o.template_dirs;
    for (auto& d : default_template_dirs()) dirs.push_back(std::move(d));
    return dirs;
}

PluginRegistry load_plugins(const Options& o) {
    PluginRegistry registry;
    for (const auto& dir : o.plugin_dirs) {
        std::error_code ec;
        if (!fs::is_directory(dir, ec))
            throw Error(Error::Kind::Usage, {dir.string(), 0, 0, {}},
                        ec && ec != std::errc::no_such_file_or_directory ? "cannot read the folder: " + ec.message()
                                                                         : std::string("no such plugin folder"));
        registry.load_directory(dir);
    }
    for (const auto& dir : default_plugin_dirs()) registry.load_directory(dir);
    return registry;
}

std::vector<fs::path> data_files(const Options& o, const TemplatePackage& package) {
    if (o.use_example) {
        if (!fs::is_regular_file(package.example_file()))
            throw Error(Error::Kind::Template, {package.example_file().string(), 0, 0, {}},
                        "the package has no example.json");
        return {package.example_file()};
    }
    return o.data;
}

int exit_code(Error::Kind kind) {
    switch (kind) {
        case Error::Kind::Data:
            return 1;
        case Error::Kind::Usage:
            return 2;
        case Error::Kind::Template:
            return 3;
        case Error::Kind::Plugin:
            return 4;
        case Error::Kind::Output:
            return 5;
    }
    return 1;
}

namespace {

// What check and lint found in one data file, for the text and the JSON report.
struct FileReport {
    std::string file;
    std::vector<DataProblem> problems;  // check: the data against the description
    std::vector<LintWarning> warnings;  // lint
    std::size_t accepted = 0;           // lint: warnings accepted in the accept file
    std::string accept_file;
    std::optional<Error> error;  // the file could not be read or rendered at all
};

nlohmann::ordered_json error_json(const Error& e) {
    nlohmann::ordered_json j;
    j["file"] = e.where().file;
    if (e.where().line > 0) j["line"] = e.where().line;
    if (e.where().column > 0) j["column"] = e.where().column;
    if (!e.where().json_path.empty()) j["path"] = e.where().json_path;
    j["message"] = translate(e.message());
    return j;
}

// The JSON report of check and lint: one entry per data file, for editors and CI.
void print_json(const std::vector<FileReport>& reports, std::ostream& out) {
    nlohmann::ordered_json files = nlohmann::ordered_json::array();
    for (const auto& r : reports) {
        nlohmann::ordered_json f;
        f["file"] = r.file;
        f["ok"] = !r.error && r.problems.empty() && r.warnings.empty();
        if (r.error) f["error"] = error_json(*r.error);
        nlohmann::ordered_json problems = nlohmann::ordered_json::array();
        for (const auto& p : r.problems)
            problems.push_back({{"path", p.json_path.empty() ? "/" : p.json_path},
                                {"place", describe_json_path(p.json_path.empty() ? "/" : p.json_path)},
                                {"message", translate(p.message)}});
        if (!r.problems.empty()) f["problems"] = problems;
        nlohmann::ordered_json warnings = nlohmann::ordered_json::array();
        for (const auto& w : r.warnings)
            warnings.push_back({{"check", w.check}, {"where", w.where}, {"message", w.message}});
        if (!r.warnings.empty()) f["warnings"] = warnings;
        if (r.accepted > 0) f["accepted"] = r.accepted;
        files.push_back(f);
    }
    out << nlohmann::ordered_json{{"files", files}}.dump(2) << '\n';
}

// Runs `one` on every data file, each on its own: a file that cannot be read is reported and
// the others are still checked. The exit code is the first failed file's.
template <typename CheckOne>
int report_each(const Options& o, std::ostream& out, std::ostream& err, int found_exit, CheckOne one) {
    const TemplatePackage package = TemplateSearchPath(template_dirs(o)).find(o.template_name);
    std::vector<FileReport> reports;
    int exit = 0;
    for (const auto& file : data_files(o, package)) {
        FileReport r;
        r.file = file == "-" ? stdin_name() : file.string();
        try {
            one(package, read_data(file), file, r);
        } catch (const Error& e) {
            r.error = e;
        }
        const int this_exit = r.error                                        ? exit_code(r.error->kind())
                              : (!r.problems.empty() || !r.warnings.empty()) ? found_exit
                                                                             : 0;
        if (exit == 0) exit = this_exit;
        if (!o.json_report()) {
            if (r.error) err << "kansli: " << tr(N_("error:")) << ' ' << translated_what(*r.error) << '\n';
            for (const auto& p : r.problems)
                out << r.file << ": "
                    << format_message(tr(N_("at {}")), {describe_json_path(p.json_path.empty() ? "/" : p.json_path)})
                    << ": " << translate(p.message) << '\n';
            for (const auto& w : r.warnings) out << r.file << ": " << w.text() << '\n';
            if (this_exit == 0) {
                out << r.file << ": " << tr(N_("ok"));
                if (r.accepted > 0)
                    out << ' ' << tr_format(N_("({} accepted in {})"), {std::to_string(r.accepted), r.accept_file});
                out << '\n';
            }
        }
        reports.push_back(std::move(r));
    }
    if (o.json_report()) print_json(reports, out);
    return exit;
}

}  // namespace

int run_check(const Options& o, std::ostream& out, std::ostream& err) {
    return report_each(o, out, err, 1,
                       [](const TemplatePackage& package, const Data& data, const fs::path&, FileReport& r) {
                           r.problems = check_data(data, package);
                           // The data fits the description; rendering proves the template accepts it too.
                           if (r.problems.empty()) build_document(package, data, r.file);
                       });
}

int run_lint(const Options& o, std::ostream& out, std::ostream& err) {
    return report_each(o, out, err, kExitLintWarnings,
                       [](const TemplatePackage& package, const Data& data, const fs::path& file, FileReport& r) {
                           const Document document = build_document(package, data, r.file);  // invalid data: exit 1
                           const fs::path accept_file = accept_file_for(file);
                           const auto accepted = load_accepted(accept_file);
                           r.warnings = without_accepted(lint(document, data, package), accepted, accept_file);
                           r.accepted = accepted.size();
                           r.accept_file = accept_file.filename().string();
                       });
}

int run_xml(const Options& o, std::ostream& out) {
    const TemplatePackage package = TemplateSearchPath(template_dirs(o)).find(o.template_name);
    for (const auto& file : data_files(o, package)) {
        const Data data = read_data(file);
        const auto problems = check_data(data, package);
        if (!problems.empty())
            build_document(package, data, file == "-" ? stdin_name() : file.string());  // throws the listing
        out << render_template(package, data);
    }
    return 0;
}

int run_templates(const Options& o, std::ostream& out) {
    const TemplateSearchPath path(template_dirs(o));
    const auto names = path.names();
    if (names.empty()) out << "no template packages found\n";
    int broken = 0;
    for (const auto& name : names) {
        try {
            const TemplatePackage package = path.find(name);
            out << name;
            if (!package.title().empty()) out << "  " << package.title();
            out << '\n';
            if (!package.description().empty()) out << "    " << package.description() << '\n';
            out << "    " << package.directory().string() << '\n';
        } catch (const Error& e) {
            out << name << "  BROKEN: " << e.what() << '\n';
            ++broken;
        }
    }
    return broken == 0 ? 0 : 3;
}

int run_formats(const Options& o, std::ostream& out) {
    const PluginRegistry registry = load_plugins(o);
    const auto plugins = registry.plugins();
    if (plugins.empty()) out << "no writer plugins found\n";
    for (const auto* p : plugins)
        out << p->writer->name() << "  ." << p->writer->extension() << "  " << p->writer->media_type() << "  "
            << p->writer->description() << "\n    " << p->file.string() << '\n';
    return 0;
}

}  // namespace kansli::cli
