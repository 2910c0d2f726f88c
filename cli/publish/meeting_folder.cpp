#include "meeting_folder.hpp"

#include <map>
#include <set>
#include <stdexcept>
#include <system_error>

#include "folder_paths.hpp"
#include "json_checker.hpp"
#include "kansli/data.hpp"

namespace kansli::cli {

namespace fs = std::filesystem;
using nlohmann::json;

namespace {

constexpr const char* kFolderName = "the meeting folder";

// meeting.json's own shapes on top of the JSON checks.
class ManifestReader : public JsonChecker {
public:
    ManifestReader(fs::path folder, fs::path resolved_folder, const std::string& file)
        : JsonChecker(file, Error::Kind::Data),
          folder_(std::move(folder)),
          resolved_folder_(std::move(resolved_folder)) {}

    // A file named relative to the meeting folder: the path the user knows it by, and where it
    // really is once links are followed, which must be a regular file inside the folder.
    std::pair<fs::path, fs::path> file(const json& value, const std::string& path) const {
        const std::string relative = text(value, path);
        // A name given many times is looked up once.
        if (const auto known = resolved_.find(relative); known != resolved_.end()) return known->second;
        try {
            return resolved_[relative] = {(folder_ / relative).lexically_normal(),
                                          resolve_file_inside(resolved_folder_, relative, kFolderName)};
        } catch (const std::invalid_argument& e) {
            fail(path, e.what());
        }
    }

    DocumentSource document(const json& value, const std::string& path) const {
        object(value, path, {"data", "template"}, {"data", "template"});
        auto [data, resolved] = file(value["data"], path + "/data");
        return {std::move(data), std::move(resolved), text(value["template"], path + "/template"), path};
    }

    AttachmentSource attachment(const json& value, const std::string& path) const {
        object(value, path, {"file", "title"}, {"file", "title"});
        auto [file_path, resolved] = file(value["file"], path + "/file");
        return {std::move(file_path), std::move(resolved), text(value["title"], path + "/title"), path};
    }

    // A protokoll or an extract: rendered ({data, template}) or published as it is ({file, title}).
    PaperSource paper(const json& value, const std::string& path) const {
        if (value.is_object() && value.contains("file")) return attachment(value, path);
        if (value.is_object() && value.contains("data")) return document(value, path);
        fail(path, "expected {\"data\": …, \"template\": …} (rendered) or {\"file\": …, \"title\": …} (as it is)");
    }

private:
    fs::path folder_;
    fs::path resolved_folder_;
    mutable std::map<std::string, std::pair<fs::path, fs::path>> resolved_;  // by the name meeting.json gives
};

// The folder, with links followed. One that is not there is a usage mistake; one that cannot be
// read is the input's fault, as an unreadable data file is.
fs::path resolve_folder(const fs::path& folder) {
    std::error_code ec;
    fs::path resolved = fs::canonical(folder, ec);
    if (ec == std::errc::no_such_file_or_directory || ec == std::errc::not_a_directory || folder.empty())
        throw Error(Error::Kind::Usage, {folder.string(), 0, 0, {}}, "not a meeting folder (no such folder)");
    if (ec) throw Error(Error::Kind::Data, {folder.string(), 0, 0, {}}, "cannot read the folder: " + ec.message());
    if (!fs::is_directory(resolved, ec))
        throw Error(Error::Kind::Usage, {folder.string(), 0, 0, {}}, "not a meeting folder (not a folder)");
    const fs::path manifest = resolved / "meeting.json";
    const fs::file_status status = fs::symlink_status(manifest, ec);
    if (ec && ec != std::errc::no_such_file_or_directory)
        throw Error(Error::Kind::Data, {folder.string(), 0, 0, {}}, "cannot read the folder: " + ec.message());
    if (!fs::exists(status))
        throw Error(Error::Kind::Data, {(folder / "meeting.json").string(), 0, 0, {}},
                    "the meeting folder has no meeting.json");
    return resolved;
}

}  // namespace

MeetingManifest read_manifest(const fs::path& folder) {
    MeetingManifest m;
    m.folder = folder;
    m.resolved_folder = resolve_folder(folder);
    m.file = folder / "meeting.json";
    fs::path manifest_file;
    try {
        manifest_file = resolve_file_inside(m.resolved_folder, "meeting.json", kFolderName);
    } catch (const std::invalid_argument& e) {
        throw Error(Error::Kind::Data, {m.file.string(), 0, 0, {}}, e.what());
    }
    // Read by the library for its messages (line and column, keys given twice), then walked here.
    const json root = json::parse(load_data(m.file).to_json());
    const ManifestReader r(folder, m.resolved_folder, m.file.string());
    r.object(root, "", {"body", "date", "kallelse", "items", "justerat", "protokoll"}, {"body", "date", "kallelse"});
    m.body = r.text(root["body"], "/body");
    m.date = r.date(root["date"], "/date");
    m.kallelse = r.document(root["kallelse"], "/kallelse");
    if (root.contains("justerat")) {
        m.justerat = r.date(root["justerat"], "/justerat");
        if (m.justerat < m.date)
            r.fail("/justerat", "the protokoll is justerat (" + m.justerat + ") before the meeting");
    }
    if (root.contains("protokoll")) m.protokoll = r.paper(root["protokoll"], "/protokoll");
    if (m.protokoll && m.justerat.empty())
        r.fail("/protokoll", "a protokoll is published once justerat: give the day as \"justerat\"");
    if (!root.contains("items")) return m;
    const json& items = r.array(root["items"], "/items");
    std::set<std::string> numbers;
    for (std::size_t i = 0; i < items.size(); ++i) {
        const std::string path = "/items/" + std::to_string(i);
        r.object(items[i], path, {"number", "documents", "attachments", "protokollsutdrag"}, {"number"});
        ItemSources item;
        item.json_path = path;
        item.number = r.text(items[i]["number"], path + "/number");
        if (!numbers.insert(item.number).second) r.fail(path + "/number", "item " + item.number + " is listed twice");
        if (items[i].contains("documents")) {
            const json& documents = r.array(items[i]["documents"], path + "/documents");
            for (std::size_t d = 0; d < documents.size(); ++d)
                item.documents.push_back(r.document(documents[d], path + "/documents/" + std::to_string(d)));
        }
        if (items[i].contains("attachments")) {
            const json& attachments = r.array(items[i]["attachments"], path + "/attachments");
            for (std::size_t a = 0; a < attachments.size(); ++a)
                item.attachments.push_back(r.attachment(attachments[a], path + "/attachments/" + std::to_string(a)));
        }
        if (items[i].contains("protokollsutdrag")) {
            item.extract = r.paper(items[i]["protokollsutdrag"], path + "/protokollsutdrag");
            if (m.justerat.empty())
                r.fail(path + "/protokollsutdrag",
                       "a protokollsutdrag is published once the protokoll is justerat: give the day as \"justerat\"");
        }
        m.items.push_back(std::move(item));
    }
    return m;
}

}  // namespace kansli::cli
