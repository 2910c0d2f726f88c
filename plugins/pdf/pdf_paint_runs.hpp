// The attributes that only paint text (colour, underline, the neutral marks at the edges of
// structure slots) applied to a laid-out paragraph's runs in one pass over the text.
//
// Pango applies them itself after breaking the lines, but it walks the attribute list from its
// start again for every run (pango_glyph_item_apply_attrs): runs × attributes, 3.5 s of a
// paragraph with 16 000 footnote references. Here each run is given a list of only the
// attributes that overlap it, so the runs it is split into and the attributes each carries are
// the same as Pango's, at a cost that grows with the text.
#pragma once

#include <pango/pango.h>

namespace kansli::pdf {

// `paint` must hold only attributes Pango does not shape with (it would leave them to this
// pass): foreground and background colours and alphas, underline, overline, strikethrough.
void paint_runs(PangoLayout* layout, PangoAttrList* paint);

}  // namespace kansli::pdf
