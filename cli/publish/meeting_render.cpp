#include "meeting_render.hpp"

#include <exception>
#include <optional>
#include <set>

#include "document_pages.hpp"
#include "kansli/kansli.hpp"
#include "names.hpp"
#include "parallel.hpp"

namespace kansli::cli {

namespace fs = std::filesystem;

namespace {

// Offered for download beside each document's web page, in this order; a format that is not
// required is offered when its writer is loaded.
struct DownloadFormat {
    const char* writer;
    bool required;
};
constexpr DownloadFormat kDownloadFormats[] = {{"pdf", false}, {"docx", true}, {"odt", true}};
constexpr const char* kPageFormat = "html";
constexpr const char* kAttachmentFolder = "bilagor";

const Agenda* find_agenda(const Document& document) {
    const Agenda* found = nullptr;
    walk(document,
         [&found](const Block& block) {
             if (const auto* agenda = std::get_if<Agenda>(&block.value); agenda && !found) found = agenda;
         },
         {});
    return found;
}

bool is_iso_date(const std::string& text) {
    try {
        sv::format_date_iso(text);
        return true;
    } catch (const std::invalid_argument&) {
        return false;
    }
}

std::string extension_of(const fs::path& file) {
    std::string extension = file.extension().string();
    if (!extension.empty()) extension.erase(0, 1);
    for (char& c : extension) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return extension;
}

// The same document twice in a meeting is rendered and published once.
std::string key_of(const DocumentSource& source) { return source.template_name + "\n" + source.resolved.string(); }

class MeetingAssembler {
public:
    MeetingAssembler(const MeetingManifest& manifest, const std::map<std::string, RenderedDocument>& rendered,
                     const SiteFormats& formats, const SitePackage& package, std::map<std::string, SiteFile>& files)
        : manifest_(manifest), rendered_(rendered), formats_(formats), package_(package), files_(files) {
        meeting_.body = manifest.body;
        meeting_.date = manifest.date;
        meeting_.justerat = manifest.justerat;
        meeting_.folder = slug(manifest.body) + "/" + manifest.date;
    }

    PublishedMeeting assemble() {
        const Document& kallelse = document(manifest_.kallelse);
        meeting_.organisation = kallelse.meta.organisation;
        meeting_.issued = is_iso_date(kallelse.meta.date) ? kallelse.meta.date : manifest_.date;
        meeting_.kallelse = publish(manifest_.kallelse, "kallelse");
        if (manifest_.protokoll) meeting_.protokoll = paper(*manifest_.protokoll, "protokoll");
        const Agenda* agenda = find_agenda(kallelse);
        if (agenda == nullptr)
            throw Error(Error::Kind::Data, {manifest_.file.string(), 0, 0, "/kallelse"},
                        "the kallelse has no agenda (ärendelista) to publish the items of");
        std::map<std::string, const ItemSources*> sources;
        for (const ItemSources& item : manifest_.items) sources[item.number] = &item;
        std::set<std::string> listed;
        for (const AgendaItem& item : agenda->items) listed.insert(item.number);
        for (const ItemSources& item : manifest_.items)
            if (listed.count(item.number) == 0)
                throw Error(Error::Kind::Data, {manifest_.file.string(), 0, 0, item.json_path + "/number"},
                            "the kallelse's agenda has no item " + item.number);
        std::set<std::string> anchors;
        for (const AgendaItem& agenda_item : agenda->items) {
            PublishedItem& item = meeting_.items.emplace_back();
            item.number = agenda_item.number;
            item.title = plain_text(agenda_item.title);
            item.dnr = agenda_item.dnr;
            item.note = agenda_item.note;
            item.anchor = "arende-" + slug(item.number);
            if (item.number.empty() || !anchors.insert(item.anchor).second)
                anchors.insert(item.anchor = "punkt-" + std::to_string(meeting_.items.size()));
            const auto found = sources.find(item.number);
            if (found == sources.end()) continue;
            const ItemSources& papers = *found->second;
            const std::string stem = "arende-" + slug(item.number);
            for (const DocumentSource& source : papers.documents)
                item.documents.push_back(publish(source, stem + "-" + slug(source.data.stem().string())));
            for (const AttachmentSource& attachment : papers.attachments) item.documents.push_back(attach(attachment));
            if (papers.extract) item.extract = paper(*papers.extract, "protokollsutdrag-" + slug(item.number));
        }
        for (const auto& [document, back] : document_pages(meeting_))
            files_[document->page].bytes =
                with_site_navigation(*page_html_.at(document->page), meeting_, *document, back, package_);
        return std::move(meeting_);
    }

private:
    const RenderedDocument& rendered(const DocumentSource& source) const {
        const RenderedDocument& found = rendered_.at(key_of(source));
        if (found.error) std::rethrow_exception(found.error);
        return found;
    }
    const Document& document(const DocumentSource& source) const { return *rendered(source).document; }

    std::string take(const std::string& dir, const std::string& stem, const std::string& extension) {
        std::string path = names_.take(dir, stem, extension);
        meeting_.files.push_back(path);
        return path;
    }

    PublishedDocument paper(const PaperSource& source, const std::string& stem) {
        if (const auto* document = std::get_if<DocumentSource>(&source)) return publish(*document, stem);
        return attach(std::get<AttachmentSource>(source));
    }

