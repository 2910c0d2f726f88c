#include "usage.hpp"

#include <algorithm>
#include <array>
#include <string>

#include "i18n.hpp"

namespace kansli::cli {

namespace {

constexpr auto bits = [](auto... ids) { return (static_cast<std::uint32_t>(ids) | ...); };

const std::array kOptions = {
    OptionInfo{Opt::Template, "template", 't', "NAME", false, N_("the template package, e.g. katrineholm/kallelse")},
    OptionInfo{Opt::Format, "format", 'f', "LIST", false,
               N_("render: the formats, comma-separated (html,pdf,docx,odt,markdown or an extension such as md; "
                  "default: from -o FILE's extension, else every loaded format); check, lint: the report, text "
                  "(default) or json")},
    OptionInfo{Opt::Output, "output", 'o', "FILE", false,
               N_("render: write the one document to FILE (its format from the extension unless --format says "
                  "it); - writes standard output")},
    OptionInfo{Opt::Out, "out", 0, "DIR", false,
               N_("render: the folder for DIR/<data name>.<extension> (default: the current folder); publish, "
                  "unpublish: the site's folder")},
    OptionInfo{Opt::Example, "example", 0, nullptr, false, N_("use the template package's own example.json as data")},
    OptionInfo{Opt::Jobs, "jobs", 'j', "N", false, N_("documents rendered at once (default: one per core)")},
    OptionInfo{Opt::Templates, "templates", 0, "DIR", true, N_("look for template packages in DIR first (repeatable)")},
    OptionInfo{Opt::Plugins, "plugins", 0, "DIR", true, N_("load writer plugins from DIR first (repeatable)")},
    OptionInfo{Opt::SitePackage, "site-package", 0, "NAME", false,
               N_("the site's look, a site package on the template path (default: the site's own, else "
                  "kansli/webbplats)")},
    OptionInfo{Opt::SiteUrl, "site-url", 0, "URL", false,
               N_("where the site is served (https://…/), for its feeds and sitemap")},
    OptionInfo{Opt::Quiet, "quiet", 'q', nullptr, false, N_("say nothing but errors: no progress, no 'wrote' lines")},
    OptionInfo{Opt::Verbose, "verbose", 'v', nullptr, false,
               N_("say more: the template package and plugins used, and the time each document took")},
    OptionInfo{Opt::KeepGoing, "keep-going", 'k', nullptr, false,
               N_("write every document that renders, report each that does not, and exit non-zero if any failed")},
    OptionInfo{Opt::Help, "help", 'h', nullptr, false, N_("show this help and exit")},
    OptionInfo{Opt::Version, "version", 0, nullptr, false, N_("show the version of the loaded library and exit")},
};

constexpr std::uint32_t kEvery = bits(Opt::Quiet, Opt::Verbose, Opt::Help, Opt::Version);
constexpr std::uint32_t kData = bits(Opt::Template, Opt::Example, Opt::Templates) | kEvery;

const std::array kCommands = {
    CommandInfo{"render",
                N_("kansli render DATA... --template NAME [--format LIST] [--out DIR] [-j N] [-k]\n"
                   "kansli render DATA --template NAME -o FILE\n"
                   "kansli render --example --template NAME [--format LIST] [--out DIR]"),
                N_("render data files into documents"),
                N_("Renders each DATA file (- for standard input) through the template package into every "
                   "format, writing DIR/<data name>.<extension>, or the one file -o names. A run writes all its "
                   "files or none (with --keep-going: every good one). On a terminal it shows its progress."),
                bits(Opt::Format, Opt::Output, Opt::Out, Opt::Jobs, Opt::Plugins, Opt::KeepGoing) | kData, true},
    CommandInfo{"check", N_("kansli check DATA... --template NAME [--format json]"),
                N_("check data files against the package's input description"),
                N_("Lists every problem of each DATA file with its place; data that fits is also rendered once to "
                   "prove the template accepts it. Exit 1 when a file has problems."),
                bits(Opt::Format) | kData, true},
    CommandInfo{"lint", N_("kansli lint DATA... --template NAME [--format json]"),
                N_("warn where data contradicts itself"),
                N_("Compares the agenda with the documents, sums with their rows and dates with the meeting's "
                   "year (accepted warnings: DATA.lint-accepted.json). Exit 6 when there are warnings."),
                bits(Opt::Format) | kData, true},
    CommandInfo{"xml", N_("kansli xml DATA --template NAME"),
                N_("print the document XML the template makes of the data"),
                N_("For template authors: what a message about the document XML points at."), kData, true},
    CommandInfo{"fields", N_("kansli fields TEMPLATE"), N_("list the fields a template package takes"),
                N_("Every field of the package's input description: its place, type, whether it is required, "
                   "its description and an example value."),
                bits(Opt::Template, Opt::Templates) | kEvery, true},
    CommandInfo{"schema", N_("kansli schema TEMPLATE"),
                N_("print the package's input description as a standard JSON Schema"),
                N_("A JSON Schema (draft 2020-12) for editors such as VS Code: save it and name it in the data "
                   "file's \"$schema\", or in the editor's settings."),
                bits(Opt::Template, Opt::Templates) | kEvery, true},
    CommandInfo{"new", N_("kansli new TEMPLATE"), N_("print a data skeleton to fill in"),
                N_("A data file with every field of the package, each holding an empty value of its type, to save "
                   "and fill in: kansli new katrineholm/kallelse > kallelse.json"),
                bits(Opt::Template, Opt::Templates) | kEvery, true},
    CommandInfo{"publish",
                N_("kansli publish MEETING_FOLDER... --out DIR [--site-package NAME] [--site-url URL] [-j N]"),
                N_("add meetings to a static website"),
                N_("Adds meeting folders (meeting.json) to a static website, or replaces them there: index, body "
                   "and meeting pages, every document as a web page with its downloads, feeds; other meetings and "
                   "files in DIR stay (docs/publishing.md)."),
                bits(Opt::Out, Opt::SitePackage, Opt::SiteUrl, Opt::Jobs, Opt::Templates, Opt::Plugins) | kEvery, true},
    CommandInfo{"unpublish", N_("kansli unpublish BODY/DATE... --out DIR"), N_("take meetings off a website"),
                N_("Removes meetings (socialnamnden/2021-02-09) from a site publish made, with their files, and "
                   "builds its indexes again."),
                bits(Opt::Out, Opt::SitePackage, Opt::SiteUrl, Opt::Templates, Opt::Plugins) | kEvery, true},
    CommandInfo{"templates", N_("kansli templates"), N_("list the template packages found"),
                N_("Each package on the search path with its title, description and folder."),
                bits(Opt::Templates) | kEvery, false},
    CommandInfo{"formats", N_("kansli formats"), N_("list the loaded writer plugins"),
                N_("Each format's name, extension, media type, description and plugin file."),
                bits(Opt::Plugins) | kEvery, false},
};

void print_wrapped(std::ostream& out, const std::string& text, std::size_t indent, std::size_t first_used) {
    constexpr std::size_t width = 100;
    std::size_t column = first_used;
    std::size_t start = 0;
    bool first_word = true;
    while (start < text.size()) {
        auto end = text.find(' ', start);
        if (end == std::string::npos) end = text.size();
        const std::string word = text.substr(start, end - start);
        if (!first_word && column + 1 + word.size() > width) {
            out << '\n' << std::string(indent, ' ');
            column = indent;
        } else if (!first_word) {
            out << ' ';
            ++column;
        }
        out << word;
        column += word.size();  // bytes, not characters: a little early for å, ä, ö
        first_word = false;
        start = end + 1;
    }
    out << '\n';
}

void print_options(std::ostream& out, std::uint32_t allowed) {
    out << '\n' << tr("Options:") << '\n';
    for (const auto& o : kOptions) {
        if ((allowed & static_cast<std::uint32_t>(o.id)) == 0) continue;
        std::string left = "  ";
        left += o.short_name != 0 ? std::string("-") + o.short_name + ", " : std::string("    ");
        left += std::string("--") + o.long_name;
        if (o.value != nullptr) left += std::string("=") + o.value;
        out << left;
        if (left.size() >= 24) {
            out << '\n' << std::string(24, ' ');
        } else {
            out << std::string(24 - left.size(), ' ');
        }
        print_wrapped(out, tr(o.help), 24, 24);
    }
}

// GNU's form, which help2man turns into the man page's SYNOPSIS: the first line after
// "Usage:", each further one after "or:".
void print_synopsis(std::ostream& out, const std::string& lines) {
    const std::string usage = tr("Usage:");
    const std::string or_word = tr("or:");
    const std::size_t width = std::max(usage.size(), or_word.size() + 2);  // bytes, as print_wrapped
    bool first = true;
    for (std::size_t start = 0; start < lines.size();) {
        auto end = lines.find('\n', start);
        if (end == std::string::npos) end = lines.size();
        const std::string lead = first ? usage : "  " + or_word;
        out << lead << std::string(width + 1 - lead.size(), ' ') << lines.substr(start, end - start) << '\n';
        first = false;
        start = end + 1;
    }
}

void print_environment_and_exit_codes(std::ostream& out) {
    out << '\n'
        << tr("Environment:\n"
              "  KANSLI_TEMPLATE_PATH     folders (colon-separated) searched for template packages after --templates\n"
              "  KANSLI_PLUGIN_PATH       folders (colon-separated) searched for plugins after --plugins\n"
              "  KANSLI_MAX_INPUT_BYTES   the largest data file read (default 64 MiB)\n"
              "  KANSLI_MAX_DEPTH         the deepest nesting of the data (default 64)\n"
              "  KANSLI_MAX_IMAGE_BYTES   the largest image file (default 32 MiB)\n"
              "  KANSLI_MAX_IMAGE_PIXELS  the most pixels of an image, width times height (default 100000000)\n"
              "  LANG, LC_ALL, LC_MESSAGES  sv_SE.UTF-8 for messages in Swedish\n")
        << '\n'
        // One code a line, so that help2man makes a list of them in the man page.
        << tr("Exit codes:\n"
              "  0   success\n"
              "  1   the data is invalid\n"
              "  2   wrong usage (or unknown template/format)\n"
              "  3   the template package is broken\n"
              "  4   a plugin failed\n"
              "  5   the output could not be written\n"
              "  6   lint found warnings\n"
              "  70  an internal error (a bug: please report it)\n");
}

}  // namespace

std::span<const OptionInfo> all_options() { return kOptions; }
std::span<const CommandInfo> all_commands() { return kCommands; }

const CommandInfo* find_command(std::string_view name) {
    for (const auto& c : kCommands)
        if (name == c.name) return &c;
    return nullptr;
}

const OptionInfo& option_info(Opt id) {
    for (const auto& o : kOptions)
        if (o.id == id) return o;
    return kOptions.front();  // unreachable: every Opt has an entry
}

std::string option_name(Opt id) { return std::string("--") + option_info(id).long_name; }

void print_general_help(std::ostream& out) {
    std::string lines;
    for (const auto& c : kCommands) {
        const std::string synopsis = tr(c.synopsis);
        lines += synopsis.substr(0, synopsis.find('\n')) + '\n';
    }
    print_synopsis(out, lines + "kansli COMMAND --help | kansli --help | kansli --version");
    out << '\n';
    print_wrapped(out,
                  tr("Renders Swedish municipal documents (kallelse, tjänsteskrivelse, årsredovisning) from JSON "
                     "data through a template package into accessible HTML and PDF/UA, DOCX and ODT."),
                  0, 0);
    out << '\n' << tr("Commands:") << '\n';
    for (const auto& c : kCommands) {
        const std::string name = c.name;
        out << "  " << name << std::string(12 - name.size(), ' ') << tr(c.summary) << '\n';
    }
    print_options(out, ~std::uint32_t{0});
    print_environment_and_exit_codes(out);
    out << '\n'
        << tr("Each command's own options: kansli COMMAND --help. Documentation: docs/cli.md, man kansli.") << '\n';
}

void print_command_help(const CommandInfo& command, std::ostream& out) {
    print_synopsis(out, tr(command.synopsis));
    out << '\n';
    print_wrapped(out, tr(command.details), 0, 0);
    print_options(out, command.options);
    print_environment_and_exit_codes(out);
}

}  // namespace kansli::cli
