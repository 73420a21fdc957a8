
namespace PreAuthKit;

/// <summary>A rendered PDF with what a caller needs to file and audit it.</summary>
public sealed class RenderedDocument
{
    internal RenderedDocument(byte[] pdf, int pageCount, ValidationReport report, DocumentationChecklist checklist, AppealDeadline? deadline)
    {
        Pdf = pdf;
        PageCount = pageCount;
        Report = report;
        Checklist = checklist;
        Deadline = deadline;
        Sha256 = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(pdf));
    }

    /// <summary>The PDF bytes. The same case always renders to the same bytes.</summary>
    public ReadOnlyMemory<byte> Pdf { get; }

    /// <summary>Number of pages.</summary>
    public int PageCount { get; }

    /// <summary>Lower-case hex SHA-256 of <see cref="Pdf"/>.</summary>
    public string Sha256 { get; }

    /// <summary>The validation report (warnings the document was rendered with).</summary>
    public ValidationReport Report { get; }

    /// <summary>The documentation checklist printed in the document: each item's status and where its evidence is.</summary>
    public DocumentationChecklist Checklist { get; }

    /// <summary>The appeal's filing deadline and whether it is met; null for a pre-authorization request.</summary>
    public AppealDeadline? Deadline { get; }

    /// <summary>Writes the PDF to a stream.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="destination"/> is null.</exception>
    public Task WriteToAsync(Stream destination, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(destination);
        return destination.WriteAsync(Pdf, cancellationToken).AsTask();
    }
}
