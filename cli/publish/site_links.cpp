#include "site_links.hpp"

#include <cctype>
#include <cmath>
#include <filesystem>

#include "kansli/locale.hpp"

namespace kansli::cli {

namespace fs = std::filesystem;
using nlohmann::json;

std::string href(const std::string& from, const std::string& to) {
    const auto hash = to.find('#');
    const std::string path = to.substr(0, hash);
    const std::string fragment = hash == std::string::npos ? "" : to.substr(hash);
    if (path == from && !fragment.empty()) return fragment;
    return fs::path(path).lexically_relative(fs::path(from).parent_path()).generic_string() + fragment;
}

std::string body_page(const std::string& body_folder) { return body_folder + "/" + kIndexPage; }

std::string year_anchor(const std::string& iso_date) { return "ar-" + iso_date.substr(0, 4); }

std::string meeting_name(const PublishedMeeting& meeting) {
    return meeting.body + " " + sv::format_date_long(meeting.date);
}

std::string meeting_updated(const PublishedMeeting& meeting) { return std::max(meeting.issued, meeting.justerat); }

json breadcrumbs(const std::string& from, const PublishedMeeting& meeting, const std::string& current) {
    const std::string body = body_page(meeting.body_folder());
    json trail = json::array();
    const auto crumb = [&](const std::string& label, const std::string& to) {
        json c = {{"label", label}};
        if (to.empty())
            c["current"] = true;
        else
            c["href"] = href(from, to);
        trail.push_back(std::move(c));
    };
    crumb("", kIndexPage);  // the site: its name is the package's label
    trail.back()["site"] = true;
    crumb(meeting.body, body);
    crumb(meeting.date.substr(0, 4), body + "#" + year_anchor(meeting.date));
    crumb(meeting_name(meeting), current.empty() ? "" : meeting.page());
    if (!current.empty()) crumb(current, "");
    return trail;
}

std::string file_size_text(std::uintmax_t bytes) {
    if (bytes < 1'000'000) {
        const auto kb = std::max<std::uintmax_t>(1, static_cast<std::uintmax_t>(std::llround(bytes / 1000.0)));
        return std::to_string(kb) + "\u00a0kB";
    }
    const long long tenths = std::llround(bytes / 100'000.0);
    return std::to_string(tenths / 10) + "," + std::to_string(tenths % 10) + "\u00a0MB";
}

json document_data(const std::string& from, const PublishedDocument& document, const SitePackage& package) {
    json data = {{"title", document.title}, {"downloads", json::array()}};
    if (!document.page.empty()) data["page_href"] = href(from, document.page);
    for (const Download& d : document.downloads) {
        std::string format = package.format_name(d.format);
        if (format.empty())
            for (const char c : d.format) format += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
        json download = {{"href", href(from, d.path)}, {"title", document.title}, {"size", file_size_text(d.bytes)}};
        if (!format.empty()) download["format"] = format;
        data["downloads"].push_back(std::move(download));
    }
    return data;
}

}  // namespace kansli::cli
