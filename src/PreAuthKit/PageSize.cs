namespace PreAuthKit;

/// <summary>Paper size of generated documents.</summary>
public enum PageSize
{
    /// <summary>US Letter, 8.5 x 11 inches (the default).</summary>
    Letter,

    /// <summary>ISO A4, 210 x 297 mm.</summary>
    A4,
}
