#include "commands.hpp"

#include <algorithm>
#include <optional>
#include <ostream>
#include <set>
#include <utility>
#include <vector>

#include "kansli/kansli.hpp"
#include "parallel.hpp"

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

namespace {

std::vector<fs::path> data_files(const Options& o, const TemplatePackage& package) {
    if (o.use_example) {
        if (!fs::is_regular_file(package.example_file()))
            throw Error(Error::Kind::Template, {package.example_file().string(), 0, 0, {}},
                        "the package has no example.json");
        return {package.example_file()};
    }
    return o.data;
}

// What rendering one data file gave: its files, written under temporary names by the job that
// rendered them (so that -j N also writes in parallel) and put in place only when every file of
// the batch is; or the error that stopped it.
struct RenderResult {
    StagedFiles staged;
    std::vector<fs::path> targets;
    std::optional<Error> error;
    std::string internal_error;  // a bug, not the user's fault
};

std::vector<const Writer*> chosen_writers(const Options& o, const PluginRegistry& registry) {
    std::vector<const Writer*> writers;
    if (o.formats.empty()) {
        for (const auto* plugin : registry.plugins()) writers.push_back(plugin->writer.get());
        if (writers.empty()) throw Error(Error::Kind::Usage, {}, "no writer plugins found (see kansli formats)");
    }
    for (const auto& name : o.formats) {
        const Writer* writer = registry.find(name);
        if (std::find(writers.begin(), writers.end(), writer) != writers.end() && writer != nullptr) continue;
        if (writer == nullptr) {
            std::string known;
            for (const auto* p : registry.plugins()) known += (known.empty() ? "" : ", ") + p->writer->name();
            throw Error(Error::Kind::Usage, {},
                        "unknown format '" + name + "' (loaded: " + (known.empty() ? "none" : known) + ")");
        }
        writers.push_back(writer);
    }
    return writers;
}

fs::path target_of(const Options& o, const fs::path& data, const Writer& writer) {
    return o.out_dir / (data.stem().string() + "." + writer.extension());
}

// Whether `path`, links followed, is `folder` or inside it.
bool is_within(const fs::path& path, const fs::path& folder) {
    const auto [folder_end, unused] = std::mismatch(folder.begin(), folder.end(), path.begin(), path.end());
    return folder_end == folder.end();
}

// Nothing a render reads is replaced by what it writes: a data file named memo.html would
// otherwise become the HTML made from it, and --out inside the package could replace its files.
void refuse_targets_over_inputs(const std::set<fs::path>& targets, const std::vector<fs::path>& files,
                                const TemplatePackage& package) {
    std::error_code ec;
    const fs::path package_dir = fs::weakly_canonical(package.directory(), ec);
    for (const auto& target : targets) {
        const fs::path resolved = fs::weakly_canonical(target, ec);
        for (const auto& file : files)
            if (resolved == fs::weakly_canonical(file, ec))
                throw Error(Error::Kind::Usage, {file.string(), 0, 0, {}},
                            "the output " + target.string() +
                                " would replace this data file; choose another --out or rename the data file");
        if (!package_dir.empty() && is_within(resolved, package_dir))
            throw Error(Error::Kind::Usage, {target.string(), 0, 0, {}},
                        "the output would be written inside the template package " + package.directory().string() +
                            "; choose an --out outside it");
    }
}

// One data file into every format. Runs on a worker thread: it shares only const objects
// (the package, the writers) with the other jobs.
std::vector<std::pair<fs::path, std::string>> render_one(const Options& o, const TemplatePackage& package,
                                                         const std::vector<const Writer*>& writers,
                                                         const fs::path& file) {
    const Data data = load_data(file);
    const Document document = build_document(package, data, file.string());
    std::vector<std::pair<fs::path, std::string>> outputs;
    for (const Writer* writer : writers) {
        try {
            outputs.emplace_back(target_of(o, file, *writer), writer->write(document, package.theme()));
        } catch (const Error& e) {
            // A new Error, made here, outlives the plugin module that threw the original.
            // Writers know lines of the document XML only; name the input they came from.
            std::string message = e.message();
            if (e.where().file.empty() && e.where().line > 0)
                message += " (document XML line " + std::to_string(e.where().line) + "; see kansli xml)";
            throw Error(Error::Kind::Plugin,
                        e.where().file.empty() ? SourceLocation{file.string(), 0, 0, e.where().json_path} : e.where(),
                        message);
        } catch (const std::exception& e) {
            throw Error(Error::Kind::Plugin, {file.string(), 0, 0, {}},
                        "the " + writer->name() + " writer failed: " + e.what());
        }
    }
    return outputs;
}

}  // namespace

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

