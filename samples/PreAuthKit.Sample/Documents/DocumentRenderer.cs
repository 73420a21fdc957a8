namespace PreAuthKit.Sample.Documents;

/// <summary>Names the output file of a document kind.</summary>
internal static class DocumentRenderer
{
    /// <summary>The PDF's file name: the case file's name with <c>.preauth.pdf</c> or <c>.appeal.pdf</c> (the kind's name).</summary>
    public static string FileName(string casePath, DocumentKind kind)
    {
        ArgumentNullException.ThrowIfNull(kind);
        return $"{Path.GetFileNameWithoutExtension(casePath)}.{kind.Name}.pdf";
    }
}
