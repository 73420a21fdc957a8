namespace PreAuthKit.Validation.Findings;

internal static partial class FindingCatalog
{
    /// <summary><c>PAK-HIS</c>: medical history and prior treatments (checklist items medical-history and prior-treatments).</summary>
    public static class History
    {
        private const FindingSection S = FindingSection.MedicalHistory;

        public static FindingDefinition ConditionMissing { get; } = new("PAK-HIS-001", FindingSeverity.Warning, S, "history.condition",
            "underlying condition described", "Medical history: describe the underlying condition (what it is, where, how severe).", Checklist: true);

        public static FindingDefinition NoPriorTreatment { get; } = new("PAK-HIS-002", FindingSeverity.Warning, S, "history.priorTreatments",
            "at least one prior treatment",
            "Medical history: list at least one treatment already tried, with its dates and outcome; payers expect conservative treatment first.", Checklist: true);

        public static FindingDefinition TreatmentMissing { get; } = new("PAK-HIS-003", FindingSeverity.Warning, S, "history.priorTreatments[i].treatment",
            "what was done", "Prior treatment: say what was done (e.g. silicone gel sheeting, 12 hours daily).", Checklist: true);

        public static FindingDefinition OutcomeMissing { get; } = new("PAK-HIS-004", FindingSeverity.Warning, S, "history.priorTreatments[i].outcome",
            "its outcome",
            "Prior treatment: state its outcome (e.g. minimal improvement, plateaued); the outcome is what shows the requested treatment is needed.", Checklist: true);

        public static FindingDefinition StartMissing { get; } = new("PAK-HIS-005", FindingSeverity.Warning, S, "history.priorTreatments[i].startedOn",
            "its start date", "Prior treatment: enter the date it started (YYYY-MM-DD).", Checklist: true);

        public static FindingDefinition EndBeforeStart { get; } = new("PAK-HIS-006", FindingSeverity.Error, S, "history.priorTreatments[i].endedOn",
            "not ending before it started", "Prior treatment ends before it started: check both dates.");

        public static FindingDefinition EmptyEntry { get; } = new("PAK-HIS-007", FindingSeverity.Error, S, "history.priorTreatments[i]",
            "empty (`null`) entry", "A prior treatment entry is empty: remove it or fill it in.");

        public static FindingDefinition CauseMissing { get; } = new("PAK-HIS-008", FindingSeverity.Warning, S, "history.cause",
            "cause of the condition stated (injury, burn, surgery, disease): the checklist item is \"condition and cause\"",
            "Medical history: state the cause of the condition (e.g. third-degree scald burn, surgical excision); a scar whose cause is not recorded reads as cosmetic.", Checklist: true);
    }

    /// <summary><c>PAK-ASM</c>: the physician's assessment (checklist items physician-assessment and functional-impairment).</summary>
    public static class Assessment
    {
        private const FindingSection S = FindingSection.PhysicianAssessment;

        public static FindingDefinition NecessityMissing { get; } = new("PAK-ASM-001", FindingSeverity.Warning, S, "assessment.medicalNecessity",
            "the medical reason", "Physician assessment: state the medical reason the treatment is necessary (function, pain, health), not the appearance.", Checklist: true);

        public static FindingDefinition PhysicianMissing { get; } = new("PAK-ASM-002", FindingSeverity.Warning, S, "assessment.physician",
            "the assessing physician", "Physician assessment: name the assessing physician.", Checklist: true);

        public static FindingDefinition DateMissing { get; } = new("PAK-ASM-003", FindingSeverity.Warning, S, "assessment.assessedOn",
            "the assessment date", "Physician assessment: enter the date of the assessment (YYYY-MM-DD).", Checklist: true);

        public static FindingDefinition AfterSubmission { get; } = new("PAK-ASM-004", FindingSeverity.Error, S, "assessment.assessedOn",
            "not after the submission date", "Physician assessment is dated after the submission date: check the date.");

        public static FindingDefinition CosmeticRisk { get; } = new("PAK-ASM-005", FindingSeverity.Warning, S, "assessment.medicalNecessity",
            "cosmetic-risk: no functional impairment and the reasoning rests on appearance or self-esteem (terms configurable: `ValidationOptions.AestheticJustificationTerms`)",
            "Cosmetic-risk: the assessment documents no functional impairment and argues from appearance or self-esteem, which payers do not accept as medical necessity. Document the functional or health impact (restricted motion, pain, contracture, infection) in assessment.functionalImpairments, or expect a cosmetic denial.");

        public static FindingDefinition BenefitMissing { get; } = new("PAK-ASM-006", FindingSeverity.Warning, S, "assessment.expectedBenefit",
            "the expected benefit", "Physician assessment: state the expected benefit of the treatment (what function or health problem it improves).", Checklist: true);

        public static FindingDefinition ImpairmentMissing { get; } = new("PAK-ASM-007", FindingSeverity.Warning, S, "assessment.functionalImpairments",
            "at least one functional impairment",
            "Physician assessment: state the functional impairment plainly (restricted motion, pain, itching that disturbs sleep, contracture); payers cover function, not appearance.", Checklist: true);
    }

    /// <summary><c>PAK-TPL</c>: the treatment plan (checklist item treatment-plan).</summary>
    public static class TreatmentPlan
    {
        private const FindingSection S = FindingSection.TreatmentPlan;

        public static FindingDefinition SessionsMissing { get; } = new("PAK-TPL-001", FindingSeverity.Warning, S, "treatmentPlan.sessions",
            "number of sessions, at least 1", "Treatment plan: enter the number of sessions (at least 1).", Checklist: true);

        public static FindingDefinition IntervalMissing { get; } = new("PAK-TPL-002", FindingSeverity.Warning, S, "treatmentPlan.interval",
            "interval between sessions", "Treatment plan: enter the interval between sessions (e.g. 4 to 6 weeks).", Checklist: true);

        public static FindingDefinition OutcomesMissing { get; } = new("PAK-TPL-003", FindingSeverity.Warning, S, "treatmentPlan.expectedOutcomes",
            "expected outcomes", "Treatment plan: list the expected outcomes, in measurable terms where possible (range of motion, scar scale).", Checklist: true);

        public static FindingDefinition RationaleMissing { get; } = new("PAK-TPL-004", FindingSeverity.Warning, S, "treatmentPlan.rationale",
            "rationale over alternatives", "Treatment plan: explain why this treatment was chosen over the alternatives.", Checklist: true);
    }
}
