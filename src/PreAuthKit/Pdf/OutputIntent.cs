using System.Reflection;
using PdfSharp.Pdf;

namespace PreAuthKit.Pdf;

/// <summary>
/// The PDF/A OutputIntent (ISO 19005-2, 6.2.3): an sRGB IEC61966-2.1 ICC profile (Debian
/// icc-profiles-free, zlib licence: Pdf/Icc/LICENSE-sRGB.txt) embedded as <c>/DestOutputProfile</c>
/// with <c>/S /GTS_PDFA1</c>, so that the DeviceRGB photos and DeviceGray text have a defined colour.
/// </summary>
internal static class OutputIntent
{
    public const string Condition = "sRGB IEC61966-2.1";

    private static readonly Lazy<byte[]> Profile = new(Load);

    public static void Add(PdfDocument document)
    {
        var icc = new PdfDictionary(document);
        icc.Elements.SetInteger("/N", 3);
        icc.CreateStream(Profile.Value);
        document.Internals.AddObject(icc);

        var intent = new PdfDictionary(document);
        intent.Elements.SetName("/Type", "/OutputIntent");
        intent.Elements.SetName("/S", "/GTS_PDFA1");
        intent.Elements.SetString("/OutputConditionIdentifier", Condition);
        intent.Elements.SetString("/Info", Condition);
        intent.Elements.SetReference("/DestOutputProfile", icc);
        document.Internals.AddObject(intent);

        var intents = new PdfArray(document);
        intents.Elements.Add(intent.Reference!);
        document.Internals.Catalog.Elements["/OutputIntents"] = intents;
    }

    private static byte[] Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("PreAuthKit.Pdf.sRGB.icc")
            ?? throw new InvalidOperationException("The embedded sRGB profile is missing from the PreAuthKit assembly.");
        using var buffer = new MemoryStream(checked((int)stream.Length));
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }
}
