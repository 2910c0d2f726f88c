// Command-line parsing for the kansli command: GNU conventions through getopt_long.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace kansli::cli {

// How much the command says besides its results and errors.
enum class Verbosity { Quiet, Normal, Verbose };

struct Options {
    std::string command;                      // render, check, xml, lint, fields, schema, new, publish, …
    std::vector<std::filesystem::path> data;  // data files, "-" for standard input (publish: meeting folders)
    std::string template_name;
    std::vector<std::string> formats;  // render: writer names, empty for every loaded one; check, lint: text|json
    std::filesystem::path out_dir = ".";
    bool out_dir_given = false;
    std::filesystem::path output_file;  // -o FILE: render's one output file; "-" is standard output
    std::vector<std::filesystem::path> template_dirs;
    std::vector<std::filesystem::path> plugin_dirs;
    std::string site_package;  // publish, unpublish: the site's look (a site package's name)
    std::string site_url;      // publish, unpublish: where the site is served, for feeds and sitemap
    bool use_example = false;  // render the package's example.json
    bool keep_going = false;   // render: write every good document even when others fail
    bool help = false;         // kansli --help, kansli CMD --help
    bool version = false;      // kansli --version
    Verbosity verbosity = Verbosity::Normal;
    unsigned jobs = 0;  // render, publish: documents rendered at once; 0 = one per core

    bool reads_stdin() const;    // a data file is "-"
    bool writes_stdout() const;  // -o -
    bool json_report() const;    // check, lint --format json
};

// Throws kansli::Error(Kind::Usage) with a readable message.
Options parse_options(int argc, char** argv);

}  // namespace kansli::cli
