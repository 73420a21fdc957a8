namespace PreAuthKit.Sample.Output;

/// <summary>Where the host writes and what it may assume about its terminal.</summary>
/// <param name="Out">Standard output: results, tables, JSON.</param>
/// <param name="Error">Standard error: what went wrong.</param>
/// <param name="IsTerminal">True when <paramref name="Out"/> is an interactive terminal: progress bars and colours are allowed.</param>
/// <param name="Clock">"Today" for validation (dates in the future, deadlines).</param>
internal sealed record HostContext(TextWriter Out, TextWriter Error, bool IsTerminal, TimeProvider Clock);
