using PreAuthKit.Validation.Properties;

namespace PreAuthKit.Tests.Validation;

public class NpiRulesTests
{
    [TestCase("1234567893", true)]
    [TestCase("1993999998", true)]
    [TestCase("1558598797", true)]
    [TestCase("1234567890", false)]
    public void Check_digit_follows_luhn_over_80840(string npi, bool valid)
    {
        Assert.That(NpiRules.IsWellFormed(npi), Is.True);
        Assert.That(NpiRules.HasValidCheckDigit(npi), Is.EqualTo(valid));
    }

    [TestCase("")]
    [TestCase("123456789")]
    [TestCase("3234567893")]
    [TestCase("12345678A3")]
    public void Malformed_npis_are_rejected(string npi) => Assert.That(NpiRules.IsWellFormed(npi), Is.False);
}
