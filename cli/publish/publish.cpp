#include "publish.hpp"

#include <algorithm>
#include <exception>
#include <fstream>
#include <iterator>
#include <set>

#include "document_pages.hpp"
#include "folder_paths.hpp"
#include "kansli/kansli.hpp"
#include "meeting_folder.hpp"
#include "meeting_render.hpp"
#include "site_folder.hpp"
#include "site_pages.hpp"

namespace kansli::cli {

namespace fs = std::filesystem;

namespace {

// The site package: the one asked for, else the one the site was published with, else the default.
SitePackage site_package(const PublishSettings& settings, const SiteFolder& site) {
    std::string name = settings.site_package;
    if (name.empty() && site.record()) name = site.record()->site_package;
    if (name.empty()) name = SitePackage::kDefault;
    try {
        return SitePackage::find(settings.template_dirs, name);
    } catch (const Error& e) {
        if (e.kind() != Error::Kind::Usage || !settings.site_package.empty()) throw;
        throw Error(Error::Kind::Usage, {site.path().string(), 0, 0, {}},
                    "the site was published with the site package " + name +
                        ", which is not on the template path now: " + e.message() +
                        " (give --site-package, and --templates for a folder of your own)");
    }
}

// The site has no place for a meeting folder, nor the other way round: a folder inside the
// site would be published with its data, and a site inside a meeting folder would be read as
// one of its files.
void check_apart(const std::vector<MeetingManifest>& manifests, const fs::path& site) {
    for (const MeetingManifest& m : manifests) {
        const char* problem = m.resolved_folder == site            ? "is the meeting folder"
                              : is_within(site, m.resolved_folder) ? "is inside the meeting folder"
                              : is_within(m.resolved_folder, site) ? "holds the meeting folder"
                                                                   : nullptr;
        if (problem != nullptr)
            throw Error(Error::Kind::Usage, {m.folder.string(), 0, 0, {}},
                        std::string("the site folder ") + site.string() + " " + problem +
                            " (links followed); publish into a folder of its own");
    }
}

// Rebuilds every page of the site for `next` and writes it, with `files` (the new meetings').
// Pages of meetings the site keeps are given the package's look again if it changed.
PublishOutcome write_site(SiteFolder& site, SiteRecord next, const SitePackage& package,
                          std::map<std::string, SiteFile> files, const std::set<std::string>& new_meetings) {
    next.site_package = package.name();
    next.look = package.fingerprint();
    if (site.record() && site.record()->look != next.look) {
        for (const PublishedMeeting& meeting : next.meetings) {
            if (new_meetings.count(meeting.folder) != 0) continue;
            for (const auto& [document, back] : document_pages(meeting)) {
                std::ifstream in(site.path() / document->page, std::ios::binary);
                const std::string page{std::istreambuf_iterator<char>(in), {}};
                if (!in)
                    throw Error(Error::Kind::Output, {(site.path() / document->page).string(), 0, 0, {}},
                                "cannot read the page to give it the site's new look");
                files[document->page].bytes =
                    with_site_navigation(without_site_navigation(page), meeting, *document, back, package);
            }
        }
    }
    next.files.clear();
    for (auto& [path, bytes] : site_pages(next, package)) {
        next.files.push_back(path);
        files[path].bytes = std::move(bytes);
    }
    auto [written, notes] = site.replace(next, files);
    return {site.path(), written, next.meetings.size(), !next.url.empty(), std::move(notes)};
}

SiteRecord record_or_new(const SiteFolder& site, const PublishSettings& settings) {
    SiteRecord record = site.record().value_or(SiteRecord{});
    if (!settings.site_url.empty()) record.url = settings.site_url;
    return record;
}

}  // namespace

PublishOutcome publish_meetings(const std::vector<fs::path>& folders, const fs::path& out,
                                const PublishSettings& settings, const PluginRegistry& plugins) {
    const SiteFormats formats = site_formats(plugins);
    // Every manifest is read before anything is rendered or written; a manifest that cannot be
    // read is reported when its meeting's turn comes, as when the meetings were done one by one.
    std::vector<MeetingManifest> manifests;
    std::vector<std::exception_ptr> errors(folders.size());
    std::vector<std::size_t> manifest_of(folders.size());
    for (std::size_t i = 0; i < folders.size(); ++i) {
        try {
            manifests.push_back(read_manifest(folders[i]));
            manifest_of[i] = manifests.size() - 1;
        } catch (...) {
            errors[i] = std::current_exception();
        }
    }
    check_apart(manifests, SiteFolder::resolve(out));
    SiteFolder site(out);
    if (folders.empty() && !site.record())
        throw Error(Error::Kind::Usage, {site.path().string(), 0, 0, {}},
                    "no site here to build again; give the meeting folders to publish");
    const SitePackage package = site_package(settings, site);

    std::vector<const MeetingManifest*> readable;
    for (const MeetingManifest& m : manifests) readable.push_back(&m);
    const MeetingRenderer renderer(readable, settings.template_dirs, formats, settings.jobs);
    std::map<std::string, SiteFile> files;
    std::vector<PublishedMeeting> published;
    std::set<std::string> published_folders;
    for (std::size_t i = 0; i < folders.size(); ++i) {
        if (errors[i]) std::rethrow_exception(errors[i]);
        const MeetingManifest& manifest = manifests[manifest_of[i]];
        PublishedMeeting meeting = renderer.assemble(manifest, package, files);
        if (!published_folders.insert(meeting.folder).second)
            throw Error(Error::Kind::Usage, {manifest.file.string(), 0, 0, "/date"},
                        "another meeting folder is also " + manifest.body + " on " + manifest.date);
        published.push_back(std::move(meeting));
    }

    // The meetings published now replace those of the same body and day; the rest stay.
    SiteRecord next = record_or_new(site, settings);
    std::erase_if(next.meetings, [&](const PublishedMeeting& m) { return published_folders.count(m.folder) != 0; });
    for (PublishedMeeting& meeting : published) next.meetings.push_back(std::move(meeting));
    std::sort(next.meetings.begin(), next.meetings.end(),
              [](const PublishedMeeting& a, const PublishedMeeting& b) { return a.folder < b.folder; });
    return write_site(site, std::move(next), package, std::move(files), published_folders);
}

PublishOutcome unpublish_meetings(const std::vector<std::string>& meetings, const fs::path& out,
                                  const PublishSettings& settings) {
    SiteFolder site(out);
    if (!site.record())
        throw Error(Error::Kind::Usage, {site.path().string(), 0, 0, {}}, "no site kansli publish made is here");
    SiteRecord next = record_or_new(site, settings);
    for (const std::string& meeting : meetings) {
        const std::string folder = fs::path(meeting).lexically_normal().generic_string();
        const auto found = std::find_if(next.meetings.begin(), next.meetings.end(), [&](const PublishedMeeting& m) {
            return m.folder == folder || m.folder + "/" == folder;
        });
        if (found == next.meetings.end()) {
            std::string held;
            for (const PublishedMeeting& m : next.meetings) held += "\n  " + m.folder;
            throw Error(Error::Kind::Usage, {site.path().string(), 0, 0, {}},
                        "the site has no meeting " + meeting +
                            (held.empty() ? std::string(" (it holds none)") : "; it holds:" + held));
        }
        next.meetings.erase(found);
    }
    return write_site(site, std::move(next), site_package(settings, site), {}, {});
}

}  // namespace kansli::cli
