namespace PreAuthKit.Layout;

/// <summary>
/// Something the layout had to work around (a character the font lacks, a picture that could not
/// be found). <paramref name="Code"/> is stable (<c>PAK-LAYOUT-NNN</c>); the message never quotes
/// document text.
/// </summary>
internal sealed record LayoutWarning(string Code, string Message);
