// A minimal third-party writer: the document's headings and paragraphs as plain text.
#include <kansli/writer.hpp>

namespace {

class PlainTextWriter final : public kansli::Writer {
public:
    std::string name() const override { return "plaintext"; }
    std::string extension() const override { return "txt"; }
    std::string media_type() const override { return "text/plain"; }
    std::string description() const override { return "Plain text (out-of-tree test plugin)"; }
    std::string write(const kansli::Document& document, const kansli::Theme&) const override {
        std::string out = document.meta.title + "\n";
        for (const auto& block : document.content) {
            if (const auto* h = std::get_if<kansli::Heading>(&block.value))
                out += "# " + kansli::plain_text(h->content) + "\n";
            if (const auto* p = std::get_if<kansli::Paragraph>(&block.value))
                out += kansli::plain_text(p->content) + "\n";
        }
        return out;
    }
};

std::unique_ptr<kansli::Writer> create() { return std::make_unique<PlainTextWriter>(); }
const kansli::PluginEntry entry{KANSLI_PLUGIN_ABI, &create};

}  // namespace

KANSLI_PLUGIN_EXPORT const kansli::PluginEntry* kansli_plugin_entry() { return &entry; }
