// `kansli publish`: every meeting is rendered in memory first (each document in HTML, PDF, DOCX
// and ODT, on as many threads as -j says), then the site is written in one go; any error leaves the
// old site as it was.
#include "publish_site.hpp"

#include <array>
#include <exception>
#include <fstream>
#include <ostream>
#include <set>
#include <sstream>

#include "commands.hpp"
#include "kansli/kansli.hpp"
#include "parallel.hpp"
#include "publish_manifest.hpp"
#include "site_pages.hpp"

namespace kansli::cli {

namespace fs = std::filesystem;

namespace {

// Offered for download beside each document's web page, in this order.
struct DownloadFormat {
    const char* writer;
    const char* label;
};
constexpr DownloadFormat kDownloadFormats[] = {{"pdf", "PDF"}, {"docx", "Word"}, {"odt", "OpenDocument"}};
constexpr const char* kPageFormat = "html";
// Every writer a site needs: the page's, then the downloads'.
constexpr auto kSiteFormats = [] {
    std::array<const char*, std::size(kDownloadFormats) + 1> all{kPageFormat};
    for (std::size_t i = 0; i < std::size(kDownloadFormats); ++i) all[i + 1] = kDownloadFormats[i].writer;
    return all;
}();

// A file-name part from any text: ASCII letters and digits, å/ä → a, ö → o, the rest "-".
std::string slug(std::string_view text) {
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        char next = '-';
        if (std::isalnum(c) && c < 0x80) {
            next = static_cast<char>(std::tolower(c));
        } else if (c == 0xC3 && i + 1 < text.size()) {
            const auto d = static_cast<unsigned char>(text[++i]);
            if (d == 0xA5 || d == 0xA4 || d == 0x85 || d == 0x84) next = 'a';  // å ä Å Ä
            if (d == 0xB6 || d == 0x96) next = 'o';                            // ö Ö
            if (d == 0xA9 || d == 0x89) next = 'e';                            // é É
        }
        if (next == '-' && (out.empty() || out.back() == '-')) continue;
        out += next;
    }
    while (!out.empty() && out.back() == '-') out.pop_back();
    return out.empty() ? "x" : out;
}

std::string read_bytes(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    if (!in) throw Error(Error::Kind::Data, {file.string(), 0, 0, {}}, "cannot read the file");
    return bytes.str();
}

const Agenda* find_agenda(const Document& document) {
    const Agenda* found = nullptr;
    walk(document,
         [&found](const Block& block) {
             if (const auto* agenda = std::get_if<Agenda>(&block.value); agenda && !found) found = agenda;
         },
         {});
    return found;
}

// One document of a meeting, rendered ahead of the site's assembly: its model and the bytes of
// each format, or what stopped it (any exception: one escaping a worker thread would end the
// process).
struct Rendered {
    std::optional<Document> document;
    std::map<std::string, std::string> bytes;  // by writer name
    std::exception_ptr error;                  // rethrown where the site is assembled, as on one thread
};

class SiteBuilder {
public:
    SiteBuilder(const Options& options, const PluginRegistry& registry)
        : templates_(template_dirs(options)), registry_(registry), jobs_(options.jobs) {
        for (const char* name : kSiteFormats)
            if (registry.find(name) == nullptr)
                throw Error(Error::Kind::Plugin, {}, std::string("publish needs the ") + name + " writer plugin");
    }

    // Renders every document the meetings name, in parallel; add_meeting then only assembles.
    void render_all(const std::vector<const MeetingManifest*>& manifests) {
        std::vector<std::pair<const DocumentSource*, const MeetingManifest*>> sources;
        for (const MeetingManifest* manifest_read : manifests) {
            const MeetingManifest& manifest = *manifest_read;
            sources.emplace_back(&manifest.kallelse, &manifest);
            for (const ItemSources& item : manifest.items)
                for (const DocumentSource& source : item.documents) sources.emplace_back(&source, &manifest);
        }
        std::vector<Rendered> rendered(sources.size());
        run_parallel(sources.size(), jobs_ == 0 ? default_jobs() : jobs_,
                     [&](std::size_t i) { rendered[i] = render(*sources[i].first, *sources[i].second); });
        for (std::size_t i = 0; i < sources.size(); ++i)
            rendered_.emplace(key(*sources[i].first), std::move(rendered[i]));
    }

    void add_meeting(const MeetingManifest& manifest) {
        PublishedMeeting meeting;
        meeting.body = manifest.body;
        meeting.date = manifest.date;
        const fs::path dir = fs::path(slug(manifest.body)) / manifest.date;
        if (!meeting_dirs_.insert(dir).second)
            throw Error(Error::Kind::Usage, {manifest.file.string(), 0, 0, "/date"},
                        "another meeting folder is also " + manifest.body + " on " + manifest.date);
        meeting.href = (dir / "index.html").generic_string();

        const Document& kallelse = *rendered(manifest.kallelse).document;
        meeting.organisation = kallelse.meta.organisation;
        meeting.kallelse = publish(kallelse, manifest.kallelse, dir, "kallelse");
        const Agenda* agenda = find_agenda(kallelse);
        if (agenda == nullptr)
            throw Error(Error::Kind::Data, {manifest.file.string(), 0, 0, "/kallelse"},
                        "the kallelse has no agenda (ärendelista) to publish the items of");
        for (const ItemSources& sources : manifest.items) {
            const bool listed = std::any_of(agenda->items.begin(), agenda->items.end(),
                                            [&](const AgendaItem& item) { return item.number == sources.number; });
            if (!listed)
                throw Error(Error::Kind::Data, {manifest.file.string(), 0, 0, sources.json_path + "/number"},
                            "the kallelse's agenda has no item " + sources.number);
        }
        for (const AgendaItem& item : agenda->items) {
            PublishedItem published{item.number, plain_text(item.title), item.dnr, item.note, {}};
            for (const ItemSources& sources : manifest.items) {
                if (sources.number != item.number) continue;
                const std::string stem = "arende-" + slug(item.number);
                for (const DocumentSource& source : sources.documents) {
                    const Document& document = *rendered(source).document;
                    published.documents.push_back(
                        publish(document, source, dir, stem + "-" + slug(source.data.stem().string())));
                }
                for (const AttachmentSource& attachment : sources.attachments)
                    published.documents.push_back(attach(attachment, dir));
            }
            meeting.items.push_back(std::move(published));
        }
        files_[dir / "index.html"] = meeting_page(meeting);
        meetings_.push_back(std::move(meeting));
    }

