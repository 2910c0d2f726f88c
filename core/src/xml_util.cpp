#include "xml_util.hpp"

#include <climits>
#include <cstring>
#include <mutex>

namespace kansli::xml {

void DiagnosticSink::handler(void* self, xmlError* error) {
    if (self == nullptr || error == nullptr) return;
    auto* sink = static_cast<DiagnosticSink*>(self);
    std::string message = error->message != nullptr ? error->message : "unknown XML error";
    while (!message.empty() && (message.back() == '\n' || message.back() == ' ')) message.pop_back();
    int line = error->line;
    if (line == 0 && error->node != nullptr) {
        line = static_cast<int>(xmlGetLineNo(static_cast<const xmlNode*>(error->node)));
    }
    sink->diagnostics.push_back({line, error->int2, std::move(message)});
}

DocPtr parse(std::string_view text, DiagnosticSink& sink) {
    // libxml2 2.9 must be initialised once before threads use it.
    static std::once_flag initialised;
    std::call_once(initialised, [] { xmlInitParser(); });
    if (text.size() > static_cast<std::size_t>(INT_MAX)) {
        sink.diagnostics.push_back({0, 0, "document is too large"});
        return nullptr;
    }
    xmlParserCtxtPtr raw = xmlNewParserCtxt();
    if (raw == nullptr) return nullptr;
    std::unique_ptr<xmlParserCtxt, decltype(&xmlFreeParserCtxt)> context(raw, &xmlFreeParserCtxt);
    // libxml2 2.9 hands parser errors the parser context as user data; the sink rides in
    // the context's _private field so that no process-wide handler is needed.
    context->_private = &sink;
    context->sax->serror = [](void* ctx, xmlError* error) {
        auto* parser = static_cast<xmlParserCtxt*>(ctx);
        DiagnosticSink::handler(parser != nullptr ? parser->_private : nullptr, error);
    };
    context->sax->initialized = XML_SAX2_MAGIC;
    const int options = XML_PARSE_NONET | XML_PARSE_COMPACT;
    DocPtr doc(
        xmlCtxtReadMemory(context.get(), text.data(), static_cast<int>(text.size()), "document.xml", "UTF-8", options));
    if (doc && !context->wellFormed) doc.reset();
    return doc;
}

std::optional<std::string> attribute(const xmlNode* node, const char* name) {
    xmlChar* value = xmlGetProp(node, reinterpret_cast<const xmlChar*>(name));
    if (value == nullptr) return std::nullopt;
    std::string out(reinterpret_cast<const char*>(value));
    xmlFree(value);
    return out;
}

std::string name_of(const xmlNode* node) {
    return node->name != nullptr ? reinterpret_cast<const char*>(node->name) : "";
}

bool is_element(const xmlNode* node, const char* name) {
    return node->type == XML_ELEMENT_NODE && std::strcmp(reinterpret_cast<const char*>(node->name), name) == 0;
}

}  // namespace kansli::xml
