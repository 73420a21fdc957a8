namespace PreAuthKit.Layout.Elements;

/// <summary>Where elements draw: the current page's item list, plus the outline being collected.</summary>
internal sealed class Canvas(LayoutContext context)
{
    private readonly List<OutlineEntry> _outline = [];
    private List<LayoutItem> _items = [];

    public LayoutContext Context => context;

    public TextMeasurer Measurer => context.Measurer;

    /// <summary>The 1-based number of the page being drawn.</summary>
    public int PageNumber { get; private set; }

    public IReadOnlyList<OutlineEntry> Outline => _outline;

    public void Add(LayoutItem item) => _items.Add(item);

    public void AddOutline(string title, int level, double top) => _outline.Add(new OutlineEntry(title, level, PageNumber, top));

    /// <summary>Starts a new page and returns its (empty) item list.</summary>
    public List<LayoutItem> BeginPage()
    {
        PageNumber++;
        _items = [];
        return _items;
    }
}
