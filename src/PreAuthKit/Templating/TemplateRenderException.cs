namespace PreAuthKit.Templating;

/// <summary>
/// A template could not be parsed or rendered. <see cref="Errors"/> holds each error with its file,
/// line and column; <see cref="Messages"/> the same as <c>file(line,col): error: message</c>.
/// Messages never contain case data.
/// </summary>
public sealed class TemplateRenderException : Exception
{
    /// <summary>Creates the exception for a template and its errors.</summary>
    internal TemplateRenderException(string templateName, IReadOnlyList<TemplateError> errors)
        : base($"Template '{templateName}' failed: {string.Join("; ", errors)}")
    {
        TemplateName = templateName;
        Errors = errors;
    }

    /// <summary>Creates the exception for a template and error messages without a position.</summary>
    internal TemplateRenderException(string templateName, IReadOnlyList<string> messages)
        : this(templateName, messages.Select(m => new TemplateError(templateName, 0, 0, m)).ToList())
    {
    }

    /// <summary>Creates the exception with a generic message.</summary>
    public TemplateRenderException()
        : this("(unknown)", new List<string>())
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public TemplateRenderException(string message)
        : this("(unknown)", [message])
    {
    }

    /// <summary>Creates the exception with a message and inner exception.</summary>
    public TemplateRenderException(string message, Exception innerException)
        : base(message, innerException)
    {
        TemplateName = "(unknown)";
        Errors = [new TemplateError(TemplateName, 0, 0, message)];
    }

    /// <summary>The template that was asked for.</summary>
    public string TemplateName { get; }

    /// <summary>The errors, each with file, line and column.</summary>
    public IReadOnlyList<TemplateError> Errors { get; }

    /// <summary>The errors, each as <c>file(line,col): error: message</c>.</summary>
    public IReadOnlyList<string> Messages => Errors.Select(e => e.ToString()).ToList();
}
