using System.Globalization;
using System.Text;

namespace PreAuthKit.Tests.Packet;

/// <summary>
/// PDFs nobody here wrote, made at test time by the tools installed on the machine (Ghostscript,
/// qpdf, MuPDF, Tesseract, OCRmyPDF, ImageMagick) from a short PostScript text, plus any PDFs
/// Debian ships under /usr/share/doc, plus damaged copies. Nothing of it is committed.
/// </summary>
internal static class RealWorldCorpus
{
    /// <summary>What a file is expected to do: merge with its text, or be refused with a code.</summary>
    public enum Expectation
    {
        /// <summary>Merges with its text intact.</summary>
        Merges,

        /// <summary>Refused as encrypted (PAK-ATT-011).</summary>
        Encrypted,

        /// <summary>Either merges with its text, or is refused with a PAK-ATT code (a damaged file some readers repair).</summary>
        MergesOrRefused,
    }

    private const string PostScript = """
        %!PS-Adobe-3.0
        %%Pages: 2
        %%EndComments
        %%Page: 1 1
        << /PageSize [612 792] >> setpagedevice
        /Helvetica-Bold 16 selectfont 72 700 moveto (Corpus document page one) show
        /Times-Roman 12 selectfont 72 670 moveto (Range of motion measured at forty five degrees.) show
        showpage
        %%Page: 2 2
        /Courier 11 selectfont 72 700 moveto (Second page with monospaced text 0123456789.) show
        showpage
        %%EOF
        """;

