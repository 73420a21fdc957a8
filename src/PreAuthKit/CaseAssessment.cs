using PreAuthKit.Model;
using PreAuthKit.Photos;

namespace PreAuthKit;

/// <summary>
/// Everything PreAuthKit concluded about one case for one document, computed once: the report, the
/// documentation checklist, the appeal deadline, and (internally) the photo intake, the date of
/// service and the denial category. Rendering consumes it as it is; pass it to
/// <see cref="PreAuthGenerator.Render(CaseAssessment, CancellationToken)"/> to render without validating again.
/// </summary>
public sealed class CaseAssessment
{
    internal CaseAssessment(CaseInput input, DocumentKind kind, CaseFacts facts, ValidationReport report, DocumentationChecklist checklist, PhotoSet photos, IntakeDepth depth, PreAuthGenerator generator)
    {
        Input = input;
        Kind = kind;
        Facts = facts;
        Report = report;
        Checklist = checklist;
        Photos = photos;
        Depth = depth;
        Generator = generator;
    }

    /// <summary>The document this assessment is for.</summary>
    public DocumentKind Kind { get; }

    /// <summary>The case.</summary>
    public PreAuthCase Case => Facts.Case;

    /// <summary>Every finding: rules, checklist, photos.</summary>
    public ValidationReport Report { get; }

    /// <summary>True when the report has an error: the document will not be rendered.</summary>
    public bool IsBlocking => Report.IsBlocking;

    /// <summary>The documentation checklist the document prints: each item's status and where its evidence is.</summary>
    public DocumentationChecklist Checklist { get; }

    /// <summary>The appeal's filing deadline and whether it is met; null without an appeal section.</summary>
    public AppealDeadline? Deadline => Facts.Deadline;

    /// <summary>
    /// The case's medical policy evaluated against the matching pack of <see cref="PreAuthGeneratorOptions.Policies"/>:
    /// each criterion met, not met or needing attestation, with the evidence that decided it. Null when no
    /// pack matches. Its findings are part of <see cref="Report"/> (docs/policies.md).
    /// </summary>
    public Policies.PolicyEvaluation? Policy { get; internal init; }

    internal CaseInput Input { get; }

    /// <summary>The prerequisites', rules' and checklist's findings (the report without the photo intake).</summary>
    internal IReadOnlyList<ValidationFinding> RuleFindings { get; init; } = [];

    internal CaseFacts Facts { get; }

    internal PhotoSet Photos { get; }

    internal IntakeDepth Depth { get; }

    /// <summary>The generator that made it (an assessment renders only with the options it was made with).</summary>
    internal PreAuthGenerator Generator { get; }
}
