using PreAuthKit.Validation;

namespace PreAuthKit.Tests.Validation;

public class PhoneNumbersTests
{
    [TestCase("(555) 010-2000", "5550102000")]
    [TestCase("555.010.2000", "5550102000")]
    [TestCase("+1 555 010 2000", "5550102000")]
    [TestCase("15550102000", "5550102000")]
    [TestCase("555-010-2000", "5550102000")]
    public void Formatted_numbers_normalise_to_ten_digits(string text, string digits)
    {
        Assert.That(PhoneNumbers.TryNormalize(text, out var normalised), Is.True);
        Assert.That(normalised, Is.EqualTo(digits));
        Assert.That(PhoneNumbers.Format(normalised), Is.EqualTo("(555) 010-2000"));
    }

    [TestCase("555-0100")]
    [TestCase("(055) 010-2000")]
    [TestCase("(155) 010-2000")]
    [TestCase("555-010-2000 x12")]
    [TestCase("1-800-FLOWERS")]
    [TestCase("+44 20 7946 0000")]
    [TestCase("25550102000")]
    [TestCase("")]
    public void Other_numbers_are_rejected(string text) => Assert.That(PhoneNumbers.TryNormalize(text, out _), Is.False);
}
