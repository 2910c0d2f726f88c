#include "document_pages.hpp"

#include <set>

#include "kansli/error.hpp"
#include "site_links.hpp"

namespace kansli::cli {

using nlohmann::json;

namespace {

// HTML comments: data never makes one (it is escaped), so these are the site's own.
constexpr std::string_view kStart = "<!-- kansli-site -->";
constexpr std::string_view kEnd = "<!-- /kansli-site -->";

// Where the <main> element starts: the first "<main" followed by a space or ">".
std::size_t main_start(const std::string& page, std::size_t from) {
    for (std::size_t at = page.find("<main", from); at != std::string::npos; at = page.find("<main", at + 1))
        if (at + 5 < page.size() && (page[at + 5] == ' ' || page[at + 5] == '>')) return at;
    return std::string::npos;
}

}  // namespace

std::string with_site_navigation(std::string page, const PublishedMeeting& meeting, const PublishedDocument& document,
                                 const BackLink& back, const SitePackage& package) {
    const std::size_t head_end = page.find("</head>");
    const std::size_t main = head_end == std::string::npos ? head_end : main_start(page, head_end);
    if (main == std::string::npos)
        throw Error(Error::Kind::Plugin, {document.page, 0, 0, {}},
                    "the html writer's page has no </head> and <main> to put the site's navigation before");
    json data = {{"title", document.title},
                 {"breadcrumbs", breadcrumbs(document.page, meeting, document.title)},
                 {"document", document_data(document.page, document, package)},
                 {"back", {{"href", href(document.page, back.target)}, {"meeting", meeting_name(meeting)}}}};
    if (back.item != nullptr) data["back"]["item"] = {{"number", back.item->number}, {"title", back.item->title}};
    const std::string head = package.render("document-head.html", data);
    const std::string navigation = package.render("document-navigation.html", std::move(data));
    page.insert(main, std::string(kStart) + "\n" + navigation + std::string(kEnd) + "\n");
    page.insert(head_end, std::string(kStart) + "\n" + head + std::string(kEnd) + "\n");
    return page;
}

std::string without_site_navigation(const std::string& page) {
    std::string out;
    std::size_t at = 0;
    for (std::size_t start = page.find(kStart); start != std::string::npos; start = page.find(kStart, at)) {
        const std::size_t end = page.find(kEnd, start);
        if (end == std::string::npos) break;
        out.append(page, at, start - at);
        at = end + kEnd.size() + (end + kEnd.size() < page.size() && page[end + kEnd.size()] == '\n' ? 1 : 0);
    }
    return out + page.substr(at);
}

std::vector<std::pair<const PublishedDocument*, BackLink>> document_pages(const PublishedMeeting& meeting) {
    std::vector<std::pair<const PublishedDocument*, BackLink>> pages;
    std::set<std::string> seen;
    const auto add = [&](const PublishedDocument& document, const BackLink& back) {
        // Named twice, a document leads back to the first place.
        if (!document.page.empty() && seen.insert(document.page).second) pages.emplace_back(&document, back);
    };
    add(meeting.kallelse, {meeting.page(), nullptr});
    if (meeting.protokoll) add(*meeting.protokoll, {meeting.page() + "#protokoll", nullptr});
    for (const PublishedItem& item : meeting.items) {
        const BackLink back{meeting.page() + "#" + item.anchor, &item};
        for (const PublishedDocument& document : item.documents) add(document, back);
        if (item.extract) add(*item.extract, back);
    }
    return pages;
}

}  // namespace kansli::cli
