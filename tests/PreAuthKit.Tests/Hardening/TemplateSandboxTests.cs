using PreAuthKit.Templating;
using PreAuthKit.Tests.Generation;
using PreAuthKit.Tests.Support;

namespace PreAuthKit.Tests.Hardening;

/// <summary>
/// Issue 11, sandbox and template limits: templates are confined by their real path (a link out
/// of the folder, or through a linked folder, is refused with PAK-TEMPLATE-002; the old main printed
/// the outside file), output past the limit is refused (PAK-TEMPLATE-001; the old main cut it at
/// 2,000,000 characters and exited 0), and a partial's output is never cut (the old main's 10,000-
/// character LimitToString dropped the rest of the partial).
/// </summary>
public class TemplateSandboxTests
{
    private const string Secret = "OUTSIDE-SECRET-7731";

    private string _root = "";
    private string _templates = "";
    private string _outside = "";

    [SetUp]
    public void CreateFolders()
    {
        _root = Directory.CreateTempSubdirectory("pak-sandbox-").FullName;
        _templates = Directory.CreateDirectory(Path.Combine(_root, "templates")).FullName;
        _outside = Directory.CreateDirectory(Path.Combine(_root, "outside")).FullName;
        File.WriteAllText(Path.Combine(_outside, "secret.md.sbn"), Secret + "\n");
    }

    [TearDown]
    public void DeleteFolders() => Directory.Delete(_root, recursive: true);

    [Test]
    public async Task A_template_override_that_links_outside_the_folder_is_refused()
    {
        File.CreateSymbolicLink(Path.Combine(_templates, "preauth-request.md.sbn"), Path.Combine(_outside, "secret.md.sbn"));

        var error = (await Assert.ThrowsAsync<TemplateRenderException>(() => Generator().RenderPreAuthorizationAsync(TestCases.BurnScarForearm())))!;

        Assert.That(error.Messages, Has.Some.Contain("PAK-TEMPLATE-002"));
        Assert.That(error.Message, Does.Not.Contain(Secret));
    }

    [Test]
    public async Task A_partial_that_links_outside_the_folder_is_refused()
    {
        Directory.CreateDirectory(Path.Combine(_templates, "partials"));
        File.CreateSymbolicLink(Path.Combine(_templates, "partials", "re-block.md.sbn"), "../../outside/secret.md.sbn");

        var error = (await Assert.ThrowsAsync<TemplateRenderException>(() => Generator().RenderPreAuthorizationAsync(TestCases.BurnScarForearm())))!;

        Assert.That(error.Messages, Has.Some.Contain("PAK-TEMPLATE-002"));
    }

    [Test]
    public async Task A_linked_folder_leading_outside_is_refused()
    {
        File.Copy(Path.Combine(_outside, "secret.md.sbn"), Path.Combine(_outside, "re-block.md.sbn"));
        Directory.CreateSymbolicLink(Path.Combine(_templates, "partials"), _outside);

        var error = (await Assert.ThrowsAsync<TemplateRenderException>(() => Generator().RenderPreAuthorizationAsync(TestCases.BurnScarForearm())))!;

        Assert.That(error.Messages, Has.Some.Contain("PAK-TEMPLATE-002"));
    }

    [Test]
    public async Task A_link_loop_is_refused_not_followed_forever()
    {
        File.CreateSymbolicLink(Path.Combine(_templates, "a.md.sbn"), Path.Combine(_templates, "b.md.sbn"));
        File.CreateSymbolicLink(Path.Combine(_templates, "b.md.sbn"), Path.Combine(_templates, "a.md.sbn"));
        File.CreateSymbolicLink(Path.Combine(_templates, "preauth-request.md.sbn"), Path.Combine(_templates, "a.md.sbn"));

        var error = (await Assert.ThrowsAsync<TemplateRenderException>(() => Generator().RenderPreAuthorizationAsync(TestCases.BurnScarForearm())))!;

        Assert.That(error.Messages, Has.Some.Contain("PAK-TEMPLATE-002"));
    }

    [Test]
    public async Task A_link_that_stays_inside_the_folder_is_allowed()
    {
        Directory.CreateDirectory(Path.Combine(_templates, "shared"));
        File.WriteAllText(Path.Combine(_templates, "shared", "letter.md.sbn"), "# Inside the folder\n\nLinked template text.\n");
        File.CreateSymbolicLink(Path.Combine(_templates, "preauth-request.md.sbn"), Path.Combine("shared", "letter.md.sbn"));

        var document = await Generator().RenderPreAuthorizationAsync(TestCases.BurnScarForearm());

        Assert.That(PdfText.Of(document), Does.Contain("Linked template text."));
    }

