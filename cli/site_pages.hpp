// The pages of a published meeting site that are not documents: the index of meetings and
// each meeting's page. Plain HTML5 with an inline stylesheet, no script, relative links only,
// so the site works from the file system and from any static web server.
#pragma once

#include <string>
#include <vector>

namespace kansli::cli {

// A file offered for download: href relative to the page, format name, size in bytes.
struct Download {
    std::string href;
    std::string format;  // "Word", "OpenDocument", "PDF"
    std::size_t bytes = 0;
};

struct PublishedDocument {
    std::string title;
    std::string html_href;  // empty for an attachment, which has only its download
    std::vector<Download> downloads;
};

struct PublishedItem {
    std::string number;
    std::string title;
    std::string dnr;
    std::string note;
    std::vector<PublishedDocument> documents;
};

struct PublishedMeeting {
    std::string organisation;  // "Katrineholms kommun"
    std::string body;          // "Socialnämnden"
    std::string date;          // ISO
    std::string href;          // from the site root: "socialnamnden/2021-02-09/index.html"
    PublishedDocument kallelse;
    std::vector<PublishedItem> items;
};

// "Ladda ner Tjänsteskrivelse (Word, 24 kB)".
std::string download_text(const std::string& title, const Download& download);
// "24 kB", "1,2 MB".
std::string file_size_text(std::size_t bytes);

// The meeting's page, written at meeting.href.
std::string meeting_page(const PublishedMeeting& meeting);
// index.html at the site root: meetings by body, then year (newest first).
std::string index_page(const std::vector<PublishedMeeting>& meetings);

}  // namespace kansli::cli
