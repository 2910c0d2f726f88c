// Pango font maps kept for the life of the PDF writer. What a font map learns — fontconfig's
// matches and fallback lists, the fonts opened with FreeType, HarfBuzz's faces and shaping
// plans, Cairo's scaled fonts — is the same for every document with the same theme, so it is
// made once per process, not once per document. A font map is not thread-safe: each document
// borrows one for itself and gives it back; documents written at the same time get one each.
// The maps are freed with the writer, so nothing is left for LeakSanitizer (or a long-running
// service) to find, and nothing lives in a thread's private storage.
#pragma once

#include <memory>
#include <mutex>
#include <vector>

#include "pdf_handles.hpp"

namespace kansli::pdf {

class FontMaps {
public:
    // A font map lent to one document; returned when the lease goes.
    class Lease {
    public:
        Lease(FontMaps& owner, GObjectHandle<PangoFontMap> map) : owner_(owner), map_(std::move(map)) {}
        Lease(const Lease&) = delete;
        Lease& operator=(const Lease&) = delete;
        ~Lease() { owner_.give_back(std::move(map_)); }
        PangoFontMap* get() const { return map_.get(); }

    private:
        FontMaps& owner_;
        GObjectHandle<PangoFontMap> map_;
    };

    Lease borrow();

private:
    void give_back(GObjectHandle<PangoFontMap> map);

    std::mutex mutex_;
    std::vector<GObjectHandle<PangoFontMap>> idle_;
};

}  // namespace kansli::pdf
