// `kansli render`: data files into documents, in a batch (--out DIR, -j, --keep-going) or one
// document into one file or standard output (-o FILE, -o -).
#include <algorithm>
#include <chrono>
#include <iostream>
#include <iterator>
#include <optional>
#include <set>
#include <utility>
#include <vector>

#include "commands.hpp"
#include "i18n.hpp"
#include "kansli/kansli.hpp"
#include "kansli/messages.hpp"
#include "parallel.hpp"
#include "progress.hpp"
#include "publish/folder_paths.hpp"

namespace kansli::cli {

namespace fs = std::filesystem;

namespace {

// What rendering one data file gave: its files, written under temporary names by the job that
// rendered them (so that -j N also writes in parallel) and put in place only when every file of
// the batch is (or, with --keep-going, when this file's all are); or the error that stopped it.
struct RenderResult {
    StagedFiles staged;
    std::vector<fs::path> targets;
    std::optional<Error> error;
    std::string internal_error;  // a bug, not the user's fault
    double seconds = 0;
};

std::string known_formats(const PluginRegistry& registry) {
    std::string known;
    for (const auto& format : registry.formats()) known += (known.empty() ? "" : ", ") + format;
    return known.empty() ? tr(N_("none")) : known;
}

const Writer& find_writer(const PluginRegistry& registry, const std::string& name) {
    const Writer* writer = registry.find(name);
    if (writer == nullptr)
        throw Error(Error::Kind::Usage, {},
                    tr_format(N_("unknown format '{}' (loaded: {})"), {name, known_formats(registry)}));
    return *writer;
}

std::vector<const Writer*> chosen_writers(const Options& o, const PluginRegistry& registry) {
    std::vector<const Writer*> writers;
    if (!o.output_file.empty() && o.formats.empty()) {
        // -o FILE: the format its extension names, as pandoc does.
        const std::string extension = o.output_file.extension().string();
        if (extension.size() < 2 || registry.find(extension.substr(1)) == nullptr)
            throw Error(Error::Kind::Usage, {},
                        tr_format(N_("cannot tell a format from the name {}: give --format (loaded: {})"),
                                  {o.output_file.string(), known_formats(registry)}));
        return {registry.find(extension.substr(1))};
    }
    if (o.formats.empty()) {
        for (const auto* plugin : registry.plugins()) writers.push_back(plugin->writer.get());
        if (writers.empty())
            throw Error(Error::Kind::Usage, {}, tr(N_("no writer plugins found (see kansli formats)")));
    }
    for (const auto& name : o.formats) {
        const Writer* writer = &find_writer(registry, name);
        if (std::find(writers.begin(), writers.end(), writer) == writers.end()) writers.push_back(writer);
    }
    return writers;
}

fs::path target_of(const Options& o, const fs::path& data, const Writer& writer) {
    if (!o.output_file.empty()) return o.output_file;
    return o.out_dir / (data.stem().string() + "." + writer.extension());
}

// One data file into every format. Runs on a worker thread: it shares only const objects
// (the package, the writers) with the other jobs.
std::vector<std::pair<fs::path, std::string>> render_one(const Options& o, const TemplatePackage& package,
                                                         const std::vector<const Writer*>& writers,
                                                         const fs::path& file) {
    const std::string name = file == "-" ? stdin_name() : file.string();
    const Data data = read_data(file);
    const Document document = build_document(package, data, name);
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
                        e.where().file.empty() ? SourceLocation{name, 0, 0, e.where().json_path} : e.where(), message);
        } catch (const std::exception& e) {
            throw Error(Error::Kind::Plugin, {name, 0, 0, {}}, "the " + writer->name() + " writer failed: " + e.what());
        }
    }
    return outputs;
}

// Nothing a render reads is replaced by what it writes: a data file named memo.html would
// otherwise become the HTML made from it, and --out inside the package could replace its files.
// (Plain English, as every kansli::Error: the catalogue translates it when it is shown.)
void refuse_targets_over_inputs(const std::set<fs::path>& targets, const std::vector<fs::path>& files,
                                const TemplatePackage& package) {
    std::error_code ec;
    const fs::path package_dir = fs::weakly_canonical(package.directory(), ec);
    for (const auto& target : targets) {
        const fs::path resolved = fs::weakly_canonical(target, ec);
        for (const auto& file : files)
            if (file != "-" && resolved == fs::weakly_canonical(file, ec))
                throw Error(Error::Kind::Usage, {file.string(), 0, 0, {}},
                            "the output " + target.string() +
                                " would replace this data file; choose another --out or rename the data file");
        if (!package_dir.empty() && is_within(resolved, package_dir))
            throw Error(Error::Kind::Usage, {target.string(), 0, 0, {}},
                        "the output would be written inside the template package " + package.directory().string() +
                            "; choose an --out outside it");
    }
}

