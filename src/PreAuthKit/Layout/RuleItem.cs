namespace PreAuthKit.Layout;

/// <summary>A straight line (rules, table borders).</summary>
internal sealed record RuleItem(double X1, double Y1, double X2, double Y2, double Thickness) : LayoutItem;
