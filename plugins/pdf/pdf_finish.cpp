#include "pdf_finish.hpp"

#include <cairo.h>
#include <pango/pango.h>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <map>
#include <qpdf/Pl_Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>
#include <qpdf/QPDFWriter.hh>
#include <string_view>

#include "kansli/error.hpp"
#include "kansli/version.hpp"
#include "pdf_marks.hpp"
#include "pdf_xmp.hpp"

namespace kansli::pdf {
namespace {

using Object = QPDFObjectHandle;

// A URI in a PDF is 7-bit ASCII: anything else is percent-encoded (RFC 3987's mapping).
std::string ascii_uri(const std::string& uri) {
    std::string out;
    for (const char c : uri) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte > 0x20 && byte < 0x7F) {
            out += c;
        } else {
            char escaped[4];
            std::snprintf(escaped, sizeof escaped, "%%%02X", byte);
            out += escaped;
        }
    }
    return out;
}

Object real(double value) { return Object::newReal(value, 2); }

Object rectangle(double x0, double y0, double x1, double y1) {
    return Object::newArray({real(x0), real(y0), real(x1), real(y1)});
}

// "2021-02-09" → "D:20210209"; anything else → "".
std::string pdf_date(const std::string& iso) {
    if (iso.size() < 10 || iso[4] != '-' || iso[7] != '-') return {};
    const std::string digits = iso.substr(0, 4) + iso.substr(5, 2) + iso.substr(8, 2);
    if (!std::all_of(digits.begin(), digits.end(), [](char c) { return c >= '0' && c <= '9'; })) return {};
    return "D:" + digits;
}

class Finisher {
public:
    Finisher(const Drawing& drawing, const StructureTree& tree, const DocumentInfo& info)
        : drawing_(drawing), tree_(tree), info_(info) {
        pdf_.processMemoryFile("cairo.pdf", drawing.pdf.data(), drawing.pdf.size());
        pages_ = QPDFPageDocumentHelper(pdf_).getAllPages();
        if (pages_.size() != drawing.sequences.size()) internal_error("Cairo wrote another number of pages");
    }

    std::string run() {
        rewrite_contents();
        Object root = structure_tree();
        catalog(root);
        document_info();
        QPDFWriter writer(pdf_);
        writer.setOutputMemory();
        writer.setDeterministicID(true);
        writer.setObjectStreamMode(qpdf_o_generate);
        writer.setCompressStreams(true);
        writer.setMinimumPDFVersion("1.7");
        writer.write();
        const auto buffer = writer.getBufferSharedPointer();
        return std::string(reinterpret_cast<const char*>(buffer->getBuffer()), buffer->getSize());
    }

private:
    void rewrite_contents() {
        for (std::size_t p = 0; p < pages_.size(); ++p) {
            Pl_Buffer buffer("content");
            pages_[p].pipeContents(&buffer);
            const auto bytes = buffer.getBufferSharedPointer();
            const std::string_view content(reinterpret_cast<const char*>(bytes->getBuffer()), bytes->getSize());
            std::string rewritten = rewrite_marks(content, drawing_.sequences[p], tree_);
            // Cairo gives each page one content stream: its data is replaced in place (a new
            // stream object would cost QPDF a look at every object it holds, page after page).
            Object page = pages_[p].getObjectHandle();
            if (Object stream = page.getKey("/Contents"); stream.isStream()) {
                stream.replaceStreamData(rewritten, Object::newNull(), Object::newNull());
            } else {
                page.replaceKey("/Contents", pdf_.newStream(rewritten));
            }
        }
    }

    bool has_content(int index) {
        const auto known = has_content_.find(index);
        if (known != has_content_.end()) return known->second;
        bool content = false;
        for (const Kid& kid : tree_.element(index).kids) {
            if (kid.kind == Kid::Kind::Slot) content = content || !tree_.slot(kid.index).marks.empty();
            if (kid.kind == Kid::Kind::Annotation) content = true;
            if (kid.kind == Kid::Kind::Element) content = has_content(kid.index) || content;
        }
        return has_content_[index] = content;
    }

    Object page_object(int page) const { return pages_[static_cast<std::size_t>(page)].getObjectHandle(); }

