#include "options.hpp"

#include <getopt.h>

#include <charconv>
#include <map>
#include <sstream>

#include "i18n.hpp"
#include "kansli/error.hpp"
#include "usage.hpp"

namespace kansli::cli {

bool Options::reads_stdin() const {
    for (const auto& d : data)
        if (d == "-") return true;
    return false;
}
bool Options::writes_stdout() const { return output_file == "-"; }
bool Options::json_report() const { return formats.size() == 1 && formats.front() == "json"; }

namespace {

[[noreturn]] void usage_error(const std::string& message, const std::string& command = {}) {
    const std::string help = command.empty() ? "kansli --help" : "kansli " + command + " --help";
    throw Error(Error::Kind::Usage, {}, tr_format(N_("{} (see {})"), {message, help}));
}

std::vector<std::string> split_commas(const std::string& text) {
    std::vector<std::string> out;
    std::stringstream in(text);
    for (std::string part; std::getline(in, part, ',');)
        if (!part.empty()) out.push_back(part);
    return out;
}

// A positive count of threads; more than 1024 is surely a typo.
unsigned parse_jobs(const std::string& text, const std::string& command) {
    unsigned jobs = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), jobs);
    if (error != std::errc() || end != text.data() + text.size() || jobs == 0 || jobs > 1024)
        usage_error(tr_format(N_("-j needs a number of jobs from 1 to 1024, not '{}'"), {text}), command);
    return jobs;
}

// An absolute http(s) address with a host, ending in "/" so that the site's paths can follow it.
std::string site_url(std::string url, const std::string& command) {
    const auto host = url.find("://") + 3;
    const bool http = url.starts_with("https://") || url.starts_with("http://");
    if (!http || host >= url.size() || url[host] == '/' || url.find_first_of(" \t\r\n\"'<>\\?#") != std::string::npos)
        usage_error(
            tr_format(N_("--site-url needs the site's address, like https://www.kommun.se/sammantraden/, not '{}'"),
                      {url}),
            command);
    if (!url.ends_with("/")) url += "/";
    return url;
}

// getopt_long's tables, made from the option list in usage.cpp.
struct GetoptTables {
    std::vector<option> longs;
    std::string shorts = ":";  // leading ':': a missing value is reported as ':', not '?'
};

GetoptTables getopt_tables() {
    GetoptTables t;
    for (const auto& o : all_options()) {
        const int value = static_cast<int>(o.id);
        t.longs.push_back({o.long_name, o.value != nullptr ? required_argument : no_argument, nullptr, value});
        if (o.short_name != 0) {
            t.shorts += o.short_name;
            if (o.value != nullptr) t.shorts += ':';
        }
    }
    t.longs.push_back({nullptr, 0, nullptr, 0});
    return t;
}

Opt option_of(int code) {
    for (const auto& o : all_options())
        if (code == static_cast<int>(o.id) || (o.short_name != 0 && code == o.short_name)) return o.id;
    return Opt::Help;  // unreachable: getopt returns only the codes of the table
}

void apply(Options& o, Opt id, const std::string& value) {
    switch (id) {
        case Opt::Template:
            o.template_name = value;
            break;
        case Opt::Format:
            o.formats = split_commas(value);
            if (o.formats.empty()) usage_error(tr(N_("--format needs a format")), o.command);
            break;
        case Opt::Output:
            if (value.empty()) usage_error(tr(N_("-o needs a file name, not an empty one")), o.command);
            o.output_file = value;
            break;
        case Opt::Out:
            if (value.empty()) usage_error(tr(N_("--out needs a folder, not an empty name")), o.command);
            o.out_dir = value;
            o.out_dir_given = true;
            break;
        case Opt::Example:
            o.use_example = true;
            break;
        case Opt::Jobs:
            o.jobs = parse_jobs(value, o.command);
            break;
        case Opt::Templates:
            o.template_dirs.emplace_back(value);
            break;
        case Opt::Plugins:
            o.plugin_dirs.emplace_back(value);
            break;
        case Opt::SitePackage:
            o.site_package = value;
            break;
        case Opt::SiteUrl:
            o.site_url = site_url(value, o.command);
            break;
        case Opt::Quiet:
            o.verbosity = Verbosity::Quiet;
            break;
        case Opt::Verbose:
            o.verbosity = Verbosity::Verbose;
            break;
        case Opt::KeepGoing:
            o.keep_going = true;
            break;
        case Opt::Help:
            o.help = true;
            break;
        case Opt::Version:
            o.version = true;
            break;
    }
}

