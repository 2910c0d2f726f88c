// The meeting folder `kansli publish` reads: meeting.json names the kallelse, each agenda item's
// documents and attachments, and, once the meeting is over, its protokoll and protokollsutdrag.
// docs/publishing.md describes the format.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace kansli::cli {

// A document to render: data file (inside the meeting folder) and template package name.
struct DocumentSource {
    std::filesystem::path data;      // as the user sees it: folder/relative, for messages
    std::filesystem::path resolved;  // where it really is, links followed (inside the folder)
    std::string template_name;
    std::string json_path;  // where meeting.json names it, for messages
};

// A file published as it is (a PDF from another authority, a map, a signed protokoll).
struct AttachmentSource {
    std::filesystem::path file;
    std::filesystem::path resolved;
    std::string title;
    std::string json_path;
};

// A protokoll or protokollsutdrag is either.
using PaperSource = std::variant<DocumentSource, AttachmentSource>;

struct ItemSources {
    std::string number;  // the agenda item's number in the kallelse
    std::vector<DocumentSource> documents;
    std::vector<AttachmentSource> attachments;
    std::optional<PaperSource> extract;  // the protokollsutdrag
    std::string json_path;
};

struct MeetingManifest {
    std::filesystem::path folder;
    std::filesystem::path resolved_folder;  // canonical: links followed
    std::filesystem::path file;             // folder/meeting.json
    std::string body;                       // "Socialnämnden"
    std::string date;                       // ISO date of the meeting
    std::string justerat;                   // ISO date the protokoll was justerat; "" before
    DocumentSource kallelse;
    std::optional<PaperSource> protokoll;
    std::vector<ItemSources> items;
};

// Reads and checks folder/meeting.json: unknown keys, wrong types, missing files or files that
// lead out of the folder (links followed) are Error(Kind::Data) naming the file and the JSON
// path; a folder that does not exist is Error(Kind::Usage).
MeetingManifest read_manifest(const std::filesystem::path& folder);

}  // namespace kansli::cli
