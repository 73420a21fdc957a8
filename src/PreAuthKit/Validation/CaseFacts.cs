using PreAuthKit.Codes;
using PreAuthKit.Model;

namespace PreAuthKit;

/// <summary>
/// The facts derived from a case once per request, which every later stage reads instead of
/// deriving them again: the date of service (which picks the ICD-10-CM fiscal year) and "today".
/// </summary>
internal sealed class CaseFacts
{
    public CaseFacts(PreAuthCase @case, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(@case);
        Case = @case;
        Today = today;
        DateOfService = CodeSetDate.Of(@case);
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
}
