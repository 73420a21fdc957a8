using PreAuthKit.Checklist;
using PreAuthKit.Model;
using PreAuthKit.Pdf;
using PreAuthKit.ViewModels;

namespace PreAuthKit;

/// <summary>
/// A document PreAuthKit renders, defined once: its template, title, PDF metadata, checklist
/// items, enclosures and the view model it fills (<see cref="PreAuthorization"/>, <see cref="Appeal"/>).
/// </summary>
/// <remarks>
/// A new kind is one new internal subclass in <c>src/PreAuthKit/Generation/Kinds/</c> plus its
/// static property here; nothing else in the pipeline decides by kind.
/// </remarks>
public abstract class DocumentKind
{
    private protected DocumentKind()
    {
    }

    /// <summary>The pre-authorization request (letter of medical necessity).</summary>
    public static DocumentKind PreAuthorization { get; } = new Generation.Kinds.PreAuthorizationKind();

    /// <summary>The appeal letter against a denial; the case needs an <c>appeal</c> section.</summary>
    public static DocumentKind Appeal { get; } = new Generation.Kinds.AppealKind();

    /// <summary>Every kind.</summary>
    public static IReadOnlyList<DocumentKind> All { get; } = [PreAuthorization, Appeal];

    /// <summary>A short stable name: <c>preauth</c>, <c>appeal</c> (command names, file-name suffixes, logs).</summary>
    public abstract string Name { get; }

    /// <summary>The kind a case asks for: the appeal letter when it carries an <c>appeal</c> section, else the request.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="case"/> is null.</exception>
    public static DocumentKind For(PreAuthCase @case)
    {
        ArgumentNullException.ThrowIfNull(@case);
        return @case.Appeal is null ? PreAuthorization : Appeal;
    }

    /// <inheritdoc />
    public override string ToString() => Name;

    /// <summary>The template (file name under <c>templates/</c>).</summary>
    internal abstract string Template { get; }

    /// <summary>The kind as the running footer names it ("Pre-authorization request").</summary>
    internal abstract string FooterLabel { get; }

    /// <summary>The generic PDF Title and Subject (never patient data).</summary>
    internal abstract PdfMetadata Metadata(DateTimeOffset created);

    /// <summary>The checklist items this document carries (the others print as not applicable).</summary>
    internal abstract IReadOnlyList<ChecklistItemDefinition> ChecklistItems(PreAuthCase @case);

    /// <summary>Findings that stop this kind for a case before any rule runs (an appeal without an appeal section).</summary>
    internal virtual IEnumerable<ValidationFinding> Prerequisites(PreAuthCase @case) => [];

    /// <summary>The enclosures the letter lists, already escaped for Markdown.</summary>
    internal abstract IReadOnlyList<string> Enclosures(CaseAssessment assessment);

    /// <summary>The view model the template sees.</summary>
    internal abstract LetterModel BuildModel(CaseAssessment assessment, Validation.ValidationOptions options);
}
