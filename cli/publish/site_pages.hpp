// The pages of a published site that are not documents, made from its record alone: the
// index, a page per body and per meeting and, when the site's address is known, an Atom feed
// per body and for the whole site and sitemap.xml. Same record and package, same bytes.
#pragma once

#include <map>
#include <string>

#include "site_package.hpp"
#include "site_record.hpp"

namespace kansli::cli {

// The site's own files by path in the site.
std::map<std::string, std::string> site_pages(const SiteRecord& record, const SitePackage& package);

}  // namespace kansli::cli
