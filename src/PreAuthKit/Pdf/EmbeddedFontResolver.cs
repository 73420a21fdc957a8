using System.Collections.Concurrent;
using System.Reflection;
using PdfSharp.Fonts;

namespace PreAuthKit.Pdf;

/// <summary>
/// Serves the fonts embedded in this assembly to PDFsharp: the Liberation families and DejaVu Sans
/// Mono Bold (the fax option's identifier table, <see cref="Layout.FaxIndex"/>). It never looks at
/// fonts installed on the machine, so output is the same everywhere.
/// </summary>
internal sealed class EmbeddedFontResolver : IFontResolver
{
    private static readonly Lock InstallLock = new();
    private static readonly ConcurrentDictionary<string, byte[]> Faces = new(StringComparer.Ordinal);

    /// <summary>The sans-serif family used for body text.</summary>
    public const string Sans = "Liberation Sans";

    /// <summary>The serif family.</summary>
    public const string Serif = "Liberation Serif";

    /// <summary>The monospaced family used for code runs.</summary>
    public const string Mono = "Liberation Mono";

    /// <summary>The fax option's identifier face: only its bold face is shipped (Bitstream Vera licence, Fonts/DejaVu-LICENSE.txt).</summary>
    public const string FaxMono = "DejaVu Sans Mono";

    public static EmbeddedFontResolver Instance { get; } = new();

    /// <summary>
    /// Makes sure PDFsharp resolves the Liberation families. It sets PDFsharp's process-global
    /// <see cref="GlobalFontSettings.FontResolver"/> only when the slot is empty; a resolver the host
    /// installed is never replaced or shadowed: if it does not resolve the Liberation families
    /// (compose it with <see cref="PreAuthKitFonts.Compose"/>), this throws <see cref="InvalidOperationException"/>.
    /// </summary>
    public static void EnsureInstalled()
    {
        if (GlobalFontSettings.FontResolver is { } installed && Serves(installed))
        {
            return;
        }

        lock (InstallLock)
        {
            var current = GlobalFontSettings.FontResolver;
            if (current is null)
            {
                GlobalFontSettings.FontResolver = Instance;
                return;
            }

            if (!Serves(current))
            {
                throw new InvalidOperationException(
                    "PDFsharp's global font resolver was set by the host and does not resolve the Liberation fonts PreAuthKit embeds. "
                    + "Set GlobalFontSettings.FontResolver = PreAuthKitFonts.Compose(yourResolver) before creating the generator.");
            }
        }
    }

    private static bool Serves(IFontResolver resolver)
        => resolver is EmbeddedFontResolver || resolver.ResolveTypeface(Sans, false, false) is { FaceName: "LiberationSans-Regular" };

    /// <inheritdoc />
    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic)
    {
        if (familyName is FaxMono or "DejaVuSansMono")
        {
            // Only the bold face is shipped, and it serves every request for the family.
            return new FontResolverInfo("DejaVuSansMono-Bold", false, italic);
        }

        var stem = familyName switch
        {
            Sans or "LiberationSans" or "Arial" or "Helvetica" => "LiberationSans",
            Serif or "LiberationSerif" or "Times New Roman" or "Times" => "LiberationSerif",
            Mono or "LiberationMono" or "Courier New" or "Courier" => "LiberationMono",
            _ => null,
        };
        if (stem is null)
        {
            return null;
        }

        if (stem == "LiberationMono")
        {
            // Only the regular mono face is shipped; PDFsharp simulates bold and italic.
            return new FontResolverInfo("LiberationMono-Regular", bold, italic);
        }

        var style = (bold, italic) switch
        {
            (true, true) => "BoldItalic",
            (true, false) => "Bold",
            (false, true) => "Italic",
            _ => "Regular",
        };
        return new FontResolverInfo($"{stem}-{style}");
    }

    /// <inheritdoc />
    public byte[]? GetFont(string faceName) => Faces.GetOrAdd(faceName, LoadFace);

    private static byte[] LoadFace(string faceName)
    {
        var resource = $"PreAuthKit.Fonts.{faceName}.ttf";
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The embedded font '{resource}' is missing from the PreAuthKit assembly.");
        using var buffer = new MemoryStream(checked((int)stream.Length));
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }
}
