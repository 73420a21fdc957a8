namespace PreAuthKit.Templating;

/// <summary>
/// A template could not be parsed or rendered. <see cref="Messages"/> holds each error as
/// <c>file(line,col): error: message</c>.
/// </summary>
public sealed class TemplateRenderException : Exception
{
    /// <summary>Creates the exception for a template and its error messages.</summary>
    public TemplateRenderException(string templateName, IReadOnlyList<string> messages)
        : base($"Template '{templateName}' failed: {string.Join("; ", messages)}")
    {
        TemplateName = templateName;
        Messages = messages;
    }

    /// <summary>Creates the exception with a message.</summary>
    public TemplateRenderException()
        : this("(unknown)", [])
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
        Messages = [message];
    }

    /// <summary>The template that failed.</summary>
    public string TemplateName { get; } = "(unknown)";

    /// <summary>The errors, each as <c>file(line,col): error: message</c>.</summary>
    public IReadOnlyList<string> Messages { get; } = [];
}
