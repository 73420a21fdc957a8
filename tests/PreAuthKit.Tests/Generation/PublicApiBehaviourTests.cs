using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PdfSharp.Fonts;
using PreAuthKit.DependencyInjection;
using PreAuthKit.Model;
using PreAuthKit.Tests.Support;

namespace PreAuthKit.Tests.Generation;

/// <summary>The public entry point: outcomes as data, cases from memory, options frozen and validated, one assessment rendered without validating twice.</summary>
public class PublicApiBehaviourTests
{
    [Test]
    public void A_case_in_memory_with_photos_from_bytes_renders_byte_identically_to_the_same_case_from_files()
    {
        var (fromFile, fromBytes, fromStreams) = TestCases.BurnScarForearmInMemory();
        var generator = TestCases.Generator();

        var file = generator.Render(fromFile).Document!;
        var memory = generator.Render(fromBytes).Document!;
        var streamed = generator.Render(fromStreams).Document!;

        Assert.That(fromFile.Case.Photos, Has.Count.GreaterThan(0));
        Assert.That(memory.Sha256, Is.EqualTo(file.Sha256));
        Assert.That(streamed.Sha256, Is.EqualTo(file.Sha256));
        Assert.That(PdfImages.RawImages(memory.Pdf.Span), Has.Count.EqualTo(fromFile.Case.Photos.Count));
    }

    [Test]
    public void A_case_in_memory_reads_no_file_it_was_not_given()
    {
        var sample = TestCases.BurnScarForearm();

        var report = TestCases.Generator().Validate(CaseInput.FromCase(sample.Case));

        Assert.That(report.Errors.Select(f => f.Code).Distinct(), Is.EquivalentTo(new[] { "PAK-PHO-005", "PAK-ATT-004" }), "the sample's photo and attachment paths are references nobody supplied");
    }

    [Test]
    public void A_refused_case_is_a_result_not_an_exception()
    {
        var sample = TestCases.BurnScarForearm();
        var broken = sample with { Case = sample.Case with { Diagnoses = [] } };

        var result = TestCases.Generator().Render(broken);

        Assert.That(result.IsRendered, Is.False);
        Assert.That(result.Document, Is.Null);
        Assert.That(result.Report.Errors.Select(f => f.Code), Does.Contain("PAK-DX-001"));
    }

    [Test]
    public void An_assessment_renders_without_validating_again_and_matches_a_direct_render()
    {
        var generator = TestCases.Generator();
        var sample = TestCases.BurnScarForearm();

        var assessment = generator.Assess(sample);
        var rendered = generator.Render(assessment);

        Assert.That(assessment.IsBlocking, Is.False);
        Assert.That(rendered.Assessment.Checklist, Is.SameAs(assessment.Checklist), "the checklist is not computed again");
        Assert.That(rendered.Document!.Sha256, Is.EqualTo(generator.Render(sample).Document!.Sha256));
        Assert.Throws<ArgumentException>(() => TestCases.Generator().Render(assessment), "an assessment belongs to its generator");
    }

    [Test]
    public void Changing_the_options_after_building_the_generator_changes_nothing()
    {
        var options = new PreAuthGeneratorOptions { TimeProvider = TestCases.Clock, PageSize = PageSize.Letter };
        var generator = new PreAuthGenerator(options);
        var before = generator.Render(TestCases.BurnScarForearm()).Document!.Sha256;

        options.PageSize = PageSize.A4;
        options.Validation.Strict = true;
        options.Validation.AppealDeadlines.InternalAppealDays = 1;

        Assert.That(generator.Render(TestCases.BurnScarForearm()).Document!.Sha256, Is.EqualTo(before));
        Assert.That(new PreAuthGenerator(options).Render(TestCases.BurnScarForearm()).Document!.Sha256, Is.Not.EqualTo(before), "the option itself works");
    }

    [Test]
    public void A_templates_folder_that_does_not_exist_is_an_error_not_a_fallback()
    {
        var ex = Assert.Throws<OptionsValidationException>(() => new PreAuthGenerator(new PreAuthGeneratorOptions { TemplatesFolder = "/nonexistent/templates-typo" }));

        Assert.That(ex!.Failures.Single(), Does.Contain("TemplatesFolder").And.Contain("does not exist"));
    }

