using System.Text.RegularExpressions;
using PreAuthKit.Tests.Support;

namespace PreAuthKit.Tests.Generation;

/// <summary>A PDF's text as one string with runs of whitespace collapsed, for "prints this value" assertions.</summary>
internal static partial class PdfText
{
    public static string Of(RenderedDocument document) => Collapse(string.Join(" ", PdfTextDump.TextLines(document.Pdf.Span)));

    public static string Collapse(string text) => Spaces().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
