namespace PreAuthKit.Policies;

/// <summary>How a measurement is compared with a threshold: <c>lt</c> (below, exclusive), <c>lte</c> (at or below), <c>gt</c>, <c>gte</c>.</summary>
internal enum Comparison
{
    LessThan,
    LessThanOrEqual,
    GreaterThan,
    GreaterThanOrEqual,
}
