using FluentValidation;
using FluentValidation.Validators;
using PreAuthKit.Codes;

namespace PreAuthKit.Validation.Properties;

/// <summary>
/// A reusable ICD-10-CM check against the code table of the fiscal year of the date of service
/// (the run's <see cref="ValidationScope"/>, from <c>RootContextData</c>; each code is looked up once
/// per run): fails when the table's verdict is <paramref name="refused"/>, with a message built from
/// the verdict (suggested codes, the fiscal year).
/// </summary>
internal sealed class Icd10CmValidator<T>(Icd10CmStatus refused, Func<Icd10CmCheck, ValidationScope, string> message) : PropertyValidator<T, string?>
{
    /// <summary>The message argument the rule's message template names.</summary>
    public const string MessageArgument = "Icd10CmMessage";

    public override string Name => "Icd10CmValidator";

    public override bool IsValid(ValidationContext<T> context, string? value)
    {
        var scope = ValidationScope.From(context);
        var check = scope.Check(value);
        if (check.Status != refused)
        {
            return true;
        }

        context.MessageFormatter.AppendArgument(MessageArgument, message(check, scope));
        return false;
    }

    protected override string GetDefaultMessageTemplate(string errorCode) => "{" + MessageArgument + "}";
}
