using System.Globalization;
using PreAuthKit.Checklist;
using PreAuthKit.Model;
using PreAuthKit.ViewModels;

namespace PreAuthKit.Policies;

/// <summary>
/// Evaluates a case against a policy pack, criterion by criterion. The semantics of every evidence
/// kind (inclusive thresholds, code ranges, months arithmetic) are documented in <c>docs/policies.md</c>;
/// this class is their one implementation. Pure: the same case and pack give the same result.
/// </summary>
internal static class PolicyEvaluator
{
    /// <summary>Heading of the letter's criteria table (page 1).</summary>
    public const string TableHeading = "Medical policy criteria";

    /// <summary>Heading of the body's criterion-by-criterion argument.</summary>
    public const string ArgumentHeading = "How the request meets the policy criteria";

    /// <summary>Heading of the diagnoses table (templates/partials/diagnoses-table.md.sbn).</summary>
    public const string DiagnosesSection = "Diagnoses";

    private const int AnchorWords = 6;

    public static PolicyEvaluation Evaluate(PreAuthCase @case, PolicyPack pack)
    {
        var results = pack.Criteria.Select(criterion =>
        {
            var outcome = Evaluate(criterion.Requirement, new Context(@case, pack, criterion));
            return new CriterionResult(criterion, outcome.Status, outcome.Evidence, outcome.Gaps);
        }).ToList();

        // An appeal answers the criteria its denial cited first, in the order cited; the rest keep the pack's order.
        var cited = @case.Appeal is null ? [] : (@case.Policy?.CitedCriteria ?? []);
        var ordered = cited
            .Select(id => results.FirstOrDefault(r => string.Equals(r.Criterion.Id, id?.Trim(), StringComparison.OrdinalIgnoreCase)))
            .OfType<CriterionResult>()
            .Distinct()
            .ToList();
        ordered.AddRange(results.Where(r => !ordered.Contains(r)));
        return new PolicyEvaluation(pack, ordered);
    }

    /// <summary>The findings an evaluation draws: one per criterion not met or needing attestation, and attestations or citations naming no criterion.</summary>
    public static IReadOnlyList<ValidationFinding> Findings(PreAuthCase @case, PolicyEvaluation evaluation, bool strict)
    {
        var findings = new List<ValidationFinding>();
        var policy = $"{evaluation.Pack.PolicyId}";
        foreach (var result in evaluation.Criteria)
        {
            var gaps = result.Gaps.Count > 0 ? " Missing: " + string.Join("; ", result.Gaps) + "." : "";
            if (result.Status == CriterionStatus.NotMet)
            {
                findings.Add(PolicyFindings.Case(PolicyFindings.CriterionNotMet, $"policy.criteria[{result.Criterion.Id}]",
                    $"Criterion {result.Criterion.Id} of medical policy {policy} is not met by the case record.{gaps} Add the documentation, or expect the payer to deny on this criterion.", strict));
            }
            else if (result.Status == CriterionStatus.NeedsAttestation)
            {
                findings.Add(PolicyFindings.Case(PolicyFindings.NeedsAttestation, $"policy.attestations",
                    $"Criterion {result.Criterion.Id} of medical policy {policy} needs the physician's attestation: add an entry with \"criterion\": \"{result.Criterion.Id}\" to policy.attestations.", strict));
            }
        }

        var ids = evaluation.Pack.Criteria.Select(c => c.Id).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var attestations = @case.Policy?.Attestations ?? [];
        for (var i = 0; i < attestations.Count; i++)
        {
            if (attestations[i] is null || !ids.Contains(attestations[i].Criterion?.Trim() ?? ""))
            {
                findings.Add(PolicyFindings.Case(PolicyFindings.UnknownCriterion, $"policy.attestations[{i}].criterion",
                    $"This attestation names no criterion of medical policy {policy}; it is not printed. Use one of: {string.Join(", ", ids.Order(StringComparer.Ordinal))}.", strict));
            }
        }

        var cited = @case.Policy?.CitedCriteria ?? [];
        for (var i = 0; i < cited.Count; i++)
        {
            if (!ids.Contains(cited[i]?.Trim() ?? ""))
            {
                findings.Add(PolicyFindings.Case(PolicyFindings.UnknownCriterion, $"policy.citedCriteria[{i}]",
                    $"The cited criterion is not in medical policy {policy}. Use one of: {string.Join(", ", ids.Order(StringComparer.Ordinal))}.", strict));
            }
        }

        return findings;
    }

    private sealed record Context(PreAuthCase Case, PolicyPack Pack, PolicyCriterion Criterion);

