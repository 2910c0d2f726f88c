// Command-line parsing for the kansli command.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace kansli::cli {

struct Options {
    std::string command;                      // render, check, xml, lint, publish, unpublish, templates, …
    std::vector<std::filesystem::path> data;  // data files (publish: meeting folders; unpublish: meetings)
    std::string template_name;
    std::vector<std::string> formats;  // empty: every loaded format
    std::filesystem::path out_dir = ".";
    std::vector<std::filesystem::path> template_dirs;
    std::vector<std::filesystem::path> plugin_dirs;
    std::string site_package;  // publish, unpublish: the site's look (a site package's name)
    std::string site_url;      // publish, unpublish: where the site is served, for feeds and sitemap
    bool use_example = false;  // render the package's example.json
    unsigned jobs = 0;         // render: data files rendered at once; 0 = one per core
};

// Throws kansli::Error(Kind::Usage) with a readable message.
Options parse_options(int argc, char** argv);

extern const char* const kUsage;

}  // namespace kansli::cli
