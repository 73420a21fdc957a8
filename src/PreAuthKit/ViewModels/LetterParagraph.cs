namespace PreAuthKit.ViewModels;

/// <summary>A rights or timing paragraph: a short title, the text and the rule it rests on (not escaped; the builder escapes).</summary>
internal sealed record LetterParagraph(string Key, string Title, string Text, string Citation);
