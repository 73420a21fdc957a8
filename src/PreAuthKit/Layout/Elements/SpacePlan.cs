namespace PreAuthKit.Layout.Elements;

/// <summary>The answer of <see cref="Element.Measure"/>: what fits and the height it takes.</summary>
internal readonly record struct SpacePlan(SpacePlanKind Kind, double Height)
{
    public static SpacePlan Wrap { get; } = new(SpacePlanKind.Wrap, 0);

    public static SpacePlan Partial(double height) => new(SpacePlanKind.Partial, height);

    public static SpacePlan Full(double height) => new(SpacePlanKind.Full, height);

    public bool IsWrap => Kind == SpacePlanKind.Wrap;

    public bool IsFull => Kind == SpacePlanKind.Full;
}
