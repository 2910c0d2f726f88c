#include "publish_manifest.hpp"

#include <algorithm>
#include <nlohmann/json.hpp>
#include <set>

#include "kansli/data.hpp"
#include "kansli/error.hpp"
#include "kansli/locale.hpp"

namespace kansli::cli {

namespace fs = std::filesystem;
using nlohmann::json;

namespace {

class ManifestReader {
public:
    ManifestReader(fs::path folder, std::string file) : folder_(std::move(folder)), file_(std::move(file)) {}

    [[noreturn]] void fail(const std::string& path, const std::string& message) const {
        throw Error(Error::Kind::Data, {file_, 0, 0, path}, message);
    }

    // The object's keys must all be known and the required ones present.
    const json& object(const json& value, const std::string& path, const std::set<std::string>& known,
                       const std::set<std::string>& required) const {
        if (!value.is_object()) fail(path, "expected an object");
        for (const auto& [key, unused] : value.items()) {
            if (known.count(key) != 0) continue;
            std::string list;
            for (const auto& k : known) list += (list.empty() ? "" : ", ") + k;
            fail(path + "/" + key, "unknown key '" + key + "' (known here: " + list + ")");
        }
        for (const auto& key : required)
            if (!value.contains(key)) fail(path, "'" + key + "' is missing");
        return value;
    }

    std::string text(const json& value, const std::string& path) const {
        if (!value.is_string() || value.get<std::string>().find_first_not_of(' ') == std::string::npos)
            fail(path, "expected a non-empty string");
        return value.get<std::string>();
    }

    const json& array(const json& value, const std::string& path) const {
        if (!value.is_array()) fail(path, "expected an array");
        return value;
    }

    // A file named relative to the meeting folder that exists and stays inside it: a manifest
    // must not publish /etc/passwd or a file next to the folder.
    fs::path file(const json& value, const std::string& path) const {
        const fs::path relative = fs::path(text(value, path)).lexically_normal();
        if (relative.is_absolute() || relative.empty() || *relative.begin() == "..")
            fail(path, "'" + relative.string() + "' must be a path inside the meeting folder");
        const fs::path full = folder_ / relative;
        if (!fs::is_regular_file(full)) fail(path, "no such file: " + full.string());
        return full;
    }

    DocumentSource document(const json& value, const std::string& path) const {
        object(value, path, {"data", "template"}, {"data", "template"});
        return {file(value["data"], path + "/data"), text(value["template"], path + "/template"), path};
    }

private:
    fs::path folder_;
    std::string file_;
};

}  // namespace

MeetingManifest read_manifest(const fs::path& folder) {
    MeetingManifest m;
    m.folder = folder;
    m.file = folder / "meeting.json";
    if (!fs::is_directory(folder))
        throw Error(Error::Kind::Usage, {folder.string(), 0, 0, {}}, "not a meeting folder (no such folder)");
    if (!fs::is_regular_file(m.file))
        throw Error(Error::Kind::Data, {m.file.string(), 0, 0, {}}, "the meeting folder has no meeting.json");
    // Read by the library for its messages (line and column, keys given twice), then walked here.
    const json root = json::parse(load_data(m.file).to_json());
    const ManifestReader r(folder, m.file.string());
    r.object(root, "", {"body", "date", "kallelse", "items"}, {"body", "date", "kallelse"});
    m.body = r.text(root["body"], "/body");
    m.date = r.text(root["date"], "/date");
    try {
        sv::format_date_iso(m.date);
    } catch (const std::invalid_argument&) {
        r.fail("/date", "'" + m.date + "' is not a date of the form YYYY-MM-DD");
    }
    m.kallelse = r.document(root["kallelse"], "/kallelse");
    if (!root.contains("items")) return m;
    const json& items = r.array(root["items"], "/items");
    std::set<std::string> numbers;
    for (std::size_t i = 0; i < items.size(); ++i) {
        const std::string path = "/items/" + std::to_string(i);
        r.object(items[i], path, {"number", "documents", "attachments"}, {"number"});
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
            for (std::size_t a = 0; a < attachments.size(); ++a) {
                const std::string at = path + "/attachments/" + std::to_string(a);
                r.object(attachments[a], at, {"file", "title"}, {"file", "title"});
                item.attachments.push_back(
                    {r.file(attachments[a]["file"], at + "/file"), r.text(attachments[a]["title"], at + "/title"), at});
            }
        }
        m.items.push_back(std::move(item));
    }
    return m;
}

}  // namespace kansli::cli
