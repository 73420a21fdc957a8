using PreAuthKit.Model;

namespace PreAuthKit.Codes;

/// <summary>
/// The date whose ICD-10-CM code set applies to a case. A covered entity must use the medical data
/// code sets "that are valid at the time the health care is furnished" (45 CFR 162.1000(a); the code
/// sets themselves are adopted in 45 CFR 162.1002), so an appeal uses the denied claim's date of service
/// (<c>appeal.dateOfService</c>), not the date the letter is written; a request uses the first
/// requested start date, else the submission date.
/// </summary>
internal static class CodeSetDate
{
    /// <summary>The date of service that selects the code set.</summary>
    public static DateOnly Of(PreAuthCase @case)
    {
        ArgumentNullException.ThrowIfNull(@case);
        if (@case.Appeal?.DateOfService is { } furnished && furnished != default)
        {
            return furnished;
        }

        return @case.Procedures.Where(p => p?.StartDate is not null).Select(p => p.StartDate!.Value).DefaultIfEmpty(@case.SubmittedOn).Min();
    }
}
