using PreAuthKit.Layout;
using Scriban.Runtime;

namespace PreAuthKit.ViewModels;

/// <summary>What the template stage receives: the script object it may see, the page furniture for layout, and the draft decision.</summary>
internal sealed record LetterModel(ScriptObject Script, PageFurniture Furniture, DraftGate Gate);
