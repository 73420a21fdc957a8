namespace PreAuthKit.Templating;

/// <summary>One template error: where it is and what is wrong.</summary>
/// <param name="File">The template file (a path inside the templates folder, or <c>embedded/…</c> for a built-in default).</param>
/// <param name="Line">1-based line.</param>
/// <param name="Column">1-based column.</param>
/// <param name="Message">What is wrong.</param>
public sealed record TemplateError(string File, int Line, int Column, string Message)
{
    /// <summary>The error as <c>file(line,col): error: message</c>.</summary>
    public override string ToString() => $"{File}({Line},{Column}): error: {Message}";
}
