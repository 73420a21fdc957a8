namespace PreAuthKit.Layout.Blocks;

/// <summary>One list item; <paramref name="Task"/> is set for task-list items (checked or not) and replaces the bullet with a checkbox.</summary>
internal sealed record ListItemContent(bool? Task, IReadOnlyList<ContentBlock> Children);
