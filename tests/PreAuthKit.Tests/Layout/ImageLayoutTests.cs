using PreAuthKit.Layout;

namespace PreAuthKit.Tests.Layout;

public class ImageLayoutTests
{
    [Test]
    public void A_picture_fills_the_width_keeps_its_aspect_and_has_its_caption_below()
    {
        var images = new FakeImageSource().Add("photo:1", 400, 200);
        var document = LayoutTest.ForMarkdown("![Volar forearm, 2026-10-01](photo:1)\n").WithImages(images).Layout();
        var page = document.Pages[0];
        var image = page.Items.OfType<ImageItem>().Single();
        var caption = page.Texts().Single();

        Assert.That(image.Width, Is.EqualTo(document.Page.ContentWidth).Within(0.01));
        Assert.That(image.Height, Is.EqualTo(image.Width / 2).Within(0.01));
        Assert.That(caption.Text, Is.EqualTo("Volar forearm, 2026-10-01"));
        Assert.That(caption.Style.Italic, Is.True);
        Assert.That(caption.Top(), Is.GreaterThan(image.Y + image.Height));
    }

    [Test]
    public void A_tall_picture_is_scaled_to_fit_a_page()
    {
        var images = new FakeImageSource().Add("photo:1", 100, 1000);
        var document = LayoutTest.ForMarkdown("![Tall](photo:1)\n").WithImages(images).Layout();
        var image = document.Pages[0].Items.OfType<ImageItem>().Single();

        Assert.That(image.Y + image.Height, Is.LessThanOrEqualTo(document.Page.ContentBottom));
        Assert.That(image.Height / image.Width, Is.EqualTo(10).Within(0.001));
    }

    [Test]
    public void Picture_and_caption_move_to_the_next_page_together()
    {
        var images = new FakeImageSource().Add("photo:1", 300, 200);
        var filler = string.Concat(Enumerable.Range(0, 30).Select(i => $"Filler {i}.\n\n"));
        var document = LayoutTest.ForMarkdown(filler + "![Caption text](photo:1)\n").WithImages(images).Layout();

        var imagePage = document.Pages.Single(p => p.Items.OfType<ImageItem>().Any());
        Assert.That(imagePage.Number, Is.EqualTo(2));
        Assert.That(imagePage.Texts().Select(t => t.Text), Does.Contain("Caption text"));
    }

    [Test]
    public void A_photo_grid_sets_two_pictures_to_a_row()
    {
        var images = new FakeImageSource().Add("photo:1", 300, 200).Add("photo:2", 300, 200).Add("photo:3", 300, 200);
        var document = LayoutTest.ForMarkdown(":::photo-grid\n![One](photo:1)\n![Two](photo:2)\n![Three](photo:3)\n:::\n").WithImages(images).Layout();
        var pictures = document.Pages[0].Items.OfType<ImageItem>().ToList();

        Assert.That(pictures, Has.Count.EqualTo(3));
        Assert.That(pictures[1].Y, Is.EqualTo(pictures[0].Y));
        Assert.That(pictures[1].X, Is.GreaterThan(pictures[0].X + pictures[0].Width));
        Assert.That(pictures[2].Y, Is.GreaterThan(pictures[0].Y + pictures[0].Height));
        Assert.That(pictures[0].Width, Is.LessThan(document.Page.ContentWidth / 2));
    }

    [Test]
    public void An_unknown_picture_prints_a_placeholder_and_a_warning()
    {
        var document = LayoutTest.ForMarkdown("![Left arm](photo:9)\n").Layout();

        Assert.That(document.AllContentText(), Is.EqualTo("[Picture not available: Left arm]"));
        Assert.That(document.Warnings.Single().Code, Is.EqualTo("PAK-LAYOUT-002"));
    }

    [Test]
    public void A_caption_longer_than_a_page_continues_below_the_picture_instead_of_failing()
    {
        var images = new FakeImageSource().Add("photo:1", 300, 300);
        var caption = string.Join(' ', Enumerable.Repeat("caption-words", 700));
        var document = LayoutTest.ForMarkdown($"![{caption}](photo:1)\n").WithImages(images).Layout();

        Assert.That(document.Pages, Has.Count.GreaterThan(1));
        Assert.That(string.Join(" ", document.Pages.Select(p => p.ContentText().Replace('\n', ' ')).Where(t => t.Length > 0)), Is.EqualTo(caption));
        Assert.That(document.Pages.SelectMany(p => p.Texts()).Max(t => t.Bottom()), Is.LessThanOrEqualTo(document.Page.ContentBottom + 0.01));
    }
}
