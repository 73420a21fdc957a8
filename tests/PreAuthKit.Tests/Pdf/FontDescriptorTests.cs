using System.Text;
using System.Text.RegularExpressions;
using PreAuthKit.Tests.Layout;

namespace PreAuthKit.Tests.Pdf;

/// <summary>Font descriptors (ISO 32000-1, 9.8): negative descent, the right flags per face, a nonzero stem width.</summary>
public partial class FontDescriptorTests
{
    [Test]
    public void Every_descriptor_has_a_negative_descent_the_faces_flags_and_a_stem_width()
    {
        var pdf = LayoutTest.ForMarkdown("Regular, **bold**, *italic*, ***bold italic*** and `mono`.").Pdf();
        var descriptors = Descriptor().Matches(Encoding.Latin1.GetString(pdf)).Select(m => m.Value).ToList();

        Assert.That(descriptors, Has.Count.GreaterThanOrEqualTo(5));
        Assert.Multiple(() =>
        {
            foreach (var d in descriptors)
            {
                var name = Regex.Match(d, @"/FontName/\w{6}\+([^/>]+)").Groups[1].Value.Replace("#20", " ", StringComparison.Ordinal);
                var descent = int.Parse(Regex.Match(d, @"/Descent (-?\d+)").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
                var flags = int.Parse(Regex.Match(d, @"/Flags (\d+)").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
                var stemV = int.Parse(Regex.Match(d, @"/StemV (\d+)").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
                Assert.That(descent, Is.LessThan(0), $"{name}: descent");
                Assert.That(flags & 64, Is.EqualTo(name.Contains("Italic", StringComparison.Ordinal) ? 64 : 0), $"{name}: italic flag");
                Assert.That(flags & 1, Is.EqualTo(name.Contains("Mono", StringComparison.Ordinal) ? 1 : 0), $"{name}: fixed-pitch flag");
                Assert.That(flags & 32, Is.EqualTo(32), $"{name}: nonsymbolic");
                Assert.That(stemV, Is.EqualTo(name.Contains("Bold", StringComparison.Ordinal) ? 166 : 88), $"{name}: StemV");
            }
        });
    }

    [GeneratedRegex(@"<</Type/FontDescriptor.*?>>")]
    private static partial Regex Descriptor();
}
