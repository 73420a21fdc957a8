using FluentValidation;
using PreAuthKit.Model;
using PreAuthKit.Tests.Support;
using PreAuthKit.Validation.Properties;

namespace PreAuthKit.Tests.Validation;

/// <summary>The NPI and CPT/HCPCS checks are reusable property validators; the rule validators are stateless and shared.</summary>
public class PropertyValidatorTests
{
    [TestCase("1234567893", true, true)]
    [TestCase("1234567890", true, false)]
    [TestCase("3234567893", false, true)]
    [TestCase("12345", false, true)]
    public void Npi_validator_checks_format_and_check_digit_separately(string npi, bool wellFormed, bool checkDigitOk)
    {
        Assert.That(new OneRule<Provider>(r => r.RuleFor(p => p.Npi).SetValidator(new NpiValidator<Provider>(NpiCheck.Format))).Validate(new Provider { Npi = npi }).IsValid, Is.EqualTo(wellFormed));
        Assert.That(new OneRule<Provider>(r => r.RuleFor(p => p.Npi).SetValidator(new NpiValidator<Provider>(NpiCheck.CheckDigit))).Validate(new Provider { Npi = npi }).IsValid, Is.EqualTo(checkDigitOk));
    }

    [TestCase("17999", true)]
    [TestCase("0479T", true)]
    [TestCase("J3301", true)]
    [TestCase("1799", false)]
    [TestCase("W1234", false)]
    public void Procedure_code_validator_accepts_cpt_and_hcpcs(string code, bool valid)
        => Assert.That(new OneRule<Procedure>(r => r.RuleFor(p => p.Code).SetValidator(new ProcedureCodeValidator<Procedure>())).Validate(new Procedure { Code = code }).IsValid, Is.EqualTo(valid));

    [Test]
    public void One_validator_instance_serves_concurrent_runs_with_different_facts()
    {
        var sample = TestCases.BurnScarForearm();
        var late = sample with { Case = sample.Case with { Patient = sample.Case.Patient with { DateOfBirth = new DateOnly(2030, 1, 1) } } };
        var generator = TestCases.Generator();

        var reports = Enumerable.Range(0, 16).AsParallel().Select(i => (i, report: generator.Validate(i % 2 == 0 ? sample : late))).ToList();

        Assert.That(reports.Where(r => r.i % 2 == 1).All(r => r.report.Errors.Any(f => f.Code == "PAK-PAT-004")), Is.True);
        Assert.That(reports.Where(r => r.i % 2 == 0).All(r => r.report.Errors.All(f => f.Code != "PAK-PAT-004")), Is.True);
    }

    private sealed class OneRule<T> : AbstractValidator<T>
    {
        public OneRule(Action<OneRule<T>> define) => define(this);
    }
}
