// Publishing meetings to a site and taking them off it: the whole of `kansli publish` and
// `kansli unpublish` but for the command line, so that the meeting-folder fuzzer runs the
// same code. docs/publishing.md describes what a site holds.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "kansli/plugin_registry.hpp"

namespace kansli::cli {

struct PublishSettings {
    std::vector<std::filesystem::path> template_dirs;  // for the documents' packages and the site package
    std::string site_package;                          // "" : the site's own, else kansli/webbplats
    std::string site_url;                              // "" : the site's own (feeds need one)
    unsigned jobs = 0;                                 // documents rendered at once; 0: one per core
};

struct PublishOutcome {
    std::filesystem::path site;      // links followed
    std::size_t files_written = 0;   // new or changed files, the record included
    std::size_t meetings = 0;        // on the site now
    bool has_feeds = false;          // the site's address is known
    std::vector<std::string> notes;  // leftovers that could not be cleared away
};

// Renders the meeting folders and adds them to the site at `out`, replacing those of the same
// body and day; with no folders, builds the site's pages again (a new look or address).
// Everything is rendered before anything is written; the site is written whole or not at all.
// Throws kansli::Error (docs/publishing.md lists the exit code of each kind).
PublishOutcome publish_meetings(const std::vector<std::filesystem::path>& folders, const std::filesystem::path& out,
                                const PublishSettings& settings, const PluginRegistry& plugins);

// Takes the meetings ("socialnamnden/2021-02-09") off the site at `out`, with their files.
PublishOutcome unpublish_meetings(const std::vector<std::string>& meetings, const std::filesystem::path& out,
                                  const PublishSettings& settings);

}  // namespace kansli::cli
