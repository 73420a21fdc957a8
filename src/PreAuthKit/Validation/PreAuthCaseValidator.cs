using FluentValidation;
using PreAuthKit.Model;

namespace PreAuthKit.Validation;

/// <summary>The first validator: the fields every request needs before anything else is checked.</summary>
internal sealed class PreAuthCaseValidator : AbstractValidator<PreAuthCase>
{
    public PreAuthCaseValidator(DateOnly today)
    {
        RuleFor(c => c.Patient.FirstName).NotEmpty().WithErrorCode("PAK-PAT-001").OverridePropertyName("patient.firstName")
            .WithMessage("Patient first name is missing: enter it as on the insurance card.").WithState(_ => "Patient");
        RuleFor(c => c.Patient.LastName).NotEmpty().WithErrorCode("PAK-PAT-002").OverridePropertyName("patient.lastName")
            .WithMessage("Patient last name is missing: enter it as on the insurance card.").WithState(_ => "Patient");
        RuleFor(c => c.Patient.DateOfBirth).Must(d => d != default && d <= today).WithErrorCode("PAK-PAT-003").OverridePropertyName("patient.dateOfBirth")
            .WithMessage("Patient date of birth is missing or in the future: enter it as YYYY-MM-DD.").WithState(_ => "Patient");
        RuleFor(c => c.Patient.MemberId).NotEmpty().WithErrorCode("PAK-PAT-005").OverridePropertyName("patient.memberId")
            .WithMessage("Member ID is missing: copy it from the patient's insurance card.").WithState(_ => "Patient");
        RuleFor(c => c.Payer.Name).NotEmpty().WithErrorCode("PAK-PAY-001").OverridePropertyName("payer.name")
            .WithMessage("Payer name is missing: enter the insurer as printed on the card.").WithState(_ => "Payer");
        RuleFor(c => c.RequestingProvider.Npi).Must(NpiRules.IsWellFormed).WithErrorCode("PAK-NPI-001").OverridePropertyName("requestingProvider.npi")
            .WithMessage("Requesting provider NPI must be 10 digits starting with 1 or 2.").WithState(_ => "Providers");
        RuleFor(c => c.RequestingProvider.Npi).Must(NpiRules.HasValidCheckDigit).When(c => NpiRules.IsWellFormed(c.RequestingProvider.Npi))
            .WithErrorCode("PAK-NPI-002").OverridePropertyName("requestingProvider.npi")
            .WithMessage("Requesting provider NPI fails its check digit: re-check it in NPPES.").WithState(_ => "Providers");
        RuleFor(c => c.Diagnoses).NotEmpty().WithErrorCode("PAK-DX-001").OverridePropertyName("diagnoses")
            .WithMessage("At least one ICD-10-CM diagnosis is required.").WithState(_ => "Diagnoses");
        RuleFor(c => c.Procedures).NotEmpty().WithErrorCode("PAK-CPT-001").OverridePropertyName("procedures")
            .WithMessage("At least one CPT or HCPCS procedure is required.").WithState(_ => "Services");
    }
}