    private static RequirementOutcome Evaluate(PolicyRequirement requirement, Context context)
    {
        var outcome = requirement.Kind switch
        {
            RequirementKind.Group => Group(requirement, context),
            RequirementKind.Diagnosis => Diagnosis(requirement, context.Case),
            RequirementKind.FunctionalImpairment => Listed(requirement, context.Case.Assessment?.FunctionalImpairments ?? [], "documented functional impairment", LetterSections.FunctionalImpairment),
            RequirementKind.Symptom => Listed(requirement, context.Case.Assessment?.Symptoms ?? [], "documented symptom", LetterSections.FunctionalImpairment),
            RequirementKind.Measurement => PolicyMeasurements.Evaluate(requirement, context.Case),
            RequirementKind.PriorTreatment => PriorTreatment(requirement, context.Case),
            RequirementKind.ConditionDuration => ConditionDuration(requirement, context.Case),
            RequirementKind.Photographs => Photographs(requirement, context.Case),
            RequirementKind.Sessions => Sessions(requirement, context),
            RequirementKind.RecordText => RecordText(requirement, context.Case),
            RequirementKind.Attestation => Attestation(requirement, context),
            _ => RequirementOutcome.NotMet("unsupported evidence kind"),
        };

        // A leaf's gap is described by the pack's label when it has one.
        return outcome.Status != CriterionStatus.Met && requirement.Label is { } label && requirement.Kind != RequirementKind.Group
            ? outcome with { Gaps = [label] }
            : outcome;
    }

    /// <summary>
    /// all: not met if any child is not met, else needs attestation if any child needs it, else met (evidence of every child).
    /// any: met if any child is met (the first met child's evidence), else needs attestation if any child needs it, else not met.
    /// </summary>
    private static RequirementOutcome Group(PolicyRequirement group, Context context)
    {
        var children = group.Requirements.Select(r => Evaluate(r, context)).ToList();
        if (group.Any)
        {
            var met = children.FirstOrDefault(c => c.Status == CriterionStatus.Met);
            if (met is not null)
            {
                return met;
            }

            var attest = children.FirstOrDefault(c => c.Status == CriterionStatus.NeedsAttestation);
            var anyGaps = new[] { "one of: " + string.Join(" or ", children.SelectMany(c => c.Gaps)) };
            if (group.Label is { } anyLabel)
            {
                anyGaps = [anyLabel];
            }

            return attest ?? new RequirementOutcome(CriterionStatus.NotMet, [], anyGaps);
        }

        var status = children.Any(c => c.Status == CriterionStatus.NotMet) ? CriterionStatus.NotMet
            : children.Any(c => c.Status == CriterionStatus.NeedsAttestation) ? CriterionStatus.NeedsAttestation
            : CriterionStatus.Met;
        var evidence = children.SelectMany(c => c.Evidence).ToList();
        var gaps = status == CriterionStatus.Met ? [] : (group.Label is { } allLabel ? [allLabel] : children.Where(c => c.Status != CriterionStatus.Met).SelectMany(c => c.Gaps).ToList());
        return new RequirementOutcome(status, evidence, gaps);
    }

    /// <summary>A case code matches a listed code when it equals it or lies below it (prefix, no dot); or when it lies in a listed range.</summary>
    private static RequirementOutcome Diagnosis(PolicyRequirement requirement, PreAuthCase @case)
    {
        foreach (var diagnosis in (@case.Diagnoses ?? []).Where(d => d is not null).OrderByDescending(d => d.Primary))
        {
            if (requirement.PrimaryOnly && !diagnosis.Primary)
            {
                continue;
            }

            var code = PolicyPackParser.NormalizeIcd(diagnosis.Code ?? "");
            if (code.Length > 0 && (requirement.Codes.Any(c => code.StartsWith(c, StringComparison.Ordinal)) || requirement.Ranges.Any(r => r.Contains(code))))
            {
                var printed = Formats.Icd10(diagnosis.Code!);
                var description = string.IsNullOrWhiteSpace(diagnosis.Description) ? "" : " " + Shorten(diagnosis.Description, 40);
                return RequirementOutcome.Met(new PolicyEvidence($"{printed}{description}{(diagnosis.Primary ? " (primary)" : "")}", printed, DiagnosesSection));
            }
        }

        var listed = requirement.Codes.Select(Dotted).Concat(requirement.Ranges.Select(r => $"{Dotted(r.From)}-{Dotted(r.To)}"));
        return RequirementOutcome.NotMet($"{(requirement.PrimaryOnly ? "a primary" : "a")} diagnosis in {string.Join(", ", listed)}");
    }

