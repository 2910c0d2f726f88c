#include "pdf_structure.hpp"

#include <utility>

namespace kansli::pdf {

StructureTree::StructureTree() {
    Element document;
    document.type = "Document";
    elements_.push_back(std::move(document));
}

int StructureTree::add_element(int parent, std::string type) {
    const int index = static_cast<int>(elements_.size());
    Element e;
    e.type = std::move(type);
    e.parent = parent;
    elements_.push_back(std::move(e));
    element(parent).kids.push_back({Kid::Kind::Element, index});
    return index;
}

int StructureTree::add_slot(int element_index) {
    const int index = static_cast<int>(slots_.size());
    slots_.push_back(Slot{element_index, {}});
    element(element_index).kids.push_back({Kid::Kind::Slot, index});
    return index;
}

int StructureTree::add_link(LinkAnnotation annotation) {
    const int index = static_cast<int>(links_.size());
    element(annotation.element).kids.push_back({Kid::Kind::Annotation, index});
    links_.push_back(std::move(annotation));
    return index;
}

}  // namespace kansli::pdf
