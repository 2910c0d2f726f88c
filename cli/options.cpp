#include "options.hpp"

#include <charconv>
#include <sstream>

#include "kansli/error.hpp"

namespace kansli::cli {

const char* const kUsage = R"(Usage:
  kansli render DATA... --template NAME [--format html,pdf,docx,odt,markdown] [--out DIR] [-j N]
  kansli render --example --template NAME [--format ...] [--out DIR]
  kansli check DATA... --template NAME
  kansli xml DATA --template NAME
  kansli publish MEETING_FOLDER... --out DIR [--site-package NAME] [--site-url URL] [-j N]
  kansli unpublish BODY/DATE... --out DIR
  kansli lint DATA... --template NAME    (or --example)
  kansli templates
  kansli formats
  kansli --help | --version

Renders Swedish municipal documents (kallelse, tjänsteskrivelse, årsredovisning) from JSON data
through a template package into accessible HTML and PDF/UA, DOCX and ODT.

Commands:
  render     render each DATA file into every --format; writes DIR/<data name>.<extension>
  check      check DATA against the package's input description; lists every problem
  xml        print the document XML the template makes of DATA (for template authors)
  publish    add meeting folders (meeting.json) to a static website, or replace them there:
             index, body and meeting pages, every document as a web page with its downloads,
             feeds; other meetings and files in DIR stay (docs/publishing.md)
  unpublish  remove meetings (socialnamnden/2021-02-09) from a site publish made
  lint       warn where DATA contradicts itself: agenda vs. document title/dnr, sums,
             dates outside the meeting's year, empty sections (accepted ones: DATA.lint-accepted.json)
  templates  list the template packages found, with their descriptions
  formats    list the loaded writer plugins

Options:
  --template NAME    template package, e.g. katrineholm/kallelse
  --format LIST      comma-separated formats (default: every loaded format)
  --out DIR          output folder (default: the current folder)
  --example          use the template package's own example.json as DATA
  -j, --jobs N       render, publish: how many documents are rendered at once (default: one per core)
  --templates DIR    look for template packages in DIR first (repeatable)
  --plugins DIR      load writer plugins from DIR first (repeatable)
  --site-package NAME  publish: the site's look, a site package on the template path
                     (default: the site's own, else kansli/webbplats)
  --site-url URL     publish: where the site is served (https://…/), for its feeds and sitemap

Environment:
  KANSLI_TEMPLATE_PATH, KANSLI_PLUGIN_PATH   colon-separated folders searched after the options
  KANSLI_MAX_INPUT_BYTES (64 MiB), KANSLI_MAX_DEPTH (64), KANSLI_MAX_IMAGE_BYTES (32 MiB),
  KANSLI_MAX_IMAGE_PIXELS (100000000)         limits on data files, nesting and images

Exit codes:
  0 success   1 the data is invalid   2 wrong usage (or unknown template/format)
  3 the template package is broken    4 a plugin failed   5 the output could not be written
  6 lint found warnings
  70 an internal error (a bug: please report it)
)";

namespace {

[[noreturn]] void usage_error(const std::string& message) {
    throw Error(Error::Kind::Usage, {}, message + " (see kansli --help)");
}

std::vector<std::string> split_commas(const std::string& text) {
    std::vector<std::string> out;
    std::stringstream in(text);
    for (std::string part; std::getline(in, part, ',');)
        if (!part.empty()) out.push_back(part);
    return out;
}

// A positive count of threads; more than 1024 is surely a typo.
unsigned parse_jobs(const std::string& text) {
    unsigned jobs = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), jobs);
    if (error != std::errc() || end != text.data() + text.size() || jobs == 0 || jobs > 1024)
        usage_error("-j needs a number of jobs from 1 to 1024, not '" + text + "'");
    return jobs;
}

// An absolute http(s) address with a host, ending in "/" so that the site's paths can follow it.
std::string site_url(std::string url) {
    const auto host = url.find("://") + 3;
    const bool http = url.starts_with("https://") || url.starts_with("http://");
    if (!http || host >= url.size() || url[host] == '/' || url.find_first_of(" \t\r\n\"'<>\\?#") != std::string::npos)
        usage_error("--site-url needs the site's address, like https://www.kommun.se/sammantraden/, not '" + url + "'");
    if (!url.ends_with("/")) url += "/";
    return url;
}

}  // namespace

