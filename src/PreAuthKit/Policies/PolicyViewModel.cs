using PreAuthKit.ViewModels;
using Scriban.Runtime;

namespace PreAuthKit.Policies;

/// <summary>
/// The <c>policy</c> object templates see (partials/policy-criteria.md.sbn): the policy's names and
/// one row per criterion with its status, the evidence in a few words and where the letter prints
/// it ("p. 3, Prior treatments and outcomes"). Every string is escaped for Markdown here. Before the
/// first layout pass page numbers are unknown and print as "p. ?".
/// </summary>
internal static class PolicyViewModel
{
    /// <summary>Characters of criterion and evidence text in the page-1 table (the body quotes both in full).</summary>
    public const int ShortText = 60;

    public static ScriptObject Empty() => new()
    {
        ["has_policy"] = false,
        ["table_heading"] = PolicyEvaluator.TableHeading,
        ["argument_heading"] = PolicyEvaluator.ArgumentHeading,
        ["id"] = "",
        ["title"] = "",
        ["payer"] = "",
        ["version"] = "",
        ["effective_date"] = "",
        ["source_url"] = "",
        ["is_example"] = false,
        ["all_met"] = false,
        ["criteria"] = new ScriptArray(),
    };

    public static ScriptObject Build(PolicyEvaluation? evaluation, IReadOnlyDictionary<PolicyEvidence, EvidenceLocation> locations)
    {
        var script = Empty();
        if (evaluation is null)
        {
            return script;
        }

        var pack = evaluation.Pack;
        script["has_policy"] = true;
        script["id"] = Escape(pack.PolicyId);
        script["title"] = Escape(pack.Title);
        script["payer"] = Escape(pack.Payer.Name);
        script["version"] = Escape(pack.Version);
        script["effective_date"] = Formats.Date(pack.EffectiveDate);
        script["source_url"] = Escape(pack.SourceUrl.AbsoluteUri);
        script["is_example"] = pack.IsExample;
        script["all_met"] = evaluation.AllMet;
        var rows = new ScriptArray();
        foreach (var result in evaluation.Criteria)
        {
            var items = new ScriptArray();
            foreach (var evidence in result.Evidence)
            {
                items.Add(new ScriptObject
                {
                    ["summary"] = Escape(evidence.Summary),
                    ["where"] = Escape(Where(evidence, locations)),
                });
            }

            rows.Add(new ScriptObject
            {
                ["id"] = Escape(result.Criterion.Id),
                ["text"] = Escape(result.Criterion.Text),
                ["short_text"] = Escape(PolicyEvaluator.Shorten(result.Criterion.Text, ShortText)),
                ["short_evidence"] = Escape(PolicyEvaluator.Shorten(result.Status == CriterionStatus.Met
                    ? string.Join("; ", result.Evidence.Select(e => e.Summary))
                    : "Missing: " + string.Join("; ", result.Gaps), ShortText)),
                ["status"] = Status(result.Status),
                ["met"] = result.Status == CriterionStatus.Met,
                ["evidence"] = Escape(result.Status == CriterionStatus.Met
                    ? string.Join("; ", result.Evidence.Select(e => e.Summary))
                    : "Missing: " + string.Join("; ", result.Gaps)),
                ["where"] = Escape(string.Join("; ", result.Evidence.Select(e => Where(e, locations)).Distinct())),
                ["items"] = items,
                ["attestation"] = Escape(result.Status == CriterionStatus.Met ? Attestation(result) : ""),
            });
        }

        script["criteria"] = rows;
        return script;
    }

    private static string Attestation(CriterionResult result)
        => result.Evidence.FirstOrDefault(e => e.InPolicySection) is { } evidence ? evidence.FullText ?? "" : "";

    private static string Where(PolicyEvidence evidence, IReadOnlyDictionary<PolicyEvidence, EvidenceLocation> locations)
        => locations.TryGetValue(evidence, out var location)
            ? $"p. {Formats.Count(location.Page)}, {location.Section}"
            : $"p. ?, {evidence.PreferredSection ?? "this letter"}";

    internal static string Status(CriterionStatus status) => status switch
    {
        CriterionStatus.Met => "Met",
        CriterionStatus.NeedsAttestation => "Needs attestation",
        _ => "Not met",
    };

    private static string Escape(string? value) => MarkdownText.Escape(value?.Trim());
}
