#include "site_record.hpp"

#include <nlohmann/json.hpp>

#include "json_checker.hpp"
#include "kansli/data.hpp"

namespace kansli::cli {

namespace fs = std::filesystem;
using nlohmann::json;

namespace {

constexpr int kRecordVersion = 1;

json document_json(const PublishedDocument& document) {
    json downloads = json::array();
    for (const Download& d : document.downloads)
        downloads.push_back({{"path", d.path}, {"format", d.format}, {"bytes", d.bytes}});
    return {{"title", document.title}, {"page", document.page}, {"downloads", std::move(downloads)}};
}

json optional_document_json(const std::optional<PublishedDocument>& document) {
    return document ? document_json(*document) : json(nullptr);
}

json meeting_json(const PublishedMeeting& m) {
    json items = json::array();
    for (const PublishedItem& item : m.items) {
        json documents = json::array();
        for (const PublishedDocument& d : item.documents) documents.push_back(document_json(d));
        items.push_back({{"number", item.number},
                         {"title", item.title},
                         {"dnr", item.dnr},
                         {"note", item.note},
                         {"anchor", item.anchor},
                         {"documents", std::move(documents)},
                         {"protokollsutdrag", optional_document_json(item.extract)}});
    }
    return {{"folder", m.folder},
            {"organisation", m.organisation},
            {"body", m.body},
            {"date", m.date},
            {"issued", m.issued},
            {"justerat", m.justerat},
            {"kallelse", document_json(m.kallelse)},
            {"protokoll", optional_document_json(m.protokoll)},
            {"items", std::move(items)},
            {"files", m.files}};
}

// A path Kansli may delete or replace: relative, normalised, inside the site, never the record.
bool safe_site_path(const std::string& path) {
    if (path.empty() || path == kRecordFile || path.find('\\') != std::string::npos) return false;
    const fs::path p(path);
    if (p.is_absolute() || p.has_root_name() || p.lexically_normal().generic_string() != path) return false;
    for (const auto& part : p)
        if (part == ".." || part == ".") return false;
    return true;
}

class RecordReader : public JsonChecker {
public:
    explicit RecordReader(const std::string& file) : JsonChecker(file, Error::Kind::Output) {}

    std::vector<std::string> paths(const json& value, const std::string& path, const std::string& inside) const {
        std::vector<std::string> out;
        const json& list = array(value, path);
        for (std::size_t i = 0; i < list.size(); ++i) {
            std::string p = string(list[i], path + "/" + std::to_string(i));
            if (!safe_site_path(p) || !p.starts_with(inside))
                fail(path + "/" + std::to_string(i),
                     "'" + p + "' is not a path inside " + (inside.empty() ? "the site" : "the folder " + inside));
            out.push_back(std::move(p));
        }
        return out;
    }

    PublishedDocument document(const json& value, const std::string& path, const std::set<std::string>& files) const {
        object(value, path, {"title", "page", "downloads"}, {"title", "page", "downloads"});
        PublishedDocument d;
        d.title = string(value["title"], path + "/title");
        d.page = string(value["page"], path + "/page");
        check_listed(d.page, path + "/page", files, true);
        const json& downloads = array(value["downloads"], path + "/downloads");
        for (std::size_t i = 0; i < downloads.size(); ++i) {
            const std::string at = path + "/downloads/" + std::to_string(i);
            object(downloads[i], at, {"path", "format", "bytes"}, {"path", "format", "bytes"});
            Download download{string(downloads[i]["path"], at + "/path"),
                              string(downloads[i]["format"], at + "/format"),
                              count(downloads[i]["bytes"], at + "/bytes")};
            check_listed(download.path, at + "/path", files, false);
            d.downloads.push_back(std::move(download));
        }
        return d;
    }

    std::optional<PublishedDocument> optional_document(const json& value, const std::string& path,
                                                       const std::set<std::string>& files) const {
        if (value.is_null()) return std::nullopt;
        return document(value, path, files);
    }

