using PreAuthKit.Model;

namespace PreAuthKit.ViewModels;

/// <summary>
/// The rights an appeal invokes, each only where the plan type (and state) makes it apply, each with
/// its citation:
/// <list type="bullet">
/// <item>claim file, criteria and reviewer credentials: ERISA 29 CFR 2560.503-1(h)(2)(iii), (g)(1)(v)(A)
/// and (h)(3)(iv); applied to non-grandfathered insured and individual plans by 45 CFR 147.136(b);</item>
/// <item>a reviewer of the same or similar specialty where state law grants it: Texas, Tex. Ins. Code
/// §4201.356 (state-regulated plans only, not self-funded ERISA plans or Medicare);</item>
/// <item>Medicare Advantage: a physician with expertise in the field reconsiders a medical-necessity
/// denial, 42 CFR 422.590(h)(2);</item>
/// <item>the authorized-representative designation enclosed when the patient is not the appellant.</item>
/// </list>
/// </summary>
internal static class PlanRights
{
    private static readonly Dictionary<string, string> SameSpecialtyStates = new(StringComparer.OrdinalIgnoreCase)
    {
        ["TX"] = "Tex. Ins. Code §4201.356",
    };

    public static IReadOnlyList<LetterParagraph> ForAppeal(PreAuthCase @case, Appeal appeal, AppealRoute route)
    {
        var list = new List<LetterParagraph>();
        var plan = @case.Payer.PlanType;
        var internalLevel = appeal.Level is AppealLevel.FirstInternal or AppealLevel.SecondInternal;
        if (internalLevel && plan is PlanType.Erisa or PlanType.Commercial or PlanType.AcaIndividual)
        {
            list.Add(new("claim-file", "Claim file, criteria and reviewer credentials",
                "Please provide, free of charge, copies of all documents, records and other information relevant to this claim, including the internal rule, guideline, protocol or medical-policy criterion relied on in the denial and the names and credentials of the health care professionals whose advice was obtained. Please provide them in time for them to be answered before the appeal is decided.",
                plan == PlanType.Erisa
                    ? "29 CFR 2560.503-1(h)(2)(iii), (g)(1)(v)(A) and (h)(3)(iv)"
                    : "45 CFR 147.136(b), incorporating 29 CFR 2560.503-1(h)(2)(iii), (g)(1)(v)(A) and (h)(3)(iv)"));
        }

        var state = @case.Patient.Address?.State?.Trim();
        if (internalLevel && plan is PlanType.Commercial or PlanType.AcaIndividual && state is not null && SameSpecialtyStates.TryGetValue(state, out var statute))
        {
            list.Add(new("same-specialty", "Reviewer of the same or similar specialty",
                $"I ask that this appeal be decided by a physician in the same or a similar specialty as the treating physician{Specialty(@case)}, as state law requires for the appeal of an adverse determination.",
                statute));
        }

        if (appeal.Level == AppealLevel.FirstInternal && plan == PlanType.MedicareAdvantage)
        {
            list.Add(new("ma-physician-reviewer", "Physician reviewer with expertise in the field",
                $"Because the denial rests on medical necessity, I ask that the reconsideration be made by a physician with expertise in the field of medicine appropriate to the services{Specialty(@case)}.",
                "42 CFR 422.590(h)(2)"));
        }

        if (AppealRoute.NeedsRepresentativeDesignation(appeal, plan))
        {
            var enclosed = !string.IsNullOrWhiteSpace(appeal.RepresentativeDesignation);
            list.Add(new("representative", "Authorized representative",
                enclosed
                    ? $"{Appellant(@case, appeal)} files this appeal as the patient's authorized representative; the patient's signed designation is enclosed ({appeal.RepresentativeDesignation!.Trim()})."
                    : $"{Appellant(@case, appeal)} files this appeal as the patient's authorized representative.",
                plan is PlanType.Medicare or PlanType.MedicareAdvantage ? "42 CFR 405.910 / 422.561 (form CMS-1696)" : "29 CFR 2560.503-1(b)(4)"));
        }

        return list;
    }

    private static string Specialty(PreAuthCase @case)
        => string.IsNullOrWhiteSpace(@case.RequestingProvider.Specialty) ? "" : $" ({@case.RequestingProvider.Specialty.Trim()})";

    private static string Appellant(PreAuthCase @case, Appeal appeal) => appeal.Appellant switch
    {
        Model.Appellant.Representative => Formats.Join(", ", appeal.RepresentativeName, appeal.RepresentativeRelationship) is { Length: > 0 } who ? who : "The patient's representative",
        _ => @case.RequestingProvider.Name.Trim(),
    };
}
