// numbering.xml: one abstract definition per list look (1. / a) / A. / i. / • / –) and one
// numbering instance per list in the document, so every list starts where the document says.
#pragma once

#include <string>
#include <vector>

#include "kansli/document.hpp"

namespace kansli::docx {

// Indentation of list level `ilvl` (0-based) in twips; paragraphs that continue an item use it.
long list_indent(int ilvl);

class Numbering {
public:
    // A new numbering instance (w:numId) for a list whose items sit at level `ilvl`.
    int add(const List& list, int ilvl);
    std::string xml() const;

private:
    struct Instance {
        int abstract_id;
        int ilvl;
        int start;
        bool restart;
    };
    std::vector<Instance> instances_;
};

}  // namespace kansli::docx
