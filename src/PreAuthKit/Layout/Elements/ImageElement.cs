using PreAuthKit.Layout.Images;

namespace PreAuthKit.Layout.Elements;

/// <summary>
/// A picture scaled to the width offered (or a share of it), aspect ratio kept, never taller than
/// three quarters of a page, centred, with its caption below; picture and caption stay on one page.
/// </summary>
internal sealed class ImageElement(ImageData image, TextBlockElement? caption, double? widthFraction) : Element
{
    private const double CaptionGap = 4;

    /// <summary>The figure node (with the alternative text) the picture belongs to.</summary>
    public StructureNode? Figure { get; init; }

    /// <summary>The caption's node, a sibling of the figure.</summary>
    public StructureNode? CaptionNode { get; init; }

    public override SpacePlan Measure(LayoutContext context, double width, double height)
    {
        var (_, imageHeight, total) = Size(context, width);
        if (total <= height + 0.001)
        {
            return SpacePlan.Full(total);
        }

        // A caption so long that picture and caption can never share a page: the caption continues below.
        return total > context.PageContentHeight && imageHeight <= height + 0.001 ? SpacePlan.Partial(imageHeight) : SpacePlan.Wrap;
    }

    public override Element? Draw(Canvas canvas, double x, double y, double width, double height)
    {
        var (imageWidth, imageHeight, total) = Size(canvas.Context, width);
        var left = x + ((width - imageWidth) / 2);
        canvas.Add(new ImageItem(left, y, imageWidth, imageHeight, image) { Structure = Figure });
        if (total > height + 0.001)
        {
            return caption is null || CaptionNode is null ? caption : new TaggedElement(caption, CaptionNode);
        }

        if (caption is not null)
        {
            if (CaptionNode is not null)
            {
                canvas.Enter(CaptionNode);
            }

            caption.Draw(canvas, left, y + imageHeight + CaptionGap, imageWidth, double.PositiveInfinity);
            if (CaptionNode is not null)
            {
                canvas.Exit();
            }
        }

        return null;
    }

    private (double Width, double Height, double Total) Size(LayoutContext context, double width)
    {
        var imageWidth = width * Math.Clamp(widthFraction ?? 1, 0.05, 1);
        var imageHeight = imageWidth * image.AspectRatio;
        var maxHeight = context.PageContentHeight * 0.75;
        if (imageHeight > maxHeight)
        {
            imageHeight = maxHeight;
            imageWidth = imageHeight / image.AspectRatio;
        }

        var total = imageHeight;
        if (caption is not null)
        {
            total += CaptionGap + caption.Measure(context, imageWidth, double.PositiveInfinity).Height;
        }

        return (imageWidth, imageHeight, total);
    }
}
