using PreAuthKit.CaseFiles;
using PreAuthKit.Tests.Support;

namespace PreAuthKit.Tests.Pdf;

/// <summary>
/// Issue 12's "no reader warns", checked with every independent reader it names, on every document
/// PreAuthKit writes for the samples: each sample's request and appeal letter with the default
/// options, and the archival (PDF/A-2u) and fax renders of a request and an appeal. qpdf must exit 0
/// without a warning; MuPDF, Ghostscript and Poppler must print nothing; pypdf (strict) and
/// pdfminer must log no warning; pdf.js and pdf-lib must neither warn nor throw (<c>pdfjs/readers.mjs</c>).
/// </summary>
[NonParallelizable]
public class IndependentReadersTests
{
    private static readonly Lazy<(string Folder, IReadOnlyList<string> Files)> Documents = new(Render, LazyThreadSafetyMode.ExecutionAndPublication);

    [OneTimeTearDown]
    public static void DeleteFolder()
    {
        if (Documents.IsValueCreated)
        {
            Directory.Delete(Documents.Value.Folder, recursive: true);
        }
    }

    [Test]
    public void Every_document_is_read_by_qpdf_mupdf_ghostscript_and_poppler_without_a_warning()
    {
        var files = Documents.Value.Files;
        Assert.That(files, Has.Count.GreaterThan(20), "every sample's request and appeal, and the option renders");
        Assert.Multiple(() =>
        {
            foreach (var file in files)
            {
                var name = Path.GetFileName(file);
                var qpdf = ExternalTool.Run("qpdf", "--check", file);
                Assert.That(qpdf.ExitCode, Is.Zero, $"{name}: qpdf --check exit code (3 means warnings)\n{qpdf.Output}");
                Assert.That(qpdf.Output, Does.Not.Contain("WARNING"), $"{name}: qpdf");

                // mutool draw reports progress ("page <file> <n>"), and Debian's build, without LittleCMS, says
                // so on every file: neither is about the file. Anything else is a warning or an error.
                var mutool = ExternalTool.Run("mutool", "draw", "-o", "/dev/null", file);
                Assert.That(mutool.ExitCode, Is.Zero, $"{name}: mutool draw");
                var mupdf = mutool.Output.Split('\n')
                    .Where(l => l.Length > 0 && !l.Contains("ICC support is not available", StringComparison.Ordinal) && !l.StartsWith("page " + file + " ", StringComparison.Ordinal))
                    .ToList();
                Assert.That(mupdf, Is.Empty, $"{name}: mutool draw");

                var gs = ExternalTool.Run("gs", "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=nullpage", file);
                Assert.That(gs.ExitCode, Is.Zero, $"{name}: gs");
                Assert.That(gs.Output.Trim(), Is.Empty, $"{name}: gs prints nothing for a clean file");

                var pdfinfo = ExternalTool.Run("pdfinfo", file);
                Assert.That(pdfinfo.Stderr.Trim(), Is.Empty, $"{name}: pdfinfo");
                var pdftotext = ExternalTool.Run("pdftotext", file, "/dev/null");
                Assert.That(pdftotext.Stderr.Trim(), Is.Empty, $"{name}: pdftotext");
            }
        });
    }

    [Test]
    public void Every_document_is_read_by_pypdf_strict_and_pdfminer_without_a_warning()
    {
        const string script = """
import sys, io, logging, warnings
from pypdf import PdfReader
from pdfminer.high_level import extract_text
records = []
class Collect(logging.Handler):
    def emit(self, record):
        records.append(record.getMessage())
handler = Collect(level=logging.WARNING)
logging.getLogger().addHandler(handler)
logging.getLogger().setLevel(logging.WARNING)
for path in sys.argv[1:]:
    records.clear()
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            reader = PdfReader(path, strict=True)
            for page in reader.pages:
                page.extract_text()
            extract_text(path)
        records.extend(str(w.message) for w in caught)
    except Exception as e:
        records.append("threw: %r" % e)
    print(("OK " if not records else "WARN ") + path + ("" if not records else ": " + " | ".join(records)))
""";
        var run = ExternalTool.Run("/usr/bin/python3", ["-c", script, .. Documents.Value.Files]);
        Assert.That(run.ExitCode, Is.Zero, run.Output);
        Assert.That(Lines(run.Stdout), Has.Count.EqualTo(Documents.Value.Files.Count), run.Output);
        Assert.That(Lines(run.Stdout).Where(l => !l.StartsWith("OK ", StringComparison.Ordinal)), Is.Empty, "pypdf or pdfminer warns");
    }

