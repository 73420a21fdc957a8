using PreAuthKit.Layout;
using Scriban.Runtime;

namespace PreAuthKit.ViewModels;

/// <summary>What the template stage receives: the script object it may see, and the page furniture for layout.</summary>
internal sealed record LetterModel(ScriptObject Script, PageFurniture Furniture);
