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
        DateOfService = @case.Procedures.Where(p => p?.StartDate is not null).Select(p => p.StartDate!.Value).DefaultIfEmpty(@case.SubmittedOn).Min();
        FiledOn = @case.SubmittedOn != default ? @case.SubmittedOn : today;
        if (@case.Appeal is { } appeal)
        {
            DenialCode = DenialCodes.TryParse(appeal.DenialCode, out var code) ? code : null;
            DenialCategory = DenialCodes.Categorize(DenialCode);
            Deadline = AppealDeadlineCalculator.Compute(appeal, @case.Payer.PlanType, @case.Patient.Address?.State, FiledOn, deadlines ?? new AppealDeadlineOptions());
        }
    }

    public PreAuthCase Case { get; }

    /// <summary>Today, from the generator's <see cref="TimeProvider"/>.</summary>
    public DateOnly Today { get; }

    /// <summary>
    /// The first procedure start date, else the submission date. It picks the ICD-10-CM fiscal year
    /// (codes are valid for dates of service in the fiscal year of their release; CMS ICD-10-CM
    /// Official Guidelines, Section I.A) and the official descriptions printed for diagnoses.
    /// </summary>
    public DateOnly DateOfService { get; }

    /// <summary>The date the document is filed: the submission date, or today when the case has none (which is itself an error).</summary>
    public DateOnly FiledOn { get; }

    /// <summary>The appeal's filing deadline, computed once (null without an appeal section).</summary>
    public AppealDeadline? Deadline { get; }

    /// <summary>The parsed denial code (an empty code when it cannot be read).</summary>
    public DenialCode? DenialCode { get; }

    /// <summary>What kind of denial the appeal answers (<see cref="DenialCategory.Other"/> without an appeal).</summary>
    public DenialCategory DenialCategory { get; } = DenialCategory.Other;
}
