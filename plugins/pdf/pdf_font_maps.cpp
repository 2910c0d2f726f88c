#include "pdf_font_maps.hpp"

#include <pango/pangocairo.h>

#include <new>

#include "pdf_engine.hpp"

namespace kansli::pdf {

FontMaps::Lease FontMaps::borrow() {
    {
        const std::lock_guard lock(mutex_);
        if (!idle_.empty()) {
            GObjectHandle<PangoFontMap> map = std::move(idle_.back());
            idle_.pop_back();
            return Lease(*this, std::move(map));
        }
    }
    // Pango's per-thread default map is not used: it would live in the thread's storage.
    return Lease(*this, GObjectHandle<PangoFontMap>(pango_cairo_font_map_new()));
}

FontMapsHandle make_font_maps() {
    return FontMapsHandle(new FontMaps, [](FontMaps* maps) { delete maps; });
}

void FontMaps::give_back(GObjectHandle<PangoFontMap> map) {
    if (!map) return;
    const std::lock_guard lock(mutex_);
    try {
        idle_.push_back(std::move(map));
    } catch (const std::bad_alloc&) {
        // Not kept: the map is freed here and the next document makes another.
    }
}

}  // namespace kansli::pdf