    public static List<(string Name, Expectation Expectation)> Build(string folder)
    {
        var files = new List<(string, Expectation)>();
        File.WriteAllText(Path.Combine(folder, "source.ps"), PostScript.Replace("\r", "", StringComparison.Ordinal));
        ExternalTools.Make("ps2pdf", folder, "source.ps", "ps2pdf.pdf");
        files.Add(("ps2pdf.pdf", Expectation.Merges));

        ExternalTools.Make("gs", folder, "-q", "-dNOPAUSE", "-dBATCH", "-sDEVICE=pdfwrite", "-dCompatibilityLevel=1.4", "-sOutputFile=gs-pdf14.pdf", "ps2pdf.pdf");
        files.Add(("gs-pdf14.pdf", Expectation.Merges));
        ExternalTools.Make("gs", folder, "-q", "-dNOPAUSE", "-dBATCH", "-sDEVICE=pdfwrite", "-dPDFA=2", "-dPDFACompatibilityPolicy=1", "-sColorConversionStrategy=RGB", "-sOutputFile=gs-pdfa2.pdf", "ps2pdf.pdf");
        files.Add(("gs-pdfa2.pdf", Expectation.Merges));

        foreach (var (name, args) in new (string, string[])[]
        {
            ("qpdf-object-streams.pdf", ["--object-streams=generate"]),
            ("qpdf-linearized.pdf", ["--linearize"]),
            ("qpdf-qdf.pdf", ["--qdf"]),
            ("qpdf-rotated.pdf", ["--rotate=+90:1"]),
            ("qpdf-uncompressed.pdf", ["--stream-data=uncompress"]),
        })
        {
            ExternalTools.Make("qpdf", folder, [.. args, "ps2pdf.pdf", name]);
            files.Add((name, Expectation.Merges));
        }

        ExternalTools.Make("qpdf", folder, "--encrypt", "user", "owner", "256", "--", "ps2pdf.pdf", "qpdf-aes256.pdf");
        files.Add(("qpdf-aes256.pdf", Expectation.Encrypted));
        ExternalTools.Make("qpdf", folder, "--allow-weak-crypto", "--encrypt", "", "owner", "128", "--use-aes=n", "--", "ps2pdf.pdf", "qpdf-rc4-owner.pdf");
        files.Add(("qpdf-rc4-owner.pdf", Expectation.Encrypted));

        ExternalTools.Make("mutool", folder, "clean", "-gggg", "-z", "ps2pdf.pdf", "mutool-clean.pdf");
        files.Add(("mutool-clean.pdf", Expectation.Merges));
        ExternalTools.Make("mutool", folder, "clean", "-d", "ps2pdf.pdf", "mutool-decompressed.pdf");
        files.Add(("mutool-decompressed.pdf", Expectation.Merges));
        File.WriteAllText(Path.Combine(folder, "page.txt"), "%%MediaBox 0 0 595 842\nBT /F1 20 Tf 72 700 Td (Made with mutool create) Tj ET\n");
        ExternalTools.Make("mutool", folder, "create", "-o", "mutool-create.pdf", "page.txt");
        files.Add(("mutool-create.pdf", Expectation.Merges));

        // A scan with text: Ghostscript rasterises the PostScript, Tesseract and OCRmyPDF add text layers.
        ExternalTools.Make("gs", folder, "-q", "-dNOPAUSE", "-dBATCH", "-sDEVICE=pnggray", "-r150", "-dFirstPage=1", "-dLastPage=1", "-sOutputFile=scan.png", "ps2pdf.pdf");
        ExternalTools.Make("tesseract", folder, "scan.png", "tesseract", "pdf");
        files.Add(("tesseract.pdf", Expectation.Merges));
        ExternalTools.Make("ocrmypdf", folder, "-q", "--image-dpi", "150", "scan.png", "ocrmypdf.pdf");
        files.Add(("ocrmypdf.pdf", Expectation.Merges));

        foreach (var shipped in DebianPdfs().Take(4))
        {
            var name = "debian-" + Path.GetFileName(shipped);
            File.Copy(shipped, Path.Combine(folder, name), overwrite: true);
            files.Add((name, Expectation.MergesOrRefused));
        }

        // Damaged copies of a good file.
        var good = File.ReadAllBytes(Path.Combine(folder, "ps2pdf.pdf"));
        var startxref = good.AsSpan().LastIndexOf("startxref"u8);
        Damage(folder, files, "damaged-truncated.pdf", good[..(good.Length * 2 / 3)]);
        Damage(folder, files, "damaged-startxref.pdf", [.. good[..startxref], .. "startxref\n999999\n%%EOF\n"u8]);
        var xref = good.AsSpan().LastIndexOf("\nxref"u8);
        var zeroed = (byte[])good.Clone();
        if (xref >= 0)
        {
            Array.Fill(zeroed, (byte)'0', xref + 10, Math.Min(190, zeroed.Length - xref - 10));
        }

        Damage(folder, files, "damaged-xref.pdf", zeroed);
        var random = new Random(17);
        for (var copy = 0; copy < 3; copy++)
        {
            var bytes = (byte[])good.Clone();
            for (var k = 0; k < 60; k++)
            {
                bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
            }

            Damage(folder, files, string.Create(CultureInfo.InvariantCulture, $"damaged-random-{copy}.pdf"), bytes);
        }

        return files;
    }

    private static void Damage(string folder, List<(string, Expectation)> files, string name, byte[] bytes)
    {
        File.WriteAllBytes(Path.Combine(folder, name), bytes);
        files.Add((name, Expectation.MergesOrRefused));
    }

    private static IEnumerable<string> DebianPdfs()
        => Directory.Exists("/usr/share/doc")
            ? Directory.EnumerateFiles("/usr/share/doc", "*.pdf", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true }).Order(StringComparer.Ordinal)
            : [];

    /// <summary>The words Poppler extracts from a whole file, for comparison with the packet's.</summary>
    public static HashSet<string> WordsOf(string pdf)
    {
        var (exit, output, _) = ExternalTools.Run("pdftotext", Path.GetDirectoryName(pdf)!, pdf, "-");
        return exit == 0 ? Split(output) : [];
    }

    public static HashSet<string> Split(string text)
        => text.Normalize(NormalizationForm.FormKC).Split((char[])[' ', '\n', '\r', '\t', '\f'], StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
}
