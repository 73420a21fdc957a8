using PdfSharp.Fonts;
using PreAuthKit.Pdf;

namespace PreAuthKit;

/// <summary>
/// What PreAuthKit needs from PDFsharp's process-global font resolver, and how a host that has its
/// own resolver composes the two.
/// </summary>
/// <remarks>
/// PreAuthKit draws with Liberation Sans, Serif and Mono (SIL OFL 1.1) and, with the fax option,
/// DejaVu Sans Mono Bold (Bitstream Vera licence), embedded in the library, and never with fonts
/// installed on the machine. PDFsharp resolves fonts through one process-wide
/// <see cref="GlobalFontSettings.FontResolver"/>, which may be set only before PDFsharp first uses a
/// font. A <see cref="PreAuthGenerator"/> fills the slot with <see cref="Resolver"/> when it is empty,
/// and never replaces a resolver the host set. A host with its own resolver sets
/// <c>GlobalFontSettings.FontResolver = PreAuthKitFonts.Compose(itsResolver)</c> before it creates
/// the generator (and before any other PDFsharp work); a generator created while the slot holds a
/// resolver that does not serve the Liberation families throws <see cref="InvalidOperationException"/>.
/// </remarks>
public static class PreAuthKitFonts
{
    /// <summary>The families PreAuthKit asks PDFsharp for.</summary>
    public static IReadOnlyList<string> Families { get; } = [EmbeddedFontResolver.Sans, EmbeddedFontResolver.Serif, EmbeddedFontResolver.Mono, EmbeddedFontResolver.FaxMono];

    /// <summary>The resolver serving the embedded fonts (and nothing else).</summary>
    public static IFontResolver Resolver => EmbeddedFontResolver.Instance;

    /// <summary>A resolver that serves the <see cref="Families"/> from PreAuthKit and every other family from <paramref name="host"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="host"/> is null.</exception>
    public static IFontResolver Compose(IFontResolver host)
    {
        ArgumentNullException.ThrowIfNull(host);
        return new ComposedFontResolver(host);
    }

    private sealed class ComposedFontResolver(IFontResolver host) : IFontResolver
    {
        public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic)
            => EmbeddedFontResolver.Instance.ResolveTypeface(familyName, bold, italic) is { } ours && Families.Contains(familyName, StringComparer.Ordinal)
                ? ours
                : host.ResolveTypeface(familyName, bold, italic);

        public byte[]? GetFont(string faceName)
            => faceName.StartsWith("Liberation", StringComparison.Ordinal) || faceName.StartsWith("DejaVuSansMono", StringComparison.Ordinal)
                ? EmbeddedFontResolver.Instance.GetFont(faceName)
                : host.GetFont(faceName);
    }
}
