using PreAuthKit.Codes;

namespace PreAuthKit.Tests.Codes;

public class DenialCategoryTests
{
    [TestCase("CO-50", "MedicalNecessity", "CO-50")]
    [TestCase("co50", "MedicalNecessity", "CO-50")]
    [TestCase("PR 197", "AuthorizationAbsent", "PR-197")]
    [TestCase("198", "AuthorizationExceeded", "198")]
    [TestCase("CO-55", "ExperimentalOrUnproven", "CO-55")]
    [TestCase("OA-056", "ExperimentalOrUnproven", "OA-56")]
    [TestCase("CO-96", "NonCovered", "CO-96")]
    [TestCase("CO-16", "Other", "CO-16")]
    [TestCase("N123", "Other", "N123")]
    [TestCase("", "Other", "")]
    public void Category_and_printed_form(string code, string category, string printed)
    {
        Assert.That(DenialCodes.Categorize(code), Is.EqualTo(Enum.Parse<DenialCategory>(category)));
        Assert.That(DenialCodes.Format(code), Is.EqualTo(printed));
    }
}
