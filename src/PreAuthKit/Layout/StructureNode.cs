namespace PreAuthKit.Layout;

/// <summary>
/// One element of the document's logical structure: its role, its parent (null under the document
/// root) and, for figures, the alternative text; for checklist labels the state in words.
/// Created once per content block by the element factory; every item a block draws, on any page,
/// points at the same node, so a table or list that spans pages stays one element.
/// </summary>
internal sealed class StructureNode(StructureRole role, StructureNode? parent, string? alternativeText = null)
{
    public StructureRole Role => role;

    public StructureNode? Parent => parent;

    /// <summary>Alternative text (figures) or the text a label stands for (checkboxes); null when the content speaks for itself.</summary>
    public string? AlternativeText => alternativeText;

    /// <summary>The path from the top-level element down to this one.</summary>
    public IReadOnlyList<StructureNode> Path()
    {
        var path = new List<StructureNode>();
        for (var node = this; node is not null; node = node.Parent)
        {
            path.Add(node);
        }

        path.Reverse();
        return path;
    }
}
