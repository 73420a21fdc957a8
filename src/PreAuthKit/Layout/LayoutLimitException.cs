namespace PreAuthKit.Layout;

/// <summary>The laid-out document would exceed <see cref="DocumentLayouter.PageLimit"/> pages; the pipeline refuses the render with <c>PAK-LAYOUT-004</c>.</summary>
internal sealed class LayoutLimitException : Exception
{
    public LayoutLimitException()
        : base("The document exceeds the page limit of the layout.")
    {
    }

    public LayoutLimitException(string message)
        : base(message)
    {
    }

    public LayoutLimitException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
