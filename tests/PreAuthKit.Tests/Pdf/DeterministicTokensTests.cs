using System.Text;
using PreAuthKit.Pdf;

namespace PreAuthKit.Tests.Pdf;

public class DeterministicTokensTests
{
    private const string Sample =
        "<xmpMM:DocumentID>uuid:aad22365-c17c-44cb-a40f-9bda9594892e</xmpMM:DocumentID>\n" +
        "<xmpMM:InstanceID>uuid:4d46db16-4a01-45fc-a5be-1cb1fa14a239</xmpMM:InstanceID>\n" +
        "<</Type/Font/BaseFont/HDRNSM+Liberation#20Sans,Bold>>\n" +
        "<</Type/FontDescriptor/FontName/HDRNSM+Liberation#20Sans,Bold>>\n" +
        "<</Type/Font/BaseFont/IKCJNM+Liberation#20Sans>>\n";

    [Test]
    public void Random_tokens_are_replaced_in_place_with_the_same_length()
    {
        var bytes = Encoding.ASCII.GetBytes(Sample);

        var rewritten = DeterministicTokens.Rewrite(bytes, [1, 2, 3]);
        var text = Encoding.ASCII.GetString(bytes);

        Assert.Multiple(() =>
        {
            Assert.That(rewritten, Is.EqualTo(5));
            Assert.That(bytes, Has.Length.EqualTo(Sample.Length));
            Assert.That(text, Does.Not.Contain("aad22365").And.Not.Contain("4d46db16").And.Not.Contain("HDRNSM").And.Not.Contain("IKCJNM"));
            Assert.That(text, Does.Match(@"BaseFont/[A-Z]{6}\+Liberation#20Sans,Bold"));
        });
    }

    [Test]
    public void Same_seed_gives_same_tokens_and_a_font_keeps_one_tag()
    {
        var a = Encoding.ASCII.GetBytes(Sample);
        var b = Encoding.ASCII.GetBytes(Sample.Replace("HDRNSM", "QWERTY", StringComparison.Ordinal).Replace("aad22365", "bbbbbbbb", StringComparison.Ordinal));

        DeterministicTokens.Rewrite(a, [9, 9]);
        DeterministicTokens.Rewrite(b, [9, 9]);

        Assert.That(Encoding.ASCII.GetString(b), Is.EqualTo(Encoding.ASCII.GetString(a)));
        var text = Encoding.ASCII.GetString(a);
        var boldTags = System.Text.RegularExpressions.Regex.Matches(text, @"/([A-Z]{6})\+Liberation#20Sans,Bold").Select(m => m.Groups[1].Value).Distinct().ToList();
        Assert.That(boldTags, Has.Count.EqualTo(1), "BaseFont and FontName of one font must keep the same tag");
    }

    [Test]
    public void Different_seeds_give_different_tokens()
    {
        var a = Encoding.ASCII.GetBytes(Sample);
        var b = Encoding.ASCII.GetBytes(Sample);

        DeterministicTokens.Rewrite(a, [1]);
        DeterministicTokens.Rewrite(b, [2]);

        Assert.That(Encoding.ASCII.GetString(b), Is.Not.EqualTo(Encoding.ASCII.GetString(a)));
    }

    [Test]
    public void A_type0_font_and_its_descendant_keep_the_tag_of_the_shared_descriptor()
    {
        const string Unicode =
            "<</Type/FontDescriptor/FontName/FMTKRF+Liberation#20Sans/FontFile2 51 0 R>>\n" +
            "<</Type/Font/Subtype/TrueType/BaseFont/FMTKRF+Liberation#20Sans/Encoding/WinAnsiEncoding>>\n" +
            "<</Type/Font/Subtype/Type0/Encoding/Identity-H/ToUnicode 18 0 R/BaseFont/FMTKRF+Liberation#20Sans/DescendantFonts[19 0 R]>>\n" +
            "<</Type/Font/Subtype/CIDFontType2/CIDSystemInfo<</Ordering(Identity)/Registry(Adobe)/Supplement 0>>/FontDescriptor 9 0 R/BaseFont/FMTKRF+Liberation#20Sans/W[3[277]]>>\n";
        var bytes = Encoding.ASCII.GetBytes(Unicode);

        var rewritten = DeterministicTokens.Rewrite(bytes, [7]);
        var text = Encoding.ASCII.GetString(bytes);

        Assert.That(rewritten, Is.EqualTo(4));
        Assert.That(text, Does.Not.Contain("FMTKRF"));
        var tags = System.Text.RegularExpressions.Regex.Matches(text, @"/([A-Z]{6})\+Liberation#20Sans").Select(m => m.Groups[1].Value).Distinct().ToList();
        Assert.That(tags, Has.Count.EqualTo(1), "the Type0 font, its CID descendant and the descriptor name one subset");
    }
}