    // The elements, depth first; an element that drew nothing (an empty paragraph) is left out.
    Object structure_tree() {
        Object root = pdf_.makeIndirectObject(Object::newDictionary());
        elements_.assign(tree_.elements().size(), Object::newNull());
        for (std::size_t i = 0; i < elements_.size(); ++i)
            if (has_content(static_cast<int>(i))) elements_[i] = pdf_.makeIndirectObject(Object::newDictionary());
        annotations_ = link_annotations();
        std::map<std::string, Object> ids;
        for (std::size_t i = 0; i < elements_.size(); ++i) {
            if (elements_[i].isNull()) continue;
            const Element& e = tree_.element(static_cast<int>(i));
            element(elements_[i], e, e.parent < 0 ? root : elements_[static_cast<std::size_t>(e.parent)]);
            if (!e.id.empty()) ids.emplace(e.id, elements_[i]);
        }
        root.replaceKey("/Type", Object::newName("/StructTreeRoot"));
        root.replaceKey("/K", Object::newArray({elements_[0]}));
        root.replaceKey("/ParentTree", parent_tree());
        root.replaceKey("/ParentTreeNextKey",
                        Object::newInteger(static_cast<long long>(pages_.size() + annotations_.size())));
        if (!ids.empty()) {
            Object names = Object::newArray();
            for (const auto& [id, object] : ids) {
                names.appendItem(Object::newString(id));
                names.appendItem(object);
            }
            root.replaceKey("/IDTree", Object::newDictionary({{"/Names", names}}));
        }
        return root;
    }

    void element(Object& dict, const Element& e, const Object& parent) {
        dict.replaceKey("/Type", Object::newName("/StructElem"));
        dict.replaceKey("/S", Object::newName("/" + e.type));
        dict.replaceKey("/P", parent);
        Object kids = Object::newArray();
        int page = -1;  // the element's /Pg: the page of its first content
        for (const Kid& kid : e.kids) {
            if (kid.kind == Kid::Kind::Element) {
                if (!elements_[static_cast<std::size_t>(kid.index)].isNull())
                    kids.appendItem(elements_[static_cast<std::size_t>(kid.index)]);
            } else if (kid.kind == Kid::Kind::Slot) {
                for (const Mark& mark : tree_.slot(kid.index).marks) {
                    if (page < 0) page = mark.page;
                    if (mark.page == page) {
                        kids.appendItem(Object::newInteger(mark.mcid));
                    } else {
                        kids.appendItem(Object::newDictionary({{"/Type", Object::newName("/MCR")},
                                                               {"/Pg", page_object(mark.page)},
                                                               {"/MCID", Object::newInteger(mark.mcid)}}));
                    }
                }
            } else {
                const LinkAnnotation& link = tree_.links()[static_cast<std::size_t>(kid.index)];
                kids.appendItem(Object::newDictionary({{"/Type", Object::newName("/OBJR")},
                                                       {"/Obj", annotations_[static_cast<std::size_t>(kid.index)]},
                                                       {"/Pg", page_object(link.page)}}));
            }
        }
        if (page >= 0) dict.replaceKey("/Pg", page_object(page));
        dict.replaceKey("/K", kids);
        if (!e.lang.empty()) dict.replaceKey("/Lang", Object::newString(e.lang));
        if (!e.alt.empty()) dict.replaceKey("/Alt", Object::newUnicodeString(e.alt));
        if (!e.expansion.empty()) dict.replaceKey("/E", Object::newUnicodeString(e.expansion));
        if (!e.actual_text.empty()) dict.replaceKey("/ActualText", Object::newUnicodeString(e.actual_text));
        if (!e.id.empty()) dict.replaceKey("/ID", Object::newString(e.id));
        Object attributes = Object::newArray();
        Object table = Object::newDictionary({{"/O", Object::newName("/Table")}});
        if (!e.scope.empty()) table.replaceKey("/Scope", Object::newName("/" + e.scope));
        if (e.column_span > 1) table.replaceKey("/ColSpan", Object::newInteger(e.column_span));
        if (e.row_span > 1) table.replaceKey("/RowSpan", Object::newInteger(e.row_span));
        if (!e.summary.empty()) table.replaceKey("/Summary", Object::newUnicodeString(e.summary));
        if (!e.headers.empty()) {
            Object headers = Object::newArray();
            for (const std::string& id : e.headers) headers.appendItem(Object::newString(id));
            table.replaceKey("/Headers", headers);
        }
        if (table.getKeys().size() > 1) attributes.appendItem(table);
        if (!e.list_numbering.empty())
            attributes.appendItem(Object::newDictionary(
                {{"/O", Object::newName("/List")}, {"/ListNumbering", Object::newName("/" + e.list_numbering)}}));
        if (e.bbox)
            attributes.appendItem(
                Object::newDictionary({{"/O", Object::newName("/Layout")},
                                       {"/BBox", rectangle((*e.bbox)[0], (*e.bbox)[1], (*e.bbox)[2], (*e.bbox)[3])}}));
        if (attributes.getArrayNItems() == 1) dict.replaceKey("/A", attributes.getArrayItem(0));
        if (attributes.getArrayNItems() > 1) dict.replaceKey("/A", attributes);
    }

