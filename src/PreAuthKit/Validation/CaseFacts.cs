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
        DateOfService = Codes.CodeSetDate.Of(@case);
    }

    public PreAuthCase Case { get; }

    /// <summary>Today, from the generator's <see cref="TimeProvider"/>.</summary>
    public DateOnly Today { get; }

    /// <summary>
    /// The date of service (<see cref="Codes.CodeSetDate.Of"/>): the appealed claim's date of service
    /// when there is one, else the first procedure start date, else the submission date. It picks the ICD-10-CM fiscal year
    /// (codes are valid for dates of service in the fiscal year of their release; CMS ICD-10-CM
    /// Official Guidelines, Section I.A) and the official descriptions printed for diagnoses.
    /// </summary>
    public DateOnly DateOfService { get; }
}