    [Test]
    public void Null_appeal_deadlines_are_an_error_when_the_generator_is_built()
    {
        var options = new PreAuthGeneratorOptions { TimeProvider = TestCases.Clock };
        options.Validation.AppealDeadlines = null!;

        var ex = Assert.Throws<OptionsValidationException>(() => new PreAuthGenerator(options));

        Assert.That(ex!.Failures, Has.Some.Contains("AppealDeadlines"));
    }

    [TestCase(0L, 50_000_000L, "MaxPhotoBytes")]
    [TestCase(-5L, 50_000_000L, "MaxPhotoBytes")]
    [TestCase(1024L, 0L, "MaxPhotoPixels")]
    public void Photo_limits_out_of_range_are_errors(long bytes, long pixels, string field)
    {
        var options = new PreAuthGeneratorOptions();
        options.Validation.MaxPhotoBytes = bytes;
        options.Validation.MaxPhotoPixels = pixels;

        Assert.That(() => new PreAuthGenerator(options), Throws.TypeOf<OptionsValidationException>().With.Message.Contains(field));
    }

    [Test]
    public void Null_time_provider_and_null_validation_are_errors()
    {
        Assert.Multiple(() =>
        {
            Assert.That(() => new PreAuthGenerator(new PreAuthGeneratorOptions { TimeProvider = null! }), Throws.TypeOf<OptionsValidationException>());
            Assert.That(() => new PreAuthGenerator(new PreAuthGeneratorOptions { Validation = null! }), Throws.TypeOf<OptionsValidationException>());
        });
    }

    [Test]
    public void Dependency_injection_validates_the_options_on_start()
    {
        var services = new ServiceCollection();
        services.AddPreAuthKit(options => options.TemplatesFolder = "/nonexistent/templates-typo");
        using var provider = services.BuildServiceProvider();

        Assert.That(() => provider.GetRequiredService<IStartupValidator>().Validate(), Throws.TypeOf<OptionsValidationException>());
    }

    [Test]
    public void Check_templates_finds_a_broken_override_at_start_up()
    {
        var folder = Directory.CreateTempSubdirectory("pak-check-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, DocumentKind.Appeal.Template), "{{ if }}");
            var generator = new PreAuthGenerator(new PreAuthGeneratorOptions { TemplatesFolder = folder });

            var errors = generator.CheckTemplates();

            Assert.That(errors, Is.Not.Empty);
            Assert.That(errors.Select(e => e.File), Has.All.Contains(DocumentKind.Appeal.Template));
            Assert.That(TestCases.Generator().CheckTemplates(), Is.Empty, "the embedded templates parse");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Test]
    public void The_composed_font_resolver_serves_liberation_from_the_library_and_the_rest_from_the_host()
    {
        var host = new OneFontResolver();
        var composed = PreAuthKitFonts.Compose(host);

        Assert.Multiple(() =>
        {
            Assert.That(composed.ResolveTypeface("Liberation Sans", false, false)!.FaceName, Is.EqualTo("LiberationSans-Regular"));
            Assert.That(composed.GetFont("LiberationSans-Regular"), Is.Not.Empty);
            Assert.That(composed.ResolveTypeface("Host Font", true, false)!.FaceName, Is.EqualTo("host-face"));
            Assert.That(composed.GetFont("host-face"), Is.EqualTo(new byte[] { 1, 2, 3 }));
            Assert.That(composed.ResolveTypeface("DejaVu Sans Mono", true, false)!.FaceName, Is.EqualTo("DejaVuSansMono-Bold"), "the fax option's face");
            Assert.That(composed.GetFont("DejaVuSansMono-Bold"), Is.Not.Empty);
            Assert.That(PreAuthKitFonts.Families, Is.EquivalentTo(new[] { "Liberation Sans", "Liberation Serif", "Liberation Mono", "DejaVu Sans Mono" }));
        });
    }

    [Test]
    public void Document_kinds_are_one_definition_each()
    {
        Assert.That(DocumentKind.All.Select(k => k.Name), Is.EqualTo(new[] { "preauth", "appeal" }));
        Assert.That(DocumentKind.For(new PreAuthCase()), Is.SameAs(DocumentKind.PreAuthorization));
        Assert.That(DocumentKind.For(new PreAuthCase { Appeal = new Appeal() }), Is.SameAs(DocumentKind.Appeal));
    }

    private sealed class OneFontResolver : IFontResolver
    {
        public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) => familyName == "Host Font" ? new FontResolverInfo("host-face") : null;

        public byte[]? GetFont(string faceName) => faceName == "host-face" ? [1, 2, 3] : null;
    }
}
