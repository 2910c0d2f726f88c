#include "kansli/plugin_registry.hpp"

#include <dlfcn.h>

#include <algorithm>
#include <cinttypes>
#include <cstdio>

#include "kansli/error.hpp"
#include "kansli/version.hpp"

namespace kansli {

namespace fs = std::filesystem;

namespace {

struct ModuleClose {
    void operator()(void* handle) const { dlclose(handle); }
};
using ModuleHandle = std::unique_ptr<void, ModuleClose>;

// The stamp as plugin_abi.hpp writes it, 16 hex digits.
std::string abi_text(std::uint64_t abi) {
    char text[17];
    std::snprintf(text, sizeof text, "%016" PRIx64, abi);
    return text;
}

[[noreturn]] void fail(const fs::path& file, const std::string& message) {
    throw Error(Error::Kind::Plugin, {file.string(), 0, 0, {}}, message);
}

// What the host hands out in place of a plugin's writer: the same writer, but a document
// reaches it only after check_document(), so a Document built through the API cannot make a
// writer fail (or write a broken file) over something the model guarantees.
class CheckedWriter final : public Writer {
public:
    explicit CheckedWriter(std::unique_ptr<Writer> plugin) : plugin_(std::move(plugin)) {}
    std::string name() const override { return plugin_->name(); }
    std::string extension() const override { return plugin_->extension(); }
    std::string media_type() const override { return plugin_->media_type(); }
    std::string description() const override { return plugin_->description(); }
    std::string write(const Document& document, const Theme& theme) const override {
        check_document(document);
        return plugin_->write(document, theme);
    }

private:
    std::unique_ptr<Writer> plugin_;
};

}  // namespace

struct PluginRegistry::Impl {
    // Each writer must be destroyed before its module is unloaded: the writer's code lives
    // there. Entries hold both; the writer is declared last so it goes first.
    struct Entry {
        ModuleHandle module;
        LoadedPlugin plugin;
    };
    std::vector<Entry> entries;

    void add(const fs::path& file, bool skip_known_format);
    const Writer* find(const std::string& format) const;
};

PluginRegistry::PluginRegistry() : impl_(std::make_unique<Impl>()) {}
PluginRegistry::~PluginRegistry() = default;
PluginRegistry::PluginRegistry(PluginRegistry&&) noexcept = default;
PluginRegistry& PluginRegistry::operator=(PluginRegistry&&) noexcept = default;

void PluginRegistry::load(const fs::path& file) { impl_->add(file, false); }

void PluginRegistry::Impl::add(const fs::path& file, bool skip_known_format) {
    ModuleHandle module(dlopen(file.c_str(), RTLD_NOW | RTLD_LOCAL));
    if (!module) {
        const char* why = dlerror();
        fail(file, std::string("cannot load the plugin: ") + (why != nullptr ? why : "unknown reason"));
    }
    using EntryFunction = const PluginEntry* (*)();
    void* symbol = dlsym(module.get(), KANSLI_PLUGIN_ENTRY_SYMBOL);
    if (symbol == nullptr) fail(file, "not a Kansli plugin (no " KANSLI_PLUGIN_ENTRY_SYMBOL " function)");
    const auto entry_function = reinterpret_cast<EntryFunction>(reinterpret_cast<std::uintptr_t>(symbol));
    const PluginEntry* entry = entry_function();
    if (entry == nullptr) fail(file, "the plugin's entry function returned nothing");
    if (entry->abi != plugin_abi())
        fail(file, "the plugin was built against other Kansli headers (plugin ABI " + abi_text(entry->abi) + "; " +
                       soname() + " " + version() + " has " + abi_text(plugin_abi()) +
                       "): rebuild it against this version's headers");
    if (entry->create == nullptr) fail(file, "the plugin has no writer factory");
    std::unique_ptr<Writer> writer = entry->create();
    if (!writer) fail(file, "the plugin's factory created no writer");
    const std::string name = writer->name();
    if (name.empty() || name.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789-") != std::string::npos)
        fail(file, "the plugin's format name '" + name + "' must be lower-case letters, digits and '-'");
    if (const Writer* existing = find(name)) {
        if (skip_known_format) return;  // an earlier folder on the path provides this format
        for (const auto& e : entries)
            if (e.plugin.writer.get() == existing)
                fail(file, "a plugin for the format '" + name + "' is already loaded from " + e.plugin.file.string());
    }
    entries.push_back({std::move(module), LoadedPlugin{file, std::make_unique<CheckedWriter>(std::move(writer))}});
}

void PluginRegistry::load_directory(const fs::path& directory) {
    std::error_code ec;
    if (!fs::is_directory(directory, ec)) return;
    std::vector<fs::path> modules;
    for (const auto& entry : fs::directory_iterator(directory, ec))
        if (entry.is_regular_file() && entry.path().extension() == ".so") modules.push_back(entry.path());
    std::sort(modules.begin(), modules.end());
    for (const auto& module : modules) impl_->add(module, true);
}

const Writer* PluginRegistry::find(const std::string& format) const { return impl_->find(format); }

const Writer* PluginRegistry::Impl::find(const std::string& format) const {
    for (const auto& e : entries)
        if (e.plugin.writer->name() == format) return e.plugin.writer.get();
    // A format may also be named by its file extension ("md" for markdown).
    for (const auto& e : entries)
        if (e.plugin.writer->extension() == format) return e.plugin.writer.get();
    return nullptr;
}

std::vector<const LoadedPlugin*> PluginRegistry::plugins() const {
    std::vector<const LoadedPlugin*> out;
    for (const auto& e : impl_->entries) out.push_back(&e.plugin);
    return out;
}

}  // namespace kansli
