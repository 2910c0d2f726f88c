// RAII handles and small helpers around libxml2, used by the document reader.
#pragma once

#include <libxml/parser.h>
#include <libxml/relaxng.h>
#include <libxml/tree.h>

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kansli::xml {

struct DocFree {
    void operator()(xmlDoc* d) const { xmlFreeDoc(d); }
};
struct RngParserFree {
    void operator()(xmlRelaxNGParserCtxt* c) const { xmlRelaxNGFreeParserCtxt(c); }
};
struct RngFree {
    void operator()(xmlRelaxNG* s) const { xmlRelaxNGFree(s); }
};
struct RngValidFree {
    void operator()(xmlRelaxNGValidCtxt* c) const { xmlRelaxNGFreeValidCtxt(c); }
};

using DocPtr = std::unique_ptr<xmlDoc, DocFree>;
using RngParserPtr = std::unique_ptr<xmlRelaxNGParserCtxt, RngParserFree>;
using RngPtr = std::unique_ptr<xmlRelaxNG, RngFree>;
using RngValidPtr = std::unique_ptr<xmlRelaxNGValidCtxt, RngValidFree>;

// One message from libxml2's structured error handler.
struct Diagnostic {
    int line = 0;
    int column = 0;
    std::string message;
};

// Collects libxml2's structured errors while alive; passed as the handler's user data, so
// nothing global is touched.
class DiagnosticSink {
public:
    static void handler(void* self, xmlError* error);  // matches xmlStructuredErrorFunc
    std::vector<Diagnostic> diagnostics;
};

// Parses XML text without network access or entity expansion surprises.
DocPtr parse(std::string_view text, DiagnosticSink& sink);

std::optional<std::string> attribute(const xmlNode* node, const char* name);
std::string name_of(const xmlNode* node);
bool is_element(const xmlNode* node, const char* name);

}  // namespace kansli::xml
