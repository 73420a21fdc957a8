using System.Collections.Concurrent;
using System.Text;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PreAuthKit.Layout.Fonts;
using PreAuthKit.Pdf;

namespace PreAuthKit.Layout;

/// <summary>
/// Measures text with the embedded fonts from their own advance widths (read once per face and
/// shared), and hands the writer the matching PDFsharp fonts. One instance per render: it caches
/// fonts and is not thread-safe.
/// </summary>
internal sealed class TextMeasurer : IDisposable
{
    /// <summary>What a character missing from the font prints as.</summary>
    public const char Substitute = '?';

    private static readonly ConcurrentDictionary<string, FontMetrics> Metrics = new(StringComparer.Ordinal);
    // Every face as a Type0/Identity-H font: each one then carries a ToUnicode map (PDFsharp writes none
    // for its WinAnsi fonts), and one face is one font program instead of a WinAnsi and a Unicode copy.
    private static readonly XPdfFontOptions FontOptions = new(PdfFontEncoding.Unicode, PdfFontEmbedding.TryComputeSubset);

    private readonly Dictionary<TextStyle, XFont> _fonts = [];
    private readonly Dictionary<TextStyle, FontMetrics> _faces = [];

    public TextMeasurer()
    {
        EmbeddedFontResolver.EnsureInstalled();
    }

    public XFont Font(TextStyle style)
    {
        if (!_fonts.TryGetValue(style, out var font))
        {
            var fontStyle = (style.Bold, style.Italic) switch
            {
                (true, true) => XFontStyleEx.BoldItalic,
                (true, false) => XFontStyleEx.Bold,
                (false, true) => XFontStyleEx.Italic,
                _ => XFontStyleEx.Regular,
            };
            font = new XFont(style.Family, style.Size, fontStyle, FontOptions);
            _fonts[style] = font;
        }

        return font;
    }

    /// <summary>The advance width of the text in points.</summary>
    public double Width(string text, TextStyle style) => Width(text.AsSpan(), style);

    /// <summary>The advance width of the text in points.</summary>
    public double Width(ReadOnlySpan<char> text, TextStyle style) => text.IsEmpty ? 0 : Face(style).WidthInEms(text) * style.Size;

    /// <summary>
    /// The text with every character the style's font cannot print replaced by <see cref="Substitute"/>;
    /// the replaced code points are added to <paramref name="missing"/>. Control characters other
    /// than the newline become spaces.
    /// </summary>
    public string Printable(string text, TextStyle style, ISet<int> missing)
    {
        var face = Face(style);
        StringBuilder? copy = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var length = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
            var codePoint = length == 2 ? char.ConvertToUtf32(c, text[i + 1]) : c;
            string? replacement = null;
            if (c is '\t' or '\r')
            {
                replacement = " ";
            }
            else if (c != '\n' && c != ' ' && !face.Covers(codePoint))
            {
                if (char.IsControl(c) || codePoint is 0xAD or 0x200B or 0xFEFF)
                {
                    replacement = "";
                }
                else
                {
                    replacement = Substitute.ToString();
                    missing.Add(codePoint);
                }
            }

            if (replacement is not null && copy is null)
            {
                copy = new StringBuilder(text.Length).Append(text, 0, i);
            }

            if (copy is not null)
            {
                if (replacement is not null)
                {
                    copy.Append(replacement);
                }
                else
                {
                    copy.Append(text, i, length);
                }
            }

            i += length - 1;
        }

        return copy?.ToString() ?? text;
    }

    /// <summary>The metrics of the face that prints the style.</summary>
    internal FontMetrics Face(TextStyle style)
    {
        if (!_faces.TryGetValue(style, out var face))
        {
            var info = EmbeddedFontResolver.Instance.ResolveTypeface(style.Family, style.Bold, style.Italic)
                ?? throw new InvalidOperationException($"No embedded font for family '{style.Family}'.");
            face = Metrics.GetOrAdd(info.FaceName, name => FontMetrics.Parse(EmbeddedFontResolver.Instance.GetFont(name)));
            _faces[style] = face;
        }

        return face;
    }

    public void Dispose()
    {
        // Nothing native is held; kept disposable so callers can scope a render.
    }
}
