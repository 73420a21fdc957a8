namespace PreAuthKit;

/// <summary>
/// The documentation checklist of a request or appeal: every item a payer's reviewer expects,
/// with its status and where the evidence is. Rendered into the letter as a task list.
/// </summary>
public sealed class DocumentationChecklist
{
    internal DocumentationChecklist(IReadOnlyList<ChecklistItem> items)
    {
        Items = items;
    }

    /// <summary>All items, in the order they print.</summary>
    public IReadOnlyList<ChecklistItem> Items { get; }

    /// <summary>Items that are expected but missing.</summary>
    public IEnumerable<ChecklistItem> Missing => Items.Where(i => i.Status == ChecklistStatus.Missing);

    /// <summary>True when no applicable item is missing.</summary>
    public bool IsComplete => !Missing.Any();

    /// <summary>The item with the given key, or null.</summary>
    public ChecklistItem? this[string key] => Items.FirstOrDefault(i => string.Equals(i.Key, key, StringComparison.Ordinal));
}
