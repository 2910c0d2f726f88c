// How much room a writer's text for a document's body is likely to need, to reserve it once.
#pragma once

#include <cstddef>

#include "kansli/document.hpp"

namespace kansli::plugin {

// An estimate on the high side of the markup a package writer makes of the document's body
// (DOCX's w:body, ODT's office:text): about twice the text, plus the tags of each block and
// table cell. Reserving it spares a large text the copies and page faults of growing step by
// step (the cost grew faster than the document); reserved memory that is never written is not
// touched. Not a limit: a body may outgrow it.
std::size_t body_size_hint(const Document& document);

}  // namespace kansli::plugin
