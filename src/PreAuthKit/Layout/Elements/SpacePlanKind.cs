namespace PreAuthKit.Layout.Elements;

/// <summary>How much of an element fits the space offered.</summary>
internal enum SpacePlanKind
{
    /// <summary>Nothing fits: the element must move to the next page.</summary>
    Wrap,

    /// <summary>A first part fits; the rest continues on the next page.</summary>
    Partial,

    /// <summary>All of it fits.</summary>
    Full,
}