    [Test]
    public async Task A_device_as_template_is_refused_not_read_forever()
    {
        File.CreateSymbolicLink(Path.Combine(_templates, "preauth-request.md.sbn"), "/dev/zero");

        var error = (await Assert.ThrowsAsync<TemplateRenderException>(() => Generator().RenderPreAuthorizationAsync(TestCases.BurnScarForearm())))!;

        Assert.That(error.Messages, Has.Some.Contain("PAK-TEMPLATE-"));
    }

    [Test]
    public async Task Output_past_the_limit_is_refused_not_cut()
    {
        File.WriteAllText(Path.Combine(_templates, "preauth-request.md.sbn"),
            "{{ for i in 1..1000 }}{{ 'abcdefghij ' * 700 }}\n\n{{ end }}");

        var error = (await Assert.ThrowsAsync<TemplateRenderException>(() => Generator().RenderPreAuthorizationAsync(TestCases.BurnScarForearm())))!;

        Assert.That(error.Messages, Has.Some.Contain("PAK-TEMPLATE-001"));
    }

    [Test]
    public void Three_megabytes_under_the_limit_are_rendered_whole()
    {
        // Over 3,000,000 characters: the old main cut this at 2,000,000 and exited 0.
        File.WriteAllText(Path.Combine(_templates, "big.md.sbn"), "{{ for i in 1..1000 }}Row {{ i }} {{ 'word ' * 600 }}END{{ i }}\n\n{{ end }}");
        var renderer = new TemplateRenderer(new TemplateCatalog(_templates));

        var markdown = renderer.Render("big.md.sbn", new Scriban.Runtime.ScriptObject(), null, default);

        Assert.That(markdown.Length, Is.GreaterThan(3_000_000));
        Assert.That(markdown.TrimEnd(), Does.EndWith("END1000"));
    }

    [Test]
    public void A_template_printing_a_million_character_word_lays_out_every_character()
    {
        // The old main's line breaker took 35 s on this (quadratic in the word's length).
        File.WriteAllText(Path.Combine(_templates, "word.md.sbn"), "Start {{ 'abcdefghij' * 100000 }} end\n");
        var markdown = new TemplateRenderer(new TemplateCatalog(_templates)).Render("word.md.sbn", new Scriban.Runtime.ScriptObject(), null, default);
        using var measurer = new PreAuthKit.Layout.TextMeasurer();

        var layout = new PreAuthKit.Layout.DocumentLayouter(PreAuthKit.Layout.PageSetup.Letter, PreAuthKit.Layout.PageFurniture.None, measurer)
            .Layout(PreAuthKit.Markdown.BlockBuilder.Build(PreAuthKit.Markdown.MarkdownParser.Parse(markdown)));

        var printed = string.Concat(layout.Pages.SelectMany(p => p.Items).OfType<PreAuthKit.Layout.TextItem>().Select(t => t.Text)).Replace(" ", "", StringComparison.Ordinal);
        Assert.That(printed, Is.EqualTo("Start" + string.Concat(Enumerable.Repeat("abcdefghij", 100_000)) + "end"));
        Assert.That(layout.Pages, Has.Count.GreaterThan(100));
    }

    [Test]
    public async Task A_partial_longer_than_ten_thousand_characters_is_printed_whole()
    {
        var caseFile = TestCases.BurnScarForearm();
        var condition = string.Join(' ', Enumerable.Range(0, 2_500).Select(i => "hx" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        caseFile = new PreAuthKit.CaseFiles.CaseFile(caseFile.Case with { History = caseFile.Case.History with { Condition = condition } }, caseFile.BaseDirectory);

        var document = await TestCases.Generator().RenderPreAuthorizationAsync(caseFile);

        var text = PdfText.Of(document);
        Assert.That(text, Does.Contain("hx2499"), "the end of the 12,000-character history");
        Assert.That(text, Does.Contain("Physician's assessment").Or.Contain("Physician"), "the sections after it");
        var plan = caseFile.Case.TreatmentPlan.Rationale!;
        Assert.That(PdfText.Collapse(text), Does.Contain(PdfText.Collapse(plan[^40..])), "the end of the treatment plan");
    }

    private PreAuthGenerator Generator() => TestCases.Generator(options => options.TemplatesFolder = _templates);
}
