// What a published site holds, kept in the site as .kansli-site.json: every meeting with what
// its pages show, and every file Kansli made. Publishing reads it to add or replace one
// meeting and rebuild the indexes without the other meetings' folders, and to know which
// files are its own: everything else in the site is a person's, and never touched.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace kansli::cli {

// Paths in a record are relative to the site's root, with "/" between folders.

// A file offered for download.
struct Download {
    std::string path;    // "socialnamnden/2021-02-09/kallelse.docx"
    std::string format;  // a writer's name ("docx", "pdf") or an attachment's extension ("pdf", "" for none)
    std::uintmax_t bytes = 0;
};

struct PublishedDocument {
    std::string title;
    std::string page;  // the document as a web page; empty for an attachment, which has only its download
    std::vector<Download> downloads;
};

struct PublishedItem {
    std::string number;
    std::string title;
    std::string dnr;
    std::string note;
    std::string anchor;  // the item's id on the meeting page: "arende-6"
    std::vector<PublishedDocument> documents;
    std::optional<PublishedDocument> extract;  // the protokollsutdrag
};

struct PublishedMeeting {
    std::string folder;        // "socialnamnden/2021-02-09": the body's folder, then the date
    std::string organisation;  // "Katrineholms kommun"
    std::string body;          // "Socialnämnden"
    std::string date;          // ISO
    std::string issued;        // ISO: the kallelse's date, else the meeting's
    std::string justerat;      // ISO; "" before the protokoll is justerat
    PublishedDocument kallelse;
    std::optional<PublishedDocument> protokoll;
    std::vector<PublishedItem> items;
    std::vector<std::string> files;  // every file of the meeting's folder that Kansli made

    std::string body_folder() const { return folder.substr(0, folder.find('/')); }
    std::string page() const { return folder + "/index.html"; }
};

struct SiteRecord {
    std::string url;           // where the site is served, ending in "/"; "" when not known
    std::string site_package;  // the package that gives the site its look ("kansli/webbplats")
    std::string look;          // a fingerprint of that package's files: document pages carry its navigation
    std::vector<PublishedMeeting> meetings;  // in folder order
    std::vector<std::string> files;          // the site's own pages, feeds and sitemap that Kansli made

    // Every file Kansli made in the site, the record itself included.
    std::set<std::string> files_made() const;
};

constexpr const char* kRecordFile = ".kansli-site.json";

// The record as JSON text (deterministic: same record, same bytes).
std::string record_json(const SiteRecord& record);
// Reads a record; a damaged one (not JSON, a path that leaves the site, a missing key) is
// Error(Kind::Output) naming the file and the JSON path: publish then touches nothing.
SiteRecord read_record(const std::filesystem::path& file);

}  // namespace kansli::cli
