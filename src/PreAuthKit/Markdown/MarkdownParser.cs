using Markdig;
using Markdig.Syntax;

namespace PreAuthKit.Markdown;

/// <summary>Parses the Markdown a template produced into Markdig's syntax tree.</summary>
internal static class MarkdownParser
{
    /// <summary>The one pipeline: pipe tables, task lists, custom containers (<c>:::keep-together</c>, <c>:::signature</c>, <c>:::photo-grid</c>, <c>:::page-break</c>) and generic attributes; raw HTML is disabled so it prints as text.</summary>
    public static MarkdownPipeline Pipeline { get; } = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseTaskLists()
        .UseCustomContainers()
        .UseGenericAttributes()
        .DisableHtml()
        .Build();

    public static MarkdownDocument Parse(string markdown) => Markdig.Markdown.Parse(markdown, Pipeline);
}