    [Test]
    public void Every_document_is_read_by_pdfjs_and_pdf_lib_without_a_warning()
    {
        var folder = Path.Combine(RepoPaths.Root, "tests", "PreAuthKit.Tests", "Pdf", "pdfjs");
        Assert.That(Directory.Exists(Path.Combine(folder, "node_modules", "pdf-lib")), Is.True, "pdf-lib is not installed: npm ci --prefix tests/PreAuthKit.Tests/Pdf/pdfjs (.ci/run does)");
        var run = ExternalTool.RunIn(folder, "node", ["readers.mjs", .. Documents.Value.Files]);
        Assert.That(run.ExitCode, Is.Zero, run.Output);
        Assert.That(Lines(run.Stdout), Has.Count.EqualTo(Documents.Value.Files.Count), run.Output);
        Assert.That(Lines(run.Stdout).Where(l => !l.StartsWith("OK ", StringComparison.Ordinal)), Is.Empty, "pdf.js or pdf-lib warns");
        Assert.That(run.Stderr.Trim(), Is.Empty);
    }

    [Test]
    public void The_reader_checks_catch_a_damaged_file()
    {
        // The checks above can fail: a file cut short and one whose cross-reference offset is wrong are caught by each family of readers.
        var good = File.ReadAllBytes(Documents.Value.Files[0]);
        var folder = Directory.CreateTempSubdirectory("preauthkit-damaged-").FullName;
        try
        {
            var cut = Path.Combine(folder, "cut.pdf");
            File.WriteAllBytes(cut, good[..(good.Length / 2)]);
            Assert.That(ExternalTool.Run("qpdf", "--check", cut).ExitCode, Is.Not.Zero);
            var js = ExternalTool.RunIn(Path.Combine(RepoPaths.Root, "tests", "PreAuthKit.Tests", "Pdf", "pdfjs"), "node", "readers.mjs", cut);
            Assert.That(js.Stdout, Does.StartWith("WARN"));
            var py = ExternalTool.Run("/usr/bin/python3", "-c", "import sys\nfrom pypdf import PdfReader\ntry:\n  [p.extract_text() for p in PdfReader(sys.argv[1], strict=True).pages]\n  print('OK')\nexcept Exception as e:\n  print('WARN', e)", cut);
            Assert.That(py.Stdout, Does.StartWith("WARN"));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static List<string> Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();

    private static (string Folder, IReadOnlyList<string> Files) Render()
    {
        var folder = Directory.CreateTempSubdirectory("preauthkit-readers-").FullName;
        var files = new List<string>();
        var options = new (string Name, Action<PreAuthGeneratorOptions>? Configure)[] { ("default", null), ("archival", o => o.Archival = true), ("fax", o => o.FaxFriendly = true) };
        foreach (var (option, configure) in options)
        {
            var generator = TestCases.Generator(configure);
            foreach (var file in Directory.EnumerateFiles(RepoPaths.SampleCases, "*.json").Order(StringComparer.Ordinal))
            {
                var name = Path.GetFileNameWithoutExtension(file);
                if (configure is not null && name is not ("burn-scar-forearm" or "appeal-co50-medical-necessity"))
                {
                    continue; // the option renders: one request and one appeal
                }

                var input = CaseInput.FromCaseFile(CaseFileReader.Load(file));
                foreach (var kind in input.Case.Appeal is null ? [DocumentKind.PreAuthorization] : new[] { DocumentKind.PreAuthorization, DocumentKind.Appeal })
                {
                    var result = generator.Render(input, kind);
                    if (result.Document is { } document)
                    {
                        var path = Path.Combine(folder, $"{name}.{(kind == DocumentKind.Appeal ? "appeal" : "preauth")}.{option}.pdf");
                        File.WriteAllBytes(path, document.Pdf.ToArray());
                        files.Add(path);
                    }
                }
            }
        }

        return (folder, files);
    }
}
