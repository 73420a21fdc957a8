namespace PreAuthKit.Layout;

/// <summary>A run of text; <paramref name="Baseline"/> is the y of its baseline and <paramref name="Width"/> its measured width.</summary>
internal sealed record TextItem(double X, double Baseline, string Text, TextStyle Style, double Width) : LayoutItem;
