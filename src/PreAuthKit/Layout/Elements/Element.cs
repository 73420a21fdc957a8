namespace PreAuthKit.Layout.Elements;

/// <summary>
/// A piece of the document that measures itself against the space offered and draws what fits.
/// Elements are immutable: drawing returns a new element for the rest, which continues on the
/// next page, so an element can be measured any number of times.
/// </summary>
internal abstract class Element
{
    /// <summary>What fits into a box of <paramref name="width"/> x <paramref name="height"/> points.</summary>
    public abstract SpacePlan Measure(LayoutContext context, double width, double height);

    /// <summary>
    /// Draws what fits into the box at (<paramref name="x"/>, <paramref name="y"/>), exactly as
    /// <see cref="Measure"/> planned for the same size, and returns the rest (or <see langword="null"/> when done).
    /// Only called when the plan was not <see cref="SpacePlanKind.Wrap"/>.
    /// </summary>
    public abstract Element? Draw(Canvas canvas, double x, double y, double width, double height);

    /// <summary>Whether this element must share a page with the first part of the next one (headings).</summary>
    public virtual bool KeepWithNext => false;
}
