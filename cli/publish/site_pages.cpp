#include "site_pages.hpp"

#include <algorithm>
#include <vector>

#include "kansli/locale.hpp"
#include "site_links.hpp"

namespace kansli::cli {

using nlohmann::json;

namespace {

constexpr const char* kFeedFile = "feed.atom";
constexpr const char* kSitemapFile = "sitemap.xml";
// A feed lists the newest meetings; readers need no more, and it stays small on a site of years.
constexpr std::size_t kFeedEntries = 50;
// The index shows each body's newest meetings; the body's page has them all.
constexpr std::size_t kIndexMeetings = 3;

// The meetings of one body, newest first.
struct Body {
    std::string folder;  // "socialnamnden"
    std::string name;    // its newest meeting's spelling
    std::vector<const PublishedMeeting*> meetings;
};

std::vector<Body> bodies_of(const SiteRecord& record) {
    std::map<std::string, Body> by_folder;
    for (const PublishedMeeting& m : record.meetings) {
        Body& body = by_folder[m.body_folder()];
        body.folder = m.body_folder();
        body.meetings.push_back(&m);
    }
    std::vector<Body> bodies;
    for (auto& [folder, body] : by_folder) {
        std::sort(body.meetings.begin(), body.meetings.end(),
                  [](const auto* a, const auto* b) { return a->date > b->date; });
        body.name = body.meetings.front()->body;
        bodies.push_back(std::move(body));
    }
    std::sort(bodies.begin(), bodies.end(),
              [](const Body& a, const Body& b) { return sv::collate_less(a.name, b.name); });
    return bodies;
}

// Mustache counts an empty string as true: what is empty is left out.
void set_if_any(json& object, const char* key, const std::string& value) {
    if (!value.empty()) object[key] = value;
}

std::string atom_time(const std::string& iso_date) { return iso_date + "T00:00:00Z"; }

class PageMaker {
public:
    PageMaker(const SiteRecord& record, const SitePackage& package)
        : record_(record), package_(package), bodies_(bodies_of(record)) {
        // The organisation of the newest meeting names the whole site.
        const PublishedMeeting* newest = nullptr;
        for (const PublishedMeeting& m : record.meetings)
            if (newest == nullptr || m.date > newest->date) newest = &m;
        if (newest != nullptr) organisation_ = newest->organisation;
    }

    std::map<std::string, std::string> all() {
        index();
        for (const Body& body : bodies_) {
            body_page_of(body);
            for (std::size_t i = 0; i < body.meetings.size(); ++i)
                // Newest first: the previous meeting is the next one in the list.
                meeting_page(*body.meetings[i], i + 1 < body.meetings.size() ? body.meetings[i + 1] : nullptr,
                             i > 0 ? body.meetings[i - 1] : nullptr);
        }
        if (!record_.url.empty()) {
            feed(kFeedFile, "", all_meetings_newest_first());
            for (const Body& body : bodies_) feed(body.folder + "/" + kFeedFile, body.name, body.meetings);
            sitemap();
        }
        return std::move(pages_);
    }

private:
    // What every page has: its title, the organisation, and the feed it offers.
    json page(const std::string& path, const std::string& title, const std::string& feed_folder,
              const std::string& feed_body) const {
        json data = {{"home", href(path, kIndexPage)}};
        set_if_any(data, "title", title);
        set_if_any(data, "organisation", organisation_);
        if (!record_.url.empty()) {
            const std::string feed = feed_folder.empty() ? kFeedFile : feed_folder + "/" + kFeedFile;
            data["feed"] = {{"href", href(path, feed)}};
            set_if_any(data["feed"], "body", feed_body);
        }
        return data;
    }

    json meeting_link(const std::string& from, const PublishedMeeting& m) const {
        return {{"name", meeting_name(m)},
                {"date", m.date},
                {"date_long", sv::format_date_long(m.date)},
                {"href", href(from, m.page())}};
    }

    void index() {
        json data = page(kIndexPage, "", "", "");
        data["bodies"] = json::array();
        for (const Body& body : bodies_) {
            json meetings = json::array();
            for (std::size_t i = 0; i < body.meetings.size() && i < kIndexMeetings; ++i)
                meetings.push_back(meeting_link(kIndexPage, *body.meetings[i]));
            data["bodies"].push_back({{"name", body.name},
                                      {"href", href(kIndexPage, body_page(body.folder))},
                                      {"meetings", std::move(meetings)},
                                      {"count", body.meetings.size()}});
        }
        pages_[kIndexPage] = package_.render("index.html", std::move(data));
    }

    void body_page_of(const Body& body) {
        const std::string path = body_page(body.folder);
        json data = page(path, body.name, body.folder, body.name);
        data["body"] = body.name;
        data["breadcrumbs"] = json::array(
            {{{"site", true}, {"href", href(path, kIndexPage)}}, {{"label", body.name}, {"current", true}}});
        data["years"] = json::array();
        for (const PublishedMeeting* m : body.meetings) {
            const std::string year = m->date.substr(0, 4);
            if (data["years"].empty() || data["years"].back()["year"] != year)
                data["years"].push_back(
                    {{"year", year}, {"anchor", year_anchor(m->date)}, {"meetings", json::array()}});
            json link = meeting_link(path, *m);
            if (!m->justerat.empty()) link["justerat_long"] = sv::format_date_long(m->justerat);
            data["years"].back()["meetings"].push_back(std::move(link));
        }
        pages_[path] = package_.render("body.html", std::move(data));
    }

