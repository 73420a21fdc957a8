using PreAuthKit.Appeals;
using PreAuthKit.Codes;
using PreAuthKit.Model;

namespace PreAuthKit;

/// <summary>
/// The facts derived from a case once per request, which every later stage (rules, checklist, view
/// model, templates) reads instead of deriving them again: the date of service, the filing date,
/// the appeal deadline and the denial category.
/// </summary>
internal sealed class CaseFacts
{
    public CaseFacts(PreAuthCase @case, DateOnly today, AppealDeadlineOptions? deadlines = null)
    {
        ArgumentNullException.ThrowIfNull(@case);
        Case = @case;
        Today = today;
        DateOfService = CodeSetDate.Of(@case);
        FiledOn = @case.SubmittedOn != default ? @case.SubmittedOn : today;
        if (@case.Appeal is { } appeal)
        {
            DenialCode = DenialCodes.TryParse(appeal.DenialCode, out var code) ? code : null;
            DenialCategory = DenialCodes.Categorize(DenialCode);
            // Null when the dates put the deadline after 9999-12-31 (reported as a finding, never thrown).
            Deadline = AppealDeadlineCalculator.TryCompute(appeal, @case.Payer.PlanType, @case.Patient.Address?.State, FiledOn, deadlines ?? new AppealDeadlineOptions(), out var deadline)
                ? deadline
                : null;
        }
    }

    public PreAuthCase Case { get; }

    /// <summary>Today, from the generator's <see cref="TimeProvider"/>.</summary>
    public DateOnly Today { get; }

    /// <summary>
    /// The date of service (<see cref="CodeSetDate.Of"/>): <c>appeal.dateOfService</c> when an appeal
    /// gives it (the code set valid when the care was furnished, 45 CFR 162.1000(a)), else the first
    /// procedure start date, else the submission date. It picks the ICD-10-CM fiscal year and the
    /// official descriptions printed for diagnoses.
    /// </summary>
    public DateOnly DateOfService { get; }

    /// <summary>The date the document is filed: the submission date, or today when the case has none (which is itself an error).</summary>
    public DateOnly FiledOn { get; }

    /// <summary>The appeal's filing deadline, computed once (null without an appeal section, or when its dates put it after 9999-12-31).</summary>
    public AppealDeadline? Deadline { get; }

    /// <summary>The parsed denial code (an empty code when it cannot be read).</summary>
    public DenialCode? DenialCode { get; }

    /// <summary>What kind of denial the appeal answers (<see cref="DenialCategory.Other"/> without an appeal).</summary>
    public DenialCategory DenialCategory { get; } = DenialCategory.Other;
}
