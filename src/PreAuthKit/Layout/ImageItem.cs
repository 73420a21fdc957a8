using PreAuthKit.Layout.Images;

namespace PreAuthKit.Layout;

/// <summary>A picture drawn into the box whose top-left corner is (<paramref name="X"/>, <paramref name="Y"/>).</summary>
internal sealed record ImageItem(double X, double Y, double Width, double Height, ImageData Image) : LayoutItem;