    // Link annotations in the page's /Annots, each with its place in the structure tree.
    std::vector<Object> link_annotations() {
        std::vector<Object> annotations;
        const auto& links = tree_.links();
        for (std::size_t i = 0; i < links.size(); ++i) {
            const LinkAnnotation& link = links[i];
            const double h = info_.page_height;
            Object annotation = pdf_.makeIndirectObject(Object::newDictionary(
                {{"/Type", Object::newName("/Annot")},
                 {"/Subtype", Object::newName("/Link")},
                 {"/Rect", rectangle(link.rect[0], h - link.rect[3], link.rect[2], h - link.rect[1])},
                 {"/Border", Object::newArray({Object::newInteger(0), Object::newInteger(0), Object::newInteger(0)})},
                 {"/F", Object::newInteger(4)},
                 {"/Contents", Object::newUnicodeString(link.contents)},
                 {"/StructParent", Object::newInteger(static_cast<long long>(pages_.size() + i))}}));
            if (link.destination) {
                annotation.replaceKey("/Dest", Object::newArray({page_object(link.destination->page),
                                                                 Object::newName("/XYZ"), real(link.destination->x),
                                                                 real(h - link.destination->y), Object::newNull()}));
            } else {
                annotation.replaceKey("/A", Object::newDictionary({{"/S", Object::newName("/URI")},
                                                                   {"/URI", Object::newString(ascii_uri(link.uri))}}));
            }
            Object page = page_object(link.page);
            if (!page.getKey("/Annots").isArray()) page.replaceKey("/Annots", Object::newArray());
            page.getKey("/Annots").appendItem(annotation);
            annotations.push_back(annotation);
        }
        return annotations;
    }

    // Page p's marked content by MCID (/StructParents p), then each annotation's element.
    Object parent_tree() {
        Object nums = Object::newArray();
        for (std::size_t p = 0; p < pages_.size(); ++p) {
            Object by_mcid = Object::newArray();
            for (const MarkedSequence& sequence : drawing_.sequences[p])
                if (!sequence.artifact) by_mcid.appendItem(elements_[static_cast<std::size_t>(sequence.element)]);
            pages_[p].getObjectHandle().replaceKey("/StructParents", Object::newInteger(static_cast<long long>(p)));
            pages_[p].getObjectHandle().replaceKey("/Tabs", Object::newName("/S"));
            nums.appendItem(Object::newInteger(static_cast<long long>(p)));
            nums.appendItem(pdf_.makeIndirectObject(by_mcid));
        }
        for (std::size_t i = 0; i < annotations_.size(); ++i) {
            nums.appendItem(Object::newInteger(static_cast<long long>(pages_.size() + i)));
            nums.appendItem(elements_[static_cast<std::size_t>(tree_.links()[i].element)]);
        }
        return pdf_.makeIndirectObject(Object::newDictionary({{"/Nums", nums}}));
    }

    void catalog(const Object& structure_root) {
        Object catalog = pdf_.getRoot();
        catalog.replaceKey("/StructTreeRoot", structure_root);
        catalog.replaceKey("/MarkInfo", Object::newDictionary({{"/Marked", Object::newBool(true)}}));
        catalog.replaceKey("/Lang", Object::newString(info_.language));
        catalog.replaceKey("/ViewerPreferences", Object::newDictionary({{"/DisplayDocTitle", Object::newBool(true)}}));
        Object metadata = pdf_.newStream(xmp_packet(info_, producer()));
        metadata.getDict().replaceKey("/Type", Object::newName("/Metadata"));
        metadata.getDict().replaceKey("/Subtype", Object::newName("/XML"));
        catalog.replaceKey("/Metadata", metadata);
    }

    void document_info() {
        Object info = pdf_.makeIndirectObject(Object::newDictionary());
        info.replaceKey("/Title", Object::newUnicodeString(info_.title));
        if (!info_.authors.empty()) info.replaceKey("/Author", Object::newUnicodeString(info_.authors));
        info.replaceKey("/Creator", Object::newString(std::string("Kansli ") + kansli::version()));
        info.replaceKey("/Producer", Object::newString(producer()));
        if (const std::string date = pdf_date(info_.date); !date.empty())
            info.replaceKey("/CreationDate", Object::newString(date));
        pdf_.getTrailer().replaceKey("/Info", info);
    }

    static std::string producer() {
        return std::string("Kansli ") + kansli::version() + " (Pango " + pango_version_string() + ", Cairo " +
               cairo_version_string() + ", QPDF " + QPDF::QPDFVersion() + ")";
    }

    const Drawing& drawing_;
    const StructureTree& tree_;
    const DocumentInfo& info_;
    QPDF pdf_;
    std::vector<QPDFPageObjectHelper> pages_;
    std::vector<Object> elements_;
    std::vector<Object> annotations_;
    std::map<int, bool> has_content_;
};

}  // namespace

std::string finish_pdf(const Drawing& drawing, const StructureTree& tree, const DocumentInfo& info) {
    return Finisher(drawing, tree, info).run();
}

}  // namespace kansli::pdf
