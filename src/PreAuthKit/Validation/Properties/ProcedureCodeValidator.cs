using FluentValidation;
using FluentValidation.Validators;
using PreAuthKit.Codes;

namespace PreAuthKit.Validation.Properties;

/// <summary>
/// A reusable CPT/HCPCS format check (HIPAA code sets, 45 CFR 162.1002): five digits (CPT Category I),
/// four digits and F or T (Category II/III), or a letter A-V and four digits (HCPCS Level II). See <see cref="ProcedureCodes"/>.
/// </summary>
internal sealed class ProcedureCodeValidator<T> : PropertyValidator<T, string?>
{
    public override string Name => "ProcedureCodeValidator";

    public override bool IsValid(ValidationContext<T> context, string? value) => ProcedureCodes.Classify(value) != ProcedureCodeKind.Invalid;

    protected override string GetDefaultMessageTemplate(string errorCode) => "The code is not a CPT or HCPCS code.";
}
