using PreAuthKit.Tests.Generation;
using PreAuthKit.Tests.Support;
using PreAuthKit.Templating;
using PreAuthKit.ViewModels;

namespace PreAuthKit.Tests.Templating;

public class TemplateOverrideTests
{
    private string _folder = "";

    [SetUp]
    public void CreateFolder() => _folder = Directory.CreateTempSubdirectory("pak-templates-").FullName;

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_folder, recursive: true);

    [Test]
    public async Task Payer_folder_overrides_a_single_partial_and_the_rest_falls_back()
    {
        Write("payers/EXHP1/partials/signature.md.sbn", "PAYER-SPECIFIC SIGNATURE for {{ signature.name }}\n");

        var text = PdfText.Of(await Generator().RenderPreAuthorizationAsync(TestCases.BurnScarForearm()));

        Assert.That(text, Does.Contain("PAYER-SPECIFIC SIGNATURE for Avery Example, MD"));
        Assert.That(text, Does.Contain("Documentation checklist").And.Contain("L90.5"), "other files fall back to the defaults");
    }

    [Test]
    public async Task Another_payers_folder_is_not_used()
    {
        Write("payers/OTHER/partials/signature.md.sbn", "OTHER PAYER SIGNATURE\n");

        var text = PdfText.Of(await Generator().RenderPreAuthorizationAsync(TestCases.BurnScarForearm()));

        Assert.That(text, Does.Not.Contain("OTHER PAYER SIGNATURE"));
        Assert.That(text, Does.Contain("Signature:"));
    }

    [Test]
    public async Task Folder_override_applies_to_every_payer()
    {
        Write("partials/enclosures.md.sbn", "## Enclosures\n\nCLINIC-WIDE ENCLOSURES ({{ enclosures.size }})\n");

        var text = PdfText.Of(await Generator().RenderAppealAsync(AppealCases.Sample()));

        Assert.That(text, Does.Contain("CLINIC-WIDE ENCLOSURES (8)"), "the denial notice, the representative designation, 3 new documents, 2 attachments, the photographs");
    }

    [Test]
    public async Task Syntax_error_in_an_override_is_reported_with_file_line_and_column()
    {
        Write("payers/EXHP1/preauth-request.md.sbn", "# Title\n\nHello {{ for x in }}\n");

        var exception = await Assert.ThrowsAsync<TemplateRenderException>(() => Generator().RenderPreAuthorizationAsync(TestCases.BurnScarForearm()));

        var error = exception!.Errors[0];
        Assert.That(error.File.Replace('\\', '/'), Does.EndWith("payers/EXHP1/preauth-request.md.sbn"));
        Assert.That(error.Line, Is.EqualTo(3));
        Assert.That(error.Column, Is.GreaterThan(6));
        Assert.That(exception.Messages[0], Does.Match(@"preauth-request\.md\.sbn\(3,\d+\): error: "));
    }

    [Test]
    public async Task Syntax_error_in_an_included_partial_names_the_partial()
    {
        Write("partials/re-block.md.sbn", "**Re:**\n{{ if }}\n");

        var exception = await Assert.ThrowsAsync<TemplateRenderException>(() => Generator().RenderPreAuthorizationAsync(TestCases.BurnScarForearm()));

        Assert.That(exception!.Errors[0].File.Replace('\\', '/'), Does.EndWith("partials/re-block.md.sbn"));
        Assert.That(exception.Errors[0].Line, Is.EqualTo(2));
    }

    [Test]
    public async Task Unknown_variable_is_a_runtime_error_with_its_position()
    {
        Write("partials/re-block.md.sbn", "**Re:**\n\n{{ patient.full_name }} {{ raw_patient }}\n");

        var exception = await Assert.ThrowsAsync<TemplateRenderException>(() => Generator().RenderPreAuthorizationAsync(TestCases.BurnScarForearm()));

        var error = exception!.Errors[0];
        Assert.That(error.File.Replace('\\', '/'), Does.EndWith("partials/re-block.md.sbn"));
        Assert.That((error.Line, error.Column), Is.EqualTo((3, 28)));
        Assert.That(exception.Message, Does.Not.Contain("Jordan"), "errors never quote case data");
    }

    [TestCase("../secret.md.sbn")]
    [TestCase("partials/../../secret.md.sbn")]
    [TestCase("/etc/passwd")]
    [TestCase("C:/Windows/win.ini")]
    public async Task Include_outside_the_templates_root_is_rejected(string path)
    {
        File.WriteAllText(Path.Combine(Path.GetDirectoryName(_folder)!, "secret.md.sbn"), "SECRET");
        Write("preauth-request.md.sbn", $"# Title\n\n{{{{ include '{path}' }}}}\n");

        var exception = await Assert.ThrowsAsync<TemplateRenderException>(() => Generator().RenderPreAuthorizationAsync(TestCases.BurnScarForearm()));

        Assert.That(exception!.Message, Does.Contain("'..' and absolute paths are not allowed"));
    }

    [Test]
    public async Task Loop_limit_stops_a_runaway_template()
    {
        Write("preauth-request.md.sbn", "# Title\n\n{{ for i in 1..100000 }}x{{ end }}\n");

        var exception = await Assert.ThrowsAsync<TemplateRenderException>(() => Generator().RenderPreAuthorizationAsync(TestCases.BurnScarForearm()));

        Assert.That(exception!.Errors[0].Message, Does.Contain("limit").IgnoreCase);
        Assert.That(exception.Errors[0].Line, Is.EqualTo(3));
    }

    [Test]
    public void Unsafe_payer_ids_never_become_folder_names()
    {
        Assert.Multiple(() =>
        {
            Assert.That(TemplateCatalog.SafePayerId("EXHP1"), Is.EqualTo("EXHP1"));
            Assert.That(TemplateCatalog.SafePayerId(" 60054 "), Is.EqualTo("60054"));
            Assert.That(TemplateCatalog.SafePayerId("../.."), Is.Null);
            Assert.That(TemplateCatalog.SafePayerId("a/b"), Is.Null);
            Assert.That(TemplateCatalog.SafePayerId(""), Is.Null);
            Assert.That(TemplateCatalog.SafePayerId(null), Is.Null);
        });
    }

    [Test]
    public async Task Parsed_templates_are_cached_across_renders()
    {
        var generator = TestCases.Generator();
        await generator.RenderPreAuthorizationAsync(TestCases.BurnScarForearm());
        var afterFirst = generator.Pipeline.Catalog.ParsedCount;
        await generator.RenderPreAuthorizationAsync(TestCases.BurnScarForearm());

        Assert.That(afterFirst, Is.GreaterThan(5), "the main template and its partials");
        Assert.That(generator.Pipeline.Catalog.ParsedCount, Is.EqualTo(afterFirst));
        Assert.That(generator.Pipeline.Catalog.GetByKey(generator.Pipeline.Catalog.Resolve(DocumentKind.PreAuthorization.Template, null)),
            Is.SameAs(generator.Pipeline.Catalog.Get(DocumentKind.PreAuthorization.Template, null)));
    }

    [Test]
    public void Cancellation_during_a_render_is_an_operation_canceled_exception()
    {
        var @case = TestCases.BurnScarForearm().Case;
        var model = LetterModelBuilder.ForPreAuthorization(Assessments.For(@case));
        var renderer = new TemplateRenderer(new TemplateCatalog(null));
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();

        Assert.That(() => renderer.Render(DocumentKind.PreAuthorization.Template, model.Script, null, cancellation.Token), Throws.InstanceOf<OperationCanceledException>());
        Assert.That(renderer.Render(DocumentKind.PreAuthorization.Template, model.Script, null, CancellationToken.None), Does.StartWith("# Request for Prior Authorization"));
    }

    private PreAuthGenerator Generator() => TestCases.Generator(options => options.TemplatesFolder = _folder);

    private void Write(string relativePath, string text)
    {
        var path = Path.Combine(_folder, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }
}