    /// <summary>Impairments or symptoms: at least minCount entries, each (when terms are given) containing one of the terms, case-insensitive.</summary>
    private static RequirementOutcome Listed(PolicyRequirement requirement, IReadOnlyList<string> entries, string what, string section)
    {
        var matching = entries.Where(e => !string.IsNullOrWhiteSpace(e) && (requirement.Terms.Count == 0 || ContainsAny(e, requirement.Terms))).ToList();
        if (matching.Count >= requirement.MinCount)
        {
            return new RequirementOutcome(CriterionStatus.Met, matching.Take(Math.Max(1, requirement.MinCount)).Select(e => new PolicyEvidence(Shorten(e, 60), Anchor(e), section)).ToList(), []);
        }

        var terms = requirement.Terms.Count == 0 ? "" : $" mentioning {string.Join(" or ", requirement.Terms.Select(t => $"'{t}'"))}";
        return RequirementOutcome.NotMet(requirement.MinCount == 1 ? $"a {what}{terms}" : $"{requirement.MinCount} {what}s{terms}");
    }

    /// <summary>
    /// Prior treatments whose name contains any term (all treatments when no terms). minCount counts them;
    /// minMonths is met when their dated periods, merged where they overlap or touch (an ongoing treatment
    /// runs to the submission date), contain one continuous span with start.AddMonths(N) on or before its end.
    /// </summary>
    private static RequirementOutcome PriorTreatment(PolicyRequirement requirement, PreAuthCase @case)
    {
        var matching = (@case.History?.PriorTreatments ?? [])
            .Where(t => t is not null && !string.IsNullOrWhiteSpace(t.Treatment) && (requirement.Terms.Count == 0 || ContainsAny(t.Treatment, requirement.Terms)))
            .Where(t => !requirement.RequireOutcome || !string.IsNullOrWhiteSpace(t.Outcome))
            .ToList();
        var terms = requirement.Terms.Count == 0 ? "prior treatment" : $"prior treatment with {string.Join(" or ", requirement.Terms.Select(t => $"'{t}'"))}";
        var outcome = requirement.RequireOutcome ? " and its outcome" : "";
        if (matching.Count < requirement.MinCount)
        {
            return RequirementOutcome.NotMet(requirement.MinCount == 1 ? $"a documented {terms}{outcome}" : $"{requirement.MinCount} documented treatments ({terms}){outcome}");
        }

        if (requirement.MinMonths is not { } months)
        {
            return new RequirementOutcome(CriterionStatus.Met, matching.Take(Math.Max(1, requirement.MinCount)).Select(t => Treatment(t, @case.SubmittedOn)).ToList(), []);
        }

        var spans = Spans(matching, @case.SubmittedOn);
        var span = spans.FirstOrDefault(s => s.Start.AddMonths(months) <= s.End);
        if (span is null)
        {
            return RequirementOutcome.NotMet($"{terms} over at least {months} months (dated start and end)");
        }

        // The fewest facts that decide it: the longest single treatment when it lasted long enough alone, else the span's treatments.
        var single = span.Treatments
            .Where(t => t.StartedOn!.Value.AddMonths(months) <= (t.EndedOn ?? @case.SubmittedOn))
            .OrderByDescending(t => (t.EndedOn ?? @case.SubmittedOn).DayNumber - t.StartedOn!.Value.DayNumber)
            .FirstOrDefault();
        var deciding = single is not null && requirement.MinCount <= 1 ? [single] : span.Treatments;
        return new RequirementOutcome(CriterionStatus.Met, deciding.Select(t => Treatment(t, @case.SubmittedOn)).ToList(), []);
    }

    private sealed record Span(DateOnly Start, DateOnly End, List<PriorTreatment> Treatments);

    private static List<Span> Spans(IEnumerable<PriorTreatment> treatments, DateOnly submittedOn)
    {
        var spans = new List<Span>();
        foreach (var treatment in treatments.Where(t => t.StartedOn is not null).OrderBy(t => t.StartedOn))
        {
            var start = treatment.StartedOn!.Value;
            var end = treatment.EndedOn ?? submittedOn;
            if (end < start)
            {
                continue;
            }

            var last = spans.Count > 0 ? spans[^1] : null;
            if (last is not null && start <= last.End.AddDays(1))
            {
                spans[^1] = last with { End = end > last.End ? end : last.End, Treatments = [.. last.Treatments, treatment] };
            }
            else
            {
                spans.Add(new Span(start, end, [treatment]));
            }
        }

        return spans;
    }