Options parse_options(int argc, char** argv) {
    Options o;
    std::vector<std::string> args(argv + 1, argv + argc);
    bool out_given = false;
    if (args.empty()) usage_error("no command given");
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        const auto value = [&]() -> const std::string& {
            if (i + 1 >= args.size()) usage_error(a + " needs a value");
            return args[++i];
        };
        if (a == "--help" || a == "-h") {
            o.command = "help";
            return o;
        }
        if (a == "--version") {
            o.command = "version";
            return o;
        }
        if (a == "--template" || a == "-t")
            o.template_name = value();
        else if (a == "--format" || a == "-f") {
            for (auto& f : split_commas(value())) o.formats.push_back(f);
        } else if (a == "--out" || a == "-o") {
            o.out_dir = value();
            out_given = true;
            if (o.out_dir.empty()) usage_error("--out needs a folder, not an empty name");
        } else if (a == "--site-package")
            o.site_package = value();
        else if (a == "--site-url")
            o.site_url = site_url(value());
        else if (a == "--templates")
            o.template_dirs.emplace_back(value());
        else if (a == "--plugins")
            o.plugin_dirs.emplace_back(value());
        else if (a == "--example")
            o.use_example = true;
        else if (a == "--jobs" || a == "-j")
            o.jobs = parse_jobs(value());
        else if (a.starts_with("-j") && a.size() > 2)
            o.jobs = parse_jobs(a.substr(2));
        else if (a.size() > 1 && a[0] == '-')
            usage_error("unknown option " + a);
        else if (o.command.empty())
            o.command = a;
        else
            o.data.emplace_back(a);
    }
    static const char* const commands[] = {"render",    "check",     "xml",     "lint", "publish",
                                           "unpublish", "templates", "formats", "help", "version"};
    bool known = false;
    for (const char* c : commands) known = known || o.command == c;
    if (!known) usage_error("unknown command '" + o.command + "'");
    if (o.command == "render" || o.command == "check" || o.command == "xml" || o.command == "lint") {
        if (o.template_name.empty()) usage_error(o.command + " needs --template NAME");
        if (o.data.empty() && !o.use_example) usage_error(o.command + " needs a data file (or --example)");
        if (!o.data.empty() && o.use_example) usage_error("give data files or --example, not both");
        if (o.command == "xml" && o.data.size() > 1) usage_error("xml takes one data file");
        if (o.command != "render" && !o.formats.empty()) usage_error(o.command + " takes no --format");
    } else if (o.command == "publish" || o.command == "unpublish") {
        if (o.command == "unpublish" && o.data.empty()) usage_error("unpublish needs a meeting (body/date)");
        // A site is a folder of its own, never the current folder by default.
        if (!out_given) usage_error(o.command + " needs --out DIR, the site's folder");
        if (!o.template_name.empty() || o.use_example || !o.formats.empty())
            usage_error(o.command + " takes no --template, --example or --format (meeting.json names them)");
    } else if (!o.data.empty()) {
        usage_error(o.command + " takes no files");
    } else if (!o.template_name.empty() || o.use_example || !o.formats.empty()) {
        usage_error(o.command + " takes no --template, --example or --format");
    }
    if (o.command != "render" && o.command != "publish" && o.jobs != 0) usage_error(o.command + " takes no -j");
    if (o.command != "publish" && o.command != "unpublish" && (!o.site_package.empty() || !o.site_url.empty()))
        usage_error(o.command + " takes no --site-package or --site-url");
    return o;
}

}  // namespace kansli::cli