    std::map<fs::path, std::string> finish() {
        files_["index.html"] = index_page(meetings_);
        return std::move(files_);
    }

private:
    static std::string key(const DocumentSource& source) { return source.template_name + "\n" + source.data.string(); }

    // On a worker thread: touches only its own result and what is read-only here (the search
    // path, the plugins).
    Rendered render(const DocumentSource& source, const MeetingManifest& manifest) const {
        Rendered out;
        try {
            TemplatePackage package;
            try {
                package = templates_.find(source.template_name);
            } catch (const Error& e) {
                if (e.kind() != Error::Kind::Usage) throw;
                // An unknown template: say where the manifest names it.
                throw Error(Error::Kind::Usage, {manifest.file.string(), 0, 0, source.json_path + "/template"},
                            e.message());
            }
            out.document = build_document(package, load_data(source.data), source.data.string());
            for (const char* name : kSiteFormats)
                out.bytes[name] = write(*registry_.find(name), *out.document, package.theme(), source);
        } catch (...) {
            out.error = std::current_exception();
        }
        return out;
    }

    const Rendered& rendered(const DocumentSource& source) const {
        const Rendered& found = rendered_.at(key(source));
        if (found.error) std::rethrow_exception(found.error);
        return found;
    }

    // Writes the document's page and downloads under dir/stem.*; returns what the meeting
    // page links to, relative to it.
    PublishedDocument publish(const Document& document, const DocumentSource& source, const fs::path& dir,
                              const std::string& stem) {
        PublishedDocument published;
        published.title = document.meta.title.empty() ? source.data.stem().string() : document.meta.title;
        published.html_href = unique(dir, stem, registry_.find(kPageFormat)->extension());
        const Rendered& ready = rendered(source);
        files_[dir / published.html_href] = ready.bytes.at(kPageFormat);
        for (const DownloadFormat& format : kDownloadFormats) {
            const Writer& writer = *registry_.find(format.writer);
            const std::string name = unique(dir, stem, writer.extension());
            std::string bytes = ready.bytes.at(format.writer);
            published.downloads.push_back({name, format.label, bytes.size()});
            files_[dir / name] = std::move(bytes);
        }
        return published;
    }

    PublishedDocument attach(const AttachmentSource& attachment, const fs::path& dir) {
        std::string extension = attachment.file.extension().string();
        if (!extension.empty()) extension.erase(0, 1);
        const std::string name = "bilagor/" + unique(dir / "bilagor", slug(attachment.file.stem().string()), extension);
        std::string bytes = read_bytes(attachment.file);
        std::string format = extension.empty() ? "fil" : extension;
        for (char& c : format) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
        PublishedDocument published{attachment.title, {}, {{name, format, bytes.size()}}};
        files_[dir / name] = std::move(bytes);
        return published;
    }

    static std::string write(const Writer& writer, const Document& document, const Theme& theme,
                             const DocumentSource& source) {
        try {
            return writer.write(document, theme);
        } catch (const Error& e) {
            throw Error(Error::Kind::Plugin, {source.data.string(), e.where().line, 0, {}},
                        "the " + writer.name() + " writer failed: " + e.message());
        }
    }

    // "stem.ext", else "stem-2.ext", … when two documents of an item share a data file name.
    std::string unique(const fs::path& dir, const std::string& stem, const std::string& extension) {
        std::string name = stem + "." + extension;
        for (int n = 2; files_.count(dir / name) != 0; ++n) name = stem + "-" + std::to_string(n) + "." + extension;
        return name;
    }

    TemplateSearchPath templates_;
    const PluginRegistry& registry_;
    unsigned jobs_;
    std::map<std::string, Rendered> rendered_;  // by key()
    std::set<fs::path> meeting_dirs_;
    std::vector<PublishedMeeting> meetings_;
    std::map<fs::path, std::string> files_;
};

}  // namespace

int run_publish(const Options& options, std::ostream& out) {
    const PluginRegistry registry = load_plugins(options);
    SiteBuilder site(options, registry);
    // Every manifest is read before the documents are rendered; a manifest that cannot be read
    // is reported when its meeting's turn comes, as when the meetings were done one by one.
    struct Meeting {
        std::optional<MeetingManifest> manifest;
        std::exception_ptr error;
    };
    std::vector<Meeting> meetings(options.data.size());
    std::vector<const MeetingManifest*> readable;
    for (std::size_t i = 0; i < options.data.size(); ++i) {
        try {
            meetings[i].manifest = read_manifest(options.data[i]);
            readable.push_back(&*meetings[i].manifest);
        } catch (...) {
            meetings[i].error = std::current_exception();
        }
    }
    site.render_all(readable);
    for (const Meeting& meeting : meetings) {
        if (meeting.error) std::rethrow_exception(meeting.error);
        site.add_meeting(*meeting.manifest);
    }
    const auto files = site.finish();
    write_site_atomically(options.out_dir, files);
    out << "wrote " << files.size() << " files to " << options.out_dir.string() << '\n';
    return 0;
}

}  // namespace kansli::cli