// What a command needs beyond the options it takes (usage.cpp): their combinations.
void check_combinations(Options& o, const CommandInfo& command) {
    const std::string& c = o.command;
    const bool data_command = c == "render" || c == "check" || c == "xml" || c == "lint";
    if (data_command) {
        if (o.template_name.empty()) usage_error(tr_format(N_("{} needs --template NAME"), {c}), c);
        if (o.data.empty() && !o.use_example) usage_error(tr_format(N_("{} needs a data file (or --example)"), {c}), c);
        if (!o.data.empty() && o.use_example) usage_error(tr(N_("give data files or --example, not both")), c);
        int stdin_uses = 0;
        for (const auto& d : o.data) stdin_uses += d == "-" ? 1 : 0;
        if (stdin_uses > 1) usage_error(tr(N_("standard input (-) can be read once only")), c);
    }
    if (c == "xml" && o.data.size() > 1) usage_error(tr(N_("xml takes one data file")), c);
    if ((c == "check" || c == "lint") && !o.formats.empty() && !o.json_report() &&
        !(o.formats.size() == 1 && o.formats.front() == "text"))
        usage_error(tr_format(N_("{} reports as --format text or json"), {c}), c);
    if (c == "render") {
        const bool one_output = !o.output_file.empty();
        if (one_output && o.out_dir_given) usage_error(tr(N_("give -o FILE or --out DIR, not both")), c);
        if (one_output && (o.data.size() > 1 || o.keep_going))
            usage_error(tr(N_("-o FILE writes one document: give one data file, or --out DIR for many")), c);
        if (one_output && o.formats.size() > 1)
            usage_error(tr(N_("-o FILE writes one format: give --out DIR for many")), c);
        if (o.writes_stdout() && o.formats.empty())
            usage_error(tr(N_("-o - (standard output) needs --format: there is no extension to go by")), c);
        if (o.reads_stdin() && !one_output)
            usage_error(tr(N_("data from standard input (-) has no name for its output: give -o FILE or -o -")), c);
    }
    if (c == "fields" || c == "schema" || c == "new") {
        // The package may be named as the argument: kansli fields katrineholm/kallelse.
        if (o.data.size() == 1 && o.template_name.empty()) {
            o.template_name = o.data.front().generic_string();
            o.data.clear();
        }
        if (o.template_name.empty()) usage_error(tr_format(N_("{} needs a template package"), {c}), c);
        if (!o.data.empty()) usage_error(tr_format(N_("{} takes one template package"), {c}), c);
    }
    if (c == "publish" || c == "unpublish") {
        if (c == "unpublish" && o.data.empty()) usage_error(tr(N_("unpublish needs a meeting (body/date)")), c);
        // A site is a folder of its own, never the current folder by default.
        if (!o.out_dir_given) usage_error(tr_format(N_("{} needs --out DIR, the site's folder"), {c}), c);
    }
    if (!command.takes_files && !o.data.empty()) usage_error(tr_format(N_("{} takes no files"), {c}), c);
}

}  // namespace

Options parse_options(int argc, char** argv) {
    Options o;
    std::vector<std::string> args(argv + 1, argv + argc);
    if (args.empty()) usage_error(tr(N_("no command given")));
    // The command comes first; only --help and --version may stand alone before it.
    const std::string& first = args.front();
    if (first == "--help" || first == "-h") {
        o.help = true;
        if (args.size() == 1) return o;
    } else if (first == "--version") {
        o.version = true;
        if (args.size() == 1) return o;
    }
    const CommandInfo* command = find_command(first);
    if (command == nullptr) {
        if (first.starts_with("-")) usage_error(tr_format(N_("the command comes first, before {}"), {first}));
        usage_error(tr_format(N_("unknown command '{}'"), {first}));
    }
    o.command = command->name;
    o.help = false;
    o.version = false;

    // getopt_long keeps its place in globals: reset them (optind = 0 starts afresh) and give it
    // its own copy of the arguments, which it permutes so that options may follow files.
    std::vector<std::string> storage = {"kansli " + o.command};
    storage.insert(storage.end(), args.begin() + 1, args.end());
    std::vector<char*> argv_copy;
    for (auto& s : storage) argv_copy.push_back(s.data());
    argv_copy.push_back(nullptr);
    const GetoptTables tables = getopt_tables();
    optind = 0;
    opterr = 0;
    std::map<Opt, int> given;
    for (;;) {
        const int code = getopt_long(static_cast<int>(storage.size()), argv_copy.data(), tables.shorts.c_str(),
                                     tables.longs.data(), nullptr);
        if (code == -1) break;
        if (code == '?') {
            if (optopt != 0)
                usage_error(tr_format(N_("unknown option -{}"), {std::string(1, static_cast<char>(optopt))}),
                            o.command);
            usage_error(tr_format(N_("unknown option {}"), {std::string(argv_copy[optind - 1])}), o.command);
        }
        if (code == ':')
            usage_error(tr_format(N_("{} needs a value"), {std::string(argv_copy[optind - 1])}), o.command);
        const Opt id = option_of(code);
        const OptionInfo& info = option_info(id);
        if ((command->options & static_cast<std::uint32_t>(id)) == 0)
            usage_error(tr_format(N_("{} takes no {}"), {o.command, option_name(id)}), o.command);
        if (++given[id] > 1 && !info.repeatable)
            usage_error(tr_format(N_("{} is given twice; give it once"), {option_name(id)}), o.command);
        if ((id == Opt::Quiet && given.contains(Opt::Verbose)) || (id == Opt::Verbose && given.contains(Opt::Quiet)))
            usage_error(tr(N_("give -q or -v, not both")), o.command);
        apply(o, id, optarg != nullptr ? std::string(optarg) : std::string());
    }
    if (o.help || o.version) return o;
    for (int i = optind; i < static_cast<int>(storage.size()); ++i) o.data.emplace_back(argv_copy[i]);
    check_combinations(o, *command);
    return o;
}

}  // namespace kansli::cli
