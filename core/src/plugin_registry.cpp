#include "kansli/plugin_registry.hpp"

#include <dlfcn.h>

#include <algorithm>
#include <cinttypes>
#include <cstdio>
#include <mutex>
#include <optional>
#include <string_view>

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

constexpr const char* kFormatNameCharacters = "abcdefghijklmnopqrstuvwxyz0123456789-";

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

// The format a module's file name gives: `kansli-<format>.so`, the format as a writer's name
// must be. Nothing for any other name (such a module is loaded to learn its format).
std::optional<std::string> format_of_file_name(const fs::path& file) {
    const std::string name = file.filename().string();
    static constexpr std::string_view prefix = "kansli-", suffix = ".so";
    if (name.size() <= prefix.size() + suffix.size() || !name.starts_with(prefix) || !name.ends_with(suffix))
        return std::nullopt;
    std::string format = name.substr(prefix.size(), name.size() - prefix.size() - suffix.size());
    if (format.find_first_not_of(kFormatNameCharacters) != std::string::npos) return std::nullopt;
    return format;
}

struct OpenedModule {
    ModuleHandle module;
    std::unique_ptr<Writer> writer;
};

// dlopen, the entry, the ABI stamp and the writer's name: everything that makes a module a
// plugin of this library, and of the format its file name gives.
OpenedModule open_module(const fs::path& file) {
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
    if (name.empty() || name.find_first_not_of(kFormatNameCharacters) != std::string::npos)
        fail(file, "the plugin's format name '" + name + "' must be lower-case letters, digits and '-'");
    if (const auto named = format_of_file_name(file); named && *named != name)
        fail(file, "the module's file name says the format '" + *named + "' but its writer is '" + name +
                       "': name it kansli-" + name + ".so");
    return {std::move(module), std::make_unique<CheckedWriter>(std::move(writer))};
}

}  // namespace

struct PluginRegistry::Impl {
    // A module the registry has, loaded or (named for its format) not yet. The writer must be
    // destroyed before its module is unloaded: the writer's code lives there, so the plugin is
    // declared after the module and goes first.
    struct Slot {
        std::string format;  // from the file name, or the writer's once loaded
        ModuleHandle module;
        LoadedPlugin plugin;  // plugin.writer is null until the module is loaded
    };
    // Slots are never moved, so a LoadedPlugin handed out stays where it is.
    std::vector<std::unique_ptr<Slot>> slots;
    // find() loads modules from const functions, possibly on several threads.
    std::mutex mutex;

    const Slot* claimant(const std::string& format) const {
        for (const auto& slot : slots)
            if (slot->format == format) return slot.get();
        return nullptr;
    }
    void add_loaded(const fs::path& file, bool skip_known_format);
    void add_named(const fs::path& file, std::string format);
    static const Writer& loaded(Slot& slot);
    const Writer* find(const std::string& format);
};

PluginRegistry::PluginRegistry() : impl_(std::make_unique<Impl>()) {}
PluginRegistry::~PluginRegistry() = default;
PluginRegistry::PluginRegistry(PluginRegistry&&) noexcept = default;
PluginRegistry& PluginRegistry::operator=(PluginRegistry&&) noexcept = default;

void PluginRegistry::load(const fs::path& file) {
    const std::lock_guard lock(impl_->mutex);
    impl_->add_loaded(file, false);
}

void PluginRegistry::Impl::add_loaded(const fs::path& file, bool skip_known_format) {
    OpenedModule opened = open_module(file);
    const std::string name = opened.writer->name();
    if (const Slot* existing = claimant(name)) {
        if (skip_known_format) return;  // an earlier folder on the path provides this format
        fail(file,
             "a plugin for the format '" + name + "' is already registered from " + existing->plugin.file.string());
    }
    slots.push_back(std::make_unique<Slot>(Slot{name, std::move(opened.module), {file, std::move(opened.writer)}}));
}

void PluginRegistry::Impl::add_named(const fs::path& file, std::string format) {
    if (claimant(format) != nullptr) return;  // the first folder wins, without loading this one
    slots.push_back(std::make_unique<Slot>(Slot{std::move(format), nullptr, {file, nullptr}}));
}

const Writer& PluginRegistry::Impl::loaded(Slot& slot) {
    if (!slot.plugin.writer) {
        OpenedModule opened = open_module(slot.plugin.file);  // refuses a writer of another name
        slot.module = std::move(opened.module);
        slot.plugin.writer = std::move(opened.writer);
    }
    return *slot.plugin.writer;
}

void PluginRegistry::load_directory(const fs::path& directory) {
    std::error_code ec;
    if (!fs::is_directory(directory, ec)) return;
    std::vector<fs::path> modules;
    for (const auto& entry : fs::directory_iterator(directory, ec))
        if (entry.is_regular_file() && entry.path().extension() == ".so") modules.push_back(entry.path());
    std::sort(modules.begin(), modules.end());
    const std::lock_guard lock(impl_->mutex);
    for (const auto& module : modules) {
        if (auto format = format_of_file_name(module))
            impl_->add_named(module, std::move(*format));
        else
            impl_->add_loaded(module, true);
    }
}

const Writer* PluginRegistry::find(const std::string& format) const {
    const std::lock_guard lock(impl_->mutex);
    return impl_->find(format);
}

const Writer* PluginRegistry::Impl::find(const std::string& format) {
    for (const auto& slot : slots)
        if (slot->format == format) return &loaded(*slot);
    // A format may also be named by its file extension ("md" for markdown), which only a
    // loaded writer tells: load in order until one has it.
    for (const auto& slot : slots)
        if (const Writer& writer = loaded(*slot); writer.extension() == format) return &writer;
    return nullptr;
}

std::vector<const LoadedPlugin*> PluginRegistry::plugins() const {
    const std::lock_guard lock(impl_->mutex);
    std::vector<const LoadedPlugin*> out;
    for (const auto& slot : impl_->slots) {
        Impl::loaded(*slot);
        out.push_back(&slot->plugin);
    }
    return out;
}

std::vector<std::string> PluginRegistry::formats() const {
    const std::lock_guard lock(impl_->mutex);
    std::vector<std::string> out;
    for (const auto& slot : impl_->slots) out.push_back(slot->format);
    return out;
}

}  // namespace kansli
