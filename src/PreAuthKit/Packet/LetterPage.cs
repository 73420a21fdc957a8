namespace PreAuthKit.Packet;

/// <summary>
/// Page <paramref name="PageIndex"/> (0-based) of the letter's layout: the packet draws the letter
/// from its layout into its own document (<c>PdfDocumentWriter.DrawPage</c>), so the letter keeps
/// its tags (headings, paragraphs, lists, tables, figures) inside the packet.
/// </summary>
internal sealed record LetterPage(int PageIndex) : AttachmentPage;
