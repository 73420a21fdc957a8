namespace PreAuthKit.Layout.Elements;

/// <summary>Where elements draw: the current page's item list, plus the outline being collected.</summary>
internal sealed class Canvas(LayoutContext context)
{
    private readonly List<OutlineEntry> _outline = [];
    private readonly Stack<StructureNode?> _structure = new();
    private List<LayoutItem> _items = [];

    public LayoutContext Context => context;

    public TextMeasurer Measurer => context.Measurer;

    /// <summary>The 1-based number of the page being drawn.</summary>
    public int PageNumber { get; private set; }

    public IReadOnlyList<OutlineEntry> Outline => _outline;

    /// <summary>
    /// Adds an item. Text and pictures belong to the innermost structure element entered (none inside
    /// an artifact section); rules and boxes are decoration and stay artifacts.
    /// </summary>
    public void Add(LayoutItem item)
        => _items.Add(item is TextItem or ImageItem && item.Structure is null && _structure.TryPeek(out var node) && node is not null
            ? item with { Structure = node }
            : item);

    /// <summary>Items added until the matching <see cref="Exit"/> belong to <paramref name="node"/>; null starts an artifact section.</summary>
    public void Enter(StructureNode? node) => _structure.Push(node);

    public void Exit() => _structure.Pop();

    public void AddOutline(string title, int level, double top) => _outline.Add(new OutlineEntry(title, level, PageNumber, top));

    /// <summary>Starts a new page and returns its (empty) item list.</summary>
    public List<LayoutItem> BeginPage()
    {
        PageNumber++;
        _items = [];
        return _items;
    }
}
