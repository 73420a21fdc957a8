using System.Text.RegularExpressions;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;

namespace PreAuthKit.Tests.Generation;

/// <summary>
/// A PDF's text in content-stream order (what <c>pdftotext -raw</c> and screen readers see: each table
/// cell's lines together) as one string with runs of whitespace collapsed, for "prints this value" assertions.
/// </summary>
internal static partial class PdfText
{
    public static string Of(RenderedDocument document)
    {
        using var pdf = PdfDocument.Open(document.Pdf.ToArray());
        return Collapse(string.Join(" ", pdf.GetPages().Select(page => ContentOrderTextExtractor.GetText(page, addDoubleNewline: false))));
    }

    /// <summary>Each page's text, whitespace collapsed.</summary>
    public static IReadOnlyList<string> Pages(RenderedDocument document)
    {
        using var pdf = PdfDocument.Open(document.Pdf.ToArray());
        return [.. pdf.GetPages().Select(page => Collapse(ContentOrderTextExtractor.GetText(page, addDoubleNewline: false)))];
    }

    public static string Collapse(string text) => Spaces().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