    // The document's page and downloads under the meeting's folder, once however often it is named.
    PublishedDocument publish(const DocumentSource& source, const std::string& stem) {
        if (const auto done = documents_.find(key_of(source)); done != documents_.end()) return done->second;
        const RenderedDocument& ready = rendered(source);
        PublishedDocument published;
        published.title = ready.document->meta.title.empty() ? source.data.stem().string() : ready.document->meta.title;
        published.page = take(meeting_.folder, stem, formats_.page->extension());
        for (const Writer* writer : formats_.downloads) {
            const std::string path = take(meeting_.folder, stem, writer->extension());
            const std::string& bytes = ready.bytes.at(writer);
            published.downloads.push_back({path, writer->name(), bytes.size()});
            files_[path].bytes = bytes;
        }
        documents_.emplace(key_of(source), published);
        page_html_.emplace(published.page, &ready.bytes.at(formats_.page));
        return published;
    }

    // An attachment, copied once however often it is named (by the file it really is).
    PublishedDocument attach(const AttachmentSource& attachment) {
        auto [copy, fresh] = attachments_.try_emplace(attachment.resolved.string());
        if (fresh) {
            const std::string extension = extension_of(attachment.file);
            copy->second.path =
                take(meeting_.folder + "/" + kAttachmentFolder, slug(attachment.file.stem().string()), extension);
            copy->second.format = extension;
            std::error_code ec;
            copy->second.bytes = fs::file_size(attachment.resolved, ec);
            if (ec)
                throw Error(Error::Kind::Data, {manifest_.file.string(), 0, 0, attachment.json_path + "/file"},
                            "cannot read " + attachment.file.string() + ": " + ec.message());
            files_[copy->second.path].copy_from = attachment.resolved;
        }
        return {attachment.title, {}, {copy->second}};
    }

    const MeetingManifest& manifest_;
    const std::map<std::string, RenderedDocument>& rendered_;
    const SiteFormats& formats_;
    const SitePackage& package_;
    std::map<std::string, SiteFile>& files_;
    PublishedMeeting meeting_;
    FileNames names_;
    std::map<std::string, PublishedDocument> documents_;   // by key_of
    std::map<std::string, Download> attachments_;          // by the file's real path
    std::map<std::string, const std::string*> page_html_;  // the writer's page, by page path
};

// On a worker thread: touches only its own result and what is read-only here.
RenderedDocument render(const DocumentSource& source, const MeetingManifest& manifest,
                        const TemplateSearchPath& templates, const SiteFormats& formats) {
    RenderedDocument out;
    try {
        TemplatePackage package;
        try {
            package = templates.find(source.template_name);
        } catch (const Error& e) {
            if (e.kind() != Error::Kind::Usage) throw;
            // An unknown template: say where the manifest names it.
            throw Error(Error::Kind::Usage, {manifest.file.string(), 0, 0, source.json_path + "/template"},
                        e.message());
        }
        out.document = build_document(package, load_data(source.data), source.data.string());
        std::vector<const Writer*> writers = formats.downloads;
        writers.push_back(formats.page);
        for (const Writer* writer : writers) {
            try {
                out.bytes[writer] = writer->write(*out.document, package.theme());
            } catch (const Error& e) {
                throw Error(Error::Kind::Plugin, {source.data.string(), e.where().line, 0, {}},
                            "the " + writer->name() + " writer failed: " + e.message());
            }
        }
    } catch (...) {
        out.error = std::current_exception();
    }
    return out;
}

}  // namespace

SiteFormats site_formats(const PluginRegistry& registry) {
    SiteFormats formats;
    formats.page = registry.find(kPageFormat);
    if (formats.page == nullptr) throw Error(Error::Kind::Plugin, {}, "publish needs the html writer plugin");
    for (const DownloadFormat& format : kDownloadFormats) {
        const Writer* writer = registry.find(format.writer);
        if (writer != nullptr)
            formats.downloads.push_back(writer);
        else if (format.required)
            throw Error(Error::Kind::Plugin, {}, std::string("publish needs the ") + format.writer + " writer plugin");
    }
    return formats;
}

MeetingRenderer::MeetingRenderer(const std::vector<const MeetingManifest*>& manifests,
                                 const std::vector<fs::path>& template_dirs, SiteFormats formats, unsigned jobs)
    : formats_(std::move(formats)) {
    std::vector<std::pair<const DocumentSource*, const MeetingManifest*>> sources;
    const auto add = [&](const DocumentSource& source, const MeetingManifest& manifest) {
        if (rendered_.try_emplace(key_of(source)).second) sources.emplace_back(&source, &manifest);
    };
    const auto add_paper = [&](const std::optional<PaperSource>& paper, const MeetingManifest& manifest) {
        if (paper)
            if (const auto* document = std::get_if<DocumentSource>(&*paper)) add(*document, manifest);
    };
    for (const MeetingManifest* manifest : manifests) {
        add(manifest->kallelse, *manifest);
        add_paper(manifest->protokoll, *manifest);
        for (const ItemSources& item : manifest->items) {
            for (const DocumentSource& source : item.documents) add(source, *manifest);
            add_paper(item.extract, *manifest);
        }
    }
    std::vector<RenderedDocument> results(sources.size());
    const TemplateSearchPath templates(template_dirs);
    run_parallel(sources.size(), jobs == 0 ? default_jobs() : jobs, [&](std::size_t i) {
        results[i] = render(*sources[i].first, *sources[i].second, templates, formats_);
    });
    for (std::size_t i = 0; i < sources.size(); ++i) rendered_[key_of(*sources[i].first)] = std::move(results[i]);
}

PublishedMeeting MeetingRenderer::assemble(const MeetingManifest& manifest, const SitePackage& package,
                                           std::map<std::string, SiteFile>& files) const {
    return MeetingAssembler(manifest, rendered_, formats_, package, files).assemble();
}

}  // namespace kansli::cli
