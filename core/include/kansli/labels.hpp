// Every word a reader sees or hears that the document itself does not give: one table, Swedish
// by default, changed per template package under "labels" in theme.json. No writer has words
// of its own.
#pragma once

#include <string>

// Everything declared here is libkansli's public API; the rest of the library is hidden.
#pragma GCC visibility push(default)

namespace kansli {

/// The theme's words (Theme::labels). The reader also takes the defaults of the document's own
/// words from here (a table of contents' title, an agenda's column headings).
struct Labels {
    // ---- print: page furniture, captions and the names office programs show
    std::string page = "Sida";          ///< "Sida 3 av 12" in the footer
    std::string page_of = "av";         ///< the "av" of "Sida 3 av 12"
    std::string dnr = "Dnr";            ///< before the diarienummer in the footer: "Dnr SOCN/2020:38"
    std::string table = "Tabell";       ///< a numbered table's caption, "Tabell 3"; names tables in ODT
    std::string figure = "Bild";        ///< names pictures in DOCX and ODT ("Bild 3")
    std::string logo = "Logotyp";       ///< names the logo picture in DOCX
    std::string contents = "Innehåll";  ///< the title of a table of contents that gives none
    std::string contents_index = "Innehållsförteckning";  ///< names a table of contents in ODT
    std::string heading = "Rubrik";  ///< names the heading of a table of contents in ODT ("…_Rubrik")
    /// What a DOCX table of contents says when the document has no headings yet for Word to list.
    std::string contents_update = "Uppdatera innehållsförteckningen (F9).";
    // ---- names of the document's properties where a format has no field of its own (ODT's
    // user-defined metadata), for archives to search by
    std::string property_organisation = "Organisation";  ///< Metadata::organisation
    std::string property_body = "Organ";                 ///< Metadata::body
    std::string property_kind = "Dokumenttyp";           ///< Metadata::kind
    std::string property_dnr = "Diarienummer";           ///< Metadata::dnr
    // ---- the agenda (ärendelista)
    std::string agenda = "Ärendelista";  ///< the name of an agenda without a caption
    std::string agenda_number = "Nr";    ///< the number column (agenda_…: headings unless the document gives its own)
    std::string agenda_title = "Ärende";    ///< the title column
    std::string agenda_dnr = "Beteckning";  ///< the diarienummer column
    std::string agenda_page = "Sidan";      ///< print only: the page where an item's papers start
    // ---- the web
    std::string skip_link = "Hoppa till innehållet";    ///< the link past the page header to the content
    std::string untitled = "Dokument";                  ///< the title of a document without one
    std::string footnotes = "Fotnoter";                 ///< hidden heading of the footnote list
    std::string back = "Tillbaka";                      ///< footnote back link
    std::string back_to_reference = "till hänvisning";  ///< hidden rest: "Tillbaka till hänvisning 3"
    std::string papers = "Handlingar";                  ///< the agenda's column of links to the papers
    std::string to_papers = "Till handlingarna";        ///< the text of those links
    std::string for_item = "för ärende";                ///< hidden rest: "Till handlingarna för ärende 5: …"
    std::string sum = "Summa";                          ///< hidden label of a sum row whose label cell is empty
    std::string subtotal = "Delsumma";                  ///< hidden label of a subtotal row whose label cell is empty
};

}  // namespace kansli

#pragma GCC visibility pop
