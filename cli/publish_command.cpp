// `kansli publish` and `kansli unpublish` on the command line (the work: publish/publish.hpp).
#include <ostream>

#include "commands.hpp"
#include "publish/publish.hpp"

namespace kansli::cli {

namespace {

PublishSettings settings_of(const Options& options) {
    return {template_dirs(options), options.site_package, options.site_url, options.jobs};
}

int report(const PublishOutcome& outcome, std::ostream& out, std::ostream& err) {
    for (const std::string& note : outcome.notes) err << "kansli: note: " << note << '\n';
    out << "wrote " << outcome.files_written << (outcome.files_written == 1 ? " file" : " files") << " to "
        << outcome.site.string() << " (" << outcome.meetings << (outcome.meetings == 1 ? " meeting" : " meetings")
        << ")\n";
    if (!outcome.has_feeds && outcome.meetings > 0)
        out << "no feeds or sitemap.xml: they need the site's address (--site-url)\n";
    return 0;
}

}  // namespace

int run_publish(const Options& options, std::ostream& out, std::ostream& err) {
    return report(publish_meetings(options.data, options.out_dir, settings_of(options), load_plugins(options)), out,
                  err);
}

int run_unpublish(const Options& options, std::ostream& out, std::ostream& err) {
    std::vector<std::string> meetings;
    for (const auto& meeting : options.data) meetings.push_back(meeting.generic_string());
    return report(unpublish_meetings(meetings, options.out_dir, settings_of(options)), out, err);
}

}  // namespace kansli::cli
