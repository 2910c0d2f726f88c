// The meeting folder `kansli publish` reads: meeting.json names the kallelse, each agenda item's
// documents and attachments. docs/publishing.md describes the format.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace kansli::cli {

// A document to render: data file (inside the meeting folder) and template package name.
struct DocumentSource {
    std::filesystem::path data;
    std::string template_name;
    std::string json_path;  // where meeting.json names it, for messages
};

// A file published as it is (a PDF from another authority, a map).
struct AttachmentSource {
    std::filesystem::path file;
    std::string title;
    std::string json_path;
};

struct ItemSources {
    std::string number;  // the agenda item's number in the kallelse
    std::vector<DocumentSource> documents;
    std::vector<AttachmentSource> attachments;
    std::string json_path;
};

struct MeetingManifest {
    std::filesystem::path folder;
    std::filesystem::path file;  // folder/meeting.json
    std::string body;            // "Socialnämnden"
    std::string date;            // ISO date of the meeting
    DocumentSource kallelse;
    std::vector<ItemSources> items;
};

// Reads and checks folder/meeting.json: unknown keys, wrong types, missing or escaping files
// are Error(Kind::Data) naming the file and the JSON path.
MeetingManifest read_manifest(const std::filesystem::path& folder);

}  // namespace kansli::cli