    void meeting_page(const PublishedMeeting& m, const PublishedMeeting* previous, const PublishedMeeting* next) {
        const std::string path = m.page();
        json data = page(path, meeting_name(m), m.body_folder(), m.body);
        data["breadcrumbs"] = breadcrumbs(path, m);
        data["meeting"] = {
            {"name", meeting_name(m)}, {"body", m.body}, {"date", m.date}, {"date_long", sv::format_date_long(m.date)}};
        data["kallelse"] = document_data(path, m.kallelse, package_);
        if (!m.justerat.empty()) {
            data["justering"] = {{"date", m.justerat}, {"date_long", sv::format_date_long(m.justerat)}};
            if (m.protokoll) data["justering"]["protokoll"] = document_data(path, *m.protokoll, package_);
        }
        data["items"] = json::array();
        for (const PublishedItem& item : m.items) {
            json entry = {{"anchor", item.anchor}, {"title", item.title}, {"documents", json::array()}};
            set_if_any(entry, "number", item.number);
            set_if_any(entry, "dnr", item.dnr);
            set_if_any(entry, "note", item.note);
            for (const PublishedDocument& d : item.documents)
                entry["documents"].push_back(document_data(path, d, package_));
            if (item.extract) entry["protokollsutdrag"] = document_data(path, *item.extract, package_);
            entry["has_papers"] = !item.documents.empty() || item.extract.has_value();
            data["items"].push_back(std::move(entry));
        }
        if (previous != nullptr) data["previous"] = meeting_link(path, *previous);
        if (next != nullptr) data["next"] = meeting_link(path, *next);
        data["has_pager"] = previous != nullptr || next != nullptr;
        pages_[path] = package_.render("meeting.html", std::move(data));
    }

    std::vector<const PublishedMeeting*> all_meetings_newest_first() const {
        std::vector<const PublishedMeeting*> all;
        for (const Body& body : bodies_) all.insert(all.end(), body.meetings.begin(), body.meetings.end());
        std::stable_sort(all.begin(), all.end(), [](const auto* a, const auto* b) { return a->date > b->date; });
        return all;
    }

    // An Atom feed (RFC 4287): ids and links absolute, from the site's address.
    void feed(const std::string& path, const std::string& body, const std::vector<const PublishedMeeting*>& meetings) {
        json entries = json::array();
        std::string updated = "1970-01-01";
        for (const PublishedMeeting* m : meetings) updated = std::max(updated, meeting_updated(*m));
        for (std::size_t i = 0; i < meetings.size() && i < kFeedEntries; ++i) {
            const PublishedMeeting& m = *meetings[i];
            json items = json::array();
            for (const PublishedItem& item : m.items) {
                items.push_back({{"title", item.title}});
                set_if_any(items.back(), "number", item.number);
            }
            json entry = {{"id", record_.url + m.folder + "/"},       {"title", meeting_name(m)},
                          {"href", record_.url + m.page()},           {"published", atom_time(m.issued)},
                          {"updated", atom_time(meeting_updated(m))}, {"items", std::move(items)}};
            if (!m.justerat.empty()) entry["justerat_long"] = sv::format_date_long(m.justerat);
            entries.push_back(std::move(entry));
        }
        json data = {
            {"id", record_.url + path},
            {"self", record_.url + path},
            {"alternate", record_.url + (body.empty() ? kIndexPage : body_page(path.substr(0, path.find('/'))))},
            {"updated", atom_time(updated)},
            {"entries", std::move(entries)}};
        set_if_any(data, "body", body);
        set_if_any(data, "organisation", organisation_);
        pages_[path] = package_.render("feed.atom", std::move(data));
    }

    // Every web page of the site, with the day its content last changed.
    void sitemap() {
        json urls = json::array();
        const auto add = [&](const std::string& path, const std::string& updated) {
            urls.push_back({{"loc", record_.url + path}, {"lastmod", updated}});
        };
        std::string newest = "1970-01-01";
        for (const PublishedMeeting& m : record_.meetings) newest = std::max(newest, meeting_updated(m));
        add(kIndexPage, newest);
        for (const Body& body : bodies_) {
            std::string updated = "1970-01-01";
            for (const PublishedMeeting* m : body.meetings) updated = std::max(updated, meeting_updated(*m));
            add(body_page(body.folder), updated);
            for (const PublishedMeeting* m : body.meetings) {
                add(m->page(), meeting_updated(*m));
                for (const std::string& file : m->files)
                    if (file.ends_with(".html") && file != m->page()) add(file, meeting_updated(*m));
            }
        }
        pages_[kSitemapFile] = package_.render("sitemap.xml", {{"urls", std::move(urls)}});
    }

    const SiteRecord& record_;
    const SitePackage& package_;
    std::vector<Body> bodies_;
    std::string organisation_;
    std::map<std::string, std::string> pages_;
};

}  // namespace

std::map<std::string, std::string> site_pages(const SiteRecord& record, const SitePackage& package) {
    return PageMaker(record, package).all();
}

}  // namespace kansli::cli
