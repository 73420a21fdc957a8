using Scriban;
using Scriban.Parsing;
using Scriban.Syntax;

namespace PreAuthKit.Templating;

/// <summary>Turns Scriban's messages and exceptions into <see cref="TemplateError"/> values (1-based line and column).</summary>
internal static class TemplateErrors
{
    public static IReadOnlyList<TemplateError> From(LogMessageBag messages)
        => messages.Where(m => m.Type == ParserMessageType.Error).Select(m => At(m.Span, m.Message)).ToList();

    public static IReadOnlyList<TemplateError> From(ScriptRuntimeException exception) => exception switch
    {
        ScriptParserRuntimeException parser when parser.ParserMessages is { Count: > 0 } bag => From(bag),
        _ => [At(exception.Span, exception.OriginalMessage)],
    };

    private static TemplateError At(SourceSpan span, string message)
        => new(span.FileName ?? "(template)", span.Start.Line + 1, span.Start.Column + 1, message);
}
