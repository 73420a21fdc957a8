using System.Globalization;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;
using PdfSharp.Pdf.IO;
using PreAuthKit.Pdf;

namespace PreAuthKit.Packet;

/// <summary>
/// Reads a third-party PDF attachment with PDFsharp's importer and proves it can be merged: it
/// opens the file, refuses encryption, interactive content whose appearance the import would
/// drop, empty documents and oversized pages, then imports every page into a scratch document
/// and saves and finishes it, exactly as the packet will. Any failure becomes a coded finding; nothing throws.
/// </summary>
internal static class PdfAttachmentReader
{
    /// <summary>
    /// Reads and proves a PDF: encryption is refused from the bytes, then the bounded structure
    /// pre-scan (<see cref="PdfStructureScan"/>) refuses what would crash PDFsharp, then PDFsharp
    /// runs on the guarded thread (<see cref="PdfParseGuard"/>) within <see cref="AttachmentLimits.ParseTimeout"/>.
    /// </summary>
    public static (List<AttachmentPage>? Pages, ValidationFinding? Finding) Read(byte[] bytes, int index, AttachmentLimits limits, string key, CancellationToken cancellationToken = default)
    {
        if (HasEncryptEntry(bytes))
        {
            return (null, AttachmentFindings.Encrypted(index));
        }

        if (PdfStructureScan.Check(bytes) is { } problem)
        {
            return (null, AttachmentFindings.TooComplex(index, problem));
        }

        var (status, result) = PdfParseGuard.Run(() => ReadUnguarded(bytes, index, limits, key), limits.ParseTimeout, cancellationToken);
        return status switch
        {
            GuardStatus.Completed => result,
            GuardStatus.OutOfMemory => (null, AttachmentFindings.TooComplex(index, "reading it needs more memory than is available")),
            _ => (null, AttachmentFindings.ReadTimedOut(index, limits.ParseTimeout)),
        };
    }

    private static (List<AttachmentPage>? Pages, ValidationFinding? Finding) ReadUnguarded(byte[] bytes, int index, AttachmentLimits limits, string key)
    {
        EmbeddedFontResolver.EnsureInstalled();
        var passwordAsked = false;
        PdfDocument document;
        try
        {
            document = PdfReader.Open(new MemoryStream(bytes, writable: false), PdfDocumentOpenMode.Import, args =>
            {
                passwordAsked = true;
                args.Abort = true;
            });
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return (null, passwordAsked || IsEncryptionError(ex) ? AttachmentFindings.Encrypted(index) : AttachmentFindings.DamagedPdf(index, Reason(ex)));
        }

        using (document)
        {
            try
            {
                if (passwordAsked)
                {
                    return (null, AttachmentFindings.Encrypted(index));
                }

                var count = document.PageCount;
                if (count == 0)
                {
                    return (null, AttachmentFindings.NoPages(index));
                }

                if (count > limits.MaxPages)
                {
                    return (null, AttachmentFindings.TooManyPages(index, count, limits.MaxPages));
                }

                // An XFA form keeps its content in the form's XML, not on the pages (which show a placeholder).
                if (document.Internals.Catalog.Elements.GetValue("/AcroForm") is { } acroForm
                    && (acroForm is PdfReference r ? r.Value : acroForm) is PdfDictionary form && form.Elements.ContainsKey("/XFA"))
                {
                    return (null, AttachmentFindings.InteractiveContent(index, 1, "an XFA form"));
                }

                for (var i = 0; i < count; i++)
                {
                    var page = document.Pages[i];
                    var box = page.MediaBox;
                    if (!(box.Width >= 1 && box.Height >= 1))
                    {
                        return (null, AttachmentFindings.DamagedPdf(index, string.Create(CultureInfo.InvariantCulture, $"page {i + 1} has an empty or inverted page box")));
                    }

                    if (!(box.Width <= limits.MaxPagePoints && box.Height <= limits.MaxPagePoints))
                    {
                        var size = string.Create(CultureInfo.InvariantCulture, $"{box.Width / 72:0.#} x {box.Height / 72:0.#} in");
                        return (null, AttachmentFindings.PageTooLarge(index, i + 1, size));
                    }

                    if (Interactive(page) is { } kind)
                    {
                        return (null, AttachmentFindings.InteractiveContent(index, i + 1, kind));
                    }
                }
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                return (null, AttachmentFindings.DamagedPdf(index, Reason(ex)));
            }
        }

        return TrialImport(bytes, index, key);
    }

