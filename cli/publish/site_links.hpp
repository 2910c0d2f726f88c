// What every page of a published site shares: links relative to the page, the names of
// meetings, the breadcrumb, and a document with its downloads as the page templates see them.
#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "site_package.hpp"
#include "site_record.hpp"

namespace kansli::cli {

constexpr const char* kIndexPage = "index.html";

// A link from the page at `from` to `to` (both paths in the site; `to` may end in "#id").
std::string href(const std::string& from, const std::string& to);

std::string body_page(const std::string& body_folder);  // "socialnamnden/index.html"
std::string year_anchor(const std::string& iso_date);   // "ar-2021"
// "Socialnämnden 9 februari 2021".
std::string meeting_name(const PublishedMeeting& meeting);
// The later of the kallelse's date and the justering: when the meeting's papers last changed.
std::string meeting_updated(const PublishedMeeting& meeting);

// The trail to a meeting page or a page below it, from the page at `from`: the site, the body,
// the year, the meeting, then `current` (the document's title) when given; the last is the page itself.
nlohmann::json breadcrumbs(const std::string& from, const PublishedMeeting& meeting, const std::string& current = {});

// A document, its page and downloads linked from `from`: {title, page_href?, downloads: [{href,
// title, format?, size}]}. The format is named by the package ("Word"), else by its extension in capitals.
nlohmann::json document_data(const std::string& from, const PublishedDocument& document, const SitePackage& package);

// "24 kB", "1,2 MB".
std::string file_size_text(std::uintmax_t bytes);

}  // namespace kansli::cli
