#include "site_pages.hpp"

#include <algorithm>
#include <cmath>
#include <map>

#include "kansli/locale.hpp"
#include "kansli/xml_text.hpp"

namespace kansli::cli {

namespace {

// The words of the site's own pages, in one place.
constexpr const char* kSkipLink = "Hoppa till innehållet";
constexpr const char* kSiteTitle = "Sammanträden";
constexpr const char* kBreadcrumbs = "Du är här";
constexpr const char* kKallelse = "Kallelse";
constexpr const char* kAgenda = "Ärendelista";
constexpr const char* kDownload = "Ladda ner";
constexpr const char* kNoPapers = "Inga handlingar publicerade.";
constexpr const char* kDnr = "Dnr";

// Colours chosen for at least 4.5:1 in both schemes: #1a1a1a/#005a9c on white, #e8e8e8/#8cc4ff
// on #121212.
constexpr const char* kStyle = R"css(:root { color-scheme: light dark; }
html { color: #1a1a1a; background: #ffffff; }
body { margin: 0 auto; max-width: 50rem; padding: 0 1rem 2rem; font-family: "Liberation Sans", Arial, sans-serif; line-height: 1.5; }
a { color: #005a9c; }
a:focus-visible { outline: 3px solid #005a9c; outline-offset: 2px; }
main:focus { outline: none; }
.skip-link { position: absolute; left: 1rem; top: -10rem; padding: 0.5rem 1rem; background: #ffffff; border: 2px solid #005a9c; }
.skip-link:focus { top: 1rem; }
header { padding: 1rem 0 0.5rem; border-bottom: 3px solid #005a9c; margin-bottom: 1rem; }
header p { margin: 0; font-weight: bold; }
nav.breadcrumbs ol { list-style: none; padding: 0; margin: 0 0 1rem; display: flex; flex-wrap: wrap; gap: 0.25rem 0.5rem; }
nav.breadcrumbs li + li::before { content: "›"; margin-right: 0.5rem; }
ol.agenda { list-style: none; padding: 0; }
ol.agenda > li { margin: 0 0 1.25rem; }
ol.agenda h3 { margin: 0 0 0.25rem; font-size: 1.1em; }
.documents { margin: 0.25rem 0 0; padding-left: 1.25rem; }
.downloads { padding-left: 1.25rem; font-size: 0.95em; }
.dnr, .note { margin: 0; font-size: 0.95em; }
footer { margin-top: 3rem; padding-top: 0.75rem; border-top: 1px solid currentColor; font-size: 0.9em; }
@media screen and (prefers-color-scheme: dark) {
  html, .skip-link { color: #e8e8e8; background: #121212; }
  a { color: #8cc4ff; }
  a:focus-visible { outline-color: #8cc4ff; }
  header, .skip-link { border-color: #8cc4ff; }
}
@media print {
  .skip-link, nav.breadcrumbs { display: none; }
  a[href]::after { content: " (" attr(href) ")"; overflow-wrap: anywhere; }
}
)css";

struct Crumb {
    std::string label;
    std::string href;  // empty: the current page
};

std::string frame(const std::string& title, const std::string& organisation, const std::vector<Crumb>& crumbs,
                  const std::string& main) {
    std::string out =
        "<!DOCTYPE html>\n<html lang=\"sv\">\n<head>\n<meta charset=\"utf-8\">\n"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>" +
        escape_xml(title) + "</title>\n<style>\n" + kStyle + "</style>\n</head>\n<body>\n" +
        "<a class=\"skip-link\" href=\"#innehall\">" + kSkipLink + "</a>\n";
    out += "<header>\n<p>" + escape_xml(organisation.empty() ? kSiteTitle : organisation) + "</p>\n</header>\n";
    if (!crumbs.empty()) {
        out += "<nav class=\"breadcrumbs\" aria-label=\"" + std::string(kBreadcrumbs) + "\">\n<ol>\n";
        for (const Crumb& c : crumbs) {
            if (c.href.empty())
                out += "<li><a aria-current=\"page\" href=\"#innehall\">" + escape_xml(c.label) + "</a></li>\n";
            else
                out += "<li><a href=\"" + escape_xml(c.href) + "\">" + escape_xml(c.label) + "</a></li>\n";
        }
        out += "</ol>\n</nav>\n";
    }
    out += "<main id=\"innehall\" tabindex=\"-1\">\n" + main + "</main>\n";
    out += "<footer>\n<p>" + escape_xml(organisation.empty() ? kSiteTitle : organisation) + "</p>\n</footer>\n";
    out += "</body>\n</html>\n";
    return out;
}

std::string meeting_name(const PublishedMeeting& m) { return m.body + " " + sv::format_date_long(m.date); }

std::string document_entry(const PublishedDocument& d) {
    std::string out = "<li>";
    out += d.html_href.empty() ? escape_xml(d.title)
                               : "<a href=\"" + escape_xml(d.html_href) + "\">" + escape_xml(d.title) + "</a>";
    if (!d.downloads.empty()) {
        out += "\n<ul class=\"downloads\">\n";
        for (const Download& download : d.downloads)
            out += "<li><a href=\"" + escape_xml(download.href) + "\" download>" +
                   escape_xml(download_text(d.title, download)) + "</a></li>\n";
        out += "</ul>\n";
    }
    return out + "</li>\n";
}

}  // namespace

std::string file_size_text(std::size_t bytes) {
    if (bytes < 1'000'000) {
        const auto kb = std::max<std::size_t>(1, static_cast<std::size_t>(std::lround(bytes / 1000.0)));
        return std::to_string(kb) + "\u00a0kB";
    }
    const long tenths = std::lround(bytes / 100'000.0);
    return std::to_string(tenths / 10) + "," + std::to_string(tenths % 10) + "\u00a0MB";
}

std::string download_text(const std::string& title, const Download& download) {
    return std::string(kDownload) + " " + title + " (" + download.format + ", " + file_size_text(download.bytes) + ")";
}

std::string meeting_page(const PublishedMeeting& m) {
    const std::string name = meeting_name(m);
    std::string main = "<h1>" + escape_xml(name) + "</h1>\n";
    main +=
        "<h2>" + std::string(kKallelse) + "</h2>\n<ul class=\"documents\">\n" + document_entry(m.kallelse) + "</ul>\n";
    main += "<h2>" + std::string(kAgenda) + "</h2>\n<ol class=\"agenda\">\n";
    for (const PublishedItem& item : m.items) {
        main += "<li>\n<h3>";
        if (!item.number.empty()) main += escape_xml(item.number) + ". ";
        main += escape_xml(item.title) + "</h3>\n";
        if (!item.dnr.empty()) main += "<p class=\"dnr\">" + std::string(kDnr) + " " + escape_xml(item.dnr) + "</p>\n";
        if (!item.note.empty()) main += "<p class=\"note\">" + escape_xml(item.note) + "</p>\n";
        if (item.documents.empty()) {
            main += "<p class=\"note\">" + std::string(kNoPapers) + "</p>\n";
        } else {
            main += "<ul class=\"documents\">\n";
            for (const PublishedDocument& d : item.documents) main += document_entry(d);
            main += "</ul>\n";
        }
        main += "</li>\n";
    }
    main += "</ol>\n";
    // The page sits two folders below the root: body/date/index.html.
    return frame(name, m.organisation, {{kSiteTitle, "../../index.html"}, {name, ""}}, main);
}

std::string index_page(const std::vector<PublishedMeeting>& meetings) {
    // body → year → meetings, bodies in Swedish order, newest year and meeting first.
    std::vector<std::string> bodies;
    for (const auto& m : meetings)
        if (std::find(bodies.begin(), bodies.end(), m.body) == bodies.end()) bodies.push_back(m.body);
    std::sort(bodies.begin(), bodies.end(),
              [](const std::string& a, const std::string& b) { return sv::collate_less(a, b); });
    std::string organisation;
    std::string main = "<h1>" + std::string(kSiteTitle) + "</h1>\n";
    for (const std::string& body : bodies) {
        main += "<h2>" + escape_xml(body) + "</h2>\n";
        std::map<std::string, std::vector<const PublishedMeeting*>, std::greater<>> by_year;
        for (const auto& m : meetings) {
            if (m.body != body) continue;
            by_year[m.date.substr(0, 4)].push_back(&m);
            if (organisation.empty()) organisation = m.organisation;
        }
        for (auto& [year, list] : by_year) {
            std::sort(list.begin(), list.end(), [](const auto* a, const auto* b) { return a->date > b->date; });
            main += "<h3>" + escape_xml(year) + "</h3>\n<ul>\n";
            for (const auto* m : list)
                main += "<li><a href=\"" + escape_xml(m->href) + "\">" + escape_xml(meeting_name(*m)) + "</a></li>\n";
            main += "</ul>\n";
        }
    }
    return frame(kSiteTitle, organisation, {}, main);
}

}  // namespace kansli::cli
