namespace PreAuthKit;

/// <summary>
/// The outcome of a render: either the <see cref="Document"/>, or the blocking <see cref="Report"/>
/// (a refused case is an expected outcome, not an exception). The report is there in both cases:
/// the warnings a document was rendered with, or the errors that stopped it.
/// </summary>
public sealed class RenderResult
{
    internal RenderResult(CaseAssessment assessment, RenderedDocument? document, ValidationReport report)
    {
        Assessment = assessment;
        Document = document;
        Report = report;
    }

    /// <summary>True when the document was rendered.</summary>
    public bool IsRendered => Document is not null;

    /// <summary>The rendered document; null when the case was refused.</summary>
    public RenderedDocument? Document { get; }

    /// <summary>All findings: warnings of a rendered document (including layout), or the blocking errors.</summary>
    public ValidationReport Report { get; }

    /// <summary>The assessment the render used (checklist, deadline).</summary>
    public CaseAssessment Assessment { get; }
}
