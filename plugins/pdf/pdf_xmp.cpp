#include "pdf_xmp.hpp"

#include "kansli/xml_text.hpp"

namespace kansli::pdf {

std::string xmp_packet(const DocumentInfo& info, const std::string& producer) {
    const auto text = [](const std::string& value) { return escape_xml(value); };
    std::string x;
    x += "<?xpacket begin=\"\xEF\xBB\xBF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n";
    x += "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n";
    x += " <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n";
    x += "  <rdf:Description rdf:about=\"\"\n";
    x += "    xmlns:dc=\"http://purl.org/dc/elements/1.1/\"\n";
    x += "    xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\"\n";
    x += "    xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\"\n";
    x += "    xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\">\n";
    x += "   <dc:format>application/pdf</dc:format>\n";
    x +=
        "   <dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">" + text(info.title) + "</rdf:li></rdf:Alt></dc:title>\n";
    x += "   <dc:language><rdf:Bag><rdf:li>" + text(info.language) + "</rdf:li></rdf:Bag></dc:language>\n";
    if (!info.authors.empty())
        x += "   <dc:creator><rdf:Seq><rdf:li>" + text(info.authors) + "</rdf:li></rdf:Seq></dc:creator>\n";
    if (!info.date.empty()) x += "   <xmp:CreateDate>" + text(info.date.substr(0, 10)) + "</xmp:CreateDate>\n";
    x += "   <xmp:CreatorTool>Kansli</xmp:CreatorTool>\n";
    x += "   <pdf:Producer>" + text(producer) + "</pdf:Producer>\n";
    x += "   <pdfuaid:part>1</pdfuaid:part>\n";
    x += "  </rdf:Description>\n";
    x += " </rdf:RDF>\n";
    x += "</x:xmpmeta>\n";
    x += "<?xpacket end=\"w\"?>";
    return x;
}

}  // namespace kansli::pdf
