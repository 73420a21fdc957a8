using PreAuthKit.Codes;

namespace PreAuthKit.Tests.Codes;

public class DenialCodesTests
{
    [TestCase("CO-50", "CO", "50", true)]
    [TestCase("co50", "CO", "50", true)]
    [TestCase("PR 197", "PR", "197", true)]
    [TestCase("OA-96", "OA", "96", true)]
    [TestCase("198", null, "198", true)]
    [TestCase("CO-999", "CO", "999", false)]
    public void Codes_parse_into_group_and_reason(string text, string? group, string reason, bool known)
    {
        Assert.That(DenialCodes.TryParse(text, out var code), Is.True);
        Assert.That(code.Group, Is.EqualTo(group));
        Assert.That(code.Reason, Is.EqualTo(reason));
        Assert.That(code.Description is not null, Is.EqualTo(known));
    }

    [TestCase("ZZ-50")]
    [TestCase("CO-")]
    [TestCase("not medically necessary")]
    [TestCase("")]
    public void Malformed_codes_do_not_parse(string text) => Assert.That(DenialCodes.TryParse(text, out _), Is.False);

    [Test]
    public void The_denials_named_in_the_domain_notes_are_known()
        => Assert.That(new[] { "50", "96", "197", "198", "55", "56" }.Select(r => DenialCodes.Reasons.ContainsKey(r)), Is.All.True);
}
