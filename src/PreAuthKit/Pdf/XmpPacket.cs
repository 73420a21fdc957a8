using System.Text;

namespace PreAuthKit.Pdf;

/// <summary>
/// Completes PDFsharp's XMP packet: the PDF/UA identification (ISO 14289-1, 5: <c>pdfuaid:part</c> 1)
/// always, and for the archival option the PDF/A identification (ISO 19005-2, 6.6.4:
/// <c>pdfaid:part</c> 2, <c>pdfaid:conformance</c> U) with the extension-schema description PDF/A
/// requires for a schema it does not predefine (6.6.2.3: pdfuaid). PDFsharp's empty
/// <c>dc:creator</c> entry is dropped (the Info dictionary has no /Author it could mirror).
/// </summary>
internal static class XmpPacket
{
    private const string UaIdentification = """
      <rdf:Description rdf:about="" xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">
        <pdfuaid:part>1</pdfuaid:part>
      </rdf:Description>

""";

    private const string ArchivalIdentification = """
      <rdf:Description rdf:about="" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/">
        <pdfaid:part>2</pdfaid:part>
        <pdfaid:conformance>U</pdfaid:conformance>
      </rdf:Description>
      <rdf:Description rdf:about="" xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/" xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#" xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">
        <pdfaExtension:schemas>
          <rdf:Bag>
            <rdf:li rdf:parseType="Resource">
              <pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>
              <pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>
              <pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>
              <pdfaSchema:property>
                <rdf:Seq>
                  <rdf:li rdf:parseType="Resource">
                    <pdfaProperty:name>part</pdfaProperty:name>
                    <pdfaProperty:valueType>Integer</pdfaProperty:valueType>
                    <pdfaProperty:category>internal</pdfaProperty:category>
                    <pdfaProperty:description>Indicates, which part of ISO 14289 standard is followed</pdfaProperty:description>
                  </rdf:li>
                </rdf:Seq>
              </pdfaSchema:property>
            </rdf:li>
          </rdf:Bag>
        </pdfaExtension:schemas>
      </rdf:Description>

""";

    public static byte[] Complete(byte[] xmp, bool archival)
    {
        var text = Encoding.UTF8.GetString(xmp);
        var end = text.IndexOf("</rdf:RDF>", StringComparison.Ordinal);
        if (end < 0)
        {
            return xmp;
        }

        text = text.Replace("<dc:creator><rdf:Seq><rdf:li></rdf:li></rdf:Seq></dc:creator>", "", StringComparison.Ordinal);
        end = text.IndexOf("</rdf:RDF>", StringComparison.Ordinal);
        var lineStart = text.LastIndexOf('\n', end) + 1;
        text = text.Insert(lineStart, UaIdentification + (archival ? ArchivalIdentification : ""));
        return Encoding.UTF8.GetBytes(text);
    }
}
