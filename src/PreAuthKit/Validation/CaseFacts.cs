using PreAuthKit.Appeals;
using PreAuthKit.Codes;
using PreAuthKit.Model;

namespace PreAuthKit;

/// <summary>
/// The facts derived from a case once per request, which every later stage (rules, checklist, view
/// model, templates) reads instead of deriving them again: the date of service, the filing date,
/// the appeal deadline, the denial category and which procedure codes are unlisted.
/// </summary>
internal sealed class CaseFacts
{
    /// <param name="case">The case.</param>
    /// <param name="today">Today, from the generator's clock.</param>
    /// <param name="options">The validation options (appeal deadlines, unlisted codes); the defaults when null.</param>
    public CaseFacts(PreAuthCase @case, DateOnly today, Validation.ValidationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(@case);
        Case = @case;
        UnlistedCodes = new HashSet<string>((options?.UnlistedProcedureCodes ?? [.. ProcedureCodes.DefaultUnlistedCodes]).Select(ProcedureCodes.Normalize), StringComparer.Ordinal);
        Today = today;
        DateOfService = CodeSetDate.Of(@case);
        FiledOn = @case.SubmittedOn != default ? @case.SubmittedOn : today;
        if (@case.Appeal is { } appeal)
        {
            DenialCode = DenialCodes.TryParse(appeal.DenialCode, out var code) ? code : null;
            DenialCategory = DenialCodes.Categorize(DenialCode);
            // Null when the dates put the deadline after 9999-12-31 (reported as a finding, never thrown).
            Deadline = AppealDeadlineCalculator.TryCompute(appeal, @case.Payer.PlanType, @case.Patient.Address?.State, FiledOn, options?.AppealDeadlines ?? new AppealDeadlineOptions(), out var deadline)
                ? deadline
                : null;
        }
    }

    public PreAuthCase Case { get; }

    /// <summary>
    /// The unlisted procedure codes (normalized), from <see cref="Validation.ValidationOptions.UnlistedProcedureCodes"/>:
    /// the coding rules, the draft gate and the letter's services table all ask this one set.
    /// </summary>
    public IReadOnlySet<string> UnlistedCodes { get; }

    /// <summary>True when the procedure code is an unlisted code (it needs a comparable code and a narrative).</summary>
    public bool IsUnlisted(string? code) => code is not null && UnlistedCodes.Contains(ProcedureCodes.Normalize(code));

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
