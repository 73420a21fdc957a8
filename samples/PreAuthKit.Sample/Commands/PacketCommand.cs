using System.CommandLine;
using System.Globalization;
using PreAuthKit.Sample.Documents;
using PreAuthKit.Sample.Output;
using PreAuthKit.Templating;

namespace PreAuthKit.Sample.Commands;

/// <summary>
/// <c>packet &lt;case.json&gt; --out &lt;dir&gt; [--kind preauth|appeal] [--cover] [--split-pages N] [--split-bytes N] [--greyscale]</c>:
/// the submission packet (letter, enclosure index, every attachment) as <c>&lt;case&gt;.packet.pdf</c>,
/// or as <c>&lt;case&gt;.packet.part1-of-3.pdf</c>... when split. All parts are written, or none.
/// </summary>
internal static class PacketCommand
{
    public static Command Create(HostContext host)
    {
        var caseArgument = new Argument<string>("case.json") { Description = "The case file whose packet to assemble." };
        var outOption = CommonOptions.Out();
        var templates = CommonOptions.Templates();
        var strict = CommonOptions.Strict();
        var kind = new Option<string?>("--kind")
        {
            Description = "The letter the packet carries: preauth or appeal (default: appeal when the case has an appeal section).",
            HelpName = "preauth|appeal",
        };
        kind.AcceptOnlyFromAmong("preauth", "appeal");
        var cover = new Option<bool>("--cover") { Description = "Start with a fax cover sheet (needs the payer's fax number)." };
        var splitPages = new Option<int>("--split-pages") { Description = "Split into parts of at most N pages (for fax).", HelpName = "N" };
        var splitBytes = new Option<long>("--split-bytes") { Description = "Split into parts of at most N bytes (for portals).", HelpName = "N" };
        var greyscale = new Option<bool>("--greyscale") { Description = "Store image enclosures in greyscale, as a fax prints them." };
        splitPages.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 0)
            {
                result.AddError("--split-pages must be a positive number of pages.");
            }
        });
        splitBytes.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<long>() < 0)
            {
                result.AddError("--split-bytes must be a positive number of bytes.");
            }
        });

        var command = new Command("packet", "Assemble the submission packet: [fax cover sheet], the letter, an enclosure index and every attachment, each page stamped with patient, member ID, reference and page number; print each part's path, pages, size and SHA-256. Exit code 0 written, 1 blocking findings, 2 unreadable input.")
        {
            caseArgument,
            outOption,
            kind,
            cover,
            splitPages,
            splitBytes,
            greyscale,
            templates,
            strict,
        };
        command.SetAction((parse, cancellationToken) => RunAsync(
            host,
            parse.GetRequiredValue(caseArgument),
            parse.GetValue(outOption) ?? "out",
            parse.GetValue(kind),
            new PacketOptions
            {
                CoverSheet = parse.GetValue(cover),
                MaxPagesPerPart = parse.GetValue(splitPages),
                MaxBytesPerPart = parse.GetValue(splitBytes),
                Greyscale = parse.GetValue(greyscale),
            },
            new GeneratorSettings(parse.GetValue(templates), parse.GetValue(strict)),
            cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(HostContext host, string casePath, string outDir, string? kind, PacketOptions options, GeneratorSettings settings, CancellationToken cancellationToken)
    {
        if (CommonOptions.Check(host, settings) is not { } ready)
        {
            return SampleApp.Unreadable;
        }

        settings = ready;

        if (!CaseInput.TryLoad(casePath, out var input, out var problem))
        {
            await host.Error.WriteLineAsync(FindingText.Line(problem)).ConfigureAwait(false);
            return SampleApp.Unreadable;
        }

        options.Letter = kind switch
        {
            "appeal" => DocumentKind.Appeal,
            "preauth" => DocumentKind.PreAuthorization,
            _ => null,
        };

        if (GeneratorFactory.Create(host, settings) is not { } generator)
        {
            return SampleApp.Unreadable;
        }

        SubmissionPacket packet;
        try
        {
            packet = generator.RenderPacket(input, options, cancellationToken);
        }
        catch (TemplateRenderException ex)
        {
            await host.Error.WriteLineAsync($"error: template error: {string.Join("; ", ex.Messages)}").ConfigureAwait(false);
            return SampleApp.Unreadable;
        }

        if (!packet.IsAssembled)
        {
            await host.Error.WriteLineAsync("The packet was not assembled because of these findings:").ConfigureAwait(false);
            foreach (var finding in packet.Report.Errors)
            {
                await host.Error.WriteLineAsync(FindingText.Line(finding)).ConfigureAwait(false);
            }

            return SampleApp.Blocked;
        }

        IReadOnlyList<string> paths;
        try
        {
            paths = await AtomicFile.WriteAllAsync(outDir, packet.Parts.Select(p => (FileName(casePath, p), p.Pdf)).ToList(), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            await host.Error.WriteLineAsync($"error: the packet could not be written to '{outDir}' ({ex.GetType().Name})").ConfigureAwait(false);
            return SampleApp.Unreadable;
        }

        for (var i = 0; i < packet.Parts.Count; i++)
        {
            var part = packet.Parts[i];
            await host.Out.WriteLineAsync(paths[i]).ConfigureAwait(false);
            await host.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"pages:  {part.PageCount} (packet pages {part.FirstPage}-{part.LastPage} of {packet.PageCount})")).ConfigureAwait(false);
            await host.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"size:   {part.Pdf.Length} bytes")).ConfigureAwait(false);
            await host.Out.WriteLineAsync($"sha256: {part.Sha256}").ConfigureAwait(false);
        }

        foreach (var entry in packet.Index)
        {
            await host.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"enclosure {entry.Number}: pages {entry.FirstPage}-{entry.LastPage}")).ConfigureAwait(false);
        }

        foreach (var warning in packet.Report.Warnings)
        {
            await host.Out.WriteLineAsync(FindingText.Line(warning)).ConfigureAwait(false);
        }

        return SampleApp.Ok;
    }

    /// <summary><c>&lt;case&gt;.packet.pdf</c>, or <c>&lt;case&gt;.packet.part2-of-3.pdf</c> for a split packet.</summary>
    public static string FileName(string casePath, PacketPart part)
    {
        ArgumentNullException.ThrowIfNull(part);
        var stem = Path.GetFileNameWithoutExtension(casePath) + ".packet";
        return part.Count == 1
            ? stem + ".pdf"
            : string.Create(CultureInfo.InvariantCulture, $"{stem}.part{part.Number}-of-{part.Count}.pdf");
    }
}
