// The entry point: build the parts, then the package.
//
// What the file promises, and why:
// - OpenDocument 1.3 that the OASIS schemas accept in strict mode, so any ODF consumer and
//   any archive that checks conformance takes it;
// - the same bytes for the same input: no clock, no random names, only ordered containers,
//   fixed zip timestamps;
// - what LibreOffice computes (page numbers, page references, caption numbers) is a field,
//   so it stays right when the document is edited.
#include "odt_writer.hpp"

#include <stdexcept>
#include <utility>

#include "kansli/error.hpp"
#include "odt_package.hpp"
#include "odt_render.hpp"
#include "odt_styles.hpp"

namespace kansli::odt {

std::string OdtWriter::description() const { return "OpenDocument Text (ODF 1.3): styles, fields, table of contents"; }

std::string OdtWriter::write(const Document& document, const Theme& theme) const {
    // The logo is stored first, so its picture name does not depend on the body.
    ImageStore images;
    std::string styles = styles_xml(document, theme, images);
    std::string content = ContentRenderer(document, theme, images).render();
    try {
        return package(std::move(content), std::move(styles), meta_xml(document.meta, theme.labels), images);
    } catch (const std::runtime_error& e) {
        throw Error(Error::Kind::Plugin, {}, std::string("ODT writer: ") + e.what());
    }
}

}  // namespace kansli::odt
