namespace PreAuthKit.Layout;

/// <summary>A rectangle: stroked with <paramref name="Thickness"/> (0 for none), filled with a grey level when <paramref name="Fill"/> is set (0 black, 1 white).</summary>
internal sealed record BoxItem(double X, double Y, double Width, double Height, double Thickness, double? Fill = null) : LayoutItem;
