namespace PreAuthKit.Policies;

/// <summary>The kinds of evidence a criterion can require (the pack's <c>kind</c>, <c>docs/policies.md</c>).</summary>
internal enum RequirementKind
{
    Group,
    Diagnosis,
    FunctionalImpairment,
    Symptom,
    Measurement,
    PriorTreatment,
    ConditionDuration,
    Photographs,
    Sessions,
    RecordText,
    Attestation,
}
