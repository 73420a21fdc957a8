using PreAuthKit.Policies;
using Spectre.Console;

namespace PreAuthKit.Sample.Output;

/// <summary><c>validate</c>'s criteria evaluation: the policy, then one row per criterion with its status and evidence or what is missing.</summary>
internal static class PolicyTable
{
    public static void Write(IAnsiConsole console, PolicyEvaluation? evaluation)
    {
        ArgumentNullException.ThrowIfNull(console);
        if (evaluation is null)
        {
            return;
        }

        var pack = evaluation.Pack;
        var revision = pack.Version ?? pack.EffectiveDate?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var table = new Table
        {
            Border = TableBorder.Rounded,
            Title = new TableTitle($"Medical policy {pack.PolicyId}: {pack.Title} ({revision}){(pack.IsExample ? ", EXAMPLE pack: check against the payer's current policy" : "")}"),
        };
        table.AddColumns("Criterion", "Status", "Evidence or what is missing");
        foreach (var result in evaluation.Criteria)
        {
            var detail = result.Status == CriterionStatus.Met
                ? string.Join("; ", result.Evidence.Select(e => e.Summary))
                : string.Join("; ", result.Gaps);
            table.AddRow(new Text($"{result.Criterion.Id}. {result.Criterion.Text}"), new Text(Status(result.Status), StatusStyle(result.Status)), new Text(detail));
        }

        console.Write(table);
        var met = evaluation.Criteria.Count(c => c.Status == CriterionStatus.Met);
        console.WriteLine($"{met} of {evaluation.Criteria.Count} criteria met.");
    }

    public static string Status(CriterionStatus status) => status switch
    {
        CriterionStatus.Met => "met",
        CriterionStatus.NeedsAttestation => "needs attestation",
        _ => "not met",
    };

    private static Style StatusStyle(CriterionStatus status) => status switch
    {
        CriterionStatus.Met => new Style(Color.Green),
        CriterionStatus.NeedsAttestation => new Style(Color.Yellow),
        _ => new Style(Color.Red),
    };
}