    /// <summary>Imports every page into a scratch document and saves it, as the packet will.</summary>
    private static (List<AttachmentPage>?, ValidationFinding?) TrialImport(byte[] bytes, int index, string key)
    {
        try
        {
            var source = new PdfSource(bytes, key);
            var pages = new List<AttachmentPage>();
            using var scratch = new PdfDocument();
            scratch.Options.CompressContentStreams = false;
            using var form = XPdfForm.FromStream(new MemoryStream(bytes, writable: false));
            for (var number = 1; number <= form.PageCount; number++)
            {
                form.PageNumber = number;
                var (width, height) = (form.PointWidth, form.PointHeight);
                var rotate = ((form.Page?.Elements.GetInteger("/Rotate") ?? 0) % 360 + 360) % 360;
                var (uprightWidth, uprightHeight) = rotate is 90 or 270 ? (height, width) : (width, height);
                var page = scratch.AddPage();
                page.Width = XUnit.FromPoint(width);
                page.Height = XUnit.FromPoint(height);
                using (var graphics = XGraphics.FromPdfPage(page))
                {
                    graphics.DrawImage(form, 0, 0, width, height);
                }

                pages.Add(new PdfAttachmentPage(source, number, uprightWidth, uprightHeight));
            }

            // The packet finishes its file with PdfFinisher (every Flate stream inflated and compressed
            // again): a stream that cannot be inflated must be refused here, not crash the packet.
            using var output = new MemoryStream();
            scratch.Save(output, closeStream: false);
            _ = PdfFinisher.Finish(output.ToArray(), System.IO.Compression.CompressionLevel.Fastest);
            return (pages, null);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return (null, AttachmentFindings.DamagedPdf(index, Reason(ex)));
        }
    }

    /// <summary>What on the page a form-XObject import would lose: fillable fields or drawn annotations.</summary>
    private static string? Interactive(PdfPage page)
    {
        if (page.Elements.GetValue("/Annots") is not PdfArray annotations)
        {
            return null;
        }

        foreach (var item in annotations.Elements)
        {
            var annotation = item is PdfReference reference ? reference.Value as PdfDictionary : item as PdfDictionary;
            var subtype = annotation?.Elements.GetName("/Subtype") ?? "";
            if (subtype == "/Widget")
            {
                return "fillable form fields";
            }

            // Links and pop-up notes draw nothing of their own; stamps, comments, ink and highlights
            // do (viewers draw them even without an appearance stream).
            if (subtype is not ("/Link" or "/Popup" or ""))
            {
                return "annotations (comments, stamps or markup)";
            }
        }

        return null;
    }

    /// <summary>
    /// True when a trailer (or cross-reference stream dictionary) names an <c>/Encrypt</c>
    /// dictionary. PDFsharp opens files with an empty user password silently, so the importer
    /// alone does not tell; such files are refused too, since their permissions may forbid copying.
    /// Only the key with its value counts: <c>/Encrypt</c> followed by an indirect reference
    /// (<c>12 0 R</c>) or a dictionary (<c>&lt;&lt;</c>), as ISO 32000-1 7.5.5 and 7.6.1 write it, so a
    /// page that merely prints the word (a document about PDF encryption) is not refused.
    /// </summary>
    private static bool HasEncryptEntry(ReadOnlySpan<byte> bytes)
    {
        var token = "/Encrypt"u8;
        for (var at = bytes.IndexOf(token); at >= 0;)
        {
            var end = at + token.Length;
            if (end < bytes.Length && !char.IsAsciiLetterOrDigit((char)bytes[end]) && IsEncryptValue(bytes[end..]))
            {
                return true;
            }

            var next = bytes[end..].IndexOf(token);
            at = next < 0 ? -1 : end + next;
        }

        return false;
    }

    /// <summary>After the key: white space, then <c>&lt;&lt;</c>, or an object number, a generation number and <c>R</c>.</summary>
    private static bool IsEncryptValue(ReadOnlySpan<byte> rest)
    {
        var i = SkipSpace(rest, 0);
        if (i + 1 < rest.Length && rest[i] == (byte)'<' && rest[i + 1] == (byte)'<')
        {
            return true;
        }

        var digits = Digits(rest, i);
        if (digits == i)
        {
            return false;
        }

        var afterSpace = SkipSpace(rest, digits);
        var generation = Digits(rest, afterSpace);
        if (afterSpace == digits || generation == afterSpace)
        {
            return false;
        }

        var r = SkipSpace(rest, generation);
        return r > generation && r < rest.Length && rest[r] == (byte)'R';
    }

    private static int SkipSpace(ReadOnlySpan<byte> bytes, int i)
    {
        while (i < bytes.Length && bytes[i] is (byte)' ' or (byte)'\n' or (byte)'\r' or (byte)'\t' or (byte)'\f' or 0)
        {
            i++;
        }

        return i;
    }

    private static int Digits(ReadOnlySpan<byte> bytes, int i)
    {
        while (i < bytes.Length && bytes[i] is >= (byte)'0' and <= (byte)'9')
        {
            i++;
        }

        return i;
    }

    private static bool IsEncryptionError(Exception ex)
        => ex.Message.Contains("password", StringComparison.OrdinalIgnoreCase) || ex.Message.Contains("encrypt", StringComparison.OrdinalIgnoreCase);

    /// <summary>A short, data-free description of an import failure.</summary>
    private static string Reason(Exception ex) => ex switch
    {
        NotImplementedException or NotSupportedException => "it uses a PDF feature the importer does not support",
        PdfReaderException => "its structure (cross-reference table or objects) is broken",
        _ => "its objects cannot be parsed",
    };
}
