namespace PreAuthKit.Pdf;

/// <summary>
/// Document-level metadata. Deliberately generic: no patient data ever goes into PDF metadata.
/// </summary>
internal sealed record PdfMetadata(string Title, string Subject, DateTimeOffset CreatedAt, string Language = "en-US");