    private static PolicyEvidence Treatment(PriorTreatment treatment, DateOnly submittedOn)
    {
        var months = treatment.StartedOn is { } start ? WholeMonths(start, treatment.EndedOn ?? submittedOn) : (int?)null;
        var duration = months is { } m ? $", {Formats.Count(m)} month{(m == 1 ? "" : "s")}" : "";
        return new PolicyEvidence(Shorten(treatment.Treatment, 45) + duration, Anchor(treatment.Treatment), LetterSections.PriorTreatments);
    }

    /// <summary>Whole calendar months from start to end: the largest n with start.AddMonths(n) on or before end.</summary>
    internal static int WholeMonths(DateOnly start, DateOnly end)
    {
        if (end < start)
        {
            return 0;
        }

        var months = ((end.Year - start.Year) * 12) + end.Month - start.Month;
        while (months > 0 && start.AddMonths(months) > end)
        {
            months--;
        }

        return months;
    }

    /// <summary>The condition has lasted at least N months: onset.AddMonths(N) on or before the submission date.</summary>
    private static RequirementOutcome ConditionDuration(PolicyRequirement requirement, PreAuthCase @case)
    {
        var months = requirement.MinMonths ?? 0;
        if (@case.History?.Onset is not { } onset)
        {
            return RequirementOutcome.NotMet($"the onset date (the condition must have lasted at least {months} months)");
        }

        if (onset.AddMonths(months) > @case.SubmittedOn)
        {
            return RequirementOutcome.NotMet($"a condition present at least {months} months before submission");
        }

        var date = Formats.Date(onset);
        return RequirementOutcome.Met(new PolicyEvidence($"onset {date}, {Formats.Count(WholeMonths(onset, @case.SubmittedOn))} months before submission", "Onset: " + date, LetterSections.History));
    }

    /// <summary>At least minCount photographs that are dated (unless requireDated is false), have consent on file (when required) and were taken no more than maxAgeDays before submission.</summary>
    private static RequirementOutcome Photographs(PolicyRequirement requirement, PreAuthCase @case)
    {
        var photos = (@case.Photos ?? []).Select((photo, index) => (photo, number: index + 1))
            .Where(p => p.photo is not null && !string.IsNullOrWhiteSpace(p.photo.Path))
            .Where(p => !requirement.RequireDated || p.photo.TakenOn is not null)
            .Where(p => !requirement.RequireConsent || p.photo.ConsentOnFile)
            .Where(p => requirement.MaxAgeDays is not { } days || (p.photo.TakenOn is { } taken && taken >= @case.SubmittedOn.AddDays(-days) && taken <= @case.SubmittedOn))
            .ToList();
        if (photos.Count < requirement.MinCount)
        {
            var qualifiers = string.Join(", ", new[]
            {
                requirement.RequireDated ? "dated" : null,
                requirement.RequireConsent ? "with consent on file" : null,
                requirement.MaxAgeDays is { } d ? $"taken within {Formats.Count(d)} days before submission" : null,
            }.OfType<string>());
            return RequirementOutcome.NotMet($"{Formats.Count(requirement.MinCount)} photograph{(requirement.MinCount == 1 ? "" : "s")}{(qualifiers.Length > 0 ? " (" + qualifiers + ")" : "")}");
        }

        var dates = photos.Select(p => p.photo.TakenOn).OfType<DateOnly>().Distinct().Order().Select(Formats.Date).ToList();
        var summary = $"{Formats.Count(photos.Count)} {(requirement.RequireDated ? "dated " : "")}photograph{(photos.Count == 1 ? "" : "s")}{(dates.Count > 0 ? " (" + string.Join(", ", dates) + ")" : "")}";
        return RequirementOutcome.Met(new PolicyEvidence(summary, $"Photograph {Formats.Count(photos[0].number)}", LetterSections.Photographs));
    }

