using PreAuthKit.Codes;

namespace PreAuthKit.Tests.Codes;

public class ProcedureCodesTests
{
    [TestCase("17999", nameof(ProcedureCodeKind.CptCategoryI))]
    [TestCase(" 15786 ", nameof(ProcedureCodeKind.CptCategoryI))]
    [TestCase("0479T", nameof(ProcedureCodeKind.CptCategoryIII))]
    [TestCase("0480t", nameof(ProcedureCodeKind.CptCategoryIII))]
    [TestCase("1234F", nameof(ProcedureCodeKind.CptCategoryII))]
    [TestCase("J3301", nameof(ProcedureCodeKind.Hcpcs))]
    [TestCase("A4550", nameof(ProcedureCodeKind.Hcpcs))]
    [TestCase("V2020", nameof(ProcedureCodeKind.Hcpcs))]
    [TestCase("1799", nameof(ProcedureCodeKind.Invalid))]
    [TestCase("179999", nameof(ProcedureCodeKind.Invalid))]
    [TestCase("1799X", nameof(ProcedureCodeKind.Invalid))]
    [TestCase("W1234", nameof(ProcedureCodeKind.Invalid))]
    [TestCase("J33O1", nameof(ProcedureCodeKind.Invalid))]
    [TestCase("", nameof(ProcedureCodeKind.Invalid))]
    [TestCase(null, nameof(ProcedureCodeKind.Invalid))]
    public void Codes_are_classified_by_shape(string? code, string kind)
        => Assert.That(ProcedureCodes.Classify(code), Is.EqualTo(Enum.Parse<ProcedureCodeKind>(kind)));

    [TestCase("LT", true)]
    [TestCase("59", true)]
    [TestCase("L", false)]
    [TestCase("LEFT", false)]
    [TestCase("L-", false)]
    public void Modifiers_are_two_characters(string modifier, bool valid)
        => Assert.That(ProcedureCodes.IsWellFormedModifier(modifier), Is.EqualTo(valid));

    [Test]
    public void Unlisted_skin_code_is_in_the_default_list()
        => Assert.That(ProcedureCodes.DefaultUnlistedCodes, Does.Contain("17999"));
}
