// Meeting folders → what their part of the site holds: each document rendered (on -j threads)
// as a web page and a download per format, each attachment copied, and the record of what the
// meeting's page shows. Nothing is written here: the site is written in one go afterwards.
#pragma once

#include <exception>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "kansli/document.hpp"
#include "kansli/plugin_registry.hpp"
#include "meeting_folder.hpp"
#include "site_package.hpp"
#include "site_record.hpp"

namespace kansli::cli {

// A file the site will hold: its bytes, or the file to copy them from (an attachment, read
// when the site is written rather than held in memory).
struct SiteFile {
    std::string bytes;
    std::filesystem::path copy_from;
};

// Every writer a site uses: the page's, then the downloads' in the order offered.
struct SiteFormats {
    const Writer* page = nullptr;
    std::vector<const Writer*> downloads;  // pdf when a pdf writer is loaded, then docx, odt
};
// Throws Error(Kind::Plugin) when html, docx or odt is not loaded.
SiteFormats site_formats(const PluginRegistry& registry);

// One document, rendered ahead of the site's assembly: its model and the bytes of each format,
// or what stopped it (any exception: one escaping a worker thread would end the process).
struct RenderedDocument {
    std::optional<Document> document;
    std::map<const Writer*, std::string> bytes;
    std::exception_ptr error;  // rethrown where its meeting is assembled, as on one thread
};

class MeetingRenderer {
public:
    // Renders every document the meetings name, each once, `jobs` at a time (0: one per core).
    MeetingRenderer(const std::vector<const MeetingManifest*>& manifests,
                    const std::vector<std::filesystem::path>& template_dirs, SiteFormats formats, unsigned jobs);

    // The meeting's record, with its files added to `files` (by path in the site). Throws what
    // stopped one of its documents, or a mistake in how meeting.json uses the kallelse's agenda.
    PublishedMeeting assemble(const MeetingManifest& manifest, const SitePackage& package,
                              std::map<std::string, SiteFile>& files) const;

private:
    SiteFormats formats_;
    std::map<std::string, RenderedDocument> rendered_;  // by data file and template
};

}  // namespace kansli::cli
