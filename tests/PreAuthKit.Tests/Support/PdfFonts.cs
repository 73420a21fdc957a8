using UglyToad.PdfPig;
using UglyToad.PdfPig.Tokens;

namespace PreAuthKit.Tests.Support;

/// <summary>
/// The fonts of a PDF as <c>pdffonts</c> lists them: every font dictionary, its subtype and whether its
/// program is embedded. A Type0 (Unicode) font is embedded when its descendant CID font's descriptor
/// carries a font program; simple fonts when their own descriptor does.
/// </summary>
internal static class PdfFonts
{
    public sealed record FontEntry(string BaseFont, string Subtype, bool Embedded);

    public static IReadOnlyList<FontEntry> List(ReadOnlySpan<byte> pdf)
    {
        using var document = PdfDocument.Open(pdf.ToArray());
        var structure = document.Structure;
        IToken? Resolve(IToken? token) => token is IndirectReferenceToken reference ? structure.GetObject(reference.Data)?.Data : token;

        var fonts = new List<FontEntry>();
        foreach (var reference in structure.CrossReferenceTable.ObjectOffsets.Keys)
        {
            if (structure.GetObject(reference)?.Data is not DictionaryToken dictionary || !IsName(dictionary, "Type", "Font"))
            {
                continue;
            }

            var subtype = NameOf(dictionary, "Subtype");
            if (subtype == "CIDFontType2" || subtype == "CIDFontType0")
            {
                continue; // a descendant: judged through its Type0 parent
            }

            var descriptorOwner = dictionary;
            if (subtype == "Type0")
            {
                var descendants = Resolve(dictionary.Data.GetValueOrDefault("DescendantFonts")) as ArrayToken;
                descriptorOwner = descendants is { Length: 1 } ? Resolve(descendants[0]) as DictionaryToken ?? DictionaryToken.Empty : DictionaryToken.Empty;
            }

            var descriptor = Resolve(descriptorOwner.Data.GetValueOrDefault("FontDescriptor")) as DictionaryToken;
            var embedded = descriptor is not null && (descriptor.Data.ContainsKey("FontFile2") || descriptor.Data.ContainsKey("FontFile") || descriptor.Data.ContainsKey("FontFile3"));
            fonts.Add(new FontEntry(NameOf(dictionary, "BaseFont"), subtype, embedded));
        }

        return fonts;
    }

    /// <summary>Every <c>/FontDescriptor</c> in the file and whether it carries a TrueType program (<c>/FontFile2</c>).</summary>
    public static IReadOnlyList<bool> DescriptorsWithTrueTypeProgram(ReadOnlySpan<byte> pdf)
    {
        using var document = PdfDocument.Open(pdf.ToArray());
        var structure = document.Structure;
        return structure.CrossReferenceTable.ObjectOffsets.Keys
            .Select(reference => structure.GetObject(reference)?.Data as DictionaryToken)
            .Where(dictionary => dictionary is not null && IsName(dictionary, "Type", "FontDescriptor"))
            .Select(dictionary => dictionary!.Data.ContainsKey("FontFile2"))
            .ToList();
    }

    private static bool IsName(DictionaryToken dictionary, string key, string value) => NameOf(dictionary, key) == value;

    private static string NameOf(DictionaryToken dictionary, string key)
        => dictionary.Data.GetValueOrDefault(key) is NameToken name ? name.Data : "";
}
