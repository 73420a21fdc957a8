using System.Globalization;
using FluentValidation;
using PreAuthKit.Appeals;
using PreAuthKit.Codes;
using PreAuthKit.Model;

namespace PreAuthKit.Validation;

/// <summary>The appeal: denial date and code, claim number, the filing deadline, external review prerequisites.</summary>
internal sealed class AppealValidator : AbstractValidator<Appeal>
{
    public AppealValidator(ValidationScope scope)
    {
        const string S = ChecklistSection.Appeal;
        var @case = scope.Case;
        var filedOn = @case.SubmittedOn != default ? @case.SubmittedOn : scope.Today;
        var deadlines = scope.Options.AppealDeadlines ?? new AppealDeadlineOptions();
        AppealDeadline Deadline(Appeal a) => AppealDeadlineCalculator.Compute(a, @case.Payer.PlanType, @case.Patient.Address?.State, filedOn, deadlines);
        bool HasDenialDate(Appeal a) => a.DenialDate != default && a.DenialDate <= scope.Today && a.DenialDate <= filedOn;

        RuleFor(a => a.ClaimNumber).NotEmpty()
            .Finding("PAK-APL-001", S, "Claim or reference number is missing: copy it from the denial notice.");
        RuleFor(a => a.DenialDate).NotEqual(default(DateOnly))
            .Finding("PAK-APL-002", S, "Denial date is missing: enter the date printed on the denial notice (YYYY-MM-DD).");
        RuleFor(a => a.DenialDate).Must(d => d <= scope.Today).When(a => a.DenialDate != default)
            .Finding("PAK-APL-003", S, "Denial date is in the future: check the date on the denial notice.");
        RuleFor(a => a.DenialDate).Must(d => d <= filedOn).When(a => a.DenialDate != default && a.DenialDate <= scope.Today)
            .Finding("PAK-APL-004", S, "Denial date is after the submission date: an appeal is filed after the denial; check both dates.");
        RuleFor(a => a.FinalInternalDenialDate).NotNull().When(a => a.Level == AppealLevel.ExternalReview)
            .Finding("PAK-APL-005", S, "External review needs a final internal denial: appeal internally first, then enter the date of the final internal denial (finalInternalDenialDate).");
        RuleFor(a => a.FinalInternalDenialDate).Must((a, d) => d >= a.DenialDate && d <= filedOn)
            .When(a => a.Level == AppealLevel.ExternalReview && a.FinalInternalDenialDate is not null && a.DenialDate != default)
            .Finding("PAK-APL-006", S, "Final internal denial date must fall between the first denial and the submission date: check the dates.");
        RuleFor(a => a.DenialDate).Must((a, _) => Deadline(a).IsMet).When(a => HasDenialDate(a) && (a.Level != AppealLevel.ExternalReview || a.FinalInternalDenialDate is not null))
            .Finding("PAK-APL-007", S, (a, _) => PassedMessage(Deadline(a)));
        RuleFor(a => a.DenialDate).Must((a, _) => Deadline(a) is var d && (!d.IsMet || d.DaysRemaining > deadlines.WarningWindowDays))
            .When(a => HasDenialDate(a) && (a.Level != AppealLevel.ExternalReview || a.FinalInternalDenialDate is not null))
            .Finding("PAK-APL-008", S, (a, _) => CloseMessage(Deadline(a)), Severity.Warning);
        RuleFor(a => a.DenialCode).NotEmpty()
            .Finding("PAK-APL-009", S, "Denial code is missing: copy the group and reason code from the notice or remittance (e.g. CO-50).", Severity.Warning);
        RuleFor(a => a.DenialCode).Must(c => DenialCodes.TryParse(c, out var code) && code.Description is not null).When(a => !string.IsNullOrWhiteSpace(a.DenialCode))
            .Finding("PAK-APL-010", S, "Denial code is not one PreAuthKit knows (expected a group code CO, PR, OA, PI or CR and a reason such as 50, 96 or 197): check it against the notice; the letter will quote it as written.", Severity.Warning);
        RuleFor(a => a.Level).Must(l => l != AppealLevel.MedicareRedetermination || @case.Payer.PlanType == PlanType.Medicare)
            .Finding("PAK-APL-011", S, "Medicare redetermination applies to Original Medicare only: for this plan type choose first-internal, second-internal or external-review.", Severity.Warning);
    }

    private static string PassedMessage(AppealDeadline deadline)
        => string.Create(CultureInfo.InvariantCulture,
            $"The appeal deadline passed {-deadline.DaysRemaining} day(s) before the submission date (due {deadline.DueOn:yyyy-MM-dd}: {deadline.Basis}). Ask the payer whether a late appeal is accepted for good cause.");

    private static string CloseMessage(AppealDeadline deadline)
        => string.Create(CultureInfo.InvariantCulture,
            $"Only {deadline.DaysRemaining} day(s) remain before the appeal deadline (due {deadline.DueOn:yyyy-MM-dd}: {deadline.Basis}): send the appeal now, by fax or with proof of delivery.");
}