// Every file the batch writes is written once, and over none of its inputs.
void check_targets(const Options& o, const std::vector<fs::path>& files, const std::vector<const Writer*>& writers,
                   const TemplatePackage& package) {
    std::set<fs::path> targets;
    for (const auto& file : files)
        for (const Writer* writer : writers)
            if (!targets.insert(target_of(o, file, *writer)).second)
                throw Error(Error::Kind::Usage, {file.string(), 0, 0, {}},
                            tr_format(N_("two inputs would both write {}"), {target_of(o, file, *writer).string()}));
    refuse_targets_over_inputs(targets, files, package);
}

}  // namespace

std::string stdin_name() { return tr(N_("<standard input>")); }

// The data, from a file or (for "-") standard input, read whole up to the size limit.
Data read_data(const fs::path& file) {
    if (file != "-") return load_data(file);
    const std::size_t limit = Limits::from_environment().max_input_bytes;
    std::string text;
    char buffer[65536];
    while (std::cin.read(buffer, sizeof buffer) || std::cin.gcount() > 0) {
        text.append(buffer, static_cast<std::size_t>(std::cin.gcount()));
        if (text.size() > limit) break;  // parse_data reports it, with the limit
    }
    return parse_data(text, stdin_name());
}

// Data files are rendered in parallel (-j), each on its own; every failure is reported with
// its file. Everything is rendered before anything is written: a run writes all its files or
// none (--keep-going: each good data file's files). Results are kept in input order, so the
// output never depends on the number of threads.
int run_render(const Options& o, std::ostream& out, std::ostream& err) {
    const TemplatePackage package = TemplateSearchPath(template_dirs(o)).find(o.template_name);
    const PluginRegistry registry = load_plugins(o);  // loaded once, shared by every job
    const std::vector<const Writer*> writers = chosen_writers(o, registry);
    const std::vector<fs::path> files = data_files(o, package);
    const bool verbose = o.verbosity == Verbosity::Verbose;
    if (verbose) {
        err << tr_format(N_("kansli: template package {} from {}"), {package.name(), package.directory().string()})
            << '\n';
        for (const Writer* w : writers) err << tr_format(N_("kansli: format {}"), {w->name()}) << '\n';
    }

    if (o.writes_stdout()) {
        // One document, written whole once it is made: an error leaves standard output empty.
        const auto outputs = render_one(o, package, writers, files.front());
        std::cout.write(outputs.front().second.data(), static_cast<std::streamsize>(outputs.front().second.size()));
        std::cout.flush();
        if (!std::cout) throw Error(Error::Kind::Output, {}, tr(N_("cannot write standard output")));
        return 0;
    }
    check_targets(o, files, writers, package);

    std::vector<RenderResult> results(files.size());
    {
        Progress progress(files.size(), o.verbosity != Verbosity::Quiet && Progress::stderr_is_terminal(), err);
        run_parallel(files.size(), o.jobs == 0 ? default_jobs() : o.jobs, [&](std::size_t i) {
            progress.started(files[i].string());
            const auto start = std::chrono::steady_clock::now();
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
            results[i].seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
            progress.finished();
        });
    }

    int exit = 0;
    std::size_t failed = 0;
    for (const auto& result : results) {
        if (result.error) {
            err << "kansli: " << tr(N_("error:")) << ' ' << translated_what(*result.error) << '\n';
            if (exit == 0) exit = exit_code(result.error->kind());
        } else if (!result.internal_error.empty()) {
            err << "kansli: " << tr(N_("internal error:")) << ' ' << result.internal_error << '\n';
            if (exit == 0) exit = kExitInternal;
        }
        failed += result.error || !result.internal_error.empty() ? 1 : 0;
    }
    if (exit != 0 && !o.keep_going) return exit;  // nothing written: the staged files go

    StagedFiles good;  // every data file that rendered; with a failure, only under --keep-going
    for (auto& result : results)
        if (!result.error && result.internal_error.empty()) good.append(std::move(result.staged));
    good.commit();
    if (o.verbosity == Verbosity::Quiet) return exit;
    for (std::size_t i = 0; i < results.size(); ++i) {
        for (const auto& target : results[i].targets) out << tr_format(N_("wrote {}"), {target.string()}) << '\n';
        if (verbose && results[i].targets.size() > 0) {
            char seconds[32];
            std::snprintf(seconds, sizeof seconds, "%.3f", results[i].seconds);
            err << tr_format(N_("kansli: {} took {} s"), {files[i].string(), seconds}) << '\n';
        }
    }
    if (failed > 0)
        err << tr_format(N_("kansli: {} of {} data files failed; the others were written"),
                         {std::to_string(failed), std::to_string(files.size())})
            << '\n';
    return exit;
}

}  // namespace kansli::cli