    PublishedMeeting meeting(const json& value, const std::string& path) const {
        object(
            value, path,
            {"folder", "organisation", "body", "date", "issued", "justerat", "kallelse", "protokoll", "items", "files"},
            {"folder", "organisation", "body", "date", "issued", "justerat", "kallelse", "protokoll", "items",
             "files"});
        PublishedMeeting m;
        m.folder = string(value["folder"], path + "/folder");
        const fs::path folder(m.folder);
        if (!safe_site_path(m.folder) || std::distance(folder.begin(), folder.end()) != 2)
            fail(path + "/folder", "'" + m.folder + "' is not a meeting's folder (body/date)");
        m.organisation = string(value["organisation"], path + "/organisation");
        m.body = text(value["body"], path + "/body");
        m.date = date(value["date"], path + "/date");
        m.issued = date(value["issued"], path + "/issued");
        if (!value["justerat"].is_string() || !value["justerat"].get<std::string>().empty())
            m.justerat = date(value["justerat"], path + "/justerat");
        m.files = paths(value["files"], path + "/files", m.folder + "/");
        const std::set<std::string> files(m.files.begin(), m.files.end());
        m.kallelse = document(value["kallelse"], path + "/kallelse", files);
        m.protokoll = optional_document(value["protokoll"], path + "/protokoll", files);
        const json& items = array(value["items"], path + "/items");
        for (std::size_t i = 0; i < items.size(); ++i) {
            const std::string at = path + "/items/" + std::to_string(i);
            object(items[i], at, {"number", "title", "dnr", "note", "anchor", "documents", "protokollsutdrag"},
                   {"number", "title", "dnr", "note", "anchor", "documents", "protokollsutdrag"});
            PublishedItem item{string(items[i]["number"], at + "/number"),
                               string(items[i]["title"], at + "/title"),
                               string(items[i]["dnr"], at + "/dnr"),
                               string(items[i]["note"], at + "/note"),
                               text(items[i]["anchor"], at + "/anchor"),
                               {},
                               optional_document(items[i]["protokollsutdrag"], at + "/protokollsutdrag", files)};
            const json& documents = array(items[i]["documents"], at + "/documents");
            for (std::size_t d = 0; d < documents.size(); ++d)
                item.documents.push_back(document(documents[d], at + "/documents/" + std::to_string(d), files));
            m.items.push_back(std::move(item));
        }
        return m;
    }

private:
    // A page or download must be one of the meeting's files (an attachment has no page).
    void check_listed(const std::string& file, const std::string& path, const std::set<std::string>& files,
                      bool may_be_empty) const {
        if (file.empty() && may_be_empty) return;
        if (files.count(file) == 0) fail(path, "'" + file + "' is not among the meeting's files");
    }
};

}  // namespace

std::set<std::string> SiteRecord::files_made() const {
    std::set<std::string> all(files.begin(), files.end());
    for (const PublishedMeeting& m : meetings) all.insert(m.files.begin(), m.files.end());
    all.insert(kRecordFile);
    return all;
}

std::string record_json(const SiteRecord& record) {
    json meetings = json::array();
    for (const PublishedMeeting& m : record.meetings) meetings.push_back(meeting_json(m));
    const json root = {{"kansli_site", kRecordVersion}, {"url", record.url},     {"site_package", record.site_package},
                       {"look", record.look},           {"files", record.files}, {"meetings", std::move(meetings)}};
    return root.dump(1, '\t', false, json::error_handler_t::strict) + "\n";
}

SiteRecord read_record(const fs::path& file) {
    json root;
    try {
        root = json::parse(load_data(file).to_json());
    } catch (const Error& e) {
        throw Error(Error::Kind::Output, e.where(), "the site's record is damaged: " + e.message());
    }
    const RecordReader r(file.string());
    r.object(root, "", {"kansli_site", "url", "site_package", "look", "files", "meetings"},
             {"kansli_site", "url", "site_package", "look", "files", "meetings"});
    if (root["kansli_site"] != kRecordVersion)
        r.fail("/kansli_site", "written by another version of kansli publish (record version " +
                                   root["kansli_site"].dump() + ", this one reads " + std::to_string(kRecordVersion) +
                                   ")");
    SiteRecord record;
    record.url = r.string(root["url"], "/url");
    record.site_package = r.text(root["site_package"], "/site_package");
    record.look = r.string(root["look"], "/look");
    record.files = r.paths(root["files"], "/files", "");
    const json& meetings = r.array(root["meetings"], "/meetings");
    std::set<std::string> folders;
    for (std::size_t i = 0; i < meetings.size(); ++i) {
        PublishedMeeting m = r.meeting(meetings[i], "/meetings/" + std::to_string(i));
        if (!folders.insert(m.folder).second)
            r.fail("/meetings/" + std::to_string(i) + "/folder", "the meeting " + m.folder + " is listed twice");
        record.meetings.push_back(std::move(m));
    }
    return record;
}

}  // namespace kansli::cli
