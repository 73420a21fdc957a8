using PreAuthKit.Codes;
using PreAuthKit.Model;
using PreAuthKit.Validation;

namespace PreAuthKit.ViewModels;

/// <summary>
/// Decides whether a letter is a draft, once per render: a letter whose documentation checklist is
/// incomplete (the checklist of <c>Checklist/DocumentationItems.cs</c>), that lacks an item the letter itself needs (a service description, the unlisted-code narrative,
/// representative designation, time of an urgent submission) or that draws a cosmetic-risk warning
/// is stamped <see cref="Stamp"/> on every page, and its gaps go to a clinic-facing section instead
/// of the payer's copy. With strict validation a draft is refused (<c>PAK-LTR-001</c>).
/// </summary>
internal sealed class DraftGate
{
    /// <summary>The stamp every page of a draft carries.</summary>
    public const string Stamp = "DRAFT \u2014 NOT FOR SUBMISSION";

    /// <summary>Warnings that mean the letter would argue from appearance: a draft until the clinic resolves them.</summary>
    public static IReadOnlySet<string> CosmeticRiskCodes { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        Validation.Findings.FindingCatalog.Assessment.CosmeticRisk.Code,
        Validation.Findings.FindingCatalog.Diagnosis.AllCosmetic.Code,
    };

    /// <summary>Policy findings that keep a letter a draft: a criterion not met (PAK-POL-101) or needing attestation (PAK-POL-102).</summary>
    public static IReadOnlySet<string> PolicyGapCodes { get; } = new HashSet<string>(StringComparer.Ordinal) { Validation.Findings.FindingCatalog.Policy.CriterionNotMet.Code, Validation.Findings.FindingCatalog.Policy.NeedsAttestation.Code };

    private DraftGate(IReadOnlyList<string> missing, IReadOnlyList<string> warnings)
    {
        Missing = missing;
        Warnings = warnings;
    }

    /// <summary>What the clinic still has to supply, in words (not escaped).</summary>
    public IReadOnlyList<string> Missing { get; }

    /// <summary>Cosmetic-risk warnings the letter draws, as messages (not escaped).</summary>
    public IReadOnlyList<string> Warnings { get; }

    public bool IsDraft => Missing.Count > 0 || Warnings.Count > 0;

    public static DraftGate For(PreAuthCase @case, DocumentationChecklist checklist, ValidationReport? report, ValidationOptions? options = null)
    {
        var unlisted = new HashSet<string>((options?.UnlistedProcedureCodes ?? [.. ProcedureCodes.DefaultUnlistedCodes]).Select(ProcedureCodes.Normalize), StringComparer.Ordinal);
        var missing = checklist.Missing.Select(item => item.Title).ToList();
        missing.AddRange(LetterGaps(@case, unlisted));

        // Medical-policy criteria not met or awaiting the physician's attestation (docs/policies.md): the
        // letter cannot claim the policy is met, so it stays a draft until the clinic closes them.
        missing.AddRange((report?.Findings ?? []).Where(f => PolicyGapCodes.Contains(f.Code)).Select(f => f.Message));
        var warnings = (report?.Findings ?? [])
            .Where(f => CosmeticRiskCodes.Contains(f.Code))
            .Select(f => f.Message)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return new DraftGate(missing, warnings);
    }

    /// <summary>Items the letter's own statements need beyond the documentation checklist.</summary>
    private static IEnumerable<string> LetterGaps(PreAuthCase @case, HashSet<string> unlisted)
    {
        foreach (var procedure in @case.Procedures.Where(p => p is not null && !Has(p.Description)))
        {
            yield return $"The clinic's description of service {Formats.ProcedureCode(procedure.Code)} (procedures[].description)";
        }

        foreach (var procedure in @case.Procedures.Where(p => p is not null && unlisted.Contains(ProcedureCodes.Normalize(p.Code))))
        {
            if (!Has(procedure.ComparableCode))
            {
                yield return $"A comparable listed code for unlisted code {Formats.ProcedureCode(procedure.Code)} (procedures[].comparableCode), which the payer prices the service from";
            }

            if (!Has(procedure.UnlistedNarrative))
            {
                yield return $"The time, effort and equipment of unlisted code {Formats.ProcedureCode(procedure.Code)} (procedures[].unlistedNarrative)";
            }
        }

        if (@case.ReviewType == ReviewType.Urgent && @case.Appeal is null && @case.SubmittedAt is null)
        {
            yield return "The time the urgent request is sent (submittedAt), so the 72-hour clock can be checked";
        }

        if (@case.Appeal is { } appeal)
        {
            if (AppealRoute.NeedsRepresentativeDesignation(appeal, @case.Payer.PlanType) && !Has(appeal.RepresentativeDesignation))
            {
                yield return "The patient's signed designation of the appellant as authorized representative (appeal.representativeDesignation)";
            }

            if (appeal.PeerToPeerRequested && !Has(@case.RequestingProvider.DirectLine))
            {
                yield return "The treating physician's direct line for the peer-to-peer conversation (requestingProvider.directLine)";
            }
        }
    }

    private static bool Has(string? value) => !string.IsNullOrWhiteSpace(value);
}
