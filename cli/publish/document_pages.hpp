// A document's web page in a published site: the HTML writer's page with the site's navigation
// put in — a style in its head and, before its <main>, the breadcrumb, the link back to the
// agenda item and the document's downloads — so that no page of the site is a dead end. The
// writer knows nothing of sites; the site's parts come from the site package.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "site_package.hpp"
#include "site_record.hpp"

namespace kansli::cli {

// Where a document page leads back to on its meeting's page.
struct BackLink {
    std::string target;                   // "socialnamnden/2021-02-09/index.html#arende-6"
    const PublishedItem* item = nullptr;  // the agenda item, if the document belongs to one
};

// `page` with the site's navigation put in. Each part is marked by HTML comments, so that
// the page can be given another look later from `page` as it was published. Throws
// Error(Kind::Plugin) when the page has no </head> and <main> to put it before.
std::string with_site_navigation(std::string page, const PublishedMeeting& meeting, const PublishedDocument& document,
                                 const BackLink& back, const SitePackage& package);

// The writer's page again: the marked parts taken out.
std::string without_site_navigation(const std::string& page);

// Every document of the meeting that has a page, with where its page leads back to.
std::vector<std::pair<const PublishedDocument*, BackLink>> document_pages(const PublishedMeeting& meeting);

}  // namespace kansli::cli