    /// <summary>
    /// Sessions requested: the treatment plan's session count, or when absent the units of the requested
    /// services whose code the pack governs, summed. Met when min &lt;= sessions &lt;= max (both inclusive).
    /// </summary>
    private static RequirementOutcome Sessions(PolicyRequirement requirement, Context context)
    {
        var @case = context.Case;
        var bounds = (requirement.Min, requirement.Max) switch
        {
            ({ } min, { } max) => $"between {Formats.Count(min)} and {Formats.Count(max)} sessions",
            ({ } min, null) => $"at least {Formats.Count(min)} sessions",
            (null, { } max) => $"at most {Formats.Count(max)} sessions",
            _ => "a session count",
        };
        PolicyEvidence evidence;
        int sessions;
        if (@case.TreatmentPlan?.Sessions is { } planned)
        {
            sessions = planned;
            evidence = new PolicyEvidence($"{Formats.Count(planned)} session{(planned == 1 ? "" : "s")} planned", "Sessions: " + Formats.Count(planned), LetterSections.TreatmentPlan);
        }
        else
        {
            var lines = (@case.Procedures ?? []).Where(p => p is not null && context.Pack.ProcedureCodes.Contains(p.Code.Trim().ToUpperInvariant(), StringComparer.Ordinal)).ToList();
            if (lines.Count == 0)
            {
                return RequirementOutcome.NotMet($"{bounds} (no session count in the treatment plan)");
            }

            sessions = lines.Sum(p => p.Units);
            evidence = new PolicyEvidence($"{Formats.Count(sessions)} unit{(sessions == 1 ? "" : "s")} requested", Formats.ProcedureCode(lines[0].Code), "Requested services");
        }

        return (requirement.Min is null || sessions >= requirement.Min) && (requirement.Max is null || sessions <= requirement.Max)
            ? RequirementOutcome.Met(evidence)
            : RequirementOutcome.NotMet(bounds + " requested");
    }

    /// <summary>One of the terms appears (case-insensitive) in one of the named case fields.</summary>
    private static RequirementOutcome RecordText(PolicyRequirement requirement, PreAuthCase @case)
    {
        foreach (var field in requirement.Fields)
        {
            var (text, section) = field switch
            {
                "history.condition" => (@case.History?.Condition, LetterSections.History),
                "history.cause" => (@case.History?.Cause, LetterSections.History),
                "assessment.medicalNecessity" => (@case.Assessment?.MedicalNecessity, LetterSections.Assessment),
                "assessment.expectedBenefit" => (@case.Assessment?.ExpectedBenefit, LetterSections.Assessment),
                _ => (@case.TreatmentPlan?.Rationale, LetterSections.TreatmentPlan),
            };
            var term = text is null ? null : requirement.Terms.FirstOrDefault(t => text.Contains(t, StringComparison.OrdinalIgnoreCase));
            if (term is not null)
            {
                var start = text!.IndexOf(term, StringComparison.OrdinalIgnoreCase);
                var found = text.Substring(start, term.Length);
                return RequirementOutcome.Met(new PolicyEvidence($"{FieldName(field)} mentions \"{found}\"", found, section));
            }
        }

        return RequirementOutcome.NotMet($"{string.Join(" or ", requirement.Fields.Select(FieldName))} mentioning {string.Join(" or ", requirement.Terms.Select(t => $"'{t}'"))}");
    }

    private static string FieldName(string field) => field switch
    {
        "history.condition" => "condition",
        "history.cause" => "cause",
        "assessment.medicalNecessity" => "physician's assessment",
        "assessment.expectedBenefit" => "expected benefit",
        _ => "treatment rationale",
    };

    /// <summary>Met by an entry of <c>policy.attestations</c> naming the criterion with a non-empty statement; otherwise it needs attestation.</summary>
    private static RequirementOutcome Attestation(PolicyRequirement requirement, Context context)
    {
        var attestation = (context.Case.Policy?.Attestations ?? [])
            .FirstOrDefault(a => a is not null && string.Equals(a.Criterion?.Trim(), context.Criterion.Id, StringComparison.OrdinalIgnoreCase) && !string.IsNullOrWhiteSpace(a.Statement));
        return attestation is null
            ? new RequirementOutcome(CriterionStatus.NeedsAttestation, [], [$"the physician's attestation: {requirement.Statement}"])
            : RequirementOutcome.Met(new PolicyEvidence("physician's attestation: " + Shorten(attestation.Statement, 45), Anchor(attestation.Statement), ArgumentHeading, inPolicySection: true, fullText: attestation.Statement));
    }

    internal static bool ContainsAny(string text, IReadOnlyList<string> terms) => terms.Any(t => text.Contains(t, StringComparison.OrdinalIgnoreCase));

    /// <summary>The first few words of a printed text: enough to find it, short enough to sit on one page.</summary>
    internal static string Anchor(string text)
    {
        var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', words.Take(AnchorWords)).TrimEnd('.', ',', ';', ':');
    }

    internal static string Shorten(string text, int max)
    {
        var clean = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (clean.Length <= max)
        {
            return clean;
        }

        var cut = clean.LastIndexOf(' ', max - 1);
        return clean[..(cut > max / 2 ? cut : max - 1)].TrimEnd(',', ';', ':', '.') + "\u2026";
    }

    private static string Dotted(string normalized) => normalized.Length > 3 ? normalized[..3] + "." + normalized[3..] : normalized;

    internal static string Invariant(decimal value) => value.ToString("0.####", CultureInfo.InvariantCulture);
}
