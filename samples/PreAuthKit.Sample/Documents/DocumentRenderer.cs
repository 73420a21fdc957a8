using PreAuthKit.CaseFiles;

namespace PreAuthKit.Sample.Documents;

/// <summary>
/// The one place that maps a <see cref="DocumentKind"/> to the generator method that renders it,
/// and names the output file.
/// </summary>
internal static class DocumentRenderer
{
    /// <summary>Starts rendering <paramref name="kind"/> for the case.</summary>
    public static Task<RenderedDocument> Start(PreAuthGenerator generator, DocumentKind kind, CaseFile caseFile, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(generator);
        return kind switch
        {
            DocumentKind.PreAuthorization => generator.RenderPreAuthorizationAsync(caseFile, cancellationToken),
            DocumentKind.Appeal => generator.RenderAppealAsync(caseFile, cancellationToken),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown document kind."),
        };
    }

    /// <summary>The PDF's file name: the case file's name with <c>.preauth.pdf</c> or <c>.appeal.pdf</c>.</summary>
    public static string FileName(string casePath, DocumentKind kind)
        => Path.GetFileNameWithoutExtension(casePath) + (kind == DocumentKind.Appeal ? ".appeal.pdf" : ".preauth.pdf");

    /// <summary>The document a batch produces for a case: the appeal letter when the case carries an appeal section.</summary>
    public static DocumentKind KindFor(CaseFile caseFile)
    {
        ArgumentNullException.ThrowIfNull(caseFile);
        return caseFile.Case.Appeal is null ? DocumentKind.PreAuthorization : DocumentKind.Appeal;
    }
}
