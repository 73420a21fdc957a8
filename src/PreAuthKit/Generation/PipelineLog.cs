using Microsoft.Extensions.Logging;

namespace PreAuthKit.Generation;

/// <summary>
/// The generator's log messages. They carry codes, counts, durations and hashes only: never a
/// name, an identifier or any other text from the case.
/// </summary>
internal static class PipelineLog
{
    private static readonly Action<ILogger, string, int, int, Exception?> ValidatedMessage = LoggerMessage.Define<string, int, int>(
        LogLevel.Debug, new EventId(1, "Validated"), "Validated case for {Document}: {Errors} error(s), {Warnings} warning(s)");

    private static readonly Action<ILogger, string, int, string, Exception?> RefusedMessage = LoggerMessage.Define<string, int, string>(
        LogLevel.Information, new EventId(2, "Refused"), "Refused to render {Document}: {Errors} blocking finding(s) ({Codes})");

    private static readonly Action<ILogger, string, int, int, string, double, Exception?> RenderedMessage = LoggerMessage.Define<string, int, int, string, double>(
        LogLevel.Information, new EventId(3, "Rendered"), "Rendered {Document}: {Pages} page(s), {Bytes} bytes, sha256 {Sha256}, {ElapsedMs} ms");

    private static readonly Action<ILogger, string, string, Exception?> TemplateFailedMessage = LoggerMessage.Define<string, string>(
        LogLevel.Error, new EventId(4, "TemplateFailed"), "Template {Template} failed for {Document}");

    public static void Validated(ILogger logger, DocumentKind kind, int errors, int warnings) => ValidatedMessage(logger, kind.Name, errors, warnings, null);

    public static void Refused(ILogger logger, DocumentKind kind, IReadOnlyCollection<string> codes)
        => RefusedMessage(logger, kind.Name, codes.Count, string.Join(", ", codes.Distinct(StringComparer.Ordinal)), null);

    public static void Rendered(ILogger logger, DocumentKind kind, int pages, int bytes, string sha256, TimeSpan elapsed)
        => RenderedMessage(logger, kind.Name, pages, bytes, sha256, Math.Round(elapsed.TotalMilliseconds, 1), null);

    /// <summary>Only the template's name: the exception text may quote template source, never case data, but is kept out anyway.</summary>
    public static void TemplateFailed(ILogger logger, DocumentKind kind, string template) => TemplateFailedMessage(logger, template, kind.Name, null);
}