// Data files are rendered in parallel (-j), each on its own; every failure is reported with
// its file. Everything is rendered before anything is written: a run writes all its files or
// none. Results are kept in input order, so the output never depends on the number of threads.
int run_render(const Options& o, std::ostream& out, std::ostream& err) {
    const TemplatePackage package = TemplateSearchPath(template_dirs(o)).find(o.template_name);
    const PluginRegistry registry = load_plugins(o);  // loaded once, shared by every job
    const std::vector<const Writer*> writers = chosen_writers(o, registry);
    const std::vector<fs::path> files = data_files(o, package);

    std::set<fs::path> targets;
    for (const auto& file : files)
        for (const Writer* writer : writers)
            if (!targets.insert(target_of(o, file, *writer)).second)
                throw Error(Error::Kind::Usage, {file.string(), 0, 0, {}},
                            "two inputs would both write " + target_of(o, file, *writer).string());
    refuse_targets_over_inputs(targets, files, package);

    std::vector<RenderResult> results(files.size());
    run_parallel(files.size(), o.jobs == 0 ? default_jobs() : o.jobs, [&](std::size_t i) {
        try {
            for (const auto& [target, bytes] : render_one(o, package, writers, files[i])) {
                results[i].staged.add(target, bytes);
                results[i].targets.push_back(target);
            }
        } catch (const Error& e) {
            results[i].error = e;
        } catch (const std::exception& e) {
            results[i].internal_error = files[i].string() + ": " + e.what();
        }
    });

    StagedFiles all;  // committed below, or removed with its folders when a job failed
    for (auto& result : results) all.append(std::move(result.staged));
    int exit = 0;
    for (const auto& result : results) {
        if (result.error) {
            err << "kansli: error: " << result.error->what() << '\n';
            if (exit == 0) exit = exit_code(result.error->kind());
        } else if (!result.internal_error.empty()) {
            err << "kansli: internal error: " << result.internal_error << '\n';
            if (exit == 0) exit = kExitInternal;
        }
    }
    if (exit != 0) return exit;

    all.commit();
    for (const auto& result : results)
        for (const auto& target : result.targets) out << "wrote " << target.string() << '\n';
    return 0;
}

int run_check(const Options& o, std::ostream& out) {
    const TemplatePackage package = TemplateSearchPath(template_dirs(o)).find(o.template_name);
    int problems = 0;
    for (const auto& file : data_files(o, package)) {
        const Data data = load_data(file);
        const auto found = check_data(data, package);
        for (const auto& p : found)
            out << file.string() << ": at " << (p.json_path.empty() ? "/" : p.json_path) << ": " << p.message << '\n';
        if (found.empty()) {
            // The data fits the description; rendering proves the template accepts it too.
            build_document(package, data, file.string());
            out << file.string() << ": ok\n";
        }
        problems += static_cast<int>(found.size());
    }
    return problems == 0 ? 0 : 1;
}

int run_lint(const Options& o, std::ostream& out) {
    const TemplatePackage package = TemplateSearchPath(template_dirs(o)).find(o.template_name);
    std::size_t warnings = 0;
    for (const auto& file : data_files(o, package)) {
        const Data data = load_data(file);
        const Document document = build_document(package, data, file.string());  // invalid data: exit 1
        const fs::path accept_file = accept_file_for(file);
        const auto accepted = load_accepted(accept_file);
        const auto found = without_accepted(lint(document, data, package), accepted, accept_file);
        for (const auto& warning : found) out << file.string() << ": " << warning.text() << '\n';
        if (found.empty()) {
            out << file.string() << ": ok";
            if (!accepted.empty())
                out << " (" << accepted.size() << " accepted in " << accept_file.filename().string() << ")";
            out << '\n';
        }
        warnings += found.size();
    }
    return warnings == 0 ? 0 : kExitLintWarnings;
}

int run_xml(const Options& o, std::ostream& out) {
    const TemplatePackage package = TemplateSearchPath(template_dirs(o)).find(o.template_name);
    for (const auto& file : data_files(o, package)) {
        const Data data = load_data(file);
        const auto problems = check_data(data, package);
        if (!problems.empty()) build_document(package, data, file.string());  // throws the listing
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
